#pragma once
// The PDF of a session report (core/report/sessionreport.h), drawn with QPainter on a
// QPdfWriter: A4 portrait, vector charts, black on white with dash patterns and grey levels
// (no colour carries meaning, so it prints in black and white).
//   page 1       cover: the session's name (SessionReport::title), its facts (the session
//                tempo and key as analysis/sessiontempo.h decides them), the tracks, and the
//                files that could not be analysed with their reasons;
//   page 2       summary: every track's key figures, the band heat map, the masking matrix,
//                the headroom of the summed stems, the session's suggestions;
//   one a track  spectrum, band bars, loudness over time, figures, issues, quality
//                breakdown, suggestions with their ratings;
//   one a comparison  both spectra and the difference, band and figure deltas, findings.
// Nothing is cut: what does not fit its page goes on to a continuation page marked
// "(continued)" (a crowded track, the list of 40 tracks), so the page count follows from the
// layout and the report is laid out twice (once to count the pages for "Page n of N").
// Every page carries its number, the report's date and the app version.
//
// Needs a QGuiApplication (fonts); the offscreen platform is enough, so the command line
// renders it without a display. Threading: call from the thread that owns the application.

#include "report/sessionreport.h"

#include <QString>

class QFont;
class QIODevice;
class QPaintDevice;

namespace stemwise::ui {

/// Writes `report` to `path` through core/util/safefile.h: a failure (a full disk,
/// /dev/full) leaves an earlier file of that name as it was. An empty string on success,
/// else why not.
[[nodiscard]] QString writeReportPdf(const core::SessionReport& report, const QString& path);

/// Draws the PDF of `report` into `device` (open for writing); an empty string on success.
[[nodiscard]] QString drawReportPdf(const core::SessionReport& report, QIODevice& device);

/// A track name as the PDF draws it: direction controls dropped, isolated from the text
/// around it (U+2068 … U+2069), and elided in the middle to `width` points in `font` (no
/// elision when `width` <= 0). The JSON reports keep the whole name.
[[nodiscard]] QString pdfName(const QString& name, const QFont& font, const QPaintDevice* device, double width);

/// The number of pages writeReportPdf() writes for `report` (it lays the report out).
[[nodiscard]] int reportPageCount(const core::SessionReport& report);

}  // namespace stemwise::ui
