// stemwise suggest PATH... [--json FILE|-] [--genre G] [--bpm N] [--all] [--max-per-track N]
//                         [--type NAME=TYPE]... [--recursive] [--no-mix] [--db FILE]
// Analyses through the store (the cache makes reopening instant), measures the stems' sum,
// then one round of workflow/storedsuggestions.h: what earlier applied suggestions did on
// re-bounced tracks, the suggestion engine with the learned state, and the suggestions stored
// so that each has an id to rate.
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"
#include "daw/sessionfiles.h"
#include "workflow/storedsuggestions.h"
#include "report/suggestionsreport.h"
#include "workflow/storedanalysis.h"
#include "suggest/dawcontext.h"
#include "compare/genreestimate.h"
#include "suggest/knowledgebase.h"
#include "workflow/sessiongenre.h"
#include "suggest/suggestionengine.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace stemwise::app {

namespace {

QString genreList() { return knownGenreList(); }

// The mix (a session of one file: that file; else the stems summed at unity into a temporary
// file and analysed) against the library's references tagged with a genre the knowledge base
// knows and, for a genre with fewer than two of them, its built-in profile
// (workflow/sessiongenre.h, as the window estimates it): a clear estimate becomes the context's
// genre, marked estimated. An uncertain estimate leaves the genre unset. Returns the estimate.
std::optional<core::GenreEstimate> estimateGenreInto(core::SuggestionContext& context, core::Database& db,
                                                     const std::vector<core::TrackProfile>& tracks)
{
    // The stems that were analysed, as the window and the report sum them: a file that could not
    // be read is reported once, and the others' sum still has its genre.
    std::vector<std::filesystem::path> files;
    files.reserve(tracks.size());
    for (const auto& t : tracks)
        files.push_back(t.file.path);
    std::optional<core::TrackProfile> summed;
    const core::TrackProfile* mix = &tracks.front();
    QTemporaryDir scratch;
    if (tracks.size() > 1) {
        if (!scratch.isValid())
            return std::nullopt;
        auto analysed = core::analyzeUnitySum(files, std::filesystem::path(scratch.path().toStdString()) / "Mix.wav");
        if (!analysed.profile) {
            printError(QStringLiteral("suggest: no genre estimate: the stems' sum: %1").arg(QString::fromStdString(analysed.error)));
            return std::nullopt;
        }
        summed = std::move(*analysed.profile);
        mix = &*summed;
    }
    return core::estimateSessionGenre(context, db, *mix);
}

}  // namespace

int runSuggestCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Suggest mixing moves for the tracks and the session, each with the measurements that\n"
        "justify it (schema stemwise.suggestions/1 with --json). Suggestions are stored so each\n"
        "has an id to rate ('stemwise rate ID useful'); your ratings and what applied suggestions\n"
        "changed on the next bounce personalise the confidence and order."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption genreOption(QStringLiteral("genre"),
                                         QStringLiteral("The genre (adjusts the typical balance and dynamics for: %1).")
                                             .arg(genreList()),
                                         QStringLiteral("G"));
    const QCommandLineOption bpmOption(QStringLiteral("bpm"),
                                       QStringLiteral("The session tempo (default: detected from the tracks)."),
                                       QStringLiteral("N"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       QStringLiteral("Show every suggestion, also those beyond the per-track and "
                                                      "per-session caps."));
    const QCommandLineOption maxOption(QStringLiteral("max-per-track"),
                                       QStringLiteral("Suggestions shown per track (default 5)."), QStringLiteral("N"),
                                       QStringLiteral("5"));
    const QCommandLineOption maxSessionOption(QStringLiteral("max-per-session"),
                                              QStringLiteral("Suggestions shown in all (default 30)."), QStringLiteral("N"),
                                              QStringLiteral("30"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        QStringLiteral("Set the type of the track NAME; repeatable."),
                                        QStringLiteral("NAME=TYPE"));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    const QCommandLineOption noMixOption(QStringLiteral("no-mix"),
                                         QStringLiteral("Do not read the files again to measure their sum: bound the "
                                                        "summed true peak from the tracks' own instead."));
    parser.addOptions({jsonOption, genreOption, bpmOption, allOption, maxOption, maxSessionOption, typeOption,
                       recursiveOption, noMixOption, databaseOption(), forceOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files, folders, or a DAW session (.ardour, .RPP: the files its tracks play); one session."),
                                 QStringLiteral("PATH..."));
    if (const auto exit = parseCommand(parser, QStringLiteral("suggest"), args))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("suggest: name at least one file or folder (see 'stemwise suggest --help')"));
        return ExitUsage;
    }
    core::SuggestionContext context;
    if (const auto exit = readTempoOption(parser, bpmOption, QStringLiteral("suggest"), context.tempoBpm))
        return *exit;
    if (const auto exit = readGenreOption(parser, genreOption, QStringLiteral("suggest"), context.genre))
        return *exit;
    bool maxOk = false;
    const int maxPerTrack = parser.value(maxOption).toInt(&maxOk);
    if (!maxOk || maxPerTrack < 1 || maxPerTrack > 100) {
        printError(QStringLiteral("suggest: --max-per-track takes a number from 1 to 100"));
        return ExitUsage;
    }
    context.maxPerTrack = static_cast<std::size_t>(maxPerTrack);
    const int maxPerSession = parser.value(maxSessionOption).toInt(&maxOk);
    if (!maxOk || maxPerSession < 1 || maxPerSession > 1000) {
        printError(QStringLiteral("suggest: --max-per-session takes a number from 1 to 1000"));
        return ExitUsage;
    }
    context.maxPerSession = static_cast<std::size_t>(maxPerSession);
    core::SessionAnalysisOptions options;
    for (const QString& assignment : parser.values(typeOption)) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        const QString type = assignment.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || !core::isTrackType(type.toStdString())) {
            printError(QStringLiteral("suggest: --type wants NAME=TYPE with TYPE one of: %1 (got '%2')")
                           .arg(trackTypeList(), assignment));
            return ExitUsage;
        }
        options.typeOverrides[assignment.left(eq).toStdString()] = type.toStdString();
    }

    std::vector<std::filesystem::path> paths;
    for (const QString& p : parser.positionalArguments())
        paths.emplace_back(p.toStdString());
    auto collected = core::collectSessionFiles(paths, parser.isSet(recursiveOption));
    if (const auto exit = checkOutputTarget(QStringLiteral("suggest"), QStringLiteral("--json"), parser.value(jsonOption),
                                            OutputKind::Json, collected.files, parser.isSet(QStringLiteral("force"))))
        return *exit;
    if (const auto exit = checkTypeOverrides(QStringLiteral("suggest"), options.typeOverrides, collected.files))
        return *exit;
    // Suggestions need tracks: an empty folder is not "every figure within its range".
    if (const auto exit = reportNoAudio(QStringLiteral("suggest"), parser.positionalArguments(), collected,
                                        parser.isSet(recursiveOption)))
        return *exit;
    core::StoreTarget target;
    target.databasePath = databasePathFrom(parser);
    target.lockWait = commandLockWait(QStringLiteral("suggest"), target.databasePath);
    auto store = openDatabase(target.databasePath, QStringLiteral("suggest"));
    if (!store)
        return ExitSomeFailed;
    const QString dbName = QString::fromStdString(target.databasePath.string());

    // 1. Analyse (or find in the cache) and record the history.
    std::vector<core::PathError> errors = std::move(collected.errors);
    std::vector<core::TrackProfile> tracks;
    std::vector<std::int64_t> analysisIds;
    std::vector<core::DawStemOfTrack> dawStems;
    for (auto& r : core::analyzeFilesStored(collected.files, options, target)) {
        if (!r.analysis.profile) {
            errors.push_back({r.analysis.path, r.analysis.error});
            continue;
        }
        if (!r.historyId) {
            errors.push_back({r.analysis.path, "analysed but not stored: " + r.storeError});
            continue;
        }
        if (const auto it = collected.context.find(r.analysis.path); it != collected.context.end())
            dawStems.push_back({r.analysis.profile->name, it->second});
        tracks.push_back(std::move(*r.analysis.profile));
        analysisIds.push_back(*r.historyId);
    }
    // A DAW session opened: its tempo and the tracks' channels shape the suggestions.
    context.daw = core::dawContextOf(dawStems);
    for (const auto& e : errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));

    core::Database& db = store->db();
    // No genre given: the one the user's tagged references (or the built-in profiles) point at,
    // when they are clear about it.
    std::optional<core::GenreEstimate> estimate;
    if (!context.genre && !tracks.empty())
        estimate = estimateGenreInto(context, db, tracks);
    try {
        // 2. The sum of the stems; what applied suggestions did on re-bounces; suggest with
        //    what was learned; store.
        core::MixAndSuggestOptions roundOptions;
        roundOptions.measureMix = !parser.isSet(noMixOption);
        auto round = core::measureMixAndSuggest(db, tracks, analysisIds, context, roundOptions);
        if (!round) {
            printError(QStringLiteral("suggest: %1: %2").arg(dbName, QString::fromStdString(round.error().message)));
            return ExitSomeFailed;
        }
        if (const auto& mixError = round.value().mixError)
            printError(QStringLiteral("suggest: the stems' sum was not measured (%1); the summed true peak is "
                                      "bounded instead")
                           .arg(QString::fromStdString(mixError->message)));
        const core::SuggestionSet& set = round.value().set;

        // 3. Report.
        core::SuggestionsReportInput report;
        report.set = &set;
        for (const auto& t : tracks)
            report.tracks.push_back(&t);
        report.maxPerTrack = context.maxPerTrack;
        report.maxPerSession = context.maxPerSession;
        report.effects = round.value().effects;
        report.errors = errors;
        report.genreFromBuiltInProfiles = context.genreEstimated && estimate && !estimate->scores.empty()
                                          && estimate->scores.front().builtIn;
        if (parser.isSet(jsonOption)) {
            if (!writeOutput(parser.value(jsonOption), core::suggestionsReportJson(report)))
                return ExitSomeFailed;
        } else {
            const std::string text = core::suggestionsText(report, parser.isSet(allOption));
            std::fwrite(text.data(), 1, text.size(), stdout);
        }
    } catch (const std::exception& e) {  // SqliteError, or stored state that cannot be read
        printError(QStringLiteral("suggest: %1: %2").arg(dbName, QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
    return errors.empty() ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
