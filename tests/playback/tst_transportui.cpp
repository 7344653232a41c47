// The workspace's playback, offscreen, on the demo session against a real JACK server (dummy
// backend): Space plays and the playhead moves on the waveform; solo in the track table; a
// suggestion's Listen plays the stretch and band its evidence calls for, looped; its Preview
// plays the move matched; a rating given after Listen is stored as such; the comparison view
// plays A/B matched and switches at the playhead.
// With STEMWISE_SCREENSHOT_DIR set, it also saves the README's pictures of these there
// (transport.png, preview.png, ab.png): `STEMWISE_SCREENSHOT_DIR=docs/screenshots
// build/default/tests/playback/tst_transportui`.
#include "jackserver.h"
#include "playbackcapture.h"

#include "comparison/comparisondialog.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "playback/listenplan.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "suggestionspanel.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "transport/abplayer.h"
#include "transport/playbackcontroller.h"
#include "transport/timelinecursor.h"
#include "transport/transportbar.h"
#include "views/waveformview.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>

using namespace stemwise;

class TestTransportUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_transportui"));
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
        m_session = QDir(m_dir.path()).filePath(QStringLiteral("Demo Session"));
        QVERIFY(core::writeDemoSession(m_session.toStdString()).ok());
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        m_window->playback()->setOutput(QStringLiteral("JACK"), QStringLiteral("system"));
        QSignalSpy dbReady(m_window.get(), &ui::MainWindow::databaseReady);
        m_window->configureDatabase(m_dir.filePath(QStringLiteral("stemwise.sqlite")));
        QVERIFY(dbReady.wait(20000));
        QSignalSpy loaded(m_window.get(), &ui::MainWindow::sessionLoaded);
        QSignalSpy suggested(m_window.get(), &ui::MainWindow::suggestionsShown);
        m_window->openPaths({m_session});
        QVERIFY(loaded.wait(180000));
        QVERIFY(suggested.count() > 0 || suggested.wait(120000));
        QVERIFY(m_window->selectTrack(QStringLiteral("Lead Vocal")));
    }
    void cleanupTestCase()
    {
        // The window closes its engine on the pool: let that finish while the JACK server still
        // runs (the server stops with this object; PortAudio's JACK host asserts when it
        // closes a client whose server is mid-shutdown).
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    void spacePlaysAndThePlayheadMoves()
    {
        ui::PlaybackController* playback = m_window->playback();
        QTRY_VERIFY_WITH_TIMEOUT(playback->tracks().size() == 5, 5000);
        m_window->activateWindow();
        m_window->trackTable()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(playback->playing(), 10000);
        auto* cursor = m_window->trackPanel()->waveformView()->cursor();
        const int x0 = cursor->playheadX();
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > 1.0, 10000);
        QVERIFY2(cursor->playheadX() > x0, qPrintable(QStringLiteral("%1 → %2").arg(x0).arg(cursor->playheadX())));
        QVERIFY(m_window->transportBar()->positionLabel()->text().startsWith(QStringLiteral("0:01")));
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!playback->playing(), 5000);
        const double pausedAt = playback->positionS();
        QTest::qWait(300);
        QCOMPARE(playback->positionS(), pausedAt);
        // A click on the waveform moves the playhead there.
        QTest::mouseClick(m_window->trackPanel()->waveformView(), Qt::LeftButton, {},
                          QPoint(xAt(cursor, 10.0), m_window->trackPanel()->waveformView()->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(std::fabs(playback->positionS() - 10.0) < 0.1, 3000);
        QCOMPARE(playback->status().underruns, std::int64_t{0});
    }

    void soloInTheTableReachesTheEngine()
    {
        ui::TrackTableModel* model = m_window->trackModel();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->trackName(r) == QStringLiteral("Bass"))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row, ui::TrackTableModel::Solo), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_window->playback()->soloed(QStringLiteral("Bass")));
        QVERIFY(model->setData(model->index(row, ui::TrackTableModel::Solo), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!m_window->playback()->soloed(QStringLiteral("Bass")));
    }

    void listenPlaysTheRegionItsEvidenceCallsFor()
    {
        // The first suggestion with a band (a de-esser, a cut, a high-pass or masking) on the
        // vocal: Listen loops exactly the stretch listenPlanFor() chose, in that band.
        m_window->showView(ui::MainWindow::View::Suggestions);
        ui::SuggestionsPanel* panel = m_window->suggestionsPanel();
        const core::Suggestion* chosen = nullptr;
        for (int row = 0; row < panel->list()->topLevelItemCount() && chosen == nullptr; ++row) {
            panel->selectRow(row);
            const core::Suggestion* s = panel->selectedSuggestion();
            if (s != nullptr && s->type != core::SuggestionType::Level && s->target.kind != core::SuggestionTarget::Kind::Session) {
                std::vector<const core::TrackProfile*> profiles;
                for (int r = 0; r < m_window->trackModel()->rowCount(); ++r)
                    profiles.push_back(m_window->trackModel()->track(r)->profile.get());
                if (core::listenPlanFor(*s, profiles).bandHz)
                    chosen = s;
            }
        }
        QVERIFY2(chosen != nullptr, "no suggestion with a band on the demo session");
        std::vector<const core::TrackProfile*> profiles;
        for (int r = 0; r < m_window->trackModel()->rowCount(); ++r)
            profiles.push_back(m_window->trackModel()->track(r)->profile.get());
        const core::ListenPlan plan = core::listenPlanFor(*chosen, profiles);
        panel->listenButton()->click();
        ui::PlaybackController* playback = m_window->playback();
        QCOMPARE(playback->aid(), ui::PlaybackController::Aid::Listen);
        QTRY_VERIFY_WITH_TIMEOUT(playback->playing(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(playback->status().looping, 3000);
        QVERIFY(std::fabs(playback->status().loopStartS - plan.startS) < 0.001);
        QVERIFY(std::fabs(playback->status().loopEndS - plan.endS) < 0.001);
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > plan.startS + 0.3, 5000);
        QVERIFY(playback->positionS() < plan.endS);
        QVERIFY2(m_window->transportBar()->aidLabel()->text().startsWith(QStringLiteral("Listening:")),
                 qPrintable(m_window->transportBar()->aidLabel()->text()));
        // For the picture: a moment into the phrase, the meters filled.
        QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > plan.startS + 3.5, 8000);
        m_window->showView(ui::MainWindow::View::Track);
        QTest::qWait(100);
        shoot(m_window.get(), "transport.png");
        m_window->showView(ui::MainWindow::View::Suggestions);
        // Preview where the suggestion carries a move: with the move, matched.
        if (panel->previewButton()->isEnabled()) {
            panel->previewButton()->click();
            QCOMPARE(playback->aid(), ui::PlaybackController::Aid::Preview);
            QTRY_VERIFY_WITH_TIMEOUT(playback->status().previewOn, 5000);
            QTRY_VERIFY_WITH_TIMEOUT(playback->status().region.has_value(), 10000);
            QVERIFY(m_window->transportBar()->withButton()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(playback->positionS() > plan.startS + 3.5, 8000);
            shoot(m_window.get(), "preview.png");
            m_window->transportBar()->withButton()->click();  // without
            QTRY_VERIFY_WITH_TIMEOUT(!playback->status().previewOn, 3000);
        }
        playback->endAid();
        playback->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!playback->playing(), 5000);
        QCOMPARE(playback->status().underruns, std::int64_t{0});
    }

    void ratingAfterListeningIsStoredAsSuch()
    {
        // One suggestion not played yet, rated as read; another rated after pressing Listen.
        m_window->showView(ui::MainWindow::View::Suggestions);
        ui::SuggestionsPanel* panel = m_window->suggestionsPanel();
        int unheardRow = -1;
        int heardRow = -1;
        for (int row = 0; row < panel->list()->topLevelItemCount(); ++row) {
            panel->selectRow(row);
            const core::Suggestion* s = panel->selectedSuggestion();
            if (s == nullptr || s->storeId == 0)
                continue;
            if (unheardRow < 0 && !panel->listenedTo(s->uid))
                unheardRow = row;
            else if (heardRow < 0)
                heardRow = row;
        }
        QVERIFY2(unheardRow >= 0 && heardRow >= 0,
                 qPrintable(QStringLiteral("two stored suggestions, one not listened to yet, among %1")
                                .arg(panel->list()->topLevelItemCount())));
        auto* useful = panel->findChild<QPushButton*>(QStringLiteral("rate-useful"));
        auto* notUseful = panel->findChild<QPushButton*>(QStringLiteral("rate-not-useful"));
        QVERIFY(useful != nullptr && notUseful != nullptr);
        QSignalSpy rated(m_window.get(), &ui::MainWindow::suggestionRated);

        panel->selectRow(unheardRow);
        const std::int64_t unheard = panel->selectedSuggestion()->storeId;
        useful->click();
        QVERIFY(rated.wait(10000));

        panel->selectRow(heardRow);
        const std::int64_t heard = panel->selectedSuggestion()->storeId;
        panel->listenButton()->click();
        ui::PlaybackController* playback = m_window->playback();
        QCOMPARE(playback->aid(), ui::PlaybackController::Aid::Listen);
        QTRY_VERIFY_WITH_TIMEOUT(playback->playing(), 10000);
        QVERIFY2(panel->details()->toPlainText().contains(QStringLiteral("You listened to it")),
                 qPrintable(panel->details()->toPlainText()));
        notUseful->click();
        QVERIFY(rated.wait(10000));
        QVERIFY2(panel->details()->toPlainText().contains(QStringLiteral("You rated it after listening")),
                 qPrintable(panel->details()->toPlainText()));
        shoot(m_window.get(), "rated-after-listening.png");
        playback->endAid();
        playback->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!playback->playing(), 5000);

        // What the database holds, read through a connection of its own.
        auto opened = core::Store::open(m_dir.filePath(QStringLiteral("stemwise.sqlite")).toStdString());
        QVERIFY(opened.store);
        core::SuggestionRepository repo(opened.store->db());
        const auto ofUnheard = repo.ratingsOf(unheard);
        const auto ofHeard = repo.ratingsOf(heard);
        QCOMPARE(ofUnheard.size(), std::size_t(1));
        QCOMPARE(ofHeard.size(), std::size_t(1));
        QCOMPARE(ofUnheard[0].feedback, core::Feedback::Useful);
        QVERIFY(!ofUnheard[0].afterListening);
        QCOMPARE(ofHeard[0].feedback, core::Feedback::NotUseful);
        QVERIFY(ofHeard[0].afterListening);
    }

    void comparisonViewPlaysAbMatched()
    {
        ui::ComparisonDialog dialog(*m_window->trackModel(), m_window.get());
        dialog.show();
        ui::AbPlayer* ab = dialog.abPlayer();
        ab->controller()->setOutput(QStringLiteral("JACK"), QStringLiteral("system"));
        QVERIFY2(ab->gainLabel()->text().contains(QStringLiteral("LUFS")), qPrintable(ab->gainLabel()->text()));
        ab->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->playing(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->status().slotMatches.size() == 2, 3000);
        const auto& t = ab->controller()->tracks();
        for (std::size_t k = 0; k < 2; ++k) {
            const auto& m = ab->controller()->status().slotMatches[k];
            QVERIFY(t[k].integratedLufs.has_value());
            QVERIFY(std::fabs(m.gainDb - (-23.0 - *t[k].integratedLufs)) < 1e-9);
        }
        const double before = ab->controller()->positionS();
        ab->bButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(ab->controller()->status().activeSlot, 1, 3000);
        QVERIFY(ab->controller()->positionS() >= before);  // the same position, going on
        QVERIFY(ab->bButton()->isChecked() && !ab->aButton()->isChecked());
        shoot(&dialog, "ab.png");
        ab->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(!ab->controller()->playing(), 5000);
        QCOMPARE(ab->controller()->status().underruns, std::int64_t{0});
    }

private:
    static void shoot(QWidget* widget, const char* name)
    {
        const QString dir = qEnvironmentVariable("STEMWISE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(QDir(dir).filePath(QLatin1String(name))));
    }

    // The view x whose time is nearest `seconds`.
    static int xAt(const ui::TimelineCursor* cursor, double seconds)
    {
        int best = 0;
        for (int x = 0; x < 4000; ++x)
            if (std::fabs(cursor->timeAt(x) - seconds) < std::fabs(cursor->timeAt(best) - seconds))
                best = x;
        return best;
    }

    QTemporaryDir m_dir;
    QString m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    stemwise::test::JackServer m_server;
};

QTEST_MAIN(TestTransportUi)
#include "tst_transportui.moc"
