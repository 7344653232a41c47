<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Band</name>
    <message>
        <source>Sub bass</source>
        <translation>Subgraves</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Graves</translation>
    </message>
    <message>
        <source>Low mids</source>
        <translation>Medios-graves</translation>
    </message>
    <message>
        <source>Mids</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Upper mids</source>
        <translation>Medios-agudos</translation>
    </message>
    <message>
        <source>Highs</source>
        <translation>Agudos</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>kick</source>
        <translation>bombo</translation>
    </message>
    <message>
        <source>snare</source>
        <translation>caja</translation>
    </message>
    <message>
        <source>hats</source>
        <translation>charles</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>batería</translation>
    </message>
    <message>
        <source>vocals</source>
        <translation>voces</translation>
    </message>
    <message>
        <source>bass</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>guitar</source>
        <translation>guitarra</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>teclados</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>pad</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>cuerdas</translation>
    </message>
    <message>
        <source>winds</source>
        <translation>vientos</translation>
    </message>
    <message>
        <source>synth</source>
        <translation>sintetizador</translation>
    </message>
    <message>
        <source>fx</source>
        <translation>efectos</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>mezcla</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>rhythmic</source>
        <translation>rítmico</translation>
    </message>
    <message>
        <source>tonal</source>
        <translation>tonal</translation>
    </message>
    <message>
        <source>percussive</source>
        <translation>percusivo</translation>
    </message>
    <message>
        <source>sustained</source>
        <translation>sostenido</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencioso</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>archivo truncado</translation>
    </message>
    <message>
        <source>invalid samples</source>
        <translation>muestras no válidas</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>near silence</source>
        <translation>casi silencio</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>clipping</translation>
    </message>
    <message>
        <source>true-peak over</source>
        <translation>exceso de pico real</translation>
    </message>
    <message>
        <source>no headroom</source>
        <translation>sin margen</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>offset DC</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>demasiado fuerte</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>demasiado bajo</translation>
    </message>
    <message>
        <source>excess sub-bass</source>
        <translation>exceso de subgraves</translation>
    </message>
    <message>
        <source>low-mid build-up</source>
        <translation>acumulación en medios-graves</translation>
    </message>
    <message>
        <source>harshness</source>
        <translation>aspereza</translation>
    </message>
    <message>
        <source>sibilance</source>
        <translation>sibilancia</translation>
    </message>
    <message>
        <source>phase correlation</source>
        <translation>correlación de fase</translation>
    </message>
    <message>
        <source>mono compatibility</source>
        <translation>compatibilidad mono</translation>
    </message>
    <message>
        <source>low-end phase</source>
        <translation>fase en graves</translation>
    </message>
    <message>
        <source>resonance</source>
        <translation>resonancia</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>silencio inicial</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>silencio final</translation>
    </message>
    <message>
        <source>over-compression</source>
        <translation>sobrecompresión</translation>
    </message>
    <message>
        <source>The file is cut short: its header promises %1 s more audio than it holds. Re-export it.</source>
        <translation>El archivo está truncado: su cabecera promete %1 s más de audio del que contiene. Vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>%1 samples are not numbers (NaN or infinity) or lie beyond +120 dBFS, which no recording reaches; they were analysed as silence. A plug-in in the export chain misbehaved, or the file is damaged.</source>
        <translation>%1 muestras no son números (NaN o infinito) o superan +120 dBFS, algo que ninguna grabación alcanza; se analizaron como silencio. Un plug-in de la cadena de exportación falló, o el archivo está dañado.</translation>
    </message>
    <message>
        <source>The track is digital silence: every sample is zero.</source>
        <translation>La pista es silencio digital: todas las muestras son cero.</translation>
    </message>
    <message>
        <source>The track is nearly silent: its loudest sample is %1 dBFS. Was the wrong track bounced?</source>
        <translation>La pista es casi silenciosa: su muestra más fuerte está en %1 dBFS. ¿Se exportó la pista equivocada?</translation>
    </message>
    <message>
        <source>The track clips: %1 samples in %2 places sit at or beyond full scale. Lower the level before the export (or the clipping plug-in) and bounce again.</source>
        <translation>La pista satura: %1 muestras en %2 lugares llegan a la escala completa o la superan. Baje el nivel antes de la exportación (o del plug-in que satura) y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Inter-sample peaks reach %1 dBTP: the waveform between samples goes over full scale and will clip in D/A converters and lossy encoders.</source>
        <translation>Los picos entre muestras alcanzan %1 dBTP: la forma de onda entre muestras supera la escala completa y saturará en conversores D/A y codificadores con pérdida.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP, leaving no headroom for the mix bus.</source>
        <translation>El stem alcanza picos de %1 dBTP y no deja margen para el bus de mezcla.</translation>
    </message>
    <message>
        <source>DC offset of %1 of full scale (%2 dBFS): remove it with a high-pass filter at a few Hz.</source>
        <translation>Offset DC de %1 de la escala completa (%2 dBFS): elimínelo con un filtro paso alto a pocos Hz.</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is very quiet: raise it at the source to keep it above the noise floor.</source>
        <translation>Con %1 LUFS integrados la pista está muy baja: súbala en la fuente para mantenerla por encima del ruido de fondo.</translation>
    </message>
    <message>
        <source>Sibilance: %1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %2 Hz.</source>
        <translation>Sibilancia: el %1 % de los fotogramas cantados o hablados están dominados por 4,5–10 kHz, con el pico cerca de %2 Hz.</translation>
    </message>
    <message>
        <source>Summed to mono the track loses %1 dB: parts of it cancel.</source>
        <translation>Sumada en mono la pista pierde %1 dB: partes de ella se cancelan.</translation>
    </message>
    <message>
        <source>A narrow resonance at %1 Hz stands %2 dB above the spectrum around it (Q %3).</source>
        <translation>Una resonancia estrecha en %1 Hz sobresale %2 dB del espectro que la rodea (Q %3).</translation>
    </message>
    <message>
        <source>%1 s of silence before the music starts.</source>
        <translation>%1 s de silencio antes de que empiece la música.</translation>
    </message>
    <message>
        <source>%1 s of silence at the end: the export runs longer than the audio.</source>
        <translation>%1 s de silencio al final: la exportación dura más que el audio.</translation>
    </message>
    <message>
        <source>starting score</source>
        <translation>puntuación inicial</translation>
    </message>
    <message>
        <source>healthy dynamics (PLR 8–14 dB)</source>
        <translation>dinámica sana (PLR 8–14 dB)</translation>
    </message>
    <message>
        <source>healthy dynamics (crest factor)</source>
        <translation>dinámica sana (factor de cresta)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −1.5 to −0.5 dBTP)</source>
        <translation>margen sano (pico real −1,5 a −0,5 dBTP)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −6 to −1 dBTP)</source>
        <translation>margen sano (pico real −6 a −1 dBTP)</translation>
    </message>
    <message>
        <source>%1 issue: %2</source>
        <extracomment>%1 the issue&apos;s severity (&quot;high&quot;), %2 the issue (&quot;clipping&quot;)</extracomment>
        <translation>problema (%1): %2</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtro</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compresión</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>puerta</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>de-esser</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturación</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>estéreo</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>arreglo</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB before it reaches the mix bus</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>Bajar %1 %2 dB antes de que llegue al bus de mezcla</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB</source>
        <translation>Subir %1 %2 dB</translation>
    </message>
    <message>
        <source>High-pass %1 at %2, %3 dB/oct</source>
        <extracomment>%1 track, %2 frequency, %3 slope</extracomment>
        <translation>Paso alto en %1 a %2, %3 dB/oct</translation>
    </message>
    <message>
        <source>Cut %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>Recortar %1 dB en %2 (Q %3) en %4</translation>
    </message>
    <message>
        <source>Lift the top of %1: high shelf +%2 dB from %3</source>
        <extracomment>%1 track, %2 dB, %3 frequency</extracomment>
        <translation>Abrir los agudos de %1: estante de agudos +%2 dB desde %3</translation>
    </message>
    <message>
        <source>De-ess %1 at %2, up to %3 dB</source>
        <extracomment>%1 track, %2 frequency, %3 dB</extracomment>
        <translation>Aplicar de-esser a %1 en %2, hasta %3 dB</translation>
    </message>
    <message>
        <source>Compress %1: %2:1 from %3 dB, attack %4 ms, release %5 ms</source>
        <translation>Comprimir %1: %2:1 desde %3 dB, ataque %4 ms, liberación %5 ms</translation>
    </message>
    <message>
        <source>%1 (with your %2)</source>
        <extracomment>%1 track, %2 ratio, %3 threshold, %4 attack, %5 release %1 a move&apos;s title (&quot;High-pass Vox at 90 Hz, 12 dB/oct&quot;), %2 the plug-ins on the channel in the DAW that should do it</extracomment>
        <translation>%1 (con su %2)</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: use its high-pass band rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the EQ plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 El canal ya tiene %2 en la sesión de %3: use su banda de paso alto en lugar de añadir otro filtro.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and still holds this energy: raise its corner or steepen it rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the high-pass plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 El bounce pasa después de %2 en la sesión de %3 y aún conserva esta energía: suba su frecuencia de corte o aumente su pendiente en lugar de añadir otro filtro.</translation>
    </message>
    <message>
        <source>Your compressor on %1 (%2): %3:1 from %4 dB, attack %5 ms, release %6 ms</source>
        <extracomment>%1 track, %2 the compressor plug-ins on its channel in the DAW, %3 ratio, %4 threshold, %5 attack, %6 release</extracomment>
        <translation>Su compresor en %1 (%2): %3:1 desde %4 dB, ataque %5 ms, liberación %6 ms</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: set it so rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 El canal ya tiene %2 en la sesión de %3: ajústelo así en lugar de añadir otro compresor.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and is still out of range: lower its threshold or raise its ratio to this rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 El bounce pasa después de %2 en la sesión de %3 y sigue fuera de rango: baje su umbral o suba su ratio hasta estos valores en lugar de añadir otro compresor.</translation>
    </message>
    <message>
        <source>Make %1 mono below %2</source>
        <translation>Poner %1 en mono por debajo de %2</translation>
    </message>
    <message>
        <source>Add harmonics to %1 so it reads on small speakers</source>
        <translation>Añadir armónicos a %1 para que se oiga en altavoces pequeños</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>%1 and %2 frequencies: a range of the spectrum</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Side-chain %1 to %2: duck %3 dB at each hit (%4)</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 dB, %4 a frequency or a range of them</extracomment>
        <translation>Sidechain de %1 con %2: atenuar %3 dB en cada golpe (%4)</translation>
    </message>
    <message>
        <source>Carve %1 dB at %2 out of %3 to make room for %4</source>
        <extracomment>%1 dB, %2 frequency, %3 the track that yields, %4 the one that keeps</extracomment>
        <translation>Recortar %1 dB en %2 de %3 para dejar sitio a %4</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at unity: lower them all by %1 dB</source>
        <translation>Los stems saturan el bus de mezcla a ganancia unitaria: bajarlos todos %1 dB</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at your faders: lower them all by %1 dB</source>
        <translation>Los stems saturan el bus de mezcla con sus faders: bajarlos todos %1 dB</translation>
    </message>
    <message>
        <source>The stems may clip the mix bus: lower them all by up to %1 dB</source>
        <translation>Los stems podrían saturar el bus de mezcla: bajarlos todos hasta %1 dB</translation>
    </message>
    <message>
        <source>The mix loses level in mono: check the wide stems</source>
        <translation>La mezcla pierde nivel en mono: revisar los stems anchos</translation>
    </message>
    <message>
        <source>The mix loses level in mono: narrow %1</source>
        <extracomment>%1 the tracks (&quot;Pad and Keys&quot;)</extracomment>
        <translation>La mezcla pierde nivel en mono: estrechar %1</translation>
    </message>
    <message>
        <source>Bring up %1 by about %2 dB in the balance</source>
        <translation>Subir %1 unos %2 dB en el balance</translation>
    </message>
    <message>
        <source>Pull down %1 by about %2 dB in the balance</source>
        <translation>Bajar %1 unos %2 dB en el balance</translation>
    </message>
    <message>
        <source>Raise the clip gain (not the fader) so plug-ins see a healthy level.</source>
        <translation>Subir la ganancia del clip (no el fader) para que los plug-ins reciban un nivel sano.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest note.</source>
        <translation>Un paso alto de %1 dB/octava en %2 elimina lo que está por debajo de la parte sin tocar su nota más grave.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest useful content.</source>
        <translation>Un paso alto de %1 dB/octava en %2 elimina lo que está por debajo de la parte sin tocar su contenido útil más grave.</translation>
    </message>
    <message>
        <source>A narrow bell cut at the resonance; sweep ±5 % around %1 to centre it by ear.</source>
        <translation>Un recorte de campana estrecho en la resonancia; barra ±5 % alrededor de %1 para centrarlo de oído.</translation>
    </message>
    <message>
        <source>A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it.</source>
        <translation>Un estante suave abre una parte apagada; si solo sube el soplido, hay que corregirlo en la fuente.</translation>
    </message>
    <message>
        <source>A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone.</source>
        <translation>Un de-esser de banda dividida que actúa solo sobre la banda sibilante, para que el resto de la voz conserve su timbre.</translation>
    </message>
    <message>
        <source>About %1 dB of gain reduction on the loudest passages evens the part out; a threshold on the short-term loudness scale (an RMS detector reads close to it).</source>
        <translation>Unos %1 dB de reducción de ganancia en los pasajes más fuertes igualan la parte; un umbral en la escala de sonoridad a corto plazo (un detector RMS mide algo parecido).</translation>
    </message>
    <message>
        <source>Invert one channel&apos;s polarity (or remove the widener) and compare in mono.</source>
        <translation>Invertir la polaridad de un canal (o quitar el ensanchador) y comparar en mono.</translation>
    </message>
    <message>
        <source>A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono.</source>
        <translation>Un EQ mid/side o una utilidad de graves en mono: los graves se mantienen firmes en sistemas de club y en mono.</translation>
    </message>
    <message>
        <source>Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz.</source>
        <translation>Saturación en paralelo (drive 6 dB, 30 % de señal procesada) o un realzador de armónicos por encima de 500 Hz.</translation>
    </message>
    <message>
        <source>A bell cut on %1 where %2 lives; if both must stay full, cut %1 there only while %2 plays (dynamic EQ keyed by it).</source>
        <translation>Un recorte de campana en %1 donde vive %2; si ambos deben seguir llenos, recortar %1 ahí solo mientras suena %2 (EQ dinámico disparado por %2).</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down by the same amount, so the balance stays and the bus peaks at -1 dBTP before any bus processing.</source>
        <translation>Bajar todos los faders (o un VCA sobre todos) la misma cantidad, para que el balance se mantenga y el bus tenga picos en -1 dBTP antes de cualquier procesado de bus.</translation>
    </message>
    <message>
        <source>Listen to the sum in mono; reduce the width (or fix the polarity) of the stems that disappear.</source>
        <translation>Escuchar la suma en mono; reducir la anchura (o corregir la polaridad) de los stems que desaparecen.</translation>
    </message>
    <message>
        <source>A starting fader move; set the final balance by ear against the lead.</source>
        <translation>Un primer movimiento de fader; ajuste el balance final de oído frente a la voz principal.</translation>
    </message>
    <message>
        <source>; the lowest note sits at %1, so the corner stays below it</source>
        <translation>; la nota más grave está en %1, así que el corte queda por debajo</translation>
    </message>
    <message>
        <source>; the rumble peaks near %1</source>
        <translation>; el retumbe tiene su pico cerca de %1</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track.</source>
        <translation>Una resonancia en %1 Hz sobresale %2 dB del espectro que la rodea, con Q %3 (anchura a -3 dB %4 Hz); resuena durante toda la pista.</translation>
    </message>
    <message>
        <source>they are %1 dB louder than the average frame, hence the range.</source>
        <translation>son %1 dB más fuertes que el fotograma medio, de ahí el rango.</translation>
    </message>
    <message>
        <source>they are %1 dB quieter than the average frame, so a gentle range is enough.</source>
        <translation>son %1 dB más suaves que el fotograma medio, así que basta un rango suave.</translation>
    </message>
    <message>
        <source>Only %1 of the energy lies above 500 Hz: on phones and laptops, which reproduce little below 150 Hz, the bass line vanishes.</source>
        <translation>Solo el %1 de la energía está por encima de 500 Hz: en móviles y portátiles, que reproducen poco por debajo de 150 Hz, la línea de bajo desaparece.</translation>
    </message>
    <message>
        <source>The stems&apos; true peaks add up to %1 dBTP: an upper bound (if their peaks coincide); the sum was not measured.</source>
        <translation>Los picos reales de los stems suman %1 dBTP: un límite superior (si sus picos coinciden); la suma no se midió.</translation>
    </message>
    <message>
        <source>Summed and folded to mono the session loses %1 dB (correlation of the sum %2); a mix with uncorrelated sides loses about 3 dB, more means parts cancel.</source>
        <translation>Sumada y plegada a mono, la sesión pierde %1 dB (correlación de la suma %2); una mezcla con laterales no correlacionados pierde unos 3 dB, más significa que hay partes que se cancelan.</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>frecuencia</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>ganancia</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>ataque</translation>
    </message>
    <message>
        <source>release</source>
        <translation>liberación</translation>
    </message>
    <message>
        <source>on the channel in the %1 session: %2</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;), %2 the plug-ins on the track&apos;s channel in its session (&quot;ACE EQ&quot;)</extracomment>
        <translation>en el canal de la sesión de %1: %2</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>rodilla</translation>
    </message>
    <message>
        <source>make-up gain</source>
        <translation>ganancia de compensación</translation>
    </message>
    <message>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>width</source>
        <translation>anchura</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>drive</translation>
    </message>
    <message>
        <source>side-chain input</source>
        <translation>entrada de sidechain</translation>
    </message>
    <message>
        <source>high-pass</source>
        <translation>paso alto</translation>
    </message>
    <message>
        <source>low-pass</source>
        <translation>paso bajo</translation>
    </message>
    <message>
        <source>bell</source>
        <translation>campana</translation>
    </message>
    <message>
        <source>high shelf</source>
        <translation>estante de agudos</translation>
    </message>
    <message>
        <source>low shelf</source>
        <translation>estante de graves</translation>
    </message>
    <message>
        <source>split-band</source>
        <translation>banda dividida</translation>
    </message>
    <message>
        <source>invert one channel&apos;s polarity</source>
        <translation>invertir la polaridad de un canal</translation>
    </message>
    <message>
        <source>true peak</source>
        <translation>pico real</translation>
    </message>
    <message>
        <source>integrated loudness</source>
        <translation>sonoridad integrada</translation>
    </message>
    <message>
        <source>energy below the corner</source>
        <translation>energía por debajo del corte</translation>
    </message>
    <message>
        <source>lowest f0</source>
        <translation>f0 más grave</translation>
    </message>
    <message>
        <source>lowest useful content</source>
        <translation>contenido útil más grave</translation>
    </message>
    <message>
        <source>rumble peak</source>
        <translation>pico de retumbe</translation>
    </message>
    <message>
        <source>resonance frequency</source>
        <translation>frecuencia de resonancia</translation>
    </message>
    <message>
        <source>resonance height</source>
        <translation>altura de la resonancia</translation>
    </message>
    <message>
        <source>resonance Q</source>
        <translation>Q de la resonancia</translation>
    </message>
    <message>
        <source>centre frequency</source>
        <translation>frecuencia central</translation>
    </message>
    <message>
        <source>sibilant frames</source>
        <translation>fotogramas sibilantes</translation>
    </message>
    <message>
        <source>sibilance peak</source>
        <translation>pico de sibilancia</translation>
    </message>
    <message>
        <source>sibilance excess</source>
        <translation>exceso de sibilancia</translation>
    </message>
    <message>
        <source>loudness range</source>
        <translation>rango de sonoridad</translation>
    </message>
    <message>
        <source>crest factor</source>
        <translation>factor de cresta</translation>
    </message>
    <message>
        <source>short-term loudness, 95th percentile</source>
        <translation>sonoridad a corto plazo, percentil 95</translation>
    </message>
    <message>
        <source>short-term loudness, 10th percentile</source>
        <translation>sonoridad a corto plazo, percentil 10</translation>
    </message>
    <message>
        <source>transient density</source>
        <translation>densidad de transitorios</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>correlación</translation>
    </message>
    <message>
        <source>mono loss</source>
        <translation>pérdida en mono</translation>
    </message>
    <message>
        <source>low-band correlation</source>
        <translation>correlación de las bandas graves</translation>
    </message>
    <message>
        <source>share below 250 Hz</source>
        <translation>proporción por debajo de 250 Hz</translation>
    </message>
    <message>
        <source>share above 500 Hz</source>
        <translation>proporción por encima de 500 Hz</translation>
    </message>
    <message>
        <source>level of the highs</source>
        <translation>nivel de los agudos</translation>
    </message>
    <message>
        <source>level difference</source>
        <translation>diferencia de nivel</translation>
    </message>
    <message>
        <source>both active</source>
        <translation>ambos activos</translation>
    </message>
    <message>
        <source>overlap from</source>
        <translation>solapamiento desde</translation>
    </message>
    <message>
        <source>overlap to</source>
        <translation>solapamiento hasta</translation>
    </message>
    <message>
        <source>masking severity</source>
        <translation>gravedad del enmascaramiento</translation>
    </message>
    <message>
        <source>true peak of the sum</source>
        <translation>pico real de la suma</translation>
    </message>
    <message>
        <source>bound of the summed true peak</source>
        <translation>límite del pico real sumado</translation>
    </message>
    <message>
        <source>mono loss of the sum</source>
        <translation>pérdida en mono de la suma</translation>
    </message>
    <message>
        <source>correlation of the sum</source>
        <translation>correlación de la suma</translation>
    </message>
    <message>
        <source>deviation from the balance</source>
        <translation>desviación del balance</translation>
    </message>
    <message>
        <source>sample peak</source>
        <translation>pico de muestra</translation>
    </message>
    <message>
        <source>missing audio</source>
        <translation>audio que falta</translation>
    </message>
    <message>
        <source>clipped samples</source>
        <translation>muestras saturadas</translation>
    </message>
    <message>
        <source>clipped runs</source>
        <translation>zonas saturadas</translation>
    </message>
    <message>
        <source>silence at the start</source>
        <translation>silencio inicial</translation>
    </message>
    <message>
        <source>silence at the end</source>
        <translation>silencio final</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>proporción de %1</translation>
    </message>
    <message>
        <source>%1 excess</source>
        <extracomment>%1 a band</extracomment>
        <translation>exceso de %1</translation>
    </message>
    <message>
        <source>%1 share of %2</source>
        <extracomment>%1 a band, %2 a track</extracomment>
        <translation>proporción de %1 de %2</translation>
    </message>
    <message>
        <source>correlation of %1</source>
        <extracomment>%1 a track</extracomment>
        <translation>correlación de %1</translation>
    </message>
    <message>
        <source>type default (no pitch measured)</source>
        <translation>valor por defecto del tipo (no se midió tono)</translation>
    </message>
    <message>
        <source>threshold from here</source>
        <translation>umbral desde aquí</translation>
    </message>
    <message>
        <source>threshold not below</source>
        <translation>umbral no por debajo</translation>
    </message>
    <message>
        <source>upper bound from the stems</source>
        <translation>límite superior a partir de los stems</translation>
    </message>
    <message>
        <source>fader gains and pans from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>ganancias de fader y paneos de la sesión de %1</translation>
    </message>
    <message>
        <source>peaks stay below -6 dBTP</source>
        <translation>los picos quedan por debajo de -6 dBTP</translation>
    </message>
    <message>
        <source>loudest third of an octave in the band</source>
        <translation>tercio de octava más fuerte de la banda</translation>
    </message>
    <message>
        <source>&gt;= 6 dB above the surround (f/1.5…1.5f median)</source>
        <translation>&gt;= 6 dB por encima del entorno (mediana f/1,5…1,5f)</translation>
    </message>
    <message>
        <source>&gt; 0.10 below 250 Hz</source>
        <translation>&gt; 0,10 por debajo de 250 Hz</translation>
    </message>
    <message>
        <source>no sample above 0</source>
        <translation>ninguna muestra por encima de 0</translation>
    </message>
    <message>
        <source>C major</source>
        <translation>Do mayor</translation>
    </message>
    <message>
        <source>Db major</source>
        <translation>Re bemol mayor</translation>
    </message>
    <message>
        <source>D major</source>
        <translation>Re mayor</translation>
    </message>
    <message>
        <source>Eb major</source>
        <translation>Mi bemol mayor</translation>
    </message>
    <message>
        <source>E major</source>
        <translation>Mi mayor</translation>
    </message>
    <message>
        <source>F major</source>
        <translation>Fa mayor</translation>
    </message>
    <message>
        <source>F# major</source>
        <translation>Fa sostenido mayor</translation>
    </message>
    <message>
        <source>G major</source>
        <translation>Sol mayor</translation>
    </message>
    <message>
        <source>Ab major</source>
        <translation>La bemol mayor</translation>
    </message>
    <message>
        <source>A major</source>
        <translation>La mayor</translation>
    </message>
    <message>
        <source>Bb major</source>
        <translation>Si bemol mayor</translation>
    </message>
    <message>
        <source>B major</source>
        <translation>Si mayor</translation>
    </message>
    <message>
        <source>C minor</source>
        <translation>Do menor</translation>
    </message>
    <message>
        <source>C# minor</source>
        <translation>Do sostenido menor</translation>
    </message>
    <message>
        <source>D minor</source>
        <translation>Re menor</translation>
    </message>
    <message>
        <source>Eb minor</source>
        <translation>Mi bemol menor</translation>
    </message>
    <message>
        <source>E minor</source>
        <translation>Mi menor</translation>
    </message>
    <message>
        <source>F minor</source>
        <translation>Fa menor</translation>
    </message>
    <message>
        <source>F# minor</source>
        <translation>Fa sostenido menor</translation>
    </message>
    <message>
        <source>G minor</source>
        <translation>Sol menor</translation>
    </message>
    <message>
        <source>G# minor</source>
        <translation>Sol sostenido menor</translation>
    </message>
    <message>
        <source>A minor</source>
        <translation>La menor</translation>
    </message>
    <message>
        <source>Bb minor</source>
        <translation>Si bemol menor</translation>
    </message>
    <message>
        <source>B minor</source>
        <translation>Si menor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>LRA</source>
        <translation>LRA</translation>
    </message>
    <message>
        <source>ST max</source>
        <translation>CP máx.</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pico</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>cresta</translation>
    </message>
    <message>
        <source>PLR</source>
        <translation>PLR</translation>
    </message>
    <message>
        <source>DR</source>
        <translation>DR</translation>
    </message>
    <message>
        <source>centroid</source>
        <translation>centroide</translation>
    </message>
    <message>
        <source>corr</source>
        <translation>corr.</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>análisis</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>%1 is %2 dB louder than %3 (%4 vs %5 LUFS integrated).</source>
        <extracomment>%1 track A, %2 dB, %3 track B, %4 and %5 their loudness</extracomment>
        <translation>%1 está %2 dB más fuerte que %3 (%4 frente a %5 LUFS integrados).</translation>
    </message>
    <message>
        <source>%1 is %2 dB quieter than %3 (%4 vs %5 LUFS integrated).</source>
        <translation>%1 está %2 dB más bajo que %3 (%4 frente a %5 LUFS integrados).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB higher than %4 (%5 dBTP).</source>
        <extracomment>%1 track A, %2 its true peak, %3 dB, %4 track B, %5 its true peak</extracomment>
        <translation>%1 alcanza picos de %2 dBTP, %3 dB más alto que %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB lower than %4 (%5 dBTP).</source>
        <translation>%1 alcanza picos de %2 dBTP, %3 dB más bajo que %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 has %2 LU more loudness range than %3 (%4 vs %5 LU).</source>
        <extracomment>%1 track A, %2 LU, %3 track B, %4 and %5 their loudness ranges</extracomment>
        <translation>%1 tiene %2 LU más de rango de sonoridad que %3 (%4 frente a %5 LU).</translation>
    </message>
    <message>
        <source>%1 has %2 LU less loudness range than %3 (%4 vs %5 LU).</source>
        <translation>%1 tiene %2 LU menos de rango de sonoridad que %3 (%4 frente a %5 LU).</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB higher (%3 vs %4 dB): it is less compressed than %5.</source>
        <extracomment>%1 track A, %2 dB, %3 and %4 the crest factors, %5 track B</extracomment>
        <translation>El factor de cresta de %1 es %2 dB más alto (%3 frente a %4 dB): está menos comprimido que %5.</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB lower (%3 vs %4 dB): it is more compressed than %5.</source>
        <translation>El factor de cresta de %1 es %2 dB más bajo (%3 frente a %4 dB): está más comprimido que %5.</translation>
    </message>
    <message>
        <source>%1 is wider than %2 (stereo width %3 vs %4).</source>
        <extracomment>%1 track A, %2 track B, %3 and %4 their widths</extracomment>
        <translation>%1 es más ancho que %2 (anchura estéreo %3 frente a %4).</translation>
    </message>
    <message>
        <source>%1 is narrower than %2 (stereo width %3 vs %4).</source>
        <translation>%1 es más estrecho que %2 (anchura estéreo %3 frente a %4).</translation>
    </message>
    <message>
        <source>%1 scores %2/100, %3 %4/100 (%5 points).</source>
        <extracomment>%1 track A, %2 its score, %3 track B, %4 its score, %5 the difference</extracomment>
        <translation>%1 obtiene %2/100, %3 %4/100 (%5 puntos).</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: outside)</source>
        <translation> (dispersión de las referencias ±%1 dB: fuera)</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: within)</source>
        <translation> (dispersión de las referencias ±%1 dB: dentro)</translation>
    </message>
    <message>
        <source>a low shelf at %1</source>
        <translation>un estante de graves en %1</translation>
    </message>
    <message>
        <source>a high shelf at %1</source>
        <translation>un estante de agudos en %1</translation>
    </message>
    <message>
        <source>a broad bell (Q 0.7) at %1</source>
        <translation>una campana ancha (Q 0,7) en %1</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: cut %3 dB with %4, then listen again.</source>
        <extracomment>%1 track A, %2 track B, %3 dB, %4 the filter (&quot;a low shelf at 60 Hz&quot;)</extracomment>
        <translation>Para acercar %1 a %2: recortar %3 dB con %4 y volver a escuchar.</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: boost %3 dB with %4, then listen again.</source>
        <translation>Para acercar %1 a %2: realzar %3 dB con %4 y volver a escuchar.</translation>
    </message>
    <message>
        <source>To A/B fairly, lower %1 by %2 dB to %3&apos;s loudness.</source>
        <extracomment>%1 track A, %2 dB, %3 track B</extracomment>
        <translation>Para un A/B justo, bajar %1 %2 dB hasta la sonoridad de %3.</translation>
    </message>
    <message>
        <source>To A/B fairly, raise %1 by %2 dB to %3&apos;s loudness.</source>
        <translation>Para un A/B justo, subir %1 %2 dB hasta la sonoridad de %3.</translation>
    </message>
    <message>
        <source>%1 is %2 dB more dynamic than %3: compress or limit it by about that much to match its density.</source>
        <translation>%1 es %2 dB más dinámico que %3: comprímalo o limítelo aproximadamente esa cantidad para igualar su densidad.</translation>
    </message>
    <message>
        <source>%1 is %2 dB denser than %3: ease its compression or limiting.</source>
        <translation>%1 es %2 dB más denso que %3: suavice su compresión o limitación.</translation>
    </message>
    <message>
        <source>Narrow %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <extracomment>%1 track A, %2 its width, %3 track B, %4 its width</extracomment>
        <translation>Estrechar %1 con un balance mid/side: su anchura es %2, la de %3 %4.</translation>
    </message>
    <message>
        <source>Widen %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <translation>Ensanchar %1 con un balance mid/side: su anchura es %2, la de %3 %4.</translation>
    </message>
    <message>
        <source>   the mean of: %1</source>
        <translation>   la media de: %1</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Ninguna diferencia por encima de los umbrales.</translation>
    </message>
    <message>
        <source>matched A-B</source>
        <translation>A-B igualado</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>band (dB)</source>
        <translation>banda (dB)</translation>
    </message>
    <message>
        <source>short-term loudness maximum</source>
        <translation>sonoridad a corto plazo máxima</translation>
    </message>
    <message>
        <source>RMS level</source>
        <translation>nivel RMS</translation>
    </message>
    <message>
        <source>peak-to-loudness ratio</source>
        <translation>relación pico-sonoridad</translation>
    </message>
    <message>
        <source>dynamic range</source>
        <translation>rango dinámico</translation>
    </message>
    <message>
        <source>stereo width</source>
        <translation>anchura estéreo</translation>
    </message>
    <message>
        <source>L/R correlation</source>
        <translation>correlación I/D</translation>
    </message>
    <message>
        <source>spectral centroid</source>
        <translation>centroide espectral</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>puntuación de calidad</translation>
    </message>
    <message>
        <source>peak %1 dBFS (below %2 dBFS)</source>
        <translation>pico %1 dBFS (por debajo de %2 dBFS)</translation>
    </message>
    <message>
        <source>every sample is zero</source>
        <translation>todas las muestras son cero</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&lt; %2)</source>
        <translation>%1 transitorios fuertes/s (&lt; %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n useful</source>
        <translation>
            <numerusform>%n útil</numerusform>
            <numerusform>%n útiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not useful</source>
        <translation>
            <numerusform>%n no útil</numerusform>
            <numerusform>%n no útiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n aplicada</numerusform>
            <numerusform>%n aplicadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n descartada</numerusform>
            <numerusform>%n descartadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) better</source>
        <translation>
            <numerusform>%n nueva exportación mejor</numerusform>
            <numerusform>%n nuevas exportaciones mejores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) worse</source>
        <translation>
            <numerusform>%n nueva exportación peor</numerusform>
            <numerusform>%n nuevas exportaciones peores</numerusform>
        </translation>
    </message>
    <message>
        <source>your feedback on %1 (%2) moved the confidence from %3 to %4</source>
        <extracomment>%1 track types (or &quot;vocals in rock&quot;), %2 the ratings (&quot;3 not useful, 1 applied&quot;), %3 and %4 confidences</extracomment>
        <translation>sus valoraciones sobre %1 (%2) han llevado la confianza de %3 a %4</translation>
    </message>
    <message>
        <source>energy below %1</source>
        <translation>energía por debajo de %1</translation>
    </message>
    <message>
        <source>prominence at %1</source>
        <translation>prominencia en %1</translation>
    </message>
    <message>
        <source>loudness</source>
        <translation>sonoridad</translation>
    </message>
    <message>
        <source>%1 deficit</source>
        <translation>déficit de %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file cannot be accessed</source>
        <translation>no se puede acceder al archivo</translation>
    </message>
    <message>
        <source>it is a folder, not an audio file</source>
        <translation>es una carpeta, no un archivo de audio</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>it is not an audio file in a format Stemwise reads</source>
        <translation>no es un archivo de audio en un formato que Stemwise lea</translation>
    </message>
    <message>
        <source>the file cannot be read: permission denied</source>
        <translation>no se puede leer el archivo: permiso denegado</translation>
    </message>
    <message>
        <source>the file cannot be opened as audio</source>
        <translation>el archivo no se puede abrir como audio</translation>
    </message>
    <message>
        <source>the file declares no audio channels</source>
        <translation>el archivo no declara ningún canal de audio</translation>
    </message>
    <message>
        <source>the file has more channels than Stemwise reads</source>
        <translation>el archivo tiene más canales de los que Stemwise lee</translation>
    </message>
    <message>
        <source>the file has no known length</source>
        <translation>la duración del archivo es desconocida</translation>
    </message>
    <message>
        <source>the file is cut short before its first sample (truncated)</source>
        <translation>el archivo se corta antes de su primera muestra (truncado)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>ran out of memory while analysing</source>
        <translation>memoria agotada durante el análisis</translation>
    </message>
    <message>
        <source>Could not analyse %1: %2</source>
        <translation>No se pudo analizar %1: %2</translation>
    </message>
    <message>
        <source>its sample rate is outside the range Stemwise reads</source>
        <translation>su frecuencia de muestreo está fuera del rango que Stemwise lee</translation>
    </message>
    <message>
        <source>it contains no audio (0 frames)</source>
        <translation>no contiene audio (0 tramas)</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>no se puede escribir el archivo</translation>
    </message>
    <message>
        <source>no audio input was found</source>
        <translation>no se encontró ninguna entrada de audio</translation>
    </message>
    <message>
        <source>this input is not there any more (press Refresh)</source>
        <translation>esta entrada ya no existe (pulse Actualizar)</translation>
    </message>
    <message>
        <source>a chosen channel does not exist on this input</source>
        <translation>un canal elegido no existe en esta entrada</translation>
    </message>
    <message>
        <source>the input refuses this number of channels, sample rate or buffer size</source>
        <translation>la entrada rechaza este número de canales, frecuencia de muestreo o tamaño de búfer</translation>
    </message>
    <message>
        <source>the input cannot be opened (another program may be using it)</source>
        <translation>no se puede abrir la entrada (quizá otro programa la está usando)</translation>
    </message>
    <message>
        <source>the audio system (PortAudio) cannot be started</source>
        <translation>no se puede iniciar el sistema de audio (PortAudio)</translation>
    </message>
    <message>
        <source>the audio system cannot be loaded again after the audio server went away; restart Stemwise to meter again</source>
        <translation>el sistema de audio no se puede volver a cargar después de que el servidor de audio desapareciera; reinicie Stemwise para medir de nuevo</translation>
    </message>
    <message>
        <source>the audio stream ended (device removed or audio server stopped)</source>
        <translation>el flujo de audio terminó (dispositivo retirado o servidor de audio detenido)</translation>
    </message>
    <message>
        <source>the input stopped delivering audio (device removed or audio server stopped)</source>
        <translation>la entrada dejó de entregar audio (dispositivo retirado o servidor de audio detenido)</translation>
    </message>
    <message>
        <source>no audio came from the input for %1 s (device removed or audio server stopped)</source>
        <translation>no llegó audio de la entrada durante %1 s (dispositivo retirado o servidor de audio detenido)</translation>
    </message>
    <message>
        <source>the recording could not be completed (is the disk full?)</source>
        <translation>no se pudo completar la grabación (¿está lleno el disco?)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a reason, then the library&apos;s or system&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectado</translation>
    </message>
    <message>
        <source>from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;, &quot;REAPER&quot;) whose session file stated the value</extracomment>
        <translation>de la sesión de %1</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is hotter than %2 tracks usually sit (above %3 LUFS): turn it down before the mix bus.</source>
        <translation>Con %1 LUFS integrados la pista está más fuerte de lo habitual para pistas de %2 (por encima de %3 LUFS): bájela antes del bus de mezcla.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below 60 Hz (typical: under %2 %): rumble or unneeded sub that eats headroom; consider a high-pass filter.</source>
        <translation>El %1 % de la energía está por debajo de 60 Hz (lo habitual: menos del %2 %): retumbe o subgrave innecesario que consume margen; considere un filtro paso alto.</translation>
    </message>
    <message>
        <source>Low-mid build-up: %1 % of the energy lies in 250–500 Hz (typical: under %2 %), which sounds muddy and masks other tracks.</source>
        <translation>Acumulación en medios-graves: el %1 % de la energía está entre 250 y 500 Hz (lo habitual: menos del %2 %), lo que suena embarrado y enmascara otras pistas.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies in 2–4 kHz (typical: under %2 %): likely harsh or fatiguing.</source>
        <translation>El %1 % de la energía está entre 2 y 4 kHz (lo habitual: menos del %2 %): probablemente áspero o fatigante.</translation>
    </message>
    <message>
        <source>The low end is not mono-compatible: correlation %1 between %2 Hz and %3 Hz. Keep the sub and bass region (close to) mono.</source>
        <translation>Los graves no son compatibles con mono: correlación %1 entre %2 Hz y %3 Hz. Mantenga la zona de subgraves y graves (casi) en mono.</translation>
    </message>
    <message>
        <source>A crest factor of %1 dB (typical: at least %2 dB) leaves little punch: the track may be over-compressed or limited.</source>
        <translation>Un factor de cresta de %1 dB (lo habitual: al menos %2 dB) deja poca pegada: la pista puede estar sobrecomprimida o limitada.</translation>
    </message>
    <message>
        <source>tempo %1 BPM, confidence %2 (&gt;= %3)</source>
        <translation>tempo %1 BPM, confianza %2 (≥ %3)</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&gt;= %2), crest factor %3 dB (&gt;= %4)</source>
        <translation>%1 transitorios fuertes/s (≥ %2), factor de cresta %3 dB (≥ %4)</translation>
    </message>
    <message>
        <source>clear pitch in %1 % of the frames (&gt;= %2 %)</source>
        <translation>altura clara en el %1 % de las tramas (≥ %2 %)</translation>
    </message>
    <message>
        <source>tonalness %1 (&gt;= %2)</source>
        <translation>tonalidad %1 (≥ %2)</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>&gt;= %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&lt;= %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>|x| &gt;= %1</source>
        <translation>|x| ≥ %1</translation>
    </message>
    <message>
        <source>|x| &lt;= %1</source>
        <translation>|x| ≤ %1</translation>
    </message>
    <message>
        <source>%1–%2 Hz</source>
        <extracomment>a range of frequencies: %1 and %2 numbers</extracomment>
        <translation>%1–%2 Hz</translation>
    </message>
    <message>
        <source>%1…%2</source>
        <extracomment>a span of values: %1 and %2 with the unit of the second (&quot;-20…-14 LUFS&quot;)</extracomment>
        <translation>%1…%2</translation>
    </message>
    <message>
        <source>%1 (typical %2)</source>
        <extracomment>%1 a threshold (&quot;&gt; 0.05&quot;), %2 a track type</extracomment>
        <translation>%1 (típico de %2)</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <extracomment>%1 a threshold in dB (&quot;&gt; -20 dB&quot;), %2 a frequency: the share of the energy below it</extracomment>
        <translation>%1 por debajo de %2</translation>
    </message>
    <message>
        <source>corner %1 ≤ 0.8 × f0</source>
        <translation>corte %1 ≤ 0,8 × f0</translation>
    </message>
    <message>
        <source>Trim the clip or the first insert by %1 dB so the stem peaks near -6 dBTP and sits around %2 LUFS, leaving headroom for processing and the bus.</source>
        <extracomment>%1 dB, %2 LUFS</extracomment>
        <translation>Reducir la ganancia del clip o del primer insert %1 dB para que el stem tenga picos cerca de -6 dBTP y ronde los %2 LUFS, dejando margen para el procesado y el bus.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP and measures %2 LUFS; %3 stems are best staged at %4…%5 LUFS with peaks below -6 dBTP.</source>
        <extracomment>%1 true peak, %2 loudness, %3 track type, %4…%5 the type&apos;s window in LUFS</extracomment>
        <translation>El stem alcanza picos de %1 dBTP y mide %2 LUFS; los stems de %3 se nivelan mejor entre %4 y %5 LUFS con picos por debajo de -6 dBTP.</translation>
    </message>
    <message>
        <source>At %1 LUFS the stem is below the %2…%3 LUFS window of %4 stems; its true peak (%5 dBTP) leaves room for %6 dB.</source>
        <extracomment>%1 loudness, %2…%3 the type&apos;s window in LUFS, %4 track type, %5 true peak, %6 dB of room</extracomment>
        <translation>Con %1 LUFS el stem está por debajo del rango de %2 a %3 LUFS de los stems de %4; su pico real (%5 dBTP) deja %6 dB de margen.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below %2 (%3 of it below 60 Hz; typical %4: under %5)%6%7.</source>
        <extracomment>%1 percent below the corner %2, %3 share below 60 Hz, %4 track type, %5 its usual most; %6 and %7 clauses that follow</extracomment>
        <translation>El %1 % de la energía está por debajo de %2 (%3 de ella por debajo de 60 Hz; lo habitual en %4: menos del %5)%6%7.</translation>
    </message>
    <message>
        <source>; %1 rarely have useful content below %2</source>
        <extracomment>%1 track type (as the type&apos;s id), %2 frequency</extracomment>
        <translation>; las pistas de %1 rara vez tienen contenido útil por debajo de %2</translation>
    </message>
    <message>
        <source>A broad bell cut in the low-mid; listen for the part staying full but clearer.</source>
        <translation>Un recorte de campana ancho en los medios-graves; compruebe que la parte siga llena pero más clara.</translation>
    </message>
    <message>
        <source>A broad bell cut in the upper-mid; listen for the part staying present but less edgy.</source>
        <translation>Un recorte de campana ancho en los medios-agudos; compruebe que la parte siga presente pero menos agresiva.</translation>
    </message>
    <message>
        <source>The %1 band (%2–%3 Hz) holds %4 of the energy, %5 dB above a typical %6 track (at most %7); its energy centres on %8.</source>
        <extracomment>%1 band, %2–%3 its edges, %4 its share, %5 dB above %6 (a track type), %7 the type&apos;s most, %8 frequency</extracomment>
        <translation>La banda %1 (%2–%3 Hz) contiene el %4 de la energía, %5 dB por encima de una pista de %6 típica (como mucho %7); su energía se centra en %8.</translation>
    </message>
    <message>
        <source>The highs (4–10 kHz) hold %1 of the energy, %2 dB under the %3 a %4 track usually has.</source>
        <extracomment>%1 share of the highs, %2 dB under %3 (the usual share of a %4 track)</extracomment>
        <translation>Los agudos (4–10 kHz) contienen el %1 de la energía, %2 dB por debajo del %3 que suele tener una pista de %4.</translation>
    </message>
    <message>
        <source>%1 % of the sung or spoken frames are dominated by 4.5–10 kHz (a voice&apos;s usual is under %2 %), peaking at %3; %4</source>
        <extracomment>%1 percent of the frames, %2 a voice&apos;s usual percent, %3 frequency, %4 the clause that follows</extracomment>
        <translation>El %1 % de los fotogramas cantados o hablados están dominados por 4,5–10 kHz (lo habitual en una voz: menos del %2 %), con el pico en %3; %4</translation>
    </message>
    <message>
        <source>%1. %2; attack %3 ms for %4 strong onsets per second; %5.</source>
        <extracomment>%1 what is out of range, %2 where the threshold comes from, %3 attack, %4 onsets per second, %5 how the release is timed</extracomment>
        <translation>%1. %2; ataque %3 ms para %4 transitorios marcados por segundo; %5.</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU)</source>
        <extracomment>%1 LU, %2 track type, %3 its usual most</extracomment>
        <translation>El rango de sonoridad es de %1 LU (una parte de %2 suele quedarse dentro de %3 LU)</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU); the crest factor is %4 dB (typical up to %5 dB)</source>
        <translation>El rango de sonoridad es de %1 LU (una parte de %2 suele quedarse dentro de %3 LU); el factor de cresta es de %4 dB (lo habitual: hasta %5 dB)</translation>
    </message>
    <message>
        <source>The crest factor is %1 dB (typical up to %2 dB)</source>
        <translation>El factor de cresta es de %1 dB (lo habitual: hasta %2 dB)</translation>
    </message>
    <message>
        <source>The short-term loudness spans %1 (10th percentile) to %2 LUFS (95th): a threshold of %3 dB at %4:1 takes the %5 LU of excess range off the loudest passages</source>
        <extracomment>%1 10th percentile, %2 95th percentile, %3 threshold, %4 ratio, %5 LU of excess range</extracomment>
        <translation>La sonoridad a corto plazo va de %1 (percentil 10) a %2 LUFS (percentil 95): un umbral de %3 dB a %4:1 quita los %5 LU de rango sobrante a los pasajes más fuertes</translation>
    </message>
    <message>
        <source>Threshold from the 70th percentile of the short-term loudness (%1 LUFS; the loudest 5 % reach %2 LUFS)</source>
        <translation>Umbral a partir del percentil 70 de la sonoridad a corto plazo (%1 LUFS; el 5 % más fuerte llega a %2 LUFS)</translation>
    </message>
    <message>
        <source>release %1 ms = a quarter of a beat at %2 BPM</source>
        <translation>liberación %1 ms = un cuarto de pulso a %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half of a beat at %2 BPM</source>
        <translation>liberación %1 ms = medio pulso a %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = one whole of a beat at %2 BPM</source>
        <translation>liberación %1 ms = un pulso entero a %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half the mean gap between onsets (%2 per second; no tempo known)</source>
        <translation>liberación %1 ms = la mitad de la separación media entre ataques (%2 por segundo; sin tempo conocido)</translation>
    </message>
    <message>
        <source>release 150 ms (no tempo or onsets to time it to)</source>
        <translation>liberación 150 ms (no hay tempo ni ataques a los que ajustarla)</translation>
    </message>
    <message>
        <source>%1 of the energy is below 250 Hz and the channels correlate only %2 between %3 and %4 Hz.</source>
        <extracomment>%1 share below 250 Hz, %2 correlation, between %3 and %4 Hz</extracomment>
        <translation>El %1 de la energía está por debajo de 250 Hz y los canales solo correlacionan %2 entre %3 y %4 Hz.</translation>
    </message>
    <message>
        <source>A compressor on %1 keyed by %2 (fast attack, release %3 ms%4), or a dynamic EQ on %5 only: %2 keeps its punch, %1 fills the gaps.</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 release, %4 the clause on the tempo, %5 a frequency or a range of them</extracomment>
        <translation>Un compresor en %1 disparado por %2 (ataque rápido, liberación %3 ms%4) o un EQ dinámico solo en %5: %2 conserva su pegada, %1 rellena los huecos.</translation>
    </message>
    <message>
        <source> = a sixteenth note at %1 BPM</source>
        <translation> = una semicorchea a %1 BPM</translation>
    </message>
    <message>
        <source>%1 and %2 put %3 % and %4 % of their energy into the %5 band (%6–%7 Hz) at levels %8 dB apart, and are active there together %9 % of the time; their spectra overlap most at %10. %11 yields: %12.</source>
        <extracomment>%1 and %2 tracks, %3 and %4 their percentages, %5 band, %6–%7 its edges, %8 dB, %9 percent of the time, %10 a frequency or a range of them, %11 the track that yields, %12 why</extracomment>
        <translation>%1 y %2 ponen el %3 % y el %4 % de su energía en la banda %5 (%6–%7 Hz) con niveles a %8 dB de distancia, y están activos ahí a la vez el %9 % del tiempo; sus espectros se solapan sobre todo en %10. %11 cede: %12.</translation>
    </message>
    <message>
        <source>in a mix this band usually belongs to the %1</source>
        <extracomment>%1 a track type</extracomment>
        <translation>en una mezcla esta banda suele pertenecer a la pista de %1</translation>
    </message>
    <message>
        <source>the sustained part makes room for the percussive one</source>
        <translation>la parte sostenida deja sitio a la percusiva</translation>
    </message>
    <message>
        <source>less of its energy is there</source>
        <translation>ahí está menos de su energía</translation>
    </message>
    <message>
        <source>Summed at unity gain, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP</extracomment>
        <translation>Sumados a ganancia unitaria, los %1 stems alcanzan %2 dBTP (medido en la suma de los archivos, pico real BS.1770-4): el bus satura.</translation>
    </message>
    <message>
        <source>At the fader gains and pans of the %3 session, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP, %3 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>Con las ganancias de fader y los paneos de la sesión de %3, los %1 stems alcanzan %2 dBTP (medido en la suma de los archivos, pico real BS.1770-4): el bus satura.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>%1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 mide %2 LUFS. Como los stems de %3 suelen estar a %4 LU de la parte más fuerte, está %5 LU más fuerte de lo que sugiere el resto de la sesión.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mide %2 LUFS. Como los stems de %3 suelen estar a %4 LU de la parte más fuerte, está %5 LU más suave de lo que sugiere el resto de la sesión.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 track types (&quot;vocals&quot;), %2 a genre</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (better)</source>
        <extracomment>%1 the date it was applied, %2 what was measured, %3 before, %4 after (with its unit)</extracomment>
        <translation>aplicada el %1: %2 %3 → %4 (mejor)</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (worse)</source>
        <translation>aplicada el %1: %2 %3 → %4 (peor)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>definido por usted</translation>
    </message>
    <message>
        <source>detected (%1)</source>
        <extracomment>%1 the tracks whose own estimate it is (&quot;Kick and Snare&quot;)</extracomment>
        <translation>detectado en %1</translation>
    </message>
    <message numerus="yes">
        <source>detected (%1 and %n more)</source>
        <extracomment>%1 the first three tracks whose own estimate it is, %n how many more</extracomment>
        <translation>
            <numerusform>detectado en %1 y %n más</numerusform>
            <numerusform>detectado en %1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>momentary loudness maximum</source>
        <translation>sonoridad momentánea máxima</translation>
    </message>
    <message>
        <source>M max</source>
        <translation>M máx.</translation>
    </message>
    <message>
        <source>peak-to-short-term loudness ratio</source>
        <translation>relación pico-sonoridad a corto plazo</translation>
    </message>
    <message>
        <source>PSR</source>
        <translation>PSR</translation>
    </message>
    <message>
        <source>L/R balance (+ = left)</source>
        <translation>balance I/D (+ = izquierda)</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>85 % roll-off</source>
        <translation>caída al 85 %</translation>
    </message>
    <message>
        <source>roll-off</source>
        <translation>caída</translation>
    </message>
    <message>
        <source>over full scale</source>
        <translation>por encima de la escala completa</translation>
    </message>
    <message>
        <source>%1 samples reach beyond full scale (up to %2 dBFS). The float file keeps them intact, so nothing is clipped; trim the stem before any fixed-point export.</source>
        <extracomment>%1 how many samples, %2 the highest sample in dBFS</extracomment>
        <translation>%1 muestras superan la escala completa (hasta %2 dBFS). El archivo en coma flotante las conserva intactas, así que nada satura; baje el stem antes de cualquier exportación en coma fija.</translation>
    </message>
    <message>
        <source>Wide and decorrelated (correlation %1), not inverted: summed to mono it loses %2 dB. Check it in mono.</source>
        <translation>Ancha y decorrelada (correlación %1), no invertida: sumada en mono pierde %2 dB. Escúchela en mono.</translation>
    </message>
    <message>
        <source>Boost %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>Realzar %1 dB en %2 (Q %3) en %4</translation>
    </message>
    <message>
        <source>Check the polarity of %1: one channel looks inverted</source>
        <translation>Compruebe la polaridad de %1: un canal parece invertido</translation>
    </message>
    <message>
        <source>Listen to %1 in mono: it is wide and loses %2 dB</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>Escuche %1 en mono: es ancha y pierde %2 dB</translation>
    </message>
    <message>
        <source>Flip the polarity of %1: it cancels %2</source>
        <extracomment>%1 the track to flip, %2 the other</extracomment>
        <translation>Invierta la polaridad de %1: cancela %2</translation>
    </message>
    <message>
        <source>A bell cut of the bump&apos;s width undoes it; sweep around the centre by ear.</source>
        <translation>Un recorte de campana del ancho de la joroba la deshace; barra alrededor del centro de oído.</translation>
    </message>
    <message>
        <source>A gentle bell boost fills the dip; if it only brings up noise, leave it.</source>
        <translation>Un realce suave de campana llena el valle; si solo sube ruido, déjelo.</translation>
    </message>
    <message>
        <source>Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow it (width control, M/S) rather than flipping a channel.</source>
        <translation>No es un fallo de polaridad: los lados están decorrelados. Si adelgaza demasiado en mono, estréchela (control de anchura, M/S) en lugar de invertir un canal.</translation>
    </message>
    <message>
        <source>Invert the polarity of %1 (the whole track, both channels) and listen to the two together: the low end and the body come back. If they were recorded at different distances, nudge the timing too.</source>
        <translation>Invierta la polaridad de %1 (toda la pista, ambos canales) y escuche las dos juntas: vuelven los graves y el cuerpo. Si se grabaron a distancias distintas, ajuste también la sincronía.</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track and stays put while the notes change: it stands out in %5 of the %6 note groups, so it is not a played note.</source>
        <extracomment>%1 to %4 as in the resonance&apos;s reason above, %5 note groups where it stands out, of %6</extracomment>
        <translation>Una resonancia en %1 Hz sobresale %2 dB del espectro que la rodea, con Q %3 (anchura a -3 dB %4 Hz); resuena durante toda la pista y no se mueve cuando cambian las notas: sobresale en %5 de los %6 grupos de notas, así que no es una nota tocada.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>La envolvente espectral se abomba %1 dB en %2 (Q %3, por su anchura a media ganancia) respecto a su tendencia una octava a cada lado, en la mediana de los %4 grupos de notas: no se mueve cuando cambian las notas, como hace un EQ, una sala o un micrófono.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <translation>La envolvente espectral se hunde %1 dB en %2 (Q %3, por su anchura a media ganancia) respecto a su tendencia una octava a cada lado, en la mediana de los %4 grupos de notas: no se mueve cuando cambian las notas, como hace un EQ, una sala o un micrófono.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency, %3 Q</extracomment>
        <translation>La envolvente espectral se abomba %1 dB en %2 (Q %3, por su anchura a media ganancia) respecto a su tendencia una octava a cada lado, en toda la pista (un solo grupo de notas: ningún cambio de nota para distinguirla de la parte).</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>La envolvente espectral se hunde %1 dB en %2 (Q %3, por su anchura a media ganancia) respecto a su tendencia una octava a cada lado, en toda la pista (un solo grupo de notas: ningún cambio de nota para distinguirla de la parte).</translation>
    </message>
    <message>
        <source>The left/right correlation is %1 (wide, not inverted: the low end does not cancel) and the mono fold-down loses %2 dB, more than the 3 dB of uncorrelated channels.</source>
        <translation>La correlación izquierda/derecha es %1 (ancha, no invertida: los graves no se cancelan) y la suma en mono pierde %2 dB, más que los 3 dB de canales no correlacionados.</translation>
    </message>
    <message>
        <source>%1 and %2 correlate at %3: they carry the same source in opposite polarity, and summed they lose %4 dB against their separate levels.</source>
        <extracomment>%1 and %2 the tracks, %3 their correlation, %4 dB</extracomment>
        <translation>%1 y %2 correlacionan a %3: llevan la misma fuente en polaridad opuesta y, sumadas, pierden %4 dB frente a sus niveles por separado.</translation>
    </message>
    <message>
        <source>against</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>invert the polarity</source>
        <translation>invertir la polaridad</translation>
    </message>
    <message>
        <source>check in mono</source>
        <translation>comprobar en mono</translation>
    </message>
    <message>
        <source>note groups</source>
        <translation>grupos de notas</translation>
    </message>
    <message>
        <source>note groups with the peak</source>
        <translation>grupos de notas con el pico</translation>
    </message>
    <message>
        <source>centre of the bump or dip</source>
        <translation>centro de la joroba o del valle</translation>
    </message>
    <message>
        <source>size of the bump or dip</source>
        <translation>tamaño de la joroba o del valle</translation>
    </message>
    <message>
        <source>Q of the bump or dip</source>
        <translation>Q de la joroba o del valle</translation>
    </message>
    <message>
        <source>low band from</source>
        <translation>banda grave desde</translation>
    </message>
    <message>
        <source>low band to</source>
        <translation>banda grave hasta</translation>
    </message>
    <message>
        <source>correlation of the two stems</source>
        <translation>correlación de los dos stems</translation>
    </message>
    <message>
        <source>loss of their sum</source>
        <translation>pérdida de su suma</translation>
    </message>
    <message>
        <source>samples over full scale</source>
        <translation>muestras por encima de la escala completa</translation>
    </message>
    <message>
        <source>&gt; 0 (float file)</source>
        <translation>&gt; 0 (archivo en coma flotante)</translation>
    </message>
    <message>
        <source>&gt;= %1 % of %2 note groups</source>
        <extracomment>%1 a percentage, %2 how many note groups</extracomment>
        <translation>&gt;= %1 % de %2 grupos de notas</translation>
    </message>
    <message>
        <source>share of the file where the track plays</source>
        <translation>parte del archivo en que suena la pista</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>suena</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>no se encontró ninguna salida de audio</translation>
    </message>
    <message>
        <source>this output is not there any more (choose another in Settings)</source>
        <translation>esta salida ya no está (elija otra en Ajustes)</translation>
    </message>
    <message>
        <source>The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial download or an interrupted export). What is there was analysed. Re-export it.</source>
        <translation>El archivo está cortado: le falta el final, no se puede saber cuánto audio se ha perdido (una descarga parcial o una exportación interrumpida). Lo que hay se ha analizado. Vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (singular in English: &quot;sub bass&quot;, &quot;bass&quot;, &quot;air&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1: %2 (%3) %4 dB más alto que en %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más bajo que en %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (plural in English: &quot;low mids&quot;, &quot;highs&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1: %2 (%3) %4 dB más alto que en %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más bajo que en %5%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más alto que en %5, igualado en sonoridad%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más bajo que en %5, igualado en sonoridad%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más alto que en %5, igualado en sonoridad%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB más bajo que en %5, igualado en sonoridad%6.</translation>
    </message>
    <message>
        <source>One channel looks polarity-inverted (correlation %1%2): the track thins out or vanishes in mono (it loses %3 dB). Check the polarity of one channel, or the stereo widener.</source>
        <extracomment>%1 correlation, %2 a clause on the low band (&quot;, -0.80 between 60 and 120 Hz&quot;) or nothing, %3 dB</extracomment>
        <translation>Un canal parece tener la polaridad invertida (correlación %1%2): en mono la pista se adelgaza o desaparece (pierde %3 dB). Compruebe la polaridad de un canal o el ensanchador estéreo.</translation>
    </message>
    <message>
        <source>, %1 between %2 and %3 Hz</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>, %1 entre %2 y %3 Hz</translation>
    </message>
    <message>
        <source>&lt;= %1 with a mono loss &gt;= %2, or a low band &lt;= %3</source>
        <extracomment>the stereo verdict&apos;s rule for an inverted channel: %1 correlation, %2 dB, %3 correlation</extracomment>
        <translation>&lt;= %1 con una pérdida en mono &gt;= %2, o una banda grave &lt;= %3</translation>
    </message>
    <message>
        <source>&lt;= %1 between %2 and %3 Hz</source>
        <extracomment>%1 a correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>&lt;= %1 entre %2 y %3 Hz</translation>
    </message>
    <message>
        <source>&gt; %1 (not inverted), &lt; %2 (wide)</source>
        <translation>&gt; %1 (no invertido), &lt; %2 (ancho)</translation>
    </message>
    <message>
        <source>%1…%2 (wide)</source>
        <translation>%1…%2 (ancho)</translation>
    </message>
    <message>
        <source>&gt; %1 or correlation &lt; 0</source>
        <extracomment>%1 dB</extracomment>
        <translation>&gt; %1 o correlación &lt; 0</translation>
    </message>
    <message>
        <source>The left/right correlation is %1%2; the mono fold-down loses %3 dB.</source>
        <extracomment>%1 correlation, %2 a clause on the low band or nothing, %3 dB</extracomment>
        <translation>La correlación izquierda/derecha es %1%2; la suma en mono pierde %3 dB.</translation>
    </message>
    <message>
        <source> and %1 between %2 and %3 Hz, where any natural recording correlates</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>La correlación izquierda/derecha es %1%2; la suma en mono pierde %3 dB.</translation>
    </message>
    <message>
        <source>envelope bump at %1</source>
        <translation>pico de la envolvente en %1</translation>
    </message>
    <message>
        <source>envelope dip at %1</source>
        <translation>valle de la envolvente en %1</translation>
    </message>
    <message>
        <source>%1 is a lead element and keeps the band</source>
        <extracomment>%1 the track that keeps the band (a lead vocal, a lead synth)</extracomment>
        <translation>%1 es un elemento principal y conserva la banda</translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s)</source>
        <extracomment>%n how many stems have a line in the plan</extracomment>
        <translation>
            <numerusform>Plan de ganancia: ganancia de clip y faders de %n stem</numerusform>
            <numerusform>Plan de ganancia: ganancia de clip y faders de %n stems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s), then every fader %1</source>
        <extracomment>%n how many stems have a line in the plan, %1 the common fader move in dB (&quot;-3.0 dB&quot;)</extracomment>
        <translation>
            <numerusform>Plan de ganancia: ganancia de clip y faders de %n stem, luego cada fader %1</numerusform>
            <numerusform>Plan de ganancia: ganancia de clip y faders de %n stems, luego cada fader %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader (in dB, signed)</extracomment>
        <translation>%1: ganancia de clip %2, fader %3 (su lugar en la mezcla sin cambios)</translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (%4 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader, %4 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1: ganancia de clip %2, fader %3 (%4 en la mezcla)</translation>
    </message>
    <message>
        <source>%1: fader %2 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader (in dB, signed)</extracomment>
        <translation>%1: fader %2 (su lugar en la mezcla sin cambios)</translation>
    </message>
    <message>
        <source>%1: fader %2 (%3 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader, %3 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1: fader %2 (%3 en la mezcla)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>the stems&apos; lines of the gain plan one after the other: %1 a line, %2 the next line (or lines)</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>%1 the stems&apos; lines</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; then pull every fader (or a VCA over all of them) down %2 dB together.</source>
        <extracomment>%1 the stems&apos; lines, %2 dB</extracomment>
        <translation>%1; luego bajar todos los faders (o un VCA sobre todos) %2 dB a la vez.</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down %1 dB together.</source>
        <extracomment>%1 dB (the plan has no stem&apos;s line, only the common move)</extracomment>
        <translation>Bajar todos los faders (o un VCA sobre todos) %1 dB a la vez.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for.</source>
        <translation>Los ajustes de nivel de la sesión en un solo lugar: la ganancia de clip de un stem lo prepara para sus plug-ins (picos por debajo de -6 dBTP), su fader fija su lugar en el balance, así ningún stem recibe dos ajustes de ganancia que sumen uno que nadie pidió.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for; the common move keeps the bus under -1 dBTP (the sum measured at unity: measure it again after the moves).</source>
        <translation>Los ajustes de nivel de la sesión en un solo lugar: la ganancia de clip de un stem lo prepara para sus plug-ins (picos por debajo de -6 dBTP), su fader fija su lugar en el balance, así ningún stem recibe dos ajustes de ganancia que sumen uno que nadie pidió; el ajuste común mantiene el bus por debajo de -1 dBTP (la suma medida a ganancia unitaria: mídala de nuevo tras los ajustes).</translation>
    </message>
    <message>
        <source>A line of the session&apos;s gain plan, which sums the level moves.</source>
        <extracomment>a plan note on a level move the gain plan sums</extracomment>
        <translation>Una línea del plan de ganancia de la sesión, que reúne los ajustes de nivel.</translation>
    </message>
    <message>
        <source>It replaces “%1”, which works against it.</source>
        <extracomment>a plan note: %1 the title of the move dropped for this one</extracomment>
        <translation>Sustituye a «%1», que va en su contra.</translation>
    </message>
    <message>
        <source>It also does the work of “%1”.</source>
        <extracomment>a plan note: %1 the title of the move merged into this one</extracomment>
        <translation>También hace el trabajo de «%1».</translation>
    </message>
    <message>
        <source>true peak of %1</source>
        <extracomment>%1 a track (a line of the gain plan)</extracomment>
        <translation>pico real de %1</translation>
    </message>
    <message>
        <source>integrated loudness of %1</source>
        <translation>sonoridad integrada de %1</translation>
    </message>
    <message>
        <source>deviation of %1 from the balance</source>
        <translation>desviación de %1 respecto al balance</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>La envolvente espectral se abomba %1 dB en %2 con la forma de una campana de Q %3 ajustada sobre la recta que sigue alrededor, en la mediana de sus %4 grupos de notas: la forma de un EQ, que no se mueve cuando cambian las notas.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <translation>La envolvente espectral se hunde %1 dB en %2 con la forma de una campana de Q %3 ajustada bajo la recta que sigue alrededor, en la mediana de sus %4 grupos de notas: la forma de un EQ, que no se mueve cuando cambian las notas.</translation>
    </message>
    <message>
        <source>Cut %1 dB above %2 with a high shelf on %3</source>
        <extracomment>%1 dB, %2 frequency (the shelf&apos;s midpoint), %3 track</extracomment>
        <translation>Recortar %1 dB por encima de %2 con un shelf de agudos en %3</translation>
    </message>
    <message>
        <source>Cut %1 dB below %2 with a low shelf on %3</source>
        <translation>Recortar %1 dB por debajo de %2 con un shelf de graves en %3</translation>
    </message>
    <message>
        <source>Boost %1 dB above %2 with a high shelf on %3</source>
        <translation>Realzar %1 dB por encima de %2 con un shelf de agudos en %3</translation>
    </message>
    <message>
        <source>Boost %1 dB below %2 with a low shelf on %3</source>
        <translation>Realzar %1 dB por debajo de %2 con un shelf de graves en %3</translation>
    </message>
    <message>
        <source>A shelf of slope 1 with its midpoint at the step undoes it; trim its gain by ear.</source>
        <translation>Un shelf de pendiente 1 con su punto medio en el escalón lo deshace; ajuste su ganancia de oído.</translation>
    </message>
    <message>
        <source>A gentle shelf gives back what the step took; if it only brings up noise, leave it.</source>
        <translation>Un shelf suave devuelve lo que el escalón quitó; si solo sube ruido, déjelo.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint), %3 how many note groups</extracomment>
        <translation>La envolvente espectral sube un escalón de %1 dB en %2 (un shelf de pendiente 1 ajustado sobre la recta que sigue la envolvente alrededor), en la mediana de los %3 grupos de notas: no se mueve cuando cambian las notas, como hace un EQ o un micrófono.</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <translation>La envolvente espectral baja un escalón de %1 dB en %2 (un shelf de pendiente 1 ajustado sobre la recta que sigue la envolvente alrededor), en la mediana de los %3 grupos de notas: no se mueve cuando cambian las notas, como hace un EQ o un micrófono.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint)</extracomment>
        <translation>La envolvente espectral sube un escalón de %1 dB en %2 (un shelf de pendiente 1 ajustado sobre la recta que sigue la envolvente alrededor), en toda la pista (un solo grupo de notas: ningún cambio de nota para distinguirlo de la parte).</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>La envolvente espectral baja un escalón de %1 dB en %2 (un shelf de pendiente 1 ajustado sobre la recta que sigue la envolvente alrededor), en toda la pista (un solo grupo de notas: ningún cambio de nota para distinguirlo de la parte).</translation>
    </message>
    <message>
        <source>envelope step at %1</source>
        <translation>escalón de la envolvente en %1</translation>
    </message>
    <message>
        <source>confidence of the track type</source>
        <translation>confianza del tipo de pista</translation>
    </message>
    <message>
        <source>type conf.</source>
        <translation>conf. tipo</translation>
    </message>
    <message>
        <source>Named as %1, but it sounds like %2 (the audio is %3 % sure). Check that the right file was bounced, or set the type by hand.</source>
        <extracomment>%1 the type the name gives, %2 the type the audio suggests, %3 how sure the audio is, in %</extracomment>
        <translation>Nombrada como %1, pero suena a %2 (el sonido lo indica con un %3 % de seguridad). Compruebe que se exportó el archivo correcto o elija el tipo a mano.</translation>
    </message>
    <message>
        <source>%1 (type uncertain: the audio suggests %2, confidence %3; general ranges)</source>
        <extracomment>a threshold: %1 a value with its unit %1 the comparison (&quot;&gt; 0.05&quot;), %2 the type the audio suggests, %3 how sure it is (0–1)</extracomment>
        <translation>%1 (tipo incierto: el sonido sugiere %2, confianza %3; rangos generales)</translation>
    </message>
    <message>
        <source>distance from the nearest played note</source>
        <translation>distancia a la nota tocada más cercana</translation>
    </message>
    <message>
        <source>%1 (ratings from other projects count for at most ±%2)</source>
        <extracomment>%1 &quot;your feedback on … moved the confidence from … to …&quot;, %2 the most other projects may move it (0.15)</extracomment>
        <translation>%1 (las valoraciones de otros proyectos cuentan como máximo ±%2)</translation>
    </message>
    <message>
        <source>%1 brings in %2, yet it is no louder than %4 (%3 LU): it does not lift.</source>
        <extracomment>%1 a section (&quot;Chorus (B)&quot;), %2 the stems that enter, %3 the loudness change in LU (signed), %4 the section before</extracomment>
        <translation>%1 incorpora %2, pero no suena más fuerte que %4 (%3 LU): la sección no despega.</translation>
    </message>
    <message>
        <source>The low end (20–250 Hz) of %1 lies %2 dB below that of %3 while the loudness holds.</source>
        <extracomment>%1 a section, %2 dB, %3 the section before</extracomment>
        <translation>Los graves (20–250 Hz) de %1 quedan %2 dB por debajo de los de %3 mientras la sonoridad se mantiene.</translation>
    </message>
    <message>
        <source>%1 runs %2 bars with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in bars</extracomment>
        <translation>%1 dura %2 compases con los mismos stems a los mismos niveles: considere un cambio (una parte que entra o sale, un fill).</translation>
    </message>
    <message>
        <source>%1 runs %2 s with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in seconds</extracomment>
        <translation>%1 dura %2 s con los mismos stems a los mismos niveles: considere un cambio (una parte que entra o sale, un fill).</translation>
    </message>
    <message>
        <source>heard apart by their pans</source>
        <translation>se oyen separados por su panorama</translation>
    </message>
    <message>
        <source>against the section&apos;s loudness</source>
        <translation>frente a la sonoridad de la sección</translation>
    </message>
    <message>
        <source>against the sections&apos; loudness, median</source>
        <translation>frente a la sonoridad de las secciones, mediana</translation>
    </message>
    <message>
        <source>out of its place by</source>
        <translation>fuera de su sitio por</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB in %3</source>
        <extracomment>%1 track, %2 dB, %3 a section with its times</extracomment>
        <translation>Subir %1 %2 dB en %3</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB in %3</source>
        <translation>Bajar %1 %2 dB en %3</translation>
    </message>
    <message>
        <source>Automate the fader (or the clip gain) of %1 over %2, so that it keeps the place it holds in the rest of the song.</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>Automatice el fader (o la ganancia del clip) de %1 en %2, para que conserve el lugar que ocupa en el resto de la canción.</translation>
    </message>
    <message>
        <source>In %1, %2 sits at %3 LU against the section&apos;s loudness; over the %5 sections where it plays, at %4 LU (their median).</source>
        <extracomment>%1 a section, %2 track, %3 LU (signed) against the section&apos;s loudness, %4 LU (signed): the median over the sections where it plays, %5 how many</extracomment>
        <translation>En %1, %2 está a %3 LU frente a la sonoridad de la sección; en las %5 secciones donde suena, a %4 LU (su mediana).</translation>
    </message>
    <message>
        <source>%1 (%2–%3 s)</source>
        <extracomment>a section of the song: %1 its name, %2 and %3 its start and end in seconds</extracomment>
        <translation>%1 (%2–%3 s)</translation>
    </message>
    <message>
        <source>The key changes at %1: from %2 in %5 to %3 (%4 semitones).</source>
        <extracomment>%1 a section, %2 the key before (“A minor”), %3 the key of %1, %4 the shift in semitones (signed), %5 the section before</extracomment>
        <translation>La tonalidad cambia en %1: de %2 en %5 a %3 (%4 semitonos).</translation>
    </message>
    <message>
        <source>section %1</source>
        <extracomment>a section without a name of its own; %1 its number in the song</extracomment>
        <translation>sección %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a section&apos;s name (&quot;section 3&quot;, &quot;Chorus&quot;), %2 its group (&quot;A&quot;, &quot;B′&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in</source>
        <extracomment>what changed at a boundary between sections; %1 the stems</extracomment>
        <translation>%1 entra(n)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 sale(n)</translation>
    </message>
    <message>
        <source>%1 louder</source>
        <translation>%1 más fuerte</translation>
    </message>
    <message>
        <source>%1 quieter</source>
        <translation>%1 más suave</translation>
    </message>
    <message>
        <source>ride</source>
        <translation>automatización</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>clip gain</source>
        <translation>ganancia del clip</translation>
    </message>
    <message>
        <source>fader</source>
        <translation>fader</translation>
    </message>
    <message>
        <source>change in the mix</source>
        <translation>cambio en la mezcla</translation>
    </message>
    <message>
        <source>bus gain</source>
        <translation>ganancia del bus</translation>
    </message>
    <message>
        <source>intro</source>
        <extracomment>a section&apos;s function in the song, as its name (analysis/sectionnames.h)</extracomment>
        <translation>intro</translation>
    </message>
    <message>
        <source>verse</source>
        <translation>estrofa</translation>
    </message>
    <message>
        <source>pre-chorus</source>
        <translation>preestribillo</translation>
    </message>
    <message>
        <source>chorus</source>
        <translation>estribillo</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>puente</translation>
    </message>
    <message>
        <source>break</source>
        <translation>break</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>outro</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a section&apos;s name that occurs more than once: %1 the name (&quot;verse&quot;), %2 its number in the song</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the first section, %1 stems playing (the fullest section: %2); %3 enter after it</source>
        <extracomment>why a section is named so. %1 how many stems play in it, %2 how many the fullest section has, %3 the stems (read only: texts written before the intro&apos;s and outro&apos;s sentences had plural forms; new ones are the _n below)</extracomment>
        <translation>la primera sección, suenan %1 stems (la sección más llena: %2); %3 entran después</translation>
    </message>
    <message>
        <source>the last section, %1 stems playing (the fullest section: %2); %3 leave as it starts</source>
        <translation>la última sección, suenan %1 stems (la sección más llena: %2); %3 salen al empezar</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, fuller and louder than group %4 before it (%5 stems at %6 LUFS)</source>
        <extracomment>%1 the group (&quot;B&quot;), %2 stems playing on average, %3 LUFS on average, %4 the verses&apos; group, %5 and %6 their stems and LUFS</extracomment>
        <translation>grupo %1: %2 stems a %3 LUFS de media, más lleno y más fuerte que el grupo %4 anterior (%5 stems a %6 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, before the choruses (group %4)</source>
        <extracomment>%1 the group, %2 stems playing on average, %3 LUFS on average, %4 the choruses&apos; group</extracomment>
        <translation>grupo %1: %2 stems a %3 LUFS de media, antes de los estribillos (grupo %4)</translation>
    </message>
    <message>
        <source>group %1, each time between a verse and a chorus</source>
        <translation>grupo %1, cada vez entre una estrofa y un estribillo</translation>
    </message>
    <message>
        <source>%1 stop for it and play again after it</source>
        <extracomment>%1 the drum and bass stems</extracomment>
        <translation>%1 se detienen en ella y vuelven a sonar después</translation>
    </message>
    <message>
        <source>%1 return after the break; the fullest and loudest section (%2 stems at %3 LUFS)</source>
        <extracomment>%1 the drum and bass stems, %2 stems playing, %3 LUFS</extracomment>
        <translation>%1 vuelven tras el break; la sección más llena y más fuerte (%2 stems a %3 LUFS)</translation>
    </message>
    <message>
        <source>group %1, played once, between choruses</source>
        <translation>grupo %1, sonado una vez, entre estribillos</translation>
    </message>
    <message>
        <source>loudness of the choruses</source>
        <translation>sonoridad de los estribillos</translation>
    </message>
    <message>
        <source>loudness of the verses</source>
        <translation>sonoridad de las estrofas</translation>
    </message>
    <message>
        <source>lift of the choruses</source>
        <translation>subida de los estribillos</translation>
    </message>
    <message>
        <source>bars unchanged</source>
        <translation>compases sin cambios</translation>
    </message>
    <message>
        <source>time unchanged</source>
        <translation>tiempo sin cambios</translation>
    </message>
    <message>
        <source>share of the song it plays in</source>
        <translation>parte de la canción en la que suena</translation>
    </message>
    <message>
        <source>Lift the choruses: raise %1 by %2 dB in %3</source>
        <extracomment>workflow suggestions from the arrangement (suggest/arrangementrules.cpp). %1 the stems, %2 dB, %3 the choruses (&quot;chorus 1 and chorus 2&quot;)</extracomment>
        <translation>Hacer despegar los estribillos: subir %1 %2 dB en %3</translation>
    </message>
    <message>
        <source>Lift the choruses: raise the mix bus by %1 dB in %2</source>
        <extracomment>%1 dB, %2 the choruses</extracomment>
        <translation>Hacer despegar los estribillos: subir el bus de mezcla %1 dB en %2</translation>
    </message>
    <message>
        <source>Automate the faders of %1 over %2, or give the choruses more of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the stems, %2 the choruses with their times</extracomment>
        <translation>Automatice los faders de %1 en %2, o dé a los estribillos más partes propias (un doblaje, una capa, una percusión).</translation>
    </message>
    <message>
        <source>Nothing plays in the choruses only: automate the mix bus (or a VCA over every stem) over %1, before the bus compressor and limiter, or give the choruses a part of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the choruses with their times</extracomment>
        <translation>Nada suena solo en los estribillos: automatice el bus de mezcla (o un VCA sobre todos los stems) en %1, antes del compresor de bus y el limitador, o dé a los estribillos una parte propia (un doblaje, una capa, una percusión).</translation>
    </message>
    <message>
        <source>The choruses measure %1 LUFS, the verses %2 LUFS (the stems summed): they lift by %3 LU, less than %4 LU. With the ride they lift by about %5 LU.</source>
        <extracomment>%1 the choruses&apos; LUFS, %2 the verses&apos; LUFS, %3 the lift in LU (signed), %4 the lift it should reach at least, %5 the lift after the move</extracomment>
        <translation>Los estribillos miden %1 LUFS, las estrofas %2 LUFS (los stems sumados): suben %3 LU, menos de %4 LU. Con la automatización suben unos %5 LU.</translation>
    </message>
    <message>
        <source>Change something in %1 at bar %2 (%3 s)</source>
        <extracomment>%1 a section, %2 a bar number, %3 its time in seconds</extracomment>
        <translation>Cambie algo en %1 en el compás %2 (%3 s)</translation>
    </message>
    <message>
        <source>Change something in %1 around %2 s</source>
        <extracomment>%1 a section, %2 a time in seconds</extracomment>
        <translation>Cambie algo en %1 hacia los %2 s</translation>
    </message>
    <message>
        <source>Bring a part in or take one out there, or add a fill or a variation: the same stems at the same levels for this long let the listener&apos;s attention go.</source>
        <translation>Haga entrar o salir una parte ahí, o añada un fill o una variación: los mismos stems a los mismos niveles durante tanto tiempo dejan escapar la atención del oyente.</translation>
    </message>
    <message>
        <source>%1 plays only in %2</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>%1 suena solo en %2</translation>
    </message>
    <message>
        <source>If it is a one-off colour, give it its moment (ride it up where it enters); otherwise bring it back later (in the last chorus, say) so that it belongs. Strip the silence from the rest of %1&apos;s track to keep the session tidy.</source>
        <extracomment>%1 track</extracomment>
        <translation>Si es un color puntual, dele su momento (súbala al entrar); si no, hágala volver más tarde (en el último estribillo, por ejemplo) para que encaje. Elimine el silencio del resto de la pista de %1 para mantener la sesión ordenada.</translation>
    </message>
    <message>
        <source>%1 plays %2 s of the song&apos;s %3 s, all in one of its %4 sections.</source>
        <extracomment>%1 track, %2 seconds it plays, %3 the song&apos;s length in seconds, %4 how many sections the song has</extracomment>
        <translation>%1 suena %2 s de los %3 s de la canción, todos en una de sus %4 secciones.</translation>
    </message>
    <message>
        <source>harmony changes</source>
        <extracomment>what changed in a mix alone (no stems) at a boundary between sections: its chords or melody</extracomment>
        <translation>cambia la armonía</translation>
    </message>
    <message>
        <source>timbre changes</source>
        <extracomment>what changed in a mix alone at a boundary: its band balance (instruments in or out, another sound)</extracomment>
        <translation>cambia el timbre</translation>
    </message>
    <message>
        <source>%1 dB louder</source>
        <extracomment>what changed in a mix alone at a boundary; %1 dB</extracomment>
        <translation>%1 dB más fuerte</translation>
    </message>
    <message>
        <source>%1 dB quieter</source>
        <translation>%1 dB más suave</translation>
    </message>
    <message>
        <source>against your references</source>
        <translation>frente a sus referencias</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>above 90 %</source>
        <translation>por encima del 90 %</translation>
    </message>
    <message>
        <source>below 90 %</source>
        <translation>por debajo del 90 %</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dentro</translation>
    </message>
    <message>
        <source>loudness relative to the song</source>
        <translation>sonoridad respecto a la canción</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>por encima del 90 % de sus referencias</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>por debajo del 90 % de sus referencias</translation>
    </message>
    <message>
        <source>above 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>por encima del 90 % de las secciones «%1» de sus referencias</translation>
    </message>
    <message>
        <source>below 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>por debajo del 90 % de las secciones «%1» de sus referencias</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 dB relative to the loudness, %5 (10–90 %: %6 to %7 dB, median %8 dB).</source>
        <extracomment>%1 the track, %2 a band (&quot;low mids&quot;), %3 its range in Hz, %4 dB, %5 &quot;above 90 % of your references&quot;, %6-%8 dB</extracomment>
        <translation>%1: %2 (%3) a %4 dB respecto a la sonoridad, %5 (10–90 %: %6 a %7 dB, mediana %8 dB).</translation>
    </message>
    <message>
        <source>%1: PLR %2 dB, %3 (10–90 %: %4 to %5 dB, median %6 dB).</source>
        <extracomment>%1 the track, %2 dB, %3 &quot;above 90 % of your references&quot;, %4-%6 dB</extracomment>
        <translation>%1: PLR %2 dB, %3 (10–90 %: %4 a %5 dB, mediana %6 dB).</translation>
    </message>
    <message>
        <source>%1: loudness range %2 LU, %3 (10–90 %: %4 to %5 LU, median %6 LU).</source>
        <extracomment>%1 the track, %2 LU, %3 &quot;above 90 % of your references&quot;, %4-%6 LU</extracomment>
        <translation>%1: rango de sonoridad %2 LU, %3 (10–90 %: %4 a %5 LU, mediana %6 LU).</translation>
    </message>
    <message>
        <source>%1: stereo width %2, %3 (10–90 %: %4 to %5, median %6).</source>
        <extracomment>%1 the track, %2 width (a ratio), %3 &quot;above 90 % of your references&quot;, %4-%6 widths</extracomment>
        <translation>%1: anchura estéreo %2, %3 (10–90 %: %4 a %5, mediana %6).</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, louder than group %3 before it (%4 LUFS)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 and %4 their mean loudness in LUFS</extracomment>
        <translation>grupo %1: %2 LUFS de media, más fuerte que el grupo %3 anterior (%4 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, before the louder choruses (group %3)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 its mean loudness in LUFS</extracomment>
        <translation>grupo %1: %2 LUFS de media, antes de los estribillos más fuertes (grupo %3)</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 (%4) at %5 dB relative to their loudness, %6 (10–90 %: %7 to %8 dB, median %9 dB).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 a band, %4 its range in Hz, %5 dB (the mean over the track&apos;s sections of the type), %6 &quot;above 90 % of the chorus sections of your references&quot;, %7-%9 dB</extracomment>
        <translation>%1, secciones «%2»: %3 (%4) a %5 dB respecto a su sonoridad, %6 (10–90 %: %7 a %8 dB, mediana %9 dB).</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 LU relative to the song&apos;s loudness, %4 (10–90 %: %5 to %6 LU, median %7 LU).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 LU (the mean over the track&apos;s sections of the type), %4 &quot;above 90 % of the chorus sections of your references&quot;, %5-%7 LU</extracomment>
        <translation>%1, secciones «%2»: %3 LU respecto a la sonoridad de la canción, %4 (10–90 %: %5 a %6 LU, mediana %7 LU).</translation>
    </message>
    <message>
        <source>genre %1</source>
        <extracomment>%1 the genre the user set (&quot;rock&quot;)</extracomment>
        <translation>género %1</translation>
    </message>
    <message>
        <source>genre not set</source>
        <translation>género sin definir</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2; runner-up %3)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;), %3 the next nearest genre</extracomment>
        <translation>género: %1 (estimado, %2; le sigue %3)</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;)</extracomment>
        <translation>género: %1 (estimado, %2)</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2; runner-up %3), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;), %3 the next nearest</extracomment>
        <translation>género incierto (más cercano %1, %2; le sigue %3), no se usa</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;)</extracomment>
        <translation>género incierto (más cercano %1, %2), no se usa</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB around %3 in the shape of a bell of Q %4, the rest of the spectrum unchanged (the bell explains %5 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 Q, %5 per cent</extracomment>
        <translation>Desde el bounce analizado el %1, el espectro de esta parte cambió %2 dB alrededor de %3 con forma de campana de Q %4, el resto del espectro sin cambios (la campana explica el %5 % del cambio): se movió un EQ o un plug-in. Si no era intencionado, esto lo deshace.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB above %3 in the shape of a high shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Desde el bounce analizado el %1, el espectro de esta parte cambió %2 dB por encima de %3 con forma de shelf de agudos, el resto del espectro sin cambios (el shelf explica el %4 % del cambio): se movió un EQ o un plug-in. Si no era intencionado, esto lo deshace.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB below %3 in the shape of a low shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Desde el bounce analizado el %1, el espectro de esta parte cambió %2 dB por debajo de %3 con forma de shelf de graves, el resto del espectro sin cambios (el shelf explica el %4 % del cambio): se movió un EQ o un plug-in. Si no era intencionado, esto lo deshace.</translation>
    </message>
    <message>
        <source>Look first at what changed on the channel since the last bounce (an EQ, an amp or a saturation plug-in, a send); undo it there, or apply this move on top.</source>
        <translation>Mire primero qué cambió en el canal desde el último bounce (un EQ, un plug-in de amplificador o de saturación, un envío); deshágalo allí, o aplique este ajuste encima.</translation>
    </message>
    <message>
        <source>level at %1 relative to the loudness</source>
        <translation>nivel en %1 relativo a la sonoridad</translation>
    </message>
    <message>
        <source>change since the last bounce</source>
        <translation>cambio desde el último bounce</translation>
    </message>
    <message>
        <source>centre of the change</source>
        <translation>centro del cambio</translation>
    </message>
    <message>
        <source>Q of the change</source>
        <translation>Q del cambio</translation>
    </message>
    <message>
        <source>share of the change the shape explains</source>
        <translation>parte del cambio que explica la forma</translation>
    </message>
    <message>
        <source>what the shape leaves (RMS)</source>
        <translation>lo que deja la forma (RMS)</translation>
    </message>
    <message>
        <source>level change outside the shape</source>
        <translation>cambio de nivel fuera de la forma</translation>
    </message>
    <message numerus="yes">
        <source>the first section, %n stem(s) playing (the fullest section: %1); %2 enter after it</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>la primera sección, suena %n stem (la sección más llena: %1); %2 entran después</numerusform>
            <numerusform>la primera sección, suenan %n stems (la sección más llena: %1); %2 entran después</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last section, %n stem(s) playing (the fullest section: %1); %2 leave as it starts</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>la última sección, suena %n stem (la sección más llena: %1); %2 salen al empezar</numerusform>
            <numerusform>la última sección, suenan %n stems (la sección más llena: %1); %2 salen al empezar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: outside 90 % of your references (10–90 %: %2 to %3, %4 references)</source>
        <extracomment>%1 the comparison (&quot;&gt; 0.31&quot;), %2 and %3 the references&apos; 10th and 90th percentiles, %4 how many references</extracomment>
        <translation>%1: fuera del 90 % de sus referencias (10–90 %: %2 a %3, %4 referencias)</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more)</extracomment>
        <translation>%1 El límite es el percentil 90 de sus %2 referencias, no el de una mezcla típica.</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 %3 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more), %3 their genre (&quot;pop&quot;)</extracomment>
        <translation>%1 El límite es el percentil 90 de sus %2 referencias de %3, no el de una mezcla típica.</translation>
    </message>
    <message>
        <source>a bell of %1 dB at %2, Q %3</source>
        <extracomment>%1 signed dB, %2 frequency, %3 Q: one shape of an EQ change between two bounces</extracomment>
        <translation>una campana de %1 dB en %2, Q %3</translation>
    </message>
    <message>
        <source>a high shelf of %1 dB above %2</source>
        <translation>un shelf de agudos de %1 dB por encima de %2</translation>
    </message>
    <message>
        <source>a low shelf of %1 dB below %2</source>
        <translation>un shelf de graves de %1 dB por debajo de %2</translation>
    </message>
    <message>
        <source>%1 (%2 % of the change explained)</source>
        <extracomment>%1 the list of shapes, %2 per cent</extracomment>
        <translation>%1 (%2 % del cambio explicado)</translation>
    </message>
    <message>
        <source>tempo, this track</source>
        <translation>tempo, esta pista</translation>
    </message>
    <message>
        <source>short-term crest factor (100 ms median)</source>
        <translation>factor de cresta a corto plazo (mediana de 100 ms)</translation>
    </message>
    <message>
        <source>crest 100 ms</source>
        <translation>cresta 100 ms</translation>
    </message>
    <message>
        <source>shift in time</source>
        <translation>desplazamiento en el tiempo</translation>
    </message>
    <message>
        <source>move earlier</source>
        <translation>adelantar</translation>
    </message>
    <message>
        <source>invert the polarity and move earlier</source>
        <translation>invertir la polaridad y adelantar</translation>
    </message>
    <message>
        <source>time between the two</source>
        <translation>tiempo entre ambas</translation>
    </message>
    <message>
        <source>correlation lined up</source>
        <translation>correlación alineadas</translation>
    </message>
    <message>
        <source>correlation as they are</source>
        <translation>correlación tal como están</translation>
    </message>
    <message>
        <source>level their sum gains lined up</source>
        <translation>nivel que gana su suma alineadas</translation>
    </message>
    <message>
        <source>Move %1 %2 ms earlier: it arrives late against %3</source>
        <extracomment>%1 the track to move, %2 milliseconds, %3 the other track</extracomment>
        <translation>Adelantar %1 %2 ms: llega tarde respecto a %3</translation>
    </message>
    <message>
        <source>Flip the polarity of %1 and move it %2 ms earlier: it arrives late and opposed against %3</source>
        <extracomment>%1 the track to flip and move, %2 milliseconds, %3 the other track</extracomment>
        <translation>Invertir la polaridad de %1 y adelantarla %2 ms: llega tarde y en oposición respecto a %3</translation>
    </message>
    <message>
        <source>Slide %1 earlier by %2 samples at %3 Hz (or delay %4 by as much where %1 must stay put), then listen to the two together: the low end firms up and the hollow, phasey sound goes.</source>
        <extracomment>%1 the track to move, %2 samples, %3 the sample rate in Hz, %4 the other track</extracomment>
        <translation>Adelantar %1 %2 muestras a %3 Hz (o retrasar %4 lo mismo donde %1 deba quedarse), y escuchar ambas juntas: el grave se afirma y el sonido hueco y fasado desaparece.</translation>
    </message>
    <message>
        <source>%1 and %2 carry the same source %3 ms apart: lined up they correlate at %4, as they are at %5. Summed at the same time, in either polarity, the comb filter of that delay leaves them %6 dB under their sum lined up.</source>
        <extracomment>%1 and %2 the tracks, %3 milliseconds, %4 their correlation lined up, %5 as they are, %6 dB</extracomment>
        <translation>%1 y %2 llevan la misma fuente separadas %3 ms: alineadas correlacionan a %4, tal como están a %5. Sumadas a la vez, en cualquier polaridad, el filtro de peine de ese retardo las deja %6 dB por debajo de su suma alineada.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU louder than the rest of the session suggests.</source>
        <extracomment>a backing part (named so: &quot;Backing Vox&quot;, &quot;BVs&quot;, &quot;Harmony&quot;): %1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU under the lead, %6 LU</extracomment>
        <translation>%1 mide %2 LUFS. Una parte de acompañamiento (%3) suele estar a %4 LU de la parte más fuerte (%5 LU bajo la principal); está %6 LU más fuerte de lo que sugiere el resto de la sesión.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mide %2 LUFS. Una parte de acompañamiento (%3) suele estar a %4 LU de la parte más fuerte (%5 LU bajo la principal); está %6 LU más suave de lo que sugiere el resto de la sesión.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>a lead part (named so: &quot;Lead Guitar&quot;, &quot;Solo Sax&quot;, &quot;Main Vox&quot;): %1 track, %2 LUFS, %3 track type, %4 the lead&apos;s usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 mide %2 LUFS. Una parte principal (%3) suele estar arriba, a %4 LU de la parte más fuerte; está %5 LU más fuerte de lo que sugiere el resto de la sesión.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mide %2 LUFS. Una parte principal (%3) suele estar arriba, a %4 LU de la parte más fuerte; está %5 LU más suave de lo que sugiere el resto de la sesión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the sum of the stems was not measured (%1)</source>
        <translation>la suma de los stems no se midió (%1)</translation>
    </message>
    <message>
        <source>no session tempo</source>
        <translation>sin tempo de sesión</translation>
    </message>
    <message>
        <source>stems summed at unity: %1 dBTP (%2)</source>
        <translation>stems sumados a ganancia unitaria: %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>stems summed at the DAW session&apos;s faders: %1 dBTP (%2)</source>
        <translation>stems sumados con los faders de la sesión del DAW: %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>límite superior</translation>
    </message>
    <message>
        <source>no session key</source>
        <translation>sin tonalidad de sesión</translation>
    </message>
    <message>
        <source>tempo %1 BPM, %2</source>
        <translation>tempo %1 BPM, %2</translation>
    </message>
    <message>
        <source>key %1, %2</source>
        <translation>tonalidad %1, %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no analysed track to report on</source>
        <translation>ninguna pista analizada para el informe</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>El informe no se escribió: %1</translation>
    </message>
    <message>
        <source>Preparing the demo session…</source>
        <translation>Preparando la sesión de demostración…</translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Sesión de demostración</translation>
    </message>
    <message>
        <source>The demo session could not be written to %1: %2</source>
        <translation>No se pudo escribir la sesión de demostración en %1: %2</translation>
    </message>
    <message>
        <source>Stemwise desktop app</source>
        <translation>Aplicación de escritorio Stemwise</translation>
    </message>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Abrir la sesión de demostración integrada.</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the one in the settings (default %1).</source>
        <translation>Usar la base de datos FILE en lugar de la de los ajustes (por defecto %1).</translation>
    </message>
    <message>
        <source>Use the theme NAME (dark or light) for this run.</source>
        <translation>Usar el tema NAME (dark o light) en esta ejecución.</translation>
    </message>
    <message>
        <source>Show the app in the language CODE (system, en, de, fr or es) for this run.</source>
        <translation>Mostrar la aplicación en el idioma CODE (system, en, de, fr o es) en esta ejecución.</translation>
    </message>
    <message>
        <source>Once the session is read, save a picture of the window to FILE and quit (for documentation and tests).</source>
        <translation>Una vez leída la sesión, guardar una imagen de la ventana en FILE y salir (para documentación y pruebas).</translation>
    </message>
    <message>
        <source>Select the track NAME (file name without extension).</source>
        <translation>Seleccionar la pista NAME (nombre de archivo sin extensión).</translation>
    </message>
    <message>
        <source>Window size WxH in pixels.</source>
        <translation>Tamaño de la ventana AxA en píxeles.</translation>
    </message>
    <message>
        <source>Audio files or folders to open.</source>
        <translation>Archivos de audio o carpetas que abrir.</translation>
    </message>
    <message>
        <source>%1 exists and is not a Stemwise report; nothing was written (choose another name)</source>
        <translation>%1 existe y no es un informe de Stemwise; no se escribió nada (elija otro nombre)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se pudo escribir: %2</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show (overview, track, history, suggestions, masking, mix, references, sections).</source>
        <translation>Con --screenshot: la vista que mostrar (overview, track, history, suggestions, masking, mix, references, sections).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Sub</source>
        <translation>Sub</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Graves</translation>
    </message>
    <message>
        <source>Lo-mid</source>
        <translation>Med.-grav.</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Hi-mid</source>
        <translation>Med.-agud.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Agudos</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Aire</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>por el nombre</translation>
    </message>
    <message>
        <source>from the measurements</source>
        <translation>por las mediciones</translation>
    </message>
    <message>
        <source>dB re full scale</source>
        <translation>dB respecto a plena escala</translation>
    </message>
    <message>
        <source>share of energy, % (band level in dB below the band)</source>
        <translation>proporción de energía, % (nivel de banda en dB bajo la banda)</translation>
    </message>
    <message>
        <source>short-term loudness, LUFS</source>
        <translation>sonoridad a corto plazo, LUFS</translation>
    </message>
    <message>
        <source>- - integrated %1 LUFS</source>
        <translation>- - integrada %1 LUFS</translation>
    </message>
    <message>
        <source>Stemwise %1 · report generated %2</source>
        <translation>Stemwise %1 · informe generado el %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>STEMWISE SESSION REPORT</source>
        <translation>INFORME DE SESIÓN DE STEMWISE</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1 BPM, %2</source>
        <translation>%1 BPM, %2</translation>
    </message>
    <message>
        <source>measured on the sum</source>
        <translation>medido en la suma</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>límite superior</translation>
    </message>
    <message>
        <source>none: the sum clips by %1 dB (true peak %2 dBTP, %3)</source>
        <translation>ninguno: la suma satura %1 dB (pico real %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>%1 dB (summed true peak %2 dBTP, %3)</source>
        <translation>%1 dB (pico real sumado %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 s (longest track)</source>
        <translation>%1 s (pista más larga)</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Headroom of the sum</source>
        <translation>Margen de la suma</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Hz, %4 ch · %5 s</source>
        <translation>%1 · %2 · %3 Hz, %4 can. · %5 s</translation>
    </message>
    <message>
        <source>Loudness follows ITU-R BS.1770-4 / EBU R128 (LUFS, LU); true peak is 4× oversampled (dBTP). Band levels are in dB re full scale; differences are in dB. Figures that do not apply to a track are shown as —. The same figures are in the JSON report (schema stemwise.report/1).</source>
        <translation>La sonoridad sigue UIT-R BS.1770-4 / EBU R128 (LUFS, LU); el pico real se sobremuestrea 4× (dBTP). Los niveles de banda están en dB respecto a plena escala; las diferencias, en dB. Las medidas que no se aplican a una pista se muestran como —. Las mismas medidas están en el informe JSON (esquema stemwise.report/1).</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Vista general de la sesión</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Medidas clave</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Band balance (share of each track&apos;s energy, %)</source>
        <translation>Balance de bandas (proporción de la energía de cada pista, %)</translation>
    </message>
    <message>
        <source>Masking (both active in a band; severity 0–1, the worst band)</source>
        <translation>Enmascaramiento (ambos activos en una banda; gravedad 0–1, la peor banda)</translation>
    </message>
    <message>
        <source>Headroom of the summed stems</source>
        <translation>Margen de los stems sumados</translation>
    </message>
    <message>
        <source>Session suggestions</source>
        <translation>Sugerencias para la sesión</translation>
    </message>
    <message>
        <source>Not measured (no track has a true peak).</source>
        <translation>No medido (ninguna pista tiene pico real).</translation>
    </message>
    <message>
        <source>The stems summed at unity gain peak at %1 dBTP (%2): %3.</source>
        <translation>Los stems sumados a ganancia unitaria alcanzan un pico de %1 dBTP (%2): %3.</translation>
    </message>
    <message>
        <source>an upper bound from the tracks</source>
        <translation>un límite superior a partir de las pistas</translation>
    </message>
    <message>
        <source>the mix bus would clip by %1 dB; lower the faders or the bus</source>
        <translation>el bus de mezcla saturaría %1 dB; baje los faders o el bus</translation>
    </message>
    <message>
        <source>%1 dB of headroom</source>
        <translation>%1 dB de margen</translation>
    </message>
    <message>
        <source>rated: %1</source>
        <translation>valorada: %1</translation>
    </message>
    <message>
        <source>not rated (id %1)</source>
        <translation>sin valorar (id %1)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>%1 · priority %2 · confidence %3 % · %4</source>
        <translation>%1 · prioridad %2 · confianza %3 % · %4</translation>
    </message>
    <message>
        <source>Track %1 of %2</source>
        <translation>Pista %1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 Hz, %5, %6 · %7 s</source>
        <translation>%1 (%2) · %3 · %4 Hz, %5, %6 · %7 s</translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 canal</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <source>Long-term average spectrum (smoothed over 1/5 octave)</source>
        <translation>Espectro promedio a largo plazo (suavizado en 1/5 de octava)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalidad</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Ninguno encontrado.</translation>
    </message>
    <message>
        <source>Quality score: %1 / 100</source>
        <translation>Puntuación de calidad: %1 / 100</translation>
    </message>
    <message>
        <source>No deductions.</source>
        <translation>Sin deducciones.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>No suggestions for this track.</source>
        <translation>Sin sugerencias para esta pista.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>A = %1, B = %2. Differences are A − B</source>
        <translation>A = %1, B = %2. Las diferencias son A − B</translation>
    </message>
    <message>
        <source>; loudness-matched: B moved by %1 dB</source>
        <translation>; igualado en sonoridad: B desplazado %1 dB</translation>
    </message>
    <message>
        <source>; B is the mean of %1 references (grey: ±1 standard deviation)</source>
        <translation>; B es la media de %1 referencias (gris: ±1 desviación estándar)</translation>
    </message>
    <message>
        <source>B: %1 (matched)</source>
        <translation>B: %1 (igualado)</translation>
    </message>
    <message>
        <source>Difference, loudness-matched</source>
        <translation>Diferencia, igualada en sonoridad</translation>
    </message>
    <message>
        <source>Band dB</source>
        <translation>Banda dB</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>igualado</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Ninguna diferencia por encima de los umbrales.</translation>
    </message>
    <message>
        <source>Stemwise report: %1</source>
        <translation>Informe de Stemwise: %1</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>no se puede escribir el PDF</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>no se pudo escribir: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Sections of the song</source>
        <translation>Secciones de la canción</translation>
    </message>
    <message>
        <source>Sections: %1, bounded by the DAW session&apos;s markers.</source>
        <translation>Secciones: %1, delimitadas por los marcadores de la sesión del DAW.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level, snapped to the bars of %3 BPM.</source>
        <translation>Secciones: %1, halladas donde los %2 stems entran, salen o cambian de nivel, ajustadas a los compases a %3 BPM.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level (no tempo: not snapped to bars).</source>
        <translation>Secciones: %1, halladas donde los %2 stems entran, salen o cambian de nivel (sin tempo: sin ajustar a compases).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Time s</source>
        <translation>Tiempo s</translation>
    </message>
    <message>
        <source>Max LUFS</source>
        <translation>LUFS máx.</translation>
    </message>
    <message>
        <source>Low end dB</source>
        <translation>Graves dB</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>The stems summed as powers: loudness gated as BS.1770-4, loudness range as EBU Tech 3342, on the short-term values inside each section; low end = 20–250 Hz, dB re full scale.</source>
        <translation>Los stems sumados en potencia: sonoridad con la compuerta de BS.1770-4, rango de sonoridad según EBU Tech 3342, sobre los valores a corto plazo de cada sección; graves = 20–250 Hz, dB respecto a escala completa.</translation>
    </message>
    <message>
        <source>From one section to the next</source>
        <translation>De una sección a la siguiente</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que señalar.</translation>
    </message>
    <message>
        <source>Boundaries and what changed</source>
        <translation>Límites y qué cambió</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Key: from the stems&apos; chroma over the section, each stem weighted by how tonal it is; – when not clear.</source>
        <translation>Tonalidad: a partir del croma de los stems en la sección, cada stem ponderado según lo tonal que es; – si no está clara.</translation>
    </message>
    <message>
        <source>Why the sections are named so</source>
        <translation>Por qué las secciones se llaman así</translation>
    </message>
    <message>
        <source>%1 (confidence %2 %): %3</source>
        <translation>%1 (confianza %2 %): %3</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes, snapped to the bars of %2 BPM.</source>
        <translation>Secciones: %1, halladas donde cambian la armonía, el timbre o el nivel de la mezcla, ajustadas a los compases a %2 BPM.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes (no tempo: not snapped to bars).</source>
        <translation>Secciones: %1, halladas donde cambian la armonía, el timbre o el nivel de la mezcla (sin tempo: no ajustadas a compases).</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimado)</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonalidad, esta pista</translation>
    </message>
    <message>
        <source>%1 (%2 more not analysed: listed below)</source>
        <translation>%1 (%2 más sin analizar: listados abajo)</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Sin analizar</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Ajustes: %1</translation>
    </message>
</context>
<context>
    <name>WorkspacePlayback</name>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> in mono</source>
        <translation> en mono</translation>
    </message>
    <message>
        <source> (side)</source>
        <translation> (lateral)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::AbPlayer</name>
    <message>
        <source>%1: loudness unknown, 0 dB</source>
        <translation>%1: sonoridad desconocida, 0 dB</translation>
    </message>
    <message>
        <source>%1: %2 LUFS, %3%4 dB</source>
        <translation>%1: %2 LUFS, %3%4 dB</translation>
    </message>
    <message>
        <source>Play A/B in sync (Space in the workspace plays the session)</source>
        <translation>Reproducir A/B en sincronía (Espacio en el área de trabajo reproduce la sesión)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Switch at the same position, with a 10 ms crossfade</source>
        <translation>Cambiar en la misma posición, con un fundido cruzado de 10 ms</translation>
    </message>
    <message>
        <source>Both are played at the gain that brings their integrated loudness to %1 LUFS</source>
        <translation>Ambas se reproducen con la ganancia que lleva su sonoridad integrada a %1 LUFS</translation>
    </message>
    <message>
        <source>Matched — %1; %2</source>
        <translation>Igualadas — %1; %2</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 no se puede reproducir: %2</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandBalanceView</name>
    <message>
        <source>Band balance (% of energy; shaded: expected for %1)</source>
        <translation>Balance de bandas (% de la energía; sombreado: lo esperado para %1)</translation>
    </message>
    <message>
        <source>Band balance</source>
        <translation>Balance de bandas</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>por encima del 90 % de sus referencias</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>por debajo del 90 % de sus referencias</translation>
    </message>
    <message>
        <source>within the middle 80 % of your references</source>
        <translation>dentro del 80 % central de sus referencias</translation>
    </message>
    <message>
        <source>%1: %2 of the energy, %3 (10–90 %: %4)</source>
        <translation>%1: %2 de la energía, %3 (10–90 %: %4)</translation>
    </message>
    <message>
        <source>%1: %2 of the energy (expected for %3: %4)</source>
        <translation>%1: %2 de la energía (esperado para %3: %4)</translation>
    </message>
    <message numerus="yes">
        <source>Band balance (% of energy; shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Balance de bandas (% de la energía; sombreado: 10–90 % de su %n referencia)</numerusform>
            <numerusform>Balance de bandas (% de la energía; sombreado: 10–90 % de sus %n referencias)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandHeatMapView</name>
    <message>
        <source>Band balance</source>
        <translation>Balance de bandas</translation>
    </message>
    <message>
        <source>% of energy</source>
        <translation>% de la energía</translation>
    </message>
    <message>
        <source>No tracks yet</source>
        <translation>Todavía no hay pistas</translation>
    </message>
    <message>
        <source>Share against the session&apos;s median of the band</source>
        <translation>Proporción frente a la mediana de la banda en la sesión</translation>
    </message>
    <message>
        <source>−12 dB</source>
        <translation>−12 dB</translation>
    </message>
    <message>
        <source>+12 dB</source>
        <translation>+12 dB</translation>
    </message>
    <message>
        <source>red frame: above the range expected for the track&apos;s type</source>
        <translation>marco rojo: por encima del rango esperado para el tipo de pista</translation>
    </message>
    <message>
        <source>amber frame: below it</source>
        <translation>marco ámbar: por debajo</translation>
    </message>
    <message>
        <source>numbers: % of the track&apos;s energy in the band</source>
        <translation>números: % de la energía de la pista en la banda</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonChart</name>
    <message>
        <source>Choose two analysed tracks.</source>
        <translation>Elija dos pistas analizadas.</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness)    dB</source>
        <translation>— A: %1    - - B: %2 (a la sonoridad de A)    dB</translation>
    </message>
    <message>
        <source>difference A − B, loudness-matched, dB</source>
        <translation>diferencia A − B, igualada en sonoridad, dB</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness; shaded: its references&apos; spread)    dB</source>
        <translation>— A: %1    - - B: %2 (a la sonoridad de A; sombreado: dispersión de sus referencias)    dB</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonDialog</name>
    <message>
        <source>Compare Tracks</source>
        <translation>Comparar pistas</translation>
    </message>
    <message>
        <source>Add Reference File…</source>
        <translation>Añadir archivo de referencia…</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Reference File</source>
        <translation>Archivo de referencia</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</source>
        <translation>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</translation>
    </message>
    <message>
        <source>%1 — previous bounce (%2)</source>
        <translation>%1 — bounce anterior (%2)</translation>
    </message>
    <message>
        <source>the previous bounce&apos;s audio is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>el audio del bounce anterior ya no está en el disco (estaba en %1): sus medidas se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>%1 now holds other audio (a later bounce), and no other copy of the previous bounce is known: its figures compare, it cannot be played</source>
        <translation>%1 contiene ahora otro audio (un bounce posterior) y no se conoce otra copia del bounce anterior: sus medidas se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the previous bounce&apos;s figures compare, it cannot be played</source>
        <translation>%1 no se puede leer (%2): las medidas del bounce anterior se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>Session mix (%1 stems at unity)</source>
        <translation>Mezcla de la sesión (%1 stems a ganancia unitaria)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Referencia: %1 (%2)</translation>
    </message>
    <message>
        <source>the reference&apos;s file is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>el archivo de la referencia ya no está en el disco (estaba en %1): sus medidas se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>%1 now holds other audio than the reference that was added: its figures compare, it cannot be played</source>
        <translation>%1 contiene ahora otro audio que la referencia añadida: sus medidas se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the reference&apos;s figures compare, it cannot be played</source>
        <translation>%1 no se puede leer (%2): las medidas de la referencia se comparan, no se puede reproducir</translation>
    </message>
    <message>
        <source>Summing the %1 stems at unity and analysing the sum… %2 %</source>
        <translation>Sumando los %1 stems a ganancia unitaria y analizando la suma… %2 %</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>no hay carpeta temporal para la suma: %1</translation>
    </message>
    <message>
        <source>The session mix could not be measured: %1</source>
        <translation>No se pudo medir la mezcla de la sesión: %1</translation>
    </message>
    <message>
        <source>the session mix is being measured</source>
        <translation>la mezcla de la sesión se está midiendo</translation>
    </message>
    <message>
        <source>%1 is one stem and a reference is a whole mix: the differences show how far it is from a record, not what to change on it. Compare the session mix for moves.</source>
        <translation>%1 es un solo stem y una referencia es una mezcla entera: las diferencias muestran lo lejos que está de un disco, no qué cambiarle. Compare la mezcla de la sesión para obtener ajustes.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::CorrelationMeter</name>
    <message>
        <source>mono input</source>
        <translation>entrada mono</translation>
    </message>
    <message>
        <source>corr %1
width %2</source>
        <translation>corr. %1
anchura %2</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::DawFollower</name>
    <message>
        <source>Ardour</source>
        <translation>Ardour</translation>
    </message>
    <message>
        <source>REAPER</source>
        <translation>REAPER</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: iniciando…</translation>
    </message>
    <message>
        <source>%1: cannot follow: %2</source>
        <translation>%1: no se puede seguir: %2</translation>
    </message>
    <message>
        <source>%1: waiting for an answer (listening on port %2)</source>
        <translation>%1: esperando respuesta (escuchando en el puerto %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: following, %n track(s)</source>
        <translation>
            <numerusform>%1: siguiendo, %n pista</numerusform>
            <numerusform>%1: siguiendo, %n pistas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connection lost, retrying</source>
        <translation>%1: conexión perdida, reintentando</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: detenido</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryChartView</name>
    <message>
        <source>Bounce</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Quality score (0-100)</source>
        <translation>Puntuación de calidad (0-100)</translation>
    </message>
    <message>
        <source>Loudness (LUFS / dBTP)</source>
        <translation>Sonoridad (LUFS / dBTP)</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Puntuación de calidad</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Integrada (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>Pico real (dBTP)</translation>
    </message>
    <message>
        <source>Across bounces</source>
        <translation>A lo largo de las exportaciones</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryPanel</name>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Seleccione una pista para ver su historial.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounce(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n exportación analizada</numerusform>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n exportaciones analizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizado</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>was %1 in bounce %2</source>
        <translation>era %1 en la exportación %2</translation>
    </message>
    <message>
        <source>One analysis so far: re-bounce the stem into the session folder and it is analysed again and added here.</source>
        <translation>Por ahora hay un solo análisis: vuelva a exportar el stem en la carpeta de la sesión y se analizará de nuevo y se añadirá aquí.</translation>
    </message>
    <message>
        <source>The latest bounce reads the same as the one before.</source>
        <translation>La última exportación mide lo mismo que la anterior.</translation>
    </message>
    <message>
        <source>Latest bounce changed: %1</source>
        <translation>Última exportación cambiada: %1</translation>
    </message>
    <message>
        <source>Delete Entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Delete the selected analysis from this track&apos;s history (Delete)</source>
        <translation>Eliminar el análisis seleccionado del historial de esta pista (Supr)</translation>
    </message>
    <message>
        <source>The latest bounce&apos;s spectrum changed as an EQ would: %1.</source>
        <translation>El espectro del último bounce cambió como lo haría un EQ: %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LiveWindow</name>
    <message>
        <source>Stemwise — Live input</source>
        <translation>Stemwise — Entrada en directo</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Reset meters</source>
        <translation>Reiniciar medidores</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Grabar</translation>
    </message>
    <message>
        <source>Choose an input and press Start.</source>
        <translation>Elija una entrada y pulse Iniciar.</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Loudness (EBU R128)</source>
        <translation>Sonoridad (EBU R128)</translation>
    </message>
    <message>
        <source>Momentary</source>
        <translation>Momentánea</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>LU</source>
        <translation>LU</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
    <message>
        <source>No audio input: %1</source>
        <translation>Sin entrada de audio: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 ch)</source>
        <translation>%1 — %2 (%3 can.)</translation>
    </message>
    <message>
        <source>No audio input devices found.</source>
        <translation>No se encontraron dispositivos de entrada de audio.</translation>
    </message>
    <message>
        <source>Choose an input first.</source>
        <translation>Elija primero una entrada.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>No se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>Metering %1 (%2), %3 channels at %4 Hz.</source>
        <translation>Midiendo %1 (%2), %3 canales a %4 Hz.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Cannot create the takes folder %1.</source>
        <translation>No se puede crear la carpeta de tomas %1.</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>No se puede grabar en %1: %2</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Grabando en %1</translation>
    </message>
    <message>
        <source>The take %1 is incomplete: %2</source>
        <translation>La toma %1 está incompleta: %2</translation>
    </message>
    <message>
        <source>Take saved: %1 (%2 s)</source>
        <translation>Toma guardada: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Input lost: %1.</source>
        <translation>Entrada perdida: %1.</translation>
    </message>
    <message>
        <source> The take so far is kept: %1.</source>
        <translation> Se conserva la toma hasta ahora: %1.</translation>
    </message>
    <message>
        <source> Press Start to meter again.</source>
        <translation> Pulse Iniciar para volver a medir.</translation>
    </message>
    <message>
        <source>xruns %1 · overflowed frames %2 · latency %3 ms</source>
        <translation>xruns %1 · fotogramas desbordados %2 · latencia %3 ms</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>■ Stop take</source>
        <translation>■ Detener toma</translation>
    </message>
    <message>
        <source>Suggestions for the input</source>
        <translation>Sugerencias para la entrada</translation>
    </message>
    <message>
        <source>What the input is: the rules and typical ranges of this source type apply.</source>
        <translation>Qué es la entrada: se aplican las reglas y los rangos típicos de este tipo de fuente.</translation>
    </message>
    <message>
        <source>Suggestions appear a few seconds after the input starts.</source>
        <translation>Las sugerencias aparecen unos segundos después de que empiece la entrada.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Suggesting for %1…</source>
        <translation>Sugerencias para %1…</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>Buscando entradas…</translation>
    </message>
    <message>
        <source>Starting %1 (%2)…</source>
        <translation>Iniciando %1 (%2)…</translation>
    </message>
    <message>
        <source>Suggestions for %1 appear a few seconds after the input starts.</source>
        <translation>Las sugerencias para %1 aparecen unos segundos después de que empiece la entrada.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The learned model could not be read (%1); suggestions use the rules&apos; own confidence.</source>
        <translation>No se pudo leer el modelo aprendido (%1); las sugerencias usan la confianza propia de las reglas.</translation>
    </message>
    <message>
        <source>The last %1 s could not be analysed: %2</source>
        <translation>No se pudieron analizar los últimos %1 s: %2</translation>
    </message>
    <message>
        <source>From the last %1 s as %2 (analysed in %3 s)</source>
        <translation>De los últimos %1 s como %2 (analizado en %3 s)</translation>
    </message>
    <message>
        <source> · %1 LUFS</source>
        <translation> · %1 LUFS</translation>
    </message>
    <message>
        <source> · your ratings applied</source>
        <translation> · sus valoraciones aplicadas</translation>
    </message>
    <message>
        <source> · no ratings yet</source>
        <translation> · todavía sin valoraciones</translation>
    </message>
    <message>
        <source> · %1 frames missed</source>
        <translation> · %1 fotogramas perdidos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Finishing the take…</source>
        <translation>Terminando la toma…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>the input</source>
        <comment>the source the live suggestions are for, named like a track</comment>
        <translation>Entrada</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LoudnessCurveView</name>
    <message>
        <source>Short-term loudness (dashed: integrated %1 LUFS)</source>
        <translation>Sonoridad a corto plazo (discontinua: integrada %1 LUFS)</translation>
    </message>
    <message>
        <source>Short-term loudness</source>
        <translation>Sonoridad a corto plazo</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>LUFS</source>
        <translation>LUFS</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MainWindow</name>
    <message>
        <source>Stemwise</source>
        <translation>Stemwise</translation>
    </message>
    <message>
        <source>Band balance</source>
        <translation>Balance de bandas</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Enmascaramiento</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Pista</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Sugerencias</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v de %m archivos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop analysing the session (Esc)</source>
        <translation>Detener el análisis de la sesión (Esc)</translation>
    </message>
    <message>
        <source>No database: results are not stored</source>
        <translation>Sin base de datos: los resultados no se guardan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>Sesiones &amp;recientes</translation>
    </message>
    <message>
        <source>Re&amp;load Session</source>
        <translation>Recar&amp;gar sesión</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportar informe…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Session &amp;Overview</source>
        <translation>&amp;Vista general de la sesión</translation>
    </message>
    <message>
        <source>&amp;Track View</source>
        <translation>Vista de &amp;pista</translation>
    </message>
    <message>
        <source>&amp;Next Track</source>
        <translation>Pista si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Previous Track</source>
        <translation>Pista &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Compare Tracks…</source>
        <translation>&amp;Comparar pistas…</translation>
    </message>
    <message>
        <source>Change Track T&amp;ype</source>
        <translation>Cambiar el &amp;tipo de pista</translation>
    </message>
    <message>
        <source>Spectrum S&amp;moothing</source>
        <translation>S&amp;uavizado del espectro</translation>
    </message>
    <message>
        <source>1/%1 Octave</source>
        <translation>1/%1 de octava</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>Te&amp;ma claro</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Live Input…</source>
        <translation>Entrada en &amp;directo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Stemwise</source>
        <translation>Acerca &amp;de Stemwise</translation>
    </message>
    <message>
        <source>About Stemwise</source>
        <translation>Acerca de Stemwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Stem analysis, mixing suggestions and reports for mix engineers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Análisis de stems, sugerencias de mezcla e informes para ingenieros de mezcla.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of stems</source>
        <translation>Abrir una carpeta de stems</translation>
    </message>
    <message>
        <source>Open stems</source>
        <translation>Abrir stems</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The database %1 could not be read: it is damaged or is not a Stemwise database.</source>
        <translation>No se pudo leer la base de datos %1: está dañada o no es una base de datos de Stemwise.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the file has been set aside as
%1

You can continue with a fresh, empty database at the usual place (the analyses in the old file stay in the set-aside file), or work without a database for now (nothing is stored).</source>
        <translation>No se borró nada: el archivo se apartó como
%1

Puede continuar con una base de datos nueva y vacía en el lugar habitual (los análisis del archivo antiguo quedan en el archivo apartado) o trabajar sin base de datos por ahora (no se guarda nada).</translation>
    </message>
    <message>
        <source>Continue with a Fresh Database</source>
        <translation>Continuar con una base de datos nueva</translation>
    </message>
    <message>
        <source>Work Without a Database</source>
        <translation>Trabajar sin base de datos</translation>
    </message>
    <message>
        <source>It was left untouched. Update Stemwise, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>No se modificó. Actualice Stemwise o elija otra base de datos en Archivo ▸ Ajustes. Hasta entonces las sesiones se analizan sin guardar resultados.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Compruebe que la carpeta existe y se puede escribir, o elija otra base de datos en Archivo ▸ Ajustes. Hasta entonces las sesiones se analizan sin guardar resultados.</translation>
    </message>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Seleccione una pista para ver su historial.</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Las sugerencias aparecen cuando la sesión está analizada y guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>Leyendo %n elemento…</numerusform>
            <numerusform>Leyendo %n elementos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analizando %n archivo…</numerusform>
            <numerusform>Analizando %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was analysed but not stored in the database: %2</source>
        <translation>%1 se analizó pero no se guardó en la base de datos: %2</translation>
    </message>
    <message>
        <source>not analysed: cancelled</source>
        <translation>no analizado: cancelado</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) ready</source>
        <translation>
            <numerusform>%n pista lista</numerusform>
            <numerusform>%n pistas listas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be analysed (see the Status column)</source>
        <translation>
            <numerusform>, %n no se pudo analizar (vea la columna Estado)</numerusform>
            <numerusform>, %n no se pudieron analizar (vea la columna Estado)</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>; not stored: no database</source>
        <translation>; no guardado: sin base de datos</translation>
    </message>
    <message>
        <source>%1 re-bounced: analysed again%2</source>
        <translation>%1 reexportado: analizado de nuevo%2</translation>
    </message>
    <message>
        <source>, new history entry</source>
        <translation>, nueva entrada en el historial</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open a folder of stems&lt;/h3&gt;&lt;p&gt;File ▸ Open Folder… (%1), or drop files or a folder on this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Abrir una carpeta de stems&lt;/h3&gt;&lt;p&gt;Archivo ▸ Abrir carpeta… (%1), o arrastre archivos o una carpeta a esta ventana.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Could not be analysed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;No se pudo analizar:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Analysing…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Analizando…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database: history is kept only when results are stored.</source>
        <translation>Sin base de datos: el historial solo se conserva cuando se guardan los resultados.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Leyendo el historial de %1…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>%1 has no stored analysis yet.</source>
        <translation>%1 todavía no tiene ningún análisis guardado.</translation>
    </message>
    <message>
        <source>No database: suggestions are made on stored analyses, and ratings need somewhere to be kept.</source>
        <translation>Sin base de datos: las sugerencias se hacen sobre análisis guardados, y las valoraciones necesitan un lugar donde guardarse.</translation>
    </message>
    <message>
        <source>No stored analysis to make suggestions from.</source>
        <translation>No hay ningún análisis guardado del que sacar sugerencias.</translation>
    </message>
    <message>
        <source>Making suggestions (measuring the sum of the stems)…</source>
        <translation>Calculando sugerencias (midiendo la suma de los stems)…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Sin sugerencias: %1</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>No se pudieron hacer sugerencias: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for the session</source>
        <translation>
            <numerusform>%n sugerencia para la sesión</numerusform>
            <numerusform>%n sugerencias para la sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating was not stored: %1</source>
        <translation>La valoración no se guardó: %1</translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2: confidence %3 % → %4 %</source>
        <translation>Sugerencia %1 valorada (%2): confianza %3 % → %4 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: none open</source>
        <translation>&lt;b&gt;Sesión&lt;/b&gt;: ninguna abierta</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>sin pulso estable</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: %1 of %2 tracks analysed · tempo %3 · key %4</source>
        <translation>&lt;b&gt;Sesión&lt;/b&gt;: %1 de %2 pistas analizadas · tempo %3 · tonalidad %4</translation>
    </message>
    <message>
        <source>%1 is no longer in the session folder (its history is kept)</source>
        <translation>%1 ya no está en la carpeta de la sesión (su historial se conserva)</translation>
    </message>
    <message>
        <source>%1 appeared in the session folder and was added to the session</source>
        <translation>%1 apareció en la carpeta de la sesión y se añadió a la sesión</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Stemwise.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Stemwise.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or created.</source>
        <translation>No se pudo abrir ni crear la base de datos %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&amp;nbsp;BPM&lt;/b&gt;, %2</source>
        <translation>&lt;b&gt;%1&amp;nbsp;BPM&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Stemwise database; it was left untouched.</source>
        <translation>El archivo %1 no es una base de datos de Stemwise; no se ha tocado.</translation>
    </message>
    <message>
        <source>Choose a Stemwise database, or a new file name to start one, in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Elija una base de datos de Stemwise, o un nombre de archivo nuevo para crear una, en Archivo ▸ Ajustes. Hasta entonces las sesiones se analizan sin guardar los resultados.</translation>
    </message>
    <message>
        <source>Delete History Entry</source>
        <translation>Eliminar entrada del historial</translation>
    </message>
    <message>
        <source>Delete the analysis of %1 from the history of %2?

Its suggestions and their ratings are deleted with it; what the ratings taught Stemwise stays learned. This cannot be undone.</source>
        <translation>¿Eliminar el análisis del %1 del historial de %2?

Sus sugerencias y sus valoraciones se eliminan con él; lo que las valoraciones enseñaron a Stemwise sigue aprendido. No se puede deshacer.</translation>
    </message>
    <message>
        <source>The history entry was not deleted: %1</source>
        <translation>La entrada del historial no se eliminó: %1</translation>
    </message>
    <message>
        <source>The history entry was deleted.</source>
        <translation>La entrada del historial se eliminó.</translation>
    </message>
    <message>
        <source>it is no longer in the database</source>
        <translation>ya no está en la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>, %n more one click away (Show more)</source>
        <translation>
            <numerusform>, %n más a un clic (Mostrar más)</numerusform>
            <numerusform>, %n más a un clic (Mostrar más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2 after listening: confidence %3 % → %4 %</source>
        <translation>Sugerencia %1 valorada tras escucharla (%2): confianza %3 % → %4 %</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;DAW sessions (*.ardour *.RPP *.rpp);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;Sesiones de DAW (*.ardour *.RPP *.rpp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: reading %1…</source>
        <translation>&lt;b&gt;Sesión&lt;/b&gt;: leyendo %1…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Session</source>
        <translation>Abrir la sesión de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Rating of Suggestion %1 (%2)</source>
        <translation>Valoración de la sugerencia %1 (%2)</translation>
    </message>
    <message>
        <source>The rating was not taken back: %1</source>
        <translation>La valoración no se retiró: %1</translation>
    </message>
    <message>
        <source>Rating of suggestion %1 (%2) taken back: confidence %3 % → %4 %</source>
        <translation>Valoración de la sugerencia %1 (%2) retirada: confianza %3 % → %4 %</translation>
    </message>
    <message>
        <source>Type of %1 (%2)</source>
        <translation>Tipo de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Type of %n Track(s) (%1)</source>
        <translation>
            <numerusform>Tipo de %n pista (%1)</numerusform>
            <numerusform>Tipo de %n pistas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;Type of %n Track(s)</source>
        <translation>
            <numerusform>Cambiar el &amp;tipo de %n pista</numerusform>
            <numerusform>Cambiar el &amp;tipo de %n pistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Columnas predeterminadas</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message>
        <source>appears once the session is analysed.</source>
        <translation>aparece cuando la sesión está analizada.</translation>
    </message>
    <message>
        <source>needs two or more analysed stems.</source>
        <translation>necesita dos o más stems analizados.</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>no hay carpeta temporal para la suma: %1</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>&amp;Referencias</translation>
    </message>
    <message>
        <source>&amp;Group by Type</source>
        <translation>Agrupar por tip&amp;o</translation>
    </message>
    <message>
        <source>The colour of each track&apos;s type: the swatch beside its name, its row of the band balance, its waveform (View ▸ Group by Type gathers the types)</source>
        <translation>El color del tipo de cada pista: la muestra junto a su nombre, su fila del equilibrio de bandas, su forma de onda (Ver ▸ Agrupar por tipo reúne los tipos)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingMatrixView</name>
    <message>
        <source>Needs two or more analysed tracks</source>
        <translation>Necesita dos o más pistas analizadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: no masking found</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;: no se encontró enmascaramiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;worst in the %3 band, %4&lt;br&gt;severity %5 %, both play there %6 % of the time&lt;br&gt;level difference %7 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; y &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;peor en la banda %3, %4&lt;br&gt;gravedad %5 %, ambas suenan ahí el %6 % del tiempo&lt;br&gt;diferencia de nivel %7 dB</translation>
    </message>
    <message>
        <source>Masking matrix: the worst band of each pair (hover a cell for the names and figures)</source>
        <translation>Matriz de enmascaramiento: la peor banda de cada par (pase sobre una celda para ver nombres y cifras)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingPanel</name>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Both play</source>
        <translation>Suenan juntas</translation>
    </message>
    <message>
        <source>Level diff.</source>
        <translation>Dif. nivel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>The two tracks that mask each other; hover for their full names.</source>
        <translation>Las dos pistas que se enmascaran; pase el ratón para ver sus nombres completos.</translation>
    </message>
    <message>
        <source>Where in the band both spectra are strong (within 6 dB of their own peak there): where a carve would go.</source>
        <translation>Dónde, en la banda, ambos espectros son fuertes (a menos de 6 dB de su propio pico allí): dónde iría un recorte.</translation>
    </message>
    <message>
        <source>How much of the time the two tracks overlap both are active in that band, as a share and in seconds.</source>
        <translation>Cuánto del tiempo en que las dos pistas se solapan están ambas activas en esa banda, como proporción y en segundos.</translation>
    </message>
    <message>
        <source>The first track&apos;s level in the band minus the second&apos;s: the closer to 0 dB, the more they fight.</source>
        <translation>Nivel de la primera pista en la banda menos el de la segunda: cuanto más cerca de 0 dB, más compiten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity&lt;/b&gt;, 0–100 %: the share of the time both play in the band × how much of their energy is there (half of it or more counts in full) × how close their levels are (12 dB apart counts nothing).&lt;/p&gt;&lt;p&gt;Pairs are ranked by it, worst first; each pair by its worst band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gravedad&lt;/b&gt;, 0–100 %: la parte del tiempo en que ambas suenan en la banda × cuánta de su energía está allí (la mitad o más cuenta entera) × cuán cerca están sus niveles (12 dB de diferencia no cuentan nada).&lt;/p&gt;&lt;p&gt;Los pares se ordenan por ella, el peor primero; cada par por su peor banda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>outlined: no masking found</source>
        <translation>contorno: no se encontró enmascaramiento</translation>
    </message>
    <message>
        <source>grey: the same pair, mirrored</source>
        <translation>gris: el mismo par, reflejado</translation>
    </message>
    <message>
        <source>blue frame: the pair chosen in the list</source>
        <translation>marco azul: el par elegido en la lista</translation>
    </message>
    <message>
        <source>“43 % · 64 %”: severity · share of the time both play in the band</source>
        <translation>«43 % · 64 %»: gravedad · parte del tiempo en que ambas suenan en la banda</translation>
    </message>
    <message>
        <source>%1 % · %2</source>
        <translation>%1 % · %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>both active in the band %1 of the %2 the two tracks overlap</source>
        <translation>ambas activas en la banda %1 de los %2 en que las pistas se solapan</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masking&lt;/b&gt;: appears once two or more tracks are analysed and the suggestions are made.</source>
        <translation>&lt;b&gt;Enmascaramiento&lt;/b&gt;: aparece cuando se han analizado dos o más pistas y se han hecho las sugerencias.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n track(s) masks the other.</source>
        <translation>
            <numerusform>&lt;b&gt;Enmascaramiento&lt;/b&gt;: ningún par de la %n pista se enmascara.</numerusform>
            <numerusform>&lt;b&gt;Enmascaramiento&lt;/b&gt;: ningún par de las %n pistas se enmascara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: %n pair(s) mask each other, the worst first</source>
        <translation>
            <numerusform>&lt;b&gt;Enmascaramiento&lt;/b&gt;: %n par se enmascara, el peor primero</numerusform>
            <numerusform>&lt;b&gt;Enmascaramiento&lt;/b&gt;: %n pares se enmascaran, el peor primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MixPanel</name>
    <message>
        <source>Delivery target</source>
        <translation>Objetivo de entrega</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonoridad</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Techo</translation>
    </message>
    <message>
        <source>Peak margin</source>
        <translation>Margen de pico</translation>
    </message>
    <message>
        <source>The mix&apos;s integrated loudness minus the target&apos;s: how far to turn the whole mix down (+) or up (−) to meet it.</source>
        <translation>La sonoridad integrada de la mezcla menos la del objetivo: cuánto bajar (+) o subir (−) toda la mezcla para alcanzarlo.</translation>
    </message>
    <message>
        <source>Once the mix is turned to the target&apos;s loudness: how far its true peak stays under the target&apos;s ceiling, or how far over it (a limiter&apos;s work).</source>
        <translation>Una vez llevada la mezcla a la sonoridad del objetivo: cuánto queda su pico verdadero por debajo del techo del objetivo, o cuánto lo supera (trabajo de un limitador).</translation>
    </message>
    <message>
        <source>The mix appears once the session is analysed.</source>
        <translation>La mezcla aparece cuando la sesión está analizada.</translation>
    </message>
    <message>
        <source>Streaming (Spotify, YouTube, Tidal…)</source>
        <translation>Streaming (Spotify, YouTube, Tidal…)</translation>
    </message>
    <message>
        <source>Broadcast, EBU R128</source>
        <translation>Radiodifusión, EBU R128</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mezcla</translation>
    </message>
    <message numerus="yes">
        <source>summing the %n stem(s) at unity and analysing the sum…</source>
        <translation>
            <numerusform>sumando %n stem a ganancia unitaria y analizando la suma…</numerusform>
            <numerusform>sumando los %n stems a ganancia unitaria y analizando la suma…</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>no medida (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mix&lt;/b&gt; (the stems summed at unity, analysed as a track): integrated &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · true peak &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · loudness range %3&amp;nbsp;LU · short-term max %4&amp;nbsp;LUFS · %5</source>
        <translation>&lt;b&gt;Mezcla&lt;/b&gt; (los stems sumados a ganancia unitaria, analizados como una pista): integrada &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · pico verdadero &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · rango de sonoridad %3&amp;nbsp;LU · máximo a corto plazo %4&amp;nbsp;LUFS · %5</translation>
    </message>
    <message>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <source>on target (%1 LU)</source>
        <translation>en el objetivo (%1 LU)</translation>
    </message>
    <message>
        <source>+%1 LU: turn down %1 dB</source>
        <translation>+%1 LU: bajar %1 dB</translation>
    </message>
    <message>
        <source>−%1 LU: turn up %1 dB</source>
        <translation>−%1 LU: subir %1 dB</translation>
    </message>
    <message>
        <source>%1 dB under</source>
        <translation>%1 dB por debajo</translation>
    </message>
    <message>
        <source>%1 dB over: limit</source>
        <translation>%1 dB por encima: limitar</translation>
    </message>
    <message>
        <source>At the target&apos;s loudness the mix&apos;s true peak would be %1 dBTP.</source>
        <translation>A la sonoridad del objetivo, el pico verdadero de la mezcla sería de %1 dBTP.</translation>
    </message>
    <message>
        <source>Sho&amp;w in Track View</source>
        <translation>&amp;Ver en la vista de pista</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Su &amp;objetivo:</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::PlaybackController</name>
    <message>
        <source>Nothing to play: open a session first.</source>
        <translation>Nada que reproducir: abra primero una sesión.</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>No se puede previsualizar: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ReferencesPanel</name>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: no añadido: %2</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(sin género)</translation>
    </message>
    <message>
        <source>Add References…</source>
        <translation>Añadir referencias…</translation>
    </message>
    <message>
        <source>Analyse mixes you trust (commercial records) and keep them in the library, under a genre</source>
        <translation>Analizar mezclas de confianza (discos comerciales) y guardarlas en la biblioteca, bajo un género</translation>
    </message>
    <message>
        <source>Genre…</source>
        <translation>Género…</translation>
    </message>
    <message>
        <source>Give the chosen references another genre</source>
        <translation>Dar otro género a las referencias elegidas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Take the chosen references out of the library (their files stay where they are)</source>
        <translation>Sacar las referencias elegidas de la biblioteca (sus archivos quedan donde están)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>LUFS-I</source>
        <translation>LUFS-I</translation>
    </message>
    <message>
        <source>dBTP</source>
        <translation>dBTP</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R 128), LUFS</source>
        <translation>Sonoridad integrada (EBU R 128), LUFS</translation>
    </message>
    <message>
        <source>True peak, dBTP</source>
        <translation>Pico real, dBTP</translation>
    </message>
    <message>
        <source>What of the session to compare: the Mix (the stems summed at unity), as a reference is a whole record</source>
        <translation>Qué se compara de la sesión: la mezcla (los stems sumados a ganancia unidad), pues una referencia es un disco entero</translation>
    </message>
    <message>
        <source>A genre&apos;s target (the mean of its references at equal loudness) or one reference</source>
        <translation>El objetivo de un género (la media de sus referencias a igual sonoridad) o una referencia</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>No database: the reference library is kept in it.</source>
        <translation>Sin base de datos: la biblioteca de referencias se guarda en ella.</translation>
    </message>
    <message>
        <source>Reading the reference library…</source>
        <translation>Leyendo la biblioteca de referencias…</translation>
    </message>
    <message numerus="yes">
        <source>Mix (%n stem(s) at unity)</source>
        <translation>
            <numerusform>Mezcla (%n stem a ganancia unidad)</numerusform>
            <numerusform>Mezcla (%n stems a ganancia unidad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add References</source>
        <translation>Añadir referencias</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;All files (*)</source>
        <translation>Archivos de audio (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n reference(s) (empty: none):</source>
        <translation>
            <numerusform>Género de %n referencia (vacío: ninguno):</numerusform>
            <numerusform>Género de las %n referencias (vacío: ninguno):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n chosen reference(s) (empty: none):</source>
        <translation>
            <numerusform>Género de %n referencia elegida (vacío: ninguno):</numerusform>
            <numerusform>Género de las %n referencias elegidas (vacío: ninguno):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n reference(s)…</source>
        <translation>
            <numerusform>Analizando %n referencia…</numerusform>
            <numerusform>Analizando %n referencias…</numerusform>
        </translation>
    </message>
    <message>
        <source>Genre of %1 (%2)</source>
        <translation>Género de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Género de %n referencia (%1)</numerusform>
            <numerusform>Género de %n referencias (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Reference %1</source>
        <translation>Quitar la referencia %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Reference(s)</source>
        <translation>
            <numerusform>Quitar %n referencia</numerusform>
            <numerusform>Quitar %n referencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reference library…</source>
        <translation>Escribiendo la biblioteca de referencias…</translation>
    </message>
    <message>
        <source>The reference library could not be read or written: %1</source>
        <translation>No se pudo leer o escribir la biblioteca de referencias: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in the library.</source>
        <translation>
            <numerusform>%n referencia en la biblioteca.</numerusform>
            <numerusform>%n referencias en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Reference %1</source>
        <translation>Añadir la referencia %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Reference(s)</source>
        <translation>
            <numerusform>Añadir %n referencia</numerusform>
            <numerusform>Añadir %n referencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No añadidos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 (mean of %n reference(s))</source>
        <translation>
            <numerusform>Objetivo de %1 (media de %n referencia)</numerusform>
            <numerusform>Objetivo de %1 (media de %n referencias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Referencia: %1 (%2)</translation>
    </message>
    <message>
        <source>Add references (mixes you trust, tagged with a genre) to compare the session with.</source>
        <translation>Añada referencias (mezclas de confianza, etiquetadas con un género) para comparar la sesión con ellas.</translation>
    </message>
    <message>
        <source>The session&apos;s Mix appears once the session is analysed.</source>
        <translation>La mezcla de la sesión aparece una vez analizada la sesión.</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Objetivo de %1</translation>
    </message>
    <message>
        <source>%1 is one stem and the references are whole mixes: the differences show how far it is from a record, not what to change on it. Compare the Mix for moves.</source>
        <translation>%1 es un solo stem y las referencias son mezclas enteras: las diferencias muestran lo lejos que está de un disco, no qué cambiarle. Compare la mezcla para obtener ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached to this session.</source>
        <translation>
            <numerusform>%n adjuntada a esta sesión.</numerusform>
            <numerusform>%n adjuntadas a esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <translation>%1 · esta sesión</translation>
    </message>
    <message>
        <source>Attached to this session on the command line (stemwise reference add --session); compared with here, changed or removed there</source>
        <translation>Adjuntada a esta sesión en la línea de comandos (stemwise reference add --session): se compara aquí, se cambia o se quita allí</translation>
    </message>
    <message>
        <source>Session reference: %1</source>
        <translation>Referencia de la sesión: %1</translation>
    </message>
    <message>
        <source>The sound I want</source>
        <translation>El sonido que quiero</translation>
    </message>
    <message>
        <source>Not my style</source>
        <translation>No es mi estilo</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Counts twice in the style learned from its genre&apos;s references</source>
        <translation>Cuenta doble en el estilo aprendido de las referencias de su género</translation>
    </message>
    <message>
        <source>Left out of its genre&apos;s target and of the style learned from it</source>
        <translation>Queda fuera del objetivo de su género y del estilo aprendido de él</translation>
    </message>
    <message>
        <source>Counts once in its genre&apos;s target and style</source>
        <translation>Cuenta una vez en el objetivo y el estilo de su género</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Valorar</translation>
    </message>
    <message>
        <source>Say which references are the sound you want (they count twice in your style) and which are not your style (left out of the genre&apos;s target)</source>
        <translation>Indicar qué referencias son el sonido que quiere (cuentan doble en su estilo) y cuáles no son su estilo (quedan fuera del objetivo del género)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Your rating: the sound you want counts twice in the style learned from a genre&apos;s references, not your style is left out</source>
        <translation>Su valoración: el sonido que quiere cuenta doble en el estilo aprendido de las referencias de un género; lo que no es su estilo queda fuera</translation>
    </message>
    <message>
        <source>Rate %1 (%2)</source>
        <translation>Valorar %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Valorar %n referencia (%1)</numerusform>
            <numerusform>Valorar %n referencias (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) rated the sound you want count twice</source>
        <translation>
            <numerusform>%n referencia valorada como el sonido que quiere cuenta doble</numerusform>
            <numerusform>%n referencias valoradas como el sonido que quiere cuentan doble</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated not your style left out</source>
        <translation>
            <numerusform>%n valorada como no su estilo queda fuera</numerusform>
            <numerusform>%n valoradas como no su estilo quedan fuera</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ratings weigh this target&apos;s style: %1.</source>
        <translation>Sus valoraciones ponderan el estilo de este objetivo: %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SectionsPanel</name>
    <message>
        <source>Bars</source>
        <translation>Compases</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalidad</translation>
    </message>
    <message>
        <source>Stems playing</source>
        <translation>Stems que suenan</translation>
    </message>
    <message>
        <source>Loudness of the stems summed over the section (gated as BS.1770-4)</source>
        <translation>Sonoridad de los stems sumados en la sección (con la puerta de BS.1770-4)</translation>
    </message>
    <message>
        <source>Short-term loudness maximum, LUFS</source>
        <translation>Máximo de la sonoridad a corto plazo, LUFS</translation>
    </message>
    <message>
        <source>Loudness range, LU (EBU Tech 3342)</source>
        <translation>Rango de sonoridad, LU (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>The key the section states, from the stems&apos; chroma over it; – when not clear</source>
        <translation>La tonalidad de la sección, a partir del croma de los stems en ella; – si no está clara</translation>
    </message>
    <message>
        <source>Click a section to loop it</source>
        <translation>Haga clic en una sección para reproducirla en bucle</translation>
    </message>
    <message>
        <source>No sections: open a session of stems.</source>
        <translation>Sin secciones: abra una sesión de stems.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), bounded by the DAW session&apos;s markers.</source>
        <translation>
            <numerusform>%n sección, delimitada por los marcadores de la sesión del DAW.</numerusform>
            <numerusform>%n secciones, delimitadas por los marcadores de la sesión del DAW.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a section to loop it.</source>
        <translation>Haga clic en una sección para reproducirla en bucle.</translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation>Confianza %1 %</translation>
    </message>
    <message>
        <source>One section: nothing was measured to divide it.</source>
        <translation>Una sección: no se midió nada con que dividirla.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</source>
        <translation>
            <numerusform>%n sección según los cambios de la propia mezcla (armonía, timbre, nivel), en los compases a %1 BPM.</numerusform>
            <numerusform>%n secciones según los cambios de la propia mezcla (armonía, timbre, nivel), en los compases a %1 BPM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</source>
        <translation>
            <numerusform>%n sección según los cambios de la propia mezcla (armonía, timbre, nivel; sin tempo: sin compases).</numerusform>
            <numerusform>%n secciones según los cambios de la propia mezcla (armonía, timbre, nivel; sin tempo: sin compases).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2, on the bars of %3 BPM.</source>
        <translation>%1 a partir de %2, en los compases de %3 BPM.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stem(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 (no tempo: no bars).</source>
        <translation>%1 a partir de %2 (sin tempo: sin compases).</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Takes effect when Stemwise starts again.</source>
        <translation>Se aplica la próxima vez que se inicie Stemwise.</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>uno por núcleo</translation>
    </message>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 de octava</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 de octava</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 de octava</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Stemwise database (*.sqlite);;All files (*)</source>
        <translation>Base de datos de Stemwise (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Empty: the default. The file is created if it does not exist; analyses, history and ratings are kept in it.</source>
        <translation>Vacío: la predeterminada. El archivo se crea si no existe; en él se guardan los análisis, el historial y las valoraciones.</translation>
    </message>
    <message>
        <source>Reopen the last session at start-up</source>
        <translation>Reabrir la última sesión al iniciar</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Analysis threads:</source>
        <translation>&amp;Hilos de análisis:</translation>
    </message>
    <message>
        <source>Spectrum &amp;smoothing:</source>
        <translation>&amp;Suavizado del espectro:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Default output</source>
        <translation>Salida predeterminada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>Sa&amp;lida:</translation>
    </message>
    <message>
        <source>&amp;Follow a DAW over OSC</source>
        <translation>Seguir un DAW por OS&amp;C</translation>
    </message>
    <message>
        <source>Ardour</source>
        <translation>Ardour</translation>
    </message>
    <message>
        <source>REAPER</source>
        <translation>REAPER</translation>
    </message>
    <message>
        <source>the DAW&apos;s default (Ardour 3819, REAPER 8000)</source>
        <translation>el predeterminado del DAW (Ardour 3819, REAPER 8000)</translation>
    </message>
    <message>
        <source>automatic (Ardour: any free port; REAPER: 9000)</source>
        <translation>automático (Ardour: cualquier puerto libre; REAPER: 9000)</translation>
    </message>
    <message>
        <source>Ardour: turn on Open Sound Control in its Preferences ▸ Control Surfaces; Stemwise subscribes to it. REAPER: add an OSC control surface that sends to this computer on the listening port. The DAW&apos;s selected track selects the track of the same name here; its faders, pans and mutes feed the mix-bus sum and the suggestions.</source>
        <translation>Ardour: active Open Sound Control en sus Preferencias ▸ Superficies de control; Stemwise se suscribe a él. REAPER: añada una superficie de control OSC que envíe a este ordenador en el puerto de escucha. La pista seleccionada en el DAW selecciona aquí la pista del mismo nombre; sus faders, panoramas y silencios alimentan la suma del bus de mezcla y las sugerencias.</translation>
    </message>
    <message>
        <source>DA&amp;W:</source>
        <translation>DA&amp;W:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>DAW&apos;s &amp;port:</source>
        <translation>&amp;Puerto del DAW:</translation>
    </message>
    <message>
        <source>Listening po&amp;rt:</source>
        <translation>Puerto de esc&amp;ucha:</translation>
    </message>
    <message>
        <source>Local API for scr&amp;ipts (this computer only, with a token)</source>
        <translation>&amp;API local para scripts (solo este equipo, con un token)</translation>
    </message>
    <message>
        <source>Off: nothing listens.</source>
        <translation>Desactivada: nada escucha.</translation>
    </message>
    <message>
        <source>API port:</source>
        <translation>Puerto de la API:</translation>
    </message>
    <message>
        <source>Serving at %1
Token: %2 (send it as &quot;Authorization: Bearer TOKEN&quot;)</source>
        <translation>Sirviendo en %1
Token: %2 (envíalo como &quot;Authorization: Bearer TOKEN&quot;)</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Sin servicio: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SpectrumView</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frecuencia (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Nivel (dB)</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Espectro</translation>
    </message>
    <message>
        <source>Long-term spectrum</source>
        <translation>Espectro promedio a largo plazo</translation>
    </message>
    <message>
        <source>Long-term spectrum, 1/%1 octave (shaded: expected range for %2)</source>
        <translation>Espectro promedio a largo plazo, 1/%1 de octava (sombreado: rango esperado para %2)</translation>
    </message>
    <message numerus="yes">
        <source>10–90 % of your %n reference(s)</source>
        <translation>
            <numerusform>10–90 % de su %n referencia</numerusform>
            <numerusform>10–90 % de sus %n referencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected for %1</source>
        <translation>Esperado para %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 % of the energy</source>
        <translation>%1: %2 del %3 al %4 % de la energía</translation>
    </message>
    <message numerus="yes">
        <source>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Espectro promedio a largo plazo, 1/%1 de octava (sombreado: 10–90 % de su %n referencia)</numerusform>
            <numerusform>Espectro promedio a largo plazo, 1/%1 de octava (sombreado: 10–90 % de sus %n referencias)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SuggestionsPanel</name>
    <message>
        <source>useful</source>
        <translation>útil</translation>
    </message>
    <message>
        <source>not useful</source>
        <translation>no útil</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>mejoró</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>empeoró</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toda la sesión</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Su valoración</translation>
    </message>
    <message>
        <source>Useful (U)</source>
        <translation>Útil (U)</translation>
    </message>
    <message>
        <source>Not useful (N)</source>
        <translation>No útil (N)</translation>
    </message>
    <message>
        <source>Applied (A)</source>
        <translation>Aplicada (A)</translation>
    </message>
    <message>
        <source>Dismissed (D)</source>
        <translation>Descartada (D)</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Las sugerencias aparecen cuando la sesión está analizada y guardada.</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la sesión</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n suggestion(s)&lt;/b&gt; for %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n sugerencia&lt;/b&gt; para %1</numerusform>
            <numerusform>&lt;b&gt;%n sugerencias&lt;/b&gt; para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more under “Show more”)</source>
        <translation>
            <numerusform> (%n más en «Mostrar más»)</numerusform>
            <numerusform> (%n más en «Mostrar más»)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · confidence %4 % (the rule&apos;s own: %5 %)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · prioridad %3 · confianza %4 % (la propia de la regla: %5 %)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>toda la sesión</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Por qué:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mediciones&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your ratings:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Sus valoraciones:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Re-bounce:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nueva exportación:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;The rating was not stored:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;La valoración no se guardó:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Su valoración:&lt;/b&gt; confianza %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listen (L)</source>
        <translation>Escuchar (L)</translation>
    </message>
    <message>
        <source>Play where the evidence is strongest, with the band solo that fits it</source>
        <translation>Reproducir donde la evidencia es más fuerte, con el solo de banda que le corresponde</translation>
    </message>
    <message>
        <source>Preview (P)</source>
        <translation>Previsualizar (P)</translation>
    </message>
    <message>
        <source>Play it with the suggested move applied; switch with/without in the transport bar (loudness-matched)</source>
        <translation>Reproducir con el ajuste sugerido aplicado; alternar con/sin en la barra de transporte (sonoridad igualada)</translation>
    </message>
    <message>
        <source>Whose suggestions to show: the track selected in the table, the whole session, or one track</source>
        <translation>Qué sugerencias mostrar: las de la pista seleccionada en la tabla, de toda la sesión o de una pista</translation>
    </message>
    <message>
        <source>Which kind of move to show</source>
        <translation>Qué tipo de ajuste mostrar</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Level and headroom</source>
        <translation>Nivel y margen</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Enmascaramiento</translation>
    </message>
    <message>
        <source>EQ and filters</source>
        <translation>EQ y filtros</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dinámica</translation>
    </message>
    <message>
        <source>Stereo and phase</source>
        <translation>Estéreo y fase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Also the suggestions beyond the per-track and per-session limits, the lines of the gain plan and those pushed down by your ratings</source>
        <translation>También las sugerencias más allá de los límites por pista y por sesión, las líneas del plan de ganancia y las relegadas por sus valoraciones</translation>
    </message>
    <message>
        <source>Selected track</source>
        <translation>Pista seleccionada</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Session plan:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan de sesión:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it after listening:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Su valoración tras escucharla:&lt;/b&gt; confianza %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;You listened to it: a rating now counts %1 times in what Stemwise learns.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;La ha escuchado: una valoración cuenta ahora %1 veces en lo que Stemwise aprende.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Making suggestions: measuring the session again (tempo, key, the stems&apos; summed peak)…</source>
        <translation>Creando sugerencias: midiendo de nuevo la sesión (tempo, tonalidad, pico de la suma de los stems)…</translation>
    </message>
    <message>
        <source>The suggestion&apos;s number: the same while the files do not change, so you can find it again (stemwise rate uses it too).</source>
        <translation>El número de la sugerencia: el mismo mientras los archivos no cambien, para encontrarla de nuevo (stemwise rate también lo usa).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Priority&lt;/b&gt;, 1 (do first) to 5: what the move fixes. 1 clipping and headroom of the sum; 2 masking of the lead parts and the kick against the bass; 3 tonal balance (broad EQ, filters, other masking, stereo); 4 detail (narrow notches, de-essing, compression). One step lower when the problem is marginal, and moved one step per 10 points your ratings moved the confidence.&lt;/p&gt;&lt;p&gt;Red: priority 1, amber: 2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prioridad&lt;/b&gt;, de 1 (primero) a 5: lo que corrige el ajuste. 1 saturación y margen de la suma; 2 enmascaramiento de las partes principales y bombo contra bajo; 3 equilibrio tonal (EQ amplia, filtros, otro enmascaramiento, estéreo); 4 detalle (muescas estrechas, de-essing, compresión). Un paso más baja cuando el problema es marginal, y un paso por cada 10 puntos que sus valoraciones movieron la confianza.&lt;/p&gt;&lt;p&gt;Rojo: prioridad 1, ámbar: 2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidence&lt;/b&gt;: how likely this move is right for this track, from the rule&apos;s own confidence and your ratings of the rule on this type of track (Useful, Not useful, Applied, Dismissed; ratings given after listening count 1.5 times).&lt;/p&gt;&lt;p&gt;“70 → 55 %”: what your rating here changed. Below 25 % a suggestion goes under “Show more”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confianza&lt;/b&gt;: la probabilidad de que este ajuste sea correcto para esta pista, según la confianza propia de la regla y sus valoraciones de la regla en este tipo de pista (Útil, No útil, Aplicada, Descartada; las dadas tras escuchar cuentan 1,5 veces).&lt;/p&gt;&lt;p&gt;«70 → 55 %»: lo que cambió su valoración aquí. Por debajo del 25 % una sugerencia pasa a «Mostrar más».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your ratings of this suggestion; Edit ▸ Undo takes the last one back.</source>
        <translation>Sus valoraciones de esta sugerencia; Edición ▸ Deshacer retira la última.</translation>
    </message>
    <message>
        <source>The session&apos;s genre, which the suggestions adjust for. &quot;Estimate&quot;: the nearest of your references&apos; genres and the built-in style profiles, marked estimated in the line above</source>
        <translation>El género de la sesión, al que se ajustan las sugerencias. «Estimar»: el más cercano de los géneros de sus referencias y de los perfiles de estilo integrados, marcado como estimado en la línea de arriba</translation>
    </message>
    <message>
        <source>Genre: estimate</source>
        <translation>Género: estimar</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Género: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TimelineCursor</name>
    <message>
        <source>Click to play from here; drag to loop a stretch</source>
        <translation>Clic para reproducir desde aquí; arrastrar para repetir un tramo</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackPanel</name>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 de octava</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 de octava</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 de octava</translation>
    </message>
    <message>
        <source>Spectrum smoothing (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Suavizado del espectro (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Suavizado:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No track selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ninguna pista seleccionada&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>elegido por usted</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>por el nombre</translation>
    </message>
    <message>
        <source>from the sound</source>
        <translation>por el sonido</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;ch · score &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;can. · puntuación &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness and dynamics&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Sonoridad y dinámica&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Saturado</translation>
    </message>
    <message>
        <source>%L1 samples in %L2 runs</source>
        <translation>%L1 muestras en %L2 zonas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stereo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Estéreo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;b&gt;Rhythm and pitch&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;/table&gt;&lt;b&gt;Ritmo y tono&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>sin pulso estable</translation>
    </message>
    <message>
        <source>Onsets</source>
        <translation>Transitorios</translation>
    </message>
    <message>
        <source>%1&amp;nbsp;/s (%2)</source>
        <translation>%1&amp;nbsp;/s (%2)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierta</translation>
    </message>
    <message>
        <source>f0 median</source>
        <translation>f0 mediana</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>not monophonic</source>
        <translation>no monofónico</translation>
    </message>
    <message>
        <source>HNR</source>
        <translation>HNR</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Centroide espectral</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patterns:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Carácter:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problemas (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ninguno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality score %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Puntuación de calidad %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1, %2 % sure</source>
        <translation>incierto por el sonido: quizá %1, seguro al %2 %</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1 or %2, %3 % sure</source>
        <translation>incierto por el sonido: quizá %1 o %2, seguro al %3 %</translation>
    </message>
    <message>
        <source>from the sound, %1 % sure</source>
        <translation>por el sonido, seguro al %1 %</translation>
    </message>
    <message>
        <source>−∞ dB</source>
        <translation>−∞ dB</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>I %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>D %1</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>ecualizador</translation>
    </message>
    <message>
        <source>compressor</source>
        <translation>compresor</translation>
    </message>
    <message>
        <source>limiter</source>
        <translation>limitador</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>de-esser</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>puerta</translation>
    </message>
    <message>
        <source>reverb</source>
        <translation>reverberación</translation>
    </message>
    <message>
        <source>Ardour</source>
        <translation>Ardour</translation>
    </message>
    <message>
        <source>REAPER</source>
        <translation>REAPER</translation>
    </message>
    <message>
        <source>In %1: bus &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>En %1: bus &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In %1: track &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>En %1: pista &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fader %1</source>
        <translation>fader %1</translation>
    </message>
    <message>
        <source>trim %1</source>
        <translation>trim %1</translation>
    </message>
    <message>
        <source>pan %1</source>
        <translation>panorama %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;muted&lt;/b&gt;</source>
        <translation>&lt;b&gt;silenciada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;soloed&lt;/b&gt;</source>
        <translation>&lt;b&gt;en solo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>polarity inverted</source>
        <translation>polaridad invertida</translation>
    </message>
    <message>
        <source>%1, bypassed</source>
        <translation>%1, en bypass</translation>
    </message>
    <message>
        <source>no plug-ins</source>
        <translation>sin plug-ins</translation>
    </message>
    <message>
        <source>plug-ins: %1</source>
        <translation>plug-ins: %1</translation>
    </message>
    <message>
        <source>send to %1 at %2, pre-fader</source>
        <translation>envío a %1 a %2, pre-fader</translation>
    </message>
    <message>
        <source>send to %1 at %2</source>
        <translation>envío a %1 a %2</translation>
    </message>
    <message>
        <source>(a bounce, matched by its name)</source>
        <translation>(un bounce, asociado por su nombre)</translation>
    </message>
    <message>
        <source>VCA %1 at %2, &lt;b&gt;muted&lt;/b&gt;</source>
        <translation>VCA %1 a %2, &lt;b&gt;silenciado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VCA %1 at %2</source>
        <translation>VCA %1 a %2</translation>
    </message>
    <message>
        <source>(followed live)</source>
        <translation>(seguido en vivo)</translation>
    </message>
    <message>
        <source>the stems summed at unity</source>
        <translation>los stems sumados a ganancia unitaria</translation>
    </message>
    <message>
        <source>Tempo, this track</source>
        <translation>Tempo, esta pista</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonalidad, esta pista</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Analysing %1 %</source>
        <translation>Analizando %1 %</translation>
    </message>
    <message>
        <source>Re-bounced</source>
        <translation>Reexportado</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En caché</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analizado</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>%L1 Hz</source>
        <translation>%L1 Hz</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1-bit float</source>
        <translation>%1 bits flotante</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Track type (double-click or F2 to change). * = chosen by you.</source>
        <translation>Tipo de pista (doble clic o F2 para cambiarlo). * = elegido por usted.</translation>
    </message>
    <message>
        <source>Integrated loudness, ITU-R BS.1770-4 (LUFS)</source>
        <translation>Sonoridad integrada, UIT-R BS.1770-4 (LUFS)</translation>
    </message>
    <message>
        <source>True peak, 4x oversampled (dBTP); red above -1 dBTP</source>
        <translation>Pico real, sobremuestreo 4x (dBTP); en rojo por encima de -1 dBTP</translation>
    </message>
    <message>
        <source>Crest factor: sample peak minus RMS (dB)</source>
        <translation>Factor de cresta: pico de muestra menos RMS (dB)</translation>
    </message>
    <message>
        <source>Stereo width: side energy / mid energy (0 = mono, 1 = uncorrelated)</source>
        <translation>Anchura estéreo: energía side / energía mid (0 = mono, 1 = no correlacionado)</translation>
    </message>
    <message>
        <source>Quality score, 0-100 (see the breakdown in the track view)</source>
        <translation>Puntuación de calidad, 0-100 (vea el desglose en la vista de pista)</translation>
    </message>
    <message>
        <source>Problems found (clipping, mud, harshness, …)</source>
        <translation>Problemas encontrados (clipping, embarrado, aspereza, …)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>LUFS-I</source>
        <translation>LUFS-I</translation>
    </message>
    <message>
        <source>TP dBTP</source>
        <translation>TP dBTP</translation>
    </message>
    <message>
        <source>Crest dB</source>
        <translation>Cresta dB</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Profundidad de bits</translation>
    </message>
    <message>
        <source>Missing: the file was removed</source>
        <translation>Falta: el archivo se eliminó</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed tracks</source>
        <translation>Solo: oír solo las pistas en solo</translation>
    </message>
    <message>
        <source>Mute this track</source>
        <translation>Silenciar esta pista</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>S</source>
        <comment>solo, a column one letter wide</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>M</source>
        <comment>mute, a column one letter wide</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TransportBar</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
        <source>Stop and return to where playing started</source>
        <translation>Detener y volver a donde empezó la reproducción</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <source>Loop the stretch dragged on the waveform or the loudness curve</source>
        <translation>Repetir el tramo arrastrado en la forma de onda o la curva de sonoridad</translation>
    </message>
    <message>
        <source>Hear the suggested move on (checked) or off, loudness-matched so a cut does not just sound quieter</source>
        <translation>Oír el ajuste sugerido activado (marcado) o no, con sonoridad igualada para que un recorte no suene solo más bajo</translation>
    </message>
    <message>
        <source>Back to the whole session</source>
        <translation>Volver a toda la sesión</translation>
    </message>
    <message>
        <source>Output peak, left over right (dBFS)</source>
        <translation>Pico de salida, izquierda sobre derecha (dBFS)</translation>
    </message>
    <message>
        <source>Short-term loudness of what is played (EBU R128, 3 s)</source>
        <translation>Sonoridad a corto plazo de lo que suena (EBU R128, 3 s)</translation>
    </message>
    <message>
        <source>Opening the output…</source>
        <translation>Abriendo la salida…</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>Escuchando: %1</translation>
    </message>
    <message>
        <source>Previewing: %1</source>
        <translation>Previsualizando: %1</translation>
    </message>
    <message>
        <source>With the move</source>
        <translation>Con el ajuste</translation>
    </message>
    <message>
        <source>Without the move</source>
        <translation>Sin el ajuste</translation>
    </message>
    <message>
        <source>Output peak, left over right: %1 / %2 dBFS (highest %3 / %4)</source>
        <translation>Pico de salida, izquierda sobre derecha: %1 / %2 dBFS (máximo %3 / %4)</translation>
    </message>
    <message>
        <source>S %1 LUFS</source>
        <translation>S %1 LUFS</translation>
    </message>
    <message>
        <source>S — LUFS</source>
        <translation>S — LUFS</translation>
    </message>
    <message>
        <source>Hear the move on or off; its side plays %1 dB to match the loudness without it</source>
        <translation>Oír el ajuste o no; su lado suena a %1 dB para igualar la sonoridad sin él</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message numerus="yes">
        <source>Waveform (markers: %n onset(s))</source>
        <translation>
            <numerusform>Forma de onda (marcas: %n transitorio)</numerusform>
            <numerusform>Forma de onda (marcas: %n transitorios)</numerusform>
        </translation>
    </message>
    <message>
        <source>No waveform overview stored for this analysis</source>
        <translation>No hay vista general de la forma de onda guardada para este análisis</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 s</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WelcomeView</name>
    <message>
        <source>&lt;h1&gt;Stemwise&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Stemwise&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Open a session&apos;s stems: every track is measured (loudness, true peak, spectrum, dynamics, stereo, tempo and key), what fights in the mix is found, and each finding comes with a concrete move.</source>
        <translation>Abra los stems de una sesión: cada pista se mide (sonoridad, true peak, espectro, dinámica, estéreo, tempo y tonalidad), se encuentra lo que choca en la mezcla y cada hallazgo viene con un movimiento concreto.</translation>
    </message>
    <message>
        <source>Open a Folder of Stems…</source>
        <translation>Abrir una carpeta de stems…</translation>
    </message>
    <message>
        <source>A folder of bounced tracks (WAV, AIFF, FLAC, …) or a DAW session (Ardour, REAPER). %1</source>
        <translation>Una carpeta de pistas exportadas (WAV, AIFF, FLAC, …) o una sesión de DAW (Ardour, REAPER). %1</translation>
    </message>
    <message>
        <source>Open Files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>Single files, from anywhere. %1</source>
        <translation>Archivos sueltos, de cualquier lugar. %1</translation>
    </message>
    <message>
        <source>Open the Demo Session</source>
        <translation>Abrir la sesión de demostración</translation>
    </message>
    <message>
        <source>Five synthesised stems, 24 s at 120 BPM in A minor, with faults to find: ready in a second.</source>
        <translation>Cinco stems sintetizados, 24 s a 120 BPM en la menor, con fallos que encontrar: lista en un segundo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the sessions you open are listed here.</source>
        <translation>Ninguna todavía: las sesiones que abra aparecerán aquí.</translation>
    </message>
    <message>
        <source>Or drop files or a folder anywhere on this window.</source>
        <translation>O suelte archivos o una carpeta en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s) in %2</source>
        <translation>
            <numerusform>%1 — %n archivo en %2</numerusform>
            <numerusform>%1 — %n archivos en %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WorkspacePlayback</name>
    <message>
        <source>This suggestion has no move to preview: %1</source>
        <translation>Esta sugerencia no tiene ajuste que previsualizar: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
