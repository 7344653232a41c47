// QSettings keys of the desktop app (see appsettings.h).
#include "appsettings.h"

#include "translations.h"

#include <QSettings>

#include <algorithm>

namespace stemwise::ui {

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.theme = s.value(QStringLiteral("ui/theme"), a.theme).toString();
    a.language = s.value(QStringLiteral("ui/language"), a.language).toString();
    if (!isKnownLanguageSetting(a.language))
        a.language = QStringLiteral("system");
    a.analysisJobs = std::clamp(s.value(QStringLiteral("analysis/jobs"), a.analysisJobs).toInt(), 0, 256);
    a.spectrumSmoothing = s.value(QStringLiteral("ui/spectrumSmoothing"), a.spectrumSmoothing).toInt();
    if (a.spectrumSmoothing != 3 && a.spectrumSmoothing != 6 && a.spectrumSmoothing != 12)
        a.spectrumSmoothing = 6;
    a.databasePath = s.value(QStringLiteral("store/databasePath")).toString();
    a.reopenLastSession = s.value(QStringLiteral("session/reopenLast"), a.reopenLastSession).toBool();
    a.recentSessions = s.value(QStringLiteral("session/recent")).toStringList();
    a.outputHostApi = s.value(QStringLiteral("playback/hostApi")).toString();
    a.outputDevice = s.value(QStringLiteral("playback/device")).toString();
    a.dawFollow = s.value(QStringLiteral("daw/follow"), a.dawFollow).toBool();
    a.dawKind = s.value(QStringLiteral("daw/kind"), a.dawKind).toString();
    if (a.dawKind != QLatin1String("ardour") && a.dawKind != QLatin1String("reaper"))
        a.dawKind = QStringLiteral("ardour");
    a.dawHost = s.value(QStringLiteral("daw/host"), a.dawHost).toString().trimmed();
    if (a.dawHost.isEmpty())
        a.dawHost = QStringLiteral("127.0.0.1");
    a.dawPort = std::clamp(s.value(QStringLiteral("daw/port"), a.dawPort).toInt(), 0, 65535);
    a.dawListenPort = std::clamp(s.value(QStringLiteral("daw/listenPort"), a.dawListenPort).toInt(), 0, 65535);
    a.apiEnabled = s.value(QStringLiteral("api/enabled"), a.apiEnabled).toBool();
    a.apiPort = s.value(QStringLiteral("api/port"), a.apiPort).toInt();
    if (a.apiPort < 1 || a.apiPort > 65535)
        a.apiPort = AppSettings{}.apiPort;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("ui/theme"), theme);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("analysis/jobs"), analysisJobs);
    s.setValue(QStringLiteral("ui/spectrumSmoothing"), spectrumSmoothing);
    s.setValue(QStringLiteral("store/databasePath"), databasePath);
    s.setValue(QStringLiteral("session/reopenLast"), reopenLastSession);
    s.setValue(QStringLiteral("session/recent"), recentSessions);
    s.setValue(QStringLiteral("playback/hostApi"), outputHostApi);
    s.setValue(QStringLiteral("playback/device"), outputDevice);
    s.setValue(QStringLiteral("daw/follow"), dawFollow);
    s.setValue(QStringLiteral("daw/kind"), dawKind);
    s.setValue(QStringLiteral("daw/host"), dawHost);
    s.setValue(QStringLiteral("daw/port"), dawPort);
    s.setValue(QStringLiteral("daw/listenPort"), dawListenPort);
    s.setValue(QStringLiteral("api/enabled"), apiEnabled);
    s.setValue(QStringLiteral("api/port"), apiPort);
}

void AppSettings::addRecent(const QStringList& paths)
{
    const QString entry = paths.join(QLatin1Char('\n'));
    recentSessions.removeAll(entry);
    recentSessions.prepend(entry);
    while (recentSessions.size() > kMaxRecent)
        recentSessions.removeLast();
}

}  // namespace stemwise::ui
