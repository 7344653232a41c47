// stemwise analyze PATH... [--json FILE|-] [--recursive]
#include "commands.h"

#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "report/analysisreport.h"

#include <QCommandLineParser>

#include <vector>

namespace stemwise::app {

int runAnalyzeCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Analyse audio files and print a JSON report (schema stemwise.analysis/1).\n"
        "A folder stands for the audio files in it, sorted by name."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the JSON report to FILE ('-' = stdout, the default)."),
                                        QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    parser.addOption(jsonOption);
    parser.addOption(recursiveOption);
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

    std::vector<std::filesystem::path> paths;
    for (const QString& p : positional)
        paths.emplace_back(p.toStdString());
    auto collected = core::collectAudioFiles(paths, parser.isSet(recursiveOption));

    core::AnalysisReportInput report;
    report.errors = std::move(collected.errors);
    for (const auto& file : collected.files) {
        auto info = core::probeAudioFile(file);
        if (info)
            report.tracks.push_back(std::move(info.value()));
        else
            report.errors.push_back({file, info.error().message});
    }
    for (const auto& e : report.errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()),
                                               QString::fromStdString(e.error)));

    if (!writeOutput(parser.value(jsonOption), core::analysisReportJson(report)))
        return ExitSomeFailed;
    return report.errors.empty() ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
