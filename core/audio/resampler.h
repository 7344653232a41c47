#pragma once
// Resampler: interleaved float frames from one rate to another with libsoxr, the one way
// Stemwise converts rates (a stem played or summed at the output's rate, sourcereader.h; a low
// rate metered at 48 kHz, analysis/loudnessanalyzer.h).
//
// Quality: libsoxr's "high quality" recipe (SOXR_HQ: 20-bit precision, linear phase, passband
// to 91 % of Nyquist), on the calling thread alone (no OpenMP team of its own). The output is
// aligned with the input: libsoxr takes its filter's delay out, so after a flush the output is
// as long as the input scaled by the rates, and stems of different rates stay sample-aligned.
//
// Memory: libsoxr's filter state, sized at create(); process() allocates nothing.
// Threading: one thread at a time.

#include "util/result.h"

#include <cstddef>
#include <memory>
#include <string>

struct soxr;  // libsoxr's state (soxr_t); its header stays out of ours

namespace stemwise::core {

class Resampler {
public:
    /// A converter of `channels` interleaved channels from `fromHz` to `toHz`. Error: libsoxr's
    /// reason, with both rates.
    [[nodiscard]] static Result<Resampler> create(double fromHz, double toHz, unsigned channels);

    /// What one call did: frames taken from the input and frames written to the output.
    struct Step {
        std::size_t used = 0;
        std::size_t made = 0;
    };
    /// Converts up to `inFrames` frames of `in` into at most `outCapacity` frames of `out`;
    /// `in` null: the input has ended, the converter gives its last frames (a call that makes
    /// none has given them all). Error: libsoxr's reason.
    [[nodiscard]] Result<Step> process(const float* in, std::size_t inFrames, float* out, std::size_t outCapacity);
    /// Forgets the frames in flight (after a seek); the next output starts a new stream.
    void clear();

private:
    struct Free {
        void operator()(soxr* s) const;
    };
    explicit Resampler(soxr* s) : m_soxr(s) {}
    std::unique_ptr<soxr, Free> m_soxr;
};

}  // namespace stemwise::core
