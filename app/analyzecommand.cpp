// stemwise analyze PATH... [--json FILE|-] [--jobs N] [--type NAME=TYPE]... [--recursive]
//                         [--brief] [--progress]
#include "commands.h"

#include "analysis/sessionanalysis.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"
#include "report/analysisreport.h"

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
                                            QStringLiteral("Report each file on stderr as it is done."));
    parser.addOptions({jsonOption, jobsOption, typeOption, recursiveOption, briefOption, progressOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files or folders."),
                                 QStringLiteral("PATH..."));

    if (!parser.parse(QStringList{QStringLiteral("stemwise analyze")} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return ExitOk;
    }
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

    core::SessionAnalysisCallbacks callbacks;
    std::mutex printMutex;
    std::size_t done = 0;
    const std::size_t total = collected.files.size();
    if (parser.isSet(progressOption)) {
        callbacks.fileDone = [&](std::size_t, const core::FileAnalysisResult& r) {
            std::lock_guard lock(printMutex);
            ++done;
            if (r.profile)
                std::fprintf(stderr, "[%zu/%zu] %s: %.2f s\n", done, total, r.path.c_str(), r.profile->analysisSeconds);
            else
                std::fprintf(stderr, "[%zu/%zu] %s: failed\n", done, total, r.path.c_str());
        };
    }
    auto results = core::analyzeFiles(collected.files, options, callbacks);

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

    core::ReportOptions reportOptions;
    reportOptions.includeSeries = !parser.isSet(briefOption);
    if (!writeOutput(parser.value(jsonOption), core::analysisReportJson(report, reportOptions)))
        return ExitSomeFailed;
    return report.errors.empty() ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
