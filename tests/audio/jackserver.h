#pragma once
// A private JACK server (dummy backend, no realtime) and the test suite's feeder client,
// for tests and benchmarks that run Stemwise's PortAudio input against a real audio
// server. Setting up a server exports JACK_DEFAULT_SERVER (a name unique to this process)
// and JACK_NO_START_SERVER=1 into this process's environment, so PortAudio (initialised
// later in this process) and the child processes talk to it and to nothing else.
// Children die with this process (PR_SET_PDEATHSIG), so a crashed test leaves no server.
// Needs STEMWISE_JACKFEEDER (the feeder's path) defined by the build.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QtGlobal>

#include <sys/prctl.h>

#include <csignal>
#include <memory>

namespace stemwise::test {

class JackServer {
public:
    explicit JackServer(int periodFrames = 256, int rateHz = 48000) : m_period(periodFrames), m_rate(rateHz) {}
    ~JackServer()
    {
        stopFeeder();
        stop();
    }
    JackServer(const JackServer&) = delete;
    JackServer& operator=(const JackServer&) = delete;

    /// Starts the server and waits (up to 30 s) until clients can connect. On failure
    /// returns false with the reason in `error`. `sameName`: under the name of the previous
    /// server (as a user restarting their JACK server does), else under a new one.
    bool start(QString* error, bool sameName = false)
    {
        const QString jackd = QStandardPaths::findExecutable(QStringLiteral("jackd"));
        if (jackd.isEmpty()) {
            *error = QStringLiteral("jackd is not installed (scripts/install-deps.sh installs jackd2)");
            return false;
        }
        if (!sameName || m_runs == 0)
            ++m_runs;
        const QString name = QStringLiteral("stemwise-%1-%2").arg(QCoreApplication::applicationPid()).arg(m_runs);
        qputenv("JACK_DEFAULT_SERVER", name.toUtf8());
        qputenv("JACK_NO_START_SERVER", "1");
        m_server = makeChild();
        // jackd talks (an xrun report per late cycle): into a file, never into a pipe that
        // nobody drains while a test waits, where it would block the server once full.
        m_log = QDir(QDir::tempPath()).filePath(name + QStringLiteral(".log"));
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(m_log);
        // -t: a client may be late by up to 5 s before the server drops it (default 500 ms),
        // so that a test on a heavily loaded machine is not cut off mid-run.
        // -S (synchronous): each cycle waits for every client to finish (up to that 5 s)
        // instead of playing whatever a late client left in its buffer. The dummy backend
        // has no hardware clock to keep, so a late cycle only delays the stream, and the
        // signal reaching Stemwise stays gapless on a loaded machine.
        m_server->start(jackd, {QStringLiteral("-S"), QStringLiteral("--no-realtime"), QStringLiteral("-t"), QStringLiteral("5000"),
                                QStringLiteral("-n"), name, QStringLiteral("-d"),
                                QStringLiteral("dummy"), QStringLiteral("-r"), QString::number(m_rate),
                                QStringLiteral("-p"), QString::number(m_period), QStringLiteral("-C"),
                                QStringLiteral("2"), QStringLiteral("-P"), QStringLiteral("2")});
        if (!m_server->waitForStarted(5000)) {
            *error = QStringLiteral("jackd did not start: ") + m_server->errorString();
            return false;
        }
        const QString lsp = QStandardPaths::findExecutable(QStringLiteral("jack_lsp"));
        for (int i = 0; i < 600; ++i) {
            if (m_server->state() != QProcess::Running) {
                *error = QStringLiteral("jackd exited: ") + logTail();
                return false;
            }
            if (lsp.isEmpty()) {  // no probe at hand: jackd starts in about 0.3 s
                QThread::msleep(1000);
                return true;
            }
            QProcess probe;
            probe.start(lsp, {});
            probe.waitForFinished(5000);
            if (probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
                return true;
            QThread::msleep(50);
        }
        *error = QStringLiteral("jackd did not accept clients within 30 s: ") + logTail();
        return false;
    }

    /// Stops the server (SIGTERM: it tells its clients and leaves JACK's registry of
    /// servers clean — a SIGKILLed server keeps one of its 8 slots until its PID is free,
    /// and on a busy machine PIDs are soon reused).
    void stop()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(10000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
        m_server.reset();
        if (!m_log.isEmpty())
            QFile::remove(m_log);
        m_log.clear();
    }

    /// (Re)starts the feeder with `args` (see jackfeeder.cpp); waits until it runs.
    bool startFeeder(const QStringList& args, QString* error)
    {
        stopFeeder();
        m_feeder = makeChild();
        m_feeder->setStandardOutputFile(QProcess::nullDevice());
        m_feeder->start(QStringLiteral(STEMWISE_JACKFEEDER), args);
        if (!m_feeder->waitForStarted(5000)) {
            *error = QStringLiteral("feeder did not start: ") + m_feeder->errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            m_feeder->waitForReadyRead(100);
            m_feederLog += m_feeder->readAllStandardError();
            if (m_feederLog.contains("running"))
                return true;
            if (m_feeder->state() != QProcess::Running)
                break;
        }
        *error = QStringLiteral("feeder failed: ") + QString::fromLocal8Bit(m_feederLog);
        return false;
    }

    void stopFeeder()
    {
        if (m_feeder && m_feeder->state() != QProcess::NotRunning) {
            m_feeder->terminate();
            if (!m_feeder->waitForFinished(3000)) {
                m_feeder->kill();
                m_feeder->waitForFinished(3000);
            }
        }
        m_feeder.reset();
        m_feederLog.clear();
    }

    [[nodiscard]] bool running() const { return m_server && m_server->state() == QProcess::Running; }

    /// How many times so far a client did not finish its cycle in time ("JackEngine::XRun"
    /// in the server's log). Such a cycle leaves a gap in the signal the feeder plays into
    /// Stemwise's input, a discontinuity a correct meter reads (e.g. an inter-sample over of
    /// +1.4 dB on a sine). Synchronous mode (see start()) makes it rare; a test measuring
    /// exact figures compares this count before and after its measurement and measures
    /// again when the signal was not clean. (The dummy driver's own lateness, "JackTimedDriver
    /// ::Process XRun", loses nothing and is not counted.)
    [[nodiscard]] int lateCycles() const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return static_cast<int>(f.readAll().count("JackEngine::XRun"));
    }

    /// Runs `measure` again (up to `attempts` times) while the server reports late cycles
    /// during it (see lateCycles()); true once a run was clean. `measure` keeps its own result.
    template <typename Measure>
    bool withoutLateCycles(Measure&& measure, int attempts = 5)
    {
        for (int attempt = 1; attempt <= attempts; ++attempt) {
            const int before = lateCycles();
            measure();
            const int late = lateCycles() - before;
            if (late == 0)
                return true;
            qInfo("attempt %d: the JACK server reported %d late cycle(s) during the measurement; measuring again",
                  attempt, late);
        }
        return false;
    }

private:
    QString logTail() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(2000)) : QString();
    }

    static std::unique_ptr<QProcess> makeChild()
    {
        auto p = std::make_unique<QProcess>();
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        return p;
    }

    int m_period;
    int m_rate;
    int m_runs = 0;
    QString m_log;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_feeder;
    QByteArray m_feederLog;
};

}  // namespace stemwise::test
