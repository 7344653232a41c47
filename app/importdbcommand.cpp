// stemwise import-db FILE|- [--db FILE]
#include "commands.h"
#include "storeaccess.h"

#include "store/databaseexport.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace stemwise::app {

int runImportDbCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge a document written by 'stemwise export-db' into the database. The whole document\n"
        "is checked before anything is written; entries already present are kept as they are,\n"
        "so importing the same file twice changes nothing the second time. Nothing is deleted."));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSON document ('-' = stdin)."),
                                 QStringLiteral("FILE|-"));
    if (const auto exit = parseCommand(parser, QStringLiteral("import-db"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("import-db: name one file, or '-' for stdin (see 'stemwise import-db --help')"));
        return ExitUsage;
    }
    const QString source = parser.positionalArguments().constFirst();
    // Bounded: /dev/zero or an endless pipe stop at the first byte or at the limit.
    auto json = core::readJsonFile(source.toStdString(), core::kDatabaseJsonLimits);
    const auto path = databasePathFrom(parser);
    if (!json) {
        printError(QStringLiteral("import-db: %1: %2 (nothing was written to %3)")
                       .arg(source, QString::fromStdString(json.error().message), QString::fromStdString(path.string())));
        return ExitSomeFailed;
    }
    auto store = openDatabase(path, QStringLiteral("import-db"));
    if (!store)
        return ExitSomeFailed;
    auto summary = core::importDatabaseJson(store->db(), json.value());
    if (!summary) {
        printError(QStringLiteral("import-db: %1: %2 (nothing was written to %3)")
                       .arg(source, QString::fromStdString(summary.error().message), QString::fromStdString(path.string())));
        return ExitSomeFailed;
    }
    const core::ImportSummary& s = summary.value();
    std::printf("imported into %s: %lld sessions, %lld tracks, %lld analyses added (%lld already there), "
                "%lld suggestions, %lld ratings, %lld learned-model entries updated, %lld references\n",
                path.c_str(), static_cast<long long>(s.sessionsAdded), static_cast<long long>(s.tracksAdded),
                static_cast<long long>(s.analysesAdded), static_cast<long long>(s.analysesPresent),
                static_cast<long long>(s.suggestionsAdded), static_cast<long long>(s.ratingsAdded),
                static_cast<long long>(s.modelStateUpdated), static_cast<long long>(s.referencesAdded));
    return ExitOk;
}

}  // namespace stemwise::app
