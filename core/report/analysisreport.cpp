// The report's envelope; each track is written by profilejson.cpp, the one serialiser of a
// TrackProfile, so the report, the store and the export cannot drift apart.
#include "report/analysisreport.h"

#include "json/profilejson.h"

#include <nlohmann/json.hpp>

namespace stemwise::core {

namespace {
using Json = nlohmann::ordered_json;
}  // namespace

std::string analysisReportJson(const AnalysisReportInput& input, const ReportOptions& options)
{
    Json tracks = Json::array();
    ProfileJsonOptions profileOptions;
    profileOptions.includeSeries = options.includeSeries;
    for (const auto& profile : input.tracks)
        tracks.push_back(profileToJson(profile, profileOptions));
    Json errors = Json::array();
    for (const auto& e : input.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});

    const Json doc{
        {"schema", "stemwise.analysis/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"tracks", std::move(tracks)},
        {"errors", std::move(errors)},
    };
    // Replace invalid UTF-8 in file names rather than throwing: a name is never a reason to fail.
    return doc.dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace stemwise::core
