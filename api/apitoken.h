#pragma once
// The API's bearer token: 32 bytes from the system's CSPRNG (QRandomGenerator::system(),
// getrandom(2) on Linux) as 64 hex digits, kept in one file of the user's config folder,
// $XDG_CONFIG_HOME/stemwise/api-token (~/.config/stemwise/api-token), mode 0600 in a 0700
// folder. Created the first time the API is enabled; rotate() replaces it (the old token
// stops working for servers started afterwards). The file is written under a temporary name
// created 0600 and renamed over the old one: the token is never readable by another user,
// not even for a moment, and a crash leaves the old or the new token, never half of one.
// Threading: free functions, any thread; the file is the only shared state.

#include <QByteArray>
#include <QString>

namespace stemwise::api {

/// Where the token lives: <config folder>/stemwise/api-token.
[[nodiscard]] QString tokenFilePath();

struct TokenResult {
    QByteArray token;  ///< empty on failure
    QString error;     ///< a sentence naming the file and the reason, on failure
    bool created = false;  ///< the file did not exist (or was rotated) and was written now
};

/// Reads the token at `file`, creating it when missing. A file readable by group or others
/// is narrowed to 0600 first. A file that holds no token (empty, or not 64 hex digits) is an
/// error: it is the user's file, never replaced silently (rotate to replace it).
[[nodiscard]] TokenResult loadOrCreateToken(const QString& file = tokenFilePath());
/// Writes a new token to `file`, replacing any.
[[nodiscard]] TokenResult rotateToken(const QString& file = tokenFilePath());

/// Compares `given` with `expected` in time that depends only on their lengths, not on
/// where they first differ (no early exit), so that timing does not reveal a prefix.
[[nodiscard]] bool tokensEqual(const QByteArray& given, const QByteArray& expected);

}  // namespace stemwise::api
