#pragma once
// `stemwise play`: "schema": "stemwise.playback/1"
// (resources/schemas/stemwise.playback-1.schema.json): the output devices, or what a run
// played — the sources, the region, the listening aids, the loudness matching (target, the
// figure it started from and the gain applied), the previewed move and its matching gain,
// the output meters, the frames played and the stream's counters. dB figures without a value
// (silence, too short to measure) are written as null.

#include "playback/playbackengine.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stemwise::core {

struct PlaybackRunSource {
    std::string path;
    std::string name;
    bool played = false;      ///< false: left out (error says why)
    std::string error;
    double sampleRateHz = 0.0;
    int channels = 0;
    double durationS = 0.0;
    bool resampled = false;   ///< its rate differs from the output's
    bool soloed = false;
    std::optional<double> storedIntegratedLufs;  ///< the analysis' figure, when it was read
};

struct PlaybackRun {
    OutputDeviceInfo device;
    double sampleRateHz = 0.0;
    int bufferFrames = 0;
    std::vector<PlaybackRunSource> sources;
    double startS = 0.0;
    double endS = 0.0;             ///< where the played region ends
    bool loop = false;
    std::optional<std::pair<double, double>> band;
    ListenMode listen = ListenMode::Stereo;
    std::string matchMode = "off";  ///< "off", "region" (--match-lufs), "integrated" (--match-integrated)
    std::optional<double> targetLufs;
    std::optional<double> sourceLufs;  ///< the figure matched from
    std::string sourceLufsFrom;        ///< "region", "stored", "measured" (the stems' sum has none stored)
    double gainDb = 0.0;
    std::optional<std::string> previewText;       ///< the move's canonical parameter text
    std::optional<std::string> previewKind;
    std::optional<std::string> previewDescription;
    std::optional<std::string> previewSuggestionUid;
    std::string previewOn;         ///< the stem's name, or "output"
    bool previewWith = true;       ///< false: played without the move (--without)
    bool previewMatched = true;
    std::optional<double> previewWithoutLufs;
    std::optional<double> previewWithLufs;
    double previewMatchDb = 0.0;
    PlaybackStatus status;         ///< at the end of the run
    std::string stopReason;        ///< "end", "interrupted", "device_lost"
    std::vector<std::string> messages;
};

[[nodiscard]] std::string playbackDevicesJson(const std::vector<OutputDeviceInfo>& devices, int indent = 2);
[[nodiscard]] std::string playbackRunJson(const PlaybackRun& run, int indent = 2);

}  // namespace stemwise::core
