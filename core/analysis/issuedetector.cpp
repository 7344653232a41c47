#include "analysis/issuedetector.h"

#include "analysis/stereoanalyzer.h"
#include "analysis/tracktype.h"
#include "analysis/typenorms.h"
#include "util/strprintf.h"

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
constexpr double kSibilantFractionLow = 0.04;
constexpr double kSibilantFractionMedium = 0.08;

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
    void add(const char* code, Severity severity, std::string message, std::vector<Evidence> evidence)
    {
        m_issues.push_back({code, severity, std::move(message), std::move(evidence)});
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
            add("truncated", Severity::High,
                strprintf("The file is cut short: its header promises %.2f s more audio than it holds. Re-export it.", missingS),
                {{"missing_s", missingS, "s", "> 0 s"}});
        } else if (m_p.truncated) {
            add("truncated", Severity::High,
                "The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial "
                "download or an interrupted export). What is there was analysed. Re-export it.",
                {});
        }
        if (m_p.dynamics.nonFiniteSamples > 0) {
            add("non_finite_samples", Severity::High,
                strprintf("%.0f samples are not numbers (NaN or infinity); they were analysed as silence. A plug-in "
                    "in the export chain misbehaved.",
                    static_cast<double>(m_p.dynamics.nonFiniteSamples)),
                {{"non_finite_samples", static_cast<double>(m_p.dynamics.nonFiniteSamples), "", "> 0"}});
        }
    }

    bool silence()
    {
        const auto& peak = m_p.dynamics.peakDbfs;
        if (!peak) {
            add("silent", Severity::High, "The track is digital silence: every sample is zero.",
                {{"peak_dbfs", -1000.0, "dBFS", "no sample above 0"}});
            return true;
        }
        if (*peak < kNearSilentDbfs) {
            add("near_silent", Severity::Medium,
                strprintf("The track is nearly silent: its loudest sample is %.1f dBFS. Was the wrong track bounced?", *peak),
                {{"peak_dbfs", *peak, "dBFS", strprintf("< %.0f dBFS", kNearSilentDbfs)}});
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
        add("clipping", s,
            strprintf("The track clips: %.0f samples in %.0f places sit at or beyond full scale. Lower the level "
                 "before the export (or the clipping plug-in) and bounce again.",
                 static_cast<double>(d.clippedSamples), static_cast<double>(d.clippedRuns)),
            {{"clipped_samples", static_cast<double>(d.clippedSamples), "", "> 0"},
             {"clipped_runs", static_cast<double>(d.clippedRuns), "", "> 0"}});
    }

    // A float file holds samples beyond full scale intact: not clipping, but they clip in any
    // fixed-point conversion (or a converter) unless the stem is trimmed first.
    void overs()
    {
        const auto& d = m_p.dynamics;
        if (d.overSamples == 0 || !d.peakDbfs)
            return;
        add("over_full_scale", Severity::Low,
            strprintf("%.0f samples reach beyond full scale (up to %+.1f dBFS). The float file keeps them intact, so "
                      "nothing is clipped; trim the stem before any fixed-point export.",
                      static_cast<double>(d.overSamples), *d.peakDbfs),
            {{"over_full_scale_samples", static_cast<double>(d.overSamples), "", "> 0 (float file)"},
             {"peak_dbfs", *d.peakDbfs, "dBFS", "> 0 dBFS"}});
    }

    void truePeak()
    {
        const auto& tp = m_p.loudness.truePeakDbtp;
        if (!tp)
            return;
        if (*tp > kTruePeakOverDbtp) {
            add("true_peak_over", *tp > kTruePeakHighDbtp ? Severity::High : Severity::Medium,
                strprintf("Inter-sample peaks reach %+.2f dBTP: the waveform between samples goes over full scale and "
                    "will clip in D/A converters and lossy encoders.",
                    *tp),
                {{"true_peak_dbtp", *tp, "dBTP", strprintf("> %.1f dBTP", kTruePeakOverDbtp)}});
        } else if (*tp > kNoHeadroomDbtp && m_p.type != "mix") {
            add("no_headroom", Severity::Low,
                strprintf("The stem peaks at %.2f dBTP, leaving no headroom for the mix bus.", *tp),
                {{"true_peak_dbtp", *tp, "dBTP", strprintf("> %.1f dBTP", kNoHeadroomDbtp)}});
        }
    }

    void dcOffset()
    {
        const double dc = std::abs(m_p.dynamics.dcOffset);
        if (dc < kDcLow)
            return;
        const Severity s = dc >= kDcHigh ? Severity::High : dc >= kDcMedium ? Severity::Medium : Severity::Low;
        add("dc_offset", s,
            strprintf("DC offset of %.4f of full scale (%.1f dBFS): remove it with a high-pass filter at a few Hz.", dc,
                 20.0 * std::log10(dc)),
            {{"dc_offset", m_p.dynamics.dcOffset, "FS", strprintf("|x| >= %.3f", kDcLow)}});
    }

    void level()
    {
        const auto& lufs = m_p.loudness.integratedLufs;
        if (!lufs)
            return;
        if (*lufs > m_norms.hotLufs) {
            add("too_hot", Severity::Medium,
                strprintf("At %.1f LUFS integrated the track is hotter than ", *lufs) + m_p.type
                    + strprintf(" tracks usually sit (above %.0f LUFS): turn it down before the mix bus.", m_norms.hotLufs),
                {{"integrated_lufs", *lufs, "LUFS", strprintf("> %.0f LUFS", m_norms.hotLufs)}});
        } else if (*lufs < m_norms.quietLufs && !m_p.file.isFloat) {
            // A quiet float stem has no noise floor to escape: its level is a fader's business.
            add("too_quiet", *lufs < m_norms.quietLufs - 10.0 ? Severity::Medium : Severity::Low,
                strprintf("At %.1f LUFS integrated the track is very quiet: raise it at the source to keep it above the "
                    "noise floor.",
                    *lufs),
                {{"integrated_lufs", *lufs, "LUFS", strprintf("< %.0f LUFS", m_norms.quietLufs)}});
        }
    }

    template <typename Message>
    void bandExcess(Band band, double limit, const char* code, Message message)
    {
        const auto index = static_cast<std::size_t>(band);
        const double s = m_p.spectrum.bands[index].share;
        if (s <= limit)
            return;
        const double excess = s - limit;
        const Severity sev = excess > 0.2 ? Severity::High : excess > 0.1 ? Severity::Medium : Severity::Low;
        const BandEdges& e = kBands[index];
        add(code, sev, message(100.0 * s, 100.0 * limit),
            {{std::string(e.key) + "_share", s, "", strprintf("> %.2f", limit)}});
    }

    void spectralBalance()
    {
        bandExcess(Band::SubBass, m_norms.maxSubBassShare, "excess_sub", [](double pct, double limitPct) {
            return strprintf("%.0f %% of the energy lies below 60 Hz (typical: under %.0f %%): rumble or unneeded "
                             "sub that eats headroom; consider a high-pass filter.",
                             pct, limitPct);
        });
        // Pitched content living in the low-mids is the part, and a drum's body is the drum.
        if (!isPitched(m_p) && !isDrumType(m_p.type))
            bandExcess(Band::LowMids, m_norms.maxLowMidsShare, "mud", [](double pct, double limitPct) {
            return strprintf("Low-mid build-up: %.0f %% of the energy lies in 250–500 Hz (typical: under %.0f %%), "
                             "which sounds muddy and masks other tracks.",
                             pct, limitPct);
        });
        bandExcess(Band::UpperMids, m_norms.maxUpperMidsShare, "harshness", [](double pct, double limitPct) {
            return strprintf("%.0f %% of the energy lies in 2–4 kHz (typical: under %.0f %%): likely harsh or "
                             "fatiguing.",
                             pct, limitPct);
        });
    }

    void sibilance()
    {
        const auto& sib = m_p.spectrum.sibilance;
        const bool voice = m_norms.sibilanceMatters
                           || (m_p.type == "other" && m_p.tonal.voicedFraction >= 0.4);
        if (!voice || sib.fraction < kSibilantFractionLow || !sib.peakHz)
            return;
        add("sibilance", sib.fraction >= kSibilantFractionMedium ? Severity::Medium : Severity::Low,
            strprintf("Sibilance: %.0f %% of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %.0f Hz.",
                 100.0 * sib.fraction, *sib.peakHz),
            {{"sibilant_fraction", sib.fraction, "", strprintf(">= %.2f", kSibilantFractionLow)},
             {"sibilance_peak_hz", *sib.peakHz, "Hz", "4500–10000 Hz"}});
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
            std::vector<Evidence> evidence{{"correlation", *st.correlation, "", ""},
                                           {"mono_loss_db", monoLoss, "dB", ""}};
            std::string where;
            if (low != nullptr) {
                evidence.push_back({"low_band_correlation", *low->correlation, "",
                                    strprintf("<= %.1f between %.0f and %.0f Hz", kInvertedCorrelation, low->lowHz, low->highHz)});
                evidence.push_back({"low_band_from_hz", low->lowHz, "Hz", ""});
                evidence.push_back({"low_band_to_hz", low->highHz, "Hz", ""});
                where = strprintf(", %.2f between %.0f and %.0f Hz", *low->correlation, low->lowHz, low->highHz);
            }
            evidence[0].comparison = strprintf("<= %.1f with a mono loss >= %.0f dB, or a low band <= %.1f",
                                               kInvertedCorrelation, kInvertedMonoLossDb, kInvertedCorrelation);
            add("phase_correlation", Severity::High,
                strprintf("One channel looks polarity-inverted (correlation %.2f%s): the track thins out or vanishes "
                          "in mono (it loses %.1f dB). Check the polarity of one channel, or the stereo widener.",
                          *st.correlation, where.c_str(), monoLoss),
                std::move(evidence));
            return;  // the low-end check below would say the same again
        }
        if (verdict == StereoVerdict::Wide && (*st.correlation < 0.0 || monoLoss > kMonoLossNoteDb)) {
            add("mono_compatibility", monoLoss > kMonoLossMediumDb ? Severity::Medium : Severity::Low,
                strprintf("Wide and decorrelated (correlation %.2f), not inverted: summed to mono it loses %.1f dB. "
                          "Check it in mono.",
                          *st.correlation, monoLoss),
                {{"correlation", *st.correlation, "", strprintf("> %.1f (not inverted), < %.1f (wide)", kInvertedCorrelation,
                                                                 kWideCorrelation)},
                 {"mono_loss_db", monoLoss, "dB", strprintf("> %.1f dB or correlation < 0", kMonoLossNoteDb)}});
        } else if (monoLoss > kMonoLossMediumDb) {
            add("mono_compatibility", Severity::Medium,
                strprintf("Summed to mono the track loses %.1f dB: parts of it cancel.", monoLoss),
                {{"mono_loss_db", monoLoss, "dB", strprintf("> %.0f dB", kMonoLossMediumDb)}});
        }
        const bool lowMatters = m_p.spectrum.bands[0].share + m_p.spectrum.bands[1].share > 0.1;
        for (const auto& band : st.lowBandCorrelation) {
            if (lowMatters && band.correlation && *band.correlation < kLowBandCorrelationMin) {
                add("low_end_phase", *band.correlation < 0.0 ? Severity::Medium : Severity::Low,
                    strprintf("The low end is not mono-compatible: correlation %.2f between %.0f Hz", *band.correlation,
                         band.lowHz)
                        + strprintf(" and %.0f Hz. Keep the sub and bass region (close to) mono.", band.highHz),
                    {{"low_band_correlation", *band.correlation, "", strprintf("< %.1f", kLowBandCorrelationMin)}});
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
        for (const auto& r : m_p.spectrum.resonances) {
            if (reported == 3)
                break;
            if (fundamentalsLow && r.frequencyHz < 150.0)
                continue;
            // A drum's narrow peaks are its tuning and shell modes, unless one rings far above the rest.
            if (drum && r.q > 6.0 && r.gainDb < 15.0)
                continue;
            ++reported;
            add("resonance", r.gainDb >= kResonanceMediumDb ? Severity::Medium : Severity::Low,
                strprintf("A narrow resonance at %.0f Hz stands %.1f dB above the spectrum around it", r.frequencyHz,
                     r.gainDb)
                    + strprintf(" (Q %.1f).", r.q),
                {{"resonance_hz", r.frequencyHz, "Hz", ""},
                 {"resonance_gain_db", r.gainDb, "dB", strprintf(">= %.0f dB", 6.0)},
                 {"resonance_q", r.q, "", ">= 2"}});
        }
    }

    void silenceAtEnds()
    {
        const auto& d = m_p.dynamics;
        if (d.leadingSilenceS && *d.leadingSilenceS > kLeadingSilenceS && m_p.type == "mix")
            add("leading_silence", Severity::Low, strprintf("%.1f s of silence before the music starts.", *d.leadingSilenceS),
                {{"leading_silence_s", *d.leadingSilenceS, "s", strprintf("> %.0f s", kLeadingSilenceS)}});
        if (d.trailingSilenceS && *d.trailingSilenceS > kTrailingSilenceS)
            add("trailing_silence", Severity::Low,
                strprintf("%.1f s of silence at the end: the export runs longer than the audio.", *d.trailingSilenceS),
                {{"trailing_silence_s", *d.trailingSilenceS, "s", strprintf("> %.0f s", kTrailingSilenceS)}});
    }

    void compression()
    {
        const auto& crest = m_p.dynamics.crestDb;
        if (crest && *crest < m_norms.minCrestDb)
            add("over_compressed", Severity::Low,
                strprintf("A crest factor of %.1f dB (typical: at least %.0f dB) leaves little punch: the track may be "
                     "over-compressed or limited.",
                     *crest, m_norms.minCrestDb),
                {{"crest_db", *crest, "dB", strprintf("< %.0f dB", m_norms.minCrestDb)}});
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
