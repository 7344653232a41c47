// stemwise serve [--port N] [--host ADDRESS] [--root DIR]... [--allow-origin ORIGIN]
//                [--rotate-token] [--db FILE]
// The local API (api/apiserver.h, docs/api.md), headless, until Ctrl-C or SIGTERM.
#include "commands.h"
#include "storeaccess.h"

#include "apiserver.h"
#include "apitoken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QUrl>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace stemwise::app {

namespace {

// The self-pipe: the signal handler only writes a byte; the event loop reads it and stops.
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    (void)!::write(g_signalPipe[0], &byte, 1);
}

}  // namespace

int runServeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serve the local API for scripts and other tools (docs/api.md): HTTP under /api/v1/ and a\n"
        "WebSocket event stream, on loopback only, every request with the bearer token kept in\n"
        "the token file (created on first use, mode 0600). Runs until Ctrl-C or SIGTERM."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Listen on port N (default 47800; 0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("47800"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
                                        QStringLiteral("Listen on ADDRESS only: 127.0.0.1 or ::1 (default: both). "
                                                       "Other interfaces are refused."),
                                        QStringLiteral("ADDRESS"));
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QStringLiteral("A folder whose audio the API may analyse (repeatable); the "
                                                       "folders of the sessions you opened count too."),
                                        QStringLiteral("DIR"));
    const QCommandLineOption originOption(QStringLiteral("allow-origin"),
                                          QStringLiteral("Answer cross-origin requests from ORIGIN (e.g. "
                                                         "http://localhost:3000) with CORS headers for it alone."),
                                          QStringLiteral("ORIGIN"));
    const QCommandLineOption rotateOption(QStringLiteral("rotate-token"),
                                          QStringLiteral("Write a new token first: the old one stops working."));
    parser.addOptions({portOption, hostOption, rootOption, originOption, rotateOption, databaseOption()});
    if (const auto exit = parseCommand(parser, QStringLiteral("serve"), args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("serve: takes no paths (see 'stemwise serve --help')"));
        return ExitUsage;
    }
    bool portOk = false;
    const int port = parser.value(portOption).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535) {
        printError(QStringLiteral("serve: --port takes a number from 0 to 65535 (got '%1')").arg(parser.value(portOption)));
        return ExitUsage;
    }
    std::optional<QHostAddress> host;
    if (parser.isSet(hostOption)) {
        const QString name = parser.value(hostOption).trimmed();
        const QHostAddress address = name == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                         : QHostAddress(name);
        if (!api::ApiServer::isLoopback(address)) {
            printError(QStringLiteral("serve: --host %1 refused: the API listens on loopback only (127.0.0.1 or ::1); "
                                      "reach it from elsewhere through an SSH tunnel")
                           .arg(name));
            return ExitUsage;
        }
        host = address;
    }
    QStringList roots;
    for (const QString& root : parser.values(rootOption)) {
        const QFileInfo info(root);
        if (!info.isDir()) {
            printError(QStringLiteral("serve: --root %1: not a folder").arg(root));
            return ExitUsage;
        }
        roots.append(info.canonicalFilePath());
    }
    QString origin;
    if (parser.isSet(originOption)) {
        origin = parser.value(originOption).trimmed();
        const QUrl url(origin);
        if (origin == QLatin1String("*") || !url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()
            || !url.path().isEmpty()) {
            printError(QStringLiteral("serve: --allow-origin takes one origin such as http://localhost:3000 (never '*'); "
                                      "got '%1'")
                           .arg(origin));
            return ExitUsage;
        }
    }

    const QString tokenFile = api::tokenFilePath();
    const api::TokenResult token = parser.isSet(rotateOption) ? api::rotateToken(tokenFile)
                                                              : api::loadOrCreateToken(tokenFile);
    if (token.token.isEmpty()) {
        printError(QStringLiteral("serve: %1").arg(token.error));
        return ExitSomeFailed;
    }
    if (parser.isSet(rotateOption))
        std::printf("Wrote a new API token to %s; the old one no longer works.\n", qPrintable(tokenFile));
    else if (token.created)
        std::printf("Created the API token in %s (readable by you alone).\n", qPrintable(tokenFile));

    // The database is opened (and migrated) once up front, so that a damaged or newer one is
    // reported before the server answers anything.
    const auto databasePath = databasePathFrom(parser);
    if (!openDatabase(databasePath, QStringLiteral("serve")))
        return ExitSomeFailed;

    api::ApiConfig config;
    config.databasePath = databasePath;
    config.token = token.token;
    config.roots = roots;
    config.allowedOrigin = origin;
    config.tokenFile = tokenFile;
    api::ApiServer server(config);
    const QString error = host ? server.listen(*host, static_cast<quint16>(port))
                               : server.listenOnLoopback(static_cast<quint16>(port));
    if (!error.isEmpty()) {
        printError(QStringLiteral("serve: %1").arg(error));
        return ExitSomeFailed;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) != 0) {
        printError(QStringLiteral("serve: cannot set up the signal handling"));
        return ExitSomeFailed;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        (void)!::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    const QString url = host && host->protocol() == QAbstractSocket::IPv6Protocol
                            ? QStringLiteral("http://[::1]:%1/api/v1/").arg(server.port())
                            : server.url();
    std::printf("Stemwise API at %s\nToken: %s (send it as 'Authorization: Bearer TOKEN')\nDatabase: %s\n"
                "Stop with Ctrl-C.\n",
                qPrintable(url), qPrintable(QDir::toNativeSeparators(tokenFile)), databasePath.c_str());
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    server.close();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    std::printf("Stopped.\n");
    return code == 0 ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
