#include "store/databaseexport.h"

#include "json/profilejson.h"
#include "learn/learnedmodel.h"
#include "store/analysisrepository.h"
#include "store/contenthash.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/referencerepository.h"
#include "store/sessionrepository.h"
#include "store/suggestionrepository.h"
#include "store/trackrepository.h"

#include "json/jsonvalues.h"

#include <filesystem>
#include <map>
#include <set>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kSchema = "stemwise.database/1";

Json optText(const std::optional<std::string>& v) { return v ? Json(*v) : Json(); }

// Stored JSON columns go out as JSON, not as strings inside JSON.
Json embedded(const std::string& text)
{
    Json parsed = Json::parse(text, nullptr, false);
    return parsed.is_discarded() ? Json(text) : parsed;
}

// ---- reading the document ----------------------------------------------------------------

struct Invalid {
    std::string pointer;
    std::string message;
};

const Json& member(const Json& object, const std::string& pointer, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end())
        throw Invalid{pointer + "/" + key, "missing"};
    return *it;
}

std::string text(const Json& object, const std::string& pointer, const char* key, bool nonEmpty = true)
{
    const Json& v = member(object, pointer, key);
    if (!v.is_string() || (nonEmpty && v.get_ref<const std::string&>().empty()))
        throw Invalid{pointer + "/" + key, nonEmpty ? "expected a non-empty string" : "expected a string"};
    return v.get<std::string>();
}

std::optional<std::string> optionalText(const Json& object, const std::string& pointer, const char* key)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    if (!it->is_string())
        throw Invalid{pointer + "/" + key, "expected a string or null"};
    return it->get<std::string>();
}

std::int64_t integer(const Json& object, const std::string& pointer, const char* key)
{
    const Json& v = member(object, pointer, key);
    if (!v.is_number_integer())
        throw Invalid{pointer + "/" + key, "expected an integer"};
    return v.get<std::int64_t>();
}

const Json& array(const Json& object, const std::string& pointer, const char* key)
{
    const auto it = object.find(key);
    static const Json empty = Json::array();
    if (it == object.end())
        return empty;
    if (!it->is_array())
        throw Invalid{pointer + "/" + key, "expected an array"};
    return *it;
}

const Json& object(const Json& parent, const std::string& pointer, const char* key)
{
    const Json& v = member(parent, pointer, key);
    if (!v.is_object())
        throw Invalid{pointer + "/" + key, "expected an object"};
    return v;
}

// Canonical text of a JSON object (keys sorted, as the store writes them).
std::string canonical(const Json& v)
{
    return nlohmann::json::parse(v.dump()).dump();
}

struct RatingIn {
    std::string uid;
    std::int64_t rating = 0;
    std::optional<std::string> comment;
    std::string ratedAt;
    bool afterListening = false;
};
struct SuggestionIn {
    std::string uid, code, message, parameters, createdAt;
    std::int64_t engineVersion = 1;
    std::vector<RatingIn> ratings;
};
struct AnalysisIn {
    AnalysisEntry entry;
    std::vector<SuggestionIn> suggestions;
};
struct TrackIn {
    std::string name, createdAt;
    std::optional<std::string> type, typeOverride;
    std::vector<AnalysisIn> analyses;
};
struct SessionIn {
    std::string kind, key, name, createdAt;
    std::vector<TrackIn> tracks;
};
struct ModelStateIn {
    std::string key, value, updatedAt;
    std::int64_t version = 1;
};
struct ReferenceIn {
    std::optional<std::string> sessionKey;  ///< empty: the library
    std::string name, genre, contentHash, addedAt;
    TrackProfile profile;
    int rating = kReferenceUnrated;
};
struct DocumentIn {
    std::vector<SessionIn> sessions;
    std::vector<ModelStateIn> modelState;
    std::vector<ReferenceIn> references;
};

DocumentIn readDocument(const Json& doc)
{
    if (!doc.is_object())
        throw Invalid{"", "expected a JSON object"};
    if (text(doc, "", "schema") != kSchema)
        throw Invalid{"/schema", std::string("expected \"") + kSchema + "\" (a Stemwise database export)"};
    DocumentIn in;
    // Written by schema version 6 or earlier: its content hashes are the legacy hash's, marked
    // on the way in as migration 7 marks them in a database (store/contenthash.h).
    std::int64_t writtenAt = 0;
    if (const auto it = doc.find("schema_version"); it != doc.end() && it->is_number_integer())
        writtenAt = it->get<std::int64_t>();
    auto contentHash = [writtenAt](std::string hash) {
        if (writtenAt < 7 && hash.find(':') == std::string::npos)
            hash.insert(0, kLegacyContentHashPrefix);
        return hash;
    };
    std::set<std::string> uids;
    auto unique = [&uids](const std::string& uid, const std::string& pointer) {
        if (!uids.insert(uid).second)
            throw Invalid{pointer + "/uid", "the uid " + uid + " appears twice in the document"};
    };
    std::set<std::string> sessionKeys;
    const Json& sessions = array(doc, "", "sessions");
    for (std::size_t si = 0; si < sessions.size(); ++si) {
        const std::string sp = "/sessions/" + std::to_string(si);
        const Json& s = sessions[si];
        if (!s.is_object())
            throw Invalid{sp, "expected an object"};
        SessionIn session{text(s, sp, "kind"), text(s, sp, "key"), text(s, sp, "name", false), text(s, sp, "created_at"), {}};
        if (session.kind != "folder" && session.kind != "set")
            throw Invalid{sp + "/kind", "expected \"folder\" or \"set\""};
        if (!sessionKeys.insert(session.key).second)
            throw Invalid{sp + "/key", "the session " + session.key + " appears twice"};
        std::set<std::string> trackNames;
        const Json& tracks = array(s, sp, "tracks");
        for (std::size_t ti = 0; ti < tracks.size(); ++ti) {
            const std::string tp = sp + "/tracks/" + std::to_string(ti);
            const Json& t = tracks[ti];
            if (!t.is_object())
                throw Invalid{tp, "expected an object"};
            TrackIn track{text(t, tp, "name", false), text(t, tp, "created_at"), optionalText(t, tp, "type"),
                          optionalText(t, tp, "type_override"), {}};
            if (!trackNames.insert(track.name).second)
                throw Invalid{tp + "/name", "the track " + track.name + " appears twice in its session"};
            const Json& analyses = array(t, tp, "analyses");
            for (std::size_t ai = 0; ai < analyses.size(); ++ai) {
                const std::string ap = tp + "/analyses/" + std::to_string(ai);
                const Json& a = analyses[ai];
                if (!a.is_object())
                    throw Invalid{ap, "expected an object"};
                AnalysisIn analysis;
                AnalysisEntry& e = analysis.entry;
                e.uid = text(a, ap, "uid");
                unique(e.uid, ap);
                e.analysedAt = text(a, ap, "analysed_at");
                e.origin = text(a, ap, "origin");
                if (e.origin != "analysis" && e.origin != "cache" && e.origin != "import")
                    throw Invalid{ap + "/origin", "expected \"analysis\", \"cache\" or \"import\""};
                e.contentHash = contentHash(text(a, ap, "content_hash"));
                const Json& file = object(a, ap, "file");
                e.filePath = text(file, ap + "/file", "path");
                e.fileSizeBytes = integer(file, ap + "/file", "size_bytes");
                if (const auto it = file.find("mtime_ns"); it != file.end() && !it->is_null())
                    e.fileMtimeNs = integer(file, ap + "/file", "mtime_ns");
                e.analyzerVersions = canonical(object(a, ap, "analyzer_versions"));
                e.settings = canonical(object(a, ap, "settings"));
                auto profile = profileFromJson(object(a, ap, "profile"));
                if (!profile)
                    throw Invalid{ap + "/profile", profile.error().message};
                e.profile = std::move(profile.value());
                const Json& suggestions = array(a, ap, "suggestions");
                for (std::size_t gi = 0; gi < suggestions.size(); ++gi) {
                    const std::string gp = ap + "/suggestions/" + std::to_string(gi);
                    const Json& g = suggestions[gi];
                    if (!g.is_object())
                        throw Invalid{gp, "expected an object"};
                    SuggestionIn suggestion{text(g, gp, "uid"), text(g, gp, "code"), text(g, gp, "message", false),
                                            canonical(object(g, gp, "parameters")), text(g, gp, "created_at"),
                                            integer(g, gp, "engine_version"), {}};
                    unique(suggestion.uid, gp);
                    const Json& ratings = array(g, gp, "ratings");
                    for (std::size_t ri = 0; ri < ratings.size(); ++ri) {
                        const std::string rp = gp + "/ratings/" + std::to_string(ri);
                        const Json& r = ratings[ri];
                        if (!r.is_object())
                            throw Invalid{rp, "expected an object"};
                        RatingIn rating{text(r, rp, "uid"), integer(r, rp, "rating"), optionalText(r, rp, "comment"),
                                        text(r, rp, "rated_at"), false};
                        // Written from schema version 8 on; absent in older documents (not marked).
                        if (const auto it = r.find("after_listening"); it != r.end()) {
                            if (!it->is_boolean())
                                throw Invalid{rp + "/after_listening", "expected true or false"};
                            rating.afterListening = it->get<bool>();
                        }
                        unique(rating.uid, rp);
                        suggestion.ratings.push_back(std::move(rating));
                    }
                    analysis.suggestions.push_back(std::move(suggestion));
                }
                track.analyses.push_back(std::move(analysis));
            }
            session.tracks.push_back(std::move(track));
        }
        in.sessions.push_back(std::move(session));
    }
    std::set<std::string> stateKeys;
    const Json& states = array(doc, "", "model_state");
    for (std::size_t i = 0; i < states.size(); ++i) {
        const std::string mp = "/model_state/" + std::to_string(i);
        const Json& m = states[i];
        if (!m.is_object())
            throw Invalid{mp, "expected an object"};
        const Json& value = member(m, mp, "value");
        ModelStateIn state{text(m, mp, "key"), value.dump(), text(m, mp, "updated_at"), integer(m, mp, "version")};
        if (!stateKeys.insert(state.key).second)
            throw Invalid{mp + "/key", "the key " + state.key + " appears twice"};
        // The learned model is read by every suggestion round: a value that does not read
        // would break suggest, rate and learned until replaced, so it is checked here, before
        // anything is written, as `learned --import` checks a file.
        if (state.key == LearnedStateRepository::kKey) {
            auto model = LearnedModel::fromJsonValue(value);
            if (!model) {
                const std::string& why = model.error().message;
                throw Invalid{mp + "/value" + (why.starts_with('/') ? why.substr(0, why.find(':')) : std::string()),
                              why.starts_with('/') ? why.substr(why.find(':') + 2) : why};
            }
        }
        in.modelState.push_back(std::move(state));
    }
    // The reference library (schema v4); documents from before it have none.
    if (doc.contains("references")) {
        const Json& references = array(doc, "", "references");
        for (std::size_t i = 0; i < references.size(); ++i) {
            const std::string rp = "/references/" + std::to_string(i);
            const Json& r = references[i];
            if (!r.is_object())
                throw Invalid{rp, "expected an object"};
            ReferenceIn reference{optionalText(r, rp, "session_key"), text(r, rp, "name", false),
                                  text(r, rp, "genre", false), contentHash(text(r, rp, "content_hash")),
                                  text(r, rp, "added_at"), {}, kReferenceUnrated};
            if (reference.sessionKey && !sessionKeys.contains(*reference.sessionKey))
                throw Invalid{rp + "/session_key", "the session " + *reference.sessionKey + " is not in the document"};
            auto profile = profileFromJson(object(r, rp, "profile"));
            if (!profile)
                throw Invalid{rp + "/profile", profile.error().message};
            reference.profile = std::move(profile.value());
            // The rating (schema v10); exports from before it have none: not rated.
            if (r.contains("rating")) {
                const std::int64_t rating = integer(r, rp, "rating");
                if (rating < kReferenceNotMyStyle || rating > kReferenceSoundIWant)
                    throw Invalid{rp + "/rating", "expected -1, 0 or 1"};
                reference.rating = static_cast<int>(rating);
            }
            in.references.push_back(std::move(reference));
        }
    }
    return in;
}

// ---- writing it ---------------------------------------------------------------------------

std::optional<std::int64_t> idOfUid(Database& db, const char* table, const std::string& uid)
{
    Statement s = db.prepare(std::string("SELECT id FROM ") + table + " WHERE uid = ?1");
    s.bind(1, uid);
    if (!s.step())
        return std::nullopt;
    return s.columnInt(0);
}

void write(Database& db, const DocumentIn& in, ImportSummary& summary)
{
    SessionRepository sessions(db);
    TrackRepository tracks(db);
    AnalysisRepository analyses(db);
    for (const SessionIn& s : in.sessions) {
        const bool sessionIsNew = !sessions.findByKey(s.key);
        const SessionRecord session = sessions.ensure(s.kind, s.key, s.name, s.createdAt);
        summary.sessionsAdded += sessionIsNew ? 1 : 0;
        for (const TrackIn& t : s.tracks) {
            // A track is a file (store/migrations.h): an analysis goes to the track of its file's
            // name, so that a document written before version 6, whose tracks were named without
            // the extension and could mix Vocal.wav and Vocal.flac, is split as migration 6 split
            // the database.
            auto trackOf = [&](const std::string& name) {
                const auto existing = tracks.find(session.id, name);
                TrackRecord track = tracks.ensure(session.id, name, t.createdAt);  // returned by move
                summary.tracksAdded += existing ? 0 : 1;
                // The user's own choices win; an import only fills what is not set here.
                if (!track.type && t.type)
                    tracks.setType(track.id, *t.type);
                if (!track.typeOverride && t.typeOverride)
                    tracks.setTypeOverride(track.id, t.typeOverride);
                return track;
            };
            if (t.analyses.empty())
                (void)trackOf(t.name);
            for (const AnalysisIn& a : t.analyses) {
                AnalysisEntry entry = a.entry;
                const std::string fileName = std::filesystem::path(entry.filePath).filename().string();
                entry.trackId = trackOf(fileName.empty() ? t.name : fileName).id;
                // The user deleted it from this database's history: a backup does not bring it back.
                if (analyses.deletedByUser(entry.uid)) {
                    ++summary.analysesPresent;
                    continue;
                }
                if (analyses.insertIfAbsent(entry))
                    ++summary.analysesAdded;
                else
                    ++summary.analysesPresent;
                const std::int64_t analysisId = idOfUid(db, "analyses", entry.uid).value();
                for (const SuggestionIn& g : a.suggestions) {
                    auto suggestionId = idOfUid(db, "suggestions", g.uid);
                    if (!suggestionId) {
                        db.prepare("INSERT INTO suggestions (uid, analysis_id, code, message, parameters_json, "
                                   "engine_version, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                            .bind(1, g.uid).bind(2, analysisId).bind(3, g.code).bind(4, g.message)
                            .bind(5, g.parameters).bind(6, g.engineVersion).bind(7, g.createdAt).run();
                        suggestionId = db.lastInsertId();
                        ++summary.suggestionsAdded;
                    }
                    for (const RatingIn& r : g.ratings) {
                        // A rating the user took back stays taken back (schema v9).
                        if (idOfUid(db, "ratings", r.uid) || SuggestionRepository(db).ratingWithdrawn(r.uid))
                            continue;
                        db.prepare("INSERT INTO ratings (uid, suggestion_id, rating, comment, rated_at, after_listening) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                            .bind(1, r.uid).bind(2, *suggestionId).bind(3, r.rating).bind(4, r.comment)
                            .bind(5, r.ratedAt).bind(6, r.afterListening ? 1 : 0).run();
                        ++summary.ratingsAdded;
                    }
                }
            }
        }
    }
    for (const ModelStateIn& m : in.modelState) {
        db.prepare("INSERT INTO model_state (key, value_json, version, updated_at) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, version = excluded.version, "
                   "updated_at = excluded.updated_at WHERE excluded.updated_at > model_state.updated_at")
            .bind(1, m.key).bind(2, m.value).bind(3, m.version).bind(4, m.updatedAt).run();
        summary.modelStateUpdated += db.changes();
    }
    // A reference already here (same content in the same place) keeps its own name and genre;
    // a new one is written as exported, its time included.
    ReferenceRepository references(db);
    for (const ReferenceIn& r : in.references) {
        std::optional<std::int64_t> sessionId;
        if (r.sessionKey)
            sessionId = sessions.findByKey(*r.sessionKey).value().id;  // ensured above
        if (references.restore({0, sessionId, r.name, r.genre, r.contentHash, r.addedAt, r.profile, r.rating}))
            ++summary.referencesAdded;
    }
}

}  // namespace

Result<std::string> exportDatabaseJson(Database& db, int indent)
{
    try {
        // One read transaction: a consistent snapshot even while another process writes.
        db.exec("BEGIN");
        struct EndRead {
            Database& db;
            ~EndRead()
            {
                try {
                    db.exec("COMMIT");
                } catch (const SqliteError&) {
                }
            }
        } endRead{db};

        Json sessions = Json::array();
        for (const SessionRecord& s : SessionRepository(db).all()) {
            Json tracks = Json::array();
            for (const TrackRecord& t : TrackRepository(db).inSession(s.id)) {
                Json analyses = Json::array();
                Statement a = db.prepare(
                    "SELECT id, uid, analysed_at, origin, content_hash, file_path, file_size_bytes, file_mtime_ns, "
                    "analyzer_versions, settings, profile_json FROM analyses WHERE track_id = ?1 "
                    "ORDER BY analysed_at, id");
                a.bind(1, t.id);
                while (a.step()) {
                    Json suggestions = Json::array();
                    Statement g = db.prepare("SELECT id, uid, code, message, parameters_json, engine_version, created_at "
                                             "FROM suggestions WHERE analysis_id = ?1 ORDER BY id");
                    g.bind(1, a.columnInt(0));
                    while (g.step()) {
                        Json ratings = Json::array();
                        Statement r = db.prepare(
                            "SELECT uid, rating, comment, rated_at, after_listening FROM ratings WHERE suggestion_id = ?1 "
                            "ORDER BY id");
                        r.bind(1, g.columnInt(0));
                        while (r.step())
                            ratings.push_back({{"uid", r.columnText(0)}, {"rating", r.columnInt(1)},
                                               {"comment", optText(r.columnOptText(2))}, {"rated_at", r.columnText(3)},
                                               {"after_listening", r.columnInt(4) != 0}});
                        suggestions.push_back({{"uid", g.columnText(1)}, {"code", g.columnText(2)},
                                               {"message", g.columnText(3)}, {"parameters", embedded(g.columnText(4))},
                                               {"engine_version", g.columnInt(5)}, {"created_at", g.columnText(6)},
                                               {"ratings", std::move(ratings)}});
                    }
                    analyses.push_back({
                        {"uid", a.columnText(1)},
                        {"analysed_at", a.columnText(2)},
                        {"origin", a.columnText(3)},
                        {"content_hash", a.columnText(4)},
                        {"file",
                         {{"path", a.columnText(5)},
                          {"size_bytes", a.columnInt(6)},
                          {"mtime_ns", a.isNull(7) ? Json() : Json(a.columnInt(7))}}},
                        {"analyzer_versions", embedded(a.columnText(8))},
                        {"settings", embedded(a.columnText(9))},
                        {"profile", embedded(a.columnText(10))},
                        {"suggestions", std::move(suggestions)},
                    });
                }
                tracks.push_back({{"name", t.name}, {"type", optText(t.type)}, {"type_override", optText(t.typeOverride)},
                                  {"created_at", t.createdAt}, {"analyses", std::move(analyses)}});
            }
            sessions.push_back({{"kind", s.kind}, {"key", s.key}, {"name", s.name}, {"created_at", s.createdAt},
                                {"tracks", std::move(tracks)}});
        }
        Json modelState = Json::array();
        Statement m = db.prepare("SELECT key, value_json, version, updated_at FROM model_state ORDER BY key");
        while (m.step())
            modelState.push_back({{"key", m.columnText(0)}, {"value", embedded(m.columnText(1))},
                                  {"version", m.columnInt(2)}, {"updated_at", m.columnText(3)}});
        Json referencesOut = Json::array();
        Statement ref = db.prepare(
            "SELECT s.key, r.name, r.genre, r.content_hash, r.added_at, r.profile_json, r.rating FROM reference_tracks r "
            "LEFT JOIN sessions s ON s.id = r.session_id ORDER BY r.id");
        while (ref.step())
            referencesOut.push_back({{"session_key", optText(ref.columnOptText(0))}, {"name", ref.columnText(1)},
                                     {"genre", ref.columnText(2)}, {"content_hash", ref.columnText(3)},
                                     {"added_at", ref.columnText(4)}, {"profile", embedded(ref.columnText(5))},
                                     {"rating", ref.columnInt(6)}});
        const Json doc{
            {"schema", kSchema},
            {"generator", std::string("stemwise ") + STEMWISE_VERSION},
            {"exported_at", utcNowIso8601()},
            {"schema_version", latestSchemaVersion()},
            {"sessions", std::move(sessions)},
            {"model_state", std::move(modelState)},
            {"references", std::move(referencesOut)},
        };
        return jsonvalues::dump(doc, indent);
    } catch (const SqliteError& e) {
        return Error{e.what()};
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
}

Result<ImportSummary> importDatabaseJson(Database& db, std::string_view json)
{
    auto parsed = parseJsonBounded(json, kDatabaseJsonLimits);
    if (!parsed)
        return parsed.error();
    const Json& doc = parsed.value();
    DocumentIn in;
    try {
        in = readDocument(doc);
    } catch (const Invalid& e) {
        return Error{(e.pointer.empty() ? std::string("/") : e.pointer) + ": " + e.message};
    }
    ImportSummary summary;
    try {
        const std::int64_t before = db.totalChanges();
        Transaction transaction(db);
        write(db, in, summary);
        transaction.commit();
        summary.rowsChanged = db.totalChanges() - before;
    } catch (const std::exception& e) {
        return Error{std::string("nothing was imported: ") + e.what()};
    }
    return summary;
}

}  // namespace stemwise::core
