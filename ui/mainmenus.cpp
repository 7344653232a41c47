// The main window's menus (see mainmenus.h).
#include "mainmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

#include <array>

namespace stemwise::ui {

// The menus' words keep the translation context of the window they were written for
// ("stemwise::ui::MainWindow"), so their translations carried over when this class was split
// from it.

MainMenus::MainMenus(QMenuBar* bar, QObject* parent)
    : QObject(parent)
    , m_bar(bar)
{
    QMenu* file = bar->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&File"));
    QAction* openFolder
        = file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "Open &Folder…"), this,
            &MainMenus::openFolderRequested);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* openFiles
        = file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Open Files…"), this,
            &MainMenus::openFilesRequested);
    openFiles->setShortcut(QKeySequence::Open);
    file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "Open &Demo Session"), this,
        &MainMenus::demoRequested);
    m_recentMenu = file->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&Recent Sessions"));
    m_recentMenu->setEnabled(false);
    QAction* reanalyseAll
        = file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "Re&load Session"), this,
            &MainMenus::reloadRequested);
    reanalyseAll->setShortcut(QKeySequence::Refresh);
    file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Export Report…"), this,
        &MainMenus::exportReportRequested);
    file->addSeparator();
    QAction* settings = file->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Settings…"),
        this, &MainMenus::settingsRequested);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(
        QCoreApplication::translate("stemwise::ui::MainWindow", "&Quit"), this, &MainMenus::quitRequested);
    quit->setShortcut(QKeySequence::Quit);

    // Edit: undo and redo of ratings and type changes (the window's QUndoStack, workspaceundo.h).
    QMenu* edit = bar->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&Edit"));
    m_undo = edit->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = edit->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);  // Ctrl+Shift+Z and Ctrl+Y
    m_redo->setEnabled(false);

    QMenu* view = bar->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&View"));
    QAction* overview
        = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "Session &Overview"), this,
            &MainMenus::overviewRequested);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* track = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Track View"),
        this, &MainMenus::trackViewRequested);
    track->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* history = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&History"),
        this, &MainMenus::historyRequested);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* suggestions
        = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Suggestions"), this,
            &MainMenus::suggestionsRequested);
    suggestions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* references
        = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&References"), this,
            &MainMenus::referencesRequested);
    references->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addSeparator();
    QAction* next = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Next Track"),
        this, &MainMenus::nextTrackRequested);
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction* previous
        = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Previous Track"), this,
            &MainMenus::previousTrackRequested);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Compare Tracks…"), this,
        &MainMenus::compareRequested);
    QAction* changeType
        = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "Change Track T&ype"), this,
            &MainMenus::changeTypeRequested);
    changeType->setShortcut(QKeySequence(Qt::Key_F2));
    view->addSeparator();
    QMenu* smoothing
        = view->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "Spectrum S&moothing"));
    auto* smoothingGroup = new QActionGroup(this);
    const std::array<std::pair<int, QKeySequence>, 3> smoothings { { { 3, QKeySequence(Qt::ALT | Qt::Key_3) },
        { 6, QKeySequence(Qt::ALT | Qt::Key_6) }, { 12, QKeySequence(Qt::ALT | Qt::Key_2) } } };
    for (const auto& [fraction, key] : smoothings) {
        const int f = fraction;
        QAction* a = smoothing->addAction(
            QCoreApplication::translate("stemwise::ui::MainWindow", "1/%1 Octave").arg(f), this,
            [this, f] { emit smoothingChosen(f); });
        a->setCheckable(true);
        a->setShortcut(key);
        smoothingGroup->addAction(a);
        m_smoothings.emplace_back(f, a);
    }
    m_groupByType = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Group by Type"),
        this, &MainMenus::groupByTypeToggled);
    m_groupByType->setObjectName(QStringLiteral("groupByTypeAction"));
    m_groupByType->setCheckable(true);
    view->addSeparator();
    m_lightTheme = view->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Light Theme"),
        this, &MainMenus::lightThemeToggled);
    m_lightTheme->setObjectName(QStringLiteral("lightThemeAction"));
    m_lightTheme->setCheckable(true);
    m_lightTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu* analysis = bar->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&Analysis"));
    QAction* cancel = analysis->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Cancel"),
        this, &MainMenus::cancelRequested);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    // Live input (issue 7): its own window; each finished take joins the session.
    analysis->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Live Input…"), this,
        &MainMenus::liveInputRequested);

    QMenu* help = bar->addMenu(QCoreApplication::translate("stemwise::ui::MainWindow", "&Help"));
    QAction* keys
        = help->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&Keyboard Shortcuts"),
            this, &MainMenus::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(QCoreApplication::translate("stemwise::ui::MainWindow", "&About Stemwise"), this,
        &MainMenus::showAbout);
}

void MainMenus::setRecentSessions(const QStringList& entries)
{
    m_recentMenu->clear();
    for (const QString& entry : entries) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paths.isEmpty())
            continue;
        const int more = static_cast<int>(paths.size() - 1);
        const QString label = more == 0
            ? QDir::toNativeSeparators(paths.front())
            : QCoreApplication::translate("stemwise::ui::MainWindow", "%1 and %n more", "", more)
                  .arg(QFileInfo(paths.front()).fileName());
        m_recentMenu->addAction(label, this, [this, paths] { emit recentSessionChosen(paths); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainMenus::setSmoothing(int fraction)
{
    for (const auto& [f, action] : m_smoothings)
        action->setChecked(f == fraction);
}

void MainMenus::setGroupedByType(bool grouped)
{
    const QSignalBlocker block(m_groupByType);
    m_groupByType->setChecked(grouped);
}

void MainMenus::setLightTheme(bool light)
{
    m_lightTheme->setChecked(light);
}

void MainMenus::setUndoStack(QUndoStack* stack)
{
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString& text) {
        m_undo->setText(text.isEmpty() ? QCoreApplication::translate("stemwise::ui::MainWindow", "&Undo")
                                       : QCoreApplication::translate("stemwise::ui::MainWindow", "&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString& text) {
        m_redo->setText(text.isEmpty() ? QCoreApplication::translate("stemwise::ui::MainWindow", "&Redo")
                                       : QCoreApplication::translate("stemwise::ui::MainWindow", "&Redo %1").arg(text));
    });
}

void MainMenus::showShortcuts()
{
    QString text = QStringLiteral("<table cellspacing='4'>");
    for (QMenu* menu : m_bar->findChildren<QMenu*>()) {
        for (QAction* a : menu->actions()) {
            if (!a->shortcut().isEmpty())
                text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                            .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                                a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    }
    text += QStringLiteral("</table>");
    QMessageBox::information(
        m_bar->window(), QCoreApplication::translate("stemwise::ui::MainWindow", "Keyboard shortcuts"), text);
}

void MainMenus::showAbout()
{
    QMessageBox::about(m_bar->window(),
        QCoreApplication::translate("stemwise::ui::MainWindow", "About Stemwise"),
        QCoreApplication::translate("stemwise::ui::MainWindow",
            "<b>Stemwise %1</b><p>Stem analysis, mixing suggestions and reports "
            "for mix engineers.</p><p>Licensed under the GNU GPL, version 3 or "
            "later.</p>")
            .arg(QStringLiteral(STEMWISE_VERSION)));
}

} // namespace stemwise::ui
