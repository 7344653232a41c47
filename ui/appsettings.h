#pragma once
// The desktop app's settings, one place for their QSettings keys and defaults: theme,
// language, analysis settings, database location, session reopening, the recent sessions and
// the DAW followed over OSC, and the local API (on or off, its port).
// Threading: UI thread (QSettings is not shared across threads here).

#include <QString>
#include <QStringList>

namespace stemwise::ui {

struct AppSettings {
    QString theme = QStringLiteral("dark");  ///< "dark" or "light"
    /// "system" (follow QLocale::system()) or a language code: "en", "de", "fr", "es".
    /// Applied at start-up (see translations.h).
    QString language = QStringLiteral("system");
    int analysisJobs = 0;                    ///< worker threads; 0 = one per core
    int spectrumSmoothing = 6;               ///< 1/N octave: 3, 6 or 12
    QString databasePath;                    ///< empty: the default user database
    bool reopenLastSession = true;
    QString outputHostApi;  ///< playback: empty = any host API
    QString outputDevice;   ///< playback: empty = the host's default output
    QStringList recentSessions;  ///< newest first; each entry is the session's paths joined by '\n'
    /// DAW follow over OSC (dawfollower.h): off by default.
    bool dawFollow = false;
    QString dawKind = QStringLiteral("ardour");     ///< "ardour" or "reaper"
    QString dawHost = QStringLiteral("127.0.0.1");
    int dawPort = 0;        ///< the DAW's OSC port; 0: its default (Ardour 3819, REAPER 8000)
    int dawListenPort = 0;  ///< Stemwise's; 0: automatic (Ardour: any free port; REAPER: 9000)
    bool apiEnabled = false;  ///< serve the local API (docs/api.md); off unless the user turns it on
    int apiPort = 47800;      ///< its port on 127.0.0.1 and ::1

    static constexpr int kMaxRecent = 8;

    [[nodiscard]] static AppSettings load();
    void save() const;
    /// Puts `paths` at the top of the recent sessions.
    void addRecent(const QStringList& paths);
};

}  // namespace stemwise::ui
