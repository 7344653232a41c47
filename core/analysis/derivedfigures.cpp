#include "analysis/derivedfigures.h"

#include "analysis/issuedetector.h"
#include "analysis/qualityscore.h"
#include "analysis/tracktype.h"
#include "util/strprintf.h"


namespace stemwise::core {

namespace {

// Pattern tags, each decided by one or two figures, which the tag carries as its evidence.
std::vector<PatternTag> findPatterns(const TrackProfile& p)
{
    std::vector<PatternTag> tags;
    if (!p.dynamics.peakDbfs || *p.dynamics.peakDbfs < -60.0) {
        tags.push_back({"silent", p.dynamics.peakDbfs ? strprintf("peak %.1f dBFS (below -60 dBFS)", *p.dynamics.peakDbfs)
                                                      : std::string("every sample is zero")});
        return tags;
    }
    const auto& r = p.rhythm;
    // The rhythm analyzer reports a tempo only where a pulse stands out; a steady one on
    // drums reads about 0.4 or more, so 0.3 marks the track as rhythmic.
    if (r.tempoBpm && r.tempoConfidence && *r.tempoConfidence >= 0.3)
        tags.push_back({"rhythmic", strprintf("tempo %.1f BPM, confidence %.2f (>= 0.30)", *r.tempoBpm, *r.tempoConfidence)});
    const double crest = p.dynamics.crestDb.value_or(0.0);
    if (isPercussive(p))
        tags.push_back({"percussive", strprintf("%.1f strong transients/s (>= 1.0), crest factor %.1f dB (>= 10)",
                                               r.transientDensity, crest)});
    else if (r.transientDensity < 0.5)
        tags.push_back({"sustained", strprintf("%.2f strong transients/s (< 0.5)", r.transientDensity)});
    const auto& t = p.tonal;
    if (t.voicedFraction >= 0.5)
        tags.push_back({"tonal", strprintf("clear pitch in %.0f %% of the frames (>= 50 %%)", 100.0 * t.voicedFraction)});
    else if (t.tonalness && *t.tonalness >= 0.5)
        tags.push_back({"tonal", strprintf("tonalness %.2f (>= 0.50)", *t.tonalness)});
    return tags;
}

}  // namespace

const char* severityName(Severity s)
{
    switch (s) {
    case Severity::Low: return "low";
    case Severity::Medium: return "medium";
    case Severity::High: return "high";
    }
    return "low";
}

void deriveFigures(TrackProfile& profile, const std::optional<std::string>& typeOverride)
{
    if (profile.loudness.truePeakDbtp && profile.loudness.integratedLufs)
        profile.dynamics.plrDb = *profile.loudness.truePeakDbtp - *profile.loudness.integratedLufs;
    if (profile.loudness.truePeakDbtp && profile.loudness.shortTermMaxLufs)
        profile.dynamics.psrDb = *profile.loudness.truePeakDbtp - *profile.loudness.shortTermMaxLufs;

    if (typeOverride && isTrackType(*typeOverride)) {
        profile.type = *typeOverride;
        profile.typeSource = "user";
    } else if (auto fromName = trackTypeFromName(profile.name)) {
        profile.type = *fromName;
        profile.typeSource = "name";
    } else {
        profile.type = trackTypeFromMeasurements(profile);
        profile.typeSource = "measurements";
    }
    profile.patterns = findPatterns(profile);
    profile.issues = detectIssues(profile);
    scoreTrack(profile);
}

}  // namespace stemwise::core
