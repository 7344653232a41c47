#pragma once
// `stemwise monitor`: "schema": "stemwise.monitor/1"
// (resources/schemas/stemwise.monitor-1.schema.json): the input devices, or the final meter
// figures of a metering run with its recording and an optional loudness log per second.
// dB figures that have no value (silence, too short to measure) are written as null.

#include "live/liveinput.h"
#include "live/livemeter.h"

#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// One line of the loudness log: the meters after each whole second.
struct MonitorLogEntry {
    double timeS = 0.0;
    double momentaryLufs = kNoLevel;
    double shortTermLufs = kNoLevel;
    double integratedLufs = kNoLevel;
    double peakDbfs = kNoLevel;  ///< largest decaying-peak reading over the channels
};

struct MonitorRecording {
    std::string path;
    std::string format;  ///< "wav" or "flac"
    std::int64_t frames = 0;
    bool complete = true;
};

struct MonitorRun {
    AudioDeviceInfo device;
    std::vector<int> channels;  ///< 1-based device channels
    double sampleRateHz = 0.0;
    int bufferFrames = 0;
    double requestedS = 0.0;
    LiveMeterSnapshot meters;
    bool deviceLost = false;
    std::string lostReason;
    std::optional<MonitorRecording> recording;
    std::vector<MonitorLogEntry> log;
    bool withLog = false;
};

[[nodiscard]] std::string monitorDevicesJson(const std::vector<AudioDeviceInfo>& devices, int indent = 2);
[[nodiscard]] std::string monitorRunJson(const MonitorRun& run, int indent = 2);

}  // namespace stemwise::core
