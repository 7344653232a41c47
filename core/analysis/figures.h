#pragma once
// The figure registry: every scalar figure of a track is declared once, in figures.cpp, with
// its key (the JSON member, CSV column and store key; unit in the name), its English label
// and short label (lupdate reads them there, so the UI translates the same words), its unit,
// the decimals it is shown with, how to read it from a TrackProfile (and write it back, for
// the ones the profile stores), and the roles it plays.
//
// Who reads the registry instead of keeping a list of their own:
//   - json/profilejson        writes and reads every figure in its group's object
//   - store/analysisrepository keeps every History figure in analysis_figures (key, value)
//   - report/historyreport    the history's figures and changes (JSON and text)
//   - report/sessionreport    figures.csv's columns
//   - compare/trackcomparison and compare/targetcurve   the compared and averaged figures
//   - ui/trackpanel, ui/historypanel, ui/pdf            the rows, columns and labels
// So a new figure is: a member of TrackProfile (or a way to compute it from others), the
// analyzer that fills it, and one line here. tests/core/tst_figures checks that each
// registered figure appears in the schemas, survives the JSON and store round trips and
// shows in the CSV and the PDF.
//
// Threading: the registry is immutable; read it from any thread.

#include "analysis/trackprofile.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace stemwise::core {

/// Where a figure appears. A figure plays any number of roles.
enum class FigureRole : std::uint32_t {
    TrackView = 1u << 0,    ///< a row of the track view
    Compared = 1u << 1,     ///< a row of a comparison of two tracks (or a track and its targets)
    History = 1u << 2,      ///< a column of the history: the store, `stemwise history`, the history view
    HistoryLine = 1u << 3,  ///< also on the one-line-per-bounce terminal history
    Csv = 1u << 4,          ///< a column of the report's figures.csv
    Pdf = 1u << 5,          ///< a row of the PDF report's track page
    Target = 1u << 6,       ///< averaged over references into a target profile
};

/// The object of the analysis JSON a figure sits in ("loudness": {…}); Track: the track itself.
enum class FigureGroup { Format, Loudness, Dynamics, Spectrum, Stereo, Rhythm, Track };
[[nodiscard]] std::string_view figureGroupKey(FigureGroup group);  ///< "format", "loudness", …, "" for Track

struct Figure {
    std::string_view key;         ///< "plr_db": JSON member, CSV column, store key
    FigureGroup group;
    std::string_view label;       ///< English, lower case: "peak-to-loudness ratio"
    std::string_view shortLabel;  ///< for a column heading: "PLR"
    std::string_view unit;        ///< "dB", "LUFS", … ; empty for a plain ratio or score
    int decimals;                 ///< how many it is shown with
    std::uint32_t roles;          ///< FigureRole bits
    bool levelDependent;          ///< moves with the track's gain (a comparison matches loudness first)
    bool stereoOnly;              ///< defined only for two or more channels
    OptDouble (*get)(const TrackProfile&);
    void (*set)(TrackProfile&, OptDouble);  ///< null when the profile does not keep it on its own

    [[nodiscard]] bool has(FigureRole role) const { return (roles & static_cast<std::uint32_t>(role)) != 0; }
};

/// Every figure, in the order they are listed and shown.
[[nodiscard]] std::span<const Figure> figures();
/// The figure of `key`, or null.
[[nodiscard]] const Figure* findFigure(std::string_view key);
/// The figures that play `role`, in registry order.
[[nodiscard]] std::vector<const Figure*> figuresWith(FigureRole role);
/// The figures of the analysis JSON object `group`, in registry order.
[[nodiscard]] std::vector<const Figure*> figuresIn(FigureGroup group);

}  // namespace stemwise::core
