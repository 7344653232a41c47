#pragma once
// Which paths the API may analyse: those under a root, and nothing else. The roots are the
// folders the user configured (`stemwise serve --root DIR`, the app's settings) and the
// folders of the sessions the user opened (the stored folder sessions). A path given to the
// API is refused (Outside) when
//  - it is not absolute, or it has a ".." component (traversal, even one that would land
//    back inside a root);
//  - written as given, it is not under a root;
//  - resolved (symbolic links followed), it is not under a root: a link inside a root that
//    points out of it is refused too.
// A path under a root that does not exist is Missing. Existence is only looked at for a path
// under a root, so the API never tells whether a file outside exists.
// Threading: pure functions.

#include <QString>
#include <QStringList>

namespace stemwise::api {

enum class PathVerdict { Allowed, Outside, Missing };

struct PathCheck {
    PathVerdict verdict = PathVerdict::Outside;
    QString resolved;  ///< Allowed: the canonical path
    QString reason;    ///< otherwise: why, in a sentence
};

[[nodiscard]] PathCheck checkPath(const QString& path, const QStringList& roots);

/// Whether `path` (canonical) is `root` (canonical) or below it, by whole components.
[[nodiscard]] bool isUnder(const QString& path, const QString& root);

}  // namespace stemwise::api
