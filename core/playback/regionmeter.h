#pragma once
// RegionMeter: the integrated loudness (ITU-R BS.1770-4, gated) of a region of the timeline
// as the playback engine would play it — each slot's sum of its sources at their gains, and
// the previewed material with and without the move — for loudness matching by region. It
// reads the files itself (its own SourceReaders), so the playback's streams are untouched,
// and works in slices (step()), so the reader thread can keep the rings full between them.
//
// Memory: buffers for one slice, allocated in start(); libebur128's list of 400 ms blocks
// (24 bytes per 100 ms of region).
// Threading: one thread (the playback's reader thread; tests call it directly).

#include "playback/movedesign.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace stemwise::core {

struct RegionRequest {
    struct Source {
        std::filesystem::path path;
        int slot = 0;
        float gain = 1.0f;  ///< as heard: 0 when muted or soloed away, negative when inverted
    };
    double startS = 0.0;
    double endS = 0.0;
    double sampleRateHz = 48000.0;
    std::vector<Source> sources;
    int slotCount = 1;
    /// The preview: none, on a source (index into sources), or on the output of `previewSlot`.
    enum class PreviewOn { None, Source, Output };
    PreviewOn previewOn = PreviewOn::None;
    int previewSource = -1;
    int previewSlot = 0;
    MoveDesign preview;
};

class RegionMeter {
public:
    static constexpr std::size_t kSliceFrames = 4096;

    /// Opens the sources and positions them at the region's start. Errors: the region is
    /// empty, a source cannot be opened (its reason).
    [[nodiscard]] static Result<std::unique_ptr<RegionMeter>> start(const RegionRequest& request);
    ~RegionMeter();
    RegionMeter(const RegionMeter&) = delete;
    RegionMeter& operator=(const RegionMeter&) = delete;

    /// Measures up to `frames` more frames; true once the whole region is measured.
    bool step(std::size_t frames = kSliceFrames);
    [[nodiscard]] bool done() const noexcept;
    /// The figures (empty where the region is silent or shorter than one 400 ms block).
    [[nodiscard]] std::vector<std::optional<double>> slotLufs() const;
    [[nodiscard]] std::optional<double> previewWithoutLufs() const;
    [[nodiscard]] std::optional<double> previewWithLufs() const;

private:
    RegionMeter() = default;
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stemwise::core
