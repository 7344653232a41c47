// File > Export Report (see reportexport.h).
#include "pdf/reportexport.h"

#include "pdf/reportpdf.h"
#include "report/sessionreport.h"
#include "store/database.h"
#include "suggest/suggestionengine.h"
#include "tracktablemodel.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace stemwise::ui {

QString exportReport(const TrackTableModel& model, const QString& title, const QString& pdfPath)
{
    core::SessionReport report;
    report.title = title.toStdString();
    report.generatedAt = core::utcNowIso8601();
    for (int row = 0; row < model.rowCount(); ++row) {
        const TrackTableModel::Track* t = model.track(row);
        if (t != nullptr && t->profile)
            report.tracks.push_back(*t->profile);
    }
    if (report.tracks.empty())
        return QObject::tr("no analysed track to report on");
    report.suggestions = core::SuggestionEngine::run(report.tracks, {}, core::LearnedModel{});
    // The JSON beside the PDF replaces only an earlier report of that name, never a file of
    // the user's (the save dialog asked about the PDF alone).
    const QFileInfo pdfInfo(pdfPath);
    const QString jsonPath = pdfInfo.dir().filePath(pdfInfo.completeBaseName() + QStringLiteral(".json"));
    if (QFileInfo(jsonPath).isFile()) {
        QFile existing(jsonPath);
        const QByteArray head = existing.open(QIODevice::ReadOnly) ? existing.read(4096) : QByteArray();
        if (!head.isEmpty() && !head.contains("\"stemwise.report/1\""))
            return QObject::tr("%1 exists and is not a Stemwise report; nothing was written (choose another name)")
                .arg(jsonPath);
    }
    QString error = writeReportPdf(report, pdfPath);
    if (!error.isEmpty())
        return error;
    const QFileInfo info(pdfPath);
    const QString json = info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
    auto written = core::writeFileSafely(json.toStdString(), core::sessionReportJson(report));
    if (!written)
        return QObject::tr("%1: could not be written: %2").arg(json, QString::fromStdString(written.error().message));
    return {};
}

void exportReportInteractively(QWidget* parent, const TrackTableModel& model, const QString& title)
{
    const QString suggested = QDir::home().filePath((title.isEmpty() ? QStringLiteral("session") : title)
                                                   + QStringLiteral(" report.pdf"));
    const QString path = QFileDialog::getSaveFileName(parent, QObject::tr("Export Report"), suggested,
                                                      QObject::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportReport(model, title, path);
    if (!error.isEmpty())
        QMessageBox::warning(parent, QObject::tr("Export Report"),
                             QObject::tr("The report was not written: %1").arg(error));
}

}  // namespace stemwise::ui
