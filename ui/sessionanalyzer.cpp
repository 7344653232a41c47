// Off-UI-thread analysis of a session (see sessionanalyzer.h).
#include "sessionanalyzer.h"

#include "audio/audiofiles.h"
#include "store/analysisrepository.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "workflow/storedanalysis.h"
#include "store/trackrepository.h"

#include <QMetaObject>
#include <QPointer>

#include <chrono>
#include <cmath>
#include <map>
#include <mutex>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace stemwise::ui {

namespace {

QString toQString(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

// The analysis yields the cores to the UI thread: with every core busy analysing, a UI
// thread of the same priority got about a third of one and each paint took three times its
// CPU time in wall time. On Linux the nice value belongs to the thread and the threads it
// creates inherit it, so the analysis pool this thread fans out to runs at it too. Nice 5,
// not more: against other programs at nice 0 (a build, say) the analysis still gets about
// a third of their share (at nice 10 a 24-stem session took 4 times as long on a loaded
// machine). Best effort: nothing changes where it cannot be set.
void lowerThreadPriority()
{
#ifdef __linux__
    constexpr int kAnalysisNice = 5;
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kAnalysisNice);
#endif
}

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

// The latest history entry of each file's track when it still describes the file as it is
// (size and modification time, analyzers, settings); one connection, on the calling thread.
std::vector<std::optional<core::AnalysisEntry>> latestMatchingEntries(const std::filesystem::path& database,
                                                                     const std::vector<std::filesystem::path>& files,
                                                                     const core::SessionAnalysisOptions& options,
                                                                     const std::atomic<bool>* cancel)
{
    std::vector<std::optional<core::AnalysisEntry>> out(files.size());
    try {
        auto opened = core::Store::open(database);
        if (!opened.store)
            return out;
        core::Database& db = opened.store->db();
        core::SessionRepository sessions(db);
        core::TrackRepository tracks(db);
        core::AnalysisRepository analyses(db);
        const std::string versions = core::currentAnalyzerVersionsKey();
        const std::string settings = core::analysisSettingsKey(options);
        std::map<std::string, std::optional<core::SessionRecord>> sessionOf;
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (cancel->load(std::memory_order_relaxed))
                break;
            std::error_code ec;
            const auto absolute = std::filesystem::absolute(files[i], ec).lexically_normal();
            const std::string name = absolute.filename().string();  // a track is a file
            if (ec || core::typeOverrideFor(options, absolute) || core::typeChoiceWithdrawn(options, absolute))
                continue;  // the user chose a type, or took a choice back: derive the figures again
            const std::string key = core::SessionRepository::folderKey(absolute.parent_path());
            auto found = sessionOf.find(key);
            if (found == sessionOf.end())
                found = sessionOf.emplace(key, sessions.findByKey(key)).first;
            if (!found->second)
                continue;
            const auto track = tracks.find(found->second->id, name);
            if (!track)
                continue;
            auto history = analyses.historyOf(track->id);
            if (history.empty())
                continue;
            core::AnalysisEntry& latest = history.back();
            const auto size = std::filesystem::file_size(absolute, ec);
            if (ec)
                continue;
            const auto written = std::filesystem::last_write_time(absolute, ec);
            if (ec)
                continue;
            const auto mtimeNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                     std::chrono::file_clock::to_sys(written).time_since_epoch())
                                     .count();
            if (latest.filePath == absolute.string() && latest.fileSizeBytes == static_cast<std::int64_t>(size)
                && latest.fileMtimeNs == mtimeNs && latest.analyzerVersions == versions && latest.settings == settings)
                out[i] = std::move(latest);
        }
    } catch (const std::exception&) {
        // A provisional answer is an optimisation: the hashed look-up that follows reports errors.
    }
    return out;
}

}  // namespace

struct SessionAnalyzer::Inbox {
    std::mutex mutex;
    std::vector<std::function<void()>> pending;
};

SessionAnalyzer::SessionAnalyzer(QObject* parent) : QObject(parent), m_inbox(std::make_unique<Inbox>())
{
    qRegisterMetaType<stemwise::ui::AnalysedFile>();
    qRegisterMetaType<stemwise::ui::DawContexts>();
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

void SessionAnalyzer::post(std::function<void()> emitSignal)
{
    bool first = false;
    {
        const std::lock_guard lock(m_inbox->mutex);
        first = m_inbox->pending.empty();
        m_inbox->pending.push_back(std::move(emitSignal));
    }
    // One queued call per batch, by name and without arguments: nothing of ours crosses
    // threads through Qt's event queue, only through the mutex above.
    if (first)
        QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void SessionAnalyzer::deliver()
{
    std::vector<std::function<void()>> batch;
    {
        const std::lock_guard lock(m_inbox->mutex);
        batch.swap(m_inbox->pending);
    }
    // A receiver may destroy this analyzer (a new session opened from a handler): stop there.
    const QPointer<SessionAnalyzer> alive(this);
    for (auto& emitSignal : batch) {
        emitSignal();
        if (!alive)
            return;
    }
}

void SessionAnalyzer::run(const std::vector<std::filesystem::path>& paths, const core::SessionAnalysisOptions& options,
                          const std::filesystem::path& database)
{
    const std::atomic<bool>* cancel = m_cancel.get();
    auto collected = core::collectSessionFiles(paths);
    QStringList files;
    DawContexts daw;
    for (const auto& f : collected.files) {
        files << toQString(f);
        if (const auto it = collected.context.find(f); it != collected.context.end())
            daw.insert(files.constLast(), it->second);
    }
    QList<QPair<QString, QString>> errors;
    for (const auto& e : collected.errors)
        errors.append({toQString(e.path), QString::fromStdString(e.error)});
    post([this, files, errors, daw] { emit listed(files, errors, daw); });

    ProgressThrottle throttle(collected.files.size());
    auto progress = [&](std::size_t index, double fraction) {
        if (throttle.moved(index, fraction))
            post([this, path = files.at(static_cast<qsizetype>(index)), fraction] { emit fileProgress(path, fraction); });
    };
    auto toResult = [](const core::FileAnalysisResult& r) {
        AnalysedFile out;
        out.path = toQString(r.path);
        if (r.profile) {
            out.profile = std::make_shared<const core::TrackProfile>(*r.profile);
        } else {
            out.error = QString::fromStdString(r.error);
            out.errorCode = r.errorCode;
            out.errorDetail = QString::fromStdString(r.errorDetail);
        }
        return out;
    };

    if (!database.empty()) {
        auto known = latestMatchingEntries(database, collected.files, options, cancel);
        for (std::size_t i = 0; i < known.size(); ++i) {
            if (!known[i])
                continue;
            AnalysedFile out;
            out.path = files.at(static_cast<qsizetype>(i));
            out.profile = std::make_shared<const core::TrackProfile>(std::move(known[i]->profile));
            out.fromCache = true;
            out.historyId = known[i]->id;
            out.provisional = true;
            post([this, out] { emit fileDone(out); });
        }
        lowerThreadPriority();  // after the provisional answers, which the window waits for
        core::StoreTarget target;
        target.databasePath = database;
        core::StoredAnalysisCallbacks callbacks;
        callbacks.progress = progress;
        callbacks.fileDone = [&](std::size_t, const core::StoredFileResult& r) {
            AnalysedFile out = toResult(r.analysis);
            out.fromCache = r.fromCache;
            out.newHistoryEntry = r.newHistoryEntry;
            out.historyId = r.historyId;
            out.storeError = QString::fromStdString(r.storeError);
            post([this, out] { emit fileDone(out); });
        };
        (void)core::analyzeFilesStored(collected.files, options, target, callbacks, cancel);
    } else {
        lowerThreadPriority();
        core::SessionAnalysisCallbacks callbacks;
        callbacks.progress = progress;
        callbacks.fileDone = [&](std::size_t, const core::FileAnalysisResult& r) {
            post([this, out = toResult(r)] { emit fileDone(out); });
        };
        (void)core::analyzeFiles(collected.files, options, callbacks, cancel);
    }
    m_workerDone->store(true, std::memory_order_release);
    post([this, cancelled = cancel->load(std::memory_order_relaxed)] { emit finished(cancelled); });
}

}  // namespace stemwise::ui
