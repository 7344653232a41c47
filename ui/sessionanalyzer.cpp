// Off-UI-thread analysis of a session (see sessionanalyzer.h).
#include "sessionanalyzer.h"

#include "audio/audiofiles.h"
#include "store/storedanalysis.h"

#include <QMetaObject>

#include <cmath>
#include <mutex>

namespace stemwise::ui {

namespace {

QString toQString(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// Per-file progress is posted only when it moves by a whole percent: the analysis reports
// far more often than a progress bar can show.
class ProgressThrottle {
public:
    explicit ProgressThrottle(std::size_t files) : m_percent(files) {}
    bool moved(std::size_t index, double fraction)
    {
        if (index >= m_percent.size())
            return false;
        const int percent = static_cast<int>(std::floor(fraction * 100.0));
        int previous = m_percent[index].load(std::memory_order_relaxed);
        while (percent > previous) {
            if (m_percent[index].compare_exchange_weak(previous, percent, std::memory_order_relaxed))
                return true;
        }
        return false;
    }

private:
    std::vector<std::atomic<int>> m_percent;
};

}  // namespace

SessionAnalyzer::SessionAnalyzer(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<stemwise::ui::AnalysedFile>();
}

SessionAnalyzer::~SessionAnalyzer()
{
    stop();
}

void SessionAnalyzer::start(const QStringList& paths, const core::SessionAnalysisOptions& options,
                            const std::filesystem::path& database)
{
    stop();
    std::vector<std::filesystem::path> fsPaths;
    for (const QString& p : paths)
        fsPaths.emplace_back(p.toStdString());
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_workerDone = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    m_thread = std::thread(&SessionAnalyzer::run, this, std::move(fsPaths), options, database);
}

void SessionAnalyzer::cancel()
{
    if (m_cancel)
        m_cancel->store(true, std::memory_order_relaxed);
}

void SessionAnalyzer::stop()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
    m_running = false;
}

void SessionAnalyzer::run(std::vector<std::filesystem::path> paths, core::SessionAnalysisOptions options,
                          std::filesystem::path database)
{
    const std::atomic<bool>* cancel = m_cancel.get();
    auto collected = core::collectAudioFiles(paths);
    QStringList files;
    for (const auto& f : collected.files)
        files << toQString(f);
    QList<QPair<QString, QString>> errors;
    for (const auto& e : collected.errors)
        errors.append({toQString(e.path), QString::fromStdString(e.error)});
    emit listed(files, errors);

    ProgressThrottle throttle(collected.files.size());
    auto progress = [&](std::size_t index, double fraction) {
        if (throttle.moved(index, fraction))
            emit fileProgress(files.at(static_cast<qsizetype>(index)), fraction);
    };
    auto toResult = [](const core::FileAnalysisResult& r) {
        AnalysedFile out;
        out.path = toQString(r.path);
        if (r.profile)
            out.profile = std::make_shared<const core::TrackProfile>(*r.profile);
        else
            out.error = QString::fromStdString(r.error);
        return out;
    };

    if (!database.empty()) {
        core::StoreTarget target;
        target.databasePath = database;
        core::StoredAnalysisCallbacks callbacks;
        callbacks.progress = progress;
        callbacks.fileDone = [&](std::size_t, const core::StoredFileResult& r) {
            AnalysedFile out = toResult(r.analysis);
            out.fromCache = r.fromCache;
            out.newHistoryEntry = r.newHistoryEntry;
            out.storeError = QString::fromStdString(r.storeError);
            emit fileDone(out);
        };
        (void)core::analyzeFilesStored(collected.files, options, target, callbacks, cancel);
    } else {
        core::SessionAnalysisCallbacks callbacks;
        callbacks.progress = progress;
        callbacks.fileDone = [&](std::size_t, const core::FileAnalysisResult& r) { emit fileDone(toResult(r)); };
        (void)core::analyzeFiles(collected.files, options, callbacks, cancel);
    }
    m_workerDone->store(true, std::memory_order_release);
    emit finished(cancel->load(std::memory_order_relaxed));
}

}  // namespace stemwise::ui
