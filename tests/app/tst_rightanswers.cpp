// Right results and clear answers on the command line (issue 15): each test is an attack
// from the issue that gave a wrong result or an unclear message — stems of one name in three
// containers, a history row the user wants gone, --bpm nan, --genre polka, --type Nope=kick,
// an empty folder, --help-all, a silent reference, a track name that is a spreadsheet formula.
#include "clirunner.h"
#include "testsignals.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <limits>

using namespace stemwise;
using test::Run;
using test::runStemwise;

namespace {

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.left(3000)), QString::fromUtf8(r.err.left(3000)));
}

// One second of a sine at `hz`, in the container `format` (libsndfile's SF_FORMAT_…).
void writeSine(const QString& path, double hz, int format, double amplitude = 0.3)
{
    const auto samples = test::sine(hz, amplitude, 48000, 48000);
    SF_INFO info{};
    info.samplerate = 48000;
    info.channels = 1;
    info.format = format;
    SNDFILE* f = sf_open(path.toUtf8().constData(), SFM_WRITE, &info);
    QVERIFY2(f != nullptr, sf_strerror(nullptr));
    QCOMPARE(sf_writef_float(f, samples.data(), 48000), sf_count_t{48000});
    QCOMPARE(sf_close(f), 0);
}

QJsonObject jsonOf(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }

}  // namespace

class TestRightAnswers : public QObject {
    Q_OBJECT
private slots:
    void stemsOfOneNameAreTracksOfTheirOwn();
    void theUserDeletesAHistoryEntry();
    void numericOptionsAreChecked_data();
    void numericOptionsAreChecked();
    void unknownGenreAndTrackAreListed();
    void emptyFolderIsAnError();
    void helpAllNeverOpensTheApp();
    void silentOrBrokenReferenceIsRefused();
    void csvCellsAreNeverFormulas();
};

void TestRightAnswers::stemsOfOneNameAreTracksOfTheirOwn()
{
    // Vocal.wav, Vocal.flac and Vocal.aiff merged into one track whose history mixed the
    // three files and grew on every run.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("session"));
    QVERIFY(QDir().mkpath(folder));
    writeSine(folder + QStringLiteral("/Vocal.wav"), 220.0, SF_FORMAT_WAV | SF_FORMAT_PCM_24);
    writeSine(folder + QStringLiteral("/Vocal.flac"), 330.0, SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
    writeSine(folder + QStringLiteral("/Vocal.aiff"), 440.0, SF_FORMAT_AIFF | SF_FORMAT_PCM_16);
    writeSine(folder + QStringLiteral("/Bass.wav"), 55.0, SF_FORMAT_WAV | SF_FORMAT_PCM_24);
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QStringList args{QStringLiteral("analyze"), folder, QStringLiteral("--db"), db, QStringLiteral("--brief")};
    Run r = runStemwise(args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QStringList names;
    for (const auto& t : jsonOf(r.out).value(QStringLiteral("tracks")).toArray())
        names << t.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Bass"), QStringLiteral("Vocal.aiff"), QStringLiteral("Vocal.flac"),
                                 QStringLiteral("Vocal.wav")}));
    for (int run = 0; run < 2; ++run)  // analysing again adds nothing
        QVERIFY2(runStemwise(args).exitCode == 0, "again");
    r = runStemwise({QStringLiteral("history"), QStringLiteral("Vocal"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray tracks = jsonOf(r.out).value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 3);
    for (const auto& t : tracks) {
        const QJsonObject track = t.toObject();
        const QJsonArray entries = track.value(QStringLiteral("analyses")).toArray();
        QCOMPARE(entries.size(), 1);
        const QString file = entries.at(0).toObject().value(QStringLiteral("file")).toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(file.endsWith(QLatin1Char('/') + track.value(QStringLiteral("name")).toString()),
                 qPrintable(file + QStringLiteral(" in ") + track.value(QStringLiteral("name")).toString()));
    }
    // One of them by its file name.
    r = runStemwise({QStringLiteral("history"), QStringLiteral("Vocal.flac"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("tracks")).toArray().size(), 1);
}

void TestRightAnswers::theUserDeletesAHistoryEntry()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("Kick.wav"));
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    writeSine(file, 60.0, SF_FORMAT_WAV | SF_FORMAT_PCM_24, 0.5);
    QCOMPARE(runStemwise({QStringLiteral("analyze"), file, QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("/dev/null")}).exitCode, 0);
    writeSine(file, 60.0, SF_FORMAT_WAV | SF_FORMAT_PCM_24, 0.25);  // a re-bounce
    QCOMPARE(runStemwise({QStringLiteral("analyze"), file, QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("/dev/null")}).exitCode, 0);
    const QString backup = dir.filePath(QStringLiteral("backup.json"));
    QCOMPARE(runStemwise({QStringLiteral("export-db"), backup, QStringLiteral("--db"), db}).exitCode, 0);
    auto entries = [&] {
        const Run h = runStemwise({QStringLiteral("history"), file, QStringLiteral("--json"), QStringLiteral("--db"), db});
        return jsonOf(h.out).value(QStringLiteral("tracks")).toArray().at(0).toObject().value(QStringLiteral("analyses")).toArray();
    };
    QCOMPARE(entries().size(), 2);
    const qint64 first = entries().at(0).toObject().value(QStringLiteral("id")).toInteger();
    // The text names the id to delete.
    Run r = runStemwise({QStringLiteral("history"), file, QStringLiteral("--db"), db});
    QVERIFY2(r.out.contains(QStringLiteral("(id %1)").arg(first).toUtf8()), qPrintable(describe(r)));
    // A mistyped id of another track, or none at all, deletes nothing.
    r = runStemwise({QStringLiteral("history"), file, QStringLiteral("--delete"), QStringLiteral("9999"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 1 && r.err.contains("has no analysis with the id 9999"), qPrintable(describe(r)));
    r = runStemwise({QStringLiteral("history"), file, QStringLiteral("--delete"), QStringLiteral("x"), QStringLiteral("--db"), db});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(entries().size(), 2);
    r = runStemwise({QStringLiteral("history"), file, QStringLiteral("--delete"), QString::number(first), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("Deleted analysis %1 of Kick.wav").arg(first).toUtf8()),
             qPrintable(describe(r)));
    QCOMPARE(entries().size(), 1);
    // Importing the backup from before does not bring it back.
    r = runStemwise({QStringLiteral("import-db"), backup, QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(entries().size(), 1);
}

void TestRightAnswers::numericOptionsAreChecked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("--bpm nan") << QStringList{QStringLiteral("suggest"), QStringLiteral("."), QStringLiteral("--bpm"), QStringLiteral("nan")}
                               << QStringLiteral("--bpm takes a tempo from 20 to 400 BPM (got 'nan')");
    QTest::newRow("--bpm inf") << QStringList{QStringLiteral("report"), QStringLiteral("."), QStringLiteral("--bpm"), QStringLiteral("inf")}
                               << QStringLiteral("--bpm takes a tempo from 20 to 400 BPM (got 'inf')");
    QTest::newRow("--jobs -1") << QStringList{QStringLiteral("analyze"), QStringLiteral("."), QStringLiteral("--jobs"), QStringLiteral("-1")}
                               << QStringLiteral("--jobs takes a whole number from 0 (one per core) to 1024 (got '-1')");
    QTest::newRow("--max-per-track 0") << QStringList{QStringLiteral("suggest"), QStringLiteral("."), QStringLiteral("--max-per-track"), QStringLiteral("0")}
                                       << QStringLiteral("--max-per-track takes a number from 1 to 100");
}

void TestRightAnswers::numericOptionsAreChecked()
{
    // --bpm nan used to be accepted and stored forever.
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runStemwise(args);
    QVERIFY2(r.exitCode == 2 && r.err.contains(message.toUtf8()), qPrintable(describe(r)));
}

void TestRightAnswers::unknownGenreAndTrackAreListed()
{
    QTemporaryDir dir;
    writeSine(dir.filePath(QStringLiteral("Kick.wav")), 60.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    Run r = runStemwise({QStringLiteral("suggest"), dir.path(), QStringLiteral("--genre"), QStringLiteral("polka")});
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("unknown genre 'polka'; Stemwise knows: pop, rock, metal, hip-hop, edm, jazz, acoustic, classical"),
             qPrintable(describe(r)));
    r = runStemwise({QStringLiteral("analyze"), dir.path(), QStringLiteral("--type"), QStringLiteral("Nope=kick"), QStringLiteral("--no-store")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("--type Nope=kick: no file named 'Nope' among the inputs (their tracks: Kick)"),
             qPrintable(describe(r)));
    r = runStemwise({QStringLiteral("analyze"), dir.path(), QStringLiteral("--type"), QStringLiteral("Kick=nope"), QStringLiteral("--no-store")});
    QVERIFY2(r.exitCode == 2 && r.err.contains("TYPE one of: "), qPrintable(describe(r)));
}

void TestRightAnswers::emptyFolderIsAnError()
{
    // An empty folder exited 0 saying nothing, and `suggest` on it reported "every figure is
    // within its range".
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    const QString empty = dir.filePath(QStringLiteral("empty"));
    for (const QString& command : {QStringLiteral("analyze"), QStringLiteral("suggest"), QStringLiteral("report")}) {
        const Run r = runStemwise({command, empty, QStringLiteral("--db"), dir.filePath(QStringLiteral("db.sqlite"))});
        QVERIFY2(r.exitCode == 1, qPrintable(command + describe(r)));
        QVERIFY2(r.err.contains((empty + QStringLiteral(": no audio files in this folder")).toUtf8())
                     && r.err.contains((command + QStringLiteral(": nothing to analyse")).toUtf8()),
                 qPrintable(describe(r)));
        QVERIFY(!r.out.contains("within its range"));
    }
}

void TestRightAnswers::helpAllNeverOpensTheApp()
{
    // `stemwise --help-all` opened the desktop app.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));  // would fail without a display
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), {QStringLiteral("--help-all")});
    const Run r = test::finish(p);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains("stemwise analyze PATH..."));
    QVERIFY(r.out.contains("--screenshot FILE"));
}

void TestRightAnswers::silentOrBrokenReferenceIsRefused()
{
    // reference add accepted silent or NaN files that then broke compare --genre.
    QTemporaryDir dir;
    const QString silent = dir.filePath(QStringLiteral("silence.wav"));
    QCOMPARE(QString::fromStdString(test::writeAudio(silent.toStdString(), {std::vector<float>(48000 * 2, 0.0f)})), QString());
    std::vector<float> broken = test::sine(440.0, 0.3, 48000, 48000 * 2);
    for (std::size_t i = 0; i < broken.size(); i += 1000)
        broken[i] = std::numeric_limits<float>::quiet_NaN();
    const QString nan = dir.filePath(QStringLiteral("nan.wav"));
    QCOMPARE(QString::fromStdString(test::writeAudio(nan.toStdString(), {broken}, core::FileType::Wav, core::SampleEncoding::Float32)), QString());
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    Run r = runStemwise({QStringLiteral("reference"), QStringLiteral("add"), silent, nan, QStringLiteral("--genre"),
                         QStringLiteral("pop"), QStringLiteral("--db"), db});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains(silent.toUtf8() + ": not added to the reference library: it is digital silence"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(nan.toUtf8() + ": not added to the reference library: 96 of its samples are not numbers"),
             qPrintable(describe(r)));
    r = runStemwise({QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestRightAnswers::csvCellsAreNeverFormulas()
{
    // CSV cells starting with =, +, -, @ were not neutralised (formula injection).
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("s"));
    QVERIFY(QDir().mkpath(folder));
    writeSine(folder + QStringLiteral("/=HYPERLINK(\"http-evil\";\"x\").wav"), 220.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    writeSine(folder + QStringLiteral("/@SUM(1+1).wav"), 330.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    writeSine(folder + QStringLiteral("/-2+3.wav"), 440.0, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    const QString csv = dir.filePath(QStringLiteral("csv"));
    const Run r = runStemwise({QStringLiteral("report"), folder, QStringLiteral("--csv"), csv, QStringLiteral("--no-mix"),
                               QStringLiteral("--db"), dir.filePath(QStringLiteral("db.sqlite"))});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QFile figures(csv + QStringLiteral("/figures.csv"));
    QVERIFY(figures.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = figures.readAll().split('\n');
    QStringList firstCells;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            firstCells << QString::fromUtf8(lines[i].left(lines[i].indexOf(",")));
    QCOMPARE(firstCells, (QStringList{QStringLiteral("'-2+3"), QStringLiteral("\"'=HYPERLINK(\"\"http-evil\"\";\"\"x\"\")\""),
                                      QStringLiteral("'@SUM(1+1)")}));
    // Numbers keep their sign.
    QVERIFY(lines[1].contains(",-"));
}

QTEST_GUILESS_MAIN(TestRightAnswers)
#include "tst_rightanswers.moc"
