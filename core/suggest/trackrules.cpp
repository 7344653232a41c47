// The track rules: each looks at one track's figures, compares them with its type's ranges
// (knowledgebase.h) and, when they are out, suggests a move whose parameters come from the
// same figures. Every threshold a rule compares with is in its evidence.
#include "suggest/rules.h"

#include "analysis/stereoanalyzer.h"
#include "analysis/tracktype.h"
#include "util/stats.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

std::size_t bandIndex(Band b) { return static_cast<std::size_t>(b); }

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

void param(Suggestion& s, const char* key, double value) { s.parameters.push_back({key, value}); }
void param(Suggestion& s, const char* key, const char* value) { s.parameters.push_back({key, std::string(value)}); }

std::string pct(double share) { return strprintf("%.1f %%", 100.0 * share); }

// Resonances and envelope deviations (see resonances() and tonalDeviations()).
constexpr double kDrumModeQ = 6.0;    // narrower than this on a drum: one of its modes
constexpr double kDrumRingDb = 15.0;  // unless it rings this far above its surround
constexpr double kMinBumpDb = 5.0;
constexpr double kMinDipDb = 5.0;

// Uncorrelated channels lose 3 dB in mono; a wide track that loses more than this gets a
// low-priority look in mono.
constexpr double kMonoCheckLossDb = 3.5;

class TrackRules {
public:
    TrackRules(const TrackProfile& t, const RuleContext& c, std::vector<Suggestion>& out)
        : m_t(t), m_c(c), m_k(typeKnowledge(t.type, c.genre)), m_out(out)
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
            s.title = strprintf("Lower %s by %.1f dB before it reaches the mix bus", m_t.name.c_str(), -gain);
            s.description = strprintf("Trim the clip or the first insert by %.1f dB so the stem peaks near -6 dBTP and "
                                      "sits around %.0f LUFS, leaving headroom for processing and the bus.",
                                      -gain, targetLufs);
            s.reasoning = strprintf("The stem peaks at %+.1f dBTP and measures %.1f LUFS; %s stems are best staged at "
                                    "%.0f…%.0f LUFS with peaks below -6 dBTP.",
                                    *tp, *lufs, m_t.type.c_str(), m_k.stemLufsLow, m_k.stemLufsHigh);
            s.evidence = {{"true_peak_dbtp", *tp, "dBTP", "> -1.0 dBTP"},
                          {"integrated_lufs", *lufs, "LUFS", strprintf("%.0f…%.0f LUFS", m_k.stemLufsLow, m_k.stemLufsHigh)}};
            s.metric = EffectMetric{"true_peak_dbtp", "true peak", "dBTP", *tp, -1, 0.5};
            m_out.push_back(std::move(s));
        } else if (*lufs < m_k.stemLufsLow && !m_t.file.isFloat) {
            // A float stem loses nothing by being quiet (no quantisation floor to rise above):
            // where it sits in the mix is the balance rule's question, not a clip-gain move.
            const double gain = roundTo(std::min(targetLufs - *lufs, peakRoomDb), 0.5);
            if (gain < 3.0)
                return;
            Suggestion s = make(m_t, "stem_level", SuggestionType::Level, 4, 0.5);
            param(s, "gain_db", gain);
            s.title = strprintf("Raise %s by %.1f dB", m_t.name.c_str(), gain);
            s.description = "Raise the clip gain (not the fader) so plug-ins see a healthy level.";
            s.reasoning = strprintf("At %.1f LUFS the stem is below the %.0f…%.0f LUFS window of %s stems; its true peak "
                                    "(%.1f dBTP) leaves room for %.1f dB.",
                                    *lufs, m_k.stemLufsLow, m_k.stemLufsHigh, m_t.type.c_str(), *tp, peakRoomDb);
            s.evidence = {{"integrated_lufs", *lufs, "LUFS", strprintf("< %.0f LUFS", m_k.stemLufsLow)},
                          {"true_peak_dbtp", *tp, "dBTP", "peaks stay below -6 dBTP"}};
            s.metric = EffectMetric{"integrated_lufs", "loudness", "LUFS", *lufs, +1, 1.0};
            m_out.push_back(std::move(s));
        }
    }

    // High-pass below the lowest meaningful content: the measured lowest pitch for pitched
    // material, else the type's lowest useful content, within the type's corner range.
    void highPass()
    {
        if (!m_k.highPass || m_t.spectrum.ltasDb.empty())
            return;
        const bool pitched = m_t.tonal.f0MinHz && m_t.tonal.voicedFraction >= 0.3;
        const double lowest = pitched ? *m_t.tonal.f0MinHz : m_k.lowestContentHz;
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
        const double belowLimitDb = lowest < 60.0 ? -13.0 : -20.0;
        if (!excessSub && *belowDb < belowLimitDb)
            return;
        const double slope = *belowDb > -10.0 || sub > 3.0 * subMax ? 24.0 : *belowDb > -15.0 ? 18.0 : 12.0;
        Suggestion s = make(m_t, "high_pass", SuggestionType::Filter, sub > 2.0 * subMax || *belowDb > -10.0 ? 2 : 3, 0.75);
        param(s, "filter", "high_pass");
        param(s, "frequency_hz", corner);
        param(s, "slope_db_per_oct", slope);
        s.title = strprintf("High-pass %s at %s, %.0f dB/oct", m_t.name.c_str(), hzText(corner).c_str(), slope);
        s.description = strprintf("A %.0f dB/octave high-pass at %s removes what lies below the part without touching "
                                  "its lowest %s.",
                                  slope, hzText(corner).c_str(), pitched ? "note" : "useful content");
        std::string why = strprintf("%.1f %% of the energy lies below %s (%s of it below 60 Hz; typical %s: under %s)",
                                    100.0 * std::pow(10.0, *belowDb / 10.0), hzText(corner).c_str(), pct(sub).c_str(),
                                    m_t.type.c_str(), pct(subMax).c_str());
        s.evidence.push_back({"energy_below_corner_db", *belowDb, "dB",
                              strprintf("%s %.0f dB below %s", *belowDb > belowLimitDb ? ">" : "<=", belowLimitDb,
                                        hzText(corner).c_str())});
        s.evidence.push_back({"sub_bass_share", sub, "", strprintf("%s %.2f (typical %s)", excessSub ? ">" : "<=", subMax, m_t.type.c_str())});
        if (pitched) {
            why += strprintf("; the lowest note sits at %s, so the corner stays below it", hzText(lowest).c_str());
            s.evidence.push_back({"f0_min_hz", lowest, "Hz", strprintf("corner %s ≤ 0.8 × f0", hzText(corner).c_str())});
        } else {
            why += strprintf("; %s rarely have useful content below %s", m_t.type.c_str(), hzText(lowest).c_str());
            s.evidence.push_back({"lowest_content_hz", lowest, "Hz", "type default (no pitch measured)"});
        }
        if (excessSub) {
            const auto rumble = loudestRegionHz(m_t, 20.0, std::min(60.0, corner), 1.0 / 6.0);
            if (rumble) {
                why += strprintf("; the rumble peaks near %s", hzText(*rumble).c_str());
                s.evidence.push_back({"rumble_peak_hz", roundHz(*rumble), "Hz", "< 60 Hz"});
            }
        }
        s.reasoning = why + ".";
        s.metric = EffectMetric{"energy_below_corner_db", strprintf("energy below %s", hzText(corner).c_str()), "dB",
                                *belowDb, -1, 1.0, corner};
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
        for (const Resonance& r : m_t.spectrum.resonances) {
            if (made == 3)
                break;
            if (fundamentalsLow && r.frequencyHz < 150.0)
                continue;
            if (r.gainDb < 6.0 || isPartial(r.frequencyHz))
                continue;
            // A drum's narrow peaks are its tuning and shell modes (a snare's body, a hat's ring):
            // the instrument, unless one rings far above everything else.
            if (drum && r.q > kDrumModeQ && r.gainDb < kDrumRingDb)
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
            s.title = strprintf("Cut %.1f dB at %s (Q %.1f) on %s", -gain, hzText(f).c_str(), q, m_t.name.c_str());
            s.description = strprintf("A narrow bell cut at the resonance; sweep ±5 %% around %s to centre it by ear.",
                                      hzText(f).c_str());
            s.reasoning = strprintf("A resonance at %.0f Hz stands %.1f dB above the spectrum around it, with Q %.1f "
                                    "(-3 dB width %.0f Hz); it rings through the whole track",
                                    r.frequencyHz, r.gainDb, r.q, r.frequencyHz / std::max(r.q, 0.1))
                          + (r.noteGroups >= 2 ? strprintf(" and stays put while the notes change: it stands out in %d of "
                                                           "the %d note groups, so it is not a played note.",
                                                           r.noteGroupsWithPeak, r.noteGroups)
                                               : std::string("."));
            s.evidence = {{"resonance_hz", r.frequencyHz, "Hz", ""},
                          {"resonance_gain_db", r.gainDb, "dB", ">= 6 dB above the surround (f/1.5…1.5f median)"},
                          {"resonance_q", r.q, "", "2…40"}};
            if (r.noteGroups >= 2) {
                s.evidence.push_back({"note_groups_with_peak", static_cast<double>(r.noteGroupsWithPeak), "",
                                      strprintf(">= %.0f %% of %d note groups", 100.0 * 0.75, r.noteGroups)});
                s.evidence.push_back({"note_groups", static_cast<double>(r.noteGroups), "", ""});
            }
            const auto prominence = prominenceAt(m_t, r.frequencyHz);
            if (prominence)
                s.metric = EffectMetric{"resonance_prominence_db", strprintf("prominence at %s", hzText(f).c_str()), "dB",
                                        *prominence, -1, 1.0, r.frequencyHz};
            const double halfWidth = 0.5 * r.frequencyHz / std::max(q, 1.0);
            s.bandLowHz = r.frequencyHz - halfWidth;
            s.bandHighHz = r.frequencyHz + halfWidth;
            s.direction = -1;
            m_out.push_back(std::move(s));
        }
    }

    // A broad cut where a band holds more than its type's share, centred on the band's most
    // prominent point; gain from the excess in dB.
    void bandCut(Band band, const char* rule, const char* what, int urgentPriority, double confidence)
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
        s.title = strprintf("Cut %.1f dB at %s (Q %.1f) on %s", -gain, hzText(f).c_str(), q, m_t.name.c_str());
        s.description = strprintf("A broad bell cut in the %s; listen for the part staying %s.", what,
                                  band == Band::LowMids ? "full but clearer" : "present but less edgy");
        s.reasoning = strprintf("The %s band (%.0f–%.0f Hz) holds %s of the energy, %.1f dB above a typical %s track "
                                "(at most %s); its energy centres on %s.",
                                what, e.lowHz, e.highHz, pct(s0).c_str(), excessDb, m_t.type.c_str(), pct(max).c_str(),
                                hzText(f).c_str());
        s.evidence = {{std::string(e.key) + "_share", s0, "", strprintf("> %.2f (typical %s)", max, m_t.type.c_str())},
                      {std::string(e.key) + "_excess_db", excessDb, "dB", "> 0 dB"},
                      {"centre_hz", f, "Hz", "loudest third of an octave in the band"}};
        s.metric = EffectMetric{std::string(e.key) + "_excess_db", std::string(what) + " excess", "dB", excessDb, -1, 0.5,
                                0.0, max};
        s.bandLowHz = f / std::sqrt(2.0);
        s.bandHighHz = f * std::sqrt(2.0);
        s.direction = -1;
        m_out.push_back(std::move(s));
    }

    // The inverse of each broad bump or dip of the envelope that stays put while the notes
    // change (SpectrumAnalyzer's tonal deviations): a bell of the opposite gain at its centre,
    // of its width. Boosts are capped lower than cuts: a dip may be the part's own shape.
    void tonalDeviations()
    {
        int made = 0;
        for (const TonalDeviation& d : m_t.spectrum.tonalDeviations) {
            if (made == 2)
                break;
            const bool bump = d.gainDb > 0.0;
            if (std::abs(d.gainDb) < (bump ? kMinBumpDb : kMinDipDb))
                continue;
            // Below 120 Hz a bass's envelope is its fundamental, and a drum's body is its tuning
            // (kick and toms up to 150 and 300 Hz, a snare's shell up to 300 Hz, cymbals' and
            // hats' spill below 500 Hz): the instrument, not an EQ fault. A drum's dips are the
            // gaps between its modes.
            if (bump && d.frequencyHz < bodyTopHz())
                continue;
            if (!bump && isDrumType(m_t.type))
                continue;
            // One held note and no note changes to tell by: a bump or dip narrower than two of the
            // note's partial spacings is a partial (or the gap between two), not an EQ's shape.
            if (const auto f0 = heldPitchHz(); f0 && d.noteGroups < 2 && d.frequencyHz / std::max(d.q, 0.1) < 2.0 * *f0)
                continue;
            ++made;
            const double f = roundHz(d.frequencyHz);
            const double gain = bump ? -std::clamp(roundTo(d.gainDb, 0.5), 2.0, 12.0) : std::clamp(roundTo(-d.gainDb, 0.5), 2.0, 6.0);
            const double q = std::clamp(roundTo(d.q, 0.1), 0.5, 8.0);
            Suggestion s = make(m_t, bump ? "tonal_bump_cut" : "tonal_dip_boost", SuggestionType::Eq,
                                std::abs(d.gainDb) >= 8.0 ? 2 : 3, bump ? 0.65 : 0.5);
            s.key += strprintf("|%.0f", f);
            param(s, "filter", "bell");
            param(s, "frequency_hz", f);
            param(s, "gain_db", gain);
            param(s, "q", q);
            s.title = strprintf("%s %.1f dB at %s (Q %.1f) on %s", bump ? "Cut" : "Boost", std::abs(gain), hzText(f).c_str(),
                                q, m_t.name.c_str());
            s.description = bump ? "A bell cut of the bump's width undoes it; sweep around the centre by ear."
                                 : "A gentle bell boost fills the dip; if it only brings up noise, leave it.";
            s.reasoning = strprintf("The spectral envelope %s %.1f dB at %s (Q %.1f, from its half-gain width) against "
                                    "its trend an octave either side, ",
                                    bump ? "bulges" : "sags", std::abs(d.gainDb), hzText(d.frequencyHz).c_str(), d.q)
                          + (d.noteGroups >= 2 ? strprintf("in the median of the %d note groups: it stays put while the "
                                                           "notes change, as an EQ, a room or a mic does.",
                                                           d.noteGroups)
                                               : std::string("over the whole track (one note group: no note changes to "
                                                             "tell it from the part by)."));
            s.evidence = {{"tonal_deviation_hz", d.frequencyHz, "Hz", ""},
                          {"tonal_deviation_db", d.gainDb, "dB", strprintf("|x| >= %.0f dB", bump ? kMinBumpDb : kMinDipDb)},
                          {"tonal_deviation_q", d.q, "", "0.5…8"},
                          {"note_groups", static_cast<double>(d.noteGroups), "", ""}};
            s.metric = EffectMetric{"tonal_deviation_db", strprintf("envelope %s at %s", bump ? "bump" : "dip", hzText(f).c_str()),
                                    "dB", std::abs(d.gainDb), -1, 1.0, d.frequencyHz};
            const double halfWidth = 0.5 * d.frequencyHz / std::max(q, 0.5);
            s.bandLowHz = std::max(20.0, d.frequencyHz - halfWidth);
            s.bandHighHz = d.frequencyHz + halfWidth;
            s.direction = bump ? -1 : +1;
            m_out.push_back(std::move(s));
        }
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
        bandCut(Band::LowMids, "low_mid_cut", "low-mid", 2, 0.65);
    }

    void harshness()
    {
        // A dull track is never harsh, whatever its 2–4 kHz share says about the rest.
        const double highsMin = m_k.bands[bandIndex(Band::Highs)].min;
        if (highsMin > 0.0 && share(Band::Highs) < highsMin)
            return;
        bandCut(Band::UpperMids, "harshness_cut", "upper-mid", 3, 0.6);
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
        const double gain = std::clamp(roundTo(0.5 * deficitDb, 0.5), 1.5, 4.0);
        const double f = 8000.0;
        Suggestion s = make(m_t, "high_shelf_lift", SuggestionType::Eq, 4, 0.45);
        param(s, "filter", "high_shelf");
        param(s, "frequency_hz", f);
        param(s, "gain_db", gain);
        param(s, "q", 0.7);
        s.title = strprintf("Lift the top of %s: high shelf +%.1f dB from %s", m_t.name.c_str(), gain, hzText(f).c_str());
        s.description = "A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it.";
        s.reasoning = strprintf("The highs (4–10 kHz) hold %s of the energy, %.1f dB under the %s a %s track usually has.",
                                pct(s0).c_str(), deficitDb, pct(min).c_str(), m_t.type.c_str());
        s.evidence = {{"highs_share", s0, "", strprintf("< %.3f", min)}, {"highs_level_db", *level, "dB", "> -90 dB"}};
        s.metric = EffectMetric{"highs_deficit_db", "highs deficit", "dB", deficitDb, -1, 0.5, 0.0, min};
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
        s.title = strprintf("De-ess %s at %s, up to %.1f dB", m_t.name.c_str(), hzText(f).c_str(), range);
        s.description = "A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone.";
        s.reasoning = strprintf("%.1f %% of the sung or spoken frames are dominated by 4.5–10 kHz (a voice's usual is "
                                "under %.0f %%), peaking at %s; ",
                                100.0 * sib.fraction, 100.0 * m_k.sibilanceFraction, hzText(*sib.peakHz).c_str())
                      + (excess > 0.0 ? strprintf("they are %.1f dB louder than the average frame, hence the range.", excess)
                                      : strprintf("they are %.1f dB quieter than the average frame, so a gentle range "
                                                  "is enough.",
                                                  -excess));
        s.evidence = {{"sibilant_fraction", sib.fraction, "", strprintf(">= %.2f", m_k.sibilanceFraction)},
                      {"sibilance_peak_hz", *sib.peakHz, "Hz", "4500–10000 Hz"},
                      {"sibilance_excess_db", excess, "dB", ""}};
        s.metric = EffectMetric{"sibilant_fraction", "sibilant frames", "", sib.fraction, -1, 0.01};
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
        std::string releaseWhy;
        if (m_c.tempoBpm) {
            const double beatMs = 60000.0 / *m_c.tempoBpm;
            release = std::clamp(m_k.releaseBeats * beatMs, 30.0, 1000.0);
            releaseWhy = strprintf("release %.0f ms = %s of a beat at %.0f BPM", release,
                                   m_k.releaseBeats == 0.25 ? "a quarter" : m_k.releaseBeats == 0.5 ? "half" : "one whole",
                                   *m_c.tempoBpm);
        } else if (m_t.rhythm.onsetsPerS > 0.5) {
            release = std::clamp(500.0 / m_t.rhythm.onsetsPerS, 40.0, 600.0);
            releaseWhy = strprintf("release %.0f ms = half the mean gap between onsets (%.1f per second; no tempo known)",
                                   release, m_t.rhythm.onsetsPerS);
        } else {
            release = 150.0;
            releaseWhy = "release 150 ms (no tempo or onsets to time it to)";
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
        s.title = strprintf("Compress %s: %.1f:1 from %.1f dB, attack %.1f ms, release %.0f ms", m_t.name.c_str(), ratio,
                            threshold, attack, release);
        s.description = strprintf("About %.1f dB of gain reduction on the loudest passages evens the part out; a "
                                  "threshold on the short-term loudness scale (an RMS detector reads close to it).",
                                  reduction);
        std::string why;
        if (wideLra)
            why = strprintf("The loudness range is %.1f LU (a %s part usually stays within %.0f LU)", *lra, m_t.type.c_str(),
                            m_k.lraMaxLu);
        if (peaky)
            why += (why.empty() ? "" : "; ")
                   + strprintf("the crest factor is %.1f dB (typical up to %.0f dB)", *crest, m_k.crestHighDb);
        why += wideLra ? strprintf(". The short-term loudness spans %.1f (10th percentile) to %.1f LUFS (95th): a threshold "
                                   "of %.1f dB at %.1f:1 takes the %.1f LU of excess range off the loudest passages",
                                   p10, p95, threshold, ratio, excess)
                       : strprintf(". Threshold from the 70th percentile of the short-term loudness (%.1f LUFS; the "
                                   "loudest 5 %% reach %.1f LUFS)",
                                   p70, p95);
        why += strprintf("; attack %.1f ms for %.1f strong onsets per second; %s.", attack, density, releaseWhy.c_str());
        s.reasoning = why;
        if (wideLra)
            s.evidence.push_back({"lra_lu", *lra, "LU", strprintf("> %.0f LU", m_k.lraMaxLu)});
        if (crest)
            s.evidence.push_back({"crest_db", *crest, "dB", strprintf("%s %.0f dB", peaky ? ">" : "<=", m_k.crestHighDb)});
        s.evidence.push_back({"short_term_p95_lufs", p95, "LUFS", "threshold from here"});
        s.evidence.push_back({"short_term_p10_lufs", p10, "LUFS", "threshold not below"});
        s.evidence.push_back({"transient_density", density, "1/s", "attack"});
        if (m_c.tempoBpm)
            s.evidence.push_back({"tempo_bpm", *m_c.tempoBpm, "BPM", "release"});
        if (wideLra)
            s.metric = EffectMetric{"lra_lu", "loudness range", "LU", *lra, -1, 1.0};
        else
            s.metric = EffectMetric{"crest_db", "crest factor", "dB", *crest, -1, 1.0};
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
            s.title = strprintf("Check the polarity of %s: one channel looks inverted", m_t.name.c_str());
            s.description = "Invert one channel's polarity (or remove the widener) and compare in mono.";
            s.reasoning = strprintf("The left/right correlation is %.2f", *st.correlation)
                          + (lowBand != nullptr ? strprintf(" and %.2f between %.0f and %.0f Hz, where any natural "
                                                            "recording correlates",
                                                            *lowBand->correlation, lowBand->lowHz, lowBand->highHz)
                                            : std::string())
                          + strprintf("; the mono fold-down loses %.1f dB.", monoLoss);
            s.evidence = {{"correlation", *st.correlation, "",
                           strprintf("<= %.1f with a mono loss >= %.0f dB, or a low band <= %.1f", kInvertedCorrelation,
                                     kInvertedMonoLossDb, kInvertedCorrelation)},
                          {"mono_loss_db", monoLoss, "dB", ""}};
            if (lowBand != nullptr) {
                s.evidence.push_back({"low_band_correlation", *lowBand->correlation, "", strprintf("<= %.1f", kInvertedCorrelation)});
                s.evidence.push_back({"low_band_from_hz", lowBand->lowHz, "Hz", ""});
                s.evidence.push_back({"low_band_to_hz", lowBand->highHz, "Hz", ""});
            }
            s.metric = EffectMetric{"correlation", "L/R correlation", "", *st.correlation, +1, 0.1};
            m_out.push_back(std::move(s));
            return;  // flipping the channel also fixes the low end
        }
        if (verdict == StereoVerdict::Wide && monoLoss > kMonoCheckLossDb) {
            Suggestion s = make(m_t, "mono_check", SuggestionType::Stereo, 4, 0.5);
            param(s, "action", "check_in_mono");
            param(s, "mono_loss_db", roundTo(monoLoss, 0.1));
            s.title = strprintf("Listen to %s in mono: it is wide and loses %.1f dB", m_t.name.c_str(), monoLoss);
            s.description = "Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow "
                            "it (width control, M/S) rather than flipping a channel.";
            s.reasoning = strprintf("The left/right correlation is %.2f (wide, not inverted: the low end does not cancel) "
                                    "and the mono fold-down loses %.1f dB, more than the 3 dB of uncorrelated channels.",
                                    *st.correlation, monoLoss);
            s.evidence = {{"correlation", *st.correlation, "", strprintf("%.1f…%.1f (wide)", kInvertedCorrelation, kWideCorrelation)},
                          {"mono_loss_db", monoLoss, "dB", strprintf("> %.1f dB", kMonoCheckLossDb)}};
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
        s.title = strprintf("Make %s mono below %s", m_t.name.c_str(), hzText(f).c_str());
        s.description = "A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono.";
        s.reasoning = strprintf("%s of the energy is below 250 Hz and the channels correlate only %.2f between %.0f and "
                                "%.0f Hz.",
                                pct(low).c_str(), *worst->correlation, worst->lowHz, worst->highHz);
        s.evidence = {{"low_band_correlation", *worst->correlation, "", "< 0.5"},
                      {"low_share", low, "", "> 0.10 below 250 Hz"}};
        s.metric = EffectMetric{"low_band_correlation", "low-band correlation", "", *worst->correlation, +1, 0.1};
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
        s.title = strprintf("Add harmonics to %s so it reads on small speakers", m_t.name.c_str());
        s.description = "Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz.";
        s.reasoning = strprintf("Only %s of the energy lies above 500 Hz: on phones and laptops, which reproduce little "
                                "below 150 Hz, the bass line vanishes.",
                                pct(upper).c_str());
        s.evidence = {{"share_above_500_hz", upper, "", "< 0.01"}};
        s.metric = EffectMetric{"share_above_500_hz", "share above 500 Hz", "", upper, +1, 0.003};
        m_out.push_back(std::move(s));
    }

    const TrackProfile& m_t;
    const RuleContext& m_c;
    const TypeKnowledge m_k;
    std::vector<Suggestion>& m_out;
};

}  // namespace

void runTrackRules(const TrackProfile& track, const RuleContext& context, std::vector<Suggestion>& out)
{
    TrackRules(track, context, out).run();
}

// ---- spectrum helpers ----------------------------------------------------------------------

std::optional<double> ltasAt(const TrackProfile& p, double hz)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    const auto& db = p.spectrum.ltasDb;
    if (f.size() < 2 || hz < f.front() || hz > f.back())
        return std::nullopt;
    const auto it = std::lower_bound(f.begin(), f.end(), hz);
    const auto i = static_cast<std::size_t>(it - f.begin());
    if (i == 0)
        return db[0];
    const double t = std::log(hz / f[i - 1]) / std::log(f[i] / f[i - 1]);
    return db[i - 1] * (1.0 - t) + db[i] * t;
}

std::optional<double> prominenceAt(const TrackProfile& p, double hz)
{
    const auto level = ltasAt(p, hz);
    if (!level)
        return std::nullopt;
    const auto& f = p.spectrum.ltasFrequencyHz;
    std::vector<double> around;
    for (std::size_t i = 0; i < f.size(); ++i)
        if (f[i] >= hz / 1.5 && f[i] <= hz * 1.5)
            around.push_back(p.spectrum.ltasDb[i]);
    if (around.size() < 3)
        return std::nullopt;
    return *level - percentile(around, 0.5);
}

std::optional<double> loudestRegionHz(const TrackProfile& p, double loHz, double hiHz, double widthOctaves)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    std::optional<double> best;
    double bestPower = -1.0;
    for (double centre : f) {
        if (centre < loHz || centre > hiHz)
            continue;
        double power = 0.0;
        for (std::size_t i = 0; i < f.size(); ++i)
            if (std::abs(std::log2(f[i] / centre)) <= 0.5 * widthOctaves)
                power += std::pow(10.0, p.spectrum.ltasDb[i] / 10.0) * f[i];  // per-Hz power × width ∝ f
        if (power > bestPower) {
            bestPower = power;
            best = centre;
        }
    }
    return best;
}

std::optional<double> shareBelowDb(const TrackProfile& p, double hz)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    if (f.empty())
        return std::nullopt;
    // LTAS points are mean bin powers over 1/24-octave bands; weighting each by its width in
    // Hz gives the band's power.
    double below = 0.0, total = 0.0;
    const double halfStep = std::pow(2.0, 0.5 / 24.0);
    for (std::size_t i = 0; i < f.size(); ++i) {
        const double power = std::pow(10.0, p.spectrum.ltasDb[i] / 10.0) * f[i] * (halfStep - 1.0 / halfStep);
        total += power;
        if (f[i] < hz)
            below += power;
    }
    if (total <= 0.0)
        return std::nullopt;
    return powerToDb(below / total, -150.0);
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

std::string hzText(double hz)
{
    if (hz >= 1000.0)
        return strprintf("%.1f kHz", hz / 1000.0);
    return strprintf("%.0f Hz", hz);
}

}  // namespace stemwise::core
