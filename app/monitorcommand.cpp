// stemwise monitor --list-devices [--json]
// stemwise monitor [--host-api NAME] --device NAME|INDEX [--channels 1,2] [--rate R] [--buffer N]
//                  --seconds S [--record FILE] [--json FILE|-] [--log]
// Meters a live input for S seconds (optionally recording it) and prints the final figures.
#include "commands.h"

#include "live/liveinput.h"
#include "report/monitorreport.h"
#include "util/strprintf.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <string>

namespace stemwise::app {

namespace {

void printDevices(const std::vector<core::AudioDeviceInfo>& devices)
{
    if (devices.empty())
        std::printf("No audio input devices.\n");
    for (const auto& d : devices)
        std::printf("%3d  %-40s %-28s %2d ch  %6.0f Hz%s\n", d.index, d.name.c_str(), d.hostApi.c_str(),
                    d.maxInputChannels, d.defaultSampleRateHz, d.isDefaultInput ? "  (default)" : "");
}

void printRun(const core::MonitorRun& run)
{
    const core::LiveMeterSnapshot& m = run.meters;
    std::printf("%s (%s), %.0f Hz, %.1f s metered\n", run.device.name.c_str(), run.device.hostApi.c_str(),
                run.sampleRateHz, m.sampleRateHz > 0 ? static_cast<double>(m.framesMetered) / m.sampleRateHz : 0.0);
    for (std::size_t c = 0; c < static_cast<std::size_t>(m.channels); ++c) {
        const auto& ch = m.channel[c];
        std::printf("  ch %d: peak %s, true peak %s, RMS %s%s\n", run.channels[c],
                    qPrintable(dbText(ch.peakMaxDbfs, "dBFS")), qPrintable(dbText(ch.truePeakMaxDbtp, "dBTP")),
                    qPrintable(dbText(ch.rmsDbfs, "dBFS")), ch.clipped ? "  CLIPPED" : "");
    }
    std::printf("  loudness: M %s, S %s, I %s, LRA %.1f LU\n", qPrintable(dbText(m.momentaryLufs, "LUFS")),
                qPrintable(dbText(m.shortTermLufs, "LUFS")), qPrintable(dbText(m.integratedLufs, "LUFS")),
                m.loudnessRangeLu);
    if (m.hasStereo)
        std::printf("  correlation %.2f, width %.2f\n", m.correlationTotal, m.widthTotal);
    std::printf("  overflowed frames %lld, input overflows %lld, latency max %.1f ms\n",
                static_cast<long long>(m.overflowFrames), static_cast<long long>(m.inputOverflows), m.latencyMaxMs);
    if (run.recording)
        std::printf("  recorded %s: %.2f s%s\n", run.recording->path.c_str(),
                    static_cast<double>(run.recording->frames) / run.sampleRateHz,
                    run.recording->complete ? "" : " (INCOMPLETE)");
    if (run.deviceLost)
        std::printf("  DEVICE LOST: %s\n", run.lostReason.c_str());
}

}  // namespace

int runMonitorCommand(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Meter a live audio input (PortAudio) and print the final figures: sample and true peak,\n"
        "RMS, EBU R128 loudness (momentary, short-term, integrated, range), correlation and width,\n"
        "band balance and spectrum. Optionally record the input to a 24-bit WAV or FLAC file.\n"
        "JSON output has the schema stemwise.monitor/1."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list-devices"), QStringLiteral("List the input devices."));
    const QCommandLineOption hostOption(QStringLiteral("host-api"),
                                        QStringLiteral("Only devices of the host API named like NAME (ALSA, JACK, …)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          QStringLiteral("The input device: its index, its name, or a part of its "
                                                         "name that only it has (default: the default input)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption channelsOption(QStringLiteral("channels"),
                                            QStringLiteral("The device channels to meter, 1-based (default 1,2)."),
                                            QStringLiteral("LIST"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Sample rate in Hz (default: the device's)."),
                                        QStringLiteral("R"));
    const QCommandLineOption bufferOption(QStringLiteral("buffer"),
                                          QStringLiteral("Frames per buffer (default 256; 0: the host's choice)."),
                                          QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to meter."),
                                           QStringLiteral("S"));
    const QCommandLineOption recordOption(QStringLiteral("record"),
                                          QStringLiteral("Record to FILE (.flac: FLAC, else WAV; 24-bit)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Write JSON to FILE ('-' = stdout) instead of text. With --list-devices it takes no value."),
        QStringLiteral("FILE"));
    const QCommandLineOption logOption(QStringLiteral("log"),
                                       QStringLiteral("Also give the loudness after every second."));
    parser.addOptions({listOption, hostOption, deviceOption, channelsOption, rateOption, bufferOption, secondsOption,
                       recordOption, jsonOption, logOption, forceOption()});

    // "--list-devices --json" has no value after --json: give it one.
    QStringList fixedArgs = args;
    if (fixedArgs.contains(QStringLiteral("--list-devices"))) {
        const qsizetype i = fixedArgs.indexOf(QStringLiteral("--json"));
        if (i >= 0 && (i + 1 >= fixedArgs.size() || fixedArgs[i + 1].startsWith(QLatin1Char('-'))))
            fixedArgs.insert(i + 1, QStringLiteral("-"));
    }
    if (const auto exit = parseCommand(parser, QStringLiteral("monitor"), fixedArgs))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("monitor: unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    if (parser.isSet(listOption)) {
        auto devices = core::LiveInput::listDevices();
        if (!devices) {
            printError(QStringLiteral("monitor: %1").arg(QString::fromStdString(devices.error().message)));
            return ExitSomeFailed;
        }
        std::vector<core::AudioDeviceInfo> list;
        const std::string host = parser.value(hostOption).toLower().toStdString();
        for (const auto& d : devices.value()) {
            std::string api = d.hostApi;
            for (auto& c : api)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (host.empty() || api.find(host) != std::string::npos)
                list.push_back(d);
        }
        if (parser.isSet(jsonOption))
            return writeOutput(parser.value(jsonOption), core::monitorDevicesJson(list)) ? ExitOk : ExitSomeFailed;
        printDevices(list);
        return ExitOk;
    }

    core::LiveInputConfig config;
    config.hostApi = parser.value(hostOption).toStdString();
    config.device = parser.value(deviceOption).toStdString();
    if (!parser.isSet(secondsOption)) {
        printError(QStringLiteral("monitor: say how long with --seconds S (see 'stemwise monitor --help')"));
        return ExitUsage;
    }
    bool ok = false;
    const double seconds = parser.value(secondsOption).toDouble(&ok);
    if (!ok || !(seconds > 0.0) || seconds > 86400.0) {
        printError(QStringLiteral("monitor: --seconds takes a duration from 0 to 86400 seconds"));
        return ExitUsage;
    }
    if (parser.isSet(channelsOption)) {
        for (const QString& part : parser.value(channelsOption).split(QLatin1Char(','))) {
            const int c = part.trimmed().toInt(&ok);
            if (!ok || c < 1 || c > 256) {
                printError(QStringLiteral("monitor: --channels takes 1-based channel numbers such as 1,2 (got '%1')")
                               .arg(parser.value(channelsOption)));
                return ExitUsage;
            }
            config.channels.push_back(c);
        }
        if (config.channels.size() > static_cast<std::size_t>(core::kMaxLiveChannels)) {
            printError(QStringLiteral("monitor: at most %1 channels").arg(core::kMaxLiveChannels));
            return ExitUsage;
        }
    }
    if (parser.isSet(rateOption)) {
        config.sampleRateHz = parser.value(rateOption).toDouble(&ok);
        if (!ok || !std::isfinite(config.sampleRateHz) || config.sampleRateHz < 8000.0 || config.sampleRateHz > 768000.0) {
            printError(QStringLiteral("monitor: --rate takes a sample rate from 8000 to 768000 Hz"));
            return ExitUsage;
        }
    }
    config.bufferFrames = parser.value(bufferOption).toInt(&ok);
    if (!ok || config.bufferFrames < 0 || config.bufferFrames > core::LiveInput::kMaxCallbackFrames) {
        printError(QStringLiteral("monitor: --buffer takes 0 (host's choice) to %1 frames")
                       .arg(core::LiveInput::kMaxCallbackFrames));
        return ExitUsage;
    }
    const QString recordPath = parser.value(recordOption);
    // A take never replaces a file unasked; nor does the JSON replace anything but a report.
    if (const auto exit = checkOutputTarget(QStringLiteral("monitor"), QStringLiteral("--record"), recordPath,
                                            OutputKind::Audio, {}, parser.isSet(QStringLiteral("force"))))
        return *exit;
    if (parser.isSet(jsonOption)) {
        if (const auto exit = checkOutputTarget(QStringLiteral("monitor"), QStringLiteral("--json"), parser.value(jsonOption),
                                                OutputKind::Json, {recordPath.toStdString()},
                                                parser.isSet(QStringLiteral("force"))))
            return *exit;
    }
    const bool json = parser.isSet(jsonOption);
    const bool withLog = parser.isSet(logOption);

    core::LiveInput input;
    auto started = input.start(config);
    if (!started) {
        printError(QStringLiteral("monitor: %1").arg(QString::fromStdString(started.error().message)));
        return ExitSomeFailed;
    }
    core::MonitorRun run;
    run.device = input.device();
    run.channels = config.channels.empty() ? (input.channels() >= 2 ? std::vector<int>{1, 2} : std::vector<int>{1})
                                           : config.channels;
    run.sampleRateHz = input.sampleRateHz();
    run.bufferFrames = input.bufferFrames();
    run.requestedS = seconds;
    run.withLog = withLog;
    if (!recordPath.isEmpty()) {
        const bool flac = recordPath.endsWith(QStringLiteral(".flac"), Qt::CaseInsensitive);
        auto rec = input.startRecording(recordPath.toStdString(), flac ? core::FileType::Flac : core::FileType::Wav);
        if (!rec) {
            printError(QStringLiteral("monitor: %1: %2").arg(recordPath, QString::fromStdString(rec.error().message)));
            return ExitSomeFailed;
        }
        run.recording = core::MonitorRecording{QFileInfo(recordPath).absoluteFilePath().toStdString(),
                                               flac ? "flac" : "wav", 0, true};
    }

    // Meter until `seconds` of audio have been metered (the audio clock, not the wall clock)
    // and, with --record, taken (the take starts a block or two after the metering), the
    // device is lost, or the audio stops arriving long enough for LiveInput to say so.
    const auto target = static_cast<std::int64_t>(std::llround(seconds * run.sampleRateHz));
    core::LiveMeterSnapshot snap;
    std::int64_t nextLogFrame = static_cast<std::int64_t>(run.sampleRateHz);
    while (true) {
        while (input.latest(snap)) {
            while (snap.framesMetered >= nextLogFrame && nextLogFrame <= target) {
                core::MonitorLogEntry e;
                e.timeS = static_cast<double>(nextLogFrame) / run.sampleRateHz;
                e.momentaryLufs = snap.momentaryLufs;
                e.shortTermLufs = snap.shortTermLufs;
                e.integratedLufs = snap.integratedLufs;
                for (int c = 0; c < snap.channels; ++c)
                    e.peakDbfs = std::max(e.peakDbfs, snap.channel[static_cast<std::size_t>(c)].peakDbfs);
                if (withLog) {
                    run.log.push_back(e);
                    if (!json)
                        std::printf("%6.1f s  M %s  S %s  I %s  peak %s\n", e.timeS,
                                    qPrintable(dbText(e.momentaryLufs, "LUFS")), qPrintable(dbText(e.shortTermLufs, "LUFS")),
                                    qPrintable(dbText(e.integratedLufs, "LUFS")), qPrintable(dbText(e.peakDbfs, "dBFS")));
                }
                nextLogFrame += static_cast<std::int64_t>(run.sampleRateHz);
            }
            run.meters = snap;
        }
        // A take that stops growing (a full disk) is not waited for past 2 s more of audio.
        const bool taken = !run.recording || run.meters.recordedFrames >= target
                           || run.meters.framesMetered >= target + static_cast<std::int64_t>(2.0 * run.sampleRateHz);
        if ((run.meters.framesMetered >= target && taken) || input.state() == core::LiveState::DeviceLost)
            break;
        QThread::msleep(10);
    }
    run.deviceLost = input.state() == core::LiveState::DeviceLost;
    run.lostReason = input.lostReason();
    int exitCode = run.deviceLost ? ExitSomeFailed : ExitOk;
    if (run.recording) {
        auto frames = input.stopRecording();
        if (frames) {
            run.recording->frames = frames.value();
        } else {
            run.recording->complete = false;
            printError(QStringLiteral("monitor: %1: %2")
                           .arg(recordPath, QString::fromStdString(frames.error().message)));
            exitCode = ExitSomeFailed;
        }
    }
    input.stop();
    if (run.deviceLost)
        printError(QStringLiteral("monitor: %1: %2 (the recording so far is kept)")
                       .arg(QString::fromStdString(run.device.name), QString::fromStdString(run.lostReason)));
    if (json) {
        if (!writeOutput(parser.value(jsonOption), core::monitorRunJson(run)))
            return ExitSomeFailed;
    } else {
        printRun(run);
    }
    return exitCode;
}

}  // namespace stemwise::app
