// RegionMeter: loudness of a region as played (see regionmeter.h).
#include "playback/regionmeter.h"

#include "playback/ebur128state.h"
#include "playback/moveprocessor.h"
#include "audio/sourcereader.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

using Meter = Ebur128State;

// Not in histogram mode: its bins quantise the gated blocks' loudness to 0.1 LU, and matching
// promises 0.1 LU. The block list grows by 24 bytes per 100 ms of region, on the reader
// thread (never the callback).
Meter makeMeter(double rateHz)
{
    return Meter(ebur128_init(2, static_cast<unsigned long>(std::lround(rateHz)), EBUR128_MODE_I));
}

std::optional<double> integrated(const Meter& m)
{
    double lufs = 0.0;
    if (m == nullptr || ebur128_loudness_global(m.get(), &lufs) != EBUR128_SUCCESS || !std::isfinite(lufs))
        return std::nullopt;
    return lufs;
}

}  // namespace

struct RegionMeter::Impl {
    RegionRequest request;
    std::vector<std::unique_ptr<SourceReader>> readers;
    std::int64_t position = 0;
    std::int64_t end = 0;
    std::vector<Meter> slotMeters;
    Meter without;
    Meter with;
    MoveProcessor preview;
    std::vector<float> raw;
    std::vector<float> wet;
    std::vector<std::vector<float>> buses;  // per slot
    std::vector<float> withBus;
};

Result<std::unique_ptr<RegionMeter>> RegionMeter::start(const RegionRequest& request)
{
    const auto startFrame = static_cast<std::int64_t>(std::llround(request.startS * request.sampleRateHz));
    const auto endFrame = static_cast<std::int64_t>(std::llround(request.endS * request.sampleRateHz));
    if (endFrame <= startFrame || request.slotCount < 1)
        return Error{strprintf("the region %.3f–%.3f s is empty", request.startS, request.endS)};
    auto meter = std::unique_ptr<RegionMeter>(new RegionMeter());
    meter->m_impl = std::make_unique<Impl>();
    Impl& d = *meter->m_impl;
    d.request = request;
    d.position = startFrame;
    d.end = endFrame;
    for (const auto& s : request.sources) {
        auto reader = SourceReader::open(s.path, request.sampleRateHz, kSliceFrames);
        if (!reader)
            return Error{s.path.filename().string() + ": " + reader.error().message};
        if (!reader.value()->seek(startFrame))
            return Error{s.path.filename().string() + ": " + reader.value()->error()};
        d.readers.push_back(std::move(reader.value()));
    }
    for (int k = 0; k < request.slotCount; ++k) {
        d.slotMeters.push_back(makeMeter(request.sampleRateHz));
        d.buses.emplace_back(2 * kSliceFrames);
    }
    if (request.previewOn != RegionRequest::PreviewOn::None) {
        d.without = makeMeter(request.sampleRateHz);
        d.with = makeMeter(request.sampleRateHz);
        d.preview.set(request.preview);
        d.withBus.resize(2 * kSliceFrames);
    }
    d.raw.resize(2 * kSliceFrames);
    d.wet.resize(2 * kSliceFrames);
    return meter;
}

RegionMeter::~RegionMeter() = default;

bool RegionMeter::done() const noexcept
{
    return m_impl->position >= m_impl->end;
}

bool RegionMeter::step(std::size_t frames)
{
    Impl& d = *m_impl;
    const RegionRequest& r = d.request;
    while (frames > 0 && d.position < d.end) {
        const auto n = static_cast<std::size_t>(std::min<std::int64_t>(
            {static_cast<std::int64_t>(std::min(frames, kSliceFrames)), d.end - d.position}));
        const std::size_t samples = 2 * n;
        for (auto& bus : d.buses)
            std::fill(bus.begin(), bus.begin() + static_cast<std::ptrdiff_t>(samples), 0.0f);
        const bool previewSource = r.previewOn == RegionRequest::PreviewOn::Source;
        if (previewSource)
            std::fill(d.withBus.begin(), d.withBus.begin() + static_cast<std::ptrdiff_t>(samples), 0.0f);
        for (std::size_t i = 0; i < d.readers.size(); ++i) {
            // A file that fails here reads as silence from there on, as it plays.
            (void)d.readers[i]->read(d.raw.data(), n);
            const RegionRequest::Source& s = r.sources[i];
            float* bus = d.buses[static_cast<std::size_t>(s.slot)].data();
            const bool isPreviewed = previewSource && static_cast<int>(i) == r.previewSource;
            if (isPreviewed)
                d.preview.process(d.raw.data(), d.wet.data(), n);
            for (std::size_t j = 0; j < samples; ++j)
                bus[j] += d.raw[j] * s.gain;
            if (previewSource && s.slot == r.previewSlot) {
                const float* src = isPreviewed ? d.wet.data() : d.raw.data();
                for (std::size_t j = 0; j < samples; ++j)
                    d.withBus[j] += src[j] * s.gain;
            }
        }
        for (std::size_t k = 0; k < d.buses.size(); ++k)
            ebur128_add_frames_float(d.slotMeters[k].get(), d.buses[k].data(), n);
        if (r.previewOn != RegionRequest::PreviewOn::None) {
            const float* without = d.buses[static_cast<std::size_t>(r.previewSlot)].data();
            ebur128_add_frames_float(d.without.get(), without, n);
            if (r.previewOn == RegionRequest::PreviewOn::Output) {
                d.preview.process(without, d.withBus.data(), n);  // withBus is sized for a slice
            }
            ebur128_add_frames_float(d.with.get(), d.withBus.data(), n);
        }
        d.position += static_cast<std::int64_t>(n);
        frames -= n;
    }
    return done();
}

std::vector<std::optional<double>> RegionMeter::slotLufs() const
{
    std::vector<std::optional<double>> out;
    for (const auto& m : m_impl->slotMeters)
        out.push_back(integrated(m));
    return out;
}

std::optional<double> RegionMeter::previewWithoutLufs() const
{
    return integrated(m_impl->without);
}

std::optional<double> RegionMeter::previewWithLufs() const
{
    return integrated(m_impl->with);
}

}  // namespace stemwise::core
