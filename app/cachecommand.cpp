// stemwise cache stats [--db FILE]   the analysis cache's size, hits, misses and lookup latency (JSON)
// stemwise cache clear [--db FILE]   empty the analysis cache; history and ratings are kept
#include "commands.h"
#include "storeaccess.h"

#include "report/cachestatsreport.h"
#include "store/analysiscache.h"

#include <QCommandLineParser>

#include <cstdio>

namespace stemwise::app {

int runCacheCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Inspect or empty the analysis cache, which lets Stemwise skip files whose audio it has\n"
        "analysed before (recognised by content, so renamed and moved files count).\n"
        "  stats   print entries, hits, misses and lookup latency as JSON (schema stemwise.cache-stats/1)\n"
        "  clear   remove every cache entry; the analysis history and ratings are never touched"));
    parser.addHelpOption();
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("stats or clear"), QStringLiteral("stats|clear"));
    if (const auto exit = parseCommand(parser, QStringLiteral("cache"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || (positional[0] != QLatin1String("stats") && positional[0] != QLatin1String("clear"))) {
        printError(QStringLiteral("cache: name one action, stats or clear (see 'stemwise cache --help')"));
        return ExitUsage;
    }
    const auto path = databasePathFrom(parser);
    const bool stats = positional[0] == QLatin1String("stats");
    auto store = openDatabase(path, QStringLiteral("cache"), stats ? DbAccess::ReadOnly : DbAccess::ReadWrite);
    if (!store)
        return ExitSomeFailed;
    try {
        core::AnalysisCache cache(store->db());
        if (positional[0] == QLatin1String("stats"))
            return writeOutput(QStringLiteral("-"), core::cacheStatsJson(cache.stats(), path.string())) ? ExitOk
                                                                                                       : ExitSomeFailed;
        const std::int64_t removed = cache.clear();
        std::printf("removed %lld cache %s from %s (history and ratings kept)\n", static_cast<long long>(removed),
                    removed == 1 ? "entry" : "entries", path.c_str());
        return ExitOk;
    } catch (const core::SqliteError& e) {
        printError(QStringLiteral("cache: %1: %2").arg(QString::fromStdString(path.string()), QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
}

}  // namespace stemwise::app
