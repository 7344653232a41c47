#pragma once
// TrackComparison: how track A differs from track B (a stem against another stem, a bounce
// against an earlier bounce of itself, a mix against a reference or against the target curve
// of several references), in the figures an engineer A/Bs:
//  - both long-term spectra resampled to one 1/24-octave grid (20 Hz up to the lower of the
//    two tracks' top frequencies, linear interpolation in log frequency) and their
//    difference A − B, raw and loudness-matched;
//  - the seven bands' levels and their differences;
//  - loudness, true peak, peak, LRA, crest, PLR, width, correlation and quality score, each
//    as A, B and A − B;
//  - the loudness-matched view: B's level moved to A's integrated loudness (as engineers A/B
//    at equal loudness), so level-dependent figures (band levels, spectrum, peaks) compare
//    their shape, not the fader;
//  - findings in plain language with the numbers ("Vocal 2 is 3.2 dB louder than Vocal 1;
//    loudness-matched, its upper mids (2–4 kHz) are 2.1 dB lower") and moves that would bring
//    A towards B.
// Every difference is A − B: positive means A has more of it.
//
// Threading: pure functions of their arguments; call from any thread.

#include "analysis/trackprofile.h"
#include "compare/referencestyle.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// One scalar figure of both tracks.
struct FigureDelta {
    std::string key;    ///< JSON key of the figure, unit in the name: "integrated_lufs", "width"
    std::string label;  ///< words: "integrated loudness"
    std::string unit;   ///< "LUFS", "dBTP", "LU", "dB", "" …
    OptDouble a;
    OptDouble b;
    OptDouble delta;         ///< a − b; empty unless both are defined
    /// a − b with B at A's integrated loudness: differs from delta only for level figures
    /// (peaks, true peak, loudness maxima); empty when either loudness is undefined.
    OptDouble matchedDelta;
    bool levelDependent = false;  ///< moves with the fader (so matchedDelta differs)
};

struct BandDelta {
    Band band = Band::Bass;
    OptDouble aDb;  ///< band level, dB re full scale (BandLevel::levelDb)
    OptDouble bDb;
    OptDouble deltaDb;         ///< aDb − bDb
    OptDouble matchedDeltaDb;  ///< deltaDb − loudnessOffsetDb
    double aShare = 0.0;       ///< share of the 20 Hz–20 kHz energy (BandLevel::share)
    double bShare = 0.0;
    OptDouble spreadDb;        ///< B is a target curve: the references' standard deviation
};

struct SpectrumDelta {
    std::vector<double> frequencyHz;  ///< 1/24-octave grid from 20 Hz
    std::vector<double> aDb;
    std::vector<double> bDb;
    std::vector<double> differenceDb;         ///< aDb − bDb
    std::vector<double> matchedDifferenceDb;  ///< differenceDb − loudnessOffsetDb (or = differenceDb)
    std::vector<double> spreadDb;             ///< B is a target curve: its spread; else empty
};

struct ComparisonFinding {
    enum class Kind { Finding, Suggestion };
    Kind kind = Kind::Finding;
    std::string code;  ///< stable id: "loudness", "band_upper_mids", "move_eq_upper_mids", …
    std::string text;  ///< one sentence with the numbers (English: english(sentence))
    double magnitude = 0.0;  ///< the size of the difference it reports (|dB|, |LU|, points …)
    Text sentence = {};      ///< the sentence as a text code (util/text.h)
};

struct TrackComparison {
    std::string aName;
    std::string bName;
    std::string aPath;
    std::string bPath;
    /// aIntegrated − bIntegrated; what B is moved by for the loudness-matched figures.
    OptDouble loudnessOffsetDb;
    std::vector<FigureDelta> figures;
    std::array<BandDelta, kBandCount> bands{};
    SpectrumDelta spectrum;
    std::vector<ComparisonFinding> findings;  ///< findings (loudness, then largest first), then suggestions
    /// B is the mean of several references (TargetCurve): their names.
    std::vector<std::string> targetReferences;
    /// B is a target curve with enough references (compare/referencestyle.h): where A lies in
    /// the references' distributions, feature by feature (and section by section); those
    /// outside are also findings ("above 90 % of your references").
    std::vector<StyleDeviation> style;

    [[nodiscard]] const FigureDelta* figure(std::string_view key) const;
};

struct ComparisonOptions {
    double pointsPerOctave = 24.0;
    /// Differences smaller than these are not findings.
    double loudnessThresholdDb = 0.5;
    double bandThresholdDb = 1.0;
    double suggestThresholdDb = 1.5;  ///< a band this far off (matched) gets a suggested move
    /// Against a target curve: judge A against the references' style (TrackComparison::style).
    /// Off for a stem: the references are whole records, so a stem lies outside them by nature.
    bool style = true;
};

/// How far the references behind a target curve spread around their mean (TargetCurve).
struct ReferenceSpread {
    std::vector<std::string> references;  ///< their names
    std::array<OptDouble, kBandCount> bandSpreadDb{};
    std::vector<double> frequencyHz;  ///< any grid; resampled to the comparison's
    std::vector<double> spreadDb;
};

/// A − B. Names come from the profiles (a bounce of the same track: the caller renames one,
/// e.g. "Vocal (bounce 2)"). `bSpread`: B is a target curve, and band differences within the
/// references' spread are reported as such and get no suggested move.
[[nodiscard]] TrackComparison compareTracks(const TrackProfile& a, const TrackProfile& b,
                                            const ComparisonOptions& options = {},
                                            const ReferenceSpread* bSpread = nullptr);

/// `spectrum` (on `frequencyHz`, ascending, > 0) at `atHz`, interpolated linearly in log
/// frequency; clamped to the end points outside the range; empty when the input is empty.
[[nodiscard]] std::optional<double> interpolateLogFrequency(const std::vector<double>& frequencyHz,
                                                            const std::vector<double>& levelDb, double atHz);

/// "upper mids (2–4 kHz)"
[[nodiscard]] std::string bandLabel(Band band);

}  // namespace stemwise::core
