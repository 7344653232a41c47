#pragma once
// Turns what a user names on the command line or drops on the window (files and folders)
// into the list of audio files to analyse.

#include <filesystem>
#include <string>
#include <vector>

namespace stemwise::core {

struct PathError {
    std::filesystem::path path;
    std::string error;
};

struct CollectedFiles {
    std::vector<std::filesystem::path> files;  ///< in the order named; a folder's files sorted by name
    std::vector<PathError> errors;             ///< paths that do not exist or cannot be listed
};

/// The display name of a track: its file name without extension.
[[nodiscard]] std::string trackNameFromPath(const std::filesystem::path& path);

/// True for the file name extensions of formats Stemwise reads (case-insensitive).
[[nodiscard]] bool hasAudioExtension(const std::filesystem::path& path);

/// Expands folders into their audio files (by extension; sorted; sub-folders only when
/// `recursive`, following no link twice so that link loops end). Files named directly are
/// kept whatever their extension, so that reading them can say what is wrong. Duplicates
/// (the same file named twice) are listed once.
[[nodiscard]] CollectedFiles collectAudioFiles(const std::vector<std::filesystem::path>& paths,
                                               bool recursive = false);

}  // namespace stemwise::core
