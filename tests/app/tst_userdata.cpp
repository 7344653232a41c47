// Nothing the user owns is lost or overwritten (issue 15): each test replays one attack as
// the command line meets it — a full disk under an existing backup, /dev/full, an output
// that names a stem, `demo` into a folder with the user's own Kick.wav, --db naming a stem
// or another program's database, a database on read-only media, a database held locked by
// another program — and checks that the user's file is as it was and the message says why.
#include "clirunner.h"
#include "sandbox.h"
#include "testsignals.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;
using test::Run;
using test::runStemwise;

namespace {

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(4000)));
}

QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeText(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(text), text.size());
}

// A stem of `seconds` at 48 kHz, 24-bit stereo.
void writeStem(const QString& path, double frequencyHz, double seconds = 2.0)
{
    const auto frames = static_cast<std::size_t>(seconds * 48000);
    const auto left = test::sine(frequencyHz, 0.3, 48000, frames);
    const auto right = test::whiteNoise(0.05, frames, static_cast<std::uint64_t>(frequencyHz));
    QCOMPARE(QString::fromStdString(test::writeAudio(path.toStdString(), {left, right})), QString());
}

// `stemwise args…`, waited for up to 10 minutes: the demo synthesises 2 minutes of audio,
// which takes long on a loaded machine.
Run runLong(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(600000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Hidden temporary files left in a folder (none may be).
QStringList leftovers(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.stemwise-*")}, QDir::Files | QDir::Hidden);
}

}  // namespace

class TestUserData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    // Safe outputs.
    void exportOverBackupOnFullDiskKeepsTheBackup();
    void reportsOnFullDiskKeepTheOldOnesAndSayWhy();
    void writingToDevFullSaysTheDiskIsFull();
    void outputNamingAStemIsRefused_data();
    void outputNamingAStemIsRefused();
    void forceReplacesAnOutputOnPurpose();
    void demoNeverReplacesTheUsersOwnKick();

    // The database is the user's.
    void dbNamingAStemIsRefusedNeverMoved_data();
    void dbNamingAStemIsRefusedNeverMoved();
    void dbOfAnotherProgramIsRefused();
    void readOnlyCommandsCreateNothing();
    void databaseOnReadOnlyMediaIsReadAndExported();
    void lockedDatabaseIsWaitedForOnceWithABound();

private:
    QTemporaryDir m_dir;
    QString m_db;       // a database holding the analyses of m_session
    QString m_session;  // four stems
};

void TestUserData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = m_dir.filePath(QStringLiteral("session"));
    QVERIFY(QDir().mkpath(m_session));
    int i = 0;
    for (const char* name : {"Bass.wav", "Kick.wav", "Pad.wav", "Vocal.wav"})
        writeStem(QDir(m_session).filePath(QString::fromLatin1(name)), 55.0 * ++i);
    m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
    const Run r = runStemwise({QStringLiteral("analyze"), m_session, QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                               QStringLiteral("/dev/null")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestUserData::exportOverBackupOnFullDiskKeepsTheBackup()
{
    // The attack: export-db over an existing backup on a full disk used to truncate the
    // backup, exit 1 and say nothing.
    const QString folder = m_dir.filePath(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(folder));
    const QString backup = QDir(folder).filePath(QStringLiteral("backup.json"));
    const QByteArray old = "{\"schema\": \"stemwise.database/1\", \"note\": \"the backup of last week\"}\n";
    // The export (~200 kB) cannot fit in 64 kB; the old backup is already there.
    const QString script = QStringLiteral("printf '%1' > '%2'\n"
                                          "\"$STEMWISE\" export-db '%2' --db '%3'; rc=$?\n"
                                          "echo; echo ---; cat '%2'; echo ---; ls -A '%4'; exit $rc")
                               .arg(QString::fromUtf8(old).replace(QStringLiteral("\n"), QStringLiteral("\\n")), backup, m_db,
                                    folder);
    const Run r = test::runScriptOnFullDisk(folder, 64, script);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(backup.toUtf8()) && (r.err.contains("the disk is full") || r.err.contains("file size limit")),
             qPrintable(describe(r)));
    QVERIFY2(r.err.contains("the existing file was left as it was"), qPrintable(describe(r)));
    const QList<QByteArray> parts = r.out.split('\n');
    const qsizetype start = parts.indexOf("---");
    QVERIFY2(start >= 0, qPrintable(describe(r)));
    QCOMPARE(parts.at(start + 1) + "\n", old);  // the backup, byte for byte
    QCOMPARE(parts.at(start + 2), QByteArray("---"));
    QCOMPARE(parts.at(start + 3), QByteArray("backup.json"));  // and no temporary file left
}

void TestUserData::reportsOnFullDiskKeepTheOldOnesAndSayWhy()
{
    // report --json/--csv on a full disk: the old report stays, the exit status and the
    // message say what happened (the PDF is covered by the PDF test).
    const QString folder = m_dir.filePath(QStringLiteral("reports"));
    QVERIFY(QDir().mkpath(folder));
    const QString json = QDir(folder).filePath(QStringLiteral("report.json"));
    const QString script = QStringLiteral("echo '{\"old\": 1}' > '%1'\n"
                                          "\"$STEMWISE\" report '%2' --db '%3' --json '%1' --no-mix; rc=$?\n"
                                          "echo ---; cat '%1'; ls -A '%4'; exit $rc")
                               .arg(json, m_session, m_db, folder);
    const Run r = test::runScriptOnFullDisk(folder, 32, script);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(json.toUtf8() + ": could not be written: "), qPrintable(describe(r)));
    QVERIFY2(r.out.endsWith("---\n{\"old\": 1}\nreport.json\n"), qPrintable(describe(r)));
}

void TestUserData::writingToDevFullSaysTheDiskIsFull()
{
    // Used to exit 1 silently.
    for (const QStringList& args : {QStringList{QStringLiteral("analyze"), m_session, QStringLiteral("--db"), m_db,
                                                QStringLiteral("--json"), QStringLiteral("/dev/full")},
                                    QStringList{QStringLiteral("export-db"), QStringLiteral("/dev/full"),
                                                QStringLiteral("--db"), m_db}}) {
        const Run r = runStemwise(args);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("/dev/full: could not be written: the disk is full (No space left on device)"),
                 qPrintable(describe(r)));
    }
    // The same through the standard output.
    QProcess p;
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), {QStringLiteral("export-db"), QStringLiteral("-"), QStringLiteral("--db"), m_db});
    const Run r = test::finish(p);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("cannot write to the standard output: the disk is full"), qPrintable(describe(r)));
}

void TestUserData::outputNamingAStemIsRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("stem");
    // In a folder of stems, `analyze --json *.wav` made the first stem the JSON report: the
    // shell turns it into --json Bass.wav Kick.wav …
    QTest::newRow("analyze --json *.wav") << QStringList{QStringLiteral("analyze"), QStringLiteral("--json"),
                                                         QStringLiteral("Bass.wav"), QStringLiteral("Kick.wav"),
                                                         QStringLiteral("Pad.wav")}
                                          << QStringLiteral("Bass.wav");
    QTest::newRow("report --pdf *.wav") << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"),
                                                       QStringLiteral("Bass.wav"), QStringLiteral("Kick.wav")}
                                        << QStringLiteral("Bass.wav");
    QTest::newRow("report --json names an input") << QStringList{QStringLiteral("report"), QStringLiteral("."),
                                                                 QStringLiteral("--json"), QStringLiteral("Pad.wav")}
                                                  << QStringLiteral("Pad.wav");
    QTest::newRow("suggest --json names an input") << QStringList{QStringLiteral("suggest"), QStringLiteral("Kick.wav"),
                                                                  QStringLiteral("--json"), QStringLiteral("Kick.wav")}
                                                   << QStringLiteral("Kick.wav");
    QTest::newRow("compare --json names a stem") << QStringList{QStringLiteral("compare"), QStringLiteral("Kick.wav"),
                                                                QStringLiteral("Pad.wav"), QStringLiteral("--json"),
                                                                QStringLiteral("Vocal.wav")}
                                                 << QStringLiteral("Vocal.wav");
    QTest::newRow("export-db names a stem") << QStringList{QStringLiteral("export-db"), QStringLiteral("Vocal.wav")}
                                            << QStringLiteral("Vocal.wav");
    QTest::newRow("learned --export names a stem") << QStringList{QStringLiteral("learned"), QStringLiteral("--export"),
                                                                  QStringLiteral("Vocal.wav")}
                                                   << QStringLiteral("Vocal.wav");
}

void TestUserData::outputNamingAStemIsRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stem);
    QTemporaryDir dir;
    for (const char* name : {"Bass.wav", "Kick.wav", "Pad.wav", "Vocal.wav"})
        QVERIFY(QFile::copy(QDir(m_session).filePath(QString::fromLatin1(name)), dir.filePath(QString::fromLatin1(name))));
    const QByteArray before = contentOf(dir.filePath(stem));
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), args + QStringList{QStringLiteral("--db"), dir.filePath(QStringLiteral("db.sqlite"))});
    const Run r = test::finish(p);
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(stem.toUtf8()) && r.err.contains("nothing was written") && r.err.contains("--force"),
             qPrintable(describe(r)));
    QCOMPARE(contentOf(dir.filePath(stem)), before);
}

void TestUserData::forceReplacesAnOutputOnPurpose()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("notes.txt"));
    writeText(target, "my notes\n");
    const QStringList args{QStringLiteral("analyze"), QDir(m_session).filePath(QStringLiteral("Kick.wav")),
                           QStringLiteral("--db"), m_db, QStringLiteral("--json"), target};
    Run r = runStemwise(args);
    QVERIFY2(r.exitCode == 2 && r.err.contains("is a text file, not an earlier output"), qPrintable(describe(r)));
    QCOMPARE(contentOf(target), QByteArray("my notes\n"));
    r = runStemwise(args + QStringList{QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(contentOf(target).startsWith("{"));
    // An earlier report is replaced without asking: that is what re-running does.
    r = runStemwise(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(leftovers(dir.path()), QStringList());
}

void TestUserData::demoNeverReplacesTheUsersOwnKick()
{
    QTemporaryDir dir;
    const QString kick = dir.filePath(QStringLiteral("Kick.wav"));
    QVERIFY(QFile::copy(QDir(m_session).filePath(QStringLiteral("Bass.wav")), kick));  // the user's own
    const QByteArray mine = contentOf(kick);
    Run r = runStemwise({QStringLiteral("demo"), dir.path()});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("Kick.wav exists and is not the demo's own; nothing was overwritten"), qPrintable(describe(r)));
    QCOMPARE(contentOf(kick), mine);
    // Nothing else was written either: all or nothing.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("Kick.wav")});
    r = runLong({QStringLiteral("demo"), dir.path(), QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(contentOf(kick) != mine);
    QCOMPARE(leftovers(dir.path()), QStringList());
    // Its own files it keeps (tst_demosession writes the demo twice into one folder).
    r = runLong({QStringLiteral("demo"), dir.path()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestUserData::dbNamingAStemIsRefusedNeverMoved_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("file");
    QTest::newRow("history on a stem") << QStringList{QStringLiteral("history"), QStringLiteral("Kick")} << QStringLiteral("stem");
    QTest::newRow("analyze on a stem") << QStringList{QStringLiteral("analyze"), QStringLiteral("%session")} << QStringLiteral("stem");
    QTest::newRow("cache stats on a JSON file") << QStringList{QStringLiteral("cache"), QStringLiteral("stats")}
                                                << QStringLiteral("json");
    QTest::newRow("import-db into a JSON file") << QStringList{QStringLiteral("import-db"), QStringLiteral("%export")}
                                                << QStringLiteral("json");
    QTest::newRow("rate into a text file") << QStringList{QStringLiteral("rate"), QStringLiteral("1"), QStringLiteral("useful")}
                                           << QStringLiteral("text");
}

void TestUserData::dbNamingAStemIsRefusedNeverMoved()
{
    // --db naming a file that is not SQLite used to rename the user's file aside and create a
    // database under its name, even for read-only commands.
    QFETCH(QStringList, args);
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target"));
    if (file == QLatin1String("stem"))
        QVERIFY(QFile::copy(QDir(m_session).filePath(QStringLiteral("Kick.wav")), target));
    else if (file == QLatin1String("json"))
        writeText(target, "{\"schema\": \"stemwise.analysis/1\", \"tracks\": []}\n");
    else
        writeText(target, "my mix notes\n");
    const QByteArray before = contentOf(target);
    const QString exported = dir.filePath(QStringLiteral("export.json"));
    QCOMPARE(runStemwise({QStringLiteral("export-db"), exported, QStringLiteral("--db"), m_db}).exitCode, 0);
    args.replaceInStrings(QStringLiteral("%session"), m_session);
    args.replaceInStrings(QStringLiteral("%export"), exported);
    const Run r = runStemwise(args + QStringList{QStringLiteral("--db"), target});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(target.toUtf8() + " is not a Stemwise database (it looks like ")
                 && r.err.contains("it was left untouched"),
             qPrintable(describe(r)));
    QCOMPARE(contentOf(target), before);
    QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.removeAll(QStringLiteral("export.json"));
    QCOMPARE(files, QStringList{QStringLiteral("target")});  // nothing set aside, nothing created
}

void TestUserData::dbOfAnotherProgramIsRefused()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("photos.sqlite"));
    QProcess py;
    py.start(QStringLiteral(STEMWISE_PYTHON),
             {QStringLiteral("-c"), QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                   "c.execute('CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)'); "
                                                   "c.execute(\"INSERT INTO photos (name) VALUES ('holiday')\"); c.commit()"),
              other});
    QVERIFY(py.waitForFinished(30000) && py.exitCode() == 0);
    const QByteArray before = contentOf(other);
    const Run r = runStemwise({QStringLiteral("analyze"), m_session, QStringLiteral("--db"), other, QStringLiteral("--json"),
                               QStringLiteral("/dev/null")});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("is another program's SQLite database, not a Stemwise one; it was left untouched"),
             qPrintable(describe(r)));
    QCOMPARE(contentOf(other), before);
}

void TestUserData::readOnlyCommandsCreateNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("never.sqlite"));
    for (const QStringList& args : {QStringList{QStringLiteral("history"), QStringLiteral("Kick")},
                                    QStringList{QStringLiteral("export-db"), QStringLiteral("-")},
                                    QStringList{QStringLiteral("cache"), QStringLiteral("stats")},
                                    QStringList{QStringLiteral("learned"), QStringLiteral("--json")}}) {
        const Run r = runStemwise(args + QStringList{QStringLiteral("--db"), missing});
        QVERIFY2(r.exitCode == 1 && r.err.contains("there is no database here yet"), qPrintable(describe(r)));
        QVERIFY(!QFileInfo::exists(missing));
    }
}

void TestUserData::databaseOnReadOnlyMediaIsReadAndExported()
{
    // A database on read-only media used not even to export.
    if (!test::canMount())
        QSKIP("no mount namespace here to make a read-only mount");
    const QString media = m_dir.filePath(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(media));
    const QString db = QDir(media).filePath(QStringLiteral("store.sqlite"));
    QFile::remove(db);
    QVERIFY(QFile::copy(m_db, db));  // without its -shm: that must be made, and cannot be there
    const QString mountRo = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' || exit 99\n"
                                           "touch '%1/probe' 2>/dev/null && exit 98\n")
                                .arg(media);
    Run r = test::runScript(mountRo + QStringLiteral("\"$STEMWISE\" export-db - --db '%1'").arg(db), true);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.database/1"));
    QCOMPARE(doc.value(QStringLiteral("sessions")).toArray().at(0).toObject().value(QStringLiteral("tracks")).toArray().size(), 4);
    r = test::runScript(mountRo + QStringLiteral("\"$STEMWISE\" history Kick --db '%1'").arg(db), true);
    QVERIFY2(r.exitCode == 0 && r.out.contains("Kick"), qPrintable(describe(r)));
    // A command that writes says the media is read-only, and changes nothing.
    r = test::runScript(mountRo + QStringLiteral("\"$STEMWISE\" analyze '%2' --db '%1' --json /dev/null").arg(db, m_session), true);
    QVERIFY2(r.exitCode == 1 && r.err.contains("read-only"), qPrintable(describe(r)));
}

void TestUserData::lockedDatabaseIsWaitedForOnceWithABound()
{
    // A database write-locked by another program cost 30 s per file, one after another.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("locked.sqlite"));
    QVERIFY(QFile::copy(m_db, db));
    QStringList stems;
    for (int i = 0; i < 6; ++i) {
        stems << dir.filePath(QStringLiteral("s%1.wav").arg(i));
        writeStem(stems.back(), 100.0 + 37.0 * i, 0.5);
    }
    QProcess holder;  // another program holding the write lock for 60 s
    holder.start(QStringLiteral(STEMWISE_PYTHON),
                 {QStringLiteral("-c"), QStringLiteral("import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                                                       "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)"),
                  db});
    QVERIFY(holder.waitForReadyRead(30000));
    QElapsedTimer timer;
    timer.start();
    const Run r = runStemwise(QStringList{QStringLiteral("analyze"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                                          QStringLiteral("-")}
                              + stems);
    const qint64 ms = timer.elapsed();
    holder.kill();
    holder.waitForFinished();
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    // One wait of at most 10 s, said once; not 6 × 30 s.
    QVERIFY2(ms < 25000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    QCOMPARE(r.err.count("is locked by another program; waiting up to 10 s for it"), 1);
    // Every file analysed, every one reported as not stored, in the JSON too.
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("tracks")).toArray().size(), 6);
    const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 6);
    for (const auto& e : errors)
        QVERIFY2(e.toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("locked")),
                 qPrintable(e.toObject().value(QStringLiteral("error")).toString()));
}

QTEST_GUILESS_MAIN(TestUserData)
#include "tst_userdata.moc"
