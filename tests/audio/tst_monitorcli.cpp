// `stemwise monitor` end to end: a private JACK server, the suite's feeder playing a known
// sine, and the command's JSON (validated against stemwise.monitor-1.schema.json), exit
// codes and recording checked.
#include "clirunner.h"
#include "jackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>

using stemwise::test::runStemwise;
using stemwise::test::schemaViolations;

class TestMonitorCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
        QVERIFY2(m_server.startFeeder({QStringLiteral("--signal"), QStringLiteral("sine"), QStringLiteral("--level-dbfs"),
                                       QStringLiteral("-23"), QStringLiteral("--frequency"), QStringLiteral("1000")},
                                      &error),
                 qPrintable(error));
    }

    void listsTheJackInputAsJson()
    {
        const auto run = runStemwise({QStringLiteral("monitor"), QStringLiteral("--list-devices"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(schemaViolations(run.out, "stemwise.monitor-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(run.out, "stemwise.monitor-1.schema.json")));
        bool found = false;
        for (const auto& d : QJsonDocument::fromJson(run.out).object()[QStringLiteral("devices")].toArray()) {
            const QJsonObject o = d.toObject();
            found = found || (o[QStringLiteral("name")].toString() == QStringLiteral("system")
                              && o[QStringLiteral("host_api")].toString().contains(QStringLiteral("JACK"))
                              && o[QStringLiteral("max_input_channels")].toInt() == 2);
        }
        QVERIFY2(found, run.out.constData());
    }

    void metersAndRecordsASine()
    {
        QTemporaryDir dir;
        const QString take = dir.filePath(QStringLiteral("take.wav"));
        const QStringList args{QStringLiteral("monitor"), QStringLiteral("--host-api"), QStringLiteral("JACK"),
                               QStringLiteral("--device"), QStringLiteral("system"), QStringLiteral("--channels"),
                               QStringLiteral("1,2"), QStringLiteral("--rate"), QStringLiteral("48000"),
                               QStringLiteral("--buffer"), QStringLiteral("256"), QStringLiteral("--seconds"),
                               QStringLiteral("4"), QStringLiteral("--record"), take, QStringLiteral("--json"),
                               QStringLiteral("-"), QStringLiteral("--log")};
        // Again (up to 5 attempts) while the JACK server reports late cycles during the run:
        // the feeder, not a real-time client here, then left gaps in the signal that the
        // meters rightly read (see JackServer::lateCycles()).
        stemwise::test::Run run;
        QVERIFY2(m_server.withoutLateCycles([&] { run = runStemwise(args); }),
                 "the JACK server reported late cycles (gaps in the test signal) in every attempt");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(schemaViolations(run.out, "stemwise.monitor-1.schema.json").isEmpty(),
                 qPrintable(schemaViolations(run.out, "stemwise.monitor-1.schema.json")));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc[QStringLiteral("status")].toString(), QStringLiteral("completed"));
        QVERIFY(doc[QStringLiteral("metered_s")].toDouble() >= 4.0);
        const QJsonObject meters = doc[QStringLiteral("meters")].toObject();
        // EBU Tech 3341 case 1: a 1 kHz sine at -23 dBFS on both channels reads -23.0 LUFS.
        const double integrated = meters[QStringLiteral("integrated_lufs")].toDouble();
        QVERIFY2(std::fabs(integrated + 23.0) < 0.1, qPrintable(QString::number(integrated)));
        const double shortTerm = meters[QStringLiteral("short_term_lufs")].toDouble();
        QVERIFY2(std::fabs(shortTerm + 23.0) < 0.1, qPrintable(QString::number(shortTerm)));
        for (const auto& c : meters[QStringLiteral("channels")].toArray()) {
            const double peak = c.toObject()[QStringLiteral("peak_max_dbfs")].toDouble();
            QVERIFY2(std::fabs(peak + 23.0) < 0.1, qPrintable(QString::number(peak)));
            const double rms = c.toObject()[QStringLiteral("rms_dbfs")].toDouble();
            QVERIFY2(std::fabs(rms + 26.0103) < 0.1, qPrintable(QString::number(rms)));
        }
        // Since the start, which includes the moment the feeder connects the two channels (up
        // to a few JACK cycles apart): identical channels apart from those few hundred frames.
        QVERIFY2(meters[QStringLiteral("correlation")].toDouble() > 0.99, run.out.constData());
        QCOMPARE(doc[QStringLiteral("log")].toArray().size(), 4);
        QCOMPARE(doc[QStringLiteral("counters")].toObject()[QStringLiteral("overflow_frames")].toInt(), 0);

        const QJsonObject rec = doc[QStringLiteral("recording")].toObject();
        const qint64 frames = rec[QStringLiteral("frames")].toInteger();
        QVERIFY2(frames >= 4 * 48000, qPrintable(QString::number(frames)));
        SF_INFO info{};
        SNDFILE* f = sf_open(take.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(f != nullptr);
        sf_close(f);
        QCOMPARE(static_cast<qint64>(info.frames), frames);
        QCOMPARE(info.format, SF_FORMAT_WAV | SF_FORMAT_PCM_24);
    }

    void badUsageAndUnknownDevices()
    {
        auto run = runStemwise({QStringLiteral("monitor"), QStringLiteral("--device"), QStringLiteral("system")});
        QCOMPARE(run.exitCode, 2);  // no --seconds
        run = runStemwise({QStringLiteral("monitor"), QStringLiteral("--seconds"), QStringLiteral("1"),
                           QStringLiteral("--channels"), QStringLiteral("left")});
        QCOMPARE(run.exitCode, 2);
        run = runStemwise({QStringLiteral("monitor"), QStringLiteral("--seconds"), QStringLiteral("-1")});
        QCOMPARE(run.exitCode, 2);
        run = runStemwise({QStringLiteral("monitor"), QStringLiteral("--host-api"), QStringLiteral("JACK"),
                           QStringLiteral("--device"), QStringLiteral("no-such-interface"), QStringLiteral("--seconds"),
                           QStringLiteral("1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no-such-interface") && run.err.contains("'system'"), run.err.constData());
    }

private:
    stemwise::test::JackServer m_server;
};

QTEST_GUILESS_MAIN(TestMonitorCli)
#include "tst_monitorcli.moc"
