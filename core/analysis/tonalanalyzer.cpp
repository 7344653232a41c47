#include "analysis/tonalanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/keyfinder.h"
#include "dsp/pitchdetector.h"
#include "util/stats.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numbers>
#include <numeric>
#include <tuple>

namespace stemwise::core {

namespace {

// Pitch on every fourth short frame (~43 ms apart at 44.1–96 kHz, the frames abut): YIN
// (three FFTs of the frame length, ~12 µs at 48 kHz) then costs ~0.3 ms per second of
// audio, a 5–7 Hz vibrato is still sampled ~4 times per cycle at unrelated phases (its
// percentiles hold), and neighbours stay within a semitone under ±50 cent vibrato.
constexpr std::int64_t kPitchStride = 4;
// Longest stream whose pitch frames are kept at full rate when the length is unknown (live
// input): one hour, within the cap on summaries; longer streams are thinned (see the header).
constexpr double kUnknownLengthS = 3600.0;
// … and at least ten minutes' worth whatever the announced length (a header can lie).
constexpr double kMinKeptS = 600.0;

// Frame voicing. d′ ≤ 0.25 is a harmonic share above ~75 % (HNR above ~5 dB).
constexpr double kVoicedAperiodicity = 0.25;
// The strongest partial near f0 or 2·f0 must be within this of the strongest partial of
// the frame. A chord's common subharmonic leaves both places empty (below −40 dB: Hann
// leakage from a partial 2 bins away).
constexpr double kLowHarmonicRangeDb = 35.0;
constexpr double kSemitoneRatio = 1.0594630943592953;
// A run of voiced frames falling faster than this is a drum's pitched tail (a kick decays
// at 30–90 dB/s); plucked and struck strings decay slower over the run.
constexpr double kPercussiveDecayDbPerS = -40.0;
// Frames this far below the track's loud level (95th percentile), or below the absolute
// floor, are silence: they count neither as voiced nor as unvoiced.
constexpr double kActiveRangeDb = 40.0;
constexpr double kSilenceDbfs = -60.0;
// Monophonic pitched material: at least this share of the non-silent frames voiced …
constexpr double kMinVoicedFraction = 0.3;
// … and at least this much voiced time.
constexpr double kMinVoicedS = 0.25;
// HNR is bounded: r = 1 − 1e-6 reads 60 dB.
constexpr double kMaxPeriodicity = 1.0 - 1e-6;

// Polyphony: a long frame is tested when every pitch frame within this of its centre is
// voiced and within kSteadyCents of their median (vibrato smears partials; then no test).
constexpr double kSteadySpanS = 0.15;
constexpr double kSteadyCents = 8.0;
// Partials used: within 30 dB of the strongest, up to the 16th harmonic and 4 kHz.
constexpr double kPartialRangeDb = 30.0;
constexpr int kMaxHarmonic = 16;
constexpr double kMaxPartialHz = 4000.0;
// One harmonic series (allowing a string's stretch, f_k = k·F·(1 + B·k²)) explains the
// partials of one note to well within this (parabolic peak interpolation is good to ~0.05 bin). Equal-tempered thirds and sixths
// miss the bass note's series by 14–16 cents: a third of a bin at 330 Hz, more above.
constexpr double kMaxSeriesResidualBins = 0.2;
// Peaks more than ~half a semitone off every harmonic: another note.
constexpr double kMaxHarmonicDeviation = 0.03;
constexpr double kMaxUnexplainedShare = 0.2;
// Material is polyphonic when at least this share of the tested long frames is.
constexpr double kPolyphonicShare = 0.5;

// The notes a monophonic part plays: those on at least this share of the voiced frames, at most
// this many (a melody over two octaves holds up to 24 semitones; 3 % of its frames is a note
// heard several times or held).
constexpr double kMinPlayedNoteShare = 0.03;
constexpr std::size_t kMaxPlayedNotes = 24;

// Key of monophonic material: at least three pitch classes, each on 5 % of the voiced frames.
constexpr int kMinMelodyClasses = 3;
constexpr double kMinClassShare = 0.05;

// Key: at least this much non-silent audio in the chroma.
constexpr double kMinKeyS = 2.0;
// The first seconds of tonal material weigh this much extra (see finishKey()).
constexpr double kOpeningS = 4.0;
constexpr double kOpeningWeight = 0.5;
// The chroma over time (TonalProfile::chromaSeries): a point a second, at most this many
// (pooled in pairs past it, as BoundedSeries pools), three bins a semitone until the
// track's tuning is known, the values to three decimals.
constexpr double kSeriesBaseS = 1.0;
constexpr std::size_t kMaxSeriesPoints = 4096;
constexpr double kSeriesStep = 0.001;

// Whether the spectrum (power, Hann) has a partial near f0 or 2·f0 that is not far below
// its strongest partial above 0.75·f0.
bool hasLowHarmonics(std::span<const float> power, double binHz, double f0Hz)
{
    const auto bins = static_cast<std::ptrdiff_t>(power.size());
    auto bin = [&](double hz) { return std::clamp<std::ptrdiff_t>(std::lround(hz / binHz), 1, bins - 1); };
    auto maxIn = [&](std::ptrdiff_t lo, std::ptrdiff_t hi) {
        float m = 0.0f;
        for (std::ptrdiff_t k = lo; k <= hi; ++k)
            m = std::max(m, power[static_cast<std::size_t>(k)]);
        return m;
    };
    const float strongest = maxIn(bin(0.75 * f0Hz), bin(5000.0));
    if (strongest <= 0.0f)
        return false;
    const double halfWidthHz = std::max(binHz, 0.25 * f0Hz);
    const float low = std::max(maxIn(bin(f0Hz - halfWidthHz), bin(f0Hz + halfWidthHz)),
                               maxIn(bin(2.0 * f0Hz - halfWidthHz), bin(2.0 * f0Hz + halfWidthHz)));
    return low >= strongest * static_cast<float>(std::pow(10.0, -kLowHarmonicRangeDb / 10.0));
}

}  // namespace

TonalAnalyzer::TonalAnalyzer(std::size_t maxPitchFrames) : m_maxPitchFrames(std::max<std::size_t>(maxPitchFrames, 16)) {}
TonalAnalyzer::~TonalAnalyzer() = default;

AnalyzerInfo TonalAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "tonal";
    i.version = 2;  // 2: the chroma over time
    i.wantsShortFrames = true;
    i.wantsLongFrames = true;
    return i;
}

void TonalAnalyzer::prepare(const AnalysisContext& context)
{
    const StftGeometry& shortStft = context.shortStft;
    m_yin = std::make_unique<YinPitchDetector>(shortStft.sampleRateHz, shortStft.fftSize);
    m_chroma.prepare(context.longStft.binHz(), static_cast<std::size_t>(context.longStft.bins()));
    m_openingChroma.prepare(context.longStft.binHz(), static_cast<std::size_t>(context.longStft.bins()));
    m_longBinHz = context.longStft.binHz();
    m_pitchFrameS = static_cast<double>(kPitchStride * shortStft.hop) / shortStft.sampleRateHz;
    m_longFrameS = static_cast<double>(context.longStft.hop) / context.longStft.sampleRateHz;
    const double lengthS = context.format.frames > 0
                               ? static_cast<double>(context.format.frames) / context.format.sampleRateHz
                               : kUnknownLengthS;
    const auto expected = static_cast<std::size_t>(lengthS / m_pitchFrameS) + 4;
    const auto atLeast = static_cast<std::size_t>(kMinKeptS / m_pitchFrameS);
    m_pitchFrames.clear();
    m_pitchFrames.reserve(std::min(std::max(expected, atLeast), m_maxPitchFrames));
    m_openingFrames = static_cast<int>(std::ceil(kOpeningS / m_longFrameS));
    m_series.clear();
    // The announced length, at least ten minutes' worth (a header can lie), at most the cap: a
    // stream that outruns it is pooled sooner, never grown.
    m_series.reserve(std::min(std::max(static_cast<std::size_t>(lengthS / kSeriesBaseS) + 2,
                                       static_cast<std::size_t>(kMinKeptS / kSeriesBaseS)),
                              kMaxSeriesPoints));
    m_seriesPool = 1;
    m_rawPitchFrameS = m_pitchFrameS;
    m_thinLevel = 0;
    m_pitchFramesSeen = 0;
    m_hasPrevious = false;
    m_hasCurrent = false;
    m_run = Run{};
    m_recent.fill(RecentPitch{});
    m_recentNext = 0;
    m_steadyFrames = 0;
    m_polyphonicFrames = 0;
}

void TonalAnalyzer::processShortFrame(const SpectrumFrame& frame)
{
    if (frame.index % kPitchStride != 0 || !m_yin)
        return;
    const PitchEstimate e = m_yin->analyze(frame.samples);
    RawPitch next;
    next.f0Hz = static_cast<float>(e.f0Hz);
    next.periodicity = static_cast<float>(e.periodicity);
    next.rmsDbfs = static_cast<float>(e.rmsDbfs);
    next.candidate = e.f0Hz > 0.0 && e.aperiodicity <= kVoicedAperiodicity && e.rmsDbfs >= kSilenceDbfs
                     && frame.geometry != nullptr && hasLowHarmonics(frame.power, frame.geometry->binHz(), e.f0Hz);
    m_recent[m_recentNext] = {frame.timeS, next.f0Hz, next.candidate};
    m_recentNext = (m_recentNext + 1) % m_recent.size();
    // Each frame is decided when its successor is known (one frame late).
    if (m_hasCurrent)
        decide(m_current, m_hasPrevious ? &m_previous : nullptr, &next);
    m_previous = m_current;
    m_hasPrevious = m_hasCurrent;
    m_current = next;
    m_hasCurrent = true;
}

namespace {

bool withinSemitone(float a, float b)
{
    const double ratio = static_cast<double>(a) / b;
    return ratio < kSemitoneRatio && ratio > 1.0 / kSemitoneRatio;
}

}  // namespace

void TonalAnalyzer::decide(const RawPitch& frame, const RawPitch* previous, const RawPitch* next)
{
    // A pitch that no neighbour confirms is an accident of one frame.
    const bool voiced = frame.candidate
                        && ((previous != nullptr && previous->candidate && withinSemitone(frame.f0Hz, previous->f0Hz))
                            || (next != nullptr && next->candidate && withinSemitone(frame.f0Hz, next->f0Hz)));
    if (m_run.open && !(voiced && withinSemitone(frame.f0Hz, m_run.lastF0Hz)))
        closeRun();
    const std::int64_t index = m_pitchFramesSeen++;
    if (voiced) {
        if (!m_run.open) {
            m_run = Run{};
            m_run.open = true;
            m_run.firstStored = m_pitchFrames.size();
        }
        // Level against time, for the run's least-squares slope.
        const double t = static_cast<double>(index) * m_rawPitchFrameS;
        const double l = frame.rmsDbfs;
        ++m_run.frames;
        m_run.st += t;
        m_run.sl += l;
        m_run.stt += t * t;
        m_run.stl += t * l;
        m_run.lastF0Hz = frame.f0Hz;
    }
    // Thinning keeps a random half, not every second frame: regular decimation would alias
    // with a periodic modulation (a 6 Hz vibrato sampled every 333 ms looks almost still).
    // A frame's rank is the number of trailing zero bits of a hash of its index, so it
    // survives each halving with probability 1/2, independently of its neighbours.
    std::uint64_t h = static_cast<std::uint64_t>(index) + 0x9E3779B97F4A7C15ull;  // splitmix64
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ull;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBull;
    h ^= h >> 31;
    const auto rank = static_cast<std::uint8_t>(std::countr_zero(h | (std::uint64_t{1} << 63)));
    if (rank < m_thinLevel)
        return;
    while (m_pitchFrames.size() == m_pitchFrames.capacity()) {
        // Full: drop the frames of the lowest rank instead of growing. Decisions that need
        // neighbours were made before storing, so thinning does not disturb them.
        ++m_thinLevel;
        std::size_t kept = 0, keptBeforeRun = 0;
        for (std::size_t i = 0; i < m_pitchFrames.size(); ++i) {
            if (m_pitchFrames[i].rank < m_thinLevel)
                continue;
            if (i < m_run.firstStored)
                ++keptBeforeRun;
            m_pitchFrames[kept++] = m_pitchFrames[i];
        }
        m_pitchFrames.resize(kept);
        m_run.firstStored = keptBeforeRun;
        m_pitchFrameS *= 2.0;
        if (rank < m_thinLevel)
            return;
    }
    m_pitchFrames.push_back({frame.f0Hz, frame.periodicity, frame.rmsDbfs, voiced, rank});
}

void TonalAnalyzer::closeRun()
{
    // A run of voiced frames whose level falls like a drum's is not a note.
    if (m_run.frames >= 3) {
        const auto c = static_cast<double>(m_run.frames);
        const double slope = (c * m_run.stl - m_run.st * m_run.sl) / (c * m_run.stt - m_run.st * m_run.st);
        if (slope < kPercussiveDecayDbPerS)
            for (std::size_t i = m_run.firstStored; i < m_pitchFrames.size(); ++i)
                m_pitchFrames[i].voiced = false;
    }
    m_run.open = false;
}

void TonalAnalyzer::processLongFrame(const SpectrumFrame& frame)
{
    if (m_openingChroma.framesCounted() < m_openingFrames)
        m_openingChroma.addFrame(frame.magnitude);
    if (m_chroma.addFrame(frame.magnitude)) {
        checkPolyphony(frame.timeS, m_chroma.lastPeaks());
        addToSeries(frame.timeS, m_chroma.lastPeaks());
    }
}

void TonalAnalyzer::addToSeries(double timeS, std::span<const PitchClassAccumulator::Peak> peaks)
{
    double total = 0.0;
    for (const auto& p : peaks)
        total += p.amplitude;
    if (!(total > 0.0))
        return;
    auto index = static_cast<std::size_t>(std::max(0.0, timeS) / (kSeriesBaseS * static_cast<double>(m_seriesPool)));
    while (index >= m_series.capacity()) {
        // Full: neighbouring points pooled in pairs (their sums add), the interval doubles.
        const std::size_t half = (m_series.size() + 1) / 2;
        for (std::size_t i = 0; i < half; ++i) {
            SeriesPoint pooled = m_series[2 * i];
            if (2 * i + 1 < m_series.size())
                for (std::size_t k = 0; k < pooled.size(); ++k)
                    pooled[k] += m_series[2 * i + 1][k];
            m_series[i] = pooled;
        }
        m_series.resize(half);
        m_seriesPool *= 2;
        index /= 2;
    }
    if (index >= m_series.size())
        m_series.resize(index + 1, SeriesPoint{});  // within the capacity: no allocation
    SeriesPoint& point = m_series[index];
    for (const auto& p : peaks) {
        // PitchClassAccumulator's fine bins (10 a semitone above C) to thirds of a semitone.
        const auto bin = static_cast<std::size_t>(std::lround(static_cast<double>(p.position) * kSeriesBinsPerSemitone
                                                              / PitchClassAccumulator::kBinsPerSemitone))
                         % point.size();
        point[bin] += static_cast<float>(p.amplitude / total);
    }
}

void TonalAnalyzer::checkPolyphony(double timeS, std::span<const PitchClassAccumulator::Peak> peaks)
{
    // The pitch under this long frame, if it is one steady pitch.
    std::array<float, std::tuple_size_v<decltype(m_recent)>> f0s{};
    std::size_t count = 0;
    for (const RecentPitch& r : m_recent) {
        if (std::abs(r.timeS - timeS) > kSteadySpanS)
            continue;
        if (!r.voiced)
            return;
        f0s[count++] = r.f0Hz;
    }
    if (count < 5)
        return;
    std::sort(f0s.begin(), f0s.begin() + static_cast<std::ptrdiff_t>(count));
    const double f0 = f0s[count / 2];
    const double spreadCents = 1200.0 * std::log2(static_cast<double>(f0s[count - 1]) / f0s[0]);
    if (spreadCents > 2.0 * kSteadyCents)
        return;

    // Fit f_k / k = F + G·k² (weighted by amplitude) to the partials near harmonics.
    float strongest = 0.0f;
    for (const auto& p : peaks)
        if (p.hz >= 0.75 * f0 && p.hz <= kMaxPartialHz)
            strongest = std::max(strongest, p.amplitude);
    const float floor = strongest * static_cast<float>(std::pow(10.0, -kPartialRangeDb / 20.0));
    double sw = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0, unexplained = 0.0;
    int partials = 0;
    for (const auto& p : peaks) {
        if (p.hz < 0.75 * f0 || p.hz > kMaxPartialHz || p.amplitude < floor || p.amplitude <= 0.0f)
            continue;
        const double k = std::round(p.hz / f0);
        if (k < 1.0 || k > kMaxHarmonic)
            continue;
        if (std::abs(p.hz / (k * f0) - 1.0) > kMaxHarmonicDeviation) {
            unexplained += p.amplitude;
            continue;
        }
        const double w = p.amplitude, x = k * k, y = p.hz / k;
        sw += w;
        sx += w * x;
        sy += w * y;
        sxx += w * x * x;
        sxy += w * x * y;
        ++partials;
    }
    if (partials < 4)
        return;  // too few partials to tell one series from several
    const double det = sw * sxx - sx * sx;
    const double g = std::abs(det) > 1e-12 * sw * sxx ? (sw * sxy - sx * sy) / det : 0.0;
    const double fundamental = (sy - g * sx) / sw;
    double residual = 0.0;
    for (const auto& p : peaks) {
        if (p.hz < 0.75 * f0 || p.hz > kMaxPartialHz || p.amplitude < floor)
            continue;
        const double k = std::round(p.hz / f0);
        if (k < 1.0 || k > kMaxHarmonic || std::abs(p.hz / (k * f0) - 1.0) > kMaxHarmonicDeviation)
            continue;
        const double errorBins = (p.hz - k * (fundamental + g * k * k)) / m_longBinHz;
        residual += p.amplitude * errorBins * errorBins;
    }
    const double rmsBins = std::sqrt(residual / sw);
    ++m_steadyFrames;
    if (rmsBins > kMaxSeriesResidualBins || unexplained > kMaxUnexplainedShare * (sw + unexplained))
        ++m_polyphonicFrames;
}

void TonalAnalyzer::finish(TrackProfile& profile)
{
    if (m_hasCurrent)
        decide(m_current, m_hasPrevious ? &m_previous : nullptr, nullptr);
    m_hasCurrent = false;
    closeRun();
    profile.tonal = TonalProfile{};
    const int melodyClasses = finishPitch(profile);
    finishKey(profile, melodyClasses);
    finishChromaSeries(profile);
}

int TonalAnalyzer::finishPitch(TrackProfile& profile) const
{
    const std::vector<PitchFrame>& frames = m_pitchFrames;
    const std::size_t n = frames.size();
    std::vector<double> levels;
    levels.reserve(n);
    for (const PitchFrame& f : frames)
        if (f.rmsDbfs > -200.0f)
            levels.push_back(f.rmsDbfs);
    if (levels.empty())
        return -1;
    std::sort(levels.begin(), levels.end());
    const double activeFloorDbfs = std::max(kSilenceDbfs, percentileOfSorted(levels, 0.95) - kActiveRangeDb);

    std::vector<char> active(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        active[i] = frames[i].rmsDbfs >= activeFloorDbfs;

    const auto activeCount = static_cast<double>(std::count(active.begin(), active.end(), 1));
    std::vector<double> f0s, hnrs;
    for (std::size_t i = 0; i < n; ++i) {
        if (!active[i] || !frames[i].voiced)
            continue;
        f0s.push_back(frames[i].f0Hz);
        const double r = std::clamp(static_cast<double>(frames[i].periodicity), 1.0 - kMaxPeriodicity, kMaxPeriodicity);
        hnrs.push_back(10.0 * std::log10(r / (1.0 - r)));
    }
    TonalProfile& tonal = profile.tonal;
    tonal.voicedFraction = activeCount > 0 ? static_cast<double>(f0s.size()) / activeCount : 0.0;
    if (tonal.voicedFraction < kMinVoicedFraction || static_cast<double>(f0s.size()) * m_pitchFrameS < kMinVoicedS)
        return -1;
    std::sort(f0s.begin(), f0s.end());
    // The notes played (issue 17, point 1: no notch on a note being played), on a semitone grid
    // tuned to the part: its offset from A 440 is the circular mean of every frame's fraction of
    // a semitone (a held note's vibrato, symmetric about the note, leaves it on the note; the
    // median would sit on the vibrato's upper half when that note is most of the part). Also
    // where overlapping notes (a release ringing into the next, a second voice) make the part
    // count as polyphonic: then they are the predominant pitch's notes, which is still where a
    // notch must not land.
    {
        double sinSum = 0.0, cosSum = 0.0;
        for (double f : f0s) {
            const double angle = 2.0 * std::numbers::pi * 12.0 * std::log2(f / 440.0);
            sinSum += std::sin(angle);
            cosSum += std::cos(angle);
        }
        const double gridOffset = std::atan2(sinSum, cosSum) / (2.0 * std::numbers::pi);
        std::map<long, int> noteCount;
        for (double f : f0s)
            ++noteCount[static_cast<long>(std::lround(12.0 * std::log2(f / 440.0) - gridOffset))];
        for (const auto& [semitone, count] : noteCount) {
            const double share = static_cast<double>(count) / static_cast<double>(f0s.size());
            if (share >= kMinPlayedNoteShare)
                tonal.playedNotes.push_back({440.0 * std::pow(2.0, (static_cast<double>(semitone) + gridOffset) / 12.0), share});
        }
        std::sort(tonal.playedNotes.begin(), tonal.playedNotes.end(),
                  [](const PlayedNote& a, const PlayedNote& b) { return a.share > b.share; });
        if (tonal.playedNotes.size() > kMaxPlayedNotes)
            tonal.playedNotes.resize(kMaxPlayedNotes);
    }
    const bool polyphonic = m_steadyFrames > 0 && m_polyphonicFrames >= kPolyphonicShare * m_steadyFrames;
    if (polyphonic)
        return -1;
    std::sort(hnrs.begin(), hnrs.end());
    tonal.f0MedianHz = percentileOfSorted(f0s, 0.5);
    tonal.f0MinHz = percentileOfSorted(f0s, 0.05);
    tonal.f0MaxHz = percentileOfSorted(f0s, 0.95);
    tonal.hnrDb = percentileOfSorted(hnrs, 0.5);

    // The melody's pitch classes (a semitone grid through the median, so a detuned singer
    // is not split across two classes).
    std::array<int, 12> classCount{};
    const double reference = 12.0 * std::log2(*tonal.f0MedianHz / 440.0);
    const double offset = reference - std::round(reference);
    for (double f : f0s) {
        const auto semitone = static_cast<long>(std::lround(12.0 * std::log2(f / 440.0) - offset));
        ++classCount[static_cast<std::size_t>(((semitone % 12) + 12) % 12)];
    }

    int melodyClasses = 0;
    for (int c : classCount)
        melodyClasses += static_cast<double>(c) >= kMinClassShare * static_cast<double>(f0s.size()) ? 1 : 0;
    return melodyClasses;
}

void TonalAnalyzer::finishKey(TrackProfile& profile, int melodyClasses) const
{
    if (static_cast<double>(m_chroma.framesCounted()) * m_longFrameS < kMinKeyS)
        return;
    const TuningEstimate tuning = m_chroma.tuning();
    const PitchClassAccumulator::Chroma overall = m_chroma.chroma(tuning.cents);
    // Music usually states its tonic at the start: the opening seconds weigh extra. A clear
    // overall profile is not overturned by it; a near-tie between relative keys leans to
    // the key the piece opens in.
    const PitchClassAccumulator::Chroma opening = m_openingChroma.chroma(tuning.cents);
    PitchClassAccumulator::Chroma chroma{};
    for (std::size_t c = 0; c < chroma.size(); ++c)
        chroma[c] = (overall[c] + kOpeningWeight * opening[c]) / (1.0 + kOpeningWeight);
    const KeyEstimate estimate = estimateKey(chroma);
    TonalProfile& tonal = profile.tonal;
    tonal.tonalness = estimate.tonalness;
    double confidence = estimate.confidence;
    // A held note's harmonics (octaves, fifth, third) look like a major key's profile; a
    // melody needs at least a triad's worth of pitch classes to state a key.
    if (melodyClasses >= 0 && melodyClasses < kMinMelodyClasses)
        confidence = 0.0;
    tonal.keyConfidence = confidence;
    for (const KeyEstimate::Candidate& c : estimate.candidates)
        tonal.keyCandidates.push_back({keyName(c.key), c.confidence, c.relation});
    if (confidence >= KeyEstimate::kMinConfidence)
        tonal.key = keyName(estimate.best);
}

void TonalAnalyzer::finishChromaSeries(TrackProfile& profile) const
{
    if (m_chroma.framesCounted() == 0 || m_series.empty())
        return;
    const double tuningSemitones = m_chroma.tuning().cents / 100.0;
    const double intervalS = kSeriesBaseS * static_cast<double>(m_seriesPool);
    // Each value: the share of the interval's long frames whose peaks fell in that class.
    const double framesPerInterval = intervalS / m_longFrameS;
    constexpr double kBinWidth = 1.0 / kSeriesBinsPerSemitone;
    auto classOf = [](double semitone) {
        const auto c = static_cast<long>(std::floor(semitone + 0.5));
        return static_cast<std::size_t>(((c % 12) + 12) % 12);
    };
    ChromaSeries& out = profile.tonal.chromaSeries;
    out.intervalS = intervalS;
    out.chroma.reserve(m_series.size());
    for (const SeriesPoint& point : m_series) {
        std::array<double, 12> c{};
        for (std::size_t k = 0; k < point.size(); ++k) {
            if (point[k] <= 0.0f)
                continue;
            // Bin k covers a third of a semitone centred k/3 semitones above C; folded around
            // the tuning, split between two classes where it straddles their border.
            const double centre = static_cast<double>(k) * kBinWidth - tuningSemitones;
            const double lo = centre - 0.5 * kBinWidth;
            const double border = std::floor(lo + 0.5) + 0.5;
            const double below = std::clamp((border - lo) / kBinWidth, 0.0, 1.0);
            c[classOf(lo)] += below * static_cast<double>(point[k]);
            c[classOf(lo + kBinWidth)] += (1.0 - below) * static_cast<double>(point[k]);
        }
        for (double& v : c)
            v = std::round(v / framesPerInterval / kSeriesStep) * kSeriesStep;
        out.chroma.push_back(c);
    }
}

}  // namespace stemwise::core
