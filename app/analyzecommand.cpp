// stemwise analyze PATH... [--json FILE|-] [--jobs N] [--type NAME=TYPE]... [--recursive]
//                         [--brief] [--progress] [--db FILE] [--no-store] [--session NAME]
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"
#include "daw/sessionfiles.h"
#include "report/analysisreport.h"
#include "suggest/dawcontext.h"
#include "workflow/storedanalysis.h"

#include <QCommandLineParser>

#include <condition_variable>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace stemwise::app {

namespace {

QString typeList() { return trackTypeList(); }

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
                       databaseOption(), noStoreOption, sessionOption, forceOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files, folders, or a DAW session (.ardour, .RPP: the files its tracks play)."),
                                 QStringLiteral("PATH..."));

    if (const auto exit = parseCommand(parser, QStringLiteral("analyze"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printError(QStringLiteral("analyze: name at least one file or folder (see 'stemwise analyze --help')"));
        return ExitUsage;
    }
    bool jobsOk = false;
    const int jobs = parser.value(jobsOption).trimmed().toInt(&jobsOk);
    if (!jobsOk || jobs < 0 || jobs > 1024) {
        printError(QStringLiteral("analyze: --jobs takes a whole number from 0 (one per core) to 1024 (got '%1')")
                       .arg(parser.value(jobsOption)));
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
    auto collected = core::collectSessionFiles(paths, parser.isSet(recursiveOption));
    if (const auto exit = checkOutputTarget(QStringLiteral("analyze"), QStringLiteral("--json"), parser.value(jsonOption),
                                            OutputKind::Json, collected.files, parser.isSet(QStringLiteral("force"))))
        return *exit;
    if (const auto exit = checkTypeOverrides(QStringLiteral("analyze"), options.typeOverrides, collected.files))
        return *exit;

    const bool store = !parser.isSet(noStoreOption);
    if (!store && (parser.isSet(QStringLiteral("db")) || parser.isSet(sessionOption))) {
        printError(QStringLiteral("analyze: --no-store cannot be combined with --db or --session"));
        return ExitUsage;
    }
    if (parser.isSet(sessionOption) && parser.value(sessionOption).trimmed().isEmpty()) {
        printError(QStringLiteral("analyze: --session wants a name"));
        return ExitUsage;
    }
    if (const auto exit = reportNoAudio(QStringLiteral("analyze"), positional, collected, parser.isSet(recursiveOption)))
        return *exit;
    // Open (and migrate) once up front, so that a damaged, newer or unwritable database is
    // reported before any work; the workers then open their own connections.
    core::StoreTarget target;
    bool storeFailed = false;
    if (store) {
        target.databasePath = databasePathFrom(parser);
        target.lockWait = commandLockWait(QStringLiteral("analyze"), target.databasePath);
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

    // The report is written track by track, in the order of the files, as each is done: memory
    // stays bounded in the number of files (a few tracks wait for an earlier one at most; a
    // worker that gets too far ahead waits). Through the safe writer: a failure leaves an
    // existing report as it was.
    core::ReportOptions reportOptions;
    reportOptions.includeSeries = !parser.isSet(briefOption);
    {
        // A DAW session's tempo is the session's, and its markers are the sections' boundaries.
        std::vector<core::DawStemOfTrack> dawStems;
        for (const auto& [path, stem] : collected.context)
            dawStems.push_back({path.string(), stem});
        if (auto daw = core::dawContextOf(dawStems)) {
            reportOptions.dawTempoBpm = daw->tempoBpm;
            reportOptions.dawMarkers = std::move(daw->markers);
        }
    }
    OutputStream output;
    if (!output.open(parser.value(jsonOption)))
        return ExitSomeFailed;
    core::AnalysisReportWriter writer([&output](std::string_view text) { return output.write(text); }, reportOptions);
    const unsigned workers = options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t window = 4 * static_cast<std::size_t>(workers) + 8;
    std::mutex orderMutex;
    std::condition_variable orderChanged;
    std::size_t next = 0;
    std::map<std::size_t, std::shared_ptr<core::TrackProfile>> waiting;
    auto deliver = [&](std::size_t i, std::shared_ptr<core::TrackProfile>&& profile) {
        std::unique_lock lock(orderMutex);
        orderChanged.wait(lock, [&] { return i < next + window; });
        waiting.emplace(i, std::move(profile));
        for (auto it = waiting.find(next); it != waiting.end(); it = waiting.find(next)) {
            if (it->second)
                writer.track(*it->second);
            waiting.erase(it);
            ++next;
        }
        orderChanged.notify_all();
    };

    std::vector<core::PathError> errors = std::move(collected.errors);
    std::vector<core::PathError> storeErrors;
    if (store && !storeFailed) {
        core::StoredAnalysisCallbacks callbacks;
        callbacks.fileDone = [&](std::size_t, const core::StoredFileResult& r) { reportFile(r.analysis, &r); };
        callbacks.take = [&](std::size_t i, core::StoredFileResult&& r) { deliver(i, std::move(r.analysis.profile)); };
        for (auto& r : core::analyzeFilesStored(collected.files, options, target, callbacks)) {
            if (!r.analysis.error.empty())
                errors.push_back({r.analysis.path, r.analysis.error});
            if (!r.storeError.empty())
                storeErrors.push_back({r.analysis.path, "analysed but not stored: " + r.storeError});
        }
    } else {
        core::SessionAnalysisCallbacks callbacks;
        callbacks.fileDone = [&](std::size_t, const core::FileAnalysisResult& r) { reportFile(r, nullptr); };
        callbacks.take = [&](std::size_t i, core::FileAnalysisResult&& r) { deliver(i, std::move(r.profile)); };
        for (auto& r : core::analyzeFiles(collected.files, options, callbacks))
            if (!r.error.empty())
                errors.push_back({r.path, r.error});
    }

    // Store failures (a locked or full database) are the report's errors too: a tool reading
    // the JSON must see that these results were not kept.
    if (storeFailed)
        errors.push_back({target.databasePath, "the database could not be opened; nothing was stored"});
    errors.insert(errors.end(), storeErrors.begin(), storeErrors.end());
    for (const auto& e : errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()),
                                               QString::fromStdString(e.error)));
    writer.finish(errors);
    (void)output.write("\n");
    if (!output.finish())
        return ExitSomeFailed;
    return errors.empty() ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
