#pragma once
// BoundedSeries: a series over time whose length is capped, so that what an analysis keeps
// per second of audio (the short-term loudness curve, the band levels over time) is no larger
// for a 6-hour file than for a 1-hour one, and neither is anything that reads or writes it
// (the report's JSON, the store, the charts).
//
// Values arrive one per base interval (a second). Up to maxPoints of them the series is
// exactly those values. When it is full and one more is due, neighbouring points are pooled
// in pairs — the interval doubles and the series halves — and from then on each point pools
// twice as many base values. With the default 4096 points a base of one second stays whole
// up to 68 minutes; 6 hours are 2700 points of 8 s.
//
// A point is the mean of the defined base values it covers, taken over what the caller adds:
// energy (loudness) or power (band levels), never dB, so a pooled point is the power mean of
// its stretch — the level an engineer reads off that stretch — not a sample of it that could
// miss a loud passage. A point whose base values are all undefined (silence under the gate)
// is undefined. The last point may cover fewer base values than the others: the end of the
// stream.
//
// Memory: at most maxPoints points of 16 bytes. reset() reserves room for the values the
// caller expects (all maxPoints when it cannot tell: a live stream), so add() allocates only
// when a stream outruns its announced length, and then at most up to maxPoints.
// Threading: a plain value, used by one thread.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace stemwise::core {

class BoundedSeries {
public:
    static constexpr std::size_t kDefaultMaxPoints = 4096;

    /// Empties the series: values come every `baseIntervalS` seconds, about `expectedValues`
    /// of them (0: unknown); at most `maxPoints` points are kept (an even number, at least 2;
    /// an odd one is rounded down).
    void reset(double baseIntervalS, std::size_t expectedValues = 0, std::size_t maxPoints = kDefaultMaxPoints);
    /// The next base interval's value; empty where it is undefined.
    void add(std::optional<double> value);

    /// Seconds each point covers: the base interval times a power of two.
    [[nodiscard]] double intervalS() const noexcept { return m_baseIntervalS * static_cast<double>(m_pool); }
    /// Base values pooled in one point (1 until the series first fills).
    [[nodiscard]] std::uint32_t pool() const noexcept { return m_pool; }
    [[nodiscard]] std::size_t size() const noexcept { return m_points.size(); }
    /// Per point, the mean of its defined values; empty where it has none.
    [[nodiscard]] std::vector<std::optional<double>> means() const;

private:
    struct Point {
        double sum = 0.0;
        std::uint32_t defined = 0;  // base values with a value
        std::uint32_t count = 0;    // base values covered
    };
    void halve() noexcept;

    std::vector<Point> m_points;
    std::size_t m_maxPoints = kDefaultMaxPoints;
    std::uint32_t m_pool = 1;
    double m_baseIntervalS = 1.0;
};

/// `levelsDb`, a series of levels in dB at some interval, pooled `factor` points to one by
/// their power mean (the last point takes what remains); `factor` ≤ 1 returns it unchanged.
/// For reading two series side by side at the coarser one's interval.
[[nodiscard]] std::vector<double> pooledLevelsDb(const std::vector<double>& levelsDb, std::size_t factor);
/// The same for a loudness series in LUFS with undefined points: the power mean of the
/// defined ones, undefined where none is.
[[nodiscard]] std::vector<std::optional<double>> pooledLoudness(const std::vector<std::optional<double>>& lufs,
                                                                std::size_t factor);
/// How many points of a series at `fineS` make one at `coarseS`: the rounded ratio, at least 1.
[[nodiscard]] std::size_t poolFactor(double fineS, double coarseS) noexcept;

}  // namespace stemwise::core
