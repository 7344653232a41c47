#include "analysis/qualityscore.h"

#include "analysis/typenorms.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <string>

namespace stemwise::core {

namespace {

constexpr double kStart = 90.0;

double deduction(Severity s)
{
    switch (s) {
    case Severity::High: return -20.0;
    case Severity::Medium: return -10.0;
    case Severity::Low: return -5.0;
    }
    return 0.0;
}

ScoreItem item(Text text, double points)
{
    std::string reason = english(text);
    return {std::move(reason), points, std::move(text)};
}

}  // namespace

void scoreTrack(TrackProfile& p)
{
    p.scoreBreakdown.clear();
    p.scoreBreakdown.push_back(item(TextCode::ScoreStart, kStart));
    for (const TrackIssue& issue : p.issues)
        p.scoreBreakdown.push_back(item({TextCode::ScoreIssue,
                                         {TextArg::termOf(TermKind::Severity, severityName(issue.severity)),
                                          TextArg::termOf(TermKind::Issue, issue.code)}},
                                        deduction(issue.severity)));

    const bool mix = p.type == "mix";
    const auto& tp = p.loudness.truePeakDbtp;
    const bool silent = !p.dynamics.peakDbfs;
    if (!silent) {
        const bool healthyDynamics =
            mix ? (p.dynamics.plrDb && *p.dynamics.plrDb >= 8.0 && *p.dynamics.plrDb <= 14.0)
                : (p.dynamics.crestDb && *p.dynamics.crestDb >= typeNorms(p.type).minCrestDb + 4.0);
        if (healthyDynamics)
            p.scoreBreakdown.push_back(item(mix ? TextCode::ScoreHealthyPlr : TextCode::ScoreHealthyCrest, 5.0));
        const bool healthyHeadroom = tp && (mix ? (*tp >= -1.5 && *tp <= -0.5) : (*tp >= -6.0 && *tp <= -1.0));
        if (healthyHeadroom)
            p.scoreBreakdown.push_back(
                item(mix ? TextCode::ScoreHealthyHeadroomMix : TextCode::ScoreHealthyHeadroomStem, 5.0));
    }
    double score = 0.0;
    for (const ScoreItem& item : p.scoreBreakdown)
        score += item.points;
    p.qualityScore = std::clamp(score, 0.0, 100.0);
}

}  // namespace stemwise::core
