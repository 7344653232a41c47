// The analysis thread pool (analysis/sessionanalysis.h) and the stored analysis on top of it
// (workflow/storedanalysis.h): several workers give the same profiles as one, in the order
// of the input, call back once per file from their own threads, stop when cancelled from
// another thread, and each open their own database connection. The TSan preset runs this
// test: what the workers share (the file counter, the results, the callbacks, the store's
// connections) is checked for data races there.
#include "analysis/sessionanalysis.h"
#include "workflow/storedanalysis.h"

#include "testsignals.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace stemwise;

namespace {

constexpr double kRateHz = 48000.0;

// Eight short stems of different lengths and contents (so the workers finish out of order)
// and one that is not audio.
std::vector<std::filesystem::path> writeSession(const QTemporaryDir& dir)
{
    std::vector<std::filesystem::path> files;
    const std::filesystem::path root = dir.path().toStdString();
    for (int i = 0; i < 8; ++i) {
        const auto frames = static_cast<std::size_t>((0.5 + 0.25 * (i % 4)) * kRateHz);
        auto left = test::sine(110.0 * (i + 1), 0.1 + 0.05 * i, kRateHz, frames);
        auto right = test::whiteNoise(0.05, frames, static_cast<std::uint64_t>(i + 1));
        const auto path = root / ("stem-" + std::to_string(i) + ".wav");
        if (!test::writeAudio(path, {left, right}).empty())
            return {};
        files.push_back(path);
        if (i == 3) {
            const auto bad = root / "notes.wav";
            std::FILE* f = std::fopen(bad.c_str(), "wb");
            std::fputs("not a RIFF file", f);
            std::fclose(f);
            files.push_back(bad);
        }
    }
    return files;
}

}  // namespace

class TestAnalysisPool : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void workersGiveTheProfilesOfOneThreadInInputOrder();
    void cancellingFromAnotherThreadLeavesTheRestCancelled();
    void storedAnalysisOnSeveralWorkersStoresEachFileOnce();

private:
    QTemporaryDir m_dir;
    std::vector<std::filesystem::path> m_files;
};

void TestAnalysisPool::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_files = writeSession(m_dir);
    QCOMPARE(m_files.size(), std::size_t{9});
}

void TestAnalysisPool::workersGiveTheProfilesOfOneThreadInInputOrder()
{
    core::SessionAnalysisOptions one;
    one.jobs = 1;
    const auto reference = core::analyzeFiles(m_files, one);

    core::SessionAnalysisOptions four;
    four.jobs = 4;
    std::mutex mutex;
    std::multiset<std::size_t> done;
    std::set<std::thread::id> threads;
    std::map<std::size_t, double> lastProgress;
    bool progressWentBack = false;
    core::SessionAnalysisCallbacks callbacks;
    callbacks.progress = [&](std::size_t index, double fraction) {
        const std::lock_guard lock(mutex);
        auto [it, first] = lastProgress.emplace(index, fraction);
        if (!first) {
            progressWentBack = progressWentBack || fraction < it->second;
            it->second = fraction;
        }
    };
    callbacks.fileDone = [&](std::size_t index, const core::FileAnalysisResult&) {
        const std::lock_guard lock(mutex);
        done.insert(index);
        threads.insert(std::this_thread::get_id());
    };
    const auto pooled = core::analyzeFiles(m_files, four, callbacks);

    QCOMPARE(pooled.size(), m_files.size());
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        QCOMPARE(pooled[i].path, m_files[i]);
        QCOMPARE(done.count(i), std::size_t{1});
        QCOMPARE(pooled[i].profile != nullptr, reference[i].profile != nullptr);
        if (!pooled[i].profile) {
            QCOMPARE(pooled[i].errorCode, reference[i].errorCode);
            continue;
        }
        const core::TrackProfile& a = *pooled[i].profile;
        const core::TrackProfile& b = *reference[i].profile;
        // Each file is analysed by one worker from start to end: bit-identical figures.
        QCOMPARE(a.loudness.integratedLufs, b.loudness.integratedLufs);
        QCOMPARE(a.loudness.truePeakDbtp, b.loudness.truePeakDbtp);
        QCOMPARE(a.dynamics.rmsDbfs, b.dynamics.rmsDbfs);
        QCOMPARE(a.spectrum.centroidHz, b.spectrum.centroidHz);
        QCOMPARE(a.stereo.correlation, b.stereo.correlation);
        QCOMPARE(a.qualityScore, b.qualityScore);
    }
    QVERIFY(!pooled[4].profile);  // notes.wav
    QVERIFY(!progressWentBack);
    QVERIFY2(threads.size() > 1, "the pool of four called back from one thread only");
}

void TestAnalysisPool::cancellingFromAnotherThreadLeavesTheRestCancelled()
{
    core::SessionAnalysisOptions options;
    options.jobs = 2;
    std::atomic<bool> cancel{false};
    std::atomic<int> started{0};
    core::SessionAnalysisCallbacks callbacks;
    // Each worker waits in its first file until the cancel has come: at most one file per
    // worker is begun, whatever the scheduler does.
    callbacks.progress = [&](std::size_t, double) {
        started.fetch_add(1, std::memory_order_relaxed);
        while (!cancel.load(std::memory_order_relaxed))
            std::this_thread::yield();
    };
    std::thread canceller([&] {
        while (started.load(std::memory_order_relaxed) == 0)
            std::this_thread::yield();
        cancel.store(true, std::memory_order_relaxed);
    });
    const auto results = core::analyzeFiles(m_files, options, callbacks, &cancel);
    canceller.join();

    QCOMPARE(results.size(), m_files.size());
    int cancelled = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
        QCOMPARE(results[i].path, m_files[i]);
        cancelled += results[i].errorCode == core::ErrorCode::Cancelled ? 1 : 0;
    }
    // Two workers had begun at most two files when the cancel came; the rest never begin.
    QVERIFY2(cancelled >= static_cast<int>(m_files.size()) - 2, qPrintable(QString::number(cancelled)));
}

void TestAnalysisPool::storedAnalysisOnSeveralWorkersStoresEachFileOnce()
{
    QTemporaryDir dbDir;
    core::StoreTarget target;
    target.databasePath = std::filesystem::path(dbDir.path().toStdString()) / "stemwise.sqlite";
    core::SessionAnalysisOptions options;
    options.jobs = 3;
    std::atomic<int> calls{0};
    core::StoredAnalysisCallbacks callbacks;
    callbacks.fileDone = [&](std::size_t, const core::StoredFileResult&) { calls.fetch_add(1); };

    const auto first = core::analyzeFilesStored(m_files, options, target, callbacks);
    QCOMPARE(first.size(), m_files.size());
    QCOMPARE(calls.load(), static_cast<int>(m_files.size()));
    std::set<std::int64_t> entries;
    for (const auto& r : first) {
        if (!r.analysis.profile)
            continue;
        QVERIFY2(r.storeError.empty(), r.storeError.c_str());
        QVERIFY(!r.fromCache);
        QVERIFY(r.newHistoryEntry);
        QVERIFY(r.historyId);
        entries.insert(*r.historyId);
    }
    QCOMPARE(entries.size(), m_files.size() - 1);  // one history entry each, notes.wav none

    // Again, on as many workers: every file comes from the cache, nothing new is stored.
    const auto second = core::analyzeFilesStored(m_files, options, target);
    for (std::size_t i = 0; i < second.size(); ++i) {
        if (!second[i].analysis.profile)
            continue;
        QVERIFY(second[i].fromCache);
        QVERIFY(!second[i].newHistoryEntry);
        QCOMPARE(second[i].historyId, first[i].historyId);
        QCOMPARE(second[i].analysis.profile->loudness.integratedLufs, first[i].analysis.profile->loudness.integratedLufs);
    }
}

QTEST_GUILESS_MAIN(TestAnalysisPool)
#include "tst_analysispool.moc"
