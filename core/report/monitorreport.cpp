// `stemwise monitor` JSON (see monitorreport.h).
#include "report/monitorreport.h"

#include "json/jsonvalues.h"

#include <cmath>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

Json level(double db)
{
    return std::isfinite(db) ? Json(std::round(db * 1000.0) / 1000.0) : Json();
}

Json deviceJson(const AudioDeviceInfo& d)
{
    return Json{{"index", d.index}, {"name", d.name}, {"host_api", d.hostApi}};
}

using jsonvalues::dump;

}  // namespace

std::string monitorDevicesJson(const std::vector<AudioDeviceInfo>& devices, int indent)
{
    Json list = Json::array();
    for (const auto& d : devices) {
        Json j = deviceJson(d);
        j["max_input_channels"] = d.maxInputChannels;
        j["default_sample_rate_hz"] = d.defaultSampleRateHz;
        j["default_low_input_latency_s"] = d.defaultLowInputLatencyS;
        j["is_default_input"] = d.isDefaultInput;
        list.push_back(std::move(j));
    }
    const Json doc{{"schema", "stemwise.monitor/1"},
                   {"generator", std::string("stemwise ") + STEMWISE_VERSION},
                   {"devices", std::move(list)}};
    return dump(doc, indent);
}

std::string monitorRunJson(const MonitorRun& run, int indent)
{
    const LiveMeterSnapshot& m = run.meters;
    Json channels = Json::array();
    for (std::size_t c = 0; c < static_cast<std::size_t>(m.channels) && c < run.channels.size(); ++c) {
        const LiveChannelMeter& ch = m.channel[c];
        channels.push_back(Json{{"channel", run.channels[c]},
                                {"peak_max_dbfs", level(ch.peakMaxDbfs)},
                                {"true_peak_max_dbtp", level(ch.truePeakMaxDbtp)},
                                {"rms_dbfs", level(ch.rmsDbfs)},
                                {"clipped", ch.clipped}});
    }
    Json bands = Json::object();
    for (std::size_t b = 0; b < kBandCount; ++b)
        bands[kBands[b].key] = Json{{"share", std::round(static_cast<double>(m.bandShare[b]) * 1e4) / 1e4},
                                    {"level_db", level(m.bandShare[b] > 0.0f ? m.bandLevelDb[b] : kNoLevel)}};
    Json spectrum = Json::array();
    for (std::size_t p = 0; p < kSpectrumPoints; ++p)
        if (spectrumPointHz(p) < m.sampleRateHz / 2.0)
            spectrum.push_back(Json{{"frequency_hz", std::round(spectrumPointHz(p) * 100.0) / 100.0},
                                    {"level_db", level(m.spectrumDb[p])}});
    Json meters{{"channels", std::move(channels)},
                {"momentary_lufs", level(m.momentaryLufs)},
                {"short_term_lufs", level(m.shortTermLufs)},
                {"integrated_lufs", level(m.integratedLufs)},
                {"loudness_range_lu", std::round(m.loudnessRangeLu * 1000.0) / 1000.0},
                {"correlation", m.hasStereo ? Json(std::round(m.correlationTotal * 1e4) / 1e4) : Json()},
                {"width", m.hasStereo ? Json(std::round(m.widthTotal * 1e4) / 1e4) : Json()},
                {"band_balance", std::move(bands)},
                {"spectrum", Json{{"fft_size", m.fftSize}, {"points", std::move(spectrum)}}}};
    Json recording;
    if (run.recording)
        recording = Json{{"path", run.recording->path},
                         {"format", run.recording->format},
                         {"frames", run.recording->frames},
                         {"duration_s", run.sampleRateHz > 0.0 ? static_cast<double>(run.recording->frames) / run.sampleRateHz : 0.0},
                         {"complete", run.recording->complete}};
    Json doc{{"schema", "stemwise.monitor/1"},
             {"generator", std::string("stemwise ") + STEMWISE_VERSION},
             {"device", deviceJson(run.device)},
             {"channels", run.channels},
             {"sample_rate_hz", run.sampleRateHz},
             {"buffer_frames", run.bufferFrames},
             {"requested_s", run.requestedS},
             {"metered_s", m.sampleRateHz > 0.0 ? static_cast<double>(m.framesMetered) / m.sampleRateHz : 0.0},
             {"status", run.deviceLost ? "device_lost" : "completed"},
             {"lost_reason", run.deviceLost ? Json(run.lostReason) : Json()},
             {"meters", std::move(meters)},
             {"counters",
              {{"callbacks", m.callbacks},
               {"overflow_frames", m.overflowFrames},
               {"input_overflows", m.inputOverflows},
               {"latency_max_ms", std::round(m.latencyMaxMs * 1000.0) / 1000.0}}},
             {"recording", std::move(recording)}};
    if (run.withLog) {
        Json log = Json::array();
        for (const auto& e : run.log)
            log.push_back(Json{{"time_s", e.timeS},
                               {"momentary_lufs", level(e.momentaryLufs)},
                               {"short_term_lufs", level(e.shortTermLufs)},
                               {"integrated_lufs", level(e.integratedLufs)},
                               {"peak_dbfs", level(e.peakDbfs)}});
        doc["log"] = std::move(log);
    }
    return dump(doc, indent);
}

}  // namespace stemwise::core
