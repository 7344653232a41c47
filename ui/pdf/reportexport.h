#pragma once
// File > Export Report: asks where to write the PDF, then writes the report of the open
// session's analysed tracks as PDF (reportpdf.h) and, beside it, the same as JSON
// (stemwise.report/1) with the same base name. The suggestions are made afresh from the
// profiles (no ratings: the desktop app's store is not reached from here).
// Threading: GUI thread.

#include <QString>

class QWidget;

namespace stemwise::ui {

class TrackTableModel;

/// Shows the save dialog and writes the files; reports failure in a message box. `title`
/// names the session on the cover.
void exportReportInteractively(QWidget* parent, const TrackTableModel& model, const QString& title);

/// Writes the report of `model`'s analysed tracks to `pdfPath` and its JSON beside it;
/// returns an empty string or why not.
[[nodiscard]] QString exportReport(const TrackTableModel& model, const QString& title, const QString& pdfPath);

}  // namespace stemwise::ui
