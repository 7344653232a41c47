// stemwise import-session FILE [--json FILE|-]
// What a DAW session says about its mix (core/daw/dawsession.h): an Ardour session (.ardour)
// or a REAPER project (.RPP), read only. Text for a terminal, or JSON (stemwise.daw-session/1).
#include "commands.h"

#include "daw/dawsession.h"
#include "daw/sessionfiles.h"
#include "report/dawsessionreport.h"

#include <QCommandLineParser>

#include <cstdio>

namespace stemwise::app {

int runImportSessionCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Read a DAW session (never written): an Ardour session (.ardour) or a REAPER project (.RPP).\n"
        "Prints its tracks and buses with fader gain and trim (dB), pan (L 100 ... C ... R 100; -1 ... +1 in\n"
        "JSON), mute, solo, polarity, plug-ins with their kind (eq, compressor, limiter, de-esser, gate,\n"
        "reverb, other), sends and the audio files each plays; the tempo (BPM), time signature, markers and\n"
        "ranges (seconds). Files outside the session's folder are named but not opened. Text, or JSON with\n"
        "--json (schema stemwise.daw-session/1)."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    parser.addOptions({jsonOption, forceOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The session file (.ardour or .RPP), or the DAW's folder holding it."));
    if (const auto exit = parseCommand(parser, QStringLiteral("import-session"), args))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(QStringLiteral("import-session: name one session file (see 'stemwise import-session --help')"));
        return ExitUsage;
    }
    std::filesystem::path file = files.front().toStdString();
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec)) {
        // A DAW's own folder: its session file (Ardour's, beside its snapshots).
        if (auto inside = core::sessionFileIn(file)) {
            file = *inside;
        } else {
            printError(QStringLiteral("%1: is a folder without one session file Stemwise can tell is its own; name the "
                                      ".ardour or .RPP file")
                           .arg(files.front()));
            return ExitSomeFailed;
        }
    }
    const bool json = parser.isSet(jsonOption);
    if (json) {
        if (const auto exit = checkOutputTarget(QStringLiteral("import-session"), QStringLiteral("--json"),
                                                parser.value(jsonOption), OutputKind::Json, {file},
                                                parser.isSet(QStringLiteral("force"))))
            return *exit;
    }
    auto session = core::readDawSession(file);
    if (!session) {
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(file.string()),
                                               QString::fromStdString(session.error().message)));
        return ExitSomeFailed;
    }
    for (const auto& w : session->warnings)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(file.string()), QString::fromStdString(w)));
    if (json)
        return writeOutput(parser.value(jsonOption), core::dawSessionReportJson(session.value())) ? ExitOk : ExitSomeFailed;
    const std::string text = core::dawSessionReportText(session.value());
    std::fwrite(text.data(), 1, text.size(), stdout);
    return ExitOk;
}

}  // namespace stemwise::app
