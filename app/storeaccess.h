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

/// Opens the database for `command`. A damaged file is set aside (its new name printed) and
/// a fresh database started in its place; a newer or unreachable database is an error, printed
/// with the file's name. Returns nullptr after printing the error.
[[nodiscard]] std::unique_ptr<core::Store> openDatabase(const std::filesystem::path& path, const QString& command);

}  // namespace stemwise::app
