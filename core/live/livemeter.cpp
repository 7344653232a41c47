// LiveMeter: the incremental live meters (see livemeter.h for what and why).
#include "live/livemeter.h"

#include "dsp/fftplan.h"
#include "dsp/stereofigures.h"
#include "dsp/truepeak.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>
#include <stdexcept>

namespace stemwise::core {

namespace {

constexpr double kSpectrumFloorDb = -150.0;
constexpr double kHannEnbwBins = 1.5;
constexpr std::size_t kMaxPiece = 4096;  // frames deinterleaved at a time
constexpr double kTinyPower = 1e-20;

double toDb(double linear)
{
    return linear > 0.0 ? 20.0 * std::log10(linear) : kNoLevel;
}

double powerToDb(double power)
{
    return power > kTinyPower ? 10.0 * std::log10(power) : kNoLevel;
}

double fromLibebur128(double lufs)
{
    return std::isfinite(lufs) ? lufs : kNoLevel;
}

}  // namespace

double spectrumPointHz(std::size_t index)
{
    return kSpectrumFirstHz * std::exp2(static_cast<double>(index) / 12.0);
}

struct LiveMeter::Impl {
    Impl(int channels, double rateHz, const LiveMeterSettings& s)
        : truePeak(rateHz, channels), fft(s.fftSize),
          fftIn(sizeof(float) * static_cast<std::size_t>(s.fftSize)),
          fftOut(sizeof(std::complex<float>) * static_cast<std::size_t>(s.fftSize / 2 + 1))
    {
    }
    ~Impl()
    {
        if (loudness != nullptr)
            ebur128_destroy(&loudness);
    }

    // Levels.
    TruePeak truePeak;
    std::vector<std::vector<float>> planar;  // kMaxPiece frames per channel
    std::vector<const float*> planarPtrs;
    std::size_t readingFrames = 0;
    std::size_t readingPos = 0;
    std::size_t readingsPerWindow = 0;
    std::size_t readingsDone = 0;      // since reset
    std::vector<float> readingPeak;    // per channel, this reading
    std::vector<double> readingSumSq;  // per channel, this reading
    double readingLr = 0.0;
    std::vector<double> windowSumSq;   // readingsPerWindow × channels
    std::vector<double> windowLr;      // readingsPerWindow
    std::vector<double> peakMeterDb, holdDb, holdAgeS;
    std::vector<float> maxPeak;
    std::vector<char> clipped;
    double totalLl = 0.0, totalRr = 0.0, totalLr = 0.0;
    std::int64_t frames = 0;

    // Loudness.
    ebur128_state* loudness = nullptr;
    std::size_t readingsSinceLoudness = 0;
    double momentary = kNoLevel, shortTerm = kNoLevel, integrated = kNoLevel, range = 0.0;

    // Spectrum.
    RealFft fft;
    FftBuffer fftIn;
    FftBuffer fftOut;
    std::vector<float> history;  // circular, fftSize
    std::size_t historyPos = 0;
    std::vector<float> window;
    double windowScale = 1.0;    // power scale: a sine of amplitude A reads A² at its peak
    std::size_t hop = 1;
    std::size_t hopPos = 0;
    double alpha = 0.0;          // averaging factor per frame
    bool averageEmpty = true;
    std::vector<double> average;  // averaged bin power
    std::array<std::size_t, kSpectrumPoints> pointLo{}, pointHi{};  // bins, inclusive; hi < lo: none
    std::array<std::size_t, kBandCount> bandLo{}, bandHi{};         // bins, exclusive hi
    std::array<float, kSpectrumPoints> spectrumDb{};  // display figures of `average`
    std::array<float, kBandCount> bandShare{};
    std::array<float, kBandCount> bandLevelDb{};
    std::size_t audibleLo = 0, audibleHi = 0;
};

LiveMeter::LiveMeter(int channels, double sampleRateHz, const LiveMeterSettings& settings)
    : m_channels(channels), m_sampleRateHz(sampleRateHz)
{
    if (channels < 1 || channels > kMaxLiveChannels)
        throw std::invalid_argument("live meter: 1 to 8 channels");
    if (!(sampleRateHz >= 8000.0 && sampleRateHz <= 768000.0))
        throw std::invalid_argument("live meter: sample rate out of range");
    const int n = settings.fftSize;
    if (n < 256 || n > 32768 || (n & (n - 1)) != 0)
        throw std::invalid_argument("live meter: FFT size must be a power of two from 256 to 32768");
    if (!(settings.spectrumUpdatesPerS > 0.0) || !(settings.spectrumAveragingS >= 0.0))
        throw std::invalid_argument("live meter: bad spectrum rate or averaging");

    m_impl = std::make_unique<Impl>(channels, sampleRateHz, settings);
    Impl& m = *m_impl;
    const auto ch = static_cast<std::size_t>(channels);
    m.planar.assign(ch, std::vector<float>(kMaxPiece));
    for (auto& p : m.planar)
        m.planarPtrs.push_back(p.data());
    m.readingFrames = static_cast<std::size_t>(std::lround(sampleRateHz * kReadingS));
    m.readingsPerWindow = static_cast<std::size_t>(std::lround(kRmsWindowS / kReadingS));
    m.readingPeak.assign(ch, 0.0f);
    m.readingSumSq.assign(ch, 0.0);
    m.windowSumSq.assign(ch * m.readingsPerWindow, 0.0);
    m.windowLr.assign(m.readingsPerWindow, 0.0);
    m.peakMeterDb.assign(ch, kNoLevel);
    m.holdDb.assign(ch, kNoLevel);
    m.holdAgeS.assign(ch, 0.0);
    m.maxPeak.assign(ch, 0.0f);
    m.clipped.assign(ch, 0);

    const auto size = static_cast<std::size_t>(n);
    m.history.assign(size, 0.0f);
    m.window.resize(size);
    double windowSum = 0.0;
    for (std::size_t i = 0; i < size; ++i) {  // periodic Hann
        m.window[i] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i)
                                                               / static_cast<double>(size)));
        windowSum += m.window[i];
    }
    m.windowScale = (2.0 / windowSum) * (2.0 / windowSum);
    m.hop = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(sampleRateHz / settings.spectrumUpdatesPerS)));
    const double hopS = static_cast<double>(m.hop) / sampleRateHz;
    m.alpha = settings.spectrumAveragingS > 0.0 ? std::exp(-hopS / settings.spectrumAveragingS) : 0.0;
    const std::size_t bins = size / 2 + 1;
    m.average.assign(bins, 0.0);
    const double binHz = sampleRateHz / static_cast<double>(size);
    const auto binAt = [&](double hz) {
        return std::min(bins, static_cast<std::size_t>(std::max(0.0, std::ceil(hz / binHz))));
    };
    for (std::size_t p = 0; p < kSpectrumPoints; ++p) {
        const double f = spectrumPointHz(p);
        std::size_t lo = binAt(f * std::exp2(-1.0 / 24.0));
        std::size_t hi = binAt(f * std::exp2(1.0 / 24.0));  // exclusive
        if (f >= sampleRateHz / 2.0) {
            lo = 1;
            hi = 0;  // above Nyquist: nothing to show
        } else if (hi <= lo) {  // narrower than a bin: the nearest one
            lo = std::min(bins - 1, static_cast<std::size_t>(std::lround(f / binHz)));
            hi = lo;
        } else {
            hi -= 1;
        }
        m.pointLo[p] = lo;
        m.pointHi[p] = hi;
    }
    for (std::size_t b = 0; b < kBandCount; ++b) {
        m.bandLo[b] = binAt(kBands[b].lowHz);
        m.bandHi[b] = binAt(std::min(kBands[b].highHz, sampleRateHz / 2.0));
    }
    m.audibleLo = binAt(20.0);
    m.audibleHi = binAt(std::min(20000.0, sampleRateHz / 2.0));
    reset();
}

LiveMeter::~LiveMeter() = default;

void LiveMeter::reset() noexcept
{
    Impl& m = *m_impl;
    m.truePeak.resetPeaks();  // the stream goes on: keep the interpolator's history
    std::fill(m.readingPeak.begin(), m.readingPeak.end(), 0.0f);
    std::fill(m.readingSumSq.begin(), m.readingSumSq.end(), 0.0);
    std::fill(m.windowSumSq.begin(), m.windowSumSq.end(), 0.0);
    std::fill(m.windowLr.begin(), m.windowLr.end(), 0.0);
    std::fill(m.peakMeterDb.begin(), m.peakMeterDb.end(), kNoLevel);
    std::fill(m.holdDb.begin(), m.holdDb.end(), kNoLevel);
    std::fill(m.holdAgeS.begin(), m.holdAgeS.end(), 0.0);
    std::fill(m.maxPeak.begin(), m.maxPeak.end(), 0.0f);
    std::fill(m.clipped.begin(), m.clipped.end(), 0);
    m.readingLr = 0.0;
    m.readingPos = 0;
    m.readingsDone = 0;
    m.totalLl = m.totalRr = m.totalLr = 0.0;
    m.frames = 0;

    // libebur128 has no reset: a fresh state (the analysis thread may allocate).
    if (m.loudness != nullptr)  // ebur128_destroy() does not take a null state
        ebur128_destroy(&m.loudness);
    m.loudness = ebur128_init(static_cast<unsigned>(m_channels), static_cast<unsigned long>(std::lround(m_sampleRateHz)),
                              EBUR128_MODE_M | EBUR128_MODE_S | EBUR128_MODE_I | EBUR128_MODE_LRA
                                  | EBUR128_MODE_HISTOGRAM);
    if (m.loudness != nullptr && m_channels == 2) {
        ebur128_set_channel(m.loudness, 0, EBUR128_LEFT);
        ebur128_set_channel(m.loudness, 1, EBUR128_RIGHT);
    } else if (m.loudness != nullptr) {  // weight 1 each (BS.1770 has no weights beyond 5.1 here)
        for (int c = 0; c < m_channels; ++c)
            ebur128_set_channel(m.loudness, static_cast<unsigned>(c), EBUR128_CENTER);
    }
    m.readingsSinceLoudness = 0;
    m.momentary = m.shortTerm = m.integrated = kNoLevel;
    m.range = 0.0;

    std::fill(m.average.begin(), m.average.end(), 0.0);
    m.averageEmpty = true;
    m.hopPos = 0;
    updateSpectrumFigures();
}

void LiveMeter::process(const float* interleaved, std::size_t frames) noexcept
{
    Impl& m = *m_impl;
    const auto ch = static_cast<std::size_t>(m_channels);
    while (frames > 0) {
        const std::size_t piece = std::min(frames, kMaxPiece);
        for (std::size_t i = 0; i < piece; ++i)
            for (std::size_t c = 0; c < ch; ++c)
                m.planar[c][i] = interleaved[i * ch + c];
        m.truePeak.process(m.planarPtrs, piece);

        std::size_t done = 0;
        while (done < piece) {
            const std::size_t n = std::min({piece - done, m.readingFrames - m.readingPos, m.hop - m.hopPos});
            if (m.loudness != nullptr)
                ebur128_add_frames_float(m.loudness, interleaved + done * ch, n);
            for (std::size_t c = 0; c < ch; ++c) {
                const float* x = m.planar[c].data() + done;
                float peak = m.readingPeak[c];
                double sumSq = 0.0;
                for (std::size_t i = 0; i < n; ++i) {
                    peak = std::max(peak, std::fabs(x[i]));
                    sumSq += static_cast<double>(x[i]) * static_cast<double>(x[i]);
                }
                m.readingPeak[c] = peak;
                m.readingSumSq[c] += sumSq;
            }
            if (ch >= 2) {
                const float* l = m.planar[0].data() + done;
                const float* r = m.planar[1].data() + done;
                double lr = 0.0;
                for (std::size_t i = 0; i < n; ++i)
                    lr += static_cast<double>(l[i]) * static_cast<double>(r[i]);
                m.readingLr += lr;
            }
            const float gain = 1.0f / static_cast<float>(ch);
            for (std::size_t i = 0; i < n; ++i) {
                float mid = 0.0f;
                for (std::size_t c = 0; c < ch; ++c)
                    mid += m.planar[c][done + i];
                m.history[m.historyPos] = mid * gain;
                m.historyPos = (m.historyPos + 1) & (m.history.size() - 1);
            }
            done += n;
            m.readingPos += n;
            m.hopPos += n;
            m.frames += static_cast<std::int64_t>(n);
            if (m.readingPos == m.readingFrames)
                endReading();
            if (m.hopPos == m.hop)
                spectrumFrame();
        }
        interleaved += piece * ch;
        frames -= piece;
    }
}

void LiveMeter::endReading() noexcept
{
    Impl& m = *m_impl;
    const auto ch = static_cast<std::size_t>(m_channels);
    const std::size_t slot = m.readingsDone % m.readingsPerWindow;
    for (std::size_t c = 0; c < ch; ++c) {
        const float peak = m.readingPeak[c];
        const double peakDb = toDb(peak);
        double meter = m.peakMeterDb[c] - kPeakDecayDbPerS * kReadingS;
        if (meter < kSpectrumFloorDb)
            meter = kNoLevel;
        m.peakMeterDb[c] = std::max(meter, peakDb);
        if (peakDb >= m.holdDb[c]) {
            m.holdDb[c] = peakDb;
            m.holdAgeS[c] = 0.0;
        } else {
            m.holdAgeS[c] += kReadingS;
            if (m.holdAgeS[c] > kPeakHoldS)
                m.holdDb[c] = m.peakMeterDb[c];
        }
        m.maxPeak[c] = std::max(m.maxPeak[c], peak);
        if (peak >= kClipLevel)
            m.clipped[c] = 1;
        m.windowSumSq[slot * ch + c] = m.readingSumSq[c];
        m.readingPeak[c] = 0.0f;
        m.readingSumSq[c] = 0.0;
    }
    if (ch >= 2) {
        m.totalLl += m.windowSumSq[slot * ch];
        m.totalRr += m.windowSumSq[slot * ch + 1];
        m.totalLr += m.readingLr;
    }
    m.windowLr[slot] = m.readingLr;
    m.readingLr = 0.0;
    m.readingPos = 0;
    ++m.readingsDone;

    if (++m.readingsSinceLoudness * kReadingS >= kLoudnessUpdateS - 1e-9 && m.loudness != nullptr) {
        m.readingsSinceLoudness = 0;
        double v = 0.0;
        if (ebur128_loudness_momentary(m.loudness, &v) == EBUR128_SUCCESS)
            m.momentary = fromLibebur128(v);
        if (m.readingsDone * kReadingS >= 3.0 - 1e-9 && ebur128_loudness_shortterm(m.loudness, &v) == EBUR128_SUCCESS)
            m.shortTerm = fromLibebur128(v);
        if (ebur128_loudness_global(m.loudness, &v) == EBUR128_SUCCESS)
            m.integrated = fromLibebur128(v);
        if (ebur128_loudness_range(m.loudness, &v) == EBUR128_SUCCESS)
            m.range = std::isfinite(v) ? v : 0.0;
    }
}

void LiveMeter::spectrumFrame() noexcept
{
    Impl& m = *m_impl;
    m.hopPos = 0;
    const std::size_t size = m.history.size();
    auto* in = static_cast<float*>(m.fftIn.data());
    for (std::size_t i = 0; i < size; ++i)  // oldest first
        in[i] = m.history[(m.historyPos + i) & (size - 1)] * m.window[i];
    auto* out = static_cast<std::complex<float>*>(m.fftOut.data());
    m.fft.forward(in, out);
    const double keep = m.averageEmpty ? 0.0 : m.alpha;
    for (std::size_t k = 0; k < m.average.size(); ++k) {
        const double power = static_cast<double>(std::norm(out[k])) * m.windowScale;
        m.average[k] = keep * m.average[k] + (1.0 - keep) * power;
    }
    m.averageEmpty = false;
    updateSpectrumFigures();
}

// The display figures of the averaged spectrum, once per FFT frame (not per snapshot).
void LiveMeter::updateSpectrumFigures() noexcept
{
    Impl& m = *m_impl;
    for (std::size_t p = 0; p < kSpectrumPoints; ++p) {
        double power = 0.0;
        for (std::size_t k = m.pointLo[p]; k <= m.pointHi[p] && k < m.average.size(); ++k)
            power = std::max(power, m.average[k]);
        m.spectrumDb[p] = static_cast<float>(std::max(kSpectrumFloorDb, powerToDb(power)));
    }
    double total = 0.0;
    for (std::size_t k = m.audibleLo; k < m.audibleHi; ++k)
        total += m.average[k];
    for (std::size_t b = 0; b < kBandCount; ++b) {
        double band = 0.0;
        for (std::size_t k = m.bandLo[b]; k < m.bandHi[b]; ++k)
            band += m.average[k];
        m.bandShare[b] = total > kTinyPower ? static_cast<float>(band / total) : 0.0f;
        m.bandLevelDb[b] = static_cast<float>(std::max(kSpectrumFloorDb, powerToDb(band / (2.0 * kHannEnbwBins))));
    }
}

void LiveMeter::snapshot(LiveMeterSnapshot& out) const noexcept
{
    const Impl& m = *m_impl;
    const auto ch = static_cast<std::size_t>(m_channels);
    out = LiveMeterSnapshot{};
    out.channels = m_channels;
    out.sampleRateHz = m_sampleRateHz;
    out.framesMetered = m.frames;
    const std::size_t filled = std::min(m.readingsDone, m.readingsPerWindow);
    const double windowFrames = static_cast<double>(filled * m.readingFrames);
    for (std::size_t c = 0; c < ch; ++c) {
        LiveChannelMeter& meter = out.channel[c];
        meter.peakDbfs = m.peakMeterDb[c];
        meter.peakHoldDbfs = m.holdDb[c];
        meter.peakMaxDbfs = toDb(m.maxPeak[c]);
        meter.truePeakMaxDbtp = toDb(m.truePeak.peak(static_cast<int>(c)));
        double sumSq = 0.0;
        for (std::size_t r = 0; r < filled; ++r)
            sumSq += m.windowSumSq[r * ch + c];
        meter.rmsDbfs = windowFrames > 0.0 ? powerToDb(sumSq / windowFrames) : kNoLevel;
        meter.clipped = m.clipped[c] != 0;
    }
    out.momentaryLufs = m.momentary;
    out.shortTermLufs = m.shortTerm;
    out.integratedLufs = m.integrated;
    out.loudnessRangeLu = m.range;

    const auto stereo = [](double ll, double rr, double lr, double& correlation, double& width) {
        const StereoFigures f = stereoFigures({ll, rr, lr}, kTinyPower);
        correlation = f.correlation.value_or(0.0);  // the meter reads 0 for silence
        width = f.width.value_or(0.0);
    };
    if (ch >= 2) {
        out.hasStereo = true;
        double ll = 0.0, rr = 0.0, lr = 0.0;
        for (std::size_t r = 0; r < filled; ++r) {
            ll += m.windowSumSq[r * ch];
            rr += m.windowSumSq[r * ch + 1];
            lr += m.windowLr[r];
        }
        stereo(ll, rr, lr, out.correlation, out.width);
        stereo(m.totalLl, m.totalRr, m.totalLr, out.correlationTotal, out.widthTotal);
    }

    out.fftSize = static_cast<int>(m.history.size());
    out.spectrumDb = m.spectrumDb;
    out.bandShare = m.bandShare;
    out.bandLevelDb = m.bandLevelDb;
}

}  // namespace stemwise::core
