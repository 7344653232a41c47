#pragma once
// The response of the EQ shapes Stemwise prescribes (a bell, a low or a high shelf), and the
// fit of a difference between two spectra as a level change plus a few such shapes.
//
// eqShapeDbPerDb(): the analogue prototypes of the Audio EQ Cookbook's filters (R.
// Bristow-Johnson) — a bell of Q `q`, shelves of slope 1 — at a gain of kEqShapeReferenceDb,
// in dB per dB of that gain, at `octaves` from the bell's centre or the shelf's midpoint. The
// dB shape of these filters changes little with their gain, so a shape scaled by a gain
// stands for the filter of that gain (within a few per cent of it from 3 to 12 dB).
//
// fitEqChange(): what an equaliser did between two renderings of one part. On a log-frequency
// grid the difference (after − before, dB) of their long-term spectra is modelled as a
// constant (the fader) plus up to `maxShapes` shapes, found one at a time (matching pursuit):
// the bell (of the Qs in kEqChangeQs) or shelf, at any point of the grid, that explains most
// of what is left is taken out before the next is looked for, until none explains at least
// the share `minShare` of the difference's variance or has `minGainDb`. Where the two spectra
// hold the same notes the difference is the filter itself; where the content changed it is a
// jumble that the shapes explain little of, which `explained` and `residualDb` say.
//
// Threading: pure functions.

#include <vector>

namespace stemwise::core {

enum class EqShapeKind { Bell, LowShelf, HighShelf };

inline constexpr double kEqShapeReferenceDb = 8.0;

/// The width of a bell of Q `q` between its half-gain points, in octaves (RBJ: Q is defined there).
[[nodiscard]] double bellWidthOctaves(double q);

/// The shape's response at `octaves` from its centre or midpoint, in dB per dB of gain.
[[nodiscard]] double eqShapeDbPerDb(EqShapeKind kind, double q, double octaves);

/// One shape of a fitted change.
struct EqShapeFit {
    EqShapeKind kind = EqShapeKind::Bell;
    double frequencyHz = 0.0;  ///< a bell's centre, a shelf's midpoint
    double q = 0.0;            ///< a bell's Q; 1/√2 for a shelf (slope 1)
    double gainDb = 0.0;       ///< positive: the after has more there
};

struct EqChangeFit {
    std::vector<EqShapeFit> shapes;  ///< the largest gain first
    double offsetDb = 0.0;           ///< the level change outside the shapes
    double explained = 0.0;          ///< the share (0…1) of the difference's variance the shapes explain
    double residualDb = 0.0;         ///< RMS of what the offset and the shapes leave, dB
    std::size_t points = 0;          ///< grid points the fit used
};

/// The Qs a bell of a fitted change is tried with.
inline constexpr double kEqChangeQs[] = {0.5, 0.7, 1.0, 1.4, 2.0, 3.0, 4.0, 6.0, 8.0};

/// Fits `diffDb` (after − before, dB) on `gridHz` (log-spaced, `pointsPerOctave` per octave)
/// over the points where `use` is true. Shapes are centred from 40 Hz to 16 kHz. Empty shapes
/// when fewer than two octaves of points are usable.
[[nodiscard]] EqChangeFit fitEqChange(const std::vector<double>& gridHz, const std::vector<double>& diffDb,
                                      const std::vector<bool>& use, int pointsPerOctave, std::size_t maxShapes,
                                      double minGainDb, double minShare);

}  // namespace stemwise::core
