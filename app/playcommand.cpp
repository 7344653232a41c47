// stemwise play --list-devices [--json]
// stemwise play PATH... [--host-api NAME] [--device NAME] [--rate R] [--buffer N] [--start S]
//               [--seconds S] [--loop] [--solo NAME]... [--band LO-HI] [--listen mid|side|mono]
//               [--match-lufs LUFS | --match-integrated] [--preview MOVE [--without]
//               [--no-preview-match]] [--json FILE|-] [--db FILE]
// Plays files or a session folder (stems summed at unity) through an output device and says
// what was played. SIGINT/SIGTERM end a run early (the report is still written).
#include "commands.h"
#include "storeaccess.h"

#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "dsp/bands.h"
#include "playback/move.h"
#include "playback/playbackengine.h"
#include "report/playbackreport.h"
#include "store/suggestionrepository.h"
#include "workflow/storedanalysis.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>

namespace stemwise::app {

namespace {

std::atomic<bool> g_interrupted{false};

void onSignal(int)
{
    g_interrupted.store(true);
}

// --band: "LO-HI" in Hz, or one of the seven bands by its key ("highs", "low_mids", …).
std::optional<std::pair<double, double>> parseBand(const QString& text)
{
    for (const auto& b : core::kBands)
        if (text == QLatin1String(b.key))
            return std::pair{b.lowHz, b.highHz};
    static const QRegularExpression range(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*-\s*([0-9]+(?:\.[0-9]+)?)\s*$)"));
    const auto m = range.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double lo = m.captured(1).toDouble();
    const double hi = m.captured(2).toDouble();
    if (!(lo >= 0.0 && hi > lo && hi <= 100000.0))
        return std::nullopt;
    return std::pair{lo, hi};
}

void printDevices(const std::vector<core::OutputDeviceInfo>& devices)
{
    if (devices.empty())
        std::printf("No audio output devices.\n");
    for (const auto& d : devices)
        std::printf("%3d  %-40s %-28s %2d ch  %6.0f Hz%s\n", d.index, d.name.c_str(), d.hostApi.c_str(),
                    d.maxOutputChannels, d.defaultSampleRateHz, d.isDefaultOutput ? "  (default)" : "");
}

void printRun(const core::PlaybackRun& run)
{
    const core::PlaybackStatus& st = run.status;
    int played = 0;
    for (const auto& s : run.sources)
        played += s.played ? 1 : 0;
    std::printf("Played %.2f s of %d source%s on %s (%s) at %.0f Hz, from %.2f s%s\n",
                static_cast<double>(st.framesPlayed) / run.sampleRateHz, played, played == 1 ? "" : "s",
                run.device.name.c_str(), run.device.hostApi.c_str(), run.sampleRateHz, run.startS,
                run.loop ? QStringLiteral(", looping to %1 s").arg(run.endS, 0, 'f', 2).toUtf8().constData() : "");
    if (run.matchMode != "off")
        std::printf("  loudness-matched to %s: %s from %s (%s)\n", qPrintable(dbText(*run.targetLufs, "LUFS")),
                    qPrintable(QStringLiteral("%1%2 dB").arg(run.gainDb >= 0 ? QStringLiteral("+") : QString()).arg(run.gainDb, 0, 'f', 1)),
                    run.sourceLufs ? qPrintable(dbText(*run.sourceLufs, "LUFS")) : "an unknown loudness",
                    run.sourceLufsFrom.c_str());
    if (run.previewText)
        std::printf("  preview on %s: %s, %s%s\n", run.previewOn.c_str(), run.previewDescription->c_str(),
                    run.previewWith ? "with the move" : "without the move",
                    run.previewMatched ? qPrintable(QStringLiteral(" (matched: %1 dB on the move's side)").arg(run.previewMatchDb, 0, 'f', 1))
                                       : "");
    if (run.band)
        std::printf("  band solo %.0f–%.0f Hz\n", run.band->first, run.band->second);
    if (run.listen != core::ListenMode::Stereo)
        std::printf("  listening to the %s\n", core::listenModeName(run.listen));
    std::printf("  output: peak %s / %s, integrated %s; underruns %lld, xruns %lld\n",
                qPrintable(dbText(st.peakMaxDbfs[0], "dBFS")), qPrintable(dbText(st.peakMaxDbfs[1], "dBFS")),
                qPrintable(dbText(st.integratedLufs, "LUFS")), static_cast<long long>(st.underruns),
                static_cast<long long>(st.outputUnderflows));
    if (run.stopReason == "device_lost")
        std::printf("  DEVICE LOST: %s\n", st.lostReason.c_str());
}

}  // namespace

int runPlayCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Play audio files, or a session folder of stems summed at unity, through an output device\n"
        "(PortAudio: JACK, ALSA, …), with loudness matching, listening aids and the preview of a\n"
        "suggested move, and say what was played (schema stemwise.playback/1 with --json).\n"
        "MOVE is a suggestion's uid (or id) from 'stemwise suggest', or the parameter text it\n"
        "prints for the move, e.g. 'filter=bell, frequency_hz=310, gain_db=-2.5, q=1.4' or the\n"
        "JSON object of its \"parameters\" (docs/guide.md, \"Listening, matching and previews\",\n"
        "lists the keys).\n"
        "Ctrl-C ends playing early; the report is still written."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list-devices"), QStringLiteral("List the output devices."));
    const QCommandLineOption hostOption(QStringLiteral("host-api"),
                                        QStringLiteral("Only devices of the host API named like NAME (ALSA, JACK, …)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QStringLiteral("The output device: its index, its name, or a part of its "
                                                         "name that only it has (default: the default output)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Output sample rate in Hz (default: "
                                                                               "the device's); files at other rates "
                                                                               "are resampled."),
                                        QStringLiteral("R"));
    const QCommandLineOption bufferOption(QStringLiteral("buffer"),
                                          QStringLiteral("Frames per buffer (default 256; 0: the host's choice)."),
                                          QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption startOption(QStringLiteral("start"), QStringLiteral("Start at S seconds (default 0)."),
                                         QStringLiteral("S"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Play S seconds (default: to the end)."), QStringLiteral("S"));
    const QCommandLineOption loopOption(QStringLiteral("loop"),
                                        QStringLiteral("Loop the region (--start, --seconds) until interrupted."));
    const QCommandLineOption soloOption(QStringLiteral("solo"),
                                        QStringLiteral("Solo the stem NAME (its file name without extension); "
                                                       "repeatable."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption bandOption(QStringLiteral("band"),
                                        QStringLiteral("Band solo: LO-HI in Hz (e.g. 4500-10000) or a band of the "
                                                       "balance view (sub_bass, bass, low_mids, mids, upper_mids, "
                                                       "highs, air)."),
                                        QStringLiteral("LO-HI"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Listen to the mid, the side or the mono fold-down "
                                                         "((L+R)/2; the mid is the same signal) on both outputs."),
                                          QStringLiteral("mid|side|mono"));
    const QCommandLineOption matchLufsOption(QStringLiteral("match-lufs"),
                                             QStringLiteral("Play at the gain that brings the played region to LUFS "
                                                            "(its loudness measured before playing)."),
                                             QStringLiteral("LUFS"));
    const QCommandLineOption matchIntegratedOption(QStringLiteral("match-integrated"),
                                                   QStringLiteral("Play at the gain that brings the integrated "
                                                                  "loudness (the stored analysis) to -23 LUFS "
                                                                  "(EBU R 128)."));
    const QCommandLineOption previewOption(QStringLiteral("preview"),
                                           QStringLiteral("Preview MOVE: on the stem a suggestion concerns, else on "
                                                          "the one --solo stem or the only file, else on the whole "
                                                          "output; loudness-matched to the sound without it."),
                                           QStringLiteral("MOVE"));
    const QCommandLineOption withoutOption(QStringLiteral("without"),
                                           QStringLiteral("With --preview: play without the move (matched the same "
                                                          "way), to compare."));
    const QCommandLineOption noMatchOption(QStringLiteral("no-preview-match"),
                                           QStringLiteral("With --preview: do not match the move's loudness."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text. With --list-devices it takes no value."),
        QStringLiteral("FILE"));
    parser.addOptions({listOption, hostOption, deviceOption, rateOption, bufferOption, startOption, secondsOption,
                       loopOption, soloOption, bandOption, listenOption, matchLufsOption, matchIntegratedOption,
                       previewOption, withoutOption, noMatchOption, jsonOption, databaseOption()});
    parser.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("Audio files or a session folder."),
                                 QStringLiteral("PATH..."));
    QStringList fixedArgs = args;
    if (fixedArgs.contains(QStringLiteral("--list-devices"))) {
        const qsizetype i = fixedArgs.indexOf(QStringLiteral("--json"));
        if (i >= 0 && (i + 1 >= fixedArgs.size() || fixedArgs[i + 1].startsWith(QLatin1Char('-'))))
            fixedArgs.insert(i + 1, QStringLiteral("-"));
    }
    if (const auto exit = parseCommand(parser, QStringLiteral("play"), fixedArgs))
        return *exit;
    const auto usage = [](const QString& message) {
        printError(QStringLiteral("play: ") + message);
        return ExitUsage;
    };

    if (parser.isSet(listOption)) {
        auto devices = core::PlaybackEngine::listDevices();
        if (!devices) {
            printError(QStringLiteral("play: %1").arg(QString::fromStdString(devices.error().message)));
            return ExitSomeFailed;
        }
        std::vector<core::OutputDeviceInfo> list;
        const QString host = parser.value(hostOption);
        for (const auto& d : devices.value())
            if (host.isEmpty() || QString::fromStdString(d.hostApi).contains(host, Qt::CaseInsensitive))
                list.push_back(d);
        if (parser.isSet(jsonOption))
            return writeOutput(parser.value(jsonOption), core::playbackDevicesJson(list)) ? ExitOk : ExitSomeFailed;
        printDevices(list);
        return ExitOk;
    }

    // Options.
    if (parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("name at least one file or folder (see 'stemwise play --help')"));
    core::PlaybackConfig config;
    config.hostApi = parser.value(hostOption).toStdString();
    config.device = parser.value(deviceOption).toStdString();
    bool ok = true;
    if (parser.isSet(rateOption)) {
        config.sampleRateHz = parser.value(rateOption).toDouble(&ok);
        if (!ok || config.sampleRateHz < 8000.0 || config.sampleRateHz > 768000.0)
            return usage(QStringLiteral("--rate takes a sample rate from 8000 to 768000 Hz"));
    }
    config.bufferFrames = parser.value(bufferOption).toInt(&ok);
    if (!ok || config.bufferFrames < 0 || config.bufferFrames > core::PlaybackEngine::kMaxCallbackFrames)
        return usage(QStringLiteral("--buffer takes 0 (host's choice) to %1 frames").arg(core::PlaybackEngine::kMaxCallbackFrames));
    const double startS = parser.isSet(startOption) ? parser.value(startOption).toDouble(&ok) : 0.0;
    if (!ok || !(startS >= 0.0))
        return usage(QStringLiteral("--start takes a position in seconds, 0 or more"));
    std::optional<double> seconds;
    if (parser.isSet(secondsOption)) {
        seconds = parser.value(secondsOption).toDouble(&ok);
        if (!ok || !(*seconds > 0.0) || *seconds > 86400.0)
            return usage(QStringLiteral("--seconds takes a duration from 0 to 86400 seconds"));
    }
    std::optional<std::pair<double, double>> band;
    if (parser.isSet(bandOption)) {
        band = parseBand(parser.value(bandOption));
        if (!band)
            return usage(QStringLiteral("--band takes LO-HI in Hz (such as 4500-10000) or a band name (sub_bass, "
                                        "bass, low_mids, mids, upper_mids, highs, air), not '%1'")
                             .arg(parser.value(bandOption)));
    }
    core::ListenMode listen = core::ListenMode::Stereo;
    if (parser.isSet(listenOption)) {
        const QString mode = parser.value(listenOption);
        if (mode == QLatin1String("mid"))
            listen = core::ListenMode::Mid;
        else if (mode == QLatin1String("side"))
            listen = core::ListenMode::Side;
        else if (mode == QLatin1String("mono"))
            listen = core::ListenMode::Mono;
        else
            return usage(QStringLiteral("--listen takes mid, side or mono, not '%1'").arg(mode));
    }
    if (parser.isSet(matchLufsOption) && parser.isSet(matchIntegratedOption))
        return usage(QStringLiteral("--match-lufs and --match-integrated exclude each other"));
    std::optional<double> matchLufs;
    if (parser.isSet(matchLufsOption)) {
        matchLufs = parser.value(matchLufsOption).toDouble(&ok);
        if (!ok || *matchLufs < -70.0 || *matchLufs > 0.0)
            return usage(QStringLiteral("--match-lufs takes a loudness from -70 to 0 LUFS"));
    }
    if ((parser.isSet(withoutOption) || parser.isSet(noMatchOption)) && !parser.isSet(previewOption))
        return usage(QStringLiteral("--without and --no-preview-match go with --preview"));

    // The files.
    std::vector<std::filesystem::path> paths;
    for (const QString& p : parser.positionalArguments())
        paths.emplace_back(p.toStdString());
    auto collected = core::collectAudioFiles(paths);
    for (const auto& e : collected.errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));
    if (collected.files.empty()) {
        printError(QStringLiteral("play: no audio file to play"));
        return ExitSomeFailed;
    }
    std::vector<core::PlaybackSource> sources;
    for (const auto& f : collected.files) {
        core::PlaybackSource s;
        s.path = f;
        s.name = core::trackNameFromPath(f);
        sources.push_back(std::move(s));
    }
    const auto sourceNamed = [&](const std::string& name) -> int {
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (sources[i].name == name)
                return static_cast<int>(i);
        return -1;
    };
    const auto names = [&] {
        QStringList list;
        for (const auto& s : sources)
            list << QString::fromStdString(s.name);
        return list.join(QStringLiteral(", "));
    };
    std::vector<int> soloed;
    for (const QString& name : parser.values(soloOption)) {
        const int i = sourceNamed(name.toStdString());
        if (i < 0)
            return usage(QStringLiteral("--solo %1: no such stem (stems: %2)").arg(name, names()));
        soloed.push_back(i);
    }

    // The move: a stored suggestion's uid or id, or parameter text.
    core::PlaybackRun run;
    std::optional<core::Move> move;
    int previewOn = -1;
    bool previewOnKnown = false;
    if (parser.isSet(previewOption)) {
        const std::string text = parser.value(previewOption).trimmed().toStdString();
        const bool looksLikeText = text.find_first_of("={:") != std::string::npos;
        if (looksLikeText) {
            auto parsed = core::parseMove(text);
            if (!parsed)
                return usage(QStringLiteral("--preview: %1").arg(QString::fromStdString(parsed.error().message)));
            move = parsed.value();
        } else {
            auto store = openDatabase(databasePathFrom(parser), QStringLiteral("play"));
            if (!store)
                return ExitSomeFailed;
            core::SuggestionRepository repository(store->db());
            std::optional<core::StoredSuggestion> stored = repository.byUid(text);
            if (!stored && !text.empty() && text.find_first_not_of("0123456789") == std::string::npos)
                stored = repository.byId(std::stoll(text));
            if (!stored) {
                printError(QStringLiteral("play: --preview %1: no suggestion with this uid or id, and no move "
                                          "parameters (key=value)")
                               .arg(QString::fromStdString(text)));
                return ExitUsage;
            }
            auto parsed = core::moveFromSuggestion(stored->suggestion);
            if (!parsed) {
                printError(QStringLiteral("play: suggestion %1 (%2): %3")
                               .arg(QString::fromStdString(text), QString::fromStdString(stored->suggestion.title),
                                    QString::fromStdString(parsed.error().message)));
                return ExitSomeFailed;
            }
            move = parsed.value();
            run.previewSuggestionUid = stored->uid;
            const auto& targets = stored->suggestion.target.tracks;
            if (stored->suggestion.target.kind != core::SuggestionTarget::Kind::Session && !targets.empty()) {
                previewOn = sourceNamed(targets.front());
                if (previewOn < 0) {
                    printError(QStringLiteral("play: suggestion %1 is for '%2', which is not among the files played (%3)")
                                   .arg(QString::fromStdString(text), QString::fromStdString(targets.front()), names()));
                    return ExitSomeFailed;
                }
                previewOnKnown = true;
            }
        }
        if (!previewOnKnown)
            previewOn = soloed.size() == 1 ? soloed.front() : sources.size() == 1 ? 0 : -1;
    }

    // Stored loudness for --match-integrated: the analysis (from the cache when unchanged).
    if (parser.isSet(matchIntegratedOption) && sources.size() == 1) {
        core::StoreTarget target;
        target.databasePath = databasePathFrom(parser);
        auto analysed = core::analyzeFilesStored({sources.front().path}, {}, target);
        if (!analysed.empty() && analysed.front().analysis.profile)
            sources.front().integratedLufs = analysed.front().analysis.profile->loudness.integratedLufs;
        else
            printError(QStringLiteral("play: %1: no integrated loudness (%2)")
                           .arg(QString::fromStdString(sources.front().path.string()),
                                analysed.empty() ? QStringLiteral("not analysed")
                                                 : QString::fromStdString(analysed.front().analysis.error)));
    }

    // Open and set up.
    core::PlaybackEngine engine;
    auto opened = engine.open(config, sources);
    if (!opened) {
        printError(QStringLiteral("play: %1").arg(QString::fromStdString(opened.error().message)));
        return ExitSomeFailed;
    }
    std::vector<std::string> messages;
    const auto collectMessages = [&] {
        for (const auto& m : engine.takeMessages()) {
            printError(QString::fromStdString(m.text));
            messages.push_back(m.text);
        }
    };
    collectMessages();
    const core::PlaybackStatus first = engine.status();
    const double duration = first.durationS;
    if (startS >= duration) {
        printError(QStringLiteral("play: --start %1 s is at or past the end (%2 s)").arg(startS).arg(duration, 0, 'f', 2));
        return ExitUsage;
    }
    const double endS = seconds ? std::min(duration, startS + *seconds) : duration;
    for (int i : soloed)
        engine.setSolo(i, true);
    if (band)
        engine.setBand(band);
    engine.setListenMode(listen);
    if (move) {
        auto set = engine.setPreview(previewOn, *move);
        if (!set) {
            printError(QStringLiteral("play: --preview: %1").arg(QString::fromStdString(set.error().message)));
            return ExitSomeFailed;
        }
        if (parser.isSet(withoutOption))
            engine.setPreviewEnabled(false);
        if (parser.isSet(noMatchOption))
            engine.setPreviewMatchDb(0.0);
    }
    if (parser.isSet(loopOption))
        engine.setLoop(startS, endS);
    else
        engine.setPlayEnd(endS);

    // Matching: the region as it will play (and the preview with and without) is measured on
    // the reader thread before playing; --match-integrated of a single file uses its stored
    // figure, of several stems their sum's loudness over the whole session (none is stored).
    const bool previewMatch = move && !parser.isSet(noMatchOption);
    const bool integratedOfSum = parser.isSet(matchIntegratedOption) && sources.size() > 1;
    if (matchLufs || previewMatch || integratedOfSum) {
        engine.measureRegion(integratedOfSum ? 0.0 : startS, integratedOfSum ? duration : endS);
        while (!engine.status().region && !g_interrupted.load() && engine.state() == core::EngineState::Open) {
            collectMessages();
            QThread::msleep(10);
        }
    }
    core::MatchSettings match;
    if (matchLufs || parser.isSet(matchIntegratedOption)) {
        match.enabled = true;
        match.targetLufs = matchLufs.value_or(-23.0);
        match.basis = matchLufs || integratedOfSum ? core::MatchSettings::Basis::Region
                                                   : core::MatchSettings::Basis::Integrated;
        engine.setMatching(match);
        for (int i = 0; i < 100 && engine.status().slotMatches.empty(); ++i)
            QThread::msleep(5);
    }

    // Play.
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    engine.seek(startS);
    engine.play();
    run.stopReason = "end";
    while (true) {
        collectMessages();
        const core::PlaybackStatus st = engine.status();
        if (st.state == core::EngineState::DeviceLost) {
            run.stopReason = "device_lost";
            break;
        }
        if (g_interrupted.load()) {
            run.stopReason = "interrupted";
            engine.pause();
            QThread::msleep(20);
            break;
        }
        if (st.finished)
            break;
        QThread::msleep(10);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    QThread::msleep(60);  // the reader thread's last meter figures
    collectMessages();

    // Report.
    run.status = engine.status();
    run.device = engine.device();
    run.sampleRateHz = run.status.sampleRateHz;
    run.bufferFrames = run.status.bufferFrames;
    run.startS = startS;
    run.endS = endS;
    run.loop = parser.isSet(loopOption);
    run.band = band;
    run.listen = listen;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        core::PlaybackRunSource s;
        s.path = sources[i].path.string();
        s.name = sources[i].name;
        s.played = engine.sourceOpen(static_cast<int>(i));
        s.soloed = std::find(soloed.begin(), soloed.end(), static_cast<int>(i)) != soloed.end();
        s.storedIntegratedLufs = sources[i].integratedLufs;
        if (s.played) {
            auto info = core::probeAudioFile(sources[i].path);
            if (info) {
                s.sampleRateHz = info.value().format.sampleRateHz;
                s.channels = info.value().format.channels;
                s.durationS = info.value().format.durationS();
                s.resampled = s.sampleRateHz != run.sampleRateHz;
            }
        } else {
            for (const auto& m : messages)
                if (m.rfind(sources[i].path.filename().string() + ":", 0) == 0)
                    s.error = m;
        }
        run.sources.push_back(std::move(s));
    }
    if (match.enabled) {
        run.matchMode = matchLufs ? "region" : "integrated";
        run.targetLufs = match.targetLufs;
        if (!run.status.slotMatches.empty()) {
            run.sourceLufs = run.status.slotMatches.front().loudnessLufs;
            run.gainDb = run.status.slotMatches.front().gainDb;
        }
        run.sourceLufsFrom = matchLufs ? "region" : integratedOfSum ? "measured" : "stored";
    }
    if (move) {
        run.previewText = move->text();
        run.previewKind = core::moveKindName(move->kind);
        run.previewDescription = move->describe();
        run.previewOn = previewOn < 0 ? "output" : sources[static_cast<std::size_t>(previewOn)].name;
        run.previewWith = !parser.isSet(withoutOption);
        run.previewMatched = previewMatch;
        if (run.status.region) {
            run.previewWithoutLufs = run.status.region->previewWithoutLufs;
            run.previewWithLufs = run.status.region->previewWithLufs;
        }
        run.previewMatchDb = run.status.previewMatchDb;
    }
    run.messages = messages;
    engine.close();

    if (parser.isSet(jsonOption)) {
        if (!writeOutput(parser.value(jsonOption), core::playbackRunJson(run)))
            return ExitSomeFailed;
    } else {
        printRun(run);
    }
    const bool allPlayed = collected.errors.empty()
                           && std::all_of(run.sources.begin(), run.sources.end(), [](const auto& s) { return s.played; });
    return run.stopReason == "device_lost" || !allPlayed || !messages.empty() ? ExitSomeFailed : ExitOk;
}

}  // namespace stemwise::app
