#include "dsp/truepeak.h"

#include "dsp/float4.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <utility>

namespace stemwise::core {

namespace {

// Kaiser window shape: β = 5 puts the stop band ~53 dB down (images of the passband above
// 0.6·fs are at least that far below the signal) and keeps every phase flat within
// ±0.04 dB up to 0.4·fs with 16 taps per phase. Larger β widens the transition band into
// the audio band; smaller β raises the ripple.
constexpr double kKaiserBeta = 5.0;

// Zeroth-order modified Bessel function of the first kind, by its power series
// (converges fast for the small arguments a Kaiser window needs).
double besselI0(double x)
{
    double sum = 1.0;
    double term = 1.0;
    const double halfSquared = 0.25 * x * x;
    for (int k = 1; k < 100 && term > 1e-17 * sum; ++k) {
        term *= halfSquared / (static_cast<double>(k) * k);
        sum += term;
    }
    return sum;
}

double sinc(double x)
{
    if (x == 0.0)
        return 1.0;
    const double px = std::numbers::pi * x;
    return std::sin(px) / px;
}

// Largest output² among the first `outputs` of eight consecutive outputs of the phases
// 1..sizeof...(P) (phase 0 is the input). All phases advance together over the taps, so
// the accumulators are 2·phases independent chains (one phase at a time would wait on the
// adder's latency) and each input load serves every phase. Outputs past `outputs` read
// stale (finite) samples of the work buffer and are discarded. Squares order like |y| and
// need no vector abs.
template <std::size_t... P>
float interpolateGroupSquare(const float* x, const float* taps4, std::size_t outputs,
                             std::index_sequence<P...>) noexcept
{
    constexpr std::size_t kPhases = sizeof...(P);
    Float4 lo[kPhases] = {};
    Float4 hi[kPhases] = {};
    for (std::size_t k = 0; k < TruePeak::kTapsPerPhase; ++k) {
        const Float4 a = load4(x + k);
        const Float4 b = load4(x + k + 4);
        const float* h = taps4 + k * kPhases * 4;
        ((lo[P] += load4(h + 4 * P) * a, hi[P] += load4(h + 4 * P) * b), ...);
    }
    Float4 squareLo = {};
    Float4 squareHi = {};
    ((squareLo = maxOf(squareLo, lo[P] * lo[P]), squareHi = maxOf(squareHi, hi[P] * hi[P])), ...);
    if (outputs == 8)
        return std::max(horizontalMax(squareLo), horizontalMax(squareHi));
    float squares[8];
    std::memcpy(squares, &squareLo, sizeof squareLo);
    std::memcpy(squares + 4, &squareHi, sizeof squareHi);
    float m = 0.0f;
    for (std::size_t l = 0; l < outputs; ++l)
        m = std::max(m, squares[l]);
    return m;
}

}  // namespace

TruePeak::TruePeak(double sampleRateHz, int channels)
    : m_oversampling(sampleRateHz < 96000.0 ? 4 : sampleRateHz < 192000.0 ? 2 : 1)
    , m_channels(static_cast<std::size_t>(std::max(channels, 0)))
{
    if (m_oversampling == 1)
        return;

    // Prototype low-pass at the oversampled rate: h[n] = sinc((n - M)/L)·kaiser(n), n in
    // [0, L·T), centre M = L·T/2. Its cutoff is the input's Nyquist frequency, so h is zero
    // at every nonzero multiple of L from the centre: phase 0 reproduces the input samples
    // exactly and every other phase is a fractional-delay interpolator. The gain of L that
    // zero-stuffing needs is already in sinc(t/L) (its samples sum to about L).
    const auto l = static_cast<std::size_t>(m_oversampling);
    const std::size_t taps = l * kTapsPerPhase;
    const double centre = static_cast<double>(taps) / 2.0;
    const double i0Beta = besselI0(kKaiserBeta);
    std::vector<double> prototype(taps);
    for (std::size_t n = 0; n < taps; ++n) {
        const double t = static_cast<double>(n) - centre;
        const double r = t / centre;
        const double window = besselI0(kKaiserBeta * std::sqrt(std::max(0.0, 1.0 - r * r))) / i0Beta;
        prototype[n] = sinc(t / static_cast<double>(l)) * window;
    }

    // Output j of phase p within a chunk is sum_i h[p + L·i]·x[j - i]; stored reversed so it
    // reads the work buffer forwards.
    m_maxPhaseGain = 1.0f;  // phase 0
    const std::size_t phases = l - 1;
    for (std::size_t p = 1; p <= phases; ++p) {
        double gain = 0.0;
        for (std::size_t k = 0; k < kTapsPerPhase; ++k) {
            const double h = prototype[p + l * (kTapsPerPhase - 1 - k)];
            std::fill_n(m_taps4.begin() + static_cast<std::ptrdiff_t>((k * phases + p - 1) * 4), 4,
                        static_cast<float>(h));
            gain += std::fabs(h);
        }
        m_maxPhaseGain = std::max(m_maxPhaseGain, static_cast<float>(gain));
    }
    // A float dot product of 16 terms can exceed the exact bound by ~16 ulp, and the test
    // compares squares; 1e-5 covers both with room, so whatever is skipped provably holds
    // nothing above the peak.
    m_skipFactor = m_maxPhaseGain * (1.0f + 1e-5f);
}

void TruePeak::process(std::span<const float* const> channels, std::size_t frames) noexcept
{
    const std::size_t count = std::min(channels.size(), m_channels.size());
    for (std::size_t c = 0; c < count; ++c) {
        const float* samples = channels[c];
        for (std::size_t done = 0; done < frames;) {
            const std::size_t n = std::min(kChunkFrames, frames - done);
            meterChunk(m_channels[c], samples + done, n);
            done += n;
        }
    }
}

void TruePeak::finish() noexcept
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_oversampling == 1)
        return;
    // kHistory zeros push every output that involves a real sample through the filter.
    static constexpr std::array<float, kHistory> zeros{};
    for (Channel& channel : m_channels)
        meterChunk(channel, zeros.data(), zeros.size());
}

void TruePeak::reset() noexcept
{
    for (Channel& channel : m_channels)
        channel = Channel{};
    m_groupsMetered = 0;
    m_groupsInterpolated = 0;
    m_finished = false;
}

void TruePeak::resetPeaks() noexcept
{
    for (Channel& channel : m_channels)
        channel.peak = 0.0f;
}

float TruePeak::peak(int channel) const noexcept
{
    if (channel < 0 || static_cast<std::size_t>(channel) >= m_channels.size())
        return 0.0f;
    return m_channels[static_cast<std::size_t>(channel)].peak;
}

float TruePeak::maxPeak() const noexcept
{
    float m = 0.0f;
    for (const Channel& channel : m_channels)
        m = std::max(m, channel.peak);
    return m;
}

void TruePeak::meterChunk(Channel& channel, const float* samples, std::size_t frames) noexcept
{
    const auto groups = static_cast<std::int64_t>((frames + kGroupFrames - 1) / kGroupFrames);
    m_groupsMetered += groups;
    // Phase 0 is the input itself.
    const float inputPeak = maxAbs(samples, frames);
    channel.peak = std::max(channel.peak, inputPeak);
    if (m_oversampling == 1)
        return;

    const float historyPeak = maxAbs(channel.history.data(), kHistory);
    if (m_skipEnabled && std::max(inputPeak, historyPeak) * m_skipFactor <= channel.peak) {
        // The whole chunk is below the bound: only the history moves on.
        std::copy(samples + frames - std::min(frames, kHistory), samples + frames,
                  std::copy(channel.history.begin() + static_cast<std::ptrdiff_t>(std::min(frames, kHistory)),
                            channel.history.end(), channel.history.begin()));
        return;
    }
    std::copy(channel.history.begin(), channel.history.end(), m_work.begin());
    std::copy(samples, samples + frames, m_work.begin() + kHistory);
    interpolateChunk(channel, frames);
    // The last kHistory samples of history + chunk are the next chunk's history.
    std::copy(m_work.begin() + static_cast<std::ptrdiff_t>(frames),
              m_work.begin() + static_cast<std::ptrdiff_t>(frames + kHistory), channel.history.begin());
}

void TruePeak::interpolateChunk(Channel& channel, std::size_t frames) noexcept
{
    static_assert(kGroupFrames == 8 && kChunkFrames % kGroupFrames == 0);
    // Largest square of each 8-sample block of history + chunk, four lanes wide (reduced
    // only where a group is tested); blocks past the data are 0: only discarded outputs
    // read them.
    Float4 blockSquare[kBlocks + 2];
    const std::size_t blocks = (kHistory + frames + kGroupFrames - 1) / kGroupFrames;
    for (std::size_t b = 0; b < blocks; ++b) {
        const Float4 a = load4(m_work.data() + b * kGroupFrames);
        const Float4 c = load4(m_work.data() + b * kGroupFrames + 4);
        blockSquare[b] = maxOf(a * a, c * c);
    }
    for (std::size_t b = blocks; b < kBlocks + 2; ++b)
        blockSquare[b] = Float4{};

    const float skipSquare = m_skipFactor * m_skipFactor;
    float peakSquare = channel.peak * channel.peak;
    float groupMaxSquare = 0.0f;
    for (std::size_t first = 0; first < frames; first += kGroupFrames) {
        // Outputs first..first+7 read work[first, first + 7 + kHistory]: blocks g, g+1, g+2.
        const std::size_t g = first / kGroupFrames;
        const float reachSquare =
            horizontalMax(maxOf(blockSquare[g], maxOf(blockSquare[g + 1], blockSquare[g + 2])));
        if (m_skipEnabled && reachSquare * skipSquare <= peakSquare)
            continue;
        ++m_groupsInterpolated;
        const float* x = m_work.data() + first;
        const std::size_t outputs = std::min(kGroupFrames, frames - first);
        const float square = m_oversampling == 4
            ? interpolateGroupSquare(x, m_taps4.data(), outputs, std::make_index_sequence<3>{})
            : interpolateGroupSquare(x, m_taps4.data(), outputs, std::make_index_sequence<1>{});
        groupMaxSquare = std::max(groupMaxSquare, square);
        peakSquare = std::max(peakSquare, square);
    }
    channel.peak = std::max(channel.peak, std::sqrt(groupMaxSquare));
}

}  // namespace stemwise::core
