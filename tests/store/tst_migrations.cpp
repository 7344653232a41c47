// The schema's life: every earlier version (frozen in tests/data/store-schema-v<N>.sql)
// migrates to the latest and then equals a fresh database with its rows intact; a newer
// database is refused and left byte for byte as it was; a damaged or non-SQLite file is set
// aside under a new name, never deleted, and a fresh database can start in its place.
#include "pcm16wav.h"

#include "store/analysisrepository.h"
#include "store/analysiscache.h"
#include "store/contenthash.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/referencerepository.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "store/trackrepository.h"
#include "workflow/storedanalysis.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>
#include <fstream>
#include <map>
#include <thread>

using namespace stemwise;

namespace {

std::string readText(const std::filesystem::path& path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

std::filesystem::path fixture(int version)
{
    return std::filesystem::path(STEMWISE_SOURCE_DIR) / "tests" / "data"
           / ("store-schema-v" + std::to_string(version) + ".sql");
}

// SQL without comments and layout: SQLite keeps CREATE statements as written, so two
// schemas compare equal when they say the same thing however it was spaced.
std::string normalisedSql(const std::string& sql)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n')
                ++i;
            space = true;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = true;
            continue;
        }
        const bool punctuation = c == '(' || c == ')' || c == ',';
        if (space && !out.empty() && !punctuation && out.back() != '(' && out.back() != ',')
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// The schema as text to compare: every table, index and trigger.
std::map<std::string, std::string> schemaOf(core::Database& db)
{
    std::map<std::string, std::string> out;
    core::Statement s = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    while (s.step())
        out[s.columnText(0) + " " + s.columnText(1)] = normalisedSql(s.columnText(2));
    return out;
}

QString describeDifference(const std::map<std::string, std::string>& a, const std::map<std::string, std::string>& b)
{
    for (const auto& [name, sql] : a) {
        const auto it = b.find(name);
        if (it == b.end())
            return QStringLiteral("only in the first: %1").arg(QString::fromStdString(name));
        if (it->second != sql)
            return QStringLiteral("%1 differs:\n  %2\n  %3").arg(QString::fromStdString(name), QString::fromStdString(sql),
                                                                 QString::fromStdString(it->second));
    }
    for (const auto& [name, sql] : b)
        if (a.find(name) == a.end())
            return QStringLiteral("only in the second: %1").arg(QString::fromStdString(name));
    return {};
}

core::Database databaseFromFixture(const std::filesystem::path& path, int version)
{
    core::Database db = core::Database::open(path);
    db.exec(readText(fixture(version)));
    return db;
}

}  // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void migrationsAreNumberedInOrderAndDescribed();
    void fixturesAreWhatEachVersionCreated_data();
    void fixturesAreWhatEachVersionCreated();
    void everyEarlierVersionMigratesToTheLatest_data();
    void everyEarlierVersionMigratesToTheLatest();
    void freshDatabaseUsesWalAndForeignKeys();
    void connectionsOpeningAtOnceMigrateOnce();
    void newerDatabaseIsRefusedAndLeftUntouched();
    void damagedFileIsSetAsideNeverDeleted_data();
    void damagedFileIsSetAsideNeverDeleted();
    void fileThatIsNoDatabaseIsRefusedUntouched_data();
    void fileThatIsNoDatabaseIsRefusedUntouched();
    void filesOfOneNameMergedBeforeVersion6AreParted();
    void onlyTheUserDeletesAHistoryEntry();
    void version6HashesAreMarkedThenReKeyedWhenTheirFileIsSeenAgain();
    void version7RatingsReadUnmarkedAndNewOnesCanBeMarked();
    void version9ReferencesReadUnratedAndCanBeRated();
};

void TestMigrations::migrationsAreNumberedInOrderAndDescribed()
{
    int expected = 1;
    for (const core::Migration& m : core::migrations()) {
        QCOMPARE(m.version, expected++);
        QVERIFY(std::string_view(m.description).size() > 10);
    }
    QCOMPARE(core::latestSchemaVersion(), expected - 1);
}

void TestMigrations::fixturesAreWhatEachVersionCreated_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < core::latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::fixturesAreWhatEachVersionCreated()
{
    // A migration edited after release would make old databases differ from new ones; this
    // compares each frozen fixture with what today's migrations 1..N create.
    QFETCH(int, version);
    QVERIFY2(std::filesystem::exists(fixture(version)), "every earlier version needs its fixture in tests/data");
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    core::Database fromFixture = databaseFromFixture(root / "fixture.sqlite", version);
    core::Database fresh = core::Database::open(root / "fresh.sqlite");
    core::migrate(fresh, version);
    QCOMPARE(fromFixture.queryInt("PRAGMA user_version"), std::int64_t(version));
    QCOMPARE(describeDifference(schemaOf(fromFixture), schemaOf(fresh)), QString());
}

void TestMigrations::everyEarlierVersionMigratesToTheLatest_data()
{
    fixturesAreWhatEachVersionCreated_data();
}

void TestMigrations::everyEarlierVersionMigratesToTheLatest()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    { auto db = databaseFromFixture(root / "old.sqlite", version); }
    auto opened = core::Store::open(root / "old.sqlite");
    QVERIFY2(opened.store, opened.error ? opened.error->message.c_str() : "");
    QCOMPARE(opened.store->openedAtVersion(), version);
    QCOMPARE(opened.store->db().queryInt("PRAGMA user_version"), std::int64_t(core::latestSchemaVersion()));

    auto fresh = core::Store::open(root / "fresh.sqlite");
    QVERIFY(fresh.store);
    QCOMPARE(describeDifference(schemaOf(opened.store->db()), schemaOf(fresh.store->db())), QString());

    // The rows survive, readable by today's code.
    core::Database& db = opened.store->db();
    QCOMPARE(db.queryText("PRAGMA integrity_check"), std::string("ok"));
    QCOMPARE(db.queryText("PRAGMA foreign_key_check"), std::string());
    const auto history = core::AnalysisRepository(db).historyOf(1);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history[0].uid, std::string("0123456789abcdef0123456789abcdef"));
    QCOMPARE(*history[0].profile.loudness.integratedLufs, -18.5);
    QCOMPARE(*history[0].profile.tonal.key, std::string("A minor"));
    const core::CacheStats stats = core::AnalysisCache(db).stats();
    if (version >= 2) {
        QCOMPARE(stats.hits, std::int64_t(3));
        QCOMPARE(stats.entries, std::int64_t(1));
    } else {
        QCOMPARE(stats.hits + stats.misses, std::int64_t(0));
    }
    if (version >= 3) {
        QCOMPARE(db.queryInt("SELECT count(*) FROM suggestions"), std::int64_t(1));
        QCOMPARE(db.queryInt("SELECT count(*) FROM ratings"), std::int64_t(1));
    }
    // The reference library (v4) starts empty and takes a reference to the migrated session.
    core::ReferenceRepository references(db);
    QVERIFY(references.list().empty());
    core::TrackProfile reference = history[0].profile;
    reference.name = "Reference";
    const auto id = references.add(reference, "00000000000000ff", " Pop ", std::int64_t(1));
    QCOMPARE(references.list(std::int64_t(1), std::string("pop")).size(), std::size_t(1));
    QCOMPARE(*references.byId(id)->profile.loudness.integratedLufs, -18.5);
}

void TestMigrations::freshDatabaseUsesWalAndForeignKeys()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(std::filesystem::path(dir.path().toStdString()) / "new.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    QCOMPARE(db.queryText("PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(db.queryInt("PRAGMA foreign_keys"), std::int64_t(1));
    QCOMPARE(db.queryInt("PRAGMA synchronous"), std::int64_t(1));  // NORMAL
    QVERIFY(db.queryInt("PRAGMA busy_timeout") >= 1000);
    QCOMPARE(opened.store->openedAtVersion(), 0);
}

void TestMigrations::connectionsOpeningAtOnceMigrateOnce()
{
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "shared.sqlite";
    std::vector<std::string> errors(6);
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < errors.size(); ++i)
            threads.emplace_back([&errors, &path, i] {
                auto opened = core::Store::open(path);
                if (!opened.store)
                    errors[i] = opened.error->message;
            });
    }
    for (const auto& e : errors)
        QCOMPARE(QString::fromStdString(e), QString());
    auto opened = core::Store::open(path);
    QCOMPARE(opened.store->db().queryInt("SELECT count(*) FROM cache_stats"), std::int64_t(1));
}

void TestMigrations::newerDatabaseIsRefusedAndLeftUntouched()
{
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "future.sqlite";
    {
        core::Database db = core::Database::open(path);
        db.exec("CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (42);");
        db.exec("PRAGMA user_version = " + std::to_string(core::latestSchemaVersion() + 1));
    }
    const std::string before = readText(path);
    auto opened = core::Store::open(path);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error->kind, core::StoreOpenError::Kind::Newer);
    const QString message = QString::fromStdString(opened.error->message);
    QVERIFY2(message.contains(QString::fromStdString(path.string())) && message.contains(QStringLiteral("newer"))
                 && message.contains(QString::number(core::latestSchemaVersion() + 1)),
             qPrintable(message));
    QCOMPARE(readText(path), before);
    QVERIFY(!std::filesystem::exists(path.string() + "-wal"));
}

void TestMigrations::damagedFileIsSetAsideNeverDeleted_data()
{
    // Only a damaged Stemwise database is set aside (issue 15: a stem or a JSON file named by
    // --db was moved away from its name); files that are no database are refused, below.
    QTest::addColumn<QByteArray>("damage");
    QTest::newRow("a database with its header overwritten") << QByteArray("header");
}

void TestMigrations::fileThatIsNoDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("looksLike");
    QTest::newRow("notes") << QByteArray("these are my notes, not a database\n") << QStringLiteral("a text file");
    QTest::newRow("a WAV file") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QStringLiteral("an audio file");
    QTest::newRow("a JSON report") << QByteArray("{\"schema\": \"stemwise.analysis/1\"}") << QStringLiteral("a JSON document");
}

void TestMigrations::fileThatIsNoDatabaseIsRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, looksLike);
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "mine.wav";
    std::ofstream(path, std::ios::binary) << content.toStdString();
    for (const bool readOnly : {false, true}) {
        auto opened = core::Store::open(path, {readOnly, nullptr});
        QVERIFY(!opened.store);
        QCOMPARE(opened.error->kind, core::StoreOpenError::Kind::NotStemwise);
        const QString message = QString::fromStdString(opened.error->message);
        QVERIFY2(message.contains(QStringLiteral("is not a Stemwise database (it looks like %1); it was left untouched").arg(looksLike)),
                 qPrintable(message));
        QCOMPARE(QByteArray::fromStdString(readText(path)), content);
        QCOMPARE(std::distance(std::filesystem::directory_iterator(dir.path().toStdString()), {}), 1);
    }
}

void TestMigrations::filesOfOneNameMergedBeforeVersion6AreParted()
{
    // Versions 1..5 keyed tracks by the name before the extension: Lead Vocal.flac's analysis
    // sits in Lead Vocal.wav's track (the v5 fixture). Version 6 parts them.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    { auto db = databaseFromFixture(root / "old.sqlite", 5); }
    auto opened = core::Store::open(root / "old.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    QCOMPARE(db.queryText("PRAGMA foreign_key_check"), std::string());
    core::TrackRepository tracks(db);
    const auto wav = tracks.find(1, "Lead Vocal.wav");
    const auto flac = tracks.find(1, "Lead Vocal.flac");
    QVERIFY(wav && flac);
    QCOMPARE(wav->id, std::int64_t{1});  // the track keeps its id (and its suggestions' place)
    QCOMPARE(flac->type, std::optional<std::string>("vocals"));
    core::AnalysisRepository analyses(db);
    const auto ofWav = analyses.historyOf(wav->id);
    const auto ofFlac = analyses.historyOf(flac->id);
    QCOMPARE(ofWav.size(), std::size_t{1});
    QCOMPARE(ofFlac.size(), std::size_t{1});
    QCOMPARE(ofWav[0].filePath, std::string("/music/session-a/Lead Vocal.wav"));
    QCOMPARE(ofFlac[0].filePath, std::string("/music/session-a/Lead Vocal.flac"));
    QCOMPARE(db.queryInt("SELECT analysis_id FROM suggestions WHERE id = 1"), ofWav[0].id);
    // "Lead Vocal" still finds both, each with its own history.
    QCOMPARE(tracks.findByName("lead vocal").size(), std::size_t{2});
    QCOMPARE(tracks.findByName("Lead Vocal.flac").size(), std::size_t{1});
}

void TestMigrations::onlyTheUserDeletesAHistoryEntry()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    { auto db = databaseFromFixture(root / "old.sqlite", 5); }
    auto opened = core::Store::open(root / "old.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    // Nothing deletes history by accident: the triggers still refuse a plain DELETE.
    QVERIFY_THROWS_EXCEPTION(core::SqliteError, db.exec("DELETE FROM ratings WHERE id = 1"));
    QVERIFY_THROWS_EXCEPTION(core::SqliteError, db.exec("DELETE FROM analyses WHERE id = 2"));
    core::AnalysisRepository analyses(db);
    {
        core::Transaction transaction(db);
        const auto removed = analyses.removeByUser(1, "2026-01-01T00:00:00.000Z");
        QVERIFY(removed);
        QCOMPARE(removed->suggestions, std::int64_t{1});
        QCOMPARE(removed->ratings, std::int64_t{1});
        transaction.commit();
    }
    QVERIFY(!analyses.byId(1));
    QVERIFY(analyses.byId(2));
    QVERIFY(analyses.deletedByUser("0123456789abcdef0123456789abcdef"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM suggestions"), std::int64_t{0});
    QCOMPARE(db.queryText("PRAGMA foreign_key_check"), std::string());
}

void TestMigrations::damagedFileIsSetAsideNeverDeleted()
{
    QFETCH(QByteArray, damage);
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "stemwise.sqlite";
    std::string original;
    if (damage == "header") {
        { auto db = core::Store::open(path); }
        original = readText(path);
        original.replace(0, 16, "NOT SQLITE AT ALL");  // the magic string SQLite checks
        original.resize(original.size() - 1);
    } else {
        original = damage.toStdString();
    }
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
    std::ofstream(path, std::ios::binary) << original;

    auto opened = core::Store::open(path);
    QVERIFY(!opened.store);
    QCOMPARE(opened.error->kind, core::StoreOpenError::Kind::Damaged);
    const auto keptAs = opened.error->keptAs;
    const QString message = QString::fromStdString(opened.error->message);
    QVERIFY2(message.contains(QString::fromStdString(path.string())) && message.contains(QString::fromStdString(keptAs.string())),
             qPrintable(message));
    QVERIFY(keptAs.filename().string().starts_with("stemwise.sqlite.damaged-"));
    QCOMPARE(readText(keptAs), original);  // kept, byte for byte
    QVERIFY(!std::filesystem::exists(path));

    auto fresh = core::Store::open(path);
    QVERIFY(fresh.store);
    QCOMPARE(fresh.store->schemaVersion(), core::latestSchemaVersion());
    QCOMPARE(readText(keptAs), original);
}

void TestMigrations::version6HashesAreMarkedThenReKeyedWhenTheirFileIsSeenAgain()
{
    // A version 6 database holds hashes of the hand-written hash. Lead Vocal.wav is on disk
    // (the audio whose version 6 hash the fixture holds); Lead Vocal.flac is gone.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const std::filesystem::path folder = root / "session-a";
    std::filesystem::create_directories(folder);
    const std::filesystem::path wav = folder / "Lead Vocal.wav";
    QVERIFY(test::writePcm16Wav(wav, test::pinnedPcm16()));
    const core::SessionAnalysisOptions options;
    {
        auto db = databaseFromFixture(root / "old.sqlite", 6);
        // The fixture's session is this folder, analysed by today's analyzers and settings
        // (the fixture's own are older and would miss the cache whatever the hash).
        db.prepare("UPDATE sessions SET key = ?1 WHERE id = 1").bind(1, folder.string()).run();
        db.prepare("UPDATE analyses SET file_path = ?1 || substr(file_path, length('/music/session-a') + 1), "
                   "analyzer_versions = ?2, settings = ?3")
            .bind(1, folder.string()).bind(2, core::currentAnalyzerVersionsKey()).bind(3, core::analysisSettingsKey(options))
            .run();
        db.prepare("UPDATE analysis_cache SET analyzer_versions = ?1, settings = ?2")
            .bind(1, core::currentAnalyzerVersionsKey()).bind(2, core::analysisSettingsKey(options)).run();
        db.exec("INSERT INTO reference_tracks (session_id, name, genre, content_hash, profile_json, added_at) "
                "SELECT NULL, 'Lead Vocal', 'pop', content_hash, profile_json, analysed_at FROM analyses WHERE id = 1");
    }
    {
        auto opened = core::Store::open(root / "old.sqlite");
        QVERIFY(opened.store);
        QCOMPARE(opened.store->openedAtVersion(), 6);
        core::Database& db = opened.store->db();
        // Marked, not lost: every row keeps its hash, as the old algorithm's.
        QCOMPARE(db.queryText("SELECT group_concat(content_hash, ' ') FROM (SELECT content_hash FROM analyses ORDER BY id)"),
                 std::string("hash64:74955d13dce974d7 hash64:99887766aabbccdd"));
        QCOMPARE(db.queryText("SELECT content_hash FROM analysis_cache"), std::string("hash64:74955d13dce974d7"));
        QCOMPARE(db.queryText("SELECT content_hash FROM reference_tracks"), std::string("hash64:74955d13dce974d7"));
        QVERIFY(core::hasLegacyContentHashes(db));
        QCOMPARE(db.queryInt("SELECT count(*) FROM analyses"), std::int64_t(2));
        QCOMPARE(db.queryInt("SELECT count(*) FROM suggestions"), std::int64_t(1));
        QCOMPARE(db.queryInt("SELECT count(*) FROM ratings"), std::int64_t(1));
    }
    const auto xxh3 = core::hashAudioContent(wav);
    QVERIFY(xxh3);
    QCOMPARE(QString::fromStdString(xxh3.value().hex), QStringLiteral("566d62578071da59"));

    // Seen again: the cache entry is found under its XXH3 hash (the fixture's profile comes
    // back, -18.5 LUFS, not a new measurement of this file), and the history has no new entry.
    const core::StoreTarget target{root / "old.sqlite", std::nullopt};
    for (int run = 0; run < 2; ++run) {
        const auto results = core::analyzeFilesStored({wav}, options, target);
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(results[0].storeError), QString());
        QVERIFY2(results[0].fromCache, qPrintable(QStringLiteral("run %1").arg(run)));
        QVERIFY(!results[0].newHistoryEntry);
        QCOMPARE(results[0].historyId, std::optional<std::int64_t>(1));
        QCOMPARE(*results[0].analysis.profile->loudness.integratedLufs, -18.5);
    }
    auto opened = core::Store::open(root / "old.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    QCOMPARE(db.queryText("SELECT group_concat(content_hash, ' ') FROM (SELECT content_hash FROM analyses ORDER BY id)"),
             std::string("566d62578071da59 hash64:99887766aabbccdd"));
    QCOMPARE(db.queryText("SELECT content_hash FROM analysis_cache"), std::string("566d62578071da59"));
    QCOMPARE(db.queryText("SELECT content_hash FROM reference_tracks"), std::string("566d62578071da59"));
    QCOMPARE(db.queryInt("SELECT hits FROM analysis_cache"), std::int64_t(5));  // 3 before, 2 now
    // The file that is gone keeps its marked hash and its history; it still reads.
    QVERIFY(core::hasLegacyContentHashes(db));
    const auto flac = core::AnalysisRepository(db).byId(2);
    QVERIFY(flac);
    QCOMPARE(flac->contentHash, std::string("hash64:99887766aabbccdd"));
    QCOMPARE(*flac->profile.tonal.key, std::string("A minor"));
    QCOMPARE(db.queryText("PRAGMA integrity_check"), std::string("ok"));
    QCOMPARE(db.queryText("PRAGMA foreign_key_check"), std::string());
}

void TestMigrations::version7RatingsReadUnmarkedAndNewOnesCanBeMarked()
{
    // Migration 8 adds ratings.after_listening: the rating stored at version 7 was not given
    // "after listening" as far as anyone knows (0); a new one is stored marked or not as said,
    // and the column takes nothing but 0 and 1.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    { auto db = databaseFromFixture(root / "v7.sqlite", 7); }
    auto opened = core::Store::open(root / "v7.sqlite");
    QVERIFY(opened.store);
    QCOMPARE(opened.store->openedAtVersion(), 7);
    core::Database& db = opened.store->db();
    core::SuggestionRepository suggestions(db);
    auto ratings = suggestions.ratingsOf(1);
    QCOMPARE(ratings.size(), std::size_t(1));
    QCOMPARE(ratings[0].uid, std::string("00112233445566778899aabbccddeeff"));
    QVERIFY(!ratings[0].afterListening);
    const auto heard = suggestions.addRating(1, core::Feedback::Dismissed, "2024-06-01T10:00:00.000Z", true);
    const auto read = suggestions.addRating(1, core::Feedback::Useful, "2024-06-02T10:00:00.000Z");
    QVERIFY(heard.afterListening && !read.afterListening);
    ratings = suggestions.ratingsOf(1);
    QCOMPARE(ratings.size(), std::size_t(3));
    QVERIFY(ratings[1].afterListening);
    QCOMPARE(ratings[1].feedback, core::Feedback::Dismissed);
    QVERIFY(!ratings[2].afterListening);
    QVERIFY_THROWS_EXCEPTION(core::SqliteError,
                             db.exec("INSERT INTO ratings (uid, suggestion_id, rating, rated_at, after_listening) "
                                     "VALUES ('x', 1, 1, '2024-06-03T10:00:00.000Z', 2)"));
}

void TestMigrations::version9ReferencesReadUnratedAndCanBeRated()
{
    // Migration 10 adds reference_tracks.rating: a reference stored at version 9 reads as not
    // rated (0); a rating is stored and read back, kept when the same content is added again,
    // written by restore() (an import, an undo), and the column takes nothing but -1, 0 and 1.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    {
        auto db = databaseFromFixture(root / "v9.sqlite", 9);
        db.exec("INSERT INTO reference_tracks (session_id, name, genre, content_hash, profile_json, added_at) "
                "VALUES (NULL, 'Record', 'pop', '566d62578071da59', '{}', '2024-06-01T10:00:00.000Z')");
    }
    auto opened = core::Store::open(root / "v9.sqlite");
    QVERIFY2(opened.store, opened.error ? opened.error->message.c_str() : "");
    QCOMPARE(opened.store->openedAtVersion(), 9);
    core::Database& db = opened.store->db();
    core::ReferenceRepository references(db);
    QCOMPARE(db.queryInt("SELECT rating FROM reference_tracks"), std::int64_t(0));
    const std::int64_t id = db.queryInt("SELECT id FROM reference_tracks");
    QVERIFY(references.setRating(id, core::kReferenceSoundIWant));
    QVERIFY(!references.setRating(id + 100, core::kReferenceSoundIWant));
    QCOMPARE(db.queryInt("SELECT rating FROM reference_tracks"), std::int64_t(1));
    core::TrackProfile profile;
    profile.name = "Record again";
    references.add(profile, "566d62578071da59", "rock");
    QCOMPARE(db.queryInt("SELECT rating FROM reference_tracks"), std::int64_t(1));
    core::ReferenceTrack other{0, std::nullopt, "Other", "pop", "0011223344556677", "2024-06-02T10:00:00.000Z", profile,
                               core::kReferenceNotMyStyle};
    QVERIFY(references.restore(other));
    QCOMPARE(db.queryInt("SELECT rating FROM reference_tracks WHERE content_hash = '0011223344556677'"), std::int64_t(-1));
    QVERIFY_THROWS_EXCEPTION(core::SqliteError, db.exec("UPDATE reference_tracks SET rating = 2"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
