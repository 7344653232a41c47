// stemwise analyze PATH... [--json FILE|-] [--jobs N] [--type NAME=TYPE]... [--recursive]
//                         [--brief] [--progress] [--db FILE] [--no-store] [--session NAME]
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"
#include "report/analysisreport.h"
#include "workflow/storedanalysis.h"

#include <QCommandLineParser>

#include <cstdio>
#include <mutex>
#include <vector>

namespace stemwise::app {

namespace {

QString typeList()
{
    QStringList names;
    for (auto t : core::kTrackTypes)
        names << QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
    return names.join(QStringLiteral(", "));
}

}  // namespace

int runAnalyzeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Analyse audio files and print a JSON report (schema stemwise.analysis/1): loudness\n"
        "(EBU R128, true peak), levels and dynamics, spectrum and 7-band balance, stereo image,\n"
        "onsets and tempo, pitch and key, pattern tags, issues and a quality score per track.\n"
        "A folder stands for the audio files in it, sorted by name."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the JSON report to FILE ('-' = stdout, the default)."),
                                        QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        QStringLiteral("Analyse N files at once (default: one per core)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"),
        QStringLiteral("Set the type of the track NAME (file name, with or without extension); "
                       "repeatable. Types: %1.").arg(typeList()),
        QStringLiteral("NAME=TYPE"));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    const QCommandLineOption briefOption(QStringLiteral("brief"),
                                         QStringLiteral("Leave out the long series (spectrum points, loudness "
                                                        "curve, onset times)."));
    const QCommandLineOption progressOption(QStringLiteral("progress"),
                                            QStringLiteral("Report each file on stderr as it is done (and stored)."));
    const QCommandLineOption noStoreOption(QStringLiteral("no-store"),
                                           QStringLiteral("Neither use nor fill the database: analyse every file, "
                                                          "keep no history."));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           QStringLiteral("Store the files as the named session NAME (default: "
                                                          "each file in the session of its folder)."),
                                           QStringLiteral("NAME"));
    parser.addOptions({jsonOption, jobsOption, typeOption, recursiveOption, briefOption, progressOption,
                       databaseOption(), noStoreOption, sessionOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files or folders."),
                                 QStringLiteral("PATH..."));

    if (const auto exit = parseCommand(parser, QStringLiteral("analyze"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(QStringLiteral("analyze: name at least one file or folder (see 'stemwise analyze --help')"));
        return ExitUsage;
    }
    bool jobsOk = false;
    const int jobs = parser.value(jobsOption).toInt(&jobsOk);
    if (!jobsOk || jobs < 0 || jobs > 1024) {
        printError(QStringLiteral("analyze: --jobs takes a number from 0 (one per core) to 1024"));
        return ExitUsage;
    }

    core::SessionAnalysisOptions options;
    options.jobs = static_cast<unsigned>(jobs);
    for (const QString& assignment : parser.values(typeOption)) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        const QString type = assignment.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || !core::isTrackType(type.toStdString())) {
            printError(QStringLiteral("analyze: --type wants NAME=TYPE with TYPE one of: %1 (got '%2')")
                           .arg(typeList(), assignment));
            return ExitUsage;
        }
        options.typeOverrides[assignment.left(eq).toStdString()] = type.toStdString();
    }

    std::vector<std::filesystem::path> paths;
    for (const QString& p : positional)
        paths.emplace_back(p.toStdString());
    auto collected = core::collectAudioFiles(paths, parser.isSet(recursiveOption));

    const bool store = !parser.isSet(noStoreOption);
    if (!store && (parser.isSet(QStringLiteral("db")) || parser.isSet(sessionOption))) {
        printError(QStringLiteral("analyze: --no-store cannot be combined with --db or --session"));
        return ExitUsage;
    }
    if (parser.isSet(sessionOption) && parser.value(sessionOption).trimmed().isEmpty()) {
        printError(QStringLiteral("analyze: --session wants a name"));
        return ExitUsage;
    }
    // Open (and migrate) once up front, so that a damaged, newer or unwritable database is
    // reported before any work; the workers then open their own connections.
    core::StoreTarget target;
    bool storeFailed = false;
    if (store) {
        target.databasePath = databasePathFrom(parser);
        if (parser.isSet(sessionOption))
            target.sessionName = parser.value(sessionOption).trimmed().toStdString();
        if (!openDatabase(target.databasePath, QStringLiteral("analyze"))) {
            printError(QStringLiteral("analyze: analysing without storing (use --no-store to say so)"));
            storeFailed = true;
        }
    }

    std::mutex printMutex;
    std::size_t done = 0;
    const std::size_t total = collected.files.size();
    const bool progress = parser.isSet(progressOption);
    // One line per file once it is done and, with the store, committed: what a line says
    // is stored survives a crash from then on.
    auto reportFile = [&](const core::FileAnalysisResult& r, const core::StoredFileResult* stored) {
        if (!progress)
            return;
        std::lock_guard lock(printMutex);
        ++done;
        if (!r.profile) {
            std::fprintf(stderr, "[%zu/%zu] %s: failed\n", done, total, r.path.c_str());
        } else if (stored == nullptr) {
            std::fprintf(stderr, "[%zu/%zu] %s: %.2f s\n", done, total, r.path.c_str(), r.profile->analysisSeconds);
        } else if (stored->historyId) {
            std::fprintf(stderr, "[%zu/%zu] %s: %s %.2f s, stored as analysis %lld\n", done, total, r.path.c_str(),
                         stored->fromCache ? "from the cache in" : "analysed in", r.profile->analysisSeconds,
                         static_cast<long long>(*stored->historyId));
        } else {
            std::fprintf(stderr, "[%zu/%zu] %s: %.2f s, not stored\n", done, total, r.path.c_str(),
                         r.profile->analysisSeconds);
        }
    };

    std::vector<core::FileAnalysisResult> results;
    std::vector<std::string> storeErrors;
    if (store && !storeFailed) {
        core::StoredAnalysisCallbacks callbacks;
        callbacks.fileDone = [&](std::size_t, const core::StoredFileResult& r) { reportFile(r.analysis, &r); };
        for (auto& r : core::analyzeFilesStored(collected.files, options, target, callbacks)) {
            if (!r.storeError.empty())
                storeErrors.push_back(r.analysis.path.string() + ": not stored in " + target.databasePath.string()
                                      + ": " + r.storeError);
            results.push_back(std::move(r.analysis));
        }
    } else {
        core::SessionAnalysisCallbacks callbacks;
        callbacks.fileDone = [&](std::size_t, const core::FileAnalysisResult& r) { reportFile(r, nullptr); };
        results = core::analyzeFiles(collected.files, options, callbacks);
    }

    core::AnalysisReportInput report;
    report.errors = std::move(collected.errors);
    for (auto& r : results) {
        if (r.profile)
            report.tracks.push_back(std::move(*r.profile));
        else
            report.errors.push_back({r.path, r.error});
    }
    for (const auto& e : report.errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()),
                                               QString::fromStdString(e.error)));
    for (const auto& e : storeErrors)
        printError(QString::fromStdString(e));

    core::ReportOptions reportOptions;
    reportOptions.includeSeries = !parser.isSet(briefOption);
    if (!writeOutput(parser.value(jsonOption), core::analysisReportJson(report, reportOptions)))
        return ExitSomeFailed;
    return report.errors.empty() && storeErrors.empty() && !storeFailed ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
