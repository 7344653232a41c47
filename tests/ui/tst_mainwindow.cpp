// The main window, offscreen: title, the session's stems listed with measured facts,
// unreadable files named with the reason, and window state remembered between runs.
// Without a database (none configured) the session is analysed and nothing is stored.
#include "testsignals.h"

#include "mainwindow.h"
#include "tracktablemodel.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
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
    void opensADawSessionLikeAFolder();
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
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Guitar L-1")));
    QVERIFY(daw->text().contains(QStringLiteral("pan L 100 · <b>muted</b> · no plug-ins")));

    // Stems opened as files have no DAW context: no line.
    w.openPaths({QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw/ardour7-song/interchange/ardour7-song/audiofiles/Take1_Kick-1.wav")});
    QVERIFY(loaded.wait(60000));
    QVERIFY(w.selectTrack(QStringLiteral("Take1_Kick-1")));
    QVERIFY(!daw->isVisible());
}

void TestMainWindow::windowStateIsRememberedBetweenRuns()
{
    QList<int> saved;
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
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
