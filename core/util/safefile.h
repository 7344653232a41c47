#pragma once
// The one way Stemwise writes a file the user keeps (JSON, CSV and PDF reports, database
// exports, learned-model exports, the demo session, recorded takes): nothing the user had
// is lost when writing fails.
//
//   target "report.json" ─► temporary ".report.json.stemwise-XXXXXX" in the same folder
//       every write() checked (a short write or an error is remembered, never ignored)
//       commit(): fsync ─► close (checked) ─► rename over the target ─► fsync the folder
//   any failure, or no commit(): the temporary file is removed, the target is as it was
//
// The rename is atomic on POSIX file systems: a reader (or a crash) sees the old file or
// the complete new one, never a mix or a truncated file. The temporary file is hidden (its
// name starts with '.'), so a folder listing never takes it for a stem.
// A target that is not a regular file (a character device such as /dev/null or /dev/full,
// a FIFO, a terminal) cannot be replaced by renaming: it is written in place, every write
// and the close still checked. A symbolic link is followed: the file it names is replaced
// and the link stays.
//
// Errors are plain sentences without the path (the caller names the file): "the disk is
// full (No space left on device); nothing was changed", with ErrorCode::CannotWrite and the
// system's words in Error::detail.
//
// Threading: a SafeFileWriter belongs to one thread at a time.

#include "util/result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace stemwise::core {

class SafeFileWriter {
public:
    /// Starts writing `requested` (a symlink's target if it is one): creates the temporary file
    /// beside it (or opens a special file). Errors: the folder is missing or not writable, the
    /// target is a folder.
    [[nodiscard]] static Result<SafeFileWriter> open(const std::filesystem::path& requested);

    SafeFileWriter(SafeFileWriter&& other) noexcept;
    SafeFileWriter& operator=(SafeFileWriter&& other) noexcept;
    SafeFileWriter(const SafeFileWriter&) = delete;
    SafeFileWriter& operator=(const SafeFileWriter&) = delete;
    /// Discards the temporary file unless commit() succeeded.
    ~SafeFileWriter();

    /// Appends `bytes`. False once any write has failed (the first error is kept for commit()).
    bool write(std::string_view bytes);

    /// Syncs, closes and renames the temporary file over the target. On any failure
    /// (including an earlier write()), removes the temporary file and says why; the target is
    /// then exactly as it was. Returns the bytes written.
    [[nodiscard]] Result<std::uintmax_t> commit();

    /// Removes the temporary file; the target stays as it was.
    void discard() noexcept;

    /// Where the bytes go until commit(): the hidden temporary file (or the special file).
    [[nodiscard]] const std::filesystem::path& writingPath() const noexcept { return m_writing; }
    [[nodiscard]] const std::filesystem::path& target() const noexcept { return m_target; }

private:
    SafeFileWriter() = default;
    std::filesystem::path m_target;   // the file that is replaced (symbolic links resolved)
    std::filesystem::path m_writing;  // the temporary file, or m_target for a special file
    int m_fd = -1;
    bool m_inPlace = false;  // a special file: written directly, never renamed
    bool m_committed = false;
    std::uintmax_t m_bytes = 0;
    int m_errno = 0;  // the first write error
};

/// Writes `bytes` to `target` through a SafeFileWriter. Returns the bytes written.
[[nodiscard]] Result<std::uintmax_t> writeFileSafely(const std::filesystem::path& target, std::string_view bytes);

/// The hidden temporary name beside `target` that a writer uses before its rename
/// (".<name>.stemwise-<suffix>"). For writers that need a path rather than a descriptor
/// (libsndfile): they write there, then call replaceFileSafely().
[[nodiscard]] std::filesystem::path temporaryPathFor(const std::filesystem::path& target, std::string_view suffix);

/// Makes the complete file `written` (in the same folder as `requested`, or as its target if
/// it is a symlink) durable and renames it over that target; removes `written` on failure.
/// Returns the error in the same words as commit().
[[nodiscard]] Result<std::uintmax_t> replaceFileSafely(const std::filesystem::path& written,
                                                       const std::filesystem::path& requested);

/// A sentence for an errno of a failed write, close or rename: "the disk is full (No space
/// left on device)", "permission denied (Permission denied)", … without the path.
[[nodiscard]] std::string describeWriteErrno(int error);

}  // namespace stemwise::core
