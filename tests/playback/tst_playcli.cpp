// `stemwise play` end to end: a private JACK server, the suite's capture client recording what
// the command plays, and its JSON (validated against stemwise.playback-1.schema.json), exit
// codes and the audio checked against the files.
#include "clirunner.h"
#include "jackserver.h"
#include "playbackcapture.h"
#include "testsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cmath>

using stemwise::test::runStemwise;
using stemwise::test::schemaViolations;
using stemwise::test::Stereo;
using namespace stemwise;

namespace {

constexpr double kRate = 48000.0;

QStringList jackArgs()
{
    return {QStringLiteral("--host-api"), QStringLiteral("JACK"), QStringLiteral("--device"), QStringLiteral("system"),
            QStringLiteral("--rate"), QStringLiteral("48000"), QStringLiteral("--buffer"), QStringLiteral("256")};
}

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

class TestPlayCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
        m_noise = {test::whiteNoise(0.25, 4 * 48000, 11), test::whiteNoise(0.25, 4 * 48000, 12)};
        QVERIFY(test::writeAudio(path("noise.wav").toStdString(), m_noise, core::FileType::Wav,
                                 core::SampleEncoding::Float32)
                    .empty());
        const auto tone = test::sine(1000.0, std::pow(10.0, -23.0 / 20.0), kRate, 6 * 48000, 0.3);
        QVERIFY(test::writeAudio(path("tone-23lufs.wav").toStdString(), {tone, tone}, core::FileType::Wav,
                                 core::SampleEncoding::Float32)
                    .empty());
    }

    void listsTheJackOutputAsJson()
    {
        const auto run = runStemwise({QStringLiteral("play"), QStringLiteral("--list-devices"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(schemaViolations(run.out, "stemwise.playback-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(run.out, "stemwise.playback-1.schema.json")));
        bool found = false;
        for (const auto& d : object(run.out)[QStringLiteral("devices")].toArray()) {
            const QJsonObject o = d.toObject();
            found = found || (o[QStringLiteral("name")].toString() == QStringLiteral("system")
                              && o[QStringLiteral("host_api")].toString().contains(QStringLiteral("JACK"))
                              && o[QStringLiteral("max_output_channels")].toInt() == 2);
        }
        QVERIFY2(found, run.out.constData());
    }

    void playsTheRegionAskedForAndSaysSo()
    {
        // --start 1 --seconds 2: the capture is the file's frames 48000…143999, bit for bit, and
        // the report says 96000 frames. (The capture client connects to the new process's
        // ports a moment after they appear, so its first frame is found in the file.)
        Capture c = play({path("noise.wav"), QStringLiteral("--start"), QStringLiteral("1"), QStringLiteral("--seconds"),
                          QStringLiteral("2")});
        QVERIFY2(c.run.exitCode == 0, c.run.err.constData());
        QVERIFY2(schemaViolations(c.run.out, "stemwise.playback-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(c.run.out, "stemwise.playback-1.schema.json")));
        const QJsonObject doc = object(c.run.out);
        QCOMPARE(doc[QStringLiteral("played")].toObject()[QStringLiteral("frames")].toInteger(), 96000);
        QCOMPARE(doc[QStringLiteral("played")].toObject()[QStringLiteral("stop_reason")].toString(), QStringLiteral("end"));
        QCOMPARE(doc[QStringLiteral("counters")].toObject()[QStringLiteral("underruns")].toInt(), 0);
        QCOMPARE(doc[QStringLiteral("sources")].toArray()[0].toObject()[QStringLiteral("name")].toString(), QStringLiteral("noise"));
        const std::size_t onset = test::onsetFrame(c.audio);
        std::size_t first = 48000;
        while (first < 96000 && m_noise[0][first] != c.audio.l(onset))
            ++first;
        QVERIFY2(first < 52800, qPrintable(QString::number(first)));  // at most 0.1 s missed
        const std::size_t frames = 144000 - first;
        QVERIFY(c.audio.frames() >= onset + frames);
        for (std::size_t k = 0; k < frames; ++k)
            QVERIFY2(c.audio.l(onset + k) == m_noise[0][first + k] && c.audio.r(onset + k) == m_noise[1][first + k],
                     qPrintable(QString::number(k)));
        for (std::size_t k = onset + frames; k < c.audio.frames(); ++k)
            QCOMPARE(c.audio.l(k), 0.0f);
    }

    void matchLufsBringsTheRegionToTheTarget()
    {
        // A −23 LUFS tone played with --match-lufs -16: the region measured −23, the gain +7 dB,
        // and the capture reads −16 LUFS (EBU Tech 3341 tolerance ±0.1 LU).
        Capture c = play({path("tone-23lufs.wav"), QStringLiteral("--start"), QStringLiteral("0.5"),
                          QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--match-lufs"),
                          QStringLiteral("-16")});
        QVERIFY2(c.run.exitCode == 0, c.run.err.constData());
        QVERIFY2(schemaViolations(c.run.out, "stemwise.playback-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(c.run.out, "stemwise.playback-1.schema.json")));
        const QJsonObject m = object(c.run.out)[QStringLiteral("matching")].toObject();
        QCOMPARE(m[QStringLiteral("mode")].toString(), QStringLiteral("region"));
        QVERIFY2(std::fabs(m[QStringLiteral("source_lufs")].toDouble() + 23.0) < 0.1, c.run.out.constData());
        QVERIFY2(std::fabs(m[QStringLiteral("gain_db")].toDouble() - 7.0) < 0.1, c.run.out.constData());
        const std::size_t onset = test::onsetFrame(c.audio);
        const auto lufs = test::integratedLufs(c.audio, kRate, onset + 4800, onset + 3 * 48000);
        QVERIFY2(lufs && std::fabs(*lufs + 16.0) < 0.1, qPrintable(QString::number(lufs.value_or(0.0))));
        const double reported = object(c.run.out)[QStringLiteral("meters")].toObject()[QStringLiteral("integrated_lufs")].toDouble();
        QVERIFY2(std::fabs(reported + 16.0) < 0.15, qPrintable(QString::number(reported)));  // histogram mode: 0.1 LU bins
    }

    void previewIsMatchedToTheSoundWithoutIt()
    {
        // A −6 dB bell at the tone's own frequency: matched, the tone plays at its own level
        // (the move's side gets +6 dB); unmatched, 6 dB down.
        const QString move = QStringLiteral("filter=bell, frequency_hz=1000, gain_db=-6, q=1.4");
        Capture matched = play({path("tone-23lufs.wav"), QStringLiteral("--seconds"), QStringLiteral("2"),
                                QStringLiteral("--preview"), move});
        QVERIFY2(matched.run.exitCode == 0, matched.run.err.constData());
        QVERIFY2(schemaViolations(matched.run.out, "stemwise.playback-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(matched.run.out, "stemwise.playback-1.schema.json")));
        const QJsonObject p = object(matched.run.out)[QStringLiteral("preview")].toObject();
        QCOMPARE(p[QStringLiteral("kind")].toString(), QStringLiteral("bell"));
        QCOMPARE(p[QStringLiteral("on")].toString(), QStringLiteral("tone-23lufs"));
        QVERIFY2(std::fabs(p[QStringLiteral("match_gain_db")].toDouble() - 6.0) < 0.1, matched.run.out.constData());
        const double in = 20.0 * std::log10(std::pow(10.0, -23.0 / 20.0) / std::sqrt(2.0));
        std::size_t onset = test::onsetFrame(matched.audio);
        QVERIFY2(std::fabs(test::rmsDb(matched.audio, 0, onset + 24000, onset + 96000) - in) < 0.1,
                 qPrintable(QString::number(test::rmsDb(matched.audio, 0, onset + 24000, onset + 96000) - in)));
        Capture raw = play({path("tone-23lufs.wav"), QStringLiteral("--seconds"), QStringLiteral("2"),
                            QStringLiteral("--preview"), move, QStringLiteral("--no-preview-match")});
        QVERIFY2(raw.run.exitCode == 0, raw.run.err.constData());
        onset = test::onsetFrame(raw.audio);
        QVERIFY2(std::fabs(test::rmsDb(raw.audio, 0, onset + 24000, onset + 96000) - in + 6.0) < 0.1,
                 qPrintable(QString::number(test::rmsDb(raw.audio, 0, onset + 24000, onset + 96000) - in)));
    }

    void previewsAStoredSuggestionByItsUid()
    {
        // The demo session's suggestions, stored by `stemwise suggest`: one carrying a filter
        // or EQ move is previewed by its uid on the track it concerns.
        const QString session = path("demo");
        const QString db = path("demo.sqlite");
        auto demo = runStemwise({QStringLiteral("demo"), session});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        auto suggest = runStemwise({QStringLiteral("suggest"), session, QStringLiteral("--json"), QStringLiteral("-"),
                                    QStringLiteral("--db"), db});
        QVERIFY2(suggest.exitCode == 0, suggest.err.constData());
        QString uid;
        QString track;
        for (const auto& v : object(suggest.out)[QStringLiteral("suggestions")].toArray()) {
            const QJsonObject s = v.toObject();
            const QString filter = s[QStringLiteral("parameters")].toObject()[QStringLiteral("filter")].toString();
            if ((filter == QStringLiteral("high_pass") || filter == QStringLiteral("bell"))
                && s[QStringLiteral("target")].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("track")) {
                uid = s[QStringLiteral("uid")].toString();
                track = s[QStringLiteral("target")].toObject()[QStringLiteral("tracks")].toArray()[0].toString();
                break;
            }
        }
        QVERIFY2(!uid.isEmpty(), suggest.out.left(2000).constData());
        Capture c = play({session, QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--preview"), uid,
                          QStringLiteral("--db"), db});
        QVERIFY2(c.run.exitCode == 0, c.run.err.constData());
        QVERIFY2(schemaViolations(c.run.out, "stemwise.playback-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(c.run.out, "stemwise.playback-1.schema.json")));
        const QJsonObject p = object(c.run.out)[QStringLiteral("preview")].toObject();
        QCOMPARE(p[QStringLiteral("suggestion_uid")].toString(), uid);
        QCOMPARE(p[QStringLiteral("on")].toString(), track);
        QVERIFY(object(c.run.out)[QStringLiteral("sources")].toArray().size() >= 2);
    }

    void aLoopPlaysUntilInterrupted()
    {
        QProcess p;
        p.start(QStringLiteral(STEMWISE_EXECUTABLE), QStringList{QStringLiteral("play"), path("noise.wav"),
                                                                 QStringLiteral("--start"), QStringLiteral("1"),
                                                                 QStringLiteral("--seconds"), QStringLiteral("0.5"),
                                                                 QStringLiteral("--loop"), QStringLiteral("--json"),
                                                                 QStringLiteral("-")} + jackArgs());
        QVERIFY(p.waitForStarted(5000));
        QThread::msleep(2500);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        const auto run = stemwise::test::finish(p);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject played = object(run.out)[QStringLiteral("played")].toObject();
        QCOMPARE(played[QStringLiteral("stop_reason")].toString(), QStringLiteral("interrupted"));
        QVERIFY2(played[QStringLiteral("frames")].toInteger() > 48000, run.out.constData());  // past the region's 0.5 s
        QVERIFY(object(run.out)[QStringLiteral("region")].toObject()[QStringLiteral("loop")].toBool());
    }

    void badUsageAndBadInput()
    {
        const auto code = [](const QStringList& args) { return runStemwise(QStringList{QStringLiteral("play")} + args); };
        QCOMPARE(code({}).exitCode, 2);
        QCOMPARE(code({path("noise.wav"), QStringLiteral("--band"), QStringLiteral("lows")}).exitCode, 2);
        QCOMPARE(code({path("noise.wav"), QStringLiteral("--listen"), QStringLiteral("left")}).exitCode, 2);
        QCOMPARE(code({path("noise.wav"), QStringLiteral("--match-lufs"), QStringLiteral("-14"),
                       QStringLiteral("--match-integrated")})
                     .exitCode,
                 2);
        QCOMPARE(code({path("noise.wav"), QStringLiteral("--preview"), QStringLiteral("filter=notch, frequency_hz=50")})
                     .exitCode,
                 2);
        auto run = code({path("noise.wav"), QStringLiteral("--solo"), QStringLiteral("vox")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no such stem") && run.err.contains("noise"), run.err.constData());
        run = code(QStringList{path("missing.wav")} + jackArgs());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("missing.wav"), run.err.constData());
        run = code(QStringList{path("noise.wav"), QStringLiteral("--device"), QStringLiteral("no-such-interface"),
                               QStringLiteral("--host-api"), QStringLiteral("JACK")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no-such-interface") && run.err.contains("'system'"), run.err.constData());
    }

private:
    struct Capture {
        stemwise::test::Run run;
        Stereo audio;
    };

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return path(QString::fromLatin1(name)); }

    // Runs `stemwise play ARGS --json - ` on the JACK server with the capture client recording;
    // again while the server reports late cycles (a gap the capture missed is not Stemwise's).
    Capture play(const QStringList& args)
    {
        Capture c;
        m_server.withoutLateCycles([&] {
            test::JackCapture cap;
            QString error;
            if (!cap.start(path("capture.f32"), &error))
                qWarning("%s", qPrintable(error));
            c.run = runStemwise(QStringList{QStringLiteral("play")} + args + jackArgs()
                                + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
            c.audio = cap.stopAndRead();
        });
        return c;
    }

    QTemporaryDir m_dir;
    test::Planar m_noise;
    stemwise::test::JackServer m_server;
};

QTEST_GUILESS_MAIN(TestPlayCli)
#include "tst_playcli.moc"
