#include "analysis/sessionanalysis.h"

#include "audio/audiofiles.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace stemwise::core {

namespace {

FileAnalysisResult analyzeOneFile(const std::filesystem::path& path, const SessionAnalysisOptions& options,
                              const ProgressCallback& progress, const std::atomic<bool>* cancel)
{
    FileAnalysisResult result;
    result.path = path;
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
    return result;
}

}  // namespace

FileAnalysisResult analyzeSessionFile(const std::filesystem::path& path, const SessionAnalysisOptions& options,
                                      const std::function<void(double)>& progress, const std::atomic<bool>* cancel)
{
    return analyzeOneFile(path, options, progress, cancel);
}

std::optional<std::string> typeOverrideFor(const SessionAnalysisOptions& options, const std::filesystem::path& path)
{
    // The stem too: "--type Vocal=vocals" names Vocal.wav and Vocal.flac alike.
    for (const std::string& key : {path.string(), trackNameFromPath(path), path.filename().string(), path.stem().string()}) {
        const auto it = options.typeOverrides.find(key);
        if (it != options.typeOverrides.end())
            return it->second;
    }
    return std::nullopt;
}

std::vector<FileAnalysisResult> analyzeFiles(const std::vector<std::filesystem::path>& files,
                                             const SessionAnalysisOptions& options,
                                             const SessionAnalysisCallbacks& callbacks,
                                             const std::atomic<bool>* cancel)
{
    std::vector<FileAnalysisResult> results(files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= files.size())
                return;
            if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
                results[i] = {files[i], nullptr, "cancelled", ErrorCode::Cancelled};
            } else {
                ProgressCallback progress;
                if (callbacks.progress)
                    progress = [&callbacks, i](double fraction) { callbacks.progress(i, fraction); };
                results[i] = analyzeOneFile(files[i], options, progress, cancel);
            }
            if (callbacks.fileDone)
                callbacks.fileDone(i, results[i]);
            if (callbacks.take) {
                FileAnalysisResult kept{results[i].path, nullptr, results[i].error, results[i].errorCode,
                                        results[i].errorDetail};
                callbacks.take(i, std::move(results[i]));
                results[i] = std::move(kept);
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
