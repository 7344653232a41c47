#include "dsp/tempoestimation.h"

#include "dsp/fftplan.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <cstring>

namespace stemwise::core {

namespace {

constexpr double kMinBpm = 30.0;
constexpr double kMaxBpm = 300.0;
// A pulse needs events at least every 1.5 s (40 BPM): chords that change every two seconds
// are harmonic rhythm, not a beat.
constexpr double kMaxPulseLagS = 1.5;
constexpr double kMinPulseLagS = 0.2;
// Autocorrelation windows of 2048 frames (~22 s): long enough for lags up to four slow
// beats, short enough that a drifting live tempo stays one peak.
constexpr std::size_t kWindowFrames = 2048;
static_assert(OnsetEnvelope::kEnvelopeSegmentFrames == kWindowFrames, "a kept segment is one tempo window");
constexpr int kFftSize = 4096;  // >= window + longest lag: no circular wrap
constexpr double kMaxLagS = 8.5;
// Magnitude, not power, before the inverse FFT: narrower peaks, and a pulse carried by one
// drum stands out better from the rest of a dense mix (Percival & Tzanetakis use 0.5; on our
// onset envelopes 1.0 got more tempi right on synthetic loops and on real recordings).
constexpr double kSpectralExponent = 1.0;
// Detrending: the envelope minus its mean over ±0.4 s, so sustained busy passages do not
// lift every lag alike.
constexpr double kDetrendHalfWidthS = 0.4;
// Prior on perceived tempo: log-Gaussian in octaves around 120 BPM.
constexpr double kPriorCentreBpm = 120.0;
constexpr double kPriorOctaves = 1.0;
// No steady pulse below these: the height of the strongest 0.2–1.5 s periodicity peak, and
// that height over the mean peak prominence at all longer lags (see estimateTempo).
constexpr double kMinPulseClarity = 0.02;
constexpr double kMinSignificance = 5.0;
// A significance this high or more makes the tempo as certain as its octave allows.
constexpr double kClearSignificance = 15.0;
constexpr double kMinDurationS = 3.0;
constexpr int kGridPerOctave = 240;  // tempo grid step: 0.3 %
// The bar is looked for between these (a 4/4 bar from 53 to 200 BPM, a 3/4 bar from 40 to
// 150); a tempo that does not divide it keeps this share of its score.
constexpr double kMinBarS = 1.2;
constexpr double kMaxBarS = 4.5;
constexpr double kOffBarFactor = 0.7;
// Weight of the kick-snare alternation against the autocorrelation evidence.
constexpr double kBackbeatWeight = 0.25;

// Linear interpolation in `v`, zero outside.
double at(const std::vector<double>& v, double x)
{
    if (x < 0.0 || x > static_cast<double>(v.size() - 1))
        return 0.0;
    const auto i = static_cast<std::size_t>(x);
    if (i + 1 >= v.size())
        return v[i];
    const double f = x - static_cast<double>(i);
    return v[i] * (1.0 - f) + v[i + 1] * f;
}

// The largest value of `v` within ±tolerance lags of x: periodicities drift by a lag or two
// over many beats, and a multiple k·τ of an interpolated τ is only as exact as τ.
double near(const std::vector<double>& v, double x, double tolerance)
{
    double best = at(v, x);
    const auto lo = static_cast<std::ptrdiff_t>(std::ceil(x - tolerance));
    const auto hi = static_cast<std::ptrdiff_t>(std::floor(x + tolerance));
    for (std::ptrdiff_t i = std::max<std::ptrdiff_t>(0, lo); i <= hi && i < static_cast<std::ptrdiff_t>(v.size()); ++i)
        best = std::max(best, v[static_cast<std::size_t>(i)]);
    return best;
}

// Detrended, half-wave rectified copy of one channel of the envelope.
std::vector<float> detrend(const std::vector<float>& x, std::size_t halfWidth)
{
    const std::size_t n = x.size();
    std::vector<double> prefix(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        prefix[i + 1] = prefix[i] + x[i];
    std::vector<float> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t lo = i > halfWidth ? i - halfWidth : 0;
        const std::size_t hi = std::min(n, i + halfWidth + 1);
        const double mean = (prefix[hi] - prefix[lo]) / static_cast<double>(hi - lo);
        out[i] = static_cast<float>(std::max(0.0, x[i] - mean));
    }
    return out;
}

// Mean over windows of the normalised generalised correlation of `a` with `b` (the
// autocorrelation when `b` is null) at lags 0..maxLag: the cross-spectrum's magnitude is
// compressed to the power kSpectralExponent/2 of the power spectra before the inverse FFT.
// A cross-correlation counts both directions (b after a, and a after b). Returns an empty
// vector when the signals carry nothing.
// `segmentFrames` > 0: `a` (and `b`) are segments of that length laid end to end (a long
// track's envelope, see OnsetEnvelope): windows are the segments, never across their ends.
std::vector<double> windowedCorrelation(const std::vector<float>& a, const std::vector<float>* b, std::size_t maxLag,
                                        std::size_t segmentFrames)
{
    const std::size_t n = a.size();
    RealFft fft(kFftSize);
    FftBuffer inBuffer(sizeof(float) * kFftSize);
    FftBuffer outA(sizeof(std::complex<float>) * (kFftSize / 2 + 1));
    FftBuffer outB(sizeof(std::complex<float>) * (kFftSize / 2 + 1));
    auto* in = static_cast<float*>(inBuffer.data());
    auto* spectrumA = static_cast<std::complex<float>*>(outA.data());
    auto* spectrumB = static_cast<std::complex<float>*>(outB.data());
    const auto exponent = static_cast<float>(kSpectralExponent / 2.0);

    std::vector<double> sum(maxLag + 1, 0.0);
    std::vector<int> count(maxLag + 1, 0);
    std::vector<std::size_t> starts;
    if (segmentFrames > 0) {
        for (std::size_t s = 0; s < n; s += segmentFrames)
            starts.push_back(s);
    } else if (n <= kWindowFrames) {
        starts.push_back(0);
    } else {
        for (std::size_t s = 0; s + kWindowFrames <= n; s += kWindowFrames / 2)
            starts.push_back(s);
        if (starts.back() + kWindowFrames < n)
            starts.push_back(n - kWindowFrames);
    }
    auto transform = [&](const std::vector<float>& x, std::size_t s, std::size_t len, std::complex<float>* out) {
        std::fill(in, in + kFftSize, 0.0f);
        std::copy(x.begin() + static_cast<std::ptrdiff_t>(s), x.begin() + static_cast<std::ptrdiff_t>(s + len), in);
        fft.forward(in, out);
    };
    for (const std::size_t s : starts) {
        const std::size_t len = std::min(segmentFrames > 0 ? segmentFrames : kWindowFrames, n - s);
        transform(a, s, len, spectrumA);
        if (b != nullptr)
            transform(*b, s, len, spectrumB);
        // Zero-lag values of the two compressed autocorrelations, for normalisation: the
        // inverse real FFT counts every bin but DC and Nyquist twice.
        double zeroA = 0.0;
        double zeroB = 0.0;
        for (int k = 0; k <= kFftSize / 2; ++k) {
            const double twice = k == 0 || k == kFftSize / 2 ? 1.0 : 2.0;
            const float powerA = std::norm(spectrumA[k]);
            if (b == nullptr) {
                spectrumA[k] = std::pow(powerA, exponent);
                zeroA += twice * spectrumA[k].real();
                continue;
            }
            const float powerB = std::norm(spectrumB[k]);
            zeroA += twice * std::pow(powerA, exponent);
            zeroB += twice * std::pow(powerB, exponent);
            // conj(A)·B keeps the phase (the lag); its magnitude |A||B| is compressed as the
            // autocorrelations' are.
            const float magnitude = std::sqrt(powerA * powerB);
            const std::complex<float> cross = std::conj(spectrumA[k]) * spectrumB[k];
            spectrumA[k] = magnitude > 1e-20f ? cross * (std::pow(magnitude, exponent) / magnitude)
                                              : std::complex<float>(0.0f, 0.0f);
        }
        const double zero = b == nullptr ? zeroA : std::sqrt(zeroA * zeroB);
        if (!(zero > 1e-9))
            continue;
        fft.inverse(spectrumA, in);
        for (std::size_t l = 0; l <= maxLag && l < len; ++l) {
            // Lags that see less than a quarter of the window are too noisy to keep.
            if (4 * (len - l) < len)
                break;
            double r = in[l];
            if (b != nullptr && l > 0)
                r += in[kFftSize - static_cast<int>(l)];  // a after b: the negative lag
            sum[l] += r / zero * static_cast<double>(len) / static_cast<double>(len - l);
            ++count[l];
        }
    }
    if (count[0] == 0)
        return {};
    for (std::size_t l = 0; l <= maxLag; ++l)
        sum[l] = count[l] > 0 ? sum[l] / count[l] : 0.0;
    return sum;
}

// Peak prominence: the autocorrelation minus its minimum over a neighbourhood that grows
// with the lag (a quarter of it), so the busy floor of dense music cancels.
std::vector<double> prominence(const std::vector<double>& acf)
{
    const std::size_t maxLag = acf.size() - 1;
    std::vector<double> peaks(acf.size(), 0.0);
    for (std::size_t l = 1; l <= maxLag; ++l) {
        const std::size_t w = std::max<std::size_t>(2, l / 4);
        const std::size_t lo = l > w ? l - w : 1;
        const std::size_t hi = std::min(maxLag, l + w);
        double m = acf[l];
        for (std::size_t i = lo; i <= hi; ++i)
            m = std::min(m, acf[i]);
        peaks[l] = acf[l] - m;
    }
    return peaks;
}

double prior(double bpm)
{
    const double octaves = std::log2(bpm / kPriorCentreBpm) / kPriorOctaves;
    return std::exp(-0.5 * octaves * octaves);
}

struct Scorer {
    const std::vector<double>& peaks;     // autocorrelation minus its local floor
    const std::vector<double>& kickToSnare;  // kick-snare cross-correlation, the same; may be empty
    double barLag;                           // the bar's length in lags, 0 when unknown
    double frameRateHz;

    [[nodiscard]] double lag(double bpm) const { return 60.0 * frameRateHz / bpm; }
    [[nodiscard]] bool dividesBar(double t) const
    {
        if (barLag <= 0.0)
            return true;
        const double parts = barLag / t;
        for (double k : {1.0, 2.0, 3.0, 4.0, 6.0, 8.0})
            if (std::abs(parts / k - 1.0) < 0.04)
                return true;
        return false;
    }
    [[nodiscard]] static double tolerance(double x) { return std::max(1.0, 0.015 * x); }
    [[nodiscard]] double evidence(double x) const { return near(peaks, x, tolerance(x)); }

    // Own periodicity plus the metrical levels it implies (duple: 2 and 4 beats; triple: 3),
    // plus kick and snare one beat apart.
    [[nodiscard]] double salience(double bpm) const
    {
        const double t = lag(bpm);
        const double own = evidence(t);
        const double duple = 0.5 * evidence(2.0 * t) + 0.25 * evidence(4.0 * t);
        const double triple = 0.5 * evidence(3.0 * t);
        const double backbeat = kickToSnare.empty() ? 0.0 : near(kickToSnare, t, tolerance(t));
        return (own + std::max(duple, triple) + kBackbeatWeight * backbeat) * (dividesBar(t) ? 1.0 : kOffBarFactor);
    }
    [[nodiscard]] double score(double bpm) const { return salience(bpm) * prior(bpm); }
};

// Least-squares beat period through the autocorrelation peaks at its multiples.
double refineLag(const std::vector<double>& acf, const std::vector<double>& peaks, double lag)
{
    double num = 0.0;
    double den = 0.0;
    double firstHeight = -1.0;
    for (int k = 1; k <= 8; ++k) {
        const double guess = k * lag;
        const double tol = std::max(1.5, 0.02 * guess);
        const auto lo = static_cast<std::size_t>(std::max(1.0, std::ceil(guess - tol)));
        const auto hi = static_cast<std::size_t>(std::floor(guess + tol));
        if (hi + 1 >= acf.size())
            break;
        std::size_t best = lo;
        for (std::size_t i = lo; i <= hi; ++i)
            if (acf[i] > acf[best])
                best = i;
        if (best == lo || best == hi)
            continue;  // not a peak inside the search range
        const double a = acf[best - 1];
        const double b = acf[best];
        const double c = acf[best + 1];
        const double d = a - 2.0 * b + c;
        const double pos = static_cast<double>(best) + (d < 0.0 ? 0.5 * (a - c) / d : 0.0);
        const double height = peaks[best];
        if (firstHeight < 0.0)
            firstHeight = height;
        if (height <= 0.0 || height < 0.3 * firstHeight)
            continue;
        num += height * k * pos;
        den += height * k * k;
    }
    return den > 0.0 ? num / den : lag;
}

}  // namespace

TempoEstimate estimateTempo(const OnsetEnvelope& envelope)
{
    TempoEstimate result;
    const double fps = envelope.frameRateHz;
    const std::size_t n = envelope.frames();
    if (fps <= 0.0 || static_cast<double>(n) < kMinDurationS * fps)
        return result;

    const auto maxLag = static_cast<std::size_t>(std::min(kMaxLagS * fps, static_cast<double>(kWindowFrames - 1)));
    const auto halfWidth = static_cast<std::size_t>(std::lround(kDetrendHalfWidthS * fps));

    // Each accent band on its own, so a dense hat line does not drown the kick and snare
    // that carry the beat.
    std::array<std::vector<double>, kAccentBands> acfs;
    std::array<std::vector<float>, kAccentBands> detrended;
    std::array<double, kAccentBands> energy{};
    std::vector<float> channel(n);
    for (std::size_t a = 0; a < kAccentBands; ++a) {
        for (std::size_t i = 0; i < n; ++i)
            channel[i] = envelope.accents[i][a];
        detrended[a] = detrend(channel, halfWidth);
        for (float v : detrended[a])
            energy[a] += static_cast<double>(v) * v;
        acfs[a] = windowedCorrelation(detrended[a], nullptr, maxLag, envelope.segmentFrames);
    }
    const double maxEnergy = *std::max_element(energy.begin(), energy.end());
    const auto clarityLo = static_cast<std::size_t>(kMinPulseLagS * fps);
    const auto clarityHi = std::min(maxLag, static_cast<std::size_t>(kMaxPulseLagS * fps));

    // Each band's periodicity weighs by its own clarity: in a wall of guitars only the kick
    // band may pulse, and averaging it with three bands of noise would hide it.
    std::vector<double> acf(maxLag + 1, 0.0);
    std::vector<double> bandPeaks;
    double weightSum = 0.0;
    for (std::size_t a = 0; a < kAccentBands; ++a) {
        // A band with (almost) no onsets of its own holds only numerical noise.
        if (acfs[a].empty() || energy[a] < 1e-3 * maxEnergy)
            continue;
        bandPeaks = prominence(acfs[a]);
        const double bandClarity = *std::max_element(bandPeaks.begin() + static_cast<std::ptrdiff_t>(clarityLo),
                                                     bandPeaks.begin() + static_cast<std::ptrdiff_t>(clarityHi) + 1);
        const double w = bandClarity * bandClarity;
        for (std::size_t l = 0; l <= maxLag; ++l)
            acf[l] += w * acfs[a][l];
        weightSum += w;
    }
    if (!(weightSum > 0.0))
        return result;
    for (double& v : acf)
        v /= weightSum;
    const std::vector<double> peaks = prominence(acf);

    // Pulse clarity: the strongest periodicity a listener could tap to.
    double clarity = 0.0;
    for (std::size_t l = clarityLo; l <= clarityHi; ++l)
        clarity = std::max(clarity, peaks[l]);
    result.pulseClarity = std::clamp(clarity, 0.0, 1.0);
    // Significance: the clarity peak over the mean prominence of all longer lags. An
    // envelope without a pulse has random peaks of about the same height everywhere (white
    // and pink noise, speech-like bursts, pads: 2–4); music with a beat, even a wall of
    // distorted guitars where only the kick pulses, stands out by 6 or more.
    double meanProminence = 0.0;
    for (std::size_t l = clarityLo; l <= maxLag; ++l)
        meanProminence += peaks[l];
    meanProminence /= static_cast<double>(maxLag - clarityLo + 1);
    const double significance = meanProminence > 0.0 ? clarity / meanProminence : 0.0;
    if (clarity < kMinPulseClarity || significance < kMinSignificance)
        return result;

    // The backbeat: kick (low band) and snare (the two middle bands) one beat apart mark
    // the beat level itself, where the autocorrelations see a period and all its multiples
    // alike. It is what tells a fast rock or metal tempo from its half. Weighted lightly
    // (kBackbeatWeight): in a dense mix the bands share much, and a syncopated kick pattern
    // also sets kick and snare one and a half beats apart (the bar check below catches that).
    std::vector<double> kickToSnare;
    if (energy[0] >= 1e-3 * maxEnergy && energy[1] + energy[2] >= 1e-3 * maxEnergy) {
        std::vector<float> snare(n);
        for (std::size_t i = 0; i < n; ++i)
            snare[i] = detrended[1][i] + detrended[2][i];
        const auto cross = windowedCorrelation(detrended[0], &snare, maxLag, envelope.segmentFrames);
        if (!cross.empty())
            kickToSnare = prominence(cross);
    }

    // The bar: the strongest repetition between kMinBarS and kMaxBarS. A beat divides it
    // into 1, 2, 3, 4, 6 or 8; a tempo two thirds or three halves of the true one does not.
    double barLag = 0.0;
    {
        const auto lo = static_cast<std::size_t>(kMinBarS * fps);
        const auto hi = std::min(maxLag, static_cast<std::size_t>(kMaxBarS * fps));
        double best = 0.0;
        for (std::size_t l = lo; l <= hi; ++l) {
            if (peaks[l] > best) {
                best = peaks[l];
                barLag = static_cast<double>(l);
            }
        }
    }

    const Scorer scorer{peaks, kickToSnare, barLag, fps};

    const int gridPoints = static_cast<int>(kGridPerOctave * std::log2(kMaxBpm / kMinBpm)) + 1;
    double bestBpm = 0.0;
    double bestScore = 0.0;
    for (int j = 0; j < gridPoints; ++j) {
        const double bpm = kMinBpm * std::exp2(static_cast<double>(j) / kGridPerOctave);
        const double s = scorer.score(bpm);
        if (s > bestScore) {
            bestScore = s;
            bestBpm = bpm;
        }
    }
    if (bestScore <= 0.0)
        return result;
    const double lag = refineLag(acf, peaks, scorer.lag(bestBpm));
    const double tempo = 60.0 * fps / lag;
    if (4.0 * lag > static_cast<double>(n))
        return result;  // fewer than four beats

    struct Alt {
        const char* relation;
        double ratio;
    };
    constexpr std::array<Alt, 5> alts{{{"best", 1.0},
                                       {"half", 0.5},
                                       {"double", 2.0},
                                       {"two_thirds", 2.0 / 3.0},
                                       {"three_halves", 1.5}}};
    std::vector<TempoEstimate::Candidate> candidates;
    double total = 0.0;
    for (const Alt& alt : alts) {
        const double bpm = tempo * alt.ratio;
        if (alt.ratio != 1.0 && (bpm < kMinBpm || bpm > kMaxBpm))
            continue;
        // The best is the grid's maximum; an alternative, scored off the grid, may not pass it.
        const double s = alt.ratio == 1.0 ? bestScore : std::min(scorer.score(bpm), bestScore);
        candidates.push_back({bpm, s, alt.relation});
        total += s;
    }
    for (auto& c : candidates)
        c.confidence = total > 0.0 ? c.confidence / total : 0.0;
    std::stable_sort(candidates.begin() + 1, candidates.end(),
                     [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    result.bpm = tempo;
    result.confidence = candidates.front().confidence
                        * std::clamp((significance - kMinSignificance) / (kClearSignificance - kMinSignificance), 0.1, 1.0);
    result.candidates = std::move(candidates);
    return result;
}

}  // namespace stemwise::core
