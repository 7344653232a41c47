#include "store/analysisrepository.h"

#include "analysis/figures.h"
#include "json/profilejson.h"
#include "store/database.h"
#include "store/hash64.h"

#include <array>
#include <random>
#include <stdexcept>

namespace stemwise::core {

namespace {

constexpr const char* kAnalysisSelect =
    "SELECT id, uid, track_id, analysed_at, origin, content_hash, file_path, file_size_bytes, file_mtime_ns, "
    "analyzer_versions, settings, profile_json FROM analyses ";

AnalysisEntry readEntry(const Statement& s)
{
    AnalysisEntry e;
    e.id = s.columnInt(0);
    e.uid = s.columnText(1);
    e.trackId = s.columnInt(2);
    e.analysedAt = s.columnText(3);
    e.origin = s.columnText(4);
    e.contentHash = s.columnText(5);
    e.filePath = s.columnText(6);
    e.fileSizeBytes = s.columnInt(7);
    if (!s.isNull(8))
        e.fileMtimeNs = s.columnInt(8);
    e.analyzerVersions = s.columnText(9);
    e.settings = s.columnText(10);
    auto profile = profileFromText(s.columnText(11));
    if (!profile)
        throw std::runtime_error("stored analysis " + e.uid + " has an unreadable profile: " + profile.error().message);
    e.profile = std::move(profile.value());
    return e;
}

}  // namespace

std::filesystem::path storedFilePath(const std::filesystem::path& path)
{
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec);
    return ec ? path : absolute.lexically_normal();
}

std::string newUid()
{
    // Seeded once per thread from the OS; 128 bits, so two databases never mint the same uid.
    thread_local std::mt19937_64 engine = [] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), device(), device(), device(), device(), device()};
        return std::mt19937_64(seed);
    }();
    const auto a = toHex(engine());
    const auto b = toHex(engine());
    return std::string(a.data()) + b.data();
}

std::int64_t AnalysisRepository::insert(const AnalysisEntry& e)
{
    // The entry and its figures go in together, inside the caller's transaction or not.
    m_db.exec("SAVEPOINT analysis_insert");
    try {
        const std::int64_t id = insertRows(e);
        m_db.exec("RELEASE analysis_insert");
        return id;
    } catch (...) {
        try {
            m_db.exec("ROLLBACK TO analysis_insert");
            m_db.exec("RELEASE analysis_insert");
        } catch (const SqliteError&) {
        }
        throw;
    }
}

std::int64_t AnalysisRepository::insertRows(const AnalysisEntry& e)
{
    std::string columns = "uid, track_id, analysed_at, origin, content_hash, file_path, file_size_bytes, "
                          "file_mtime_ns, analyzer_versions, settings, type, sample_rate_hz, channels, "
                          "musical_key, issue_count, profile_json";
    std::string values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16";
    Statement s = m_db.prepare("INSERT INTO analyses (" + columns + ") VALUES (" + values + ")");
    const TrackProfile& p = e.profile;
    s.bind(1, e.uid.empty() ? newUid() : e.uid)
        .bind(2, e.trackId)
        .bind(3, e.analysedAt)
        .bind(4, e.origin)
        .bind(5, e.contentHash)
        .bind(6, e.filePath)
        .bind(7, e.fileSizeBytes);
    if (e.fileMtimeNs)
        s.bind(8, *e.fileMtimeNs);
    s.bind(9, e.analyzerVersions)
        .bind(10, e.settings)
        .bind(11, p.type)
        .bind(12, p.file.format.sampleRateHz)
        .bind(13, p.file.format.channels)
        .bind(14, p.tonal.key)
        .bind(15, static_cast<std::int64_t>(p.issues.size()))
        .bind(16, profileToStoreText(p));
    s.run();
    const std::int64_t id = m_db.lastInsertId();
    Statement figure = m_db.prepare("INSERT INTO analysis_figures (analysis_id, key, value) VALUES (?1, ?2, ?3)");
    for (const Figure* f : figuresWith(FigureRole::History))
        figure.bind(1, id).bind(2, f->key).bind(3, f->get(p)).run();
    return id;
}

AnalysisRepository::Appended AnalysisRepository::appendIfChanged(const AnalysisEntry& e)
{
    Statement latest = m_db.prepare(
        "SELECT id, content_hash, analyzer_versions, settings FROM analyses WHERE track_id = ?1 ORDER BY analysed_at DESC, id DESC LIMIT 1");
    latest.bind(1, e.trackId);
    if (latest.step() && latest.columnText(1) == e.contentHash && latest.columnText(2) == e.analyzerVersions
        && latest.columnText(3) == e.settings)
        return {latest.columnInt(0), false};
    return {insert(e), true};
}

std::optional<AnalysisEntry> AnalysisRepository::byId(std::int64_t id)
{
    Statement s = m_db.prepare(std::string(kAnalysisSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readEntry(s);
}

std::optional<AnalysisRepository::Removed> AnalysisRepository::removeByUser(std::int64_t id, const std::string& at)
{
    Statement uid = m_db.prepare("SELECT uid FROM analyses WHERE id = ?1");
    uid.bind(1, id);
    if (!uid.step())
        return std::nullopt;
    const std::string deleted = uid.columnText(0);
    uid.reset();
    m_db.prepare("INSERT OR REPLACE INTO history_deletions (analysis_uid, deleted_at) VALUES (?1, ?2)")
        .bind(1, deleted).bind(2, at).run();
    Removed removed;
    m_db.prepare("DELETE FROM ratings WHERE suggestion_id IN (SELECT id FROM suggestions WHERE analysis_id = ?1)")
        .bind(1, id).run();
    removed.ratings = m_db.changes();
    m_db.prepare("DELETE FROM suggestions WHERE analysis_id = ?1").bind(1, id).run();
    removed.suggestions = m_db.changes();
    m_db.prepare("DELETE FROM analyses WHERE id = ?1").bind(1, id).run();
    return removed;
}

bool AnalysisRepository::deletedByUser(const std::string& uid)
{
    Statement s = m_db.prepare("SELECT 1 FROM history_deletions WHERE analysis_uid = ?1");
    s.bind(1, uid);
    return s.step();
}

bool AnalysisRepository::insertIfAbsent(const AnalysisEntry& e)
{
    Statement found = m_db.prepare("SELECT 1 FROM analyses WHERE uid = ?1");
    found.bind(1, e.uid);
    if (found.step())
        return false;
    insert(e);
    return true;
}

std::vector<AnalysisEntry> AnalysisRepository::historyOf(std::int64_t trackId)
{
    Statement s = m_db.prepare(std::string(kAnalysisSelect) + "WHERE track_id = ?1 ORDER BY analysed_at, id");
    s.bind(1, trackId);
    std::vector<AnalysisEntry> out;
    while (s.step())
        out.push_back(readEntry(s));
    return out;
}

std::optional<AnalysisRepository::Source> AnalysisRepository::latestSourceOf(std::int64_t trackId)
{
    Statement s = m_db.prepare("SELECT file_path, content_hash FROM analyses WHERE track_id = ?1 "
                               "ORDER BY analysed_at DESC, id DESC LIMIT 1");
    s.bind(1, trackId);
    if (!s.step())
        return std::nullopt;
    return Source{s.columnText(0), s.columnText(1)};
}

std::optional<AnalysisEntry> AnalysisRepository::latestOtherThan(std::int64_t trackId, const std::string& contentHash)
{
    Statement s = m_db.prepare(std::string(kAnalysisSelect)
                               + "WHERE track_id = ?1 AND content_hash != ?2 ORDER BY analysed_at DESC, id DESC LIMIT 1");
    s.bind(1, trackId).bind(2, contentHash);
    if (!s.step())
        return std::nullopt;
    return readEntry(s);
}

std::vector<std::int64_t> AnalysisRepository::tracksWithPath(const std::string& path)
{
    Statement s = m_db.prepare("SELECT DISTINCT track_id FROM analyses WHERE file_path = ?1 ORDER BY track_id");
    s.bind(1, path);
    std::vector<std::int64_t> out;
    while (s.step())
        out.push_back(s.columnInt(0));
    return out;
}

std::optional<AnalysisEntry> AnalysisRepository::byUid(const std::string& uid)
{
    Statement s = m_db.prepare(std::string(kAnalysisSelect) + "WHERE uid = ?1");
    s.bind(1, uid);
    if (!s.step())
        return std::nullopt;
    return readEntry(s);
}

std::int64_t AnalysisRepository::count() { return m_db.queryInt("SELECT count(*) FROM analyses"); }

}  // namespace stemwise::core
