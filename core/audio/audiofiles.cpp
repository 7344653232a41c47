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
    return hasSameStemSibling(path) ? path.filename().string() : path.stem().string();
}

namespace {

// Folder names that say what a folder holds, not which session it is.
bool isContentFolderName(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back())))
        name.pop_back();
    return name == "stems" || name == "audio files" || name == "bounced files" || name == "bounces";
}

}  // namespace

std::string sessionNameFromPaths(const std::vector<std::filesystem::path>& paths)
{
    if (paths.empty())
        return {};
    std::error_code ec;
    std::filesystem::path path = std::filesystem::absolute(paths.front(), ec);
    if (ec)
        path = paths.front();
    path = path.lexically_normal();
    if (!path.has_filename() && path.has_parent_path() && path.parent_path() != path)
        path = path.parent_path();  // "Song/" normalises to "Song/" with an empty file name
    const std::filesystem::path folder = std::filesystem::is_directory(path, ec) ? path : path.parent_path();
    std::string name = folder.filename().string();
    if (isContentFolderName(name)) {
        const std::string above = folder.parent_path().filename().string();
        if (!above.empty())
            name = above;
    }
    return name.empty() ? folder.string() : name;
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
            std::error_code linkError;
            if (std::filesystem::is_symlink(std::filesystem::symlink_status(path, linkError)))
                m_result.errors.push_back({path, describeBrokenLink(path, ec)});
            else
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
            return;  // the same folder named twice
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
            // or half-written ".x.wav" files, ".Trash" folders, Stemwise's own temporary files
            // (util/safefile.h). A file named on purpose is kept.
            if (entry.path().filename().string().starts_with('.'))
                continue;
            std::error_code linkError;
            const auto own = entry.symlink_status(linkError);
            const bool isLink = !linkError && std::filesystem::is_symlink(own);
            std::error_code statusError;
            const auto target = entry.status(statusError);
            if (isLink && (statusError || !std::filesystem::exists(target))) {
                if (hasAudioExtension(entry.path()) || m_recursive)
                    m_result.errors.push_back({entry.path(), describeBrokenLink(entry.path(), statusError)});
                continue;
            }
            if (statusError) {
                if (hasAudioExtension(entry.path()))
                    m_result.errors.push_back({entry.path(), "cannot be accessed: " + statusError.message()});
                continue;
            }
            if (std::filesystem::is_directory(target)) {
                if (!m_recursive)
                    continue;
                if (isLink) {
                    m_result.errors.push_back(
                        {entry.path(), "is a link to a folder and was not followed (links to folders are never "
                                       "followed, so that a listing stays inside the folder named; name the folder "
                                       "itself to include it)"});
                    continue;
                }
                folders.push_back(entry.path());
            } else if (hasAudioExtension(entry.path())) {
                if (std::filesystem::is_regular_file(target))
                    files.push_back(entry.path());
                else
                    m_result.errors.push_back({entry.path(), "is " + specialKind(target) + ", not an audio file"});
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

    static std::string specialKind(const std::filesystem::file_status& status)
    {
        switch (status.type()) {
        case std::filesystem::file_type::fifo: return "a FIFO (named pipe)";
        case std::filesystem::file_type::socket: return "a socket";
        case std::filesystem::file_type::block: return "a block device";
        case std::filesystem::file_type::character: return "a character device";
        default: return "not a regular file";
        }
    }

    static std::string describeBrokenLink(const std::filesystem::path& link, const std::error_code& error)
    {
        if (error == std::errc::too_many_symbolic_link_levels)
            return "is a loop of symbolic links";
        std::error_code ec;
        const auto to = std::filesystem::read_symlink(link, ec);
        if (ec)
            return "is a symbolic link that cannot be read: " + ec.message();
        return "is a symbolic link to " + to.string() + ", which does not exist";
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

bool hasSameStemSibling(const std::filesystem::path& path)
{
    // Probing the few names a sibling could have is cheaper than listing a folder of
    // thousands of stems for every file.
    const std::string own = path.extension().string();
    const std::filesystem::path stem = path.parent_path() / path.stem();
    std::error_code ec;
    for (std::string_view ext : kExtensions) {
        for (bool upper : {false, true}) {
            std::string candidate(ext);
            if (upper)
                std::transform(candidate.begin(), candidate.end(), candidate.begin(),
                               [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
            if (candidate == own)
                continue;
            std::filesystem::path sibling = stem;
            sibling += candidate;
            if (std::filesystem::is_regular_file(sibling, ec))
                return true;
        }
    }
    return false;
}

CollectedFiles collectAudioFiles(const std::vector<std::filesystem::path>& paths, bool recursive)
{
    Collector collector(recursive);
    for (const auto& p : paths)
        collector.add(p);
    return collector.take();
}

}  // namespace stemwise::core
