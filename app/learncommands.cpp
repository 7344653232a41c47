// stemwise rate ID useful|not-useful|applied|dismissed [--after-listening] [--db FILE]: the user's
// verdict on a suggestion;
// stemwise learned [--json] [--export FILE|--import FILE|--reset] [--db FILE]: what it taught.
#include "commands.h"
#include "storeaccess.h"

#include "workflow/feedback.h"
#include "store/database.h"
#include "store/suggestionrepository.h"
#include "util/boundedjson.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

namespace stemwise::app {

int runRateCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rate a suggestion (its id as 'stemwise suggest' shows it): useful or not-useful, and\n"
        "applied or dismissed. Ratings are kept with their time; they move the confidence of the\n"
        "suggestion's rule on this track type (and genre), and an applied suggestion is checked\n"
        "against the next bounce of its track."));
    parser.addHelpOption();
    const QCommandLineOption listenedOption(
        QStringLiteral("after-listening"),
        QStringLiteral("You listened to it ('stemwise play --preview ID') before rating: the rating is stored as\n"
                       "such and weighs 1.5 times as much in what Stemwise learns."));
    parser.addOptions({listenedOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The suggestion's id (or uid)."));
    parser.addPositionalArgument(QStringLiteral("RATING"), QStringLiteral("useful, not-useful, applied or dismissed."));
    if (const auto exit = parseCommand(parser, QStringLiteral("rate"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const auto feedback = positional.size() == 2 ? core::feedbackFromName(positional[1].toLower().toStdString())
                                                 : std::nullopt;
    if (!feedback || core::ratingCode(*feedback) == 0) {
        printError(QStringLiteral("rate: usage: stemwise rate ID useful|not-useful|applied|dismissed"));
        return ExitUsage;
    }
    const auto path = databasePathFrom(parser);
    auto store = openDatabase(path, QStringLiteral("rate"));
    if (!store)
        return ExitSomeFailed;
    auto rated = core::rateSuggestion(store->db(), positional[0].toStdString(), *feedback,
                                      parser.isSet(listenedOption));
    if (!rated) {
        printError(QStringLiteral("rate: %1: %2").arg(QString::fromStdString(path.string()),
                                                      QString::fromStdString(rated.error().message)));
        return ExitSomeFailed;
    }
    const core::RateOutcome& r = rated.value();
    std::printf("Suggestion %lld rated %s%s: %s\n", static_cast<long long>(r.suggestion.id), core::feedbackName(*feedback),
                r.rating.afterListening ? " after listening" : "", r.suggestion.suggestion.title.c_str());
    std::printf("Confidence of '%s' on %s%s: %.2f -> %.2f (prior %.2f)\n", r.suggestion.suggestion.rule.c_str(),
                r.suggestion.suggestion.trackType.c_str(),
                r.suggestion.genre ? (" in " + *r.suggestion.genre).c_str() : "", r.before.mean, r.after.mean,
                r.after.prior);
    return ExitOk;
}

int runLearnedCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show what your ratings and re-bounces taught Stemwise: per rule, track type and genre,\n"
        "the evidence counted and the confidence it now gives (a Beta posterior whose prior is the\n"
        "rule's own confidence, worth 4 ratings). Export, import or reset it."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (schema stemwise.learned/1) instead of text."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          QStringLiteral("Write the learned state to FILE ('-' = stdout)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QStringLiteral("Replace the learned state with FILE's ('-' = stdin)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption resetOption(QStringLiteral("reset"),
                                         QStringLiteral("Forget what was learned (the ratings stay as history)."));
    parser.addOptions({jsonOption, exportOption, importOption, resetOption, databaseOption(), forceOption()});
    if (const auto exit = parseCommand(parser, QStringLiteral("learned"), args))
        return *exit;
    const int actions = (parser.isSet(exportOption) ? 1 : 0) + (parser.isSet(importOption) ? 1 : 0)
                        + (parser.isSet(resetOption) ? 1 : 0);
    if (actions > 1 || !parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("learned: use at most one of --export, --import and --reset"));
        return ExitUsage;
    }
    const auto path = databasePathFrom(parser);
    const bool writes = parser.isSet(importOption) || parser.isSet(resetOption);
    if (parser.isSet(exportOption)) {
        if (const auto exit = checkOutputTarget(QStringLiteral("learned"), QStringLiteral("--export"),
                                                parser.value(exportOption), OutputKind::Json, {path},
                                                parser.isSet(QStringLiteral("force"))))
            return *exit;
    }
    // The document is read and checked before the database is opened: a file that is no
    // learned state never reaches it.
    std::optional<core::LearnedModel> imported;
    if (parser.isSet(importOption)) {
        const QString file = parser.value(importOption);
        auto text = core::readJsonFile(file.toStdString(), core::LearnedModel::kJsonLimits);
        if (!text) {
            printError(QStringLiteral("learned: %1: %2").arg(file, QString::fromStdString(text.error().message)));
            return ExitSomeFailed;
        }
        auto model = core::LearnedModel::fromJson(text.value());
        if (!model) {
            printError(QStringLiteral("learned: %1: %2 (nothing was imported)")
                           .arg(file, QString::fromStdString(model.error().message)));
            return ExitSomeFailed;
        }
        imported = std::move(model.value());
    }
    auto store = openDatabase(path, QStringLiteral("learned"), writes ? DbAccess::ReadWrite : DbAccess::ReadOnly);
    if (!store)
        return ExitSomeFailed;
    const QString dbName = QString::fromStdString(path.string());
    try {
        core::LearnedStateRepository state(store->db());
        if (imported) {
            const std::optional<core::LearnedModel>& model = imported;
            core::Transaction transaction(store->db());
            state.save(model.value());
            transaction.commit();
            std::printf("Imported the learned state (%zu cells) into %s\n", model.value().cells().size(),
                        qPrintable(dbName));
            return ExitOk;
        }
        if (parser.isSet(resetOption)) {
            core::Transaction transaction(store->db());
            // A stored state that cannot be read any more is what a reset is for: it is
            // replaced, not an error.
            std::size_t cells = 0;
            try {
                cells = state.load().cells().size();
            } catch (const std::runtime_error& e) {
                printError(QStringLiteral("learned: %1: %2; it is replaced by the reset").arg(dbName, QString::fromUtf8(e.what())));
            }
            core::LearnedModel model;
            model.reset(core::utcNowIso8601());
            state.save(model);
            transaction.commit();
            std::printf("Forgot %zu learned cells; every rule is back at its own confidence.\n", cells);
            return ExitOk;
        }
        const core::LearnedModel model = state.load();
        if (parser.isSet(exportOption))
            return writeOutput(parser.value(exportOption), model.toJson(true)) ? ExitOk : ExitSomeFailed;
        if (parser.isSet(jsonOption))
            return writeOutput(QStringLiteral("-"), model.toJson(true)) ? ExitOk : ExitSomeFailed;
        if (model.cells().empty()) {
            std::printf("Nothing learned yet%s: every rule shows its own confidence.\n",
                        model.resetAt().empty() ? "" : (" since the reset of " + model.resetAt()).c_str());
            return ExitOk;
        }
        std::printf("%-18s %-10s %-10s %6s %6s  %s\n", "rule", "type", "genre", "prior", "now", "evidence");
        for (const auto& [key, cell] : model.cells()) {
            const auto bar1 = key.find('|');
            const auto bar2 = key.find('|', bar1 + 1);
            const std::string genre = key.substr(bar2 + 1);
            std::printf("%-18s %-10s %-10s %6.2f %6.2f  %d useful, %d not useful, %d applied, %d dismissed, %d better "
                        "and %d worse after a re-bounce\n",
                        key.substr(0, bar1).c_str(), key.substr(bar1 + 1, bar2 - bar1 - 1).c_str(),
                        genre == "*" ? "any" : genre.c_str(), cell.prior, core::LearnedModel::meanOf(cell), cell.useful,
                        cell.notUseful, cell.applied, cell.dismissed, cell.improved, cell.worsened);
            for (const auto& e : cell.effects)
                std::printf("%-18s %s: %s\n", "", e.track.c_str(), e.describe().c_str());
        }
        return ExitOk;
    } catch (const std::exception& e) {
        printError(QStringLiteral("learned: %1: %2").arg(dbName, QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
}

}  // namespace stemwise::app
