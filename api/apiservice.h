#pragma once
// What the API's endpoints answer, with no HTTP in it: each call reads (or writes) the user
// database through the same repositories and workflow functions the command line uses, and
// returns a status and a JSON body. The analysis and suggestion documents are those of
// `stemwise analyze` and `stemwise suggest` (core/report: the same writers, the same schemas);
// the API's own documents (sessions, tracks, ratings) are described by
// resources/schemas/stemwise.api-1.schema.json.
// Errors: a database that cannot be opened or read gives status 503 and the reason; an id
// that names nothing 404; a bad request 400.
// Threading: one ApiService is used by one thread at a time (it holds one connection);
// runAnalysisJob() is free and opens its own connections.

#include "audio/audiofiles.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {
class Store;
}

namespace stemwise::api {

struct Reply {
    int status = 200;
    QByteArray body;  ///< JSON
    std::optional<std::int64_t> sessionId;  ///< the session the answer is about, where one is
    int count = 0;  ///< suggestions(): how many suggestions the document holds
};

struct SuggestOptions {
    std::optional<std::string> genre;
    std::optional<double> tempoBpm;
};

class ApiService {
public:
    explicit ApiService(std::filesystem::path databasePath);
    ~ApiService();
    ApiService(const ApiService&) = delete;
    ApiService& operator=(const ApiService&) = delete;

    [[nodiscard]] Reply sessions();
    [[nodiscard]] Reply tracks(std::int64_t sessionId);
    /// The latest analysis of the track, as `stemwise analyze` writes it (one track).
    [[nodiscard]] Reply trackAnalysis(std::int64_t trackId, bool brief);
    /// The latest analysis of each track of the session, in one analysis document.
    [[nodiscard]] Reply sessionAnalysis(std::int64_t sessionId, bool brief);
    /// One suggestion round on the session's latest analyses, stored as `stemwise suggest`
    /// stores it (each suggestion gets its id to rate). The stems are not read again: the
    /// summed true peak is bounded from the tracks' own (`stemwise suggest --no-mix`).
    [[nodiscard]] Reply suggestions(std::int64_t sessionId, const SuggestOptions& options);
    /// Rates the suggestion `suggestionId` with the JSON `body`
    /// {"rating": "useful"|"not-useful"|"applied"|"dismissed", "after_listening": bool}.
    [[nodiscard]] Reply rate(std::int64_t suggestionId, const QByteArray& body);
    /// The folders of the stored folder sessions (the sessions the user opened).
    [[nodiscard]] QStringList sessionFolders();
    /// The stored session of the folder `folder`, if any.
    [[nodiscard]] std::optional<std::int64_t> sessionOfFolder(const std::filesystem::path& folder);

private:
    core::Store* store(QString& message);
    std::filesystem::path m_databasePath;
    std::unique_ptr<core::Store> m_store;
};

struct JobProgress {
    std::size_t done = 0;
    std::size_t total = 0;
    std::string file;
    std::string error;  ///< empty when the file was analysed and stored
};

struct JobOutcome {
    std::vector<core::PathError> errors;
    std::size_t analysed = 0;
    std::vector<std::int64_t> sessionIds;  ///< the stored sessions the files went to
    bool cancelled = false;
};

/// Analyses the audio files at `path` (a file, a folder, or a DAW session file) through the
/// store, as `stemwise analyze` does; `progress` is called from the analysis workers, once
/// the total is known and after each file. Blocks.
[[nodiscard]] JobOutcome runAnalysisJob(const std::filesystem::path& databasePath, const std::filesystem::path& path,
                                        bool recursive, const std::atomic<bool>& cancel,
                                        const std::function<void(const JobProgress&)>& progress);

}  // namespace stemwise::api
