// The workspace's playback, offscreen, on the demo session against a real JACK server (dummy
// backend): Space plays and the playhead moves on the waveform; solo in the track table; a
// suggestion's Listen plays the stretch and band its evidence calls for, looped; its Preview
// plays the move matched; a rating given after Listen is stored as such; the comparison view
// plays A/B matched and switches at the playhead, and plays a track against its previous
// bounce from the history while that audio is on disk (and says why not once it is gone), and
// plays the session mix (the stems summed at unity, analysed) against a library reference.
// With STEMWISE_SCREENSHOT_DIR set, it also saves the README's pictures of these there
// (transport.png, preview.png, ab.png): `STEMWISE_SCREENSHOT_DIR=docs/screenshots
// build/default/tests/playback/tst_transportui`.
#include "jackserver.h"
#include "playbackcapture.h"

#include "comparison/comparisondialog.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "playback/listenplan.h"
#include "analysis/sessionanalysis.h"
#include "audio/audiofilereader.h"
#include "store/contenthash.h"
#include "store/referencerepository.h"
#include "store/store.h"
#include "testsignals.h"
#include "workflow/storedanalysis.h"
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

    void comparisonViewPlaysAPreviousBounceOrSaysItIsGone()
    {
        // A vocal bounced twice: v1 (a 440 Hz tone at -26 dBFS peak), kept by the user as an
        // archived copy the database saw, then v2 (-14 dBFS) over the same file. The history's
        // previous bounce of Vox.wav is v1; its audio is found at the archived copy (the file
        // at its own path now holds v2) and A/B plays both matched from their stored loudness.
        const std::filesystem::path root = QDir(m_dir.path()).filePath(QStringLiteral("rebounce")).toStdString();
        std::filesystem::create_directories(root / "archive");
        const auto vox = root / "Vox.wav";
        const auto archived = root / "archive" / "Vox v1.wav";
        const core::StoreTarget target{root / "history.sqlite", std::nullopt};
        const std::size_t frames = 48000 * 6;
        QCOMPARE(QString::fromStdString(test::writeAudio(vox, {test::sine(440.0, 0.05, 48000.0, frames)})), QString());
        QVERIFY(core::analyzeFilesStored({vox}, {}, target).front().historyId.has_value());
        std::filesystem::copy_file(vox, archived);
        QVERIFY(core::analyzeFilesStored({archived}, {}, target).front().historyId.has_value());
        QCOMPARE(QString::fromStdString(test::writeAudio(vox, {test::sine(440.0, 0.2, 48000.0, frames)})), QString());
        auto current = core::analyzeFilesStored({vox}, {}, target);
        QVERIFY(current.front().analysis.profile && current.front().historyId);

        ui::TrackTableModel model;
        model.setProfile(model.addPending(QString::fromStdString(vox.string())), current.front().analysis.profile, false);
        auto open = [&](ui::ComparisonDialog& dialog) {
            QSignalSpy loaded(&dialog, &ui::ComparisonDialog::sourcesLoaded);
            dialog.setDatabase(target.databasePath);
            QVERIFY(loaded.wait(20000));
            QCOMPARE(loaded.front().front().toString(), QString());
        };
        {
            ui::ComparisonDialog dialog(model, m_window.get());
            dialog.show();
            open(dialog);
            const auto previous = dialog.previousBounceOf(0);
            QVERIFY(previous.has_value());
            const auto& choice = dialog.choices()[static_cast<std::size_t>(*previous)];
            QVERIFY2(choice.label.startsWith(QStringLiteral("Vox — previous bounce (")), qPrintable(choice.label));
            QCOMPARE(choice.unavailable, QString());
            QCOMPARE(choice.path, QString::fromStdString(archived.string()));
            const double v1 = *choice.profile->loudness.integratedLufs;
            const double v2 = *current.front().analysis.profile->loudness.integratedLufs;
            QVERIFY2(std::fabs((v2 - v1) - 20.0 * std::log10(4.0)) < 0.1, qPrintable(QStringLiteral("%1 %2").arg(v1).arg(v2)));
            dialog.select(0, *previous);
            QVERIFY(dialog.comparison().loudnessOffsetDb.has_value());

            ui::AbPlayer* ab = dialog.abPlayer();
            ab->controller()->setOutput(QStringLiteral("JACK"), QStringLiteral("system"));
            QVERIFY(ab->playable() && ab->playButton()->isEnabled());
            ab->togglePlay();
            QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->playing(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->status().slotMatches.size() == 2, 3000);
            const auto& matches = ab->controller()->status().slotMatches;
            QVERIFY(std::fabs(matches[0].gainDb - (-23.0 - v2)) < 1e-9);
            QVERIFY(std::fabs(matches[1].gainDb - (-23.0 - v1)) < 1e-9);  // the old, quieter bounce comes up 12 dB more
            ab->bButton()->click();
            QTRY_COMPARE_WITH_TIMEOUT(ab->controller()->status().activeSlot, 1, 3000);
            shoot(&dialog, "ab-previous-bounce.png");
            ab->togglePlay();
            QTRY_VERIFY_WITH_TIMEOUT(!ab->controller()->playing(), 5000);
            QCOMPARE(ab->controller()->status().underruns, std::int64_t{0});
        }
        // The archived copy deleted: v1's only known path holds v2 now. It still compares by its
        // figures; it cannot be played, and the player says why instead of failing.
        std::filesystem::remove(archived);
        {
            ui::ComparisonDialog dialog(model, m_window.get());
            dialog.show();
            open(dialog);
            const auto previous = dialog.previousBounceOf(0);
            QVERIFY(previous.has_value());
            const auto& choice = dialog.choices()[static_cast<std::size_t>(*previous)];
            QVERIFY2(choice.unavailable.contains(QStringLiteral("now holds other audio")), qPrintable(choice.unavailable));
            dialog.select(0, *previous);
            ui::AbPlayer* ab = dialog.abPlayer();
            QVERIFY(!ab->playable() && !ab->playButton()->isEnabled() && !ab->bButton()->isEnabled());
            QVERIFY2(ab->gainLabel()->text().contains(QStringLiteral("B cannot be played")), qPrintable(ab->gainLabel()->text()));
            ab->togglePlay();
            QTest::qWait(300);
            QVERIFY(!ab->controller()->playing());
            QVERIFY(!dialog.comparison().spectrum.frequencyHz.empty());  // the figures still compare
            shoot(&dialog, "ab-previous-bounce-gone.png");
        }
        // Both gone: no file at any path the database knows.
        std::filesystem::remove(vox);
        {
            ui::ComparisonDialog dialog(model, m_window.get());
            open(dialog);
            const auto previous = dialog.previousBounceOf(0);
            QVERIFY(previous.has_value());
            const auto& choice = dialog.choices()[static_cast<std::size_t>(*previous)];
            QVERIFY2(choice.unavailable.contains(QStringLiteral("no longer on disk")), qPrintable(choice.unavailable));
        }
    }

    void comparisonViewPlaysTheSessionMixAgainstALibraryReference()
    {
        // A reference in the library (a 1 kHz tone, 10 s), as `stemwise reference add` stores it.
        const auto referencePath = std::filesystem::path(m_dir.path().toStdString()) / "Reference Song.wav";
        QCOMPARE(QString::fromStdString(
                     test::writeAudio(referencePath, {test::sine(1000.0, 0.3, 48000.0, 480000), test::sine(1000.0, 0.3, 48000.0, 480000)})),
                 QString());
        auto analysed = core::analyzeFiles({referencePath}).front();
        QVERIFY(analysed.profile);
        const auto hash = core::hashAudioContent(referencePath);
        QVERIFY(hash.ok());
        const QString database = m_dir.filePath(QStringLiteral("stemwise.sqlite"));
        {
            auto opened = core::Store::open(database.toStdString());
            QVERIFY(opened.store);
            core::ReferenceRepository(opened.store->db()).add(*analysed.profile, hash.value().hex, "Pop");
        }

        ui::ComparisonDialog dialog(*m_window->trackModel(), m_window.get());
        dialog.show();
        QSignalSpy loaded(&dialog, &ui::ComparisonDialog::sourcesLoaded);
        dialog.setDatabase(database.toStdString());
        QVERIFY(loaded.wait(20000));
        const auto references = dialog.libraryReferenceIndices();
        QCOMPARE(references.size(), std::size_t(1));
        const auto& reference = dialog.choices()[static_cast<std::size_t>(references[0])];
        QCOMPARE(reference.label, QStringLiteral("Reference: Reference Song (pop)"));
        QCOMPARE(reference.unavailable, QString());
        const auto mix = dialog.sessionMixIndex();
        QVERIFY(mix.has_value());
        QCOMPARE(dialog.choices()[static_cast<std::size_t>(*mix)].label, QStringLiteral("Session mix (5 stems at unity)"));

        // Chosen, the mix is summed and analysed on the pool; meanwhile it cannot be played.
        QSignalSpy measured(&dialog, &ui::ComparisonDialog::sessionMixMeasured);
        dialog.select(*mix, references[0]);
        ui::AbPlayer* ab = dialog.abPlayer();
        QVERIFY(!ab->playable());
        QVERIFY(measured.count() > 0 || measured.wait(120000));
        QCOMPARE(measured.front().front().toString(), QString());
        const auto& mixChoice = dialog.choices()[static_cast<std::size_t>(*mix)];
        QVERIFY(mixChoice.profile && !mixChoice.path.isEmpty());

        // Its loudness is the sum's: summed here from the stems (a mono stem on both sides) and
        // measured with libebur128 directly.
        test::Stereo sum;
        for (int r = 0; r < m_window->trackModel()->rowCount(); ++r) {
            auto reader = core::AudioFileReader::open(m_window->trackModel()->track(r)->profile->file.path, 4096);
            QVERIFY(reader.ok());
            const auto channels = static_cast<std::size_t>(reader.value()->info().format.channels);
            std::vector<std::vector<float>> block(channels, std::vector<float>(4096));
            std::vector<float*> pointers;
            for (auto& b : block)
                pointers.push_back(b.data());
            std::size_t at = 0;
            while (const std::size_t got = reader.value()->read(pointers, 4096)) {
                if (sum.samples.size() < 2 * (at + got))
                    sum.samples.resize(2 * (at + got), 0.0f);
                for (std::size_t i = 0; i < got; ++i) {
                    sum.samples[2 * (at + i)] += block[0][i];
                    sum.samples[2 * (at + i) + 1] += block[channels > 1 ? 1 : 0][i];
                }
                at += got;
            }
        }
        const auto expected = test::integratedLufs(sum, 48000.0, 0, sum.frames());
        QVERIFY(expected.has_value());
        const double mixLufs = *mixChoice.profile->loudness.integratedLufs;
        QVERIFY2(std::fabs(mixLufs - *expected) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(mixLufs).arg(*expected)));
        QVERIFY2(dialog.comparison().aName.find("Session mix") == 0, dialog.comparison().aName.c_str());

        // A/B: the mix and the reference, each brought to -23 LUFS from its own figure.
        ab->controller()->setOutput(QStringLiteral("JACK"), QStringLiteral("system"));
        QVERIFY(ab->playable());
        QVERIFY2(ab->gainLabel()->text().contains(QStringLiteral("LUFS")), qPrintable(ab->gainLabel()->text()));
        ab->togglePlay();
        QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->playing(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ab->controller()->status().slotMatches.size() == 2, 3000);
        const auto& matches = ab->controller()->status().slotMatches;
        QVERIFY(std::fabs(matches[0].gainDb - (-23.0 - mixLufs)) < 1e-9);
        QVERIFY(std::fabs(matches[1].gainDb - (-23.0 - *analysed.profile->loudness.integratedLufs)) < 1e-9);
        const double before = ab->controller()->positionS();
        ab->bButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(ab->controller()->status().activeSlot, 1, 3000);
        QVERIFY(ab->controller()->positionS() >= before);
        QTest::qWait(300);
        shoot(&dialog, "ab-mix-reference.png");
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
