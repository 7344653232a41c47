// Fuzz target: the audio reader's edge paths (core/audio/audiofilereader.h and
// containercheck.h). The first byte picks the file name extension (libsndfile guesses some
// formats by it); the rest is the file. Everything the reader offers is exercised: open,
// the container check, reading to the end in blocks, framesMissing()/truncated(), rewind.
// The reader must never crash, hang or read out of bounds, whatever the bytes.
#include "audio/audiofilereader.h"
#include "audio/containercheck.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stemwise::core;
    static constexpr std::array<const char*, 12> kExtensions{".wav", ".aiff", ".rf64", ".w64", ".caf", ".flac",
                                                             ".ogg", ".opus", ".mp3", ".au", ".raw", ".sd2"};
    if (size < 1)
        return 0;
    static const std::filesystem::path folder = [] {
        auto p = std::filesystem::temp_directory_path() / ("stemwise-fuzz-" + std::to_string(::getpid()));
        std::filesystem::create_directories(p);
        return p;
    }();
    const std::filesystem::path path = folder / (std::string("input") + kExtensions[data[0] % kExtensions.size()]);
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        if (f == nullptr)
            return 0;
        std::fwrite(data + 1, 1, size - 1, f);
        std::fclose(f);
    }
    (void)checkContainer(path);
    (void)declaredFormat(path);
    auto opened = AudioFileReader::open(path, 512);
    if (opened) {
        AudioFileReader& reader = *opened.value();
        const auto channels = static_cast<std::size_t>(reader.info().format.channels);
        std::vector<std::vector<float>> buffers(channels, std::vector<float>(512));
        std::vector<float*> pointers;
        for (auto& b : buffers)
            pointers.push_back(b.data());
        // At most ~10 s of audio at 48 kHz: bounded time per input.
        for (int block = 0; block < 1000 && reader.read(pointers, 512) > 0; ++block) {
        }
        (void)reader.framesMissing();
        (void)reader.truncated();
        if (reader.rewind())
            (void)reader.read(pointers, 512);
    }
    std::filesystem::remove(path);
    return 0;
}
