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
        "changed between bounces. Name the track by its file (PATH) or by its name (TRACK: its\n"
        "file name, or the file name without extension for every file of that name, in any\n"
        "session). A track is a file: Vocal.wav and Vocal.flac have histories of their own.\n"
        "--delete ID removes one analysis from the history (with its suggestions and their\n"
        "ratings; what the ratings taught stays learned); an import never brings it back."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (schema stemwise.history/2) instead of text."));
    const QCommandLineOption deleteOption(QStringLiteral("delete"),
                                          QStringLiteral("Delete the analysis ID (as the history shows it: 'id 17') "
                                                         "of the track named."),
                                          QStringLiteral("ID"));
    parser.addOptions({jsonOption, deleteOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("PATH|TRACK"), QStringLiteral("An audio file or a track name."));
    if (const auto exit = parseCommand(parser, QStringLiteral("history"), args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("history: name one file or track (see 'stemwise history --help')"));
        return ExitUsage;
    }
    const std::string query = parser.positionalArguments().constFirst().toStdString();
    const auto path = databasePathFrom(parser);
    const bool deleting = parser.isSet(deleteOption);
    bool idOk = false;
    const qlonglong id = parser.value(deleteOption).trimmed().toLongLong(&idOk);
    if (deleting && (!idOk || id <= 0)) {
        printError(QStringLiteral("history: --delete takes the id of an analysis, as 'stemwise history %1' shows it "
                                  "(got '%2')")
                       .arg(QString::fromStdString(query), parser.value(deleteOption)));
        return ExitUsage;
    }
    auto store = openDatabase(path, QStringLiteral("history"), deleting ? DbAccess::ReadWrite : DbAccess::ReadOnly);
    if (!store)
        return ExitSomeFailed;
    try {
        if (deleting) {
            // Only an analysis of the track named: a mistyped id never reaches another track.
            core::Transaction transaction(store->db());
            const auto histories = core::findTrackHistories(store->db(), query);
            const core::AnalysisEntry* entry = nullptr;
            const core::TrackHistory* of = nullptr;
            for (const auto& h : histories)
                for (const auto& e : h.entries)
                    if (e.id == id) {
                        entry = &e;
                        of = &h;
                    }
            if (entry == nullptr) {
                printError(QStringLiteral("history: %1 has no analysis with the id %2 in %3 (see 'stemwise history %1')")
                               .arg(QString::fromStdString(query)).arg(id).arg(QString::fromStdString(path.string())));
                return ExitSomeFailed;
            }
            const std::string when = entry->analysedAt.substr(0, 16);
            const auto removed = core::AnalysisRepository(store->db()).removeByUser(id, core::utcNowIso8601());
            transaction.commit();
            std::printf("Deleted analysis %lld of %s (%s UTC, %s) with its %lld suggestion%s and %lld rating%s.\n",
                        static_cast<long long>(id), of->track.name.c_str(), when.c_str(), entry->filePath.c_str(),
                        static_cast<long long>(removed->suggestions), removed->suggestions == 1 ? "" : "s",
                        static_cast<long long>(removed->ratings), removed->ratings == 1 ? "" : "s");
            return ExitOk;
        }
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
