#pragma once
// How the commands reach the user database: the shared --db option, its default under the
// user data folder, and opening with the store's safety rules (store/store.h) turned into
// messages on stderr.

#include "store/store.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <memory>

namespace stemwise::app {

/// --db FILE: use FILE instead of the user database.
[[nodiscard]] QCommandLineOption databaseOption();

/// The database the command should use: --db's value, or the default (whose folder is
/// created if missing).
[[nodiscard]] std::filesystem::path databasePathFrom(const QCommandLineParser& parser);

enum class DbAccess {
    ReadWrite,  ///< created if missing, migrated, written
    ReadOnly,   ///< only read: never created or written; works on read-only media
};

/// How long a command waits, in total, for a database another program holds locked.
inline constexpr int kLockWaitMs = 10000;

/// The command's one LockWait (store/database.h): every connection of the command shares it,
/// so a database held locked costs one wait of at most kLockWaitMs; a wait longer than a
/// second says so on stderr ("…is locked by another program; waiting up to 10 s").
[[nodiscard]] std::shared_ptr<core::LockWait> commandLockWait(const QString& command,
                                                              const std::filesystem::path& path);

/// Opens the database for `command`. A damaged Stemwise database is set aside (its new name
/// printed) and a fresh database started in its place; a file that is not a Stemwise database,
/// a newer or unreachable database is an error, printed with the file's name, and the file is
/// left untouched. Read-only: a missing database is an error, nothing is created. Returns
/// nullptr after printing the error.
[[nodiscard]] std::unique_ptr<core::Store> openDatabase(const std::filesystem::path& path, const QString& command,
                                                        DbAccess access = DbAccess::ReadWrite);

}  // namespace stemwise::app
