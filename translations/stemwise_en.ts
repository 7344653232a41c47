<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CoreText</name>
    <message numerus="yes">
        <source>%n useful</source>
        <translation>
            <numerusform>%n useful</numerusform>
            <numerusform>%n useful</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not useful</source>
        <translation>
            <numerusform>%n not useful</numerusform>
            <numerusform>%n not useful</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dismissed</source>
        <translation>
            <numerusform>%n dismissed</numerusform>
            <numerusform>%n dismissed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) better</source>
        <translation>
            <numerusform>%n re-bounce better</numerusform>
            <numerusform>%n re-bounces better</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-bounce(s) worse</source>
        <translation>
            <numerusform>%n re-bounce worse</numerusform>
            <numerusform>%n re-bounces worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>detected (%1 and %n more)</source>
        <extracomment>%1 the first three tracks whose own estimate it is, %n how many more</extracomment>
        <translation>
            <numerusform>detected (%1 and %n more)</numerusform>
            <numerusform>detected (%1 and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s)</source>
        <extracomment>%n how many stems have a line in the plan</extracomment>
        <translation>
            <numerusform>Gain plan: clip gain and faders of %n stem</numerusform>
            <numerusform>Gain plan: clip gain and faders of %n stems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gain plan: clip gain and faders of %n stem(s), then every fader %1</source>
        <extracomment>%n how many stems have a line in the plan, %1 the common fader move in dB (&quot;-3.0 dB&quot;)</extracomment>
        <translation>
            <numerusform>Gain plan: clip gain and faders of %n stem, then every fader %1</numerusform>
            <numerusform>Gain plan: clip gain and faders of %n stems, then every fader %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first section, %n stem(s) playing (the fullest section: %1); %2 enter after it</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>the first section, %n stem playing (the fullest section: %1); %2 enter after it</numerusform>
            <numerusform>the first section, %n stems playing (the fullest section: %1); %2 enter after it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the last section, %n stem(s) playing (the fullest section: %1); %2 leave as it starts</source>
        <extracomment>why a section is named so. %n how many stems play in it, %1 how many the fullest section has, %2 the stems</extracomment>
        <translation>
            <numerusform>the last section, %n stem playing (the fullest section: %1); %2 leave as it starts</numerusform>
            <numerusform>the last section, %n stems playing (the fullest section: %1); %2 leave as it starts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::BandBalanceView</name>
    <message numerus="yes">
        <source>Band balance (% of energy; shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Band balance (% of energy; shaded: 10–90 % of your %n reference)</numerusform>
            <numerusform>Band balance (% of energy; shaded: 10–90 % of your %n references)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::DawFollower</name>
    <message numerus="yes">
        <source>%1: following, %n track(s)</source>
        <translation>
            <numerusform>%1: following, %n track</numerusform>
            <numerusform>%1: following, %n tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::HistoryPanel</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounce(s)</source>
        <translation>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounce</numerusform>
            <numerusform>&lt;span style=&apos;font-size:13pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; — %n analysed bounces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>Reading %n item…</numerusform>
            <numerusform>Reading %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n file(s)…</source>
        <translation>
            <numerusform>Analysing %n file…</numerusform>
            <numerusform>Analysing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) ready</source>
        <translation>
            <numerusform>%n track ready</numerusform>
            <numerusform>%n tracks ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be analysed (see the Status column)</source>
        <translation>
            <numerusform>, %n could not be analysed (see the Status column)</numerusform>
            <numerusform>, %n could not be analysed (see the Status column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) for the session</source>
        <translation>
            <numerusform>%n suggestion for the session</numerusform>
            <numerusform>%n suggestions for the session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n more one click away (Show more)</source>
        <translation>
            <numerusform>, %n more one click away (Show more)</numerusform>
            <numerusform>, %n more one click away (Show more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type of %n Track(s) (%1)</source>
        <translation>
            <numerusform>Type of %n Track (%1)</numerusform>
            <numerusform>Type of %n Tracks (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;Type of %n Track(s)</source>
        <translation>
            <numerusform>Change &amp;Type of %n Track</numerusform>
            <numerusform>Change &amp;Type of %n Tracks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MaskingPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n track(s) masks the other.</source>
        <translation>
            <numerusform>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n track masks the other.</numerusform>
            <numerusform>&lt;b&gt;Masking&lt;/b&gt;: no pair of the %n tracks masks the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Masking&lt;/b&gt;: %n pair(s) mask each other, the worst first</source>
        <translation>
            <numerusform>&lt;b&gt;Masking&lt;/b&gt;: %n pair masks each other, the worst first</numerusform>
            <numerusform>&lt;b&gt;Masking&lt;/b&gt;: %n pairs mask each other, the worst first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::MixPanel</name>
    <message numerus="yes">
        <source>summing the %n stem(s) at unity and analysing the sum…</source>
        <translation>
            <numerusform>summing the %n stem at unity and analysing the sum…</numerusform>
            <numerusform>summing the %n stems at unity and analysing the sum…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::ReferencesPanel</name>
    <message numerus="yes">
        <source>Mix (%n stem(s) at unity)</source>
        <translation>
            <numerusform>Mix (%n stem at unity)</numerusform>
            <numerusform>Mix (%n stems at unity)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre of the %n reference (empty: none):</numerusform>
            <numerusform>Genre of the %n references (empty: none):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of the %n chosen reference(s) (empty: none):</source>
        <translation>
            <numerusform>Genre of the %n chosen reference (empty: none):</numerusform>
            <numerusform>Genre of the %n chosen references (empty: none):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n reference(s)…</source>
        <translation>
            <numerusform>Analysing %n reference…</numerusform>
            <numerusform>Analysing %n references…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genre of %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Genre of %n Reference (%1)</numerusform>
            <numerusform>Genre of %n References (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Reference(s)</source>
        <translation>
            <numerusform>Remove %n Reference</numerusform>
            <numerusform>Remove %n References</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) in the library.</source>
        <translation>
            <numerusform>%n reference in the library.</numerusform>
            <numerusform>%n references in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Reference(s)</source>
        <translation>
            <numerusform>Add %n Reference</numerusform>
            <numerusform>Add %n References</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target of %1 (mean of %n reference(s))</source>
        <translation>
            <numerusform>Target of %1 (mean of %n reference)</numerusform>
            <numerusform>Target of %1 (mean of %n references)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached to this session.</source>
        <translation>
            <numerusform>%n attached to this session.</numerusform>
            <numerusform>%n attached to this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Reference(s) (%1)</source>
        <translation>
            <numerusform>Rate %n Reference (%1)</numerusform>
            <numerusform>Rate %n References (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference(s) rated the sound you want count twice</source>
        <translation>
            <numerusform>%n reference rated the sound you want counts twice</numerusform>
            <numerusform>%n references rated the sound you want count twice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated not your style left out</source>
        <translation>
            <numerusform>%n rated not your style is left out</numerusform>
            <numerusform>%n rated not your style are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SectionsPanel</name>
    <message numerus="yes">
        <source>%n section(s), bounded by the DAW session&apos;s markers.</source>
        <translation>
            <numerusform>%n section, bounded by the DAW session&apos;s markers.</numerusform>
            <numerusform>%n sections, bounded by the DAW session&apos;s markers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</source>
        <translation>
            <numerusform>%n section from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</numerusform>
            <numerusform>%n sections from the mix&apos;s own changes (harmony, timbre, level), on the bars of %1 BPM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</source>
        <translation>
            <numerusform>%n section from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</numerusform>
            <numerusform>%n sections from the mix&apos;s own changes (harmony, timbre, level; no tempo: no bars).</numerusform>
        </translation>
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
</context>
<context>
    <name>stemwise::ui::SpectrumView</name>
    <message numerus="yes">
        <source>10–90 % of your %n reference(s)</source>
        <translation>
            <numerusform>10–90 % of your %n reference</numerusform>
            <numerusform>10–90 % of your %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference(s))</source>
        <translation>
            <numerusform>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference)</numerusform>
            <numerusform>Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n references)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::SuggestionsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n suggestion(s)&lt;/b&gt; for %1</source>
        <translation>
            <numerusform>&lt;b&gt;%n suggestion&lt;/b&gt; for %1</numerusform>
            <numerusform>&lt;b&gt;%n suggestions&lt;/b&gt; for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n more under “Show more”)</source>
        <translation>
            <numerusform> (%n more under “Show more”)</numerusform>
            <numerusform> (%n more under “Show more”)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WaveformView</name>
    <message numerus="yes">
        <source>Waveform (markers: %n onset(s))</source>
        <translation>
            <numerusform>Waveform (markers: %n onset)</numerusform>
            <numerusform>Waveform (markers: %n onsets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stemwise::ui::WelcomeView</name>
    <message numerus="yes">
        <source>%1 — %n file(s) in %2</source>
        <translation>
            <numerusform>%1 — %n file in %2</numerusform>
            <numerusform>%1 — %n files in %2</numerusform>
        </translation>
    </message>
</context>
</TS>
