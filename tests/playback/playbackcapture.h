#pragma once
// What the playback tests and the playback benchmark share: the capturing JACK client
// (jackcapture.cpp) as a child process, reading what it recorded, and the measurements made
// on a capture (onset, RMS, loudness, frequency). Needs STEMWISE_JACKCAPTURE (the capture
// client's path) defined by the build, and a JACK server (jackserver.h) running.

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QThread>

#include <ebur128.h>
#include <sys/prctl.h>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <memory>
#include <numbers>
#include <optional>
#include <vector>

namespace stemwise::test {

/// Interleaved stereo float frames.
struct Stereo {
    std::vector<float> samples;
    [[nodiscard]] std::size_t frames() const { return samples.size() / 2; }
    [[nodiscard]] float l(std::size_t i) const { return samples[2 * i]; }
    [[nodiscard]] float r(std::size_t i) const { return samples[2 * i + 1]; }
};

class JackCapture {
public:
    JackCapture() = default;
    ~JackCapture() { stop(); }
    JackCapture(const JackCapture&) = delete;
    JackCapture& operator=(const JackCapture&) = delete;

    /// Starts recording into `path` whatever Stemwise's outputs play from the moment they are
    /// connected; waits until the client runs (not until it is connected: see waitConnected()).
    bool start(const QString& path, QString* error)
    {
        stop();
        m_log.clear();
        m_ended.clear();
        m_path = path;
        m_process = std::make_unique<QProcess>();
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->start(QStringLiteral(STEMWISE_JACKCAPTURE), {QStringLiteral("--output"), path});
        if (!m_process->waitForStarted(5000)) {
            *error = QStringLiteral("capture did not start: ") + m_process->errorString();
            return false;
        }
        return waitFor("running", 10000, error);
    }

    /// Waits until both inputs are connected to Stemwise's outputs (open the engine first).
    bool waitConnected(QString* error) { return waitFor("connected", 10000, error); }

    /// Ends the recording (the client writes what it holds and exits) and reads it.
    Stereo stopAndRead()
    {
        stop();
        Stereo out;
        QFile f(m_path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QByteArray bytes = f.readAll();
        out.samples.resize(static_cast<std::size_t>(bytes.size()) / sizeof(float) / 2 * 2);
        std::memcpy(out.samples.data(), bytes.constData(), out.samples.size() * sizeof(float));
        return out;
    }

    void stop()
    {
        if (m_process) {
            if (m_process->state() != QProcess::NotRunning) {
                m_process->terminate();
                if (!m_process->waitForFinished(5000)) {
                    m_process->kill();
                    m_process->waitForFinished(3000);
                }
            }
            m_log += m_process->readAllStandardError();
            m_ended = m_process->exitStatus() == QProcess::CrashExit
                          ? QStringLiteral("crashed")
                          : QStringLiteral("exit code %1").arg(m_process->exitCode());
        }
        m_process.reset();
    }

    /// How the last client ended and what it said on stderr (after stop()/stopAndRead()):
    /// why a capture is empty, e.g. the client died mid-run.
    [[nodiscard]] QString report() const
    {
        return QStringLiteral("capture client: %1; its stderr: %2").arg(m_ended, QString::fromLocal8Bit(m_log));
    }

private:
    bool waitFor(const char* word, int timeoutMs, QString* error)
    {
        for (int waited = 0; waited < timeoutMs; waited += 20) {
            m_process->waitForReadyRead(20);
            m_log += m_process->readAllStandardError();
            if (m_log.contains(word))
                return true;
            if (m_process->state() != QProcess::Running)
                break;
        }
        *error = QStringLiteral("capture: no '%1': ").arg(QLatin1String(word)) + QString::fromLocal8Bit(m_log);
        return false;
    }

    QString m_path;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QString m_ended;
};

/// The first frame with a sample that is not zero (frames() if none).
inline std::size_t onsetFrame(const Stereo& s, float threshold = 0.0f)
{
    for (std::size_t i = 0; i < s.frames(); ++i)
        if (std::fabs(s.l(i)) > threshold || std::fabs(s.r(i)) > threshold)
            return i;
    return s.frames();
}

/// RMS in dB of channel `c` over frames [from, to).
inline double rmsDb(const Stereo& s, int c, std::size_t from, std::size_t to)
{
    double sum = 0.0;
    for (std::size_t i = from; i < to; ++i) {
        const double v = s.samples[2 * i + static_cast<std::size_t>(c)];
        sum += v * v;
    }
    return 10.0 * std::log10(sum / static_cast<double>(std::max<std::size_t>(1, to - from)) + 1e-30);
}

/// Integrated loudness (BS.1770-4) of frames [from, to).
inline std::optional<double> integratedLufs(const Stereo& s, double rateHz, std::size_t from, std::size_t to)
{
    ebur128_state* st = ebur128_init(2, static_cast<unsigned long>(rateHz), EBUR128_MODE_I);
    if (st == nullptr)
        return std::nullopt;
    ebur128_add_frames_float(st, s.samples.data() + 2 * from, to - from);
    double lufs = 0.0;
    const bool ok = ebur128_loudness_global(st, &lufs) == EBUR128_SUCCESS && std::isfinite(lufs);
    ebur128_destroy(&st);
    return ok ? std::optional<double>(lufs) : std::nullopt;
}

/// The frequency of the sine on channel `c` in [from, to): the phase slope of the signal
/// against a reference at `guessHz` (least squares over 50 ms blocks), which resolves far
/// finer than an FFT bin.
inline double sineFrequencyHz(const Stereo& s, int c, std::size_t from, std::size_t to, double rateHz, double guessHz)
{
    const std::size_t block = static_cast<std::size_t>(0.05 * rateHz);
    std::vector<double> t;
    std::vector<double> phase;
    double unwrap = 0.0;
    double last = 0.0;
    bool first = true;
    for (std::size_t b = from; b + block <= to; b += block) {
        double re = 0.0;
        double im = 0.0;
        for (std::size_t i = b; i < b + block; ++i) {
            const double w = 2.0 * std::numbers::pi * guessHz * static_cast<double>(i) / rateHz;
            const double v = s.samples[2 * i + static_cast<std::size_t>(c)];
            re += v * std::cos(w);
            im -= v * std::sin(w);
        }
        double p = std::atan2(im, re);
        if (!first) {
            while (p + unwrap - last > std::numbers::pi)
                unwrap -= 2.0 * std::numbers::pi;
            while (p + unwrap - last < -std::numbers::pi)
                unwrap += 2.0 * std::numbers::pi;
        }
        first = false;
        last = p + unwrap;
        t.push_back(static_cast<double>(b) / rateHz);
        phase.push_back(last);
    }
    const auto n = static_cast<double>(t.size());
    double st = 0.0, sp = 0.0, stt = 0.0, stp = 0.0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        st += t[i];
        sp += phase[i];
        stt += t[i] * t[i];
        stp += t[i] * phase[i];
    }
    const double slope = (n * stp - st * sp) / (n * stt - st * st);  // rad/s off the guess
    return guessHz + slope / (2.0 * std::numbers::pi);
}

}  // namespace stemwise::test
