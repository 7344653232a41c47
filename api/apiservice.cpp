#include "apiservice.h"

#include "daw/sessionfiles.h"
#include "learn/learnedmodel.h"
#include "report/analysisreport.h"
#include "report/suggestionsreport.h"
#include "requestguard.h"
#include "store/analysisrepository.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "store/trackrepository.h"
#include "workflow/feedback.h"
#include "workflow/storedanalysis.h"
#include "workflow/storedsuggestions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <mutex>

namespace stemwise::api {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

Reply error(int status, const QString& code, const QString& message)
{
    return {status, errorDocument(status, code, message), std::nullopt, 0};
}

Reply document(const QJsonObject& object, int status = 200)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Indented), std::nullopt, 0};
}

QJsonValue optText(const std::optional<std::string>& s) { return s ? QJsonValue(qs(*s)) : QJsonValue(); }

QJsonObject sessionObject(const core::SessionRecord& s, std::int64_t trackCount)
{
    const bool folder = s.kind == "folder";
    return {{QStringLiteral("id"), static_cast<qint64>(s.id)},
            {QStringLiteral("name"), qs(s.name)},
            {QStringLiteral("kind"), qs(s.kind)},
            {QStringLiteral("folder"), folder ? QJsonValue(qs(s.key)) : QJsonValue()},
            {QStringLiteral("created_at"), qs(s.createdAt)},
            {QStringLiteral("track_count"), static_cast<qint64>(trackCount)}};
}

std::int64_t trackCountOf(core::Database& db, std::int64_t sessionId)
{
    core::Statement s = db.prepare("SELECT count(*) FROM tracks WHERE session_id = ?1");
    s.bind(1, sessionId);
    return s.step() ? s.columnInt(0) : 0;
}

// The id of the track's latest analysis (the history's last entry, in its order) and how
// many it has; nothing for a track without one.
struct Latest {
    std::int64_t id = 0;
    std::int64_t count = 0;
};
std::optional<Latest> latestAnalysisOf(core::Database& db, std::int64_t trackId)
{
    core::Statement s = db.prepare("SELECT id, (SELECT count(*) FROM analyses WHERE track_id = ?1) FROM analyses "
                                   "WHERE track_id = ?1 ORDER BY analysed_at DESC, id DESC LIMIT 1");
    s.bind(1, trackId);
    if (!s.step())
        return std::nullopt;
    return Latest{s.columnInt(0), s.columnInt(1)};
}

// The latest analyses of the session's tracks, in the tracks' order.
struct SessionAnalyses {
    std::vector<core::TrackProfile> profiles;
    std::vector<std::int64_t> ids;
};
SessionAnalyses latestAnalysesOf(core::Database& db, std::int64_t sessionId)
{
    SessionAnalyses out;
    core::AnalysisRepository analyses(db);
    for (const auto& track : core::TrackRepository(db).inSession(sessionId)) {
        const auto latest = latestAnalysisOf(db, track.id);
        if (!latest)
            continue;
        auto entry = analyses.byId(latest->id);
        if (!entry)
            continue;
        out.profiles.push_back(std::move(entry->profile));
        out.ids.push_back(entry->id);
    }
    return out;
}

Reply storeError(const std::filesystem::path& path, const std::exception& e)
{
    return error(503, QStringLiteral("database_error"),
                 QStringLiteral("%1: %2").arg(QString::fromStdString(path.string()), QString::fromUtf8(e.what())));
}

}  // namespace

ApiService::ApiService(std::filesystem::path databasePath) : m_databasePath(std::move(databasePath)) {}

ApiService::~ApiService() = default;

core::Store* ApiService::store(QString& message)
{
    if (m_store)
        return m_store.get();
    auto opened = core::Store::open(m_databasePath);
    if (!opened.store) {
        message = qs(opened.error->message);
        return nullptr;
    }
    m_store = std::move(opened.store);
    return m_store.get();
}

Reply ApiService::sessions()
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        QJsonArray list;
        for (const auto& session : core::SessionRepository(s->db()).all())
            list.append(sessionObject(session, trackCountOf(s->db(), session.id)));
        return document({{QStringLiteral("schema"), QStringLiteral("stemwise.api-sessions/1")},
                         {QStringLiteral("sessions"), list}});
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

Reply ApiService::tracks(std::int64_t sessionId)
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        auto session = core::SessionRepository(s->db()).byId(sessionId);
        if (!session)
            return error(404, QStringLiteral("no_such_session"), QStringLiteral("there is no session %1").arg(sessionId));
        core::AnalysisRepository analyses(s->db());
        QJsonArray list;
        const auto tracks = core::TrackRepository(s->db()).inSession(sessionId);
        for (const auto& t : tracks) {
            QJsonValue latest;
            std::int64_t count = 0;
            if (const auto l = latestAnalysisOf(s->db(), t.id)) {
                count = l->count;
                if (const auto entry = analyses.byId(l->id))
                    latest = QJsonObject{{QStringLiteral("id"), static_cast<qint64>(entry->id)},
                                         {QStringLiteral("analysed_at"), qs(entry->analysedAt)},
                                         {QStringLiteral("file"), qs(entry->filePath)}};
            }
            list.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(t.id)},
                                    {QStringLiteral("name"), qs(t.name)},
                                    {QStringLiteral("type"), optText(t.typeOverride ? t.typeOverride : t.type)},
                                    {QStringLiteral("type_override"), optText(t.typeOverride)},
                                    {QStringLiteral("analyses"), static_cast<qint64>(count)},
                                    {QStringLiteral("latest_analysis"), latest}});
        }
        Reply r = document({{QStringLiteral("schema"), QStringLiteral("stemwise.api-tracks/1")},
                            {QStringLiteral("session"), sessionObject(*session, static_cast<std::int64_t>(tracks.size()))},
                            {QStringLiteral("tracks"), list}});
        r.sessionId = sessionId;
        return r;
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

Reply ApiService::trackAnalysis(std::int64_t trackId, bool brief)
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        const auto track = core::TrackRepository(s->db()).byId(trackId);
        if (!track)
            return error(404, QStringLiteral("no_such_track"), QStringLiteral("there is no track %1").arg(trackId));
        const auto latest = latestAnalysisOf(s->db(), trackId);
        auto entry = latest ? core::AnalysisRepository(s->db()).byId(latest->id) : std::nullopt;
        if (!entry)
            return error(404, QStringLiteral("no_analysis"),
                         QStringLiteral("track %1 (%2) has no stored analysis").arg(trackId).arg(qs(track->name)));
        core::AnalysisReportInput input;
        input.tracks.push_back(std::move(entry->profile));
        core::ReportOptions options;
        options.includeSeries = !brief;
        Reply r{200, QByteArray::fromStdString(core::analysisReportJson(input, options)), track->sessionId, 0};
        return r;
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

Reply ApiService::sessionAnalysis(std::int64_t sessionId, bool brief)
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        if (!core::SessionRepository(s->db()).byId(sessionId))
            return error(404, QStringLiteral("no_such_session"), QStringLiteral("there is no session %1").arg(sessionId));
        SessionAnalyses latest = latestAnalysesOf(s->db(), sessionId);
        core::AnalysisReportInput input;
        input.tracks = std::move(latest.profiles);
        core::ReportOptions options;
        options.includeSeries = !brief;
        return {200, QByteArray::fromStdString(core::analysisReportJson(input, options)), sessionId, 0};
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

Reply ApiService::suggestions(std::int64_t sessionId, const SuggestOptions& options)
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        if (!core::SessionRepository(s->db()).byId(sessionId))
            return error(404, QStringLiteral("no_such_session"), QStringLiteral("there is no session %1").arg(sessionId));
        const SessionAnalyses latest = latestAnalysesOf(s->db(), sessionId);
        if (latest.profiles.empty())
            return error(404, QStringLiteral("no_analysis"),
                         QStringLiteral("session %1 has no analysed track to suggest on").arg(sessionId));
        core::SuggestionContext context;
        context.genre = options.genre;
        context.tempoBpm = options.tempoBpm;
        core::MixAndSuggestOptions roundOptions;
        roundOptions.measureMix = false;
        auto round = core::measureMixAndSuggest(s->db(), latest.profiles, latest.ids, context, roundOptions);
        if (!round)
            return error(503, QStringLiteral("database_error"),
                         QStringLiteral("%1: %2").arg(QString::fromStdString(m_databasePath.string()),
                                                      qs(round.error().message)));
        core::SuggestionsReportInput report;
        report.set = &round.value().set;
        for (const auto& t : latest.profiles)
            report.tracks.push_back(&t);
        report.maxPerTrack = context.maxPerTrack;
        report.maxPerSession = context.maxPerSession;
        report.effects = round.value().effects;
        Reply r{200, QByteArray::fromStdString(core::suggestionsReportJson(report)), sessionId, 0};
        r.count = static_cast<int>(round.value().set.suggestions.size());
        return r;
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

Reply ApiService::rate(std::int64_t suggestionId, const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("malformed_json"),
                     parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("the body is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                         : QStringLiteral("the body must be a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue ratingValue = o.value(QStringLiteral("rating"));
    const auto feedback = ratingValue.isString() ? core::feedbackFromName(ratingValue.toString().toStdString())
                                                 : std::nullopt;
    if (!feedback || core::ratingCode(*feedback) == 0)
        return error(400, QStringLiteral("bad_rating"),
                     QStringLiteral("\"rating\" must be one of useful, not-useful, applied, dismissed"));
    const QJsonValue listened = o.value(QStringLiteral("after_listening"));
    if (!listened.isUndefined() && !listened.isBool())
        return error(400, QStringLiteral("bad_request"), QStringLiteral("\"after_listening\" must be true or false"));
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return error(503, QStringLiteral("database_unavailable"), message);
    try {
        if (!core::SuggestionRepository(s->db()).byId(suggestionId))
            return error(404, QStringLiteral("no_such_suggestion"),
                         QStringLiteral("there is no suggestion %1").arg(suggestionId));
        auto rated = core::rateSuggestion(s->db(), std::to_string(suggestionId), *feedback, listened.toBool());
        if (!rated)
            return error(503, QStringLiteral("database_error"), qs(rated.error().message));
        const core::RateOutcome& r = rated.value();
        std::optional<std::int64_t> session;
        if (const auto project = core::SuggestionRepository(s->db()).projectOf(r.suggestion.analysisId);
            project && project->rfind("session:", 0) == 0)
            session = std::stoll(project->substr(8));
        QJsonObject suggestion{{QStringLiteral("id"), static_cast<qint64>(r.suggestion.id)},
                               {QStringLiteral("uid"), qs(r.suggestion.uid)},
                               {QStringLiteral("rule"), qs(r.suggestion.suggestion.rule)},
                               {QStringLiteral("title"), qs(r.suggestion.suggestion.title)},
                               {QStringLiteral("track_type"), qs(r.suggestion.suggestion.trackType)}};
        QJsonObject confidence{{QStringLiteral("before"), r.before.mean},
                               {QStringLiteral("after"), r.after.mean},
                               {QStringLiteral("prior"), r.after.prior}};
        Reply reply = document({{QStringLiteral("schema"), QStringLiteral("stemwise.api-rating/1")},
                                {QStringLiteral("suggestion"), suggestion},
                                {QStringLiteral("rating"), QString::fromLatin1(core::feedbackName(*feedback))},
                                {QStringLiteral("after_listening"), r.rating.afterListening},
                                {QStringLiteral("rated_at"), qs(r.rating.ratedAt)},
                                {QStringLiteral("session_id"),
                                 session ? QJsonValue(static_cast<qint64>(*session)) : QJsonValue()},
                                {QStringLiteral("confidence"), confidence}});
        reply.sessionId = session;
        return reply;
    } catch (const std::exception& e) {
        return storeError(m_databasePath, e);
    }
}

QStringList ApiService::sessionFolders()
{
    QString message;
    core::Store* s = store(message);
    QStringList folders;
    if (s == nullptr)
        return folders;
    try {
        for (const auto& session : core::SessionRepository(s->db()).all())
            if (session.kind == "folder")
                folders.append(qs(session.key));
    } catch (const std::exception&) {
        // No stored sessions readable: only the configured roots count.
    }
    return folders;
}

std::optional<std::int64_t> ApiService::sessionOfFolder(const std::filesystem::path& folder)
{
    QString message;
    core::Store* s = store(message);
    if (s == nullptr)
        return std::nullopt;
    try {
        if (const auto session = core::SessionRepository(s->db()).findByKey(core::SessionRepository::folderKey(folder)))
            return session->id;
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

JobOutcome runAnalysisJob(const std::filesystem::path& databasePath, const std::filesystem::path& path, bool recursive,
                          const std::atomic<bool>& cancel, const std::function<void(const JobProgress&)>& progress)
{
    JobOutcome outcome;
    auto collected = core::collectSessionFiles({path}, recursive);
    outcome.errors = std::move(collected.errors);
    const std::size_t total = collected.files.size();
    if (total == 0) {
        if (outcome.errors.empty())
            outcome.errors.push_back({path, "no audio files in it"});
        return outcome;
    }
    progress({0, total, {}, {}});
    core::StoreTarget target;
    target.databasePath = databasePath;
    std::mutex mutex;
    std::size_t done = 0;
    core::StoredAnalysisCallbacks callbacks;
    callbacks.fileDone = [&](std::size_t, const core::StoredFileResult& r) {
        JobProgress p;
        {
            std::lock_guard lock(mutex);
            p.done = ++done;
        }
        p.total = total;
        p.file = r.analysis.path.string();
        if (!r.analysis.profile)
            p.error = r.analysis.error;
        else if (!r.historyId)
            p.error = "analysed but not stored: " + r.storeError;
        progress(p);
    };
    core::SessionAnalysisOptions options;
    options.jobs = 0;
    std::vector<std::filesystem::path> folders;
    for (const auto& r : core::analyzeFilesStored(collected.files, options, target, callbacks, &cancel)) {
        if (!r.analysis.error.empty())
            outcome.errors.push_back({r.analysis.path, r.analysis.error});
        else if (!r.historyId)
            outcome.errors.push_back({r.analysis.path, "analysed but not stored: " + r.storeError});
        else {
            ++outcome.analysed;
            const auto folder = r.analysis.path.parent_path();
            if (std::find(folders.begin(), folders.end(), folder) == folders.end())
                folders.push_back(folder);
        }
    }
    outcome.cancelled = cancel.load();
    // Each file went to the session of its folder (StoreTarget without a session name).
    if (!folders.empty()) {
        auto opened = core::Store::open(databasePath);
        if (opened.store) {
            try {
                core::SessionRepository sessions(opened.store->db());
                for (const auto& folder : folders)
                    if (const auto s = sessions.findByKey(core::SessionRepository::folderKey(folder)))
                        outcome.sessionIds.push_back(s->id);
            } catch (const std::exception& e) {
                outcome.errors.push_back({databasePath, e.what()});
            }
        }
    }
    return outcome;
}

}  // namespace stemwise::api
