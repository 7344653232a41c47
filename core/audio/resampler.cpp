// Resampler: libsoxr set up once for every rate conversion (see resampler.h).
#include "audio/resampler.h"

#include "util/strprintf.h"

#include <soxr.h>

namespace stemwise::core {

void Resampler::Free::operator()(soxr* s) const
{
    soxr_delete(s);
}

Result<Resampler> Resampler::create(double fromHz, double toHz, unsigned channels)
{
    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    soxr_t s = soxr_create(fromHz, toHz, channels, &error, &io, &quality, &runtime);
    if (s == nullptr || error != nullptr) {
        if (s != nullptr)
            soxr_delete(s);
        return Error{strprintf("cannot resample %g Hz to %g Hz: %s", fromHz, toHz, error != nullptr ? error : "libsoxr failed")};
    }
    return Resampler(s);
}

Result<Resampler::Step> Resampler::process(const float* in, std::size_t inFrames, float* out, std::size_t outCapacity)
{
    Step step;
    const soxr_error_t error = soxr_process(m_soxr.get(), in, in != nullptr ? inFrames : 0, &step.used, out, outCapacity, &step.made);
    if (error != nullptr)
        return Error{std::string("resampling failed: ") + error};
    return step;
}

void Resampler::clear()
{
    soxr_clear(m_soxr.get());
}

}  // namespace stemwise::core
