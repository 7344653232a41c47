// stemwise reference add FILE... [--genre G] | list [--genre G] [--json] | remove ID
//                    | rate ID want|unrated|not-my-style   [--session DIR] [--db FILE]
// The reference library in the user database (store/referencerepository.h): commercial
// mixes kept to compare with, tagged with a genre, in the library or (--session) attached to the
// session of a folder. `stemwise compare A --genre G` compares
// A with the target curve of the library's references of that genre. `rate` says which
// references are the sound the user wants (they count twice in the style learned from the
// references) and which are not their style (left out): compare/targetcurve.h.
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "compare/targetcurve.h"
#include "store/contenthash.h"
#include "store/referencerepository.h"
#include "store/sessionrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "json/jsonvalues.h"

#include <cstdio>

namespace stemwise::app {

namespace {

// The words of a rating on the command line and in the JSON list.
const char* ratingWord(int rating)
{
    return rating > 0 ? "want" : (rating < 0 ? "not-my-style" : "unrated");
}

std::optional<int> ratingFromWord(const QString& word)
{
    for (const int r : {core::kReferenceSoundIWant, core::kReferenceUnrated, core::kReferenceNotMyStyle})
        if (word == QLatin1String(ratingWord(r)))
            return r;
    return std::nullopt;
}

}  // namespace

int runReferenceCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The reference library: commercial mixes to compare with, tagged with a genre.\n"
        "  add FILE...   analyse the files and keep them as references (--genre G)\n"
        "  list          the references (of --genre G), as text or --json\n"
        "  remove ID     take a reference out of the library (the file stays)\n"
        "  rate ID R     R: want (the sound you want: counts twice in your style), unrated, or\n"
        "                not-my-style (left out of your style and of the genre's target)\n"
        "Compare with a genre's references: stemwise compare A --genre G."));
    parser.addHelpOption();
    const QCommandLineOption genreOption(QStringLiteral("genre"), QStringLiteral("The genre tag."),
                                         QStringLiteral("G"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("list: print JSON."));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           QStringLiteral("add, list: the references of the session of folder DIR "
                                                          "instead of the library."),
                                           QStringLiteral("DIR"));
    parser.addOptions({genreOption, jsonOption, sessionOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("add, list, remove or rate."));
    parser.addPositionalArgument(QStringLiteral("ARG"), QStringLiteral("Files to add, the id to remove, or the id and rating."),
                                 QStringLiteral("[ARG...]"));
    if (const auto exit = parseCommand(parser, QStringLiteral("reference"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if ((action == QLatin1String("add") && positional.size() < 2)
        || (action == QLatin1String("remove") && positional.size() != 2)
        || (action == QLatin1String("list") && positional.size() != 1)
        || (action == QLatin1String("rate") && positional.size() != 3)
        || (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("list")
            && action != QLatin1String("rate"))) {
        printError(QStringLiteral("reference: use 'add FILE...', 'list', 'remove ID' or 'rate ID want|unrated|not-my-style' "
                                  "(see 'stemwise reference --help')"));
        return ExitUsage;
    }
    std::optional<int> rating;
    if (action == QLatin1String("rate") && !(rating = ratingFromWord(positional[2]))) {
        printError(QStringLiteral("reference: rate ID want|unrated|not-my-style (got '%1')").arg(positional[2]));
        return ExitUsage;
    }
    std::optional<std::string> genre;
    if (const auto exit = readGenreOption(parser, genreOption, QStringLiteral("reference"), genre, false))
        return *exit;
    const auto dbPath = databasePathFrom(parser);
    auto store = openDatabase(dbPath, QStringLiteral("reference"));
    if (!store)
        return ExitSomeFailed;
    try {
        core::ReferenceRepository repository(store->db());
        std::optional<std::int64_t> sessionId;
        if (parser.isSet(sessionOption)) {
            const QFileInfo folder(parser.value(sessionOption));
            if (!folder.isDir()) {
                printError(QStringLiteral("reference: --session wants a folder (got '%1')").arg(parser.value(sessionOption)));
                return ExitUsage;
            }
            sessionId = core::SessionRepository(store->db()).ensureFolder(folder.absoluteFilePath().toStdString()).id;
        }
        if (action == QLatin1String("list")) {
            const auto list = repository.list(sessionId, genre);
            if (parser.isSet(jsonOption)) {
                nlohmann::ordered_json items = nlohmann::ordered_json::array();
                for (const auto& r : list)
                    items.push_back({{"id", r.id},
                                     {"name", r.name},
                                     {"genre", r.genre},
                                     {"path", r.profile.file.path.string()},
                                     {"integrated_lufs", r.profile.loudness.integratedLufs
                                                             ? nlohmann::ordered_json(*r.profile.loudness.integratedLufs)
                                                             : nlohmann::ordered_json()},
                                     {"added_at", r.addedAt},
                                     {"rating", ratingWord(r.rating)},
                                     {"style_weight", core::styleWeightOfRating(r.rating)}});
                return writeOutput(QStringLiteral("-"),
                                   core::jsonvalues::dump(items, 2))
                           ? ExitOk
                           : ExitSomeFailed;
            }
            for (const auto& r : list)
                std::printf("%5lld  %-12s %-12s %s  (%s)\n", static_cast<long long>(r.id),
                            r.genre.empty() ? "-" : r.genre.c_str(), r.rating == core::kReferenceUnrated ? "-" : ratingWord(r.rating),
                            r.name.c_str(), r.profile.file.path.c_str());
            if (list.empty())
                std::printf("No references%s. Add some: stemwise reference add FILE... --genre G\n",
                            genre ? " of that genre" : "");
            return ExitOk;
        }
        if (action == QLatin1String("rate")) {
            bool ok = false;
            const qlonglong id = positional[1].toLongLong(&ok);
            if (!ok) {
                printError(QStringLiteral("reference: rate takes the id 'stemwise reference list' shows"));
                return ExitUsage;
            }
            if (!repository.setRating(id, *rating)) {
                printError(QStringLiteral("reference: no reference %1").arg(id));
                return ExitSomeFailed;
            }
            return ExitOk;
        }
        if (action == QLatin1String("remove")) {
            bool ok = false;
            const qlonglong id = positional[1].toLongLong(&ok);
            if (!ok) {
                printError(QStringLiteral("reference: remove takes the id 'stemwise reference list' shows"));
                return ExitUsage;
            }
            if (!repository.remove(id)) {
                printError(QStringLiteral("reference: no reference %1").arg(id));
                return ExitSomeFailed;
            }
            return ExitOk;
        }
        int exit = ExitOk;
        const bool legacyHashes = core::hasLegacyContentHashes(store->db());
        for (const QString& file : positional.mid(1)) {
            const std::filesystem::path path = QFileInfo(file).absoluteFilePath().toStdString();
            auto hash = core::hashAudioContent(path, {legacyHashes});
            if (hash)  // a reference added before schema version 7 is found under its XXH3 hash
                core::rekeyLegacyContentHash(store->db(), hash.value());
            auto results = core::analyzeFiles({path});
            if (!hash || !results.front().profile) {
                printError(QStringLiteral("%1: %2").arg(file, QString::fromStdString(
                                                                  hash ? results.front().error : hash.error().message)));
                exit = ExitSomeFailed;
                continue;
            }
            // A reference is a level and a spectrum to compare with: silence or samples that are
            // not numbers would break every comparison with the genre later.
            if (const auto unusable = core::whyNotAReference(*results.front().profile)) {
                printError(QStringLiteral("%1: not added to the reference library: %2")
                               .arg(file, QString::fromStdString(*unusable)));
                exit = ExitSomeFailed;
                continue;
            }
            const auto id = repository.add(*results.front().profile, hash.value().hex, genre.value_or(""), sessionId);
            std::printf("%lld  %s\n", static_cast<long long>(id), results.front().profile->name.c_str());
        }
        return exit;
    } catch (const std::exception& e) {
        printError(QStringLiteral("reference: %1: %2").arg(QString::fromStdString(dbPath.string()), QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
}

}  // namespace stemwise::app
