// stemwise report PATH... [--pdf FILE] [--json FILE|-] [--csv DIR] [--reference FILE]...
//                         [--genre G] [--bpm N] [--title T] [--no-mix] [--recursive] [--db FILE]
// One session report in up to three forms from one SessionReport (core/report/sessionreport.h):
// the tracks analysed through the store, the suggestion round as `stemwise suggest` runs it
// (so every suggestion in the report has the id to rate it, and its latest rating), the sum
// of the stems measured for the headroom, and with --reference each track compared with the
// reference (or with the target curve of several).
// The PDF needs a QGuiApplication for its fonts; runReportMain() makes one on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise, so it renders without a display.
#include "commands.h"
#include "storeaccess.h"

#include "audio/audiofiles.h"
#include "daw/sessionfiles.h"
#include "compare/targetcurve.h"
#include "workflow/storedsuggestions.h"
#include "pdf/reportpdf.h"
#include "report/sessionreport.h"
#include "store/database.h"
#include "workflow/storedanalysis.h"
#include "store/suggestionrepository.h"
#include "suggest/dawcontext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace stemwise::app {

int runReportCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a report of a session for a client, an artist or a mastering engineer: a PDF (cover,\n"
        "session summary, one page per track, comparisons), the same as JSON (schema\n"
        "stemwise.report/1) and spectra, loudness curves and figures as CSV. Without --pdf, --json\n"
        "or --csv the JSON goes to stdout."));
    parser.addHelpOption();
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), QStringLiteral("Write the PDF report to FILE."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the JSON report to FILE ('-' = stdout)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       QStringLiteral("Write figures.csv, bands.csv, spectra.csv and loudness.csv into DIR."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference"),
        QStringLiteral("Compare every track with this reference file; repeat for the mean of several."),
        QStringLiteral("FILE"));
    const QCommandLineOption titleOption(QStringLiteral("title"),
                                         QStringLiteral("The session's name on the cover and in the PDF's title (default: its\n"
                                                        "folder, or the folder above one called stems or Audio Files)."),
                                         QStringLiteral("T"));
    const QCommandLineOption genreOption(QStringLiteral("genre"), QStringLiteral("The genre, for the suggestions."),
                                         QStringLiteral("G"));
    const QCommandLineOption bpmOption(QStringLiteral("bpm"),
                                       QStringLiteral("The session tempo (default: detected)."), QStringLiteral("N"));
    const QCommandLineOption noMixOption(QStringLiteral("no-mix"),
                                         QStringLiteral("Do not read the files again to measure their sum; bound "
                                                        "the summed true peak instead."));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    parser.addOptions({pdfOption, jsonOption, csvOption, referenceOption, titleOption, genreOption, bpmOption,
                       noMixOption, recursiveOption, databaseOption(), forceOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files, folders, or a DAW session (.ardour, .RPP: the files its tracks play); one session."),
                                 QStringLiteral("PATH..."));
    if (const auto exit = parseCommand(parser, QStringLiteral("report"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(QStringLiteral("report: name at least one file or folder (see 'stemwise report --help')"));
        return ExitUsage;
    }
    core::SuggestionContext context;
    if (const auto exit = readTempoOption(parser, bpmOption, QStringLiteral("report"), context.tempoBpm))
        return *exit;
    if (const auto exit = readGenreOption(parser, genreOption, QStringLiteral("report"), context.genre))
        return *exit;
    const bool anyOutput = parser.isSet(pdfOption) || parser.isSet(jsonOption) || parser.isSet(csvOption);

    std::vector<std::filesystem::path> paths;
    for (const QString& p : positional)
        paths.emplace_back(p.toStdString());
    auto collected = core::collectSessionFiles(paths, parser.isSet(recursiveOption));
    std::vector<std::filesystem::path> referenceFiles;
    for (const QString& p : parser.values(referenceOption)) {
        if (!QFileInfo(p).isFile()) {
            printError(QStringLiteral("%1: not a file").arg(p));
            return ExitSomeFailed;
        }
        referenceFiles.emplace_back(p.toStdString());
    }
    {
        std::vector<std::filesystem::path> inputs = collected.files;
        inputs.insert(inputs.end(), referenceFiles.begin(), referenceFiles.end());
        const bool force = parser.isSet(QStringLiteral("force"));
        for (const auto& [option, kind] : {std::pair{jsonOption, OutputKind::Json}, std::pair{pdfOption, OutputKind::Pdf},
                                           std::pair{csvOption, OutputKind::CsvFolder}}) {
            if (!parser.isSet(option))
                continue;
            if (const auto exit = checkOutputTarget(QStringLiteral("report"), QStringLiteral("--") + option.names().constFirst(),
                                                    parser.value(option), kind, inputs, force))
                return *exit;
        }
    }
    if (const auto exit = reportNoAudio(QStringLiteral("report"), positional, collected, parser.isSet(recursiveOption)))
        return *exit;

    core::StoreTarget target;
    target.databasePath = databasePathFrom(parser);
    target.lockWait = commandLockWait(QStringLiteral("report"), target.databasePath);
    auto store = openDatabase(target.databasePath, QStringLiteral("report"));
    if (!store)
        return ExitSomeFailed;
    const QString dbName = QString::fromStdString(target.databasePath.string());

    core::SessionReport report;
    report.title = parser.isSet(titleOption) ? parser.value(titleOption).toStdString() : core::sessionNameFromPaths(paths);
    report.generatedAt = core::utcNowIso8601();
    for (const QString& p : positional)
        report.paths.push_back(p.toStdString());
    report.errors = std::move(collected.errors);
    std::vector<std::int64_t> analysisIds;
    std::vector<core::DawStemOfTrack> dawStems;
    for (auto& r : core::analyzeFilesStored(collected.files, {}, target)) {
        if (!r.analysis.profile) {
            report.errors.push_back({r.analysis.path, r.analysis.error});
            continue;
        }
        if (!r.historyId) {
            report.errors.push_back({r.analysis.path, "analysed but not stored: " + r.storeError});
            continue;
        }
        if (const auto it = collected.context.find(r.analysis.path); it != collected.context.end())
            dawStems.push_back({r.analysis.profile->name, it->second});
        report.tracks.push_back(std::move(*r.analysis.profile));
        analysisIds.push_back(*r.historyId);
    }
    // A DAW session opened: its tempo and the tracks' channels shape the suggestions.
    context.daw = core::dawContextOf(dawStems);
    for (const auto& e : report.errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));

    bool failed = !report.errors.empty();
    try {
        if (!report.tracks.empty()) {
            core::MixAndSuggestOptions roundOptions;
            roundOptions.measureMix = !parser.isSet(noMixOption);
            auto round = core::measureMixAndSuggest(store->db(), report.tracks, analysisIds, context, roundOptions);
            if (!round) {
                printError(QStringLiteral("report: %1: %2").arg(dbName, QString::fromStdString(round.error().message)));
                return ExitSomeFailed;
            }
            report.suggestions = std::move(round.value().set);
            core::SuggestionRepository repository(store->db());
            for (const auto& s : report.suggestions->suggestions) {
                const auto ratings = repository.ratingsOf(s.storeId);
                if (!ratings.empty())
                    report.ratings[s.storeId] = ratings.back().feedback;
            }
        }
    } catch (const std::exception& e) {
        printError(QStringLiteral("report: %1: %2").arg(dbName, QString::fromUtf8(e.what())));
        return ExitSomeFailed;
    }

    if (!referenceFiles.empty()) {
        std::vector<core::TrackProfile> references;
        for (auto& r : core::analyzeFilesStored(referenceFiles, {}, target)) {
            if (!r.analysis.profile) {
                printError(QStringLiteral("%1: %2").arg(QString::fromStdString(r.analysis.path.string()),
                                                        QString::fromStdString(r.analysis.error)));
                failed = true;
                continue;
            }
            references.push_back(std::move(*r.analysis.profile));
        }
        if (references.size() == 1) {
            for (const auto& t : report.tracks)
                report.comparisons.push_back(core::compareTracks(t, references.front()));
        } else if (!references.empty()) {
            auto curve = core::makeTargetCurve(references);
            if (!curve) {
                printError(QStringLiteral("report: %1").arg(QString::fromStdString(curve.error().message)));
                failed = true;
            } else {
                // The mix is judged against the references' style, its sections being the song's
                // (from the stems, named); a stem is not (see ComparisonOptions::style).
                std::optional<core::SessionSections> sections;
                for (const auto& t : report.tracks) {
                    core::ComparisonOptions options;
                    options.style = t.type == "mix" || report.tracks.size() == 1;
                    if (options.style && !sections && report.tracks.size() > 1)
                        sections = core::sessionSectionsOf(report);
                    report.comparisons.push_back(
                        core::compareWithTarget(t, curve.value(), options, sections ? &*sections : nullptr));
                }
                // Stems without a bounce of the whole song: their sum, as the window's Mix, is
                // what the references' style judges (first of the comparisons).
                const bool bounced = std::any_of(report.tracks.begin(), report.tracks.end(),
                                                 [](const core::TrackProfile& t) { return t.type == "mix"; });
                if (!bounced && report.tracks.size() > 1 && !parser.isSet(noMixOption)) {
                    std::vector<std::filesystem::path> stems;
                    for (const auto& t : report.tracks)
                        stems.push_back(t.file.path);
                    QTemporaryDir sumDir;
                    auto mix = sumDir.isValid()
                                   ? core::analyzeUnitySum(stems, std::filesystem::path(sumDir.path().toStdString()) / "Mix.wav")
                                   : core::FileAnalysisResult{};
                    if (mix.profile) {
                        mix.profile->file.path.clear();  // the sum lives only for this report
                        if (!sections)
                            sections = core::sessionSectionsOf(report);
                        report.comparisons.insert(report.comparisons.begin(),
                                                  core::compareWithTarget(*mix.profile, curve.value(), {}, &*sections));
                    } else {
                        printError(QStringLiteral("report: the stems' sum could not be measured for the references' "
                                                  "style: %1")
                                       .arg(sumDir.isValid() ? QString::fromStdString(mix.error) : sumDir.errorString()));
                    }
                }
            }
        }
    }

    if (parser.isSet(jsonOption) || !anyOutput) {
        if (!writeOutput(anyOutput ? parser.value(jsonOption) : QStringLiteral("-"), core::sessionReportJson(report)))
            failed = true;
    }
    if (parser.isSet(csvOption)) {
        auto written = core::writeSessionReportCsv(report, parser.value(csvOption).toStdString());
        if (!written) {
            printError(QStringLiteral("%1: %2").arg(parser.value(csvOption), QString::fromStdString(written.error().message)));
            failed = true;
        }
    }
    if (parser.isSet(pdfOption)) {
        const QString error = ui::writeReportPdf(report, parser.value(pdfOption));
        if (!error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(parser.value(pdfOption), error));
            failed = true;
        }
    }
    return failed ? ExitSomeFailed : ExitOk;
}

int runReportMain(int argc, char** argv)
{
    // The PDF needs fonts, hence a QGuiApplication, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Stemwise"));
    QCoreApplication::setApplicationName(QStringLiteral("Stemwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEMWISE_VERSION));
    return runReportCommand(QCoreApplication::arguments().mid(2));
}

}  // namespace stemwise::app
