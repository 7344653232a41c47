#include "daw/sessionfiles.h"

#include <algorithm>
#include <cctype>

namespace stemwise::core {

namespace fs = std::filesystem;

bool isDawSessionFile(const fs::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return ext == ".ardour" || ext == ".rpp";
}

CollectedSessionFiles collectSessionFiles(const std::vector<fs::path>& paths, bool recursive)
{
    CollectedSessionFiles out;
    auto listed = [&](const fs::path& file) {
        const fs::path normal = fs::absolute(file).lexically_normal();
        return std::any_of(out.files.begin(), out.files.end(),
                           [&](const fs::path& f) { return fs::absolute(f).lexically_normal() == normal; });
    };
    for (const fs::path& path : paths) {
        std::error_code ec;
        if (!isDawSessionFile(path) || fs::is_directory(path, ec)) {
            auto plain = collectAudioFiles({path}, recursive);
            for (auto& f : plain.files)
                if (!listed(f))
                    out.files.push_back(std::move(f));
            for (auto& e : plain.errors)
                out.errors.push_back(std::move(e));
            continue;
        }
        auto session = readDawSession(path);
        if (!session) {
            out.errors.push_back({path, session.error().message});
            continue;
        }
        const DawSession& s = session.value();
        for (const DawTrack& track : s.tracks) {
            std::shared_ptr<const DawStemContext> context;
            for (const DawFile& f : track.files) {
                if (f.outside) {
                    out.errors.push_back({f.path, "played by the track '" + track.name + "' of " + path.filename().string()
                                                      + ", but outside the session's folder: not opened"});
                    continue;
                }
                if (!f.exists) {
                    out.errors.push_back({f.resolved.empty() ? fs::path(f.path) : f.resolved,
                                          "played by the track '" + track.name + "' of " + path.filename().string()
                                              + ", but missing"});
                    continue;
                }
                if (listed(f.resolved))
                    continue;
                if (!context)
                    context = std::make_shared<const DawStemContext>(DawStemContext{s.kind, path, s.name, track});
                out.files.push_back(f.resolved);
                out.context.emplace(f.resolved, context);
            }
        }
    }
    return out;
}

}  // namespace stemwise::core
