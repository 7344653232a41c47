#include "analysis/sessionanalysis.h"

#include "audio/audiofiles.h"
#include "audio/mixdown.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace stemwise::core {

namespace {

// Fills `result` (whose path is set) with the analysis of `path`.
void analyzeInto(FileAnalysisResult& result, const std::filesystem::path& path, const SessionAnalysisOptions& options,
                 const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    try {
        AnalysisOptions fileOptions;
        fileOptions.typeOverride = typeOverrideFor(options, path);
        fileOptions.blockFrames = options.blockFrames;
        auto profile = analyzeFile(path, fileOptions, progress, cancel);
        if (profile) {
            result.profile = std::make_shared<TrackProfile>(std::move(profile.value()));
        } else {
            result.error = profile.error().message;
            result.errorCode = fileErrorCode(profile.error());
            result.errorDetail = profile.error().detail;
        }
    } catch (const std::bad_alloc&) {
        result.error = "ran out of memory while analysing";
        result.errorCode = ErrorCode::OutOfMemory;
    } catch (const std::exception& e) {
        result.error = std::string("analysis failed: ") + e.what();
    }
}

}  // namespace

FileAnalysisResult analyzeSessionFile(const std::filesystem::path& path, const SessionAnalysisOptions& options,
                                      const std::function<void(double)>& progress, const std::atomic<bool>* cancel)
{
    FileAnalysisResult result;
    result.path = path;
    analyzeInto(result, path, options, progress, cancel);
    return result;
}

FileAnalysisResult analyzeUnitySum(const std::vector<std::filesystem::path>& stems, const std::filesystem::path& sumPath,
                                   const std::atomic<bool>* cancel)
{
    FileAnalysisResult result;
    result.path = sumPath;
    if (auto summed = writeUnitySum(stems, sumPath, cancel); !summed) {
        result.error = summed.error().message;
        return result;
    }
    SessionAnalysisOptions options;
    options.typeOverrides[sumPath.string()] = "mix";
    result = analyzeSessionFile(sumPath, options, {}, cancel);
    if (result.profile) {
        result.profile->name = "Mix";
        result.profile->typeSource = "sum";  // not the user's choice: what it is
    }
    return result;
}

namespace {

// The entry of typeOverrides that names `path`, as typeOverrideFor() looks it up.
const std::string* typeEntryFor(const SessionAnalysisOptions& options, const std::filesystem::path& path)
{
    // The stem too: "--type Vocal=vocals" names Vocal.wav and Vocal.flac alike.
    for (const std::string& key : {path.string(), trackNameFromPath(path), path.filename().string(), path.stem().string()}) {
        const auto it = options.typeOverrides.find(key);
        if (it != options.typeOverrides.end())
            return &it->second;
    }
    return nullptr;
}

}  // namespace

std::optional<std::string> typeOverrideFor(const SessionAnalysisOptions& options, const std::filesystem::path& path)
{
    const std::string* entry = typeEntryFor(options, path);
    if (entry == nullptr || *entry == kAutomaticType)
        return std::nullopt;
    return *entry;
}

bool typeChoiceWithdrawn(const SessionAnalysisOptions& options, const std::filesystem::path& path)
{
    const std::string* entry = typeEntryFor(options, path);
    return entry != nullptr && *entry == kAutomaticType;
}

std::vector<FileAnalysisResult> analyzeFiles(const std::vector<std::filesystem::path>& files,
                                             const SessionAnalysisOptions& options,
                                             const SessionAnalysisCallbacks& callbacks,
                                             const std::atomic<bool>* cancel)
{
    // What outlives a file's analysis (its path, for the summary) is allocated here, by the
    // calling thread, before the workers start; a worker allocates only what is freed when its
    // file is done (or an error message). A small allocation a worker kept for the whole run
    // would sit between the large ones each analysis frees and splinter the worker's heap: with
    // 10,000 files the kept paths alone held tens of MB of freed memory from the system
    // (bench_memory; see the README on memory).
    std::vector<FileAnalysisResult> results(files.size());
    for (std::size_t i = 0; i < files.size(); ++i)
        results[i].path = files[i];
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= files.size())
                return;
            FileAnalysisResult& result = results[i];
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                result.error = "cancelled";
                result.errorCode = ErrorCode::Cancelled;
            } else {
                ProgressCallback progress;
                if (callbacks.progress)
                    progress = [&callbacks, i](double fraction) { callbacks.progress(i, fraction); };
                analyzeInto(result, files[i], options, progress, cancel);
            }
            if (callbacks.fileDone)
                callbacks.fileDone(i, result);
            if (callbacks.take) {
                // Handed on with a copy of the path (freed with it); the result keeps its own.
                callbacks.take(i, FileAnalysisResult{result.path, std::move(result.profile), result.error,
                                                     result.errorCode, result.errorDetail});
            }
        }
    };
    unsigned jobs = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(files.size(), 1)));
    std::vector<std::jthread> workers;
    for (unsigned j = 1; j < jobs; ++j)
        workers.emplace_back(work);
    work();  // the calling thread is one of the workers
    for (auto& w : workers)
        w.join();
    return results;
}

}  // namespace stemwise::core
