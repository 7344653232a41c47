#pragma once
// What an audio file's container promises, read from its own bytes (not from libsndfile's
// log, whose wording differs per format), to tell a complete file from one cut short:
//
//   WAV/RIFX   the RIFF size (bytes 4..8) + 8 is the file's length
//   RF64/BW64  the ds64 chunk's RIFF size + 8
//   W64        the riff GUID's 64-bit size is the file's length
//   AIFF/AIFC  the FORM size + 8
//   CAF        the data chunk's size (libsndfile refuses a CAF whose data chunk runs past the
//              end, so a patch rewrites that size to what is there and the rest is read)
//   Ogg        the last page carries the end-of-stream flag (a cut stream lacks it; its
//              length is then unknown: libsndfile answers "as long as possible")
//   FLAC       STREAMINFO's frame count, which libsndfile keeps: a short read shows the cut
//
// Threading: plain functions.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>

namespace stemwise::core {

struct ContainerCheck {
    /// Bytes the container promises beyond the end of the file (0: none missing).
    std::uintmax_t bytesMissing = 0;
    /// An Ogg stream without its end-of-stream page: cut short by an unknown amount.
    bool endOfStreamMissing = false;
    /// For a cut CAF: the 8 bytes at `offset` (its data chunk's size) that make libsndfile
    /// read what is there.
    struct Patch {
        std::uintmax_t offset = 0;
        std::array<unsigned char, 8> bytes{};
    };
    std::optional<Patch> patch;
};

/// Reads the container's sizes from the first bytes (and, for Ogg, the last 64 KiB) of
/// `path`. A file it does not recognise gives an empty check.
[[nodiscard]] ContainerCheck checkContainer(const std::filesystem::path& path);

/// The sample rate and channel count a WAV or AIFF header declares, read directly, to say
/// what is wrong with a header libsndfile refuses ("SF_INFO struct incomplete").
struct DeclaredFormat {
    double sampleRateHz = 0.0;
    int channels = 0;
};
[[nodiscard]] std::optional<DeclaredFormat> declaredFormat(const std::filesystem::path& path);

}  // namespace stemwise::core
