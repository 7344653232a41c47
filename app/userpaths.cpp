#include "userpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace stemwise::app {

QString userDataFolder()
{
    // AppLocalDataLocation is <data home>/<organization>/<application>; we want one level,
    // named after the app, as Linux users expect (~/.local/share/stemwise).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("stemwise"));
}

QString demoSessionFolder()
{
    return QDir(userDataFolder()).filePath(QStringLiteral("demo-session"));
}

QString databasePath()
{
    return QDir(userDataFolder()).filePath(QStringLiteral("stemwise.sqlite"));
}

}  // namespace stemwise::app
