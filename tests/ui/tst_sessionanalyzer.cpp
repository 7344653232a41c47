// SessionAnalyzer (ui/sessionanalyzer.h), the main window's worker, on its own: a folder of
// stems analysed off the UI thread with and without a database, the provisional answers of a
// reopened session confirmed by the hashed look-up, and a cancel or a destruction in the middle
// of the work. Its signals cross from the worker threads to this (the UI) thread; the TSan
// preset runs this test to check that hand-over.
#include "sessionanalyzer.h"

#include "testsignals.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <optional>
#include <set>
#include <vector>

using namespace stemwise;

namespace {

constexpr double kRateHz = 48000.0;
constexpr int kStems = 6;

QString writeSession(const QTemporaryDir& dir)
{
    const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "Session";
    std::filesystem::create_directories(folder);
    for (int i = 0; i < kStems; ++i) {
        const auto frames = static_cast<std::size_t>((2.0 + 0.5 * i) * kRateHz);
        const auto tone = test::sine(100.0 * (i + 1), 0.25, kRateHz, frames);
        if (!test::writeAudio(folder / ("stem-" + std::to_string(i) + ".wav"), {tone, tone}).empty())
            return {};
    }
    return QString::fromStdString(folder.string());
}

// What one run reported, received the way the main window receives it: by queued connections
// to an object of this (the UI) thread. (A QSignalSpy would record on the worker threads that
// emit, racing with the test's reads: TSan found that in a first version of this test.)
class Recorder : public QObject {
public:
    explicit Recorder(ui::SessionAnalyzer& analyzer)
    {
        connect(&analyzer, &ui::SessionAnalyzer::listed, this,
                [this](const QStringList& files, const QList<QPair<QString, QString>>&) { listed << files; });
        connect(&analyzer, &ui::SessionAnalyzer::fileProgress, this, [this] { ++progress; });
        connect(&analyzer, &ui::SessionAnalyzer::fileDone, this,
                [this](const ui::AnalysedFile& file) { done.push_back(file); });
        connect(&analyzer, &ui::SessionAnalyzer::finished, this, [this](bool c) { cancelled = c; });
    }
    /// Waits (processing events) until finished() arrives; false after a minute.
    bool waitFinished()
    {
        return QTest::qWaitFor([this] { return cancelled.has_value(); }, 60000);
    }
    /// Waits until the first progress report arrives.
    bool waitProgress()
    {
        return QTest::qWaitFor([this] { return progress > 0; }, 60000);
    }

    QStringList listed;
    int progress = 0;
    std::vector<ui::AnalysedFile> done;
    std::optional<bool> cancelled;
};

// Every fileDone of one run, by path: the provisional and the final answers apart.
struct Outcomes {
    std::set<QString> final;
    std::set<QString> provisional;
    int finalFromCache = 0;
    int newHistoryEntries = 0;
    int failed = 0;
};

Outcomes outcomesOf(const Recorder& r)
{
    Outcomes o;
    for (const auto& file : r.done) {
        if (file.provisional) {
            o.provisional.insert(file.path);
            continue;
        }
        o.final.insert(file.path);
        o.finalFromCache += file.fromCache ? 1 : 0;
        o.newHistoryEntries += file.newHistoryEntry ? 1 : 0;
        o.failed += file.profile ? 0 : 1;
    }
    return o;
}

}  // namespace

class TestSessionAnalyzer : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void analysesAFolderOffTheUiThreadWithoutADatabase();
    void storesThenAnswersAReopenedSessionProvisionallyFirst();
    void cancelStopsTheWorkAndFinishedSaysSo();
    void destroyingItMidWayWaitsForTheWorker();

private:
    QTemporaryDir m_dir;
    QString m_session;
};

void TestSessionAnalyzer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session = writeSession(m_dir);
    QVERIFY(!m_session.isEmpty());
}

void TestSessionAnalyzer::analysesAFolderOffTheUiThreadWithoutADatabase()
{
    ui::SessionAnalyzer analyzer;
    Recorder r(analyzer);
    core::SessionAnalysisOptions options;
    options.jobs = 2;
    analyzer.start({m_session}, options, {});
    QVERIFY(r.waitFinished());
    QCOMPARE(*r.cancelled, false);
    QCOMPARE(r.listed.size(), kStems);
    const Outcomes o = outcomesOf(r);
    QCOMPARE(static_cast<int>(o.final.size()), kStems);
    QCOMPARE(o.failed, 0);
    QVERIFY(o.provisional.empty());
    QVERIFY(r.progress > 0);
    QVERIFY(!analyzer.isRunning());
}

void TestSessionAnalyzer::storesThenAnswersAReopenedSessionProvisionallyFirst()
{
    QTemporaryDir dbDir;
    const std::filesystem::path database = std::filesystem::path(dbDir.path().toStdString()) / "stemwise.sqlite";
    core::SessionAnalysisOptions options;
    options.jobs = 2;
    {
        ui::SessionAnalyzer analyzer;
        Recorder r(analyzer);
        analyzer.start({m_session}, options, database);
        QVERIFY(r.waitFinished());
        const Outcomes o = outcomesOf(r);
        QCOMPARE(static_cast<int>(o.final.size()), kStems);
        QCOMPARE(o.newHistoryEntries, kStems);
        QCOMPARE(o.finalFromCache, 0);
    }
    ui::SessionAnalyzer analyzer;
    Recorder r(analyzer);
    analyzer.start({m_session}, options, database);
    QVERIFY(r.waitFinished());
    const Outcomes o = outcomesOf(r);
    // Every file answered at once from its unchanged history entry, then confirmed by its
    // content hash from the cache; nothing analysed or stored again.
    QCOMPARE(static_cast<int>(o.provisional.size()), kStems);
    QCOMPARE(o.final, o.provisional);
    QCOMPARE(o.finalFromCache, kStems);
    QCOMPARE(o.newHistoryEntries, 0);
    for (int i = 0; i < kStems; ++i)
        QVERIFY2(r.done[static_cast<std::size_t>(i)].provisional, "the provisional answers come before the confirmed ones");
}

void TestSessionAnalyzer::cancelStopsTheWorkAndFinishedSaysSo()
{
    ui::SessionAnalyzer analyzer;
    Recorder r(analyzer);
    // Cancelled on the first progress report, which reaches this (the UI) thread through the
    // inbox some milliseconds after the worker posted it: a busy machine can delay it by more
    // than a short stem's analysis. So the first file (one job: the files are begun in order)
    // is long, 180 s (some 0.4 s of analysis in a release build, ten times more under the
    // sanitizers), and the cancel lands while it is analysed; the other files are those of
    // the shared session.
    connect(&analyzer, &ui::SessionAnalyzer::fileProgress, &analyzer, [&analyzer] { analyzer.cancel(); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString());
    const auto tone = test::sine(440.0, 0.25, kRateHz, static_cast<std::size_t>(180.0 * kRateHz));
    QVERIFY(test::writeAudio(folder / "a-long-stem.wav", {tone}).empty());
    QStringList paths{QString::fromStdString((folder / "a-long-stem.wav").string())};
    for (const auto& entry : std::filesystem::directory_iterator(m_session.toStdString()))
        paths << QString::fromStdString(entry.path().string());
    core::SessionAnalysisOptions options;
    options.jobs = 1;
    analyzer.start(paths, options, {});
    QVERIFY(r.waitFinished());
    QCOMPARE(*r.cancelled, true);
    // Every file is reported; those not begun as cancelled, at most the one in flight with figures.
    const Outcomes o = outcomesOf(r);
    QCOMPARE(static_cast<int>(o.final.size()), kStems + 1);
    QVERIFY2(o.failed >= kStems, qPrintable(QString::number(o.failed)));
}

void TestSessionAnalyzer::destroyingItMidWayWaitsForTheWorker()
{
    QTemporaryDir dbDir;
    const std::filesystem::path database = std::filesystem::path(dbDir.path().toStdString()) / "stemwise.sqlite";
    {
        ui::SessionAnalyzer analyzer;
        Recorder r(analyzer);
        analyzer.start({m_session}, {}, database);
        QVERIFY(r.waitProgress());
    }  // the destructor cancels and joins while files are in flight
    QCoreApplication::processEvents();  // what it had queued arrives for no one
    // The database it was writing stays usable: a new run stores the session.
    ui::SessionAnalyzer again;
    Recorder r(again);
    again.start({m_session}, {}, database);
    QVERIFY(r.waitFinished());
    const Outcomes o = outcomesOf(r);
    QCOMPARE(static_cast<int>(o.final.size()), kStems);
    QCOMPARE(o.failed, 0);
}

QTEST_GUILESS_MAIN(TestSessionAnalyzer)
#include "tst_sessionanalyzer.moc"
