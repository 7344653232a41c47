// The main window's database requests on the thread pool (see storejobs.h).
#include "storejobs.h"

#include "coretext.h"
#include "tracktablemodel.h"

#include "analysis/sessionanalysis.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "store/trackrepository.h"
#include "workflow/feedback.h"
#include "workflow/sessiongenre.h"
#include "workflow/storedsuggestions.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QStringList>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace stemwise::ui {

namespace {

// Reads one track's history with its own connection (runs on a pool thread).
HistoryResult readHistoryOnWorker(const std::filesystem::path& database, const QString& path, const QString& trackName)
{
    HistoryResult out;
    out.trackName = trackName;
    out.path = path;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        core::Database& db = opened.store->db();
        const std::filesystem::path file(path.toStdString());
        const auto session = core::SessionRepository(db).findByKey(
            core::SessionRepository::folderKey(std::filesystem::absolute(file).parent_path()));
        if (!session)
            return out;
        // A track is a file: found by its file name, not by the name shown.
        const auto track = core::TrackRepository(db).find(session->id, file.filename().string());
        if (!track)
            return out;
        out.entries = core::AnalysisRepository(db).historyOf(track->id);
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

// One suggestion round on the stored analyses, with its own connection, on a pool thread.
// Its words keep the translation context of the window they were written for.
// The mix the genre is estimated from: the stems' sum the window measured, the one track, or
// the sum measured here (the window's may not be in yet).
std::shared_ptr<const core::TrackProfile> mixForGenre(const std::vector<core::TrackProfile>& tracks,
    std::shared_ptr<const core::TrackProfile> mix, const std::atomic<bool>* cancel)
{
    if (mix || tracks.empty())
        return mix;
    if (tracks.size() == 1)
        return std::make_shared<const core::TrackProfile>(tracks.front());
    QTemporaryDir dir;
    if (!dir.isValid())
        return nullptr;
    std::vector<std::filesystem::path> files;
    files.reserve(tracks.size());
    for (const auto& t : tracks)
        files.push_back(t.file.path);
    core::FileAnalysisResult r =
        core::analyzeUnitySum(files, std::filesystem::path(dir.path().toStdString()) / "Mix.wav", cancel);
    return r.profile ? std::shared_ptr<const core::TrackProfile>(std::move(r.profile)) : nullptr;
}

SuggestionRound suggestOnWorker(const std::filesystem::path& database,
    const std::vector<std::shared_ptr<const core::TrackProfile>>& shared, const std::vector<std::int64_t>& analysisIds,
    const std::optional<core::DawContext>& daw, const SuggestionGenre& genre, std::shared_ptr<std::atomic<bool>> cancel)
{
    SuggestionRound out;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        std::vector<core::TrackProfile> tracks;
        tracks.reserve(shared.size());
        for (const auto& p : shared)
            tracks.push_back(*p);
        core::MixAndSuggestOptions options;
        options.cancel = cancel.get();
        core::SuggestionContext context;
        context.daw = daw;
        context.genre = genre.user;
        // The user's genre wins; without one, the session's estimated genre (issue 19, point 4).
        std::optional<core::GenreEstimate> estimate;
        if (!context.genre)
            if (const auto mix = mixForGenre(tracks, genre.mix, cancel.get()))
                estimate = core::estimateSessionGenre(context, opened.store->db(), *mix);
        out.genreEstimate = estimate;
        auto round = core::measureMixAndSuggest(opened.store->db(), tracks, analysisIds, context, options);
        if (!round) {
            if (round.error().code != core::ErrorCode::Cancelled)
                out.error = QString::fromStdString(round.error().message);
            return out;
        }
        QString mixNote;
        if (const auto& mixError = round.value().mixError)
            mixNote = QCoreApplication::translate("MainWindow", "the sum of the stems was not measured (%1)")
                          .arg(QString::fromStdString(mixError->message));
        const core::SuggestionSet& set = round.value().set;
        out.suggestions = set.suggestions;
        out.masking = set.masking;
        QStringList note;
        note << (set.context.tempoBpm ? QCoreApplication::translate("MainWindow", "tempo %1 BPM, %2")
                                            .arg(formatNumber(*set.context.tempoBpm, 1))
                                            .arg(CoreText::text(set.context.tempoSourceText, set.context.tempoSource))
                                      : QCoreApplication::translate("MainWindow", "no session tempo"));
        note << (set.context.key ? QCoreApplication::translate("MainWindow", "key %1, %2")
                                       .arg(CoreText::key(*set.context.key))
                                       .arg(CoreText::text(set.context.keySourceText, set.context.keySource))
                                 : QCoreApplication::translate("MainWindow", "no session key"));
        note << CoreText::text(core::genreContextText(set.context.genre, set.context.genreSource == "estimated", estimate));
        if (set.summedTruePeakDbtp)
            note << (set.summedTruePeakMeasured && set.mix && set.mix->atFaders
                         ? QCoreApplication::translate("MainWindow", "stems summed at the DAW session's faders: %1 dBTP (%2)")
                         : QCoreApplication::translate("MainWindow", "stems summed at unity: %1 dBTP (%2)"))
                        .arg(formatFigure(set.summedTruePeakDbtp, 1))
                        .arg(set.summedTruePeakMeasured
                                ? QCoreApplication::translate("MainWindow", "measured")
                                : QCoreApplication::translate("MainWindow", "upper bound"));
        if (!mixNote.isEmpty())
            note << mixNote;
        out.note = note.join(QStringLiteral(" · "));
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

RatingResult rateOnWorker(const std::filesystem::path& database, std::int64_t storeId, core::Feedback feedback,
                          bool afterListening)
{
    RatingResult out;
    out.storeId = storeId;
    out.feedback = feedback;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        auto rated = core::rateSuggestion(opened.store->db(), std::to_string(storeId), feedback, afterListening);
        if (!rated) {
            out.error = QString::fromStdString(rated.error().message);
            return out;
        }
        out.afterListening = rated.value().rating.afterListening;
        out.before = rated.value().before.mean;
        out.after = rated.value().after.mean;
        out.explanation = rated.value().after.explanation;
        out.personalisation = rated.value().after.personalisation;
        out.ratingUid = rated.value().rating.uid;
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

RatingResult withdrawOnWorker(const std::filesystem::path& database, const std::string& ratingUid)
{
    RatingResult out;
    out.withdrawn = true;
    out.ratingUid = ratingUid;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        auto withdrawn = core::withdrawRating(opened.store->db(), ratingUid);
        if (!withdrawn) {
            out.error = QString::fromStdString(withdrawn.error().message);
            return out;
        }
        out.storeId = withdrawn.value().suggestion.id;
        out.feedback = withdrawn.value().rating.feedback;
        out.afterListening = withdrawn.value().rating.afterListening;
        out.before = withdrawn.value().before.mean;
        out.after = withdrawn.value().after.mean;
        out.explanation = withdrawn.value().after.explanation;
        out.personalisation = withdrawn.value().after.personalisation;
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

// The stems summed into a temporary file (constant memory, audio/mixdown.h) and the sum
// analysed like a track, on a pool thread; the file goes with the folder.
MixResult analyseMixOnWorker(const std::vector<std::filesystem::path>& files, std::shared_ptr<std::atomic<bool>> cancel)
{
    MixResult out;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out.error = QCoreApplication::translate("stemwise::ui::MainWindow", "no temporary folder for the sum: %1")
                        .arg(dir.errorString());
        return out;
    }
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "Mix.wav";
    core::FileAnalysisResult r = core::analyzeUnitySum(files, path, cancel.get());
    if (!r.profile) {
        out.error = QString::fromStdString(r.error);
        return out;
    }
    out.profile = std::move(r.profile);  // named "Mix", its type source "sum" (TrackPanel says so)
    return out;
}

} // namespace

void StoreJobs::analyseMix(std::vector<std::filesystem::path> files)
{
    cancelMix();
    m_mixCancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = m_mixGeneration;
    auto* watcher = new QFutureWatcher<MixResult>(this);
    connect(watcher, &QFutureWatcher<MixResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_mixGeneration)
            emit mixAnalysed(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(analyseMixOnWorker, std::move(files), m_mixCancel));
}

void StoreJobs::cancelMix()
{
    if (m_mixCancel)
        m_mixCancel->store(true);
    ++m_mixGeneration;
}

StoreJobs::StoreJobs(QObject* parent)
    : QObject(parent)
{
}

StoreJobs::~StoreJobs()
{
    if (m_suggestCancel)
        m_suggestCancel->store(true);
    if (m_mixCancel)
        m_mixCancel->store(true);
    // Ratings still waiting (the window closes right after a click) are stored all the same;
    // nobody is left to hear how they went.
    for (auto& start : m_ratingQueue)
        (void)start();
}

void StoreJobs::readHistory(
    const std::filesystem::path& database, const QString& path, const QString& trackName)
{
    const int generation = ++m_historyGeneration;
    auto* watcher = new QFutureWatcher<HistoryResult>(this);
    connect(watcher, &QFutureWatcher<HistoryResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_historyGeneration)
            emit historyRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(readHistoryOnWorker, database, path, trackName));
}

void StoreJobs::forgetHistory()
{
    ++m_historyGeneration;
}

void StoreJobs::deleteHistoryEntry(const std::filesystem::path& database, std::int64_t analysisId)
{
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, analysisId] {
        watcher->deleteLater();
        emit historyEntryDeleted(analysisId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([database, analysisId]() -> QString {
        try {
            auto opened = core::Store::open(database);
            if (!opened.store)
                return QString::fromStdString(opened.error->message);
            core::Transaction transaction(opened.store->db());
            if (!core::AnalysisRepository(opened.store->db()).removeByUser(analysisId, core::utcNowIso8601()))
                return QCoreApplication::translate("stemwise::ui::MainWindow", "it is no longer in the database");
            transaction.commit();
            return {};
        } catch (const std::exception& e) {
            return QString::fromUtf8(e.what());
        }
    }));
}

void StoreJobs::suggest(const std::filesystem::path& database,
    std::vector<std::shared_ptr<const core::TrackProfile>> profiles, std::vector<std::int64_t> analysisIds,
    std::optional<core::DawContext> daw, SuggestionGenre genre)
{
    cancelSuggestions();
    m_suggestCancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = m_suggestGeneration;
    auto* watcher = new QFutureWatcher<SuggestionRound>(this);
    connect(watcher, &QFutureWatcher<SuggestionRound>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_suggestGeneration)
            emit suggestionsMade(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        suggestOnWorker, database, std::move(profiles), std::move(analysisIds), std::move(daw), std::move(genre),
        m_suggestCancel));
}

void StoreJobs::cancelSuggestions()
{
    if (m_suggestCancel)
        m_suggestCancel->store(true);
    ++m_suggestGeneration;
}

void StoreJobs::rate(const std::filesystem::path& database, std::int64_t storeId, core::Feedback feedback,
                     bool afterListening, quint64 tag)
{
    enqueueRating([=] {
        return QtConcurrent::run([=] {
            RatingResult r = rateOnWorker(database, storeId, feedback, afterListening);
            r.tag = tag;
            return r;
        });
    });
}

void StoreJobs::withdrawRating(const std::filesystem::path& database, const std::function<std::string()>& ratingUid,
                               quint64 tag)
{
    enqueueRating([=] {
        const std::string uid = ratingUid();  // on the UI thread, once the ratings before it came back
        return QtConcurrent::run([=] {
            RatingResult r = withdrawOnWorker(database, uid);
            r.tag = tag;
            return r;
        });
    });
}

void StoreJobs::enqueueRating(std::function<QFuture<RatingResult>()> start)
{
    m_ratingQueue.push_back(std::move(start));
    if (!m_ratingRunning)
        startNextRating();
}

void StoreJobs::startNextRating()
{
    if (m_ratingQueue.empty()) {
        m_ratingRunning = false;
        return;
    }
    m_ratingRunning = true;
    auto start = std::move(m_ratingQueue.front());
    m_ratingQueue.pop_front();
    auto* watcher = new QFutureWatcher<RatingResult>(this);
    connect(watcher, &QFutureWatcher<RatingResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit rated(watcher->result());
        startNextRating();  // after the result was handled: the next may depend on it
    });
    watcher->setFuture(start());
}

} // namespace stemwise::ui
