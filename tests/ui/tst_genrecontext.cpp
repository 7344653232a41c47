// Issue 19, point 4 in the window: without a genre from the user, the suggestions' context line
// shows the session's estimated genre (nearest profile, confidence, runner-up), marked
// estimated, and the suggestions use it; the user's genre wins; thin evidence says
// "uncertain" and is not used. The estimate is made on the suggestion round's worker thread.
#include "testsignals.h"

#include "compare/genreestimate.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "store/store.h"
#include "suggestionspanel.h"
#include "workflow/sessiongenre.h"

#include <QComboBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;

namespace {

// The context line of the suggestions' header (what follows the title).
QString contextLine(ui::MainWindow& w)
{
    const QString h = w.suggestionsPanel()->headerText();
    return h.section(QStringLiteral("<small>"), 1).section(QStringLiteral("</small>"), 0, 0);
}

// A recording built to sit at the built-in "classical" profile (PLR 18 dB, LRA 14 LU) and far
// from the others: three 10 s passages of a 220 Hz tone 8 and 7.6 dB apart (about -35, -27 and
// -19 LUFS: a loudness range of about 16 LU), and three single samples at 0.9 that set the true
// peak near -1 dBTP, about 19 dB above the integrated loudness (the loud passage's).
std::string writeClassical(const std::filesystem::path& file)
{
    constexpr double kRate = 48000.0;
    std::vector<float> x;
    for (double amplitude : {0.02, 0.05, 0.12}) {
        const auto part = test::sine(220.0, amplitude, kRate, static_cast<std::size_t>(10 * kRate));
        x.insert(x.end(), part.begin(), part.end());
    }
    for (int k = 0; k < 3; ++k)
        x[static_cast<std::size_t>((25 + k) * kRate)] = 0.9F;
    return test::writeAudio(file, {x, x});
}

}  // namespace

class TestGenreContext : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void anEstimateFillsTheContextAndTheUsersGenreWins();
    void aSessionNearOneProfileShowsItsGenreEstimatedAndTheUsersGenreWins();
    void thinEvidenceIsUncertainAndNotUsed();
};

void TestGenreContext::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_genrecontext"));
}

// The worker's step on its own (workflow/sessiongenre.h), with an empty library: a mix at the
// classical profile's centre fills the context, marked estimated, with the Gaussian model's
// confidence against the next profile; a genre the user set is left alone.
void TestGenreContext::anEstimateFillsTheContextAndTheUsersGenreWins()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(dir.filePath(QStringLiteral("library.sqlite")).toStdString());
    QVERIFY(opened.store);
    core::TrackProfile mix;
    mix.loudness.integratedLufs = -20.0;
    mix.dynamics.plrDb = 18.0;
    mix.loudness.lraLu = 14.0;
    mix.rhythm.tempoBpm = 100.0;

    core::SuggestionContext context;
    const auto estimate = core::estimateSessionGenre(context, opened.store->db(), mix);
    QVERIFY(estimate);
    QCOMPARE(estimate->genre, std::string("classical"));
    QVERIFY(!estimate->uncertain);
    QCOMPARE(estimate->runnerUp, std::string("jazz"));
    QVERIFY(estimate->scores.front().builtIn);
    // Jazz's profile (PLR 14 ± 3, LRA 9 ± 3.5, 120 BPM ± 0.35 octave) against classical's centre.
    const double zPlr = (18.0 - 14.0) / 3.0;
    const double zLra = (14.0 - 9.0) / 3.5;
    const double zTempo = (std::log2(100.0) - std::log2(120.0)) / 0.35;
    const double jazz = std::exp(-0.5 * (zPlr * zPlr + zLra * zLra + zTempo * zTempo));
    QCOMPARE_LE(estimate->confidence, 1.0 / (1.0 + jazz) + 1e-12);
    QVERIFY(estimate->confidence > 0.85);
    QCOMPARE(context.genre, std::optional<std::string>("classical"));
    QVERIFY(context.genreEstimated);

    core::SuggestionContext given;
    given.genre = "rock";
    QVERIFY(!core::estimateSessionGenre(given, opened.store->db(), mix));
    QCOMPARE(given.genre, std::optional<std::string>("rock"));
    QVERIFY(!given.genreEstimated);
}

void TestGenreContext::aSessionNearOneProfileShowsItsGenreEstimatedAndTheUsersGenreWins()
{
    QTemporaryDir dir;
    const std::filesystem::path session = std::filesystem::path(dir.path().toStdString()) / "Nocturne";
    std::filesystem::create_directories(session);
    QCOMPARE(QString::fromStdString(writeClassical(session / "Orchestra.wav")), QString());

    ui::MainWindow w;
    w.show();
    QSignalSpy dbReady(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(dbReady.wait(20000));
    QSignalSpy shown(&w, &ui::MainWindow::suggestionsShown);
    w.openPaths({QString::fromStdString(session.string())});
    QVERIFY(shown.wait(120000));
    const QString estimated = contextLine(w);
    const QRegularExpression marked(QStringLiteral("genre: classical \\(estimated, (\\d+) %; runner-up (\\w[\\w-]*)\\)"));
    const auto m = marked.match(estimated);
    QVERIFY2(m.hasMatch(), qPrintable(estimated));
    QVERIFY2(m.captured(1).toInt() >= 60 && m.captured(1).toInt() <= 100, qPrintable(estimated));
    QVERIFY2(m.captured(2) != QStringLiteral("classical"), qPrintable(estimated));
    QCOMPARE(w.genre(), QString());
    QCOMPARE(w.suggestionsPanel()->genre(), QString());

    // The user's genre, chosen in the panel's box, wins: the round runs again with it.
    shown.clear();
    auto* box = w.suggestionsPanel()->findChild<QComboBox*>(QStringLiteral("sessionGenre"));
    QVERIFY(box != nullptr);
    box->setCurrentIndex(box->findData(QStringLiteral("rock")));
    QVERIFY(shown.wait(120000));
    const QString given = contextLine(w);
    QVERIFY2(given.contains(QStringLiteral("genre rock")), qPrintable(given));
    QVERIFY2(!given.contains(QStringLiteral("estimated")) && !given.contains(QStringLiteral("classical")),
             qPrintable(given));
    QCOMPARE(w.genre(), QStringLiteral("rock"));

    // Back to estimating.
    shown.clear();
    w.setGenre(QString());
    QVERIFY(shown.wait(120000));
    QVERIFY2(marked.match(contextLine(w)).hasMatch(), qPrintable(contextLine(w)));
    QCOMPARE(box->currentData().toString(), QString());
}

// The demo session's unmastered sum lies between the profiles (nearest jazz, under 60 %): the
// line says "uncertain", names the nearest and the runner-up, and the genre is not used.
void TestGenreContext::thinEvidenceIsUncertainAndNotUsed()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QVERIFY(core::writeDemoSession(root / "Demo"));
    ui::MainWindow w;
    w.show();
    QSignalSpy dbReady(&w, &ui::MainWindow::databaseReady);
    w.configureDatabase(dir.filePath(QStringLiteral("stemwise.sqlite")));
    QVERIFY(dbReady.wait(20000));
    QSignalSpy shown(&w, &ui::MainWindow::suggestionsShown);
    w.openPaths({QString::fromStdString((root / "Demo").string())});
    QVERIFY(shown.wait(120000));
    const QString line = contextLine(w);
    const QRegularExpression uncertain(
        QStringLiteral("genre uncertain \\(nearest ([\\w-]+), (\\d+) %; runner-up ([\\w-]+)\\), not used"));
    const auto m = uncertain.match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY2(m.captured(2).toInt() < 60, qPrintable(line));
    QVERIFY2(m.captured(1) != m.captured(3), qPrintable(line));
    QVERIFY2(!line.contains(QStringLiteral("estimated")), qPrintable(line));
}

QTEST_MAIN(TestGenreContext)
#include "tst_genrecontext.moc"
