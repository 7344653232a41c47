#pragma once
// Watches the session's files and folders, the way a DAW writes into them:
//  - a session file that changes (a re-bounce) is reported once its writing has stopped (no
//    change for a moment), to be analysed again;
//  - an audio file that appears in a session folder (a new stem bounced into it) is reported
//    once two scans a delay apart found the same size and modification time and libsndfile
//    opens it (hidden and AppleDouble files never are);
//  - a session file that disappears is marked missing in the model (its figures and history
//    stay), and unmarked when it comes back unchanged.
// The folders are listed and the files looked at on a pool thread, never on the UI thread.
//
// Threading: UI thread only; the scans run on the global thread pool and report back here.

#include <QObject>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

class QFileSystemWatcher;
class QTimer;

namespace stemwise::ui {

class TrackTableModel;

class SessionWatcher : public QObject {
    Q_OBJECT
public:
    /// Watches the files of `model`'s tracks; marks them missing there.
    explicit SessionWatcher(TrackTableModel& model, QObject* parent = nullptr);

    /// The files and folders the user opened as the session: new files are looked for in
    /// these folders.
    void setSessionPaths(const QStringList& paths);
    /// Forgets every watched file, stamp and new file (a new session starts); a scan under
    /// way is ignored when it returns.
    void reset();
    /// Watches these session files and the folders they are in.
    void watch(const QStringList& files);
    /// `path` has been analysed as it is now: a later change to it is a re-bounce.
    void rememberStamp(const QString& path);
    /// `path` is being analysed again: until its result arrives, a change is not a re-bounce.
    void forgetStamp(const QString& path);
    /// The analysis of `path` failed (not cancelled). The watcher never gives up on a file: a
    /// bounce caught while it was header-only, or before a DAW renamed the finished file into
    /// place, fails once. The stamp it had when its analysis was asked for is kept and the
    /// files are looked at again once they settle: whatever changed since is reported again;
    /// a file that stays as it was (broken) is not retried.
    void analysisFailed(const QString& path);
    /// Milliseconds a changed file must stay unchanged before it is reported.
    void setDelayMs(int ms);
    /// Audio files that appeared and wait for their writing to stop (or for libsndfile to
    /// open them) before they are reported.
    [[nodiscard]] int newFilesWaiting() const { return static_cast<int>(m_newFiles.size()); }

signals:
    /// Session files whose content changed (re-bounced): analyse them again.
    void filesChanged(const QStringList& paths);
    /// Audio files that appeared in a session folder and are ready to join the session.
    void filesAppeared(const QStringList& paths);
    /// The file of `row` is gone; the model marks it missing.
    void fileMissing(int row);

private:
    struct FolderScan;
    static FolderScan scanSessionFolders(
        QStringList known, QStringList sessionPaths, std::map<QString, std::pair<qint64, qint64>> seenBefore);
    void checkChangedFiles();
    void onFolderScanned(const FolderScan& scan);

    TrackTableModel& m_model;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_delay = nullptr;
    QStringList m_sessionPaths;
    int m_generation = 0; // bumps with reset(), so a scan of the previous session is dropped
    std::map<QString, std::pair<qint64, qint64>> m_stamps; // path -> size, mtime (ms) when analysed
    // path -> the stamp when its analysis was asked for: what a failed attempt read, so that
    // any change after it (the rest of a bounce, a file renamed into place) is retried.
    std::map<QString, std::pair<qint64, qint64>> m_stampsAtStart;
    std::map<QString, std::pair<qint64, qint64>> m_newFiles; // appeared, not yet settled: size, mtime (ms)
    bool m_scanRunning = false;
    bool m_scanAgain = false;
};

} // namespace stemwise::ui
