#include "dsp/fftplan.h"

#include <fftw3.h>

#include <map>
#include <mutex>
#include <new>
#include <utility>

namespace stemwise::core {

namespace {

std::mutex& planMutex()
{
    static std::mutex m;
    return m;
}

struct Plans {
    fftwf_plan forward = nullptr;
    fftwf_plan inverse = nullptr;
};

// Plans are made once per size and kept for the life of the process (never destroyed, so
// no worker can hold a dangling plan); there are only a handful of sizes.
Plans plansFor(int size)
{
    std::lock_guard lock(planMutex());
    // Never destroyed (and so still reachable at exit, which LeakSanitizer accepts): a
    // worker finishing after main() returns must not find its plan gone.
    static auto* cache = new std::map<int, Plans>;
    auto it = cache->find(size);
    if (it != cache->end())
        return it->second;
    FftBuffer in(sizeof(float) * static_cast<std::size_t>(size));
    FftBuffer out(sizeof(fftwf_complex) * static_cast<std::size_t>(size / 2 + 1));
    Plans p;
    // FFTW_ESTIMATE: planning in microseconds. FFTW_MEASURE took about two seconds per
    // process for our sizes (most of a short file's analysis) and bought little for the
    // power-of-two sizes used here.
    p.forward = fftwf_plan_dft_r2c_1d(size, static_cast<float*>(in.data()),
                                      static_cast<fftwf_complex*>(out.data()), FFTW_ESTIMATE);
    p.inverse = fftwf_plan_dft_c2r_1d(size, static_cast<fftwf_complex*>(out.data()),
                                      static_cast<float*>(in.data()), FFTW_ESTIMATE);
    cache->emplace(size, p);
    return p;
}

}  // namespace

FftBuffer::FftBuffer(std::size_t bytes) : m_data(fftwf_malloc(bytes))
{
    if (m_data == nullptr)
        throw std::bad_alloc();
}

FftBuffer::~FftBuffer()
{
    fftwf_free(m_data);
}

RealFft::RealFft(int size) : m_size(size)
{
    const Plans p = plansFor(size);
    m_forward = p.forward;
    m_inverse = p.inverse;
}

void RealFft::forward(float* in, std::complex<float>* out) const
{
    // std::complex<float> is layout-compatible with fftwf_complex (FFTW manual, "Complex numbers").
    fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_forward), in, reinterpret_cast<fftwf_complex*>(out));
}

void RealFft::inverse(std::complex<float>* in, float* out) const
{
    fftwf_execute_dft_c2r(static_cast<fftwf_plan>(m_inverse), reinterpret_cast<fftwf_complex*>(in), out);
}

}  // namespace stemwise::core
