#include "workflow/storedanalysis.h"

#include "analysis/analyzerregistry.h"
#include "analysis/derivedfigures.h"
#include "analysis/tracktype.h"
#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "json/profilejson.h"
#include "store/analysiscache.h"
#include "store/analysisrepository.h"
#include "store/contenthash.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "store/trackrepository.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace stemwise::core {

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t microsecondsSince(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
}

// Size and modification time: compared before hashing and after analysing, to notice a file
// rewritten meanwhile (a bounce still being written).
struct FileStamp {
    std::uintmax_t sizeBytes = 0;
    std::optional<std::int64_t> mtimeNs;  ///< since the Unix epoch
    bool operator==(const FileStamp&) const = default;
};

FileStamp stampOf(const std::filesystem::path& path)
{
    FileStamp stamp;
    std::error_code ec;
    stamp.sizeBytes = std::filesystem::file_size(path, ec);
    const auto written = std::filesystem::last_write_time(path, ec);
    if (!ec) {
        const auto sys = std::chrono::file_clock::to_sys(written);
        stamp.mtimeNs = std::chrono::duration_cast<std::chrono::nanoseconds>(sys.time_since_epoch()).count();
    }
    return stamp;
}

// One connection per worker thread (SQLite connections are not to be shared across threads
// at once; see store.h). Opened on first use, closed when the analysis is over.
class ConnectionPerThread {
public:
    ConnectionPerThread(std::filesystem::path path, std::shared_ptr<LockWait> lockWait)
        : m_path(std::move(path)), m_lockWait(std::move(lockWait))
    {
    }

    // The calling thread's store, or nullptr with `error` set.
    Store* get(std::string& error)
    {
        std::lock_guard lock(m_mutex);
        auto& slot = m_stores[std::this_thread::get_id()];
        if (!slot) {
            auto opened = Store::open(m_path, {false, m_lockWait});
            if (!opened.store) {
                error = opened.error ? opened.error->message : "cannot open the database";
                m_stores.erase(std::this_thread::get_id());
                return nullptr;
            }
            slot = std::move(opened.store);
        }
        return slot.get();
    }

private:
    std::filesystem::path m_path;
    std::shared_ptr<LockWait> m_lockWait;
    std::mutex m_mutex;
    std::map<std::thread::id, std::unique_ptr<Store>> m_stores;
};

struct FileState {
    FileStamp stamp;
    std::optional<AudioContentHash> hash;
    bool needsAnalysis = true;
};

class StoredAnalysis {
public:
    StoredAnalysis(const SessionAnalysisOptions& options, const StoreTarget& target)
        : m_options(options)
        , m_target(target)
        , m_versions(currentAnalyzerVersionsKey())
        , m_settings(analysisSettingsKey(options))
        , m_connections(target.databasePath, target.lockWait)
    {
    }

    // Hashes the file and looks it up; on a hit, completes and stores `result`.
    void lookUp(const std::filesystem::path& path, FileState& state, StoredFileResult& result)
    {
        const auto started = Clock::now();
        state.stamp = stampOf(path);
        std::string error;
        Store* store = m_connections.get(error);
        auto hashed = hashAudioContent(path, {store != nullptr && holdsLegacyHashes(*store)});
        if (!hashed)
            return;  // the analysis will say what is wrong with the file
        state.hash = std::move(hashed.value());
        if (store == nullptr)
            return;  // reported when the analysis is stored
        try {
            // Stored by schema version 6 or earlier under the legacy hash: the same bytes,
            // now under their XXH3 hash, so the cache hits and the history sees no change.
            rekeyLegacyContentHash(store->db(), *state.hash);
            const CacheKey key = cacheKey(*state.hash);
            AnalysisCache cache(store->db());
            const auto lookupStarted = Clock::now();
            std::optional<TrackProfile> profile;
            if (auto text = cache.find(key)) {
                auto parsed = profileFromText(*text);
                if (parsed)  // an unreadable entry is a miss; the analysis will replace it
                    profile = std::move(parsed.value());
            }
            cache.recordLookup(key, profile.has_value(), microsecondsSince(lookupStarted),
                               static_cast<std::int64_t>(state.hash->seconds * 1e6),
                               static_cast<std::int64_t>(state.hash->bytesHashed));
            if (!profile)
                return;
            auto info = probeAudioFile(path);
            if (!info || !(stampOf(path) == state.stamp))
                return;  // changed or unreadable since hashing: analyse it for real
            // The audio is the same; the file's name, place and container may not be.
            const StreamFormat analysed = profile->file.format;
            profile->file = std::move(info.value());
            profile->file.format = analysed;
            profile->name = trackNameFromPath(path);
            deriveFigures(*profile, typeOverrideFor(m_options, path));
            profile->analysisSeconds = std::chrono::duration<double>(Clock::now() - started).count();
            state.needsAnalysis = false;
            if (result.analysis.path != path)  // set already where results are streamed
                result.analysis.path = path;
            result.analysis.profile = std::make_shared<TrackProfile>(std::move(*profile));
            result.analysis.error.clear();
            result.analysis.errorCode = ErrorCode::None;
            result.analysis.errorDetail.clear();
            result.fromCache = true;
            storeResult(*store, path, state, result, false);
        } catch (const std::exception&) {
            // A database failure on lookup: analyse instead; storing will report it.
            state.needsAnalysis = true;
            result = {};
        }
    }

    // Stores a finished analysis (cache entry unless it came from the cache, history entry).
    void store(const std::filesystem::path& path, const FileState& state, StoredFileResult& result)
    {
        if (!result.analysis.profile)
            return;
        if (!state.hash) {
            result.storeError = "its audio could not be read a second time to identify it";
            return;
        }
        if (!(stampOf(path) == state.stamp)) {
            result.storeError = "the file changed while it was analysed (analyse it again once it is written)";
            return;
        }
        std::string error;
        Store* s = m_connections.get(error);
        if (s == nullptr) {
            result.storeError = error;
            return;
        }
        storeResult(*s, path, state, result, true);
    }

    CacheKey cacheKey(const AudioContentHash& hash) const { return {hash.hex, m_versions, m_settings}; }

private:
    // Whether the database held legacy content hashes when this analysis began: asked once
    // (a file re-keyed meanwhile costs nothing but a second hash in the same pass).
    bool holdsLegacyHashes(Store& store)
    {
        std::call_once(m_legacyChecked, [&] {
            try {
                m_holdsLegacy = hasLegacyContentHashes(store.db());
            } catch (const std::exception&) {
                m_holdsLegacy = false;  // a failing database: storing will report it
            }
        });
        return m_holdsLegacy;
    }

    void storeResult(Store& store, const std::filesystem::path& path, const FileState& state,
                     StoredFileResult& result, bool putInCache)
    {
        const TrackProfile& profile = *result.analysis.profile;
        try {
            Database& db = store.db();
            Transaction transaction(db);
            SessionRepository sessions(db);
            const SessionRecord session = m_target.sessionName ? sessions.ensureSet(*m_target.sessionName)
                                                               : sessions.ensureFolder(storedFilePath(path).parent_path());
            TrackRepository tracks(db);
            // A track is a file: Vocal.wav and Vocal.flac keep histories of their own.
            const TrackRecord track = tracks.ensure(session.id, path.filename().string(), utcNowIso8601());
            tracks.setType(track.id, profile.type);
            if (const auto chosen = typeOverrideFor(m_options, path))
                tracks.setTypeOverride(track.id, chosen);
            else if (typeChoiceWithdrawn(m_options, path))
                tracks.setTypeOverride(track.id, std::nullopt);
            if (putInCache)
                AnalysisCache(db).put(cacheKey(*state.hash), profile);
            AnalysisEntry entry;
            entry.trackId = track.id;
            entry.analysedAt = utcNowIso8601();
            entry.origin = result.fromCache ? "cache" : "analysis";
            entry.contentHash = state.hash->hex;
            entry.filePath = storedFilePath(path).string();
            entry.fileSizeBytes = static_cast<std::int64_t>(state.stamp.sizeBytes);
            entry.fileMtimeNs = state.stamp.mtimeNs;
            entry.analyzerVersions = m_versions;
            entry.settings = m_settings;
            entry.profile = profile;
            const auto appended = AnalysisRepository(db).appendIfChanged(entry);
            transaction.commit();
            result.historyId = appended.id;
            result.newHistoryEntry = appended.isNew;
        } catch (const SqliteError& e) {  // locked, disk full, read-only, damage…
            result.storeError = describeDatabaseError(m_target.databasePath, e);
        } catch (const std::exception& e) {
            result.storeError = e.what();
        }
    }

    const SessionAnalysisOptions& m_options;
    const StoreTarget& m_target;
    const std::string m_versions;
    const std::string m_settings;
    ConnectionPerThread m_connections;
    std::once_flag m_legacyChecked;
    bool m_holdsLegacy = false;  ///< written once under m_legacyChecked
};

// `options` plus, for every file the caller gave no type for, the type the user chose for its
// track earlier (tracks.type_override), so that a choice made once sticks to the track.
// Keyed by path: two files of one name in different folders are different tracks.
SessionAnalysisOptions withStoredTypeOverrides(const std::vector<std::filesystem::path>& files,
                                               const SessionAnalysisOptions& options, const StoreTarget& target)
{
    SessionAnalysisOptions effective = options;
    auto opened = Store::open(target.databasePath, {false, target.lockWait});
    if (!opened.store)
        return effective;  // storing will report why
    try {
        SessionRepository sessions(opened.store->db());
        TrackRepository tracks(opened.store->db());
        for (const std::filesystem::path& path : files) {
            if (typeOverrideFor(options, path) || typeChoiceWithdrawn(options, path))
                continue;
            const std::string key = target.sessionName ? SessionRepository::setKey(*target.sessionName)
                                                       : SessionRepository::folderKey(path.parent_path());
            const auto session = sessions.findByKey(key);
            if (!session)
                continue;
            const auto track = tracks.find(session->id, path.filename().string());
            if (track && track->typeOverride && isTrackType(*track->typeOverride))
                effective.typeOverrides[path.string()] = *track->typeOverride;
        }
    } catch (const std::exception&) {
        // A read failure here only means the earlier choice is not applied; storing reports
        // a database that cannot be used.
    }
    return effective;
}

// Runs body(i) for i in [0, count) on `jobs` threads (the caller is one of them).
template <typename Body>
void parallelFor(std::size_t count, unsigned jobs, Body&& body)
{
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next.fetch_add(1, std::memory_order_relaxed); i < count;
             i = next.fetch_add(1, std::memory_order_relaxed))
            body(i);
    };
    jobs = static_cast<unsigned>(std::min<std::size_t>(std::max(jobs, 1u), std::max<std::size_t>(count, 1)));
    std::vector<std::jthread> workers;
    for (unsigned j = 1; j < jobs; ++j)
        workers.emplace_back(work);
    work();
}

}  // namespace

std::string analysisSettingsKey(const SessionAnalysisOptions& options)
{
    // Only what changes the measurements. Type overrides do not: the figures that depend on
    // the type are derived again on every cache hit.
    nlohmann::json settings{{"block_frames", options.blockFrames}};
    return settings.dump();  // nlohmann::json keeps keys sorted: canonical
}

std::string currentAnalyzerVersionsKey()
{
    nlohmann::json versions = nlohmann::json::object();
    for (const auto& analyzer : makeAnalyzers()) {
        const AnalyzerInfo info = analyzer->info();
        versions[info.id] = info.version;
    }
    versions["sample_reading"] = kSampleReadingVersion;
    return versions.dump();
}

std::vector<StoredFileResult> analyzeFilesStored(const std::vector<std::filesystem::path>& files,
                                                 const SessionAnalysisOptions& options, const StoreTarget& target,
                                                 const StoredAnalysisCallbacks& callbacks,
                                                 const std::atomic<bool>* cancel)
{
    std::vector<StoredFileResult> results(files.size());
    std::vector<FileState> states(files.size());
    const SessionAnalysisOptions effective = withStoredTypeOverrides(files, options, target);
    StoredAnalysis stored(effective, target);
    const unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());

    if (callbacks.take) {
        // One pass in input order, each result handed on and dropped. What is kept for the
        // summary (the path) is allocated here, not by the workers: see analyzeFiles().
        for (std::size_t i = 0; i < files.size(); ++i)
            results[i].analysis.path = files[i];
        parallelFor(files.size(), jobs, [&](std::size_t i) {
            StoredFileResult& result = results[i];
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                result.analysis.error = "cancelled";
                result.analysis.errorCode = ErrorCode::Cancelled;
            } else {
                stored.lookUp(files[i], states[i], result);
                if (states[i].needsAnalysis) {
                    std::function<void(double)> progress;
                    if (callbacks.progress)
                        progress = [&callbacks, i](double fraction) { callbacks.progress(i, fraction); };
                    FileAnalysisResult analysis = analyzeSessionFile(files[i], effective, progress, cancel);
                    result.analysis.profile = std::move(analysis.profile);
                    result.analysis.error = std::move(analysis.error);
                    result.analysis.errorCode = analysis.errorCode;
                    result.analysis.errorDetail = std::move(analysis.errorDetail);
                    stored.store(files[i], states[i], result);
                }
            }
            if (callbacks.fileDone)
                callbacks.fileDone(i, result);
            // Handed on with a copy of the path (freed with it); the result keeps its own.
            StoredFileResult given;
            given.analysis = {result.analysis.path, std::move(result.analysis.profile), result.analysis.error,
                              result.analysis.errorCode, result.analysis.errorDetail};
            given.fromCache = result.fromCache;
            given.historyId = result.historyId;
            given.newHistoryEntry = result.newHistoryEntry;
            given.storeError = result.storeError;
            callbacks.take(i, std::move(given));
            states[i] = FileState{};
        });
        return results;
    }

    parallelFor(files.size(), jobs, [&](std::size_t i) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return;
        stored.lookUp(files[i], states[i], results[i]);
        if (!states[i].needsAnalysis && callbacks.fileDone)
            callbacks.fileDone(i, results[i]);
    });

    std::vector<std::size_t> missing;
    std::vector<std::filesystem::path> toAnalyse;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (states[i].needsAnalysis) {
            missing.push_back(i);
            toAnalyse.push_back(files[i]);
        }
    }
    if (toAnalyse.empty())
        return results;

    SessionAnalysisCallbacks analysisCallbacks;
    if (callbacks.progress)
        analysisCallbacks.progress = [&](std::size_t j, double fraction) { callbacks.progress(missing[j], fraction); };
    analysisCallbacks.fileDone = [&](std::size_t j, const FileAnalysisResult& r) {
        const std::size_t i = missing[j];
        results[i].analysis = r;
        stored.store(files[i], states[i], results[i]);
        if (callbacks.fileDone)
            callbacks.fileDone(i, results[i]);
    };
    (void)analyzeFiles(toAnalyse, effective, analysisCallbacks, cancel);
    return results;
}

}  // namespace stemwise::core
