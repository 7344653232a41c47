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
    QFile file;
    const bool fromStdin = source == QLatin1String("-");
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(source), file.open(QIODevice::ReadOnly));
    if (!opened) {
        printError(QStringLiteral("import-db: %1: cannot read: %2").arg(source, file.errorString()));
        return ExitSomeFailed;
    }
    const QByteArray json = file.readAll();

    const auto path = databasePathFrom(parser);
    auto store = openDatabase(path, QStringLiteral("import-db"));
    if (!store)
        return ExitSomeFailed;
    auto summary = core::importDatabaseJson(store->db(), std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
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
