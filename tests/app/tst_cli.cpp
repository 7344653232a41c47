// The command-line contract: exit codes, JSON that validates against its schema, and a
// clear, per-file error for every kind of bad input while good files are still reported.
#include "clirunner.h"
#include "testsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace stemwise;
using test::Run;
using test::runStemwise;
using test::schemaViolations;

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void versionPrintsTheProjectVersion();
    void helpNamesEveryCommand();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void analyzeReportsEachFileCorrectly();
    void analyzeExpandsFoldersSorted();
    void analyzeFindsTheSessionsSections();
    void analyzeWritesJsonToAFile();
    void demoWritesTheSessionAndPrintsPaths();
};

void TestCli::versionPrintsTheProjectVersion()
{
    const Run r = runStemwise({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("stemwise " STEMWISE_VERSION));
}

void TestCli::helpNamesEveryCommand()
{
    const Run r = runStemwise({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"analyze", "demo", "follow", "serve", "--demo", "--version"})
        QVERIFY2(r.out.contains(word), word);
    const Run sub = runStemwise({QStringLiteral("analyze"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains("--json"));
}

void TestCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("analyze without paths") << QStringList{QStringLiteral("analyze")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("analyze"), QStringLiteral("--bogus"), QStringLiteral("x.wav")};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("analyse")};
    QTest::newRow("demo with two folders") << QStringList{QStringLiteral("demo"), QStringLiteral("a"), QStringLiteral("b")};
}

void TestCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    const Run r = runStemwise(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("stemwise: "));
}

void TestCli::analyzeReportsEachFileCorrectly()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const test::Planar stereo{test::sine(440, 0.5, 44100, 44100), test::sine(660, 0.5, 44100, 44100)};
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "wav.wav", stereo, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm24, 44100)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "flac.flac", stereo, core::FileType::Flac,
                                                     core::SampleEncoding::Pcm16, 44100)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "aiff.aiff", stereo, core::FileType::Aiff,
                                                     core::SampleEncoding::Pcm16, 44100)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "ogg.ogg", stereo, core::FileType::OggVorbis,
                                                     core::SampleEncoding::Compressed, 44100)), QString());
    std::ofstream(root / "empty.wav").close();
    std::ofstream(root / "text.wav") << "not audio at all\n";

    QStringList args{QStringLiteral("analyze")};
    for (const char* name : {"wav.wav", "flac.flac", "aiff.aiff", "ogg.ogg", "empty.wav", "text.wav", "missing.wav"})
        args << QString::fromStdString((root / name).string());
    const Run r = runStemwise(args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(schemaViolations(r.out, "stemwise.analysis-1.schema.json"), QString());

    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.analysis/1"));
    const QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 4);
    const QStringList containers{QStringLiteral("WAV"), QStringLiteral("FLAC"), QStringLiteral("AIFF"), QStringLiteral("OGG")};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject format = tracks[i].toObject().value(QStringLiteral("format")).toObject();
        QCOMPARE(format.value(QStringLiteral("container")).toString(), containers[i]);
        QCOMPARE(format.value(QStringLiteral("sample_rate")).toInt(), 44100);
        QCOMPARE(format.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(std::abs(format.value(QStringLiteral("duration_s")).toDouble() - 1.0) < 0.05);
    }
    QCOMPARE(tracks[0].toObject().value(QStringLiteral("format")).toObject().value(QStringLiteral("frames")).toInt(), 44100);
    QCOMPARE(tracks[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("wav"));

    const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 3);
    auto errorFor = [&errors](const char* name) {
        for (const auto& e : errors) {
            if (e.toObject().value(QStringLiteral("path")).toString().endsWith(QLatin1String(name)))
                return e.toObject().value(QStringLiteral("error")).toString();
        }
        return QString();
    };
    QCOMPARE(errorFor("empty.wav"), QStringLiteral("is empty (0 bytes)"));
    QVERIFY(errorFor("text.wav").startsWith(QLatin1String("is not an audio file")));
    QCOMPARE(errorFor("missing.wav"), QStringLiteral("no such file or folder"));
    // Each failure is also named on stderr, with its path.
    QVERIFY(r.err.contains("empty.wav: is empty"));
    QVERIFY(r.err.contains("missing.wav: no such file"));
}

void TestCli::analyzeExpandsFoldersSorted()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    for (const char* name : {"b.wav", "a.wav", "c.flac"})
        QCOMPARE(QString::fromStdString(test::writeAudio(root / name, {test::sine(100, 0.1, 48000, 4800)},
                                                         std::string_view(name).ends_with("flac")
                                                             ? core::FileType::Flac : core::FileType::Wav)),
                 QString());
    std::ofstream(root / "readme.txt") << "ignored: not an audio extension";
    const Run r = runStemwise({QStringLiteral("analyze"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray tracks = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 3);
    QCOMPARE(tracks[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(tracks[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("c"));
}

void TestCli::analyzeWritesJsonToAFile()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "t.wav", {test::sine(100, 0.1, 48000, 4800)})), QString());
    const QString out = dir.filePath(QStringLiteral("report.json"));
    const Run r = runStemwise({QStringLiteral("analyze"), dir.filePath(QStringLiteral("t.wav")), QStringLiteral("--json"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("tracks")).toArray().size(), 1);
}

void TestCli::demoWritesTheSessionAndPrintsPaths()
{
    QTemporaryDir dir;
    const Run r = runStemwise({QStringLiteral("demo"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (const QByteArray& line : lines)
        QVERIFY2(QFileInfo::exists(QString::fromUtf8(line)), line.constData());
    const Run analyzed = runStemwise({QStringLiteral("analyze"), dir.path()});
    QCOMPARE(analyzed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(analyzed.out).object().value(QStringLiteral("tracks")).toArray().size(), 5);
}

void TestCli::analyzeFindsTheSessionsSections()
{
    // A session of three stems: a pad and a bass throughout, a vocal entering at 16.5 s and
    // leaving at 32 s of 44. Sines have no pulse, so no tempo: the boundaries are not snapped.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    constexpr int kRate = 22050;
    const auto frames = static_cast<std::size_t>(44 * kRate);
    auto vocal = test::sine(330, 0.3, kRate, frames);
    for (std::size_t i = 0; i < frames; ++i)
        if (i < static_cast<std::size_t>(16.5 * kRate) || i >= static_cast<std::size_t>(32 * kRate))
            vocal[i] = 0.0f;
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "pad.wav", {test::sine(220, 0.2, kRate, frames)},
                                                     core::FileType::Wav, core::SampleEncoding::Pcm24, kRate)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "bass.wav", {test::sine(55, 0.4, kRate, frames)},
                                                     core::FileType::Wav, core::SampleEncoding::Pcm24, kRate)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "vocal.wav", {vocal}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm24, kRate)), QString());
    const Run r = runStemwise({QStringLiteral("analyze"), QStringLiteral("--no-store"), QStringLiteral("--brief"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(schemaViolations(r.out, "stemwise.analysis-1.schema.json"), QString());
    const QJsonObject session = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("none"));
    const QJsonObject sections = session.value(QStringLiteral("sections")).toObject();
    QCOMPARE(sections.value(QStringLiteral("stems")).toInt(), 3);
    QVERIFY(sections.value(QStringLiteral("tempo_bpm")).isNull());
    const QJsonArray boundaries = sections.value(QStringLiteral("boundaries")).toArray();
    QCOMPARE(boundaries.size(), 2);
    QVERIFY(std::abs(boundaries[0].toObject().value(QStringLiteral("time_s")).toDouble() - 16.5) <= 0.25);
    QVERIFY(std::abs(boundaries[1].toObject().value(QStringLiteral("time_s")).toDouble() - 32.0) <= 0.25);
    QCOMPARE(boundaries[0].toObject().value(QStringLiteral("entered")).toArray(), QJsonArray{QStringLiteral("vocal")});
    QCOMPARE(boundaries[1].toObject().value(QStringLiteral("left")).toArray(), QJsonArray{QStringLiteral("vocal")});
    const QJsonArray list = sections.value(QStringLiteral("sections")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].toObject().value(QStringLiteral("group")).toString(), QStringLiteral("A"));
    QCOMPARE(list[1].toObject().value(QStringLiteral("group")).toString(), QStringLiteral("B"));
    QCOMPARE(list[2].toObject().value(QStringLiteral("group")).toString(), QStringLiteral("A"));
    QCOMPARE(list[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("section 2"));
    QCOMPARE(list[2].toObject().value(QStringLiteral("end_s")).toDouble(), 44.0);

    // `stemwise sections` says the same; with --bpm 120 (a bar is 2 s) the exit at 32 s is
    // bar line 16.
    const Run command = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), dir.path(),
                                      QStringLiteral("--bpm"), QStringLiteral("120"), QStringLiteral("--json"),
                                      QStringLiteral("-")});
    QCOMPARE(command.exitCode, 0);
    QCOMPARE(schemaViolations(command.out, "stemwise.sections-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(command.out).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.sections/1"));
    QCOMPARE(doc.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("user"));
    const QJsonObject snapped = doc.value(QStringLiteral("sections")).toObject();
    QCOMPARE(snapped.value(QStringLiteral("bar_s")).toDouble(), 2.0);
    const QJsonObject exit = snapped.value(QStringLiteral("boundaries")).toArray()[1].toObject();
    QCOMPARE(exit.value(QStringLiteral("time_s")).toDouble(), 32.0);
    QVERIFY(exit.value(QStringLiteral("snapped_to_bar")).toBool());
    const Run text = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), dir.path()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("Sections: 3 (A B A) from 3 stems, no tempo: not snapped to bars; 16."), text.out.constData());
    QVERIFY(text.out.contains("vocal in"));
    QVERIFY(text.out.contains("vocal out"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
