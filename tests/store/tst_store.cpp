// The store at work: repositories round-trip through the database, history grows by
// bounce, the cache serves unchanged and renamed files without analysing them, nothing the
// user analysed or rated can be deleted, export and import are lossless and idempotent, and
// a full disk leaves no partial state.
#include "testsignals.h"

#include "json/profilejson.h"
#include "store/analysiscache.h"
#include "store/analysisrepository.h"
#include "store/databaseexport.h"
#include "store/migrations.h"
#include "store/sessionrepository.h"
#include "store/suggestionrepository.h"
#include "store/store.h"
#include "workflow/storedanalysis.h"
#include "store/trackhistory.h"
#include "store/trackrepository.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;

namespace {

std::unique_ptr<core::Store> openStore(const std::filesystem::path& path)
{
    auto opened = core::Store::open(path);
    if (!opened.store)
        qFatal("cannot open %s: %s", path.c_str(), opened.error->message.c_str());
    return std::move(opened.store);
}

std::string writeStem(const std::filesystem::path& path, std::uint64_t seed, double seconds = 1.0)
{
    const auto frames = static_cast<std::size_t>(seconds * 48000);
    auto left = test::sine(110.0 * static_cast<double>(seed % 7 + 1), 0.3, 48000, frames);
    const auto noise = test::whiteNoise(0.05, frames, seed);
    for (std::size_t i = 0; i < frames; ++i)
        left[i] += noise[i];
    return test::writeAudio(path, {left, noise});
}

std::int64_t count(core::Database& db, const char* table)
{
    return db.queryInt(std::string("SELECT count(*) FROM ") + table);
}

core::AnalysisEntry entryFor(std::int64_t trackId, const std::string& hash, double lufs,
                             const std::string& filePath = "/music/a/Bass.wav")
{
    core::AnalysisEntry e;
    e.trackId = trackId;
    e.analysedAt = core::utcNowIso8601();
    e.origin = "analysis";
    e.contentHash = hash;
    e.filePath = filePath;
    e.fileSizeBytes = 1000;
    e.analyzerVersions = R"({"levels":1})";
    e.settings = R"({"block_frames":4096})";
    e.profile.name = "Bass";
    e.profile.file.format = {48000.0, 2, 48000};
    e.profile.loudness.integratedLufs = lufs;
    e.profile.analyzerVersions = {{"levels", 1}};
    return e;
}

// A session with history, a suggestion with two ratings and a learned-model entry. A track
// is a file: each is named by its file name (schema version 6).
void fillForExport(core::Database& db)
{
    core::SessionRepository sessions(db);
    core::TrackRepository tracks(db);
    core::AnalysisRepository analyses(db);
    const auto session = sessions.ensureFolder("/music/a");
    const auto track = tracks.ensure(session.id, "Bass.wav", core::utcNowIso8601());
    tracks.setTypeOverride(track.id, std::string("bass"));
    analyses.appendIfChanged(entryFor(track.id, "00000000000000aa", -20.0));
    const auto second = analyses.appendIfChanged(entryFor(track.id, "00000000000000bb", -18.0));
    const auto set = sessions.ensureSet("Album mix");
    analyses.appendIfChanged(entryFor(tracks.ensure(set.id, "Vox.wav", core::utcNowIso8601()).id, "00000000000000cc", -16.0,
                                      "/music/album/Vox.wav"));
    db.prepare("INSERT INTO suggestions (uid, analysis_id, code, message, parameters_json, created_at) "
               "VALUES ('s1', ?1, 'cut_low_mids', 'Cut 250 Hz by 3 dB', '{\"gain_db\":-3}', '2024-05-01T10:00:00.000Z')")
        .bind(1, second.id).run();
    // r2 was given after listening to the suggestion (schema version 8).
    db.exec("INSERT INTO ratings (uid, suggestion_id, rating, comment, rated_at, after_listening) VALUES "
            "('r1', 1, 1, 'good call', '2024-05-01T10:01:00.000Z', 0), ('r2', 1, -1, NULL, '2024-05-02T10:01:00.000Z', 1);"
            "INSERT INTO model_state (key, value_json, version, updated_at) VALUES "
            "('rule_weights', '{\"cut_low_mids\":1.2}', 1, '2024-05-02T10:02:00.000Z');");
}

std::string withoutExportTime(const std::string& json)
{
    auto doc = nlohmann::ordered_json::parse(json);
    doc.erase("exported_at");
    return doc.dump();
}

}  // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    void sessionsAndTracksAreFoundByNaturalKey();
    void historyGrowsOnlyWhenTheAnalysedContentChanges();
    void analysesSuggestionsAndRatingsCannotBeDeleted();
    void cacheReturnsTheFullProfileAndCountsLookups();
    void cacheClearKeepsHistoryAndRatings();
    void unchangedFilesAreNeverAnalysedTwice();
    void renamedOrMovedFileIsACacheHit();
    void reBounceIsAnalysedAndAddsHistory();
    void typeOverrideAppliesToCachedResults();
    void historyFindsTracksByPathAndByName();
    void exportThenImportTwiceChangesNothingTheSecondTime();
    void invalidImportIsRejectedBeforeAnythingIsWritten_data();
    void invalidImportIsRejectedBeforeAnythingIsWritten();
    void importNeverOverwritesTheUsersOwnData();
    void importOfAnExportBeforeVersion7MarksItsHashes();
    void fullDiskIsAClearErrorAndLeavesNoPartialState();
};

void TestStore::sessionsAndTracksAreFoundByNaturalKey()
{
    QTemporaryDir dir;
    auto store = openStore(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
    core::SessionRepository sessions(store->db());
    const auto a = sessions.ensureFolder("/music/./a/");
    QCOMPARE(a.key, std::string("/music/a"));
    QCOMPARE(a.name, std::string("a"));
    QCOMPARE(sessions.ensureFolder("/music/a").id, a.id);
    const auto set = sessions.ensureSet("Album mix");
    QCOMPARE(set.kind, std::string("set"));
    QVERIFY(set.id != a.id);
    core::TrackRepository tracks(store->db());
    const auto t = tracks.ensure(a.id, "Lead Vocal", core::utcNowIso8601());
    QCOMPARE(tracks.ensure(a.id, "Lead Vocal", core::utcNowIso8601()).id, t.id);
    tracks.setType(t.id, "vocals");
    tracks.setTypeOverride(t.id, std::string("other"));
    const auto back = tracks.byId(t.id).value();
    QCOMPARE(*back.type, std::string("vocals"));
    QCOMPARE(*back.typeOverride, std::string("other"));
    QCOMPARE(tracks.findByName("lead vocal").size(), std::size_t(1));
}

void TestStore::historyGrowsOnlyWhenTheAnalysedContentChanges()
{
    QTemporaryDir dir;
    auto store = openStore(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
    core::Database& db = store->db();
    const auto session = core::SessionRepository(db).ensureFolder("/music/a");
    const auto track = core::TrackRepository(db).ensure(session.id, "Bass", core::utcNowIso8601());
    core::AnalysisRepository history(db);
    const auto first = history.appendIfChanged(entryFor(track.id, "aaaa", -20.0));
    QVERIFY(first.isNew);
    QCOMPARE(history.appendIfChanged(entryFor(track.id, "aaaa", -20.0)).id, first.id);  // reopened
    QVERIFY(history.appendIfChanged(entryFor(track.id, "bbbb", -18.0)).isNew);       // re-bounced
    auto newAnalyzer = entryFor(track.id, "bbbb", -18.1);
    newAnalyzer.analyzerVersions = R"({"levels":2})";
    QVERIFY(history.appendIfChanged(newAnalyzer).isNew);  // a better algorithm
    QVERIFY(history.appendIfChanged(entryFor(track.id, "aaaa", -20.0)).isNew);  // back to the old bounce
    const auto entries = history.historyOf(track.id);
    QCOMPARE(entries.size(), std::size_t(4));
    QCOMPARE(*entries[1].profile.loudness.integratedLufs, -18.0);
    QCOMPARE(entries[0].uid.size(), std::size_t(32));
    QVERIFY(entries[0].uid != entries[1].uid);
    QCOMPARE(db.queryInt("SELECT count(*) FROM analysis_figures WHERE key = 'integrated_lufs' AND value = -18.0"),
             std::int64_t(1));
}

void TestStore::analysesSuggestionsAndRatingsCannotBeDeleted()
{
    QTemporaryDir dir;
    auto store = openStore(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
    core::Database& db = store->db();
    fillForExport(db);
    for (const char* sql : {"DELETE FROM analyses", "DELETE FROM suggestions", "DELETE FROM ratings",
                            "DELETE FROM tracks", "DELETE FROM sessions"}) {
        bool refused = false;
        try {
            db.exec(sql);
        } catch (const core::SqliteError&) {
            refused = true;
        }
        QVERIFY2(refused, sql);
    }
    QCOMPARE(count(db, "analyses"), std::int64_t(3));
    QCOMPARE(count(db, "ratings"), std::int64_t(2));
}

void TestStore::cacheReturnsTheFullProfileAndCountsLookups()
{
    QTemporaryDir dir;
    auto store = openStore(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
    core::AnalysisCache cache(store->db());
    const core::CacheKey key{"1234", R"({"levels":1})", R"({"block_frames":4096})"};
    QVERIFY(!cache.find(key));
    cache.recordLookup(key, false, 100, 2000, 4096);
    auto profile = entryFor(0, "1234", -14.0).profile;
    profile.stereo.width = std::numeric_limits<double>::infinity();
    cache.put(key, profile);
    const auto text = cache.find(key);
    QVERIFY(text);
    QCOMPARE(*text, core::profileToStoreText(profile));
    QCOMPARE(*core::profileFromText(*text).value().stereo.width, std::numeric_limits<double>::infinity());
    QVERIFY(!cache.find({"1234", R"({"levels":2})", key.settings}));  // another analyzer version misses
    cache.recordLookup(key, true, 300, 1000, 4096);
    const auto stats = cache.stats();
    QCOMPARE(stats.hits, std::int64_t(1));
    QCOMPARE(stats.misses, std::int64_t(1));
    QCOMPARE(stats.lookupUsTotal, std::int64_t(400));
    QCOMPARE(stats.lookupUsMax, std::int64_t(300));
    QCOMPARE(stats.hashBytesTotal, std::int64_t(8192));
    QCOMPARE(stats.entries, std::int64_t(1));
    QCOMPARE(store->db().queryInt("SELECT hits FROM analysis_cache"), std::int64_t(1));
}

void TestStore::cacheClearKeepsHistoryAndRatings()
{
    QTemporaryDir dir;
    auto store = openStore(std::filesystem::path(dir.path().toStdString()) / "db.sqlite");
    core::Database& db = store->db();
    fillForExport(db);
    core::AnalysisCache cache(db);
    cache.put({"a", "{}", "{}"}, entryFor(0, "a", -1).profile);
    cache.put({"b", "{}", "{}"}, entryFor(0, "b", -1).profile);
    QCOMPARE(cache.clear(), std::int64_t(2));
    QCOMPARE(cache.stats().entries, std::int64_t(0));
    QCOMPARE(count(db, "analyses"), std::int64_t(3));
    QCOMPARE(count(db, "suggestions"), std::int64_t(1));
    QCOMPARE(count(db, "ratings"), std::int64_t(2));
    QCOMPARE(count(db, "model_state"), std::int64_t(1));
}

void TestStore::unchangedFilesAreNeverAnalysedTwice()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "session");
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < 4; ++i) {
        files.push_back(root / "session" / ("stem" + std::to_string(i) + ".wav"));
        QCOMPARE(QString::fromStdString(writeStem(files.back(), static_cast<std::uint64_t>(i + 1))), QString());
    }
    const core::StoreTarget target{root / "db.sqlite", std::nullopt};
    { auto created = openStore(target.databasePath); }
    const auto first = core::analyzeFilesStored(files, {}, target);
    const auto second = core::analyzeFilesStored(files, {}, target);
    for (std::size_t i = 0; i < files.size(); ++i) {
        QVERIFY(first[i].analysis.profile && !first[i].fromCache && first[i].newHistoryEntry);
        QVERIFY2(second[i].fromCache, second[i].storeError.c_str());
        QVERIFY(!second[i].newHistoryEntry);
        QCOMPARE(second[i].historyId, first[i].historyId);
        // The cached result is the analysed one (its timing aside).
        auto a = *first[i].analysis.profile;
        auto b = *second[i].analysis.profile;
        a.analysisSeconds = b.analysisSeconds = 0;
        QCOMPARE(core::profileToStoreText(b), core::profileToStoreText(a));
    }
    auto store = openStore(target.databasePath);
    const auto stats = core::AnalysisCache(store->db()).stats();
    QCOMPARE(stats.misses, std::int64_t(4));
    QCOMPARE(stats.hits, std::int64_t(4));
    QCOMPARE(count(store->db(), "analyses"), std::int64_t(4));
    QCOMPARE(store->db().queryText("SELECT key FROM sessions"), core::SessionRepository::folderKey(root / "session"));
}

void TestStore::renamedOrMovedFileIsACacheHit()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "a");
    std::filesystem::create_directories(root / "b");
    QCOMPARE(QString::fromStdString(writeStem(root / "a" / "Bass.wav", 3)), QString());
    const core::StoreTarget target{root / "db.sqlite", std::nullopt};
    const auto first = core::analyzeFilesStored({root / "a" / "Bass.wav"}, {}, target);
    QVERIFY(!first[0].fromCache);
    std::filesystem::rename(root / "a" / "Bass.wav", root / "b" / "Bass DI (final).wav");
    const auto moved = core::analyzeFilesStored({root / "b" / "Bass DI (final).wav"}, {}, target);
    QVERIFY2(moved[0].fromCache, moved[0].storeError.c_str());
    const core::TrackProfile& p = *moved[0].analysis.profile;
    QCOMPARE(p.name, std::string("Bass DI (final)"));
    QCOMPARE(p.file.path, root / "b" / "Bass DI (final).wav");
    QCOMPARE(p.type, std::string("bass"));  // derived again from the new name
    QCOMPARE(*p.loudness.integratedLufs, *first[0].analysis.profile->loudness.integratedLufs);
    auto store = openStore(target.databasePath);
    QCOMPARE(store->db().queryText("SELECT origin FROM analyses WHERE id = " + std::to_string(*moved[0].historyId)),
             std::string("cache"));
    QCOMPARE(count(store->db(), "sessions"), std::int64_t(2));
}

void TestStore::reBounceIsAnalysedAndAddsHistory()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const auto file = root / "Lead Vocal.wav";
    const core::StoreTarget target{root / "db.sqlite", std::nullopt};
    QCOMPARE(QString::fromStdString(writeStem(file, 1)), QString());
    (void)core::analyzeFilesStored({file}, {}, target);
    QCOMPARE(QString::fromStdString(writeStem(file, 2)), QString());  // same name, same length, new audio
    const auto second = core::analyzeFilesStored({file}, {}, target);
    QVERIFY(!second[0].fromCache);
    QVERIFY(second[0].newHistoryEntry);
    auto store = openStore(target.databasePath);
    const auto histories = core::findTrackHistories(store->db(), file.string());
    QCOMPARE(histories.size(), std::size_t(1));
    QCOMPARE(histories[0].entries.size(), std::size_t(2));
    QVERIFY(histories[0].entries[0].contentHash != histories[0].entries[1].contentHash);
}

void TestStore::typeOverrideAppliesToCachedResults()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const auto file = root / "Bass.wav";
    QCOMPARE(QString::fromStdString(writeStem(file, 4)), QString());
    const core::StoreTarget target{root / "db.sqlite", std::nullopt};
    const auto first = core::analyzeFilesStored({file}, {}, target);
    core::SessionAnalysisOptions options;
    options.typeOverrides["Bass"] = "keys";
    const auto cached = core::analyzeFilesStored({file}, options, target);
    QVERIFY(cached[0].fromCache);
    QCOMPARE(cached[0].analysis.profile->type, std::string("keys"));
    QCOMPARE(cached[0].analysis.profile->typeSource, std::string("user"));
    {
        auto store = openStore(target.databasePath);
        QCOMPARE(store->db().queryText("SELECT type_override FROM tracks"), std::string("keys"));
    }
    // The choice sticks (stored) until it is taken back (Edit > Undo in the window): then
    // the type is guessed again and the stored choice is cleared, so it sticks no more.
    const auto sticking = core::analyzeFilesStored({file}, {}, target);
    QCOMPARE(sticking[0].analysis.profile->typeSource, std::string("user"));
    core::SessionAnalysisOptions withdrawn;
    withdrawn.typeOverrides["Bass"] = core::kAutomaticType;
    const auto guessed = core::analyzeFilesStored({file}, withdrawn, target);
    QVERIFY(guessed[0].analysis.profile->typeSource != "user");
    QCOMPARE(guessed[0].analysis.profile->type, first[0].analysis.profile->type);
    const auto after = core::analyzeFilesStored({file}, {}, target);
    QVERIFY(after[0].analysis.profile->typeSource != "user");
    auto store = openStore(target.databasePath);
    QCOMPARE(store->db().queryInt("SELECT count(*) FROM tracks WHERE type_override IS NULL"), std::int64_t(1));
}

void TestStore::historyFindsTracksByPathAndByName()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "x");
    std::filesystem::create_directories(root / "y");
    QCOMPARE(QString::fromStdString(writeStem(root / "x" / "Kick.wav", 5)), QString());
    QCOMPARE(QString::fromStdString(writeStem(root / "y" / "Kick.wav", 6)), QString());
    const core::StoreTarget target{root / "db.sqlite", std::nullopt};
    (void)core::analyzeFilesStored({root / "x" / "Kick.wav", root / "y" / "Kick.wav"}, {}, target);
    auto store = openStore(target.databasePath);
    QCOMPARE(core::findTrackHistories(store->db(), "kick").size(), std::size_t(2));
    QCOMPARE(core::findTrackHistories(store->db(), "Kick.wav").size(), std::size_t(2));
    const auto byPath = core::findTrackHistories(store->db(), (root / "y" / "Kick.wav").string());
    QCOMPARE(byPath.size(), std::size_t(1));
    QCOMPARE(byPath[0].session.key, core::SessionRepository::folderKey(root / "y"));
    std::filesystem::remove(root / "y" / "Kick.wav");  // a deleted file keeps its history
    QCOMPARE(core::findTrackHistories(store->db(), (root / "y" / "Kick.wav").string()).size(), std::size_t(1));
    QVERIFY(core::findTrackHistories(store->db(), "Snare").empty());
}

void TestStore::exportThenImportTwiceChangesNothingTheSecondTime()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto source = openStore(root / "source.sqlite");
    fillForExport(source->db());
    const auto exported = core::exportDatabaseJson(source->db());
    QVERIFY(exported.ok());

    auto target = openStore(root / "target.sqlite");
    const auto first = core::importDatabaseJson(target->db(), exported.value());
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first.value().sessionsAdded, std::int64_t(2));
    QCOMPARE(first.value().analysesAdded, std::int64_t(3));
    QCOMPARE(first.value().ratingsAdded, std::int64_t(2));
    QVERIFY(first.value().rowsChanged > 0);
    const auto second = core::importDatabaseJson(target->db(), exported.value());
    QVERIFY(second.ok());
    QCOMPARE(second.value().rowsChanged, std::int64_t(0));
    QCOMPARE(second.value().analysesPresent, std::int64_t(3));
    QCOMPARE(second.value().analysesAdded, std::int64_t(0));

    const auto reexported = core::exportDatabaseJson(target->db());
    QCOMPARE(withoutExportTime(reexported.value()), withoutExportTime(exported.value()));

    // A rating given after listening stays one through the round trip, in the JSON and the rows.
    const auto doc = nlohmann::ordered_json::parse(exported.value());
    const auto& ratings = doc["sessions"][0]["tracks"][0]["analyses"][1]["suggestions"][0]["ratings"];
    QCOMPARE(ratings.size(), std::size_t(2));
    QCOMPARE(ratings[0]["uid"].get<std::string>(), std::string("r1"));
    QCOMPARE(ratings[0]["after_listening"].get<bool>(), false);
    QCOMPARE(ratings[1]["after_listening"].get<bool>(), true);
    QCOMPARE(target->db().queryInt("SELECT after_listening FROM ratings WHERE uid = 'r1'"), std::int64_t(0));
    QCOMPARE(target->db().queryInt("SELECT after_listening FROM ratings WHERE uid = 'r2'"), std::int64_t(1));
    const auto stored = core::SuggestionRepository(target->db()).ratingsOf(target->db().queryInt("SELECT id FROM suggestions"));
    QCOMPARE(stored.size(), std::size_t(2));
    QVERIFY(!stored[0].afterListening && stored[1].afterListening);

    // An export written before version 8 has no after_listening: its ratings read unmarked. A
    // value that is not true or false is refused, naming where.
    auto old = doc;
    for (auto& r : old["sessions"][0]["tracks"][0]["analyses"][1]["suggestions"][0]["ratings"])
        r.erase("after_listening");
    old["schema_version"] = 7;
    auto fromOld = openStore(root / "from-old.sqlite");
    QVERIFY(core::importDatabaseJson(fromOld->db(), old.dump()).ok());
    QCOMPARE(fromOld->db().queryInt("SELECT count(*) FROM ratings WHERE after_listening = 0"), std::int64_t(2));
    auto bad = doc;
    bad["sessions"][0]["tracks"][0]["analyses"][1]["suggestions"][0]["ratings"][1]["after_listening"] = "yes";
    auto fromBad = openStore(root / "from-bad.sqlite");
    const auto refused = core::importDatabaseJson(fromBad->db(), bad.dump());
    QVERIFY(!refused.ok());
    QVERIFY2(QString::fromStdString(refused.error().message)
                 .contains(QStringLiteral("/sessions/0/tracks/0/analyses/1/suggestions/0/ratings/1/after_listening")),
             refused.error().message.c_str());
}

void TestStore::invalidImportIsRejectedBeforeAnythingIsWritten_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    // The damage is in the last session, so a writer that did not validate first would
    // already have written the first one.
    QTest::newRow("wrong schema") << "/schema" << "\"stemwise.analysis/1\"" << "/schema: expected";
    QTest::newRow("bad profile") << "/sessions/1/tracks/0/analyses/0/profile/loudness/lra_lu" << "\"x\""
                                 << "/sessions/1/tracks/0/analyses/0/profile: /loudness/lra_lu: expected a number";
    QTest::newRow("duplicate uid") << "/sessions/1/tracks/0/analyses/0/uid" << "__first_uid__" << "appears twice";
    QTest::newRow("bad kind") << "/sessions/1/kind" << "\"playlist\"" << "/sessions/1/kind: expected";
    QTest::newRow("missing file") << "/sessions/1/tracks/0/analyses/0/file" << "" << "/sessions/1/tracks/0/analyses/0/file: missing";
}

void TestStore::invalidImportIsRejectedBeforeAnythingIsWritten()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto source = openStore(root / "source.sqlite");
    fillForExport(source->db());
    auto doc = nlohmann::ordered_json::parse(core::exportDatabaseJson(source->db()).value());
    const nlohmann::ordered_json::json_pointer where(pointer.toStdString());
    if (value.isEmpty())
        doc[where.parent_pointer()].erase(where.back());
    else if (value == QLatin1String("__first_uid__"))
        doc[where] = doc["sessions"][0]["tracks"][0]["analyses"][0]["uid"];
    else
        doc[where] = nlohmann::ordered_json::parse(value.toStdString());

    auto target = openStore(root / "target.sqlite");
    const std::int64_t before = target->db().totalChanges();
    const auto result = core::importDatabaseJson(target->db(), doc.dump());
    QVERIFY(!result.ok());
    QVERIFY2(QString::fromStdString(result.error().message).contains(expected), result.error().message.c_str());
    QCOMPARE(target->db().totalChanges(), before);
    QCOMPARE(count(target->db(), "sessions"), std::int64_t(0));
}

void TestStore::importNeverOverwritesTheUsersOwnData()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto source = openStore(root / "source.sqlite");
    fillForExport(source->db());
    const auto exported = core::exportDatabaseJson(source->db()).value();
    auto target = openStore(root / "target.sqlite");
    core::Database& db = target->db();
    const auto session = core::SessionRepository(db).ensureFolder("/music/a");
    const auto track = core::TrackRepository(db).ensure(session.id, "Bass.wav", core::utcNowIso8601());
    core::TrackRepository(db).setTypeOverride(track.id, std::string("synth"));
    db.exec("INSERT INTO model_state (key, value_json, version, updated_at) VALUES "
            "('rule_weights', '{\"mine\":true}', 1, '2030-01-01T00:00:00.000Z')");
    QVERIFY(core::importDatabaseJson(db, exported).ok());
    QCOMPARE(db.queryText("SELECT type_override FROM tracks WHERE id = " + std::to_string(track.id)), std::string("synth"));
    QCOMPARE(db.queryText("SELECT value_json FROM model_state"), std::string("{\"mine\":true}"));  // newer stays
    QCOMPARE(core::AnalysisRepository(db).historyOf(track.id).size(), std::size_t(2));
}

void TestStore::importOfAnExportBeforeVersion7MarksItsHashes()
{
    // Versions 1..6 exported their own hash's digests; imported, they are marked as such (as
    // migration 7 marks them in a database), while a version 7 export's XXH3 hashes stay as they are.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto source = openStore(root / "source.sqlite");
    fillForExport(source->db());
    auto doc = nlohmann::ordered_json::parse(core::exportDatabaseJson(source->db()).value());
    // An export carries the schema version it was written at (8 since ratings after listening).
    QCOMPARE(doc["schema_version"].get<int>(), core::latestSchemaVersion());
    QVERIFY(core::latestSchemaVersion() >= 8);
    auto hashesAfterImport = [&](const std::string& name, const nlohmann::ordered_json& document) {
        auto target = openStore(root / name);
        if (!core::importDatabaseJson(target->db(), document.dump()).ok())
            return std::string("import failed");
        return target->db().queryText("SELECT group_concat(content_hash, ' ') FROM (SELECT content_hash FROM analyses ORDER BY id)");
    };
    QCOMPARE(hashesAfterImport("latest.sqlite", doc), std::string("00000000000000aa 00000000000000bb 00000000000000cc"));
    doc["schema_version"] = 7;
    QCOMPARE(hashesAfterImport("v7.sqlite", doc), std::string("00000000000000aa 00000000000000bb 00000000000000cc"));
    doc["schema_version"] = 6;
    QCOMPARE(hashesAfterImport("v6.sqlite", doc),
             std::string("hash64:00000000000000aa hash64:00000000000000bb hash64:00000000000000cc"));
}

void TestStore::fullDiskIsAClearErrorAndLeavesNoPartialState()
{
    // SQLITE_FULL, as a full disk gives it, from a database that may not grow: PRAGMA
    // max_page_count (https://www.sqlite.org/pragma.html#pragma_max_page_count).
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto store = openStore(root / "db.sqlite");
    core::Database& db = store->db();
    const auto pages = db.queryInt("PRAGMA page_count");
    QCOMPARE(db.queryInt("PRAGMA max_page_count = " + std::to_string(pages + 1)), pages + 1);
    const auto session = core::SessionRepository(db).ensureFolder("/music/a");
    const auto track = core::TrackRepository(db).ensure(session.id, "Bass", core::utcNowIso8601());
    auto big = entryFor(track.id, "ffff", -10.0);
    big.profile.spectrum.ltasDb.assign(200000, -60.0);  // far more than one page
    big.profile.spectrum.ltasFrequencyHz.assign(200000, 1000.0);
    const auto before = count(db, "analyses");
    int code = 0;
    std::string message;
    try {
        core::Transaction transaction(db);
        core::AnalysisCache(db).put({"ffff", "{}", "{}"}, big.profile);
        (void)core::AnalysisRepository(db).appendIfChanged(big);
        transaction.commit();
    } catch (const core::SqliteError& e) {
        code = e.code();
        message = e.what();
    }
    QCOMPARE(code, 13);  // SQLITE_FULL
    QVERIFY2(QString::fromStdString(message).contains(QStringLiteral("full")), message.c_str());
    QCOMPARE(count(db, "analyses"), before);
    QCOMPARE(count(db, "analysis_cache"), std::int64_t(0));
    QCOMPARE(db.queryText("PRAGMA integrity_check"), std::string("ok"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
