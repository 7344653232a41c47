#include "report/analysisreport.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace stemwise::core {

namespace {

// 44100 rather than 44100.0; a fractional rate (rare, but some files declare one) stays exact.
nlohmann::ordered_json sampleRateJson(double hz)
{
    const auto whole = static_cast<std::int64_t>(hz);
    return static_cast<double>(whole) == hz ? nlohmann::ordered_json(whole) : nlohmann::ordered_json(hz);
}

nlohmann::ordered_json formatJson(const AudioFileInfo& info)
{
    return {
        {"sample_rate", sampleRateJson(info.format.sampleRateHz)},
        {"channels", info.format.channels},
        {"frames", info.format.frames},
        {"duration_s", info.format.durationS()},
        {"container", info.container},
        {"container_name", info.containerName},
        {"encoding", info.encoding},
        {"encoding_name", info.encodingName},
        {"bits_per_sample", info.bitsPerSample > 0 ? nlohmann::ordered_json(info.bitsPerSample) : nlohmann::ordered_json()},
        {"file_size_bytes", info.fileSizeBytes},
    };
}

}  // namespace

std::string trackNameFromPath(const std::filesystem::path& path)
{
    return path.stem().string();
}

std::string analysisReportJson(const AnalysisReportInput& input, int indent)
{
    nlohmann::ordered_json tracks = nlohmann::ordered_json::array();
    for (const auto& info : input.tracks) {
        tracks.push_back({
            {"path", info.path.string()},
            {"name", trackNameFromPath(info.path)},
            {"format", formatJson(info)},
        });
    }
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    for (const auto& e : input.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});

    const nlohmann::ordered_json doc{
        {"schema", "stemwise.analysis/1"},
        {"tracks", std::move(tracks)},
        {"errors", std::move(errors)},
    };
    // Replace invalid UTF-8 in file names rather than throwing: a name is never a reason to fail.
    return doc.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace stemwise::core
