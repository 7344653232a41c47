// stemwise genre PATH... [--bpm N] [--json FILE|-] [--db FILE] [--recursive]
// The genre of a mix, estimated against the library's references tagged by genre and, for a
// genre with fewer than two of them, its broad built-in profile (core/compare/genreestimate.h),
// so there is an estimate with an empty library, as in the window. One audio file is the mix; several files or a folder are
// stems, summed at unity into a temporary file (audio/mixdown.h) and that sum analysed.
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "compare/genreestimate.h"
#include "daw/sessionfiles.h"
#include "store/referencerepository.h"

#include <QCommandLineParser>
#include <QTemporaryDir>

#include "json/jsonvalues.h"

#include <cstdio>
#include <string>

namespace stemwise::app {

namespace {

const char* reasonText(const std::string& reason)
{
    if (reason == "few_references")
        return "fewer than 2 references of that genre";
    if (reason == "close_runner_up")
        return "the runner-up is about as near";
    return "far from every genre's references";
}

}  // namespace

int runGenreCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Estimate the genre of a mix against your reference library's genres: its band balance,\n"
        "PLR, loudness range and tempo against each genre's references (their mean and spread),\n"
        "nearest first, with a confidence and the runner-up; 'uncertain' when the evidence is thin.\n"
        "A genre with fewer than two references is compared with its built-in profile (PLR,\n"
        "loudness range and tempo only).\n"
        "One file is the mix; several files or a folder are stems, summed at unity first.\n"
        "Tag references with: stemwise reference add FILE... --genre G"));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption bpmOption(QStringLiteral("bpm"),
                                       QStringLiteral("The song's tempo (default: detected from the mix)."),
                                       QStringLiteral("N"));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    parser.addOptions({jsonOption, bpmOption, recursiveOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("The mix, or the stems (files or a folder)."),
                                 QStringLiteral("PATH..."));
    if (const auto exit = parseCommand(parser, QStringLiteral("genre"), args))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("genre: name the mix, or the stems (see 'stemwise genre --help')"));
        return ExitUsage;
    }
    std::optional<double> bpm;
    if (const auto exit = readTempoOption(parser, bpmOption, QStringLiteral("genre"), bpm))
        return *exit;
    std::vector<std::filesystem::path> paths;
    for (const QString& p : parser.positionalArguments())
        paths.emplace_back(p.toStdString());
    auto collected = core::collectSessionFiles(paths, parser.isSet(recursiveOption));
    if (const auto exit = reportNoAudio(QStringLiteral("genre"), parser.positionalArguments(), collected,
                                        parser.isSet(recursiveOption)))
        return *exit;
    for (const auto& e : collected.errors)
        printError(QStringLiteral("genre: %1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));
    // Of several stems, one that cannot be read is named and left out of the sum: the others
    // still have a genre (the window and `suggest` sum the stems that were analysed).
    bool someFailed = !collected.errors.empty();
    if (collected.files.size() > 1) {
        std::vector<std::filesystem::path> readable;
        for (const auto& file : collected.files) {
            if (auto info = core::probeAudioFile(file); !info) {
                printError(QStringLiteral("genre: %1: %2").arg(QString::fromStdString(file.string()),
                                                               QString::fromStdString(info.error().message)));
                someFailed = true;
            } else {
                readable.push_back(file);
            }
        }
        if (readable.empty())
            return ExitSomeFailed;
        collected.files = std::move(readable);
    }
    const int done = someFailed ? ExitSomeFailed : ExitOk;

    // The mix: the one file, or the stems' sum.
    QTemporaryDir scratch;
    core::FileAnalysisResult analysed;
    if (collected.files.size() > 1) {
        if (!scratch.isValid()) {
            printError(QStringLiteral("genre: no temporary folder for the stems' sum: %1").arg(scratch.errorString()));
            return ExitSomeFailed;
        }
        analysed = core::analyzeUnitySum(collected.files, std::filesystem::path(scratch.path().toStdString()) / "Mix.wav");
        if (!analysed.profile) {
            printError(QStringLiteral("genre: the stems' sum: %1").arg(QString::fromStdString(analysed.error)));
            return ExitSomeFailed;
        }
    } else {
        core::SessionAnalysisOptions options;
        options.typeOverrides[collected.files.front().string()] = "mix";
        analysed = core::analyzeSessionFile(collected.files.front(), options, {}, nullptr);
        if (!analysed.profile) {
            printError(QStringLiteral("genre: %1: %2").arg(QString::fromStdString(collected.files.front().string()),
                                                         QString::fromStdString(analysed.error)));
            return ExitSomeFailed;
        }
    }

    const auto dbPath = databasePathFrom(parser);
    auto store = openDatabase(dbPath, QStringLiteral("genre"));
    if (!store)
        return ExitSomeFailed;
    std::vector<core::ReferenceTrack> references;
    try {
        references = core::ReferenceRepository(store->db()).list();
    } catch (const std::exception& e) {
        printError(QStringLiteral("genre: the reference library could not be read: %1").arg(QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }
    std::vector<core::GenreExample> examples;
    examples.reserve(references.size());
    for (const auto& r : references)
        examples.push_back({r.genre, &r.profile});
    const auto estimate = core::estimateGenre(*analysed.profile, examples, core::builtInGenreProfiles(), bpm);

    if (parser.isSet(jsonOption)) {
        nlohmann::ordered_json out{{"schema", "stemwise.genre/1"}, {"generator", std::string("stemwise ") + STEMWISE_VERSION}};
        if (estimate) {
            nlohmann::ordered_json scores = nlohmann::ordered_json::array();
            for (const auto& s : estimate->scores)
                scores.push_back({{"genre", s.genre},
                                  {"references", s.references},
                                  {"distance", s.distance},
                                  {"features", s.features},
                                  {"probability", s.probability},
                                  {"built_in", s.builtIn}});
            out["genre"] = estimate->genre;
            out["confidence"] = estimate->confidence;
            out["runner_up"] = estimate->runnerUp.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(estimate->runnerUp);
            out["uncertain"] = estimate->uncertain;
            out["reasons"] = estimate->reasons;
            out["scores"] = std::move(scores);
        } else {
            out["genre"] = nullptr;
            out["uncertain"] = true;
            out["reasons"] = {"no_tagged_references"};
        }
        return writeOutput(parser.value(jsonOption), core::jsonvalues::dump(out, 2)) ? done : ExitSomeFailed;
    }
    if (!estimate) {
        std::printf("No genre estimate: the mix has no loudness, dynamics or tempo to compare (is it silent?).\n");
        return done;
    }
    std::printf("Genre: %s%s (confidence %.0f %%%s%s)\n", estimate->genre.c_str(), estimate->uncertain ? ", uncertain" : "",
                100.0 * estimate->confidence, estimate->runnerUp.empty() ? "" : "; runner-up ",
                estimate->runnerUp.c_str());
    for (const auto& reason : estimate->reasons)
        std::printf("  uncertain: %s\n", reasonText(reason));
    for (const auto& s : estimate->scores)
        std::printf("  %-16s %3.0f %%  distance %.1f over %d figures, %s\n", s.genre.c_str(), 100.0 * s.probability,
                    s.distance, s.features,
                    s.builtIn ? "built-in profile"
                              : (std::to_string(s.references) + (s.references == 1 ? " reference" : " references")).c_str());
    return done;
}

}  // namespace stemwise::app
