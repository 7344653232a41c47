#pragma once
// The analyzer plug-in shape. One read of the file feeds every analyzer: time-domain
// blocks (all channels plus the mid signal), and frames of the one shared STFT of the mid
// signal at two resolutions (short frames for timing: onsets, tempo, pitch; long frames
// for frequency resolution: the long-term spectrum, chroma). No analyzer reads the file
// or runs its own FFT of the same signal. Adding a measurement = adding one analyzer and
// registering it in analyzerregistry.cpp.
//
// Call order, enforced by TrackAnalysis: prepare() once; then process() and
// processShortFrame()/processLongFrame() interleaved in stream order; then finish() once.
// prepare() may allocate; the process calls must not (they run per block and per frame).
// Threading: an analyzer instance is used by one thread; distinct instances are independent.

#include "audio/audiofileinfo.h"
#include "dsp/frames.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace stemwise::core {

struct TrackProfile;

struct AnalysisContext {
    StreamFormat format;
    StftGeometry shortStft;  ///< ~43 ms frames every ~10.7 ms (2048/512 at 44.1–48 kHz)
    StftGeometry longStft;   ///< ~340 ms frames every ~170 ms (16384/8192 at 44.1–48 kHz)
};

/// A block of the stream. Samples are finite: non-finite input was replaced by 0 (and counted).
struct AudioBlock {
    std::span<const float* const> channels;  ///< planar, one pointer per channel
    const float* mid = nullptr;              ///< mean of all channels (the mono fold-down / 2 for stereo)
    std::size_t frames = 0;
    std::int64_t startFrame = 0;             ///< position of the first frame in the stream
    const float* interleaved = nullptr;      ///< the same frames interleaved (frames × channels), or null
};

struct AnalyzerInfo {
    std::string id;       ///< stable, e.g. "loudness"; stored with results
    int version = 1;      ///< bump when results change, so stored results are invalidated
    bool wantsBlocks = false;
    bool wantsShortFrames = false;
    bool wantsLongFrames = false;
};

class Analyzer {
public:
    virtual ~Analyzer() = default;
    [[nodiscard]] virtual AnalyzerInfo info() const = 0;
    virtual void prepare(const AnalysisContext& context) = 0;
    virtual void process(const AudioBlock& /*block*/) {}
    virtual void processShortFrame(const SpectrumFrame& /*frame*/) {}
    virtual void processLongFrame(const SpectrumFrame& /*frame*/) {}
    /// Writes this analyzer's figures into `profile`. Runs in registration order, so an
    /// analyzer may read figures written by those registered before it.
    virtual void finish(TrackProfile& profile) = 0;
};

}  // namespace stemwise::core
