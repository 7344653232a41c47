// The track rules: each looks at one track's figures, compares them with its type's ranges
// (knowledgebase.h) and, when they are out, suggests a move whose parameters come from the
// same figures. Every threshold a rule compares with is in its evidence.
#include "suggest/rules.h"

#include "analysis/spectrumanalyzer.h"
#include "analysis/stereoanalyzer.h"
#include "analysis/tracktype.h"
#include "dsp/pitchdetector.h"
#include "util/stats.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

namespace stemwise::core {

namespace {

Suggestion make(const TrackProfile& t, const char* rule, SuggestionType type, int priority, double confidence)
{
    Suggestion s;
    s.rule = rule;
    s.key = std::string(rule) + "|" + t.name;
    s.target = {SuggestionTarget::Kind::Track, {t.name}};
    s.trackType = t.type;
    s.type = type;
    s.basePriority = s.priority = priority;
    s.baseConfidence = s.confidence = confidence;
    return s;
}


using A = TextArg;
using C = TextCode;

// Shares as the texts print them: "12.5 %".
A pct(double share) { return A::percent(share, 1); }
using ruletext::typeOf;
using ruletext::cmp;
// "> 0.05 (typical vocals)"; where the audio could not tell the type, the general range says so
// (tracktype.h: isTypeUncertain) rather than pass for a type's.
Text typical(TextCode op, double v, int decimals, const TrackProfile& t)
{
    if (isTypeUncertain(t))
        return {C::CmpTypeUncertain, {A::nested(cmp(op, v, decimals)), A::termOf(TermKind::TrackType, t.typeGuess),
                                      A::number(t.typeConfidence.value_or(0.0), 2)}};
    return {C::CmpTypical, {A::nested(cmp(op, v, decimals)), typeOf(t)}};
}

// The metric a suggestion means to change, its words from effectMetricLabel().
EffectMetric metric(std::string measure, std::string unit, double value, int goal, double tolerance, double frequencyHz = 0.0,
                    double reference = 0.0)
{
    std::string label = english(effectMetricLabel(measure, frequencyHz));
    return {std::move(measure), std::move(label), std::move(unit), value, goal, tolerance, frequencyHz, reference};
}

// Resonances and envelope deviations (see resonances() and tonalDeviations()).
constexpr double kDrumModeQ = 6.0;    // narrower than this on a drum: one of its modes
constexpr double kDrumRingDb = 15.0;  // unless it rings this far above its surround

// A peak within this of a note a pitched part plays (or of its octave) is that note
// (issue 17, point 1): a quarter tone, the bench's measure of a notch on a played note.
constexpr double kPlayedNoteCents = 50.0;
// A narrow bump within this of the equal-tempered pitch (A = 440 Hz) of one of the classes a
// part dwells on, in any octave, is taken for that note's partial (see onStrongPitchClass()):
// a quarter tone, and a little more, since the envelope's grid steps by quarter tones (1/24
// octave): a bump on a point half-way between two semitones is either, and is checked for both.
constexpr double kPitchClassCents = 52.0;
// ... at or below this: the fundamentals of chords and their octaves (C7, 2093 Hz, is above
// nearly every pad, guitar or string voicing). Higher, the envelope's peaks are upper partials of
// any note, and a boost there raises its own pitch class in the chroma (which counts peaks up to
// 5 kHz): the pitch class says nothing there.
constexpr double kPitchClassTopHz = 2000.0;

// Under this share of the energy below its corner (0.1 %), a high-pass removes nothing audible.
constexpr double kMinFilterableDb = -30.0;

// A high shelf for a dull track: the highs' share at least this far under the type's minimum.
constexpr double kMinDullDeficitDb = 3.0;

constexpr double kMinBumpDb = 5.0;
constexpr double kMinDipDb = 5.0;
// "Cut narrow, boost wide": a dip narrower than this (about 2/3 octave between its half-gain
// points) is the gap between an instrument's formants or partials, or its body's character,
// and a narrow boost into it rings; only a broad dip is filled.
constexpr double kMaxDipBoostQ = 2.0;
// On a drum, cymbal or hat an envelope bump narrower than this (under half an octave) and
// lower than kDrumBumpRingDb is one of its modes (a ride's bell, a rim's crack, a shell's
// ring), not an EQ fault; one that stands out further rings on (boxiness, a ringing tom).
constexpr double kDrumBumpModeQ = 3.0;
constexpr double kDrumBumpRingDb = 10.0;
// On a pitched or unknown part, a bulge of the envelope higher than an equaliser's range (the
// fitted shapes' limit, SpectrumAnalyzer::kMaxDeviationDb) is the part's register or formant,
// not a boost someone put on: a glockenspiel's notes stood 24 dB and a brass section's 22 dB
// over the octave around them on the advice benchmark, and each drew a 12 dB cut. On a drum it
// is a ring, and is cut.
constexpr double kMaxPartBumpDb = SpectrumAnalyzer::kMaxDeviationDb;

// Uncorrelated channels lose 3 dB in mono; a wide track that loses more than this gets a
// low-priority look in mono.
constexpr double kMonoCheckLossDb = 3.5;

class TrackRules {
public:
    TrackRules(const TrackProfile& t, const RuleContext& c, std::vector<Suggestion>& out)
        : m_t(t), m_c(c), m_k(ruleKnowledge(t, c)), m_out(out)
    {
    }

    void run()
    {
        // Nothing to mix on silence (the issue detector says so).
        if (!m_t.dynamics.peakDbfs || *m_t.dynamics.peakDbfs < -60.0)
            return;
        level();
        highPass();
        resonances();
        tonalDeviations();
        lowMids();
        harshness();
        dull();
        deEsser();
        compression();
        stereo();
        saturation();
    }

private:
    double share(Band b) const { return m_t.spectrum.bands[bandIndex(b)].share; }

    // Stem gain staging: integrated loudness into the type's window, peaks below -6 dBFS.
    void level()
    {
        if (m_t.type == "mix")
            return;
        const auto& lufs = m_t.loudness.integratedLufs;
        const auto& tp = m_t.loudness.truePeakDbtp;
        if (!lufs || !tp)
            return;
        const double targetLufs = 0.5 * (m_k.stemLufsLow + m_k.stemLufsHigh);
        const double peakRoomDb = -6.0 - *tp;
        if (*tp > -1.0 || *lufs > m_k.stemLufsHigh) {
            const double gain = roundTo(std::min(targetLufs - *lufs, peakRoomDb), 0.5);
            if (gain > -1.0)
                return;
            // Over 0 dBTP is urgent where it clips: a fixed-point file, or a flat top in any file.
            const bool clips = (*tp > 0.0 && !m_t.file.isFloat) || m_t.dynamics.clippedRuns > 0;
            Suggestion s = make(m_t, "stem_level", SuggestionType::Level, clips ? 1 : 2,
                                0.8);
            param(s, "gain_db", gain);
            s.say({C::SuggestLowerStemTitle, {A::string(m_t.name), A::number(-gain, 1)}},
                  {C::SuggestLowerStemHow, {A::number(-gain, 1), A::number(targetLufs, 0)}},
                  {C::SuggestLowerStemWhy,
                   {A::signedNumber(*tp, 1), A::number(*lufs, 1), typeOf(m_t), A::number(m_k.stemLufsLow, 0),
                    A::number(m_k.stemLufsHigh, 0)}});
            s.evidence = {Evidence::of("true_peak_dbtp", *tp, "dBTP", cmp(C::CmpAbove, -1.0, 1, "dBTP")),
                          Evidence::of("integrated_lufs", *lufs, "LUFS",
                                       {C::CmpSpan, {A::number(m_k.stemLufsLow, 0), A::number(m_k.stemLufsHigh, 0, "LUFS")}})};
            s.metric = metric("true_peak_dbtp", "dBTP", *tp, -1, 0.5);
            m_out.push_back(std::move(s));
        } else if (*lufs < m_k.stemLufsLow && !m_t.file.isFloat) {
            // A float stem loses nothing by being quiet (no quantisation floor to rise above):
            // where it sits in the mix is the balance rule's question, not a clip-gain move.
            const double gain = roundTo(std::min(targetLufs - *lufs, peakRoomDb), 0.5);
            if (gain < 3.0)
                return;
            Suggestion s = make(m_t, "stem_level", SuggestionType::Level, 4, 0.5);
            param(s, "gain_db", gain);
            s.say({C::SuggestRaiseStemTitle, {A::string(m_t.name), A::number(gain, 1)}}, C::SuggestRaiseStemHow,
                  {C::SuggestRaiseStemWhy,
                   {A::number(*lufs, 1), A::number(m_k.stemLufsLow, 0), A::number(m_k.stemLufsHigh, 0), typeOf(m_t),
                    A::number(*tp, 1), A::number(peakRoomDb, 1)}});
            s.evidence = {Evidence::of("integrated_lufs", *lufs, "LUFS", cmp(C::CmpBelow, m_k.stemLufsLow, 0, "LUFS")),
                          Evidence::of("true_peak_dbtp", *tp, "dBTP", C::CmpPeaksBelowMinus6)};
            s.metric = metric("integrated_lufs", "LUFS", *lufs, +1, 1.0);
            m_out.push_back(std::move(s));
        }
    }

    // High-pass below the lowest meaningful content: the measured lowest pitch for pitched
    // material, else the type's lowest useful content, within the type's corner range.
    void highPass()
    {
        if (!m_k.highPass || m_t.spectrum.ltasDb.empty())
            return;
        // The pitch tracker sees down to its floor (50 Hz): a lowest pitch within 15 % of it
        // says the notes reach that low, maybe lower (a synth bass's D1 is 37 Hz), so the
        // corner goes by the lower of it and the type's lowest useful content.
        const double floorHz = YinPitchDetector::Settings{}.minF0Hz;
        const bool atFloor = m_t.tonal.f0MinHz && *m_t.tonal.f0MinHz < 1.15 * floorHz;
        const bool pitched = m_t.tonal.f0MinHz && m_t.tonal.voicedFraction >= 0.3 && !atFloor;
        const double lowest = pitched ? *m_t.tonal.f0MinHz
                              : atFloor ? std::min(m_k.lowestContentHz, *m_t.tonal.f0MinHz)
                                        : m_k.lowestContentHz;
        double corner = std::clamp(lowest * 0.75, m_k.highPassMinHz, m_k.highPassMaxHz);
        if (pitched)
            corner = std::min(corner, lowest * 0.8);
        corner = roundHz(corner);
        const double sub = share(Band::SubBass);
        const double subMax = m_k.bands[bandIndex(Band::SubBass)].max;
        const auto belowDb = shareBelowDb(m_t, corner);
        if (!belowDb)
            return;
        const bool excessSub = sub > subMax;
        // Energy under the corner that is worth a filter: 1 % of the track, or 5 % for types
        // whose lowest notes sit near the corner (below 60 Hz: the filter's skirt reaches them).
        // A sub-bass share over the type's lets less do, but not nothing: under kMinFilterableDb
        // the filter takes nothing away (a synth bass whose sub is its notes, all above the corner).
        const double belowLimitDb = lowest < 60.0 ? -13.0 : -20.0;
        if ((!excessSub && *belowDb < belowLimitDb) || *belowDb < kMinFilterableDb)
            return;
        const double slope = *belowDb > -10.0 || sub > 3.0 * subMax ? 24.0 : *belowDb > -15.0 ? 18.0 : 12.0;
        Suggestion s = make(m_t, "high_pass", SuggestionType::Filter, sub > 2.0 * subMax || *belowDb > -10.0 ? 2 : 3, 0.75);
        param(s, "filter", "high_pass");
        param(s, "frequency_hz", corner);
        param(s, "slope_db_per_oct", slope);
        s.evidence.push_back(Evidence::of(
            "energy_below_corner_db", *belowDb, "dB",
            {C::CmpShareBelowFrequency,
             {A::nested(cmp(*belowDb > belowLimitDb ? C::CmpAbove : C::CmpAtMost, belowLimitDb, 0, "dB")), A::hz(corner)}}));
        s.evidence.push_back(Evidence::of("sub_bass_share", sub, "", typical(excessSub ? C::CmpAbove : C::CmpAtMost, subMax, 2, m_t)));
        Text lowestWhy;
        if (pitched) {
            lowestWhy = {C::SuggestHighPassWhyNote, {A::hz(lowest)}};
            s.evidence.push_back(Evidence::of("f0_min_hz", lowest, "Hz", {C::CmpCornerBelowF0, {A::hz(corner)}}));
        } else {
            lowestWhy = {C::SuggestHighPassWhyType, {typeOf(m_t), A::hz(lowest)}};
            s.evidence.push_back(Evidence::of("lowest_content_hz", lowest, "Hz", C::CmpTypeDefault));
        }
        Text rumbleWhy;
        if (excessSub) {
            const auto rumble = loudestRegionHz(m_t, 20.0, std::min(60.0, corner), 1.0 / 6.0);
            if (rumble) {
                rumbleWhy = {C::SuggestHighPassWhyRumble, {A::hz(*rumble)}};
                s.evidence.push_back(Evidence::of("rumble_peak_hz", roundHz(*rumble), "Hz", cmp(C::CmpBelow, 60.0, 0, "Hz")));
            }
        }
        s.say({C::SuggestHighPassTitle, {A::string(m_t.name), A::hz(corner), A::number(slope, 0)}},
              {pitched ? C::SuggestHighPassHowNote : C::SuggestHighPassHowContent, {A::number(slope, 0), A::hz(corner)}},
              {C::SuggestHighPassWhy,
               {A::number(100.0 * std::pow(10.0, *belowDb / 10.0), 1), A::hz(corner), pct(sub), typeOf(m_t), pct(subMax),
                A::nested(std::move(lowestWhy)), A::nested(std::move(rumbleWhy))}});
        s.metric = metric("energy_below_corner_db", "dB", *belowDb, -1, 1.0, corner);
        s.bandLowHz = 20.0;
        s.bandHighHz = corner;
        s.direction = -1;
        m_out.push_back(std::move(s));
    }

    // On a part that holds one pitch most of the time, a narrow peak at a whole multiple of
    // its median pitch (within 1.5 %) is a partial of the note, not a resonance to cut.
    bool isPartial(double hz) const
    {
        const auto f0 = heldPitchHz();
        if (!f0)
            return false;
        const double n = std::round(hz / *f0);
        return n >= 1.0 && std::abs(hz - n * *f0) <= 0.015 * hz;
    }

    // How far `hz` lies from the nearest note the part plays (TonalProfile::playedNotes), or from
    // its octave (the strongest partials of a played note), in cents; none for a part without
    // measured notes (unpitched). Within kPlayedNoteCents a narrow peak is the melody: no notch there.
    std::optional<double> centsFromPlayedNote(double hz) const
    {
        std::optional<double> nearest;
        for (const PlayedNote& n : m_t.tonal.playedNotes)
            for (const double k : {1.0, 2.0}) {
                const double cents = std::abs(1200.0 * std::log2(hz / (k * n.hz)));
                if (!nearest || cents < *nearest)
                    nearest = cents;
            }
        return nearest;
    }
    bool onPlayedNote(double hz) const
    {
        const auto cents = centsFromPlayedNote(hz);
        return cents && *cents <= kPlayedNoteCents;
    }

    // The pitch classes the part dwells on: those of its chroma over time holding at least 1.5
    // times an even share (a four-note chord's four). A chordal part's notes are not all among
    // its played notes (which follow its predominant pitch), nor are a note's upper partials at
    // two octaves and more; their pitch classes do show in the chroma. A resonance of a shell, a
    // room or a filter lands on one of n such classes by chance n times in twelve, and is then
    // left to the other rules: a notch there would cut the part's own notes. A drum plays no
    // notes: its chroma is its modes and their partials, and its rings are the drum rules'.
    bool onStrongPitchClass(double hz) const
    {
        const auto& series = m_t.tonal.chromaSeries.chroma;
        if (series.empty() || hz <= 0.0 || hz > kPitchClassTopHz || isDrumType(m_t.type))
            return false;
        std::array<double, 12> mean{};
        for (const auto& c : series)
            for (std::size_t k = 0; k < 12; ++k)
                mean[k] += c[k];
        const double total = std::accumulate(mean.begin(), mean.end(), 0.0);
        if (total <= 0.0)
            return false;
        const double midi = 69.0 + 12.0 * std::log2(hz / 440.0);
        for (const double note : {std::floor(midi), std::ceil(midi)}) {
            const auto pc = static_cast<std::size_t>(((static_cast<long>(note) % 12) + 12) % 12);
            if (100.0 * std::abs(midi - note) <= kPitchClassCents && mean[pc] >= 1.5 * total / 12.0)
                return true;
        }
        return false;
    }

    // The median pitch of a part that holds one pitch (within 10 %) most of the time.
    std::optional<double> heldPitchHz() const
    {
        const auto& f0 = m_t.tonal.f0MedianHz;
        if (!f0 || m_t.tonal.voicedFraction < 0.5 || !m_t.tonal.f0MinHz || !m_t.tonal.f0MaxHz
            || *m_t.tonal.f0MaxHz / *m_t.tonal.f0MinHz > 1.1)
            return std::nullopt;
        return f0;
    }

    // A cut at each of the three most prominent resonances; gain from the prominence (leaving
    // 2 dB, so the cut does not dig a hole), Q from the measured width.
    void resonances()
    {
        int made = 0;
        const bool fundamentalsLow = m_t.type == "kick" || m_t.type == "bass";
        const bool drum = isDrumType(m_t.type);
        const Resonance* body = drumBodyResonance(m_t);
        for (const Resonance& r : m_t.spectrum.resonances) {
            if (made == 3)
                break;
            if (fundamentalsLow && r.frequencyHz < 150.0)
                continue;
            if (r.gainDb < 6.0 || isPartial(r.frequencyHz) || onPlayedNote(r.frequencyHz))
                continue;
            // A drum's narrow peaks are its tuning and shell modes (a snare's body, a hat's ring):
            // the instrument, unless one rings far above everything else.
            if (drum && r.q > kDrumModeQ && r.gainDb < kDrumRingDb)
                continue;
            // A drum's tuned body (its pitch) is the drum, whatever its width (issue 17: "Cut 8.5 dB
            // at 215 Hz (Q 7.6) on a snare's tuned body").
            if (&r == body)
                continue;
            ++made;
            const double f = roundHz(r.frequencyHz);
            const double gain = -std::clamp(roundTo(r.gainDb - 2.0, 0.5), 2.0, 12.0);
            const double q = std::clamp(roundTo(r.q, 0.1), 1.0, 16.0);
            Suggestion s = make(m_t, "resonance_cut", SuggestionType::Eq, r.gainDb >= 10.0 ? 2 : 3, r.gainDb >= 8.0 ? 0.7 : 0.6);
            s.key += strprintf("|%.0f", f);
            param(s, "filter", "bell");
            param(s, "frequency_hz", f);
            param(s, "gain_db", gain);
            param(s, "q", q);
            const Text why = r.noteGroups >= 2
                                 ? Text{C::SuggestResonanceCutWhyNotes,
                                        {A::number(r.frequencyHz, 0), A::number(r.gainDb, 1), A::number(r.q, 1),
                                         A::number(r.frequencyHz / std::max(r.q, 0.1), 0),
                                         A::number(static_cast<double>(r.noteGroupsWithPeak), 0),
                                         A::number(static_cast<double>(r.noteGroups), 0)}}
                                 : Text{C::SuggestResonanceCutWhy,
                                        {A::number(r.frequencyHz, 0), A::number(r.gainDb, 1), A::number(r.q, 1),
                                         A::number(r.frequencyHz / std::max(r.q, 0.1), 0)}};
            s.say({C::SuggestCutTitle, {A::number(-gain, 1), A::hz(f), A::number(q, 1), A::string(m_t.name)}},
                  {C::SuggestResonanceCutHow, {A::hz(f)}}, why);
            s.evidence = {Evidence::of("resonance_hz", r.frequencyHz, "Hz", {}),
                          Evidence::of("resonance_gain_db", r.gainDb, "dB", C::CmpAboveSurround),
                          Evidence::of("resonance_q", r.q, "", {C::CmpSpan, {A::number(2.0, 0), A::number(40.0, 0)}})};
            if (const auto cents = centsFromPlayedNote(r.frequencyHz))
                s.evidence.push_back(Evidence::of("cents_from_played_note", *cents, "cents",
                                                  cmp(C::CmpAbove, kPlayedNoteCents, 0, "cents")));
            if (r.noteGroups >= 2) {
                s.evidence.push_back(Evidence::of("note_groups_with_peak", static_cast<double>(r.noteGroupsWithPeak), "",
                                                  {C::CmpShareOfNoteGroups,
                                                   {A::number(100.0 * 0.75, 0), A::number(static_cast<double>(r.noteGroups), 0)}}));
                s.evidence.push_back(Evidence::of("note_groups", static_cast<double>(r.noteGroups), "", {}));
            }
            const auto prominence = prominenceAt(m_t, r.frequencyHz);
            if (prominence)
                s.metric = metric("resonance_prominence_db", "dB", *prominence, -1, 1.0, r.frequencyHz);
            const double halfWidth = 0.5 * r.frequencyHz / std::max(q, 1.0);
            s.bandLowHz = r.frequencyHz - halfWidth;
            s.bandHighHz = r.frequencyHz + halfWidth;
            s.direction = -1;
            m_out.push_back(std::move(s));
        }
    }

    // A broad cut where a band holds more than its type's share, centred on the band's most
    // prominent point; gain from the excess in dB.
    void bandCut(Band band, const char* rule, TextCode how, int urgentPriority, double confidence)
    {
        const double loHz = kBands[bandIndex(band)].lowHz;
        const double hiHz = kBands[bandIndex(band)].highHz;
        const double s0 = share(band);
        const double max = m_k.bands[bandIndex(band)].max;
        if (max >= 1.0 || s0 <= max || s0 <= 0.0)
            return;
        const double excessDb = 10.0 * std::log10(s0 / max);
        // The centre: where the band's energy sits (the loudest third of an octave), not the
        // sharpest peak, which on tonal material is one note's partial.
        const double sixth = std::pow(2.0, 1.0 / 6.0);  // the window stays inside the band
        const double f = roundHz(loudestRegionHz(m_t, loHz * sixth, hiHz / sixth, 1.0 / 3.0).value_or(std::sqrt(loHz * hiHz)));
        const double gain = -std::clamp(roundTo(excessDb + 1.0, 0.5), 1.5, 6.0);
        const double q = 1.2;  // about an octave wide: a build-up is broad
        const bool marginal = excessDb < 1.0;
        Suggestion s = make(m_t, rule, SuggestionType::Eq,
                            excessDb > 3.0 ? urgentPriority : marginal ? urgentPriority + 2 : urgentPriority + 1,
                            marginal ? confidence - 0.15 : confidence);
        param(s, "filter", "bell");
        param(s, "frequency_hz", f);
        param(s, "gain_db", gain);
        param(s, "q", q);
        const BandEdges& e = kBands[bandIndex(band)];
        s.say({C::SuggestCutTitle, {A::number(-gain, 1), A::hz(f), A::number(q, 1), A::string(m_t.name)}}, how,
              {C::SuggestBandCutWhy,
               {A::termOf(TermKind::BandAdjective, e.key), A::number(e.lowHz, 0), A::number(e.highHz, 0), pct(s0),
                A::number(excessDb, 1), typeOf(m_t), pct(max), A::hz(f)}});
        s.evidence = {Evidence::of(std::string(e.key) + "_share", s0, "", typical(C::CmpAbove, max, 2, m_t)),
                      Evidence::of(std::string(e.key) + "_excess_db", excessDb, "dB", cmp(C::CmpAbove, 0.0, 0, "dB")),
                      Evidence::of("centre_hz", f, "Hz", C::CmpLoudestThird)};
        s.metric = metric(std::string(e.key) + "_excess_db", "dB", excessDb, -1, 0.5, 0.0, max);
        s.bandLowHz = f / std::sqrt(2.0);
        s.bandHighHz = f * std::sqrt(2.0);
        s.direction = -1;
        m_out.push_back(std::move(s));
    }

    // The inverse of each bump, dip or step of the envelope that stays put while the notes
    // change (SpectrumAnalyzer's tonal deviations, each fitted as an EQ shape): a bell of the
    // opposite gain at its centre and of its Q, or a shelf of the opposite gain at its midpoint.
    // Boosts are capped lower than cuts: a dip may be the part's own shape.
    void tonalDeviations()
    {
        int made = 0;
        for (const TonalDeviation& d : m_t.spectrum.tonalDeviations) {
            if (made == 2)
                break;
            const bool bump = d.gainDb > 0.0;
            if (std::abs(d.gainDb) < (bump ? kMinBumpDb : kMinDipDb))
                continue;
            if (d.shape != DeviationShape::Bell) {
                shelf(d);
                ++made;
                continue;
            }
            // Below 120 Hz a bass's envelope is its fundamental, and a drum's body is its tuning
            // (kick and toms up to 150 and 300 Hz, a snare's shell up to 300 Hz, cymbals' and
            // hats' spill below 500 Hz): the instrument, not an EQ fault. A drum's dips are the
            // gaps between its modes.
            if (bump && d.frequencyHz < bodyTopHz())
                continue;
            if (!bump && isDrumType(m_t.type))
                continue;
            if (!bump && d.q > kMaxDipBoostQ)
                continue;
            if (bump && isDrumType(m_t.type) && d.q > kDrumBumpModeQ && d.gainDb < kDrumBumpRingDb)
                continue;
            if (bump && !isDrumType(m_t.type) && d.gainDb > kMaxPartBumpDb)
                continue;
            // One held note and no note changes to tell by: a bump or dip narrower than two of the
            // note's partial spacings is a partial (or the gap between two), not an EQ's shape.
            if (const auto f0 = heldPitchHz(); f0 && d.noteGroups < 2 && d.frequencyHz / std::max(d.q, 0.1) < 2.0 * *f0)
                continue;
            // A narrow bump on a note the part plays (or its octave) is that note: a melody's
            // most played notes stand above their surround in every note group where they ring on.
            if (bump && d.q >= kNotchQ && (onPlayedNote(d.frequencyHz) || onStrongPitchClass(d.frequencyHz)))
                continue;
            ++made;
            const double f = roundHz(d.frequencyHz);
            const double gain = bump ? -std::clamp(roundTo(d.gainDb, 0.5), 2.0, 12.0) : std::clamp(roundTo(-d.gainDb, 0.5), 2.0, 6.0);
            const double q = std::clamp(roundTo(d.q, 0.1), 0.5, 8.0);
            Suggestion s = make(m_t, bump ? "tonal_bump_cut" : "tonal_dip_boost", SuggestionType::Eq,
                                std::abs(d.gainDb) >= 8.0 ? 2 : 3, bump ? 0.35 : 0.3);
            s.key += strprintf("|%.0f", f);
            param(s, "filter", "bell");
            param(s, "frequency_hz", f);
            param(s, "gain_db", gain);
            param(s, "q", q);
            const A width = A::number(d.q, 1);
            static constexpr TextCode kWhy[2][2] = {{C::SuggestDipWhyWhole, C::SuggestDipWhyNotes},
                                                    {C::SuggestBumpWhyWhole, C::SuggestBumpWhyNotes}};
            std::vector<A> why{A::number(std::abs(d.gainDb), 1), A::hz(d.frequencyHz), width};
            if (d.noteGroups >= 2)
                why.push_back(A::number(static_cast<double>(d.noteGroups), 0));
            Text reason{kWhy[bump][d.noteGroups >= 2], std::move(why)};
            if (d.fitted)
                reason = {bump ? C::SuggestFittedBumpWhy : C::SuggestFittedDipWhy,
                          {A::number(std::abs(d.gainDb), 1), A::hz(d.frequencyHz), width, A::number(static_cast<double>(d.noteGroups), 0)}};
            s.say({bump ? C::SuggestCutTitle : C::SuggestBoostTitle,
                   {A::number(std::abs(gain), 1), A::hz(f), A::number(q, 1), A::string(m_t.name)}},
                  bump ? C::SuggestBumpCutHow : C::SuggestDipBoostHow, std::move(reason));
            s.evidence = {Evidence::of("tonal_deviation_hz", d.frequencyHz, "Hz", {}),
                          Evidence::of("tonal_deviation_db", d.gainDb, "dB",
                                       cmp(C::CmpMagnitudeAtLeast, bump ? kMinBumpDb : kMinDipDb, 0, "dB")),
                          Evidence::of("tonal_deviation_q", d.q, "", {C::CmpSpan, {A::number(0.5, 1), A::number(8.0, 0)}}),
                          Evidence::of("note_groups", static_cast<double>(d.noteGroups), "", {})};
            s.metric = metric(bump ? "tonal_bump_db" : "tonal_dip_db", "dB", std::abs(d.gainDb), -1, 1.0, d.frequencyHz);
            const double halfWidth = 0.5 * d.frequencyHz / std::max(q, 0.5);
            s.bandLowHz = std::max(20.0, d.frequencyHz - halfWidth);
            s.bandHighHz = d.frequencyHz + halfWidth;
            s.direction = bump ? -1 : +1;
            m_out.push_back(std::move(s));
        }
    }

    // A step of the envelope between two plateaus: the shelf of the opposite gain at its
    // midpoint (slope 1, as the fit assumed).
    void shelf(const TonalDeviation& d)
    {
        const bool high = d.shape == DeviationShape::HighShelf;
        const bool raised = d.gainDb > 0.0;  // the shelf's side stands above the line: cut it
        const double f = roundHz(d.frequencyHz);
        const double gain = raised ? -std::clamp(roundTo(d.gainDb, 0.5), 2.0, 12.0) : std::clamp(roundTo(-d.gainDb, 0.5), 2.0, 6.0);
        Suggestion s = make(m_t, raised ? "tonal_shelf_cut" : "tonal_shelf_boost", SuggestionType::Eq,
                            std::abs(d.gainDb) >= 8.0 ? 2 : 3, raised ? 0.6 : 0.5);
        s.key += high ? "|high" : "|low";
        param(s, "filter", high ? "high_shelf" : "low_shelf");
        param(s, "frequency_hz", f);
        param(s, "gain_db", gain);
        param(s, "q", 0.7);
        // Going up in frequency the envelope steps up where a high shelf raises or a low shelf lowers.
        const bool stepsUp = high == raised;
        const TextCode title = raised ? (high ? C::SuggestHighShelfCutTitle : C::SuggestLowShelfCutTitle)
                                      : (high ? C::SuggestHighShelfBoostTitle : C::SuggestLowShelfBoostTitle);
        std::vector<A> why{A::number(std::abs(d.gainDb), 1), A::hz(d.frequencyHz)};
        TextCode whyCode = stepsUp ? C::SuggestShelfUpWhyWhole : C::SuggestShelfDownWhyWhole;
        if (d.noteGroups >= 2) {
            why.push_back(A::number(static_cast<double>(d.noteGroups), 0));
            whyCode = stepsUp ? C::SuggestShelfUpWhyNotes : C::SuggestShelfDownWhyNotes;
        }
        s.say({title, {A::number(std::abs(gain), 1), A::hz(f), A::string(m_t.name)}},
              raised ? C::SuggestShelfCutHow : C::SuggestShelfBoostHow, {whyCode, std::move(why)});
        s.evidence = {Evidence::of("tonal_deviation_hz", d.frequencyHz, "Hz", {}),
                      Evidence::of("tonal_deviation_db", d.gainDb, "dB",
                                   cmp(C::CmpMagnitudeAtLeast, raised ? kMinBumpDb : kMinDipDb, 0, "dB")),
                      Evidence::of("note_groups", static_cast<double>(d.noteGroups), "", {})};
        s.metric = metric("tonal_step_db", "dB", std::abs(d.gainDb), -1, 1.0, d.frequencyHz);
        s.bandLowHz = high ? d.frequencyHz / 2.0 : 20.0;
        s.bandHighHz = high ? 20000.0 : d.frequencyHz * 2.0;
        s.direction = raised ? -1 : +1;
        m_out.push_back(std::move(s));
    }

    double bodyTopHz() const
    {
        if (m_t.type == "bass")
            return 120.0;
        if (m_t.type == "kick")
            return 150.0;
        if (m_t.type == "snare" || m_t.type == "drums")
            return 300.0;
        if (m_t.type == "hats")
            return 500.0;
        return 0.0;
    }

    // Low-mid build-up, judged per type: a pitched part's notes living there are the part, and
    // a drum's body is the drum (issue 17: a snare's body is not mud); a bump there that stays
    // put is the tonal-deviation rule's.
    void lowMids()
    {
        if (isPitched(m_t) || isDrumType(m_t.type))
            return;
        bandCut(Band::LowMids, "low_mid_cut", C::SuggestLowMidCutHow, 2, 0.65);
    }

    void harshness()
    {
        // A dull track is never harsh, whatever its 2–4 kHz share says about the rest.
        const double highsMin = m_k.bands[bandIndex(Band::Highs)].min;
        if (highsMin > 0.0 && share(Band::Highs) < highsMin)
            return;
        bandCut(Band::UpperMids, "harshness_cut", C::SuggestHarshnessCutHow, 3, 0.6);
    }

    // A high shelf where the highs hold less than the type needs to sound open.
    void dull()
    {
        const double min = m_k.bands[bandIndex(Band::Highs)].min;
        const double s0 = share(Band::Highs);
        const auto& level = m_t.spectrum.bands[bandIndex(Band::Highs)].levelDb;
        if (min <= 0.0 || s0 >= min || !level || *level < -90.0)
            return;
        const double deficitDb = 10.0 * std::log10(min / std::max(s0, 1e-9));
        // The smallest shelf suggested (1.5 dB) makes up half of a 3 dB deficit: a share a hair
        // under the type's minimum ("0.0 dB under") is the measure's noise, not a dull track.
        if (deficitDb < kMinDullDeficitDb)
            return;
        const double gain = std::clamp(roundTo(0.5 * deficitDb, 0.5), 1.5, 4.0);
        const double f = 8000.0;
        Suggestion s = make(m_t, "high_shelf_lift", SuggestionType::Eq, 4, 0.45);
        param(s, "filter", "high_shelf");
        param(s, "frequency_hz", f);
        param(s, "gain_db", gain);
        param(s, "q", 0.7);
        s.say({C::SuggestHighShelfTitle, {A::string(m_t.name), A::number(gain, 1), A::hz(f)}}, C::SuggestHighShelfHow,
              {C::SuggestHighShelfWhy, {pct(s0), A::number(deficitDb, 1), pct(min), typeOf(m_t)}});
        s.evidence = {Evidence::of("highs_share", s0, "", cmp(C::CmpBelow, min, 3)),
                      Evidence::of("highs_level_db", *level, "dB", cmp(C::CmpAbove, -90.0, 0, "dB"))};
        s.metric = metric("highs_deficit_db", "dB", deficitDb, -1, 0.5, 0.0, min);
        s.bandLowHz = 6000.0;
        s.bandHighHz = 20000.0;
        s.direction = +1;
        m_out.push_back(std::move(s));
    }

    void deEsser()
    {
        const auto& sib = m_t.spectrum.sibilance;
        const bool voice = m_k.voice || (m_t.type == "other" && m_t.tonal.voicedFraction >= 0.4);
        if (!voice || sib.fraction < m_k.sibilanceFraction || !sib.peakHz)
            return;
        const double excess = sib.excessDb.value_or(0.0);
        const double range = std::clamp(roundTo(std::max(excess, 0.0) + 2.0, 0.5), 2.0, 8.0);
        const double f = roundHz(*sib.peakHz);
        Suggestion s = make(m_t, "de_esser", SuggestionType::DeEsser, sib.fraction >= 2.0 * m_k.sibilanceFraction ? 2 : 3, 0.7);
        param(s, "frequency_hz", f);
        param(s, "range_db", range);
        param(s, "mode", "split_band");
        s.say({C::SuggestDeEsserTitle, {A::string(m_t.name), A::hz(f), A::number(range, 1)}}, C::SuggestDeEsserHow,
              {C::SuggestDeEsserWhy,
               {A::number(100.0 * sib.fraction, 1), A::number(100.0 * m_k.sibilanceFraction, 0), A::hz(*sib.peakHz),
                A::nested(excess > 0.0 ? Text{C::SuggestDeEsserWhyLouder, {A::number(excess, 1)}}
                                       : Text{C::SuggestDeEsserWhyQuieter, {A::number(-excess, 1)}})}});
        s.evidence = {Evidence::of("sibilant_fraction", sib.fraction, "", cmp(C::CmpAtLeast, m_k.sibilanceFraction, 2)),
                      Evidence::of("sibilance_peak_hz", *sib.peakHz, "Hz",
                                   {C::CmpRangeHz, {A::number(4500.0, 0), A::number(10000.0, 0)}}),
                      Evidence::of("sibilance_excess_db", excess, "dB", {})};
        s.metric = metric("sibilant_fraction", "", sib.fraction, -1, 0.01);
        m_out.push_back(std::move(s));
    }

    // Levelling compression: threshold from the loudness distribution, ratio from how far
    // the dynamics exceed the type's range, attack from the transient density, release
    // timed to the session tempo.
    void compression()
    {
        const auto& lra = m_t.loudness.lraLu;
        const auto& crest = m_t.dynamics.crestDb;
        const bool wideLra = lra && *lra > m_k.lraMaxLu;
        const bool peaky = crest && *crest > m_k.crestHighDb;
        if (!wideLra && !peaky)
            return;
        std::vector<double> curve;
        for (const auto& v : m_t.loudness.shortTermCurveLufs)
            if (v)
                curve.push_back(*v);
        if (curve.size() < 3)
            return;
        std::vector<double> sorted = curve;
        const double p10 = percentile(sorted, 0.1);
        const double p70 = percentile(sorted, 0.7);
        const double p95 = percentile(sorted, 0.95);
        double ratio = m_k.ratio + (wideLra ? (*lra - m_k.lraMaxLu) / 4.0 : 0.0) + (peaky ? (*crest - m_k.crestHighDb) / 6.0 : 0.0);
        ratio = std::clamp(roundTo(ratio, 0.5), 1.5, 8.0);
        // Levelling: the threshold where the loudest passages (p95) come down by the excess
        // range at this ratio, not below the quiet passages (p10). Peak control alone: from
        // the 70th percentile, at least 3 dB under p95.
        const double excess = wideLra ? *lra - m_k.lraMaxLu : 0.0;
        const double threshold = roundTo(wideLra ? std::clamp(p95 - excess / (1.0 - 1.0 / ratio), std::min(p10, p95 - 3.0), p95 - 3.0)
                                                 : std::min(p70, p95 - 3.0),
                                         0.5);
        const double density = m_t.rhythm.transientDensity;
        const double attack = roundTo(std::clamp(m_k.attackMs * (density >= 4.0 ? 0.6 : density <= 0.5 ? 1.5 : 1.0), 0.5, 50.0), 0.5);
        double release = 0.0;
        Text releaseWhy;
        if (m_c.tempoBpm) {
            const double beatMs = 60000.0 / *m_c.tempoBpm;
            release = std::clamp(m_k.releaseBeats * beatMs, 30.0, 1000.0);
            releaseWhy = {m_k.releaseBeats == 0.25  ? C::SuggestReleaseQuarterBeat
                          : m_k.releaseBeats == 0.5 ? C::SuggestReleaseHalfBeat
                                                    : C::SuggestReleaseWholeBeat,
                          {A::number(release, 0), A::number(*m_c.tempoBpm, 0)}};
        } else if (m_t.rhythm.onsetsPerS > 0.5) {
            release = std::clamp(500.0 / m_t.rhythm.onsetsPerS, 40.0, 600.0);
            releaseWhy = {C::SuggestReleaseOnsets, {A::number(release, 0), A::number(m_t.rhythm.onsetsPerS, 1)}};
        } else {
            release = 150.0;
            releaseWhy = C::SuggestReleaseDefault;
        }
        release = roundTo(release, 5.0);
        const double reduction = std::max(0.0, (p95 - threshold) * (1.0 - 1.0 / ratio));
        const double makeup = roundTo(0.5 * reduction, 0.5);
        Suggestion s = make(m_t, "compression", SuggestionType::Compression, 3, 0.6);
        param(s, "threshold_db", threshold);
        param(s, "ratio", ratio);
        param(s, "attack_ms", attack);
        param(s, "release_ms", release);
        param(s, "knee_db", m_k.kneeDb);
        param(s, "makeup_db", makeup);
        // What is out of range: the loudness range, the crest factor or both.
        Text outOfRange;
        if (wideLra && peaky)
            outOfRange = {C::SuggestCompressWhyRangeCrest,
                          {A::number(*lra, 1), typeOf(m_t), A::number(m_k.lraMaxLu, 0), A::number(*crest, 1),
                           A::number(m_k.crestHighDb, 0)}};
        else if (wideLra)
            outOfRange = {C::SuggestCompressWhyRange, {A::number(*lra, 1), typeOf(m_t), A::number(m_k.lraMaxLu, 0)}};
        else
            outOfRange = {C::SuggestCompressWhyCrest, {A::number(*crest, 1), A::number(m_k.crestHighDb, 0)}};
        Text thresholdWhy = wideLra ? Text{C::SuggestCompressWhyLevelling,
                                           {A::number(p10, 1), A::number(p95, 1), A::number(threshold, 1),
                                            A::number(ratio, 1), A::number(excess, 1)}}
                                    : Text{C::SuggestCompressWhyPeaks, {A::number(p70, 1), A::number(p95, 1)}};
        s.say({C::SuggestCompressTitle,
               {A::string(m_t.name), A::number(ratio, 1), A::number(threshold, 1), A::number(attack, 1),
                A::number(release, 0)}},
              {C::SuggestCompressHow, {A::number(reduction, 1)}},
              {C::SuggestCompressWhy,
               {A::nested(std::move(outOfRange)), A::nested(std::move(thresholdWhy)), A::number(attack, 1),
                A::number(density, 1), A::nested(std::move(releaseWhy))}});
        if (wideLra)
            s.evidence.push_back(Evidence::of("lra_lu", *lra, "LU", cmp(C::CmpAbove, m_k.lraMaxLu, 0, "LU")));
        if (crest)
            s.evidence.push_back(
                Evidence::of("crest_db", *crest, "dB", cmp(peaky ? C::CmpAbove : C::CmpAtMost, m_k.crestHighDb, 0, "dB")));
        s.evidence.push_back(Evidence::of("short_term_p95_lufs", p95, "LUFS", C::CmpThresholdFromHere));
        s.evidence.push_back(Evidence::of("short_term_p10_lufs", p10, "LUFS", C::CmpThresholdNotBelow));
        s.evidence.push_back(Evidence::of("transient_density", density, "1/s", C::CmpAttack));
        if (m_c.tempoBpm)
            s.evidence.push_back(Evidence::of("tempo_bpm", *m_c.tempoBpm, "BPM", C::CmpRelease));
        if (wideLra)
            s.metric = metric("lra_lu", "LU", *lra, -1, 1.0);
        else
            s.metric = metric("crest_db", "dB", *crest, -1, 1.0);
        m_out.push_back(std::move(s));
    }

    void stereo()
    {
        const auto& st = m_t.stereo;
        const StereoVerdict verdict = judgeStereo(st);
        if (verdict == StereoVerdict::NotStereo)
            return;
        const double monoLoss = st.monoLossDb.value_or(0.0);
        const BandCorrelation* lowBand = worstLowBand(st);
        if (verdict == StereoVerdict::Inverted) {
            // Strong evidence only (judgeStereo): a flipped channel, not a wide sound.
            Suggestion s = make(m_t, "phase_check", SuggestionType::Stereo, 1, 0.8);
            param(s, "action", "invert_one_channel_polarity");
            s.say({C::SuggestPhaseTitle, {A::string(m_t.name)}}, C::SuggestPhaseHow,
                  {C::SuggestPhaseWhy,
                   {A::number(*st.correlation, 2),
                    A::nested(lowBand != nullptr ? Text{C::SuggestPhaseWhyLowBand,
                                                        {A::number(*lowBand->correlation, 2), A::number(lowBand->lowHz, 0),
                                                         A::number(lowBand->highHz, 0)}}
                                                 : Text{}),
                    A::number(monoLoss, 1)}});
            s.evidence = {Evidence::of("correlation", *st.correlation, "",
                                       {C::CmpInvertedRule, {A::number(kInvertedCorrelation, 1), A::number(kInvertedMonoLossDb, 0, "dB"),
                                                             A::number(kInvertedCorrelation, 1)}}),
                          Evidence::of("mono_loss_db", monoLoss, "dB", {})};
            if (lowBand != nullptr) {
                s.evidence.push_back(Evidence::of("low_band_correlation", *lowBand->correlation, "",
                                                  cmp(C::CmpAtMost, kInvertedCorrelation, 1)));
                s.evidence.push_back(Evidence::of("low_band_from_hz", lowBand->lowHz, "Hz", {}));
                s.evidence.push_back(Evidence::of("low_band_to_hz", lowBand->highHz, "Hz", {}));
            }
            s.metric = metric("correlation", "", *st.correlation, +1, 0.1);
            m_out.push_back(std::move(s));
            return;  // flipping the channel also fixes the low end
        }
        if (verdict == StereoVerdict::Wide && monoLoss > kMonoCheckLossDb) {
            Suggestion s = make(m_t, "mono_check", SuggestionType::Stereo, 4, 0.5);
            param(s, "action", "check_in_mono");
            param(s, "mono_loss_db", roundTo(monoLoss, 0.1));
            s.say({C::SuggestMonoCheckTitle, {A::string(m_t.name), A::number(monoLoss, 1)}}, C::SuggestMonoCheckHow,
                  {C::SuggestMonoCheckWhy, {A::number(*st.correlation, 2), A::number(monoLoss, 1)}});
            s.evidence = {Evidence::of("correlation", *st.correlation, "",
                                       {C::CmpSpanWide, {A::number(kInvertedCorrelation, 1), A::number(kWideCorrelation, 1)}}),
                          Evidence::of("mono_loss_db", monoLoss, "dB", cmp(C::CmpAbove, kMonoCheckLossDb, 1, "dB"))};
            m_out.push_back(std::move(s));
        }
        const double low = share(Band::SubBass) + share(Band::Bass);
        if (low <= 0.1)
            return;
        const BandCorrelation* worst = nullptr;
        double highest = 0.0;
        for (const auto& b : st.lowBandCorrelation) {
            if (!b.correlation || *b.correlation >= 0.5)
                continue;
            if (worst == nullptr || *b.correlation < *worst->correlation)
                worst = &b;
            highest = std::max(highest, b.highHz);
        }
        if (worst == nullptr)
            return;
        const double f = roundHz(std::clamp(highest, 80.0, 200.0));
        Suggestion s = make(m_t, "low_end_mono", SuggestionType::Stereo, 2, 0.7);
        param(s, "frequency_hz", f);
        param(s, "width_percent", 0.0);
        s.say({C::SuggestLowEndMonoTitle, {A::string(m_t.name), A::hz(f)}}, C::SuggestLowEndMonoHow,
              {C::SuggestLowEndMonoWhy,
               {pct(low), A::number(*worst->correlation, 2), A::number(worst->lowHz, 0), A::number(worst->highHz, 0)}});
        s.evidence = {Evidence::of("low_band_correlation", *worst->correlation, "", cmp(C::CmpBelow, 0.5, 1)),
                      Evidence::of("low_share", low, "", C::CmpLowShare)};
        s.metric = metric("low_band_correlation", "", *worst->correlation, +1, 0.1);
        m_out.push_back(std::move(s));
    }

    // A bass with nothing above 500 Hz disappears on small speakers: harmonics make it heard.
    void saturation()
    {
        if (m_t.type != "bass")
            return;
        const double upper = share(Band::Mids) + share(Band::UpperMids) + share(Band::Highs) + share(Band::Air);
        if (upper >= 0.01)
            return;
        Suggestion s = make(m_t, "bass_harmonics", SuggestionType::Saturation, 5, 0.4);
        param(s, "drive_db", 6.0);
        param(s, "mix_percent", 30.0);
        s.say({C::SuggestHarmonicsTitle, {A::string(m_t.name)}}, C::SuggestHarmonicsHow, {C::SuggestHarmonicsWhy, {pct(upper)}});
        s.evidence = {Evidence::of("share_above_500_hz", upper, "", cmp(C::CmpBelow, 0.01, 2))};
        s.metric = metric("share_above_500_hz", "", upper, +1, 0.003);
        m_out.push_back(std::move(s));
    }

    const TrackProfile& m_t;
    const RuleContext& m_c;
    const TypeKnowledge m_k;
    std::vector<Suggestion>& m_out;
};

// What the DAW channel already holds changes the track's moves (rules.h). The session file
// names the plug-ins but not their settings, so a move stays a move with the measured
// parameters, addressed to the plug-in in place, and its evidence names the plug-in and the
// session. A high-pass plug-in on a channel whose file is the one the session plays filters
// that file in the mix (the file is before the plug-ins): the move is dropped. On a bounce
// (after the plug-ins) the energy is still there: the filter in place is too low or too gentle.
void applyDawChannel(const DawChannel& channel, const std::string& daw, std::vector<Suggestion>& out, std::size_t first)
{
    auto names = [](const std::vector<std::string>& plugins) {
        std::vector<A> items;
        items.reserve(plugins.size());
        for (const std::string& n : plugins)
            items.push_back(A::string(n));
        return A::list(std::move(items), true);
    };
    auto onChannel = [&](const char* measure, const std::vector<std::string>& plugins) {
        return Evidence::of(measure, static_cast<double>(plugins.size()), "",
                            {C::CmpOnDawChannel, {A::string(daw), names(plugins)}});
    };
    for (std::size_t i = first; i < out.size();) {
        Suggestion& s = out[i];
        if (s.rule == "high_pass") {
            if (!channel.highPasses.empty() && channel.beforePlugins) {
                out.erase(out.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            const bool highPass = !channel.highPasses.empty();
            const std::vector<std::string>& plugins = highPass ? channel.highPasses : channel.eqs;
            if (!plugins.empty()) {
                s.say({C::SuggestWithChannelPluginTitle, {A::nested(s.titleText), names(plugins)}},
                      {highPass ? C::SuggestRaiseChannelHighPassHow : C::SuggestUseChannelEqHow,
                       {A::nested(s.descriptionText), names(plugins), A::string(daw)}},
                      s.reasoningText);
                s.evidence.push_back(onChannel(highPass ? "daw_high_pass_plugins" : "daw_eq_plugins", plugins));
            }
        } else if (s.rule == "compression" && !channel.compressors.empty() && s.titleText.code == C::SuggestCompressTitle
                   && !s.titleText.args.empty()) {
            std::vector<A> args = s.titleText.args;  // track, ratio, threshold, attack, release
            args.insert(args.begin() + 1, names(channel.compressors));
            s.say({C::SuggestYourCompressorTitle, std::move(args)},
                  {channel.beforePlugins ? C::SuggestYourCompressorHow : C::SuggestYourCompressorAfterHow,
                   {A::nested(s.descriptionText), names(channel.compressors), A::string(daw)}},
                  s.reasoningText);
            s.evidence.push_back(onChannel("daw_compressor_plugins", channel.compressors));
        }
        ++i;
    }
}

}  // namespace

void runTrackRules(const TrackProfile& track, const RuleContext& context, std::vector<Suggestion>& out)
{
    const std::size_t first = out.size();
    TrackRules(track, context, out).run();
    if (context.daw == nullptr)
        return;
    if (const auto it = context.daw->channels.find(track.name); it != context.daw->channels.end())
        applyDawChannel(it->second, context.daw->daw, out, first);
}

double roundTo(double value, double step) { return std::round(value / step) * step; }

double roundHz(double hz)
{
    if (hz < 100.0)
        return std::round(hz);
    if (hz < 1000.0)
        return roundTo(hz, 5.0);
    return roundTo(hz, 50.0);
}

std::string hzText(double hz) { return hzEnglish(hz); }

}  // namespace stemwise::core
