#pragma once
// Streaming short-time Fourier transform of one signal (FFTW, single precision, real input).
// Frames are centred: frame i is centred on sample i·hop, with fftSize/2 zeros before the
// first sample and zeros after the last, so frame times need no offset correction.
//
// Memory: all buffers and the FFTW plan are made in the constructor; push() allocates nothing.
// Threading: an Stft is used by one thread. Constructing one takes a process-wide lock
// around FFTW planning (only fftw_execute is thread-safe).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace stemwise::core {

struct SpectrumFrame;
struct StftGeometry;

class Stft {
public:
    using FrameHandler = std::function<void(const SpectrumFrame&)>;

    /// `geometry` must outlive the Stft. `onFrame` is called from push()/finish().
    Stft(const StftGeometry& geometry, FrameHandler onFrame);
    ~Stft();
    Stft(const Stft&) = delete;
    Stft& operator=(const Stft&) = delete;

    void push(const float* samples, std::size_t count);
    /// Flushes the frames that overlap the end of the signal (zero-padded).
    void finish();

    [[nodiscard]] std::int64_t framesEmitted() const noexcept { return m_frameIndex; }

private:
    void emitFrame();

    struct Plan;
    const StftGeometry& m_geometry;
    FrameHandler m_onFrame;
    std::unique_ptr<Plan> m_plan;
    std::vector<float> m_history;   // the last fftSize samples, oldest first
    std::vector<float> m_window;
    std::vector<float> m_power;
    std::vector<float> m_magnitude;
    std::size_t m_pending = 0;      // samples received since the last frame
    std::int64_t m_frameIndex = 0;
    std::int64_t m_samplesIn = 0;
    float m_scale = 1.0f;
};

}  // namespace stemwise::core
