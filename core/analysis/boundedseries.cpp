#include "analysis/boundedseries.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

void BoundedSeries::reset(double baseIntervalS, std::size_t expectedValues, std::size_t maxPoints)
{
    m_baseIntervalS = baseIntervalS;
    m_maxPoints = std::max<std::size_t>(2, maxPoints & ~std::size_t{1});
    m_pool = 1;
    m_points.clear();
    m_points.reserve(expectedValues > 0 ? std::min(expectedValues, m_maxPoints) : m_maxPoints);
}

void BoundedSeries::add(std::optional<double> value)
{
    if (m_points.empty() || m_points.back().count == m_pool) {
        if (m_points.size() == m_maxPoints)
            halve();
        m_points.push_back({});  // within the reserved capacity unless the stream outran its length
    }
    Point& p = m_points.back();
    ++p.count;
    if (value) {
        p.sum += *value;
        ++p.defined;
    }
}

void BoundedSeries::halve() noexcept
{
    // Called only when all maxPoints points are full, so pairs pool equal stretches.
    const std::size_t half = m_points.size() / 2;
    for (std::size_t i = 0; i < half; ++i) {
        const Point& a = m_points[2 * i];
        const Point& b = m_points[2 * i + 1];
        m_points[i] = {a.sum + b.sum, a.defined + b.defined, a.count + b.count};
    }
    m_points.resize(half);
    m_pool *= 2;
}

std::vector<std::optional<double>> BoundedSeries::means() const
{
    std::vector<std::optional<double>> out;
    out.reserve(m_points.size());
    for (const Point& p : m_points)
        out.push_back(p.defined > 0 ? std::optional<double>(p.sum / static_cast<double>(p.defined)) : std::nullopt);
    return out;
}

namespace {

// The levels' power mean in dB (an offset of all of them, as LUFS' -0.691, cancels out).
template <typename Level, typename Read, typename Write>
std::vector<Level> pooled(const std::vector<Level>& levels, std::size_t factor, Read read, Write write)
{
    if (factor <= 1)
        return levels;
    std::vector<Level> out;
    out.reserve((levels.size() + factor - 1) / factor);
    for (std::size_t begin = 0; begin < levels.size(); begin += factor) {
        const std::size_t end = std::min(levels.size(), begin + factor);
        double sum = 0.0;
        std::size_t defined = 0;
        for (std::size_t i = begin; i < end; ++i) {
            if (const std::optional<double> db = read(levels[i])) {
                sum += std::pow(10.0, *db / 10.0);
                ++defined;
            }
        }
        out.push_back(write(sum, defined));
    }
    return out;
}

}  // namespace

std::vector<double> pooledLevelsDb(const std::vector<double>& levelsDb, std::size_t factor)
{
    return pooled(
        levelsDb, factor, [](double db) { return std::optional<double>(db); },
        [](double sum, std::size_t defined) { return 10.0 * std::log10(sum / static_cast<double>(defined)); });
}

std::vector<std::optional<double>> pooledLoudness(const std::vector<std::optional<double>>& lufs, std::size_t factor)
{
    return pooled(
        lufs, factor, [](const std::optional<double>& v) { return v; },
        [](double sum, std::size_t defined) {
            return defined > 0 ? std::optional<double>(10.0 * std::log10(sum / static_cast<double>(defined)))
                               : std::nullopt;
        });
}

std::size_t poolFactor(double fineS, double coarseS) noexcept
{
    if (!(fineS > 0.0) || !(coarseS > fineS))
        return 1;
    return static_cast<std::size_t>(std::max(1.0, std::round(coarseS / fineS)));
}

}  // namespace stemwise::core
