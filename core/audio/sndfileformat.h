#pragma once
// Names of libsndfile's major formats and subtypes, shared by the reader and the writer.
// Internal to core/audio: include only from .cpp files there.

#include <string>

namespace stemwise::core::sndfile {

/// Short, stable names used in reports and on the command line ("WAV", "PCM_24").
[[nodiscard]] std::string containerShortName(int majorFormat);
[[nodiscard]] std::string encodingShortName(int subtype);
/// libsndfile's own description of a major format or subtype ("WAV (Microsoft)").
[[nodiscard]] std::string formatDescription(int format, bool isSubtype);
/// Bits per sample of a PCM/float subtype, 0 where the notion does not apply (compressed).
[[nodiscard]] int bitsPerSample(int subtype);

}  // namespace stemwise::core::sndfile
