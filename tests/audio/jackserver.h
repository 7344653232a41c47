#pragma once
// A private JACK server (dummy backend, no realtime) and the test suite's feeder client,
// for tests and benchmarks that run Stemwise's PortAudio input against a real audio
// server. Setting up a server exports JACK_DEFAULT_SERVER (the name it runs under, see start())
// and JACK_NO_START_SERVER=1 into this process's environment, so PortAudio (initialised
// later in this process) and the child processes talk to it and to nothing else.
// Children die with this process (PR_SET_PDEATHSIG), so a crashed test leaves no server.
// Needs STEMWISE_JACKFEEDER (the feeder's path) defined by the build.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
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
    /// server (as a user restarting their JACK server does), else under the first name of
    /// kNames that no running server has.
    ///
    /// Why a fixed set of names: JACK keeps its servers in a registry of 8 slots shared by
    /// every process of the machine (/dev/shm/jack-shm-registry), and a new server reclaims
    /// the slot of a dead one only when it has the same name. A server killed without its
    /// SIGTERM (its test crashed or timed out: PR_SET_PDEATHSIG) keeps its slot; with a name
    /// per process, eight such deaths filled the registry for good ("Too many servers already
    /// active") for every test on the machine. With these names, a dead server's slot is
    /// taken back by the next test that starts under its name.
    bool start(QString* error, bool sameName = false)
    {
        const QString jackd = QStandardPaths::findExecutable(QStringLiteral("jackd"));
        if (jackd.isEmpty()) {
            *error = QStringLiteral("jackd is not installed (scripts/install-deps.sh installs jackd2)");
            return false;
        }
        QStringList names;
        if (sameName && !m_name.isEmpty())
            names << m_name;
        else
            for (int k = 0; k < kNames; ++k)
                names << QStringLiteral("stemwise-test-%1").arg(k);
        ++m_runs;
        QString reasons;
        for (const QString& name : names) {
            switch (startAs(jackd, name, error)) {
            case Outcome::Running:
                m_name = name;
                return true;
            case Outcome::NameTaken:  // another process's server runs under it: the next one
                reasons += QStringLiteral("%1: %2\n").arg(name, *error);
                continue;
            case Outcome::Failed:
                return false;
            }
        }
        *error = QStringLiteral("no JACK server name free:\n") + reasons;
        return false;
    }

    /// Stops the server (SIGTERM: it tells its clients and leaves JACK's registry of
    /// servers clean — a SIGKILLed server keeps its slot until a server of its name starts;
    /// see start()).
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
        // Up to 30 s: under ThreadSanitizer, beside the other threaded tests on a loaded machine,
        // the (TSan-built) feeder was seen silent for the 10 s this waited before, and started
        // when run again. Waiting longer only delays a failure; it checks nothing less.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30000) {
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
    static constexpr int kNames = 8;  // JACK's registry holds 8 servers
    enum class Outcome { Running, NameTaken, Failed };

    Outcome startAs(const QString& jackd, const QString& name, QString* error)
    {
        stop();
        qputenv("JACK_DEFAULT_SERVER", name.toUtf8());
        qputenv("JACK_NO_START_SERVER", "1");
        const QString lsp = QStandardPaths::findExecutable(QStringLiteral("jack_lsp"));
        if (!lsp.isEmpty() && probe(lsp)) {  // a server of another process answers to it
            *error = QStringLiteral("a server runs under this name");
            return Outcome::NameTaken;
        }
        m_server = makeChild();
        // jackd talks (an xrun report per late cycle): into a file, never into a pipe that
        // nobody drains while a test waits, where it would block the server once full. The
        // file is this process's (another process may run a server under the same name).
        m_log = QDir(QDir::tempPath())
                    .filePath(QStringLiteral("stemwise-jackd-%1-%2-%3.log")
                                  .arg(QCoreApplication::applicationPid()).arg(m_runs).arg(name));
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
            return Outcome::Failed;
        }
        for (int i = 0; i < 600; ++i) {
            // jackd says "Failed to open server" and stays up, or exits, when the name is in
            // use by a live server (or the registry is full).
            const QString log = logTail();
            if (m_server->state() != QProcess::Running || log.contains(QStringLiteral("Failed to open server"))) {
                *error = QStringLiteral("jackd could not start: ") + log;
                stop();
                return log.contains(QStringLiteral("already")) || log.contains(QStringLiteral("Failed to open server"))
                           ? Outcome::NameTaken
                           : Outcome::Failed;
            }
            if (lsp.isEmpty()) {  // no probe at hand: jackd starts in about 0.3 s
                QThread::msleep(1000);
                return Outcome::Running;
            }
            // Ours answers, unless it failed meanwhile (another process started a server
            // under this name at the same moment and answers instead: the log says so).
            if (probe(lsp) && !logTail().contains(QStringLiteral("Failed to open server")))
                return Outcome::Running;
            QThread::msleep(50);
        }
        *error = QStringLiteral("jackd did not accept clients within 30 s: ") + logTail();
        return Outcome::Failed;
    }

    // Whether a server answers under JACK_DEFAULT_SERVER.
    static bool probe(const QString& lsp)
    {
        QProcess p;
        p.start(lsp, {});
        p.waitForFinished(5000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

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
    QString m_name;
    QString m_log;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_feeder;
    QByteArray m_feederLog;
};

}  // namespace stemwise::test
