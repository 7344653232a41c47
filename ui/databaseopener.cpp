// Opening and recovering the user database (see databaseopener.h).
#include "databaseopener.h"

#include "coretext.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace stemwise::ui {

namespace {

QString nativePath(const std::filesystem::path& p)
{
    return QDir::toNativeSeparators(QString::fromStdString(p.string()));
}

} // namespace

struct DatabaseOpener::Outcome {
    std::filesystem::path path;
    bool ok = false;
    core::StoreOpenError error;
};

DatabaseOpener::DatabaseOpener(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
}

void DatabaseOpener::open(const std::filesystem::path& path)
{
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onOpened(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        Outcome outcome;
        outcome.path = path;
        std::error_code ec;
        if (path.has_parent_path())
            std::filesystem::create_directories(path.parent_path(), ec);
        auto opened = core::Store::open(path); // migrates; sets a damaged file aside
        outcome.ok = opened.store != nullptr;
        if (opened.error)
            outcome.error = *opened.error;
        return outcome;
    }));
}

// The box's words keep the translation context of the window they were written for
// ("stemwise::ui::MainWindow"), so their translations carried over when this class was split
// from it.
void DatabaseOpener::onOpened(const Outcome& outcome)
{
    if (outcome.ok) {
        emit opened(outcome.path);
        return;
    }
    auto* box = new QMessageBox(m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(QCoreApplication::translate("stemwise::ui::MainWindow", "Database"));
    if (outcome.error.kind == core::StoreOpenError::Kind::Damaged) {
        box->setObjectName(QStringLiteral("damagedDatabaseBox"));
        box->setText(QCoreApplication::translate("stemwise::ui::MainWindow",
            "The database %1 could not be read: it is damaged or is not a Stemwise database.")
                         .arg(nativePath(outcome.path)));
        box->setInformativeText(QCoreApplication::translate("stemwise::ui::MainWindow",
            "Nothing was deleted: the file has been set aside as\n%1\n\nYou can continue with a fresh, "
            "empty database at the usual place (the analyses in the old file stay in the set-aside file), or "
            "work without a database for now (nothing is stored).")
                                    .arg(nativePath(outcome.error.keptAs)));
        QPushButton* fresh = box->addButton(
            QCoreApplication::translate("stemwise::ui::MainWindow", "Continue with a Fresh Database"),
            QMessageBox::AcceptRole);
        fresh->setObjectName(QStringLiteral("freshDatabaseButton"));
        box->addButton(QCoreApplication::translate("stemwise::ui::MainWindow", "Work Without a Database"),
            QMessageBox::RejectRole);
        box->setDefaultButton(fresh);
        connect(box, &QMessageBox::buttonClicked, this,
            [this, fresh, path = outcome.path](QAbstractButton* clicked) {
                if (clicked == fresh)
                    open(path);
                else
                    emit unavailable();
            });
    } else {
        box->setObjectName(QStringLiteral("databaseErrorBox"));
        // In English core's sentence; in another language the UI's own, with core's English
        // (SQLite's reason) under Details.
        if (!coreTextLocalized()) {
            box->setText(QString::fromStdString(outcome.error.message));
        } else {
            box->setText(outcome.error.kind == core::StoreOpenError::Kind::Newer
                    ? QCoreApplication::translate("stemwise::ui::MainWindow",
                        "The database %1 was written by a newer version of Stemwise.")
                          .arg(nativePath(outcome.path))
                : outcome.error.kind == core::StoreOpenError::Kind::NotStemwise
                    ? QCoreApplication::translate("stemwise::ui::MainWindow",
                        "The file %1 is not a Stemwise database; it was left untouched.")
                          .arg(nativePath(outcome.path))
                    : QCoreApplication::translate(
                        "stemwise::ui::MainWindow", "The database %1 could not be opened or created.")
                          .arg(nativePath(outcome.path)));
            box->setDetailedText(QString::fromStdString(outcome.error.message));
        }
        box->setInformativeText(outcome.error.kind == core::StoreOpenError::Kind::Newer
                ? QCoreApplication::translate("stemwise::ui::MainWindow",
                    "It was left untouched. Update Stemwise, or choose another database in File ▸ Settings. "
                    "Until then sessions are analysed without storing results.")
            : outcome.error.kind == core::StoreOpenError::Kind::NotStemwise
                ? QCoreApplication::translate("stemwise::ui::MainWindow",
                    "Choose a Stemwise database, or a new file name to start one, in File ▸ Settings. Until then "
                    "sessions are analysed without storing results.")
                : QCoreApplication::translate("stemwise::ui::MainWindow",
                    "Check that the folder exists and can be written, or choose another database in File ▸ "
                    "Settings. Until then sessions are analysed without storing results."));
        box->addButton(QMessageBox::Ok);
        emit unavailable();
    }
    box->open();
}

} // namespace stemwise::ui
