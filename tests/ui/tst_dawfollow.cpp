// DAW follow in the workspace (issue 20, point 3), offscreen: a window whose settings turn
// DAW follow on subscribes to a fake Ardour (a liblo server of the test), shows the status in
// the status bar, selects the track the DAW selects (matched by name, as a bounce is), and
// takes the DAW's faders into the track view and a new suggestion round whose mix-bus sum
// is at those faders. The OSC is real, over loopback, written by liblo's lo_send_message.
#include "testsignals.h"

#include "dawfollower.h"
#include "mainwindow.h"
#include "appsettings.h"
#include "settingsdialog.h"
#include "suggestionspanel.h"
#include "tracktablemodel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLineEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <lo/lo.h>

#include <cstring>

using namespace stemwise;

namespace {

constexpr int kWaitMs = 20000;

class FakeArdour {
public:
    FakeArdour() : m_server(lo_server_new(nullptr, nullptr))
    {
        lo_server_add_method(m_server, "/set_surface", nullptr, &FakeArdour::onSubscribe, this);
    }
    ~FakeArdour()
    {
        if (m_to)
            lo_address_free(m_to);
        lo_server_free(m_server);
    }
    FakeArdour(const FakeArdour&) = delete;
    FakeArdour& operator=(const FakeArdour&) = delete;

    int port() const { return lo_server_get_port(m_server); }
    int subscriptions()
    {
        while (lo_server_recv_noblock(m_server, 0) > 0) {
        }
        return m_subscriptions;
    }
    void to(int port) { m_to = lo_address_new("127.0.0.1", std::to_string(port).c_str()); }
    void send(const char* path, int ssid, float value)
    {
        lo_message m = lo_message_new();
        lo_message_add_int32(m, ssid);
        lo_message_add_float(m, value);
        QCOMPARE_GE(lo_send_message(m_to, path, m), 0);
        lo_message_free(m);
    }
    void heartbeat()
    {
        lo_message m = lo_message_new();
        lo_message_add_float(m, 1.0f);
        QCOMPARE_GE(lo_send_message(m_to, "/heartbeat", m), 0);
        lo_message_free(m);
    }
    void name(int ssid, const char* name)
    {
        lo_message m = lo_message_new();
        lo_message_add_int32(m, ssid);
        lo_message_add_string(m, name);
        QCOMPARE_GE(lo_send_message(m_to, "/strip/name", m), 0);
        lo_message_free(m);
    }

private:
    static int onSubscribe(const char*, const char*, lo_arg**, int, lo_message, void* self)
    {
        ++static_cast<FakeArdour*>(self)->m_subscriptions;
        return 0;
    }
    lo_server m_server;
    lo_address m_to = nullptr;
    int m_subscriptions = 0;
};

}  // namespace

class TestDawFollow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void followsArdourInTheWorkspace();
    void settingsDialogKeepsTheDawFollowSettings();
};

void TestDawFollow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dawfollow"));
}

void TestDawFollow::followsArdourInTheWorkspace()
{
    // Two stems named after the DAW's tracks, as bounced.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "stems");
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "stems" / "Kick.wav", {test::sine(60, 0.5, 48000, 96000)})),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "stems" / "Song - Bass.wav", {test::sine(110, 0.5, 48000, 96000)})),
             QString());

    FakeArdour ardour;
    ui::AppSettings settings = ui::AppSettings::load();
    settings.dawFollow = true;
    settings.dawKind = QStringLiteral("ardour");
    settings.dawPort = ardour.port();
    settings.dawListenPort = 0;
    settings.reopenLastSession = false;
    settings.save();

    ui::MainWindow w;
    w.show();
    QSignalSpy dbReady(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(dbReady.wait(kWaitMs));
    QSignalSpy shown(&w, &ui::MainWindow::suggestionsShown);
    QSignalSpy applied(&w, &ui::MainWindow::dawMixApplied);
    w.openPaths({QString::fromStdString((root / "stems").string())});
    QVERIFY(shown.wait(120000));

    // Subscribed, waiting: the status bar says so.
    auto* status = w.findChild<QLabel*>(QStringLiteral("dawFollowLabel"));
    QVERIFY(status != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(w.dawFollower()->listenPort() > 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(ardour.subscriptions() >= 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), kWaitMs);
    QVERIFY2(status->text().startsWith(QStringLiteral("Ardour: waiting for an answer (listening on port")),
             qPrintable(status->text()));

    // The DAW answers (with Ardour's heartbeat, as the follower asked): following, and its
    // selection selects the track named after it.
    ardour.to(w.dawFollower()->listenPort());
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&ardour] { ardour.heartbeat(); });
    heartbeat.start(500);
    ardour.name(1, "Kick");
    ardour.name(2, "Bass");
    ardour.send("/strip/select", 2, 1.0f);
    // (the window's English plural comes with its translations, which this test does not load)
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Ardour: following, 2 track")), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(w.trackModel()->trackName(w.currentRow()), QStringLiteral("Song - Bass"), kWaitMs);
    ardour.send("/strip/select", 2, 0.0f);
    ardour.send("/strip/select", 1, 1.0f);
    QTRY_COMPARE_WITH_TIMEOUT(w.trackModel()->trackName(w.currentRow()), QStringLiteral("Kick"), kWaitMs);

    // A fader and a mute: the track view shows them, and a new round sums the stems there.
    applied.clear();
    const int roundsBefore = static_cast<int>(shown.size());
    QElapsedTimer clock;
    clock.start();
    ardour.send("/strip/gain", 1, -6.0f);
    ardour.send("/strip/pan_stereo_position", 1, 0.25f);  // Ardour's 0.25: R 50
    ardour.send("/strip/mute", 2, 1.0f);
    QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && applied.last().at(0).toInt() == 2, kWaitMs);
    auto* daw = w.findChild<QLabel*>(QStringLiteral("dawContext"));
    QVERIFY(daw != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(daw->text(), QStringLiteral("In Ardour: track <b>Kick</b> (followed live) · fader \u22126.0 dB · "
                                                          "pan R 50 · no plug-ins"),
                              kWaitMs);
    // The round before had no DAW context; the last one after the moves sums at the faders
    // (a slow machine may see a round for the first move and another for the rest).
    QTRY_VERIFY_WITH_TIMEOUT(shown.size() > roundsBefore
                                 && w.suggestionsPanel()->headerText().contains(QStringLiteral("faders")),
                             kWaitMs);
    qInfo("DAW fader move to new suggestions shown: %lld ms", static_cast<long long>(clock.elapsed()));

    // Turned off in the settings: no status, the session's own (none) context again.
    settings.dawFollow = false;
    w.dawFollower()->configure(settings);
    QTRY_VERIFY_WITH_TIMEOUT(!status->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!daw->isVisible(), kWaitMs);
    settings.save();
}

void TestDawFollow::settingsDialogKeepsTheDawFollowSettings()
{
    ui::AppSettings in;
    QVERIFY(!in.dawFollow);  // off by default
    QCOMPARE(in.dawHost, QStringLiteral("127.0.0.1"));
    in.dawFollow = true;
    in.dawKind = QStringLiteral("reaper");
    in.dawHost = QStringLiteral("studio-pc.local");
    in.dawPort = 8001;
    in.dawListenPort = 9001;
    ui::SettingsDialog dialog(in, QStringLiteral("/tmp/x.sqlite"));
    auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("dawFollowBox"));
    QVERIFY(box && box->isCheckable() && box->isChecked());
    QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("dawKindBox"))->currentData().toString(), QStringLiteral("reaper"));
    ui::AppSettings out = dialog.settings();
    QCOMPARE(out.dawFollow, true);
    QCOMPARE(out.dawKind, QStringLiteral("reaper"));
    QCOMPARE(out.dawHost, QStringLiteral("studio-pc.local"));
    QCOMPARE(out.dawPort, 8001);
    QCOMPARE(out.dawListenPort, 9001);
    // Turned off, and an empty host falls back to loopback.
    box->setChecked(false);
    dialog.findChild<QLineEdit*>(QStringLiteral("dawHostEdit"))->clear();
    out = dialog.settings();
    QCOMPARE(out.dawFollow, false);
    QCOMPARE(out.dawHost, QStringLiteral("127.0.0.1"));
    // Saved and loaded back.
    out.save();
    const ui::AppSettings loaded = ui::AppSettings::load();
    QCOMPARE(loaded.dawFollow, false);
    QCOMPARE(loaded.dawKind, QStringLiteral("reaper"));
    QCOMPARE(loaded.dawPort, 8001);
    QCOMPARE(loaded.dawListenPort, 9001);
}

QTEST_MAIN(TestDawFollow)
#include "tst_dawfollow.moc"
