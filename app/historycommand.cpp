// stemwise history PATH|TRACK [--json] [--db FILE]
#include "commands.h"
#include "storeaccess.h"

#include "report/historyreport.h"
#include "store/trackhistory.h"

#include <QCommandLineParser>

#include <cstdio>

namespace stemwise::app {

int runHistoryCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "List every stored analysis of a track, oldest first, with its key figures and what\n"
        "changed between bounces. Name the track by its file (PATH) or by its name (TRACK: the\n"
        "file name without extension, in any session)."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (schema stemwise.history/2) instead of text."));
    parser.addOptions({jsonOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("PATH|TRACK"), QStringLiteral("An audio file or a track name."));
    if (const auto exit = parseCommand(parser, QStringLiteral("history"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("history: name one file or track (see 'stemwise history --help')"));
        return ExitUsage;
    }
    const std::string query = parser.positionalArguments().constFirst().toStdString();
    const auto path = databasePathFrom(parser);
    auto store = openDatabase(path, QStringLiteral("history"));
    if (!store)
        return ExitSomeFailed;
    try {
        const auto histories = core::findTrackHistories(store->db(), query);
        if (parser.isSet(jsonOption)) {
            if (!writeOutput(QStringLiteral("-"), core::historyJson(histories, query)))
                return ExitSomeFailed;
        } else if (!histories.empty()) {
            const std::string text = core::historyText(histories);
            std::fwrite(text.data(), 1, text.size(), stdout);
        }
        if (histories.empty()) {
            printError(QStringLiteral("history: %1: no stored analysis of this track in %2")
                           .arg(QString::fromStdString(query), QString::fromStdString(path.string())));
            return ExitSomeFailed;
        }
        return ExitOk;
    } catch (const std::exception& e) {  // SqliteError, or a stored profile that cannot be read
        printError(QStringLiteral("history: %1: %2").arg(QString::fromStdString(path.string()), QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
}

}  // namespace stemwise::app
