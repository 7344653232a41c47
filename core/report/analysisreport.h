#pragma once
// The JSON document `stemwise analyze` prints: "schema": "stemwise.analysis/1".
// Its JSON Schema is resources/schemas/stemwise.analysis-1.schema.json.

#include "audio/audiofileinfo.h"
#include "audio/audiofiles.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct AnalysisReportInput {
    std::vector<AudioFileInfo> tracks;
    std::vector<PathError> errors;
};

/// Serialises the report; `indent` < 0 gives one line.
[[nodiscard]] std::string analysisReportJson(const AnalysisReportInput& input, int indent = 2);

/// The display name of a track: its file name without extension.
[[nodiscard]] std::string trackNameFromPath(const std::filesystem::path& path);

}  // namespace stemwise::core
