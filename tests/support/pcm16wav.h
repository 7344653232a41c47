#pragma once
// Known audio as exact bytes, for the content hash's known answers (tst_contenthash) and the
// version 6 database fixture whose stored hash is that audio's (tst_migrations).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace stemwise::test {

/// Writes a mono 16-bit PCM WAV byte for byte (44-byte header, then `samples` little-endian),
/// without libsndfile's float conversion in between: for known answers over exact bytes.
inline bool writePcm16Wav(const std::filesystem::path& path, const std::vector<std::int16_t>& samples,
                          std::uint32_t sampleRateHz = 48000)
{
    std::string bytes;
    auto u32 = [&bytes](std::uint32_t v) { for (int i = 0; i < 4; ++i) bytes += static_cast<char>((v >> (8 * i)) & 0xFF); };
    auto u16 = [&bytes](std::uint32_t v) { for (int i = 0; i < 2; ++i) bytes += static_cast<char>((v >> (8 * i)) & 0xFF); };
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
    bytes += "RIFF";
    u32(36 + dataBytes);
    bytes += "WAVEfmt ";
    u32(16);
    u16(1);  // PCM
    u16(1);  // mono
    u32(sampleRateHz);
    u32(sampleRateHz * 2);
    u16(2);
    u16(16);
    bytes += "data";
    u32(dataBytes);
    for (std::int16_t v : samples)
        u16(static_cast<std::uint16_t>(v));
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

/// The audio of the content-hash known answers (tst_contenthash, tst_migrations' v6 fixture):
/// 48,000 frames, sample i = (i * 7919 mod 20001) - 10000.
inline std::vector<std::int16_t> pinnedPcm16()
{
    std::vector<std::int16_t> out(48000);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<std::int16_t>(static_cast<int>((i * 7919) % 20001) - 10000);
    return out;
}

}  // namespace stemwise::test
