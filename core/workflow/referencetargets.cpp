// The user's references as targets of a suggestion round (see referencetargets.h).
#include "workflow/referencetargets.h"

#include "compare/targetcurve.h"
#include "store/referencerepository.h"

namespace stemwise::core {

std::optional<StyleTargets> styleTargetsOf(const ReferenceStyle& style, const std::string& genre)
{
    StyleTargets out;
    out.genre = genre;
    for (const auto& [key, range] : style.track.ranges)
        if (range.count >= kStyleMinReferences)
            out.features.emplace(key, StyleTarget{range.count, range.p10, range.median, range.p90});
    if (out.features.empty())
        return std::nullopt;
    return out;
}

std::optional<StyleTargets> referenceStyleTargets(Database& db, const std::string& genre)
{
    const std::string g = normalisedGenre(genre);
    if (g.empty())
        return std::nullopt;
    const std::vector<ReferenceTrack> references = ReferenceRepository(db).list(std::nullopt, g);
    std::vector<StyleExample> examples;
    for (const ReferenceTrack& r : references)
        if (!whyNotAReference(r.profile) && styleWeightOfRating(r.rating) > 0.0)
            examples.push_back({&r.profile, nullptr, styleWeightOfRating(r.rating)});
    if (examples.size() < static_cast<std::size_t>(kStyleMinReferences))
        return std::nullopt;
    return styleTargetsOf(learnReferenceStyle(examples), g);
}

}  // namespace stemwise::core
