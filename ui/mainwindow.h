#pragma once
// The main window: the session's track list beside the selected track's details.
// Threading: UI thread only. Reading files happens on the global thread pool; results
// arrive here queued, so the window never waits on disk.

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;
class QToolButton;

namespace stemwise::ui {

class TrackTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Replaces the session with the audio files in `paths` (files or folders).
    void openPaths(const QStringList& paths);
    /// Cancels reading the session; rows not yet read are marked as such.
    void cancelLoading();
    /// Shows a long-running step that the window does not own (e.g. preparing the demo).
    void showBusy(const QString& message);

    [[nodiscard]] TrackTableModel* trackModel() const { return m_model; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

signals:
    /// Every file of the session has been read (or has failed, or loading was cancelled).
    void sessionLoaded(int ready, int failed);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Loader;

    void buildMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void showTrackDetails(int row);
    void onLoadEvent(int index);
    void onLoadFinished();
    void chooseFolder();
    void chooseFiles();

    TrackTableModel* m_model = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_trackView = nullptr;
    QLabel* m_details = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    std::unique_ptr<Loader> m_loader;
    bool m_columnsRestored = false;  // the user's column widths win over fitting to contents
};

}  // namespace stemwise::ui
