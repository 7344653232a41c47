<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Band</name>
    <message>
        <source>Sub bass</source>
        <translation>Subbass</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>Low mids</source>
        <translation>Untere Mitten</translation>
    </message>
    <message>
        <source>Mids</source>
        <translation>Mitten</translation>
    </message>
    <message>
        <source>Upper mids</source>
        <translation>Obere Mitten</translation>
    </message>
    <message>
        <source>Highs</source>
        <translation>Höhen</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>snare</source>
        <translation>Snare</translation>
    </message>
    <message>
        <source>hats</source>
        <translation>Hi-Hats</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>Drums</translation>
    </message>
    <message>
        <source>vocals</source>
        <translation>Gesang</translation>
    </message>
    <message>
        <source>bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>guitar</source>
        <translation>Gitarre</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>Streicher</translation>
    </message>
    <message>
        <source>winds</source>
        <translation>Bläser</translation>
    </message>
    <message>
        <source>synth</source>
        <translation>Synth</translation>
    </message>
    <message>
        <source>fx</source>
        <translation>FX</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>rhythmic</source>
        <translation>rhythmisch</translation>
    </message>
    <message>
        <source>tonal</source>
        <translation>tonal</translation>
    </message>
    <message>
        <source>percussive</source>
        <translation>perkussiv</translation>
    </message>
    <message>
        <source>sustained</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>still</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>abgeschnittene Datei</translation>
    </message>
    <message>
        <source>invalid samples</source>
        <translation>ungültige Samples</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>near silence</source>
        <translation>fast Stille</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <source>true-peak over</source>
        <translation>True-Peak-Übersteuerung</translation>
    </message>
    <message>
        <source>no headroom</source>
        <translation>kein Headroom</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC-Offset</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>zu heiß</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>zu leise</translation>
    </message>
    <message>
        <source>excess sub-bass</source>
        <translation>zu viel Subbass</translation>
    </message>
    <message>
        <source>low-mid build-up</source>
        <translation>Anhäufung in den unteren Mitten</translation>
    </message>
    <message>
        <source>harshness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>sibilance</source>
        <translation>Zischlaute</translation>
    </message>
    <message>
        <source>phase correlation</source>
        <translation>Phasenkorrelation</translation>
    </message>
    <message>
        <source>mono compatibility</source>
        <translation>Monokompatibilität</translation>
    </message>
    <message>
        <source>low-end phase</source>
        <translation>Phase im Bassbereich</translation>
    </message>
    <message>
        <source>resonance</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>Stille am Anfang</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>Stille am Ende</translation>
    </message>
    <message>
        <source>over-compression</source>
        <translation>Überkompression</translation>
    </message>
    <message>
        <source>The file is cut short: its header promises %1 s more audio than it holds. Re-export it.</source>
        <translation>Die Datei ist abgeschnitten: Ihr Header verspricht %1 s mehr Audio, als sie enthält. Exportieren Sie sie neu.</translation>
    </message>
    <message>
        <source>%1 samples are not numbers (NaN or infinity) or lie beyond +120 dBFS, which no recording reaches; they were analysed as silence. A plug-in in the export chain misbehaved, or the file is damaged.</source>
        <translation>%1 Samples sind keine Zahlen (NaN oder unendlich) oder liegen über +120 dBFS, was keine Aufnahme erreicht; sie wurden als Stille analysiert. Ein Plug-in in der Exportkette hat sich fehlerhaft verhalten, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The track is digital silence: every sample is zero.</source>
        <translation>Die Spur ist digitale Stille: Jedes Sample ist null.</translation>
    </message>
    <message>
        <source>The track is nearly silent: its loudest sample is %1 dBFS. Was the wrong track bounced?</source>
        <translation>Die Spur ist fast still: Ihr lautestes Sample liegt bei %1 dBFS. Wurde die falsche Spur gebounct?</translation>
    </message>
    <message>
        <source>The track clips: %1 samples in %2 places sit at or beyond full scale. Lower the level before the export (or the clipping plug-in) and bounce again.</source>
        <translation>Die Spur clippt: %1 Samples an %2 Stellen liegen bei oder über Vollaussteuerung. Senken Sie den Pegel vor dem Export (oder vor dem clippenden Plug-in) und bouncen Sie erneut.</translation>
    </message>
    <message>
        <source>Inter-sample peaks reach %1 dBTP: the waveform between samples goes over full scale and will clip in D/A converters and lossy encoders.</source>
        <translation>Intersample-Spitzen erreichen %1 dBTP: Die Wellenform zwischen den Samples überschreitet die Vollaussteuerung und wird in D/A-Wandlern und verlustbehafteten Encodern clippen.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP, leaving no headroom for the mix bus.</source>
        <translation>Der Stem erreicht Spitzen von %1 dBTP und lässt dem Summenbus keinen Headroom.</translation>
    </message>
    <message>
        <source>DC offset of %1 of full scale (%2 dBFS): remove it with a high-pass filter at a few Hz.</source>
        <translation>DC-Offset von %1 der Vollaussteuerung (%2 dBFS): Entfernen Sie ihn mit einem Hochpass bei wenigen Hz.</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is very quiet: raise it at the source to keep it above the noise floor.</source>
        <translation>Mit %1 LUFS integriert ist die Spur sehr leise: Heben Sie sie an der Quelle an, damit sie über dem Grundrauschen bleibt.</translation>
    </message>
    <message>
        <source>Sibilance: %1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %2 Hz.</source>
        <translation>Zischlaute: %1 % der gesungenen oder gesprochenen Frames werden von 4,5–10 kHz dominiert, mit der Spitze bei etwa %2 Hz.</translation>
    </message>
    <message>
        <source>Summed to mono the track loses %1 dB: parts of it cancel.</source>
        <translation>In Mono summiert verliert die Spur %1 dB: Teile davon löschen sich aus.</translation>
    </message>
    <message>
        <source>A narrow resonance at %1 Hz stands %2 dB above the spectrum around it (Q %3).</source>
        <translation>Eine schmale Resonanz bei %1 Hz ragt %2 dB über das umgebende Spektrum hinaus (Q %3).</translation>
    </message>
    <message>
        <source>%1 s of silence before the music starts.</source>
        <translation>%1 s Stille, bevor die Musik beginnt.</translation>
    </message>
    <message>
        <source>%1 s of silence at the end: the export runs longer than the audio.</source>
        <translation>%1 s Stille am Ende: Der Export ist länger als das Audio.</translation>
    </message>
    <message>
        <source>starting score</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>healthy dynamics (PLR 8–14 dB)</source>
        <translation>gesunde Dynamik (PLR 8–14 dB)</translation>
    </message>
    <message>
        <source>healthy dynamics (crest factor)</source>
        <translation>gesunde Dynamik (Crestfaktor)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −1.5 to −0.5 dBTP)</source>
        <translation>gesunder Headroom (True Peak −1,5 bis −0,5 dBTP)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −6 to −1 dBTP)</source>
        <translation>gesunder Headroom (True Peak −6 bis −1 dBTP)</translation>
    </message>
    <message>
        <source>%1 issue: %2</source>
        <extracomment>%1 the issue&apos;s severity (&quot;high&quot;), %2 the issue (&quot;clipping&quot;)</extracomment>
        <translation>Problem (%1): %2</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>De-Esser</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB before it reaches the mix bus</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>%1 um %2 dB absenken, bevor es den Summenbus erreicht</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB</source>
        <translation>%1 um %2 dB anheben</translation>
    </message>
    <message>
        <source>High-pass %1 at %2, %3 dB/oct</source>
        <extracomment>%1 track, %2 frequency, %3 slope</extracomment>
        <translation>Hochpass auf %1 bei %2, %3 dB/Okt.</translation>
    </message>
    <message>
        <source>Cut %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>%1 dB bei %2 (Q %3) auf %4 absenken</translation>
    </message>
    <message>
        <source>Lift the top of %1: high shelf +%2 dB from %3</source>
        <extracomment>%1 track, %2 dB, %3 frequency</extracomment>
        <translation>Höhen von %1 öffnen: High-Shelf +%2 dB ab %3</translation>
    </message>
    <message>
        <source>De-ess %1 at %2, up to %3 dB</source>
        <extracomment>%1 track, %2 frequency, %3 dB</extracomment>
        <translation>%1 bei %2 de-essen, bis zu %3 dB</translation>
    </message>
    <message>
        <source>Compress %1: %2:1 from %3 dB, attack %4 ms, release %5 ms</source>
        <translation>%1 komprimieren: %2:1 ab %3 dB, Attack %4 ms, Release %5 ms</translation>
    </message>
    <message>
        <source>%1 (with your %2)</source>
        <extracomment>%1 track, %2 ratio, %3 threshold, %4 attack, %5 release %1 a move&apos;s title (&quot;High-pass Vox at 90 Hz, 12 dB/oct&quot;), %2 the plug-ins on the channel in the DAW that should do it</extracomment>
        <translation>%1 (mit Ihrem %2)</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: use its high-pass band rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the EQ plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Der Kanal hat in der %3-Session bereits %2: Nutzen Sie dessen Hochpass-Band, statt einen weiteren Filter einzufügen.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and still holds this energy: raise its corner or steepen it rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the high-pass plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Der Bounce liegt in der %3-Session hinter %2 und enthält diese Energie noch: Heben Sie dessen Eckfrequenz an oder machen Sie ihn steiler, statt einen weiteren Filter einzufügen.</translation>
    </message>
    <message>
        <source>Your compressor on %1 (%2): %3:1 from %4 dB, attack %5 ms, release %6 ms</source>
        <extracomment>%1 track, %2 the compressor plug-ins on its channel in the DAW, %3 ratio, %4 threshold, %5 attack, %6 release</extracomment>
        <translation>Ihr Kompressor auf %1 (%2): %3:1 ab %4 dB, Attack %5 ms, Release %6 ms</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: set it so rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Der Kanal hat in der %3-Session bereits %2: Stellen Sie ihn so ein, statt einen weiteren Kompressor einzufügen.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and is still out of range: lower its threshold or raise its ratio to this rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Der Bounce liegt in der %3-Session hinter %2 und ist noch außerhalb des Bereichs: Senken Sie dessen Threshold oder erhöhen Sie dessen Ratio auf diese Werte, statt einen weiteren Kompressor einzufügen.</translation>
    </message>
    <message>
        <source>Make %1 mono below %2</source>
        <translation>%1 unterhalb %2 mono machen</translation>
    </message>
    <message>
        <source>Add harmonics to %1 so it reads on small speakers</source>
        <translation>%1 Obertöne hinzufügen, damit es auf kleinen Lautsprechern hörbar bleibt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>%1 and %2 frequencies: a range of the spectrum</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Side-chain %1 to %2: duck %3 dB at each hit (%4)</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 dB, %4 a frequency or a range of them</extracomment>
        <translation>%1 per Sidechain von %2 steuern: bei jedem Schlag %3 dB ducken (%4)</translation>
    </message>
    <message>
        <source>Carve %1 dB at %2 out of %3 to make room for %4</source>
        <extracomment>%1 dB, %2 frequency, %3 the track that yields, %4 the one that keeps</extracomment>
        <translation>%1 dB bei %2 aus %3 herausnehmen, um Platz für %4 zu schaffen</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at unity: lower them all by %1 dB</source>
        <translation>Die Stems übersteuern den Summenbus bei Unity Gain: alle um %1 dB absenken</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at your faders: lower them all by %1 dB</source>
        <translation>Die Stems übersteuern den Summenbus bei Ihren Fadern: alle um %1 dB absenken</translation>
    </message>
    <message>
        <source>The stems may clip the mix bus: lower them all by up to %1 dB</source>
        <translation>Die Stems könnten den Summenbus übersteuern: alle um bis zu %1 dB absenken</translation>
    </message>
    <message>
        <source>The mix loses level in mono: check the wide stems</source>
        <translation>Der Mix verliert in Mono Pegel: die breiten Stems prüfen</translation>
    </message>
    <message>
        <source>The mix loses level in mono: narrow %1</source>
        <extracomment>%1 the tracks (&quot;Pad and Keys&quot;)</extracomment>
        <translation>Der Mix verliert in Mono Pegel: %1 schmaler machen</translation>
    </message>
    <message>
        <source>Bring up %1 by about %2 dB in the balance</source>
        <translation>%1 in der Balance um etwa %2 dB anheben</translation>
    </message>
    <message>
        <source>Pull down %1 by about %2 dB in the balance</source>
        <translation>%1 in der Balance um etwa %2 dB absenken</translation>
    </message>
    <message>
        <source>Raise the clip gain (not the fader) so plug-ins see a healthy level.</source>
        <translation>Den Clip-Gain anheben (nicht den Fader), damit die Plug-ins einen gesunden Pegel sehen.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest note.</source>
        <translation>Ein Hochpass mit %1 dB/Oktave bei %2 entfernt, was unterhalb des Parts liegt, ohne seinen tiefsten Ton zu berühren.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest useful content.</source>
        <translation>Ein Hochpass mit %1 dB/Oktave bei %2 entfernt, was unterhalb des Parts liegt, ohne seinen tiefsten nutzbaren Inhalt zu berühren.</translation>
    </message>
    <message>
        <source>A narrow bell cut at the resonance; sweep ±5 % around %1 to centre it by ear.</source>
        <translation>Eine schmale Glockenabsenkung auf der Resonanz; sweepen Sie ±5 % um %1, um sie nach Gehör zu zentrieren.</translation>
    </message>
    <message>
        <source>A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it.</source>
        <translation>Ein sanftes Shelf öffnet einen dumpfen Part; hebt es nur Rauschen an, muss die Quelle korrigiert werden.</translation>
    </message>
    <message>
        <source>A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone.</source>
        <translation>Ein Split-Band-De-Esser, der nur auf das Zischlautband wirkt, sodass der Rest der Stimme seinen Klang behält.</translation>
    </message>
    <message>
        <source>About %1 dB of gain reduction on the loudest passages evens the part out; a threshold on the short-term loudness scale (an RMS detector reads close to it).</source>
        <translation>Etwa %1 dB Gain-Reduktion auf den lautesten Passagen gleicht den Part aus; die Schwelle bezieht sich auf die Kurzzeit-Lautheit (ein RMS-Detektor misst ähnlich).</translation>
    </message>
    <message>
        <source>Invert one channel&apos;s polarity (or remove the widener) and compare in mono.</source>
        <translation>Die Polarität eines Kanals invertieren (oder den Stereoverbreiterer entfernen) und in Mono vergleichen.</translation>
    </message>
    <message>
        <source>A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono.</source>
        <translation>Ein Mid/Side-EQ oder ein Bass-Mono-Tool: Der Bassbereich bleibt auf Clubanlagen und in Mono stabil.</translation>
    </message>
    <message>
        <source>Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz.</source>
        <translation>Parallele Sättigung (Drive 6 dB, 30 % Wet) oder ein Obertonanreicherer oberhalb 500 Hz.</translation>
    </message>
    <message>
        <source>A bell cut on %1 where %2 lives; if both must stay full, cut %1 there only while %2 plays (dynamic EQ keyed by it).</source>
        <translation>Eine Glockenabsenkung auf %1 dort, wo %2 liegt; müssen beide voll bleiben, %1 dort nur absenken, während %2 spielt (dynamischer EQ, von %2 gesteuert).</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down by the same amount, so the balance stays and the bus peaks at -1 dBTP before any bus processing.</source>
        <translation>Alle Fader (oder einen VCA über alle) um denselben Betrag absenken, sodass die Balance erhalten bleibt und der Spitzenpegel des Busses vor jeder Summenbearbeitung bei -1 dBTP liegt.</translation>
    </message>
    <message>
        <source>Listen to the sum in mono; reduce the width (or fix the polarity) of the stems that disappear.</source>
        <translation>Die Summe in Mono abhören; die Breite der Stems verringern (oder ihre Polarität korrigieren), die dabei verschwinden.</translation>
    </message>
    <message>
        <source>A starting fader move; set the final balance by ear against the lead.</source>
        <translation>Ein erster Fader-Schritt; die endgültige Balance nach Gehör gegen die Leadstimme einstellen.</translation>
    </message>
    <message>
        <source>; the lowest note sits at %1, so the corner stays below it</source>
        <translation>; der tiefste Ton liegt bei %1, daher bleibt die Eckfrequenz darunter</translation>
    </message>
    <message>
        <source>; the rumble peaks near %1</source>
        <translation>; das Rumpeln hat seine Spitze bei etwa %1</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track.</source>
        <translation>Eine Resonanz bei %1 Hz ragt %2 dB über das umgebende Spektrum hinaus, mit Q %3 (-3-dB-Breite %4 Hz); sie klingt durch die ganze Spur.</translation>
    </message>
    <message>
        <source>they are %1 dB louder than the average frame, hence the range.</source>
        <translation>sie sind %1 dB lauter als der durchschnittliche Frame, daher der Regelbereich.</translation>
    </message>
    <message>
        <source>they are %1 dB quieter than the average frame, so a gentle range is enough.</source>
        <translation>sie sind %1 dB leiser als der durchschnittliche Frame, daher genügt ein sanfter Regelbereich.</translation>
    </message>
    <message>
        <source>Only %1 of the energy lies above 500 Hz: on phones and laptops, which reproduce little below 150 Hz, the bass line vanishes.</source>
        <translation>Nur %1 der Energie liegen über 500 Hz: Auf Smartphones und Laptops, die unter 150 Hz kaum etwas wiedergeben, verschwindet die Basslinie.</translation>
    </message>
    <message>
        <source>The stems&apos; true peaks add up to %1 dBTP: an upper bound (if their peaks coincide); the sum was not measured.</source>
        <translation>Die True Peaks der Stems addieren sich zu %1 dBTP: eine Obergrenze (falls ihre Spitzen zusammenfallen); die Summe wurde nicht gemessen.</translation>
    </message>
    <message>
        <source>Summed and folded to mono the session loses %1 dB (correlation of the sum %2); a mix with uncorrelated sides loses about 3 dB, more means parts cancel.</source>
        <translation>Summiert und auf Mono gefaltet verliert die Session %1 dB (Korrelation der Summe %2); ein Mix mit unkorrelierten Seiten verliert etwa 3 dB, mehr bedeutet, dass sich Teile auslöschen.</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>Flankensteilheit</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>Attack</translation>
    </message>
    <message>
        <source>release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>on the channel in the %1 session: %2</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;), %2 the plug-ins on the track&apos;s channel in its session (&quot;ACE EQ&quot;)</extracomment>
        <translation>auf dem Kanal in der %1-Session: %2</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>Knee</translation>
    </message>
    <message>
        <source>make-up gain</source>
        <translation>Make-up-Gain</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Regelbereich</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>side-chain input</source>
        <translation>Sidechain-Eingang</translation>
    </message>
    <message>
        <source>high-pass</source>
        <translation>Hochpass</translation>
    </message>
    <message>
        <source>low-pass</source>
        <translation>Tiefpass</translation>
    </message>
    <message>
        <source>bell</source>
        <translation>Glocke</translation>
    </message>
    <message>
        <source>high shelf</source>
        <translation>High-Shelf</translation>
    </message>
    <message>
        <source>low shelf</source>
        <translation>Low-Shelf</translation>
    </message>
    <message>
        <source>split-band</source>
        <translation>Split-Band</translation>
    </message>
    <message>
        <source>invert one channel&apos;s polarity</source>
        <translation>Polarität eines Kanals invertieren</translation>
    </message>
    <message>
        <source>true peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <source>integrated loudness</source>
        <translation>integrierte Lautheit</translation>
    </message>
    <message>
        <source>energy below the corner</source>
        <translation>Energie unter der Eckfrequenz</translation>
    </message>
    <message>
        <source>lowest f0</source>
        <translation>tiefste f0</translation>
    </message>
    <message>
        <source>lowest useful content</source>
        <translation>tiefster nutzbarer Inhalt</translation>
    </message>
    <message>
        <source>rumble peak</source>
        <translation>Rumpelspitze</translation>
    </message>
    <message>
        <source>resonance frequency</source>
        <translation>Resonanzfrequenz</translation>
    </message>
    <message>
        <source>resonance height</source>
        <translation>Resonanzhöhe</translation>
    </message>
    <message>
        <source>resonance Q</source>
        <translation>Resonanz-Q</translation>
    </message>
    <message>
        <source>centre frequency</source>
        <translation>Mittenfrequenz</translation>
    </message>
    <message>
        <source>sibilant frames</source>
        <translation>Zischlaut-Frames</translation>
    </message>
    <message>
        <source>sibilance peak</source>
        <translation>Zischlautspitze</translation>
    </message>
    <message>
        <source>sibilance excess</source>
        <translation>Zischlautüberschuss</translation>
    </message>
    <message>
        <source>loudness range</source>
        <translation>Lautheitsbereich</translation>
    </message>
    <message>
        <source>crest factor</source>
        <translation>Crestfaktor</translation>
    </message>
    <message>
        <source>short-term loudness, 95th percentile</source>
        <translation>Kurzzeit-Lautheit, 95. Perzentil</translation>
    </message>
    <message>
        <source>short-term loudness, 10th percentile</source>
        <translation>Kurzzeit-Lautheit, 10. Perzentil</translation>
    </message>
    <message>
        <source>transient density</source>
        <translation>Transientendichte</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>mono loss</source>
        <translation>Monoverlust</translation>
    </message>
    <message>
        <source>low-band correlation</source>
        <translation>Korrelation der tiefen Bänder</translation>
    </message>
    <message>
        <source>share below 250 Hz</source>
        <translation>Anteil unter 250 Hz</translation>
    </message>
    <message>
        <source>share above 500 Hz</source>
        <translation>Anteil über 500 Hz</translation>
    </message>
    <message>
        <source>level of the highs</source>
        <translation>Pegel der Höhen</translation>
    </message>
    <message>
        <source>level difference</source>
        <translation>Pegelunterschied</translation>
    </message>
    <message>
        <source>both active</source>
        <translation>beide aktiv</translation>
    </message>
    <message>
        <source>overlap from</source>
        <translation>Überlappung ab</translation>
    </message>
    <message>
        <source>overlap to</source>
        <translation>Überlappung bis</translation>
    </message>
    <message>
        <source>masking severity</source>
        <translation>Maskierungsgrad</translation>
    </message>
    <message>
        <source>true peak of the sum</source>
        <translation>True Peak der Summe</translation>
    </message>
    <message>
        <source>bound of the summed true peak</source>
        <translation>Obergrenze des summierten True Peaks</translation>
    </message>
    <message>
        <source>mono loss of the sum</source>
        <translation>Monoverlust der Summe</translation>
    </message>
    <message>
        <source>correlation of the sum</source>
        <translation>Korrelation der Summe</translation>
    </message>
    <message>
        <source>deviation from the balance</source>
        <translation>Abweichung von der Balance</translation>
    </message>
    <message>
        <source>sample peak</source>
        <translation>Sample-Spitzenpegel</translation>
    </message>
    <message>
        <source>missing audio</source>
        <translation>fehlendes Audio</translation>
    </message>
    <message>
        <source>clipped samples</source>
        <translation>geclippte Samples</translation>
    </message>
    <message>
        <source>clipped runs</source>
        <translation>Clipping-Stellen</translation>
    </message>
    <message>
        <source>silence at the start</source>
        <translation>Stille am Anfang</translation>
    </message>
    <message>
        <source>silence at the end</source>
        <translation>Stille am Ende</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>Anteil %1</translation>
    </message>
    <message>
        <source>%1 excess</source>
        <extracomment>%1 a band</extracomment>
        <translation>Überschuss %1</translation>
    </message>
    <message>
        <source>%1 share of %2</source>
        <extracomment>%1 a band, %2 a track</extracomment>
        <translation>Anteil %1 von %2</translation>
    </message>
    <message>
        <source>correlation of %1</source>
        <extracomment>%1 a track</extracomment>
        <translation>Korrelation von %1</translation>
    </message>
    <message>
        <source>type default (no pitch measured)</source>
        <translation>Typ-Standardwert (keine Tonhöhe gemessen)</translation>
    </message>
    <message>
        <source>threshold from here</source>
        <translation>Schwelle ab hier</translation>
    </message>
    <message>
        <source>threshold not below</source>
        <translation>Schwelle nicht darunter</translation>
    </message>
    <message>
        <source>upper bound from the stems</source>
        <translation>obere Grenze aus den Stems</translation>
    </message>
    <message>
        <source>fader gains and pans from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>Fader-Pegel und Panoramen aus der %1-Session</translation>
    </message>
    <message>
        <source>peaks stay below -6 dBTP</source>
        <translation>Spitzen bleiben unter -6 dBTP</translation>
    </message>
    <message>
        <source>loudest third of an octave in the band</source>
        <translation>lautestes Terzband im Band</translation>
    </message>
    <message>
        <source>&gt;= 6 dB above the surround (f/1.5…1.5f median)</source>
        <translation>&gt;= 6 dB über der Umgebung (Median f/1,5…1,5f)</translation>
    </message>
    <message>
        <source>&gt; 0.10 below 250 Hz</source>
        <translation>&gt; 0,10 unter 250 Hz</translation>
    </message>
    <message>
        <source>no sample above 0</source>
        <translation>kein Sample über 0</translation>
    </message>
    <message>
        <source>C major</source>
        <translation>C-Dur</translation>
    </message>
    <message>
        <source>Db major</source>
        <translation>Des-Dur</translation>
    </message>
    <message>
        <source>D major</source>
        <translation>D-Dur</translation>
    </message>
    <message>
        <source>Eb major</source>
        <translation>Es-Dur</translation>
    </message>
    <message>
        <source>E major</source>
        <translation>E-Dur</translation>
    </message>
    <message>
        <source>F major</source>
        <translation>F-Dur</translation>
    </message>
    <message>
        <source>F# major</source>
        <translation>Fis-Dur</translation>
    </message>
    <message>
        <source>G major</source>
        <translation>G-Dur</translation>
    </message>
    <message>
        <source>Ab major</source>
        <translation>As-Dur</translation>
    </message>
    <message>
        <source>A major</source>
        <translation>A-Dur</translation>
    </message>
    <message>
        <source>Bb major</source>
        <translation>B-Dur</translation>
    </message>
    <message>
        <source>B major</source>
        <translation>H-Dur</translation>
    </message>
    <message>
        <source>C minor</source>
        <translation>c-Moll</translation>
    </message>
    <message>
        <source>C# minor</source>
        <translation>cis-Moll</translation>
    </message>
    <message>
        <source>D minor</source>
        <translation>d-Moll</translation>
    </message>
    <message>
        <source>Eb minor</source>
        <translation>es-Moll</translation>
    </message>
    <message>
        <source>E minor</source>
        <translation>e-Moll</translation>
    </message>
    <message>
        <source>F minor</source>
        <translation>f-Moll</translation>
    </message>
    <message>
        <source>F# minor</source>
        <translation>fis-Moll</translation>
    </message>
    <message>
        <source>G minor</source>
        <translation>g-Moll</translation>
    </message>
    <message>
        <source>G# minor</source>
        <translation>gis-Moll</translation>
    </message>
    <message>
        <source>A minor</source>
        <translation>a-Moll</translation>
    </message>
    <message>
        <source>Bb minor</source>
        <translation>b-Moll</translation>
    </message>
    <message>
        <source>B minor</source>
        <translation>h-Moll</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
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
        <translation>Kurzzeit max.</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>Crest</translation>
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
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>corr</source>
        <translation>Korr.</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 is %2 dB louder than %3 (%4 vs %5 LUFS integrated).</source>
        <extracomment>%1 track A, %2 dB, %3 track B, %4 and %5 their loudness</extracomment>
        <translation>%1 ist %2 dB lauter als %3 (%4 gegenüber %5 LUFS integriert).</translation>
    </message>
    <message>
        <source>%1 is %2 dB quieter than %3 (%4 vs %5 LUFS integrated).</source>
        <translation>%1 ist %2 dB leiser als %3 (%4 gegenüber %5 LUFS integriert).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB higher than %4 (%5 dBTP).</source>
        <extracomment>%1 track A, %2 its true peak, %3 dB, %4 track B, %5 its true peak</extracomment>
        <translation>%1 erreicht Spitzen von %2 dBTP, %3 dB höher als %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB lower than %4 (%5 dBTP).</source>
        <translation>%1 erreicht Spitzen von %2 dBTP, %3 dB niedriger als %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 has %2 LU more loudness range than %3 (%4 vs %5 LU).</source>
        <extracomment>%1 track A, %2 LU, %3 track B, %4 and %5 their loudness ranges</extracomment>
        <translation>%1 hat %2 LU mehr Lautheitsbereich als %3 (%4 gegenüber %5 LU).</translation>
    </message>
    <message>
        <source>%1 has %2 LU less loudness range than %3 (%4 vs %5 LU).</source>
        <translation>%1 hat %2 LU weniger Lautheitsbereich als %3 (%4 gegenüber %5 LU).</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB higher (%3 vs %4 dB): it is less compressed than %5.</source>
        <extracomment>%1 track A, %2 dB, %3 and %4 the crest factors, %5 track B</extracomment>
        <translation>Der Crestfaktor von %1 ist %2 dB höher (%3 gegenüber %4 dB): Es ist weniger komprimiert als %5.</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB lower (%3 vs %4 dB): it is more compressed than %5.</source>
        <translation>Der Crestfaktor von %1 ist %2 dB niedriger (%3 gegenüber %4 dB): Es ist stärker komprimiert als %5.</translation>
    </message>
    <message>
        <source>%1 is wider than %2 (stereo width %3 vs %4).</source>
        <extracomment>%1 track A, %2 track B, %3 and %4 their widths</extracomment>
        <translation>%1 ist breiter als %2 (Stereobreite %3 gegenüber %4).</translation>
    </message>
    <message>
        <source>%1 is narrower than %2 (stereo width %3 vs %4).</source>
        <translation>%1 ist schmaler als %2 (Stereobreite %3 gegenüber %4).</translation>
    </message>
    <message>
        <source>%1 scores %2/100, %3 %4/100 (%5 points).</source>
        <extracomment>%1 track A, %2 its score, %3 track B, %4 its score, %5 the difference</extracomment>
        <translation>%1 erreicht %2/100, %3 %4/100 (%5 Punkte).</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: outside)</source>
        <translation> (Streuung der Referenzen ±%1 dB: außerhalb)</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: within)</source>
        <translation> (Streuung der Referenzen ±%1 dB: innerhalb)</translation>
    </message>
    <message>
        <source>a low shelf at %1</source>
        <translation>einem Low-Shelf bei %1</translation>
    </message>
    <message>
        <source>a high shelf at %1</source>
        <translation>einem High-Shelf bei %1</translation>
    </message>
    <message>
        <source>a broad bell (Q 0.7) at %1</source>
        <translation>einer breiten Glocke (Q 0,7) bei %1</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: cut %3 dB with %4, then listen again.</source>
        <extracomment>%1 track A, %2 track B, %3 dB, %4 the filter (&quot;a low shelf at 60 Hz&quot;)</extracomment>
        <translation>Um %1 an %2 anzunähern: %3 dB mit %4 absenken, dann erneut abhören.</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: boost %3 dB with %4, then listen again.</source>
        <translation>Um %1 an %2 anzunähern: %3 dB mit %4 anheben, dann erneut abhören.</translation>
    </message>
    <message>
        <source>To A/B fairly, lower %1 by %2 dB to %3&apos;s loudness.</source>
        <extracomment>%1 track A, %2 dB, %3 track B</extracomment>
        <translation>Für einen fairen A/B-Vergleich %1 um %2 dB auf die Lautheit von %3 absenken.</translation>
    </message>
    <message>
        <source>To A/B fairly, raise %1 by %2 dB to %3&apos;s loudness.</source>
        <translation>Für einen fairen A/B-Vergleich %1 um %2 dB auf die Lautheit von %3 anheben.</translation>
    </message>
    <message>
        <source>%1 is %2 dB more dynamic than %3: compress or limit it by about that much to match its density.</source>
        <translation>%1 ist %2 dB dynamischer als %3: Um etwa so viel komprimieren oder limitieren, um seine Dichte zu erreichen.</translation>
    </message>
    <message>
        <source>%1 is %2 dB denser than %3: ease its compression or limiting.</source>
        <translation>%1 ist %2 dB dichter als %3: Kompression oder Limiting zurücknehmen.</translation>
    </message>
    <message>
        <source>Narrow %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <extracomment>%1 track A, %2 its width, %3 track B, %4 its width</extracomment>
        <translation>%1 mit einer Mid/Side-Balance schmaler machen: Seine Breite beträgt %2, die von %3 %4.</translation>
    </message>
    <message>
        <source>Widen %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <translation>%1 mit einer Mid/Side-Balance breiter machen: Seine Breite beträgt %2, die von %3 %4.</translation>
    </message>
    <message>
        <source>   the mean of: %1</source>
        <translation>   der Mittelwert aus: %1</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Kein Unterschied über den Schwellen.</translation>
    </message>
    <message>
        <source>matched A-B</source>
        <translation>angeglichen A-B</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>band (dB)</source>
        <translation>Band (dB)</translation>
    </message>
    <message>
        <source>short-term loudness maximum</source>
        <translation>Kurzzeit-Lautheit, Maximum</translation>
    </message>
    <message>
        <source>RMS level</source>
        <translation>RMS-Pegel</translation>
    </message>
    <message>
        <source>peak-to-loudness ratio</source>
        <translation>Peak-to-Loudness-Ratio</translation>
    </message>
    <message>
        <source>dynamic range</source>
        <translation>Dynamikumfang</translation>
    </message>
    <message>
        <source>stereo width</source>
        <translation>Stereobreite</translation>
    </message>
    <message>
        <source>L/R correlation</source>
        <translation>L/R-Korrelation</translation>
    </message>
    <message>
        <source>spectral centroid</source>
        <translation>Spektraler Schwerpunkt</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <source>peak %1 dBFS (below %2 dBFS)</source>
        <translation>Spitze %1 dBFS (unter %2 dBFS)</translation>
    </message>
    <message>
        <source>every sample is zero</source>
        <translation>jedes Sample ist null</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&lt; %2)</source>
        <translation>%1 starke Transienten/s (&lt; %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n useful</source>
        <translation>
            <numerusform>%n nützlich</numerusform>
            <numerusform>%n nützlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not useful</source>
        <translation>
            <numerusform>%n nicht nützlich</numerusform>
            <numerusform>%n nicht nützlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n angewendet</numerusform>
            <numerusform>%n angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n verworfen</numerusform>
            <numerusform>%n verworfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) better</source>
        <translation>
            <numerusform>%n neuer Bounce besser</numerusform>
            <numerusform>%n neue Bounces besser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) worse</source>
        <translation>
            <numerusform>%n neuer Bounce schlechter</numerusform>
            <numerusform>%n neue Bounces schlechter</numerusform>
        </translation>
    </message>
    <message>
        <source>your feedback on %1 (%2) moved the confidence from %3 to %4</source>
        <extracomment>%1 track types (or &quot;vocals in rock&quot;), %2 the ratings (&quot;3 not useful, 1 applied&quot;), %3 and %4 confidences</extracomment>
        <translation>Ihr Feedback zu %1 (%2) hat die Konfidenz von %3 auf %4 verschoben</translation>
    </message>
    <message>
        <source>energy below %1</source>
        <translation>Energie unter %1</translation>
    </message>
    <message>
        <source>prominence at %1</source>
        <translation>Überhöhung bei %1</translation>
    </message>
    <message>
        <source>loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>%1 deficit</source>
        <translation>Defizit %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be accessed</source>
        <translation>auf die Datei kann nicht zugegriffen werden</translation>
    </message>
    <message>
        <source>it is a folder, not an audio file</source>
        <translation>es ist ein Ordner, keine Audiodatei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>it is not an audio file in a format Stemwise reads</source>
        <translation>es ist keine Audiodatei in einem Format, das Stemwise liest</translation>
    </message>
    <message>
        <source>the file cannot be read: permission denied</source>
        <translation>die Datei kann nicht gelesen werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>the file cannot be opened as audio</source>
        <translation>die Datei lässt sich nicht als Audio öffnen</translation>
    </message>
    <message>
        <source>the file declares no audio channels</source>
        <translation>die Datei gibt keine Audiokanäle an</translation>
    </message>
    <message>
        <source>the file has more channels than Stemwise reads</source>
        <translation>die Datei hat mehr Kanäle, als Stemwise liest</translation>
    </message>
    <message>
        <source>the file has no known length</source>
        <translation>die Länge der Datei ist unbekannt</translation>
    </message>
    <message>
        <source>the file is cut short before its first sample (truncated)</source>
        <translation>die Datei bricht vor ihrem ersten Sample ab (abgeschnitten)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ran out of memory while analysing</source>
        <translation>während der Analyse ging der Arbeitsspeicher aus</translation>
    </message>
    <message>
        <source>Could not analyse %1: %2</source>
        <translation>%1 konnte nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>its sample rate is outside the range Stemwise reads</source>
        <translation>ihre Abtastrate liegt außerhalb des Bereichs, den Stemwise liest</translation>
    </message>
    <message>
        <source>it contains no audio (0 frames)</source>
        <translation>sie enthält kein Audio (0 Frames)</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no audio input was found</source>
        <translation>es wurde kein Audioeingang gefunden</translation>
    </message>
    <message>
        <source>this input is not there any more (press Refresh)</source>
        <translation>dieser Eingang ist nicht mehr vorhanden (auf „Aktualisieren“ klicken)</translation>
    </message>
    <message>
        <source>a chosen channel does not exist on this input</source>
        <translation>ein gewählter Kanal existiert an diesem Eingang nicht</translation>
    </message>
    <message>
        <source>the input refuses this number of channels, sample rate or buffer size</source>
        <translation>der Eingang lehnt diese Kanalzahl, Abtastrate oder Puffergröße ab</translation>
    </message>
    <message>
        <source>the input cannot be opened (another program may be using it)</source>
        <translation>der Eingang kann nicht geöffnet werden (vielleicht nutzt ihn ein anderes Programm)</translation>
    </message>
    <message>
        <source>the audio system (PortAudio) cannot be started</source>
        <translation>das Audiosystem (PortAudio) kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the audio system cannot be loaded again after the audio server went away; restart Stemwise to meter again</source>
        <translation>das Audiosystem kann nach dem Wegfall des Audioservers nicht erneut geladen werden; starten Sie Stemwise neu, um wieder zu messen</translation>
    </message>
    <message>
        <source>the audio stream ended (device removed or audio server stopped)</source>
        <translation>der Audiostrom ist beendet (Gerät entfernt oder Audioserver gestoppt)</translation>
    </message>
    <message>
        <source>the input stopped delivering audio (device removed or audio server stopped)</source>
        <translation>der Eingang liefert kein Audio mehr (Gerät entfernt oder Audioserver gestoppt)</translation>
    </message>
    <message>
        <source>no audio came from the input for %1 s (device removed or audio server stopped)</source>
        <translation>seit %1 s kam kein Audio vom Eingang (Gerät entfernt oder Audioserver gestoppt)</translation>
    </message>
    <message>
        <source>the recording could not be completed (is the disk full?)</source>
        <translation>die Aufnahme konnte nicht vollständig geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a reason, then the library&apos;s or system&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>ermittelt</translation>
    </message>
    <message>
        <source>from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;, &quot;REAPER&quot;) whose session file stated the value</extracomment>
        <translation>aus der %1-Session</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is hotter than %2 tracks usually sit (above %3 LUFS): turn it down before the mix bus.</source>
        <translation>Mit %1 LUFS integriert ist die Spur heißer, als %2-Spuren üblicherweise liegen (über %3 LUFS): Senken Sie sie vor dem Summenbus ab.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below 60 Hz (typical: under %2 %): rumble or unneeded sub that eats headroom; consider a high-pass filter.</source>
        <translation>%1 % der Energie liegen unter 60 Hz (typisch: unter %2 %): Rumpeln oder unnötiger Subbass, der Headroom kostet; erwägen Sie einen Hochpass.</translation>
    </message>
    <message>
        <source>Low-mid build-up: %1 % of the energy lies in 250–500 Hz (typical: under %2 %), which sounds muddy and masks other tracks.</source>
        <translation>Anhäufung in den unteren Mitten: %1 % der Energie liegen bei 250–500 Hz (typisch: unter %2 %); das klingt mulmig und verdeckt andere Spuren.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies in 2–4 kHz (typical: under %2 %): likely harsh or fatiguing.</source>
        <translation>%1 % der Energie liegen bei 2–4 kHz (typisch: unter %2 %): wahrscheinlich scharf oder ermüdend.</translation>
    </message>
    <message>
        <source>The low end is not mono-compatible: correlation %1 between %2 Hz and %3 Hz. Keep the sub and bass region (close to) mono.</source>
        <translation>Der Bassbereich ist nicht monokompatibel: Korrelation %1 zwischen %2 Hz und %3 Hz. Halten Sie Sub- und Bassbereich (annähernd) mono.</translation>
    </message>
    <message>
        <source>A crest factor of %1 dB (typical: at least %2 dB) leaves little punch: the track may be over-compressed or limited.</source>
        <translation>Ein Crestfaktor von %1 dB (typisch: mindestens %2 dB) lässt wenig Punch: Die Spur ist möglicherweise überkomprimiert oder limitiert.</translation>
    </message>
    <message>
        <source>tempo %1 BPM, confidence %2 (&gt;= %3)</source>
        <translation>Tempo %1 BPM, Konfidenz %2 (≥ %3)</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&gt;= %2), crest factor %3 dB (&gt;= %4)</source>
        <translation>%1 starke Transienten/s (≥ %2), Crestfaktor %3 dB (≥ %4)</translation>
    </message>
    <message>
        <source>clear pitch in %1 % of the frames (&gt;= %2 %)</source>
        <translation>klare Tonhöhe in %1 % der Frames (≥ %2 %)</translation>
    </message>
    <message>
        <source>tonalness %1 (&gt;= %2)</source>
        <translation>Tonalität %1 (≥ %2)</translation>
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
        <translation>%1 (typisch %2)</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <extracomment>%1 a threshold in dB (&quot;&gt; -20 dB&quot;), %2 a frequency: the share of the energy below it</extracomment>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>corner %1 ≤ 0.8 × f0</source>
        <translation>Eckfrequenz %1 ≤ 0,8 × f0</translation>
    </message>
    <message>
        <source>Trim the clip or the first insert by %1 dB so the stem peaks near -6 dBTP and sits around %2 LUFS, leaving headroom for processing and the bus.</source>
        <extracomment>%1 dB, %2 LUFS</extracomment>
        <translation>Clip-Gain oder den ersten Insert um %1 dB absenken, damit der Stem Spitzen um -6 dBTP erreicht und bei etwa %2 LUFS liegt; so bleibt Headroom für Bearbeitung und Bus.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP and measures %2 LUFS; %3 stems are best staged at %4…%5 LUFS with peaks below -6 dBTP.</source>
        <extracomment>%1 true peak, %2 loudness, %3 track type, %4…%5 the type&apos;s window in LUFS</extracomment>
        <translation>Der Stem erreicht Spitzen von %1 dBTP und misst %2 LUFS; %3-Stems werden am besten auf %4…%5 LUFS mit Spitzen unter -6 dBTP ausgesteuert.</translation>
    </message>
    <message>
        <source>At %1 LUFS the stem is below the %2…%3 LUFS window of %4 stems; its true peak (%5 dBTP) leaves room for %6 dB.</source>
        <extracomment>%1 loudness, %2…%3 the type&apos;s window in LUFS, %4 track type, %5 true peak, %6 dB of room</extracomment>
        <translation>Mit %1 LUFS liegt der Stem unter dem Bereich von %2…%3 LUFS für %4-Stems; sein True Peak (%5 dBTP) lässt %6 dB Spielraum.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below %2 (%3 of it below 60 Hz; typical %4: under %5)%6%7.</source>
        <extracomment>%1 percent below the corner %2, %3 share below 60 Hz, %4 track type, %5 its usual most; %6 and %7 clauses that follow</extracomment>
        <translation>%1 % der Energie liegen unter %2 (davon %3 unter 60 Hz; typisch für %4: unter %5)%6%7.</translation>
    </message>
    <message>
        <source>; %1 rarely have useful content below %2</source>
        <extracomment>%1 track type (as the type&apos;s id), %2 frequency</extracomment>
        <translation>; %1-Spuren haben selten nutzbaren Inhalt unter %2</translation>
    </message>
    <message>
        <source>A broad bell cut in the low-mid; listen for the part staying full but clearer.</source>
        <translation>Eine breite Glockenabsenkung in den unteren Mitten; achten Sie darauf, dass der Part voll, aber klarer bleibt.</translation>
    </message>
    <message>
        <source>A broad bell cut in the upper-mid; listen for the part staying present but less edgy.</source>
        <translation>Eine breite Glockenabsenkung in den oberen Mitten; achten Sie darauf, dass der Part präsent, aber weniger kantig bleibt.</translation>
    </message>
    <message>
        <source>The %1 band (%2–%3 Hz) holds %4 of the energy, %5 dB above a typical %6 track (at most %7); its energy centres on %8.</source>
        <extracomment>%1 band, %2–%3 its edges, %4 its share, %5 dB above %6 (a track type), %7 the type&apos;s most, %8 frequency</extracomment>
        <translation>Das Band %1 (%2–%3 Hz) enthält %4 der Energie, %5 dB mehr als eine typische %6-Spur (höchstens %7); seine Energie konzentriert sich um %8.</translation>
    </message>
    <message>
        <source>The highs (4–10 kHz) hold %1 of the energy, %2 dB under the %3 a %4 track usually has.</source>
        <extracomment>%1 share of the highs, %2 dB under %3 (the usual share of a %4 track)</extracomment>
        <translation>Die Höhen (4–10 kHz) enthalten %1 der Energie, %2 dB unter den %3, die eine %4-Spur üblicherweise hat.</translation>
    </message>
    <message>
        <source>%1 % of the sung or spoken frames are dominated by 4.5–10 kHz (a voice&apos;s usual is under %2 %), peaking at %3; %4</source>
        <extracomment>%1 percent of the frames, %2 a voice&apos;s usual percent, %3 frequency, %4 the clause that follows</extracomment>
        <translation>%1 % der gesungenen oder gesprochenen Frames werden von 4,5–10 kHz dominiert (bei einer Stimme üblich: unter %2 %), mit der Spitze bei %3; %4</translation>
    </message>
    <message>
        <source>%1. %2; attack %3 ms for %4 strong onsets per second; %5.</source>
        <extracomment>%1 what is out of range, %2 where the threshold comes from, %3 attack, %4 onsets per second, %5 how the release is timed</extracomment>
        <translation>%1. %2; Attack %3 ms bei %4 starken Onsets pro Sekunde; %5.</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU)</source>
        <extracomment>%1 LU, %2 track type, %3 its usual most</extracomment>
        <translation>Der Lautheitsbereich beträgt %1 LU (ein %2-Part bleibt üblicherweise innerhalb von %3 LU)</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU); the crest factor is %4 dB (typical up to %5 dB)</source>
        <translation>Der Lautheitsbereich beträgt %1 LU (ein %2-Part bleibt üblicherweise innerhalb von %3 LU); der Crestfaktor beträgt %4 dB (typisch bis %5 dB)</translation>
    </message>
    <message>
        <source>The crest factor is %1 dB (typical up to %2 dB)</source>
        <translation>Der Crestfaktor beträgt %1 dB (typisch bis %2 dB)</translation>
    </message>
    <message>
        <source>The short-term loudness spans %1 (10th percentile) to %2 LUFS (95th): a threshold of %3 dB at %4:1 takes the %5 LU of excess range off the loudest passages</source>
        <extracomment>%1 10th percentile, %2 95th percentile, %3 threshold, %4 ratio, %5 LU of excess range</extracomment>
        <translation>Die Kurzzeit-Lautheit reicht von %1 (10. Perzentil) bis %2 LUFS (95. Perzentil): Eine Schwelle von %3 dB bei %4:1 nimmt die %5 LU überschüssigen Bereichs von den lautesten Passagen</translation>
    </message>
    <message>
        <source>Threshold from the 70th percentile of the short-term loudness (%1 LUFS; the loudest 5 % reach %2 LUFS)</source>
        <translation>Schwelle aus dem 70. Perzentil der Kurzzeit-Lautheit (%1 LUFS; die lautesten 5 % erreichen %2 LUFS)</translation>
    </message>
    <message>
        <source>release %1 ms = a quarter of a beat at %2 BPM</source>
        <translation>Release %1 ms = eine Viertel-Zählzeit bei %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half of a beat at %2 BPM</source>
        <translation>Release %1 ms = eine halbe Zählzeit bei %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = one whole of a beat at %2 BPM</source>
        <translation>Release %1 ms = eine ganze Zählzeit bei %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half the mean gap between onsets (%2 per second; no tempo known)</source>
        <translation>Release %1 ms = halber mittlerer Abstand zwischen Onsets (%2 pro Sekunde; kein Tempo bekannt)</translation>
    </message>
    <message>
        <source>release 150 ms (no tempo or onsets to time it to)</source>
        <translation>Release 150 ms (kein Tempo und keine Onsets, an denen es sich ausrichten ließe)</translation>
    </message>
    <message>
        <source>%1 of the energy is below 250 Hz and the channels correlate only %2 between %3 and %4 Hz.</source>
        <extracomment>%1 share below 250 Hz, %2 correlation, between %3 and %4 Hz</extracomment>
        <translation>%1 der Energie liegen unter 250 Hz, und die Kanäle korrelieren zwischen %3 und %4 Hz nur mit %2.</translation>
    </message>
    <message>
        <source>A compressor on %1 keyed by %2 (fast attack, release %3 ms%4), or a dynamic EQ on %5 only: %2 keeps its punch, %1 fills the gaps.</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 release, %4 the clause on the tempo, %5 a frequency or a range of them</extracomment>
        <translation>Ein Kompressor auf %1 mit %2 als Sidechain (schnelle Attack, Release %3 ms%4) oder ein dynamischer EQ nur auf %5: %2 behält seinen Punch, %1 füllt die Lücken.</translation>
    </message>
    <message>
        <source> = a sixteenth note at %1 BPM</source>
        <translation> = eine Sechzehntelnote bei %1 BPM</translation>
    </message>
    <message>
        <source>%1 and %2 put %3 % and %4 % of their energy into the %5 band (%6–%7 Hz) at levels %8 dB apart, and are active there together %9 % of the time; their spectra overlap most at %10. %11 yields: %12.</source>
        <extracomment>%1 and %2 tracks, %3 and %4 their percentages, %5 band, %6–%7 its edges, %8 dB, %9 percent of the time, %10 a frequency or a range of them, %11 the track that yields, %12 why</extracomment>
        <translation>%1 und %2 legen %3 % und %4 % ihrer Energie in das Band %5 (%6–%7 Hz), mit Pegeln %8 dB auseinander, und sind dort %9 % der Zeit gleichzeitig aktiv; ihre Spektren überlappen am stärksten bei %10. %11 weicht aus: %12.</translation>
    </message>
    <message>
        <source>in a mix this band usually belongs to the %1</source>
        <extracomment>%1 a track type</extracomment>
        <translation>im Mix gehört dieses Band üblicherweise der Spur %1</translation>
    </message>
    <message>
        <source>the sustained part makes room for the percussive one</source>
        <translation>der gehaltene Part macht dem perkussiven Platz</translation>
    </message>
    <message>
        <source>less of its energy is there</source>
        <translation>dort liegt weniger seiner Energie</translation>
    </message>
    <message>
        <source>Summed at unity gain, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP</extracomment>
        <translation>Bei Unity Gain summiert erreichen die %1 Stems %2 dBTP (an der Summe der Dateien gemessen, True Peak nach BS.1770-4): Der Bus übersteuert.</translation>
    </message>
    <message>
        <source>At the fader gains and pans of the %3 session, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP, %3 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>Mit den Fader-Pegeln und Panoramen der %3-Session erreichen die %1 Stems %2 dBTP (an der Summe der Dateien gemessen, True Peak nach BS.1770-4): Der Bus übersteuert.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>%1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 misst %2 LUFS. Da %3-Stems üblicherweise %4 LU vom lautesten Part entfernt liegen, liegt es %5 LU lauter, als der Rest der Session nahelegt.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 misst %2 LUFS. Da %3-Stems üblicherweise %4 LU vom lautesten Part entfernt liegen, liegt es %5 LU leiser, als der Rest der Session nahelegt.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 track types (&quot;vocals&quot;), %2 a genre</extracomment>
        <translation>%1 im Genre %2</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (better)</source>
        <extracomment>%1 the date it was applied, %2 what was measured, %3 before, %4 after (with its unit)</extracomment>
        <translation>angewendet am %1: %2 %3 → %4 (besser)</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (worse)</source>
        <translation>angewendet am %1: %2 %3 → %4 (schlechter)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <source>detected (%1)</source>
        <extracomment>%1 the tracks whose own estimate it is (&quot;Kick and Snare&quot;)</extracomment>
        <translation>ermittelt aus %1</translation>
    </message>
    <message numerus="yes">
        <source>detected (%1 and %n more)</source>
        <extracomment>%1 the first three tracks whose own estimate it is, %n how many more</extracomment>
        <translation>
            <numerusform>ermittelt aus %1 und %n weiteren</numerusform>
            <numerusform>ermittelt aus %1 und %n weiteren</numerusform>
        </translation>
    </message>
    <message>
        <source>momentary loudness maximum</source>
        <translation>Momentan-Lautheit, Maximum</translation>
    </message>
    <message>
        <source>M max</source>
        <translation>Momentan max.</translation>
    </message>
    <message>
        <source>peak-to-short-term loudness ratio</source>
        <translation>Peak-to-Short-Term-Loudness-Ratio</translation>
    </message>
    <message>
        <source>PSR</source>
        <translation>PSR</translation>
    </message>
    <message>
        <source>L/R balance (+ = left)</source>
        <translation>L/R-Balance (+ = links)</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>85 % roll-off</source>
        <translation>85-%-Roll-off</translation>
    </message>
    <message>
        <source>roll-off</source>
        <translation>Roll-off</translation>
    </message>
    <message>
        <source>over full scale</source>
        <translation>über Vollaussteuerung</translation>
    </message>
    <message>
        <source>%1 samples reach beyond full scale (up to %2 dBFS). The float file keeps them intact, so nothing is clipped; trim the stem before any fixed-point export.</source>
        <extracomment>%1 how many samples, %2 the highest sample in dBFS</extracomment>
        <translation>%1 Samples reichen über die Vollaussteuerung hinaus (bis %2 dBFS). Die Float-Datei bewahrt sie unversehrt, es wird also nichts geclippt; senken Sie den Pegel des Stems vor jedem Festkomma-Export.</translation>
    </message>
    <message>
        <source>Wide and decorrelated (correlation %1), not inverted: summed to mono it loses %2 dB. Check it in mono.</source>
        <translation>Breit und dekorreliert (Korrelation %1), nicht invertiert: In Mono summiert verliert die Spur %2 dB. Hören Sie sie in Mono ab.</translation>
    </message>
    <message>
        <source>Boost %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>%1 dB bei %2 (Q %3) auf %4 anheben</translation>
    </message>
    <message>
        <source>Check the polarity of %1: one channel looks inverted</source>
        <translation>Polarität von %1 prüfen: Ein Kanal wirkt invertiert</translation>
    </message>
    <message>
        <source>Listen to %1 in mono: it is wide and loses %2 dB</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>%1 in Mono abhören: breit, verliert %2 dB</translation>
    </message>
    <message>
        <source>Flip the polarity of %1: it cancels %2</source>
        <extracomment>%1 the track to flip, %2 the other</extracomment>
        <translation>Polarität von %1 umkehren: löscht %2 aus</translation>
    </message>
    <message>
        <source>A bell cut of the bump&apos;s width undoes it; sweep around the centre by ear.</source>
        <translation>Eine Glockenabsenkung von der Breite der Erhebung macht sie rückgängig; sweepen Sie nach Gehör um die Mitte.</translation>
    </message>
    <message>
        <source>A gentle bell boost fills the dip; if it only brings up noise, leave it.</source>
        <translation>Eine sanfte Glockenanhebung füllt die Senke; hebt sie nur Rauschen an, lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow it (width control, M/S) rather than flipping a channel.</source>
        <translation>Kein Polaritätsfehler: Die Seiten sind dekorreliert. Wird die Spur in Mono zu dünn, machen Sie sie schmaler (Breitenregler, M/S), statt einen Kanal umzupolen.</translation>
    </message>
    <message>
        <source>Invert the polarity of %1 (the whole track, both channels) and listen to the two together: the low end and the body come back. If they were recorded at different distances, nudge the timing too.</source>
        <translation>Kehren Sie die Polarität von %1 um (die ganze Spur, beide Kanäle) und hören Sie beide zusammen: Tiefen und Körper kommen zurück. Wurden sie in verschiedenen Abständen aufgenommen, verschieben Sie auch das Timing etwas.</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track and stays put while the notes change: it stands out in %5 of the %6 note groups, so it is not a played note.</source>
        <extracomment>%1 to %4 as in the resonance&apos;s reason above, %5 note groups where it stands out, of %6</extracomment>
        <translation>Eine Resonanz bei %1 Hz ragt %2 dB über das umgebende Spektrum hinaus, mit Q %3 (-3-dB-Breite %4 Hz); sie klingt durch die ganze Spur und bleibt stehen, während die Noten wechseln: Sie ragt in %5 der %6 Notengruppen heraus, ist also keine gespielte Note.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>Die spektrale Hüllkurve wölbt sich bei %2 um %1 dB (Q %3, aus ihrer Breite bei halber Verstärkung) gegenüber ihrem Verlauf eine Oktave zu beiden Seiten, im Median der %4 Notengruppen: Sie bleibt stehen, während die Noten wechseln, wie es ein EQ, ein Raum oder ein Mikrofon tut.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <translation>Die spektrale Hüllkurve sackt bei %2 um %1 dB ab (Q %3, aus ihrer Breite bei halber Verstärkung) gegenüber ihrem Verlauf eine Oktave zu beiden Seiten, im Median der %4 Notengruppen: Sie bleibt stehen, während die Noten wechseln, wie es ein EQ, ein Raum oder ein Mikrofon tut.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency, %3 Q</extracomment>
        <translation>Die spektrale Hüllkurve wölbt sich bei %2 um %1 dB (Q %3, aus ihrer Breite bei halber Verstärkung) gegenüber ihrem Verlauf eine Oktave zu beiden Seiten, über die ganze Spur (eine Notengruppe: keine Notenwechsel, an denen sie sich vom Part unterscheiden ließe).</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>Die spektrale Hüllkurve sackt bei %2 um %1 dB ab (Q %3, aus ihrer Breite bei halber Verstärkung) gegenüber ihrem Verlauf eine Oktave zu beiden Seiten, über die ganze Spur (eine Notengruppe: keine Notenwechsel, an denen sie sich vom Part unterscheiden ließe).</translation>
    </message>
    <message>
        <source>The left/right correlation is %1 (wide, not inverted: the low end does not cancel) and the mono fold-down loses %2 dB, more than the 3 dB of uncorrelated channels.</source>
        <translation>Die Links/Rechts-Korrelation beträgt %1 (breit, nicht invertiert: die Tiefen löschen sich nicht aus), und die Monosumme verliert %2 dB, mehr als die 3 dB unkorrelierter Kanäle.</translation>
    </message>
    <message>
        <source>%1 and %2 correlate at %3: they carry the same source in opposite polarity, and summed they lose %4 dB against their separate levels.</source>
        <extracomment>%1 and %2 the tracks, %3 their correlation, %4 dB</extracomment>
        <translation>%1 und %2 korrelieren mit %3: Sie tragen dieselbe Quelle in entgegengesetzter Polarität, und summiert verlieren sie %4 dB gegenüber ihren einzelnen Pegeln.</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegen</translation>
    </message>
    <message>
        <source>invert the polarity</source>
        <translation>Polarität umkehren</translation>
    </message>
    <message>
        <source>check in mono</source>
        <translation>in Mono prüfen</translation>
    </message>
    <message>
        <source>note groups</source>
        <translation>Notengruppen</translation>
    </message>
    <message>
        <source>note groups with the peak</source>
        <translation>Notengruppen mit der Spitze</translation>
    </message>
    <message>
        <source>centre of the bump or dip</source>
        <translation>Mitte der Erhebung oder Senke</translation>
    </message>
    <message>
        <source>size of the bump or dip</source>
        <translation>Größe der Erhebung oder Senke</translation>
    </message>
    <message>
        <source>Q of the bump or dip</source>
        <translation>Q der Erhebung oder Senke</translation>
    </message>
    <message>
        <source>low band from</source>
        <translation>Tiefenband ab</translation>
    </message>
    <message>
        <source>low band to</source>
        <translation>Tiefenband bis</translation>
    </message>
    <message>
        <source>correlation of the two stems</source>
        <translation>Korrelation der beiden Stems</translation>
    </message>
    <message>
        <source>loss of their sum</source>
        <translation>Verlust ihrer Summe</translation>
    </message>
    <message>
        <source>samples over full scale</source>
        <translation>Samples über Vollaussteuerung</translation>
    </message>
    <message>
        <source>&gt; 0 (float file)</source>
        <translation>&gt; 0 (Float-Datei)</translation>
    </message>
    <message>
        <source>&gt;= %1 % of %2 note groups</source>
        <extracomment>%1 a percentage, %2 how many note groups</extracomment>
        <translation>&gt;= %1 % von %2 Notengruppen</translation>
    </message>
    <message>
        <source>share of the file where the track plays</source>
        <translation>Anteil der Datei, in dem die Spur spielt</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>spielt</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>es wurde kein Audioausgang gefunden</translation>
    </message>
    <message>
        <source>this output is not there any more (choose another in Settings)</source>
        <translation>dieser Ausgang ist nicht mehr da (wählen Sie in den Einstellungen einen anderen)</translation>
    </message>
    <message>
        <source>The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial download or an interrupted export). What is there was analysed. Re-export it.</source>
        <translation>Die Datei ist abgeschnitten: Ihr Ende fehlt, wie viel Audio verloren ist, lässt sich nicht sagen (ein unvollständiger Download oder ein abgebrochener Export). Was da ist, wurde analysiert. Neu exportieren.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (singular in English: &quot;sub bass&quot;, &quot;bass&quot;, &quot;air&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1: %2 (%3) %4 dB höher als bei %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB niedriger als bei %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (plural in English: &quot;low mids&quot;, &quot;highs&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1: %2 (%3) %4 dB höher als bei %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB niedriger als bei %5%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB höher als bei %5, lautheitsangeglichen%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB niedriger als bei %5, lautheitsangeglichen%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB höher als bei %5, lautheitsangeglichen%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1: %2 (%3) %4 dB niedriger als bei %5, lautheitsangeglichen%6.</translation>
    </message>
    <message>
        <source>One channel looks polarity-inverted (correlation %1%2): the track thins out or vanishes in mono (it loses %3 dB). Check the polarity of one channel, or the stereo widener.</source>
        <extracomment>%1 correlation, %2 a clause on the low band (&quot;, -0.80 between 60 and 120 Hz&quot;) or nothing, %3 dB</extracomment>
        <translation>Ein Kanal wirkt in der Polarität invertiert (Korrelation %1%2): In Mono wird die Spur dünn oder verschwindet (sie verliert %3 dB). Prüfen Sie die Polarität eines Kanals oder den Stereoverbreiterer.</translation>
    </message>
    <message>
        <source>, %1 between %2 and %3 Hz</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>, %1 zwischen %2 und %3 Hz</translation>
    </message>
    <message>
        <source>&lt;= %1 with a mono loss &gt;= %2, or a low band &lt;= %3</source>
        <extracomment>the stereo verdict&apos;s rule for an inverted channel: %1 correlation, %2 dB, %3 correlation</extracomment>
        <translation>&lt;= %1 bei einem Mono-Verlust &gt;= %2, oder ein tiefes Band &lt;= %3</translation>
    </message>
    <message>
        <source>&lt;= %1 between %2 and %3 Hz</source>
        <extracomment>%1 a correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>&lt;= %1 zwischen %2 und %3 Hz</translation>
    </message>
    <message>
        <source>&gt; %1 (not inverted), &lt; %2 (wide)</source>
        <translation>&gt; %1 (nicht gedreht), &lt; %2 (breit)</translation>
    </message>
    <message>
        <source>%1…%2 (wide)</source>
        <translation>%1…%2 (breit)</translation>
    </message>
    <message>
        <source>&gt; %1 or correlation &lt; 0</source>
        <extracomment>%1 dB</extracomment>
        <translation>&gt; %1 oder Korrelation &lt; 0</translation>
    </message>
    <message>
        <source>The left/right correlation is %1%2; the mono fold-down loses %3 dB.</source>
        <extracomment>%1 correlation, %2 a clause on the low band or nothing, %3 dB</extracomment>
        <translation>Die Links/Rechts-Korrelation beträgt %1%2; die Monosumme verliert %3 dB.</translation>
    </message>
    <message>
        <source> and %1 between %2 and %3 Hz, where any natural recording correlates</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>Die Links/Rechts-Korrelation beträgt %1%2; die Mono-Summe verliert %3 dB.</translation>
    </message>
    <message>
        <source>envelope bump at %1</source>
        <translation>Buckel der Hüllkurve bei %1</translation>
    </message>
    <message>
        <source>envelope dip at %1</source>
        <translation>Senke der Hüllkurve bei %1</translation>
    </message>
    <message>
        <source>%1 is a lead element and keeps the band</source>
        <extracomment>%1 the track that keeps the band (a lead vocal, a lead synth)</extracomment>
        <translation>%1 ist ein Lead-Element und behält das Band</translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s)</source>
        <extracomment>%n how many stems have a line in the plan</extracomment>
        <translation>
            <numerusform>Gain-Plan: Clip-Gain und Fader von %n Stem</numerusform>
            <numerusform>Gain-Plan: Clip-Gain und Fader von %n Stems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s), then every fader %1</source>
        <extracomment>%n how many stems have a line in the plan, %1 the common fader move in dB (&quot;-3.0 dB&quot;)</extracomment>
        <translation>
            <numerusform>Gain-Plan: Clip-Gain und Fader von %n Stem, dann jeder Fader %1</numerusform>
            <numerusform>Gain-Plan: Clip-Gain und Fader von %n Stems, dann jeder Fader %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader (in dB, signed)</extracomment>
        <translation>%1: Clip-Gain %2, Fader %3 (sein Platz im Mix unverändert)</translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (%4 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader, %4 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1: Clip-Gain %2, Fader %3 (%4 im Mix)</translation>
    </message>
    <message>
        <source>%1: fader %2 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader (in dB, signed)</extracomment>
        <translation>%1: Fader %2 (sein Platz im Mix unverändert)</translation>
    </message>
    <message>
        <source>%1: fader %2 (%3 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader, %3 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1: Fader %2 (%3 im Mix)</translation>
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
        <translation>%1; dann alle Fader (oder einen VCA über alle) gemeinsam um %2 dB absenken.</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down %1 dB together.</source>
        <extracomment>%1 dB (the plan has no stem&apos;s line, only the common move)</extracomment>
        <translation>Alle Fader (oder einen VCA über alle) gemeinsam um %1 dB absenken.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for.</source>
        <translation>Die Pegelschritte der Session an einem Ort: Das Clip-Gain eines Stems bereitet ihn für seine Plug-ins vor (Spitzen unter -6 dBTP), sein Fader bestimmt seinen Platz in der Balance, sodass kein Stem zwei Gain-Schritte bekommt, die sich zu einem addieren, den niemand wollte.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for; the common move keeps the bus under -1 dBTP (the sum measured at unity: measure it again after the moves).</source>
        <translation>Die Pegelschritte der Session an einem Ort: Das Clip-Gain eines Stems bereitet ihn für seine Plug-ins vor (Spitzen unter -6 dBTP), sein Fader bestimmt seinen Platz in der Balance, sodass kein Stem zwei Gain-Schritte bekommt, die sich zu einem addieren, den niemand wollte; der gemeinsame Schritt hält den Bus unter -1 dBTP (die Summe bei Unity Gain gemessen: nach den Schritten erneut messen).</translation>
    </message>
    <message>
        <source>A line of the session&apos;s gain plan, which sums the level moves.</source>
        <extracomment>a plan note on a level move the gain plan sums</extracomment>
        <translation>Eine Zeile des Gain-Plans der Session, der die Pegelschritte zusammenfasst.</translation>
    </message>
    <message>
        <source>It replaces “%1”, which works against it.</source>
        <extracomment>a plan note: %1 the title of the move dropped for this one</extracomment>
        <translation>Dieser Eingriff ersetzt „%1“, der ihm entgegenwirkt.</translation>
    </message>
    <message>
        <source>It also does the work of “%1”.</source>
        <extracomment>a plan note: %1 the title of the move merged into this one</extracomment>
        <translation>Dieser Eingriff erledigt auch die Arbeit von „%1“.</translation>
    </message>
    <message>
        <source>true peak of %1</source>
        <extracomment>%1 a track (a line of the gain plan)</extracomment>
        <translation>True Peak von %1</translation>
    </message>
    <message>
        <source>integrated loudness of %1</source>
        <translation>integrierte Lautheit von %1</translation>
    </message>
    <message>
        <source>deviation of %1 from the balance</source>
        <translation>Abweichung der Spur %1 von der Balance</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>Die spektrale Hüllkurve wölbt sich bei %2 um %1 dB in der Form einer Glocke mit Q %3, angepasst über der Linie, der sie dort folgt, im Median ihrer %4 Notengruppen: die Form eines EQs, die stehen bleibt, während die Noten wechseln.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <translation>Die spektrale Hüllkurve senkt sich bei %2 um %1 dB in der Form einer Glocke mit Q %3, angepasst unter der Linie, der sie dort folgt, im Median ihrer %4 Notengruppen: die Form eines EQs, die stehen bleibt, während die Noten wechseln.</translation>
    </message>
    <message>
        <source>Cut %1 dB above %2 with a high shelf on %3</source>
        <extracomment>%1 dB, %2 frequency (the shelf&apos;s midpoint), %3 track</extracomment>
        <translation>%1 dB über %2 mit einem High-Shelf absenken auf %3</translation>
    </message>
    <message>
        <source>Cut %1 dB below %2 with a low shelf on %3</source>
        <translation>%1 dB unter %2 mit einem Low-Shelf absenken auf %3</translation>
    </message>
    <message>
        <source>Boost %1 dB above %2 with a high shelf on %3</source>
        <translation>%1 dB über %2 mit einem High-Shelf anheben auf %3</translation>
    </message>
    <message>
        <source>Boost %1 dB below %2 with a low shelf on %3</source>
        <translation>%1 dB unter %2 mit einem Low-Shelf anheben auf %3</translation>
    </message>
    <message>
        <source>A shelf of slope 1 with its midpoint at the step undoes it; trim its gain by ear.</source>
        <translation>Ein Shelf mit Flankensteilheit 1 und seinem Mittelpunkt an der Stufe macht sie rückgängig; die Verstärkung nach Gehör feinjustieren.</translation>
    </message>
    <message>
        <source>A gentle shelf gives back what the step took; if it only brings up noise, leave it.</source>
        <translation>Ein sanftes Shelf gibt zurück, was die Stufe genommen hat; hebt es nur Rauschen an, lassen Sie es.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint), %3 how many note groups</extracomment>
        <translation>Die spektrale Hüllkurve steigt bei %2 stufenweise um %1 dB an (ein Shelf mit Flankensteilheit 1, angepasst über der Linie, der die Hüllkurve dort folgt), im Median der %3 Notengruppen: Sie bleibt stehen, während die Noten wechseln, wie es ein EQ oder ein Mikrofon tut.</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <translation>Die spektrale Hüllkurve fällt bei %2 stufenweise um %1 dB ab (ein Shelf mit Flankensteilheit 1, angepasst über der Linie, der die Hüllkurve dort folgt), im Median der %3 Notengruppen: Sie bleibt stehen, während die Noten wechseln, wie es ein EQ oder ein Mikrofon tut.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint)</extracomment>
        <translation>Die spektrale Hüllkurve steigt bei %2 stufenweise um %1 dB an (ein Shelf mit Flankensteilheit 1, angepasst über der Linie, der die Hüllkurve dort folgt), über die ganze Spur (eine Notengruppe: keine Notenwechsel, an denen man sie vom Part unterscheiden könnte).</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>Die spektrale Hüllkurve fällt bei %2 stufenweise um %1 dB ab (ein Shelf mit Flankensteilheit 1, angepasst über der Linie, der die Hüllkurve dort folgt), über die ganze Spur (eine Notengruppe: keine Notenwechsel, an denen man sie vom Part unterscheiden könnte).</translation>
    </message>
    <message>
        <source>envelope step at %1</source>
        <translation>Hüllkurvenstufe bei %1</translation>
    </message>
    <message>
        <source>confidence of the track type</source>
        <translation>Sicherheit des Spurtyps</translation>
    </message>
    <message>
        <source>type conf.</source>
        <translation>Typ-Sich.</translation>
    </message>
    <message>
        <source>Named as %1, but it sounds like %2 (the audio is %3 % sure). Check that the right file was bounced, or set the type by hand.</source>
        <extracomment>%1 the type the name gives, %2 the type the audio suggests, %3 how sure the audio is, in %</extracomment>
        <translation>Als %1 benannt, klingt aber wie %2 (der Klang ist sich zu %3 % sicher). Prüfen Sie, ob die richtige Datei gebounct wurde, oder legen Sie den Typ von Hand fest.</translation>
    </message>
    <message>
        <source>%1 (type uncertain: the audio suggests %2, confidence %3; general ranges)</source>
        <extracomment>a threshold: %1 a value with its unit %1 the comparison (&quot;&gt; 0.05&quot;), %2 the type the audio suggests, %3 how sure it is (0–1)</extracomment>
        <translation>%1 (Typ unsicher: der Klang deutet auf %2, Konfidenz %3; allgemeine Bereiche)</translation>
    </message>
    <message>
        <source>distance from the nearest played note</source>
        <translation>Abstand zur nächsten gespielten Note</translation>
    </message>
    <message>
        <source>%1 (ratings from other projects count for at most ±%2)</source>
        <extracomment>%1 &quot;your feedback on … moved the confidence from … to …&quot;, %2 the most other projects may move it (0.15)</extracomment>
        <translation>%1 (Bewertungen aus anderen Projekten zählen höchstens ±%2)</translation>
    </message>
    <message>
        <source>%1 brings in %2, yet it is no louder than %4 (%3 LU): it does not lift.</source>
        <extracomment>%1 a section (&quot;Chorus (B)&quot;), %2 the stems that enter, %3 the loudness change in LU (signed), %4 the section before</extracomment>
        <translation>%1 bringt %2 hinzu, ist aber nicht lauter als %4 (%3 LU): der Teil hebt sich nicht ab.</translation>
    </message>
    <message>
        <source>The low end (20–250 Hz) of %1 lies %2 dB below that of %3 while the loudness holds.</source>
        <extracomment>%1 a section, %2 dB, %3 the section before</extracomment>
        <translation>Der Tiefenbereich (20–250 Hz) von %1 liegt %2 dB unter dem von %3, während die Lautheit gleich bleibt.</translation>
    </message>
    <message>
        <source>%1 runs %2 bars with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in bars</extracomment>
        <translation>%1 läuft %2 Takte mit denselben Stems auf denselben Pegeln: erwägen Sie eine Änderung (eine Stimme hinein oder hinaus, ein Fill).</translation>
    </message>
    <message>
        <source>%1 runs %2 s with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in seconds</extracomment>
        <translation>%1 läuft %2 s mit denselben Stems auf denselben Pegeln: erwägen Sie eine Änderung (eine Stimme hinein oder hinaus, ein Fill).</translation>
    </message>
    <message>
        <source>heard apart by their pans</source>
        <translation>durch ihr Panorama getrennt hörbar</translation>
    </message>
    <message>
        <source>against the section&apos;s loudness</source>
        <translation>gegenüber der Lautheit des Abschnitts</translation>
    </message>
    <message>
        <source>against the sections&apos; loudness, median</source>
        <translation>gegenüber der Lautheit der Abschnitte, Median</translation>
    </message>
    <message>
        <source>out of its place by</source>
        <translation>von seinem Platz abweichend um</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB in %3</source>
        <extracomment>%1 track, %2 dB, %3 a section with its times</extracomment>
        <translation>%1 in %3 um %2 dB anheben</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB in %3</source>
        <translation>%1 in %3 um %2 dB absenken</translation>
    </message>
    <message>
        <source>Automate the fader (or the clip gain) of %1 over %2, so that it keeps the place it holds in the rest of the song.</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>Automatisieren Sie den Fader (oder den Clip-Gain) von %1 über %2, damit es den Platz behält, den es im Rest des Songs hat.</translation>
    </message>
    <message>
        <source>In %1, %2 sits at %3 LU against the section&apos;s loudness; over the %5 sections where it plays, at %4 LU (their median).</source>
        <extracomment>%1 a section, %2 track, %3 LU (signed) against the section&apos;s loudness, %4 LU (signed): the median over the sections where it plays, %5 how many</extracomment>
        <translation>In %1 liegt %2 bei %3 LU gegenüber der Lautheit des Abschnitts; über die %5 Abschnitte, in denen es spielt, bei %4 LU (ihr Median).</translation>
    </message>
    <message>
        <source>%1 (%2–%3 s)</source>
        <extracomment>a section of the song: %1 its name, %2 and %3 its start and end in seconds</extracomment>
        <translation>%1 (%2–%3 s)</translation>
    </message>
    <message>
        <source>The key changes at %1: from %2 in %5 to %3 (%4 semitones).</source>
        <extracomment>%1 a section, %2 the key before (“A minor”), %3 the key of %1, %4 the shift in semitones (signed), %5 the section before</extracomment>
        <translation>Die Tonart wechselt bei %1: von %2 in %5 zu %3 (%4 Halbtöne).</translation>
    </message>
    <message>
        <source>section %1</source>
        <extracomment>a section without a name of its own; %1 its number in the song</extracomment>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a section&apos;s name (&quot;section 3&quot;, &quot;Chorus&quot;), %2 its group (&quot;A&quot;, &quot;B′&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in</source>
        <extracomment>what changed at a boundary between sections; %1 the stems</extracomment>
        <translation>%1 setzt ein</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 setzt aus</translation>
    </message>
    <message>
        <source>%1 louder</source>
        <translation>%1 lauter</translation>
    </message>
    <message>
        <source>%1 quieter</source>
        <translation>%1 leiser</translation>
    </message>
    <message>
        <source>ride</source>
        <translation>Fahrt</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>clip gain</source>
        <translation>Clip-Gain</translation>
    </message>
    <message>
        <source>fader</source>
        <translation>Fader</translation>
    </message>
    <message>
        <source>change in the mix</source>
        <translation>Änderung im Mix</translation>
    </message>
    <message>
        <source>bus gain</source>
        <translation>Bus-Gain</translation>
    </message>
    <message>
        <source>intro</source>
        <extracomment>a section&apos;s function in the song, as its name (analysis/sectionnames.h)</extracomment>
        <translation>Intro</translation>
    </message>
    <message>
        <source>verse</source>
        <translation>Strophe</translation>
    </message>
    <message>
        <source>pre-chorus</source>
        <translation>Pre-Chorus</translation>
    </message>
    <message>
        <source>chorus</source>
        <translation>Refrain</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <source>outro</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a section&apos;s name that occurs more than once: %1 the name (&quot;verse&quot;), %2 its number in the song</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the first section, %1 stems playing (the fullest section: %2); %3 enter after it</source>
        <extracomment>why a section is named so. %1 how many stems play in it, %2 how many the fullest section has, %3 the stems (read only: texts written before the intro&apos;s and outro&apos;s sentences had plural forms; new ones are the _n below)</extracomment>
        <translation>der erste Abschnitt, %1 Stems spielen (der vollste Abschnitt: %2); danach setzen %3 ein</translation>
    </message>
    <message>
        <source>the last section, %1 stems playing (the fullest section: %2); %3 leave as it starts</source>
        <translation>der letzte Abschnitt, %1 Stems spielen (der vollste Abschnitt: %2); zu seinem Beginn hören %3 auf</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, fuller and louder than group %4 before it (%5 stems at %6 LUFS)</source>
        <extracomment>%1 the group (&quot;B&quot;), %2 stems playing on average, %3 LUFS on average, %4 the verses&apos; group, %5 and %6 their stems and LUFS</extracomment>
        <translation>Gruppe %1: im Mittel %2 Stems bei %3 LUFS, voller und lauter als Gruppe %4 davor (%5 Stems bei %6 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, before the choruses (group %4)</source>
        <extracomment>%1 the group, %2 stems playing on average, %3 LUFS on average, %4 the choruses&apos; group</extracomment>
        <translation>Gruppe %1: im Mittel %2 Stems bei %3 LUFS, vor den Refrains (Gruppe %4)</translation>
    </message>
    <message>
        <source>group %1, each time between a verse and a chorus</source>
        <translation>Gruppe %1, jedes Mal zwischen Strophe und Refrain</translation>
    </message>
    <message>
        <source>%1 stop for it and play again after it</source>
        <extracomment>%1 the drum and bass stems</extracomment>
        <translation>%1 pausieren darin und spielen danach wieder</translation>
    </message>
    <message>
        <source>%1 return after the break; the fullest and loudest section (%2 stems at %3 LUFS)</source>
        <extracomment>%1 the drum and bass stems, %2 stems playing, %3 LUFS</extracomment>
        <translation>%1 kehren nach dem Break zurück; der vollste und lauteste Abschnitt (%2 Stems bei %3 LUFS)</translation>
    </message>
    <message>
        <source>group %1, played once, between choruses</source>
        <translation>Gruppe %1, einmal gespielt, zwischen Refrains</translation>
    </message>
    <message>
        <source>loudness of the choruses</source>
        <translation>Lautheit der Refrains</translation>
    </message>
    <message>
        <source>loudness of the verses</source>
        <translation>Lautheit der Strophen</translation>
    </message>
    <message>
        <source>lift of the choruses</source>
        <translation>Abheben der Refrains</translation>
    </message>
    <message>
        <source>bars unchanged</source>
        <translation>Takte ohne Änderung</translation>
    </message>
    <message>
        <source>time unchanged</source>
        <translation>Zeit ohne Änderung</translation>
    </message>
    <message>
        <source>share of the song it plays in</source>
        <translation>Anteil des Songs, in dem es spielt</translation>
    </message>
    <message>
        <source>Lift the choruses: raise %1 by %2 dB in %3</source>
        <extracomment>workflow suggestions from the arrangement (suggest/arrangementrules.cpp). %1 the stems, %2 dB, %3 the choruses (&quot;chorus 1 and chorus 2&quot;)</extracomment>
        <translation>Refrains abheben: %1 in %3 um %2 dB anheben</translation>
    </message>
    <message>
        <source>Lift the choruses: raise the mix bus by %1 dB in %2</source>
        <extracomment>%1 dB, %2 the choruses</extracomment>
        <translation>Refrains abheben: den Summenbus in %2 um %1 dB anheben</translation>
    </message>
    <message>
        <source>Automate the faders of %1 over %2, or give the choruses more of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the stems, %2 the choruses with their times</extracomment>
        <translation>Automatisieren Sie die Fader von %1 über %2, oder geben Sie den Refrains mehr Eigenes (eine Dopplung, einen Layer, eine Percussion-Spur).</translation>
    </message>
    <message>
        <source>Nothing plays in the choruses only: automate the mix bus (or a VCA over every stem) over %1, before the bus compressor and limiter, or give the choruses a part of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the choruses with their times</extracomment>
        <translation>Nichts spielt nur in den Refrains: Automatisieren Sie den Summenbus (oder einen VCA über alle Stems) über %1, vor Summenkompressor und Limiter, oder geben Sie den Refrains eine eigene Spur (eine Dopplung, einen Layer, eine Percussion-Spur).</translation>
    </message>
    <message>
        <source>The choruses measure %1 LUFS, the verses %2 LUFS (the stems summed): they lift by %3 LU, less than %4 LU. With the ride they lift by about %5 LU.</source>
        <extracomment>%1 the choruses&apos; LUFS, %2 the verses&apos; LUFS, %3 the lift in LU (signed), %4 the lift it should reach at least, %5 the lift after the move</extracomment>
        <translation>Die Refrains messen %1 LUFS, die Strophen %2 LUFS (die Stems summiert): Sie heben sich um %3 LU ab, weniger als %4 LU. Mit der Automation heben sie sich um etwa %5 LU ab.</translation>
    </message>
    <message>
        <source>Change something in %1 at bar %2 (%3 s)</source>
        <extracomment>%1 a section, %2 a bar number, %3 its time in seconds</extracomment>
        <translation>Ändern Sie etwas in %1 bei Takt %2 (%3 s)</translation>
    </message>
    <message>
        <source>Change something in %1 around %2 s</source>
        <extracomment>%1 a section, %2 a time in seconds</extracomment>
        <translation>Ändern Sie etwas in %1 um %2 s</translation>
    </message>
    <message>
        <source>Bring a part in or take one out there, or add a fill or a variation: the same stems at the same levels for this long let the listener&apos;s attention go.</source>
        <translation>Lassen Sie dort eine Spur einsetzen oder aussetzen, oder fügen Sie ein Fill oder eine Variation ein: dieselben Stems auf demselben Pegel so lange lassen die Aufmerksamkeit der Hörer sinken.</translation>
    </message>
    <message>
        <source>%1 plays only in %2</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>%1 spielt nur in %2</translation>
    </message>
    <message>
        <source>If it is a one-off colour, give it its moment (ride it up where it enters); otherwise bring it back later (in the last chorus, say) so that it belongs. Strip the silence from the rest of %1&apos;s track to keep the session tidy.</source>
        <extracomment>%1 track</extracomment>
        <translation>Ist es eine einmalige Farbe, geben Sie ihr ihren Moment (beim Einsatz hochfahren); sonst bringen Sie sie später wieder (etwa im letzten Refrain), damit sie dazugehört. Entfernen Sie die Stille im Rest der Spur von %1, damit die Session aufgeräumt bleibt.</translation>
    </message>
    <message>
        <source>%1 plays %2 s of the song&apos;s %3 s, all in one of its %4 sections.</source>
        <extracomment>%1 track, %2 seconds it plays, %3 the song&apos;s length in seconds, %4 how many sections the song has</extracomment>
        <translation>%1 spielt %2 s der %3 s des Songs, alle in einem seiner %4 Abschnitte.</translation>
    </message>
    <message>
        <source>harmony changes</source>
        <extracomment>what changed in a mix alone (no stems) at a boundary between sections: its chords or melody</extracomment>
        <translation>Harmonik wechselt</translation>
    </message>
    <message>
        <source>timbre changes</source>
        <extracomment>what changed in a mix alone at a boundary: its band balance (instruments in or out, another sound)</extracomment>
        <translation>Klangfarbe wechselt</translation>
    </message>
    <message>
        <source>%1 dB louder</source>
        <extracomment>what changed in a mix alone at a boundary; %1 dB</extracomment>
        <translation>%1 dB lauter</translation>
    </message>
    <message>
        <source>%1 dB quieter</source>
        <translation>%1 dB leiser</translation>
    </message>
    <message>
        <source>against your references</source>
        <translation>gegenüber Ihren Referenzen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>above 90 %</source>
        <translation>über 90 %</translation>
    </message>
    <message>
        <source>below 90 %</source>
        <translation>unter 90 %</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>loudness relative to the song</source>
        <translation>Lautheit relativ zum Song</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>über 90 % Ihrer Referenzen</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>unter 90 % Ihrer Referenzen</translation>
    </message>
    <message>
        <source>above 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>über 90 % der Abschnitte „%1“ Ihrer Referenzen</translation>
    </message>
    <message>
        <source>below 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>unter 90 % der Abschnitte „%1“ Ihrer Referenzen</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 dB relative to the loudness, %5 (10–90 %: %6 to %7 dB, median %8 dB).</source>
        <extracomment>%1 the track, %2 a band (&quot;low mids&quot;), %3 its range in Hz, %4 dB, %5 &quot;above 90 % of your references&quot;, %6-%8 dB</extracomment>
        <translation>%1: %2 (%3) bei %4 dB relativ zur Lautheit, %5 (10–90 %: %6 bis %7 dB, Median %8 dB).</translation>
    </message>
    <message>
        <source>%1: PLR %2 dB, %3 (10–90 %: %4 to %5 dB, median %6 dB).</source>
        <extracomment>%1 the track, %2 dB, %3 &quot;above 90 % of your references&quot;, %4-%6 dB</extracomment>
        <translation>%1: PLR %2 dB, %3 (10–90 %: %4 bis %5 dB, Median %6 dB).</translation>
    </message>
    <message>
        <source>%1: loudness range %2 LU, %3 (10–90 %: %4 to %5 LU, median %6 LU).</source>
        <extracomment>%1 the track, %2 LU, %3 &quot;above 90 % of your references&quot;, %4-%6 LU</extracomment>
        <translation>%1: Lautheitsbereich %2 LU, %3 (10–90 %: %4 bis %5 LU, Median %6 LU).</translation>
    </message>
    <message>
        <source>%1: stereo width %2, %3 (10–90 %: %4 to %5, median %6).</source>
        <extracomment>%1 the track, %2 width (a ratio), %3 &quot;above 90 % of your references&quot;, %4-%6 widths</extracomment>
        <translation>%1: Stereobreite %2, %3 (10–90 %: %4 bis %5, Median %6).</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, louder than group %3 before it (%4 LUFS)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 and %4 their mean loudness in LUFS</extracomment>
        <translation>Gruppe %1: im Mittel %2 LUFS, lauter als Gruppe %3 davor (%4 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, before the louder choruses (group %3)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 its mean loudness in LUFS</extracomment>
        <translation>Gruppe %1: im Mittel %2 LUFS, vor den lauteren Refrains (Gruppe %3)</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 (%4) at %5 dB relative to their loudness, %6 (10–90 %: %7 to %8 dB, median %9 dB).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 a band, %4 its range in Hz, %5 dB (the mean over the track&apos;s sections of the type), %6 &quot;above 90 % of the chorus sections of your references&quot;, %7-%9 dB</extracomment>
        <translation>%1, Abschnitte „%2“: %3 (%4) bei %5 dB relativ zu ihrer Lautheit, %6 (10–90 %: %7 bis %8 dB, Median %9 dB).</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 LU relative to the song&apos;s loudness, %4 (10–90 %: %5 to %6 LU, median %7 LU).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 LU (the mean over the track&apos;s sections of the type), %4 &quot;above 90 % of the chorus sections of your references&quot;, %5-%7 LU</extracomment>
        <translation>%1, Abschnitte „%2“: %3 LU relativ zur Lautheit des Songs, %4 (10–90 %: %5 bis %6 LU, Median %7 LU).</translation>
    </message>
    <message>
        <source>genre %1</source>
        <extracomment>%1 the genre the user set (&quot;rock&quot;)</extracomment>
        <translation>Genre %1</translation>
    </message>
    <message>
        <source>genre not set</source>
        <translation>Genre nicht gesetzt</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2; runner-up %3)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;), %3 the next nearest genre</extracomment>
        <translation>Genre: %1 (geschätzt, %2; danach %3)</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;)</extracomment>
        <translation>Genre: %1 (geschätzt, %2)</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2; runner-up %3), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;), %3 the next nearest</extracomment>
        <translation>Genre unsicher (am nächsten %1, %2; danach %3), nicht verwendet</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;)</extracomment>
        <translation>Genre unsicher (am nächsten %1, %2), nicht verwendet</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB around %3 in the shape of a bell of Q %4, the rest of the spectrum unchanged (the bell explains %5 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 Q, %5 per cent</extracomment>
        <translation>Seit dem am %1 analysierten Bounce hat sich das Spektrum dieser Spur um %2 dB um %3 verändert, in der Form einer Glocke mit Q %4, der Rest des Spektrums unverändert (die Glocke erklärt %5 % der Änderung): ein EQ oder ein Plug-in wurde verstellt. War das nicht beabsichtigt, macht dies es rückgängig.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB above %3 in the shape of a high shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Seit dem am %1 analysierten Bounce hat sich das Spektrum dieser Spur oberhalb von %3 um %2 dB verändert, in der Form eines High-Shelfs, der Rest des Spektrums unverändert (das Shelf erklärt %4 % der Änderung): ein EQ oder ein Plug-in wurde verstellt. War das nicht beabsichtigt, macht dies es rückgängig.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB below %3 in the shape of a low shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Seit dem am %1 analysierten Bounce hat sich das Spektrum dieser Spur unterhalb von %3 um %2 dB verändert, in der Form eines Low-Shelfs, der Rest des Spektrums unverändert (das Shelf erklärt %4 % der Änderung): ein EQ oder ein Plug-in wurde verstellt. War das nicht beabsichtigt, macht dies es rückgängig.</translation>
    </message>
    <message>
        <source>Look first at what changed on the channel since the last bounce (an EQ, an amp or a saturation plug-in, a send); undo it there, or apply this move on top.</source>
        <translation>Prüfen Sie zuerst, was sich auf dem Kanal seit dem letzten Bounce geändert hat (ein EQ, ein Amp- oder Sättigungs-Plug-in, ein Send); machen Sie es dort rückgängig oder wenden Sie diesen Schritt zusätzlich an.</translation>
    </message>
    <message>
        <source>level at %1 relative to the loudness</source>
        <translation>Pegel bei %1 relativ zur Lautheit</translation>
    </message>
    <message>
        <source>change since the last bounce</source>
        <translation>Änderung seit dem letzten Bounce</translation>
    </message>
    <message>
        <source>centre of the change</source>
        <translation>Mitte der Änderung</translation>
    </message>
    <message>
        <source>Q of the change</source>
        <translation>Q der Änderung</translation>
    </message>
    <message>
        <source>share of the change the shape explains</source>
        <translation>Anteil der Änderung, den die Form erklärt</translation>
    </message>
    <message>
        <source>what the shape leaves (RMS)</source>
        <translation>was die Form übrig lässt (RMS)</translation>
    </message>
    <message>
        <source>level change outside the shape</source>
        <translation>Pegeländerung außerhalb der Form</translation>
    </message>
    <message numerus="yes">
        <source>the first section, %n stem(s) playing (the fullest section: %1); %2 enter after it</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>der erste Abschnitt, %n Stem spielt (der vollste Abschnitt: %1); danach setzen %2 ein</numerusform>
            <numerusform>der erste Abschnitt, %n Stems spielen (der vollste Abschnitt: %1); danach setzen %2 ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last section, %n stem(s) playing (the fullest section: %1); %2 leave as it starts</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>der letzte Abschnitt, %n Stem spielt (der vollste Abschnitt: %1); zu seinem Beginn hören %2 auf</numerusform>
            <numerusform>der letzte Abschnitt, %n Stems spielen (der vollste Abschnitt: %1); zu seinem Beginn hören %2 auf</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: outside 90 % of your references (10–90 %: %2 to %3, %4 references)</source>
        <extracomment>%1 the comparison (&quot;&gt; 0.31&quot;), %2 and %3 the references&apos; 10th and 90th percentiles, %4 how many references</extracomment>
        <translation>%1: außerhalb von 90 % Ihrer Referenzen (10–90 %: %2 bis %3, %4 Referenzen)</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more)</extracomment>
        <translation>%1 Die Grenze ist das 90. Perzentil Ihrer %2 Referenzen, nicht die eines typischen Mixes.</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 %3 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more), %3 their genre (&quot;pop&quot;)</extracomment>
        <translation>%1 Die Grenze ist das 90. Perzentil Ihrer %2 Referenzen des Genres %3, nicht die eines typischen Mixes.</translation>
    </message>
    <message>
        <source>a bell of %1 dB at %2, Q %3</source>
        <extracomment>%1 signed dB, %2 frequency, %3 Q: one shape of an EQ change between two bounces</extracomment>
        <translation>eine Glocke von %1 dB bei %2, Q %3</translation>
    </message>
    <message>
        <source>a high shelf of %1 dB above %2</source>
        <translation>ein High-Shelf von %1 dB oberhalb von %2</translation>
    </message>
    <message>
        <source>a low shelf of %1 dB below %2</source>
        <translation>ein Low-Shelf von %1 dB unterhalb von %2</translation>
    </message>
    <message>
        <source>%1 (%2 % of the change explained)</source>
        <extracomment>%1 the list of shapes, %2 per cent</extracomment>
        <translation>%1 (%2 % der Änderung erklärt)</translation>
    </message>
    <message>
        <source>tempo, this track</source>
        <translation>Tempo, diese Spur</translation>
    </message>
    <message>
        <source>short-term crest factor (100 ms median)</source>
        <translation>Kurzzeit-Crestfaktor (Median über 100 ms)</translation>
    </message>
    <message>
        <source>crest 100 ms</source>
        <translation>Crest 100 ms</translation>
    </message>
    <message>
        <source>shift in time</source>
        <translation>Zeitversatz</translation>
    </message>
    <message>
        <source>move earlier</source>
        <translation>nach vorn verschieben</translation>
    </message>
    <message>
        <source>invert the polarity and move earlier</source>
        <translation>Polarität umkehren und nach vorn verschieben</translation>
    </message>
    <message>
        <source>time between the two</source>
        <translation>Zeit zwischen beiden</translation>
    </message>
    <message>
        <source>correlation lined up</source>
        <translation>Korrelation ausgerichtet</translation>
    </message>
    <message>
        <source>correlation as they are</source>
        <translation>Korrelation wie sie sind</translation>
    </message>
    <message>
        <source>level their sum gains lined up</source>
        <translation>Pegelgewinn ihrer Summe, ausgerichtet</translation>
    </message>
    <message>
        <source>Move %1 %2 ms earlier: it arrives late against %3</source>
        <extracomment>%1 the track to move, %2 milliseconds, %3 the other track</extracomment>
        <translation>%1 um %2 ms nach vorn verschieben: es kommt gegenüber %3 zu spät</translation>
    </message>
    <message>
        <source>Flip the polarity of %1 and move it %2 ms earlier: it arrives late and opposed against %3</source>
        <extracomment>%1 the track to flip and move, %2 milliseconds, %3 the other track</extracomment>
        <translation>Polarität von %1 umkehren und um %2 ms nach vorn verschieben: es kommt gegenüber %3 zu spät und gegenphasig</translation>
    </message>
    <message>
        <source>Slide %1 earlier by %2 samples at %3 Hz (or delay %4 by as much where %1 must stay put), then listen to the two together: the low end firms up and the hollow, phasey sound goes.</source>
        <extracomment>%1 the track to move, %2 samples, %3 the sample rate in Hz, %4 the other track</extracomment>
        <translation>%1 um %2 Samples bei %3 Hz nach vorn schieben (oder %4 um ebenso viel verzögern, wo %1 bleiben muss), dann beide zusammen anhören: der Bass wird fester, der hohle, phasige Klang verschwindet.</translation>
    </message>
    <message>
        <source>%1 and %2 carry the same source %3 ms apart: lined up they correlate at %4, as they are at %5. Summed at the same time, in either polarity, the comb filter of that delay leaves them %6 dB under their sum lined up.</source>
        <extracomment>%1 and %2 the tracks, %3 milliseconds, %4 their correlation lined up, %5 as they are, %6 dB</extracomment>
        <translation>%1 und %2 tragen dieselbe Quelle im Abstand von %3 ms: ausgerichtet korrelieren sie mit %4, wie sie sind mit %5. Gleichzeitig summiert, in welcher Polarität auch immer, lässt der Kammfilter dieser Verzögerung sie %6 dB unter ihrer ausgerichteten Summe.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU louder than the rest of the session suggests.</source>
        <extracomment>a backing part (named so: &quot;Backing Vox&quot;, &quot;BVs&quot;, &quot;Harmony&quot;): %1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU under the lead, %6 LU</extracomment>
        <translation>%1 misst %2 LUFS. Ein Begleitpart (%3) liegt üblicherweise %4 LU vom lautesten Part entfernt (%5 LU unter dem Lead); es liegt %6 LU lauter, als der Rest der Session nahelegt.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU quieter than the rest of the session suggests.</source>
        <translation>%1 misst %2 LUFS. Ein Begleitpart (%3) liegt üblicherweise %4 LU vom lautesten Part entfernt (%5 LU unter dem Lead); es liegt %6 LU leiser, als der Rest der Session nahelegt.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>a lead part (named so: &quot;Lead Guitar&quot;, &quot;Solo Sax&quot;, &quot;Main Vox&quot;): %1 track, %2 LUFS, %3 track type, %4 the lead&apos;s usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 misst %2 LUFS. Ein Lead-Part (%3) liegt üblicherweise oben, %4 LU vom lautesten Part entfernt; es liegt %5 LU lauter, als der Rest der Session nahelegt.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 misst %2 LUFS. Ein Lead-Part (%3) liegt üblicherweise oben, %4 LU vom lautesten Part entfernt; es liegt %5 LU leiser, als der Rest der Session nahelegt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the sum of the stems was not measured (%1)</source>
        <translation>die Summe der Stems wurde nicht gemessen (%1)</translation>
    </message>
    <message>
        <source>no session tempo</source>
        <translation>kein Session-Tempo</translation>
    </message>
    <message>
        <source>stems summed at unity: %1 dBTP (%2)</source>
        <translation>Stems bei Unity summiert: %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>stems summed at the DAW session&apos;s faders: %1 dBTP (%2)</source>
        <translation>Stems bei den Fadern der DAW-Session summiert: %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>no session key</source>
        <translation>keine Session-Tonart</translation>
    </message>
    <message>
        <source>tempo %1 BPM, %2</source>
        <translation>Tempo %1 BPM, %2</translation>
    </message>
    <message>
        <source>key %1, %2</source>
        <translation>Tonart %1, %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no analysed track to report on</source>
        <translation>keine analysierte Spur für einen Bericht</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Preparing the demo session…</source>
        <translation>Demo-Session wird vorbereitet…</translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Demo-Session</translation>
    </message>
    <message>
        <source>The demo session could not be written to %1: %2</source>
        <translation>Die Demo-Session konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Stemwise desktop app</source>
        <translation>Stemwise-Desktop-App</translation>
    </message>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Die eingebaute Demo-Session öffnen.</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the one in the settings (default %1).</source>
        <translation>Die Datenbank FILE statt der in den Einstellungen verwenden (Standard %1).</translation>
    </message>
    <message>
        <source>Use the theme NAME (dark or light) for this run.</source>
        <translation>Für diesen Lauf das Theme NAME (dark oder light) verwenden.</translation>
    </message>
    <message>
        <source>Show the app in the language CODE (system, en, de, fr or es) for this run.</source>
        <translation>Die App für diesen Lauf in der Sprache CODE (system, en, de, fr oder es) anzeigen.</translation>
    </message>
    <message>
        <source>Once the session is read, save a picture of the window to FILE and quit (for documentation and tests).</source>
        <translation>Sobald die Session gelesen ist, ein Bild des Fensters in FILE speichern und beenden (für Dokumentation und Tests).</translation>
    </message>
    <message>
        <source>Select the track NAME (file name without extension).</source>
        <translation>Die Spur NAME auswählen (Dateiname ohne Endung).</translation>
    </message>
    <message>
        <source>Window size WxH in pixels.</source>
        <translation>Fenstergröße BxH in Pixeln.</translation>
    </message>
    <message>
        <source>Audio files or folders to open.</source>
        <translation>Audiodateien oder Ordner zum Öffnen.</translation>
    </message>
    <message>
        <source>%1 exists and is not a Stemwise report; nothing was written (choose another name)</source>
        <translation>%1 existiert und ist kein Stemwise-Bericht; nichts wurde geschrieben (einen anderen Namen wählen)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show (overview, track, history, suggestions, masking, mix, references, sections).</source>
        <translation>Mit --screenshot: die zu zeigende Ansicht (overview, track, history, suggestions, masking, mix, references, sections).</translation>
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
        <translation>Bass</translation>
    </message>
    <message>
        <source>Lo-mid</source>
        <translation>U-Mitten</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mitten</translation>
    </message>
    <message>
        <source>Hi-mid</source>
        <translation>O-Mitten</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Höhen</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>aus dem Namen</translation>
    </message>
    <message>
        <source>from the measurements</source>
        <translation>aus den Messwerten</translation>
    </message>
    <message>
        <source>dB re full scale</source>
        <translation>dB bezogen auf Vollaussteuerung</translation>
    </message>
    <message>
        <source>share of energy, % (band level in dB below the band)</source>
        <translation>Energieanteil, % (Bandpegel in dB unter dem Band)</translation>
    </message>
    <message>
        <source>short-term loudness, LUFS</source>
        <translation>Kurzzeit-Lautheit, LUFS</translation>
    </message>
    <message>
        <source>- - integrated %1 LUFS</source>
        <translation>- - integriert %1 LUFS</translation>
    </message>
    <message>
        <source>Stemwise %1 · report generated %2</source>
        <translation>Stemwise %1 · Bericht erstellt %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>STEMWISE SESSION REPORT</source>
        <translation>STEMWISE-SESSIONBERICHT</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 BPM, %2</source>
        <translation>%1 BPM, %2</translation>
    </message>
    <message>
        <source>measured on the sum</source>
        <translation>an der Summe gemessen</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>none: the sum clips by %1 dB (true peak %2 dBTP, %3)</source>
        <translation>keiner: Die Summe clippt um %1 dB (True Peak %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>%1 dB (summed true peak %2 dBTP, %3)</source>
        <translation>%1 dB (summierter True Peak %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Spuren</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>%1 s (longest track)</source>
        <translation>%1 s (längste Spur)</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Headroom of the sum</source>
        <translation>Headroom der Summe</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Hz, %4 ch · %5 s</source>
        <translation>%1 · %2 · %3 Hz, %4 Kan. · %5 s</translation>
    </message>
    <message>
        <source>Loudness follows ITU-R BS.1770-4 / EBU R128 (LUFS, LU); true peak is 4× oversampled (dBTP). Band levels are in dB re full scale; differences are in dB. Figures that do not apply to a track are shown as —. The same figures are in the JSON report (schema stemwise.report/1).</source>
        <translation>Die Lautheit folgt ITU-R BS.1770-4 / EBU R128 (LUFS, LU); der True Peak ist 4-fach überabgetastet (dBTP). Bandpegel sind in dB bezogen auf Vollaussteuerung angegeben, Differenzen in dB. Messwerte, die für eine Spur nicht zutreffen, erscheinen als —. Dieselben Messwerte stehen im JSON-Bericht (Schema stemwise.report/1).</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Session-Übersicht</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Band balance (share of each track&apos;s energy, %)</source>
        <translation>Bandbalance (Anteil an der Energie jeder Spur, %)</translation>
    </message>
    <message>
        <source>Masking (both active in a band; severity 0–1, the worst band)</source>
        <translation>Maskierung (beide in einem Band aktiv; Schweregrad 0–1, das schlimmste Band)</translation>
    </message>
    <message>
        <source>Headroom of the summed stems</source>
        <translation>Headroom der summierten Stems</translation>
    </message>
    <message>
        <source>Session suggestions</source>
        <translation>Vorschläge für die Session</translation>
    </message>
    <message>
        <source>Not measured (no track has a true peak).</source>
        <translation>Nicht gemessen (keine Spur hat einen True Peak).</translation>
    </message>
    <message>
        <source>The stems summed at unity gain peak at %1 dBTP (%2): %3.</source>
        <translation>Die bei Unity Gain summierten Stems erreichen einen Spitzenpegel von %1 dBTP (%2): %3.</translation>
    </message>
    <message>
        <source>an upper bound from the tracks</source>
        <translation>eine Obergrenze aus den Spuren</translation>
    </message>
    <message>
        <source>the mix bus would clip by %1 dB; lower the faders or the bus</source>
        <translation>der Mixbus würde um %1 dB clippen; die Fader oder den Bus absenken</translation>
    </message>
    <message>
        <source>%1 dB of headroom</source>
        <translation>%1 dB Headroom</translation>
    </message>
    <message>
        <source>rated: %1</source>
        <translation>bewertet: %1</translation>
    </message>
    <message>
        <source>not rated (id %1)</source>
        <translation>nicht bewertet (ID %1)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 · priority %2 · confidence %3 % · %4</source>
        <translation>%1 · Priorität %2 · Konfidenz %3 % · %4</translation>
    </message>
    <message>
        <source>Track %1 of %2</source>
        <translation>Spur %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 Hz, %5, %6 · %7 s</source>
        <translation>%1 (%2) · %3 · %4 Hz, %5, %6 · %7 s</translation>
    </message>
    <message>
        <source>1 channel</source>
        <translation>1 Kanal</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>Long-term average spectrum (smoothed over 1/5 octave)</source>
        <translation>Langzeit-Mittelwertspektrum (geglättet über 1/5 Oktave)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>Quality score: %1 / 100</source>
        <translation>Qualitätswert: %1 / 100</translation>
    </message>
    <message>
        <source>No deductions.</source>
        <translation>Keine Abzüge.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>No suggestions for this track.</source>
        <translation>Keine Vorschläge für diese Spur.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>A = %1, B = %2. Differences are A − B</source>
        <translation>A = %1, B = %2. Differenzen sind A − B</translation>
    </message>
    <message>
        <source>; loudness-matched: B moved by %1 dB</source>
        <translation>; lautheitsangeglichen: B um %1 dB verschoben</translation>
    </message>
    <message>
        <source>; B is the mean of %1 references (grey: ±1 standard deviation)</source>
        <translation>; B ist der Mittelwert von %1 Referenzen (grau: ±1 Standardabweichung)</translation>
    </message>
    <message>
        <source>B: %1 (matched)</source>
        <translation>B: %1 (angeglichen)</translation>
    </message>
    <message>
        <source>Difference, loudness-matched</source>
        <translation>Differenz, lautheitsangeglichen</translation>
    </message>
    <message>
        <source>Band dB</source>
        <translation>Band dB</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>angegl.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Kein Unterschied über den Schwellen.</translation>
    </message>
    <message>
        <source>Stemwise report: %1</source>
        <translation>Stemwise-Bericht: %1</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Sections of the song</source>
        <translation>Abschnitte des Songs</translation>
    </message>
    <message>
        <source>Sections: %1, bounded by the DAW session&apos;s markers.</source>
        <translation>Abschnitte: %1, begrenzt durch die Marker der DAW-Session.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level, snapped to the bars of %3 BPM.</source>
        <translation>Abschnitte: %1, gefunden, wo die %2 Stems einsetzen, aussetzen oder ihren Pegel ändern, auf die Takte bei %3 BPM gerastet.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level (no tempo: not snapped to bars).</source>
        <translation>Abschnitte: %1, gefunden, wo die %2 Stems einsetzen, aussetzen oder ihren Pegel ändern (kein Tempo: nicht auf Takte gerastet).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Time s</source>
        <translation>Zeit s</translation>
    </message>
    <message>
        <source>Max LUFS</source>
        <translation>Max. LUFS</translation>
    </message>
    <message>
        <source>Low end dB</source>
        <translation>Tiefen dB</translation>
    </message>
    <message>
        <source>Stems</source>
        <translation>Stems</translation>
    </message>
    <message>
        <source>The stems summed as powers: loudness gated as BS.1770-4, loudness range as EBU Tech 3342, on the short-term values inside each section; low end = 20–250 Hz, dB re full scale.</source>
        <translation>Die Stems als Leistungen summiert: Lautheit gegatet nach BS.1770-4, Lautheitsbereich nach EBU Tech 3342, aus den Kurzzeitwerten innerhalb jedes Abschnitts; Tiefen = 20–250 Hz, dB bezogen auf Vollaussteuerung.</translation>
    </message>
    <message>
        <source>From one section to the next</source>
        <translation>Von einem Abschnitt zum nächsten</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <source>Boundaries and what changed</source>
        <translation>Grenzen und was sich änderte</translation>
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
        <translation>Tonart: aus dem Chroma der Stems über den Abschnitt, jeder Stem nach seiner Tonalität gewichtet; – wenn nicht eindeutig.</translation>
    </message>
    <message>
        <source>Why the sections are named so</source>
        <translation>Warum die Abschnitte so heißen</translation>
    </message>
    <message>
        <source>%1 (confidence %2 %): %3</source>
        <translation>%1 (Sicherheit %2 %): %3</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes, snapped to the bars of %2 BPM.</source>
        <translation>Abschnitte: %1, gefunden, wo sich Harmonik, Klangfarbe oder Pegel des Mixes ändern, auf die Takte von %2 BPM gerastet.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes (no tempo: not snapped to bars).</source>
        <translation>Abschnitte: %1, gefunden, wo sich Harmonik, Klangfarbe oder Pegel des Mixes ändern (kein Tempo: nicht auf Takte gerastet).</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonart, diese Spur</translation>
    </message>
    <message>
        <source>%1 (%2 more not analysed: listed below)</source>
        <translation>%1 (%2 weitere nicht analysiert: unten aufgeführt)</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Nicht analysiert</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>WorkspacePlayback</name>
    <message>
        <source>the session</source>
        <translation>die Session</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> in mono</source>
        <translation> in Mono</translation>
    </message>
    <message>
        <source> (side)</source>
        <translation> (Seite)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::AbPlayer</name>
    <message>
        <source>%1: loudness unknown, 0 dB</source>
        <translation>%1: Lautheit unbekannt, 0 dB</translation>
    </message>
    <message>
        <source>%1: %2 LUFS, %3%4 dB</source>
        <translation>%1: %2 LUFS, %3%4 dB</translation>
    </message>
    <message>
        <source>Play A/B in sync (Space in the workspace plays the session)</source>
        <translation>A/B synchron abspielen (Leertaste im Arbeitsbereich spielt die Session)</translation>
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
        <translation>An derselben Stelle umschalten, mit 10 ms Überblendung</translation>
    </message>
    <message>
        <source>Both are played at the gain that brings their integrated loudness to %1 LUFS</source>
        <translation>Beide spielen mit der Verstärkung, die ihre integrierte Lautheit auf %1 LUFS bringt</translation>
    </message>
    <message>
        <source>Matched — %1; %2</source>
        <translation>Angeglichen — %1; %2</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 kann nicht abgespielt werden: %2</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandBalanceView</name>
    <message>
        <source>Band balance (% of energy; shaded: expected for %1)</source>
        <translation>Bandbalance (% der Energie; schattiert: erwartet für %1)</translation>
    </message>
    <message>
        <source>Band balance</source>
        <translation>Bandbalance</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>über 90 % Ihrer Referenzen</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>unter 90 % Ihrer Referenzen</translation>
    </message>
    <message>
        <source>within the middle 80 % of your references</source>
        <translation>innerhalb der mittleren 80 % Ihrer Referenzen</translation>
    </message>
    <message>
        <source>%1: %2 of the energy, %3 (10–90 %: %4)</source>
        <translation>%1: %2 der Energie, %3 (10–90 %: %4)</translation>
    </message>
    <message>
        <source>%1: %2 of the energy (expected for %3: %4)</source>
        <translation>%1: %2 der Energie (erwartet für %3: %4)</translation>
    </message>
    <message numerus="yes">
        <source>Band balance (% of energy; shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Bandbalance (% der Energie; schattiert: 10–90 % Ihrer %n Referenz)</numerusform>
            <numerusform>Bandbalance (% der Energie; schattiert: 10–90 % Ihrer %n Referenzen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandHeatMapView</name>
    <message>
        <source>Band balance</source>
        <translation>Bandbalance</translation>
    </message>
    <message>
        <source>% of energy</source>
        <translation>% der Energie</translation>
    </message>
    <message>
        <source>No tracks yet</source>
        <translation>Noch keine Spuren</translation>
    </message>
    <message>
        <source>Share against the session&apos;s median of the band</source>
        <translation>Anteil gegenüber dem Median des Bands in der Session</translation>
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
        <translation>roter Rahmen: über dem für den Spurtyp erwarteten Bereich</translation>
    </message>
    <message>
        <source>amber frame: below it</source>
        <translation>gelber Rahmen: darunter</translation>
    </message>
    <message>
        <source>numbers: % of the track&apos;s energy in the band</source>
        <translation>Zahlen: % der Energie der Spur im Band</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonChart</name>
    <message>
        <source>Choose two analysed tracks.</source>
        <translation>Wählen Sie zwei analysierte Spuren.</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness)    dB</source>
        <translation>— A: %1    - - B: %2 (auf A-Lautheit)    dB</translation>
    </message>
    <message>
        <source>difference A − B, loudness-matched, dB</source>
        <translation>Differenz A − B, lautheitsangeglichen, dB</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness; shaded: its references&apos; spread)    dB</source>
        <translation>— A: %1    - - B: %2 (auf A-Lautheit; schattiert: Streuung seiner Referenzen)    dB</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonDialog</name>
    <message>
        <source>Compare Tracks</source>
        <translation>Spuren vergleichen</translation>
    </message>
    <message>
        <source>Add Reference File…</source>
        <translation>Referenzdatei hinzufügen…</translation>
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
        <translation>Referenzdatei</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</source>
        <translation>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</translation>
    </message>
    <message>
        <source>%1 — previous bounce (%2)</source>
        <translation>%1 — vorheriger Bounce (%2)</translation>
    </message>
    <message>
        <source>the previous bounce&apos;s audio is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>das Audio des vorherigen Bounces ist nicht mehr auf der Festplatte (es lag unter %1): seine Messwerte lassen sich vergleichen, abspielen lässt er sich nicht</translation>
    </message>
    <message>
        <source>%1 now holds other audio (a later bounce), and no other copy of the previous bounce is known: its figures compare, it cannot be played</source>
        <translation>%1 enthält jetzt anderes Audio (einen späteren Bounce), und keine andere Kopie des vorherigen Bounces ist bekannt: seine Messwerte lassen sich vergleichen, abspielen lässt er sich nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the previous bounce&apos;s figures compare, it cannot be played</source>
        <translation>%1 kann nicht gelesen werden (%2): die Messwerte des vorherigen Bounces lassen sich vergleichen, abspielen lässt er sich nicht</translation>
    </message>
    <message>
        <source>Session mix (%1 stems at unity)</source>
        <translation>Session-Mix (%1 Stems bei Unity-Gain)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Referenz: %1 (%2)</translation>
    </message>
    <message>
        <source>the reference&apos;s file is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>die Datei der Referenz ist nicht mehr auf der Festplatte (sie lag unter %1): ihre Messwerte lassen sich vergleichen, abspielen lässt sie sich nicht</translation>
    </message>
    <message>
        <source>%1 now holds other audio than the reference that was added: its figures compare, it cannot be played</source>
        <translation>%1 enthält jetzt anderes Audio als die hinzugefügte Referenz: ihre Messwerte lassen sich vergleichen, abspielen lässt sie sich nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the reference&apos;s figures compare, it cannot be played</source>
        <translation>%1 kann nicht gelesen werden (%2): die Messwerte der Referenz lassen sich vergleichen, abspielen lässt sie sich nicht</translation>
    </message>
    <message>
        <source>Summing the %1 stems at unity and analysing the sum… %2 %</source>
        <translation>Die %1 Stems werden bei Unity-Gain summiert und die Summe analysiert … %2 %</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>kein temporärer Ordner für die Summe: %1</translation>
    </message>
    <message>
        <source>The session mix could not be measured: %1</source>
        <translation>Der Session-Mix konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>the session mix is being measured</source>
        <translation>der Session-Mix wird gerade gemessen</translation>
    </message>
    <message>
        <source>%1 is one stem and a reference is a whole mix: the differences show how far it is from a record, not what to change on it. Compare the session mix for moves.</source>
        <translation>%1 ist ein einzelner Stem, eine Referenz ein ganzer Mix: Die Unterschiede zeigen, wie weit er von einer Platte entfernt ist, nicht, was daran zu ändern ist. Für Eingriffe den Session-Mix vergleichen.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::CorrelationMeter</name>
    <message>
        <source>mono input</source>
        <translation>Mono-Eingang</translation>
    </message>
    <message>
        <source>corr %1
width %2</source>
        <translation>Korr. %1
Breite %2</translation>
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
        <translation>%1: wird gestartet…</translation>
    </message>
    <message>
        <source>%1: cannot follow: %2</source>
        <translation>%1: kann nicht folgen: %2</translation>
    </message>
    <message>
        <source>%1: waiting for an answer (listening on port %2)</source>
        <translation>%1: wartet auf Antwort (hört auf Port %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: following, %n track(s)</source>
        <translation>
            <numerusform>%1: folgt, %n Spur</numerusform>
            <numerusform>%1: folgt, %n Spuren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connection lost, retrying</source>
        <translation>%1: Verbindung verloren, neuer Versuch</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: angehalten</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryChartView</name>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Quality score (0-100)</source>
        <translation>Qualitätswert (0-100)</translation>
    </message>
    <message>
        <source>Loudness (LUFS / dBTP)</source>
        <translation>Lautheit (LUFS / dBTP)</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Qualitätswert</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Integriert (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>True Peak (dBTP)</translation>
    </message>
    <message>
        <source>Across bounces</source>
        <translation>Über die Bounces</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryPanel</name>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Wählen Sie eine Spur, um ihren Verlauf zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounce(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysierter Bounce</numerusform>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysierte Bounces</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>was %1 in bounce %2</source>
        <translation>war %1 in Bounce %2</translation>
    </message>
    <message>
        <source>One analysis so far: re-bounce the stem into the session folder and it is analysed again and added here.</source>
        <translation>Bisher eine Analyse: Bouncen Sie den Stem erneut in den Session-Ordner, dann wird er wieder analysiert und hier hinzugefügt.</translation>
    </message>
    <message>
        <source>The latest bounce reads the same as the one before.</source>
        <translation>Der letzte Bounce misst dasselbe wie der vorige.</translation>
    </message>
    <message>
        <source>Latest bounce changed: %1</source>
        <translation>Letzter Bounce geändert: %1</translation>
    </message>
    <message>
        <source>Delete Entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <source>Delete the selected analysis from this track&apos;s history (Delete)</source>
        <translation>Die gewählte Analyse aus dem Verlauf dieser Spur löschen (Entf)</translation>
    </message>
    <message>
        <source>The latest bounce&apos;s spectrum changed as an EQ would: %1.</source>
        <translation>Das Spektrum des letzten Bounces hat sich verändert, wie es ein EQ tun würde: %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LiveWindow</name>
    <message>
        <source>Stemwise — Live input</source>
        <translation>Stemwise — Live-Eingang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reset meters</source>
        <translation>Meter zurücksetzen</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Aufnahme</translation>
    </message>
    <message>
        <source>Choose an input and press Start.</source>
        <translation>Wählen Sie einen Eingang und drücken Sie Start.</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingang:</translation>
    </message>
    <message>
        <source>Loudness (EBU R128)</source>
        <translation>Lautheit (EBU R128)</translation>
    </message>
    <message>
        <source>Momentary</source>
        <translation>Momentan</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Kurzzeit</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
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
        <translation>Kein Audioeingang: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 ch)</source>
        <translation>%1 — %2 (%3 Kan.)</translation>
    </message>
    <message>
        <source>No audio input devices found.</source>
        <translation>Keine Audioeingänge gefunden.</translation>
    </message>
    <message>
        <source>Choose an input first.</source>
        <translation>Wählen Sie zuerst einen Eingang.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Metering %1 (%2), %3 channels at %4 Hz.</source>
        <translation>Messe %1 (%2), %3 Kanäle bei %4 Hz.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Cannot create the takes folder %1.</source>
        <translation>Der Take-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Aufnahme nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Aufnahme in %1</translation>
    </message>
    <message>
        <source>The take %1 is incomplete: %2</source>
        <translation>Der Take %1 ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Take saved: %1 (%2 s)</source>
        <translation>Take gespeichert: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Input lost: %1.</source>
        <translation>Eingang verloren: %1.</translation>
    </message>
    <message>
        <source> The take so far is kept: %1.</source>
        <translation> Der bisherige Take bleibt erhalten: %1.</translation>
    </message>
    <message>
        <source> Press Start to meter again.</source>
        <translation> Drücken Sie Start, um erneut zu messen.</translation>
    </message>
    <message>
        <source>xruns %1 · overflowed frames %2 · latency %3 ms</source>
        <translation>Xruns %1 · übergelaufene Frames %2 · Latenz %3 ms</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>■ Stop take</source>
        <translation>■ Take beenden</translation>
    </message>
    <message>
        <source>Suggestions for the input</source>
        <translation>Vorschläge für den Eingang</translation>
    </message>
    <message>
        <source>What the input is: the rules and typical ranges of this source type apply.</source>
        <translation>Was am Eingang anliegt: Es gelten die Regeln und typischen Bereiche dieses Quelltyps.</translation>
    </message>
    <message>
        <source>Suggestions appear a few seconds after the input starts.</source>
        <translation>Vorschläge erscheinen einige Sekunden nach dem Start des Eingangs.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Suggesting for %1…</source>
        <translation>Vorschläge für %1…</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>Suche nach Eingängen…</translation>
    </message>
    <message>
        <source>Starting %1 (%2)…</source>
        <translation>%1 wird gestartet (%2)…</translation>
    </message>
    <message>
        <source>Suggestions for %1 appear a few seconds after the input starts.</source>
        <translation>Vorschläge für %1 erscheinen einige Sekunden nach dem Start des Eingangs.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>The learned model could not be read (%1); suggestions use the rules&apos; own confidence.</source>
        <translation>Das gelernte Modell konnte nicht gelesen werden (%1); die Vorschläge verwenden die Konfidenz der Regeln.</translation>
    </message>
    <message>
        <source>The last %1 s could not be analysed: %2</source>
        <translation>Die letzten %1 s konnten nicht analysiert werden: %2</translation>
    </message>
    <message>
        <source>From the last %1 s as %2 (analysed in %3 s)</source>
        <translation>Aus den letzten %1 s als %2 (analysiert in %3 s)</translation>
    </message>
    <message>
        <source> · %1 LUFS</source>
        <translation> · %1 LUFS</translation>
    </message>
    <message>
        <source> · your ratings applied</source>
        <translation> · Ihre Bewertungen angewendet</translation>
    </message>
    <message>
        <source> · no ratings yet</source>
        <translation> · noch keine Bewertungen</translation>
    </message>
    <message>
        <source> · %1 frames missed</source>
        <translation> · %1 Frames verpasst</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Finishing the take…</source>
        <translation>Take wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>the input</source>
        <comment>the source the live suggestions are for, named like a track</comment>
        <translation>Eingang</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LoudnessCurveView</name>
    <message>
        <source>Short-term loudness (dashed: integrated %1 LUFS)</source>
        <translation>Kurzzeit-Lautheit (gestrichelt: integriert %1 LUFS)</translation>
    </message>
    <message>
        <source>Short-term loudness</source>
        <translation>Kurzzeit-Lautheit</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
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
        <translation>Bandbalance</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Spur</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop analysing the session (Esc)</source>
        <translation>Analyse der Session abbrechen (Esc)</translation>
    </message>
    <message>
        <source>No database: results are not stored</source>
        <translation>Keine Datenbank: Ergebnisse werden nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>&amp;Zuletzt geöffnete Sessions</translation>
    </message>
    <message>
        <source>Re&amp;load Session</source>
        <translation>Session neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Session &amp;Overview</source>
        <translation>Session-Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Track View</source>
        <translation>&amp;Spuransicht</translation>
    </message>
    <message>
        <source>&amp;Next Track</source>
        <translation>&amp;Nächste Spur</translation>
    </message>
    <message>
        <source>&amp;Previous Track</source>
        <translation>V&amp;orherige Spur</translation>
    </message>
    <message>
        <source>&amp;Compare Tracks…</source>
        <translation>Spuren verglei&amp;chen…</translation>
    </message>
    <message>
        <source>Change Track T&amp;ype</source>
        <translation>Spur&amp;typ ändern</translation>
    </message>
    <message>
        <source>Spectrum S&amp;moothing</source>
        <translation>Spektrum-&amp;Glättung</translation>
    </message>
    <message>
        <source>1/%1 Octave</source>
        <translation>1/%1 Oktave</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Helles Theme</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Live Input…</source>
        <translation>&amp;Live-Eingang…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Stemwise</source>
        <translation>Ü&amp;ber Stemwise</translation>
    </message>
    <message>
        <source>About Stemwise</source>
        <translation>Über Stemwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Stem analysis, mixing suggestions and reports for mix engineers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Stem-Analyse, Mixing-Vorschläge und Berichte für Mischtonmeister.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of stems</source>
        <translation>Einen Ordner mit Stems öffnen</translation>
    </message>
    <message>
        <source>Open stems</source>
        <translation>Stems öffnen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database %1 could not be read: it is damaged or is not a Stemwise database.</source>
        <translation>Die Datenbank %1 konnte nicht gelesen werden: Sie ist beschädigt oder keine Stemwise-Datenbank.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the file has been set aside as
%1

You can continue with a fresh, empty database at the usual place (the analyses in the old file stay in the set-aside file), or work without a database for now (nothing is stored).</source>
        <translation>Nichts wurde gelöscht: Die Datei wurde beiseitegelegt als
%1

Sie können mit einer frischen, leeren Datenbank am üblichen Ort weiterarbeiten (die Analysen der alten Datei bleiben in der beiseitegelegten Datei) oder vorerst ohne Datenbank arbeiten (nichts wird gespeichert).</translation>
    </message>
    <message>
        <source>Continue with a Fresh Database</source>
        <translation>Mit frischer Datenbank fortfahren</translation>
    </message>
    <message>
        <source>Work Without a Database</source>
        <translation>Ohne Datenbank arbeiten</translation>
    </message>
    <message>
        <source>It was left untouched. Update Stemwise, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Sie wurde nicht verändert. Aktualisieren Sie Stemwise oder wählen Sie unter Datei ▸ Einstellungen eine andere Datenbank. Bis dahin werden Sessions analysiert, ohne Ergebnisse zu speichern.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie unter Datei ▸ Einstellungen eine andere Datenbank. Bis dahin werden Sessions analysiert, ohne Ergebnisse zu speichern.</translation>
    </message>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Wählen Sie eine Spur, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Vorschläge erscheinen, sobald die Session analysiert und gespeichert ist.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird gelesen…</numerusform>
            <numerusform>%n Elemente werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird analysiert…</numerusform>
            <numerusform>%n Dateien werden analysiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was analysed but not stored in the database: %2</source>
        <translation>%1 wurde analysiert, aber nicht in der Datenbank gespeichert: %2</translation>
    </message>
    <message>
        <source>not analysed: cancelled</source>
        <translation>nicht analysiert: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) ready</source>
        <translation>
            <numerusform>%n Spur bereit</numerusform>
            <numerusform>%n Spuren bereit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be analysed (see the Status column)</source>
        <translation>
            <numerusform>, %n konnte nicht analysiert werden (siehe Spalte Status)</numerusform>
            <numerusform>, %n konnten nicht analysiert werden (siehe Spalte Status)</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>; not stored: no database</source>
        <translation>; nicht gespeichert: keine Datenbank</translation>
    </message>
    <message>
        <source>%1 re-bounced: analysed again%2</source>
        <translation>%1 neu gebounct: erneut analysiert%2</translation>
    </message>
    <message>
        <source>, new history entry</source>
        <translation>, neuer Verlaufseintrag</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open a folder of stems&lt;/h3&gt;&lt;p&gt;File ▸ Open Folder… (%1), or drop files or a folder on this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Einen Ordner mit Stems öffnen&lt;/h3&gt;&lt;p&gt;Datei ▸ Ordner öffnen… (%1), oder ziehen Sie Dateien oder einen Ordner auf dieses Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Could not be analysed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Konnte nicht analysiert werden:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Analysing…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Wird analysiert…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database: history is kept only when results are stored.</source>
        <translation>Keine Datenbank: Der Verlauf wird nur geführt, wenn Ergebnisse gespeichert werden.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Verlauf von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no stored analysis yet.</source>
        <translation>%1 hat noch keine gespeicherte Analyse.</translation>
    </message>
    <message>
        <source>No database: suggestions are made on stored analyses, and ratings need somewhere to be kept.</source>
        <translation>Keine Datenbank: Vorschläge beruhen auf gespeicherten Analysen, und Bewertungen brauchen einen Speicherort.</translation>
    </message>
    <message>
        <source>No stored analysis to make suggestions from.</source>
        <translation>Keine gespeicherte Analyse, aus der Vorschläge entstehen könnten.</translation>
    </message>
    <message>
        <source>Making suggestions (measuring the sum of the stems)…</source>
        <translation>Vorschläge werden erstellt (die Summe der Stems wird gemessen)…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Keine Vorschläge: %1</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>Vorschläge konnten nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for the session</source>
        <translation>
            <numerusform>%n Vorschlag für die Session</numerusform>
            <numerusform>%n Vorschläge für die Session</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating was not stored: %1</source>
        <translation>Die Bewertung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2: confidence %3 % → %4 %</source>
        <translation>Vorschlag %1 bewertet (%2): Konfidenz %3 % → %4 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: none open</source>
        <translation>&lt;b&gt;Session&lt;/b&gt;: keine geöffnet</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>kein gleichmäßiger Puls</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: %1 of %2 tracks analysed · tempo %3 · key %4</source>
        <translation>&lt;b&gt;Session&lt;/b&gt;: %1 von %2 Spuren analysiert · Tempo %3 · Tonart %4</translation>
    </message>
    <message>
        <source>%1 is no longer in the session folder (its history is kept)</source>
        <translation>%1 ist nicht mehr im Session-Ordner (sein Verlauf bleibt erhalten)</translation>
    </message>
    <message>
        <source>%1 appeared in the session folder and was added to the session</source>
        <translation>%1 ist im Session-Ordner aufgetaucht und wurde zur Session hinzugefügt</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Stemwise.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Stemwise geschrieben.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or created.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet oder angelegt werden.</translation>
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
        <translation>Die Datei %1 ist keine Stemwise-Datenbank; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>Choose a Stemwise database, or a new file name to start one, in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Wählen Sie unter Datei ▸ Einstellungen eine Stemwise-Datenbank oder einen neuen Dateinamen für eine neue. Bis dahin werden Sessions analysiert, ohne Ergebnisse zu speichern.</translation>
    </message>
    <message>
        <source>Delete History Entry</source>
        <translation>Verlaufseintrag löschen</translation>
    </message>
    <message>
        <source>Delete the analysis of %1 from the history of %2?

Its suggestions and their ratings are deleted with it; what the ratings taught Stemwise stays learned. This cannot be undone.</source>
        <translation>Die Analyse vom %1 aus dem Verlauf von %2 löschen?

Ihre Vorschläge und deren Bewertungen werden mit gelöscht; was Stemwise aus den Bewertungen gelernt hat, bleibt gelernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The history entry was not deleted: %1</source>
        <translation>Der Verlaufseintrag wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The history entry was deleted.</source>
        <translation>Der Verlaufseintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>it is no longer in the database</source>
        <translation>er ist nicht mehr in der Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>, %n more one click away (Show more)</source>
        <translation>
            <numerusform>, %n weiterer einen Klick entfernt (Mehr zeigen)</numerusform>
            <numerusform>, %n weitere einen Klick entfernt (Mehr zeigen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2 after listening: confidence %3 % → %4 %</source>
        <translation>Vorschlag %1 nach dem Anhören bewertet (%2): Konfidenz %3 % → %4 %</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;DAW sessions (*.ardour *.RPP *.rpp);;All files (*)</source>
        <translation>Audiodateien (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;DAW-Sessions (*.ardour *.RPP *.rpp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: reading %1…</source>
        <translation>&lt;b&gt;Session&lt;/b&gt;: %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Session</source>
        <translation>&amp;Demo-Session öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Rating of Suggestion %1 (%2)</source>
        <translation>Bewertung von Vorschlag %1 (%2)</translation>
    </message>
    <message>
        <source>The rating was not taken back: %1</source>
        <translation>Die Bewertung wurde nicht zurückgenommen: %1</translation>
    </message>
    <message>
        <source>Rating of suggestion %1 (%2) taken back: confidence %3 % → %4 %</source>
        <translation>Bewertung von Vorschlag %1 (%2) zurückgenommen: Konfidenz %3 % → %4 %</translation>
    </message>
    <message>
        <source>Type of %1 (%2)</source>
        <translation>Typ von %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Type of %n Track(s) (%1)</source>
        <translation>
            <numerusform>Typ von %n Spur (%1)</numerusform>
            <numerusform>Typ von %n Spuren (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;Type of %n Track(s)</source>
        <translation>
            <numerusform>&amp;Typ von %n Spur ändern</numerusform>
            <numerusform>&amp;Typ von %n Spuren ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Standardspalten</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>appears once the session is analysed.</source>
        <translation>erscheint, sobald die Session analysiert ist.</translation>
    </message>
    <message>
        <source>needs two or more analysed stems.</source>
        <translation>braucht zwei oder mehr analysierte Stems.</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>kein temporärer Ordner für die Summe: %1</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>&amp;Referenzen</translation>
    </message>
    <message>
        <source>&amp;Group by Type</source>
        <translation>Nach Typ gr&amp;uppieren</translation>
    </message>
    <message>
        <source>The colour of each track&apos;s type: the swatch beside its name, its row of the band balance, its waveform (View ▸ Group by Type gathers the types)</source>
        <translation>Die Farbe des Typs jeder Spur: das Feld neben ihrem Namen, ihre Zeile in der Bandbalance, ihre Wellenform (Ansicht ▸ Nach Typ gruppieren fasst die Typen zusammen)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingMatrixView</name>
    <message>
        <source>Needs two or more analysed tracks</source>
        <translation>Benötigt zwei oder mehr analysierte Spuren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: no masking found</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;: keine Maskierung gefunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;worst in the %3 band, %4&lt;br&gt;severity %5 %, both play there %6 % of the time&lt;br&gt;level difference %7 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;am stärksten im Band %3, %4&lt;br&gt;Schwere %5 %, beide spielen dort %6 % der Zeit&lt;br&gt;Pegelunterschied %7 dB</translation>
    </message>
    <message>
        <source>Masking matrix: the worst band of each pair (hover a cell for the names and figures)</source>
        <translation>Maskierungsmatrix: das schlimmste Band jedes Paars (Zelle überfahren für Namen und Werte)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingPanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Both play</source>
        <translation>Beide spielen</translation>
    </message>
    <message>
        <source>Level diff.</source>
        <translation>Pegeldiff.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>The two tracks that mask each other; hover for their full names.</source>
        <translation>Die beiden Spuren, die sich maskieren; überfahren zeigt die vollen Namen.</translation>
    </message>
    <message>
        <source>Where in the band both spectra are strong (within 6 dB of their own peak there): where a carve would go.</source>
        <translation>Wo im Band beide Spektren stark sind (innerhalb 6 dB ihres eigenen Maximums dort): wo ein Freischneiden hingehört.</translation>
    </message>
    <message>
        <source>How much of the time the two tracks overlap both are active in that band, as a share and in seconds.</source>
        <translation>Wie viel der gemeinsamen Zeit beider Spuren beide in diesem Band aktiv sind, als Anteil und in Sekunden.</translation>
    </message>
    <message>
        <source>The first track&apos;s level in the band minus the second&apos;s: the closer to 0 dB, the more they fight.</source>
        <translation>Pegel der ersten Spur im Band minus der zweiten: je näher an 0 dB, desto mehr konkurrieren sie.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity&lt;/b&gt;, 0–100 %: the share of the time both play in the band × how much of their energy is there (half of it or more counts in full) × how close their levels are (12 dB apart counts nothing).&lt;/p&gt;&lt;p&gt;Pairs are ranked by it, worst first; each pair by its worst band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schwere&lt;/b&gt;, 0–100 %: Anteil der Zeit, in der beide im Band spielen × wie viel ihrer Energie dort liegt (die Hälfte oder mehr zählt voll) × wie nah ihre Pegel sind (12 dB Abstand zählt nichts).&lt;/p&gt;&lt;p&gt;Die Paare sind danach geordnet, das schlimmste zuerst; jedes Paar nach seinem schlimmsten Band.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>outlined: no masking found</source>
        <translation>umrandet: keine Maskierung gefunden</translation>
    </message>
    <message>
        <source>grey: the same pair, mirrored</source>
        <translation>grau: dasselbe Paar, gespiegelt</translation>
    </message>
    <message>
        <source>blue frame: the pair chosen in the list</source>
        <translation>blauer Rahmen: das in der Liste gewählte Paar</translation>
    </message>
    <message>
        <source>“43 % · 64 %”: severity · share of the time both play in the band</source>
        <translation>„43 % · 64 %“: Schwere · Anteil der Zeit, in der beide im Band spielen</translation>
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
        <translation>beide im Band aktiv: %1 der %2, die sich die Spuren überlappen</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masking&lt;/b&gt;: appears once two or more tracks are analysed and the suggestions are made.</source>
        <translation>&lt;b&gt;Maskierung&lt;/b&gt;: erscheint, sobald zwei oder mehr Spuren analysiert und die Vorschläge erstellt sind.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n track(s) masks the other.</source>
        <translation>
            <numerusform>&lt;b&gt;Maskierung&lt;/b&gt;: kein Paar der %n Spur maskiert sich.</numerusform>
            <numerusform>&lt;b&gt;Maskierung&lt;/b&gt;: kein Paar der %n Spuren maskiert sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: %n pair(s) mask each other, the worst first</source>
        <translation>
            <numerusform>&lt;b&gt;Maskierung&lt;/b&gt;: %n Paar maskiert sich, das schlimmste zuerst</numerusform>
            <numerusform>&lt;b&gt;Maskierung&lt;/b&gt;: %n Paare maskieren sich, das schlimmste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MixPanel</name>
    <message>
        <source>Delivery target</source>
        <translation>Lieferziel</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Lautheit</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Peak margin</source>
        <translation>Spitzenreserve</translation>
    </message>
    <message>
        <source>The mix&apos;s integrated loudness minus the target&apos;s: how far to turn the whole mix down (+) or up (−) to meet it.</source>
        <translation>Integrierte Lautheit des Mix minus die des Ziels: um wie viel der ganze Mix leiser (+) oder lauter (−) werden muss, um es zu treffen.</translation>
    </message>
    <message>
        <source>Once the mix is turned to the target&apos;s loudness: how far its true peak stays under the target&apos;s ceiling, or how far over it (a limiter&apos;s work).</source>
        <translation>Sobald der Mix auf die Lautheit des Ziels gebracht ist: wie weit sein True Peak unter der Obergrenze des Ziels bleibt oder wie weit darüber (Arbeit für einen Limiter).</translation>
    </message>
    <message>
        <source>The mix appears once the session is analysed.</source>
        <translation>Der Mix erscheint, sobald die Session analysiert ist.</translation>
    </message>
    <message>
        <source>Streaming (Spotify, YouTube, Tidal…)</source>
        <translation>Streaming (Spotify, YouTube, Tidal…)</translation>
    </message>
    <message>
        <source>Broadcast, EBU R128</source>
        <translation>Rundfunk, EBU R128</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message numerus="yes">
        <source>summing the %n stem(s) at unity and analysing the sum…</source>
        <translation>
            <numerusform>summiere %n Stem bei Unity und analysiere die Summe…</numerusform>
            <numerusform>summiere die %n Stems bei Unity und analysiere die Summe…</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>nicht gemessen (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mix&lt;/b&gt; (the stems summed at unity, analysed as a track): integrated &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · true peak &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · loudness range %3&amp;nbsp;LU · short-term max %4&amp;nbsp;LUFS · %5</source>
        <translation>&lt;b&gt;Mix&lt;/b&gt; (die Stems bei Unity summiert, als Spur analysiert): integriert &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · True Peak &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · Lautheitsbereich %3&amp;nbsp;LU · Kurzzeit-Maximum %4&amp;nbsp;LUFS · %5</translation>
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
        <translation>im Ziel (%1 LU)</translation>
    </message>
    <message>
        <source>+%1 LU: turn down %1 dB</source>
        <translation>+%1 LU: %1 dB leiser</translation>
    </message>
    <message>
        <source>−%1 LU: turn up %1 dB</source>
        <translation>−%1 LU: %1 dB lauter</translation>
    </message>
    <message>
        <source>%1 dB under</source>
        <translation>%1 dB darunter</translation>
    </message>
    <message>
        <source>%1 dB over: limit</source>
        <translation>%1 dB darüber: limitieren</translation>
    </message>
    <message>
        <source>At the target&apos;s loudness the mix&apos;s true peak would be %1 dBTP.</source>
        <translation>Bei der Lautheit des Ziels läge der True Peak des Mix bei %1 dBTP.</translation>
    </message>
    <message>
        <source>Sho&amp;w in Track View</source>
        <translation>In der Spuransicht &amp;zeigen</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Ihr &amp;Ziel:</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::PlaybackController</name>
    <message>
        <source>Nothing to play: open a session first.</source>
        <translation>Nichts abzuspielen: Öffnen Sie zuerst eine Session.</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Wiedergabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Vorhören nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ReferencesPanel</name>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1: nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(kein Genre)</translation>
    </message>
    <message>
        <source>Add References…</source>
        <translation>Referenzen hinzufügen…</translation>
    </message>
    <message>
        <source>Analyse mixes you trust (commercial records) and keep them in the library, under a genre</source>
        <translation>Mixe, denen Sie vertrauen (kommerzielle Platten), analysieren und unter einem Genre in der Bibliothek behalten</translation>
    </message>
    <message>
        <source>Genre…</source>
        <translation>Genre…</translation>
    </message>
    <message>
        <source>Give the chosen references another genre</source>
        <translation>Den gewählten Referenzen ein anderes Genre geben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the chosen references out of the library (their files stay where they are)</source>
        <translation>Die gewählten Referenzen aus der Bibliothek nehmen (ihre Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
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
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R 128), LUFS</source>
        <translation>Integrierte Lautheit (EBU R 128), LUFS</translation>
    </message>
    <message>
        <source>True peak, dBTP</source>
        <translation>True Peak, dBTP</translation>
    </message>
    <message>
        <source>What of the session to compare: the Mix (the stems summed at unity), as a reference is a whole record</source>
        <translation>Was aus der Session verglichen wird: der Mix (die Stems bei Unity summiert), denn eine Referenz ist eine ganze Platte</translation>
    </message>
    <message>
        <source>A genre&apos;s target (the mean of its references at equal loudness) or one reference</source>
        <translation>Das Ziel eines Genres (der Mittelwert seiner Referenzen bei gleicher Lautheit) oder eine Referenz</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>No database: the reference library is kept in it.</source>
        <translation>Keine Datenbank: Die Referenzbibliothek wird darin geführt.</translation>
    </message>
    <message>
        <source>Reading the reference library…</source>
        <translation>Lese die Referenzbibliothek…</translation>
    </message>
    <message numerus="yes">
        <source>Mix (%n stem(s) at unity)</source>
        <translation>
            <numerusform>Mix (%n Stem bei Unity)</numerusform>
            <numerusform>Mix (%n Stems bei Unity)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add References</source>
        <translation>Referenzen hinzufügen</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;All files (*)</source>
        <translation>Audiodateien (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre der %n Referenz (leer: keins):</numerusform>
            <numerusform>Genre der %n Referenzen (leer: keins):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n chosen reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre der %n gewählten Referenz (leer: keins):</numerusform>
            <numerusform>Genre der %n gewählten Referenzen (leer: keins):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n reference(s)…</source>
        <translation>
            <numerusform>Analysiere %n Referenz…</numerusform>
            <numerusform>Analysiere %n Referenzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Genre of %1 (%2)</source>
        <translation>Genre von %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Genre von %n Referenz (%1)</numerusform>
            <numerusform>Genre von %n Referenzen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Reference %1</source>
        <translation>Referenz %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Reference(s)</source>
        <translation>
            <numerusform>%n Referenz entfernen</numerusform>
            <numerusform>%n Referenzen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reference library…</source>
        <translation>Schreibe die Referenzbibliothek…</translation>
    </message>
    <message>
        <source>The reference library could not be read or written: %1</source>
        <translation>Die Referenzbibliothek konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in the library.</source>
        <translation>
            <numerusform>%n Referenz in der Bibliothek.</numerusform>
            <numerusform>%n Referenzen in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Reference %1</source>
        <translation>Referenz %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Reference(s)</source>
        <translation>
            <numerusform>%n Referenz hinzufügen</numerusform>
            <numerusform>%n Referenzen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 (mean of %n reference(s))</source>
        <translation>
            <numerusform>Ziel für %1 (Mittel aus %n Referenz)</numerusform>
            <numerusform>Ziel für %1 (Mittel aus %n Referenzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Referenz: %1 (%2)</translation>
    </message>
    <message>
        <source>Add references (mixes you trust, tagged with a genre) to compare the session with.</source>
        <translation>Fügen Sie Referenzen hinzu (Mixe, denen Sie vertrauen, mit einem Genre), um die Session damit zu vergleichen.</translation>
    </message>
    <message>
        <source>The session&apos;s Mix appears once the session is analysed.</source>
        <translation>Der Mix der Session erscheint, sobald die Session analysiert ist.</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Ziel für %1</translation>
    </message>
    <message>
        <source>%1 is one stem and the references are whole mixes: the differences show how far it is from a record, not what to change on it. Compare the Mix for moves.</source>
        <translation>%1 ist ein einzelner Stem, die Referenzen sind ganze Mixe: Die Unterschiede zeigen, wie weit er von einer Platte entfernt ist, nicht, was daran zu ändern ist. Für Eingriffe den Mix vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached to this session.</source>
        <translation>
            <numerusform>%n an diese Session angehängt.</numerusform>
            <numerusform>%n an diese Session angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <translation>%1 · diese Session</translation>
    </message>
    <message>
        <source>Attached to this session on the command line (stemwise reference add --session); compared with here, changed or removed there</source>
        <translation>Auf der Kommandozeile an diese Session angehängt (stemwise reference add --session): hier zum Vergleichen, dort zu ändern oder zu entfernen</translation>
    </message>
    <message>
        <source>Session reference: %1</source>
        <translation>Session-Referenz: %1</translation>
    </message>
    <message>
        <source>The sound I want</source>
        <translation>Der Sound, den ich will</translation>
    </message>
    <message>
        <source>Not my style</source>
        <translation>Nicht mein Stil</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Counts twice in the style learned from its genre&apos;s references</source>
        <translation>Zählt doppelt im Stil, der aus den Referenzen seines Genres gelernt wird</translation>
    </message>
    <message>
        <source>Left out of its genre&apos;s target and of the style learned from it</source>
        <translation>Bleibt aus dem Ziel seines Genres und dem daraus gelernten Stil heraus</translation>
    </message>
    <message>
        <source>Counts once in its genre&apos;s target and style</source>
        <translation>Zählt einfach im Ziel und Stil seines Genres</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Say which references are the sound you want (they count twice in your style) and which are not your style (left out of the genre&apos;s target)</source>
        <translation>Angeben, welche Referenzen der Sound sind, den Sie wollen (sie zählen doppelt in Ihrem Stil), und welche nicht Ihr Stil sind (aus dem Ziel des Genres ausgelassen)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Your rating: the sound you want counts twice in the style learned from a genre&apos;s references, not your style is left out</source>
        <translation>Ihre Bewertung: der Sound, den Sie wollen, zählt doppelt im aus den Referenzen eines Genres gelernten Stil; nicht Ihr Stil wird ausgelassen</translation>
    </message>
    <message>
        <source>Rate %1 (%2)</source>
        <translation>%1 bewerten (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Reference(s) (%1)</source>
        <translation>
            <numerusform>%n Referenz bewerten (%1)</numerusform>
            <numerusform>%n Referenzen bewerten (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) rated the sound you want count twice</source>
        <translation>
            <numerusform>%n als gewünschter Sound bewertete Referenz zählt doppelt</numerusform>
            <numerusform>%n als gewünschter Sound bewertete Referenzen zählen doppelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated not your style left out</source>
        <translation>
            <numerusform>%n als nicht Ihr Stil bewertete ausgelassen</numerusform>
            <numerusform>%n als nicht Ihr Stil bewertete ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ratings weigh this target&apos;s style: %1.</source>
        <translation>Ihre Bewertungen gewichten den Stil dieses Ziels: %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SectionsPanel</name>
    <message>
        <source>Bars</source>
        <translation>Takte</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonart</translation>
    </message>
    <message>
        <source>Stems playing</source>
        <translation>Spielende Stems</translation>
    </message>
    <message>
        <source>Loudness of the stems summed over the section (gated as BS.1770-4)</source>
        <translation>Lautheit der summierten Stems über den Abschnitt (gegated nach BS.1770-4)</translation>
    </message>
    <message>
        <source>Short-term loudness maximum, LUFS</source>
        <translation>Maximum der Kurzzeit-Lautheit, LUFS</translation>
    </message>
    <message>
        <source>Loudness range, LU (EBU Tech 3342)</source>
        <translation>Lautheitsbereich, LU (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>The key the section states, from the stems&apos; chroma over it; – when not clear</source>
        <translation>Die Tonart des Abschnitts, aus dem Chroma der Stems darin; – wenn nicht eindeutig</translation>
    </message>
    <message>
        <source>Click a section to loop it</source>
        <translation>Klicken Sie auf einen Abschnitt, um ihn als Schleife abzuspielen</translation>
    </message>
    <message>
        <source>No sections: open a session of stems.</source>
        <translation>Keine Abschnitte: Öffnen Sie eine Session aus Stems.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), bounded by the DAW session&apos;s markers.</source>
        <translation>
            <numerusform>%n Abschnitt, begrenzt durch die Marker der DAW-Session.</numerusform>
            <numerusform>%n Abschnitte, begrenzt durch die Marker der DAW-Session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a section to loop it.</source>
        <translation>Klicken Sie auf einen Abschnitt, um ihn als Schleife abzuspielen.</translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation>Sicherheit %1 %</translation>
    </message>
    <message>
        <source>One section: nothing was measured to divide it.</source>
        <translation>Ein Abschnitt: Es wurde nichts gemessen, um ihn zu unterteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</source>
        <translation>
            <numerusform>%n Abschnitt aus den Änderungen des Mixes selbst (Harmonik, Klangfarbe, Pegel), auf den Takten von %1 BPM.</numerusform>
            <numerusform>%n Abschnitte aus den Änderungen des Mixes selbst (Harmonik, Klangfarbe, Pegel), auf den Takten von %1 BPM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</source>
        <translation>
            <numerusform>%n Abschnitt aus den Änderungen des Mixes selbst (Harmonik, Klangfarbe, Pegel; kein Tempo: keine Takte).</numerusform>
            <numerusform>%n Abschnitte aus den Änderungen des Mixes selbst (Harmonik, Klangfarbe, Pegel; kein Tempo: keine Takte).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2, on the bars of %3 BPM.</source>
        <translation>%1 aus %2, auf den Takten von %3 BPM.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stem(s)</source>
        <translation>
            <numerusform>%n Stem</numerusform>
            <numerusform>%n Stems</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 (no tempo: no bars).</source>
        <translation>%1 aus %2 (kein Tempo: keine Takte).</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Takes effect when Stemwise starts again.</source>
        <translation>Wird beim nächsten Start von Stemwise wirksam.</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 Oktave</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 Oktave</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 Oktave</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Stemwise database (*.sqlite);;All files (*)</source>
        <translation>Stemwise-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Empty: the default. The file is created if it does not exist; analyses, history and ratings are kept in it.</source>
        <translation>Leer: der Standard. Die Datei wird angelegt, falls sie nicht existiert; Analysen, Verlauf und Bewertungen werden darin gespeichert.</translation>
    </message>
    <message>
        <source>Reopen the last session at start-up</source>
        <translation>Beim Start die letzte Session wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Analysis threads:</source>
        <translation>&amp;Analyse-Threads:</translation>
    </message>
    <message>
        <source>Spectrum &amp;smoothing:</source>
        <translation>Spektrum-&amp;Glättung:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Default output</source>
        <translation>Standardausgang</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>A&amp;usgang:</translation>
    </message>
    <message>
        <source>&amp;Follow a DAW over OSC</source>
        <translation>Einer DAW über OSC &amp;folgen</translation>
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
        <translation>Standard der DAW (Ardour 3819, REAPER 8000)</translation>
    </message>
    <message>
        <source>automatic (Ardour: any free port; REAPER: 9000)</source>
        <translation>automatisch (Ardour: ein freier Port; REAPER: 9000)</translation>
    </message>
    <message>
        <source>Ardour: turn on Open Sound Control in its Preferences ▸ Control Surfaces; Stemwise subscribes to it. REAPER: add an OSC control surface that sends to this computer on the listening port. The DAW&apos;s selected track selects the track of the same name here; its faders, pans and mutes feed the mix-bus sum and the suggestions.</source>
        <translation>Ardour: Open Sound Control in den Einstellungen ▸ Control Surfaces einschalten; Stemwise meldet sich dort an. REAPER: eine OSC-Steueroberfläche hinzufügen, die an diesen Computer auf dem Empfangsport sendet. Die in der DAW ausgewählte Spur wählt hier die Spur gleichen Namens aus; ihre Fader, Panoramen und Stummschaltungen gehen in die Summe des Mix-Busses und in die Vorschläge ein.</translation>
    </message>
    <message>
        <source>DA&amp;W:</source>
        <translation>DA&amp;W:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>DAW&apos;s &amp;port:</source>
        <translation>&amp;Port der DAW:</translation>
    </message>
    <message>
        <source>Listening po&amp;rt:</source>
        <translation>Hö&amp;ren auf Port:</translation>
    </message>
    <message>
        <source>Local API for scr&amp;ipts (this computer only, with a token)</source>
        <translation>Lokale API für Skr&amp;ipte (nur dieser Computer, mit Token)</translation>
    </message>
    <message>
        <source>Off: nothing listens.</source>
        <translation>Aus: nichts lauscht.</translation>
    </message>
    <message>
        <source>API port:</source>
        <translation>API-Port:</translation>
    </message>
    <message>
        <source>Serving at %1
Token: %2 (send it as &quot;Authorization: Bearer TOKEN&quot;)</source>
        <translation>Dient unter %1
Token: %2 (senden als &quot;Authorization: Bearer TOKEN&quot;)</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Nicht aktiv: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SpectrumView</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Frequenz (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Pegel (dB)</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spektrum</translation>
    </message>
    <message>
        <source>Long-term spectrum</source>
        <translation>Langzeitspektrum</translation>
    </message>
    <message>
        <source>Long-term spectrum, 1/%1 octave (shaded: expected range for %2)</source>
        <translation>Langzeitspektrum, 1/%1 Oktave (schattiert: erwarteter Bereich für %2)</translation>
    </message>
    <message numerus="yes">
        <source>10–90 % of your %n reference(s)</source>
        <translation>
            <numerusform>10–90 % Ihrer %n Referenz</numerusform>
            <numerusform>10–90 % Ihrer %n Referenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected for %1</source>
        <translation>Erwartet für %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 % of the energy</source>
        <translation>%1: %2 von %3 bis %4 % der Energie</translation>
    </message>
    <message numerus="yes">
        <source>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Langzeitspektrum, 1/%1 Oktave (schattiert: 10–90 % Ihrer %n Referenz)</numerusform>
            <numerusform>Langzeitspektrum, 1/%1 Oktave (schattiert: 10–90 % Ihrer %n Referenzen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SuggestionsPanel</name>
    <message>
        <source>useful</source>
        <translation>nützlich</translation>
    </message>
    <message>
        <source>not useful</source>
        <translation>nicht nützlich</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/Okt.</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Ganze Session</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Ihre Bewertung</translation>
    </message>
    <message>
        <source>Useful (U)</source>
        <translation>Nützlich (U)</translation>
    </message>
    <message>
        <source>Not useful (N)</source>
        <translation>Nicht nützlich (N)</translation>
    </message>
    <message>
        <source>Applied (A)</source>
        <translation>Angewendet (A)</translation>
    </message>
    <message>
        <source>Dismissed (D)</source>
        <translation>Verworfen (D)</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Vorschläge erscheinen, sobald die Session analysiert und gespeichert ist.</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Session</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n suggestion(s)&lt;/b&gt; for %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n Vorschlag&lt;/b&gt; für %1</numerusform>
            <numerusform>&lt;b&gt;%n Vorschläge&lt;/b&gt; für %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more under “Show more”)</source>
        <translation>
            <numerusform> (%n weiterer unter „Mehr zeigen“)</numerusform>
            <numerusform> (%n weitere unter „Mehr zeigen“)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · confidence %4 % (the rule&apos;s own: %5 %)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · Priorität %3 · Konfidenz %4 % (Ausgangswert der Regel: %5 %)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>ganze Session</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Warum:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Belege&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your ratings:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Bewertungen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Re-bounce:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Neuer Bounce:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;The rating was not stored:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Die Bewertung wurde nicht gespeichert:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Ihre Bewertung:&lt;/b&gt; Konfidenz %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listen (L)</source>
        <translation>Anhören (L)</translation>
    </message>
    <message>
        <source>Play where the evidence is strongest, with the band solo that fits it</source>
        <translation>Dort abspielen, wo der Befund am deutlichsten ist, mit dem passenden Band-Solo</translation>
    </message>
    <message>
        <source>Preview (P)</source>
        <translation>Vorhören (P)</translation>
    </message>
    <message>
        <source>Play it with the suggested move applied; switch with/without in the transport bar (loudness-matched)</source>
        <translation>Mit dem vorgeschlagenen Eingriff abspielen; mit/ohne in der Transportleiste umschalten (lautheitsangeglichen)</translation>
    </message>
    <message>
        <source>Whose suggestions to show: the track selected in the table, the whole session, or one track</source>
        <translation>Wessen Vorschläge gezeigt werden: die in der Tabelle gewählte Spur, die ganze Session oder eine Spur</translation>
    </message>
    <message>
        <source>Which kind of move to show</source>
        <translation>Welche Art von Eingriff gezeigt wird</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Level and headroom</source>
        <translation>Pegel und Headroom</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Maskierung</translation>
    </message>
    <message>
        <source>EQ and filters</source>
        <translation>EQ und Filter</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <source>Stereo and phase</source>
        <translation>Stereo und Phase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Also the suggestions beyond the per-track and per-session limits, the lines of the gain plan and those pushed down by your ratings</source>
        <translation>Auch die Vorschläge jenseits der Grenzen pro Spur und pro Session, die Zeilen des Gain-Plans und die von Ihren Bewertungen zurückgestuften</translation>
    </message>
    <message>
        <source>Selected track</source>
        <translation>Gewählte Spur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Session plan:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Session-Plan:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it after listening:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Ihre Bewertung nach dem Anhören:&lt;/b&gt; Konfidenz %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;You listened to it: a rating now counts %1 times in what Stemwise learns.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sie haben ihn angehört: Eine Bewertung zählt jetzt %1-fach für das, was Stemwise lernt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Making suggestions: measuring the session again (tempo, key, the stems&apos; summed peak)…</source>
        <translation>Vorschläge werden erstellt: die Session wird neu gemessen (Tempo, Tonart, Summenspitze der Stems)…</translation>
    </message>
    <message>
        <source>The suggestion&apos;s number: the same while the files do not change, so you can find it again (stemwise rate uses it too).</source>
        <translation>Die Nummer des Vorschlags: gleich, solange sich die Dateien nicht ändern, damit Sie ihn wiederfinden (auch stemwise rate verwendet sie).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Priority&lt;/b&gt;, 1 (do first) to 5: what the move fixes. 1 clipping and headroom of the sum; 2 masking of the lead parts and the kick against the bass; 3 tonal balance (broad EQ, filters, other masking, stereo); 4 detail (narrow notches, de-essing, compression). One step lower when the problem is marginal, and moved one step per 10 points your ratings moved the confidence.&lt;/p&gt;&lt;p&gt;Red: priority 1, amber: 2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Priorität&lt;/b&gt;, 1 (zuerst) bis 5: was der Eingriff behebt. 1 Übersteuerung und Headroom der Summe; 2 Maskierung der Hauptstimmen und Kick gegen Bass; 3 tonale Balance (breiter EQ, Filter, übrige Maskierung, Stereo); 4 Details (schmale Notches, De-Essing, Kompression). Eine Stufe niedriger, wenn das Problem knapp ist, und eine Stufe je 10 Punkte, um die Ihre Bewertungen die Konfidenz bewegt haben.&lt;/p&gt;&lt;p&gt;Rot: Priorität 1, Gelb: 2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidence&lt;/b&gt;: how likely this move is right for this track, from the rule&apos;s own confidence and your ratings of the rule on this type of track (Useful, Not useful, Applied, Dismissed; ratings given after listening count 1.5 times).&lt;/p&gt;&lt;p&gt;“70 → 55 %”: what your rating here changed. Below 25 % a suggestion goes under “Show more”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Konfidenz&lt;/b&gt;: wie wahrscheinlich dieser Eingriff für diese Spur richtig ist, aus der Konfidenz der Regel und Ihren Bewertungen der Regel auf diesem Spurtyp (Nützlich, Nicht nützlich, Angewendet, Verworfen; nach dem Anhören gegebene zählen 1,5-fach).&lt;/p&gt;&lt;p&gt;„70 → 55 %“: was Ihre Bewertung hier geändert hat. Unter 25 % wandert ein Vorschlag unter „Mehr zeigen“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your ratings of this suggestion; Edit ▸ Undo takes the last one back.</source>
        <translation>Ihre Bewertungen dieses Vorschlags; Bearbeiten ▸ Rückgängig nimmt die letzte zurück.</translation>
    </message>
    <message>
        <source>The session&apos;s genre, which the suggestions adjust for. &quot;Estimate&quot;: the nearest of your references&apos; genres and the built-in style profiles, marked estimated in the line above</source>
        <translation>Das Genre der Session, auf das sich die Vorschläge einstellen. „Schätzen“: das nächste der Genres Ihrer Referenzen und der eingebauten Stilprofile, oben als geschätzt gekennzeichnet</translation>
    </message>
    <message>
        <source>Genre: estimate</source>
        <translation>Genre: schätzen</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Genre: %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TimelineCursor</name>
    <message>
        <source>Click to play from here; drag to loop a stretch</source>
        <translation>Klicken: ab hier abspielen; ziehen: einen Abschnitt schleifen</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackPanel</name>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 Oktave</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 Oktave</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 Oktave</translation>
    </message>
    <message>
        <source>Spectrum smoothing (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Spektrum-Glättung (Strg+1, Strg+2, Strg+3)</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No track selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Spur ausgewählt&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>aus dem Namen</translation>
    </message>
    <message>
        <source>from the sound</source>
        <translation>aus dem Klang</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;ch · score &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;Kan. · Wert &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness and dynamics&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Lautheit und Dynamik&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Geclippt</translation>
    </message>
    <message>
        <source>%L1 samples in %L2 runs</source>
        <translation>%L1 Samples an %L2 Stellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stereo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Stereo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;b&gt;Rhythm and pitch&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;/table&gt;&lt;b&gt;Rhythmus und Tonhöhe&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>kein gleichmäßiger Puls</translation>
    </message>
    <message>
        <source>Onsets</source>
        <translation>Onsets</translation>
    </message>
    <message>
        <source>%1&amp;nbsp;/s (%2)</source>
        <translation>%1&amp;nbsp;/s (%2)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>f0 median</source>
        <translation>f0-Median</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>not monophonic</source>
        <translation>nicht monophon</translation>
    </message>
    <message>
        <source>HNR</source>
        <translation>HNR</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Spektraler Schwerpunkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patterns:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Muster:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probleme (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine gefunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality score %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Qualitätswert %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1, %2 % sure</source>
        <translation>unsicher aus dem Klang: vielleicht %1, zu %2 % sicher</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1 or %2, %3 % sure</source>
        <translation>unsicher aus dem Klang: vielleicht %1 oder %2, zu %3 % sicher</translation>
    </message>
    <message>
        <source>from the sound, %1 % sure</source>
        <translation>aus dem Klang, zu %1 % sicher</translation>
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
        <translation>Mitte</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>L %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>compressor</source>
        <translation>Kompressor</translation>
    </message>
    <message>
        <source>limiter</source>
        <translation>Limiter</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>De-Esser</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>reverb</source>
        <translation>Hall</translation>
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
        <translation>In %1: Bus &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In %1: track &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>In %1: Spur &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>fader %1</source>
        <translation>Fader %1</translation>
    </message>
    <message>
        <source>trim %1</source>
        <translation>Trim %1</translation>
    </message>
    <message>
        <source>pan %1</source>
        <translation>Panorama %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;muted&lt;/b&gt;</source>
        <translation>&lt;b&gt;stummgeschaltet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;soloed&lt;/b&gt;</source>
        <translation>&lt;b&gt;solo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>polarity inverted</source>
        <translation>Polarität invertiert</translation>
    </message>
    <message>
        <source>%1, bypassed</source>
        <translation>%1, umgangen</translation>
    </message>
    <message>
        <source>no plug-ins</source>
        <translation>keine Plug-ins</translation>
    </message>
    <message>
        <source>plug-ins: %1</source>
        <translation>Plug-ins: %1</translation>
    </message>
    <message>
        <source>send to %1 at %2, pre-fader</source>
        <translation>Send an %1 mit %2, Pre-Fader</translation>
    </message>
    <message>
        <source>send to %1 at %2</source>
        <translation>Send an %1 mit %2</translation>
    </message>
    <message>
        <source>(a bounce, matched by its name)</source>
        <translation>(ein Bounce, über seinen Namen zugeordnet)</translation>
    </message>
    <message>
        <source>VCA %1 at %2, &lt;b&gt;muted&lt;/b&gt;</source>
        <translation>VCA %1 mit %2, &lt;b&gt;stummgeschaltet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VCA %1 at %2</source>
        <translation>VCA %1 mit %2</translation>
    </message>
    <message>
        <source>(followed live)</source>
        <translation>(live verfolgt)</translation>
    </message>
    <message>
        <source>the stems summed at unity</source>
        <translation>die Stems bei Unity summiert</translation>
    </message>
    <message>
        <source>Tempo, this track</source>
        <translation>Tempo, diese Spur</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonart, diese Spur</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Analysing %1 %</source>
        <translation>Analysiere %1 %</translation>
    </message>
    <message>
        <source>Re-bounced</source>
        <translation>Neu gebounct</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysiert</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>%1 Bit Float</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Track type (double-click or F2 to change). * = chosen by you.</source>
        <translation>Spurtyp (Doppelklick oder F2 zum Ändern). * = von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Integrated loudness, ITU-R BS.1770-4 (LUFS)</source>
        <translation>Integrierte Lautheit, ITU-R BS.1770-4 (LUFS)</translation>
    </message>
    <message>
        <source>True peak, 4x oversampled (dBTP); red above -1 dBTP</source>
        <translation>True Peak, 4-fach überabgetastet (dBTP); rot über -1 dBTP</translation>
    </message>
    <message>
        <source>Crest factor: sample peak minus RMS (dB)</source>
        <translation>Crestfaktor: Sample-Spitzenpegel minus RMS (dB)</translation>
    </message>
    <message>
        <source>Stereo width: side energy / mid energy (0 = mono, 1 = uncorrelated)</source>
        <translation>Stereobreite: Seitenenergie / Mittenenergie (0 = mono, 1 = unkorreliert)</translation>
    </message>
    <message>
        <source>Quality score, 0-100 (see the breakdown in the track view)</source>
        <translation>Qualitätswert, 0-100 (siehe die Aufschlüsselung in der Spuransicht)</translation>
    </message>
    <message>
        <source>Problems found (clipping, mud, harshness, …)</source>
        <translation>Gefundene Probleme (Clipping, Mulm, Schärfe, …)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
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
        <translation>Crest dB</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Bittiefe</translation>
    </message>
    <message>
        <source>Missing: the file was removed</source>
        <translation>Fehlt: Die Datei wurde entfernt</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed tracks</source>
        <translation>Solo: nur die Solo-Spuren hören</translation>
    </message>
    <message>
        <source>Mute this track</source>
        <translation>Diese Spur stummschalten</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
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
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Stop and return to where playing started</source>
        <translation>Stopp und zurück zum Startpunkt der Wiedergabe</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Loop the stretch dragged on the waveform or the loudness curve</source>
        <translation>Den auf der Wellenform oder Lautheitskurve gezogenen Abschnitt schleifen</translation>
    </message>
    <message>
        <source>Hear the suggested move on (checked) or off, loudness-matched so a cut does not just sound quieter</source>
        <translation>Den vorgeschlagenen Eingriff an (gedrückt) oder aus hören, lautheitsangeglichen, damit eine Absenkung nicht nur leiser klingt</translation>
    </message>
    <message>
        <source>Back to the whole session</source>
        <translation>Zurück zur ganzen Session</translation>
    </message>
    <message>
        <source>Output peak, left over right (dBFS)</source>
        <translation>Ausgangsspitze, links über rechts (dBFS)</translation>
    </message>
    <message>
        <source>Short-term loudness of what is played (EBU R128, 3 s)</source>
        <translation>Kurzzeit-Lautheit des Gespielten (EBU R128, 3 s)</translation>
    </message>
    <message>
        <source>Opening the output…</source>
        <translation>Ausgang wird geöffnet…</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>Anhören: %1</translation>
    </message>
    <message>
        <source>Previewing: %1</source>
        <translation>Vorhören: %1</translation>
    </message>
    <message>
        <source>With the move</source>
        <translation>Mit dem Eingriff</translation>
    </message>
    <message>
        <source>Without the move</source>
        <translation>Ohne den Eingriff</translation>
    </message>
    <message>
        <source>Output peak, left over right: %1 / %2 dBFS (highest %3 / %4)</source>
        <translation>Ausgangsspitze, links über rechts: %1 / %2 dBFS (höchste %3 / %4)</translation>
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
        <translation>Den Eingriff an oder aus hören; seine Seite spielt mit %1 dB, um die Lautheit ohne ihn zu treffen</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message numerus="yes">
        <source>Waveform (markers: %n onset(s))</source>
        <translation>
            <numerusform>Wellenform (Marker: %n Onset)</numerusform>
            <numerusform>Wellenform (Marker: %n Onsets)</numerusform>
        </translation>
    </message>
    <message>
        <source>No waveform overview stored for this analysis</source>
        <translation>Für diese Analyse ist keine Wellenformübersicht gespeichert</translation>
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
        <translation>Öffnen Sie die Stems einer Session: Jede Spur wird gemessen (Lautheit, True Peak, Spektrum, Dynamik, Stereo, Tempo und Tonart), was sich im Mix in die Quere kommt, wird gefunden, und zu jedem Befund gibt es einen konkreten Schritt.</translation>
    </message>
    <message>
        <source>Open a Folder of Stems…</source>
        <translation>Ordner mit Stems öffnen…</translation>
    </message>
    <message>
        <source>A folder of bounced tracks (WAV, AIFF, FLAC, …) or a DAW session (Ardour, REAPER). %1</source>
        <translation>Ein Ordner mit exportierten Spuren (WAV, AIFF, FLAC, …) oder eine DAW-Session (Ardour, REAPER). %1</translation>
    </message>
    <message>
        <source>Open Files…</source>
        <translation>Dateien öffnen…</translation>
    </message>
    <message>
        <source>Single files, from anywhere. %1</source>
        <translation>Einzelne Dateien, von überall. %1</translation>
    </message>
    <message>
        <source>Open the Demo Session</source>
        <translation>Demo-Session öffnen</translation>
    </message>
    <message>
        <source>Five synthesised stems, 24 s at 120 BPM in A minor, with faults to find: ready in a second.</source>
        <translation>Fünf synthetisierte Stems, 24 s bei 120 BPM in a-Moll, mit Fehlern zum Finden: in einer Sekunde bereit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnete Sessions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the sessions you open are listed here.</source>
        <translation>Noch keine: Die Sessions, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Or drop files or a folder anywhere on this window.</source>
        <translation>Oder ziehen Sie Dateien oder einen Ordner irgendwo auf dieses Fenster.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s) in %2</source>
        <translation>
            <numerusform>%1 — %n Datei in %2</numerusform>
            <numerusform>%1 — %n Dateien in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WorkspacePlayback</name>
    <message>
        <source>This suggestion has no move to preview: %1</source>
        <translation>Dieser Vorschlag hat keinen Eingriff zum Vorhören: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
