#include "analysis/issuedetector.h"

#include "analysis/ltasqueries.h"
#include "analysis/stereoanalyzer.h"
#include "analysis/tracktype.h"
#include "analysis/typenorms.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace stemwise::core {

namespace {

// Fixed thresholds (not type-dependent).
// DC: the long-term mean, as `sox stats` reports it. Asymmetric waveforms (a kick's first
// half cycle, a bass note's attack) carry a little on their own, hence -46 dBFS before it counts.
constexpr double kDcLow = 0.005;          // -46 dBFS: wastes headroom, thumps at edits
constexpr double kDcMedium = 0.02;        // -34 dBFS
constexpr double kDcHigh = 0.1;           // -20 dBFS
constexpr double kTruePeakOverDbtp = 0.0;  // inter-sample overs clip in converters and codecs
constexpr double kTruePeakHighDbtp = 1.0;
constexpr double kNoHeadroomDbtp = -0.3;   // a stem this close to 0 dBTP leaves nothing for the mix bus
constexpr double kNearSilentDbfs = -60.0;
constexpr double kLeadingSilenceS = 2.0;
constexpr double kTrailingSilenceS = 5.0;
constexpr double kMonoLossNoteDb = 4.0;          // uncorrelated channels lose 3 dB; a wide track past 4 dB gets a note
constexpr double kMonoLossMediumDb = 6.0;        // beyond 6 dB is cancellation
constexpr double kLowBandCorrelationMin = 0.5;   // kick/bass region should be close to mono
constexpr double kResonanceMediumDb = 10.0;
// A crest factor less than this above the waveform's own (DynamicsProfile::shortTermCrestDb)
// is the waveform's: the track has no peaks a compressor could have taken.
constexpr double kCrestAboveWaveformDb = 1.0;
constexpr double kSibilantFractionLow = 0.04;
constexpr double kSibilantFractionMedium = 0.08;
// A kick's body or a bass's lowest notes in the sub band: a peak this far over its surround
// (the resonance's minimum, SpectrumAnalyzer::kMinResonanceGainDb), from this frequency up.
constexpr double kMinBodyProminenceDb = 6.0;
constexpr double kMinBodyHz = 30.0;
// A part whose lowest notes the pitch tracker finds under the sub band's top (voiced in at least
// this fraction of its frames, as the high-pass rule's "pitched") has its fundamentals there.
constexpr double kMinVoicedForNotes = 0.3;

using A = TextArg;
using C = TextCode;

// A threshold the evidence was compared with: "> -0.3 dBTP".
Text above(double v, int decimals, std::string unit = {}) { return {C::CmpAbove, {A::number(v, decimals, std::move(unit))}}; }
Text atLeast(double v, int decimals, std::string unit = {}) { return {C::CmpAtLeast, {A::number(v, decimals, std::move(unit))}}; }
Text below(double v, int decimals, std::string unit = {}) { return {C::CmpBelow, {A::number(v, decimals, std::move(unit))}}; }

class Detector {
public:
    explicit Detector(const TrackProfile& p) : m_p(p), m_norms(typeNorms(p.type)) {}

    std::vector<TrackIssue> run()
    {
        fileIntegrity();
        if (silence())
            return finish();
        clipping();
        overs();
        truePeak();
        dcOffset();
        level();
        spectralBalance();
        sibilance();
        phase();
        resonances();
        silenceAtEnds();
        compression();
        return finish();
    }

private:
    void add(const char* code, Severity severity, Text text, std::vector<Evidence> evidence)
    {
        m_issues.push_back({code, severity, english(text), std::move(evidence), std::move(text)});
    }

    std::vector<TrackIssue> finish()
    {
        std::stable_sort(m_issues.begin(), m_issues.end(),
                         [](const TrackIssue& a, const TrackIssue& b) { return a.severity > b.severity; });
        return std::move(m_issues);
    }

    void fileIntegrity()
    {
        if (m_p.framesMissing > 0) {
            const double missingS = static_cast<double>(m_p.framesMissing) / m_p.file.format.sampleRateHz;
            add("truncated", Severity::High, {C::IssueTruncated, {A::number(missingS, 2)}},
                {Evidence::of("missing_s", missingS, "s", above(0.0, 0, "s"))});
        } else if (m_p.truncated) {
            add("truncated", Severity::High, C::IssueTruncatedUnknown, {});
        }
        if (m_p.dynamics.nonFiniteSamples > 0) {
            const auto n = static_cast<double>(m_p.dynamics.nonFiniteSamples);
            add("non_finite_samples", Severity::High, {C::IssueNonFiniteSamples, {A::number(n, 0)}},
                {Evidence::of("non_finite_samples", n, "", above(0.0, 0))});
        }
    }

    bool silence()
    {
        const auto& peak = m_p.dynamics.peakDbfs;
        if (!peak) {
            add("silent", Severity::High, C::IssueSilent,
                {Evidence::of("peak_dbfs", -1000.0, "dBFS", C::CmpNoSampleAboveZero)});
            return true;
        }
        if (*peak < kNearSilentDbfs) {
            add("near_silent", Severity::Medium, {C::IssueNearSilent, {A::number(*peak, 1)}},
                {Evidence::of("peak_dbfs", *peak, "dBFS", below(kNearSilentDbfs, 0, "dBFS"))});
            return true;
        }
        return false;
    }

    void clipping()
    {
        const auto& d = m_p.dynamics;
        if (d.clippedRuns == 0)
            return;
        const Severity s = d.clippedSamples > 100 || d.clippedRuns > 10 ? Severity::High
                           : d.clippedRuns > 1                          ? Severity::Medium
                                                                        : Severity::Low;
        const auto samples = static_cast<double>(d.clippedSamples), runs = static_cast<double>(d.clippedRuns);
        add("clipping", s, {C::IssueClipping, {A::number(samples, 0), A::number(runs, 0)}},
            {Evidence::of("clipped_samples", samples, "", above(0.0, 0)),
             Evidence::of("clipped_runs", runs, "", above(0.0, 0))});
    }

    // A float file holds samples beyond full scale intact: not clipping, but they clip in any
    // fixed-point conversion (or a converter) unless the stem is trimmed first.
    void overs()
    {
        const auto& d = m_p.dynamics;
        if (d.overSamples == 0 || !d.peakDbfs)
            return;
        add("over_full_scale", Severity::Low,
            {C::IssueOverFullScale, {A::number(static_cast<double>(d.overSamples), 0), A::signedNumber(*d.peakDbfs, 1)}},
            {Evidence::of("over_full_scale_samples", static_cast<double>(d.overSamples), "", C::CmpAboveZeroFloat),
             Evidence::of("peak_dbfs", *d.peakDbfs, "dBFS", above(0.0, 0, "dBFS"))});
    }

    void truePeak()
    {
        const auto& tp = m_p.loudness.truePeakDbtp;
        if (!tp)
            return;
        if (*tp > kTruePeakOverDbtp) {
            add("true_peak_over", *tp > kTruePeakHighDbtp ? Severity::High : Severity::Medium,
                {C::IssueTruePeakOver, {A::signedNumber(*tp, 2)}},
                {Evidence::of("true_peak_dbtp", *tp, "dBTP", above(kTruePeakOverDbtp, 1, "dBTP"))});
        } else if (*tp > kNoHeadroomDbtp && m_p.type != "mix") {
            add("no_headroom", Severity::Low, {C::IssueNoHeadroom, {A::number(*tp, 2)}},
                {Evidence::of("true_peak_dbtp", *tp, "dBTP", above(kNoHeadroomDbtp, 1, "dBTP"))});
        }
    }

    void dcOffset()
    {
        const double dc = std::abs(m_p.dynamics.dcOffset);
        if (dc < kDcLow)
            return;
        const Severity s = dc >= kDcHigh ? Severity::High : dc >= kDcMedium ? Severity::Medium : Severity::Low;
        add("dc_offset", s, {C::IssueDcOffset, {A::number(dc, 4), A::number(20.0 * std::log10(dc), 1)}},
            {Evidence::of("dc_offset", m_p.dynamics.dcOffset, "FS", {C::CmpMagnitudeAtLeast, {A::number(kDcLow, 3)}})});
    }

    void level()
    {
        const auto& lufs = m_p.loudness.integratedLufs;
        if (!lufs)
            return;
        if (*lufs > m_norms.hotLufs) {
            add("too_hot", Severity::Medium,
                {C::IssueTooHot,
                 {A::number(*lufs, 1), A::termOf(TermKind::TrackType, m_p.type), A::number(m_norms.hotLufs, 0)}},
                {Evidence::of("integrated_lufs", *lufs, "LUFS", above(m_norms.hotLufs, 0, "LUFS"))});
        } else if (*lufs < m_norms.quietLufs && !m_p.file.isFloat) {
            // A quiet float stem has no noise floor to escape: its level is a fader's business.
            add("too_quiet", *lufs < m_norms.quietLufs - 10.0 ? Severity::Medium : Severity::Low,
                {C::IssueTooQuiet, {A::number(*lufs, 1)}},
                {Evidence::of("integrated_lufs", *lufs, "LUFS", below(m_norms.quietLufs, 0, "LUFS"))});
        }
    }

    // The issue's text takes the share and the limit, both in percent.
    void bandExcess(Band band, double limit, const char* code, TextCode message)
    {
        const auto index = static_cast<std::size_t>(band);
        const double s = m_p.spectrum.bands[index].share;
        if (s <= limit)
            return;
        const double excess = s - limit;
        const Severity sev = excess > 0.2 ? Severity::High : excess > 0.1 ? Severity::Medium : Severity::Low;
        const BandEdges& e = kBands[index];
        add(code, sev, {message, {A::number(100.0 * s, 0), A::number(100.0 * limit, 0)}},
            {Evidence::of(std::string(e.key) + "_share", s, "", above(limit, 2))});
    }

    void spectralBalance()
    {
        // A kick or a bass whose low end peaks in the sub band (a kick tuned to 45 Hz, a bass
        // line down to E1) has its body or its notes there, not rumble: rumble lies below them,
        // which the high-pass suggestion measures against the lowest note or the type's floor.
        // A body is a peak (at least kMinBodyProminenceDb over its surround, from 30 Hz up);
        // rumble is a plateau that runs down to the bottom of the spectrum.
        const double subTopHz = kBands[static_cast<std::size_t>(Band::SubBass)].highHz;
        bool bodyInSub = false;
        if (m_p.type == "kick" || m_p.type == "bass")
            if (const auto hz = loudestRegionHz(m_p, 20.0, 150.0, 1.0 / 3.0); hz && *hz >= kMinBodyHz && *hz < subTopHz)
                bodyInSub = prominenceAt(m_p, *hz).value_or(0.0) >= kMinBodyProminenceDb;
        // A line whose lowest notes lie under 60 Hz (a synth bass down to A1, 55 Hz) has their
        // fundamentals there, spread over its notes rather than one peak: the notes, not rumble.
        const bool notesInSub = m_p.tonal.f0MinHz && *m_p.tonal.f0MinHz < subTopHz
                                && m_p.tonal.voicedFraction >= kMinVoicedForNotes;
        if (!bodyInSub && !notesInSub)
            bandExcess(Band::SubBass, m_norms.maxSubBassShare, "excess_sub", C::IssueExcessSub);
        // Pitched content living in the low-mids is the part, and a drum's body is the drum.
        if (!isPitched(m_p) && !isDrumType(m_p.type))
            bandExcess(Band::LowMids, m_norms.maxLowMidsShare, "mud", C::IssueMud);
        bandExcess(Band::UpperMids, m_norms.maxUpperMidsShare, "harshness", C::IssueHarshness);
    }

    void sibilance()
    {
        const auto& sib = m_p.spectrum.sibilance;
        const bool voice = m_norms.sibilanceMatters
                           || (m_p.type == "other" && m_p.tonal.voicedFraction >= 0.4);
        if (!voice || sib.fraction < kSibilantFractionLow || !sib.peakHz)
            return;
        add("sibilance", sib.fraction >= kSibilantFractionMedium ? Severity::Medium : Severity::Low,
            {C::IssueSibilance, {A::number(100.0 * sib.fraction, 0), A::number(*sib.peakHz, 0)}},
            {Evidence::of("sibilant_fraction", sib.fraction, "", atLeast(kSibilantFractionLow, 2)),
             Evidence::of("sibilance_peak_hz", *sib.peakHz, "Hz", {C::CmpRangeHz, {A::number(4500.0, 0), A::number(10000.0, 0)}})});
    }

    // Polarity only on strong evidence (judgeStereo); wide, decorrelated material gets a
    // low note about mono, not an alarm.
    void phase()
    {
        const auto& st = m_p.stereo;
        const StereoVerdict verdict = judgeStereo(st);
        if (verdict == StereoVerdict::NotStereo)
            return;
        const double monoLoss = st.monoLossDb.value_or(0.0);
        const BandCorrelation* low = worstLowBand(st);
        if (verdict == StereoVerdict::Inverted) {
            std::vector<Evidence> evidence{
                Evidence::of("correlation", *st.correlation, "",
                             {C::CmpInvertedRule, {A::number(kInvertedCorrelation, 1), A::number(kInvertedMonoLossDb, 0, "dB"),
                                                   A::number(kInvertedCorrelation, 1)}}),
                Evidence::of("mono_loss_db", monoLoss, "dB", {})};
            Text where;
            if (low != nullptr) {
                evidence.push_back(Evidence::of("low_band_correlation", *low->correlation, "",
                                                {C::CmpAtMostBetween, {A::number(kInvertedCorrelation, 1),
                                                                       A::number(low->lowHz, 0), A::number(low->highHz, 0)}}));
                evidence.push_back(Evidence::of("low_band_from_hz", low->lowHz, "Hz", {}));
                evidence.push_back(Evidence::of("low_band_to_hz", low->highHz, "Hz", {}));
                where = {C::IssueInvertedLowBand,
                         {A::number(*low->correlation, 2), A::number(low->lowHz, 0), A::number(low->highHz, 0)}};
            }
            add("phase_correlation", Severity::High,
                {C::IssuePhaseCorrelation, {A::number(*st.correlation, 2), A::nested(std::move(where)), A::number(monoLoss, 1)}},
                std::move(evidence));
            return;  // the low-end check below would say the same again
        }
        if (verdict == StereoVerdict::Wide && (*st.correlation < 0.0 || monoLoss > kMonoLossNoteDb)) {
            add("mono_compatibility", monoLoss > kMonoLossMediumDb ? Severity::Medium : Severity::Low,
                {C::IssueWideDecorrelated, {A::number(*st.correlation, 2), A::number(monoLoss, 1)}},
                {Evidence::of("correlation", *st.correlation, "",
                              {C::CmpNotInvertedWide, {A::number(kInvertedCorrelation, 1), A::number(kWideCorrelation, 1)}}),
                 Evidence::of("mono_loss_db", monoLoss, "dB",
                              {C::CmpMonoLossOrNegative, {A::number(kMonoLossNoteDb, 1, "dB")}})});
        } else if (monoLoss > kMonoLossMediumDb) {
            add("mono_compatibility", Severity::Medium, {C::IssueMonoCompatibility, {A::number(monoLoss, 1)}},
                {Evidence::of("mono_loss_db", monoLoss, "dB", above(kMonoLossMediumDb, 0, "dB"))});
        }
        const bool lowMatters = m_p.spectrum.bands[0].share + m_p.spectrum.bands[1].share > 0.1;
        for (const auto& band : st.lowBandCorrelation) {
            if (lowMatters && band.correlation && *band.correlation < kLowBandCorrelationMin) {
                add("low_end_phase", *band.correlation < 0.0 ? Severity::Medium : Severity::Low,
                    {C::IssueLowEndPhase,
                     {A::number(*band.correlation, 2), A::number(band.lowHz, 0), A::number(band.highHz, 0)}},
                    {Evidence::of("low_band_correlation", *band.correlation, "", below(kLowBandCorrelationMin, 1))});
                break;
            }
        }
    }

    void resonances()
    {
        int reported = 0;
        // A kick's or a bass's low peak is its fundamental, not a fault.
        const bool fundamentalsLow = m_p.type == "kick" || m_p.type == "bass";
        const bool drum = isDrumType(m_p.type);
        const Resonance* body = drumBodyResonance(m_p);
        for (const auto& r : m_p.spectrum.resonances) {
            if (reported == 3)
                break;
            if (fundamentalsLow && r.frequencyHz < 150.0)
                continue;
            // A drum's narrow peaks are its tuning and shell modes, unless one rings far above the rest.
            if (drum && r.q > 6.0 && r.gainDb < 15.0)
                continue;
            // A drum's tuned body is the drum (see drumBodyResonance()).
            if (&r == body)
                continue;
            ++reported;
            add("resonance", r.gainDb >= kResonanceMediumDb ? Severity::Medium : Severity::Low,
                {C::IssueResonance, {A::number(r.frequencyHz, 0), A::number(r.gainDb, 1), A::number(r.q, 1)}},
                {Evidence::of("resonance_hz", r.frequencyHz, "Hz", {}),
                 Evidence::of("resonance_gain_db", r.gainDb, "dB", atLeast(6.0, 0, "dB")),
                 Evidence::of("resonance_q", r.q, "", atLeast(2.0, 0))});
        }
    }

    void silenceAtEnds()
    {
        const auto& d = m_p.dynamics;
        if (d.leadingSilenceS && *d.leadingSilenceS > kLeadingSilenceS && m_p.type == "mix")
            add("leading_silence", Severity::Low, {C::IssueLeadingSilence, {A::number(*d.leadingSilenceS, 1)}},
                {Evidence::of("leading_silence_s", *d.leadingSilenceS, "s", above(kLeadingSilenceS, 0, "s"))});
        if (d.trailingSilenceS && *d.trailingSilenceS > kTrailingSilenceS)
            add("trailing_silence", Severity::Low, {C::IssueTrailingSilence, {A::number(*d.trailingSilenceS, 1)}},
                {Evidence::of("trailing_silence_s", *d.trailingSilenceS, "s", above(kTrailingSilenceS, 0, "s"))});
    }

    void compression()
    {
        const auto& crest = m_p.dynamics.crestDb;
        if (!crest || *crest >= m_norms.minCrestDb)
            return;
        // Peaks no higher than the waveform's own (its 100 ms slices' median crest) are a
        // steady tone's, which no compressor made: a sine sub or an organ reads 3-5 dB. A
        // drum has its hits to lose, so a drum's low crest still counts.
        const auto& waveform = m_p.dynamics.shortTermCrestDb;
        if (!isDrumType(m_p.type) && waveform && *crest - *waveform < kCrestAboveWaveformDb)
            return;
        add("over_compressed", Severity::Low, {C::IssueOverCompressed, {A::number(*crest, 1), A::number(m_norms.minCrestDb, 0)}},
            {Evidence::of("crest_db", *crest, "dB", below(m_norms.minCrestDb, 0, "dB"))});
    }

    const TrackProfile& m_p;
    const TypeNorms& m_norms;
    std::vector<TrackIssue> m_issues;
};

}  // namespace

std::vector<TrackIssue> detectIssues(const TrackProfile& profile)
{
    return Detector(profile).run();
}

}  // namespace stemwise::core
