// stemwise export-db FILE|- [--db FILE]
#include "commands.h"
#include "storeaccess.h"

#include "store/databaseexport.h"

#include <QCommandLineParser>

#include <cstdio>

namespace stemwise::app {

int runExportDbCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the whole user database (sessions, tracks, analysis history with full profiles,\n"
        "suggestions, ratings, learned-model state) as one JSON document (schema\n"
        "stemwise.database/1), for backup or to move to another machine with 'stemwise import-db'.\n"
        "The analysis cache is left out: analysing rebuilds it."));
    parser.addHelpOption();
    parser.addOptions({databaseOption(), forceOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the JSON ('-' = stdout)."),
                                 QStringLiteral("FILE|-"));
    if (const auto exit = parseCommand(parser, QStringLiteral("export-db"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("export-db: name one output file, or '-' for stdout (see 'stemwise export-db --help')"));
        return ExitUsage;
    }
    const auto path = databasePathFrom(parser);
    const QString output = parser.positionalArguments().constFirst();
    if (const auto exit = checkOutputTarget(QStringLiteral("export-db"), QStringLiteral("FILE"), output, OutputKind::Json,
                                            {path}, parser.isSet(QStringLiteral("force"))))
        return *exit;
    // Only read: works on a database on read-only media, and never creates one.
    auto store = openDatabase(path, QStringLiteral("export-db"), DbAccess::ReadOnly);
    if (!store)
        return ExitSomeFailed;
    auto json = core::exportDatabaseJson(store->db());
    if (!json) {
        printError(QStringLiteral("export-db: %1: %2")
                       .arg(QString::fromStdString(path.string()), QString::fromStdString(json.error().message)));
        return ExitSomeFailed;
    }
    return writeOutput(output, json.value()) ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
