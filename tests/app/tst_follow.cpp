// stemwise follow (issue 20, point 3) through the command line: the real binary follows a
// DAW played by liblo's own tools over loopback. oscdump stands in for the DAW's OSC port and
// shows the subscription the follower sent; oscsend sends the DAW's feedback. The run ends by
// SIGTERM once the last oscsend has returned (its datagram is then in the follower's socket,
// which the follower drains before it stops), so nothing here depends on timing. The JSON is
// checked value by value and against resources/schemas/stemwise.daw-follow-1.schema.json.
#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace stemwise::test;

namespace {

constexpr int kWaitMs = 10000;

// A UDP port free a moment ago (for oscdump, which takes a port number).
int freeUdpPort()
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0
                       && ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &length) == 0;
    ::close(fd);
    return bound ? ntohs(a.sin_port) : 0;
}

// Runs oscsend (liblo-tools) and waits for it.
void oscsend(int port, const QStringList& message)
{
    QProcess p;
    p.start(QStringLiteral("oscsend"), QStringList{QStringLiteral("127.0.0.1"), QString::number(port)} + message);
    QVERIFY2(p.waitForFinished(kWaitMs), "oscsend did not finish (is liblo-tools installed?)");
    QCOMPARE(p.exitCode(), 0);
}

// Starts `stemwise follow ARGS --json -` and returns the port it listens on, read from stderr.
int startFollow(QProcess& follow, const QStringList& args)
{
    follow.start(QStringLiteral(STEMWISE_EXECUTABLE),
                 QStringList{QStringLiteral("follow")} + args + QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    static const QRegularExpression listening(QStringLiteral("listening on UDP port (\\d+)"));
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kWaitMs) {
        follow.waitForReadyRead(100);
        err += follow.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(err));
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return 0;
}

const QJsonObject trackNamed(const QJsonArray& tracks, const QString& name)
{
    for (const auto& t : tracks)
        if (t.toObject().value(QStringLiteral("name")).toString() == name)
            return t.toObject();
    return {};
}

}  // namespace

class TestFollow : public QObject {
    Q_OBJECT

private slots:
    void followsArdourDrivenByOscsend();
    void followsReaperDrivenByOscsend();
    void saysWhenTheDawNeverAnswers();
    void refusesBadUsage();
};

void TestFollow::followsArdourDrivenByOscsend()
{
    // The DAW's port: oscdump prints what the follower sends it.
    const int dawPort = freeUdpPort();
    QVERIFY(dawPort > 0);
    QProcess ardour;
    ardour.start(QStringLiteral("oscdump"), {QStringLiteral("-L"), QString::number(dawPort)});
    QVERIFY2(ardour.waitForStarted(kWaitMs), "oscdump did not start (is liblo-tools installed?)");

    QProcess follow;
    const int port = startFollow(follow, {QStringLiteral("--daw"), QStringLiteral("ardour"), QStringLiteral("--port"),
                                          QString::number(dawPort), QStringLiteral("--seconds"), QStringLiteral("60")});
    QVERIFY(port > 0);
    QByteArray subscription;
    QTRY_VERIFY_WITH_TIMEOUT((subscription += ardour.readAllStandardOutput()).contains("/set_surface"), kWaitMs);
    QVERIFY2(subscription.contains(QStringLiteral("/set_surface iiiiiii 0 15 11 2 0 0 %1").arg(port).toUtf8()),
             subscription.constData());

    oscsend(port, {QStringLiteral("/strip/name"), QStringLiteral("is"), QStringLiteral("1"), QStringLiteral("Kick")});
    oscsend(port, {QStringLiteral("/strip/name"), QStringLiteral("is"), QStringLiteral("2"), QStringLiteral("Lead Vox")});
    oscsend(port, {QStringLiteral("/strip/gain"), QStringLiteral("if"), QStringLiteral("1"), QStringLiteral("-6.5")});
    oscsend(port, {QStringLiteral("/strip/gain"), QStringLiteral("if"), QStringLiteral("2"), QStringLiteral("-200")});
    oscsend(port, {QStringLiteral("/strip/pan_stereo_position"), QStringLiteral("if"), QStringLiteral("1"),
                   QStringLiteral("0.75")});
    oscsend(port, {QStringLiteral("/strip/mute"), QStringLiteral("if"), QStringLiteral("2"), QStringLiteral("1")});
    oscsend(port, {QStringLiteral("/strip/solo"), QStringLiteral("if"), QStringLiteral("1"), QStringLiteral("1")});
    oscsend(port, {QStringLiteral("/strip/select"), QStringLiteral("if"), QStringLiteral("2"), QStringLiteral("1")});
    oscsend(port, {QStringLiteral("/strip/meter"), QStringLiteral("if"), QStringLiteral("1"), QStringLiteral("-20")});
    oscsend(port, {QStringLiteral("/strip/gain"), QStringLiteral("is"), QStringLiteral("1"), QStringLiteral("loud")});
    follow.terminate();
    const Run run = finish(follow);
    ardour.terminate();
    ardour.waitForFinished(kWaitMs);

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(schemaViolations(run.out, "stemwise.daw-follow-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.daw-follow/1"));
    QCOMPARE(doc.value(QStringLiteral("daw")).toString(), QStringLiteral("ardour"));
    QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("following"));
    QCOMPARE(doc.value(QStringLiteral("daw_port")).toInt(), dawPort);
    QCOMPARE(doc.value(QStringLiteral("listen_port")).toInt(), port);
    QCOMPARE(doc.value(QStringLiteral("selected")).toString(), QStringLiteral("Lead Vox"));
    const QJsonObject messages = doc.value(QStringLiteral("messages")).toObject();
    QCOMPARE(messages.value(QStringLiteral("received")).toInt(), 10);
    QCOMPARE(messages.value(QStringLiteral("applied")).toInt(), 8);
    QCOMPARE(messages.value(QStringLiteral("unknown")).toInt(), 1);
    QCOMPARE(messages.value(QStringLiteral("malformed")).toInt(), 1);
    const QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 2);
    const QJsonObject kick = trackNamed(tracks, QStringLiteral("Kick"));
    QCOMPARE(kick.value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(kick.value(QStringLiteral("gain_db")).toDouble(), -6.5);
    QCOMPARE(kick.value(QStringLiteral("pan")).toDouble(), -0.5);  // Ardour's 0.75: half left
    QCOMPARE(kick.value(QStringLiteral("solo")).toBool(), true);
    QCOMPARE(kick.value(QStringLiteral("mute")).toBool(), false);
    QCOMPARE(kick.value(QStringLiteral("selected")).toBool(), false);
    const QJsonObject vox = trackNamed(tracks, QStringLiteral("Lead Vox"));
    QVERIFY(vox.value(QStringLiteral("gain_db")).isNull());  // -inf
    QCOMPARE(vox.value(QStringLiteral("gain_known")).toBool(), true);
    QCOMPARE(vox.value(QStringLiteral("mute")).toBool(), true);
    QCOMPARE(vox.value(QStringLiteral("selected")).toBool(), true);
}

void TestFollow::followsReaperDrivenByOscsend()
{
    const int dawPort = freeUdpPort();
    QVERIFY(dawPort > 0);
    QProcess reaper;
    reaper.start(QStringLiteral("oscdump"), {QStringLiteral("-L"), QString::number(dawPort)});
    QVERIFY(reaper.waitForStarted(kWaitMs));
    QProcess follow;
    const int listen = freeUdpPort();  // REAPER's own default, 9000, may be taken here
    const int port = startFollow(follow, {QStringLiteral("--daw"), QStringLiteral("reaper"), QStringLiteral("--host"),
                                          QStringLiteral("localhost"), QStringLiteral("--port"), QString::number(dawPort),
                                          QStringLiteral("--listen"), QString::number(listen)});
    QCOMPARE(port, listen);
    QByteArray refresh;
    QTRY_VERIFY_WITH_TIMEOUT((refresh += reaper.readAllStandardOutput()).contains("/action i 41743"), kWaitMs);

    oscsend(port, {QStringLiteral("/track/1/name"), QStringLiteral("s"), QStringLiteral("Drums")});
    oscsend(port, {QStringLiteral("/track/1/volume/db"), QStringLiteral("f"), QStringLiteral("-4.5")});
    oscsend(port, {QStringLiteral("/track/1/pan"), QStringLiteral("f"), QStringLiteral("0.25")});
    oscsend(port, {QStringLiteral("/track/1/select"), QStringLiteral("f"), QStringLiteral("1")});
    oscsend(port, {QStringLiteral("/track/2/name"), QStringLiteral("s"), QStringLiteral("Bass")});
    oscsend(port, {QStringLiteral("/track/2/volume/str"), QStringLiteral("s"), QStringLiteral("-12.00dB")});
    oscsend(port, {QStringLiteral("/track/2/mute"), QStringLiteral("f"), QStringLiteral("1")});
    follow.terminate();
    const Run run = finish(follow);
    reaper.terminate();
    reaper.waitForFinished(kWaitMs);

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(schemaViolations(run.out, "stemwise.daw-follow-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("daw")).toString(), QStringLiteral("reaper"));
    QCOMPARE(doc.value(QStringLiteral("messages")).toObject().value(QStringLiteral("applied")).toInt(), 7);
    QCOMPARE(doc.value(QStringLiteral("selected")).toString(), QStringLiteral("Drums"));
    const QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 2);
    const QJsonObject drums = trackNamed(tracks, QStringLiteral("Drums"));
    QCOMPARE(drums.value(QStringLiteral("gain_db")).toDouble(), -4.5);
    QCOMPARE(drums.value(QStringLiteral("pan")).toDouble(), -0.5);
    const QJsonObject bass = trackNamed(tracks, QStringLiteral("Bass"));
    QCOMPARE(bass.value(QStringLiteral("gain_db")).toDouble(), -12.0);
    QCOMPARE(bass.value(QStringLiteral("mute")).toBool(), true);
}

void TestFollow::saysWhenTheDawNeverAnswers()
{
    const int dawPort = freeUdpPort();  // nobody listens there
    const auto run = runStemwise({QStringLiteral("follow"), QStringLiteral("--daw"), QStringLiteral("ardour"),
                                  QStringLiteral("--port"), QString::number(dawPort), QStringLiteral("--seconds"),
                                  QStringLiteral("0.3"), QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("follow: no answer from Ardour at 127.0.0.1:" + QByteArray::number(dawPort)),
             run.err.constData());
    QCOMPARE(schemaViolations(run.out, "stemwise.daw-follow-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(doc.value(QStringLiteral("subscriptions")).toInt(), 1);
    QCOMPARE(doc.value(QStringLiteral("tracks")).toArray().size(), 0);
}

void TestFollow::refusesBadUsage()
{
    for (const QStringList& args : {QStringList{QStringLiteral("--daw"), QStringLiteral("cubase")},
                                    QStringList{},
                                    QStringList{QStringLiteral("--daw"), QStringLiteral("ardour"), QStringLiteral("--port"),
                                                QStringLiteral("70000")},
                                    QStringList{QStringLiteral("--daw"), QStringLiteral("reaper"), QStringLiteral("--seconds"),
                                                QStringLiteral("-1")}}) {
        const auto run = runStemwise(QStringList{QStringLiteral("follow")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("stemwise: follow: "), run.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
