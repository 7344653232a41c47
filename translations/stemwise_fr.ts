<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Band</name>
    <message>
        <source>Sub bass</source>
        <translation>Infragraves</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Graves</translation>
    </message>
    <message>
        <source>Low mids</source>
        <translation>Bas-médiums</translation>
    </message>
    <message>
        <source>Mids</source>
        <translation>Médiums</translation>
    </message>
    <message>
        <source>Upper mids</source>
        <translation>Haut-médiums</translation>
    </message>
    <message>
        <source>Highs</source>
        <translation>Aigus</translation>
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
        <translation> et </translation>
    </message>
    <message>
        <source>kick</source>
        <translation>grosse caisse</translation>
    </message>
    <message>
        <source>snare</source>
        <translation>caisse claire</translation>
    </message>
    <message>
        <source>hats</source>
        <translation>charleston</translation>
    </message>
    <message>
        <source>drums</source>
        <translation>batterie</translation>
    </message>
    <message>
        <source>vocals</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>bass</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>guitar</source>
        <translation>guitare</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>claviers</translation>
    </message>
    <message>
        <source>pad</source>
        <translation>nappe</translation>
    </message>
    <message>
        <source>strings</source>
        <translation>cordes</translation>
    </message>
    <message>
        <source>winds</source>
        <translation>vents</translation>
    </message>
    <message>
        <source>synth</source>
        <translation>synthé</translation>
    </message>
    <message>
        <source>fx</source>
        <translation>effets</translation>
    </message>
    <message>
        <source>mix</source>
        <translation>mix</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>rhythmic</source>
        <translation>rythmique</translation>
    </message>
    <message>
        <source>tonal</source>
        <translation>tonal</translation>
    </message>
    <message>
        <source>percussive</source>
        <translation>percussif</translation>
    </message>
    <message>
        <source>sustained</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <source>truncated file</source>
        <translation>fichier tronqué</translation>
    </message>
    <message>
        <source>invalid samples</source>
        <translation>échantillons invalides</translation>
    </message>
    <message>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <source>near silence</source>
        <translation>quasi-silence</translation>
    </message>
    <message>
        <source>clipping</source>
        <translation>écrêtage</translation>
    </message>
    <message>
        <source>true-peak over</source>
        <translation>dépassement de crête vraie</translation>
    </message>
    <message>
        <source>no headroom</source>
        <translation>pas de marge</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>offset DC</translation>
    </message>
    <message>
        <source>too hot</source>
        <translation>trop fort</translation>
    </message>
    <message>
        <source>too quiet</source>
        <translation>trop faible</translation>
    </message>
    <message>
        <source>excess sub-bass</source>
        <translation>excès d&apos;infragraves</translation>
    </message>
    <message>
        <source>low-mid build-up</source>
        <translation>accumulation dans les bas-médiums</translation>
    </message>
    <message>
        <source>harshness</source>
        <translation>dureté</translation>
    </message>
    <message>
        <source>sibilance</source>
        <translation>sifflantes</translation>
    </message>
    <message>
        <source>phase correlation</source>
        <translation>corrélation de phase</translation>
    </message>
    <message>
        <source>mono compatibility</source>
        <translation>compatibilité mono</translation>
    </message>
    <message>
        <source>low-end phase</source>
        <translation>phase dans le grave</translation>
    </message>
    <message>
        <source>resonance</source>
        <translation>résonance</translation>
    </message>
    <message>
        <source>leading silence</source>
        <translation>silence au début</translation>
    </message>
    <message>
        <source>trailing silence</source>
        <translation>silence à la fin</translation>
    </message>
    <message>
        <source>over-compression</source>
        <translation>surcompression</translation>
    </message>
    <message>
        <source>The file is cut short: its header promises %1 s more audio than it holds. Re-export it.</source>
        <translation>Le fichier est tronqué : son en-tête annonce %1 s d&apos;audio de plus qu&apos;il n&apos;en contient. Réexportez-le.</translation>
    </message>
    <message>
        <source>%1 samples are not numbers (NaN or infinity) or lie beyond +120 dBFS, which no recording reaches; they were analysed as silence. A plug-in in the export chain misbehaved, or the file is damaged.</source>
        <translation>%1 échantillons ne sont pas des nombres (NaN ou infini) ou dépassent +120 dBFS, ce qu&apos;aucun enregistrement n&apos;atteint ; ils ont été analysés comme du silence. Un plug-in de la chaîne d&apos;export a mal fonctionné, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The track is digital silence: every sample is zero.</source>
        <translation>La piste est un silence numérique : tous les échantillons sont nuls.</translation>
    </message>
    <message>
        <source>The track is nearly silent: its loudest sample is %1 dBFS. Was the wrong track bounced?</source>
        <translation>La piste est presque silencieuse : son échantillon le plus fort est à %1 dBFS. La mauvaise piste a-t-elle été exportée ?</translation>
    </message>
    <message>
        <source>The track clips: %1 samples in %2 places sit at or beyond full scale. Lower the level before the export (or the clipping plug-in) and bounce again.</source>
        <translation>La piste écrête : %1 échantillons en %2 endroits atteignent ou dépassent la pleine échelle. Baissez le niveau avant l&apos;export (ou le plug-in qui écrête) et réexportez.</translation>
    </message>
    <message>
        <source>Inter-sample peaks reach %1 dBTP: the waveform between samples goes over full scale and will clip in D/A converters and lossy encoders.</source>
        <translation>Les crêtes inter-échantillons atteignent %1 dBTP : la forme d&apos;onde entre les échantillons dépasse la pleine échelle et écrêtera dans les convertisseurs N/A et les encodeurs avec perte.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP, leaving no headroom for the mix bus.</source>
        <translation>Le stem culmine à %1 dBTP et ne laisse aucune marge au bus de mixage.</translation>
    </message>
    <message>
        <source>DC offset of %1 of full scale (%2 dBFS): remove it with a high-pass filter at a few Hz.</source>
        <translation>Offset DC de %1 de la pleine échelle (%2 dBFS) : supprimez-le avec un filtre passe-haut à quelques Hz.</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is very quiet: raise it at the source to keep it above the noise floor.</source>
        <translation>Avec %1 LUFS intégrés, la piste est très faible : remontez-la à la source pour la garder au-dessus du bruit de fond.</translation>
    </message>
    <message>
        <source>Sibilance: %1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %2 Hz.</source>
        <translation>Sifflantes : %1 % des trames chantées ou parlées sont dominées par 4,5–10 kHz, avec un pic vers %2 Hz.</translation>
    </message>
    <message>
        <source>Summed to mono the track loses %1 dB: parts of it cancel.</source>
        <translation>Sommée en mono, la piste perd %1 dB : des parties s&apos;annulent.</translation>
    </message>
    <message>
        <source>A narrow resonance at %1 Hz stands %2 dB above the spectrum around it (Q %3).</source>
        <translation>Une résonance étroite à %1 Hz dépasse de %2 dB le spectre environnant (Q %3).</translation>
    </message>
    <message>
        <source>%1 s of silence before the music starts.</source>
        <translation>%1 s de silence avant le début de la musique.</translation>
    </message>
    <message>
        <source>%1 s of silence at the end: the export runs longer than the audio.</source>
        <translation>%1 s de silence à la fin : l&apos;export est plus long que l&apos;audio.</translation>
    </message>
    <message>
        <source>starting score</source>
        <translation>score de départ</translation>
    </message>
    <message>
        <source>healthy dynamics (PLR 8–14 dB)</source>
        <translation>dynamique saine (PLR 8–14 dB)</translation>
    </message>
    <message>
        <source>healthy dynamics (crest factor)</source>
        <translation>dynamique saine (facteur de crête)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −1.5 to −0.5 dBTP)</source>
        <translation>marge saine (crête vraie −1,5 à −0,5 dBTP)</translation>
    </message>
    <message>
        <source>healthy headroom (true peak −6 to −1 dBTP)</source>
        <translation>marge saine (crête vraie −6 à −1 dBTP)</translation>
    </message>
    <message>
        <source>%1 issue: %2</source>
        <extracomment>%1 the issue&apos;s severity (&quot;high&quot;), %2 the issue (&quot;clipping&quot;)</extracomment>
        <translation>problème (%1) : %2</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>EQ</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>filtre</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compression</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>de-esseur</translation>
    </message>
    <message>
        <source>saturation</source>
        <translation>saturation</translation>
    </message>
    <message>
        <source>stereo</source>
        <translation>stéréo</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>arrangement</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB before it reaches the mix bus</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>Baisser %1 de %2 dB avant le bus de mixage</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB</source>
        <translation>Monter %1 de %2 dB</translation>
    </message>
    <message>
        <source>High-pass %1 at %2, %3 dB/oct</source>
        <extracomment>%1 track, %2 frequency, %3 slope</extracomment>
        <translation>Passe-haut sur %1 à %2, %3 dB/oct.</translation>
    </message>
    <message>
        <source>Cut %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>Couper %1 dB à %2 (Q %3) sur %4</translation>
    </message>
    <message>
        <source>Lift the top of %1: high shelf +%2 dB from %3</source>
        <extracomment>%1 track, %2 dB, %3 frequency</extracomment>
        <translation>Ouvrir le haut de %1 : plateau aigu +%2 dB à partir de %3</translation>
    </message>
    <message>
        <source>De-ess %1 at %2, up to %3 dB</source>
        <extracomment>%1 track, %2 frequency, %3 dB</extracomment>
        <translation>De-esser %1 à %2, jusqu&apos;à %3 dB</translation>
    </message>
    <message>
        <source>Compress %1: %2:1 from %3 dB, attack %4 ms, release %5 ms</source>
        <translation>Compresser %1 : %2:1 à partir de %3 dB, attaque %4 ms, relâchement %5 ms</translation>
    </message>
    <message>
        <source>%1 (with your %2)</source>
        <extracomment>%1 track, %2 ratio, %3 threshold, %4 attack, %5 release %1 a move&apos;s title (&quot;High-pass Vox at 90 Hz, 12 dB/oct&quot;), %2 the plug-ins on the channel in the DAW that should do it</extracomment>
        <translation>%1 (avec votre %2)</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: use its high-pass band rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the EQ plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 La tranche a déjà %2 dans la session %3 : utilisez sa bande passe-haut plutôt que d&apos;ajouter un autre filtre.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and still holds this energy: raise its corner or steepen it rather than adding another filter.</source>
        <extracomment>%1 how to do the high-pass, %2 the high-pass plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Le bounce passe après %2 dans la session %3 et garde encore cette énergie : montez sa fréquence de coupure ou raidissez sa pente plutôt que d&apos;ajouter un autre filtre.</translation>
    </message>
    <message>
        <source>Your compressor on %1 (%2): %3:1 from %4 dB, attack %5 ms, release %6 ms</source>
        <extracomment>%1 track, %2 the compressor plug-ins on its channel in the DAW, %3 ratio, %4 threshold, %5 attack, %6 release</extracomment>
        <translation>Votre compresseur sur %1 (%2) : %3:1 à partir de %4 dB, attaque %5 ms, relâchement %6 ms</translation>
    </message>
    <message>
        <source>%1 The channel already has %2 in the %3 session: set it so rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 La tranche a déjà %2 dans la session %3 : réglez-le ainsi plutôt que d&apos;ajouter un autre compresseur.</translation>
    </message>
    <message>
        <source>%1 The bounce comes after %2 in the %3 session and is still out of range: lower its threshold or raise its ratio to this rather than adding another compressor.</source>
        <extracomment>%1 how much gain reduction, %2 the compressor plug-ins on the channel, %3 the DAW</extracomment>
        <translation>%1 Le bounce passe après %2 dans la session %3 et reste hors plage : baissez son seuil ou montez son taux jusqu&apos;à ces valeurs plutôt que d&apos;ajouter un autre compresseur.</translation>
    </message>
    <message>
        <source>Make %1 mono below %2</source>
        <translation>Rendre %1 mono sous %2</translation>
    </message>
    <message>
        <source>Add harmonics to %1 so it reads on small speakers</source>
        <translation>Ajouter des harmoniques à %1 pour qu&apos;il s&apos;entende sur de petites enceintes</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>%1 and %2 frequencies: a range of the spectrum</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Side-chain %1 to %2: duck %3 dB at each hit (%4)</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 dB, %4 a frequency or a range of them</extracomment>
        <translation>Side-chain de %1 par %2 : atténuer de %3 dB à chaque coup (%4)</translation>
    </message>
    <message>
        <source>Carve %1 dB at %2 out of %3 to make room for %4</source>
        <extracomment>%1 dB, %2 frequency, %3 the track that yields, %4 the one that keeps</extracomment>
        <translation>Creuser %1 dB à %2 dans %3 pour laisser de la place à %4</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at unity: lower them all by %1 dB</source>
        <translation>Les stems saturent le bus de mixage au gain unitaire : les baisser tous de %1 dB</translation>
    </message>
    <message>
        <source>The stems clip the mix bus at your faders: lower them all by %1 dB</source>
        <translation>Les stems saturent le bus de mixage avec vos faders : les baisser tous de %1 dB</translation>
    </message>
    <message>
        <source>The stems may clip the mix bus: lower them all by up to %1 dB</source>
        <translation>Les stems pourraient saturer le bus de mixage : les baisser tous de %1 dB au plus</translation>
    </message>
    <message>
        <source>The mix loses level in mono: check the wide stems</source>
        <translation>Le mix perd du niveau en mono : vérifier les stems larges</translation>
    </message>
    <message>
        <source>The mix loses level in mono: narrow %1</source>
        <extracomment>%1 the tracks (&quot;Pad and Keys&quot;)</extracomment>
        <translation>Le mix perd du niveau en mono : rétrécir %1</translation>
    </message>
    <message>
        <source>Bring up %1 by about %2 dB in the balance</source>
        <translation>Monter %1 d&apos;environ %2 dB dans la balance</translation>
    </message>
    <message>
        <source>Pull down %1 by about %2 dB in the balance</source>
        <translation>Baisser %1 d&apos;environ %2 dB dans la balance</translation>
    </message>
    <message>
        <source>Raise the clip gain (not the fader) so plug-ins see a healthy level.</source>
        <translation>Monter le gain du clip (pas le fader) pour que les plug-ins reçoivent un niveau sain.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest note.</source>
        <translation>Un passe-haut à %1 dB/octave à %2 retire ce qui se trouve sous la partie sans toucher sa note la plus grave.</translation>
    </message>
    <message>
        <source>A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest useful content.</source>
        <translation>Un passe-haut à %1 dB/octave à %2 retire ce qui se trouve sous la partie sans toucher son contenu utile le plus grave.</translation>
    </message>
    <message>
        <source>A narrow bell cut at the resonance; sweep ±5 % around %1 to centre it by ear.</source>
        <translation>Une coupure en cloche étroite sur la résonance ; balayez ±5 % autour de %1 pour la centrer à l&apos;oreille.</translation>
    </message>
    <message>
        <source>A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it.</source>
        <translation>Un plateau doux ouvre une partie terne ; s&apos;il ne fait que remonter le souffle, c&apos;est la source qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone.</source>
        <translation>Un de-esseur multibande qui n&apos;agit que sur la bande des sifflantes, pour que le reste de la voix garde son timbre.</translation>
    </message>
    <message>
        <source>About %1 dB of gain reduction on the loudest passages evens the part out; a threshold on the short-term loudness scale (an RMS detector reads close to it).</source>
        <translation>Environ %1 dB de réduction de gain sur les passages les plus forts égalisent la partie ; un seuil sur l&apos;échelle de sonie à court terme (un détecteur RMS en est proche).</translation>
    </message>
    <message>
        <source>Invert one channel&apos;s polarity (or remove the widener) and compare in mono.</source>
        <translation>Inverser la polarité d&apos;un canal (ou retirer l&apos;élargisseur) et comparer en mono.</translation>
    </message>
    <message>
        <source>A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono.</source>
        <translation>Un EQ mid/side ou un outil de mono dans le grave : le bas reste solide sur les systèmes de club et en mono.</translation>
    </message>
    <message>
        <source>Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz.</source>
        <translation>Saturation parallèle (drive 6 dB, 30 % de signal traité), ou un enrichisseur d&apos;harmoniques au-dessus de 500 Hz.</translation>
    </message>
    <message>
        <source>A bell cut on %1 where %2 lives; if both must stay full, cut %1 there only while %2 plays (dynamic EQ keyed by it).</source>
        <translation>Une coupure en cloche sur %1 là où vit %2 ; si les deux doivent rester pleins, couper %1 à cet endroit seulement quand %2 joue (EQ dynamique déclenché par %2).</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down by the same amount, so the balance stays and the bus peaks at -1 dBTP before any bus processing.</source>
        <translation>Baisser tous les faders (ou un VCA sur l&apos;ensemble) de la même valeur, pour garder la balance et que le bus culmine à -1 dBTP avant tout traitement de bus.</translation>
    </message>
    <message>
        <source>Listen to the sum in mono; reduce the width (or fix the polarity) of the stems that disappear.</source>
        <translation>Écouter la somme en mono ; réduire la largeur (ou corriger la polarité) des stems qui disparaissent.</translation>
    </message>
    <message>
        <source>A starting fader move; set the final balance by ear against the lead.</source>
        <translation>Un premier mouvement de fader ; réglez la balance finale à l&apos;oreille par rapport à la voix principale.</translation>
    </message>
    <message>
        <source>; the lowest note sits at %1, so the corner stays below it</source>
        <translation> ; la note la plus grave est à %1, donc la coupure reste en dessous</translation>
    </message>
    <message>
        <source>; the rumble peaks near %1</source>
        <translation> ; le grondement culmine vers %1</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track.</source>
        <translation>Une résonance à %1 Hz dépasse de %2 dB le spectre environnant, avec un Q de %3 (largeur à -3 dB %4 Hz) ; elle résonne sur toute la piste.</translation>
    </message>
    <message>
        <source>they are %1 dB louder than the average frame, hence the range.</source>
        <translation>elles sont %1 dB plus fortes que la trame moyenne, d&apos;où la plage.</translation>
    </message>
    <message>
        <source>they are %1 dB quieter than the average frame, so a gentle range is enough.</source>
        <translation>elles sont %1 dB plus faibles que la trame moyenne, une plage douce suffit donc.</translation>
    </message>
    <message>
        <source>Only %1 of the energy lies above 500 Hz: on phones and laptops, which reproduce little below 150 Hz, the bass line vanishes.</source>
        <translation>Seulement %1 de l&apos;énergie se trouve au-dessus de 500 Hz : sur les téléphones et ordinateurs portables, qui reproduisent peu sous 150 Hz, la ligne de basse disparaît.</translation>
    </message>
    <message>
        <source>The stems&apos; true peaks add up to %1 dBTP: an upper bound (if their peaks coincide); the sum was not measured.</source>
        <translation>Les crêtes vraies des stems s&apos;additionnent à %1 dBTP : une borne supérieure (si leurs crêtes coïncident) ; la somme n&apos;a pas été mesurée.</translation>
    </message>
    <message>
        <source>Summed and folded to mono the session loses %1 dB (correlation of the sum %2); a mix with uncorrelated sides loses about 3 dB, more means parts cancel.</source>
        <translation>Sommée et réduite en mono, la session perd %1 dB (corrélation de la somme %2) ; un mix aux côtés non corrélés perd environ 3 dB, davantage signifie que des parties s&apos;annulent.</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>fréquence</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>gain</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <source>slope</source>
        <translation>pente</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>attack</source>
        <translation>attaque</translation>
    </message>
    <message>
        <source>release</source>
        <translation>relâchement</translation>
    </message>
    <message>
        <source>on the channel in the %1 session: %2</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;), %2 the plug-ins on the track&apos;s channel in its session (&quot;ACE EQ&quot;)</extracomment>
        <translation>sur la tranche dans la session %1 : %2</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>coude</translation>
    </message>
    <message>
        <source>make-up gain</source>
        <translation>gain de compensation</translation>
    </message>
    <message>
        <source>range</source>
        <translation>plage</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>drive</source>
        <translation>drive</translation>
    </message>
    <message>
        <source>side-chain input</source>
        <translation>entrée side-chain</translation>
    </message>
    <message>
        <source>high-pass</source>
        <translation>passe-haut</translation>
    </message>
    <message>
        <source>low-pass</source>
        <translation>passe-bas</translation>
    </message>
    <message>
        <source>bell</source>
        <translation>cloche</translation>
    </message>
    <message>
        <source>high shelf</source>
        <translation>plateau aigu</translation>
    </message>
    <message>
        <source>low shelf</source>
        <translation>plateau grave</translation>
    </message>
    <message>
        <source>split-band</source>
        <translation>multibande</translation>
    </message>
    <message>
        <source>invert one channel&apos;s polarity</source>
        <translation>inverser la polarité d&apos;un canal</translation>
    </message>
    <message>
        <source>true peak</source>
        <translation>crête vraie</translation>
    </message>
    <message>
        <source>integrated loudness</source>
        <translation>sonie intégrée</translation>
    </message>
    <message>
        <source>energy below the corner</source>
        <translation>énergie sous la coupure</translation>
    </message>
    <message>
        <source>lowest f0</source>
        <translation>f0 la plus grave</translation>
    </message>
    <message>
        <source>lowest useful content</source>
        <translation>contenu utile le plus grave</translation>
    </message>
    <message>
        <source>rumble peak</source>
        <translation>pic de grondement</translation>
    </message>
    <message>
        <source>resonance frequency</source>
        <translation>fréquence de résonance</translation>
    </message>
    <message>
        <source>resonance height</source>
        <translation>hauteur de la résonance</translation>
    </message>
    <message>
        <source>resonance Q</source>
        <translation>Q de la résonance</translation>
    </message>
    <message>
        <source>centre frequency</source>
        <translation>fréquence centrale</translation>
    </message>
    <message>
        <source>sibilant frames</source>
        <translation>trames sifflantes</translation>
    </message>
    <message>
        <source>sibilance peak</source>
        <translation>pic des sifflantes</translation>
    </message>
    <message>
        <source>sibilance excess</source>
        <translation>excès de sifflantes</translation>
    </message>
    <message>
        <source>loudness range</source>
        <translation>plage de sonie</translation>
    </message>
    <message>
        <source>crest factor</source>
        <translation>facteur de crête</translation>
    </message>
    <message>
        <source>short-term loudness, 95th percentile</source>
        <translation>sonie à court terme, 95e centile</translation>
    </message>
    <message>
        <source>short-term loudness, 10th percentile</source>
        <translation>sonie à court terme, 10e centile</translation>
    </message>
    <message>
        <source>transient density</source>
        <translation>densité de transitoires</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>tempo</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>corrélation</translation>
    </message>
    <message>
        <source>mono loss</source>
        <translation>perte en mono</translation>
    </message>
    <message>
        <source>low-band correlation</source>
        <translation>corrélation des bandes graves</translation>
    </message>
    <message>
        <source>share below 250 Hz</source>
        <translation>part sous 250 Hz</translation>
    </message>
    <message>
        <source>share above 500 Hz</source>
        <translation>part au-dessus de 500 Hz</translation>
    </message>
    <message>
        <source>level of the highs</source>
        <translation>niveau des aigus</translation>
    </message>
    <message>
        <source>level difference</source>
        <translation>écart de niveau</translation>
    </message>
    <message>
        <source>both active</source>
        <translation>actifs ensemble</translation>
    </message>
    <message>
        <source>overlap from</source>
        <translation>chevauchement à partir de</translation>
    </message>
    <message>
        <source>overlap to</source>
        <translation>chevauchement jusqu&apos;à</translation>
    </message>
    <message>
        <source>masking severity</source>
        <translation>sévérité du masquage</translation>
    </message>
    <message>
        <source>true peak of the sum</source>
        <translation>crête vraie de la somme</translation>
    </message>
    <message>
        <source>bound of the summed true peak</source>
        <translation>borne de la crête vraie sommée</translation>
    </message>
    <message>
        <source>mono loss of the sum</source>
        <translation>perte en mono de la somme</translation>
    </message>
    <message>
        <source>correlation of the sum</source>
        <translation>corrélation de la somme</translation>
    </message>
    <message>
        <source>deviation from the balance</source>
        <translation>écart par rapport à la balance</translation>
    </message>
    <message>
        <source>sample peak</source>
        <translation>crête échantillon</translation>
    </message>
    <message>
        <source>missing audio</source>
        <translation>audio manquant</translation>
    </message>
    <message>
        <source>clipped samples</source>
        <translation>échantillons écrêtés</translation>
    </message>
    <message>
        <source>clipped runs</source>
        <translation>zones écrêtées</translation>
    </message>
    <message>
        <source>silence at the start</source>
        <translation>silence au début</translation>
    </message>
    <message>
        <source>silence at the end</source>
        <translation>silence à la fin</translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>%1 excess</source>
        <extracomment>%1 a band</extracomment>
        <translation>excès %1</translation>
    </message>
    <message>
        <source>%1 share of %2</source>
        <extracomment>%1 a band, %2 a track</extracomment>
        <translation>part %1 de %2</translation>
    </message>
    <message>
        <source>correlation of %1</source>
        <extracomment>%1 a track</extracomment>
        <translation>corrélation de %1</translation>
    </message>
    <message>
        <source>type default (no pitch measured)</source>
        <translation>valeur par défaut du type (aucune hauteur mesurée)</translation>
    </message>
    <message>
        <source>threshold from here</source>
        <translation>seuil à partir d&apos;ici</translation>
    </message>
    <message>
        <source>threshold not below</source>
        <translation>seuil pas en dessous</translation>
    </message>
    <message>
        <source>upper bound from the stems</source>
        <translation>borne supérieure d&apos;après les stems</translation>
    </message>
    <message>
        <source>fader gains and pans from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>gains de faders et panoramiques de la session %1</translation>
    </message>
    <message>
        <source>peaks stay below -6 dBTP</source>
        <translation>crêtes sous -6 dBTP</translation>
    </message>
    <message>
        <source>loudest third of an octave in the band</source>
        <translation>tiers d&apos;octave le plus fort de la bande</translation>
    </message>
    <message>
        <source>&gt;= 6 dB above the surround (f/1.5…1.5f median)</source>
        <translation>&gt;= 6 dB au-dessus de l&apos;environnement (médiane f/1,5…1,5f)</translation>
    </message>
    <message>
        <source>&gt; 0.10 below 250 Hz</source>
        <translation>&gt; 0,10 sous 250 Hz</translation>
    </message>
    <message>
        <source>no sample above 0</source>
        <translation>aucun échantillon au-dessus de 0</translation>
    </message>
    <message>
        <source>C major</source>
        <translation>do majeur</translation>
    </message>
    <message>
        <source>Db major</source>
        <translation>ré bémol majeur</translation>
    </message>
    <message>
        <source>D major</source>
        <translation>ré majeur</translation>
    </message>
    <message>
        <source>Eb major</source>
        <translation>mi bémol majeur</translation>
    </message>
    <message>
        <source>E major</source>
        <translation>mi majeur</translation>
    </message>
    <message>
        <source>F major</source>
        <translation>fa majeur</translation>
    </message>
    <message>
        <source>F# major</source>
        <translation>fa dièse majeur</translation>
    </message>
    <message>
        <source>G major</source>
        <translation>sol majeur</translation>
    </message>
    <message>
        <source>Ab major</source>
        <translation>la bémol majeur</translation>
    </message>
    <message>
        <source>A major</source>
        <translation>la majeur</translation>
    </message>
    <message>
        <source>Bb major</source>
        <translation>si bémol majeur</translation>
    </message>
    <message>
        <source>B major</source>
        <translation>si majeur</translation>
    </message>
    <message>
        <source>C minor</source>
        <translation>do mineur</translation>
    </message>
    <message>
        <source>C# minor</source>
        <translation>do dièse mineur</translation>
    </message>
    <message>
        <source>D minor</source>
        <translation>ré mineur</translation>
    </message>
    <message>
        <source>Eb minor</source>
        <translation>mi bémol mineur</translation>
    </message>
    <message>
        <source>E minor</source>
        <translation>mi mineur</translation>
    </message>
    <message>
        <source>F minor</source>
        <translation>fa mineur</translation>
    </message>
    <message>
        <source>F# minor</source>
        <translation>fa dièse mineur</translation>
    </message>
    <message>
        <source>G minor</source>
        <translation>sol mineur</translation>
    </message>
    <message>
        <source>G# minor</source>
        <translation>sol dièse mineur</translation>
    </message>
    <message>
        <source>A minor</source>
        <translation>la mineur</translation>
    </message>
    <message>
        <source>Bb minor</source>
        <translation>si bémol mineur</translation>
    </message>
    <message>
        <source>B minor</source>
        <translation>si mineur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>CT max.</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>crête</translation>
    </message>
    <message>
        <source>RMS</source>
        <translation>RMS</translation>
    </message>
    <message>
        <source>crest</source>
        <translation>crête/RMS</translation>
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
        <translation>centroïde</translation>
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
        <translation>durée</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>analyse</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>%1 is %2 dB louder than %3 (%4 vs %5 LUFS integrated).</source>
        <extracomment>%1 track A, %2 dB, %3 track B, %4 and %5 their loudness</extracomment>
        <translation>%1 est %2 dB plus fort que %3 (%4 contre %5 LUFS intégrés).</translation>
    </message>
    <message>
        <source>%1 is %2 dB quieter than %3 (%4 vs %5 LUFS integrated).</source>
        <translation>%1 est %2 dB plus faible que %3 (%4 contre %5 LUFS intégrés).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB higher than %4 (%5 dBTP).</source>
        <extracomment>%1 track A, %2 its true peak, %3 dB, %4 track B, %5 its true peak</extracomment>
        <translation>%1 culmine à %2 dBTP, %3 dB plus haut que %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 peaks at %2 dBTP, %3 dB lower than %4 (%5 dBTP).</source>
        <translation>%1 culmine à %2 dBTP, %3 dB plus bas que %4 (%5 dBTP).</translation>
    </message>
    <message>
        <source>%1 has %2 LU more loudness range than %3 (%4 vs %5 LU).</source>
        <extracomment>%1 track A, %2 LU, %3 track B, %4 and %5 their loudness ranges</extracomment>
        <translation>%1 a %2 LU de plage de sonie de plus que %3 (%4 contre %5 LU).</translation>
    </message>
    <message>
        <source>%1 has %2 LU less loudness range than %3 (%4 vs %5 LU).</source>
        <translation>%1 a %2 LU de plage de sonie de moins que %3 (%4 contre %5 LU).</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB higher (%3 vs %4 dB): it is less compressed than %5.</source>
        <extracomment>%1 track A, %2 dB, %3 and %4 the crest factors, %5 track B</extracomment>
        <translation>Le facteur de crête de %1 est %2 dB plus élevé (%3 contre %4 dB) : il est moins compressé que %5.</translation>
    </message>
    <message>
        <source>%1&apos;s crest factor is %2 dB lower (%3 vs %4 dB): it is more compressed than %5.</source>
        <translation>Le facteur de crête de %1 est %2 dB plus bas (%3 contre %4 dB) : il est plus compressé que %5.</translation>
    </message>
    <message>
        <source>%1 is wider than %2 (stereo width %3 vs %4).</source>
        <extracomment>%1 track A, %2 track B, %3 and %4 their widths</extracomment>
        <translation>%1 est plus large que %2 (largeur stéréo %3 contre %4).</translation>
    </message>
    <message>
        <source>%1 is narrower than %2 (stereo width %3 vs %4).</source>
        <translation>%1 est plus étroit que %2 (largeur stéréo %3 contre %4).</translation>
    </message>
    <message>
        <source>%1 scores %2/100, %3 %4/100 (%5 points).</source>
        <extracomment>%1 track A, %2 its score, %3 track B, %4 its score, %5 the difference</extracomment>
        <translation>%1 obtient %2/100, %3 %4/100 (%5 points).</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: outside)</source>
        <translation> (dispersion des références ±%1 dB : en dehors)</translation>
    </message>
    <message>
        <source> (the references spread ±%1 dB: within)</source>
        <translation> (dispersion des références ±%1 dB : à l&apos;intérieur)</translation>
    </message>
    <message>
        <source>a low shelf at %1</source>
        <translation>un plateau grave à %1</translation>
    </message>
    <message>
        <source>a high shelf at %1</source>
        <translation>un plateau aigu à %1</translation>
    </message>
    <message>
        <source>a broad bell (Q 0.7) at %1</source>
        <translation>une cloche large (Q 0,7) à %1</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: cut %3 dB with %4, then listen again.</source>
        <extracomment>%1 track A, %2 track B, %3 dB, %4 the filter (&quot;a low shelf at 60 Hz&quot;)</extracomment>
        <translation>Pour rapprocher %1 de %2 : couper %3 dB avec %4, puis réécouter.</translation>
    </message>
    <message>
        <source>To bring %1 towards %2: boost %3 dB with %4, then listen again.</source>
        <translation>Pour rapprocher %1 de %2 : accentuer %3 dB avec %4, puis réécouter.</translation>
    </message>
    <message>
        <source>To A/B fairly, lower %1 by %2 dB to %3&apos;s loudness.</source>
        <extracomment>%1 track A, %2 dB, %3 track B</extracomment>
        <translation>Pour un A/B équitable, baisser %1 de %2 dB à la sonie de %3.</translation>
    </message>
    <message>
        <source>To A/B fairly, raise %1 by %2 dB to %3&apos;s loudness.</source>
        <translation>Pour un A/B équitable, monter %1 de %2 dB à la sonie de %3.</translation>
    </message>
    <message>
        <source>%1 is %2 dB more dynamic than %3: compress or limit it by about that much to match its density.</source>
        <translation>%1 est %2 dB plus dynamique que %3 : le compresser ou le limiter d&apos;environ autant pour égaler sa densité.</translation>
    </message>
    <message>
        <source>%1 is %2 dB denser than %3: ease its compression or limiting.</source>
        <translation>%1 est %2 dB plus dense que %3 : allégez sa compression ou sa limitation.</translation>
    </message>
    <message>
        <source>Narrow %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <extracomment>%1 track A, %2 its width, %3 track B, %4 its width</extracomment>
        <translation>Rétrécir %1 avec une balance mid/side : sa largeur est de %2, celle de %3 de %4.</translation>
    </message>
    <message>
        <source>Widen %1 with a mid/side balance: its width is %2, %3&apos;s %4.</source>
        <translation>Élargir %1 avec une balance mid/side : sa largeur est de %2, celle de %3 de %4.</translation>
    </message>
    <message>
        <source>   the mean of: %1</source>
        <translation>   la moyenne de : %1</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Aucune différence au-delà des seuils.</translation>
    </message>
    <message>
        <source>matched A-B</source>
        <translation>A-B égalisé</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>band (dB)</source>
        <translation>bande (dB)</translation>
    </message>
    <message>
        <source>short-term loudness maximum</source>
        <translation>sonie à court terme maximale</translation>
    </message>
    <message>
        <source>RMS level</source>
        <translation>niveau RMS</translation>
    </message>
    <message>
        <source>peak-to-loudness ratio</source>
        <translation>rapport crête/sonie</translation>
    </message>
    <message>
        <source>dynamic range</source>
        <translation>plage dynamique</translation>
    </message>
    <message>
        <source>stereo width</source>
        <translation>largeur stéréo</translation>
    </message>
    <message>
        <source>L/R correlation</source>
        <translation>corrélation G/D</translation>
    </message>
    <message>
        <source>spectral centroid</source>
        <translation>centroïde spectral</translation>
    </message>
    <message>
        <source>quality score</source>
        <translation>score de qualité</translation>
    </message>
    <message>
        <source>peak %1 dBFS (below %2 dBFS)</source>
        <translation>crête %1 dBFS (sous %2 dBFS)</translation>
    </message>
    <message>
        <source>every sample is zero</source>
        <translation>chaque échantillon est nul</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&lt; %2)</source>
        <translation>%1 transitoires marqués/s (&lt; %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n useful</source>
        <translation>
            <numerusform>%n utile</numerusform>
            <numerusform>%n utiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not useful</source>
        <translation>
            <numerusform>%n pas utile</numerusform>
            <numerusform>%n pas utiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n appliquée</numerusform>
            <numerusform>%n appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n écartée</numerusform>
            <numerusform>%n écartées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) better</source>
        <translation>
            <numerusform>%n nouvel export meilleur</numerusform>
            <numerusform>%n nouveaux exports meilleurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) worse</source>
        <translation>
            <numerusform>%n nouvel export moins bon</numerusform>
            <numerusform>%n nouveaux exports moins bons</numerusform>
        </translation>
    </message>
    <message>
        <source>your feedback on %1 (%2) moved the confidence from %3 to %4</source>
        <extracomment>%1 track types (or &quot;vocals in rock&quot;), %2 the ratings (&quot;3 not useful, 1 applied&quot;), %3 and %4 confidences</extracomment>
        <translation>vos retours sur %1 (%2) ont fait passer la confiance de %3 à %4</translation>
    </message>
    <message>
        <source>energy below %1</source>
        <translation>énergie sous %1</translation>
    </message>
    <message>
        <source>prominence at %1</source>
        <translation>proéminence à %1</translation>
    </message>
    <message>
        <source>loudness</source>
        <translation>sonie</translation>
    </message>
    <message>
        <source>%1 deficit</source>
        <translation>déficit %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be accessed</source>
        <translation>le fichier n&apos;est pas accessible</translation>
    </message>
    <message>
        <source>it is a folder, not an audio file</source>
        <translation>c&apos;est un dossier, pas un fichier audio</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>it is not an audio file in a format Stemwise reads</source>
        <translation>ce n&apos;est pas un fichier audio dans un format que Stemwise lit</translation>
    </message>
    <message>
        <source>the file cannot be read: permission denied</source>
        <translation>le fichier ne peut pas être lu : permission refusée</translation>
    </message>
    <message>
        <source>the file cannot be opened as audio</source>
        <translation>le fichier ne peut pas être ouvert comme audio</translation>
    </message>
    <message>
        <source>the file declares no audio channels</source>
        <translation>le fichier ne déclare aucun canal audio</translation>
    </message>
    <message>
        <source>the file has more channels than Stemwise reads</source>
        <translation>le fichier a plus de canaux que Stemwise ne lit</translation>
    </message>
    <message>
        <source>the file has no known length</source>
        <translation>la durée du fichier est inconnue</translation>
    </message>
    <message>
        <source>the file is cut short before its first sample (truncated)</source>
        <translation>le fichier est coupé avant son premier échantillon (tronqué)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ran out of memory while analysing</source>
        <translation>mémoire épuisée pendant l&apos;analyse</translation>
    </message>
    <message>
        <source>Could not analyse %1: %2</source>
        <translation>Impossible d&apos;analyser %1 : %2</translation>
    </message>
    <message>
        <source>its sample rate is outside the range Stemwise reads</source>
        <translation>sa fréquence d&apos;échantillonnage sort de la plage que Stemwise lit</translation>
    </message>
    <message>
        <source>it contains no audio (0 frames)</source>
        <translation>il ne contient pas d&apos;audio (0 trame)</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>le fichier ne peut pas être écrit</translation>
    </message>
    <message>
        <source>no audio input was found</source>
        <translation>aucune entrée audio n’a été trouvée</translation>
    </message>
    <message>
        <source>this input is not there any more (press Refresh)</source>
        <translation>cette entrée n’existe plus (cliquez sur Actualiser)</translation>
    </message>
    <message>
        <source>a chosen channel does not exist on this input</source>
        <translation>un canal choisi n’existe pas sur cette entrée</translation>
    </message>
    <message>
        <source>the input refuses this number of channels, sample rate or buffer size</source>
        <translation>l’entrée refuse ce nombre de canaux, cette fréquence d’échantillonnage ou cette taille de tampon</translation>
    </message>
    <message>
        <source>the input cannot be opened (another program may be using it)</source>
        <translation>l’entrée ne peut pas être ouverte (un autre programme l’utilise peut-être)</translation>
    </message>
    <message>
        <source>the audio system (PortAudio) cannot be started</source>
        <translation>le système audio (PortAudio) ne peut pas démarrer</translation>
    </message>
    <message>
        <source>the audio system cannot be loaded again after the audio server went away; restart Stemwise to meter again</source>
        <translation>le système audio ne peut pas être rechargé après la disparition du serveur audio ; redémarrez Stemwise pour mesurer à nouveau</translation>
    </message>
    <message>
        <source>the audio stream ended (device removed or audio server stopped)</source>
        <translation>le flux audio s’est arrêté (périphérique retiré ou serveur audio arrêté)</translation>
    </message>
    <message>
        <source>the input stopped delivering audio (device removed or audio server stopped)</source>
        <translation>l’entrée ne fournit plus d’audio (périphérique retiré ou serveur audio arrêté)</translation>
    </message>
    <message>
        <source>no audio came from the input for %1 s (device removed or audio server stopped)</source>
        <translation>aucun audio n’est venu de l’entrée pendant %1 s (périphérique retiré ou serveur audio arrêté)</translation>
    </message>
    <message>
        <source>the recording could not be completed (is the disk full?)</source>
        <translation>l’enregistrement n’a pas pu être terminé (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a reason, then the library&apos;s or system&apos;s own words</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>from the %1 session</source>
        <extracomment>%1 the DAW (&quot;Ardour&quot;, &quot;REAPER&quot;) whose session file stated the value</extracomment>
        <translation>de la session %1</translation>
    </message>
    <message>
        <source>At %1 LUFS integrated the track is hotter than %2 tracks usually sit (above %3 LUFS): turn it down before the mix bus.</source>
        <translation>Avec %1 LUFS intégrés, la piste est plus forte que les pistes %2 ne le sont d&apos;habitude (au-dessus de %3 LUFS) : baissez-la avant le bus de mixage.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below 60 Hz (typical: under %2 %): rumble or unneeded sub that eats headroom; consider a high-pass filter.</source>
        <translation>%1 % de l&apos;énergie se trouve sous 60 Hz (habituellement moins de %2 %) : grondement ou infragrave inutile qui consomme la marge ; envisagez un filtre passe-haut.</translation>
    </message>
    <message>
        <source>Low-mid build-up: %1 % of the energy lies in 250–500 Hz (typical: under %2 %), which sounds muddy and masks other tracks.</source>
        <translation>Accumulation dans les bas-médiums : %1 % de l&apos;énergie se trouve entre 250 et 500 Hz (habituellement moins de %2 %), ce qui sonne boueux et masque les autres pistes.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies in 2–4 kHz (typical: under %2 %): likely harsh or fatiguing.</source>
        <translation>%1 % de l&apos;énergie se trouve entre 2 et 4 kHz (habituellement moins de %2 %) : probablement dur ou fatigant.</translation>
    </message>
    <message>
        <source>The low end is not mono-compatible: correlation %1 between %2 Hz and %3 Hz. Keep the sub and bass region (close to) mono.</source>
        <translation>Le grave n&apos;est pas compatible mono : corrélation %1 entre %2 Hz et %3 Hz. Gardez la zone infragrave et grave (presque) mono.</translation>
    </message>
    <message>
        <source>A crest factor of %1 dB (typical: at least %2 dB) leaves little punch: the track may be over-compressed or limited.</source>
        <translation>Un facteur de crête de %1 dB (habituellement au moins %2 dB) laisse peu d&apos;impact : la piste est peut-être surcompressée ou limitée.</translation>
    </message>
    <message>
        <source>tempo %1 BPM, confidence %2 (&gt;= %3)</source>
        <translation>tempo %1 BPM, confiance %2 (≥ %3)</translation>
    </message>
    <message>
        <source>%1 strong transients/s (&gt;= %2), crest factor %3 dB (&gt;= %4)</source>
        <translation>%1 transitoires marqués/s (≥ %2), facteur de crête %3 dB (≥ %4)</translation>
    </message>
    <message>
        <source>clear pitch in %1 % of the frames (&gt;= %2 %)</source>
        <translation>hauteur nette dans %1 % des trames (≥ %2 %)</translation>
    </message>
    <message>
        <source>tonalness %1 (&gt;= %2)</source>
        <translation>tonalité %1 (≥ %2)</translation>
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
        <translation>%1 (typique %2)</translation>
    </message>
    <message>
        <source>%1 below %2</source>
        <extracomment>%1 a threshold in dB (&quot;&gt; -20 dB&quot;), %2 a frequency: the share of the energy below it</extracomment>
        <translation>%1 sous %2</translation>
    </message>
    <message>
        <source>corner %1 ≤ 0.8 × f0</source>
        <translation>coupure %1 ≤ 0,8 × f0</translation>
    </message>
    <message>
        <source>Trim the clip or the first insert by %1 dB so the stem peaks near -6 dBTP and sits around %2 LUFS, leaving headroom for processing and the bus.</source>
        <extracomment>%1 dB, %2 LUFS</extracomment>
        <translation>Réduire le gain du clip ou du premier insert de %1 dB pour que le stem culmine vers -6 dBTP et se situe autour de %2 LUFS, en laissant de la marge pour le traitement et le bus.</translation>
    </message>
    <message>
        <source>The stem peaks at %1 dBTP and measures %2 LUFS; %3 stems are best staged at %4…%5 LUFS with peaks below -6 dBTP.</source>
        <extracomment>%1 true peak, %2 loudness, %3 track type, %4…%5 the type&apos;s window in LUFS</extracomment>
        <translation>Le stem culmine à %1 dBTP et mesure %2 LUFS ; les stems %3 se règlent au mieux entre %4 et %5 LUFS avec des crêtes sous -6 dBTP.</translation>
    </message>
    <message>
        <source>At %1 LUFS the stem is below the %2…%3 LUFS window of %4 stems; its true peak (%5 dBTP) leaves room for %6 dB.</source>
        <extracomment>%1 loudness, %2…%3 the type&apos;s window in LUFS, %4 track type, %5 true peak, %6 dB of room</extracomment>
        <translation>À %1 LUFS le stem est sous la plage de %2 à %3 LUFS des stems %4 ; sa crête vraie (%5 dBTP) laisse %6 dB de marge.</translation>
    </message>
    <message>
        <source>%1 % of the energy lies below %2 (%3 of it below 60 Hz; typical %4: under %5)%6%7.</source>
        <extracomment>%1 percent below the corner %2, %3 share below 60 Hz, %4 track type, %5 its usual most; %6 and %7 clauses that follow</extracomment>
        <translation>%1 % de l&apos;énergie se trouve sous %2 (dont %3 sous 60 Hz ; habituel pour %4 : moins de %5)%6%7.</translation>
    </message>
    <message>
        <source>; %1 rarely have useful content below %2</source>
        <extracomment>%1 track type (as the type&apos;s id), %2 frequency</extracomment>
        <translation> ; les pistes %1 ont rarement du contenu utile sous %2</translation>
    </message>
    <message>
        <source>A broad bell cut in the low-mid; listen for the part staying full but clearer.</source>
        <translation>Une coupure en cloche large dans les bas-médiums ; vérifiez que la partie reste pleine mais plus claire.</translation>
    </message>
    <message>
        <source>A broad bell cut in the upper-mid; listen for the part staying present but less edgy.</source>
        <translation>Une coupure en cloche large dans les haut-médiums ; vérifiez que la partie reste présente mais moins agressive.</translation>
    </message>
    <message>
        <source>The %1 band (%2–%3 Hz) holds %4 of the energy, %5 dB above a typical %6 track (at most %7); its energy centres on %8.</source>
        <extracomment>%1 band, %2–%3 its edges, %4 its share, %5 dB above %6 (a track type), %7 the type&apos;s most, %8 frequency</extracomment>
        <translation>La bande %1 (%2–%3 Hz) contient %4 de l&apos;énergie, %5 dB de plus qu&apos;une piste %6 typique (au plus %7) ; son énergie se centre sur %8.</translation>
    </message>
    <message>
        <source>The highs (4–10 kHz) hold %1 of the energy, %2 dB under the %3 a %4 track usually has.</source>
        <extracomment>%1 share of the highs, %2 dB under %3 (the usual share of a %4 track)</extracomment>
        <translation>Les aigus (4–10 kHz) contiennent %1 de l&apos;énergie, %2 dB sous les %3 qu&apos;une piste %4 a d&apos;habitude.</translation>
    </message>
    <message>
        <source>%1 % of the sung or spoken frames are dominated by 4.5–10 kHz (a voice&apos;s usual is under %2 %), peaking at %3; %4</source>
        <extracomment>%1 percent of the frames, %2 a voice&apos;s usual percent, %3 frequency, %4 the clause that follows</extracomment>
        <translation>%1 % des trames chantées ou parlées sont dominées par 4,5–10 kHz (habituel pour une voix : moins de %2 %), avec un pic à %3 ; %4</translation>
    </message>
    <message>
        <source>%1. %2; attack %3 ms for %4 strong onsets per second; %5.</source>
        <extracomment>%1 what is out of range, %2 where the threshold comes from, %3 attack, %4 onsets per second, %5 how the release is timed</extracomment>
        <translation>%1. %2 ; attaque %3 ms pour %4 attaques franches par seconde ; %5.</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU)</source>
        <extracomment>%1 LU, %2 track type, %3 its usual most</extracomment>
        <translation>La plage de sonie est de %1 LU (une partie %2 reste d&apos;habitude dans %3 LU)</translation>
    </message>
    <message>
        <source>The loudness range is %1 LU (a %2 part usually stays within %3 LU); the crest factor is %4 dB (typical up to %5 dB)</source>
        <translation>La plage de sonie est de %1 LU (une partie %2 reste d&apos;habitude dans %3 LU) ; le facteur de crête est de %4 dB (habituellement jusqu&apos;à %5 dB)</translation>
    </message>
    <message>
        <source>The crest factor is %1 dB (typical up to %2 dB)</source>
        <translation>Le facteur de crête est de %1 dB (habituellement jusqu&apos;à %2 dB)</translation>
    </message>
    <message>
        <source>The short-term loudness spans %1 (10th percentile) to %2 LUFS (95th): a threshold of %3 dB at %4:1 takes the %5 LU of excess range off the loudest passages</source>
        <extracomment>%1 10th percentile, %2 95th percentile, %3 threshold, %4 ratio, %5 LU of excess range</extracomment>
        <translation>La sonie à court terme va de %1 (10e centile) à %2 LUFS (95e) : un seuil de %3 dB à %4:1 retire les %5 LU de plage en excès des passages les plus forts</translation>
    </message>
    <message>
        <source>Threshold from the 70th percentile of the short-term loudness (%1 LUFS; the loudest 5 % reach %2 LUFS)</source>
        <translation>Seuil tiré du 70e centile de la sonie à court terme (%1 LUFS ; les 5 % les plus forts atteignent %2 LUFS)</translation>
    </message>
    <message>
        <source>release %1 ms = a quarter of a beat at %2 BPM</source>
        <translation>relâchement %1 ms = un quart de temps à %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half of a beat at %2 BPM</source>
        <translation>relâchement %1 ms = un demi-temps à %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = one whole of a beat at %2 BPM</source>
        <translation>relâchement %1 ms = un temps entier à %2 BPM</translation>
    </message>
    <message>
        <source>release %1 ms = half the mean gap between onsets (%2 per second; no tempo known)</source>
        <translation>relâchement %1 ms = la moitié de l&apos;écart moyen entre attaques (%2 par seconde ; tempo inconnu)</translation>
    </message>
    <message>
        <source>release 150 ms (no tempo or onsets to time it to)</source>
        <translation>relâchement 150 ms (ni tempo ni attaques sur lesquels le caler)</translation>
    </message>
    <message>
        <source>%1 of the energy is below 250 Hz and the channels correlate only %2 between %3 and %4 Hz.</source>
        <extracomment>%1 share below 250 Hz, %2 correlation, between %3 and %4 Hz</extracomment>
        <translation>%1 de l&apos;énergie se trouve sous 250 Hz et les canaux ne sont corrélés qu&apos;à %2 entre %3 et %4 Hz.</translation>
    </message>
    <message>
        <source>A compressor on %1 keyed by %2 (fast attack, release %3 ms%4), or a dynamic EQ on %5 only: %2 keeps its punch, %1 fills the gaps.</source>
        <extracomment>%1 the track that yields, %2 the one that keeps, %3 release, %4 the clause on the tempo, %5 a frequency or a range of them</extracomment>
        <translation>Un compresseur sur %1 déclenché par %2 (attaque rapide, relâchement %3 ms%4), ou un EQ dynamique sur %5 seulement : %2 garde son impact, %1 remplit les creux.</translation>
    </message>
    <message>
        <source> = a sixteenth note at %1 BPM</source>
        <translation> = une double croche à %1 BPM</translation>
    </message>
    <message>
        <source>%1 and %2 put %3 % and %4 % of their energy into the %5 band (%6–%7 Hz) at levels %8 dB apart, and are active there together %9 % of the time; their spectra overlap most at %10. %11 yields: %12.</source>
        <extracomment>%1 and %2 tracks, %3 and %4 their percentages, %5 band, %6–%7 its edges, %8 dB, %9 percent of the time, %10 a frequency or a range of them, %11 the track that yields, %12 why</extracomment>
        <translation>%1 et %2 placent %3 % et %4 % de leur énergie dans la bande %5 (%6–%7 Hz) à des niveaux distants de %8 dB, et y sont actifs ensemble %9 % du temps ; leurs spectres se chevauchent surtout vers %10. %11 s&apos;efface : %12.</translation>
    </message>
    <message>
        <source>in a mix this band usually belongs to the %1</source>
        <extracomment>%1 a track type</extracomment>
        <translation>dans un mix, cette bande revient d&apos;habitude à la piste %1</translation>
    </message>
    <message>
        <source>the sustained part makes room for the percussive one</source>
        <translation>la partie tenue laisse la place à la partie percussive</translation>
    </message>
    <message>
        <source>less of its energy is there</source>
        <translation>moins de son énergie s&apos;y trouve</translation>
    </message>
    <message>
        <source>Summed at unity gain, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP</extracomment>
        <translation>Sommés au gain unitaire, les %1 stems atteignent %2 dBTP (mesuré sur la somme des fichiers, crête vraie BS.1770-4) : le bus sature.</translation>
    </message>
    <message>
        <source>At the fader gains and pans of the %3 session, the %1 stems reach %2 dBTP (measured on the sum of the files, BS.1770-4 true peak): the bus clips.</source>
        <extracomment>%1 how many stems, %2 dBTP, %3 the DAW (&quot;Ardour&quot;)</extracomment>
        <translation>Avec les gains de faders et les panoramiques de la session %3, les %1 stems atteignent %2 dBTP (mesuré sur la somme des fichiers, crête vraie BS.1770-4) : le bus sature.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>%1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 mesure %2 LUFS. Les stems %3 se situant d&apos;habitude à %4 LU de la partie la plus forte, il est %5 LU plus fort que ce que suggère le reste de la session.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. With %3 stems usually %4 LU from the loudest part, it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mesure %2 LUFS. Les stems %3 se situant d&apos;habitude à %4 LU de la partie la plus forte, il est %5 LU plus faible que ce que suggère le reste de la session.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 track types (&quot;vocals&quot;), %2 a genre</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (better)</source>
        <extracomment>%1 the date it was applied, %2 what was measured, %3 before, %4 after (with its unit)</extracomment>
        <translation>appliquée le %1 : %2 %3 → %4 (mieux)</translation>
    </message>
    <message>
        <source>applied %1: %2 %3 → %4 (worse)</source>
        <translation>appliquée le %1 : %2 %3 → %4 (moins bien)</translation>
    </message>
    <message>
        <source>user</source>
        <translation>défini par vous</translation>
    </message>
    <message>
        <source>detected (%1)</source>
        <extracomment>%1 the tracks whose own estimate it is (&quot;Kick and Snare&quot;)</extracomment>
        <translation>détecté sur %1</translation>
    </message>
    <message numerus="yes">
        <source>detected (%1 and %n more)</source>
        <extracomment>%1 the first three tracks whose own estimate it is, %n how many more</extracomment>
        <translation>
            <numerusform>détecté sur %1 et %n autre</numerusform>
            <numerusform>détecté sur %1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>momentary loudness maximum</source>
        <translation>sonie momentanée maximale</translation>
    </message>
    <message>
        <source>M max</source>
        <translation>M max.</translation>
    </message>
    <message>
        <source>peak-to-short-term loudness ratio</source>
        <translation>rapport crête/sonie à court terme</translation>
    </message>
    <message>
        <source>PSR</source>
        <translation>PSR</translation>
    </message>
    <message>
        <source>L/R balance (+ = left)</source>
        <translation>balance G/D (+ = gauche)</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>85 % roll-off</source>
        <translation>fréquence de coupure à 85 %</translation>
    </message>
    <message>
        <source>roll-off</source>
        <translation>coupure</translation>
    </message>
    <message>
        <source>over full scale</source>
        <translation>au-delà de la pleine échelle</translation>
    </message>
    <message>
        <source>%1 samples reach beyond full scale (up to %2 dBFS). The float file keeps them intact, so nothing is clipped; trim the stem before any fixed-point export.</source>
        <extracomment>%1 how many samples, %2 the highest sample in dBFS</extracomment>
        <translation>%1 échantillons dépassent la pleine échelle (jusqu&apos;à %2 dBFS). Le fichier en virgule flottante les garde intacts, rien n&apos;est donc écrêté ; baissez le stem avant tout export en virgule fixe.</translation>
    </message>
    <message>
        <source>Wide and decorrelated (correlation %1), not inverted: summed to mono it loses %2 dB. Check it in mono.</source>
        <translation>Large et décorrélée (corrélation %1), pas inversée : sommée en mono, la piste perd %2 dB. Écoutez-la en mono.</translation>
    </message>
    <message>
        <source>Boost %1 dB at %2 (Q %3) on %4</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 track</extracomment>
        <translation>Accentuer de %1 dB à %2 (Q %3) sur %4</translation>
    </message>
    <message>
        <source>Check the polarity of %1: one channel looks inverted</source>
        <translation>Vérifier la polarité de %1 : un canal semble inversé</translation>
    </message>
    <message>
        <source>Listen to %1 in mono: it is wide and loses %2 dB</source>
        <extracomment>%1 track, %2 dB</extracomment>
        <translation>Écouter %1 en mono : large, elle perd %2 dB</translation>
    </message>
    <message>
        <source>Flip the polarity of %1: it cancels %2</source>
        <extracomment>%1 the track to flip, %2 the other</extracomment>
        <translation>Inverser la polarité de %1 : elle annule %2</translation>
    </message>
    <message>
        <source>A bell cut of the bump&apos;s width undoes it; sweep around the centre by ear.</source>
        <translation>Une coupure en cloche de la largeur de la bosse l&apos;annule ; balayez autour du centre à l&apos;oreille.</translation>
    </message>
    <message>
        <source>A gentle bell boost fills the dip; if it only brings up noise, leave it.</source>
        <translation>Une légère accentuation en cloche comble le creux ; si elle ne fait que remonter du bruit, renoncez-y.</translation>
    </message>
    <message>
        <source>Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow it (width control, M/S) rather than flipping a channel.</source>
        <translation>Pas un défaut de polarité : les côtés sont décorrélés. Si elle s&apos;amincit trop en mono, rétrécissez-la (réglage de largeur, M/S) plutôt que d&apos;inverser un canal.</translation>
    </message>
    <message>
        <source>Invert the polarity of %1 (the whole track, both channels) and listen to the two together: the low end and the body come back. If they were recorded at different distances, nudge the timing too.</source>
        <translation>Inversez la polarité de %1 (toute la piste, les deux canaux) et écoutez les deux ensemble : le bas et le corps reviennent. S&apos;ils ont été enregistrés à des distances différentes, ajustez aussi le calage.</translation>
    </message>
    <message>
        <source>A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it rings through the whole track and stays put while the notes change: it stands out in %5 of the %6 note groups, so it is not a played note.</source>
        <extracomment>%1 to %4 as in the resonance&apos;s reason above, %5 note groups where it stands out, of %6</extracomment>
        <translation>Une résonance à %1 Hz dépasse de %2 dB le spectre environnant, avec un Q de %3 (largeur à -3 dB %4 Hz) ; elle résonne sur toute la piste et reste en place quand les notes changent : elle ressort dans %5 des %6 groupes de notes, ce n&apos;est donc pas une note jouée.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>L&apos;enveloppe spectrale se bombe de %1 dB à %2 (Q %3, d&apos;après sa largeur à mi-gain) par rapport à sa tendance une octave de part et d&apos;autre, dans la médiane des %4 groupes de notes : elle reste en place quand les notes changent, comme le fait un EQ, une pièce ou un micro.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, in the median of the %4 note groups: it stays put while the notes change, as an EQ, a room or a mic does.</source>
        <translation>L&apos;enveloppe spectrale se creuse de %1 dB à %2 (Q %3, d&apos;après sa largeur à mi-gain) par rapport à sa tendance une octave de part et d&apos;autre, dans la médiane des %4 groupes de notes : elle reste en place quand les notes changent, comme le fait un EQ, une pièce ou un micro.</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency, %3 Q</extracomment>
        <translation>L&apos;enveloppe spectrale se bombe de %1 dB à %2 (Q %3, d&apos;après sa largeur à mi-gain) par rapport à sa tendance une octave de part et d&apos;autre, sur toute la piste (un seul groupe de notes : aucun changement de note pour la distinguer de la partie).</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an octave either side, over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>L&apos;enveloppe spectrale se creuse de %1 dB à %2 (Q %3, d&apos;après sa largeur à mi-gain) par rapport à sa tendance une octave de part et d&apos;autre, sur toute la piste (un seul groupe de notes : aucun changement de note pour la distinguer de la partie).</translation>
    </message>
    <message>
        <source>The left/right correlation is %1 (wide, not inverted: the low end does not cancel) and the mono fold-down loses %2 dB, more than the 3 dB of uncorrelated channels.</source>
        <translation>La corrélation gauche/droite est de %1 (large, pas inversée : le bas ne s&apos;annule pas) et le repli en mono perd %2 dB, plus que les 3 dB de canaux non corrélés.</translation>
    </message>
    <message>
        <source>%1 and %2 correlate at %3: they carry the same source in opposite polarity, and summed they lose %4 dB against their separate levels.</source>
        <extracomment>%1 and %2 the tracks, %3 their correlation, %4 dB</extracomment>
        <translation>%1 et %2 sont corrélées à %3 : elles portent la même source en polarité opposée, et sommées elles perdent %4 dB par rapport à leurs niveaux séparés.</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>invert the polarity</source>
        <translation>inverser la polarité</translation>
    </message>
    <message>
        <source>check in mono</source>
        <translation>vérifier en mono</translation>
    </message>
    <message>
        <source>note groups</source>
        <translation>groupes de notes</translation>
    </message>
    <message>
        <source>note groups with the peak</source>
        <translation>groupes de notes avec le pic</translation>
    </message>
    <message>
        <source>centre of the bump or dip</source>
        <translation>centre de la bosse ou du creux</translation>
    </message>
    <message>
        <source>size of the bump or dip</source>
        <translation>ampleur de la bosse ou du creux</translation>
    </message>
    <message>
        <source>Q of the bump or dip</source>
        <translation>Q de la bosse ou du creux</translation>
    </message>
    <message>
        <source>low band from</source>
        <translation>bande grave de</translation>
    </message>
    <message>
        <source>low band to</source>
        <translation>bande grave à</translation>
    </message>
    <message>
        <source>correlation of the two stems</source>
        <translation>corrélation des deux stems</translation>
    </message>
    <message>
        <source>loss of their sum</source>
        <translation>perte de leur somme</translation>
    </message>
    <message>
        <source>samples over full scale</source>
        <translation>échantillons au-delà de la pleine échelle</translation>
    </message>
    <message>
        <source>&gt; 0 (float file)</source>
        <translation>&gt; 0 (fichier en virgule flottante)</translation>
    </message>
    <message>
        <source>&gt;= %1 % of %2 note groups</source>
        <extracomment>%1 a percentage, %2 how many note groups</extracomment>
        <translation>&gt;= %1 % de %2 groupes de notes</translation>
    </message>
    <message>
        <source>share of the file where the track plays</source>
        <translation>part du fichier où la piste joue</translation>
    </message>
    <message>
        <source>playing</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>no audio output was found</source>
        <translation>aucune sortie audio n’a été trouvée</translation>
    </message>
    <message>
        <source>this output is not there any more (choose another in Settings)</source>
        <translation>cette sortie n’est plus là (choisissez-en une autre dans les Réglages)</translation>
    </message>
    <message>
        <source>The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial download or an interrupted export). What is there was analysed. Re-export it.</source>
        <translation>Le fichier est tronqué : sa fin manque, on ne peut pas dire combien d&apos;audio est perdu (un téléchargement partiel ou un export interrompu). Ce qui est là a été analysé. Réexportez-le.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (singular in English: &quot;sub bass&quot;, &quot;bass&quot;, &quot;air&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1 : %2 (%3) %4 dB plus haut que dans %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus bas que dans %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <extracomment>%1 track A, %2 a band (plural in English: &quot;low mids&quot;, &quot;highs&quot;), %3 its range, %4 dB, %5 track B, %6 a clause on the references&apos; spread</extracomment>
        <translation>%1 : %2 (%3) %4 dB plus haut que dans %5%6.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus bas que dans %5%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB higher than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus haut que dans %5, à sonie égale%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) is %4 dB lower than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus bas que dans %5, à sonie égale%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB higher than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus haut que dans %5, à sonie égale%6.</translation>
    </message>
    <message>
        <source>Loudness-matched, %1&apos;s %2 (%3) are %4 dB lower than %5&apos;s%6.</source>
        <translation>%1 : %2 (%3) %4 dB plus bas que dans %5, à sonie égale%6.</translation>
    </message>
    <message>
        <source>One channel looks polarity-inverted (correlation %1%2): the track thins out or vanishes in mono (it loses %3 dB). Check the polarity of one channel, or the stereo widener.</source>
        <extracomment>%1 correlation, %2 a clause on the low band (&quot;, -0.80 between 60 and 120 Hz&quot;) or nothing, %3 dB</extracomment>
        <translation>Un canal semble inversé en polarité (corrélation %1%2) : en mono, la piste s’amincit ou disparaît (elle perd %3 dB). Vérifiez la polarité d’un canal, ou l’élargisseur stéréo.</translation>
    </message>
    <message>
        <source>, %1 between %2 and %3 Hz</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>, %1 entre %2 et %3 Hz</translation>
    </message>
    <message>
        <source>&lt;= %1 with a mono loss &gt;= %2, or a low band &lt;= %3</source>
        <extracomment>the stereo verdict&apos;s rule for an inverted channel: %1 correlation, %2 dB, %3 correlation</extracomment>
        <translation>&lt;= %1 avec une perte en mono &gt;= %2, ou une bande grave &lt;= %3</translation>
    </message>
    <message>
        <source>&lt;= %1 between %2 and %3 Hz</source>
        <extracomment>%1 a correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>&lt;= %1 entre %2 et %3 Hz</translation>
    </message>
    <message>
        <source>&gt; %1 (not inverted), &lt; %2 (wide)</source>
        <translation>&gt; %1 (non inversé), &lt; %2 (large)</translation>
    </message>
    <message>
        <source>%1…%2 (wide)</source>
        <translation>%1…%2 (large)</translation>
    </message>
    <message>
        <source>&gt; %1 or correlation &lt; 0</source>
        <extracomment>%1 dB</extracomment>
        <translation>&gt; %1 ou corrélation &lt; 0</translation>
    </message>
    <message>
        <source>The left/right correlation is %1%2; the mono fold-down loses %3 dB.</source>
        <extracomment>%1 correlation, %2 a clause on the low band or nothing, %3 dB</extracomment>
        <translation>La corrélation gauche/droite est de %1%2 ; le repli en mono perd %3 dB.</translation>
    </message>
    <message>
        <source> and %1 between %2 and %3 Hz, where any natural recording correlates</source>
        <extracomment>%1 correlation, %2 and %3 the band&apos;s edges</extracomment>
        <translation>La corrélation gauche/droite est de %1%2 ; le repli en mono perd %3 dB.</translation>
    </message>
    <message>
        <source>envelope bump at %1</source>
        <translation>bosse de l’enveloppe à %1</translation>
    </message>
    <message>
        <source>envelope dip at %1</source>
        <translation>creux de l’enveloppe à %1</translation>
    </message>
    <message>
        <source>%1 is a lead element and keeps the band</source>
        <extracomment>%1 the track that keeps the band (a lead vocal, a lead synth)</extracomment>
        <translation>%1 est un élément principal et garde la bande</translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s)</source>
        <extracomment>%n how many stems have a line in the plan</extracomment>
        <translation>
            <numerusform>Plan de gain : gain de clip et faders de %n stem</numerusform>
            <numerusform>Plan de gain : gain de clip et faders de %n stems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s), then every fader %1</source>
        <extracomment>%n how many stems have a line in the plan, %1 the common fader move in dB (&quot;-3.0 dB&quot;)</extracomment>
        <translation>
            <numerusform>Plan de gain : gain de clip et faders de %n stem, puis chaque fader %1</numerusform>
            <numerusform>Plan de gain : gain de clip et faders de %n stems, puis chaque fader %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader (in dB, signed)</extracomment>
        <translation>%1 : gain de clip %2, fader %3 (sa place dans le mix inchangée)</translation>
    </message>
    <message>
        <source>%1: clip gain %2, fader %3 (%4 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 clip gain, %3 fader, %4 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1 : gain de clip %2, fader %3 (%4 dans le mix)</translation>
    </message>
    <message>
        <source>%1: fader %2 (its place in the mix unchanged)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader (in dB, signed)</extracomment>
        <translation>%1 : fader %2 (sa place dans le mix inchangée)</translation>
    </message>
    <message>
        <source>%1: fader %2 (%3 in the mix)</source>
        <extracomment>one stem&apos;s line: %1 track, %2 fader, %3 the change of its level in the mix (in dB, signed)</extracomment>
        <translation>%1 : fader %2 (%3 dans le mix)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>the stems&apos; lines of the gain plan one after the other: %1 a line, %2 the next line (or lines)</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>%1 the stems&apos; lines</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; then pull every fader (or a VCA over all of them) down %2 dB together.</source>
        <extracomment>%1 the stems&apos; lines, %2 dB</extracomment>
        <translation>%1 ; puis baisser tous les faders (ou un VCA sur l&apos;ensemble) de %2 dB ensemble.</translation>
    </message>
    <message>
        <source>Pull every fader (or a VCA over all of them) down %1 dB together.</source>
        <extracomment>%1 dB (the plan has no stem&apos;s line, only the common move)</extracomment>
        <translation>Baisser tous les faders (ou un VCA sur l&apos;ensemble) de %1 dB ensemble.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for.</source>
        <translation>Les réglages de niveau de la session en un seul endroit : le gain de clip d&apos;un stem le prépare pour ses plug-ins (crêtes sous -6 dBTP), son fader fixe sa place dans la balance, pour qu&apos;aucun stem ne reçoive deux réglages de gain qui s&apos;additionnent en un que personne n&apos;a demandé.</translation>
    </message>
    <message>
        <source>The session&apos;s level moves in one place: a stem&apos;s clip gain stages it for its plug-ins (peaks under -6 dBTP), its fader sets its place in the balance, so no stem gets two gain moves that add up to one nobody asked for; the common move keeps the bus under -1 dBTP (the sum measured at unity: measure it again after the moves).</source>
        <translation>Les réglages de niveau de la session en un seul endroit : le gain de clip d&apos;un stem le prépare pour ses plug-ins (crêtes sous -6 dBTP), son fader fixe sa place dans la balance, pour qu&apos;aucun stem ne reçoive deux réglages de gain qui s&apos;additionnent en un que personne n&apos;a demandé ; le réglage commun garde le bus sous -1 dBTP (la somme mesurée au gain unitaire : mesurez-la à nouveau après les réglages).</translation>
    </message>
    <message>
        <source>A line of the session&apos;s gain plan, which sums the level moves.</source>
        <extracomment>a plan note on a level move the gain plan sums</extracomment>
        <translation>Une ligne du plan de gain de la session, qui regroupe les réglages de niveau.</translation>
    </message>
    <message>
        <source>It replaces “%1”, which works against it.</source>
        <extracomment>a plan note: %1 the title of the move dropped for this one</extracomment>
        <translation>Il remplace « %1 », qui va à son encontre.</translation>
    </message>
    <message>
        <source>It also does the work of “%1”.</source>
        <extracomment>a plan note: %1 the title of the move merged into this one</extracomment>
        <translation>Il fait aussi le travail de « %1 ».</translation>
    </message>
    <message>
        <source>true peak of %1</source>
        <extracomment>%1 a track (a line of the gain plan)</extracomment>
        <translation>crête vraie de %1</translation>
    </message>
    <message>
        <source>integrated loudness of %1</source>
        <translation>sonie intégrée de %1</translation>
    </message>
    <message>
        <source>deviation of %1 from the balance</source>
        <translation>écart de %1 par rapport à la balance</translation>
    </message>
    <message>
        <source>The spectral envelope bulges %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <extracomment>%1 dB, %2 frequency, %3 Q, %4 how many note groups</extracomment>
        <translation>L&apos;enveloppe spectrale se bombe de %1 dB à %2 selon la forme d&apos;une cloche de Q %3 ajustée au-dessus de la droite qu&apos;elle suit autour, dans la médiane de ses %4 groupes de notes : la forme d&apos;un EQ, qui reste en place quand les notes changent.</translation>
    </message>
    <message>
        <source>The spectral envelope sags %1 dB at %2 in the shape of a bell of Q %3 fitted over the line it follows around it, in the median of its %4 note groups: an EQ&apos;s shape, which stays put while the notes change.</source>
        <translation>L&apos;enveloppe spectrale se creuse de %1 dB à %2 selon la forme d&apos;une cloche de Q %3 ajustée sous la droite qu&apos;elle suit autour, dans la médiane de ses %4 groupes de notes : la forme d&apos;un EQ, qui reste en place quand les notes changent.</translation>
    </message>
    <message>
        <source>Cut %1 dB above %2 with a high shelf on %3</source>
        <extracomment>%1 dB, %2 frequency (the shelf&apos;s midpoint), %3 track</extracomment>
        <translation>Couper %1 dB au-dessus de %2 avec un shelf aigu sur %3</translation>
    </message>
    <message>
        <source>Cut %1 dB below %2 with a low shelf on %3</source>
        <translation>Couper %1 dB au-dessous de %2 avec un shelf grave sur %3</translation>
    </message>
    <message>
        <source>Boost %1 dB above %2 with a high shelf on %3</source>
        <translation>Accentuer %1 dB au-dessus de %2 avec un shelf aigu sur %3</translation>
    </message>
    <message>
        <source>Boost %1 dB below %2 with a low shelf on %3</source>
        <translation>Accentuer %1 dB au-dessous de %2 avec un shelf grave sur %3</translation>
    </message>
    <message>
        <source>A shelf of slope 1 with its midpoint at the step undoes it; trim its gain by ear.</source>
        <translation>Un shelf de pente 1 centré sur la marche l&apos;annule ; ajustez son gain à l&apos;oreille.</translation>
    </message>
    <message>
        <source>A gentle shelf gives back what the step took; if it only brings up noise, leave it.</source>
        <translation>Un shelf doux rend ce que la marche a pris ; s&apos;il ne fait que remonter du bruit, laissez-le.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint), %3 how many note groups</extracomment>
        <translation>L&apos;enveloppe spectrale monte d&apos;une marche de %1 dB à %2 (un shelf de pente 1 ajusté au-dessus de la droite que suit l&apos;enveloppe autour), dans la médiane des %3 groupes de notes : elle reste en place quand les notes changent, comme le fait un EQ ou un micro.</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), in the median of the %3 note groups: it stays put while the notes change, as an EQ or a mic does.</source>
        <translation>L&apos;enveloppe spectrale descend d&apos;une marche de %1 dB à %2 (un shelf de pente 1 ajusté au-dessus de la droite que suit l&apos;enveloppe autour), dans la médiane des %3 groupes de notes : elle reste en place quand les notes changent, comme le fait un EQ ou un micro.</translation>
    </message>
    <message>
        <source>The spectral envelope steps up %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <extracomment>%1 dB, %2 frequency (the step&apos;s midpoint)</extracomment>
        <translation>L&apos;enveloppe spectrale monte d&apos;une marche de %1 dB à %2 (un shelf de pente 1 ajusté au-dessus de la droite que suit l&apos;enveloppe autour), sur toute la piste (un seul groupe de notes : aucun changement de note pour la distinguer de la partie).</translation>
    </message>
    <message>
        <source>The spectral envelope steps down %1 dB at %2 (a shelf of slope 1 fitted to it, over the line the envelope follows around it), over the whole track (one note group: no note changes to tell it from the part by).</source>
        <translation>L&apos;enveloppe spectrale descend d&apos;une marche de %1 dB à %2 (un shelf de pente 1 ajusté au-dessus de la droite que suit l&apos;enveloppe autour), sur toute la piste (un seul groupe de notes : aucun changement de note pour la distinguer de la partie).</translation>
    </message>
    <message>
        <source>envelope step at %1</source>
        <translation>marche de l&apos;enveloppe à %1</translation>
    </message>
    <message>
        <source>confidence of the track type</source>
        <translation>confiance du type de piste</translation>
    </message>
    <message>
        <source>type conf.</source>
        <translation>conf. type</translation>
    </message>
    <message>
        <source>Named as %1, but it sounds like %2 (the audio is %3 % sure). Check that the right file was bounced, or set the type by hand.</source>
        <extracomment>%1 the type the name gives, %2 the type the audio suggests, %3 how sure the audio is, in %</extracomment>
        <translation>Nommée %1, mais sonne comme %2 (le son en est sûr à %3 %). Vérifiez que le bon fichier a été exporté, ou choisissez le type à la main.</translation>
    </message>
    <message>
        <source>%1 (type uncertain: the audio suggests %2, confidence %3; general ranges)</source>
        <extracomment>a threshold: %1 a value with its unit %1 the comparison (&quot;&gt; 0.05&quot;), %2 the type the audio suggests, %3 how sure it is (0–1)</extracomment>
        <translation>%1 (type incertain : le son évoque %2, confiance %3 ; plages générales)</translation>
    </message>
    <message>
        <source>distance from the nearest played note</source>
        <translation>écart à la note jouée la plus proche</translation>
    </message>
    <message>
        <source>%1 (ratings from other projects count for at most ±%2)</source>
        <extracomment>%1 &quot;your feedback on … moved the confidence from … to …&quot;, %2 the most other projects may move it (0.15)</extracomment>
        <translation>%1 (les évaluations d’autres projets comptent au plus ±%2)</translation>
    </message>
    <message>
        <source>%1 brings in %2, yet it is no louder than %4 (%3 LU): it does not lift.</source>
        <extracomment>%1 a section (&quot;Chorus (B)&quot;), %2 the stems that enter, %3 the loudness change in LU (signed), %4 the section before</extracomment>
        <translation>%1 fait entrer %2, mais n’est pas plus fort que %4 (%3 LU) : la section ne décolle pas.</translation>
    </message>
    <message>
        <source>The low end (20–250 Hz) of %1 lies %2 dB below that of %3 while the loudness holds.</source>
        <extracomment>%1 a section, %2 dB, %3 the section before</extracomment>
        <translation>Le bas du spectre (20–250 Hz) de %1 est %2 dB sous celui de %3 alors que la sonie reste la même.</translation>
    </message>
    <message>
        <source>%1 runs %2 bars with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in bars</extracomment>
        <translation>%1 dure %2 mesures avec les mêmes stems aux mêmes niveaux : envisagez un changement (une partie qui entre ou sort, un fill).</translation>
    </message>
    <message>
        <source>%1 runs %2 s with the same stems at the same levels: consider a change (a part in or out, a fill).</source>
        <extracomment>%1 a section, %2 its length in seconds</extracomment>
        <translation>%1 dure %2 s avec les mêmes stems aux mêmes niveaux : envisagez un changement (une partie qui entre ou sort, un fill).</translation>
    </message>
    <message>
        <source>heard apart by their pans</source>
        <translation>entendus séparément par leur panoramique</translation>
    </message>
    <message>
        <source>against the section&apos;s loudness</source>
        <translation>par rapport à la sonie de la section</translation>
    </message>
    <message>
        <source>against the sections&apos; loudness, median</source>
        <translation>par rapport à la sonie des sections, médiane</translation>
    </message>
    <message>
        <source>out of its place by</source>
        <translation>écart à sa place</translation>
    </message>
    <message>
        <source>Raise %1 by %2 dB in %3</source>
        <extracomment>%1 track, %2 dB, %3 a section with its times</extracomment>
        <translation>Monter %1 de %2 dB dans %3</translation>
    </message>
    <message>
        <source>Lower %1 by %2 dB in %3</source>
        <translation>Baisser %1 de %2 dB dans %3</translation>
    </message>
    <message>
        <source>Automate the fader (or the clip gain) of %1 over %2, so that it keeps the place it holds in the rest of the song.</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>Automatisez le fader (ou le gain de clip) de %1 sur %2, pour qu’il garde la place qu’il tient dans le reste du morceau.</translation>
    </message>
    <message>
        <source>In %1, %2 sits at %3 LU against the section&apos;s loudness; over the %5 sections where it plays, at %4 LU (their median).</source>
        <extracomment>%1 a section, %2 track, %3 LU (signed) against the section&apos;s loudness, %4 LU (signed): the median over the sections where it plays, %5 how many</extracomment>
        <translation>Dans %1, %2 se situe à %3 LU par rapport à la sonie de la section ; sur les %5 sections où il joue, à %4 LU (leur médiane).</translation>
    </message>
    <message>
        <source>%1 (%2–%3 s)</source>
        <extracomment>a section of the song: %1 its name, %2 and %3 its start and end in seconds</extracomment>
        <translation>%1 (%2–%3 s)</translation>
    </message>
    <message>
        <source>The key changes at %1: from %2 in %5 to %3 (%4 semitones).</source>
        <extracomment>%1 a section, %2 the key before (“A minor”), %3 the key of %1, %4 the shift in semitones (signed), %5 the section before</extracomment>
        <translation>La tonalité change à %1 : de %2 dans %5 à %3 (%4 demi-tons).</translation>
    </message>
    <message>
        <source>section %1</source>
        <extracomment>a section without a name of its own; %1 its number in the song</extracomment>
        <translation>section %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a section&apos;s name (&quot;section 3&quot;, &quot;Chorus&quot;), %2 its group (&quot;A&quot;, &quot;B′&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 in</source>
        <extracomment>what changed at a boundary between sections; %1 the stems</extracomment>
        <translation>%1 entre(nt)</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 sort(ent)</translation>
    </message>
    <message>
        <source>%1 louder</source>
        <translation>%1 plus fort</translation>
    </message>
    <message>
        <source>%1 quieter</source>
        <translation>%1 moins fort</translation>
    </message>
    <message>
        <source>ride</source>
        <translation>automation</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>clip gain</source>
        <translation>gain du clip</translation>
    </message>
    <message>
        <source>fader</source>
        <translation>fader</translation>
    </message>
    <message>
        <source>change in the mix</source>
        <translation>changement dans le mix</translation>
    </message>
    <message>
        <source>bus gain</source>
        <translation>gain du bus</translation>
    </message>
    <message>
        <source>intro</source>
        <extracomment>a section&apos;s function in the song, as its name (analysis/sectionnames.h)</extracomment>
        <translation>intro</translation>
    </message>
    <message>
        <source>verse</source>
        <translation>couplet</translation>
    </message>
    <message>
        <source>pre-chorus</source>
        <translation>pré-refrain</translation>
    </message>
    <message>
        <source>chorus</source>
        <translation>refrain</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>pont</translation>
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
        <translation>la première section, %1 stems jouent (la section la plus pleine : %2) ; %3 entrent après elle</translation>
    </message>
    <message>
        <source>the last section, %1 stems playing (the fullest section: %2); %3 leave as it starts</source>
        <translation>la dernière section, %1 stems jouent (la section la plus pleine : %2) ; %3 s’arrêtent à son début</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, fuller and louder than group %4 before it (%5 stems at %6 LUFS)</source>
        <extracomment>%1 the group (&quot;B&quot;), %2 stems playing on average, %3 LUFS on average, %4 the verses&apos; group, %5 and %6 their stems and LUFS</extracomment>
        <translation>groupe %1 : %2 stems à %3 LUFS en moyenne, plus plein et plus fort que le groupe %4 qui le précède (%5 stems à %6 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 stems at %3 LUFS on average, before the choruses (group %4)</source>
        <extracomment>%1 the group, %2 stems playing on average, %3 LUFS on average, %4 the choruses&apos; group</extracomment>
        <translation>groupe %1 : %2 stems à %3 LUFS en moyenne, avant les refrains (groupe %4)</translation>
    </message>
    <message>
        <source>group %1, each time between a verse and a chorus</source>
        <translation>groupe %1, chaque fois entre un couplet et un refrain</translation>
    </message>
    <message>
        <source>%1 stop for it and play again after it</source>
        <extracomment>%1 the drum and bass stems</extracomment>
        <translation>%1 s’arrêtent pendant cette section et reprennent après</translation>
    </message>
    <message>
        <source>%1 return after the break; the fullest and loudest section (%2 stems at %3 LUFS)</source>
        <extracomment>%1 the drum and bass stems, %2 stems playing, %3 LUFS</extracomment>
        <translation>%1 reviennent après le break ; la section la plus pleine et la plus forte (%2 stems à %3 LUFS)</translation>
    </message>
    <message>
        <source>group %1, played once, between choruses</source>
        <translation>groupe %1, joué une fois, entre des refrains</translation>
    </message>
    <message>
        <source>loudness of the choruses</source>
        <translation>sonie des refrains</translation>
    </message>
    <message>
        <source>loudness of the verses</source>
        <translation>sonie des couplets</translation>
    </message>
    <message>
        <source>lift of the choruses</source>
        <translation>élévation des refrains</translation>
    </message>
    <message>
        <source>bars unchanged</source>
        <translation>mesures sans changement</translation>
    </message>
    <message>
        <source>time unchanged</source>
        <translation>durée sans changement</translation>
    </message>
    <message>
        <source>share of the song it plays in</source>
        <translation>part du morceau où elle joue</translation>
    </message>
    <message>
        <source>Lift the choruses: raise %1 by %2 dB in %3</source>
        <extracomment>workflow suggestions from the arrangement (suggest/arrangementrules.cpp). %1 the stems, %2 dB, %3 the choruses (&quot;chorus 1 and chorus 2&quot;)</extracomment>
        <translation>Faire décoller les refrains : monter %1 de %2 dB dans %3</translation>
    </message>
    <message>
        <source>Lift the choruses: raise the mix bus by %1 dB in %2</source>
        <extracomment>%1 dB, %2 the choruses</extracomment>
        <translation>Faire décoller les refrains : monter le bus de mix de %1 dB dans %2</translation>
    </message>
    <message>
        <source>Automate the faders of %1 over %2, or give the choruses more of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the stems, %2 the choruses with their times</extracomment>
        <translation>Automatisez les faders de %1 sur %2, ou donnez aux refrains davantage en propre (une doublure, une couche, une partie de percussion).</translation>
    </message>
    <message>
        <source>Nothing plays in the choruses only: automate the mix bus (or a VCA over every stem) over %1, before the bus compressor and limiter, or give the choruses a part of their own (a double, a layer, a percussion part).</source>
        <extracomment>%1 the choruses with their times</extracomment>
        <translation>Rien ne joue seulement dans les refrains : automatisez le bus de mix (ou un VCA sur tous les stems) sur %1, avant le compresseur de bus et le limiteur, ou donnez aux refrains une partie à eux (une doublure, une couche, une partie de percussion).</translation>
    </message>
    <message>
        <source>The choruses measure %1 LUFS, the verses %2 LUFS (the stems summed): they lift by %3 LU, less than %4 LU. With the ride they lift by about %5 LU.</source>
        <extracomment>%1 the choruses&apos; LUFS, %2 the verses&apos; LUFS, %3 the lift in LU (signed), %4 the lift it should reach at least, %5 the lift after the move</extracomment>
        <translation>Les refrains mesurent %1 LUFS, les couplets %2 LUFS (stems sommés) : ils montent de %3 LU, moins de %4 LU. Avec l’automation, ils montent d’environ %5 LU.</translation>
    </message>
    <message>
        <source>Change something in %1 at bar %2 (%3 s)</source>
        <extracomment>%1 a section, %2 a bar number, %3 its time in seconds</extracomment>
        <translation>Changez quelque chose dans %1 à la mesure %2 (%3 s)</translation>
    </message>
    <message>
        <source>Change something in %1 around %2 s</source>
        <extracomment>%1 a section, %2 a time in seconds</extracomment>
        <translation>Changez quelque chose dans %1 vers %2 s</translation>
    </message>
    <message>
        <source>Bring a part in or take one out there, or add a fill or a variation: the same stems at the same levels for this long let the listener&apos;s attention go.</source>
        <translation>Faites entrer ou sortir une partie à cet endroit, ou ajoutez un fill ou une variation : les mêmes stems aux mêmes niveaux aussi longtemps laissent filer l’attention de l’auditeur.</translation>
    </message>
    <message>
        <source>%1 plays only in %2</source>
        <extracomment>%1 track, %2 a section with its times</extracomment>
        <translation>%1 ne joue que dans %2</translation>
    </message>
    <message>
        <source>If it is a one-off colour, give it its moment (ride it up where it enters); otherwise bring it back later (in the last chorus, say) so that it belongs. Strip the silence from the rest of %1&apos;s track to keep the session tidy.</source>
        <extracomment>%1 track</extracomment>
        <translation>Si c’est une couleur unique, donnez-lui son moment (montez-la à son entrée) ; sinon, faites-la revenir plus tard (dans le dernier refrain, par exemple) pour qu’elle ait sa place. Supprimez le silence du reste de la piste de %1 pour garder la session en ordre.</translation>
    </message>
    <message>
        <source>%1 plays %2 s of the song&apos;s %3 s, all in one of its %4 sections.</source>
        <extracomment>%1 track, %2 seconds it plays, %3 the song&apos;s length in seconds, %4 how many sections the song has</extracomment>
        <translation>%1 joue %2 s des %3 s du morceau, toutes dans une seule de ses %4 sections.</translation>
    </message>
    <message>
        <source>harmony changes</source>
        <extracomment>what changed in a mix alone (no stems) at a boundary between sections: its chords or melody</extracomment>
        <translation>l&apos;harmonie change</translation>
    </message>
    <message>
        <source>timbre changes</source>
        <extracomment>what changed in a mix alone at a boundary: its band balance (instruments in or out, another sound)</extracomment>
        <translation>le timbre change</translation>
    </message>
    <message>
        <source>%1 dB louder</source>
        <extracomment>what changed in a mix alone at a boundary; %1 dB</extracomment>
        <translation>%1 dB plus fort</translation>
    </message>
    <message>
        <source>%1 dB quieter</source>
        <translation>%1 dB plus faible</translation>
    </message>
    <message>
        <source>against your references</source>
        <translation>par rapport à vos références</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <source>above 90 %</source>
        <translation>au-dessus de 90 %</translation>
    </message>
    <message>
        <source>below 90 %</source>
        <translation>en dessous de 90 %</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la plage</translation>
    </message>
    <message>
        <source>loudness relative to the song</source>
        <translation>sonie par rapport au morceau</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>au-dessus de 90 % de vos références</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>en dessous de 90 % de vos références</translation>
    </message>
    <message>
        <source>above 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>au-dessus de 90 % des sections « %1 » de vos références</translation>
    </message>
    <message>
        <source>below 90 % of the %1 sections of your references</source>
        <extracomment>%1 a section type (&quot;chorus&quot;)</extracomment>
        <translation>en dessous de 90 % des sections « %1 » de vos références</translation>
    </message>
    <message>
        <source>%1: %2 (%3) at %4 dB relative to the loudness, %5 (10–90 %: %6 to %7 dB, median %8 dB).</source>
        <extracomment>%1 the track, %2 a band (&quot;low mids&quot;), %3 its range in Hz, %4 dB, %5 &quot;above 90 % of your references&quot;, %6-%8 dB</extracomment>
        <translation>%1 : %2 (%3) à %4 dB par rapport à la sonie, %5 (10–90 % : %6 à %7 dB, médiane %8 dB).</translation>
    </message>
    <message>
        <source>%1: PLR %2 dB, %3 (10–90 %: %4 to %5 dB, median %6 dB).</source>
        <extracomment>%1 the track, %2 dB, %3 &quot;above 90 % of your references&quot;, %4-%6 dB</extracomment>
        <translation>%1 : PLR %2 dB, %3 (10–90 % : %4 à %5 dB, médiane %6 dB).</translation>
    </message>
    <message>
        <source>%1: loudness range %2 LU, %3 (10–90 %: %4 to %5 LU, median %6 LU).</source>
        <extracomment>%1 the track, %2 LU, %3 &quot;above 90 % of your references&quot;, %4-%6 LU</extracomment>
        <translation>%1 : plage de sonie %2 LU, %3 (10–90 % : %4 à %5 LU, médiane %6 LU).</translation>
    </message>
    <message>
        <source>%1: stereo width %2, %3 (10–90 %: %4 to %5, median %6).</source>
        <extracomment>%1 the track, %2 width (a ratio), %3 &quot;above 90 % of your references&quot;, %4-%6 widths</extracomment>
        <translation>%1 : largeur stéréo %2, %3 (10–90 % : %4 à %5, médiane %6).</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, louder than group %3 before it (%4 LUFS)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 and %4 their mean loudness in LUFS</extracomment>
        <translation>groupe %1 : %2 LUFS en moyenne, plus fort que le groupe %3 qui le précède (%4 LUFS)</translation>
    </message>
    <message>
        <source>group %1: %2 LUFS on average, before the louder choruses (group %3)</source>
        <extracomment>a mix alone (no stems): %1 and %3 group letters, %2 its mean loudness in LUFS</extracomment>
        <translation>groupe %1 : %2 LUFS en moyenne, avant les refrains plus forts (groupe %3)</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 (%4) at %5 dB relative to their loudness, %6 (10–90 %: %7 to %8 dB, median %9 dB).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 a band, %4 its range in Hz, %5 dB (the mean over the track&apos;s sections of the type), %6 &quot;above 90 % of the chorus sections of your references&quot;, %7-%9 dB</extracomment>
        <translation>%1, sections « %2 » : %3 (%4) à %5 dB par rapport à leur sonie, %6 (10–90 % : %7 à %8 dB, médiane %9 dB).</translation>
    </message>
    <message>
        <source>%1, its %2 sections: %3 LU relative to the song&apos;s loudness, %4 (10–90 %: %5 to %6 LU, median %7 LU).</source>
        <extracomment>%1 the track, %2 a section type (&quot;chorus&quot;), %3 LU (the mean over the track&apos;s sections of the type), %4 &quot;above 90 % of the chorus sections of your references&quot;, %5-%7 LU</extracomment>
        <translation>%1, sections « %2 » : %3 LU par rapport à la sonie du morceau, %4 (10–90 % : %5 à %6 LU, médiane %7 LU).</translation>
    </message>
    <message>
        <source>genre %1</source>
        <extracomment>%1 the genre the user set (&quot;rock&quot;)</extracomment>
        <translation>genre %1</translation>
    </message>
    <message>
        <source>genre not set</source>
        <translation>genre non défini</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2; runner-up %3)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;), %3 the next nearest genre</extracomment>
        <translation>genre : %1 (estimé, %2 ; ensuite %3)</translation>
    </message>
    <message>
        <source>genre: %1 (estimated, %2)</source>
        <extracomment>%1 the estimated genre, %2 how sure the estimate is (&quot;62 %&quot;)</extracomment>
        <translation>genre : %1 (estimé, %2)</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2; runner-up %3), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;), %3 the next nearest</extracomment>
        <translation>genre incertain (le plus proche : %1, %2 ; ensuite %3), non utilisé</translation>
    </message>
    <message>
        <source>genre uncertain (nearest %1, %2), not used</source>
        <extracomment>the evidence is thin, the genre is not used: %1 the nearest genre, %2 how sure (&quot;38 %&quot;)</extracomment>
        <translation>genre incertain (le plus proche : %1, %2), non utilisé</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB around %3 in the shape of a bell of Q %4, the rest of the spectrum unchanged (the bell explains %5 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 Q, %5 per cent</extracomment>
        <translation>Depuis le bounce analysé le %1, le spectre de cette partie a changé de %2 dB autour de %3 en forme de cloche de Q %4, le reste du spectre inchangé (la cloche explique %5 % du changement) : un EQ ou un plug-in a bougé. Si ce n&apos;était pas voulu, ceci l&apos;annule.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB above %3 in the shape of a high shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Depuis le bounce analysé le %1, le spectre de cette partie a changé de %2 dB au-dessus de %3 en forme de plateau aigu, le reste du spectre inchangé (le plateau explique %4 % du changement) : un EQ ou un plug-in a bougé. Si ce n&apos;était pas voulu, ceci l&apos;annule.</translation>
    </message>
    <message>
        <source>Since the bounce analysed %1, this part&apos;s spectrum changed by %2 dB below %3 in the shape of a low shelf, the rest of the spectrum unchanged (the shelf explains %4 % of the change): an EQ or a plug-in moved. If that was not meant, this undoes it.</source>
        <extracomment>%1 when the earlier bounce was analysed, %2 dB, %3 frequency, %4 per cent</extracomment>
        <translation>Depuis le bounce analysé le %1, le spectre de cette partie a changé de %2 dB en dessous de %3 en forme de plateau grave, le reste du spectre inchangé (le plateau explique %4 % du changement) : un EQ ou un plug-in a bougé. Si ce n&apos;était pas voulu, ceci l&apos;annule.</translation>
    </message>
    <message>
        <source>Look first at what changed on the channel since the last bounce (an EQ, an amp or a saturation plug-in, a send); undo it there, or apply this move on top.</source>
        <translation>Regardez d&apos;abord ce qui a changé sur la tranche depuis le dernier bounce (un EQ, un plug-in d&apos;ampli ou de saturation, un envoi) ; annulez-le là, ou appliquez ce réglage en plus.</translation>
    </message>
    <message>
        <source>level at %1 relative to the loudness</source>
        <translation>niveau à %1 par rapport à la sonie</translation>
    </message>
    <message>
        <source>change since the last bounce</source>
        <translation>changement depuis le dernier bounce</translation>
    </message>
    <message>
        <source>centre of the change</source>
        <translation>centre du changement</translation>
    </message>
    <message>
        <source>Q of the change</source>
        <translation>Q du changement</translation>
    </message>
    <message>
        <source>share of the change the shape explains</source>
        <translation>part du changement expliquée par la forme</translation>
    </message>
    <message>
        <source>what the shape leaves (RMS)</source>
        <translation>ce que la forme laisse (RMS)</translation>
    </message>
    <message>
        <source>level change outside the shape</source>
        <translation>changement de niveau hors de la forme</translation>
    </message>
    <message numerus="yes">
        <source>the first section, %n stem(s) playing (the fullest section: %1); %2 enter after it</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>la première section, %n stem joue (la section la plus pleine : %1) ; %2 entrent après elle</numerusform>
            <numerusform>la première section, %n stems jouent (la section la plus pleine : %1) ; %2 entrent après elle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last section, %n stem(s) playing (the fullest section: %1); %2 leave as it starts</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>la dernière section, %n stem joue (la section la plus pleine : %1) ; %2 s’arrêtent à son début</numerusform>
            <numerusform>la dernière section, %n stems jouent (la section la plus pleine : %1) ; %2 s’arrêtent à son début</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: outside 90 % of your references (10–90 %: %2 to %3, %4 references)</source>
        <extracomment>%1 the comparison (&quot;&gt; 0.31&quot;), %2 and %3 the references&apos; 10th and 90th percentiles, %4 how many references</extracomment>
        <translation>%1 : hors de 90 % de vos références (10–90 % : %2 à %3, %4 références)</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more)</extracomment>
        <translation>%1 La limite est le 90e centile de vos %2 références, pas celle d&apos;un mix typique.</translation>
    </message>
    <message>
        <source>%1 The limit is the 90th percentile of your %2 %3 references, not a typical mix&apos;s.</source>
        <extracomment>%1 the reasoning before, %2 how many references (3 or more), %3 their genre (&quot;pop&quot;)</extracomment>
        <translation>%1 La limite est le 90e centile de vos %2 références %3, pas celle d&apos;un mix typique.</translation>
    </message>
    <message>
        <source>a bell of %1 dB at %2, Q %3</source>
        <extracomment>%1 signed dB, %2 frequency, %3 Q: one shape of an EQ change between two bounces</extracomment>
        <translation>une cloche de %1 dB à %2, Q %3</translation>
    </message>
    <message>
        <source>a high shelf of %1 dB above %2</source>
        <translation>un plateau aigu de %1 dB au-dessus de %2</translation>
    </message>
    <message>
        <source>a low shelf of %1 dB below %2</source>
        <translation>un plateau grave de %1 dB en dessous de %2</translation>
    </message>
    <message>
        <source>%1 (%2 % of the change explained)</source>
        <extracomment>%1 the list of shapes, %2 per cent</extracomment>
        <translation>%1 (%2 % du changement expliqué)</translation>
    </message>
    <message>
        <source>tempo, this track</source>
        <translation>tempo, cette piste</translation>
    </message>
    <message>
        <source>short-term crest factor (100 ms median)</source>
        <translation>facteur de crête à court terme (médiane sur 100 ms)</translation>
    </message>
    <message>
        <source>crest 100 ms</source>
        <translation>crête 100 ms</translation>
    </message>
    <message>
        <source>shift in time</source>
        <translation>décalage dans le temps</translation>
    </message>
    <message>
        <source>move earlier</source>
        <translation>avancer</translation>
    </message>
    <message>
        <source>invert the polarity and move earlier</source>
        <translation>inverser la polarité et avancer</translation>
    </message>
    <message>
        <source>time between the two</source>
        <translation>écart de temps entre les deux</translation>
    </message>
    <message>
        <source>correlation lined up</source>
        <translation>corrélation une fois alignées</translation>
    </message>
    <message>
        <source>correlation as they are</source>
        <translation>corrélation telles quelles</translation>
    </message>
    <message>
        <source>level their sum gains lined up</source>
        <translation>niveau que gagne leur somme une fois alignées</translation>
    </message>
    <message>
        <source>Move %1 %2 ms earlier: it arrives late against %3</source>
        <extracomment>%1 the track to move, %2 milliseconds, %3 the other track</extracomment>
        <translation>Avancer %1 de %2 ms : elle arrive en retard sur %3</translation>
    </message>
    <message>
        <source>Flip the polarity of %1 and move it %2 ms earlier: it arrives late and opposed against %3</source>
        <extracomment>%1 the track to flip and move, %2 milliseconds, %3 the other track</extracomment>
        <translation>Inverser la polarité de %1 et l’avancer de %2 ms : elle arrive en retard et en opposition sur %3</translation>
    </message>
    <message>
        <source>Slide %1 earlier by %2 samples at %3 Hz (or delay %4 by as much where %1 must stay put), then listen to the two together: the low end firms up and the hollow, phasey sound goes.</source>
        <extracomment>%1 the track to move, %2 samples, %3 the sample rate in Hz, %4 the other track</extracomment>
        <translation>Avancer %1 de %2 échantillons à %3 Hz (ou retarder %4 d’autant là où %1 doit rester en place), puis écouter les deux ensemble : le grave se raffermit et le son creux et phasé disparaît.</translation>
    </message>
    <message>
        <source>%1 and %2 carry the same source %3 ms apart: lined up they correlate at %4, as they are at %5. Summed at the same time, in either polarity, the comb filter of that delay leaves them %6 dB under their sum lined up.</source>
        <extracomment>%1 and %2 the tracks, %3 milliseconds, %4 their correlation lined up, %5 as they are, %6 dB</extracomment>
        <translation>%1 et %2 portent la même source à %3 ms d’écart : alignées elles corrèlent à %4, telles quelles à %5. Sommées au même instant, dans l’une ou l’autre polarité, le filtre en peigne de ce retard les laisse %6 dB sous leur somme alignée.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU louder than the rest of the session suggests.</source>
        <extracomment>a backing part (named so: &quot;Backing Vox&quot;, &quot;BVs&quot;, &quot;Harmony&quot;): %1 track, %2 LUFS, %3 track type, %4 its usual level from the loudest part, %5 LU under the lead, %6 LU</extracomment>
        <translation>%1 mesure %2 LUFS. Une partie d&apos;accompagnement (%3) se situe d&apos;habitude à %4 LU de la partie la plus forte (%5 LU sous la partie principale) ; il est %6 LU plus fort que ce que suggère le reste de la session.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A backing part (%3) usually sits %4 LU from the loudest part (%5 LU under the lead); it sits %6 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mesure %2 LUFS. Une partie d&apos;accompagnement (%3) se situe d&apos;habitude à %4 LU de la partie la plus forte (%5 LU sous la partie principale) ; il est %6 LU plus faible que ce que suggère le reste de la session.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU louder than the rest of the session suggests.</source>
        <extracomment>a lead part (named so: &quot;Lead Guitar&quot;, &quot;Solo Sax&quot;, &quot;Main Vox&quot;): %1 track, %2 LUFS, %3 track type, %4 the lead&apos;s usual level from the loudest part, %5 LU</extracomment>
        <translation>%1 mesure %2 LUFS. Une partie principale (%3) se situe d&apos;habitude en haut, à %4 LU de la partie la plus forte ; il est %5 LU plus fort que ce que suggère le reste de la session.</translation>
    </message>
    <message>
        <source>%1 measures %2 LUFS. A lead part (%3) usually sits at the top, %4 LU from the loudest part; it sits %5 LU quieter than the rest of the session suggests.</source>
        <translation>%1 mesure %2 LUFS. Une partie principale (%3) se situe d&apos;habitude en haut, à %4 LU de la partie la plus forte ; il est %5 LU plus faible que ce que suggère le reste de la session.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>the sum of the stems was not measured (%1)</source>
        <translation>la somme des stems n&apos;a pas été mesurée (%1)</translation>
    </message>
    <message>
        <source>no session tempo</source>
        <translation>pas de tempo de session</translation>
    </message>
    <message>
        <source>stems summed at unity: %1 dBTP (%2)</source>
        <translation>stems sommés au gain unitaire : %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>stems summed at the DAW session&apos;s faders: %1 dBTP (%2)</source>
        <translation>stems sommés aux faders de la session DAW : %1 dBTP (%2)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>borne supérieure</translation>
    </message>
    <message>
        <source>no session key</source>
        <translation>pas de tonalité de session</translation>
    </message>
    <message>
        <source>tempo %1 BPM, %2</source>
        <translation>tempo %1 BPM, %2</translation>
    </message>
    <message>
        <source>key %1, %2</source>
        <translation>tonalité %1, %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no analysed track to report on</source>
        <translation>aucune piste analysée pour le rapport</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Preparing the demo session…</source>
        <translation>Préparation de la session de démonstration…</translation>
    </message>
    <message>
        <source>Demo session</source>
        <translation>Session de démonstration</translation>
    </message>
    <message>
        <source>The demo session could not be written to %1: %2</source>
        <translation>La session de démonstration n&apos;a pas pu être écrite dans %1 : %2</translation>
    </message>
    <message>
        <source>Stemwise desktop app</source>
        <translation>Application de bureau Stemwise</translation>
    </message>
    <message>
        <source>Open the built-in demo session.</source>
        <translation>Ouvrir la session de démonstration intégrée.</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the one in the settings (default %1).</source>
        <translation>Utiliser la base de données FILE au lieu de celle des réglages (par défaut %1).</translation>
    </message>
    <message>
        <source>Use the theme NAME (dark or light) for this run.</source>
        <translation>Utiliser le thème NAME (dark ou light) pour cette exécution.</translation>
    </message>
    <message>
        <source>Show the app in the language CODE (system, en, de, fr or es) for this run.</source>
        <translation>Afficher l&apos;application dans la langue CODE (system, en, de, fr ou es) pour cette exécution.</translation>
    </message>
    <message>
        <source>Once the session is read, save a picture of the window to FILE and quit (for documentation and tests).</source>
        <translation>Une fois la session lue, enregistrer une image de la fenêtre dans FILE et quitter (pour la documentation et les tests).</translation>
    </message>
    <message>
        <source>Select the track NAME (file name without extension).</source>
        <translation>Sélectionner la piste NAME (nom de fichier sans extension).</translation>
    </message>
    <message>
        <source>Window size WxH in pixels.</source>
        <translation>Taille de la fenêtre LxH en pixels.</translation>
    </message>
    <message>
        <source>Audio files or folders to open.</source>
        <translation>Fichiers audio ou dossiers à ouvrir.</translation>
    </message>
    <message>
        <source>%1 exists and is not a Stemwise report; nothing was written (choose another name)</source>
        <translation>%1 existe et n&apos;est pas un rapport Stemwise ; rien n&apos;a été écrit (choisissez un autre nom)</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1 : n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>With --screenshot: the view to show (overview, track, history, suggestions, masking, mix, references, sections).</source>
        <translation>Avec --screenshot : la vue à montrer (overview, track, history, suggestions, masking, mix, references, sections).</translation>
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
        <translation>Bas-méd.</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Médiums</translation>
    </message>
    <message>
        <source>Hi-mid</source>
        <translation>Haut-méd.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Aigus</translation>
    </message>
    <message>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>d&apos;après le nom</translation>
    </message>
    <message>
        <source>from the measurements</source>
        <translation>d&apos;après les mesures</translation>
    </message>
    <message>
        <source>dB re full scale</source>
        <translation>dB par rapport à la pleine échelle</translation>
    </message>
    <message>
        <source>share of energy, % (band level in dB below the band)</source>
        <translation>part de l&apos;énergie, % (niveau de bande en dB sous la bande)</translation>
    </message>
    <message>
        <source>short-term loudness, LUFS</source>
        <translation>sonie à court terme, LUFS</translation>
    </message>
    <message>
        <source>- - integrated %1 LUFS</source>
        <translation>- - intégrée %1 LUFS</translation>
    </message>
    <message>
        <source>Stemwise %1 · report generated %2</source>
        <translation>Stemwise %1 · rapport généré le %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>STEMWISE SESSION REPORT</source>
        <translation>RAPPORT DE SESSION STEMWISE</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1 BPM, %2</source>
        <translation>%1 BPM, %2</translation>
    </message>
    <message>
        <source>measured on the sum</source>
        <translation>mesurée sur la somme</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>borne supérieure</translation>
    </message>
    <message>
        <source>none: the sum clips by %1 dB (true peak %2 dBTP, %3)</source>
        <translation>aucune : la somme écrête de %1 dB (crête vraie %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>%1 dB (summed true peak %2 dBTP, %3)</source>
        <translation>%1 dB (crête vraie sommée %2 dBTP, %3)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 s (longest track)</source>
        <translation>%1 s (piste la plus longue)</translation>
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
        <translation>Marge de la somme</translation>
    </message>
    <message>
        <source>Issues found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 Hz, %4 ch · %5 s</source>
        <translation>%1 · %2 · %3 Hz, %4 can. · %5 s</translation>
    </message>
    <message>
        <source>Loudness follows ITU-R BS.1770-4 / EBU R128 (LUFS, LU); true peak is 4× oversampled (dBTP). Band levels are in dB re full scale; differences are in dB. Figures that do not apply to a track are shown as —. The same figures are in the JSON report (schema stemwise.report/1).</source>
        <translation>La sonie suit l&apos;UIT-R BS.1770-4 / EBU R128 (LUFS, LU) ; la crête vraie est suréchantillonnée 4× (dBTP). Les niveaux de bande sont en dB par rapport à la pleine échelle ; les différences sont en dB. Les mesures qui ne s&apos;appliquent pas à une piste sont indiquées par —. Les mêmes mesures figurent dans le rapport JSON (schéma stemwise.report/1).</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Vue d&apos;ensemble de la session</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Mesures clés</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Band balance (share of each track&apos;s energy, %)</source>
        <translation>Balance spectrale (part de l&apos;énergie de chaque piste, %)</translation>
    </message>
    <message>
        <source>Masking (both active in a band; severity 0–1, the worst band)</source>
        <translation>Masquage (les deux actifs dans une bande ; sévérité 0–1, la pire bande)</translation>
    </message>
    <message>
        <source>Headroom of the summed stems</source>
        <translation>Marge des stems sommés</translation>
    </message>
    <message>
        <source>Session suggestions</source>
        <translation>Suggestions pour la session</translation>
    </message>
    <message>
        <source>Not measured (no track has a true peak).</source>
        <translation>Non mesurée (aucune piste n&apos;a de crête vraie).</translation>
    </message>
    <message>
        <source>The stems summed at unity gain peak at %1 dBTP (%2): %3.</source>
        <translation>Les stems sommés au gain unité culminent à %1 dBTP (%2) : %3.</translation>
    </message>
    <message>
        <source>an upper bound from the tracks</source>
        <translation>une borne supérieure d&apos;après les pistes</translation>
    </message>
    <message>
        <source>the mix bus would clip by %1 dB; lower the faders or the bus</source>
        <translation>le bus de mixage écrêterait de %1 dB ; baissez les faders ou le bus</translation>
    </message>
    <message>
        <source>%1 dB of headroom</source>
        <translation>%1 dB de marge</translation>
    </message>
    <message>
        <source>rated: %1</source>
        <translation>évaluée : %1</translation>
    </message>
    <message>
        <source>not rated (id %1)</source>
        <translation>non évaluée (id %1)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>%1 · priority %2 · confidence %3 % · %4</source>
        <translation>%1 · priorité %2 · confiance %3 % · %4</translation>
    </message>
    <message>
        <source>Track %1 of %2</source>
        <translation>Piste %1 sur %2</translation>
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
        <translation>%1 canaux</translation>
    </message>
    <message>
        <source>Long-term average spectrum (smoothed over 1/5 octave)</source>
        <translation>Spectre moyen à long terme (lissé sur 1/5 d&apos;octave)</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Aucun trouvé.</translation>
    </message>
    <message>
        <source>Quality score: %1 / 100</source>
        <translation>Score de qualité : %1 / 100</translation>
    </message>
    <message>
        <source>No deductions.</source>
        <translation>Aucune déduction.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>No suggestions for this track.</source>
        <translation>Aucune suggestion pour cette piste.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 contre %2</translation>
    </message>
    <message>
        <source>A = %1, B = %2. Differences are A − B</source>
        <translation>A = %1, B = %2. Les différences sont A − B</translation>
    </message>
    <message>
        <source>; loudness-matched: B moved by %1 dB</source>
        <translation> ; à sonie égale : B décalé de %1 dB</translation>
    </message>
    <message>
        <source>; B is the mean of %1 references (grey: ±1 standard deviation)</source>
        <translation> ; B est la moyenne de %1 références (gris : ±1 écart type)</translation>
    </message>
    <message>
        <source>B: %1 (matched)</source>
        <translation>B : %1 (égalisé)</translation>
    </message>
    <message>
        <source>Difference, loudness-matched</source>
        <translation>Différence, à sonie égale</translation>
    </message>
    <message>
        <source>Band dB</source>
        <translation>Bande dB</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>égalisé</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No difference above the thresholds.</source>
        <translation>Aucune différence au-dessus des seuils.</translation>
    </message>
    <message>
        <source>Stemwise report: %1</source>
        <translation>Rapport Stemwise : %1</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>impossible d&apos;écrire le PDF</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Sections of the song</source>
        <translation>Sections du morceau</translation>
    </message>
    <message>
        <source>Sections: %1, bounded by the DAW session&apos;s markers.</source>
        <translation>Sections : %1, délimitées par les marqueurs de la session DAW.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level, snapped to the bars of %3 BPM.</source>
        <translation>Sections : %1, trouvées là où les %2 stems entrent, sortent ou changent de niveau, calées sur les mesures à %3 BPM.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the %2 stems enter, leave or change level (no tempo: not snapped to bars).</source>
        <translation>Sections : %1, trouvées là où les %2 stems entrent, sortent ou changent de niveau (pas de tempo : non calées sur les mesures).</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Time s</source>
        <translation>Temps s</translation>
    </message>
    <message>
        <source>Max LUFS</source>
        <translation>LUFS max</translation>
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
        <translation>Les stems additionnés en puissance : sonie avec le fenêtrage de BS.1770-4, plage de sonie selon EBU Tech 3342, sur les valeurs à court terme de chaque section ; graves = 20–250 Hz, dB par rapport à la pleine échelle.</translation>
    </message>
    <message>
        <source>From one section to the next</source>
        <translation>D’une section à la suivante</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>Boundaries and what changed</source>
        <translation>Limites et ce qui a changé</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Key: from the stems&apos; chroma over the section, each stem weighted by how tonal it is; – when not clear.</source>
        <translation>Tonalité : d’après le chroma des stems sur la section, chaque stem pondéré par sa tonalité ; – si elle n’est pas nette.</translation>
    </message>
    <message>
        <source>Why the sections are named so</source>
        <translation>Pourquoi les sections portent ces noms</translation>
    </message>
    <message>
        <source>%1 (confidence %2 %): %3</source>
        <translation>%1 (confiance %2 %) : %3</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes, snapped to the bars of %2 BPM.</source>
        <translation>Sections : %1, trouvées là où l&apos;harmonie, le timbre ou le niveau du mix changent, calées sur les mesures à %2 BPM.</translation>
    </message>
    <message>
        <source>Sections: %1, found where the mix&apos;s harmony, timbre or level changes (no tempo: not snapped to bars).</source>
        <translation>Sections : %1, trouvées là où l&apos;harmonie, le timbre ou le niveau du mix changent (pas de tempo : non calées sur les mesures).</translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1 (estimé)</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonalité, cette piste</translation>
    </message>
    <message>
        <source>%1 (%2 more not analysed: listed below)</source>
        <translation>%1 (%2 de plus non analysés : liste ci-dessous)</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Non analysés</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Réglages : %1</translation>
    </message>
</context>
<context>
    <name>WorkspacePlayback</name>
    <message>
        <source>the session</source>
        <translation>la session</translation>
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
        <translation> (côté)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::AbPlayer</name>
    <message>
        <source>%1: loudness unknown, 0 dB</source>
        <translation>%1 : sonie inconnue, 0 dB</translation>
    </message>
    <message>
        <source>%1: %2 LUFS, %3%4 dB</source>
        <translation>%1 : %2 LUFS, %3%4 dB</translation>
    </message>
    <message>
        <source>Play A/B in sync (Space in the workspace plays the session)</source>
        <translation>Lire A/B en synchro (Espace dans l’espace de travail lit la session)</translation>
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
        <translation>Basculer à la même position, avec un fondu enchaîné de 10 ms</translation>
    </message>
    <message>
        <source>Both are played at the gain that brings their integrated loudness to %1 LUFS</source>
        <translation>Les deux sont lus au gain qui amène leur sonie intégrée à %1 LUFS</translation>
    </message>
    <message>
        <source>Matched — %1; %2</source>
        <translation>Appariés — %1 ; %2</translation>
    </message>
    <message>
        <source>%1 cannot be played: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandBalanceView</name>
    <message>
        <source>Band balance (% of energy; shaded: expected for %1)</source>
        <translation>Balance spectrale (% de l&apos;énergie ; ombré : attendu pour %1)</translation>
    </message>
    <message>
        <source>Band balance</source>
        <translation>Balance spectrale</translation>
    </message>
    <message>
        <source>above 90 % of your references</source>
        <translation>au-dessus de 90 % de vos références</translation>
    </message>
    <message>
        <source>below 90 % of your references</source>
        <translation>en dessous de 90 % de vos références</translation>
    </message>
    <message>
        <source>within the middle 80 % of your references</source>
        <translation>dans les 80 % centraux de vos références</translation>
    </message>
    <message>
        <source>%1: %2 of the energy, %3 (10–90 %: %4)</source>
        <translation>%1 : %2 de l&apos;énergie, %3 (10–90 % : %4)</translation>
    </message>
    <message>
        <source>%1: %2 of the energy (expected for %3: %4)</source>
        <translation>%1 : %2 de l&apos;énergie (attendu pour %3 : %4)</translation>
    </message>
    <message numerus="yes">
        <source>Band balance (% of energy; shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Balance spectrale (% de l&apos;énergie ; ombré : 10–90 % de votre %n référence)</numerusform>
            <numerusform>Balance spectrale (% de l&apos;énergie ; ombré : 10–90 % de vos %n références)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandHeatMapView</name>
    <message>
        <source>Band balance</source>
        <translation>Balance spectrale</translation>
    </message>
    <message>
        <source>% of energy</source>
        <translation>% de l&apos;énergie</translation>
    </message>
    <message>
        <source>No tracks yet</source>
        <translation>Pas encore de pistes</translation>
    </message>
    <message>
        <source>Share against the session&apos;s median of the band</source>
        <translation>Part par rapport à la médiane de la bande dans la session</translation>
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
        <translation>cadre rouge : au-dessus de la plage attendue pour le type de piste</translation>
    </message>
    <message>
        <source>amber frame: below it</source>
        <translation>cadre ambre : en dessous</translation>
    </message>
    <message>
        <source>numbers: % of the track&apos;s energy in the band</source>
        <translation>nombres : % de l&apos;énergie de la piste dans la bande</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonChart</name>
    <message>
        <source>Choose two analysed tracks.</source>
        <translation>Choisissez deux pistes analysées.</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness)    dB</source>
        <translation>— A : %1    - - B : %2 (à la sonie de A)    dB</translation>
    </message>
    <message>
        <source>difference A − B, loudness-matched, dB</source>
        <translation>différence A − B, à sonie égale, dB</translation>
    </message>
    <message>
        <source>— A: %1    - - B: %2 (at A&apos;s loudness; shaded: its references&apos; spread)    dB</source>
        <translation>— A : %1    - - B : %2 (à la sonie de A ; ombré : dispersion de ses références)    dB</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ComparisonDialog</name>
    <message>
        <source>Compare Tracks</source>
        <translation>Comparer des pistes</translation>
    </message>
    <message>
        <source>Add Reference File…</source>
        <translation>Ajouter un fichier de référence…</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A :</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B :</translation>
    </message>
    <message>
        <source>Reference File</source>
        <translation>Fichier de référence</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</source>
        <translation>Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)</translation>
    </message>
    <message>
        <source>%1 — previous bounce (%2)</source>
        <translation>%1 — bounce précédent (%2)</translation>
    </message>
    <message>
        <source>the previous bounce&apos;s audio is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>l’audio du bounce précédent n’est plus sur le disque (il était %1) : ses mesures se comparent, il ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 now holds other audio (a later bounce), and no other copy of the previous bounce is known: its figures compare, it cannot be played</source>
        <translation>%1 contient maintenant un autre audio (un bounce plus récent) et aucune autre copie du bounce précédent n’est connue : ses mesures se comparent, il ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the previous bounce&apos;s figures compare, it cannot be played</source>
        <translation>%1 ne peut pas être lu (%2) : les mesures du bounce précédent se comparent, il ne peut pas être lu</translation>
    </message>
    <message>
        <source>Session mix (%1 stems at unity)</source>
        <translation>Mix de la session (%1 stems au gain unitaire)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Référence : %1 (%2)</translation>
    </message>
    <message>
        <source>the reference&apos;s file is no longer on disk (it was %1): its figures compare, it cannot be played</source>
        <translation>le fichier de la référence n’est plus sur le disque (il était %1) : ses mesures se comparent, il ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 now holds other audio than the reference that was added: its figures compare, it cannot be played</source>
        <translation>%1 contient maintenant un autre audio que la référence ajoutée : ses mesures se comparent, elle ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2): the reference&apos;s figures compare, it cannot be played</source>
        <translation>%1 ne peut pas être lu (%2) : les mesures de la référence se comparent, elle ne peut pas être lue</translation>
    </message>
    <message>
        <source>Summing the %1 stems at unity and analysing the sum… %2 %</source>
        <translation>Somme des %1 stems au gain unitaire et analyse de la somme… %2 %</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>pas de dossier temporaire pour la somme : %1</translation>
    </message>
    <message>
        <source>The session mix could not be measured: %1</source>
        <translation>Le mix de la session n’a pas pu être mesuré : %1</translation>
    </message>
    <message>
        <source>the session mix is being measured</source>
        <translation>le mix de la session est en cours de mesure</translation>
    </message>
    <message>
        <source>%1 is one stem and a reference is a whole mix: the differences show how far it is from a record, not what to change on it. Compare the session mix for moves.</source>
        <translation>%1 est un seul stem et une référence un mix entier : les écarts montrent à quelle distance il est d&apos;un disque, pas quoi y changer. Comparez le mix de la session pour des corrections.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::CorrelationMeter</name>
    <message>
        <source>mono input</source>
        <translation>entrée mono</translation>
    </message>
    <message>
        <source>corr %1
width %2</source>
        <translation>corr. %1
largeur %2</translation>
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
        <translation>%1 : démarrage…</translation>
    </message>
    <message>
        <source>%1: cannot follow: %2</source>
        <translation>%1 : impossible de suivre : %2</translation>
    </message>
    <message>
        <source>%1: waiting for an answer (listening on port %2)</source>
        <translation>%1 : en attente d&apos;une réponse (écoute sur le port %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: following, %n track(s)</source>
        <translation>
            <numerusform>%1 : suivi, %n piste</numerusform>
            <numerusform>%1 : suivi, %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connection lost, retrying</source>
        <translation>%1 : connexion perdue, nouvel essai</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1 : arrêté</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryChartView</name>
    <message>
        <source>Bounce</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Quality score (0-100)</source>
        <translation>Score de qualité (0-100)</translation>
    </message>
    <message>
        <source>Loudness (LUFS / dBTP)</source>
        <translation>Sonie (LUFS / dBTP)</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Score de qualité</translation>
    </message>
    <message>
        <source>Integrated (LUFS)</source>
        <translation>Intégrée (LUFS)</translation>
    </message>
    <message>
        <source>True peak (dBTP)</source>
        <translation>Crête vraie (dBTP)</translation>
    </message>
    <message>
        <source>Across bounces</source>
        <translation>Au fil des exports</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryPanel</name>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Sélectionnez une piste pour voir son historique.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounce(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n export analysé</numerusform>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n exports analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>was %1 in bounce %2</source>
        <translation>était %1 dans l&apos;export %2</translation>
    </message>
    <message>
        <source>One analysis so far: re-bounce the stem into the session folder and it is analysed again and added here.</source>
        <translation>Une seule analyse pour l&apos;instant : réexportez le stem dans le dossier de la session, il sera analysé à nouveau et ajouté ici.</translation>
    </message>
    <message>
        <source>The latest bounce reads the same as the one before.</source>
        <translation>Le dernier export mesure comme le précédent.</translation>
    </message>
    <message>
        <source>Latest bounce changed: %1</source>
        <translation>Dernier export modifié : %1</translation>
    </message>
    <message>
        <source>Delete Entry…</source>
        <translation>Supprimer l&apos;entrée…</translation>
    </message>
    <message>
        <source>Delete the selected analysis from this track&apos;s history (Delete)</source>
        <translation>Supprimer l&apos;analyse choisie de l&apos;historique de cette piste (Suppr)</translation>
    </message>
    <message>
        <source>The latest bounce&apos;s spectrum changed as an EQ would: %1.</source>
        <translation>Le spectre du dernier bounce a changé comme le ferait un EQ : %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LiveWindow</name>
    <message>
        <source>Stemwise — Live input</source>
        <translation>Stemwise — Entrée en direct</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Reset meters</source>
        <translation>Réinitialiser les indicateurs</translation>
    </message>
    <message>
        <source>● Record</source>
        <translation>● Enregistrer</translation>
    </message>
    <message>
        <source>Choose an input and press Start.</source>
        <translation>Choisissez une entrée et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Entrée :</translation>
    </message>
    <message>
        <source>Loudness (EBU R128)</source>
        <translation>Sonie (EBU R128)</translation>
    </message>
    <message>
        <source>Momentary</source>
        <translation>Momentanée</translation>
    </message>
    <message>
        <source>Short-term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
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
        <translation>Pas d&apos;entrée audio : %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 ch)</source>
        <translation>%1 — %2 (%3 can.)</translation>
    </message>
    <message>
        <source>No audio input devices found.</source>
        <translation>Aucun périphérique d&apos;entrée audio trouvé.</translation>
    </message>
    <message>
        <source>Choose an input first.</source>
        <translation>Choisissez d&apos;abord une entrée.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>Metering %1 (%2), %3 channels at %4 Hz.</source>
        <translation>Mesure de %1 (%2), %3 canaux à %4 Hz.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Cannot create the takes folder %1.</source>
        <translation>Impossible de créer le dossier des prises %1.</translation>
    </message>
    <message>
        <source>Cannot record to %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans %1 : %2</translation>
    </message>
    <message>
        <source>Recording to %1</source>
        <translation>Enregistrement dans %1</translation>
    </message>
    <message>
        <source>The take %1 is incomplete: %2</source>
        <translation>La prise %1 est incomplète : %2</translation>
    </message>
    <message>
        <source>Take saved: %1 (%2 s)</source>
        <translation>Prise enregistrée : %1 (%2 s)</translation>
    </message>
    <message>
        <source>Input lost: %1.</source>
        <translation>Entrée perdue : %1.</translation>
    </message>
    <message>
        <source> The take so far is kept: %1.</source>
        <translation> La prise jusqu&apos;ici est conservée : %1.</translation>
    </message>
    <message>
        <source> Press Start to meter again.</source>
        <translation> Appuyez sur Démarrer pour mesurer à nouveau.</translation>
    </message>
    <message>
        <source>xruns %1 · overflowed frames %2 · latency %3 ms</source>
        <translation>xruns %1 · trames en débordement %2 · latence %3 ms</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>■ Stop take</source>
        <translation>■ Arrêter la prise</translation>
    </message>
    <message>
        <source>Suggestions for the input</source>
        <translation>Suggestions pour l&apos;entrée</translation>
    </message>
    <message>
        <source>What the input is: the rules and typical ranges of this source type apply.</source>
        <translation>Ce qu&apos;est l&apos;entrée : les règles et les plages typiques de ce type de source s&apos;appliquent.</translation>
    </message>
    <message>
        <source>Suggestions appear a few seconds after the input starts.</source>
        <translation>Les suggestions apparaissent quelques secondes après le démarrage de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Suggesting for %1…</source>
        <translation>Suggestions pour %1…</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>Recherche des entrées…</translation>
    </message>
    <message>
        <source>Starting %1 (%2)…</source>
        <translation>Démarrage de %1 (%2)…</translation>
    </message>
    <message>
        <source>Suggestions for %1 appear a few seconds after the input starts.</source>
        <translation>Les suggestions pour %1 apparaissent quelques secondes après le démarrage de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>The learned model could not be read (%1); suggestions use the rules&apos; own confidence.</source>
        <translation>Le modèle appris n&apos;a pas pu être lu (%1) ; les suggestions utilisent la confiance propre aux règles.</translation>
    </message>
    <message>
        <source>The last %1 s could not be analysed: %2</source>
        <translation>Les %1 dernières s n&apos;ont pas pu être analysées : %2</translation>
    </message>
    <message>
        <source>From the last %1 s as %2 (analysed in %3 s)</source>
        <translation>Sur les %1 dernières s comme %2 (analysé en %3 s)</translation>
    </message>
    <message>
        <source> · %1 LUFS</source>
        <translation> · %1 LUFS</translation>
    </message>
    <message>
        <source> · your ratings applied</source>
        <translation> · vos évaluations appliquées</translation>
    </message>
    <message>
        <source> · no ratings yet</source>
        <translation> · pas encore d&apos;évaluation</translation>
    </message>
    <message>
        <source> · %1 frames missed</source>
        <translation> · %1 trames manquées</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Finishing the take…</source>
        <translation>Finalisation de la prise…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>the input</source>
        <comment>the source the live suggestions are for, named like a track</comment>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::LoudnessCurveView</name>
    <message>
        <source>Short-term loudness (dashed: integrated %1 LUFS)</source>
        <translation>Sonie à court terme (tirets : intégrée %1 LUFS)</translation>
    </message>
    <message>
        <source>Short-term loudness</source>
        <translation>Sonie à court terme</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
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
        <translation>Balance spectrale</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Masquage</translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation>&amp;Piste</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v sur %m fichiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop analysing the session (Esc)</source>
        <translation>Arrêter l&apos;analyse de la session (Échap)</translation>
    </message>
    <message>
        <source>No database: results are not stored</source>
        <translation>Pas de base de données : les résultats ne sont pas enregistrés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <source>Re&amp;load Session</source>
        <translation>Rec&amp;harger la session</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Session &amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble de la session</translation>
    </message>
    <message>
        <source>&amp;Track View</source>
        <translation>Vue de la &amp;piste</translation>
    </message>
    <message>
        <source>&amp;Next Track</source>
        <translation>Piste suiva&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Previous Track</source>
        <translation>Piste p&amp;récédente</translation>
    </message>
    <message>
        <source>&amp;Compare Tracks…</source>
        <translation>&amp;Comparer des pistes…</translation>
    </message>
    <message>
        <source>Change Track T&amp;ype</source>
        <translation>Changer le &amp;type de piste</translation>
    </message>
    <message>
        <source>Spectrum S&amp;moothing</source>
        <translation>&amp;Lissage du spectre</translation>
    </message>
    <message>
        <source>1/%1 Octave</source>
        <translation>1/%1 d&apos;octave</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>Thè&amp;me clair</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Live Input…</source>
        <translation>Entrée en &amp;direct…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Stemwise</source>
        <translation>À &amp;propos de Stemwise</translation>
    </message>
    <message>
        <source>About Stemwise</source>
        <translation>À propos de Stemwise</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Stem analysis, mixing suggestions and reports for mix engineers.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Stemwise %1&lt;/b&gt;&lt;p&gt;Analyse de stems, suggestions de mixage et rapports pour ingénieurs de mixage.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a folder of stems</source>
        <translation>Ouvrir un dossier de stems</translation>
    </message>
    <message>
        <source>Open stems</source>
        <translation>Ouvrir des stems</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database %1 could not be read: it is damaged or is not a Stemwise database.</source>
        <translation>La base de données %1 n&apos;a pas pu être lue : elle est endommagée ou ce n&apos;est pas une base Stemwise.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the file has been set aside as
%1

You can continue with a fresh, empty database at the usual place (the analyses in the old file stay in the set-aside file), or work without a database for now (nothing is stored).</source>
        <translation>Rien n&apos;a été supprimé : le fichier a été mis de côté sous
%1

Vous pouvez continuer avec une base neuve et vide à l&apos;emplacement habituel (les analyses de l&apos;ancien fichier restent dans le fichier mis de côté), ou travailler sans base de données pour l&apos;instant (rien n&apos;est enregistré).</translation>
    </message>
    <message>
        <source>Continue with a Fresh Database</source>
        <translation>Continuer avec une base neuve</translation>
    </message>
    <message>
        <source>Work Without a Database</source>
        <translation>Travailler sans base de données</translation>
    </message>
    <message>
        <source>It was left untouched. Update Stemwise, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Elle n&apos;a pas été modifiée. Mettez Stemwise à jour ou choisissez une autre base dans Fichier ▸ Réglages. D&apos;ici là, les sessions sont analysées sans enregistrer les résultats.</translation>
    </message>
    <message>
        <source>Check that the folder exists and can be written, or choose another database in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Vérifiez que le dossier existe et est accessible en écriture, ou choisissez une autre base dans Fichier ▸ Réglages. D&apos;ici là, les sessions sont analysées sans enregistrer les résultats.</translation>
    </message>
    <message>
        <source>Select a track to see its history.</source>
        <translation>Sélectionnez une piste pour voir son historique.</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Les suggestions apparaissent une fois la session analysée et enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>Lecture de %n élément…</numerusform>
            <numerusform>Lecture de %n éléments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analyse de %n fichier…</numerusform>
            <numerusform>Analyse de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was analysed but not stored in the database: %2</source>
        <translation>%1 a été analysé mais pas enregistré dans la base : %2</translation>
    </message>
    <message>
        <source>not analysed: cancelled</source>
        <translation>non analysé : annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) ready</source>
        <translation>
            <numerusform>%n piste prête</numerusform>
            <numerusform>%n pistes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be analysed (see the Status column)</source>
        <translation>
            <numerusform>, %n n&apos;a pas pu être analysée (voir la colonne État)</numerusform>
            <numerusform>, %n n&apos;ont pas pu être analysées (voir la colonne État)</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>; not stored: no database</source>
        <translation> ; non enregistré : pas de base de données</translation>
    </message>
    <message>
        <source>%1 re-bounced: analysed again%2</source>
        <translation>%1 réexporté : analysé à nouveau%2</translation>
    </message>
    <message>
        <source>, new history entry</source>
        <translation>, nouvelle entrée d&apos;historique</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Open a folder of stems&lt;/h3&gt;&lt;p&gt;File ▸ Open Folder… (%1), or drop files or a folder on this window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ouvrir un dossier de stems&lt;/h3&gt;&lt;p&gt;Fichier ▸ Ouvrir un dossier… (%1), ou déposez des fichiers ou un dossier sur cette fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Could not be analysed:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;N&apos;a pas pu être analysé :&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Analysing…&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Analyse en cours…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database: history is kept only when results are stored.</source>
        <translation>Pas de base de données : l&apos;historique n&apos;est conservé que si les résultats sont enregistrés.</translation>
    </message>
    <message>
        <source>Reading the history of %1…</source>
        <translation>Lecture de l&apos;historique de %1…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 has no stored analysis yet.</source>
        <translation>%1 n&apos;a pas encore d&apos;analyse enregistrée.</translation>
    </message>
    <message>
        <source>No database: suggestions are made on stored analyses, and ratings need somewhere to be kept.</source>
        <translation>Pas de base de données : les suggestions reposent sur des analyses enregistrées, et les évaluations doivent être conservées quelque part.</translation>
    </message>
    <message>
        <source>No stored analysis to make suggestions from.</source>
        <translation>Aucune analyse enregistrée à partir de laquelle faire des suggestions.</translation>
    </message>
    <message>
        <source>Making suggestions (measuring the sum of the stems)…</source>
        <translation>Calcul des suggestions (mesure de la somme des stems)…</translation>
    </message>
    <message>
        <source>No suggestions: %1</source>
        <translation>Aucune suggestion : %1</translation>
    </message>
    <message>
        <source>Suggestions could not be made: %1</source>
        <translation>Les suggestions n&apos;ont pas pu être faites : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for the session</source>
        <translation>
            <numerusform>%n suggestion pour la session</numerusform>
            <numerusform>%n suggestions pour la session</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating was not stored: %1</source>
        <translation>L&apos;évaluation n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2: confidence %3 % → %4 %</source>
        <translation>Suggestion %1 évaluée (%2) : confiance %3 % → %4 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: none open</source>
        <translation>&lt;b&gt;Session&lt;/b&gt; : aucune ouverte</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>pas de pulsation régulière</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: %1 of %2 tracks analysed · tempo %3 · key %4</source>
        <translation>&lt;b&gt;Session&lt;/b&gt; : %1 pistes analysées sur %2 · tempo %3 · tonalité %4</translation>
    </message>
    <message>
        <source>%1 is no longer in the session folder (its history is kept)</source>
        <translation>%1 n&apos;est plus dans le dossier de la session (son historique est conservé)</translation>
    </message>
    <message>
        <source>%1 appeared in the session folder and was added to the session</source>
        <translation>%1 est apparu dans le dossier de la session et a été ajouté à la session</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Stemwise.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Stemwise.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened or created.</source>
        <translation>La base de données %1 n&apos;a pas pu être ouverte ni créée.</translation>
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
        <translation>Le fichier %1 n&apos;est pas une base de données Stemwise ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Choose a Stemwise database, or a new file name to start one, in File ▸ Settings. Until then sessions are analysed without storing results.</source>
        <translation>Choisissez une base de données Stemwise, ou un nouveau nom de fichier pour en créer une, dans Fichier ▸ Réglages. D&apos;ici là, les sessions sont analysées sans enregistrer les résultats.</translation>
    </message>
    <message>
        <source>Delete History Entry</source>
        <translation>Supprimer une entrée de l&apos;historique</translation>
    </message>
    <message>
        <source>Delete the analysis of %1 from the history of %2?

Its suggestions and their ratings are deleted with it; what the ratings taught Stemwise stays learned. This cannot be undone.</source>
        <translation>Supprimer l&apos;analyse du %1 de l&apos;historique de %2 ?

Ses suggestions et leurs évaluations sont supprimées avec elle ; ce que les évaluations ont appris à Stemwise reste acquis. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The history entry was not deleted: %1</source>
        <translation>L&apos;entrée de l&apos;historique n&apos;a pas été supprimée : %1</translation>
    </message>
    <message>
        <source>The history entry was deleted.</source>
        <translation>L&apos;entrée de l&apos;historique a été supprimée.</translation>
    </message>
    <message>
        <source>it is no longer in the database</source>
        <translation>elle n&apos;est plus dans la base de données</translation>
    </message>
    <message numerus="yes">
        <source>, %n more one click away (Show more)</source>
        <translation>
            <numerusform>, %n autre à un clic (Afficher plus)</numerusform>
            <numerusform>, %n autres à un clic (Afficher plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated suggestion %1 %2 after listening: confidence %3 % → %4 %</source>
        <translation>Suggestion %1 évaluée après écoute (%2) : confiance %3 % → %4 %</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;DAW sessions (*.ardour *.RPP *.rpp);;All files (*)</source>
        <translation>Fichiers audio (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;Sessions de STAN (*.ardour *.RPP *.rpp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session&lt;/b&gt;: reading %1…</source>
        <translation>&lt;b&gt;Session&lt;/b&gt; : lecture de %1…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Session</source>
        <translation>Ouvrir la session de dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Rating of Suggestion %1 (%2)</source>
        <translation>Évaluation de la suggestion %1 (%2)</translation>
    </message>
    <message>
        <source>The rating was not taken back: %1</source>
        <translation>L’évaluation n’a pas été retirée : %1</translation>
    </message>
    <message>
        <source>Rating of suggestion %1 (%2) taken back: confidence %3 % → %4 %</source>
        <translation>Évaluation de la suggestion %1 (%2) retirée : confiance %3 % → %4 %</translation>
    </message>
    <message>
        <source>Type of %1 (%2)</source>
        <translation>Type de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Type of %n Track(s) (%1)</source>
        <translation>
            <numerusform>Type de %n piste (%1)</numerusform>
            <numerusform>Type de %n pistes (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;Type of %n Track(s)</source>
        <translation>
            <numerusform>Changer le &amp;type de %n piste</numerusform>
            <numerusform>Changer le &amp;type de %n pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message>
        <source>appears once the session is analysed.</source>
        <translation>apparaît une fois la session analysée.</translation>
    </message>
    <message>
        <source>needs two or more analysed stems.</source>
        <translation>il faut deux stems analysés ou plus.</translation>
    </message>
    <message>
        <source>no temporary folder for the sum: %1</source>
        <translation>pas de dossier temporaire pour la somme : %1</translation>
    </message>
    <message>
        <source>&amp;References</source>
        <translation>Référenc&amp;es</translation>
    </message>
    <message>
        <source>&amp;Group by Type</source>
        <translation>&amp;Grouper par type</translation>
    </message>
    <message>
        <source>The colour of each track&apos;s type: the swatch beside its name, its row of the band balance, its waveform (View ▸ Group by Type gathers the types)</source>
        <translation>La couleur du type de chaque piste : la pastille à côté de son nom, sa ligne de l&apos;équilibre des bandes, sa forme d&apos;onde (Affichage ▸ Grouper par type rassemble les types)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingMatrixView</name>
    <message>
        <source>Needs two or more analysed tracks</source>
        <translation>Nécessite au moins deux pistes analysées</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;: no masking found</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt; : aucun masquage trouvé</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;worst in the %3 band, %4&lt;br&gt;severity %5 %, both play there %6 % of the time&lt;br&gt;level difference %7 dB</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;le pire dans la bande %3, %4&lt;br&gt;gravité %5 %, les deux y jouent %6 % du temps&lt;br&gt;écart de niveau %7 dB</translation>
    </message>
    <message>
        <source>Masking matrix: the worst band of each pair (hover a cell for the names and figures)</source>
        <translation>Matrice de masquage : la pire bande de chaque paire (survolez une case pour les noms et les valeurs)</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingPanel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Bande</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Both play</source>
        <translation>Jouent ensemble</translation>
    </message>
    <message>
        <source>Level diff.</source>
        <translation>Écart niv.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>The two tracks that mask each other; hover for their full names.</source>
        <translation>Les deux pistes qui se masquent ; survolez pour leurs noms complets.</translation>
    </message>
    <message>
        <source>Where in the band both spectra are strong (within 6 dB of their own peak there): where a carve would go.</source>
        <translation>Où, dans la bande, les deux spectres sont forts (à moins de 6 dB de leur propre crête) : là où irait une découpe.</translation>
    </message>
    <message>
        <source>How much of the time the two tracks overlap both are active in that band, as a share and in seconds.</source>
        <translation>Quelle part du temps où les deux pistes se chevauchent elles sont toutes deux actives dans cette bande, en part et en secondes.</translation>
    </message>
    <message>
        <source>The first track&apos;s level in the band minus the second&apos;s: the closer to 0 dB, the more they fight.</source>
        <translation>Niveau de la première piste dans la bande moins celui de la seconde : plus il est proche de 0 dB, plus elles se gênent.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Severity&lt;/b&gt;, 0–100 %: the share of the time both play in the band × how much of their energy is there (half of it or more counts in full) × how close their levels are (12 dB apart counts nothing).&lt;/p&gt;&lt;p&gt;Pairs are ranked by it, worst first; each pair by its worst band.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gravité&lt;/b&gt;, 0–100 % : la part du temps où les deux jouent dans la bande × la part de leur énergie qui s’y trouve (la moitié ou plus compte en entier) × la proximité de leurs niveaux (12 dB d’écart ne compte pour rien).&lt;/p&gt;&lt;p&gt;Les paires sont classées ainsi, la pire d’abord ; chaque paire selon sa pire bande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>outlined: no masking found</source>
        <translation>contour : aucun masquage trouvé</translation>
    </message>
    <message>
        <source>grey: the same pair, mirrored</source>
        <translation>gris : la même paire, en miroir</translation>
    </message>
    <message>
        <source>blue frame: the pair chosen in the list</source>
        <translation>cadre bleu : la paire choisie dans la liste</translation>
    </message>
    <message>
        <source>“43 % · 64 %”: severity · share of the time both play in the band</source>
        <translation>« 43 % · 64 % » : gravité · part du temps où les deux jouent dans la bande</translation>
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
        <translation>toutes deux actives dans la bande %1 sur les %2 où les pistes se chevauchent</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>&lt;b&gt;Masking&lt;/b&gt;: appears once two or more tracks are analysed and the suggestions are made.</source>
        <translation>&lt;b&gt;Masquage&lt;/b&gt; : apparaît une fois deux pistes ou plus analysées et les suggestions faites.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n track(s) masks the other.</source>
        <translation>
            <numerusform>&lt;b&gt;Masquage&lt;/b&gt; : aucune paire parmi %n piste ne se masque.</numerusform>
            <numerusform>&lt;b&gt;Masquage&lt;/b&gt; : aucune paire parmi les %n pistes ne se masque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: %n pair(s) mask each other, the worst first</source>
        <translation>
            <numerusform>&lt;b&gt;Masquage&lt;/b&gt; : %n paire se masque, la pire d’abord</numerusform>
            <numerusform>&lt;b&gt;Masquage&lt;/b&gt; : %n paires se masquent, la pire d’abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MixPanel</name>
    <message>
        <source>Delivery target</source>
        <translation>Cible de livraison</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Sonie</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Peak margin</source>
        <translation>Marge de crête</translation>
    </message>
    <message>
        <source>The mix&apos;s integrated loudness minus the target&apos;s: how far to turn the whole mix down (+) or up (−) to meet it.</source>
        <translation>La sonie intégrée du mix moins celle de la cible : de combien baisser (+) ou monter (−) tout le mix pour l’atteindre.</translation>
    </message>
    <message>
        <source>Once the mix is turned to the target&apos;s loudness: how far its true peak stays under the target&apos;s ceiling, or how far over it (a limiter&apos;s work).</source>
        <translation>Une fois le mix amené à la sonie de la cible : de combien sa crête vraie reste sous le plafond de la cible, ou le dépasse (le travail d’un limiteur).</translation>
    </message>
    <message>
        <source>The mix appears once the session is analysed.</source>
        <translation>Le mix apparaît une fois la session analysée.</translation>
    </message>
    <message>
        <source>Streaming (Spotify, YouTube, Tidal…)</source>
        <translation>Streaming (Spotify, YouTube, Tidal…)</translation>
    </message>
    <message>
        <source>Broadcast, EBU R128</source>
        <translation>Diffusion, EBU R128</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Mix</source>
        <translation>Mix</translation>
    </message>
    <message numerus="yes">
        <source>summing the %n stem(s) at unity and analysing the sum…</source>
        <translation>
            <numerusform>somme de %n stem à l’unité et analyse de la somme…</numerusform>
            <numerusform>somme des %n stems à l’unité et analyse de la somme…</numerusform>
        </translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>non mesuré (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mix&lt;/b&gt; (the stems summed at unity, analysed as a track): integrated &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · true peak &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · loudness range %3&amp;nbsp;LU · short-term max %4&amp;nbsp;LUFS · %5</source>
        <translation>&lt;b&gt;Mix&lt;/b&gt; (les stems sommés à l’unité, analysés comme une piste) : intégrée &lt;b&gt;%1&amp;nbsp;LUFS&lt;/b&gt; · crête vraie &lt;b&gt;%2&amp;nbsp;dBTP&lt;/b&gt; · plage de sonie %3&amp;nbsp;LU · maximum court terme %4&amp;nbsp;LUFS · %5</translation>
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
        <translation>sur la cible (%1 LU)</translation>
    </message>
    <message>
        <source>+%1 LU: turn down %1 dB</source>
        <translation>+%1 LU : baisser de %1 dB</translation>
    </message>
    <message>
        <source>−%1 LU: turn up %1 dB</source>
        <translation>−%1 LU : monter de %1 dB</translation>
    </message>
    <message>
        <source>%1 dB under</source>
        <translation>%1 dB en dessous</translation>
    </message>
    <message>
        <source>%1 dB over: limit</source>
        <translation>%1 dB au-dessus : limiter</translation>
    </message>
    <message>
        <source>At the target&apos;s loudness the mix&apos;s true peak would be %1 dBTP.</source>
        <translation>À la sonie de la cible, la crête vraie du mix serait de %1 dBTP.</translation>
    </message>
    <message>
        <source>Sho&amp;w in Track View</source>
        <translation>&amp;Voir dans la vue Piste</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Votre &amp;cible :</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::PlaybackController</name>
    <message>
        <source>Nothing to play: open a session first.</source>
        <translation>Rien à lire : ouvrez d’abord une session.</translation>
    </message>
    <message>
        <source>Cannot play: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Pré-écoute impossible : %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ReferencesPanel</name>
    <message>
        <source>%1: not added: %2</source>
        <translation>%1 : non ajouté : %2</translation>
    </message>
    <message>
        <source>(no genre)</source>
        <translation>(sans genre)</translation>
    </message>
    <message>
        <source>Add References…</source>
        <translation>Ajouter des références…</translation>
    </message>
    <message>
        <source>Analyse mixes you trust (commercial records) and keep them in the library, under a genre</source>
        <translation>Analyser des mix de confiance (disques du commerce) et les garder dans la bibliothèque, sous un genre</translation>
    </message>
    <message>
        <source>Genre…</source>
        <translation>Genre…</translation>
    </message>
    <message>
        <source>Give the chosen references another genre</source>
        <translation>Donner un autre genre aux références choisies</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the chosen references out of the library (their files stay where they are)</source>
        <translation>Retirer les références choisies de la bibliothèque (leurs fichiers restent où ils sont)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
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
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Integrated loudness (EBU R 128), LUFS</source>
        <translation>Sonie intégrée (EBU R 128), LUFS</translation>
    </message>
    <message>
        <source>True peak, dBTP</source>
        <translation>Crête vraie, dBTP</translation>
    </message>
    <message>
        <source>What of the session to compare: the Mix (the stems summed at unity), as a reference is a whole record</source>
        <translation>Ce que l&apos;on compare de la session : le mix (les stems sommés à l&apos;unité), car une référence est un disque entier</translation>
    </message>
    <message>
        <source>A genre&apos;s target (the mean of its references at equal loudness) or one reference</source>
        <translation>La cible d&apos;un genre (la moyenne de ses références à sonie égale) ou une référence</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>No database: the reference library is kept in it.</source>
        <translation>Pas de base de données : la bibliothèque de références y est gardée.</translation>
    </message>
    <message>
        <source>Reading the reference library…</source>
        <translation>Lecture de la bibliothèque de références…</translation>
    </message>
    <message numerus="yes">
        <source>Mix (%n stem(s) at unity)</source>
        <translation>
            <numerusform>Mix (%n stem à l&apos;unité)</numerusform>
            <numerusform>Mix (%n stems à l&apos;unité)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add References</source>
        <translation>Ajouter des références</translation>
    </message>
    <message>
        <source>Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;All files (*)</source>
        <translation>Fichiers audio (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre de %n référence (vide : aucun) :</numerusform>
            <numerusform>Genre des %n références (vide : aucun) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n chosen reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre de %n référence choisie (vide : aucun) :</numerusform>
            <numerusform>Genre des %n références choisies (vide : aucun) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n reference(s)…</source>
        <translation>
            <numerusform>Analyse de %n référence…</numerusform>
            <numerusform>Analyse de %n références…</numerusform>
        </translation>
    </message>
    <message>
        <source>Genre of %1 (%2)</source>
        <translation>Genre de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Genre of %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Genre de %n référence (%1)</numerusform>
            <numerusform>Genre de %n références (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Reference %1</source>
        <translation>Retirer la référence %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Reference(s)</source>
        <translation>
            <numerusform>Retirer %n référence</numerusform>
            <numerusform>Retirer %n références</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the reference library…</source>
        <translation>Écriture de la bibliothèque de références…</translation>
    </message>
    <message>
        <source>The reference library could not be read or written: %1</source>
        <translation>La bibliothèque de références n&apos;a pu être lue ou écrite : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in the library.</source>
        <translation>
            <numerusform>%n référence dans la bibliothèque.</numerusform>
            <numerusform>%n références dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Reference %1</source>
        <translation>Ajouter la référence %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Reference(s)</source>
        <translation>
            <numerusform>Ajouter %n référence</numerusform>
            <numerusform>Ajouter %n références</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajoutés : %1</translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 (mean of %n reference(s))</source>
        <translation>
            <numerusform>Cible %1 (moyenne de %n référence)</numerusform>
            <numerusform>Cible %1 (moyenne de %n références)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Reference: %1 (%2)</source>
        <translation>Référence : %1 (%2)</translation>
    </message>
    <message>
        <source>Add references (mixes you trust, tagged with a genre) to compare the session with.</source>
        <translation>Ajoutez des références (des mix de confiance, étiquetés d&apos;un genre) pour y comparer la session.</translation>
    </message>
    <message>
        <source>The session&apos;s Mix appears once the session is analysed.</source>
        <translation>Le mix de la session apparaît une fois la session analysée.</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>%1 is one stem and the references are whole mixes: the differences show how far it is from a record, not what to change on it. Compare the Mix for moves.</source>
        <translation>%1 est un seul stem et les références des mix entiers : les écarts montrent à quelle distance il est d&apos;un disque, pas quoi y changer. Comparez le mix pour des corrections.</translation>
    </message>
    <message numerus="yes">
        <source>%n attached to this session.</source>
        <translation>
            <numerusform>%n attachée à cette session.</numerusform>
            <numerusform>%n attachées à cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · this session</source>
        <translation>%1 · cette session</translation>
    </message>
    <message>
        <source>Attached to this session on the command line (stemwise reference add --session); compared with here, changed or removed there</source>
        <translation>Attachée à cette session en ligne de commande (stemwise reference add --session) : comparée ici, modifiée ou retirée là-bas</translation>
    </message>
    <message>
        <source>Session reference: %1</source>
        <translation>Référence de la session : %1</translation>
    </message>
    <message>
        <source>The sound I want</source>
        <translation>Le son que je veux</translation>
    </message>
    <message>
        <source>Not my style</source>
        <translation>Pas mon style</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>Counts twice in the style learned from its genre&apos;s references</source>
        <translation>Compte double dans le style appris des références de son genre</translation>
    </message>
    <message>
        <source>Left out of its genre&apos;s target and of the style learned from it</source>
        <translation>Écartée de la cible de son genre et du style qui en est appris</translation>
    </message>
    <message>
        <source>Counts once in its genre&apos;s target and style</source>
        <translation>Compte une fois dans la cible et le style de son genre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Say which references are the sound you want (they count twice in your style) and which are not your style (left out of the genre&apos;s target)</source>
        <translation>Dire quelles références sont le son que vous voulez (elles comptent double dans votre style) et lesquelles ne sont pas votre style (écartées de la cible du genre)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your rating: the sound you want counts twice in the style learned from a genre&apos;s references, not your style is left out</source>
        <translation>Votre note : le son que vous voulez compte double dans le style appris des références d&apos;un genre, pas votre style est écarté</translation>
    </message>
    <message>
        <source>Rate %1 (%2)</source>
        <translation>Noter %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Noter %n référence (%1)</numerusform>
            <numerusform>Noter %n références (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) rated the sound you want count twice</source>
        <translation>
            <numerusform>%n référence notée « le son que vous voulez » compte double</numerusform>
            <numerusform>%n références notées « le son que vous voulez » comptent double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated not your style left out</source>
        <translation>
            <numerusform>%n notée « pas votre style » écartée</numerusform>
            <numerusform>%n notées « pas votre style » écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>Your ratings weigh this target&apos;s style: %1.</source>
        <translation>Vos notes pondèrent le style de cette cible : %1.</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SectionsPanel</name>
    <message>
        <source>Bars</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalité</translation>
    </message>
    <message>
        <source>Stems playing</source>
        <translation>Stems qui jouent</translation>
    </message>
    <message>
        <source>Loudness of the stems summed over the section (gated as BS.1770-4)</source>
        <translation>Sonie des stems sommés sur la section (avec le seuil de BS.1770-4)</translation>
    </message>
    <message>
        <source>Short-term loudness maximum, LUFS</source>
        <translation>Maximum de la sonie à court terme, LUFS</translation>
    </message>
    <message>
        <source>Loudness range, LU (EBU Tech 3342)</source>
        <translation>Plage de sonie, LU (EBU Tech 3342)</translation>
    </message>
    <message>
        <source>The key the section states, from the stems&apos; chroma over it; – when not clear</source>
        <translation>La tonalité de la section, d’après le chroma des stems sur celle-ci ; – si elle n’est pas nette</translation>
    </message>
    <message>
        <source>Click a section to loop it</source>
        <translation>Cliquez sur une section pour la jouer en boucle</translation>
    </message>
    <message>
        <source>No sections: open a session of stems.</source>
        <translation>Aucune section : ouvrez une session de stems.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s), bounded by the DAW session&apos;s markers.</source>
        <translation>
            <numerusform>%n section, délimitée par les marqueurs de la session DAW.</numerusform>
            <numerusform>%n sections, délimitées par les marqueurs de la session DAW.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a section to loop it.</source>
        <translation>Cliquez sur une section pour la jouer en boucle.</translation>
    </message>
    <message>
        <source>Confidence %1 %</source>
        <translation>Confiance %1 %</translation>
    </message>
    <message>
        <source>One section: nothing was measured to divide it.</source>
        <translation>Une section : rien n&apos;a été mesuré pour la diviser.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</source>
        <translation>
            <numerusform>%n section d&apos;après les changements du mix lui-même (harmonie, timbre, niveau), sur les mesures à %1 BPM.</numerusform>
            <numerusform>%n sections d&apos;après les changements du mix lui-même (harmonie, timbre, niveau), sur les mesures à %1 BPM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</source>
        <translation>
            <numerusform>%n section d&apos;après les changements du mix lui-même (harmonie, timbre, niveau ; pas de tempo : pas de mesures).</numerusform>
            <numerusform>%n sections d&apos;après les changements du mix lui-même (harmonie, timbre, niveau ; pas de tempo : pas de mesures).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2, on the bars of %3 BPM.</source>
        <translation>%1 d’après %2, sur les mesures à %3 BPM.</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
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
        <translation>%1 d’après %2 (pas de tempo : pas de mesures).</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Takes effect when Stemwise starts again.</source>
        <translation>Prend effet au prochain démarrage de Stemwise.</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>un par cœur</translation>
    </message>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 d&apos;octave</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 d&apos;octave</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 d&apos;octave</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Stemwise database (*.sqlite);;All files (*)</source>
        <translation>Base de données Stemwise (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Empty: the default. The file is created if it does not exist; analyses, history and ratings are kept in it.</source>
        <translation>Vide : l&apos;emplacement par défaut. Le fichier est créé s&apos;il n&apos;existe pas ; les analyses, l&apos;historique et les évaluations y sont conservés.</translation>
    </message>
    <message>
        <source>Reopen the last session at start-up</source>
        <translation>Rouvrir la dernière session au démarrage</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Analysis threads:</source>
        <translation>Threads d&apos;&amp;analyse :</translation>
    </message>
    <message>
        <source>Spectrum &amp;smoothing:</source>
        <translation>Li&amp;ssage du spectre :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Default output</source>
        <translation>Sortie par défaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>S&amp;ortie :</translation>
    </message>
    <message>
        <source>&amp;Follow a DAW over OSC</source>
        <translation>Suivre un DAW via OS&amp;C</translation>
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
        <translation>celui du DAW par défaut (Ardour 3819, REAPER 8000)</translation>
    </message>
    <message>
        <source>automatic (Ardour: any free port; REAPER: 9000)</source>
        <translation>automatique (Ardour : un port libre ; REAPER : 9000)</translation>
    </message>
    <message>
        <source>Ardour: turn on Open Sound Control in its Preferences ▸ Control Surfaces; Stemwise subscribes to it. REAPER: add an OSC control surface that sends to this computer on the listening port. The DAW&apos;s selected track selects the track of the same name here; its faders, pans and mutes feed the mix-bus sum and the suggestions.</source>
        <translation>Ardour : activez Open Sound Control dans ses Préférences ▸ Surfaces de contrôle ; Stemwise s&apos;y abonne. REAPER : ajoutez une surface de contrôle OSC qui envoie vers cet ordinateur sur le port d&apos;écoute. La piste sélectionnée dans le DAW sélectionne ici la piste du même nom ; ses faders, panoramiques et mutes alimentent la somme du bus de mix et les suggestions.</translation>
    </message>
    <message>
        <source>DA&amp;W:</source>
        <translation>DA&amp;W :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>DAW&apos;s &amp;port:</source>
        <translation>&amp;Port du DAW :</translation>
    </message>
    <message>
        <source>Listening po&amp;rt:</source>
        <translation>Po&amp;rt d&apos;écoute :</translation>
    </message>
    <message>
        <source>Local API for scr&amp;ipts (this computer only, with a token)</source>
        <translation>API locale pour les scr&amp;ipts (cet ordinateur seulement, avec un jeton)</translation>
    </message>
    <message>
        <source>Off: nothing listens.</source>
        <translation>Désactivée : rien n&apos;écoute.</translation>
    </message>
    <message>
        <source>API port:</source>
        <translation>Port de l&apos;API :</translation>
    </message>
    <message>
        <source>Serving at %1
Token: %2 (send it as &quot;Authorization: Bearer TOKEN&quot;)</source>
        <translation>En service sur %1
Jeton : %2 (à envoyer comme &quot;Authorization: Bearer JETON&quot;)</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Hors service : %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SpectrumView</name>
    <message>
        <source>Frequency (Hz)</source>
        <translation>Fréquence (Hz)</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>Niveau (dB)</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Spectre</translation>
    </message>
    <message>
        <source>Long-term spectrum</source>
        <translation>Spectre moyen à long terme</translation>
    </message>
    <message>
        <source>Long-term spectrum, 1/%1 octave (shaded: expected range for %2)</source>
        <translation>Spectre moyen à long terme, 1/%1 d&apos;octave (ombré : plage attendue pour %2)</translation>
    </message>
    <message numerus="yes">
        <source>10–90 % of your %n reference(s)</source>
        <translation>
            <numerusform>10–90 % de votre %n référence</numerusform>
            <numerusform>10–90 % de vos %n références</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected for %1</source>
        <translation>Attendu pour %1</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4 % of the energy</source>
        <translation>%1 : %2 de %3 à %4 % de l&apos;énergie</translation>
    </message>
    <message numerus="yes">
        <source>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Spectre moyen à long terme, 1/%1 d&apos;octave (ombré : 10–90 % de votre %n référence)</numerusform>
            <numerusform>Spectre moyen à long terme, 1/%1 d&apos;octave (ombré : 10–90 % de vos %n références)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SuggestionsPanel</name>
    <message>
        <source>useful</source>
        <translation>utile</translation>
    </message>
    <message>
        <source>not useful</source>
        <translation>pas utile</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>écartée</translation>
    </message>
    <message>
        <source>improved</source>
        <translation>améliorée</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>dégradée</translation>
    </message>
    <message>
        <source>%1 dB/oct</source>
        <translation>%1 dB/oct.</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Toute la session</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>Votre évaluation</translation>
    </message>
    <message>
        <source>Useful (U)</source>
        <translation>Utile (U)</translation>
    </message>
    <message>
        <source>Not useful (N)</source>
        <translation>Pas utile (N)</translation>
    </message>
    <message>
        <source>Applied (A)</source>
        <translation>Appliquée (A)</translation>
    </message>
    <message>
        <source>Dismissed (D)</source>
        <translation>Écartée (D)</translation>
    </message>
    <message>
        <source>Suggestions appear once the session is analysed and stored.</source>
        <translation>Les suggestions apparaissent une fois la session analysée et enregistrée.</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la session</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n suggestion(s)&lt;/b&gt; for %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n suggestion&lt;/b&gt; pour %1</numerusform>
            <numerusform>&lt;b&gt;%n suggestions&lt;/b&gt; pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more under “Show more”)</source>
        <translation>
            <numerusform> (%n de plus sous « Afficher plus »)</numerusform>
            <numerusform> (%n de plus sous « Afficher plus »)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · priority %3 · confidence %4 % (the rule&apos;s own: %5 %)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · priorité %3 · confiance %4 % (celle de la règle : %5 %)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>toute la session</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Why:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pourquoi :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mesures&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&apos;3&apos;&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your ratings:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vos évaluations :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Re-bounce:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nouvel export :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;The rating was not stored:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;L&apos;évaluation n&apos;a pas été enregistrée :&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Votre évaluation :&lt;/b&gt; confiance %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listen (L)</source>
        <translation>Écouter (L)</translation>
    </message>
    <message>
        <source>Play where the evidence is strongest, with the band solo that fits it</source>
        <translation>Lire là où l’indice est le plus fort, avec le solo de bande qui lui convient</translation>
    </message>
    <message>
        <source>Preview (P)</source>
        <translation>Pré-écouter (P)</translation>
    </message>
    <message>
        <source>Play it with the suggested move applied; switch with/without in the transport bar (loudness-matched)</source>
        <translation>Lire avec le réglage suggéré appliqué ; basculer avec/sans dans la barre de transport (sonie appariée)</translation>
    </message>
    <message>
        <source>Whose suggestions to show: the track selected in the table, the whole session, or one track</source>
        <translation>Quelles suggestions afficher : celles de la piste sélectionnée dans le tableau, de toute la session ou d&apos;une piste</translation>
    </message>
    <message>
        <source>Which kind of move to show</source>
        <translation>Quel type de réglage afficher</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Level and headroom</source>
        <translation>Niveau et marge</translation>
    </message>
    <message>
        <source>Masking</source>
        <translation>Masquage</translation>
    </message>
    <message>
        <source>EQ and filters</source>
        <translation>EQ et filtres</translation>
    </message>
    <message>
        <source>Dynamics</source>
        <translation>Dynamique</translation>
    </message>
    <message>
        <source>Stereo and phase</source>
        <translation>Stéréo et phase</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Also the suggestions beyond the per-track and per-session limits, the lines of the gain plan and those pushed down by your ratings</source>
        <translation>Aussi les suggestions au-delà des limites par piste et par session, les lignes du plan de gain et celles reléguées par vos évaluations</translation>
    </message>
    <message>
        <source>Selected track</source>
        <translation>Piste sélectionnée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Session plan:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Plan de session :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You rated it after listening:&lt;/b&gt; confidence %2 % → %3 %. %4&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Votre évaluation après écoute :&lt;/b&gt; confiance %2 % → %3 %. %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;You listened to it: a rating now counts %1 times in what Stemwise learns.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Vous l’avez écoutée : une évaluation compte maintenant %1 fois dans ce que Stemwise apprend.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Making suggestions: measuring the session again (tempo, key, the stems&apos; summed peak)…</source>
        <translation>Suggestions en cours : nouvelle mesure de la session (tempo, tonalité, crête de la somme des stems)…</translation>
    </message>
    <message>
        <source>The suggestion&apos;s number: the same while the files do not change, so you can find it again (stemwise rate uses it too).</source>
        <translation>Le numéro de la suggestion : le même tant que les fichiers ne changent pas, pour la retrouver (stemwise rate l’utilise aussi).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Priority&lt;/b&gt;, 1 (do first) to 5: what the move fixes. 1 clipping and headroom of the sum; 2 masking of the lead parts and the kick against the bass; 3 tonal balance (broad EQ, filters, other masking, stereo); 4 detail (narrow notches, de-essing, compression). One step lower when the problem is marginal, and moved one step per 10 points your ratings moved the confidence.&lt;/p&gt;&lt;p&gt;Red: priority 1, amber: 2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Priorité&lt;/b&gt;, de 1 (d’abord) à 5 : ce que le geste corrige. 1 écrêtage et marge de la somme ; 2 masquage des parties principales et kick contre basse ; 3 équilibre tonal (EQ large, filtres, autres masquages, stéréo) ; 4 détail (encoches étroites, de-essing, compression). Un cran plus bas quand le problème est marginal, et un cran par 10 points dont vos évaluations ont déplacé la confiance.&lt;/p&gt;&lt;p&gt;Rouge : priorité 1, ambre : 2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidence&lt;/b&gt;: how likely this move is right for this track, from the rule&apos;s own confidence and your ratings of the rule on this type of track (Useful, Not useful, Applied, Dismissed; ratings given after listening count 1.5 times).&lt;/p&gt;&lt;p&gt;“70 → 55 %”: what your rating here changed. Below 25 % a suggestion goes under “Show more”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confiance&lt;/b&gt; : la probabilité que ce geste soit juste pour cette piste, d’après la confiance propre de la règle et vos évaluations de la règle sur ce type de piste (Utile, Pas utile, Appliquée, Écartée ; celles données après écoute comptent 1,5 fois).&lt;/p&gt;&lt;p&gt;« 70 → 55 % » : ce que votre évaluation a changé ici. Sous 25 %, une suggestion passe sous « Afficher plus ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your ratings of this suggestion; Edit ▸ Undo takes the last one back.</source>
        <translation>Vos évaluations de cette suggestion ; Édition ▸ Annuler retire la dernière.</translation>
    </message>
    <message>
        <source>The session&apos;s genre, which the suggestions adjust for. &quot;Estimate&quot;: the nearest of your references&apos; genres and the built-in style profiles, marked estimated in the line above</source>
        <translation>Le genre de la session, auquel les suggestions s&apos;adaptent. « Estimer » : le plus proche des genres de vos références et des profils de style intégrés, marqué comme estimé dans la ligne ci-dessus</translation>
    </message>
    <message>
        <source>Genre: estimate</source>
        <translation>Genre : estimer</translation>
    </message>
    <message>
        <source>Genre: %1</source>
        <translation>Genre : %1</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TimelineCursor</name>
    <message>
        <source>Click to play from here; drag to loop a stretch</source>
        <translation>Cliquer pour lire d’ici ; glisser pour boucler un passage</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackPanel</name>
    <message>
        <source>1/3 octave</source>
        <translation>1/3 d&apos;octave</translation>
    </message>
    <message>
        <source>1/6 octave</source>
        <translation>1/6 d&apos;octave</translation>
    </message>
    <message>
        <source>1/12 octave</source>
        <translation>1/12 d&apos;octave</translation>
    </message>
    <message>
        <source>Spectrum smoothing (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>Lissage du spectre (Ctrl+1, Ctrl+2, Ctrl+3)</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Lissage :</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No track selected&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Aucune piste sélectionnée&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>choisi par vous</translation>
    </message>
    <message>
        <source>from the name</source>
        <translation>d&apos;après le nom</translation>
    </message>
    <message>
        <source>from the sound</source>
        <translation>d&apos;après le son</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;ch · score &lt;b&gt;%8&lt;/b&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2&lt;/b&gt;&lt;/span&gt;&amp;nbsp;&amp;nbsp;%3 (%4) · %5 · %6&amp;nbsp;Hz · %7&amp;nbsp;can. · score &lt;b&gt;%8&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loudness and dynamics&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Sonie et dynamique&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>Écrêté</translation>
    </message>
    <message>
        <source>%L1 samples in %L2 runs</source>
        <translation>%L1 échantillons en %L2 zones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stereo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Stéréo&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <source>&lt;/table&gt;&lt;b&gt;Rhythm and pitch&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;/table&gt;&lt;b&gt;Rythme et hauteur&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>no steady pulse</source>
        <translation>pas de pulsation régulière</translation>
    </message>
    <message>
        <source>Onsets</source>
        <translation>Attaques</translation>
    </message>
    <message>
        <source>%1&amp;nbsp;/s (%2)</source>
        <translation>%1&amp;nbsp;/s (%2)</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertaine</translation>
    </message>
    <message>
        <source>f0 median</source>
        <translation>f0 médiane</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Hz</translation>
    </message>
    <message>
        <source>not monophonic</source>
        <translation>pas monophonique</translation>
    </message>
    <message>
        <source>HNR</source>
        <translation>HNR</translation>
    </message>
    <message>
        <source>Centroid</source>
        <translation>Centroïde spectral</translation>
    </message>
    <message>
        <source>&lt;b&gt;Patterns:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Caractère :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issues (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problèmes (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;None found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quality score %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</source>
        <translation>&lt;b&gt;Score de qualité %1 / 100&lt;/b&gt;&lt;table width=&apos;100%&apos; cellspacing=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1, %2 % sure</source>
        <translation>incertain d&apos;après le son : peut-être %1, sûr à %2 %</translation>
    </message>
    <message>
        <source>uncertain from the sound: perhaps %1 or %2, %3 % sure</source>
        <translation>incertain d&apos;après le son : peut-être %1 ou %2, sûr à %3 %</translation>
    </message>
    <message>
        <source>from the sound, %1 % sure</source>
        <translation>d&apos;après le son, sûr à %1 %</translation>
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
        <translation>centre</translation>
    </message>
    <message>
        <source>L %1</source>
        <translation>G %1</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>D %1</translation>
    </message>
    <message>
        <source>EQ</source>
        <translation>égaliseur</translation>
    </message>
    <message>
        <source>compressor</source>
        <translation>compresseur</translation>
    </message>
    <message>
        <source>limiter</source>
        <translation>limiteur</translation>
    </message>
    <message>
        <source>de-esser</source>
        <translation>de-esser</translation>
    </message>
    <message>
        <source>gate</source>
        <translation>gate</translation>
    </message>
    <message>
        <source>reverb</source>
        <translation>réverbération</translation>
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
        <translation>Dans %1 : bus &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In %1: track &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Dans %1 : piste &lt;b&gt;%2&lt;/b&gt;</translation>
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
        <translation>panoramique %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;muted&lt;/b&gt;</source>
        <translation>&lt;b&gt;muette&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;soloed&lt;/b&gt;</source>
        <translation>&lt;b&gt;en solo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>polarity inverted</source>
        <translation>polarité inversée</translation>
    </message>
    <message>
        <source>%1, bypassed</source>
        <translation>%1, contourné</translation>
    </message>
    <message>
        <source>no plug-ins</source>
        <translation>aucun plug-in</translation>
    </message>
    <message>
        <source>plug-ins: %1</source>
        <translation>plug-ins : %1</translation>
    </message>
    <message>
        <source>send to %1 at %2, pre-fader</source>
        <translation>départ vers %1 à %2, pré-fader</translation>
    </message>
    <message>
        <source>send to %1 at %2</source>
        <translation>départ vers %1 à %2</translation>
    </message>
    <message>
        <source>(a bounce, matched by its name)</source>
        <translation>(un bounce, associé par son nom)</translation>
    </message>
    <message>
        <source>VCA %1 at %2, &lt;b&gt;muted&lt;/b&gt;</source>
        <translation>VCA %1 à %2, &lt;b&gt;muet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>VCA %1 at %2</source>
        <translation>VCA %1 à %2</translation>
    </message>
    <message>
        <source>(followed live)</source>
        <translation>(suivi en direct)</translation>
    </message>
    <message>
        <source>the stems summed at unity</source>
        <translation>les stems sommés à l’unité</translation>
    </message>
    <message>
        <source>Tempo, this track</source>
        <translation>Tempo, cette piste</translation>
    </message>
    <message>
        <source>Key, this track</source>
        <translation>Tonalité, cette piste</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::TrackTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Analysing %1 %</source>
        <translation>Analyse %1 %</translation>
    </message>
    <message>
        <source>Re-bounced</source>
        <translation>Réexporté</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>En cache</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analysé</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
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
        <translation>%1 bits flottant</translation>
    </message>
    <message>
        <source>%1-bit</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Track type (double-click or F2 to change). * = chosen by you.</source>
        <translation>Type de piste (double-clic ou F2 pour changer). * = choisi par vous.</translation>
    </message>
    <message>
        <source>Integrated loudness, ITU-R BS.1770-4 (LUFS)</source>
        <translation>Sonie intégrée, UIT-R BS.1770-4 (LUFS)</translation>
    </message>
    <message>
        <source>True peak, 4x oversampled (dBTP); red above -1 dBTP</source>
        <translation>Crête vraie, suréchantillonnage 4x (dBTP) ; en rouge au-dessus de -1 dBTP</translation>
    </message>
    <message>
        <source>Crest factor: sample peak minus RMS (dB)</source>
        <translation>Facteur de crête : crête échantillon moins RMS (dB)</translation>
    </message>
    <message>
        <source>Stereo width: side energy / mid energy (0 = mono, 1 = uncorrelated)</source>
        <translation>Largeur stéréo : énergie side / énergie mid (0 = mono, 1 = non corrélé)</translation>
    </message>
    <message>
        <source>Quality score, 0-100 (see the breakdown in the track view)</source>
        <translation>Score de qualité, 0-100 (voir le détail dans la vue de la piste)</translation>
    </message>
    <message>
        <source>Problems found (clipping, mud, harshness, …)</source>
        <translation>Problèmes trouvés (écrêtage, boue, dureté, …)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
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
        <translation>Crête dB</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Fréquence d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Missing: the file was removed</source>
        <translation>Manquant : le fichier a été supprimé</translation>
    </message>
    <message>
        <source>Solo: hear only the soloed tracks</source>
        <translation>Solo : n’entendre que les pistes en solo</translation>
    </message>
    <message>
        <source>Mute this track</source>
        <translation>Couper cette piste</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
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
        <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
        <source>Stop and return to where playing started</source>
        <translation>Arrêter et revenir au point de départ de la lecture</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Boucle</translation>
    </message>
    <message>
        <source>Loop the stretch dragged on the waveform or the loudness curve</source>
        <translation>Boucler le passage tiré sur la forme d’onde ou la courbe de sonie</translation>
    </message>
    <message>
        <source>Hear the suggested move on (checked) or off, loudness-matched so a cut does not just sound quieter</source>
        <translation>Entendre le réglage suggéré activé (coché) ou non, à sonie appariée pour qu’une coupe ne paraisse pas simplement plus douce</translation>
    </message>
    <message>
        <source>Back to the whole session</source>
        <translation>Revenir à toute la session</translation>
    </message>
    <message>
        <source>Output peak, left over right (dBFS)</source>
        <translation>Crête de sortie, gauche au-dessus de droite (dBFS)</translation>
    </message>
    <message>
        <source>Short-term loudness of what is played (EBU R128, 3 s)</source>
        <translation>Sonie court terme de ce qui est lu (EBU R128, 3 s)</translation>
    </message>
    <message>
        <source>Opening the output…</source>
        <translation>Ouverture de la sortie…</translation>
    </message>
    <message>
        <source>Listening: %1</source>
        <translation>Écoute : %1</translation>
    </message>
    <message>
        <source>Previewing: %1</source>
        <translation>Pré-écoute : %1</translation>
    </message>
    <message>
        <source>With the move</source>
        <translation>Avec le réglage</translation>
    </message>
    <message>
        <source>Without the move</source>
        <translation>Sans le réglage</translation>
    </message>
    <message>
        <source>Output peak, left over right: %1 / %2 dBFS (highest %3 / %4)</source>
        <translation>Crête de sortie, gauche au-dessus de droite : %1 / %2 dBFS (maximum %3 / %4)</translation>
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
        <translation>Entendre le réglage ou non ; son côté est lu à %1 dB pour égaler la sonie sans lui</translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forme d&apos;onde</translation>
    </message>
    <message numerus="yes">
        <source>Waveform (markers: %n onset(s))</source>
        <translation>
            <numerusform>Forme d&apos;onde (repères : %n attaque)</numerusform>
            <numerusform>Forme d&apos;onde (repères : %n attaques)</numerusform>
        </translation>
    </message>
    <message>
        <source>No waveform overview stored for this analysis</source>
        <translation>Aucun aperçu de forme d&apos;onde enregistré pour cette analyse</translation>
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
        <translation>Ouvrez les stems d&apos;une session : chaque piste est mesurée (loudness, true peak, spectre, dynamique, stéréo, tempo et tonalité), ce qui se gêne dans le mix est trouvé, et chaque constat vient avec une action concrète.</translation>
    </message>
    <message>
        <source>Open a Folder of Stems…</source>
        <translation>Ouvrir un dossier de stems…</translation>
    </message>
    <message>
        <source>A folder of bounced tracks (WAV, AIFF, FLAC, …) or a DAW session (Ardour, REAPER). %1</source>
        <translation>Un dossier de pistes exportées (WAV, AIFF, FLAC, …) ou une session de DAW (Ardour, REAPER). %1</translation>
    </message>
    <message>
        <source>Open Files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Single files, from anywhere. %1</source>
        <translation>Des fichiers isolés, de n&apos;importe où. %1</translation>
    </message>
    <message>
        <source>Open the Demo Session</source>
        <translation>Ouvrir la session de démo</translation>
    </message>
    <message>
        <source>Five synthesised stems, 24 s at 120 BPM in A minor, with faults to find: ready in a second.</source>
        <translation>Cinq stems synthétisés, 24 s à 120 BPM en la mineur, avec des défauts à trouver : prête en une seconde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessions récentes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: the sessions you open are listed here.</source>
        <translation>Aucune pour l&apos;instant : les sessions que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Or drop files or a folder anywhere on this window.</source>
        <translation>Ou déposez des fichiers ou un dossier n&apos;importe où sur cette fenêtre.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n file(s) in %2</source>
        <translation>
            <numerusform>%1 — %n fichier dans %2</numerusform>
            <numerusform>%1 — %n fichiers dans %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WorkspacePlayback</name>
    <message>
        <source>This suggestion has no move to preview: %1</source>
        <translation>Cette suggestion n’a pas de réglage à pré-écouter : %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
