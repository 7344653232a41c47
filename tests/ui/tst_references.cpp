// The reference library in the workspace (issue 21: 'the reference library and genre target
// curves managed in the GUI (add, tag, remove, compare)', with undo and redo), offscreen,
// against a real temporary database: references added are listed and stored, a new genre and a
// removal reach the store, Edit ▸ Undo takes each back and Redo does it again; the comparison
// is of the session's Mix by default, and a single stem against references gets no moves; the
// references attached to the session on the command line are shown and compared with; the
// track view shades a mix (and only a mix) with its references' 10–90 % band shares; a rating
// reaches the store, re-weights the genre's target (one rated not my style is left out of it)
// and is one step of undo.
#include "testsignals.h"

#include "comparison/comparisondialog.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "mixpanel.h"
#include "referencespanel.h"
#include "trackpanel.h"
#include "views/bandbalanceview.h"
#include "views/spectrumview.h"
#include "analysis/sessionanalysis.h"
#include "store/referencerepository.h"
#include "store/sessionrepository.h"
#include "store/store.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

#include <map>

using namespace stemwise;

namespace {

// The library as stored: name -> genre, read on a connection of its own.
std::map<std::string, std::string> stored(const QString& database)
{
    auto opened = core::Store::open(database.toStdString());
    if (!opened.store)
        return {{"<unopened>", opened.error->message}};
    std::map<std::string, std::string> out;
    for (const auto& r : core::ReferenceRepository(opened.store->db()).list())
        out[r.name] = r.genre;
    return out;
}

using Library = std::map<std::string, std::string>;

}  // namespace

class TestReferences : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void addRetagRemoveUndoRedo();
    void aStemAgainstReferencesGetsNoMoves();
    void compareTracksTakesTheSessionMixForAReference();
    void referencesAttachedToTheSessionAreShown();
    void aMixIsShadedWithItsReferencesShares();
    void ratingsReachTheStoreAndReweighTheTarget();
    void cleanupTestCase();

private:
    // Runs `act` and waits for the panel to show the library after it.
    bool waitForLibrary(const std::function<void()>& act);

    QTemporaryDir m_dir;
    QString m_database;
    QString m_rock;
    QString m_bright;
    QString m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestReferences::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_references"));
    m_database = QDir(m_dir.path()).filePath(QStringLiteral("stemwise.sqlite"));
    const QString session = QDir(m_dir.path()).filePath(QStringLiteral("Session"));
    m_session = session;
    auto written = core::writeDemoSession(session.toStdString());
    QVERIFY2(written, written ? "" : written.error().message.c_str());
    // Two "records": noise with a low sine, and a brighter one.
    const std::size_t frames = 48000 * 4;
    auto dark = test::whiteNoise(0.05, frames, 3);
    const auto low = test::sine(60.0, 0.4, 48000.0, frames);
    for (std::size_t i = 0; i < frames; ++i)
        dark[i] += low[i];
    m_rock = QDir(m_dir.path()).filePath(QStringLiteral("Dark Record.wav"));
    m_bright = QDir(m_dir.path()).filePath(QStringLiteral("Bright Record.wav"));
    QCOMPARE(test::writeAudio(m_rock.toStdString(), {dark, dark}), std::string());
    const auto bright = test::whiteNoise(0.3, frames, 7);
    QCOMPARE(test::writeAudio(m_bright.toStdString(), {bright, bright}), std::string());

    m_window = std::make_unique<ui::MainWindow>();
    QSignalSpy dbReady(m_window.get(), &ui::MainWindow::databaseReady);
    QSignalSpy listed(m_window->referencesPanel(), &ui::ReferencesPanel::libraryShown);
    m_window->configureDatabase(QString(), m_database);
    QTRY_COMPARE_WITH_TIMEOUT(dbReady.size(), 1, 60000);
    QVERIFY(dbReady.front().front().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(listed.size(), 1, 60000);
    QCOMPARE(m_window->referencesPanel()->library().size(), std::size_t(0));
    QSignalSpy mix(m_window.get(), &ui::MainWindow::mixShown);
    m_window->openPaths({session});
    QTRY_COMPARE_WITH_TIMEOUT(mix.size(), 1, 120000);
    QVERIFY(mix.front().front().toBool());
    m_window->showView(ui::MainWindow::View::References);
}

// Ten references whose low-mids share runs 5 … 14 % (10–90 %: 5.9 … 13.1 %), every other band
// 10 %: a mix with 20 % low mids lies above them, one band over; a vocal is not judged by them.
void TestReferences::aMixIsShadedWithItsReferencesShares()
{
    std::vector<core::TrackProfile> refs(10);
    std::vector<core::StyleExample> examples;
    for (std::size_t i = 0; i < refs.size(); ++i) {
        refs[i].name = "Ref " + std::to_string(i);
        refs[i].loudness.integratedLufs = -10.0;
        for (std::size_t b = 0; b < core::kBandCount; ++b) {
            refs[i].spectrum.bands[b].levelDb = -20.0;
            refs[i].spectrum.bands[b].share = b == 2 ? 0.05 + 0.01 * static_cast<double>(i) : 0.10;
        }
        examples.push_back({&refs[i], nullptr, 1.0});
    }
    auto style = std::make_shared<const core::ReferenceStyle>(core::learnReferenceStyle(examples));
    auto mix = std::make_shared<core::TrackProfile>(refs[0]);
    mix->name = "Mix";
    mix->type = "mix";
    for (int k = 0; k <= 239; ++k) {  // 24 points per octave over 20 Hz–20 kHz
        mix->spectrum.ltasFrequencyHz.push_back(20.0 * std::exp2(k / 24.0));
        mix->spectrum.ltasDb.push_back(-30.0);
    }
    mix->spectrum.bands[2].share = 0.20;

    ui::TrackPanel panel;
    panel.resize(900, 700);
    panel.show();
    panel.setTrack(mix, Qt::black);
    QVERIFY(!panel.bandBalanceView()->showsReferences());  // no style yet: the mix type's ranges
    panel.setReferenceStyle(style);
    QVERIFY(panel.bandBalanceView()->showsReferences());
    QCOMPARE(panel.bandBalanceView()->bandsOver(), 1);
    QCOMPARE(panel.spectrumView()->expectedAreas(), static_cast<int>(core::kBandCount));
    // Inside their range: nothing over.
    auto inside = std::make_shared<core::TrackProfile>(*mix);
    inside->spectrum.bands[2].share = 0.10;
    panel.setTrack(inside, Qt::black);
    QCOMPARE(panel.bandBalanceView()->bandsOver(), 0);
    // A stem keeps its type's ranges.
    auto vocal = std::make_shared<core::TrackProfile>(*mix);
    vocal->type = "vocals";
    panel.setTrack(vocal, Qt::black);
    QVERIFY(!panel.bandBalanceView()->showsReferences());
    panel.setReferenceStyle(nullptr);
    panel.setTrack(mix, Qt::black);
    QVERIFY(!panel.bandBalanceView()->showsReferences());
}

void TestReferences::ratingsReachTheStoreAndReweighTheTarget()
{
    ui::ReferencesPanel* panel = m_window->referencesPanel();
    QUndoStack* undo = m_window->undoStack();
    undo->clear();
    QVERIFY(waitForLibrary([&] { panel->addFiles({m_rock, m_bright}, QStringLiteral("soul")); }));
    const auto ratings = [this] {
        std::map<std::string, int> out;
        auto opened = core::Store::open(m_database.toStdString());
        if (opened.store)
            for (const auto& r : core::ReferenceRepository(opened.store->db()).list())
                out[r.name] = r.rating;
        return out;
    };
    const auto itemOf = [panel](const QString& name) -> QTreeWidgetItem* {
        const auto items = panel->list()->findItems(name, Qt::MatchExactly, ui::ReferencesPanel::Name);
        return items.isEmpty() ? nullptr : items.front();
    };
    QVERIFY(panel->compareWithGenre(QStringLiteral("soul")));
    QCOMPARE(panel->comparison()->targetReferences.size(), std::size_t(2));
    QVERIFY(!panel->note()->isVisibleTo(panel));

    // Not my style: stored, shown, left out of the genre's target, said above the chart.
    undo->clear();
    panel->selectReferences({QStringLiteral("Bright Record")});
    QVERIFY(waitForLibrary([&] { panel->rateSelected(core::kReferenceNotMyStyle); }));
    QCOMPARE(ratings().at("Bright Record"), core::kReferenceNotMyStyle);
    QCOMPARE(ratings().at("Dark Record"), core::kReferenceUnrated);
    QCOMPARE(itemOf(QStringLiteral("Bright Record"))->text(ui::ReferencesPanel::Rating), QStringLiteral("Not my style"));
    QVERIFY(panel->compareWithGenre(QStringLiteral("soul")));
    QCOMPARE(panel->comparison()->targetReferences, std::vector<std::string>{"Dark Record"});
    QVERIFY(panel->note()->isVisibleTo(panel));
    QVERIFY2(panel->note()->text().contains(QStringLiteral("not your style left out")), qPrintable(panel->note()->text()));
    QCOMPARE(undo->count(), 1);

    // Undone: not rated again, both in the target; redone.
    QVERIFY(waitForLibrary([&] { undo->undo(); }));
    QCOMPARE(ratings().at("Bright Record"), core::kReferenceUnrated);
    QVERIFY(panel->compareWithGenre(QStringLiteral("soul")));
    QCOMPARE(panel->comparison()->targetReferences.size(), std::size_t(2));
    QVERIFY(waitForLibrary([&] { undo->redo(); }));
    QCOMPARE(ratings().at("Bright Record"), core::kReferenceNotMyStyle);

    // The sound I want: counts twice, said so.
    panel->selectReferences({QStringLiteral("Dark Record")});
    QVERIFY(waitForLibrary([&] { panel->rateSelected(core::kReferenceSoundIWant); }));
    QCOMPARE(ratings().at("Dark Record"), core::kReferenceSoundIWant);
    QVERIFY(panel->compareWithGenre(QStringLiteral("soul")));
    QVERIFY2(panel->note()->text().contains(QStringLiteral("count twice")), qPrintable(panel->note()->text()));
}

void TestReferences::cleanupTestCase()
{
    m_window.reset();
}

bool TestReferences::waitForLibrary(const std::function<void()>& act)
{
    QSignalSpy listed(m_window->referencesPanel(), &ui::ReferencesPanel::libraryShown);
    act();
    if (!listed.wait(60000))
        return false;
    return listed.front().at(1).toString().isEmpty();
}

void TestReferences::addRetagRemoveUndoRedo()
{
    ui::ReferencesPanel* panel = m_window->referencesPanel();
    QUndoStack* undo = m_window->undoStack();
    undo->clear();

    // Added: listed, stored, one undo step; the Mix against the genre's target.
    QVERIFY(waitForLibrary([&] { panel->addFiles({m_rock, m_bright}, QStringLiteral(" Rock")); }));
    const Library added{{"Bright Record", "rock"}, {"Dark Record", "rock"}};
    QCOMPARE(stored(m_database), added);
    QCOMPARE(panel->list()->topLevelItemCount(), 2);
    QCOMPARE(panel->list()->selectedItems().size(), 2);  // what was added is chosen
    QCOMPARE(undo->count(), 1);
    QVERIFY(panel->compareWithGenre(QStringLiteral("rock")));
    QVERIFY(panel->targetBox()->currentText().contains(QStringLiteral("rock")));
    QVERIFY(panel->subjectBox()->currentText().startsWith(QStringLiteral("Mix")));
    QVERIFY(panel->comparison() != nullptr);
    QCOMPARE(panel->comparison()->aName, std::string("Mix"));
    QCOMPARE(panel->comparison()->targetReferences.size(), std::size_t(2));

    // Retagged: one reference to jazz.
    panel->selectReferences({QStringLiteral("Dark Record")});
    QVERIFY(waitForLibrary([&] { panel->setGenreOfSelected(QStringLiteral("Jazz")); }));
    const Library retagged{{"Bright Record", "rock"}, {"Dark Record", "jazz"}};
    QCOMPARE(stored(m_database), retagged);
    QCOMPARE(panel->list()->topLevelItemCount(), 2);
    QCOMPARE(undo->count(), 2);
    QVERIFY(panel->targetBox()->findText(QStringLiteral("jazz"), Qt::MatchContains) >= 0);

    // Removed.
    panel->selectReferences({QStringLiteral("Bright Record")});
    QVERIFY(waitForLibrary([&] { panel->removeSelected(); }));
    const Library removed{{"Dark Record", "jazz"}};
    QCOMPARE(stored(m_database), removed);
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    QCOMPARE(undo->count(), 3);

    // Undone, step by step, down to the empty library; the removed one comes back as it was.
    QVERIFY(waitForLibrary([&] { undo->undo(); }));
    QCOMPARE(stored(m_database), retagged);
    QCOMPARE(panel->list()->topLevelItemCount(), 2);
    QVERIFY(waitForLibrary([&] { undo->undo(); }));
    QCOMPARE(stored(m_database), added);
    QVERIFY(waitForLibrary([&] { undo->undo(); }));
    QCOMPARE(stored(m_database), Library{});
    QCOMPARE(panel->list()->topLevelItemCount(), 0);
    QVERIFY(panel->comparison() == nullptr);

    // Redone: added again (as they were: no new analysis), retagged, removed.
    QVERIFY(waitForLibrary([&] { undo->redo(); }));
    QCOMPARE(stored(m_database), added);
    QVERIFY(waitForLibrary([&] { undo->redo(); }));
    QCOMPARE(stored(m_database), retagged);
    QVERIFY(waitForLibrary([&] { undo->redo(); }));
    QCOMPARE(stored(m_database), removed);
    QCOMPARE(panel->list()->topLevelItemCount(), 1);
    QCOMPARE(panel->list()->topLevelItem(0)->text(ui::ReferencesPanel::Genre), QStringLiteral("jazz"));
}

void TestReferences::aStemAgainstReferencesGetsNoMoves()
{
    ui::ReferencesPanel* panel = m_window->referencesPanel();
    if (panel->library().empty())
        QVERIFY(waitForLibrary([&] { panel->addFiles({m_rock}, QStringLiteral("jazz")); }));
    QVERIFY(panel->compareWithGenre(QStringLiteral("jazz")));
    // The Mix first, by default.
    QCOMPARE(panel->subjectBox()->currentIndex(), 0);
    QVERIFY(panel->subjectBox()->currentText().startsWith(QStringLiteral("Mix")));
    QVERIFY(panel->status()->text().contains(QStringLiteral("1 reference")));
    // A stem (the demo's bass): its differences, no moves, and a note that says why.
    const int bass = panel->subjectBox()->findText(QStringLiteral("Bass"), Qt::MatchContains);
    QVERIFY(bass > 0);
    panel->subjectBox()->setCurrentIndex(bass);
    QVERIFY(panel->comparison() != nullptr);
    QVERIFY(!panel->comparison()->findings.empty());
    for (const auto& f : panel->comparison()->findings)
        QVERIFY2(f.kind != core::ComparisonFinding::Kind::Suggestion, f.text.c_str());
    const auto* note = panel->findChild<QLabel*>(QStringLiteral("referenceNote"));
    QVERIFY(note != nullptr && !note->isHidden());
}

// Compare Tracks: a library reference chosen as B brings the session mix in as A (the user had
// not chosen A); a stem the user chooses against it is compared without moves, and says why.
void TestReferences::compareTracksTakesTheSessionMixForAReference()
{
    ui::ComparisonDialog dialog(*m_window->trackModel());
    QSignalSpy loaded(&dialog, &ui::ComparisonDialog::sourcesLoaded);
    dialog.setDatabase(m_database.toStdString());
    QVERIFY(loaded.wait(60000));
    QCOMPARE(loaded.front().front().toString(), QString());
    const auto references = dialog.libraryReferenceIndices();
    QVERIFY(!references.empty());
    const auto mix = dialog.sessionMixIndex();
    QVERIFY(mix.has_value());
    const auto boxes = dialog.findChildren<QComboBox*>();
    QVERIFY(boxes.size() >= 2);
    QComboBox* a = boxes[0];
    QComboBox* b = boxes[1];
    QCOMPARE(a->currentIndex(), 0);  // the first stem, as opened
    b->setCurrentIndex(references.front());
    QCOMPARE(a->currentIndex(), *mix);
    QCOMPARE(b->currentIndex(), references.front());
    // The user's own choice of a stem stands, and is compared without moves.
    a->setCurrentIndex(0);
    b->setCurrentIndex(references.front());
    QCOMPARE(a->currentIndex(), 0);
    const core::TrackComparison& c = dialog.comparison();
    QVERIFY(!c.findings.empty());
    for (const auto& f : c.findings)
        QVERIFY2(f.kind != core::ComparisonFinding::Kind::Suggestion, f.text.c_str());
    const auto* text = dialog.findChild<QPlainTextEdit*>();
    QVERIFY(text != nullptr);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("is one stem and a reference is a whole mix")),
             qPrintable(text->toPlainText().left(300)));
}

// `stemwise reference add FILE --session DIR` attaches a reference to the session of DIR (not
// to the library): the References view lists it after the library's, marked as the session's,
// offers it as a target and compares the Mix with it; Genre… and Remove leave it alone.
void TestReferences::referencesAttachedToTheSessionAreShown()
{
    ui::ReferencesPanel* panel = m_window->referencesPanel();
    {
        auto opened = core::Store::open(m_database.toStdString());
        QVERIFY(opened.store != nullptr);
        const auto sessionId = core::SessionRepository(opened.store->db()).ensureFolder(m_session.toStdString()).id;
        auto analysed = core::analyzeFiles({m_bright.toStdString()}).front();
        QVERIFY(analysed.profile != nullptr);
        analysed.profile->name = "Session Record";
        core::ReferenceRepository(opened.store->db()).add(*analysed.profile, "attached-to-the-session", "pop", sessionId);
    }
    const std::size_t library = panel->library().size();
    QSignalSpy mix(m_window.get(), &ui::MainWindow::mixShown);
    m_window->openPaths({m_session});  // the session opened again
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionReferences().size(), std::size_t(1), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!mix.isEmpty(), 120000);
    QCOMPARE(panel->library().size(), library);  // not in the library
    QCOMPARE(panel->list()->topLevelItemCount(), static_cast<int>(library) + 1);
    QTreeWidgetItem* attached = panel->list()->topLevelItem(static_cast<int>(library));
    QCOMPARE(attached->text(ui::ReferencesPanel::Name), QStringLiteral("Session Record"));
    QVERIFY2(attached->text(ui::ReferencesPanel::Genre).contains(QStringLiteral("this session")),
             qPrintable(attached->text(ui::ReferencesPanel::Genre)));
    QVERIFY(panel->status()->text().contains(QStringLiteral("1 attached to this session")));
    // Chosen in the list: the target, and the Mix compared with it.
    panel->subjectBox()->setCurrentIndex(0);
    QVERIFY(panel->subjectBox()->currentText().startsWith(QStringLiteral("Mix")));
    panel->selectReferences({QStringLiteral("Session Record")});
    QVERIFY(panel->targetBox()->currentText().contains(QStringLiteral("Session Record")));
    QVERIFY(panel->comparison() != nullptr);
    QCOMPARE(panel->comparison()->bName, std::string("Session Record"));
    // Managed where it was attached: nothing to retag or remove here.
    QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("removeReferences"))->isEnabled());
}

QTEST_MAIN(TestReferences)
#include "tst_references.moc"
