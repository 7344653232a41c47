// stemwise compare A B [B2...] | A --genre G | A --previous  [--json FILE|-] [--db FILE] [--no-store]
// Analyses the files through the store (the cache makes it instant for files seen before)
// and compares A with B (core/compare/trackcomparison.h); with several B files, with their
// target curve: the mean and spread of the references (core/compare/targetcurve.h); with
// --genre, with the target curve of the reference library's references of that genre
// (store/referencerepository.h, filled by `stemwise reference add`), each weighted in the style
// by the user's rating (`stemwise reference rate`); with --previous, with
// the track's previous bounce in its stored history (store/trackhistory.h).
#include "commands.h"
#include "storeaccess.h"

#include "compare/targetcurve.h"
#include "report/comparisonreport.h"
#include "store/referencerepository.h"
#include "workflow/storedanalysis.h"
#include "store/trackhistory.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace stemwise::app {

int runCompareCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare track A with track B (another stem, an earlier bounce, a reference record): both\n"
        "spectra and their difference, band levels, loudness, true peak, LRA, crest, width and\n"
        "quality, raw and loudness-matched, with findings in words (schema stemwise.comparison/1\n"
        "with --json). Every difference is A - B. Naming several B files compares A with their\n"
        "target curve: the mean of the references at equal loudness, with their spread."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption noStoreOption(QStringLiteral("no-store"),
                                           QStringLiteral("Neither use nor fill the database."));
    const QCommandLineOption genreOption(QStringLiteral("genre"),
                                         QStringLiteral("Compare A with the library's references of genre G, "
                                                        "weighted by your ratings of them (see 'stemwise "
                                                        "reference')."),
                                         QStringLiteral("G"));
    const QCommandLineOption previousOption(QStringLiteral("previous"),
                                            QStringLiteral("Compare A with its previous bounce (the analysis "
                                                           "before this one in the track's history)."));
    parser.addOptions({jsonOption, genreOption, previousOption, noStoreOption, databaseOption(), forceOption()});
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("The audio file to compare."));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("The file to compare it with; several: references."),
                                 QStringLiteral("B..."));
    if (const auto exit = parseCommand(parser, QStringLiteral("compare"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool byGenre = parser.isSet(genreOption);
    const bool previous = parser.isSet(previousOption);
    const bool single = byGenre || previous;
    if ((byGenre && previous) || (!single && positional.size() < 2) || (single && positional.size() != 1)) {
        printError(QStringLiteral("compare: name two files, A and B, or one file and --genre G or --previous (see "
                                  "'stemwise compare --help')"));
        return ExitUsage;
    }
    const bool store = !parser.isSet(noStoreOption);
    if (!store && (parser.isSet(QStringLiteral("db")) || single)) {
        printError(QStringLiteral("compare: --no-store cannot be combined with --db, --genre or --previous"));
        return ExitUsage;
    }
    std::vector<std::filesystem::path> files;
    for (const QString& p : positional) {
        if (!QFileInfo(p).isFile()) {
            printError(QStringLiteral("%1: not a file").arg(p));
            return ExitSomeFailed;
        }
        files.emplace_back(p.toStdString());
    }
    if (const auto exit = checkOutputTarget(QStringLiteral("compare"), QStringLiteral("--json"), parser.value(jsonOption),
                                            OutputKind::Json, files, parser.isSet(QStringLiteral("force"))))
        return *exit;

    std::vector<core::FileAnalysisResult> results;
    std::vector<double> weights;  ///< --genre: each reference's in the style, from the user's rating
    if (store) {
        core::StoreTarget target;
        target.databasePath = databasePathFrom(parser);
        target.lockWait = commandLockWait(QStringLiteral("compare"), target.databasePath);
        auto opened = openDatabase(target.databasePath, QStringLiteral("compare"));
        if (!opened)
            return ExitSomeFailed;
        std::optional<std::int64_t> historyId;
        for (auto& r : core::analyzeFilesStored(files, {}, target)) {
            if (!historyId)
                historyId = r.historyId;
            results.push_back(std::move(r.analysis));
        }
        if (previous && results.front().profile) {
            try {
                const core::AnalysisEntry* before = nullptr;
                const auto histories = core::findTrackHistories(opened->db(), files.front().string());
                for (const auto& h : histories)
                    for (std::size_t i = 1; i < h.entries.size(); ++i)
                        if (historyId && h.entries[i].id == *historyId)
                            before = &h.entries[i - 1];
                if (before == nullptr) {
                    printError(QStringLiteral("compare: %1 has no earlier bounce stored (analyse it, re-bounce, "
                                              "then compare with --previous)")
                                   .arg(positional.front()));
                    return ExitSomeFailed;
                }
                core::TrackProfile earlier = before->profile;
                std::string when = before->analysedAt.substr(0, 16);  // "2026-11-24T02:46"
                std::replace(when.begin(), when.end(), 'T', ' ');
                earlier.name += " (bounce of " + when + ")";
                results.front().profile->name += " (now)";
                results.push_back({before->filePath, std::make_shared<core::TrackProfile>(std::move(earlier)), {}});
            } catch (const std::exception& e) {
                printError(QStringLiteral("compare: %1").arg(QString::fromUtf8(e.what())));
                return ExitSomeFailed;
            }
        }
        if (byGenre) {
            try {
                for (auto& r : core::ReferenceRepository(opened->db()).list(std::nullopt, parser.value(genreOption).toStdString())) {
                    // Stored before references were checked: said and left out, never a broken target.
                    if (const auto unusable = core::whyNotAReference(r.profile)) {
                        printError(QStringLiteral("compare: reference %1 (%2) is left out: %3; remove it with 'stemwise "
                                                  "reference remove %1'")
                                       .arg(r.id)
                                       .arg(QString::fromStdString(r.name), QString::fromStdString(*unusable)));
                        continue;
                    }
                    weights.push_back(core::styleWeightOfRating(r.rating));
                    results.push_back({r.profile.file.path, std::make_shared<core::TrackProfile>(std::move(r.profile)), {}});
                }
            } catch (const std::exception& e) {
                printError(QStringLiteral("compare: %1").arg(QString::fromUtf8(e.what())));
                return ExitSomeFailed;
            }
            if (results.size() < 2) {
                printError(QStringLiteral("compare: the library has no reference of genre '%1' (add some with "
                                          "'stemwise reference add FILE --genre %1')")
                               .arg(parser.value(genreOption)));
                return ExitSomeFailed;
            }
        }
    } else {
        results = core::analyzeFiles(files);
    }
    bool failed = false;
    for (const auto& r : results)
        if (!r.profile) {
            printError(QStringLiteral("%1: %2").arg(QString::fromStdString(r.path.string()),
                                                    QString::fromStdString(r.error)));
            failed = true;
        }
    if (failed)
        return ExitSomeFailed;

    core::TrackComparison comparison;
    core::TrackProfile& a = *results[0].profile;
    if (results.size() == 2 && !byGenre) {
        core::TrackProfile& b = *results[1].profile;
        // Two bounces of one track share a name: tell them apart by their folders.
        if (a.name == b.name) {
            a.name += " (" + a.file.path.parent_path().filename().string() + ")";
            b.name += " (" + b.file.path.parent_path().filename().string() + ")";
            if (a.name == b.name) {
                a.name = "A: " + a.name;
                b.name = "B: " + b.name;
            }
        }
        comparison = core::compareTracks(a, b);
    } else {
        std::vector<core::TrackProfile> references;
        for (std::size_t i = 1; i < results.size(); ++i)
            references.push_back(std::move(*results[i].profile));
        auto target = core::makeTargetCurve(references, {}, weights);
        if (!target) {
            printError(QStringLiteral("compare: %1").arg(QString::fromStdString(target.error().message)));
            return ExitSomeFailed;
        }
        comparison = core::compareWithTarget(a, target.value());
    }

    if (parser.isSet(jsonOption))
        return writeOutput(parser.value(jsonOption), core::comparisonReportJson(comparison)) ? ExitOk : ExitSomeFailed;
    const std::string text = core::comparisonText(comparison);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return ExitOk;
}

}  // namespace stemwise::app
