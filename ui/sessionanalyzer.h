#pragma once
// Runs the analysis of a set of files off the UI thread, through the store when there is a
// database (core/workflow/storedanalysis.h: cached content comes back at once, every result is
// stored as a history entry) or without it, and reports each step to the UI thread.
//
// Reopening a session: hashing every file for the cache reads all of its audio (seconds for
// a large session). So first, for each file whose size and modification time equal those
// of its track's latest history entry (same analyzers, same settings), that entry's profile
// is reported at once as provisional; the hashed look-up then confirms it.
//
// Threading: create, start and destroy on the UI thread. The work runs on a thread this
// object owns (which fans out to the analysis pool); what it reports is handed to the UI
// thread through an inbox under a mutex, and the signals are emitted there, on the thread
// this object lives on. (Not as queued signals with arguments: Qt orders those with a futex
// that ThreadSanitizer cannot see, so a result copied on a worker and read on the UI thread
// looked unordered to it; a standard mutex it sees.) The destructor cancels and waits (at
// most the blocks in flight of the files being analysed); what was still in the inbox is
// dropped with it. No signal is posted after cancel() returns except finished(). The analysis runs at a lower priority (nice 5 on
// Linux) than the UI thread, so that the window stays responsive while every core analyses.

#include "analysis/sessionanalysis.h"
#include "analysis/trackprofile.h"
#include "daw/sessionfiles.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace stemwise::ui {

struct AnalysedFile {
    QString path;
    std::shared_ptr<const core::TrackProfile> profile;  ///< set on success
    QString error;                                      ///< why not, otherwise (core's English)
    core::ErrorCode errorCode = core::ErrorCode::None;  ///< its code, for the UI's own words
    QString errorDetail;                                ///< a library's or the system's words in it
    bool fromCache = false;
    bool newHistoryEntry = false;
    std::optional<std::int64_t> historyId;  ///< the history entry holding it, once stored
    /// From the track's latest history entry because the file's size and modification time
    /// match it; the content hash confirms (or corrects) it in a later fileDone.
    bool provisional = false;
    QString storeError;  ///< analysed but not stored: why
};

/// The DAW tracks files were found through (a session file opened like a folder), by path.
using DawContexts = QHash<QString, std::shared_ptr<const core::DawStemContext>>;

class SessionAnalyzer : public QObject {
    Q_OBJECT
public:
    explicit SessionAnalyzer(QObject* parent = nullptr);
    ~SessionAnalyzer() override;

    /// Lists the audio files named by `paths` (folders are expanded, and DAW session files to
    /// the files their tracks play), then analyses them.
    /// `database`: store and use the cache there; empty: analyse without storing.
    void start(const QStringList& paths, const core::SessionAnalysisOptions& options,
               const std::filesystem::path& database);
    /// Asks the work to stop; files not begun are left out. Returns at once.
    void cancel();
    /// Cancels and waits for the worker.
    void stop();
    /// Started and its worker has not yet finished (its last queued signals may still be on
    /// their way).
    [[nodiscard]] bool isRunning() const { return m_running && !m_workerDone->load(std::memory_order_acquire); }

signals:
    /// The files found, in order, and paths that could not be listed (path, reason); for the
    /// files a DAW session named, the track that plays each.
    void listed(const QStringList& files, const QList<QPair<QString, QString>>& errors,
                const stemwise::ui::DawContexts& daw);
    void fileProgress(const QString& path, double fraction);
    void fileDone(const stemwise::ui::AnalysedFile& result);
    void finished(bool cancelled);

private:
    // Emits, on this object's thread, what the worker posted since the last call.
    Q_INVOKABLE void deliver();
    // From the worker: `emitSignal` will run on this object's thread.
    void post(std::function<void()> emitSignal);

    // The thread keeps its own copies of the arguments (std::thread decays them).
    void run(const std::vector<std::filesystem::path>& paths, const core::SessionAnalysisOptions& options,
             const std::filesystem::path& database);

    std::thread m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<bool>> m_workerDone = std::make_shared<std::atomic<bool>>(false);
    bool m_running = false;
    struct Inbox;
    std::unique_ptr<Inbox> m_inbox;
};

}  // namespace stemwise::ui

Q_DECLARE_METATYPE(stemwise::ui::AnalysedFile)
Q_DECLARE_METATYPE(stemwise::ui::DawContexts)
