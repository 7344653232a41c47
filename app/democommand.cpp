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
        "A minor, 24 s) into DIR, or into the user data folder, and print the files' paths.\n"
        "A file of a stem's name that the demo did not write (your own Kick.wav) is never\n"
        "replaced: the command stops and changes nothing, unless --force."));
    parser.addHelpOption();
    parser.addOption(forceOption());
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
    // The demo folder under the user data folder is Stemwise's own; a folder named is the user's.
    const bool replaceOthers = positional.isEmpty() || parser.isSet(QStringLiteral("force"));
    auto written = core::writeDemoSession(folder.toStdString(), {}, replaceOthers);
    if (!written) {
        printError(QStringLiteral("%1: %2").arg(folder, QString::fromStdString(written.error().message)));
        return ExitSomeFailed;
    }
    for (const auto& path : written.value())
        std::printf("%s\n", path.c_str());
    return ExitOk;
}

}  // namespace stemwise::app
