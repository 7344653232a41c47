// stemwise follow --daw ardour|reaper [--host H] [--port P] [--listen PORT] [--seconds S] [--json FILE|-]
// Follows a running DAW over OSC (core/daw/oscfollower.h) for a while and prints the track
// state it followed: per track the name, fader gain, pan, mute, solo and selection, with the
// connection's status and the message counts. Text for a terminal (status changes on stderr
// as they happen), or JSON (stemwise.daw-follow/1). SIGINT/SIGTERM end a run early; the state
// is still printed. Exit 0 when the DAW was being followed at the end, 1 when it never answered
// or was lost (the reason on stderr; the state is printed all the same), 2 on bad usage.
#include "commands.h"

#include "daw/oscfollower.h"
#include "report/dawsessionreport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace stemwise::app {

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

}  // namespace

int runFollowCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Follow a running DAW over OSC and print the track state it told: per track the name, fader gain (dB),\n"
        "pan (L 100 ... C ... R 100; -1 ... +1 in JSON), mute, solo and whether it is selected, with the\n"
        "connection's status (waiting, following, lost) and the message counts.\n"
        "Ardour: turn on its OSC surface (Preferences > Control Surfaces > Open Sound Control); Stemwise\n"
        "subscribes with /set_surface and Ardour answers to this port. REAPER: add an OSC control surface\n"
        "with the default pattern file, 'Device port' set to --listen (REAPER's default, 9000) and 'Local\n"
        "listen port' to --port (8000).\n"
        "A DAW that falls silent is asked again every 2 s; the run never hangs on it."));
    parser.addHelpOption();
    const QCommandLineOption dawOption(QStringLiteral("daw"), QStringLiteral("The DAW: ardour or reaper."),
                                       QStringLiteral("DAW"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("The DAW's host (default 127.0.0.1)."),
                                        QStringLiteral("H"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("The DAW's OSC port (default: Ardour 3819, REAPER 8000)."),
                                        QStringLiteral("PORT"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("The UDP port to listen on (default: Ardour a free one, printed; REAPER 9000)."),
                                          QStringLiteral("PORT"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Follow for S seconds, then print (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    parser.addOptions({dawOption, hostOption, portOption, listenOption, secondsOption, jsonOption, forceOption()});
    if (const auto exit = parseCommand(parser, QStringLiteral("follow"), args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("follow: takes no file (see 'stemwise follow --help')"));
        return ExitUsage;
    }
    core::OscFollowSettings settings;
    const QString daw = parser.value(dawOption).toLower();
    if (daw == QStringLiteral("ardour")) {
        settings.daw = core::DawKind::Ardour;
    } else if (daw == QStringLiteral("reaper")) {
        settings.daw = core::DawKind::Reaper;
    } else {
        printError(QStringLiteral("follow: --daw takes ardour or reaper"));
        return ExitUsage;
    }
    settings.dawHost = parser.value(hostOption).trimmed().toStdString();
    if (settings.dawHost.empty()) {
        printError(QStringLiteral("follow: --host takes a host name or address"));
        return ExitUsage;
    }
    double dawPort = core::defaultDawOscPort(settings.daw);
    if (const auto exit = readNumberOption(parser, portOption, QStringLiteral("follow"), 1, 65535, dawPort))
        return *exit;
    double listenPort = settings.daw == core::DawKind::Reaper ? core::kReaperDeviceOscPort : 0;
    if (const auto exit = readNumberOption(parser, listenOption, QStringLiteral("follow"), 1024, 65535, listenPort))
        return *exit;
    if (dawPort != std::floor(dawPort) || listenPort != std::floor(listenPort)) {
        printError(QStringLiteral("follow: a port is a whole number"));
        return ExitUsage;
    }
    settings.dawPort = static_cast<int>(dawPort);
    settings.listenPort = static_cast<int>(listenPort);
    double seconds = 10.0;
    if (const auto exit = readNumberOption(parser, secondsOption, QStringLiteral("follow"), 0.1, 86400.0, seconds))
        return *exit;
    const bool json = parser.isSet(jsonOption);
    if (json) {
        if (const auto exit = checkOutputTarget(QStringLiteral("follow"), QStringLiteral("--json"), parser.value(jsonOption),
                                                OutputKind::Json, {}, parser.isSet(QStringLiteral("force"))))
            return *exit;
    }

    core::OscFollower follower(settings);
    const auto started = follower.start();
    if (!started) {
        printError(QStringLiteral("follow: %1").arg(QString::fromStdString(started.error().message)));
        return ExitSomeFailed;
    }
    const QString dawName = settings.daw == core::DawKind::Ardour ? QStringLiteral("Ardour") : QStringLiteral("REAPER");
    const QString where = QStringLiteral("%1:%2").arg(QString::fromStdString(settings.dawHost)).arg(settings.dawPort);
    std::fprintf(stderr, "stemwise: following %s at %s, listening on UDP port %d\n", qPrintable(dawName),
                 qPrintable(where), started.value());
    std::fflush(stderr);

    g_interrupted.store(false);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // The state is read at 10 Hz: the follower publishes at most 20 times a second however
    // fast the DAW talks, and reading it costs a pointer copy.
    QElapsedTimer clock;
    clock.start();
    core::FollowStatus shown = core::FollowStatus::Stopped;
    while (!g_interrupted.load() && static_cast<double>(clock.elapsed()) < seconds * 1000.0) {
        const auto state = follower.state();
        if (state->status != shown) {
            shown = state->status;
            std::fprintf(stderr, "stemwise: %s (%zu tracks)\n", std::string(core::followStatusName(shown)).c_str(),
                         state->tracks.size());
            std::fflush(stderr);
        }
        QThread::msleep(100);
    }
    const double durationS = static_cast<double>(clock.elapsed()) / 1000.0;
    follower.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    // The last state, with every message counted (stop() publishes it), as it was while following.
    auto state = *follower.state();
    state.status = shown = state.statusAtStop;
    const core::FollowReportInfo info{settings.dawHost, settings.dawPort, started.value(), durationS};
    const bool written = json ? writeOutput(parser.value(jsonOption), core::followReportJson(state, info))
                              : [&] {
                                    const std::string text = core::followReportText(state, info);
                                    std::fwrite(text.data(), 1, text.size(), stdout);
                                    return true;
                                }();
    if (shown == core::FollowStatus::Waiting) {
        printError(QStringLiteral("follow: no answer from %1 at %2 in %3 s: is its OSC surface on, and does it send to "
                                  "port %4?")
                       .arg(dawName, where)
                       .arg(durationS, 0, 'f', 1)
                       .arg(started.value()));
        return ExitSomeFailed;
    }
    if (shown == core::FollowStatus::Lost) {
        printError(QStringLiteral("follow: %1 at %2 fell silent (no feedback for %3 s)")
                       .arg(dawName, where)
                       .arg(settings.timeoutS, 0, 'f', 0));
        return ExitSomeFailed;
    }
    return written ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
