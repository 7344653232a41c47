#include "analysis/spectrumanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/eqshape.h"
#include "dsp/float4.h"
#include "util/stats.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace stemwise::core {

namespace {

constexpr double kHannEnbwBins = 1.5;
// A frame quieter than this (mean power, i.e. -80 dBFS RMS) does not vote on persistence.
constexpr double kActiveFramePower = 1e-8;

struct Range {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
};

}  // namespace

std::vector<bool> bandActiveIntervals(const BandActivity& activity, std::size_t band)
{
    const std::vector<double>& levels = activity.levelDb[band];
    std::vector<double> sorted = levels;
    const double loudDb = percentile(sorted, 0.9);
    const double thresholdDb = std::max(loudDb - BandActivity::kActiveRangeDb, BandActivity::kActiveFloorDb);
    std::vector<bool> active(levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i)
        active[i] = levels[i] >= thresholdDb;
    return active;
}

AnalyzerInfo SpectrumAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "spectrum";
    i.version = 5;  // 2: band activity; 3: note groups (resonances across notes, tonal deviations); 4: fitted broad bells and shelves; 5: a bell's gaps between partials filled
    i.wantsLongFrames = true;
    i.wantsShortFrames = true;
    return i;
}

void SpectrumAnalyzer::prepare(const AnalysisContext& context)
{
    m_geometry = context.longStft;
    const auto bins = static_cast<std::size_t>(m_geometry.bins());
    m_powerSum.assign(bins, 0.0);
    m_shareSum.assign(bins, 0.0);
    m_shareHistogram.assign(bins * kShareBuckets, 0);
    m_persistenceFirstBin = std::min(bins, static_cast<std::size_t>(kMinResonanceHz / m_geometry.binHz()));
    m_persistenceLastBin = std::min(bins - 1, static_cast<std::size_t>(kMaxResonanceHz / m_geometry.binHz()) + 2);
    m_frames = 0;
    m_activeFrames = 0;

    m_chromaFirstBin = std::min(bins, static_cast<std::size_t>(std::ceil(kChromaLowHz / m_geometry.binHz())));
    m_chromaLastBin = std::min(bins, static_cast<std::size_t>(std::ceil(kChromaHighHz / m_geometry.binHz())));
    m_binPitchClass.assign(bins, 0);
    for (std::size_t k = m_chromaFirstBin; k < m_chromaLastBin; ++k) {
        const double midi = 69.0 + 12.0 * std::log2(static_cast<double>(k) * m_geometry.binHz() / 440.0);
        m_binPitchClass[k] = static_cast<std::uint8_t>(((static_cast<long>(std::lround(midi)) % 12) + 12) % 12);
    }
    m_groupPower.assign(bins * kNoteGroupCount, 0.0);
    m_groupFrames.fill(0);

    for (std::size_t b = 0; b < kBandCount; ++b)
        m_bandFirstBin[b] = std::min(bins, static_cast<std::size_t>(std::ceil(kBands[b].lowHz / m_geometry.binHz())));
    m_bandFirstBin[kBandCount] = std::min({bins, static_cast<std::size_t>(std::ceil(kBands.back().highHz / m_geometry.binHz())),
                                           static_cast<std::size_t>(std::ceil(m_geometry.sampleRateHz / 2.0 / m_geometry.binHz()))});
    m_intervalPower.fill(0.0);
    m_intervalFrames = 0;
    m_interval = 0;
    m_durationS = std::max(0.0, context.format.durationS());
    // The frame centred on the last sample may open an interval that holds less than a
    // tenth of a second of the file: it is left out rather than reported near-empty.
    m_wantedIntervals = m_durationS > 0.0
        ? static_cast<std::int64_t>(std::max(1.0, std::ceil(m_durationS / kActivityIntervalS - 0.1)))
        : 0;
    for (auto& series : m_activityPower)
        series.reset(kActivityIntervalS, static_cast<std::size_t>(m_wantedIntervals));

    m_shortGeometry = context.shortStft;
    const auto shortBins = static_cast<std::size_t>(m_shortGeometry.bins());
    m_sibilantFirstBin = std::min(shortBins, static_cast<std::size_t>(std::ceil(4500.0 / m_shortGeometry.binHz())));
    m_sibilantLastBin = std::min(shortBins, static_cast<std::size_t>(std::ceil(10000.0 / m_shortGeometry.binHz())));
    m_sibilantPowerSum.assign(shortBins, 0.0);
    m_shortActive = m_shortSibilant = 0;
    m_activeLevelSumDb = m_sibilantLevelSumDb = 0.0;
}

void SpectrumAnalyzer::processShortFrame(const SpectrumFrame& frame)
{
    const double total = sumOf(frame.power.data() + 1, frame.power.size() - 1);
    const double meanPower = total / (2.0 * kHannEnbwBins);
    if (meanPower < kActiveFramePower * 100.0)  // -60 dBFS: breaths and bleed do not count
        return;
    const double band = sumOf(frame.power.data() + m_sibilantFirstBin, m_sibilantLastBin - m_sibilantFirstBin);
    const double levelDb = 10.0 * std::log10(meanPower);
    ++m_shortActive;
    m_activeLevelSumDb += levelDb;
    if (band < kSibilantShare * total || m_sibilantLastBin <= m_sibilantFirstBin)
        return;
    ++m_shortSibilant;
    m_sibilantLevelSumDb += levelDb;
    for (std::size_t k = m_sibilantFirstBin; k < m_sibilantLastBin; ++k)
        m_sibilantPowerSum[k] += frame.power[k];
}

void SpectrumAnalyzer::closeActivityInterval()
{
    for (std::size_t b = 0; b < kBandCount; ++b) {
        const double power = m_intervalFrames > 0 ? m_intervalPower[b] / static_cast<double>(m_intervalFrames) : 0.0;
        if (m_wantedIntervals == 0 || m_interval < m_wantedIntervals)
            m_activityPower[b].add(power / (2.0 * kHannEnbwBins));
    }
    m_intervalPower.fill(0.0);
    m_intervalFrames = 0;
    ++m_interval;
}

void SpectrumAnalyzer::processLongFrame(const SpectrumFrame& frame)
{
    const std::size_t bins = frame.power.size();
    // Band activity: a frame belongs to the interval holding its centre. (The last frames,
    // centred past the end of the file, fall into the last interval or one just after it.)
    const auto interval = static_cast<std::int64_t>(std::max(0.0, frame.timeS) / kActivityIntervalS);
    while (m_interval < interval)
        closeActivityInterval();
    for (std::size_t b = 0; b < kBandCount; ++b) {
        // Bands above the Nyquist frequency are empty (their edges may even cross).
        const std::size_t first = m_bandFirstBin[b], last = m_bandFirstBin[b + 1];
        if (last > first)
            m_intervalPower[b] += sumOf(frame.power.data() + first, last - first);
    }
    ++m_intervalFrames;
    // Four partial sums: one running double sum is a serial chain the compiler may not
    // reorder (no -ffast-math); four independent ones vectorise.
    double partial[4] = {};
    std::size_t k = 0;
    for (; k + 4 <= bins; k += 4) {
        for (std::size_t lane = 0; lane < 4; ++lane) {
            m_powerSum[k + lane] += frame.power[k + lane];
            partial[lane] += frame.power[k + lane];
        }
    }
    for (; k < bins; ++k) {
        m_powerSum[k] += frame.power[k];
        partial[0] += frame.power[k];
    }
    const double total = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    ++m_frames;
    if (total / (2.0 * kHannEnbwBins) < kActiveFramePower)
        return;
    ++m_activeFrames;
    // The frame's note group: its strongest pitch class.
    std::array<double, kNoteGroupCount> chroma{};
    for (k = m_chromaFirstBin; k < m_chromaLastBin; ++k)
        chroma[m_binPitchClass[k]] += frame.power[k];
    const auto group = static_cast<std::size_t>(std::max_element(chroma.begin(), chroma.end()) - chroma.begin());
    double* groupPower = m_groupPower.data() + group * bins;
    for (k = 0; k < bins; ++k)
        groupPower[k] += frame.power[k];
    ++m_groupFrames[group];
    // Each bin's share of this frame's power, in 3 dB steps (the binary exponent), for the
    // persistence test of resonances (see the header).
    // Only the bins where resonances are looked for; the histogram is bucket-major so that
    // neighbouring bins, whose shares are alike, update neighbouring counters.
    const auto inverse = static_cast<float>(1.0 / total);
    for (k = m_persistenceFirstBin; k < m_persistenceLastBin; ++k) {
        const float q = frame.power[k] * inverse;
        m_shareSum[k] += q;
        // The binary exponent of q, read from its bits: q in [2^e, 2^(e+1)) lands in bucket −e.
        std::uint32_t bits = 0;
        std::memcpy(&bits, &q, sizeof bits);
        const int exponent = static_cast<int>((bits >> 23) & 0xffu) - 127;
        const int bucket = std::clamp(-exponent, 0, kShareBuckets - 1);
        ++m_shareHistogram[static_cast<std::size_t>(bucket) * m_shareSum.size() + k];
    }
}

namespace {

// The response in dB, per dB of gain, of the EQ shapes a tonal deviation is fitted with
// (dsp/eqshape.h: the Audio EQ Cookbook's analogue prototypes).
double shapeDb(DeviationShape shape, double q, double octaves)
{
    const EqShapeKind kind = shape == DeviationShape::Bell       ? EqShapeKind::Bell
                             : shape == DeviationShape::LowShelf ? EqShapeKind::LowShelf
                                                                 : EqShapeKind::HighShelf;
    return eqShapeDbPerDb(kind, q, octaves);
}

}  // namespace

SpectrumAnalyzer::GroupEnvelopes SpectrumAnalyzer::groupEnvelopes(const std::vector<std::vector<double>>& groupDb) const
{
    GroupEnvelopes out;
    if (groupDb.empty())
        return out;
    const double binHz = m_geometry.binHz();
    const std::size_t bins = groupDb.front().size();
    const double topHz = std::min(20000.0, m_geometry.sampleRateHz / 2.0);
    const double step = std::pow(2.0, 1.0 / kLtasPointsPerOctave);
    for (double f = 20.0; f <= topHz; f *= step)
        out.gridHz.push_back(f);
    const std::size_t n = out.gridHz.size();
    if (n < 3 * static_cast<std::size_t>(kLtasPointsPerOctave)) {
        out.gridHz.clear();
        return out;
    }
    std::vector<double> level(n);
    const auto half = static_cast<std::size_t>(kLtasPointsPerOctave / 12);  // 1/12 octave
    out.envelopeDb.reserve(groupDb.size());
    for (const auto& db : groupDb) {
        for (std::size_t i = 0; i < n; ++i) {
            // The peak dB within this point's 1/24-octave band (at least the nearest bin).
            const double lo = out.gridHz[i] / std::sqrt(step), hi = out.gridHz[i] * std::sqrt(step);
            const auto k0 = std::min(bins - 1, static_cast<std::size_t>(std::ceil(lo / binHz)));
            const auto k1 = std::min(bins - 1, std::max(k0, static_cast<std::size_t>(hi / binHz)));
            level[i] = *std::max_element(db.begin() + static_cast<std::ptrdiff_t>(k0), db.begin() + static_cast<std::ptrdiff_t>(k1) + 1);
        }
        std::vector<double>& envelope = out.envelopeDb.emplace_back(n);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t a = i >= half ? i - half : 0, b = std::min(n - 1, i + half);
            envelope[i] = *std::max_element(level.begin() + static_cast<std::ptrdiff_t>(a), level.begin() + static_cast<std::ptrdiff_t>(b) + 1);
        }
    }
    return out;
}

std::vector<TonalDeviation> SpectrumAnalyzer::findBells(const GroupEnvelopes& groups) const
{
    std::vector<TonalDeviation> found;
    const std::vector<double>& gridHz = groups.gridHz;
    const std::size_t n = gridHz.size();
    if (n == 0 || groups.envelopeDb.empty())
        return found;
    const double step = std::pow(2.0, 1.0 / kLtasPointsPerOctave);
    // One group's envelope deviation from its trend, on the grid.
    auto deviation = [&](const std::vector<double>& envelope) {
        std::vector<double> trend(n), window;
        // Only where the track has something to say: within kDeviationRangeDb of its loudest point
        // (below, the envelope is noise floor and what a low-pass left).
        const double loudest = *std::max_element(envelope.begin(), envelope.end());
        const auto octave = static_cast<std::size_t>(kLtasPointsPerOctave);
        for (std::size_t i = 0; i < n; ++i) {
            if (envelope[i] < loudest - kDeviationRangeDb) {
                trend[i] = 0.0;
                continue;
            }
            const std::size_t a = i >= octave ? i - octave : 0, b = std::min(n - 1, i + octave);
            window.assign(envelope.begin() + static_cast<std::ptrdiff_t>(a), envelope.begin() + static_cast<std::ptrdiff_t>(b) + 1);
            const auto middle = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
            std::nth_element(window.begin(), middle, window.end());
            trend[i] = envelope[i] - *middle;
        }
        return trend;
    };
    std::vector<std::vector<double>> deviations;
    deviations.reserve(groups.envelopeDb.size());
    for (const auto& envelope : groups.envelopeDb)
        deviations.push_back(deviation(envelope));
    // What stays put: a bump must stand in three quarters of the groups (their lower quartile),
    // a dip likewise (their upper quartile); a note's partial, in the groups of its note only,
    // does not.
    std::vector<double> d(n), column;
    for (std::size_t i = 0; i < n; ++i) {
        column.clear();
        for (const auto& dev : deviations)
            column.push_back(dev[i]);
        std::sort(column.begin(), column.end());
        const double last = static_cast<double>(column.size() - 1);
        const double bump = column[static_cast<std::size_t>(std::floor(0.25 * last))];
        const double dip = column[static_cast<std::size_t>(std::ceil(0.75 * last))];
        d[i] = bump > 0.0 ? bump : dip < 0.0 ? dip : 0.0;
    }
    // A gap between partials: where the lower quartile falls to nothing for a point or two (up
    // to 1/12 octave) inside a bump (or a dip), some group had no partial there, not a change of
    // the envelope. Such a hole is filled with the smaller of its sides, so that an EQ's bell
    // is measured from its half-gain points rather than from the first gap between two partials
    // (which read a Q 3 bell as two bumps of Q 6.5 on a harp).
    {
        const std::vector<double> raw = d;
        constexpr std::size_t kMaxHole = 2;
        for (std::size_t i = 1; i + 1 < n; ++i) {
            if (raw[i] != 0.0 || raw[i - 1] == 0.0)
                continue;
            std::size_t j = i;
            while (j < n && raw[j] == 0.0 && j - i < kMaxHole)
                ++j;
            // Both sides of the hole stand at least half the smallest deviation reported: a bump's
            // top, not two crumbs of the envelope's ripple.
            if (j >= n || raw[j] == 0.0 || (raw[i - 1] > 0.0) != (raw[j] > 0.0)
                || std::min(std::abs(raw[i - 1]), std::abs(raw[j])) < 0.5 * kMinDeviationDb)
                continue;
            const double fill = raw[i - 1] > 0.0 ? std::min(raw[i - 1], raw[j]) : std::max(raw[i - 1], raw[j]);
            for (std::size_t k = i; k < j; ++k)
                d[k] = fill;
        }
    }
    // Extremes: a bump's peak (or a dip's trough) and its half-gain points.
    std::vector<std::pair<double, double>> spans;  // each found bell's half-gain points
    for (std::size_t i = 1; i + 1 < n; ++i) {
        if (gridHz[i] < 40.0 || gridHz[i] > 16000.0)
            continue;
        const double sign = d[i] >= 0.0 ? 1.0 : -1.0;
        const double v = sign * d[i];
        if (v < kMinDeviationDb || sign * d[i - 1] > v || sign * d[i + 1] >= v)
            continue;
        auto halfPoint = [&](int dir) -> std::optional<double> {
            std::size_t j = i;
            while (true) {
                const auto next = static_cast<std::size_t>(static_cast<long>(j) + dir);
                if (next >= n)  // wraps below 0 too
                    return std::nullopt;
                if (sign * d[next] <= 0.5 * v) {
                    const double t = (sign * d[j] - 0.5 * v) / std::max(1e-9, sign * d[j] - sign * d[next]);
                    return gridHz[j] * std::pow(step, t * dir);
                }
                j = next;
            }
        };
        const auto lo = halfPoint(-1), hi = halfPoint(+1);
        if (!lo || !hi)
            continue;
        const double q = gridHz[i] / (*hi - *lo);
        if (q < kMinDeviationQ || q > kMaxDeviationQ)
            continue;
        // Two tops of one bump share its half-gain points: one bell, at the higher top.
        const auto same = std::find_if(spans.begin(), spans.end(), [&](const std::pair<double, double>& o) {
            return std::abs(std::log2(o.first / *lo)) < 1.0 / 24.0 && std::abs(std::log2(o.second / *hi)) < 1.0 / 24.0;
        });
        if (same != spans.end()) {
            TonalDeviation& other = found[static_cast<std::size_t>(same - spans.begin())];
            if (std::abs(other.gainDb) < v) {
                other.frequencyHz = gridHz[i];
                other.gainDb = d[i];
                other.q = q;
            }
            continue;
        }
        spans.emplace_back(*lo, *hi);
        found.push_back({gridHz[i], d[i], q, static_cast<int>(groups.envelopeDb.size()), DeviationShape::Bell});
    }
    return found;
}


std::vector<TonalDeviation> SpectrumAnalyzer::findFittedShapes(const GroupEnvelopes& groups) const
{
    std::vector<TonalDeviation> found;
    const std::vector<double>& gridHz = groups.gridHz;
    const std::size_t n = gridHz.size();
    if (n == 0 || groups.envelopeDb.empty())
        return found;
    // Each group's envelope levelled so that its median over the audible range is 0 dB.
    std::vector<std::vector<double>> envelopes = groups.envelopeDb;
    for (auto& envelope : envelopes) {
        std::vector<double> sorted = envelope;
        const double middle = percentile(sorted, 0.5);
        for (double& v : envelope)
            v -= middle;
    }
    // What stays put while the notes change: the median of the groups' envelopes (a note's
    // partials stand in the groups of that note only), smoothed over 1/12 octave either side.
    std::vector<double> raw(n), e(n), column;
    for (std::size_t i = 0; i < n; ++i) {
        column.clear();
        for (const auto& env : envelopes)
            column.push_back(env[i]);
        raw[i] = percentile(column, 0.5);
    }
    const auto smoothHalf = static_cast<std::size_t>(kLtasPointsPerOctave / 12);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t a = i >= smoothHalf ? i - smoothHalf : 0, b = std::min(n - 1, i + smoothHalf);
        double sum = 0.0;
        for (std::size_t j = a; j <= b; ++j)
            sum += raw[j];
        e[i] = sum / static_cast<double>(b - a + 1);
    }
    // Where the track has something to say: the stretch of the grid within kDeviationRangeDb of
    // the envelope's loudest point (below it, the envelope is noise floor and a low-pass's skirt),
    // from the lowest to the highest point that reaches it, 30 Hz to 18 kHz.
    const double loudest = *std::max_element(e.begin(), e.end());
    std::size_t first = n, last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (gridHz[i] < 30.0 || gridHz[i] > 18000.0 || e[i] < loudest - kDeviationRangeDb)
            continue;
        first = std::min(first, i);
        last = i;
    }
    if (first >= last || last - first < 2 * static_cast<std::size_t>(kLtasPointsPerOctave))
        return found;

    // The fit (issue 17, point 2: prescribe the inverse): around each point of the grid, the
    // envelope is modelled as a straight line (its local tilt) plus one EQ shape — a bell of each
    // Q of kDeviationQs centred there, or a low or a high shelf with its midpoint there — by least
    // squares over a window that holds the shape and a stretch of plateau on either side. The
    // shape's coefficient is the deviation's gain; how much of what the line leaves the shape
    // explains (r²) says whether the envelope really has that shape there, rather than the
    // irregular outline of an instrument. A track's own broad shape that a line does not follow
    // (a body, a formant) is told from a fault by that fit, by staying put across the note groups
    // (measured on each group's envelope in turn), and by the rules (type and note range).
    struct Fit {
        double gainDb = 0.0;
        double r2 = 0.0;
        double residualDb = 0.0;  // RMS of what the line and the shape leave
    };
    const double perPoint = 1.0 / kLtasPointsPerOctave;
    auto fit = [&](const std::vector<double>& y, DeviationShape shape, double q, std::size_t centre, std::size_t halfWindow) -> std::optional<Fit> {
        // The window lies in the track's range, cut short at its ends, but with at least
        // kMinWindowShare of it on either side: a plateau to measure against on both sides.
        const std::size_t lo = centre >= first + halfWindow ? centre - halfWindow : first;
        const std::size_t hi = std::min(last, centre + halfWindow);
        const auto minSide = static_cast<std::size_t>(std::ceil(kMinWindowShare * static_cast<double>(halfWindow)));
        if (centre < lo + minSide || centre + minSide > hi)
            return std::nullopt;
        double s1 = 0, sx = 0, sxx = 0, ss = 0, sxs = 0, sy = 0, sxy = 0, ssy = 0, syy = 0, sss = 0;
        for (std::size_t j = lo; j <= hi; ++j) {
            const double x = (static_cast<double>(j) - static_cast<double>(centre)) * perPoint;
            const double sh = shapeDb(shape, q, x);
            s1 += 1; sx += x; sxx += x * x; ss += sh; sxs += x * sh; sss += sh * sh;
            sy += y[j]; sxy += x * y[j]; ssy += sh * y[j]; syy += y[j] * y[j];
        }
        // Line alone: residual sum of squares of y about its least-squares line.
        const double detLine = s1 * sxx - sx * sx;
        if (detLine <= 0.0)
            return std::nullopt;
        auto rssOfLine = [&](double vy, double vxy, double vyy) {
            const double a = (sxx * vy - sx * vxy) / detLine, b = (s1 * vxy - sx * vy) / detLine;
            return vyy - a * vy - b * vxy;
        };
        // The shape's part that a line cannot make (its residual about the line), and y's.
        const double shapeResidual = rssOfLine(ss, sxs, sss);
        if (shapeResidual <= 1e-9)
            return std::nullopt;
        const double a = (sxx * sy - sx * sxy) / detLine, b = (s1 * sxy - sx * sy) / detLine;
        // <shape − its line, y − its line> = ssy − as·sy − bs·sxy (the residuals are orthogonal to the line).
        const double cross = ssy - a * ss - b * sxs;
        const double gain = cross / shapeResidual;
        const double rssLine = syy - a * sy - b * sxy;
        const double explained = gain * gain * shapeResidual;
        Fit f;
        f.gainDb = gain;
        f.r2 = rssLine > 1e-9 ? explained / rssLine : 0.0;
        f.residualDb = std::sqrt(std::max(0.0, rssLine - explained) / s1);
        return f;
    };
    struct Candidate {
        DeviationShape shape;
        double q;
        std::size_t centre;
        std::size_t halfWindow;
        Fit f;
    };
    // A step is one shape seen from either end: a low shelf of +G is a high shelf of −G and a
    // level change of +G, which the line takes. An engineer puts the shelf on the end of the
    // track's range it is nearer to and leaves the rest to the fader, so a step above the middle
    // (in octaves) of the track's range is a high shelf, one below it a low shelf.
    const double middleHz = std::sqrt(gridHz[first] * gridHz[last]);
    const auto octavePoints = static_cast<double>(kLtasPointsPerOctave);
    const auto shelfWindow = static_cast<std::size_t>(std::lround(kShelfWindowOctaves * octavePoints));
    auto candidatesOf = [&](const std::vector<double>& y) {
        std::vector<Candidate> out;
        for (std::size_t i = first; i <= last; ++i) {
            if (gridHz[i] < kMinDeviationHz || gridHz[i] > kMaxDeviationHz)
                continue;
            for (const double q : kBroadBellQs) {
                const double halfOctaves = kBroadBellWindowWidths * bellWidthOctaves(q);
                const auto halfWindow = static_cast<std::size_t>(std::lround(halfOctaves * octavePoints));
                if (const auto f = fit(y, DeviationShape::Bell, q, i, halfWindow))
                    out.push_back({DeviationShape::Bell, q, i, halfWindow, *f});
            }
            const DeviationShape shelf = gridHz[i] >= middleHz ? DeviationShape::HighShelf : DeviationShape::LowShelf;
            if (const auto f = fit(y, shelf, 1.0 / std::sqrt(2.0), i, shelfWindow))
                out.push_back({shelf, 1.0 / std::sqrt(2.0), i, shelfWindow, *f});
        }
        // The shape that explains the envelope there best (r²), the larger first among equals.
        std::sort(out.begin(), out.end(), [](const Candidate& u, const Candidate& v) {
            return u.f.r2 != v.f.r2 ? u.f.r2 > v.f.r2 : std::abs(u.f.gainDb) > std::abs(v.f.gainDb);
        });
        return out;
    };
    // One deviation at a time (matching pursuit): the best-fitting shape of at least
    // kMinDeviationDb is taken out of the envelope (and of every group's) before the next is
    // looked for, so a strong bell's skirts are not read as dips beside it.
    std::vector<Candidate> chosen;
    while (chosen.size() < kMaxDeviations) {
        const std::vector<Candidate> candidates = candidatesOf(e);
        const Candidate* taken = nullptr;
        for (const Candidate& c : candidates) {
            if (c.f.r2 < kMinDeviationFit)
                break;
            // An EQ's size, and its shape: what a line and the shape leave is small beside the gain.
            // A bulge larger than an equaliser's range, or one the shape does not follow, is the
            // part's own register, body or formant.
            if (std::abs(c.f.gainDb) < kMinDeviationDb || std::abs(c.f.gainDb) > kMaxDeviationDb
                || c.f.residualDb > kMaxDeviationResidual * std::abs(c.f.gainDb))
                continue;
            // A broad bell is held to a closer fit than a step: an instrument's register and body
            // are broad bulges too (seen on the advice benchmark's clean stems), an EQ's bell is
            // followed almost exactly.
            if (c.shape == DeviationShape::Bell && (c.f.r2 < kMinBroadBellFit || c.f.residualDb > kMaxBroadBellResidual * std::abs(c.f.gainDb)))
                continue;
            // One deviation per stretch of the spectrum.
            const bool apart = std::all_of(chosen.begin(), chosen.end(), [&](const Candidate& o) {
                const double distance = std::abs(static_cast<double>(c.centre) - static_cast<double>(o.centre));
                return distance > 0.5 * static_cast<double>(std::max(c.halfWindow, o.halfWindow));
            });
            if (!apart)
                continue;
            // It stays put while the notes change: in three quarters of the groups the same shape
            // there has at least half the gain, of the same sign.
            if (envelopes.size() >= 2) {
                std::vector<double> gains;
                for (const auto& env : envelopes) {
                    const auto g = fit(env, c.shape, c.q, c.centre, c.halfWindow);
                    gains.push_back(g ? (c.f.gainDb > 0.0 ? g->gainDb : -g->gainDb) : 0.0);
                }
                if (percentile(gains, 0.25) < 0.5 * std::abs(c.f.gainDb))
                    continue;
            }
            taken = &c;
            break;
        }
        if (taken == nullptr)
            break;
        const Candidate c = *taken;
        chosen.push_back(c);
        auto takeOut = [&](std::vector<double>& y, double gainDb) {
            for (std::size_t j = 0; j < n; ++j)
                y[j] -= gainDb * shapeDb(c.shape, c.q, (static_cast<double>(j) - static_cast<double>(c.centre)) * perPoint);
        };
        takeOut(e, c.f.gainDb);
        for (auto& env : envelopes)
            if (const auto g = fit(env, c.shape, c.q, c.centre, c.halfWindow))
                takeOut(env, g->gainDb);
    }
    for (const Candidate& c : chosen)
        found.push_back({gridHz[c.centre], c.f.gainDb, c.q, static_cast<int>(groups.envelopeDb.size()), c.shape, true});
    return found;
}

void SpectrumAnalyzer::findTonalDeviations(SpectrumProfile& sp, const std::vector<std::vector<double>>& groupDb) const
{
    const GroupEnvelopes groups = groupEnvelopes(groupDb);
    sp.tonalDeviations = findFittedShapes(groups);
    // A narrower bell inside a broad shape (within an octave of a shelf's midpoint, within the
    // half-gain width of a broad bell) is that shape seen through the trend: the fit says it.
    for (const TonalDeviation& bell : findBells(groups)) {
        const bool inStep = std::any_of(sp.tonalDeviations.begin(), sp.tonalDeviations.end(), [&](const TonalDeviation& s) {
            const double reach = s.shape == DeviationShape::Bell ? 0.5 * bellWidthOctaves(s.q) : 1.0;
            return std::abs(std::log2(bell.frequencyHz / s.frequencyHz)) <= reach;
        });
        if (!inStep)
            sp.tonalDeviations.push_back(bell);
    }
    std::sort(sp.tonalDeviations.begin(), sp.tonalDeviations.end(),
              [](const TonalDeviation& x, const TonalDeviation& y) { return std::abs(x.gainDb) > std::abs(y.gainDb); });
    if (sp.tonalDeviations.size() > kMaxDeviations)
        sp.tonalDeviations.resize(kMaxDeviations);
}

const char* deviationShapeName(DeviationShape shape)
{
    switch (shape) {
    case DeviationShape::LowShelf:
        return "low_shelf";
    case DeviationShape::HighShelf:
        return "high_shelf";
    case DeviationShape::Bell:
        break;
    }
    return "bell";
}

DeviationShape deviationShapeFromName(std::string_view name)
{
    if (name == "low_shelf")
        return DeviationShape::LowShelf;
    if (name == "high_shelf")
        return DeviationShape::HighShelf;
    return DeviationShape::Bell;
}

double SpectrumAnalyzer::persistence(std::size_t k) const
{
    if (m_activeFrames == 0)
        return 0.0;
    // Frames where the bin holds at least about a quarter of its mean share: the 3 dB buckets
    // [2^-(b+1), 2^-b) that reach above that threshold.
    const double threshold = 0.25 * m_shareSum[k] / static_cast<double>(m_activeFrames);
    std::uint64_t frames = 0;
    for (int b = 0; b < kShareBuckets && std::ldexp(1.0, -b) > threshold; ++b)
        frames += m_shareHistogram[static_cast<std::size_t>(b) * m_shareSum.size() + k];
    return static_cast<double>(frames) / static_cast<double>(m_activeFrames);
}

void SpectrumAnalyzer::finish(TrackProfile& profile)
{
    SpectrumProfile& sp = profile.spectrum;
    if (m_intervalFrames > 0)
        closeActivityInterval();
    sp.bandActivity.intervalS = m_activityPower[0].intervalS();
    for (std::size_t b = 0; b < kBandCount; ++b) {
        auto& levels = sp.bandActivity.levelDb[b];
        levels.clear();
        levels.reserve(m_activityPower[b].size());
        for (const auto& power : m_activityPower[b].means())
            levels.push_back(powerToDb(power.value_or(0.0), kFloorDb));
        const std::vector<bool> active = bandActiveIntervals(sp.bandActivity, b);
        const auto count = std::count(active.begin(), active.end(), true);
        sp.bandActivity.activeFraction[b] = active.empty() ? 0.0 : static_cast<double>(count) / static_cast<double>(active.size());
    }
    if (m_shortActive > 0) {
        sp.sibilance.fraction = static_cast<double>(m_shortSibilant) / static_cast<double>(m_shortActive);
        if (m_shortSibilant > 0) {
            const auto peak = std::max_element(m_sibilantPowerSum.begin() + static_cast<std::ptrdiff_t>(m_sibilantFirstBin),
                                               m_sibilantPowerSum.begin() + static_cast<std::ptrdiff_t>(m_sibilantLastBin));
            sp.sibilance.peakHz = static_cast<double>(peak - m_sibilantPowerSum.begin()) * m_shortGeometry.binHz();
            sp.sibilance.excessDb = m_sibilantLevelSumDb / static_cast<double>(m_shortSibilant)
                                    - m_activeLevelSumDb / static_cast<double>(m_shortActive);
        }
    }
    if (m_frames == 0)
        return;
    const double binHz = m_geometry.binHz();
    const std::size_t bins = m_powerSum.size();
    std::vector<double> mean(bins);
    for (std::size_t k = 0; k < bins; ++k)
        mean[k] = m_powerSum[k] / static_cast<double>(m_frames);
    auto binOf = [binHz](double hz) { return static_cast<std::size_t>(std::ceil(hz / binHz)); };
    const double topHz = std::min(20000.0, m_geometry.sampleRateHz / 2.0);
    const Range audible{binOf(20.0), std::min(bins - 1, binOf(topHz) - 1)};

    double total = 0.0, weighted = 0.0, logSum = 0.0;
    for (std::size_t k = audible.first; k <= audible.last; ++k) {
        total += mean[k];
        weighted += mean[k] * static_cast<double>(k) * binHz;
        logSum += std::log(std::max(mean[k], 1e-30));
    }
    const double count = static_cast<double>(audible.last - audible.first + 1);

    // Bands (the air band is cut at Nyquist for low sample rates).
    for (std::size_t b = 0; b < kBandCount; ++b) {
        double band = 0.0;
        for (std::size_t k = binOf(kBands[b].lowHz); k < std::min(audible.last + 1, binOf(kBands[b].highHz)); ++k)
            band += mean[k];
        sp.bands[b].share = total > 0.0 ? band / total : 0.0;
        if (band > 0.0)
            sp.bands[b].levelDb = powerToDb(band / (2.0 * kHannEnbwBins), kFloorDb);
    }
    if (total <= 0.0)
        return;  // silence: no centroid, no peaks; the LTAS stays empty rather than all floor

    sp.centroidHz = weighted / total;
    double running = 0.0;
    for (std::size_t k = audible.first; k <= audible.last; ++k) {
        running += mean[k];
        if (running >= 0.85 * total) {
            sp.rolloff85Hz = static_cast<double>(k) * binHz;
            break;
        }
    }
    sp.flatness = std::exp(logSum / count) / (total / count);

    // LTAS on a 1/24-octave grid: the mean bin power over each point's 1/24-octave band,
    // interpolated between bins where the band is narrower than a bin (low frequencies).
    sp.ltasFrequencyHz.clear();
    sp.ltasDb.clear();
    for (int i = 0;; ++i) {
        const double f = 20.0 * std::pow(2.0, static_cast<double>(i) / kLtasPointsPerOctave);
        if (f > topHz)
            break;
        const double lo = f * std::pow(2.0, -0.5 / kLtasPointsPerOctave);
        const double hi = f * std::pow(2.0, 0.5 / kLtasPointsPerOctave);
        const std::size_t k0 = binOf(lo);
        const std::size_t k1 = std::min(bins, binOf(hi));
        double value = 0.0;
        if (k1 > k0) {
            for (std::size_t k = k0; k < k1; ++k)
                value += mean[k];
            value /= static_cast<double>(k1 - k0);
        } else {
            const double pos = f / binHz;
            const auto k = std::min(bins - 2, static_cast<std::size_t>(pos));
            const double t = pos - static_cast<double>(k);
            value = mean[k] * (1.0 - t) + mean[k + 1] * t;
        }
        sp.ltasFrequencyHz.push_back(f);
        sp.ltasDb.push_back(powerToDb(value, kFloorDb));
    }

    // Peaks of the mean spectrum, with the median level around them as their surround.
    std::vector<double> db(bins);
    for (std::size_t k = 0; k < bins; ++k)
        db[k] = powerToDb(mean[k], kFloorDb);
    struct Candidate {
        std::size_t bin;
        double frequencyHz;
        double levelDb;
        double gainDb;
    };
    // The surround of a frequency is the median level from a fifth below to a fifth above
    // it (f/1.5 to 1.5f), wide enough that a broad resonance does not raise its own
    // reference. Medians are taken on a 1/24-octave grid and interpolated in between.
    std::vector<double> gridHz, gridMedianDb, window;
    for (double f = 20.0; f <= topHz * 1.0001; f *= std::pow(2.0, 1.0 / kLtasPointsPerOctave)) {
        const std::size_t lo = std::min(bins - 1, static_cast<std::size_t>(f / 1.5 / binHz));
        const std::size_t hi = std::min(bins, std::max(lo + 5, static_cast<std::size_t>(f * 1.5 / binHz) + 1));
        window.assign(db.begin() + static_cast<std::ptrdiff_t>(lo), db.begin() + static_cast<std::ptrdiff_t>(hi));
        const auto middle = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
        std::nth_element(window.begin(), middle, window.end());
        gridHz.push_back(f);
        gridMedianDb.push_back(*middle);
    }
    auto surroundAt = [&](double f) {
        const double pos = std::log2(std::max(f, 20.0) / 20.0) * kLtasPointsPerOctave;
        const auto i = std::min(gridHz.size() - 1, static_cast<std::size_t>(pos));
        if (i + 1 >= gridHz.size())
            return gridMedianDb.back();
        const double t = pos - static_cast<double>(i);
        return gridMedianDb[i] * (1.0 - t) + gridMedianDb[i + 1] * t;
    };
    std::vector<Candidate> candidates;
    for (std::size_t k = std::max<std::size_t>(audible.first, 2); k + 2 <= audible.last; ++k) {
        if (!(db[k] > db[k - 1] && db[k] >= db[k + 1] && db[k] >= db[k - 2] && db[k] >= db[k + 2]))
            continue;
        const double surround = surroundAt(static_cast<double>(k) * binHz);
        // Parabolic interpolation on the dB values for the true peak between bins.
        const double a = db[k - 1], b = db[k], c = db[k + 1];
        const double denom = a - 2.0 * b + c;
        const double delta = denom < 0.0 ? 0.5 * (a - c) / denom : 0.0;
        candidates.push_back({k, (static_cast<double>(k) + delta) * binHz, b - 0.25 * (a - c) * delta,
                              b - surround});
    }

    // Dominant: the strongest peaks that stand out (≥ 3 dB over their surround), each at
    // least 1/6 octave from a stronger one, so neighbouring bins of one peak count once.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.levelDb > y.levelDb; });
    auto farFrom = [](double f, double g) { return std::abs(std::log2(f / g)) >= 1.0 / 6.0; };
    sp.dominant.clear();
    for (const Candidate& cand : candidates) {
        if (sp.dominant.size() >= kMaxDominant)
            break;
        if (cand.gainDb < 3.0)
            continue;
        if (std::all_of(sp.dominant.begin(), sp.dominant.end(),
                        [&](const SpectralPeak& p) { return farFrom(p.frequencyHz, cand.frequencyHz); }))
            sp.dominant.push_back({cand.frequencyHz, cand.levelDb});
    }

    // The note groups that hold enough of the frames, as dB per bin.
    std::vector<std::vector<double>> groupDb;
    const auto minGroupFrames = std::max<std::int64_t>(
        kMinGroupFrames, static_cast<std::int64_t>(std::ceil(kMinGroupShare * static_cast<double>(m_activeFrames))));
    for (std::size_t g = 0; g < static_cast<std::size_t>(kNoteGroupCount); ++g) {
        if (m_groupFrames[g] < minGroupFrames)
            continue;
        std::vector<double> v(bins);
        for (std::size_t k = 0; k < bins; ++k)
            v[k] = powerToDb(m_groupPower[g * bins + k] / static_cast<double>(m_groupFrames[g]), kFloorDb);
        groupDb.push_back(std::move(v));
    }
    // How far a bin stands above the median from f/1.5 to 1.5f in one group's spectrum.
    auto groupProminence = [&](const std::vector<double>& g, std::size_t k) {
        const std::size_t lo = std::min(bins - 1, static_cast<std::size_t>(static_cast<double>(k) / 1.5));
        const std::size_t hi = std::min(bins, std::max(lo + 5, static_cast<std::size_t>(static_cast<double>(k) * 1.5) + 1));
        std::vector<double> around(g.begin() + static_cast<std::ptrdiff_t>(lo), g.begin() + static_cast<std::ptrdiff_t>(hi));
        const auto middle = around.begin() + static_cast<std::ptrdiff_t>(around.size() / 2);
        std::nth_element(around.begin(), middle, around.end());
        return std::max({g[k - 1], g[k], g[k + 1]}) - *middle;
    };
    findTonalDeviations(sp, groupDb);
    // A peak within 1.5 % of hz standing 3 dB over its surround (for the harmonic-series test).
    auto peakNear = [&](double hz) {
        if (hz < 20.0 || hz >= topHz)
            return false;
        const auto k0 = std::min(bins - 1, static_cast<std::size_t>(std::floor(hz * 0.985 / binHz)));
        const auto k1 = std::min(bins - 1, static_cast<std::size_t>(std::ceil(hz * 1.015 / binHz)));
        return *std::max_element(db.begin() + static_cast<std::ptrdiff_t>(k0), db.begin() + static_cast<std::ptrdiff_t>(k1) + 1)
                   - surroundAt(hz)
               >= 3.0;
    };
    // A note, or one of its partials: two of f's multiples 2f, 3f, 4f peak too, or f is the m-th
    // partial of a series whose f/m and (m+1)·f/m peak (issue 17: a sustained note under a
    // melody stays put like a resonance, but it carries its harmonic series; a room mode, a
    // shell or a filter does not).
    auto inHarmonicSeries = [&](double f) {
        if ((peakNear(2.0 * f) ? 1 : 0) + (peakNear(3.0 * f) ? 1 : 0) + (peakNear(4.0 * f) ? 1 : 0) >= 2)
            return true;
        for (double m = 2.0; m <= 4.0; m += 1.0)
            if (peakNear(f / m) && (peakNear(f / m * (m + 1.0)) || (m > 2.0 && peakNear(f / m * (m - 1.0)))))
                return true;
        return false;
    };

    // Resonances: narrow, prominent, persistent, and there whatever note is played.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.gainDb > y.gainDb; });
    sp.resonances.clear();
    for (const Candidate& cand : candidates) {
        if (sp.resonances.size() >= kMaxResonances || cand.gainDb < kMinResonanceGainDb)
            break;
        if (cand.frequencyHz < kMinResonanceHz || cand.frequencyHz > kMaxResonanceHz || m_activeFrames == 0)
            continue;
        const std::size_t k = cand.bin;
        if (std::max({persistence(k - 1), persistence(k), persistence(k + 1)}) < kMinPersistence)
            continue;
        // -3 dB bandwidth by walking down both flanks, interpolating the crossing.
        const double target = db[k] - 3.0;
        auto crossing = [&](int step) {
            std::size_t j = k;
            while (j > 0 && j + 1 < bins && db[j] > target)
                j = static_cast<std::size_t>(static_cast<long>(j) + step);
            const auto prev = static_cast<std::size_t>(static_cast<long>(j) - step);
            const double t = (db[prev] - target) / std::max(1e-9, db[prev] - db[j]);
            return (static_cast<double>(prev) + t * step) * binHz;
        };
        const double bandwidth = crossing(1) - crossing(-1);
        const double q = bandwidth > 0.0 ? cand.frequencyHz / bandwidth : 0.0;
        if (q < kMinResonanceQ || q > kMaxResonanceQ)
            continue;
        if (!std::all_of(sp.resonances.begin(), sp.resonances.end(),
                         [&](const Resonance& r) { return farFrom(r.frequencyHz, cand.frequencyHz); }))
            continue;
        if (inHarmonicSeries(cand.frequencyHz))
            continue;
        int with = 0;
        for (const auto& g : groupDb)
            with += groupProminence(g, k) >= kResonanceGroupDb ? 1 : 0;
        const auto groups = static_cast<int>(groupDb.size());
        // With two or more groups a peak that comes and goes with the notes is a partial.
        if (groups >= 2 && static_cast<double>(with) < kMinNoteShare * static_cast<double>(groups))
            continue;
        sp.resonances.push_back({cand.frequencyHz, cand.gainDb, q, groups, with});
    }
}

}  // namespace stemwise::core
