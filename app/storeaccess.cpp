#include "storeaccess.h"

#include "commands.h"
#include "userpaths.h"

#include <QDir>

namespace stemwise::app {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              QStringLiteral("Use the database FILE instead of the user database (%1).")
                                  .arg(QDir::toNativeSeparators(databasePath())),
                              QStringLiteral("FILE"));
}

std::filesystem::path databasePathFrom(const QCommandLineParser& parser)
{
    const QString chosen = parser.value(QStringLiteral("db"));
    if (!chosen.isEmpty())
        return std::filesystem::path(chosen.toStdString());
    QDir().mkpath(userDataFolder());
    return std::filesystem::path(databasePath().toStdString());
}

std::shared_ptr<core::LockWait> commandLockWait(const QString& command, const std::filesystem::path& path)
{
    // One per process: a process runs one command on one database.
    static std::shared_ptr<core::LockWait> wait;
    if (!wait) {
        const QString message = QStringLiteral("%1: %2 is locked by another program; waiting up to %3 s for it")
                                    .arg(command, QString::fromStdString(path.string()))
                                    .arg(kLockWaitMs / 1000);
        wait = std::make_shared<core::LockWait>(std::chrono::milliseconds(kLockWaitMs),
                                                [message] { printError(message); });
    }
    return wait;
}

std::unique_ptr<core::Store> openDatabase(const std::filesystem::path& path, const QString& command, DbAccess access)
{
    core::StoreOptions options;
    options.readOnly = access == DbAccess::ReadOnly;
    options.lockWait = commandLockWait(command, path);
    auto opened = core::Store::open(path, options);
    if (opened.store)
        return std::move(opened.store);
    const core::StoreOpenError& error = *opened.error;
    printError(QStringLiteral("%1: %2").arg(command, QString::fromStdString(error.message)));
    if (error.kind != core::StoreOpenError::Kind::Damaged)
        return nullptr;
    // The damaged file is safe under its new name; the user's work goes on in a fresh one.
    auto fresh = core::Store::open(path, options);
    if (!fresh.store) {
        printError(QStringLiteral("%1: %2").arg(command, QString::fromStdString(fresh.error->message)));
        return nullptr;
    }
    printError(QStringLiteral("%1: started a fresh database at %2")
                   .arg(command, QString::fromStdString(path.string())));
    return std::move(fresh.store);
}

}  // namespace stemwise::app
