#pragma once
// The JSON document `stemwise analyze` prints: "schema": "stemwise.analysis/1".
// Its JSON Schema is resources/schemas/stemwise.analysis-1.schema.json. Units are in the
// key names; figures undefined for the material are null, never a made-up number.

#include "analysis/trackprofile.h"
#include "audio/audiofiles.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct AnalysisReportInput {
    std::vector<TrackProfile> tracks;
    std::vector<PathError> errors;
};

struct ReportOptions {
    int indent = 2;            ///< < 0: one line
    bool includeSeries = true; ///< the long-term spectrum, loudness curve and onset times
};

[[nodiscard]] std::string analysisReportJson(const AnalysisReportInput& input, const ReportOptions& options = {});

}  // namespace stemwise::core
