// `stemwise play` JSON (see playbackreport.h).
#include "report/playbackreport.h"

#include "json/jsonvalues.h"

#include <cmath>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

Json number(double v, double scale = 1000.0)
{
    return std::isfinite(v) ? Json(std::round(v * scale) / scale) : Json();
}

Json optional(const std::optional<double>& v)
{
    return v ? number(*v) : Json();
}

Json deviceJson(const OutputDeviceInfo& d)
{
    return Json{{"index", d.index}, {"name", d.name}, {"host_api", d.hostApi}};
}

using jsonvalues::dump;

}  // namespace

std::string playbackDevicesJson(const std::vector<OutputDeviceInfo>& devices, int indent)
{
    Json list = Json::array();
    for (const auto& d : devices) {
        Json j = deviceJson(d);
        j["max_output_channels"] = d.maxOutputChannels;
        j["default_sample_rate_hz"] = d.defaultSampleRateHz;
        j["default_low_output_latency_s"] = d.defaultLowOutputLatencyS;
        j["is_default_output"] = d.isDefaultOutput;
        list.push_back(std::move(j));
    }
    const Json doc{{"schema", "stemwise.playback/1"},
                   {"generator", std::string("stemwise ") + STEMWISE_VERSION},
                   {"devices", std::move(list)}};
    return dump(doc, indent);
}

std::string playbackRunJson(const PlaybackRun& run, int indent)
{
    const PlaybackStatus& st = run.status;
    Json sources = Json::array();
    for (const auto& s : run.sources) {
        Json j{{"path", s.path}, {"name", s.name}, {"played", s.played}};
        if (s.played) {
            j["sample_rate_hz"] = s.sampleRateHz;
            j["channels"] = s.channels;
            j["duration_s"] = number(s.durationS);
            j["resampled"] = s.resampled;
            j["soloed"] = s.soloed;
            j["stored_integrated_lufs"] = optional(s.storedIntegratedLufs);
        } else {
            j["error"] = s.error;
        }
        sources.push_back(std::move(j));
    }
    Json preview;
    if (run.previewText) {
        preview = Json{{"move", *run.previewText},
                       {"kind", run.previewKind.value_or("")},
                       {"description", run.previewDescription.value_or("")},
                       {"suggestion_uid", run.previewSuggestionUid ? Json(*run.previewSuggestionUid) : Json()},
                       {"on", run.previewOn},
                       {"with_move", run.previewWith},
                       {"matched", run.previewMatched},
                       {"without_lufs", optional(run.previewWithoutLufs)},
                       {"with_lufs", optional(run.previewWithLufs)},
                       {"match_gain_db", number(run.previewMatchDb)}};
    }
    const Json doc{
        {"schema", "stemwise.playback/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"device", deviceJson(run.device)},
        {"sample_rate_hz", run.sampleRateHz},
        {"buffer_frames", run.bufferFrames},
        {"sources", std::move(sources)},
        {"region", {{"start_s", number(run.startS)}, {"end_s", number(run.endS)}, {"loop", run.loop}}},
        {"listen", listenModeName(run.listen)},
        {"band", run.band ? Json{{"low_hz", number(run.band->first, 10.0)}, {"high_hz", number(run.band->second, 10.0)}}
                          : Json()},
        {"matching",
         {{"mode", run.matchMode},
          {"target_lufs", optional(run.targetLufs)},
          {"source_lufs", optional(run.sourceLufs)},
          {"source_lufs_from", run.sourceLufs ? Json(run.sourceLufsFrom) : Json()},
          {"gain_db", number(run.gainDb)}}},
        {"preview", std::move(preview)},
        {"played",
         {{"frames", st.framesPlayed},
          {"seconds", number(st.sampleRateHz > 0.0 ? static_cast<double>(st.framesPlayed) / st.sampleRateHz : 0.0)},
          {"stop_reason", run.stopReason},
          {"lost_reason", st.lostReason.empty() ? Json() : Json(st.lostReason)}}},
        {"meters",
         {{"peak_max_dbfs", Json::array({number(st.peakMaxDbfs[0]), number(st.peakMaxDbfs[1])})},
          {"integrated_lufs", number(st.integratedLufs)},
          {"short_term_lufs", number(st.shortTermLufs)}}},
        {"counters",
         {{"callbacks", st.callbacks},
          {"underruns", st.underruns},
          {"underrun_frames", st.underrunFrames},
          {"xruns", st.outputUnderflows},
          {"play_latency_ms", st.playLatencyS >= 0.0 ? number(st.playLatencyS * 1000.0) : Json()},
          {"output_latency_ms", number(st.outputLatencyS * 1000.0)}}},
        {"messages", run.messages},
    };
    return dump(doc, indent);
}

}  // namespace stemwise::core
