// The main window, offscreen: title, the session's stems listed with measured facts,
// unreadable files named with the reason, and window state remembered between runs.
// Without a database (none configured) the session is analysed and nothing is stored.
#include "testsignals.h"

#include "demo/demosession.h"
#include "mainwindow.h"
#include "suggestionspanel.h"
#include "welcomeview.h"
#include "tracktablemodel.h"

#include <QApplication>
#include <QDir>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QPointer>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace stemwise;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void titleIsStemwise();
    void listsTheSessionStemsWithMeasuredFacts();
    void filesNamedAlikeButForTheirExtensionKeepIt();
    void opensADawSessionLikeAFolder();
    void suggestionsUseTheDawSession();
    void suggestionsHeaderBelongsToTheSessionShown();
    void opensOnAWelcomeViewWithTheDemoAndRecentSessions();
    void altDownOpensTheTypeEditorInsteadOfMovingOn();
    void closingTheComparisonGivesTheFocusBack();
    void windowStateIsRememberedBetweenRuns();
    void formatsDurations();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::titleIsStemwise()
{
    ui::MainWindow w;
    QCOMPARE(w.windowTitle(), QStringLiteral("Stemwise"));
}

void TestMainWindow::listsTheSessionStemsWithMeasuredFacts()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Kick.wav", {test::sine(60, 0.5, 48000, 96000)})), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Pad.flac",
                                                     {test::sine(220, 0.2, 44100, 44100 * 3), test::sine(330, 0.2, 44100, 44100 * 3)},
                                                     core::FileType::Flac, core::SampleEncoding::Pcm16, 44100)),
             QString());
    std::ofstream(root / "Broken.wav") << "not audio";

    ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({dir.path()});
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.front().at(0).toInt(), 2);  // ready
    QCOMPARE(loaded.front().at(1).toInt(), 1);  // failed

    auto* model = w.trackModel();
    QCOMPARE(model->rowCount(), 3);
    auto cell = [model](int row, int column) { return model->data(model->index(row, column)).toString(); };
    QCOMPARE(cell(0, ui::TrackTableModel::Name), QStringLiteral("Broken"));
    QVERIFY(cell(0, ui::TrackTableModel::Status).contains(QLatin1String("not an audio file")));
    QCOMPARE(cell(1, ui::TrackTableModel::Name), QStringLiteral("Kick"));
    QCOMPARE(cell(1, ui::TrackTableModel::Duration), QStringLiteral("0:02.0"));
    QCOMPARE(cell(1, ui::TrackTableModel::BitDepth), QStringLiteral("24-bit"));
    QCOMPARE(cell(2, ui::TrackTableModel::Name), QStringLiteral("Pad"));
    QCOMPARE(cell(2, ui::TrackTableModel::Channels), QStringLiteral("2"));
    QCOMPARE(cell(2, ui::TrackTableModel::Duration), QStringLiteral("0:03.0"));

    // The track that could not be read: the track view says why.
    QVERIFY(w.selectTrack(QStringLiteral("Broken")));
    auto* header = w.findChild<QLabel*>(QStringLiteral("trackHeader"));
    QVERIFY(header != nullptr);
    QVERIFY2(header->text().contains(QLatin1String("Broken")), qPrintable(header->text()));
    QVERIFY(header->text().contains(QLatin1String("not an audio file")));
}

// "Vocal.wav" and "Vocal.flac" in one folder are two tracks, named with their extensions in
// the table (the analysis names them so in the JSON and the PDF), also when neither could
// be read; a name no other file shares keeps its extension off. (The table showed "Vocal"
// twice.)
void TestMainWindow::filesNamedAlikeButForTheirExtensionKeepIt()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const auto tone = test::sine(220, 0.2, 48000, 48000);
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Vocal.wav", {tone})), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Vocal.flac", {tone}, core::FileType::Flac)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Bass.wav", {tone})), QString());
    std::ofstream(root / "Broken.wav") << "not audio";
    std::ofstream(root / "Broken.aiff") << "not audio either";

    ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({dir.path()});
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.front().at(0).toInt(), 3);  // ready
    QCOMPARE(loaded.front().at(1).toInt(), 2);  // failed

    auto* model = w.trackModel();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->data(model->index(row, ui::TrackTableModel::Name)).toString();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Bass"), QStringLiteral("Broken.aiff"), QStringLiteral("Broken.wav"),
                                 QStringLiteral("Vocal.flac"), QStringLiteral("Vocal.wav")}));
    QVERIFY(w.selectTrack(QStringLiteral("Vocal.flac")));
}

void TestMainWindow::opensADawSessionLikeAFolder()
{
    // The Ardour session Ardour made (tests/data/daw): its six takes, each with its track's
    // context from the session in the track view.
    ui::MainWindow w;
    w.show();
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw/ardour7-song/ardour7-song.ardour")});
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.front().at(0).toInt(), 6);  // ready
    QCOMPARE(loaded.front().at(1).toInt(), 0);  // failed
    auto* model = w.trackModel();
    QCOMPARE(model->rowCount(), 6);
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Lead Vox-1")));
    auto* daw = w.findChild<QLabel*>(QStringLiteral("dawContext"));
    QVERIFY(daw != nullptr);
    QVERIFY(daw->isVisible());
    QCOMPARE(daw->text(), QStringLiteral("In Ardour: track <b>Lead Vox</b> · fader +2.5 dB · pan L 30 · <b>soloed</b> · "
                                         "plug-ins: ACE Expander (gate), ACE EQ (EQ), ACE Compressor (compressor) · "
                                         "send to Vox Verb at \u221210.0 dB"));
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Keys-1%R")));
    QCOMPARE(daw->text(), QStringLiteral("In Ardour: track <b>Keys</b> · fader \u221212.0 dB · pan R 20 · "
                                         "plug-ins: ACE EQ (EQ), bypassed"));
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Kick-1")));
    QCOMPARE(daw->text(), QStringLiteral("In Ardour: track <b>Kick</b> · fader \u22123.0 dB · pan centre · VCA Drums VCA at "
                                         "\u22124.0 dB · plug-ins: ACE Compressor (compressor) · send to Drum Bus at "
                                         "\u22126.0 dB, pre-fader"));
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Guitar L-1")));
    QVERIFY(daw->text().contains(QStringLiteral("pan L 100 · <b>muted</b> · no plug-ins")));

    // A REAPER project whose own files are elsewhere, opened with the folder its stems were
    // bounced to: the bounce named after a track gets that track's context.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::copy_file(STEMWISE_SOURCE_DIR "/tests/data/daw/reaper/mix.RPP", root / "mix.RPP");
    std::filesystem::create_directories(root / "bounces");
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "bounces" / "Lead Vox.wav", {test::sine(220, 0.3, 48000, 48000)})),
             QString());
    w.openPaths({QString::fromStdString((root / "mix.RPP").string()), QString::fromStdString((root / "bounces").string())});
    QVERIFY(loaded.wait(60000));
    QVERIFY(w.selectTrack(QStringLiteral("Lead Vox")));
    QCOMPARE(daw->text(), QStringLiteral("In REAPER: track <b>Lead Vox</b> (a bounce, matched by its name) · fader \u22126.0 dB · "
                                         "pan L 25 · <b>soloed</b> · plug-ins: ReaEQ (Cockos) (EQ), Vox glue (compressor), "
                                         "bypassed, JS: Liteon/deesser (de-esser), ReaGate (Cockos) (gate), ReaVerbate "
                                         "(Cockos) (reverb) · send to Verb Return at \u221210.0 dB"));

    // Stems opened as files have no DAW context: no line.
    w.openPaths({QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw/ardour7-song/interchange/ardour7-song/audiofiles/Take1_Kick-1.wav")});
    QVERIFY(loaded.wait(60000));
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Kick-1")));
    QVERIFY(!daw->isVisible());
}

void TestMainWindow::suggestionsUseTheDawSession()
{
    // The Ardour session Ardour made: its tempo (128 BPM) and its faders reach the suggestion
    // round the window runs, as they reach `stemwise suggest`.
    QTemporaryDir dir;
    ui::MainWindow w;
    w.show();
    QSignalSpy dbReady(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(dbReady.wait(20000));
    QSignalSpy shown(&w, &ui::MainWindow::suggestionsShown);
    w.openPaths({QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw/ardour7-song/ardour7-song.ardour")});
    QVERIFY(shown.wait(120000));
    const QString header = w.suggestionsPanel()->headerText();
    QVERIFY2(header.contains(QStringLiteral("tempo 128.0 BPM, from the Ardour session")), qPrintable(header));
    QVERIFY2(header.contains(QStringLiteral("stems summed at the DAW session's faders")), qPrintable(header));
    // The session bar says the same.
    auto* bar = w.findChild<QLabel*>(QStringLiteral("sessionSummary"));
    QVERIFY(bar != nullptr);
    QVERIFY2(bar->text().contains(QStringLiteral("<b>128.0&nbsp;BPM</b>, from the Ardour session")), qPrintable(bar->text()));
}

void TestMainWindow::suggestionsHeaderBelongsToTheSessionShown()
{
    // Issue 21: while a new session was analysed, the suggestions' header still showed the
    // previous session's tempo and summed peak (under "0 suggestions for" a track of the new
    // one). The demo first, then two tones: at no moment may the tones' header carry the
    // demo's context line, and once their round is made it carries their own.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QVERIFY(core::writeDemoSession(root / "Demo"));
    std::filesystem::create_directories(root / "Tones");
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Tones" / "Low.wav", {test::sine(110, 0.1, 48000, 48000 * 4)})),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Tones" / "High.wav", {test::sine(880, 0.1, 48000, 48000 * 4)})),
             QString());

    ui::MainWindow w;
    w.show();
    QSignalSpy dbReady(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(dbReady.wait(20000));
    QSignalSpy shown(&w, &ui::MainWindow::suggestionsShown);
    w.openPaths({QString::fromStdString((root / "Demo").string())});
    QVERIFY(shown.wait(120000));
    auto* panel = w.suggestionsPanel();
    const QString demoHeader = panel->headerText();
    const QString demoNote = demoHeader.section(QStringLiteral("<small>"), 1).section(QStringLiteral("</small>"), 0, 0);
    QVERIFY2(demoNote.contains(QStringLiteral("tempo 120.0 BPM")) && demoNote.contains(QStringLiteral("stems summed at unity")),
             qPrintable(demoHeader));

    auto notTheDemos = [&] {
        const QString h = panel->headerText();
        // (The tones' own round may already be in under load: their line has a summed peak
        // too, never the demo's tempo or its line.)
        return !h.contains(demoNote) && !h.contains(QStringLiteral("120.0 BPM")) && !h.contains(QStringLiteral("A minor"));
    };
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({QString::fromStdString((root / "Tones").string())});
    QVERIFY2(notTheDemos(), qPrintable(panel->headerText()));
    // Nor the session bar above the band heat map, which had them until its next redraw.
    auto* bar = w.findChild<QLabel*>(QStringLiteral("sessionSummary"));
    QVERIFY(bar != nullptr);
    QVERIFY2(!bar->text().contains(QStringLiteral("120.0")) && !bar->text().contains(QStringLiteral("A minor")),
             qPrintable(bar->text()));
    // A track of the new session selected while it analyses (this refilled the header with
    // the old line).
    QTRY_COMPARE_WITH_TIMEOUT(w.trackModel()->rowCount(), 2, 20000);
    QVERIFY(w.selectTrack(QStringLiteral("Low")));
    QVERIFY2(notTheDemos(), qPrintable(panel->headerText()));
    // STEMWISE_SCREENSHOT_DIR=… keeps a picture of the window at this moment to look at.
    const QString shots = qEnvironmentVariable("STEMWISE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        w.showView(ui::MainWindow::View::Suggestions);
        QVERIFY(w.grab().save(QDir(shots).filePath(QStringLiteral("suggestions-while-analysing.png"))));
    }
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
    QVERIFY2(notTheDemos(), qPrintable(panel->headerText()));
    // The tones' own round: their line (no tempo; their own summed peak).
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 60000);
    const QString tonesHeader = panel->headerText();
    QVERIFY2(tonesHeader.contains(QStringLiteral("no session tempo")) && tonesHeader.contains(QStringLiteral("stems summed at unity")),
             qPrintable(tonesHeader));
    QVERIFY2(!tonesHeader.contains(demoNote), qPrintable(tonesHeader));
}

void TestMainWindow::opensOnAWelcomeViewWithTheDemoAndRecentSessions()
{
    // Issue 21: plain `stemwise` opened on empty charts under a one-line hint, and the demo
    // could not be reached from the window. Now: a welcome view with the ways in (a folder,
    // files, the demo) and the recent sessions; a click on one opens it in the workspace.
    QTemporaryDir dir;
    const std::filesystem::path song = std::filesystem::path(dir.path().toStdString()) / "Night Drive" / "stems";
    std::filesystem::create_directories(song);
    QCOMPARE(QString::fromStdString(test::writeAudio(song / "Kick.wav", {test::sine(60, 0.5, 48000, 48000)})), QString());
    const QString songPath = QString::fromStdString(song.string());
    {
        ui::MainWindow first;
        first.show();
        QSignalSpy loaded(&first, &ui::MainWindow::sessionLoaded);
        first.openPaths({songPath});  // now a recent session
        QVERIFY(!first.welcomeShown());
        QVERIFY(loaded.wait(20000));
    }

    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.welcomeShown());
    auto* welcome = w.welcomeView();
    QVERIFY(welcome->isVisible());
    QVERIFY(!w.findChild<QWidget*>(QStringLiteral("workspace"))->isVisible());
    for (QPushButton* b : {welcome->openFolderButton(), welcome->openFilesButton(), welcome->demoButton()})
        QVERIFY(b->isVisible() && b->isEnabled());
    // The demo, from the welcome view and from the File menu: the window asks the app for it.
    QSignalSpy demo(&w, &ui::MainWindow::demoRequested);
    QTest::mouseClick(welcome->demoButton(), Qt::LeftButton);
    QCOMPARE(demo.count(), 1);
    QAction* menuDemo = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Open &Demo Session"))
            menuDemo = a;
    QVERIFY(menuDemo != nullptr);
    menuDemo->trigger();
    QCOMPARE(demo.count(), 2);
    // The recent session, named as its report is ("Night Drive", not "stems"), newest first.
    QListWidget* recent = welcome->recentList();
    QVERIFY(recent->isVisible());
    QVERIFY(recent->count() >= 1);
    QVERIFY2(recent->item(0)->text().startsWith(QStringLiteral("Night Drive — ")), qPrintable(recent->item(0)->text()));
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toStringList(), QStringList{songPath});
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, recent->visualItemRect(recent->item(0)).center());
    QVERIFY(!w.welcomeShown());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(w.trackModel()->rowCount(), 1);
    QCOMPARE(w.sessionName(), QStringLiteral("Night Drive"));
    // STEMWISE_SCREENSHOT_DIR=… keeps a picture of the welcome view to look at.
    const QString shots = qEnvironmentVariable("STEMWISE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        ui::MainWindow again;
        again.resize(1400, 860);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.grab().save(QDir(shots).filePath(QStringLiteral("welcome.png"))));
    }
}

void TestMainWindow::altDownOpensTheTypeEditorInsteadOfMovingOn()
{
    // Issue 21: Alt+Down (View ▸ Next Track) took the key that opens the type editor's list:
    // the selection moved on and the editor closed. In a combo box it opens the list; in the
    // table it still moves to the next track.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    for (const auto& [name, hz] : {std::pair{"A.wav", 110.0}, std::pair{"B.wav", 220.0}, std::pair{"C.wav", 440.0}})
        QCOMPARE(QString::fromStdString(test::writeAudio(root / name, {test::sine(hz, 0.3, 48000, 48000)})), QString());
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({dir.path()});
    QVERIFY(loaded.wait(20000));
    QVERIFY(w.selectTrack(QStringLiteral("A")));
    QTableView* table = w.trackTable();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);  // in the table: the next track
    QCOMPARE(w.trackModel()->trackName(w.currentRow()), QStringLiteral("B"));

    const QModelIndex typeCell = table->model()->index(table->currentIndex().row(), ui::TrackTableModel::Type);
    table->setCurrentIndex(typeCell);
    table->edit(typeCell);
    QTRY_VERIFY(qobject_cast<QComboBox*>(QApplication::focusWidget()) != nullptr);
    const QPointer<QComboBox> editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(w.trackModel()->trackName(w.currentRow()), QStringLiteral("B"));  // still on B
    QVERIFY2(editor, "the type editor was closed");
    QTRY_VERIFY(editor->view()->isVisible());  // its list is open
    editor->hidePopup();
}

void TestMainWindow::closingTheComparisonGivesTheFocusBack()
{
    // Issue 21: after closing View ▸ Compare Tracks the keyboard went nowhere.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    for (const auto& [name, hz] : {std::pair{"A.wav", 110.0}, std::pair{"B.wav", 220.0}})
        QCOMPARE(QString::fromStdString(test::writeAudio(root / name, {test::sine(hz, 0.3, 48000, 48000)})), QString());
    ui::MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &ui::MainWindow::sessionLoaded);
    w.openPaths({dir.path()});
    QVERIFY(loaded.wait(20000));
    w.activateWindow();
    QTableView* table = w.trackTable();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QAction* compare = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Compare Tracks…"))
            compare = a;
    QVERIFY(compare != nullptr);
    compare->trigger();
    auto* dialog = w.findChild<QDialog*>();
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QTRY_VERIFY(!table->hasFocus());
    dialog->close();
    QTRY_VERIFY(table->hasFocus());
}

void TestMainWindow::windowStateIsRememberedBetweenRuns()
{
    QList<int> saved;
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showView(ui::MainWindow::View::Track);  // the workspace, not the welcome view
        w.resize(913, 577);
        w.splitter()->setSizes({500, 413});
        QCoreApplication::processEvents();
        saved = w.splitter()->sizes();
        QVERIFY(std::abs(saved.value(0) - 500) < 20);
        w.close();
    }
    ui::MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.showView(ui::MainWindow::View::Track);
    QCoreApplication::processEvents();
    QCOMPARE(again.size(), QSize(913, 577));
    QCOMPARE(again.splitter()->sizes(), saved);
}

void TestMainWindow::formatsDurations()
{
    QCOMPARE(ui::formatDuration(0.0), QStringLiteral("0:00.0"));
    QCOMPARE(ui::formatDuration(185.24), QStringLiteral("3:05.2"));
    QCOMPARE(ui::formatDuration(59.96), QStringLiteral("1:00.0"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
