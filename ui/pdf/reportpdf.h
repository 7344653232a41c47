#pragma once
// The PDF of a session report (core/report/sessionreport.h), drawn with QPainter on a
// QPdfWriter: A4 portrait, vector charts, black on white with dash patterns and grey levels
// (no colour carries meaning, so it prints in black and white).
//   page 1       cover: the session's facts, the tracks;
//   page 2       summary: every track's key figures, the band heat map, the masking matrix,
//                the headroom of the summed stems, the session's suggestions;
//   one a track  spectrum, band bars, loudness over time, figures, issues, quality
//                breakdown, suggestions with their ratings;
//   one a comparison  both spectra and the difference, band and figure deltas, findings.
// Every page carries its number, the report's date and the app version.
//
// Needs a QGuiApplication (fonts); the offscreen platform is enough, so the command line
// renders it without a display. Threading: call from the thread that owns the application.

#include "report/sessionreport.h"

#include <QString>

namespace stemwise::ui {

/// Writes `report` to `path`; an empty string on success, else why not.
[[nodiscard]] QString writeReportPdf(const core::SessionReport& report, const QString& path);

/// The number of pages writeReportPdf() writes for `report`.
[[nodiscard]] int reportPageCount(const core::SessionReport& report);

}  // namespace stemwise::ui
