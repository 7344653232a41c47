// The store through the command line: analyze stores and reuses, the new commands print
// JSON that validates against its schema, exit codes follow the contract (0 / 1 / 2),
// export-db and import-db round-trip, and two processes writing at once both succeed.
#include "clirunner.h"
#include "testsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <functional>

using namespace stemwise;
using test::Run;
using test::finish;
using test::runStemwise;
using test::schemaViolations;

namespace {

QProcess* startStemwise(const QStringList& args, QObject* parent)
{
    auto* p = new QProcess(parent);
    p->start(QStringLiteral(STEMWISE_EXECUTABLE), args);
    return p;
}

QString pathIn(const QTemporaryDir& dir, const char* name) { return dir.filePath(QString::fromUtf8(name)); }

std::string writeStem(const QString& path, std::uint64_t seed, double seconds = 1.0)
{
    const auto frames = static_cast<std::size_t>(seconds * 48000);
    auto left = test::sine(55.0 * static_cast<double>(seed % 9 + 1), 0.4, 48000, frames);
    const auto noise = test::whiteNoise(0.05, frames, seed);
    for (std::size_t i = 0; i < frames; ++i)
        left[i] += noise[i];
    return test::writeAudio(path.toStdString(), {left, noise});
}

QJsonObject jsonOf(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }

QByteArray withoutTimes(QByteArray json)
{
    QJsonObject doc = jsonOf(json);
    doc.remove(QStringLiteral("exported_at"));
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestStoreCli : public QObject {
    Q_OBJECT
private slots:
    void helpNamesTheStoreCommands();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void analyzeStoresThenServesFromTheCache();
    void noStoreLeavesNoDatabase();
    void typeChosenOnceSticksToTheTrack();
    void cacheStatsValidateAndClearKeepsHistory();
    void historyShowsWhatChangedBetweenBounces();
    void exportImportRoundTripsAndSecondImportChangesNothing();
    void invalidImportWritesNothing();
    void newerDatabaseIsAnErrorNamingTheFile();
    void damagedDatabaseIsSetAsideAndWorkGoesOn();
    void unreachableDatabaseIsAClearError();
    void readOnlyDatabaseIsAClearErrorAndUntouched();
    void twoProcessesWritingAtOnceBothSucceed();
};

void TestStoreCli::helpNamesTheStoreCommands()
{
    const Run r = runStemwise({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"history", "cache stats", "export-db", "import-db", "--no-store", "--db"})
        QVERIFY2(r.out.contains(word), word);
    for (const char* command : {"analyze", "history", "cache", "export-db", "import-db"}) {
        const Run sub = runStemwise({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains("--db"), command);
    }
}

void TestStoreCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("cache without action") << QStringList{QStringLiteral("cache")};
    QTest::newRow("cache bogus action") << QStringList{QStringLiteral("cache"), QStringLiteral("purge")};
    QTest::newRow("history without track") << QStringList{QStringLiteral("history")};
    QTest::newRow("export-db without file") << QStringList{QStringLiteral("export-db")};
    QTest::newRow("import-db two files") << QStringList{QStringLiteral("import-db"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("no-store with db") << QStringList{QStringLiteral("analyze"), QStringLiteral("--no-store"),
                                                     QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("a.wav")};
}

void TestStoreCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    const Run r = runStemwise(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("stemwise: "));
}

void TestStoreCli::analyzeStoresThenServesFromTheCache()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("s")));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(QString::fromStdString(writeStem(dir.filePath(QStringLiteral("s/stem%1.wav").arg(i)), static_cast<std::uint64_t>(i + 1))), QString());
    const QString db = pathIn(dir, "db.sqlite");
    const QStringList args{QStringLiteral("analyze"), QStringLiteral("--progress"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("s"))};
    const Run first = runStemwise(args);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.err.count("analysed in"), 3);
    QCOMPARE(first.err.count(", stored as analysis "), 3);
    const Run second = runStemwise(args);
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.err.count("from the cache in"), 3);
    QCOMPARE(schemaViolations(second.out, "stemwise.analysis-1.schema.json"), QString());
    // Cached reports equal analysed ones, the time taken aside.
    auto tracks = [](const QByteArray& out) {
        QJsonArray stripped;
        for (const auto& t : jsonOf(out).value(QStringLiteral("tracks")).toArray()) {
            QJsonObject o = t.toObject();
            o.remove(QStringLiteral("analysis_time_s"));
            stripped.append(o);
        }
        return stripped;
    };
    QCOMPARE(tracks(second.out), tracks(first.out));
}

void TestStoreCli::noStoreLeavesNoDatabase()
{
    QTemporaryDir dir;
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "a.wav"), 1)), QString());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), pathIn(dir, "home"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), {QStringLiteral("analyze"), QStringLiteral("--no-store"), pathIn(dir, "a.wav")});
    QCOMPARE(finish(p).exitCode, 0);
    QVERIFY(!QFileInfo::exists(pathIn(dir, "home/stemwise/stemwise.sqlite")));
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), {QStringLiteral("analyze"), pathIn(dir, "a.wav")});
    QCOMPARE(finish(p).exitCode, 0);
    QVERIFY(QFileInfo::exists(pathIn(dir, "home/stemwise/stemwise.sqlite")));  // the default database
}

void TestStoreCli::typeChosenOnceSticksToTheTrack()
{
    // --type is remembered as the track's type (tracks.type_override) and applied to later
    // analyses of that track without --type, from the cache and after a re-bounce; another
    // folder's track of the same name keeps its own guess.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")) && QDir(dir.path()).mkpath(QStringLiteral("b")));
    const QString db = pathIn(dir, "store.sqlite");
    const QString file = dir.filePath(QStringLiteral("a/Take 3.wav"));
    const QString other = dir.filePath(QStringLiteral("b/Take 3.wav"));
    QCOMPARE(QString::fromStdString(writeStem(file, 3)), QString());
    QCOMPARE(QString::fromStdString(writeStem(other, 3)), QString());
    const auto typeOf = [&](const QString& path, const QStringList& extra) {
        const Run r = runStemwise(QStringList{QStringLiteral("analyze"), QStringLiteral("--json"), QStringLiteral("-"),
                                              QStringLiteral("--db"), db, path} + extra);
        const QJsonObject track = jsonOf(r.out)[QStringLiteral("tracks")].toArray().at(0).toObject();
        return std::pair{r.exitCode, track[QStringLiteral("type")].toString()};
    };
    const auto guessed = typeOf(other, {});
    QCOMPARE(guessed.first, 0);
    QVERIFY(guessed.second != QStringLiteral("vocals"));
    QCOMPARE(typeOf(file, {QStringLiteral("--type"), QStringLiteral("Take 3=vocals")}), std::pair(0, QStringLiteral("vocals")));
    QCOMPARE(typeOf(file, {}), std::pair(0, QStringLiteral("vocals")));  // from the cache
    QCOMPARE(QString::fromStdString(writeStem(file, 5)), QString());      // a re-bounce
    QCOMPARE(typeOf(file, {}), std::pair(0, QStringLiteral("vocals")));
    QCOMPARE(typeOf(other, {}), guessed);
    QCOMPARE(typeOf(file, {QStringLiteral("--type"), QStringLiteral("Take 3=bass")}), std::pair(0, QStringLiteral("bass")));
    QCOMPARE(typeOf(file, {}), std::pair(0, QStringLiteral("bass")));
}

void TestStoreCli::cacheStatsValidateAndClearKeepsHistory()
{
    QTemporaryDir dir;
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "Bass.wav"), 2)), QString());
    const QString db = pathIn(dir, "db.sqlite");
    for (int i = 0; i < 2; ++i)
        QCOMPARE(runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "Bass.wav")}).exitCode, 0);
    const Run stats = runStemwise({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--db"), db});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(schemaViolations(stats.out, "stemwise.cache-stats-1.schema.json"), QString());
    const QJsonObject s = jsonOf(stats.out);
    QCOMPARE(s.value(QStringLiteral("hits")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("misses")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("entries")).toInt(), 1);
    QVERIFY(s.value(QStringLiteral("lookup_ms")).toObject().value(QStringLiteral("mean")).toDouble() >= 0.0);

    const Run clear = runStemwise({QStringLiteral("cache"), QStringLiteral("clear"), QStringLiteral("--db"), db});
    QCOMPARE(clear.exitCode, 0);
    QVERIFY(clear.out.contains("removed 1 cache entry"));
    QCOMPARE(jsonOf(runStemwise({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--db"), db}).out)
                 .value(QStringLiteral("entries")).toInt(), 0);
    const Run history = runStemwise({QStringLiteral("history"), QStringLiteral("Bass"), QStringLiteral("--db"), db});
    QCOMPARE(history.exitCode, 0);
    QVERIFY(history.out.contains("1 analysis"));
}

void TestStoreCli::historyShowsWhatChangedBetweenBounces()
{
    QTemporaryDir dir;
    const QString file = pathIn(dir, "Lead Vocal.wav");
    const QString db = pathIn(dir, "db.sqlite");
    for (std::uint64_t bounce = 1; bounce <= 3; ++bounce) {
        QCOMPARE(QString::fromStdString(writeStem(file, bounce, 0.5 + 0.25 * static_cast<double>(bounce))), QString());
        QCOMPARE(runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, file}).exitCode, 0);
    }
    const Run json = runStemwise({QStringLiteral("history"), file, QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(schemaViolations(json.out, "stemwise.history-2.schema.json"), QString());
    const QJsonArray tracks = jsonOf(json.out).value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 1);
    const QJsonArray analyses = tracks[0].toObject().value(QStringLiteral("analyses")).toArray();
    QCOMPARE(analyses.size(), 3);
    QVERIFY(analyses[0].toObject().value(QStringLiteral("changes")).isNull());
    const QJsonObject changes = analyses[2].toObject().value(QStringLiteral("changes")).toObject();
    QVERIFY(changes.value(QStringLiteral("content")).toBool());
    QVERIFY(changes.value(QStringLiteral("figures")).toObject().contains(QStringLiteral("duration_s")));
    QVERIFY(analyses[0].toObject().value(QStringLiteral("analysed_at")).toString()
            <= analyses[2].toObject().value(QStringLiteral("analysed_at")).toString());

    const Run text = runStemwise({QStringLiteral("history"), QStringLiteral("lead vocal"), QStringLiteral("--db"), db});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("3 analyses") && text.out.contains("changed: new audio"), text.out.constData());
    const Run unknown = runStemwise({QStringLiteral("history"), QStringLiteral("Tuba"), QStringLiteral("--db"), db});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("Tuba: no stored analysis"));
}

void TestStoreCli::exportImportRoundTripsAndSecondImportChangesNothing()
{
    QTemporaryDir dir;
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "Kick.wav"), 3)), QString());
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "Snare.wav"), 4)), QString());
    const QString db = pathIn(dir, "db.sqlite");
    QCOMPARE(runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, dir.path()}).exitCode, 0);
    // A reference in the library and one attached to the session travel too.
    QCOMPARE(runStemwise({QStringLiteral("reference"), QStringLiteral("add"), pathIn(dir, "Kick.wav"), QStringLiteral("--genre"),
                          QStringLiteral("Techno"), QStringLiteral("--db"), db}).exitCode, 0);
    QCOMPARE(runStemwise({QStringLiteral("reference"), QStringLiteral("add"), pathIn(dir, "Snare.wav"), QStringLiteral("--session"),
                          dir.path(), QStringLiteral("--db"), db}).exitCode, 0);
    const Run exported = runStemwise({QStringLiteral("export-db"), QStringLiteral("-"), QStringLiteral("--db"), db});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(schemaViolations(exported.out, "stemwise.database-1.schema.json"), QString());
    QCOMPARE(jsonOf(exported.out).value(QStringLiteral("references")).toArray().size(), 2);

    const QString other = pathIn(dir, "other.sqlite");
    const Run first = runStemwise({QStringLiteral("import-db"), QStringLiteral("-"), QStringLiteral("--db"), other}, exported.out);
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("2 analyses added (0 already there)") && first.out.contains("2 references"),
             first.out.constData());
    const Run listed = runStemwise({QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--genre"),
                                    QStringLiteral("techno"), QStringLiteral("--db"), other});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains("Kick"), listed.out.constData());
    QVERIFY(QFile(pathIn(dir, "export.json")).open(QIODevice::WriteOnly));
    QCOMPARE(runStemwise({QStringLiteral("export-db"), pathIn(dir, "export.json"), QStringLiteral("--db"), db}).exitCode, 0);
    const Run second = runStemwise({QStringLiteral("import-db"), pathIn(dir, "export.json"), QStringLiteral("--db"), other});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("0 sessions, 0 tracks, 0 analyses added (2 already there), 0 suggestions, 0 ratings, "
                                 "0 learned-model entries updated, 0 references"),
             second.out.constData());
    const Run again = runStemwise({QStringLiteral("export-db"), QStringLiteral("-"), QStringLiteral("--db"), other});
    QCOMPARE(withoutTimes(again.out), withoutTimes(exported.out));
}

void TestStoreCli::invalidImportWritesNothing()
{
    QTemporaryDir dir;
    const QString db = pathIn(dir, "db.sqlite");
    const Run r = runStemwise({QStringLiteral("import-db"), QStringLiteral("-"), QStringLiteral("--db"), db},
                              R"({"schema": "stemwise.database/1", "sessions": [{"kind": "folder"}], "model_state": []})");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("/sessions/0/key: missing") && r.err.contains("nothing was written"), r.err.constData());
    const Run notJson = runStemwise({QStringLiteral("import-db"), QStringLiteral("-"), QStringLiteral("--db"), db}, "{ oops");
    QCOMPARE(notJson.exitCode, 1);
    QVERIFY(notJson.err.contains("not valid JSON"));
    const Run exported = runStemwise({QStringLiteral("export-db"), QStringLiteral("-"), QStringLiteral("--db"), db});
    QCOMPARE(jsonOf(exported.out).value(QStringLiteral("sessions")).toArray().size(), 0);
}

void TestStoreCli::newerDatabaseIsAnErrorNamingTheFile()
{
    QTemporaryDir dir;
    const QString db = pathIn(dir, "future.sqlite");
    // A command that writes creates the database (one that only reads, like `cache stats`, never does).
    QCOMPARE(runStemwise({QStringLiteral("cache"), QStringLiteral("clear"), QStringLiteral("--db"), db}).exitCode, 0);
    QProcess sqlite;  // bump the version the way a future Stemwise would have left it
    sqlite.start(QStringLiteral(STEMWISE_PYTHON), {QStringLiteral("-c"),
                 QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version=99'); c.commit()"), db});
    QVERIFY(sqlite.waitForFinished(30000) && sqlite.exitCode() == 0);
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "a.wav"), 1)), QString());
    const Run r = runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "a.wav")});
    QCOMPARE(r.exitCode, 1);  // the report is still printed, the store refused
    QVERIFY2(r.err.contains(db.toUtf8()) && r.err.contains("newer Stemwise"), r.err.constData());
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("tracks")).toArray().size(), 1);
    const Run history = runStemwise({QStringLiteral("history"), QStringLiteral("a"), QStringLiteral("--db"), db});
    QCOMPARE(history.exitCode, 1);
}

void TestStoreCli::damagedDatabaseIsSetAsideAndWorkGoesOn()
{
    // A Stemwise database whose header was overwritten. (A file that is no database at all,
    // "the user's file", is refused and never moved: tests/app/tst_userdata.)
    QTemporaryDir dir;
    const QString db = pathIn(dir, "stemwise.sqlite");
    QCOMPARE(runStemwise({QStringLiteral("cache"), QStringLiteral("clear"), QStringLiteral("--db"), db}).exitCode, 0);
    QFile::remove(db + QStringLiteral("-wal"));
    QFile::remove(db + QStringLiteral("-shm"));
    QByteArray damaged;
    {
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        damaged = f.readAll();
        damaged.replace(0, 16, "this was SQLite.");
        QVERIFY(f.seek(0));
        QCOMPARE(f.write(damaged), damaged.size());
    }
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "a.wav"), 1)), QString());
    const Run r = runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "a.wav")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("is a damaged Stemwise database") && r.err.contains("stemwise.sqlite.damaged-")
                 && r.err.contains("started a fresh database"),
             r.err.constData());
    const QStringList kept = QDir(dir.path()).entryList({QStringLiteral("stemwise.sqlite.damaged-*")});
    QCOMPARE(kept.size(), 1);
    QFile keptFile(dir.filePath(kept[0]));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll(), damaged);
    QCOMPARE(runStemwise({QStringLiteral("history"), QStringLiteral("a"), QStringLiteral("--db"), db}).exitCode, 0);
}

void TestStoreCli::unreachableDatabaseIsAClearError()
{
    // Where no database can be created (a missing folder; a folder in the file's place).
    // Running as root in CI, permissions cannot stand in for a read-only place.
    QTemporaryDir dir;
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "a.wav"), 1)), QString());
    for (const QString& db : {pathIn(dir, "no/such/folder/db.sqlite"), dir.path()}) {
        const Run r = runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "a.wav")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(db.toUtf8()) && r.err.contains("analysing without storing"), r.err.constData());
        QCOMPARE(jsonOf(r.out).value(QStringLiteral("tracks")).toArray().size(), 1);
        const Run stats = runStemwise({QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(stats.exitCode, 1);
        QVERIFY(stats.err.contains(db.toUtf8()));
    }
    QVERIFY(!QFileInfo::exists(pathIn(dir, "no")));
}

void TestStoreCli::readOnlyDatabaseIsAClearErrorAndUntouched()
{
    // A database in a folder nobody may write to. Tests run as root in CI, where permissions
    // do not stop writes; the immutable attribute does (chattr +i, where the file system
    // and the container allow it).
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("db")));
    const QString folder = dir.filePath(QStringLiteral("db"));
    const QString db = folder + QStringLiteral("/store.sqlite");
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "a.wav"), 1)), QString());
    QCOMPARE(QString::fromStdString(writeStem(pathIn(dir, "b.wav"), 2)), QString());
    QCOMPARE(runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "a.wav")}).exitCode, 0);
    QFile original(db);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    const QStringList files{db, folder};
    const auto chattr = [&](const char* flag) {
        return QProcess::execute(QStringLiteral("chattr"), QStringList{QString::fromLatin1(flag)} + files) == 0;
    };
    if (!chattr("+i"))
        QSKIP("chattr +i is not available here: no way to make a read-only place as root");
    struct Undo {
        std::function<void()> f;
        ~Undo() { f(); }
    } undo{[&] { chattr("-i"); }};
    if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly))
        QSKIP("the immutable attribute does not stop writes here");

    const Run r = runStemwise({QStringLiteral("analyze"), QStringLiteral("--db"), db, pathIn(dir, "b.wav")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(db.toUtf8()) && (r.err.contains("read-only") || r.err.contains("cannot open")),
             r.err.constData());
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("tracks")).toArray().size(), 1);  // analysed all the same
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(original.readAll() == before);  // not a byte changed
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("store.sqlite")});
}

void TestStoreCli::twoProcessesWritingAtOnceBothSucceed()
{
    // Both processes create, migrate and write the same new database at the same moment;
    // WAL, BEGIN IMMEDIATE and the busy timeout make the second wait, never fail.
    QTemporaryDir dir;
    for (const char* folder : {"one", "two"}) {
        QVERIFY(QDir(dir.path()).mkdir(QString::fromLatin1(folder)));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(QString::fromStdString(writeStem(dir.filePath(QStringLiteral("%1/t%2.wav").arg(QString::fromLatin1(folder)).arg(i)),
                                                      static_cast<std::uint64_t>(i + (folder[0] == 'o' ? 10 : 20)), 0.5)),
                     QString());
    }
    const QString db = pathIn(dir, "shared.sqlite");
    QObject owner;
    QProcess* a = startStemwise({QStringLiteral("analyze"), QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("one"))}, &owner);
    QProcess* b = startStemwise({QStringLiteral("analyze"), QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--db"), db, dir.filePath(QStringLiteral("two"))}, &owner);
    const Run ra = finish(*a);
    const Run rb = finish(*b);
    QVERIFY2(ra.exitCode == 0, ra.err.constData());
    QVERIFY2(rb.exitCode == 0, rb.err.constData());
    const Run exported = runStemwise({QStringLiteral("export-db"), QStringLiteral("-"), QStringLiteral("--db"), db});
    int analyses = 0;
    for (const auto& s : jsonOf(exported.out).value(QStringLiteral("sessions")).toArray())
        for (const auto& t : s.toObject().value(QStringLiteral("tracks")).toArray())
            analyses += static_cast<int>(t.toObject().value(QStringLiteral("analyses")).toArray().size());
    QCOMPARE(analyses, 12);
}

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
