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
    std::vector<PathError> errors;             ///< paths that do not exist, cannot be listed or read
};

/// The display name of a track: its file name without extension ("Vocal"), or with it when
/// another audio file in its folder has the same name ("Vocal.wav" beside "Vocal.flac": two
/// files are two tracks, and their names say so).
[[nodiscard]] std::string trackNameFromPath(const std::filesystem::path& path);

/// The name of the session that `paths` (what the user named or dropped) make: the folder of
/// the first path (the path itself when it is a folder), or the folder above it when that
/// folder only says what it holds — "stems", "Audio Files" (Pro Tools, Logic), "Bounced Files",
/// "bounces", case-insensitive: "Night Drive/stems/Kick.wav" is the session "Night Drive".
/// Empty for no paths; the path as written when it has no folder name ("/").
[[nodiscard]] std::string sessionNameFromPaths(const std::vector<std::filesystem::path>& paths);

/// True for the file name extensions of formats Stemwise reads (case-insensitive).
[[nodiscard]] bool hasAudioExtension(const std::filesystem::path& path);

/// Whether another audio file in the folder of `path` has the same name before its extension
/// ("Vocal.flac" beside "Vocal.wav"): then the two are told apart by their extensions.
[[nodiscard]] bool hasSameStemSibling(const std::filesystem::path& path);

/// Expands folders into their audio files (by extension; sorted; sub-folders only when
/// `recursive`). Files named directly are kept whatever their extension, so that reading them
/// can say what is wrong. Duplicates (the same file named twice) are listed once.
///
/// Recursion never leaves the folder named: a symbolic link to a folder inside it is not
/// followed (its target is listed under its own name if it is inside; a link to "/" or
/// "/proc" would otherwise walk the whole machine), and is reported as an error saying so.
/// Inside a listed folder, an entry with an audio extension that is not a readable file is
/// reported, never skipped silently: a FIFO, socket or device ("is a FIFO, not an audio
/// file"), a symbolic link whose target is missing ("is a link to … which does not exist"),
/// a loop of links ("is a loop of symbolic links"). Links to files are followed.
[[nodiscard]] CollectedFiles collectAudioFiles(const std::vector<std::filesystem::path>& paths,
                                               bool recursive = false);

}  // namespace stemwise::core
