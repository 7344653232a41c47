#include "dsp/onsetdetector.h"

#include "dsp/frames.h"
#include "dsp/float4.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace stemwise::core {

namespace {

// Band layout. Below ~30 Hz there is rumble and DC, not rhythm; above 16 kHz mostly codec
// artefacts. Twelve bands per octave are fine enough for the max filter to cover a vibrato
// of a semitone; at the low end, where a band would be narrower than a bin, bins stand alone.
constexpr double kLowestHz = 30.0;
constexpr double kHighestHz = 16000.0;
constexpr double kBandsPerOctave = 12.0;
// Accent band edges (Hz): kick and bass fundamentals / snare body, low mids / attack of
// snare, guitars and keys / hats and cymbals.
constexpr std::array<double, kAccentBands - 1> kAccentEdgesHz{150.0, 800.0, 4000.0};

// log(1 + γ|X|): |X| = 1 for a full-scale sine, so γ = 1e4 puts the knee at -80 dB per bin,
// below the noise of any real recording but above the dither of a 16-bit file; over the knee
// the flux measures level ratios and does not depend on the track's gain.
constexpr float kCompression = 1e4f;

// Peak picking, in frames of ~10.7 ms (Böck et al. 2012 use 30 ms / 100 ms windows).
constexpr std::int64_t kLookahead = 2;
constexpr std::int64_t kPreMax = 3;
constexpr std::int64_t kPreAvg = 10;
constexpr std::int64_t kMinGap = 3;
// Above the local mean by kDelta mean log rise per band (≈ +0.4 dB in every band, or
// +1.7 dB in a quarter of them, a soft hat) plus kMedianFactor times the median strength of
// the last ~0.5 s: the flux of stationary noise and dense textures has a floor that
// fluctuates in proportion to it (white noise: median 0.04, excess over the mean < 0.1).
constexpr float kDelta = 0.05f;
constexpr float kMedianFactor = 1.5f;
constexpr std::int64_t kMedianFrames = 48;
// Frames of strength kept for peak picking: the median's and the mean's reach back and the
// lookahead, rounded up to a power of two.
constexpr std::size_t kRecentFrames = 128;
static_assert(kRecentFrames >= static_cast<std::size_t>(kMedianFrames + kPreAvg + kLookahead + 2));

// Refinement: blocks of ~1.3 ms compared with the strongest of the four before them.
constexpr int kPriorBlocks = 4;
// Below this rise the attack is too soft to place by energy: keep the frame time.
constexpr double kSharpMinDb = 6.0;

// ln(x) for x >= 1 within 2e-5: the exponent from the float's bits, the mantissa's log by
// the atanh series. std::log1p costs more than the rest of the detector together, and the
// onset strength needs nowhere near its precision.
inline float fastLn(float x)
{
    const auto bits = std::bit_cast<std::uint32_t>(x);
    const auto exponent = static_cast<float>(static_cast<int>(bits >> 23) - 127);
    const float m = std::bit_cast<float>((bits & 0x007FFFFFu) | 0x3F800000u);  // [1, 2)
    const float t = (m - 1.0f) / (m + 1.0f);                                    // [0, 1/3)
    const float t2 = t * t;
    const float lnM = 2.0f * t * (1.0f + t2 * (1.0f / 3.0f + t2 * (1.0f / 5.0f + t2 * (1.0f / 7.0f + t2 / 9.0f))));
    return exponent * 0.69314718f + lnM;
}

}  // namespace

void OnsetDetector::prepare(const StftGeometry& geometry, std::int64_t expectedFrames)
{
    m_fftSize = geometry.fftSize;
    m_hop = geometry.hop;
    m_sampleRateHz = geometry.sampleRateHz;
    const double binHz = geometry.binHz();
    const int bins = geometry.bins();
    const double topHz = std::min(kHighestHz, 0.95 * geometry.sampleRateHz / 2.0);

    m_bandStart.clear();
    int lastBand = -1;
    int lastBin = 0;
    for (int k = 1; k < bins; ++k) {
        const double hz = k * binHz;
        if (hz < kLowestHz)
            continue;
        if (hz > topHz)
            break;
        const int band = static_cast<int>(std::floor(kBandsPerOctave * std::log2(hz / kLowestHz)));
        if (band != lastBand) {
            m_bandStart.push_back(k);
            lastBand = band;
        }
        lastBin = k;
    }
    m_bandStart.push_back(lastBin + 1);
    const std::size_t bands = m_bandStart.size() - 1;
    m_bandInvWidth.resize(bands);
    for (std::size_t b = 0; b < bands; ++b)
        m_bandInvWidth[b] = 1.0f / static_cast<float>(m_bandStart[b + 1] - m_bandStart[b]);

    m_accentStart[0] = 0;
    for (std::size_t a = 0; a < kAccentEdgesHz.size(); ++a) {
        int b = m_accentStart[a];
        while (b < static_cast<int>(bands) && m_bandStart[static_cast<std::size_t>(b)] * binHz < kAccentEdgesHz[a])
            ++b;
        m_accentStart[a + 1] = b;
    }
    m_accentStart[kAccentBands] = static_cast<int>(bands);

    m_logMag.assign(bands, 0.0f);
    m_prevMax.assign(bands, 0.0f);

    // Two frames of samples: an onset is refined two frames (the lookahead) after its frame,
    // over its whole frame plus a few blocks before it.
    std::size_t ringSize = 1;
    while (ringSize < 2 * static_cast<std::size_t>(m_fftSize))
        ringSize *= 2;
    m_ring.assign(ringSize, 0.0f);
    m_ringEnd = 0;
    m_blockSamples = std::max(16, m_hop / 8);
    m_blockEnergy.assign(static_cast<std::size_t>(m_fftSize / m_blockSamples) + kPriorBlocks + 2, 0.0);
    m_diff.assign(m_blockEnergy.size() * static_cast<std::size_t>(m_blockSamples), 0.0f);

    m_frames = 0;
    m_lastOnsetFrame = -1000;
    m_envelope = {};
    m_envelope.frameRateHz = geometry.frameRateHz();
    m_recent.assign(kRecentFrames, 0.0f);
    m_keepEvery = 1;
    m_onsets.clear();
    if (expectedFrames > 0) {
        const auto frames = std::min(static_cast<std::size_t>(expectedFrames / m_hop + 2), OnsetEnvelope::kMaxEnvelopeFrames);
        m_envelope.strength.reserve(frames);
        m_envelope.accents.reserve(frames);
    }
}

float OnsetDetector::sampleAt(std::int64_t index) const
{
    const auto size = static_cast<std::int64_t>(m_ring.size());
    if (index < 0 || index >= m_ringEnd || index < m_ringEnd - size)
        return 0.0f;
    return m_ring[static_cast<std::size_t>(index) & (m_ring.size() - 1)];
}

void OnsetDetector::process(const SpectrumFrame& frame)
{
    // Keep the frame's new samples. Frame i spans samples [i·hop - N/2, i·hop + N/2); the
    // ring holds sample s at s mod its size, and samples before the stream's start stay 0.
    const std::int64_t first = frame.index * m_hop - m_fftSize / 2;
    std::int64_t from = frame.index == 0 ? 0 : m_fftSize - m_hop;
    from = std::max(from, -first);
    const auto ringSize = static_cast<std::int64_t>(m_ring.size());
    while (from < static_cast<std::int64_t>(frame.samples.size())) {
        const std::int64_t at = (first + from) & (ringSize - 1);
        const std::int64_t count = std::min(static_cast<std::int64_t>(frame.samples.size()) - from, ringSize - at);
        std::memcpy(m_ring.data() + at, frame.samples.data() + from, static_cast<std::size_t>(count) * sizeof(float));
        from += count;
    }
    m_ringEnd = first + static_cast<std::int64_t>(frame.samples.size());

    const std::size_t bands = m_logMag.size();
    const float* power = frame.power.data();
    for (std::size_t b = 0; b < bands; ++b) {
        const float sum = sumOf(power + m_bandStart[b], static_cast<std::size_t>(m_bandStart[b + 1] - m_bandStart[b]));
        // ln(1 + γ|X|) computed as ½·ln(1 + γ²|X|²): the same above the knee, no square root.
        m_logMag[b] = 0.5f * fastLn(1.0f + kCompression * kCompression * sum * m_bandInvWidth[b]);
    }

    std::array<float, kAccentBands> accent{};
    float total = 0.0f;
    for (std::size_t a = 0; a < kAccentBands; ++a) {
        float sum = 0.0f;
        for (int b = m_accentStart[a]; b < m_accentStart[a + 1]; ++b) {
            const float rise = m_logMag[static_cast<std::size_t>(b)] - m_prevMax[static_cast<std::size_t>(b)];
            sum += rise > 0.0f ? rise : 0.0f;
        }
        total += sum;
        const int width = m_accentStart[a + 1] - m_accentStart[a];
        accent[a] = width > 0 ? sum / static_cast<float>(width) : 0.0f;
    }
    const float strength = bands > 0 ? total / static_cast<float>(bands) : 0.0f;
    m_recent[static_cast<std::size_t>(m_frames) & (kRecentFrames - 1)] = strength;
    keepForTempo(strength, accent);

    // The SuperFlux reference: each band's previous value is the max of it and its neighbours.
    for (std::size_t b = 0; b < bands; ++b) {
        float m = m_logMag[b];
        if (b > 0)
            m = std::max(m, m_logMag[b - 1]);
        if (b + 1 < bands)
            m = std::max(m, m_logMag[b + 1]);
        m_prevMax[b] = m;
    }

    ++m_frames;
    if (m_frames > kLookahead)
        pickPeak(m_frames - 1 - kLookahead);
}

float OnsetDetector::strengthAt(std::int64_t frame) const
{
    return m_recent[static_cast<std::size_t>(frame) & (kRecentFrames - 1)];
}

void OnsetDetector::keepForTempo(float strength, const std::array<float, kAccentBands>& accent)
{
    constexpr auto kSegment = static_cast<std::int64_t>(OnsetEnvelope::kEnvelopeSegmentFrames);
    const std::int64_t frame = m_envelope.framesSeen++;
    if ((frame / kSegment) % m_keepEvery != 0)
        return;
    if (m_envelope.strength.size() >= OnsetEnvelope::kMaxEnvelopeFrames) {
        // Full: keep every other segment kept so far (spread evenly over what was seen),
        // and from now on every other segment of what comes.
        std::size_t to = 0;
        const std::size_t segments = m_envelope.strength.size() / OnsetEnvelope::kEnvelopeSegmentFrames;
        for (std::size_t s = 0; s < segments; s += 2) {
            const std::size_t from = s * OnsetEnvelope::kEnvelopeSegmentFrames;
            std::copy_n(m_envelope.strength.begin() + static_cast<std::ptrdiff_t>(from), OnsetEnvelope::kEnvelopeSegmentFrames,
                        m_envelope.strength.begin() + static_cast<std::ptrdiff_t>(to));
            std::copy_n(m_envelope.accents.begin() + static_cast<std::ptrdiff_t>(from), OnsetEnvelope::kEnvelopeSegmentFrames,
                        m_envelope.accents.begin() + static_cast<std::ptrdiff_t>(to));
            to += OnsetEnvelope::kEnvelopeSegmentFrames;
        }
        m_envelope.strength.resize(to);
        m_envelope.accents.resize(to);
        m_keepEvery *= 2;
        m_envelope.segmentFrames = OnsetEnvelope::kEnvelopeSegmentFrames;
        if ((frame / kSegment) % m_keepEvery != 0)
            return;
    }
    m_envelope.strength.push_back(strength);
    m_envelope.accents.push_back(accent);
}

void OnsetDetector::finish()
{
    for (std::int64_t n = std::max<std::int64_t>(0, m_frames - kLookahead); n < m_frames; ++n)
        pickPeak(n);
}

void OnsetDetector::pickPeak(std::int64_t n)
{
    const float v = strengthAt(n);
    if (v <= kDelta || n - m_lastOnsetFrame < kMinGap)
        return;
    const std::int64_t last = std::min(m_frames - 1, n + kLookahead);
    for (std::int64_t i = std::max<std::int64_t>(0, n - kPreMax); i <= last; ++i) {
        const float w = strengthAt(i);
        // Strictly greater before, greater-or-equal after: a plateau yields its first frame.
        if (i < n ? w >= v : (i > n && w > v))
            return;
    }
    double sum = 0.0;
    const std::int64_t from = std::max<std::int64_t>(0, n - kPreAvg);
    for (std::int64_t i = from; i <= last; ++i)
        sum += strengthAt(i);
    const auto mean = static_cast<float>(sum / static_cast<double>(last - from + 1));
    if (v < mean + kDelta)
        return;
    const std::int64_t medianFrom = std::max<std::int64_t>(0, n - kMedianFrames);
    std::array<float, kMedianFrames> recent{};
    const auto count = static_cast<std::size_t>(n - medianFrom);
    if (count > 0) {
        for (std::size_t i = 0; i < count; ++i)
            recent[i] = strengthAt(medianFrom + static_cast<std::int64_t>(i));
        std::nth_element(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(count / 2),
                         recent.begin() + static_cast<std::ptrdiff_t>(count));
        if (v < mean + kDelta + kMedianFactor * recent[count / 2])
            return;
    }
    m_lastOnsetFrame = n;
    refineAndAdd(n, v - mean);
}

void OnsetDetector::refineAndAdd(std::int64_t n, float strength)
{
    // Frame time with parabolic interpolation of the flux peak: the fallback for soft attacks.
    double offset = 0.0;
    if (n > 0 && n + 1 < m_frames) {
        const double a = strengthAt(n - 1);
        const double b = strengthAt(n);
        const double c = strengthAt(n + 1);
        const double den = a - 2.0 * b + c;
        if (den < 0.0)
            offset = std::clamp(0.5 * (a - c) / den, -0.5, 0.5);
    }
    double timeS = (static_cast<double>(n) + offset) * m_hop / m_sampleRateHz;

    // Time-domain search over the frame's span (the flux of frame n can only come from
    // there), on the first difference of the signal: it weighs an attack's broadband click
    // over the low-frequency body of whatever is already sounding.
    const std::int64_t bsize = m_blockSamples;
    const auto blocks = m_blockEnergy.size();
    const std::int64_t start = n * m_hop - m_fftSize / 2 - kPriorBlocks * bsize;
    float prev = sampleAt(start - 1);
    for (std::size_t i = 0; i < m_diff.size(); ++i) {
        const float x = sampleAt(start + static_cast<std::int64_t>(i));
        m_diff[i] = x - prev;
        prev = x;
    }
    double maxEnergy = 0.0;
    for (std::size_t j = 0; j < blocks; ++j) {
        float e = 0.0f;
        const float* d = m_diff.data() + j * static_cast<std::size_t>(bsize);
        for (std::int64_t i = 0; i < bsize; ++i)
            e += d[i] * d[i];
        m_blockEnergy[j] = e;
        maxEnergy = std::max(maxEnergy, static_cast<double>(e));
    }
    float sharpnessDb = 0.0f;
    if (maxEnergy > 1e-14) {
        const double floor = 1e-6 * maxEnergy + 1e-16;
        double bestRise = -1.0;
        std::size_t bestBlock = 0;
        for (std::size_t j = kPriorBlocks; j < blocks; ++j) {
            const double e = m_blockEnergy[j];
            // Only blocks that carry a real part of the frame's energy: a rise out of the
            // noise floor just before a hit is not the hit.
            if (e < 0.05 * maxEnergy)
                continue;
            double before = 0.0;
            for (std::size_t p = j - kPriorBlocks; p < j; ++p)
                before = std::max(before, m_blockEnergy[p]);
            const double rise = (e + floor) / (before + floor);
            if (rise > bestRise) {
                bestRise = rise;
                bestBlock = j;
            }
        }
        if (bestRise > 0.0) {
            const double riseDb = 10.0 * std::log10(bestRise);
            sharpnessDb = static_cast<float>(std::min(riseDb, 60.0));
            if (riseDb >= kSharpMinDb) {
                // Within the block, the first sample whose difference reaches a third of the
                // block's largest: the start of a click to the sample, of a drum within ~1 ms.
                const float* d = m_diff.data() + bestBlock * static_cast<std::size_t>(bsize);
                float peak = 0.0f;
                for (std::int64_t i = 0; i < bsize; ++i)
                    peak = std::max(peak, std::abs(d[i]));
                std::int64_t at = 0;
                while (at < bsize && std::abs(d[at]) < peak / 3.0f)
                    ++at;
                timeS = static_cast<double>(start + static_cast<std::int64_t>(bestBlock) * bsize + at) / m_sampleRateHz;
            }
        }
    }
    m_onsets.push_back({std::max(0.0, timeS), strength, sharpnessDb});
}

}  // namespace stemwise::core
