// A session of 48 stems at the default window size (1400×860), offscreen (issue 21): the
// masking view leads with the worst pair, the matrix stays an overview with full names on
// hover and a legend; the band heat map has its legend and every heading in full; the track
// table's key columns fit without scrolling, their headings whole, and which columns show is
// remembered. The stems are synthesised so that the worst pair is known by construction:
// "Bass A" and "Bass B" play the same 80 Hz tone at the same level all the time (severity
// 100 %), while every other pair sharing a band stands at least 2 dB apart (severity at most
// 1 - 2/12 = 83 %). The session's mix (the stems summed at unity) is analysed as a track: its
// loudness and true peak are those the analysis measures on the sum built here, and its
// distance to each delivery target follows.
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "coretext.h"
#include "mainwindow.h"
#include "mixpanel.h"
#include "trackpanel.h"
#include "maskingpanel.h"
#include "tracktablemodel.h"
#include "views/bandheatmapview.h"
#include "views/colorlegend.h"
#include "views/maskingmatrixview.h"
#include "views/waveformview.h"

#include <QAbstractButton>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>
#include <set>

using namespace stemwise;

class TestLargeSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theWorstMaskingPairIsListedFirst();
    void theMatrixIsAnOverviewWithNamesOnHoverAndALegend();
    void theBandHeatMapHasItsLegendAndWholeHeadings();
    void groupingByTypeOrdersTheHeatMapAsTheTable();
    void theKeyColumnsFitWithWholeHeadings();
    void theMixIsTheSumAnalysedAsATrackAgainstTargets();
    void hiddenColumnsAreRemembered();
    void denseOnsetsAreARugNotABlock();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::MainWindow> m_window;
    int m_stems = 0;
    std::vector<float> m_sum;  ///< the stems summed, as the mix is (mono stems on both channels)
};

void TestLargeSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_largesession"));
    QSettings().clear();
    const std::filesystem::path root = QDir(m_dir.path()).filePath(QStringLiteral("stems")).toStdString();
    std::filesystem::create_directories(root);
    constexpr double kRate = 48000.0;
    constexpr std::size_t kFrames = 48000 * 2;
    const auto amplitude = [](double dbfs) { return std::pow(10.0, dbfs / 20.0); };
    // The pair: one tone, one level.
    for (const char* name : {"Bass A", "Bass B"})
        QCOMPARE(QString::fromStdString(test::writeAudio(root / (std::string(name) + ".wav"),
                                                         {test::sine(80.0, amplitude(-10.0), kRate, kFrames)})),
                 QString());
    // 46 more, eight or so to a band (sub bass to highs), 2 dB apart within a band and at
    // least 3 dB under the pair.
    m_sum.assign(kFrames, 0.0f);
    const auto add = [this](const std::vector<float>& x) {
        for (std::size_t i = 0; i < x.size() && i < m_sum.size(); ++i)
            m_sum[i] += x[i];
    };
    add(test::sine(80.0, amplitude(-10.0), kRate, kFrames));
    add(test::sine(80.0, amplitude(-10.0), kRate, kFrames));
    const double bandHz[] = {40.0, 150.0, 350.0, 1000.0, 3000.0, 6000.0};
    const char* bandName[] = {"Sub", "Low", "Body", "Mid", "Edge", "Top"};
    for (int k = 0; k < 46; ++k) {
        const int band = k % 6;
        const int step = k / 6;
        const std::string name = std::string(bandName[band]) + " " + std::to_string(step + 1) + " long stem name";
        const auto tone = test::sine(bandHz[band] * (1.0 + 0.01 * step), amplitude(-13.0 - 2.0 * step), kRate, kFrames);
        QCOMPARE(QString::fromStdString(test::writeAudio(root / (name + ".wav"), {tone})), QString());
        add(tone);
    }
    m_stems = 48;

    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1400, 860);
    m_window->show();
    QSignalSpy ready(m_window.get(), &ui::MainWindow::databaseReady);
    m_window->configureDatabase(QDir(m_dir.path()).filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(ready.wait(20000));
    QSignalSpy shown(m_window.get(), &ui::MainWindow::suggestionsShown);
    m_window->openPaths({QString::fromStdString(root.string())});
    QVERIFY(shown.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mixPanel()->mix() != nullptr, 60000);
    QCOMPARE(m_window->trackModel()->rowCount(), m_stems);
    QVERIFY(shown.back().at(0).toInt() > 0);
}

void TestLargeSession::cleanupTestCase()
{
    m_window.reset();
}

void TestLargeSession::theWorstMaskingPairIsListedFirst()
{
    m_window->showView(ui::MainWindow::View::Masking);
    ui::MaskingPanel* panel = m_window->maskingPanel();
    QVERIFY(panel->isVisible());
    const auto& ranked = panel->rankedPairs();
    QVERIFY2(ranked.size() > 20, qPrintable(QString::number(ranked.size())));
    // Ranked worst first…
    for (std::size_t k = 1; k < ranked.size(); ++k)
        QVERIFY(ranked[k - 1].severity >= ranked[k].severity);
    // …and the first is the pair built to be the worst, in the bass band, near 100 %; the
    // next is at most 83 %.
    QTreeWidget* list = panel->pairList();
    QCOMPARE(list->topLevelItemCount(), static_cast<int>(ranked.size()));
    QTreeWidgetItem* top = list->topLevelItem(0);
    QCOMPARE(top->text(ui::MaskingPanel::Rank), QStringLiteral("1"));
    QCOMPARE(top->text(ui::MaskingPanel::Pair), QStringLiteral("Bass A ↔ Bass B"));
    QCOMPARE(top->text(ui::MaskingPanel::Band), QStringLiteral("Bass"));
    QVERIFY2(ranked[0].severity > 0.95, qPrintable(QString::number(ranked[0].severity)));
    QVERIFY2(ranked[1].severity < 1.0 - 2.0 / 12.0 + 0.02, qPrintable(QString::number(ranked[1].severity)));
    QVERIFY2(top->text(ui::MaskingPanel::Where).contains(QLatin1String("Hz")), qPrintable(top->text(ui::MaskingPanel::Where)));
    // Both play all of their two seconds.
    QVERIFY2(top->text(ui::MaskingPanel::BothPlay).contains(QLatin1String("0:02.0")) ||
                 top->text(ui::MaskingPanel::BothPlay).contains(QLatin1String("0:01.9")),
             qPrintable(top->text(ui::MaskingPanel::BothPlay)));
    QCOMPARE(top->text(ui::MaskingPanel::Severity), QStringLiteral("%1 %").arg(std::lround(ranked[0].severity * 100.0)));
    QVERIFY(!list->headerItem()->toolTip(ui::MaskingPanel::Severity).isEmpty());
}

void TestLargeSession::theMatrixIsAnOverviewWithNamesOnHoverAndALegend()
{
    ui::MaskingPanel* panel = m_window->maskingPanel();
    ui::MaskingMatrixView* matrix = panel->matrix();
    QVERIFY(matrix->pairCount() > 20);
    // 48 tracks: every cell at least a text line square; the view asks for the room and its
    // scroll area gives it, so no cell is squeezed below that.
    const int line = matrix->fontMetrics().height();
    QVERIFY(matrix->width() >= matrix->minimumSizeHint().width());
    QVERIFY(matrix->minimumSizeHint().width() >= 48 * line);
    QVERIFY(!matrix->cellsShowText());  // 48 columns: colours, with the figures on hover
    // Choosing the worst pair in the list outlines it; hovering its cell names both in full.
    panel->pairList()->setCurrentItem(panel->pairList()->topLevelItem(0));
    const auto& worst = panel->rankedPairs().front();
    const QRect cell = matrix->cellRect(std::min(worst.first, worst.second), std::max(worst.first, worst.second));
    const QString tip = matrix->toolTipAt(cell.center());
    QVERIFY2(tip.contains(QLatin1String("Bass A")) && tip.contains(QLatin1String("Bass B")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("severity")), qPrintable(tip));
    // A long name, elided in its row's label, is whole in the label's tooltip.
    const QString rowTip = matrix->toolTipAt(QPoint(10, matrix->cellRect(5, 6).center().y()));
    QVERIFY2(rowTip.contains(QLatin1String("long stem name")), qPrintable(rowTip));
    // The legend: the colour ramp, the outlines and the notation.
    ui::ColorLegend* legend = panel->legend();
    QVERIFY(legend->isVisible());
    QVERIFY(legend->entries().size() >= 4);
    QVERIFY2(legend->text().contains(QStringLiteral("Severity: 0 % … 100 %")), qPrintable(legend->text()));
    QVERIFY2(legend->text().contains(QStringLiteral("43 % · 64 %")), qPrintable(legend->text()));
    QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
}

void TestLargeSession::theBandHeatMapHasItsLegendAndWholeHeadings()
{
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("sessionTabs"));
    QVERIFY(tabs != nullptr);
    tabs->setCurrentIndex(0);
    ui::BandHeatMapView* heat = m_window->heatMap();
    QTRY_VERIFY(heat->isVisible());
    QCOMPARE(heat->rowCount(), m_stems);
    QVERIFY2(heat->headingsFit(), qPrintable(QStringLiteral("width %1, minimum %2").arg(heat->width()).arg(heat->minimumSizeHint().width())));
    auto* legend = m_window->findChild<ui::ColorLegend*>(QStringLiteral("bandHeatMapLegend"));
    QVERIFY(legend != nullptr && legend->isVisible());
    QVERIFY(legend->entries().size() >= 3);
    QVERIFY2(legend->text().contains(QStringLiteral("−12 dB … +12 dB")), qPrintable(legend->text()));
    QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
}

// View ▸ Group by Type gathers the heat map's rows by type as it does the table's (issue 21),
// a rule above each group; a click on a row still selects its track; ungrouped, the session's
// order again.
void TestLargeSession::groupingByTypeOrdersTheHeatMapAsTheTable()
{
    ui::BandHeatMapView* heat = m_window->heatMap();
    ui::TrackTableModel* model = m_window->trackModel();
    QTableView* table = m_window->trackTable();
    const auto tableOrder = [&] {
        QStringList names;
        for (int i = 0; i < table->model()->rowCount(); ++i)
            names << table->model()->index(i, ui::TrackTableModel::Name).data(Qt::DisplayRole).toString();
        return names;
    };
    const auto heatOrder = [&] {
        QStringList names;
        for (int i = 0; i < heat->rowCount(); ++i)
            names << heat->rowAt(i).name;
        return names;
    };
    const auto typeOf = [&](int track) { return model->track(track)->profile->type; };
    m_window->setGroupedByType(true);
    QTRY_VERIFY(heat->rowCount() > 0 && heat->rowAt(0).groupStart);  // the heat map grouped
    QCOMPARE(heatOrder(), tableOrder());
    QCOMPARE(heat->rowCount(), m_stems);
    // Each type one group, a rule above each; the number of groups.
    const auto groups = [&] {
        std::set<std::string> seen;
        int count = 0;
        for (int i = 0; i < heat->rowCount(); ++i) {
            const std::string type = typeOf(heat->rowAt(i).track);
            const bool starts = i == 0 || type != typeOf(heat->rowAt(i - 1).track);
            if (heat->rowAt(i).groupStart != starts || (starts && seen.contains(type)))
                return -1;
            seen.insert(type);
            count += starts ? 1 : 0;
        }
        return count;
    };
    QVERIFY(groups() >= 2);
    // Sorted by name within the groups, a track whose type changes moves to its new group
    // (the table sorts a changed row again only for its sorted column: the name's).
    table->sortByColumn(ui::TrackTableModel::Name, Qt::AscendingOrder);
    QTRY_COMPARE(heatOrder(), tableOrder());
    QVERIFY(groups() >= 2);
    const int moved = heat->rowAt(heat->rowCount() - 1).track;
    const std::string was = typeOf(moved);
    const QString to = was == "vocals" ? QStringLiteral("pad") : QStringLiteral("vocals");
    m_window->retypeTracks({moved}, to);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(typeOf(moved)), to, 30000);
    QTRY_VERIFY(groups() >= 2 && heatOrder() == tableOrder());
    m_window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(typeOf(moved), was, 30000);
    QTRY_VERIFY(groups() >= 2 && heatOrder() == tableOrder());
    // A click on the last row selects its track, whichever row of the session it is.
    const int last = heat->rowCount() - 1;
    QSignalSpy clicked(heat, &ui::BandHeatMapView::rowClicked);
    QTest::mouseClick(heat, Qt::LeftButton, {}, heat->rowRect(last).center());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.front().front().toInt(), heat->rowAt(last).track);
    QCOMPARE(m_window->currentRow(), heat->rowAt(last).track);

    m_window->setGroupedByType(false);
    QTRY_VERIFY(!heat->rowAt(0).groupStart);
    QCOMPARE(heatOrder(), tableOrder());
    for (int i = 0; i < heat->rowCount(); ++i)
        QVERIFY(!heat->rowAt(i).groupStart);
}

void TestLargeSession::theKeyColumnsFitWithWholeHeadings()
{
    QTableView* table = m_window->trackTable();
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics fm(header->font());
    using M = ui::TrackTableModel;
    for (int column : {M::Name, M::Solo, M::Mute, M::Type, M::Integrated, M::TruePeak, M::Crest, M::Width, M::Score,
                       M::Issues}) {
        const QString heading = m_window->trackModel()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(!header->isSectionHidden(column), qPrintable(heading));
        // Within the table's visible width, scrolled to the start.
        QVERIFY2(header->sectionViewportPosition(column) + header->sectionSize(column) <= table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                .arg(heading)
                                .arg(header->sectionViewportPosition(column) + header->sectionSize(column))
                                .arg(table->viewport()->width())));
        // The heading whole: each of its lines narrower than the column.
        for (const QString& part : heading.split(QLatin1Char('\n')))
            QVERIFY2(fm.horizontalAdvance(part) + 8 <= header->sectionSize(column),
                     qPrintable(QStringLiteral("%1: %2 px in %3").arg(part).arg(fm.horizontalAdvance(part)).arg(header->sectionSize(column))));
    }
    // The file's format is a click away (the heading's menu), not in the way.
    QVERIFY(header->isSectionHidden(M::SampleRate));
}

void TestLargeSession::theMixIsTheSumAnalysedAsATrackAgainstTargets()
{
    ui::MixPanel* panel = m_window->mixPanel();
    const auto mix = panel->mix();
    QVERIFY(mix != nullptr);
    QCOMPARE(mix->name, std::string("Mix"));
    QCOMPARE(mix->type, std::string("mix"));
    QCOMPARE(mix->typeSource, std::string("sum"));
    const std::array<const float*, 2> channels{m_sum.data(), m_sum.data()};
    auto expected = core::analyzeBuffer(channels, m_sum.size(), 48000.0, "Mix");
    QVERIFY(expected.ok());
    QVERIFY(mix->loudness.integratedLufs && expected.value().loudness.integratedLufs);
    QVERIFY2(std::abs(*mix->loudness.integratedLufs - *expected.value().loudness.integratedLufs) < 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(*mix->loudness.integratedLufs).arg(*expected.value().loudness.integratedLufs)));
    QVERIFY(std::abs(*mix->loudness.truePeakDbtp - *expected.value().loudness.truePeakDbtp) < 0.1);
    // Its band balance is the sum's too (the bass pair alone is 2 × -10 dBFS at 80 Hz).
    QVERIFY(std::abs(mix->spectrum.bands[1].share - expected.value().spectrum.bands[1].share) < 0.01);
    // The targets: streaming -14 LUFS / -1 dBTP, EBU R128 -23 LUFS, and the user's own.
    m_window->showView(ui::MainWindow::View::Mix);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->targetList()->topLevelItemCount(), 3);
    panel->setOwnTarget(-16.0, -2.0);
    const auto targets = panel->targets();
    QCOMPARE(targets[0].lufs, -14.0);
    QCOMPARE(targets[1].lufs, -23.0);
    QCOMPARE(targets[2].lufs, -16.0);
    for (int row = 0; row < 3; ++row) {
        const double distance = *mix->loudness.integratedLufs - targets[static_cast<std::size_t>(row)].lufs;
        const QString text = panel->targetList()->topLevelItem(row)->text(ui::MixPanel::Distance);
        QVERIFY2(text.contains(ui::formatNumber(std::abs(distance), 1)), qPrintable(text));
        QVERIFY2(text.contains(distance > 0 ? QStringLiteral("turn down") : QStringLiteral("turn up")), qPrintable(text));
    }
    // The full figures in the track view.
    panel->findChild<QAbstractButton*>(QStringLiteral("showMixButton"))->click();
    QCOMPARE(m_window->trackPanel()->profile().get(), mix.get());
}

void TestLargeSession::hiddenColumnsAreRemembered()
{
    QHeaderView* header = m_window->trackTable()->horizontalHeader();
    header->setSectionHidden(ui::TrackTableModel::Width, true);
    header->setSectionHidden(ui::TrackTableModel::SampleRate, false);
    m_window->close();  // saves the window's state
    ui::MainWindow again;
    QHeaderView* restored = again.trackTable()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(ui::TrackTableModel::Width));
    QVERIFY(!restored->isSectionHidden(ui::TrackTableModel::SampleRate));
    QVERIFY(!restored->isSectionHidden(ui::TrackTableModel::Score));
}

// Issue 21: at 300+ onsets the waveform's markers were a solid block. A click every 0.1 s for
// 60 s (about 600 onsets) in a 480 px view: a rug of ticks along the edges, the waveform
// visible between; 20 clicks: a line each, as before.
void TestLargeSession::denseOnsetsAreARugNotABlock()
{
    constexpr double kRate = 48000.0;
    auto clicks = [&](double everyS, double seconds) {
        std::vector<float> x(static_cast<std::size_t>(seconds * kRate), 0.0F);
        for (double t = 0.05; t < seconds; t += everyS)
            for (std::size_t k = 0; k < 200; ++k) {
                const auto i = static_cast<std::size_t>(t * kRate) + k;
                if (i < x.size())
                    x[i] = static_cast<float>(0.8 * std::exp(-static_cast<double>(k) / 40.0) * ((k % 2) != 0U ? -1.0 : 1.0));
            }
        const float* channel = x.data();
        auto profile = core::analyzeBuffer({&channel, 1}, x.size(), kRate, "Clicks");
        if (!profile)
            qFatal("analysis failed");
        return profile.value();
    };
    const core::TrackProfile dense = clicks(0.1, 60.0);
    const core::TrackProfile sparse = clicks(3.0, 60.0);
    QVERIFY2(dense.rhythm.onsetTimesS.size() >= 300, qPrintable(QString::number(dense.rhythm.onsetTimesS.size())));
    QVERIFY2(sparse.rhythm.onsetTimesS.size() <= 25, qPrintable(QString::number(sparse.rhythm.onsetTimesS.size())));
    // The session's sections lie along the waveform's top in the window, as the CLI finds them:
    // here the 48 stems play throughout, one section over the whole song.
    // (found on the pool: the answer arrives through the event loop)
    const auto& spans = m_window->trackPanel()->waveformView()->sections();
    QTRY_COMPARE(spans.size(), std::size_t{1});
    QCOMPARE(spans.front().startS, 0.0);
    QVERIFY(spans.front().endS > 1.0);
    QCOMPARE(spans.front().label, QStringLiteral("A · section 1"));
    ui::WaveformView view;
    view.resize(480, 180);
    view.setProfile(&dense);
    (void)view.grab();
    QVERIFY(view.onsetsAsRug());
    view.setProfile(&sparse);
    (void)view.grab();
    QVERIFY(!view.onsetsAsRug());
}

QTEST_MAIN(TestLargeSession)
#include "tst_largesession.moc"
