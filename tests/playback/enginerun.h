#pragma once
// What the end-to-end tests of the playback engine share (tst_playbackengine: transport,
// mixing, matching, A/B, loops; tst_playbackpreview: previews, band solo, listen modes): the
// engine opened on a private JACK server's outputs, played, and what it played recorded by
// stemwise_jackcapture (playbackcapture.h).

#include "playback/playbackengine.h"
#include "jackserver.h"
#include "playbackcapture.h"
#include "testsignals.h"

#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stemwise::test {

inline constexpr double kEngineRate = 48000.0;
inline constexpr int kEngineBuffer = 256;

inline core::PlaybackConfig jackConfig()
{
    core::PlaybackConfig c;
    c.hostApi = "JACK";
    c.device = "system";
    c.sampleRateHz = kEngineRate;
    c.bufferFrames = kEngineBuffer;
    return c;
}

inline core::PlaybackSource src(const QString& path, const char* name = "", int slot = 0,
                                std::optional<double> lufs = std::nullopt)
{
    core::PlaybackSource s;
    s.path = path.toStdString();
    s.name = name;
    s.slot = slot;
    s.integratedLufs = lufs;
    return s;
}

inline std::string write(const QString& path, const Planar& channels, double rate = kEngineRate)
{
    return writeAudio(path.toStdString(), channels, core::FileType::Wav, core::SampleEncoding::Float32, rate);
}

/// The file as the engine plays it: stereo float frames (a mono file on both channels).
inline Stereo asPlayed(const Planar& channels)
{
    Stereo s;
    const std::size_t n = channels.front().size();
    s.samples.resize(2 * n);
    for (std::size_t i = 0; i < n; ++i) {
        s.samples[2 * i] = channels[0][i];
        s.samples[2 * i + 1] = channels.size() > 1 ? channels[1][i] : channels[0][i];
    }
    return s;
}

/// Tones one after another, each `stepS` long: what a stepped-sine measurement plays.
inline Planar steppedTones(const std::vector<std::pair<double, double>>& tones, double stepS)
{
    const auto step = static_cast<std::size_t>(stepS * kEngineRate);
    std::vector<float> x;
    for (const auto& [f, amplitude] : tones) {
        const auto t = sine(f, amplitude, kEngineRate, step);
        x.insert(x.end(), t.begin(), t.end());
    }
    return {x, x};
}

/// One play of the engine as the capture client heard it.
struct EngineRun {
    Stereo capture;
    std::size_t onset = 0;
    core::PlaybackStatus status;
    std::vector<core::PlaybackMessage> messages;
};

/// A private JACK server and a scratch folder; plays sources through the engine and records
/// what reaches the server.
class EngineBench {
public:
    /// capture()'s default: the run ends with the material, within 12 s.
    static constexpr double kUntilTheEnd = -1.0;

    using Setup = std::function<void(core::PlaybackEngine&)>;
    using During = std::function<void(core::PlaybackEngine&, double)>;

    bool start(QString* error) { return m_server.start(error) && m_dir.isValid(); }
    JackServer& server() { return m_server; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString path(const char* name) const { return path(QString::fromLatin1(name)); }

    /// Opens `sources`, calls `setup`, plays, calls `during` every 10 ms with the seconds since
    /// play() until the material ends (or, given a `maxS`, until the transport stops or `maxS`
    /// passes: the caller ends such a run itself), and returns what the capture recorded. Again while the JACK server reports late cycles during the run (a gap the
    /// non-realtime capture client missed is not Stemwise's).
    bool capture(const std::vector<core::PlaybackSource>& sources, EngineRun& run, const Setup& setup = {},
                 const During& during = {}, double maxS = kUntilTheEnd)
    {
        bool ok = false;
        const bool clean = m_server.withoutLateCycles([&] { ok = captureOnce(sources, run, setup, during, maxS); });
        if (!ok)
            return false;
        if (!clean)
            qWarning("the JACK server reported late cycles in every attempt");
        return clean;
    }

private:
    bool captureOnce(const std::vector<core::PlaybackSource>& sources, EngineRun& run, const Setup& setup,
                     const During& during, double maxS)
    {
        run = EngineRun{};
        JackCapture cap;
        QString error;
        const QString raw = path("capture.f32");
        if (!cap.start(raw, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        core::PlaybackEngine engine;
        auto opened = engine.open(jackConfig(), sources);
        if (!opened) {
            qWarning("%s", opened.error().message.c_str());
            return false;
        }
        if (!cap.waitConnected(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        if (setup)
            setup(engine);
        QThread::msleep(100);  // the commands and the first position's data are in
        engine.play();
        QElapsedTimer timer;
        timer.start();
        // The end of the run: the material finished, or the transport stopped or paused after
        // it had been seen playing (the output callback publishes it when it takes the play
        // command; a fixed 500 ms grace for that ended runs before they began when the stream
        // ran late on a loaded machine, and they captured only silence).
        bool seenPlaying = false;
        const bool untilTheEnd = maxS < 0.0;
        const double limitS = untilTheEnd ? 12.0 : maxS;
        while (timer.elapsed() < limitS * 1000.0) {
            const core::PlaybackStatus st = engine.status();
            if (st.transport == core::Transport::Playing)
                seenPlaying = true;
            if (st.finished || (seenPlaying && st.transport != core::Transport::Playing))
                break;
            if (during)
                during(engine, static_cast<double>(timer.elapsed()) / 1000.0);
            QThread::msleep(10);
        }
        QThread::msleep(100);
        run.status = engine.status();
        run.messages = engine.takeMessages();
        engine.close();
        run.capture = cap.stopAndRead();
        run.onset = onsetFrame(run.capture);
        if (run.onset == run.capture.frames()) {
            qWarning("nothing was captured (%zu frames of silence); %s", run.capture.frames(), qPrintable(cap.report()));
            return false;
        }
        // The tests index the capture from the onset over what was played: a run that was to
        // end with the material but was cut off after 12 s (a stream far slower than real
        // time), or a capture short of what the engine played, fails here, with the reason,
        // instead of reading past the capture's end (seen: a SIGSEGV in
        // soloAndMuteChooseWhatIsHeard on a machine loaded 6 times over). A run given its own
        // maxS ends however its caller ends it.
        if (untilTheEnd && !run.status.finished && run.status.transport == core::Transport::Playing) {
            qWarning("still playing after %.1f s (at %.3f s of the timeline): the material did not end", limitS,
                     run.status.positionS);
            return false;
        }
        if (run.capture.frames() < run.onset + static_cast<std::size_t>(run.status.framesPlayed)) {
            qWarning("the capture holds %zu frames from its onset, the engine played %lld; %s",
                     run.capture.frames() - run.onset, static_cast<long long>(run.status.framesPlayed),
                     qPrintable(cap.report()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    JackServer m_server;
};

}  // namespace stemwise::test
