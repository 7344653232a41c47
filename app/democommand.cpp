// stemwise demo [DIR]
#include "commands.h"

#include "userpaths.h"

#include "demo/demosession.h"

#include <QCommandLineParser>

namespace stemwise::app {

int runDemoCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the built-in demo session (five synthesised stems, 48 kHz 24-bit WAV, 120 BPM,\n"
        "A minor, 24 s) into DIR, or into the user data folder, and print the files' paths."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder to write into."),
                                 QStringLiteral("[DIR]"));
    if (const auto exit = parseCommand(parser, QStringLiteral("demo"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(QStringLiteral("demo: takes at most one folder"));
        return ExitUsage;
    }
    const QString folder = positional.isEmpty() ? demoSessionFolder() : positional.front();
    auto written = core::writeDemoSession(folder.toStdString());
    if (!written) {
        printError(QStringLiteral("%1: %2").arg(folder, QString::fromStdString(written.error().message)));
        return ExitSomeFailed;
    }
    for (const auto& path : written.value())
        std::printf("%s\n", path.c_str());
    return ExitOk;
}

}  // namespace stemwise::app
