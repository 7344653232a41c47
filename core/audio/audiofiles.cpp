#include "audio/audiofiles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string_view>
#include <system_error>

namespace stemwise::core {

std::string trackNameFromPath(const std::filesystem::path& path)
{
    return path.stem().string();
}

namespace {

constexpr std::array<std::string_view, 17> kExtensions{
    ".wav", ".wave", ".bwf", ".w64", ".rf64", ".aif", ".aiff", ".aifc", ".flac",
    ".ogg", ".oga",  ".opus", ".mp3", ".caf", ".au",  ".snd", ".sd2"};

std::filesystem::path identity(const std::filesystem::path& p)
{
    std::error_code ec;
    auto canonical = std::filesystem::canonical(p, ec);
    return ec ? std::filesystem::absolute(p, ec).lexically_normal() : canonical;
}

class Collector {
public:
    explicit Collector(bool recursive) : m_recursive(recursive) {}

    void add(const std::filesystem::path& path)
    {
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec || !std::filesystem::exists(status)) {
            m_result.errors.push_back({path, "no such file or folder"});
            return;
        }
        if (std::filesystem::is_directory(status))
            addFolder(path);
        else
            addFile(path);
    }

    CollectedFiles take() { return std::move(m_result); }

private:
    void addFile(const std::filesystem::path& path)
    {
        if (m_seenFiles.insert(identity(path)).second)
            m_result.files.push_back(path);
    }

    void addFolder(const std::filesystem::path& folder)
    {
        if (!m_seenFolders.insert(identity(folder)).second)
            return;  // a link back to a folder already listed: a loop, or a second name
        std::error_code ec;
        std::filesystem::directory_iterator it(folder, ec);
        if (ec) {
            m_result.errors.push_back({folder, "cannot list the folder: " + ec.message()});
            return;
        }
        std::vector<std::filesystem::path> files;
        std::vector<std::filesystem::path> folders;
        for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
            if (ec)
                break;
            const auto& entry = *it;
            // Hidden entries are not stems: macOS's AppleDouble "._x.wav" companions (resource
            // forks a copied drive leaves beside every file), editors' and DAWs' ".x.wav.swp"
            // or half-written ".x.wav" files, ".Trash" folders. A file named on purpose is kept.
            if (entry.path().filename().string().starts_with('.'))
                continue;
            std::error_code statusError;
            if (entry.is_directory(statusError)) {
                if (m_recursive)
                    folders.push_back(entry.path());
            } else if (entry.is_regular_file(statusError) && hasAudioExtension(entry.path())) {
                files.push_back(entry.path());
            }
        }
        if (ec)
            m_result.errors.push_back({folder, "stopped listing the folder: " + ec.message()});
        std::sort(files.begin(), files.end());
        std::sort(folders.begin(), folders.end());
        for (const auto& f : files)
            addFile(f);
        for (const auto& f : folders)
            addFolder(f);
    }

    bool m_recursive;
    CollectedFiles m_result;
    std::set<std::filesystem::path> m_seenFiles;
    std::set<std::filesystem::path> m_seenFolders;
};

}  // namespace

bool hasAudioExtension(const std::filesystem::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

CollectedFiles collectAudioFiles(const std::vector<std::filesystem::path>& paths, bool recursive)
{
    Collector collector(recursive);
    for (const auto& p : paths)
        collector.add(p);
    return collector.take();
}

}  // namespace stemwise::core
