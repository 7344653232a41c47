#pragma once
// What the main window asks of the database besides the analysis: a track's history, a
// suggestion round on the stored analyses, a rating. Each runs on the global thread pool
// with its own connection (one per worker thread, as the store asks) and its result comes
// back on the UI thread as a signal.
//
// A newer request of a kind makes the pending result of the same kind stale: it is dropped,
// never emitted (the user moved on to another track, or a new session replaced the old one).
// Ratings are never dropped: each one is stored. Ratings and their withdrawals (Edit > Undo)
// run one at a time in the order asked, so an undo never overtakes the rating it takes back.
//
// Threading: call from the UI thread; the signals are emitted there. The workers read only
// the arguments they were given (copies) and, for a suggestion round, a shared cancel flag.

#include "analysis/trackprofile.h"
#include "compare/genreestimate.h"
#include "learn/learnedmodel.h"
#include "store/analysisrepository.h"
#include "suggest/suggestionengine.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::ui {

struct HistoryResult {
    QString trackName;
    QString path;
    std::vector<core::AnalysisEntry> entries;
    QString error;
};

struct SuggestionRound {
    std::vector<core::Suggestion> suggestions;
    std::vector<core::MaskingCell> masking;
    QString note; ///< tempo, genre, the stems' summed peak and how they were found, in the UI's language
    /// The session's genre as estimated (workflow/sessiongenre.h); empty when the user set one.
    std::optional<core::GenreEstimate> genreEstimate;
    QString error;
};

/// The genre of a suggestion round: the user's (always wins), else estimated from `mix` (the
/// stems' sum the window measured; without it, the one track or the sum measured on the worker).
struct SuggestionGenre {
    std::optional<std::string> user;
    std::shared_ptr<const core::TrackProfile> mix;
};

/// The session's stems summed at unity and analysed as one track ("Mix", type mix).
struct MixResult {
    std::shared_ptr<const core::TrackProfile> profile;
    QString error;
};

struct RatingResult {
    std::int64_t storeId = 0;
    std::string ratingUid;  ///< the rating stored, or the one taken back
    bool withdrawn = false;  ///< a rating taken back (withdrawRating), not a new one
    quint64 tag = 0;         ///< the caller's, as given to rate() or withdrawRating()
    core::Feedback feedback = core::Feedback::Useful;
    bool afterListening = false;  ///< stored as rated after listening
    double before = 0.0;
    double after = 0.0;
    std::string explanation; ///< core's English; composed on the UI thread from `personalisation`
    std::optional<core::Personalisation> personalisation;
    QString error;
};

class StoreJobs : public QObject {
    Q_OBJECT
public:
    explicit StoreJobs(QObject* parent = nullptr);
    ~StoreJobs() override;

    /// Reads the history of the track `trackName` whose file is `path`.
    void readHistory(const std::filesystem::path& database, const QString& path, const QString& trackName);
    /// Drops the history being read, if any.
    void forgetHistory();
    /// Deletes the history entry `analysisId` (with its suggestions and their ratings) as the
    /// user asked; historyEntryDeleted says how it went.
    void deleteHistoryEntry(const std::filesystem::path& database, std::int64_t analysisId);
    /// One suggestion round on the stored analyses `analysisIds` of `profiles` (as `stemwise
    /// suggest` runs it): the sum of the stems measured, effects of applied suggestions
    /// recorded, suggestions made with what was learned, and stored. `daw`: the DAW session
    /// the files came from (its tempo, the channels' plug-ins, faders and pans), if any.
    /// `genre`: the user's genre, or what to estimate it from (SuggestionGenre), off this thread.
    void suggest(const std::filesystem::path& database,
        std::vector<std::shared_ptr<const core::TrackProfile>> profiles,
        std::vector<std::int64_t> analysisIds, std::optional<core::DawContext> daw = std::nullopt,
        SuggestionGenre genre = {});
    /// Asks a running suggestion round to stop and drops its result.
    void cancelSuggestions();
    /// Sums `files` at unity (audio/mixdown.h) into a temporary file and analyses the sum as a
    /// track named "Mix" of type mix; mixAnalysed brings it. A newer request drops the older.
    void analyseMix(std::vector<std::filesystem::path> files);
    /// Stops a running mix analysis and drops its result.
    void cancelMix();
    /// Stores the user's verdict on the stored suggestion `storeId`; `tag` comes back in the result.
    void rate(const std::filesystem::path& database, std::int64_t storeId, core::Feedback feedback, bool afterListening,
              quint64 tag = 0);
    /// Takes back the rating whose uid `ratingUid()` gives when the job starts (after the
    /// ratings asked before it are stored, so it may name one of them); `tag` comes back in
    /// the result (`withdrawn` set).
    void withdrawRating(const std::filesystem::path& database, const std::function<std::string()>& ratingUid, quint64 tag);

signals:
    void historyRead(const stemwise::ui::HistoryResult& result);
    /// The entry `analysisId` was deleted (`error` empty) or why it was not.
    void historyEntryDeleted(qint64 analysisId, const QString& error);
    void suggestionsMade(const stemwise::ui::SuggestionRound& round);
    void rated(const stemwise::ui::RatingResult& result);
    void mixAnalysed(const stemwise::ui::MixResult& result);

private:
    int m_historyGeneration = 0;
    int m_suggestGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_suggestCancel;
    int m_mixGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_mixCancel;
    void enqueueRating(std::function<QFuture<RatingResult>()> start);
    void startNextRating();
    std::deque<std::function<QFuture<RatingResult>()>> m_ratingQueue;  ///< each starts on the UI thread
    bool m_ratingRunning = false;
};

} // namespace stemwise::ui
