#pragma once
// Where Stemwise keeps the user's data. One place, so the README, the CLI and the GUI agree.

#include <QString>

namespace stemwise::app {

/// The per-user data folder: $XDG_DATA_HOME/stemwise (usually ~/.local/share/stemwise).
[[nodiscard]] QString userDataFolder();
/// Where the built-in demo session is written on first use.
[[nodiscard]] QString demoSessionFolder();
/// The user database (sessions, history, cache, ratings, learned model):
/// <user data folder>/stemwise.sqlite. Commands take --db FILE to use another.
[[nodiscard]] QString databasePath();

}  // namespace stemwise::app
