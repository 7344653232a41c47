// The Live view against a real audio server: a private JACK server, the suite's feeder, and
// the LiveWindow metering it (offscreen): meters, the live suggestions, a take joining
// the session of the main window, and metering again after the server went away. Also
// renders the screenshot for docs/: set STEMWISE_SCREENSHOT to a .png path to keep it, and
// STEMWISE_SCREENSHOT_LANGUAGE (de, fr, es) for the window in that language.
#include "jackserver.h"
#include "mixsignals.h"
#include "liveview/livewindow.h"
#include "mainwindow.h"
#include "suggestionspanel.h"
#include "theme.h"
#include "tracktablemodel.h"
#include "translations.h"

#include <QApplication>

#include <QAction>
#include <QDir>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <optional>

using stemwise::ui::LiveWindow;

namespace {

QPushButton* recordButton(QWidget& window)
{
    return window.findChild<QPushButton*>(QStringLiteral("recordButton"));
}

// Selects the JACK input once the window has listed the devices (on its control thread) and
// starts it; true once it runs.
bool startJack(LiveWindow& window)
{
    if (!QTest::qWaitFor([&] { return window.selectDevice(QStringLiteral("system"), QStringLiteral("JACK")); }, 15000))
        return false;
    if (!window.startInput())
        return false;
    return QTest::qWaitFor([&] { return window.running(); }, 15000);
}

// Analysis ▸ Live Input… of `main`: the Live view as a window of its own (nullptr if the
// menu has no such entry).
LiveWindow* openLiveView(stemwise::ui::MainWindow& main)
{
    for (QAction* a : main.menuBar()->findChildren<QAction*>())
        if (a->text().contains(QStringLiteral("Live Input"))) {
            a->trigger();
            return main.findChild<LiveWindow*>();
        }
    return nullptr;
}

// The integrated loudness the window shows ("M … S … I -23.0 LRA …"), as a number.
std::optional<double> shownIntegratedLufs(const LiveWindow& window)
{
    const QStringList words = window.loudnessText().split(QLatin1Char(' '));
    const qsizetype at = words.indexOf(QStringLiteral("I"));
    bool ok = false;
    const double lufs = at >= 0 && at + 1 < words.size() ? words[at + 1].toDouble(&ok) : 0.0;
    return ok ? std::optional<double>(lufs) : std::nullopt;
}

}  // namespace

class TestLiveView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // the main window's settings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_liveview"));
        stemwise::ui::applyTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));  // as the app looks
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
    }

    void metersASineAndRecordsATake()
    {
        QString error;
        QVERIFY2(feed(QStringLiteral("sine"), -23, &error), qPrintable(error));
        QTemporaryDir dir;
        LiveWindow window;
        // The devices are listed on the window's control thread: the constructor returned
        // before PortAudio probed anything, and the window says what it is doing.
        QVERIFY(window.busy());
        QCOMPARE(window.statusText(), QStringLiteral("Looking for inputs…"));
        QSignalSpy listed(&window, &LiveWindow::devicesListed);
        QVERIFY(listed.wait(15000));
        QVERIFY(listed.front().at(0).toInt() >= 1);
        QVERIFY(!window.busy());
        window.setTakesFolder(dir.path());
        window.show();
        QVERIFY2(startJack(window), qPrintable(window.statusText()));
        QSignalSpy takes(&window, &LiveWindow::takeRecorded);
        // The record button is the one labelled so; press it through the UI.
        auto* record = recordButton(window);
        QVERIFY(record != nullptr);
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(QStringLiteral("Recording to")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > 4 * 48000, 15000);
        // Integrated loudness of a -23 dBFS 1 kHz stereo sine: -23.0 LUFS (EBU Tech 3341 case 1),
        // within 0.1 LU as shown (one decimal).
        const auto integrated = shownIntegratedLufs(window);
        QVERIFY2(integrated && std::fabs(*integrated + 23.0) <= 0.1 + 1e-9, qPrintable(window.loudnessText()));
        QTest::mouseClick(record, Qt::LeftButton);  // stop the take (finished on the control thread)
        QTRY_COMPARE_WITH_TIMEOUT(takes.count(), 1, 15000);
        const QString take = takes.first().first().toString();
        SF_INFO info{};
        SNDFILE* f = sf_open(take.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY2(f != nullptr, qPrintable(take));
        sf_close(f);
        QVERIFY2(info.frames > 3 * 48000, qPrintable(QString::number(info.frames)));
        window.stopInput();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 15000);
        QVERIFY(!window.running());
        QCOMPARE(window.statusText(), QStringLiteral("Stopped."));
    }

    void rumbleOnAVocalBringsAHighPassSuggestion()
    {
        QString error;
        QVERIFY2(feed(QStringLiteral("rumble"), -12, &error), qPrintable(error));
        LiveWindow window;
        window.setSourceType(QStringLiteral("vocals"));
        window.show();
        QVERIFY2(startJack(window), qPrintable(window.statusText()));
        // The first round after 3 s of audio, then one every 3 s (generous: a loaded machine).
        QTRY_VERIFY_WITH_TIMEOUT(window.suggestionRules().contains(QStringLiteral("high_pass")), 60000);
        // Rounds update the list in place: the high-pass row stays the same item, selected.
        auto* list = window.findChild<QTreeWidget*>();
        QVERIFY(list != nullptr);
        QTreeWidgetItem* highPass = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == QStringLiteral("high_pass"))
                highPass = list->topLevelItem(i);
        QVERIFY(highPass != nullptr);
        QVERIFY2(highPass->text(1).startsWith(QStringLiteral("High-pass")), qPrintable(highPass->text(1)));
        list->setCurrentItem(highPass);
        const std::int64_t rounds = window.suggestionRounds();
        QTRY_VERIFY_WITH_TIMEOUT(window.suggestionRounds() >= rounds + 2, 60000);
        QVERIFY(list->indexOfTopLevelItem(highPass) >= 0);
        QCOMPARE(list->currentItem(), highPass);
        QVERIFY(window.suggestionRules().contains(QStringLiteral("high_pass")));
        window.stopInput();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 15000);
    }

    void aTakeJoinsTheSessionWithItsFigures()
    {
        QString error;
        QVERIFY2(feed(QStringLiteral("sine"), -23, &error), qPrintable(error));
        QTemporaryDir dir;
        stemwise::ui::MainWindow main;
        main.show();
        QSignalSpy dbReady(&main, &stemwise::ui::MainWindow::databaseReady);
        main.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
        QVERIFY(dbReady.wait(20000));
        // Analysis ▸ Live Input… opens the Live view as a window of its own.
        auto* live = openLiveView(main);
        QVERIFY(live != nullptr);
        live->setTakesFolder(dir.filePath(QStringLiteral("takes")));
        QVERIFY2(startJack(*live), qPrintable(live->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(live->loudnessText().startsWith(QStringLiteral("M -23.")), 15000);  // the sine arrived
        QSignalSpy loaded(&main, &stemwise::ui::MainWindow::sessionLoaded);
        auto* record = recordButton(*live);
        QVERIFY(record != nullptr);
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(live->statusText().startsWith(QStringLiteral("Recording to")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(live->framesMetered() > 48000 * 4, 15000);
        QTest::qWait(3000);  // about 3 s of take
        QTest::mouseClick(record, Qt::LeftButton);  // stop: the take joins the session
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.front().at(0).toInt(), 1);  // ready
        QCOMPARE(loaded.front().at(1).toInt(), 0);  // failed
        auto* model = main.trackModel();
        QCOMPARE(model->rowCount(), 1);
        const auto* track = model->track(0);
        QVERIFY(track != nullptr && track->profile != nullptr);
        QVERIFY2(QString::fromStdString(track->profile->name).startsWith(QStringLiteral("take-")),
                 track->profile->name.c_str());
        // A -23 dBFS 1 kHz stereo sine: -23.0 LUFS integrated (EBU Tech 3341 case 1) and a
        // -23 dBFS sample peak, measured by the offline analysis of the recorded file.
        const auto& lufs = track->profile->loudness.integratedLufs;
        QVERIFY(lufs.has_value());
        qInfo("the take in the session: %.3f LUFS integrated, %.3f dBFS peak, %.2f s", *lufs,
              *track->profile->dynamics.peakDbfs, track->profile->file.format.durationS());
        QVERIFY2(std::fabs(*lufs + 23.0) < 0.15, qPrintable(QString::number(*lufs)));
        QVERIFY2(std::fabs(*track->profile->dynamics.peakDbfs + 23.0) < 0.1,
                 qPrintable(QString::number(*track->profile->dynamics.peakDbfs)));
        QVERIFY2(track->profile->file.format.durationS() > 2.5, qPrintable(QString::number(track->profile->file.format.durationS())));
        QCOMPARE(model->data(model->index(0, stemwise::ui::TrackTableModel::Integrated)).toString(),
                 stemwise::ui::formatFigure(lufs, 1));
        live->close();  // WA_DeleteOnClose: stops the input
    }

    // A rating made in the main window while the Live view is open reaches its suggestions.
    void aRatingInTheMainWindowReachesTheLiveView()
    {
        QTemporaryDir dir;
        // A stem for the main window: a voice-like tone over rumble, which gets suggestions.
        const QString folder = dir.filePath(QStringLiteral("session"));
        QVERIFY(QDir().mkpath(folder));
        constexpr double rate = 48000.0;
        constexpr std::size_t frames = 10 * 48000;
        QCOMPARE(stemwise::test::writeAudio((folder + QStringLiteral("/Vox.wav")).toStdString(),
                                            {stemwise::test::sum(stemwise::test::voiceLike(200.0, 0.3, rate, frames),
                                                                 stemwise::test::rumble(35.0, 3.0, rate, frames))}),
                 std::string());
        stemwise::ui::MainWindow main;
        main.show();
        QSignalSpy dbReady(&main, &stemwise::ui::MainWindow::databaseReady);
        main.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
        QVERIFY(dbReady.wait(20000));

        QString error;
        QVERIFY2(feed(QStringLiteral("rumble"), -12, &error), qPrintable(error));
        auto* live = openLiveView(main);
        QVERIFY(live != nullptr);
        live->setSourceType(QStringLiteral("vocals"));
        QVERIFY2(startJack(*live), qPrintable(live->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(live->suggestionRounds() >= 1, 60000);
        QVERIFY2(live->suggestionNote().contains(QStringLiteral("no ratings yet")), qPrintable(live->suggestionNote()));

        main.openPaths({folder});
        auto* panel = main.suggestionsPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->totalCount() > 0, 120000);
        main.showView(stemwise::ui::MainWindow::View::Suggestions);
        QTRY_VERIFY_WITH_TIMEOUT(panel->visibleCount() > 0, 15000);
        panel->selectRow(0);
        QSignalSpy rated(&main, &stemwise::ui::MainWindow::suggestionRated);
        QTest::keyClick(panel->list(), Qt::Key_N);  // "not useful"
        QVERIFY(rated.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(live->suggestionNote().contains(QStringLiteral("your ratings applied")), 60000);
        live->close();  // WA_DeleteOnClose: stops the input
    }

    void screenshotOfMusic()
    {
        QString error;
        QVERIFY2(feed(QStringLiteral("music"), -8, &error), qPrintable(error));
        // STEMWISE_SCREENSHOT_LANGUAGE=de: the window in German (docs/screenshots/live-de.png).
        const QString language = QString::fromLocal8Bit(qgetenv("STEMWISE_SCREENSHOT_LANGUAGE"));
        if (!language.isEmpty())
            QCOMPARE(stemwise::ui::installTranslations(*QCoreApplication::instance(), language), language);
        QTemporaryDir dir;
        LiveWindow window;
        window.setTakesFolder(dir.path());
        window.resize(1000, 780);
        window.setSourceType(QStringLiteral("keys"));
        window.show();
        QVERIFY2(startJack(window), qPrintable(window.statusText()));
        QTest::mouseClick(recordButton(window), Qt::LeftButton);
        // "Recording to take-….wav" in whichever language.
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QStringLiteral(".wav")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > static_cast<std::int64_t>(4.5 * 48000), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.suggestionRounds() >= 2, 60000);
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        const QByteArray target = qgetenv("STEMWISE_SCREENSHOT");
        if (!target.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(target)));
        window.stopInput();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 15000);
        if (!language.isEmpty())  // the other cases read the English texts
            (void)stemwise::ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Last: the audio server goes away mid-take. The window says so and keeps the take; the
    // server comes back under the same name and Start meters it again.
    void serverGoneThenStartMetersAgain()
    {
        QString error;
        QVERIFY2(feed(QStringLiteral("sine"), -23, &error), qPrintable(error));
        QTemporaryDir dir;
        LiveWindow window;
        window.setTakesFolder(dir.path());
        window.show();
        QVERIFY2(startJack(window), qPrintable(window.statusText()));
        QSignalSpy takes(&window, &LiveWindow::takeRecorded);
        QTest::mouseClick(recordButton(window), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(QStringLiteral("Recording to")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > 48000, 15000);

        m_server.stopFeeder();
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(QStringLiteral("Input lost")), 15000);
        QVERIFY2(window.statusText().contains(QStringLiteral("Press Start to meter again")), qPrintable(window.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(takes.count(), 1, 15000);  // the take so far, complete
        SF_INFO info{};
        SNDFILE* f = sf_open(takes.first().first().toString().toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(f != nullptr);
        sf_close(f);
        QVERIFY2(info.frames >= 48000, qPrintable(QString::number(info.frames)));

        QVERIFY2(m_server.start(&error, /*sameName=*/true), qPrintable(error));
        QVERIFY2(feed(QStringLiteral("sine"), -14, &error), qPrintable(error));
        QSignalSpy listed(&window, &LiveWindow::devicesListed);
        window.refreshDevices();  // as a user would, with the Refresh button
        QVERIFY(listed.wait(15000));
        QVERIFY2(startJack(window), qPrintable(window.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > 2 * 48000, 15000);
        // The new stream's integrated loudness: a -14 dBFS stereo 1 kHz sine reads -14.0 LUFS.
        const auto integrated = shownIntegratedLufs(window);
        QVERIFY2(integrated && std::fabs(*integrated + 14.0) <= 0.1 + 1e-9, qPrintable(window.loudnessText()));
        window.stopInput();
        QTRY_VERIFY_WITH_TIMEOUT(!window.busy(), 15000);
    }

private:
    // (Re)starts the feeder playing `signal` at `levelDbfs` (see jackfeeder.cpp).
    bool feed(const QString& signal, double levelDbfs, QString* error)
    {
        return m_server.startFeeder({QStringLiteral("--signal"), signal, QStringLiteral("--level-dbfs"),
                                     QString::number(levelDbfs)},
                                    error);
    }

    stemwise::test::JackServer m_server;
};

QTEST_MAIN(TestLiveView)
#include "tst_liveview.moc"
