#include "analysis/derivedfigures.h"

#include "analysis/issuedetector.h"
#include "analysis/qualityscore.h"
#include "analysis/tracktype.h"
#include "util/textcatalogue.h"

namespace stemwise::core {

namespace {

using A = TextArg;
using C = TextCode;

constexpr double kTypeMismatchConfidence = 0.7;

PatternTag tag(const char* id, Text evidence)
{
    std::string words = english(evidence);
    return {id, std::move(words), std::move(evidence)};
}

// Pattern tags, each decided by one or two figures, which the tag carries as its evidence.
std::vector<PatternTag> findPatterns(const TrackProfile& p)
{
    std::vector<PatternTag> tags;
    if (!p.dynamics.peakDbfs || *p.dynamics.peakDbfs < -60.0) {
        tags.push_back(tag("silent", p.dynamics.peakDbfs
                                         ? Text{C::PatternSilentPeak, {A::number(*p.dynamics.peakDbfs, 1), A::number(-60.0, 0)}}
                                         : Text{C::PatternSilentZero}));
        return tags;
    }
    const auto& r = p.rhythm;
    // The rhythm analyzer reports a tempo only where a pulse stands out; a steady one on
    // drums reads about 0.4 or more, so 0.3 marks the track as rhythmic.
    if (r.tempoBpm && r.tempoConfidence && *r.tempoConfidence >= 0.3)
        tags.push_back(tag("rhythmic", {C::PatternRhythmic,
                                        {A::number(*r.tempoBpm, 1), A::number(*r.tempoConfidence, 2), A::number(0.3, 2)}}));
    const double crest = p.dynamics.crestDb.value_or(0.0);
    if (isPercussive(p))
        tags.push_back(tag("percussive", {C::PatternPercussive,
                                          {A::number(r.transientDensity, 1), A::number(1.0, 1), A::number(crest, 1),
                                           A::number(10.0, 0)}}));
    else if (r.transientDensity < 0.5)
        tags.push_back(tag("sustained", {C::PatternSustained, {A::number(r.transientDensity, 2), A::number(0.5, 1)}}));
    const auto& t = p.tonal;
    if (t.voicedFraction >= 0.5)
        tags.push_back(tag("tonal", {C::PatternTonalPitch, {A::number(100.0 * t.voicedFraction, 0), A::number(50.0, 0)}}));
    else if (t.tonalness && *t.tonalness >= 0.5)
        tags.push_back(tag("tonal", {C::PatternTonalness, {A::number(*t.tonalness, 2), A::number(0.5, 2)}}));
    return tags;
}

}  // namespace

Evidence Evidence::of(std::string measure, double value, std::string unit, Text comparison)
{
    std::string words = english(comparison);
    return {std::move(measure), value, std::move(unit), std::move(words), std::move(comparison)};
}

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

    decideTrackType(profile, typeOverride);
    profile.patterns = findPatterns(profile);
    profile.issues = detectIssues(profile);
    scoreTrack(profile);
    // A name the audio clearly contradicts: a note for the user, not a fault of the sound, so
    // it is added after the score. 0.7: the audio's best family leads every other by 70 % of
    // the scale (a kick, a bass, hats), well past the 0.5 at which it decides a type itself.
    if (const auto guess = audioContradictsName(profile, kTypeMismatchConfidence)) {
        Text text{C::IssueTypeMismatch, {A::termOf(TermKind::TrackType, profile.type), A::termOf(TermKind::TrackType, guess->type),
                                         A::number(100.0 * guess->confidence, 0)}};
        std::string words = english(text);
        profile.issues.push_back({"type_mismatch", Severity::Low, std::move(words),
                                  {Evidence::of("type_confidence", guess->confidence, "",
                                                {C::CmpAtLeast, {A::number(kTypeMismatchConfidence, 2)}})},
                                  std::move(text)});
    }
}

}  // namespace stemwise::core
