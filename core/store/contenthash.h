#pragma once
// The content hash: what identifies a file's audio for the analysis cache and the history,
// whatever the file is called and wherever it lies. A renamed or moved file has the same
// hash; a re-bounce, even of the same length, has another.
//
// What is hashed: the stream's shape (sample rate, channels, frames, sample encoding) and
// then its audio data, never the path, the header or metadata chunks (so retagging a file
// does not invalidate its analysis):
//  - for uncompressed PCM and float files in WAV, WAVEX, AIFF, AU, W64, RF64 and CAF, the
//    raw bytes of the sample data as stored (libsndfile's sf_read_raw reads the data chunk
//    only). No decoding: this reads at memory speed, about 1 % of the analysis time.
//  - for everything else (FLAC, Ogg, MP3, ADPCM…), the decoded 32-bit float samples: raw
//    bytes of a compressed stream do not map one-to-one onto the audio, so decoding is the
//    only faithful way (it costs a few per cent of the analysis of such a file).
// Why a pass of its own rather than hashing inside the analysis: the cache must know the
// hash before it decides whether to analyse at all; a miss then reads the file a second
// time, from the page cache, at a small fraction of the analysis cost.
//
// Threading: hashAudioContent() may run on many threads at once for different files.

#include "util/result.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace stemwise::core {

struct AudioContentHash {
    std::string hex;              ///< 16 hex digits of the 64-bit Hash64
    std::string method;           ///< "pcm-data" or "decoded-f32"
    std::uint64_t bytesHashed = 0;
    double seconds = 0.0;         ///< wall time spent hashing
};

/// Hashes the audio content of `path`. Errors: the file cannot be opened as audio or a
/// read fails (the message says why; it does not repeat the path).
[[nodiscard]] Result<AudioContentHash> hashAudioContent(const std::filesystem::path& path);

}  // namespace stemwise::core
