// Suggestions, ratings and the learned model in the database (see suggestionrepository.h).
#include "store/suggestionrepository.h"

#include "json/suggestionjson.h"
#include "store/analysisrepository.h"
#include "store/database.h"
#include "store/hash64.h"
#include "store/legacyhash64.h"
#include "suggest/suggestionengine.h"

#include "json/jsonvalues.h"

#include <cmath>
#include <stdexcept>

namespace stemwise::core {

namespace {

constexpr const char* kSuggestionSelect =
    "SELECT s.id, s.uid, s.analysis_id, s.created_at, s.parameters_json FROM suggestions s ";

StoredSuggestion read(const Statement& s)
{
    StoredSuggestion out;
    out.id = s.columnInt(0);
    out.uid = s.columnText(1);
    out.analysisId = s.columnInt(2);
    out.createdAt = s.columnText(3);
    const auto json = nlohmann::ordered_json::parse(s.columnText(4), nullptr, false);
    if (json.is_discarded())
        throw std::runtime_error("stored suggestion " + out.uid + " is not valid JSON");
    auto parsed = suggestionFromJson(json);
    if (!parsed)
        throw std::runtime_error("stored suggestion " + out.uid + ": " + parsed.error().message);
    out.suggestion = std::move(parsed.value());
    out.suggestion.uid = out.uid;
    out.suggestion.storeId = out.id;
    if (json.contains("genre") && json["genre"].is_string())
        out.genre = json["genre"].get<std::string>();
    return out;
}

RatingRecord readRating(const Statement& s)
{
    RatingRecord r;
    r.id = s.columnInt(0);
    r.uid = s.columnText(1);
    r.suggestionId = s.columnInt(2);
    r.feedback = feedbackFromRatingCode(s.columnInt(3)).value_or(Feedback::Useful);
    r.ratedAt = s.columnText(4);
    r.afterListening = s.columnInt(5) != 0;
    return r;
}

}  // namespace

int ratingCode(Feedback feedback)
{
    switch (feedback) {
    case Feedback::Useful: return 1;
    case Feedback::NotUseful: return -1;
    case Feedback::Applied: return 2;
    case Feedback::Dismissed: return -2;
    case Feedback::Improved:
    case Feedback::Worsened: return 0;
    }
    return 0;
}

std::optional<Feedback> feedbackFromRatingCode(std::int64_t code)
{
    switch (code) {
    case 1: return Feedback::Useful;
    case -1: return Feedback::NotUseful;
    case 2: return Feedback::Applied;
    case -2: return Feedback::Dismissed;
    default: return std::nullopt;
    }
}

namespace {

// Two 64-bit hashes with different seeds of what makes a suggestion itself: 32 hex digits.
template <typename Hash>
std::string suggestionUid(const Suggestion& suggestion, const std::vector<std::string>& analysisUids,
                          const std::optional<std::string>& genre, const std::optional<double>& tempoBpm)
{
    // The tempo to a tenth of a BPM, as the engine uses and shows it.
    const std::string context = genre.value_or("*") + "|" + (tempoBpm ? std::to_string(std::llround(*tempoBpm * 10.0)) : "*");
    auto hash = [&](std::uint64_t seed) {
        Hash h(seed);
        h.updateU64(static_cast<std::uint64_t>(SuggestionEngine::kVersion));
        h.updateU64(suggestion.key.size());
        h.update(suggestion.key.data(), suggestion.key.size());
        h.updateU64(context.size());
        h.update(context.data(), context.size());
        for (const std::string& uid : analysisUids) {
            h.updateU64(uid.size());
            h.update(uid.data(), uid.size());
        }
        return h.digest();
    };
    return std::string(toHex(hash(0x5u)).data()) + toHex(hash(0x9e3779b97f4a7c15u)).data();
}

}  // namespace

std::string SuggestionRepository::uidFor(const Suggestion& suggestion, const std::vector<std::string>& analysisUids,
                                         const std::optional<std::string>& genre, const std::optional<double>& tempoBpm)
{
    return suggestionUid<Hash64>(suggestion, analysisUids, genre, tempoBpm);
}

std::string SuggestionRepository::legacyUidFor(const Suggestion& suggestion, const std::vector<std::string>& analysisUids,
                                               const std::optional<std::string>& genre, const std::optional<double>& tempoBpm)
{
    return suggestionUid<LegacyHash64>(suggestion, analysisUids, genre, tempoBpm);
}

bool SuggestionRepository::store(Suggestion& suggestion, std::int64_t analysisId, const std::vector<std::string>& analysisUids,
                                 const std::optional<std::string>& genre, const std::optional<double>& tempoBpm,
                                 const std::string& createdAt)
{
    suggestion.uid = uidFor(suggestion, analysisUids, genre, tempoBpm);
    // Uids are kept as stored (exports and imports match them), so a suggestion stored before
    // schema version 7 keeps its legacy uid and is found by it.
    Statement find = m_db.prepare("SELECT id, uid FROM suggestions WHERE uid IN (?1, ?2) ORDER BY uid = ?1 DESC LIMIT 1");
    find.bind(1, suggestion.uid).bind(2, legacyUidFor(suggestion, analysisUids, genre, tempoBpm));
    if (find.step()) {
        suggestion.storeId = find.columnInt(0);
        suggestion.uid = find.columnText(1);
        return false;
    }
    nlohmann::ordered_json json = suggestionToJson(suggestion, SuggestionTexts::Include);
    json.erase("id");
    json["genre"] = genre ? nlohmann::ordered_json(*genre) : nlohmann::ordered_json();
    m_db.prepare("INSERT INTO suggestions (uid, analysis_id, code, message, parameters_json, engine_version, created_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, suggestion.uid)
        .bind(2, analysisId)
        .bind(3, suggestion.rule)
        .bind(4, suggestion.title)
        .bind(5, jsonvalues::dump(json, -1))
        .bind(6, SuggestionEngine::kVersion)
        .bind(7, createdAt)
        .run();
    suggestion.storeId = m_db.lastInsertId();
    return true;
}

std::optional<StoredSuggestion> SuggestionRepository::select(const char* where, const std::string& value)
{
    Statement s = m_db.prepare(std::string(kSuggestionSelect) + where);
    s.bind(1, value);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

std::optional<StoredSuggestion> SuggestionRepository::byId(std::int64_t id)
{
    Statement s = m_db.prepare(std::string(kSuggestionSelect) + "WHERE s.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

std::vector<StoredSuggestion> SuggestionRepository::ofAnalysis(std::int64_t analysisId)
{
    Statement s = m_db.prepare(std::string(kSuggestionSelect) + "WHERE s.analysis_id = ?1 ORDER BY s.id");
    s.bind(1, analysisId);
    std::vector<StoredSuggestion> out;
    while (s.step())
        out.push_back(read(s));
    return out;
}

std::optional<std::string> SuggestionRepository::analysisUid(std::int64_t analysisId)
{
    Statement s = m_db.prepare("SELECT uid FROM analyses WHERE id = ?1");
    s.bind(1, analysisId);
    if (!s.step())
        return std::nullopt;
    return s.columnText(0);
}

std::optional<std::string> SuggestionRepository::projectOf(std::int64_t analysisId)
{
    Statement s = m_db.prepare("SELECT t.session_id FROM analyses a JOIN tracks t ON t.id = a.track_id WHERE a.id = ?1");
    s.bind(1, analysisId);
    if (!s.step())
        return std::nullopt;
    return "session:" + std::to_string(s.columnInt(0));
}

std::optional<StoredSuggestion> SuggestionRepository::byUid(const std::string& uid)
{
    return select("WHERE s.uid = ?1", uid);
}

RatingRecord SuggestionRepository::addRating(std::int64_t suggestionId, Feedback feedback, const std::string& ratedAt,
                                             bool afterListening)
{
    RatingRecord r{0, newUid(), suggestionId, feedback, ratedAt, afterListening};
    m_db.prepare("INSERT INTO ratings (uid, suggestion_id, rating, rated_at, after_listening) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, r.uid)
        .bind(2, suggestionId)
        .bind(3, ratingCode(feedback))
        .bind(4, ratedAt)
        .bind(5, afterListening ? 1 : 0)
        .run();
    r.id = m_db.lastInsertId();
    return r;
}

std::vector<RatingRecord> SuggestionRepository::ratingsOf(std::int64_t suggestionId)
{
    Statement s = m_db.prepare(
        "SELECT id, uid, suggestion_id, rating, rated_at, after_listening FROM ratings WHERE suggestion_id = ?1 "
        "ORDER BY rated_at, id");
    s.bind(1, suggestionId);
    std::vector<RatingRecord> out;
    while (s.step())
        out.push_back(readRating(s));
    return out;
}

std::optional<RatingRecord> SuggestionRepository::ratingByUid(const std::string& uid)
{
    Statement s =
        m_db.prepare("SELECT id, uid, suggestion_id, rating, rated_at, after_listening FROM ratings WHERE uid = ?1");
    s.bind(1, uid);
    if (!s.step())
        return std::nullopt;
    return readRating(s);
}

bool SuggestionRepository::withdrawRating(const std::string& uid, const std::string& at)
{
    if (!ratingByUid(uid))
        return false;
    // The record first: the trigger lets a rating go only once its uid is recorded withdrawn.
    m_db.prepare("INSERT OR REPLACE INTO rating_withdrawals (rating_uid, withdrawn_at) VALUES (?1, ?2)")
        .bind(1, uid)
        .bind(2, at)
        .run();
    m_db.prepare("DELETE FROM ratings WHERE uid = ?1").bind(1, uid).run();
    return true;
}

bool SuggestionRepository::ratingWithdrawn(const std::string& uid)
{
    Statement s = m_db.prepare("SELECT 1 FROM rating_withdrawals WHERE rating_uid = ?1");
    s.bind(1, uid);
    return s.step();
}

std::vector<SuggestionRepository::Applied> SuggestionRepository::appliedBefore(std::int64_t analysisId, const std::string& since)
{
    Statement s = m_db.prepare(std::string(kSuggestionSelect) + R"sql(
        JOIN analyses a ON a.id = s.analysis_id
        WHERE a.track_id = (SELECT track_id FROM analyses WHERE id = ?1) AND a.id < ?1
          AND EXISTS (SELECT 1 FROM ratings r WHERE r.suggestion_id = s.id AND r.rating = 2 AND r.rated_at >= ?2)
        ORDER BY s.id)sql");
    s.bind(1, analysisId).bind(2, since);
    std::vector<Applied> out;
    while (s.step()) {
        Applied a{read(s), {}};
        for (const RatingRecord& r : ratingsOf(a.suggestion.id))
            if (r.feedback == Feedback::Applied && r.ratedAt >= since)
                a.rating = r;
        out.push_back(std::move(a));
    }
    return out;
}

LearnedModel LearnedStateRepository::load()
{
    Statement s = m_db.prepare("SELECT value_json FROM model_state WHERE key = ?1");
    s.bind(1, kKey);
    if (!s.step())
        return {};
    auto model = LearnedModel::fromJson(s.columnText(0));
    if (!model)
        throw std::runtime_error("the stored learned model cannot be read: " + model.error().message);
    return std::move(model.value());
}

void LearnedStateRepository::save(const LearnedModel& model)
{
    m_db.prepare("INSERT INTO model_state (key, value_json, version, updated_at) VALUES (?1, ?2, 1, ?3) "
                 "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at")
        .bind(1, kKey)
        .bind(2, model.toJson())
        .bind(3, utcNowIso8601())
        .run();
}

}  // namespace stemwise::core
