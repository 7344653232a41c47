// stemwise import-session (issue 20, point 1) through the command line: the text with its
// units, the JSON against resources/schemas/stemwise.daw-session-1.schema.json for the real
// Ardour session and a REAPER project, the file's own errors (exit 1, named) and bad usage
// (exit 2).
#include "clirunner.h"
#include "testsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace stemwise::test;

namespace {

const QString kData = QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw");

}  // namespace

class TestImportSession : public QObject {
    Q_OBJECT

private slots:
    void printsTheArdourSessionAsText();
    void writesJsonTheSchemaAccepts();
    void namesTheFileAndTheReasonOfAnError();
    void refusesBadUsage();
    void analyzeOpensASessionFileLikeAFolder();
    void sectionsTakeTheSessionsTempo();
    void theSessionsMarkersAreTheSectionBoundaries();
};

void TestImportSession::printsTheArdourSessionAsText()
{
    // Named by its folder, as a file manager shows an Ardour session.
    const auto run = runStemwise({QStringLiteral("import-session"), kData + QStringLiteral("/ardour7-song")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("Tempo: 128.00 BPM in 3/4; 96.00 BPM from 11.250 s")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("     8.000 s  Verse 1")));
    QVERIFY(out.contains(QStringLiteral("Guitar L                 track     -9.5 dB   +0.0 dB  L 100  yes  -    -\n")));
    QVERIFY(out.contains(QStringLiteral("    plug-in  ACE EQ [eq, LV2] (bypassed)")));
    QVERIFY(out.contains(QStringLiteral("    VCA      Drums VCA: -4.0 dB\n")));
    QVERIFY(out.contains(QStringLiteral("    file     Take1_Keys-1%R.wav\n")));
}

void TestImportSession::writesJsonTheSchemaAccepts()
{
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("ardour.json"));
    auto run = runStemwise({QStringLiteral("import-session"), kData + QStringLiteral("/ardour7-song/ardour7-song.ardour"),
                            QStringLiteral("--json"), json});
    QCOMPARE(run.exitCode, 0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(schemaViolations(bytes, "stemwise.daw-session-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.daw-session/1"));
    QCOMPARE(doc.value(QStringLiteral("daw")).toString(), QStringLiteral("ardour"));
    QCOMPARE(doc.value(QStringLiteral("tempo_bpm")).toDouble(), 128.0);
    QCOMPARE(doc.value(QStringLiteral("time_signature")).toObject().value(QStringLiteral("numerator")).toInt(), 3);
    const QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 7);
    const QJsonObject vox = tracks.at(2).toObject();
    QCOMPARE(vox.value(QStringLiteral("name")).toString(), QStringLiteral("Lead Vox"));
    QVERIFY(std::abs(vox.value(QStringLiteral("gain_db")).toDouble() - 2.5) < 1e-5);
    QVERIFY(std::abs(vox.value(QStringLiteral("pan")).toDouble() - -0.3) < 1e-6);
    QCOMPARE(vox.value(QStringLiteral("solo")).toBool(), true);
    QCOMPARE(vox.value(QStringLiteral("plugins")).toArray().at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("gate"));
    QCOMPARE(doc.value(QStringLiteral("markers")).toArray().at(1).toObject().value(QStringLiteral("time_s")).toDouble(), 23.4375);

    // REAPER, to stdout: a track at -inf has a null gain, files outside are flagged, and each
    // is named on stderr as a warning.
    run = runStemwise({QStringLiteral("import-session"), kData + QStringLiteral("/reaper/mix.RPP"), QStringLiteral("--json"),
                       QStringLiteral("-")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(schemaViolations(run.out, "stemwise.daw-session-1.schema.json"), QString());
    const QJsonObject rpp = QJsonDocument::fromJson(run.out).object();
    const QJsonObject gtr = rpp.value(QStringLiteral("tracks")).toArray().at(4).toObject();
    QCOMPARE(gtr.value(QStringLiteral("name")).toString(), QStringLiteral("Guitar \"Crunch\""));
    QVERIFY(gtr.value(QStringLiteral("gain_db")).isNull());
    QCOMPARE(rpp.value(QStringLiteral("ranges")).toArray().at(0).toObject().value(QStringLiteral("end_s")).toDouble(), 45.5);
    QVERIFY2(run.err.contains("mix.RPP: track 'Bass \"Big\" 'DI'': the file '/mnt/elsewhere/bass.wav' lies outside the "
                              "project folder; not opened"),
             run.err.constData());
}

void TestImportSession::namesTheFileAndTheReasonOfAnError()
{
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.RPP"));
    {
        std::ofstream out(cut.toStdString());
        out << "<REAPER_PROJECT 0.1 \"6.80\" 1\n  <TRACK\n    NAME x\n";
    }
    const auto run = runStemwise({QStringLiteral("import-session"), cut, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("stemwise: %1: is cut short: the chunk <TRACK opened at line 2 is never closed (truncated file?)\n")
                 .arg(cut));
}

void TestImportSession::refusesBadUsage()
{
    auto run = runStemwise({QStringLiteral("import-session")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("import-session: name one session file"));
    // --json naming the session itself would destroy it.
    const QString session = kData + QStringLiteral("/reaper/mix.RPP");
    run = runStemwise({QStringLiteral("import-session"), session, QStringLiteral("--json"), session});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("is one of the files this command reads"));
    run = runStemwise({QStringLiteral("import-session"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Usage: stemwise import-session [options] FILE"));
}

void TestImportSession::analyzeOpensASessionFileLikeAFolder()
{
    // The session stands for the takes its tracks play.
    const auto run = runStemwise({QStringLiteral("analyze"), QStringLiteral("--no-store"), QStringLiteral("--json"),
                                  QStringLiteral("-"), kData + QStringLiteral("/ardour7-song/ardour7-song.ardour")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray tracks = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("tracks")).toArray();
    QStringList names;
    for (const auto& t : tracks)
        names << t.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Take1_Kick-1"), QStringLiteral("Take1_Bass DI-1"),
                                 QStringLiteral("Take1_Lead Vox-1"), QStringLiteral("Take1_Guitar L-1"),
                                 QStringLiteral("Take1_Keys-1%L"), QStringLiteral("Take1_Keys-1%R")}));
    // The session's tempo is the session file's (the takes are sines with no pulse).
    QCOMPARE(schemaViolations(run.out, "stemwise.analysis-1.schema.json"), QString());
    const QJsonObject session = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("session")).toObject();
    QCOMPARE(session.value(QStringLiteral("tempo_bpm")).toDouble(), 128.0);
    QCOMPARE(session.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("daw"));
    // A project whose files are all missing or outside: each named with its track, exit 1.
    const auto none = runStemwise({QStringLiteral("analyze"), QStringLiteral("--no-store"), QStringLiteral("--json"),
                                   QStringLiteral("-"), kData + QStringLiteral("/reaper/mix.RPP")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("stemwise: /mnt/elsewhere/bass.wav: played by the track 'Bass \"Big\" 'DI'' of mix.RPP, but "
                               "outside the session's folder: not opened\n"),
             none.err.constData());
    QVERIFY(none.err.contains("analyze: nothing to analyse"));
}

void TestImportSession::sectionsTakeTheSessionsTempo()
{
    // The takes are sines with no pulse: 128 BPM can only come from the session file.
    const auto run = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), QStringLiteral("--json"),
                                  QStringLiteral("-"), kData + QStringLiteral("/ardour7-song/ardour7-song.ardour")});
    QCOMPARE(run.exitCode, 0);
    const QString violations = schemaViolations(run.out, "stemwise.sections-1.schema.json");
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("tempo_bpm")).toDouble(), 128.0);
    QCOMPARE(doc.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("daw"));
    // --bpm still wins.
    const auto given = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), QStringLiteral("--json"),
                                    QStringLiteral("-"), QStringLiteral("--bpm"), QStringLiteral("90"),
                                    kData + QStringLiteral("/ardour7-song/ardour7-song.ardour")});
    QCOMPARE(given.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(given.out).object().value(QStringLiteral("tempo_source")).toString(), QStringLiteral("user"));
}

void TestImportSession::theSessionsMarkersAreTheSectionBoundaries()
{
    // A REAPER project with two takes: Pad from 0 s, Lead from 12 s, both 30 s long; markers
    // "Intro" at 0 and "Verse" at 11.5 s (by hand, half a second early), a region "Hook" from 20
    // to 26 s. The boundaries are the project's (11.5, 20, 26 s), not the 12 s the stems show.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "Audio");
    constexpr double kRate = 22050.0;
    const auto frames = static_cast<std::size_t>(30.0 * kRate);
    std::vector<float> lead = sine(660.0, 0.3, kRate, frames);
    std::fill(lead.begin(), lead.begin() + static_cast<std::ptrdiff_t>(12.0 * kRate), 0.0F);
    QCOMPARE(writeAudio(root / "Audio" / "pad.wav", {sine(220.0, 0.3, kRate, frames)}, stemwise::core::FileType::Wav,
                              stemwise::core::SampleEncoding::Pcm24, kRate),
             std::string());
    QCOMPARE(writeAudio(root / "Audio" / "lead.wav", {lead}, stemwise::core::FileType::Wav, stemwise::core::SampleEncoding::Pcm24, kRate),
             std::string());
    auto item = [](const char* file) {
        return std::string("    <ITEM\n      POSITION 0\n      LENGTH 30\n      <SOURCE WAVE\n        FILE \"") + file
            + "\"\n      >\n    >\n";
    };
    std::ofstream(root / "song.RPP") << "<REAPER_PROJECT 0.1 \"6.80/linux64\" 1701870000\n"
                                        "  TEMPO 120 4 4\n"
                                        "  SAMPLERATE 22050 0 0\n"
                                        "  MARKER 1 0 \"Intro\" 0\n"
                                        "  MARKER 2 11.5 \"Verse\" 0\n"
                                        "  MARKER 3 20 \"Hook\" 1\n"
                                        "  MARKER 3 26 \"\" 1\n"
                                        "  <TRACK\n    NAME Pad\n"
                                     << item("Audio/pad.wav") << "  >\n  <TRACK\n    NAME Lead\n"
                                     << item("Audio/lead.wav") << "  >\n>\n";
    const auto run = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), QStringLiteral("--json"),
                                  QStringLiteral("-"), dir.filePath(QStringLiteral("song.RPP"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(schemaViolations(run.out, "stemwise.sections-1.schema.json"), QString());
    const QJsonObject sections = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("sections")).toObject();
    QCOMPARE(sections.value(QStringLiteral("method")).toString(), QStringLiteral("session_markers"));
    const QJsonArray boundaries = sections.value(QStringLiteral("boundaries")).toArray();
    QCOMPARE(boundaries.size(), 3);
    const double times[] = {11.5, 20.0, 26.0};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject b = boundaries[i].toObject();
        QCOMPARE(b.value(QStringLiteral("time_s")).toDouble(), times[i]);
        QCOMPARE(b.value(QStringLiteral("source")).toString(), QStringLiteral("session_marker"));
        QCOMPARE(b.value(QStringLiteral("confidence")).toDouble(), 1.0);
    }
    // What changed at the hand-placed "Verse": the lead came in.
    QCOMPARE(boundaries[0].toObject().value(QStringLiteral("entered")).toArray().first().toString(), QStringLiteral("lead"));
    QStringList names;
    for (const auto& sec : sections.value(QStringLiteral("sections")).toArray())
        names << sec.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Intro"), QStringLiteral("Verse"), QStringLiteral("Hook"), QStringLiteral("section 4")}));
    // The text says where they came from.
    const auto text = runStemwise({QStringLiteral("sections"), QStringLiteral("--no-store"), dir.filePath(QStringLiteral("song.RPP"))});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("boundaries at the session's markers; 11.5 s Verse: lead in; 20.0 s Hook; 26.0 s"), text.out.constData());
}

QTEST_GUILESS_MAIN(TestImportSession)
#include "tst_importsession.moc"
