#include "analysis/trackanalysis.h"

#include "analysis/analyzerregistry.h"
#include "analysis/derivedfigures.h"
#include "audio/audiofilereader.h"
#include "dsp/stft.h"
#include "report/analysisreport.h"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace stemwise::core {

namespace {

// NaN and ±Inf are the floats whose exponent bits are all ones. Counting them with integer
// operations lets the compiler vectorise the check that almost every block passes.
std::size_t countNonFinite(const float* x, std::size_t n)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, x + i, sizeof bits);
        count += (bits & 0x7f800000u) == 0x7f800000u ? 1u : 0u;
    }
    return count;
}

}  // namespace

AnalysisContext makeAnalysisContext(const StreamFormat& format)
{
    // The power-of-two hop nearest ~10.7 ms: 512 at 44.1/48 kHz, 1024 at 88.2/96 kHz, 256 at 22.05 kHz.
    int hop = 64;
    while (hop * 2 <= static_cast<int>(format.sampleRateHz * 0.0107 + 0.5) * 1.5)
        hop *= 2;
    AnalysisContext context;
    context.format = format;
    context.shortStft = {hop * 4, hop, format.sampleRateHz};
    // Long frames overlap by half: enough for a Hann window's average spectrum and chroma,
    // at half the cost of the short frames' 75 %.
    context.longStft = {hop * 32, hop * 16, format.sampleRateHz};
    return context;
}

Result<TrackProfile> analyzeFile(const std::filesystem::path& path, const AnalysisOptions& options,
                                 const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    auto opened = AudioFileReader::open(path, options.blockFrames);
    if (!opened)
        return opened.error();
    AudioFileReader& reader = *opened.value();
    const StreamFormat& format = reader.info().format;
    const auto channelCount = static_cast<std::size_t>(format.channels);
    const std::size_t blockFrames = std::max<std::size_t>(options.blockFrames, 64);

    const AnalysisContext context = makeAnalysisContext(format);
    auto analyzers = makeAnalyzers();
    std::vector<Analyzer*> blockUsers, shortUsers, longUsers;
    TrackProfile profile;
    for (auto& a : analyzers) {
        const AnalyzerInfo info = a->info();
        a->prepare(context);
        if (info.wantsBlocks)
            blockUsers.push_back(a.get());
        if (info.wantsShortFrames)
            shortUsers.push_back(a.get());
        if (info.wantsLongFrames)
            longUsers.push_back(a.get());
        profile.analyzerVersions[info.id] = info.version;
    }
    Stft shortStft(context.shortStft, [&shortUsers](const SpectrumFrame& f) {
        for (Analyzer* a : shortUsers)
            a->processShortFrame(f);
    });
    Stft longStft(context.longStft, [&longUsers](const SpectrumFrame& f) {
        for (Analyzer* a : longUsers)
            a->processLongFrame(f);
    });

    std::vector<std::vector<float>> buffers(channelCount, std::vector<float>(blockFrames));
    std::vector<float*> pointers;
    for (auto& b : buffers)
        pointers.push_back(b.data());
    std::vector<float> mid(blockFrames);
    std::int64_t position = 0;
    std::int64_t nonFinite = 0;
    int lastPercent = -1;
    const float channelWeight = 1.0f / static_cast<float>(channelCount);

    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};
        const std::size_t got = reader.read(pointers, blockFrames);
        if (got == 0)
            break;
        // Non-finite samples (a broken float file) would poison every sum and FFT downstream:
        // replaced by 0 and counted, channel by channel, before the mid signal is summed.
        for (std::size_t c = 0; c < channelCount; ++c) {
            float* x = buffers[c].data();
            float* m = mid.data();
            if (countNonFinite(x, got) > 0) [[unlikely]] {
                for (std::size_t i = 0; i < got; ++i) {
                    if (!std::isfinite(x[i])) {
                        x[i] = 0.0f;
                        ++nonFinite;
                    }
                }
            }
            if (c == 0) {
                for (std::size_t i = 0; i < got; ++i)
                    m[i] = x[i] * channelWeight;
            } else {
                for (std::size_t i = 0; i < got; ++i)
                    m[i] += x[i] * channelWeight;
            }
        }

        const AudioBlock block{pointers, mid.data(), got, position};
        for (Analyzer* a : blockUsers)
            a->process(block);
        shortStft.push(mid.data(), got);
        longStft.push(mid.data(), got);
        position += static_cast<std::int64_t>(got);

        if (progress && format.frames > 0) {
            const int percent = static_cast<int>(100 * position / std::max<std::int64_t>(format.frames, 1));
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(std::min(1.0, position / static_cast<double>(format.frames)));
            }
        }
        if (got < blockFrames)
            break;
    }
    if (position == 0)
        return Error{reader.framesMissing() > 0 ? "is cut short before its first sample (truncated file)"
                                                : "contains no audio (0 frames)"};
    shortStft.finish();
    longStft.finish();

    profile.file = reader.info();
    profile.file.format.frames = position;  // what was actually there
    profile.framesMissing = reader.framesMissing();
    profile.name = trackNameFromPath(path);
    profile.dynamics.nonFiniteSamples = nonFinite;
    for (auto& a : analyzers)
        a->finish(profile);
    deriveFigures(profile, options.typeOverride);
    profile.analysisSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (progress)
        progress(1.0);
    return profile;
}

}  // namespace stemwise::core
