#pragma once
// Process-wide cache of FFTW single-precision real-to-complex plans, one per size.
// Planning (FFTW_ESTIMATE: cheap) happens once per size under a lock; executing a cached plan on
// other, equally aligned arrays with fftwf_execute_dft_r2c is thread-safe (FFTW manual,
// "Thread safety" and "New-array Execute Functions"), so workers share plans lock-free.

#include <complex>
#include <cstddef>

namespace stemwise::core {

/// A buffer from fftwf_malloc (SIMD-aligned), freed on destruction.
class FftBuffer {
public:
    explicit FftBuffer(std::size_t bytes);
    ~FftBuffer();
    FftBuffer(const FftBuffer&) = delete;
    FftBuffer& operator=(const FftBuffer&) = delete;
    [[nodiscard]] void* data() const noexcept { return m_data; }

private:
    void* m_data = nullptr;
};

/// Real-input forward FFT of a fixed size. Cheap to copy; the plan lives for the process.
class RealFft {
public:
    explicit RealFft(int size);
    /// in: `size` floats; out: size/2+1 complex values. Both must come from FftBuffer.
    void forward(float* in, std::complex<float>* out) const;
    /// out: `size` floats (unnormalised: scaled by size). in is destroyed.
    void inverse(std::complex<float>* in, float* out) const;
    [[nodiscard]] int size() const noexcept { return m_size; }

private:
    int m_size;
    void* m_forward;
    void* m_inverse;
};

}  // namespace stemwise::core
