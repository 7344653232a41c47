#pragma once
// What the main window shows before any session is open: the three ways in (a folder of
// stems, files, the built-in demo session) and the recent sessions, instead of empty charts
// under a one-line hint (issue 21). Each choice is a signal the window acts on; the view
// holds no session state.
//
// Threading: UI thread only.

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace stemwise::ui {

class WelcomeView : public QWidget {
    Q_OBJECT
public:
    explicit WelcomeView(QWidget* parent = nullptr);

    /// The recent sessions, newest first; each entry is its paths joined by '\n' (as
    /// AppSettings::recentSessions keeps them). Those whose first path is gone are left out.
    void setRecentSessions(const QStringList& entries);

    [[nodiscard]] QPushButton* openFolderButton() const { return m_openFolder; }
    [[nodiscard]] QPushButton* openFilesButton() const { return m_openFiles; }
    [[nodiscard]] QPushButton* demoButton() const { return m_demo; }
    [[nodiscard]] QListWidget* recentList() const { return m_recent; }

signals:
    void openFolderRequested();
    void openFilesRequested();
    void demoRequested();
    void recentSessionChosen(const QStringList& paths);

private:
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_openFiles = nullptr;
    QPushButton* m_demo = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_noRecent = nullptr;
};

}  // namespace stemwise::ui
