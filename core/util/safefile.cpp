// SafeFileWriter: temporary file, checked writes, fsync, rename (see safefile.h).
#include "util/safefile.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <random>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stemwise::core {

namespace {

std::string systemWords(int error) { return std::strerror(error); }

Error writeError(int error, bool targetExisted, bool inPlace)
{
    std::string message = describeWriteErrno(error);
    if (!inPlace)
        message += targetExisted ? "; the existing file was left as it was" : "; nothing was written";
    return Error{std::move(message), ErrorCode::CannotWrite, systemWords(error)};
}

// Syncs the folder holding a renamed file, so that the rename itself survives a power cut.
void syncFolder(const std::filesystem::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    (void)::fsync(fd);  // best effort: some file systems refuse fsync on a folder (EINVAL)
    ::close(fd);
}

std::string randomSuffix()
{
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    const auto now = static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count());
    const unsigned value = device() ^ now ^ (counter.fetch_add(1, std::memory_order_relaxed) * 2654435761u);
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string out;
    unsigned v = value;
    for (int i = 0; i < 6; ++i) {
        out += kDigits[v % 36];
        v /= 36;
    }
    return out;
}

// The file a write to `target` replaces: `target`, or the file its symbolic link names.
std::filesystem::path resolveTarget(const std::filesystem::path& target)
{
    std::error_code ec;
    if (!std::filesystem::is_symlink(std::filesystem::symlink_status(target, ec)))
        return target;
    auto resolved = std::filesystem::weakly_canonical(target, ec);
    return ec ? target : resolved;
}

}  // namespace

std::string describeWriteErrno(int error)
{
    std::string words = systemWords(error);  // not const: `default` returns it by move
    switch (error) {
    case ENOSPC: return "the disk is full (" + words + ")";
    case EDQUOT: return "the disk quota is used up (" + words + ")";
    case EFBIG: return "the file grew beyond what this file system or the file size limit allows (" + words + ")";
    case EACCES:
    case EPERM: return "permission denied (" + words + ")";
    case EROFS: return "the disk is read-only (" + words + ")";
    case EIO: return "the disk reported an input/output error, it may be failing or was removed (" + words + ")";
    case ENOENT: return "its folder does not exist (" + words + ")";
    case ENOTDIR: return "a part of its path is not a folder (" + words + ")";
    case EISDIR: return "it is a folder (" + words + ")";
    case ENAMETOOLONG: return "its name is too long (" + words + ")";
    default: return words;
    }
}

std::filesystem::path temporaryPathFor(const std::filesystem::path& target, std::string_view suffix)
{
    std::string name = "." + target.filename().string() + ".stemwise-" + std::string(suffix);
    // Keep within NAME_MAX (255 bytes on the file systems we run on).
    if (name.size() > 250)
        name = "." + target.filename().string().substr(0, 200) + ".stemwise-" + std::string(suffix);
    return target.parent_path() / name;
}

Result<SafeFileWriter> SafeFileWriter::open(const std::filesystem::path& requested)
{
    SafeFileWriter w;
    w.m_target = resolveTarget(requested);
    struct stat st {};
    const bool exists = ::stat(w.m_target.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode))
        return Error{"is a folder, not a file", ErrorCode::CannotWrite};
    if (exists && !S_ISREG(st.st_mode)) {
        // A device, FIFO or terminal: written in place, as a shell redirection would.
        w.m_inPlace = true;
        w.m_writing = w.m_target;
        w.m_fd = ::open(w.m_target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (w.m_fd < 0)
            return Error{"cannot be opened for writing: " + describeWriteErrno(errno), ErrorCode::CannotWrite,
                         systemWords(errno)};
        return w;
    }
    for (int attempt = 0; attempt < 100; ++attempt) {
        w.m_writing = temporaryPathFor(w.m_target, randomSuffix());
        // 0666 less the umask, as any new file; the mode of a replaced file is copied in commit().
        w.m_fd = ::open(w.m_writing.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (w.m_fd >= 0)
            break;
        if (errno != EEXIST) {
            const int error = errno;
            return Error{"cannot be written: cannot create a file in its folder: " + describeWriteErrno(error)
                             + (exists ? "; the existing file was left as it was" : ""),
                         ErrorCode::CannotWrite, systemWords(error)};
        }
    }
    if (w.m_fd < 0)
        return Error{"cannot be written: no free temporary name in its folder", ErrorCode::CannotWrite};
    if (exists)
        (void)::fchmod(w.m_fd, st.st_mode & 07777);
    return w;
}

SafeFileWriter::SafeFileWriter(SafeFileWriter&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_writing(std::move(other.m_writing))
    , m_fd(std::exchange(other.m_fd, -1))
    , m_inPlace(other.m_inPlace)
    , m_committed(std::exchange(other.m_committed, true))
    , m_bytes(other.m_bytes)
    , m_errno(other.m_errno)
{
}

SafeFileWriter& SafeFileWriter::operator=(SafeFileWriter&& other) noexcept
{
    if (this != &other) {
        discard();
        m_target = std::move(other.m_target);
        m_writing = std::move(other.m_writing);
        m_fd = std::exchange(other.m_fd, -1);
        m_inPlace = other.m_inPlace;
        m_committed = std::exchange(other.m_committed, true);
        m_bytes = other.m_bytes;
        m_errno = other.m_errno;
    }
    return *this;
}

SafeFileWriter::~SafeFileWriter() { discard(); }

bool SafeFileWriter::write(std::string_view bytes)
{
    if (m_fd < 0 || m_errno != 0)
        return false;
    while (!bytes.empty()) {
        const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_errno = errno;
            return false;
        }
        if (n == 0) {  // no progress and no error: treat as a full device
            m_errno = ENOSPC;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
        m_bytes += static_cast<std::uintmax_t>(n);
    }
    return true;
}

Result<std::uintmax_t> SafeFileWriter::commit()
{
    if (m_fd < 0)
        return Error{"was not opened for writing", ErrorCode::CannotWrite};
    struct stat st {};
    const bool targetExisted = !m_inPlace && ::stat(m_target.c_str(), &st) == 0;
    int error = m_errno;
    // Data that never reached the disk is found here on some file systems (NFS, a full
    // disk with delayed allocation): fsync and close are checked like every write.
    if (error == 0 && ::fsync(m_fd) != 0 && !(m_inPlace && (errno == EINVAL || errno == EROFS || errno == ENOTSUP)))
        error = errno;
    if (::close(m_fd) != 0 && error == 0 && errno != EINTR)
        error = errno;
    m_fd = -1;
    if (error != 0) {
        discard();
        return writeError(error, targetExisted, m_inPlace);
    }
    if (m_inPlace) {
        m_committed = true;
        return m_bytes;
    }
    if (::rename(m_writing.c_str(), m_target.c_str()) != 0) {
        error = errno;
        discard();
        return writeError(error, targetExisted, false);
    }
    m_committed = true;
    syncFolder(m_target.parent_path());
    return m_bytes;
}

void SafeFileWriter::discard() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_committed && !m_inPlace && !m_writing.empty())
        ::unlink(m_writing.c_str());
    m_committed = true;  // nothing left to discard
}

Result<std::uintmax_t> writeFileSafely(const std::filesystem::path& target, std::string_view bytes)
{
    auto writer = SafeFileWriter::open(target);
    if (!writer)
        return writer.error();
    (void)writer.value().write(bytes);
    return writer.value().commit();
}

Result<std::uintmax_t> replaceFileSafely(const std::filesystem::path& written, const std::filesystem::path& requested)
{
    const std::filesystem::path target = resolveTarget(requested);
    struct stat st {};
    const bool targetExisted = ::stat(target.c_str(), &st) == 0;
    auto fail = [&](int error) -> Result<std::uintmax_t> {
        ::unlink(written.c_str());
        return writeError(error, targetExisted, false);
    };
    const int fd = ::open(written.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(errno);
    struct stat ws {};
    const bool statted = ::fstat(fd, &ws) == 0;
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(error);
    }
    if (targetExisted && S_ISREG(st.st_mode))
        (void)::fchmod(fd, st.st_mode & 07777);
    if (::close(fd) != 0 && errno != EINTR)
        return fail(errno);
    if (::rename(written.c_str(), target.c_str()) != 0)
        return fail(errno);
    syncFolder(target.parent_path());
    return statted ? static_cast<std::uintmax_t>(ws.st_size) : 0;
}

}  // namespace stemwise::core
