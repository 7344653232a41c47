#pragma once
// What the References view asks of the reference library (core/store/referencerepository.h)
// in the user database: read it, add files to it (each analysed as `stemwise reference add`
// analyses it), and write references as they should be or delete them (a genre changed, a
// reference removed, and their undo and redo). The view manages the library's references (not
// those attached to one session), each known by its content hash: an undone removal writes the
// row again under a new id, the hash stays.
//
// Each job runs on the global thread pool with its own connection; the jobs run one at a time
// in the order asked (an undo never overtakes what it takes back), and each answer brings the
// library as it is after the job, so the view shows the last answer. Each answer also brings
// the references attached to the open session (`stemwise reference add --session DIR`: the
// session of each folder the session's files are in), which the view shows and compares with
// but does not change.
//
// Threading: call from the UI thread; the signals are emitted there.

#include "store/referencerepository.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::ui {

/// One reference as it is (`after`) and as it was before a job changed it (`before`; empty: it
/// was not in the library).
struct ReferenceChange {
    std::optional<core::ReferenceTrack> before;
    std::optional<core::ReferenceTrack> after;
};

struct ReferenceJobResult {
    enum class Kind { Listed, Added, Written };
    Kind kind = Kind::Listed;
    std::vector<core::ReferenceTrack> library;  ///< the library after the job, by genre then name
    std::vector<core::ReferenceTrack> session;  ///< those attached to the session's folders
    std::vector<ReferenceChange> changes;       ///< Added: one per file added
    QStringList failures;                       ///< Added: "file: why", one per file not added
    QString error;                              ///< the database could not be read or written
};

class ReferenceJobs : public QObject {
    Q_OBJECT
public:
    explicit ReferenceJobs(QObject* parent = nullptr);
    ~ReferenceJobs() override;

    /// The folders of the open session (absolute): the next jobs also read the references
    /// attached to their sessions.
    void setSessionFolders(std::vector<std::filesystem::path> folders) { m_folders = std::move(folders); }
    /// Reads the library.
    void list(const std::filesystem::path& database);
    /// Analyses `files` and adds each under `genre` (a file already in the library gets the
    /// genre and keeps its place: `before` says what it had).
    void add(const std::filesystem::path& database, const QStringList& files, const QString& genre);
    /// Writes each of `references` as it is (name, genre, added time, profile, rating), by content
    /// hash: updated where the library holds that content, added back where it does not.
    /// Deletes the library's references of the content hashes `remove`.
    void write(const std::filesystem::path& database, std::vector<core::ReferenceTrack> references,
               std::vector<std::string> remove = {});

signals:
    void finished(const stemwise::ui::ReferenceJobResult& result);

private:
    void enqueue(std::function<QFuture<ReferenceJobResult>()> start);
    void startNext();
    std::deque<std::function<QFuture<ReferenceJobResult>()>> m_queue;
    std::vector<std::filesystem::path> m_folders;
    bool m_running = false;
};

}  // namespace stemwise::ui
