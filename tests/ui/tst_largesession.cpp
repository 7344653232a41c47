// A session of 48 stems at the default window size (1400×860), offscreen (issue 21): the
// masking view leads with the worst pair, the matrix stays an overview with full names on
// hover and a legend; the band heat map has its legend and every heading in full; the track
// table's key columns fit without scrolling, their headings whole, and which columns show is
// remembered. The stems are synthesised so that the worst pair is known by construction:
// "Bass A" and "Bass B" play the same 80 Hz tone at the same level all the time (severity
// 100 %), while every other pair sharing a band stands at least 2 dB apart (severity at most
// 1 - 2/12 = 83 %). The session's mix (the stems summed at unity) is analysed as a track: its
// loudness and true peak are those the analysis measures on the sum built here, and its
// distance to each delivery target follows. What the demo session's tests show on 5 stems
// holds on 48: a rating undone and redone reaches the store; five tracks spread over the
// sorted, grouped table (some scrolled out of view) retyped at once, and one undo gives each
// its type back; the type editor and the navigation keys don't clash, and the focus returns
// to the table after editing.
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "analysis/tracktype.h"
#include "coretext.h"
#include "mainwindow.h"
#include "mixpanel.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "suggestionspanel.h"
#include "trackpanel.h"
#include "maskingpanel.h"
#include "tracktablemodel.h"
#include "views/bandheatmapview.h"
#include "views/colorlegend.h"
#include "views/maskingmatrixview.h"
#include "views/waveformview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
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
#include <map>
#include <optional>
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
    void aRatingUndoneAndRedoneReachesTheStore();
    void fiveTracksAcrossTheTableRetypedInOneUndoStep();
    void theTypeEditorAndTheNavigationKeysDoNotClash();
    void theKeyColumnsFitWithWholeHeadings();
    void theMixIsTheSumAnalysedAsATrackAgainstTargets();
    void hiddenColumnsAreRemembered();
    void denseOnsetsAreARugNotABlock();
    void cleanupTestCase();

private:
    struct StoredType {
        std::optional<std::string> type;      ///< of the latest analysis
        std::optional<std::string> override;  ///< the user's choice
        bool operator==(const StoredType&) const = default;
    };
    /// The tracks table of the database, by track name (the file name without extension).
    [[nodiscard]] std::map<QString, StoredType> storedTypes() const;
    [[nodiscard]] std::string databasePath() const;
    /// A type of core's list that no track of the session has.
    [[nodiscard]] QString aTypeNoTrackHas() const;
    /// Moves the focused type editor's choice to `type` with Up and Down, as the keyboard does.
    static bool chooseWithArrowKeys(QComboBox* editor, const QString& type);

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
    m_window->configureDatabase(QString::fromStdString(databasePath()));
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

std::string TestLargeSession::databasePath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("stemwise.sqlite")).toStdString();
}

std::map<QString, TestLargeSession::StoredType> TestLargeSession::storedTypes() const
{
    std::map<QString, StoredType> types;
    auto opened = core::Store::open(databasePath());
    if (!opened.store)
        return types;
    core::Statement s = opened.store->db().prepare("SELECT name, type, type_override FROM tracks");
    while (s.step())
        types[QFileInfo(QString::fromStdString(s.columnText(0))).completeBaseName()] = {s.columnOptText(1),
                                                                                         s.columnOptText(2)};
    return types;
}

QString TestLargeSession::aTypeNoTrackHas() const
{
    const ui::TrackTableModel* model = m_window->trackModel();
    for (const std::string_view t : core::kTrackTypes) {
        if (t == "mix" || t == "other")
            continue;
        bool taken = false;
        for (int row = 0; row < model->rowCount() && !taken; ++row)
            taken = model->track(row)->profile && model->track(row)->profile->type == t;
        if (!taken)
            return QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
    }
    return {};
}

bool TestLargeSession::chooseWithArrowKeys(QComboBox* editor, const QString& type)
{
    const int wanted = editor->findData(type);
    if (wanted < 0)
        return false;
    for (int presses = 0; presses < editor->count() && editor->currentIndex() != wanted; ++presses)
        QTest::keyClick(editor, editor->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    return editor->currentIndex() == wanted;
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

// A rating on the 48 stems' suggestions, with the keyboard as the engineer rates (N: not
// useful), is one step of Edit ▸ Undo: undone, its row leaves the store (recorded withdrawn)
// and the learned model is as before it (the suggestion's confidence to the last digit), the
// panel shows it unrated; redone, it is stored again (a new rating, the same verdict).
void TestLargeSession::aRatingUndoneAndRedoneReachesTheStore()
{
    ui::SuggestionsPanel* panel = m_window->suggestionsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->totalCount() > 0, 60000);
    m_window->showView(ui::MainWindow::View::Suggestions);
    panel->setTrackFilter(QStringLiteral("*"));  // the whole session
    QVERIFY2(panel->visibleCount() >= 10, qPrintable(QString::number(panel->visibleCount())));
    // The last suggestion listed, far down a long list.
    int row = panel->list()->topLevelItemCount() - 1;
    while (row > 0 && panel->list()->topLevelItem(row)->isHidden())
        --row;
    QVERIFY(row >= 9);
    panel->selectRow(row);
    const std::int64_t id = panel->selectedId();
    QVERIFY(id > 0);
    QCOMPARE(panel->list()->currentItem()->text(4), QString());  // not rated yet
    const auto storedRatings = [this, id] {
        auto opened = core::Store::open(databasePath());
        return opened.store ? core::SuggestionRepository(opened.store->db()).ratingsOf(id)
                            : std::vector<core::RatingRecord>{};
    };
    const auto withdrawals = [this] {
        auto opened = core::Store::open(databasePath());
        return opened.store ? opened.store->db().queryInt("SELECT count(*) FROM rating_withdrawals") : -1;
    };
    QVERIFY(storedRatings().empty());
    const std::int64_t withdrawnBefore = withdrawals();
    QVERIFY(withdrawnBefore >= 0);
    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->index();  // where the next step goes

    QSignalSpy rated(m_window.get(), &ui::MainWindow::suggestionRated);
    QSignalSpy withdrawn(m_window.get(), &ui::MainWindow::ratingWithdrawn);
    QTest::keyClick(panel->list(), Qt::Key_N);
    QVERIFY(rated.wait(20000));
    QCOMPARE(rated.back().at(0).toLongLong(), id);
    const double before = rated.back().at(1).toDouble();
    const double after = rated.back().at(2).toDouble();
    QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(panel->list()->currentItem()->text(4), QStringLiteral("not useful"));
    QCOMPARE(panel->ratingsShown(id), std::vector<core::Feedback>{core::Feedback::NotUseful});
    const auto stored = storedRatings();
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().feedback, core::Feedback::NotUseful);
    const std::string firstUid = stored.front().uid;

    // Undo, the Edit menu's action: out of the store, the learned model and the panel.
    auto* undoAction = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undoAction != nullptr && undoAction->isEnabled());
    QVERIFY2(undoAction->text().contains(QString::number(id)), qPrintable(undoAction->text()));
    undoAction->trigger();
    QVERIFY(withdrawn.wait(20000));
    QCOMPARE(withdrawn.back().at(0).toLongLong(), id);
    QCOMPARE(withdrawn.back().at(3).toString(), QString());
    QVERIFY(std::abs(withdrawn.back().at(1).toDouble() - after) < 1e-12);
    QVERIFY2(std::abs(withdrawn.back().at(2).toDouble() - before) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(withdrawn.back().at(2).toDouble()).arg(before)));
    QVERIFY(storedRatings().empty());
    QCOMPARE(withdrawals(), withdrawnBefore + 1);
    QCOMPARE(panel->list()->currentItem()->text(4), QString());
    QVERIFY(panel->ratingsShown(id).empty());
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY(undo->canRedo());

    // Redo, the Edit menu's action: stored again, learned again.
    auto* redoAction = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(redoAction != nullptr && redoAction->isEnabled());
    redoAction->trigger();
    QVERIFY(rated.wait(20000));
    QCOMPARE(rated.size(), 2);
    QCOMPARE(rated.back().at(0).toLongLong(), id);
    QVERIFY(std::abs(rated.back().at(1).toDouble() - before) < 1e-12);
    QVERIFY(std::abs(rated.back().at(2).toDouble() - after) < 1e-12);
    const auto again = storedRatings();
    QCOMPARE(again.size(), std::size_t(1));
    QCOMPARE(again.front().feedback, core::Feedback::NotUseful);
    QVERIFY(again.front().uid != firstUid);
    QCOMPARE(panel->list()->currentItem()->text(4), QStringLiteral("not useful"));
    QCOMPARE(panel->ratingsShown(id), std::vector<core::Feedback>{core::Feedback::NotUseful});
    QCOMPARE(withdrawals(), withdrawnBefore + 1);
    QCOMPARE(undo->count(), steps + 1);  // redo pushed nothing new
    QVERIFY(!undo->canRedo());
    panel->setTrackFilter(QString());  // back to following the table's selection
}

// Five tracks spread over the 48 of the table, sorted by name and grouped by type, the last
// two scrolled out of view, chosen with the mouse (a click, then Ctrl+clicks); the type
// editor (F2) on one of them, a type chosen with the arrow keys and Return retypes all five
// in one undoable step: each of the five has the new type in the model and as the user's
// choice in the store, the other 43 are as they were; one Undo gives each its type back.
void TestLargeSession::fiveTracksAcrossTheTableRetypedInOneUndoStep()
{
    using M = ui::TrackTableModel;
    ui::TrackTableModel* model = m_window->trackModel();
    QTableView* table = m_window->trackTable();
    QAbstractItemModel* proxy = table->model();
    m_window->showView(ui::MainWindow::View::Overview);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    m_window->setGroupedByType(true);
    table->sortByColumn(M::Name, Qt::AscendingOrder);
    QCOMPARE(proxy->rowCount(), m_stems);

    const QString to = aTypeNoTrackHas();
    QVERIFY(!to.isEmpty());
    // What every track has before: its type and where it came from, in the model and the store.
    struct Had {
        std::string type;
        std::string source;
    };
    std::map<QString, Had> had;
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->track(row)->profile);
        had[model->trackName(row)] = {model->track(row)->profile->type, model->track(row)->profile->typeSource};
        QVERIFY2(model->track(row)->profile->typeSource != "user", qPrintable(model->trackName(row)));
    }
    const std::map<QString, StoredType> storedBefore = storedTypes();
    for (const auto& [name, h] : had) {
        QVERIFY2(storedBefore.contains(name), qPrintable(name));
        QVERIFY2(!storedBefore.at(name).override, qPrintable(name));
    }

    // The five: table rows 1, 12, 24, 36 and 46 of 48, by name.
    const int picked[] = {1, 12, 24, 36, 46};
    std::set<QString> chosen;
    for (int r : picked)
        chosen.insert(proxy->index(r, M::Name).data().toString());
    QCOMPARE(chosen.size(), std::size_t(5));
    const auto rowNamed = [&](const QString& name) {
        for (int r = 0; r < proxy->rowCount(); ++r)
            if (proxy->index(r, M::Name).data().toString() == name)
                return r;
        return -1;
    };
    const auto click = [&](const QString& name, Qt::KeyboardModifiers modifiers) {
        const QModelIndex index = proxy->index(rowNamed(name), M::Name);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
    };
    const QString first = proxy->index(picked[0], M::Name).data().toString();
    click(proxy->index(picked[4], M::Name).data().toString(), Qt::NoModifier);
    for (int k : {3, 2, 1})
        click(proxy->index(picked[k], M::Name).data().toString(), Qt::ControlModifier);
    table->scrollToTop();
    click(first, Qt::ControlModifier);  // the current row: the one the editor opens on
    QCOMPARE(model->trackName(m_window->currentRow()), first);
    std::set<QString> selected;
    for (int row : m_window->selectedRows())
        selected.insert(model->trackName(row));
    QCOMPARE(selected, chosen);
    // The last two are out of view.
    for (int k : {3, 4}) {
        const int y = table->rowViewportPosition(picked[k]);
        QVERIFY2(y >= table->viewport()->height(),
                 qPrintable(QStringLiteral("row %1 at %2 in a viewport %3 high").arg(picked[k]).arg(y).arg(table->viewport()->height())));
    }

    // F2 (View ▸ Change Track Type): the type editor on the current row.
    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->index();  // where the next step goes
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QComboBox*>(QApplication::focusWidget()) != nullptr);
    auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QCOMPARE(editor->currentData().toString(), QString::fromStdString(had.at(first).type));
    QVERIFY(chooseWithArrowKeys(editor, to));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(table->hasFocus());  // the editor closed, the keyboard back in the table
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY2(undo->undoText().contains(QLatin1String("5")), qPrintable(undo->undoText()));
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 5, 60000);
    std::set<QString> reanalysedNames;
    for (const auto& signal : reanalysed) {
        QCOMPARE(signal.at(1).toBool(), false);  // a new type is no new history entry
        reanalysedNames.insert(model->trackName(signal.at(0).toInt()));
    }
    QCOMPARE(reanalysedNames, chosen);

    const auto checkTypes = [&](bool retyped) {
        const std::map<QString, StoredType> stored = storedTypes();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString name = model->trackName(row);
            const auto& profile = *model->track(row)->profile;
            const bool changed = retyped && chosen.contains(name);
            const std::string wantType = changed ? to.toStdString() : had.at(name).type;
            const std::string wantSource = changed ? std::string("user") : had.at(name).source;
            if (profile.type != wantType || profile.typeSource != wantSource)
                return QStringLiteral("%1: %2 (%3), expected %4 (%5)")
                    .arg(name, QString::fromStdString(profile.type), QString::fromStdString(profile.typeSource),
                         QString::fromStdString(wantType), QString::fromStdString(wantSource));
            const auto it = stored.find(name);
            if (it == stored.end())
                return name + QStringLiteral(": not in the store");
            const std::optional<std::string> wantOverride = changed ? std::optional(to.toStdString()) : std::nullopt;
            if (it->second.override != wantOverride)
                return QStringLiteral("%1: stored choice %2, expected %3")
                    .arg(name, QString::fromStdString(it->second.override.value_or("none")),
                         QString::fromStdString(wantOverride.value_or("none")));
            if (!changed && it->second != storedBefore.at(name))
                return name + QStringLiteral(": its stored row changed");
        }
        return QString();
    };
    QString wrong = checkTypes(true);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // Grouped by type, the five now are the new type's group, together; still the selection,
    // the editor's track still current.
    std::vector<int> rows;
    for (const QString& name : chosen)
        rows.push_back(rowNamed(name));
    std::sort(rows.begin(), rows.end());
    QVERIFY2(rows.back() - rows.front() == 4,
             qPrintable(QStringLiteral("table rows %1 … %2").arg(rows.front()).arg(rows.back())));
    selected.clear();
    for (int row : m_window->selectedRows())
        selected.insert(model->trackName(row));
    QCOMPARE(selected, chosen);
    QCOMPARE(model->trackName(m_window->currentRow()), first);

    // One undo: every one of the five as it was, in the model and the store.
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 10, 60000);
    wrong = checkTypes(false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    QCOMPARE(undo->count(), steps + 1);
    // Redo: the five retyped again; undone again, for the cases after this one.
    undo->redo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 15, 60000);
    wrong = checkTypes(true);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 20, 60000);
    wrong = checkTypes(false);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    // The session settles: the mix, measured again after the new analyses, is back.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mixPanel()->mix() != nullptr, 60000);
}

// Issue 21: "the type editor and the navigation keys don't clash; focus returns where it
// was", on the 48 stems sorted and grouped by type. In the table, Ctrl+End and Ctrl+Home go
// to the last and first tracks (scrolled into view), Up/Down and Alt+Up/Alt+Down (View ▸
// Previous/Next Track) one track, Page Down a screenful; in the type editor (F2) Down changes
// the type shown, Alt+Down opens the list, and the current track stays; Escape leaves the type
// as it was, Return retypes the track; either way the keyboard is back in the table on the
// same track, and the navigation keys move again. Retyped, the track moves to its new group
// and the view follows it there (it was left out of sight, the keyboard's row with it); Ctrl+Z
// undoes the retype. (Run offscreen: the platform has no window manager to give the window
// back its focus, so the list's activation is let through before the list is closed.)
void TestLargeSession::theTypeEditorAndTheNavigationKeysDoNotClash()
{
    using M = ui::TrackTableModel;
    ui::TrackTableModel* model = m_window->trackModel();
    QTableView* table = m_window->trackTable();
    QAbstractItemModel* proxy = table->model();
    m_window->setGroupedByType(true);
    table->sortByColumn(M::Name, Qt::AscendingOrder);
    m_window->showView(ui::MainWindow::View::Overview);
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTRY_VERIFY(table->hasFocus());
    const auto tableRow = [&] { return table->currentIndex().row(); };
    const auto shown = [&](int r) {  // wholly in view, top to bottom
        return table->rowViewportPosition(r) >= 0 &&
               table->rowViewportPosition(r) + table->rowHeight(r) <= table->viewport()->height();
    };
    // The window's current track is the table's current row.
    const auto inStep = [&] {
        return m_window->currentRow() >= 0 &&
               model->trackName(m_window->currentRow()) == proxy->index(tableRow(), M::Name).data().toString();
    };

    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(tableRow(), m_stems - 1);
    QVERIFY(shown(m_stems - 1));
    QVERIFY(!shown(0));
    QVERIFY(inStep());
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);  // View ▸ Previous Track
    QCOMPARE(tableRow(), m_stems - 2);
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);  // View ▸ Next Track
    QCOMPARE(tableRow(), m_stems - 1);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(tableRow(), m_stems - 2);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(tableRow(), 0);
    QVERIFY(shown(0));
    QVERIFY(!shown(m_stems - 1));
    QTest::keyClick(table, Qt::Key_PageDown);
    const int page = tableRow();
    QVERIFY2(page > 5 && page < m_stems - 1, qPrintable(QString::number(page)));
    QVERIFY(shown(page));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(tableRow(), page + 1);
    QVERIFY(shown(page + 1));
    QVERIFY(inStep());
    QCOMPARE(m_window->selectedRows().size(), 1);

    // The type editor: its keys are its own.
    const int row = tableRow();
    const int track = m_window->currentRow();
    const QString name = model->trackName(track);
    const std::string type = model->track(track)->profile->type;
    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->index();  // where the next step goes
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QComboBox*>(QApplication::focusWidget()) != nullptr);
    QPointer<QComboBox> editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QCOMPARE(editor->currentData().toString(), QString::fromStdString(type));
    const int shownType = editor->currentIndex();
    const Qt::Key away = shownType + 1 < editor->count() ? Qt::Key_Down : Qt::Key_Up;
    QTest::keyClick(editor, away);
    QCOMPARE(editor->currentIndex(), shownType + (away == Qt::Key_Down ? 1 : -1));
    QCOMPARE(tableRow(), row);
    QCOMPARE(m_window->currentRow(), track);
    QTest::keyClick(editor, Qt::Key_Down, Qt::AltModifier);
    QVERIFY2(editor, "the type editor was closed");
    QTRY_VERIFY(editor->view()->isVisible());  // its list, open
    QCOMPARE(tableRow(), row);
    // The list's window is activated through the event loop (offscreen as on a desktop):
    // let that happen before closing it, else it comes after and takes the keyboard away.
    QTRY_COMPARE(QGuiApplication::focusWindow(), editor->view()->window()->windowHandle());
    editor->hidePopup();
    QTRY_VERIFY(!editor->view()->isVisible());
    QTRY_COMPARE(QGuiApplication::focusWindow(), m_window->windowHandle());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(editor.data()));
    // Escape: nothing changes, the keyboard back in the table on the same track.
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(editor.isNull() || !editor->isVisible());
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(tableRow(), row);
    QCOMPARE(m_window->currentRow(), track);
    QCOMPARE(undo->index(), steps);
    QCOMPARE(model->track(track)->profile->type, type);
    // The navigation keys move again.
    QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(tableRow(), row + 1);
    QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(tableRow(), row);
    QCOMPARE(m_window->currentRow(), track);

    // Return: the track retyped (one track: the selection is this row); the keyboard back in
    // the table, on the same track wherever its new group put it.
    const QString to = aTypeNoTrackHas();
    QVERIFY(!to.isEmpty());
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    QTest::keyClick(table, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QComboBox*>(QApplication::focusWidget()) != nullptr);
    editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
    QVERIFY(chooseWithArrowKeys(editor, to));
    QCOMPARE(tableRow(), row);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(table->hasFocus());
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY2(undo->undoText().contains(name), qPrintable(undo->undoText()));
    QVERIFY(reanalysed.wait(60000));
    QCOMPARE(reanalysed.size(), 1);
    QCOMPARE(reanalysed.front().at(0).toInt(), track);
    QCOMPARE(QString::fromStdString(model->track(track)->profile->type), to);
    QCOMPARE(m_window->currentRow(), track);
    QVERIFY(inStep());
    QVERIFY(table->hasFocus());
    QCOMPARE(m_window->selectedRows(), QList<int>{track});
    // Its new group is elsewhere in the table; the view followed it there.
    QVERIFY2(tableRow() != row, qPrintable(QString::number(row)));
    QVERIFY2(shown(tableRow()), qPrintable(QStringLiteral("row %1 of the table out of view").arg(tableRow())));
    // Ctrl+Z (Edit ▸ Undo) from the table: the type it had.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(reanalysed.wait(60000));
    QCOMPARE(model->track(track)->profile->type, type);
    QVERIFY(model->track(track)->profile->typeSource != "user");
    QCOMPARE(m_window->currentRow(), track);
    QCOMPARE(tableRow(), row);  // back in its group
    QVERIFY(shown(row));
    QVERIFY(table->hasFocus());

    m_window->setGroupedByType(false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->mixPanel()->mix() != nullptr, 60000);  // measured again
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
