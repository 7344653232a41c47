// The song's sections in the window (issue 19, point 6): a session of stems whose arrangement
// and keys are known by construction — Keys in C major, then in D major from bar 13 (24 s,
// 120 BPM) where Strings enter, Drums and a Click throughout — opened offscreen. The sections table has a
// row a section with its bars and seconds, name and group, loudness, key and the stems that
// play, and the key change under it; a row clicked, or a section on the waveform's strip, is
// the playback loop (set even while no output is open: it applies when playback starts).
#include "rhythmsignals.h"
#include "tonalsignals.h"

#include "coretext.h"
#include "mainwindow.h"
#include "sectionspanel.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "transport/playbackcontroller.h"
#include "views/waveformview.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stemwise;

namespace {

constexpr double kRate = 22050.0;

std::vector<float> cadences(int tonic, int bars, test::ChordTimbre timbre, double silentS = 0.0)
{
    test::ProgressionSpec spec;
    spec.tonic = tonic;
    spec.sampleRateHz = kRate;
    spec.chordS = 2.0;
    spec.timbre = timbre;
    for (int bar = 0; bar < bars; ++bar)
        spec.chords.push_back({std::array{0, 5, 7, 0}[static_cast<std::size_t>(bar % 4)], false});
    std::vector<float> out(static_cast<std::size_t>(silentS * kRate), 0.0f);
    const std::vector<float> played = test::chordProgression(spec);
    out.insert(out.end(), played.begin(), played.end());
    return out;
}

}  // namespace

class TestSectionsTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aRowASectionWithBarsSecondsLoudnessKeyAndStems();
    void aRowClickedIsTheLoop();
    void aSectionOnTheStripClickedIsTheLoop();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestSectionsTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sectionstable"));
    QSettings().clear();
    const std::filesystem::path root = QDir(m_dir.path()).filePath(QStringLiteral("song")).toStdString();
    std::filesystem::create_directories(root);
    using T = test::ChordTimbre;
    std::vector<float> keys = cadences(0, 12, T::Piano);
    const std::vector<float> inD = cadences(2, 12, T::Piano);
    keys.insert(keys.end(), inD.begin(), inD.end());
    const auto write = [&root](const char* name, const std::vector<float>& x) {
        return QString::fromStdString(test::writeAudio(root / (std::string(name) + ".wav"), {x}, core::FileType::Wav,
                                                       core::SampleEncoding::Pcm24, kRate));
    };
    QCOMPARE(write("Keys", keys), QString());
    QCOMPARE(write("Strings", cadences(2, 12, T::Pad, 24.0)), QString());
    QCOMPARE(write("Drums", test::drumLoop(kRate, 48.0)), QString());
    QCOMPARE(write("Click", test::clickTrack(120.0, kRate, 48.0).samples), QString());  // the tempo, clearly

    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    QSignalSpy ready(m_window.get(), &ui::MainWindow::databaseReady);
    m_window->configureDatabase(QDir(m_dir.path()).filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(ready.wait(20000));
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::sessionLoaded);
    m_window->openPaths({QString::fromStdString(root.string())});
    QVERIFY(loaded.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sectionsUpToDate() && m_window->sectionsPanel()->table()->rowCount() == 2, 20000);
    m_window->showView(ui::MainWindow::View::Sections);
}

void TestSectionsTable::cleanupTestCase()
{
    m_window.reset();
}

void TestSectionsTable::aRowASectionWithBarsSecondsLoudnessKeyAndStems()
{
    using P = ui::SectionsPanel;
    const ui::SectionsPanel* panel = m_window->sectionsPanel();
    QVERIFY(panel->isVisible());
    const QTableWidget* table = panel->table();
    const core::SessionSections& s = panel->sections();
    QVERIFY(s.tempoBpm && std::abs(*s.tempoBpm - 120.0) < 0.5);
    auto text = [table](int row, int column) { return table->item(row, column)->text(); };
    QCOMPARE(text(0, P::Bars), QStringLiteral("1–12"));
    QCOMPARE(text(1, P::Bars), QStringLiteral("13–24"));
    QCOMPARE(text(0, P::Time), QStringLiteral("0.0–24.0"));
    QCOMPARE(text(1, P::Time), QStringLiteral("24.0–48.0"));
    QCOMPARE(text(0, P::Name), QStringLiteral("section 1"));
    QCOMPARE(text(0, P::Group), QStringLiteral("A"));
    QCOMPARE(text(1, P::Group), QStringLiteral("B"));
    QCOMPARE(text(0, P::Key), ui::CoreText::key("C major"));
    QCOMPARE(text(1, P::Key), ui::CoreText::key("D major"));
    for (int row = 0; row < 2; ++row) {
        const core::Section& sec = s.sections[static_cast<std::size_t>(row)];
        QCOMPARE(text(row, P::Loudness), ui::formatNumber(sec.loudnessLufs.value_or(0.0), 1));
        QCOMPARE(text(row, P::ShortTermMax), ui::formatNumber(sec.shortTermMaxLufs.value_or(0.0), 1));
        QVERIFY(!text(row, P::Range).isEmpty());
    }
    QVERIFY(text(0, P::Stems).startsWith(QStringLiteral("3: ")));
    QVERIFY(text(0, P::Stems).contains(QStringLiteral("Keys")) && text(0, P::Stems).contains(QStringLiteral("Drums")));
    QVERIFY(!text(0, P::Stems).contains(QStringLiteral("Strings")));
    QVERIFY(text(1, P::Stems).startsWith(QStringLiteral("4: ")));
    QVERIFY(text(1, P::Stems).contains(QStringLiteral("Strings")));
    // Every column readable: no heading or cell cut off.
    const QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < P::Stems; ++column)
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= table->viewport()->width(),
                 qPrintable(table->horizontalHeaderItem(column)->text()));
    // What changes from one section to the next, under the table.
    QVERIFY(panel->findings()->isVisible());
    QVERIFY2(panel->findings()->text().contains(QStringLiteral("The key changes at section 2 (B)")),
             qPrintable(panel->findings()->text()));
}

void TestSectionsTable::aRowClickedIsTheLoop()
{
    QTableWidget* table = m_window->sectionsPanel()->table();
    const QRect cell = table->visualRect(table->model()->index(1, ui::SectionsPanel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const auto loop = m_window->playback()->loopRegion();
    QVERIFY(loop);
    QCOMPARE(loop->first, 24.0);
    QCOMPARE(loop->second, 48.0);
    QCOMPARE(m_window->playback()->positionS(), 24.0);
    QCOMPARE(table->currentRow(), 1);
}

void TestSectionsTable::aSectionOnTheStripClickedIsTheLoop()
{
    ui::WaveformView* waveform = m_window->trackPanel()->waveformView();
    QTRY_VERIFY(!waveform->sectionStripRect().isEmpty());
    const QRect strip = waveform->sectionStripRect();
    // A quarter of the way along: the first section (0–24 s of 48).
    const QPoint first(strip.left() + strip.width() / 4, strip.center().y());
    QCOMPARE(waveform->sectionAt(first), 0);
    QTest::mouseClick(waveform, Qt::LeftButton, {}, first);
    auto loop = m_window->playback()->loopRegion();
    QVERIFY(loop);
    QCOMPARE(loop->first, 0.0);
    QCOMPARE(loop->second, 24.0);
    QCOMPARE(m_window->sectionsPanel()->table()->currentRow(), 0);
    // Below the strip a click still seeks, as on the rest of the waveform.
    const QPoint below(strip.left() + strip.width() * 3 / 4, strip.bottom() + 20);
    QCOMPARE(waveform->sectionAt(below), -1);
    QTest::mouseClick(waveform, Qt::LeftButton, {}, below);
    QVERIFY(std::abs(m_window->playback()->positionS() - 36.0) < 1.0);
    loop = m_window->playback()->loopRegion();
    QVERIFY(loop && loop->first == 0.0);  // the loop stays
}

QTEST_MAIN(TestSectionsTable)
#include "tst_sectionstable.moc"
