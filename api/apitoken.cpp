#include "apitoken.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <array>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stemwise::api {

namespace {

constexpr int kTokenBytes = 32;

QString systemError(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

QByteArray newToken()
{
    std::array<quint32, kTokenBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray raw(reinterpret_cast<const char*>(words.data()), kTokenBytes);
    return raw.toHex();
}

bool looksLikeToken(const QByteArray& text)
{
    if (text.size() != 2 * kTokenBytes)
        return false;
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

// The folder, created 0700 when missing.
QString ensureFolder(const QString& file)
{
    const QString folder = QFileInfo(file).absolutePath();
    if (QFileInfo::exists(folder))
        return {};
    if (!QDir().mkpath(folder))
        return QStringLiteral("%1: the folder cannot be created").arg(folder);
    if (::chmod(QFile::encodeName(folder).constData(), S_IRWXU) != 0)
        return QStringLiteral("%1: %2").arg(folder, systemError(errno));
    return {};
}

TokenResult writeToken(const QString& file)
{
    TokenResult result;
    if (QString error = ensureFolder(file); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const QByteArray token = newToken();
    const QByteArray target = QFile::encodeName(file);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    // O_EXCL | O_NOFOLLOW: never write through a link someone left at the temporary name.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        result.error = QStringLiteral("%1: %2").arg(QFile::decodeName(temporary), systemError(errno));
        return result;
    }
    const QByteArray line = token + '\n';
    const bool written = ::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size() && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        const int error = written ? errno : writeError;
        ::unlink(temporary.constData());
        result.error = QStringLiteral("%1: %2").arg(file, systemError(error));
        return result;
    }
    result.token = token;
    result.created = true;
    return result;
}

}  // namespace

QString tokenFilePath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(QStringLiteral("stemwise/api-token"));
}

TokenResult loadOrCreateToken(const QString& file)
{
    const QByteArray name = QFile::encodeName(file);
    struct stat info {};
    if (::lstat(name.constData(), &info) != 0) {
        if (errno != ENOENT)
            return {{}, QStringLiteral("%1: %2").arg(file, systemError(errno)), false};
        return writeToken(file);
    }
    if (!S_ISREG(info.st_mode))
        return {{}, QStringLiteral("%1: not a regular file; the API token must be one (rotate to replace it)").arg(file),
                false};
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0 && ::chmod(name.constData(), S_IRUSR | S_IWUSR) != 0)
        return {{}, QStringLiteral("%1: readable by others and cannot be narrowed to 0600: %2").arg(file, systemError(errno)),
                false};
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("%1: %2").arg(file, in.errorString()), false};
    const QByteArray token = in.read(4 * kTokenBytes).trimmed();
    if (!looksLikeToken(token))
        return {{},
                QStringLiteral("%1: holds no API token (64 hex digits expected); 'stemwise serve --rotate-token' "
                               "writes a new one")
                    .arg(file),
                false};
    return {token, {}, false};
}

TokenResult rotateToken(const QString& file) { return writeToken(file); }

bool tokensEqual(const QByteArray& given, const QByteArray& expected)
{
    // Every byte of `given` is looked at, each against a byte of `expected` (cycled), and the
    // lengths are folded in: no branch depends on the content.
    if (expected.isEmpty())
        return false;
    quint64 difference = static_cast<quint64>(given.size() ^ expected.size());
    const qsizetype n = given.size();
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<quint64>(static_cast<unsigned char>(given[i])
                                            ^ static_cast<unsigned char>(expected[i % expected.size()]));
    return difference == 0;
}

}  // namespace stemwise::api
