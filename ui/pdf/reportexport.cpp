// File > Export Report (see reportexport.h).
#include "pdf/reportexport.h"

#include "pdf/reportpdf.h"
#include "report/sessionreport.h"
#include "store/database.h"
#include "suggest/suggestionengine.h"
#include "tracktablemodel.h"

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
    const QString error = writeReportPdf(report, pdfPath);
    if (!error.isEmpty())
        return error;
    const QFileInfo info(pdfPath);
    QFile json(info.dir().filePath(info.completeBaseName() + QStringLiteral(".json")));
    const std::string text = core::sessionReportJson(report);
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || json.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        return QObject::tr("%1: cannot write: %2").arg(json.fileName(), json.errorString());
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
