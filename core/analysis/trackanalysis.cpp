#include "analysis/trackanalysis.h"

#include "analysis/analyzerregistry.h"
#include "analysis/derivedfigures.h"
#include "audio/audiofilereader.h"
#include "audio/brokensamples.h"
#include "dsp/stft.h"
#include "audio/audiofiles.h"
#include "util/strprintf.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace stemwise::core {

ErrorCode fileErrorCode(const Error& error)
{
    if (error.code != ErrorCode::None)
        return error.code;
    const std::string& m = error.message;
    auto starts = [&m](std::string_view p) { return m.compare(0, p.size(), p) == 0; };
    if (m == "no such file" || m == "no such file or folder")
        return ErrorCode::NoSuchFile;
    if (starts("cannot be accessed: "))
        return ErrorCode::NotAccessible;
    if (m == "is a folder, not an audio file")
        return ErrorCode::IsFolder;
    if (m == "is not a regular file")
        return ErrorCode::NotRegularFile;
    if (m == "is empty (0 bytes)")
        return ErrorCode::EmptyFile;
    if (starts("is not an audio file in a format Stemwise reads"))
        return ErrorCode::NotAudio;
    if (m == "cannot be read: permission denied")
        return ErrorCode::PermissionDenied;
    if (starts("cannot be opened as audio: "))
        return ErrorCode::CannotOpen;
    if (m == "declares no audio channels")
        return ErrorCode::NoChannels;
    if (starts("declares ") && m.find(" channels, more than the ") != std::string::npos)
        return ErrorCode::TooManyChannels;
    if (starts("declares a sample rate of ") || starts("has an unsupported sample rate"))
        return ErrorCode::UnsupportedSampleRate;
    if (m == "has no known length")
        return ErrorCode::UnknownLength;
    if (m == "is cut short before its first sample (truncated file)")
        return ErrorCode::Truncated;
    if (m == "contains no audio (0 frames)")
        return ErrorCode::NoAudio;
    if (m == "cancelled")
        return ErrorCode::Cancelled;
    return ErrorCode::None;
}

AnalysisContext makeAnalysisContext(const StreamFormat& format)
{
    // The power-of-two hop nearest ~10.7 ms: 512 at 44.1/48 kHz, 1024 at 88.2/96 kHz, 256 at 22.05 kHz.
    int hop = 64;
    while (hop * 2 <= static_cast<int>(std::lround(format.sampleRateHz * 0.0107)) * 1.5)
        hop *= 2;
    AnalysisContext context;
    context.format = format;
    context.shortStft = {hop * 4, hop, format.sampleRateHz};
    // Long frames overlap by half: enough for a Hann window's average spectrum and chroma,
    // at half the cost of the short frames' 75 %.
    context.longStft = {hop * 32, hop * 16, format.sampleRateHz};
    return context;
}

namespace {

// The one pass of every analyzer over a stream, wherever its blocks come from: `read` fills
// the planar buffers like AudioFileReader::read(); `interleaved` gives the same frames
// interleaved where the source has them at hand (AudioFileReader::lastReadInterleaved()),
// or nothing; `framesMissing` says what a truncated source lacked. `profile` arrives with
// file, name set by the caller.
Result<TrackProfile> analyzeStream(const StreamFormat& format,
                                   const std::function<std::size_t(std::span<float* const>, std::size_t)>& read,
                                   const std::function<std::span<const float>()>& interleavedOfLastRead,
                                   const std::function<std::int64_t()>& framesMissing,
                                   const std::function<bool()>& truncated, TrackProfile profile,
                                   const AnalysisOptions& options, const ProgressCallback& progress,
                                   const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    const auto channelCount = static_cast<std::size_t>(format.channels);
    const std::size_t blockFrames = std::max<std::size_t>(options.blockFrames, 64);

    const AnalysisContext context = makeAnalysisContext(format);
    auto analyzers = makeAnalyzers();
    std::vector<Analyzer*> blockUsers, shortUsers, longUsers;
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
    pointers.reserve(buffers.size());
    for (auto& b : buffers)
        pointers.push_back(b.data());
    std::vector<float> mid(blockFrames);
    std::int64_t position = 0;
    std::int64_t nonFinite = 0;
    int lastPercent = -1;
    const float channelWeight = 1.0f / static_cast<float>(channelCount);

    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled", ErrorCode::Cancelled};
        const std::size_t got = read(pointers, blockFrames);
        if (got == 0)
            break;
        const std::int64_t nonFiniteBefore = nonFinite;
        // Broken samples (audio/brokensamples.h: NaN, infinity, +120 dBFS and beyond) would
        // poison every sum and FFT downstream: replaced by 0 and counted, channel by channel,
        // before the mid signal is summed.
        for (std::size_t c = 0; c < channelCount; ++c) {
            float* x = buffers[c].data();
            float* m = mid.data();
            if (countBrokenSamples(x, got) > 0) [[unlikely]] {
                for (std::size_t i = 0; i < got; ++i) {
                    if (isBrokenSample(x[i])) {
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

        // The reader's interleaved frames too, unless samples were replaced above.
        const std::span<const float> interleaved = interleavedOfLastRead();
        const bool interleavedUsable = nonFinite == nonFiniteBefore && interleaved.size() == got * channelCount;
        const AudioBlock block{pointers, mid.data(), got, position, interleavedUsable ? interleaved.data() : nullptr};
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
        return framesMissing() > 0 || truncated() ? Error{"is cut short before its first sample (truncated file)", ErrorCode::Truncated}
                                                  : Error{"contains no audio (0 frames)", ErrorCode::NoAudio};
    shortStft.finish();
    longStft.finish();

    profile.file.format.frames = position;  // what was actually there
    profile.framesMissing = framesMissing();
    profile.truncated = truncated() || profile.framesMissing > 0;
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

}  // namespace

Result<TrackProfile> analyzeFile(const std::filesystem::path& path, const AnalysisOptions& options,
                                 const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    auto opened = AudioFileReader::open(path, options.blockFrames);
    if (!opened)
        return Error{opened.error().message, fileErrorCode(opened.error()), opened.error().detail};
    AudioFileReader& reader = *opened.value();
    TrackProfile profile;
    profile.file = reader.info();
    profile.name = trackNameFromPath(path);
    return analyzeStream(
        reader.info().format, [&reader](std::span<float* const> channels, std::size_t frames) { return reader.read(channels, frames); },
        [&reader] { return reader.lastReadInterleaved(); }, [&reader] { return reader.framesMissing(); },
        [&reader] { return reader.truncated(); }, std::move(profile), options, progress, cancel);
}

Result<TrackProfile> analyzeBuffer(std::span<const float* const> channels, std::size_t frames, double sampleRateHz,
                                   const std::string& name, const AnalysisOptions& options,
                                   const std::atomic<bool>* cancel)
{
    if (channels.empty() || frames == 0)
        return Error{"contains no audio (0 frames)", ErrorCode::NoAudio};
    if (sampleRateHz < AudioFileReader::kMinSampleRateHz || sampleRateHz > AudioFileReader::kMaxSampleRateHz)
        return Error{strprintf("has an unsupported sample rate (%.0f Hz)", sampleRateHz), ErrorCode::UnsupportedSampleRate};
    TrackProfile profile;
    profile.name = name;
    profile.file.format = {sampleRateHz, static_cast<int>(channels.size()), static_cast<std::int64_t>(frames)};
    profile.file.container = "memory";
    profile.file.containerName = "audio in memory";
    profile.file.encoding = "FLOAT";
    profile.file.encodingName = "32 bit float";
    profile.file.bitsPerSample = 32;
    // Float in memory, but captured through a converter (see the header): it clipped at full
    // scale and has a noise floor, so it is judged as a fixed-point source.
    profile.file.isFloat = false;
    std::size_t position = 0;
    const auto read = [&](std::span<float* const> out, std::size_t want) {
        const std::size_t n = std::min(want, frames - position);
        for (std::size_t c = 0; c < out.size(); ++c)
            std::copy_n(channels[c] + position, n, out[c]);
        position += n;
        return n;
    };
    const StreamFormat format = profile.file.format;  // not read from `profile` as it is moved
    return analyzeStream(format, read, [] { return std::span<const float>(); },
                         [] { return std::int64_t{0}; }, [] { return false; }, std::move(profile), options, {}, cancel);
}

}  // namespace stemwise::core
