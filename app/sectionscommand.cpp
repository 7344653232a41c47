// stemwise sections PATH... [--json FILE|-] [--bpm N] [--type NAME=TYPE]... [--recursive]
//                          [--db FILE] [--no-store]
// The song's sections from the stems' activity (core/analysis/sessionsections.h). The files
// are analysed as `stemwise analyze` does (through the analysis cache unless --no-store), so a
// session analysed before is sectioned at once.
#include "commands.h"
#include "storeaccess.h"

#include "analysis/sessionanalysis.h"
#include "analysis/sessionsections.h"
#include "analysis/sessiontempo.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"
#include "daw/sessionfiles.h"
#include "suggest/dawcontext.h"
#include "report/sectionsreport.h"
#include "workflow/storedanalysis.h"

#include <QCommandLineParser>

#include <cstdio>
#include <vector>

namespace stemwise::app {

int runSectionsCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Find the song's sections from its stems: boundaries where stems enter or leave together or\n"
        "their loudness jumps, with a confidence and the stems that changed, snapped to bars when the\n"
        "tempo is known; sections grouped by repetition (A, B, A...). With fewer than two stems (one\n"
        "file, or a track of type mix), from the mix itself: where its harmony, timbre or level\n"
        "changes. Text, or JSON with --json (schema stemwise.sections/1). A folder stands for the\n"
        "audio files in it."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption bpmOption(QStringLiteral("bpm"),
                                       QStringLiteral("The session tempo (default: detected from the tracks)."),
                                       QStringLiteral("N"));
    const QCommandLineOption typeOption(QStringLiteral("type"),
                                        QStringLiteral("Set the type of the track NAME; repeatable (type 'mix' is "
                                                       "left out of the sections when there are stems). Types: %1.").arg(trackTypeList()),
                                        QStringLiteral("NAME=TYPE"));
    const QCommandLineOption recursiveOption(QStringLiteral("recursive"),
                                             QStringLiteral("Include the audio files of sub-folders."));
    const QCommandLineOption noStoreOption(QStringLiteral("no-store"),
                                           QStringLiteral("Neither use nor fill the database: analyse every file."));
    parser.addOptions({jsonOption, bpmOption, typeOption, recursiveOption, databaseOption(), noStoreOption, forceOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files, folders, or a DAW session (.ardour, .RPP: the files its tracks play); one session."),
                                 QStringLiteral("PATH..."));
    if (const auto exit = parseCommand(parser, QStringLiteral("sections"), args))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("sections: name at least one file or folder (see 'stemwise sections --help')"));
        return ExitUsage;
    }
    std::optional<double> userBpm;
    if (const auto exit = readTempoOption(parser, bpmOption, QStringLiteral("sections"), userBpm))
        return *exit;
    core::SessionAnalysisOptions options;
    for (const QString& assignment : parser.values(typeOption)) {
        const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
        const QString type = assignment.mid(eq + 1).trimmed().toLower();
        if (eq <= 0 || !core::isTrackType(type.toStdString())) {
            printError(QStringLiteral("sections: --type wants NAME=TYPE with TYPE one of: %1 (got '%2')")
                           .arg(trackTypeList(), assignment));
            return ExitUsage;
        }
        options.typeOverrides[assignment.left(eq).toStdString()] = type.toStdString();
    }
    const bool store = !parser.isSet(noStoreOption);
    if (!store && parser.isSet(QStringLiteral("db"))) {
        printError(QStringLiteral("sections: --no-store cannot be combined with --db"));
        return ExitUsage;
    }

    std::vector<std::filesystem::path> paths;
    for (const QString& p : parser.positionalArguments())
        paths.emplace_back(p.toStdString());
    auto collected = core::collectSessionFiles(paths, parser.isSet(recursiveOption));
    const bool json = parser.isSet(jsonOption);
    if (json) {
        if (const auto exit = checkOutputTarget(QStringLiteral("sections"), QStringLiteral("--json"),
                                                parser.value(jsonOption), OutputKind::Json, collected.files,
                                                parser.isSet(QStringLiteral("force"))))
            return *exit;
    }
    if (const auto exit = checkTypeOverrides(QStringLiteral("sections"), options.typeOverrides, collected.files))
        return *exit;
    if (const auto exit = reportNoAudio(QStringLiteral("sections"), parser.positionalArguments(), collected,
                                        parser.isSet(recursiveOption)))
        return *exit;

    // Of each profile only what the sections and the tempo need is kept: its level per second
    // and, for a track with a pulse (the others do not vote: analysis/sessiontempo.h), its
    // tempo estimate.
    std::vector<core::StemActivity> stems;
    std::vector<core::TrackProfile> voters;
    auto keep = [&](const core::TrackProfile& p) {
        stems.push_back(core::stemActivityOf(p));
        const auto& r = p.rhythm;
        if (!r.tempoBpm || !r.tempoConfidence || *r.tempoConfidence < core::SessionTempo::kMinTrackTempoConfidence)
            return;
        core::TrackProfile voter;
        voter.name = p.name;
        voter.rhythm.tempoBpm = p.rhythm.tempoBpm;
        voter.rhythm.tempoConfidence = p.rhythm.tempoConfidence;
        voters.push_back(std::move(voter));
    };
    std::vector<core::PathError> errors = std::move(collected.errors);
    bool analysed = false;
    if (store) {
        core::StoreTarget target;
        target.databasePath = databasePathFrom(parser);
        target.lockWait = commandLockWait(QStringLiteral("sections"), target.databasePath);
        if (openDatabase(target.databasePath, QStringLiteral("sections"))) {
            for (auto& r : core::analyzeFilesStored(collected.files, options, target)) {
                if (r.analysis.profile)
                    keep(*r.analysis.profile);
                else
                    errors.push_back({r.analysis.path, r.analysis.error});
            }
            analysed = true;
        } else {
            printError(QStringLiteral("sections: analysing without the database (use --no-store to say so)"));
        }
    }
    if (!analysed) {
        for (auto& r : core::analyzeFiles(collected.files, options)) {
            if (r.profile)
                keep(*r.profile);
            else
                errors.push_back({r.path, r.error});
        }
    }
    for (const auto& e : errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));

    core::SectionsReportInput report;
    // A DAW session's tempo stands in for the estimate (--bpm still wins); its markers are the
    // boundaries.
    std::vector<core::DawStemOfTrack> dawStems;
    for (const auto& [path, stem] : collected.context)
        dawStems.push_back({path.string(), stem});
    const auto daw = core::dawContextOf(dawStems);
    const bool dawTempo = !userBpm && daw && daw->tempoBpm && *daw->tempoBpm > 0.0;
    report.tempo = core::decideSessionTempoKey(voters, dawTempo ? daw->tempoBpm : userBpm).tempo;
    if (dawTempo)
        report.tempo.source = "daw";
    report.sections = core::findSessionSections(stems, report.tempo.bpm, daw ? daw->markers : std::vector<core::SectionMarker>{});
    report.errors = errors;
    if (json) {
        if (!writeOutput(parser.value(jsonOption), core::sectionsReportJson(report) + "\n"))
            return ExitSomeFailed;
    } else {
        const std::string text = core::sectionsReportText(report);
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return errors.empty() ? ExitOk : ExitSomeFailed;
}

}  // namespace stemwise::app
