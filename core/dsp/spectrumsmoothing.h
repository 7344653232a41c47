#pragma once
// Fractional-octave smoothing of a spectrum in dB on a log-frequency grid: the one smoothing
// the track view (1/3, 1/6 or 1/12 octave, the user's choice) and the PDF report (1/6 octave,
// calmer for print) draw with.
//
// Each point becomes the mean power (not the mean dB: a narrow peak raises the average by
// its energy, as an analyser with wider bands would show it) of the points within 1/N octave
// centred on it: with P points per octave, the ⌊P / N / 2⌋ neighbours on each side, fewer
// at the ends of the grid. Non-finite points are left out of the mean; a point whose window
// holds no power at all keeps its own value.
//
// Threading: a pure function.

#include <vector>

namespace stemwise::core {

/// `db` smoothed over 1/`fraction` octave on a grid of `pointsPerOctave` points per octave.
[[nodiscard]] std::vector<double> smoothSpectrumDb(const std::vector<double>& db, int pointsPerOctave, int fraction);

}  // namespace stemwise::core
