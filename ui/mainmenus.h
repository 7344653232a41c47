#pragma once
// The main window's menu bar: File, Edit, View, Analysis, Help, with their keyboard shortcuts.
// The menus hold no state of the session: each command is a signal that the window acts on;
// the window tells the menus what to show checked (smoothing, theme) and which sessions are
// recent. Help ▸ Keyboard Shortcuts lists every shortcut of these menus.
//
// Threading: UI thread only.

#include <QObject>
#include <QStringList>

#include <utility>
#include <vector>

class QAction;
class QMenu;
class QMenuBar;
class QUndoStack;

namespace stemwise::ui {

class MainMenus : public QObject {
    Q_OBJECT
public:
    /// Fills `bar` (the window's menu bar); the actions are children of its menus.
    explicit MainMenus(QMenuBar* bar, QObject* parent = nullptr);

    /// The recent sessions, newest first; each entry is its paths joined by '\n'.
    void setRecentSessions(const QStringList& entries);
    /// Checks the spectrum smoothing of 1/`fraction` octave.
    void setSmoothing(int fraction);
    /// Checks or unchecks View ▸ Light Theme.
    void setLightTheme(bool light);
    void setGroupedByType(bool grouped);
    /// Edit ▸ Undo and Redo act on `stack` and say what they would undo or redo.
    void setUndoStack(QUndoStack* stack);

signals:
    void openFolderRequested();
    void openFilesRequested();
    void demoRequested();
    void recentSessionChosen(const QStringList& paths);
    void reloadRequested();
    void exportReportRequested();
    void settingsRequested();
    void quitRequested();
    void overviewRequested();
    void trackViewRequested();
    void historyRequested();
    void suggestionsRequested();
    void referencesRequested();
    void groupByTypeToggled(bool grouped);
    void nextTrackRequested();
    void previousTrackRequested();
    void compareRequested();
    void changeTypeRequested();
    void smoothingChosen(int fraction);
    void lightThemeToggled(bool light);
    void cancelRequested();
    void liveInputRequested();

private:
    void showShortcuts();
    void showAbout();

    QMenuBar* m_bar = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_lightTheme = nullptr;
    QAction* m_groupByType = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    std::vector<std::pair<int, QAction*>> m_smoothings;
};

} // namespace stemwise::ui
