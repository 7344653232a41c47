#pragma once
// Stems for the sections tests, by the second: where each part plays and how loud, known by
// construction (tst_sessionsections, tst_sectionnames, tst_arrangementrules).

#include <cmath>
#include <cstddef>
#include <vector>

namespace stemwise::test {

/// A stretch a stem plays: from `fromS` to `toS` (s) at `levelDb`.
struct Play {
    double fromS;
    double toS;
    double levelDb;
};

/// A stem's level a second at a time: each stretch's level where it plays (a later stretch over
/// an earlier one), with a little movement (±0.3 dB, as music has), and silence (-150 dB) elsewhere.
inline std::vector<double> playedLevels(std::size_t seconds, const std::vector<Play>& parts)
{
    std::vector<double> levels(seconds, -150.0);
    for (std::size_t i = 0; i < seconds; ++i)
        for (const Play& p : parts)
            if (static_cast<double>(i) >= p.fromS && static_cast<double>(i) < p.toS)
                levels[i] = p.levelDb + 0.3 * std::sin(static_cast<double>(i));
    return levels;
}

}  // namespace stemwise::test
