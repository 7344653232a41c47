#include "pathpolicy.h"

#include <QDir>
#include <QFileInfo>

namespace stemwise::api {

bool isUnder(const QString& path, const QString& root)
{
    if (root.isEmpty() || path.isEmpty())
        return false;
    if (path == root)
        return true;
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path.startsWith(prefix);
}

PathCheck checkPath(const QString& path, const QStringList& roots)
{
    PathCheck check;
    if (path.isEmpty() || !QDir::isAbsolutePath(path)) {
        check.reason = QStringLiteral("the path must be absolute");
        return check;
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral(".."))) {
        check.reason = QStringLiteral("the path may not contain '..'");
        return check;
    }
    const QString written = QDir::cleanPath(path);
    bool underWritten = false;
    for (const QString& root : roots)
        underWritten = underWritten || isUnder(written, QDir::cleanPath(root));
    if (!underWritten) {
        check.reason = QStringLiteral("the path is outside the folders the API may read (the configured roots and the "
                                      "sessions you opened)");
        return check;
    }
    const QString canonical = QFileInfo(written).canonicalFilePath();
    if (canonical.isEmpty()) {
        check.verdict = PathVerdict::Missing;
        check.reason = QStringLiteral("no such file or folder");
        return check;
    }
    for (const QString& root : roots) {
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (isUnder(canonical, canonicalRoot)) {
            check.verdict = PathVerdict::Allowed;
            check.resolved = canonical;
            return check;
        }
    }
    check.reason = QStringLiteral("the path leads outside the folders the API may read (through a symbolic link)");
    return check;
}

}  // namespace stemwise::api
