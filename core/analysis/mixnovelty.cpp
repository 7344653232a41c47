// The novelty of a mix alone: see mixnovelty.h for the method and its sources.
#include "analysis/mixnovelty.h"

#include "analysis/sessionsections.h"
#include "util/stats.h"

#include <algorithm>
#include <cmath>
#include <type_traits>
#include <utility>

namespace stemwise::core {

namespace {

constexpr double kSilentDb = -70.0;  // as BandActivity::kActiveFloorDb

template <std::size_t N>
double distance(const std::array<double, N>& a, const std::array<double, N>& b)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < N; ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum);
}

// The mean of `values` over the intervals [from, to) that are `valid`, and how many there were.
template <typename T>
std::pair<T, std::size_t> meanOver(const std::vector<T>& values, const std::vector<bool>& valid, std::size_t from, std::size_t to)
{
    T sum{};
    std::size_t count = 0;
    for (std::size_t i = from; i < to; ++i) {
        if (!valid[i])
            continue;
        if constexpr (std::is_same_v<T, double>) {
            sum += values[i];
        } else {
            for (std::size_t k = 0; k < sum.size(); ++k)
                sum[k] += values[i][k];
        }
        ++count;
    }
    if (count > 0) {
        if constexpr (std::is_same_v<T, double>) {
            sum /= static_cast<double>(count);
        } else {
            for (auto& v : sum)
                v /= static_cast<double>(count);
        }
    }
    return {sum, count};
}

}  // namespace

double mixNoveltyOf(const MixChange& c)
{
    using M = MixNovelty;
    const double h = c.harmony / M::kHarmonyUnit, t = c.timbreDb / M::kTimbreUnitDb, l = c.levelDb / M::kLevelUnitDb;
    return std::sqrt(h * h + t * t + l * l);
}

MixNovelty::MixNovelty(const StemActivity& mix, std::optional<double> barS)
{
    m_intervalS = mix.intervalS > 0.0 ? mix.intervalS : 1.0;
    const std::size_t n = mix.levelDb.size();
    m_edges.assign(n + 1, MixChange{});
    if (n == 0)
        return;
    std::vector<double> sorted = mix.levelDb;
    const double loudDb = percentile(sorted, 0.9);
    m_level.resize(n);
    m_sounding.assign(n, false);
    const double floorDb = loudDb - kLevelRangeDb;
    for (std::size_t i = 0; i < n; ++i) {
        m_level[i] = std::max(mix.levelDb[i], floorDb);
        m_sounding[i] = loudDb >= kSilentDb && mix.levelDb[i] >= std::max(floorDb, kSilentDb);
    }

    // Band shape: only where the band levels are the intervals the level came from.
    m_hasShape = std::all_of(mix.bandDb.begin(), mix.bandDb.end(), [n](const auto& b) { return b.size() == n; });
    m_shape.assign(n, {});
    if (m_hasShape)
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t b = 0; b < kBandCount; ++b)
                m_shape[i][b] = std::max(mix.bandDb[b][i], mix.levelDb[i] - kShapeRangeDb) - mix.levelDb[i];

    // Chroma: the point whose interval holds this interval's centre.
    m_tonal.assign(n, false);
    m_chroma.assign(n, {});
    if (!mix.chroma.empty() && mix.chromaIntervalS > 0.0)
        for (std::size_t i = 0; i < n; ++i) {
            const double centreS = (static_cast<double>(i) + 0.5) * m_intervalS;
            const auto j = static_cast<std::size_t>(centreS / mix.chromaIntervalS);
            if (j >= mix.chroma.size() || !m_sounding[i])
                continue;
            double sum = 0.0;
            for (const float v : mix.chroma[j])
                sum += static_cast<double>(v);
            if (sum < kMinChromaShare)
                continue;
            for (std::size_t c = 0; c < 12; ++c)
                m_chroma[i][c] = static_cast<double>(mix.chroma[j][c]) / sum;
            m_tonal[i] = true;
        }

    if (barS && *barS > 0.0)
        m_cycle = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(4.0 * *barS / m_intervalS)));
    else
        m_cycle = foundCycle();
    const std::size_t w = m_cycle;

    // Harmony: the cycle after each edge against the cycle before it (and against the cycle
    // two before, when there is one); the lower, later less the floor.
    std::vector<double> harmony(n + 1, 0.0);
    std::vector<double> measured;
    for (std::size_t t = 1; t < n; ++t) {
        double best = -1.0;
        for (const std::size_t lag : {w, 2 * w}) {
            if (t < lag)
                continue;
            const std::size_t count = std::min(w, n - t);
            double sum = 0.0;
            std::size_t pairs = 0;
            for (std::size_t k = 0; k < count; ++k)
                if (m_tonal[t - lag + k] && m_tonal[t + k]) {
                    sum += distance(m_chroma[t - lag + k], m_chroma[t + k]);
                    ++pairs;
                }
            if (2 * pairs >= count && pairs > 0) {
                const double d = sum / static_cast<double>(pairs);
                best = best < 0.0 ? d : std::min(best, d);
            }
        }
        if (best >= 0.0) {
            harmony[t] = best;
            measured.push_back(best);
        }
    }
    if (!measured.empty())
        m_harmonyFloor = percentile(measured, kFloorPercentile);

    const std::vector<bool> all(n, true);
    for (std::size_t t = 1; t < n; ++t) {
        MixChange& c = m_edges[t];
        const std::size_t from = t > w ? t - w : 0;
        const std::size_t to = std::min(n, t + w);
        c.levelDb = meanOver(m_level, all, t, to).first - meanOver(m_level, all, from, t).first;
        if (m_hasShape) {
            const auto [shapeBefore, sb] = meanOver(m_shape, m_sounding, from, t);
            const auto [shapeAfter, sa] = meanOver(m_shape, m_sounding, t, to);
            if (2 * sb >= t - from && 2 * sa >= to - t && sb > 0 && sa > 0)
                c.timbreDb = distance(shapeBefore, shapeAfter);
        }
        c.harmony = std::max(0.0, harmony[t] - m_harmonyFloor);
        c.novelty = mixNoveltyOf(c);
    }
}

double MixNovelty::alignedChromaDistance(std::size_t a, std::size_t b, std::size_t count) const
{
    double sum = 0.0;
    std::size_t pairs = 0;
    for (std::size_t k = 0; k < count; ++k)
        if (a + k < m_tonal.size() && b + k < m_tonal.size() && m_tonal[a + k] && m_tonal[b + k]) {
            sum += distance(m_chroma[a + k], m_chroma[b + k]);
            ++pairs;
        }
    return 2 * pairs >= count && pairs > 0 ? sum / static_cast<double>(pairs) : -1.0;
}

std::size_t MixNovelty::foundCycle() const
{
    const auto fallback = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(kDefaultCycleS / m_intervalS)));
    const std::size_t n = m_tonal.size();
    const auto lo = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(kMinCycleS / m_intervalS)));
    const auto hi = static_cast<std::size_t>(std::lround(kMaxCycleS / m_intervalS));
    std::size_t best = fallback;
    double bestD = -1.0;
    for (std::size_t lag = lo; lag <= hi && 2 * lag <= n; ++lag) {
        const double d = alignedChromaDistance(0, lag, n - lag);
        if (d >= 0.0 && (bestD < 0.0 || d < bestD - 1e-12)) {
            bestD = d;
            best = lag;
        }
    }
    return best;
}

MixChange MixNovelty::difference(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) const
{
    MixChange c;
    const std::size_t n = m_level.size();
    a1 = std::min(a1, n);
    b1 = std::min(b1, n);
    if (a0 >= a1 || b0 >= b1)
        return c;
    const std::vector<bool> all(n, true);
    c.levelDb = meanOver(m_level, all, b0, b1).first - meanOver(m_level, all, a0, a1).first;
    if (m_hasShape) {
        const auto [sa, ca] = meanOver(m_shape, m_sounding, a0, a1);
        const auto [sb, cb] = meanOver(m_shape, m_sounding, b0, b1);
        if (ca > 0 && cb > 0)
            c.timbreDb = distance(sa, sb);
    }
    const std::size_t count = std::min(a1 - a0, b1 - b0);
    double best = -1.0;
    for (const int shift : {0, -1, 1}) {
        if (shift < 0 && b0 == 0)
            continue;
        const std::size_t b = shift < 0 ? b0 - 1 : b0 + static_cast<std::size_t>(shift);
        const double d = alignedChromaDistance(a0, b, count);
        if (d >= 0.0)
            best = best < 0.0 ? d : std::min(best, d);
    }
    if (best >= 0.0)
        c.harmony = std::max(0.0, best - m_harmonyFloor);
    c.novelty = mixNoveltyOf(c);
    return c;
}

}  // namespace stemwise::core
