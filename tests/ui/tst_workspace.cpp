// The workspace's main flows, offscreen, on the demo session: open the folder with a
// database, every track analysed with the figures the recipe fixes; select a track and read
// it in depth; change the spectrum smoothing; change a track's type; re-bounce a stem and
// see it analysed again as a new history entry with what changed; a stem bounced into the
// watched folder joins the session, one removed from it is marked missing; a damaged
// database set aside with a plain-words choice. The database lives in the build tree, never
// the user's.
#include "testsignals.h"
#include "tolerance.h"

#include "analysis/trackprofile.h"
#include "analysis/tracktype.h"
#include "demo/demosession.h"
#include "dsp/biquad.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "pdf/reportexport.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "suggestionspanel.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "views/bandbalanceview.h"
#include "views/bandheatmapview.h"
#include "views/loudnesscurveview.h"
#include "views/spectrumview.h"
#include "views/waveformview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QTreeWidget>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <fstream>

using namespace stemwise;

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void smoothingAveragesPowerOverTheOctaveFraction();
    void opensTheDemoFolderWithEveryTracksFigures();
    void selectingATrackShowsItInDepth();
    void changingTheSmoothingRedrawsTheSpectrum();
    void theSessionBarAndTheSuggestionsShowOneTempoAndKey();
    void ratingASuggestionMovesItsConfidence();
    void aRatingUndoneAndRedoneReachesTheStore();
    void suggestionsFilterByCategoryAndTrack();
    void parametersAreInEngineerNotation();
    void choosingATypeReanalysesWithIt();
    void severalTracksRetypedInOneUndoStep();
    void aReBounceBecomesANewHistoryEntry();
    void anEqBetweenBouncesIsNamedInTheHistory();
    void theUserDeletesAHistoryEntry();
    void reopeningTheSessionComesFromTheCache();
    void aStemBouncedIntoTheFolderJoinsTheSession();
    void aStemRemovedFromTheFolderIsMarkedMissingWithItsHistory();
    void aBounceCaughtHeaderOnlyIsRetriedWhenFinished();
    void aDamagedDatabaseIsSetAsideAndAFreshOneOffered();
    void aFileThatIsNoDatabaseIsLeftUntouched();
    void cleanupTestCase();

private:
    [[nodiscard]] int rowOf(const QString& name) const;
    QTemporaryDir m_dir;
    QString m_session;
    QString m_database;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
    const QString data = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("tst_workspace-data"));
    QDir(data).removeRecursively();
    QVERIFY(QDir().mkpath(data));
    m_database = QDir(data).filePath(QStringLiteral("stemwise.sqlite"));
    m_session = QDir(m_dir.path()).filePath(QStringLiteral("Demo Session"));
    auto written = core::writeDemoSession(m_session.toStdString());
    QVERIFY2(written, written ? "" : written.error().message.c_str());
}

void TestWorkspace::cleanupTestCase()
{
    m_window.reset();
}

int TestWorkspace::rowOf(const QString& name) const
{
    auto* model = m_window->trackModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->trackName(row) == name)
            return row;
    return -1;
}

void TestWorkspace::smoothingAveragesPowerOverTheOctaveFraction()
{
    // One point 30 dB above a flat 0 dB floor, 24 points per octave: 1/3 octave averages the
    // power of 9 points ((8 + 1000) / 9 = 112 -> 20.49 dB), 1/12 octave of 3 (334 -> 25.24 dB).
    std::vector<double> db(49, 0.0);
    db[24] = 30.0;
    const auto third = ui::SpectrumView::smooth(db, 3);
    const auto twelfth = ui::SpectrumView::smooth(db, 12);
    QVERIFY(std::abs(third[24] - 10.0 * std::log10(1008.0 / 9.0)) < 1e-9);
    QVERIFY(std::abs(twelfth[24] - 10.0 * std::log10(1002.0 / 3.0)) < 1e-9);
    QVERIFY(std::abs(third[20] - 10.0 * std::log10(1008.0 / 9.0)) < 1e-9);  // 4 points away: still inside
    QVERIFY(std::abs(third[19]) < 1e-9);                                     // 5 points away: outside
    QVERIFY(std::abs(twelfth[22]) < 1e-9);
}

void TestWorkspace::opensTheDemoFolderWithEveryTracksFigures()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->resize(1500, 950);
    m_window->show();
    QSignalSpy dbReady(m_window.get(), &ui::MainWindow::databaseReady);
    m_window->configureDatabase(m_database);
    QVERIFY(dbReady.wait(20000));
    QCOMPARE(dbReady.front().at(0).toBool(), true);
    QCOMPARE(m_window->databasePath(), m_database);

    QSignalSpy loaded(m_window.get(), &ui::MainWindow::sessionLoaded);
    m_window->openPaths({m_session});
    QVERIFY(loaded.wait(120000));
    QCOMPARE(loaded.front().at(0).toInt(), 5);  // ready
    QCOMPARE(loaded.front().at(1).toInt(), 0);  // failed

    auto* model = m_window->trackModel();
    QCOMPARE(model->rowCount(), 5);
    // The recipe normalises each stem's sample peak; the table and profile say so.
    for (const auto& stem : core::demoSessionSpec().stems) {
        const int row = rowOf(QString::fromStdString(stem.name));
        QVERIFY2(row >= 0, stem.name.c_str());
        const auto* t = model->track(row);
        QVERIFY(t->profile != nullptr);
        COMPARE_NEAR_FOR(QString::fromStdString(stem.name), t->profile->dynamics.peakDbfs, stem.peakDbfs, 0.05);
        QCOMPARE(QString::fromStdString(t->profile->type), QString::fromStdString(stem.type));
        QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Type)).toString(), QString::fromStdString(stem.type));
        QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Duration)).toString(), QStringLiteral("0:24.0"));
        QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Integrated)).toString(),
                 ui::formatFigure(t->profile->loudness.integratedLufs, 1));
        QVERIFY(!t->fromCache);
        QCOMPARE(t->profile->overview.channels.size(), static_cast<std::size_t>(stem.channels));
    }
    // Sorting by true peak puts the hottest stem (the kick, -3 dBFS peak) first when descending.
    m_window->trackTable()->sortByColumn(ui::TrackTableModel::TruePeak, Qt::DescendingOrder);
    QCOMPARE(m_window->trackTable()->model()->index(0, ui::TrackTableModel::Name).data().toString(),
             QStringLiteral("Kick"));
    m_window->trackTable()->sortByColumn(-1, Qt::AscendingOrder);

    QCOMPARE(m_window->heatMap()->rowCount(), 5);
    auto* summary = m_window->findChild<QLabel*>(QStringLiteral("sessionSummary"));
    QVERIFY(summary != nullptr);
    QVERIFY2(summary->text().contains(QLatin1String("120.0&nbsp;BPM")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QLatin1String("A minor")), qPrintable(summary->text()));
}

void TestWorkspace::selectingATrackShowsItInDepth()
{
    QVERIFY(m_window->selectTrack(QStringLiteral("Lead Vocal")));
    const int row = rowOf(QStringLiteral("Lead Vocal"));
    QCOMPARE(m_window->currentRow(), row);
    const auto& profile = *m_window->trackModel()->track(row)->profile;
    auto* panel = m_window->trackPanel();
    QCOMPARE(panel->spectrumView()->shownDb().size(), profile.spectrum.ltasDb.size());
    int ranged = 0;
    for (const auto& r : ui::BandBalanceView::limitsFor("vocals"))
        ranged += r ? 1 : 0;
    QCOMPARE(ranged, 7);  // every band (issue 21: 'continuous expected ranges')
    QCOMPARE(panel->spectrumView()->expectedAreas(), ranged);
    // Every type's shading runs from 20 Hz to 20 kHz without a hole.
    for (auto type : core::kTrackTypes) {
        core::TrackProfile typed = profile;
        typed.type = std::string(type);
        ui::SpectrumView view;
        view.setProfile(&typed);
        const auto spans = view.expectedSpansHz();
        QVERIFY2(spans.size() == core::kBandCount, type.data());
        QCOMPARE(spans.front().first, 20.0);
        QCOMPARE(spans.back().second, 20000.0);
        for (std::size_t b = 0; b + 1 < spans.size(); ++b)
            QCOMPARE(spans[b].second, spans[b + 1].first);
    }
    QCOMPARE(panel->waveformView()->channelCount(), 1);
    QCOMPARE(panel->waveformView()->onsetCount(), static_cast<int>(profile.rhythm.onsetTimesS.size()));
    int defined = 0;
    for (const auto& v : profile.loudness.shortTermCurveLufs)
        defined += v ? 1 : 0;
    QVERIFY(defined > 10);
    QCOMPARE(panel->loudnessView()->pointCount(), defined);
    int over = 0;
    const auto limits = ui::BandBalanceView::limitsFor(profile.type);
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        over += limits[b] && (profile.spectrum.bands[b].share > limits[b]->second
                              || profile.spectrum.bands[b].share < limits[b]->first) ? 1 : 0;
    QCOMPARE(panel->bandBalanceView()->bandsOver(), over);
    auto* levels = panel->findChild<QLabel*>(QStringLiteral("levelFigures"));
    QVERIFY(levels->text().contains(ui::formatFigure(profile.loudness.integratedLufs, 1) + QStringLiteral("&nbsp;LUFS")));
    QVERIFY(levels->text().contains(ui::formatFigure(profile.loudness.truePeakDbtp, 1) + QStringLiteral("&nbsp;dBTP")));
    auto* score = panel->findChild<QLabel*>(QStringLiteral("scoreBreakdown"));
    QVERIFY(score->text().contains(QStringLiteral("%1 / 100").arg(profile.qualityScore, 0, 'f', 0)));
}

void TestWorkspace::changingTheSmoothingRedrawsTheSpectrum()
{
    auto* panel = m_window->trackPanel();
    const auto& ltas = m_window->trackModel()->track(m_window->currentRow())->profile->spectrum.ltasDb;
    auto* box = panel->smoothingBox();
    box->setCurrentIndex(box->findData(12));
    QCOMPARE(panel->smoothing(), 12);
    const auto twelfth = panel->spectrumView()->shownDb();
    QVERIFY(twelfth == ui::SpectrumView::smooth(ltas, 12));
    box->setCurrentIndex(box->findData(3));
    QCOMPARE(panel->smoothing(), 3);
    QVERIFY(panel->spectrumView()->shownDb() == ui::SpectrumView::smooth(ltas, 3));
    QVERIFY(panel->spectrumView()->shownDb() != twelfth);
    // A smoother curve has smaller point-to-point steps.
    auto roughness = [](const std::vector<double>& v) {
        double sum = 0.0;
        for (std::size_t i = 1; i < v.size(); ++i)
            sum += std::abs(v[i] - v[i - 1]);
        return sum;
    };
    QVERIFY(roughness(panel->spectrumView()->shownDb()) < roughness(twelfth));
}

void TestWorkspace::theSessionBarAndTheSuggestionsShowOneTempoAndKey()
{
    // One tempo and one key per session (analysis/sessiontempo.h): the session bar and the
    // suggestions' context line say the same, decided once from the tracks (the demo is in A
    // minor at 120 BPM by construction).
    auto* panel = m_window->suggestionsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->totalCount() > 0, 120000);
    const QString bar = m_window->findChild<QLabel*>(QStringLiteral("sessionSummary"))->text();
    const QString note = panel->findChild<QLabel*>(QStringLiteral("suggestionsTitle"))->text();
    const QRegularExpression inBarPattern(
        QStringLiteral("tempo <b>([0-9.]+)&nbsp;BPM</b>, (detected[^·]*) · key <b>([^<]*)</b>, (detected[^·]*)$"));
    const QRegularExpression inNotePattern(QStringLiteral("tempo ([0-9.]+) BPM, (detected[^·]*) · key ([^,]*), (detected[^·]*) ·"));
    const auto inBar = inBarPattern.match(bar);
    const auto inNote = inNotePattern.match(note);
    QVERIFY2(inBar.hasMatch(), qPrintable(bar));
    QVERIFY2(inNote.hasMatch(), qPrintable(note));
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(inNote.captured(i), inBar.captured(i));
    QVERIFY(std::abs(inBar.captured(1).toDouble() - 120.0) < 1.0);
    QCOMPARE(inBar.captured(3), QStringLiteral("A minor"));

    // File > Export Report: the PDF is titled with the session's name and says the tempo and
    // key the bar says, in the same words (issue 21: it said "—" where the window had one).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QCOMPARE(m_window->sessionName(), QStringLiteral("Demo Session"));
    const QString pdf = QDir(m_dir.path()).filePath(QStringLiteral("exported.pdf"));
    QCOMPARE(ui::exportReport(*m_window->trackModel(), m_window->sessionName(), pdf), QString());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const QString cover = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(cover.contains(QStringLiteral("STEMWISE SESSION REPORT Demo Session")), qPrintable(cover));
    const QString tempo = QStringLiteral("%1 BPM, %2").arg(inBar.captured(1), inBar.captured(2).trimmed());
    const QString key = QStringLiteral("%1, %2").arg(inBar.captured(3), inBar.captured(4).trimmed());
    QVERIFY2(cover.contains(tempo), qPrintable(tempo + QStringLiteral(" not in: ") + cover));
    QVERIFY2(cover.contains(key), qPrintable(key + QStringLiteral(" not in: ") + cover));
}

void TestWorkspace::ratingASuggestionMovesItsConfidence()
{
    auto* panel = m_window->suggestionsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->totalCount() > 0, 120000);
    m_window->showView(ui::MainWindow::View::Suggestions);
    panel->setTrackFilter(QStringLiteral("*"));  // the whole session
    QVERIFY(panel->visibleCount() >= 2);
    QVERIFY(!panel->details()->toPlainText().isEmpty());

    // Keyboard: N on the selected suggestion rates it "not useful"; its confidence falls.
    panel->selectRow(0);
    const std::int64_t first = panel->selectedId();
    QVERIFY(first > 0);
    QSignalSpy rated(m_window.get(), &ui::MainWindow::suggestionRated);
    QTest::keyClick(panel->list(), Qt::Key_N);
    QVERIFY(rated.wait(20000));
    QCOMPARE(rated.back().at(0).toLongLong(), first);
    QVERIFY2(rated.back().at(2).toDouble() < rated.back().at(1).toDouble(),
             qPrintable(QStringLiteral("%1 -> %2").arg(rated.back().at(1).toDouble()).arg(rated.back().at(2).toDouble())));
    QCOMPARE(panel->list()->currentItem()->text(4), QStringLiteral("not useful"));
    QVERIFY(panel->details()->toPlainText().contains(QLatin1String("You rated it")));

    // Mouse: the Useful button on another suggestion; its confidence rises.
    panel->selectRow(1);
    const std::int64_t second = panel->selectedId();
    QVERIFY(second > 0 && second != first);
    panel->findChild<QAbstractButton*>(QStringLiteral("rate-useful"))->click();
    QVERIFY(rated.wait(20000));
    QCOMPARE(rated.back().at(0).toLongLong(), second);
    QVERIFY(rated.back().at(2).toDouble() > rated.back().at(1).toDouble());
    QCOMPARE(panel->list()->currentItem()->text(4), QStringLiteral("useful"));
}

// Edit ▸ Undo of a rating takes it back in the store, not only in the panel: the rating's row
// is gone (recorded withdrawn), the learned model is as before it (the suggestion's confidence
// is the one it had before the rating, to the last digit); Redo stores it again.
void TestWorkspace::aRatingUndoneAndRedoneReachesTheStore()
{
    auto* panel = m_window->suggestionsPanel();
    QUndoStack* undo = m_window->undoStack();
    QVERIFY(undo->canUndo());  // the two ratings above, one step each
    QCOMPARE(undo->count(), 2);
    // Rate one more, to know its figures: "not useful" on the third suggestion.
    panel->selectRow(2);
    const std::int64_t id = panel->selectedId();
    QVERIFY(id > 0);
    QSignalSpy rated(m_window.get(), &ui::MainWindow::suggestionRated);
    QSignalSpy withdrawn(m_window.get(), &ui::MainWindow::ratingWithdrawn);
    QTest::keyClick(panel->list(), Qt::Key_N);
    QVERIFY(rated.wait(20000));
    const double before = rated.back().at(1).toDouble();
    const double after = rated.back().at(2).toDouble();
    QVERIFY(after < before);
    QCOMPARE(undo->count(), 3);
    const auto storedRatings = [this, id] {
        auto opened = core::Store::open(m_database.toStdString());
        return opened.store ? core::SuggestionRepository(opened.store->db()).ratingsOf(id) : std::vector<core::RatingRecord>{};
    };
    const auto withdrawals = [this] {
        auto opened = core::Store::open(m_database.toStdString());
        return opened.store ? opened.store->db().queryInt("SELECT count(*) FROM rating_withdrawals") : -1;
    };
    QCOMPARE(storedRatings().size(), std::size_t(1));
    const std::string firstUid = storedRatings().front().uid;

    // Undo (the Edit menu's action, Ctrl+Z): the rating leaves the store and the model.
    auto* undoAction = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undoAction != nullptr && undoAction->isEnabled());
    QCOMPARE(undoAction->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY2(undoAction->text().contains(QString::number(id)), qPrintable(undoAction->text()));
    undoAction->trigger();
    QVERIFY(withdrawn.wait(20000));
    QCOMPARE(withdrawn.back().at(0).toLongLong(), id);
    QCOMPARE(withdrawn.back().at(3).toString(), QString());
    QVERIFY(std::abs(withdrawn.back().at(1).toDouble() - after) < 1e-12);
    QVERIFY2(std::abs(withdrawn.back().at(2).toDouble() - before) < 1e-12,
             qPrintable(QStringLiteral("%1 vs %2").arg(withdrawn.back().at(2).toDouble()).arg(before)));
    QVERIFY(storedRatings().empty());
    QCOMPARE(withdrawals(), std::int64_t(1));
    QCOMPARE(panel->list()->currentItem()->text(4), QString());
    QVERIFY(panel->ratingsShown(id).empty());
    QCOMPARE(undo->count(), 3);
    QVERIFY(undo->canRedo());

    // Redo: stored again, a new rating with the same verdict; the model learns it again.
    auto* redoAction = m_window->findChild<QAction*>(QStringLiteral("redoAction"));
    QVERIFY(redoAction != nullptr && redoAction->isEnabled());
    QCOMPARE(redoAction->shortcut(), QKeySequence(QKeySequence::Redo));
    redoAction->trigger();
    QVERIFY(rated.wait(20000));
    QCOMPARE(rated.back().at(0).toLongLong(), id);
    QVERIFY(std::abs(rated.back().at(1).toDouble() - before) < 1e-12);
    QVERIFY(std::abs(rated.back().at(2).toDouble() - after) < 1e-12);
    const auto again = storedRatings();
    QCOMPARE(again.size(), std::size_t(1));
    QCOMPARE(again.front().feedback, core::Feedback::NotUseful);
    QVERIFY(again.front().uid != firstUid);
    QCOMPARE(panel->list()->currentItem()->text(4), QStringLiteral("not useful"));
    QCOMPARE(undo->count(), 3);  // redo pushed nothing new

    // Undo and redo at once, without waiting: the jobs run in order, and the undo takes back
    // the rating the redo before it stored.
    undo->undo();
    undo->redo();
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(withdrawn.size(), 3, 20000);
    QCOMPARE(rated.size(), 3);
    QCOMPARE(withdrawn.back().at(3).toString(), QString());
    QVERIFY(storedRatings().empty());
    QCOMPARE(withdrawals(), std::int64_t(3));
    QVERIFY(panel->ratingsShown(id).empty());
}

void TestWorkspace::suggestionsFilterByCategoryAndTrack()
{
    auto* panel = m_window->suggestionsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->totalCount() > 0, 120000);
    auto* showMore = panel->findChild<QCheckBox*>(QStringLiteral("showMoreBox"));
    showMore->setChecked(true);
    panel->setTrackFilter(QStringLiteral("*"));
    panel->setCategoryFilter(std::nullopt);
    QCOMPARE(panel->visibleCount(), panel->totalCount());
    // Each category shows exactly its own; together they are all.
    int sum = 0;
    using Category = ui::SuggestionsPanel::Category;
    for (const Category c : {Category::Level, Category::Masking, Category::Eq, Category::Dynamics, Category::Stereo,
                             Category::Other}) {
        panel->setCategoryFilter(c);
        sum += panel->visibleCount();
        for (int row = 0; row < panel->visibleCount(); ++row) {
            panel->selectRow(row);
            const core::Suggestion* s = panel->suggestion(panel->selectedId());
            QVERIFY(s != nullptr);
            QVERIFY2(ui::SuggestionsPanel::categoryOf(*s) == c, s->title.c_str());
        }
    }
    QCOMPARE(sum, panel->totalCount());
    // One track chosen in the filter: its own moves, the pairs naming it and the session's.
    panel->setCategoryFilter(std::nullopt);
    auto* tracks = panel->findChild<QComboBox*>(QStringLiteral("trackFilter"));
    QVERIFY(tracks->findData(QStringLiteral("Bass")) >= 0);
    panel->setTrackFilter(QStringLiteral("Bass"));
    const int forBass = panel->visibleCount();
    QVERIFY(forBass > 0 && forBass < panel->totalCount());
    QVERIFY2(panel->findChild<QLabel*>(QStringLiteral("suggestionsTitle"))->text().contains(QLatin1String("for Bass")),
             qPrintable(panel->findChild<QLabel*>(QStringLiteral("suggestionsTitle"))->text()));
    // Back to following the table's selection.
    panel->setTrackFilter(QString());
    showMore->setChecked(false);
}

void TestWorkspace::parametersAreInEngineerNotation()
{
    auto p = [](const char* key, std::variant<double, std::string> v) {
        return ui::SuggestionsPanel::engineerNotation({key, std::move(v)});
    };
    QCOMPARE(p("frequency_hz", 315.0), QStringLiteral("315 Hz"));
    QCOMPARE(p("frequency_hz", 2500.0), QStringLiteral("2.50 kHz"));
    QCOMPARE(p("gain_db", -3.0), QString(QChar(0x2212)) + QStringLiteral("3.0 dB"));
    QCOMPARE(p("makeup_db", 2.0), QStringLiteral("+2.0 dB"));
    QCOMPARE(p("q", 1.6), QStringLiteral("Q 1.6"));
    QCOMPARE(p("ratio", 3.0), QStringLiteral("3.0:1"));
    QCOMPARE(p("slope_db_per_oct", 12.0), QStringLiteral("12 dB/oct"));
    QCOMPARE(p("attack_ms", 10.0), QStringLiteral("10 ms"));
    QCOMPARE(p("filter", std::string("high_pass")), QStringLiteral("high-pass"));
}

void TestWorkspace::choosingATypeReanalysesWithIt()
{
    auto* model = m_window->trackModel();
    const int row = rowOf(QStringLiteral("Pad"));
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    QVERIFY(model->setData(model->index(row, ui::TrackTableModel::Type), QStringLiteral("synth")));
    QVERIFY(reanalysed.wait(60000));
    QCOMPARE(reanalysed.front().at(0).toInt(), row);
    QCOMPARE(QString::fromStdString(model->track(row)->profile->type), QStringLiteral("synth"));
    QCOMPARE(QString::fromStdString(model->track(row)->profile->typeSource), QStringLiteral("user"));
    QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Type)).toString(), QStringLiteral("synth *"));
    QCOMPARE(model->track(row)->bounces, 0);  // a new type is not a re-bounce
}

// Several tracks retyped at once: the type editor on a row of a selection retypes every
// selected track, and Edit ▸ Undo gives each back the type it had, in one step.
void TestWorkspace::severalTracksRetypedInOneUndoStep()
{
    auto* model = m_window->trackModel();
    QTableView* table = m_window->trackTable();
    const int kick = rowOf(QStringLiteral("Kick"));
    const int vocal = rowOf(QStringLiteral("Lead Vocal"));
    const std::string kickType = model->track(kick)->profile->type;
    const std::string vocalType = model->track(vocal)->profile->type;
    QVERIFY(model->track(kick)->profile->typeSource != "user");
    QCOMPARE(vocalType, std::string("vocals"));
    QVERIFY(m_window->selectTrack(QStringLiteral("Kick")));
    auto* proxy = table->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString name = proxy->index(row, ui::TrackTableModel::Name).data().toString();
        if (name == QStringLiteral("Lead Vocal"))
            table->selectionModel()->select(proxy->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(m_window->selectedRows().size(), 2);
    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->count();
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    QVERIFY(model->setData(model->index(kick, ui::TrackTableModel::Type), QStringLiteral("keys")));
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 2, 60000);
    for (int row : {kick, vocal}) {
        QCOMPARE(model->track(row)->profile->type, std::string("keys"));
        QCOMPARE(model->track(row)->profile->typeSource, std::string("user"));
    }
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY2(undo->undoText().contains(QLatin1String("2")), qPrintable(undo->undoText()));

    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 4, 60000);
    QCOMPARE(model->track(kick)->profile->type, kickType);
    QCOMPARE(model->track(vocal)->profile->type, vocalType);
    for (int row : {kick, vocal})
        QVERIFY(model->track(row)->profile->typeSource != "user");
    // The store forgot the choice too: opened again, the tracks are guessed.
    {
        auto opened = core::Store::open(m_database.toStdString());
        QVERIFY(opened.store);
        QCOMPARE(opened.store->db().queryInt(
                     "SELECT count(*) FROM tracks WHERE type_override IS NOT NULL AND name IN ('Kick.wav', 'Lead Vocal.wav')"),
                 std::int64_t(0));
    }
    undo->redo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 6, 60000);
    QCOMPARE(model->track(vocal)->profile->type, std::string("keys"));
    undo->undo();
    QTRY_COMPARE_WITH_TIMEOUT(reanalysed.size(), 8, 60000);
    QCOMPARE(model->track(vocal)->profile->type, vocalType);
    QVERIFY(m_window->selectTrack(QStringLiteral("Kick")));
}

void TestWorkspace::aReBounceBecomesANewHistoryEntry()
{
    m_window->setRebounceDelayMs(300);
    QVERIFY(m_window->selectTrack(QStringLiteral("Bass")));
    const int row = rowOf(QStringLiteral("Bass"));
    const double before = *m_window->trackModel()->track(row)->profile->loudness.integratedLufs;
    QSignalSpy shown(m_window.get(), &ui::MainWindow::historyShown);
    m_window->showView(ui::MainWindow::View::History);
    QVERIFY(shown.wait(20000));
    QCOMPARE(shown.back().at(0).toString(), QStringLiteral("Bass"));
    QCOMPARE(shown.back().at(1).toInt(), 1);

    // The engineer bounces the bass again, 6.02 dB quieter (half the amplitude).
    auto channels = core::synthesizeDemoStem(1);
    for (auto& ch : channels)
        for (float& v : ch)
            v *= 0.5f;
    const QString file = QDir(m_session).filePath(QStringLiteral("Bass.wav"));
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    shown.clear();
    QCOMPARE(QString::fromStdString(test::writeAudio(file.toStdString(), channels)), QString());
    QVERIFY(reanalysed.wait(60000));
    QCOMPARE(reanalysed.front().at(0).toInt(), row);
    QCOMPARE(reanalysed.front().at(1).toBool(), true);  // a new history entry
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.back().at(1).toInt() == 2, 20000);

    const auto* t = m_window->trackModel()->track(row);
    COMPARE_NEAR(t->profile->loudness.integratedLufs, before - 6.02, 0.1);
    QCOMPARE(t->bounces, 1);
    QVERIFY(t->changedColumns.contains(ui::TrackTableModel::Integrated));
    QVERIFY(!t->changedColumns.contains(ui::TrackTableModel::Duration));
    QCOMPARE(m_window->trackModel()->data(m_window->trackModel()->index(row, ui::TrackTableModel::Integrated),
                                          ui::TrackTableModel::ChangedRole).toBool(), true);

    auto* history = m_window->historyPanel();
    QCOMPARE(history->entryCount(), 2);
    QVERIFY(history->changedCellCount() > 0);
    QVERIFY2(history->summary().contains(QStringLiteral("integrated loudness %1 → %2 LUFS")
                                             .arg(ui::formatFigure(before, 1), ui::formatFigure(before - 6.02, 1))),
             qPrintable(history->summary()));
    QCOMPARE(history->table()->rowCount(), 2);
    // A fader's change is no EQ's.
    QVERIFY2(!history->summary().contains(QStringLiteral("as an EQ would")), qPrintable(history->summary()));
}

void TestWorkspace::anEqBetweenBouncesIsNamedInTheHistory()
{
    // The engineer bounces the pad again through a +8 dB bell of Q 2 at 1 kHz: the history
    // names the change as that EQ (the re-bounce rule's measure, core/suggest/bouncerules.cpp).
    m_window->setRebounceDelayMs(300);
    QVERIFY(m_window->selectTrack(QStringLiteral("Pad")));
    const int row = rowOf(QStringLiteral("Pad"));
    QSignalSpy shown(m_window.get(), &ui::MainWindow::historyShown);
    m_window->showView(ui::MainWindow::View::History);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.back().at(0).toString() == QStringLiteral("Pad"), 20000);
    const int entries = shown.back().at(1).toInt();
    auto channels = core::synthesizeDemoStem(3);
    for (auto& ch : channels) {
        core::Biquad bell(core::Biquad::Kind::Peak, core::demoSessionSpec().sampleRateHz, 1000.0, 2.0, 8.0);
        for (float& v : ch)  // 6 dB down as well, clear of full scale: a fader, not an EQ
            v = 0.5f * static_cast<float>(bell.process(v));
    }
    const QString file = QDir(m_session).filePath(QStringLiteral("Pad.wav"));
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    shown.clear();
    QCOMPARE(QString::fromStdString(test::writeAudio(file.toStdString(), channels)), QString());
    QVERIFY(reanalysed.wait(60000));
    QCOMPARE(reanalysed.front().at(0).toInt(), row);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.back().at(1).toInt() == entries + 1, 20000);
    const QString summary = m_window->historyPanel()->summary();
    const QRegularExpression bell(QStringLiteral("a bell of \\+(\\d+\\.\\d) dB at (\\d+) Hz, Q 2\\.0"));
    const auto match = bell.match(summary);
    QVERIFY2(match.hasMatch(), qPrintable(summary));
    COMPARE_NEAR(match.captured(1).toDouble(), 8.0, 0.5);
    QVERIFY2(std::abs(std::log2(match.captured(2).toDouble() / 1000.0)) <= 1.0 / 12.0, qPrintable(summary));
}

void TestWorkspace::theUserDeletesAHistoryEntry()
{
    // A history row can be deleted by the user: Bass has two entries after its re-bounce;
    // the first goes, after the user confirms.
    QVERIFY(m_window->selectTrack(QStringLiteral("Bass")));
    QSignalSpy shown(m_window.get(), &ui::MainWindow::historyShown);
    m_window->showView(ui::MainWindow::View::History);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->historyPanel()->entryCount() == 2, 20000);
    auto* history = m_window->historyPanel();
    history->selectEntry(0);
    const core::AnalysisEntry* first = history->selectedEntry();
    QVERIFY(first != nullptr);
    const qint64 id = first->id;
    auto* button = history->findChild<QAbstractButton*>(QStringLiteral("deleteHistoryEntry"));
    QVERIFY(button != nullptr && button->isEnabled());
    // Cancel first: nothing happens.
    QSignalSpy deleted(m_window.get(), &ui::MainWindow::historyEntryDeleted);
    auto answer = [](QMessageBox::StandardButton which) {
        QTimer::singleShot(200, [which] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box != nullptr);
            QVERIFY(box->text().contains(QStringLiteral("cannot be undone")));
            box->button(which)->click();
        });
    };
    answer(QMessageBox::Cancel);
    button->click();
    QTest::qWait(300);
    QCOMPARE(deleted.size(), 0);
    QCOMPARE(history->entryCount(), 2);
    history->selectEntry(0);
    answer(QMessageBox::Yes);
    shown.clear();
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 1, 20000);
    QCOMPARE(deleted.front().at(0).toLongLong(), id);
    QCOMPARE(deleted.front().at(1).toString(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.back().at(1).toInt() == 1, 20000);
    QCOMPARE(history->entryCount(), 1);
    QVERIFY(history->table()->item(0, 1) != nullptr);
}

void TestWorkspace::reopeningTheSessionComesFromTheCache()
{
    QSignalSpy loaded(m_window.get(), &ui::MainWindow::sessionLoaded);
    m_window->openPaths({m_session});
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.front().at(0).toInt(), 5);
    auto* model = m_window->trackModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY2(model->track(row)->fromCache, qPrintable(model->trackName(row)));
        QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Status)).toString(), QStringLiteral("Cached"));
    }
}

void TestWorkspace::aStemBouncedIntoTheFolderJoinsTheSession()
{
    m_window->setRebounceDelayMs(300);
    auto* model = m_window->trackModel();
    QCOMPARE(model->rowCount(), 5);
    // The bounce: 8 s of a 997 Hz sine at -20 dBFS, mono, reads -23.01 LUFS ([1770] Annex 1:
    // a 0 dBFS 997 Hz sine in one channel reads -3.01 LKFS). Written elsewhere first, so that
    // its bytes can arrive in the session folder in two parts, as a DAW writes a bounce.
    const QString scratch = QDir(m_dir.path()).filePath(QStringLiteral("bounce.wav"));
    QCOMPARE(QString::fromStdString(test::writeAudio(scratch.toStdString(), {test::sine(997.0, 0.1, 48000, 48000 * 8)})),
             QString());
    QFile bounce(scratch);
    QVERIFY(bounce.open(QIODevice::ReadOnly));
    const QByteArray bytes = bounce.readAll();
    const QDir folder(m_session);
    auto write = [&folder](const QString& name, const QByteArray& data, QIODevice::OpenMode mode) {
        QFile file(folder.filePath(name));
        return file.open(mode) && file.write(data) == data.size();
    };
    // What a DAW or the system leaves beside a bounce: never part of the session, though
    // each holds the same audio.
    QVERIFY(write(QStringLiteral("._Synth Lead.wav"), bytes, QIODevice::WriteOnly));
    QVERIFY(write(QStringLiteral(".Synth Lead.wav.swp"), bytes, QIODevice::WriteOnly));
    QVERIFY(write(QStringLiteral("Synth Lead.wav.tmp"), bytes, QIODevice::WriteOnly));

    QSignalSpy added(m_window.get(), &ui::MainWindow::trackAdded);
    // The first 40 % of the bounce: seen, and left waiting while it grows (libsndfile would
    // already open it, as 40 % of the audio).
    const qsizetype part = bytes.size() * 2 / 5;
    QVERIFY(write(QStringLiteral("Synth Lead.wav"), bytes.left(part), QIODevice::WriteOnly));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->newFilesWaiting(), 1, 20000);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(write(QStringLiteral("Synth Lead.wav"), bytes.mid(part), QIODevice::Append));

    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 60000);
    const int row = added.front().at(0).toInt();
    QCOMPARE(model->rowCount(), 6);  // once, and none of the scratch files
    QCOMPARE(model->trackName(row), QStringLiteral("Synth Lead"));
    const auto* t = model->track(row);
    QVERIFY(t->profile != nullptr);
    QVERIFY(std::abs(t->profile->file.format.durationS() - 8.0) < 1e-6);  // the whole bounce
    COMPARE_NEAR(t->profile->loudness.integratedLufs, -23.01, 0.1);
    QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Integrated)).toString(),
             QString(QChar(0x2212)) + QStringLiteral("23.0"));
    QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Status)).toString(), QStringLiteral("Analysed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->heatMap()->rowCount(), 6, 20000);
    QCOMPARE(m_window->newFilesWaiting(), 0);
}

void TestWorkspace::aStemRemovedFromTheFolderIsMarkedMissingWithItsHistory()
{
    auto* model = m_window->trackModel();
    const int row = rowOf(QStringLiteral("Synth Lead"));
    QVERIFY(row >= 0);
    const double lufs = *model->track(row)->profile->loudness.integratedLufs;
    QVERIFY(QFile::remove(QDir(m_session).filePath(QStringLiteral("Synth Lead.wav"))));
    QTRY_VERIFY_WITH_TIMEOUT(model->track(row)->missing, 20000);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->data(model->index(row, ui::TrackTableModel::Status)).toString(),
             QStringLiteral("Missing: the file was removed"));
    QCOMPARE(*model->track(row)->profile->loudness.integratedLufs, lufs);  // its figures stay
    // ... and so does its history in the database.
    QSignalSpy shown(m_window.get(), &ui::MainWindow::historyShown);
    QVERIFY(m_window->selectTrack(QStringLiteral("Synth Lead")));
    m_window->showView(ui::MainWindow::View::History);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.back().at(0).toString() == QStringLiteral("Synth Lead"), 20000);
    QCOMPARE(shown.back().at(1).toInt(), 1);
}

void TestWorkspace::aBounceCaughtHeaderOnlyIsRetriedWhenFinished()
{
    // The watcher gave up on a stem after one failed re-analysis: a bounce that is briefly
    // header-only, then written to a temporary file and renamed into place, was never picked
    // up again.
    m_window->setRebounceDelayMs(300);
    auto* model = m_window->trackModel();
    const int row = rowOf(QStringLiteral("Hi-Hats"));
    QVERIFY(row >= 0);
    const double lufs = *model->track(row)->profile->loudness.integratedLufs;
    const QString file = QDir(m_session).filePath(QStringLiteral("Hi-Hats.wav"));
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    // The DAW starts the bounce: a header that promises nothing yet.
    QByteArray header = bytes.left(44);
    for (const int at : {4, 40}) {
        const quint32 size = at == 4 ? 36u : 0u;
        for (int i = 0; i < 4; ++i)
            header[at + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    }
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(header), header.size());
    }
    QTRY_VERIFY_WITH_TIMEOUT(model->track(row)->state == ui::TrackTableModel::State::Failed, 30000);
    // ... and renames the finished file into place.
    QSignalSpy reanalysed(m_window.get(), &ui::MainWindow::trackReanalysed);
    const QString scratch = QDir(m_session).filePath(QStringLiteral(".Hi-Hats.wav.partial"));
    {
        QFile f(scratch);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    std::filesystem::rename(scratch.toStdString(), file.toStdString());
    QTRY_VERIFY_WITH_TIMEOUT(model->track(row)->state == ui::TrackTableModel::State::Ready, 60000);
    QVERIFY(!reanalysed.isEmpty());
    QVERIFY(std::abs(*model->track(row)->profile->loudness.integratedLufs - lufs) < 0.01);
}

void TestWorkspace::aDamagedDatabaseIsSetAsideAndAFreshOneOffered()
{
    // A Stemwise database whose first page was overwritten (only such a file is set aside:
    // a file that is no database at all is refused, below).
    const QString damaged = QDir(QFileInfo(m_database).absolutePath()).filePath(QStringLiteral("damaged.sqlite"));
    std::string original;
    {
        { auto created = core::Store::open(damaged.toStdString()); }
        QFile::remove(damaged + QStringLiteral("-wal"));
        QFile::remove(damaged + QStringLiteral("-shm"));
        QFile in(damaged);
        QVERIFY(in.open(QIODevice::ReadOnly));
        original = in.readAll().toStdString();
        original.replace(0, 16, "this is not SQLi");
        std::ofstream out(damaged.toStdString(), std::ios::binary | std::ios::trunc);
        out << original;
    }
    ui::MainWindow w;
    w.show();
    QSignalSpy ready(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(damaged);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox*>(QStringLiteral("damagedDatabaseBox"))) != nullptr, 20000);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(damaged)));
    QVERIFY(box->text().contains(QLatin1String("damaged or is not a Stemwise database")));
    // Where the file is now, in plain words; and it really is there, untouched.
    const QDir folder(QFileInfo(damaged).absolutePath());
    const QStringList aside = folder.entryList({QStringLiteral("damaged.sqlite.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(box->informativeText().contains(QDir::toNativeSeparators(folder.filePath(aside.front()))),
             qPrintable(box->informativeText()));
    QFile keptFile(folder.filePath(aside.front()));
    QVERIFY(keptFile.open(QIODevice::ReadOnly));
    QCOMPARE(keptFile.readAll().toStdString(), original);
    QVERIFY(ready.isEmpty());  // nothing happens behind the user's back

    auto* fresh = box->findChild<QAbstractButton*>(QStringLiteral("freshDatabaseButton"));
    QVERIFY(fresh != nullptr);
    fresh->click();
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.front().at(0).toBool(), true);
    QCOMPARE(w.databasePath(), damaged);
    auto reopened = core::Store::open(damaged.toStdString());
    QVERIFY(reopened.store != nullptr);
}

void TestWorkspace::aFileThatIsNoDatabaseIsLeftUntouched()
{
    // A file a user saved under the wrong name (a stem, notes) used to be renamed aside and
    // replaced by a database: it is the user's, and stays where and as it is.
    const QString notes = QDir(QFileInfo(m_database).absolutePath()).filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text = "this is not an SQLite database, just some text a user saved under the wrong name\n";
    {
        QFile out(notes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(text), text.size());
    }
    ui::MainWindow w;
    w.show();
    QSignalSpy ready(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(notes);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox*>(QStringLiteral("databaseErrorBox"))) != nullptr, 20000);
    QVERIFY2(box->text().contains(QLatin1String("is not a Stemwise database")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QLatin1String("left untouched")));
    QFile f(notes);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), text);
    QCOMPARE(QDir(QFileInfo(notes).absolutePath()).entryList({QStringLiteral("notes.sqlite*")}, QDir::Files),
             QStringList{QStringLiteral("notes.sqlite")});
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 20000);
    QCOMPARE(ready.front().at(0).toBool(), false);
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
