#pragma once
// What a file says about itself before any sample is read.

#include <cstdint>
#include <filesystem>
#include <string>

namespace stemwise::core {

/// The shape of a stream of audio: what every analyzer is prepared with.
/// Frames are not samples: one frame holds one sample of every channel.
struct StreamFormat {
    double sampleRateHz = 0.0;
    int channels = 0;
    std::int64_t frames = 0;  ///< total length; 0 for a live stream of unknown length

    [[nodiscard]] double durationS() const noexcept
    {
        return sampleRateHz > 0.0 ? static_cast<double>(frames) / sampleRateHz : 0.0;
    }
};

/// Format facts of an audio file, as libsndfile reports them.
struct AudioFileInfo {
    std::filesystem::path path;
    std::uintmax_t fileSizeBytes = 0;
    StreamFormat format;
    std::string container;       ///< short name of the major format, e.g. "WAV", "FLAC", "AIFF", "OGG"
    std::string containerName;   ///< libsndfile's description, e.g. "WAV (Microsoft)"
    std::string encoding;        ///< short name of the subtype, e.g. "PCM_24", "FLOAT", "VORBIS"
    std::string encodingName;    ///< libsndfile's description, e.g. "Signed 24 bit PCM"
    int bitsPerSample = 0;       ///< 0 for compressed encodings where it has no meaning
    bool isFloat = false;
};

}  // namespace stemwise::core
