#pragma once
// The frame types of the shared STFT (dsp/stft.h): its geometry and one frame of it. They sit
// here, below analysis/, so that the STFT and the detectors that read its frames (onsets,
// pitch) need nothing from the analyzers that use them.
// Threading: plain values; a SpectrumFrame's spans are valid only during the call that gets it.

#include <cstdint>
#include <span>

namespace stemwise::core {

/// Geometry of one STFT resolution. Frame i is centred on sample i·hop of the stream (the
/// signal is zero-padded by fftSize/2 before the start and after the end), Hann window.
struct StftGeometry {
    int fftSize = 0;
    int hop = 0;
    double sampleRateHz = 0.0;
    [[nodiscard]] double binHz() const { return sampleRateHz / fftSize; }
    [[nodiscard]] double frameRateHz() const { return sampleRateHz / hop; }
    [[nodiscard]] int bins() const { return fftSize / 2 + 1; }
};

/// One frame of the shared STFT of the mid signal.
struct SpectrumFrame {
    std::int64_t index = 0;              ///< frame number; centre at sample index·hop
    double timeS = 0.0;                  ///< centre time
    std::span<const float> power;        ///< |X[k]|² for k = 0..fftSize/2, scaled so a sine of
                                         ///< amplitude A centred on bin k reads A² there
    std::span<const float> magnitude;    ///< sqrt(power)
    std::span<const float> samples;      ///< the unwindowed mid samples of the frame (fftSize)
    const StftGeometry* geometry = nullptr;
};

}  // namespace stemwise::core
