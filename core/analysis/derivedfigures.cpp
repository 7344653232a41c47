#include "analysis/derivedfigures.h"

namespace stemwise::core {

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
    if (typeOverride) {
        profile.type = *typeOverride;
        profile.typeSource = "user";
    }
}

}  // namespace stemwise::core
