#pragma once
// A private JACK server (dummy backend, no realtime) and the test suite's feeder client,
// for tests and benchmarks that run Stemwise's PortAudio input against a real audio
// server. Setting up a server exports JACK_DEFAULT_SERVER (a name unique to this process)
// and JACK_NO_START_SERVER=1 into this process's environment, so PortAudio (initialised
// later in this process) and the child processes talk to it and to nothing else.
// Children die with this process (PR_SET_PDEATHSIG), so a crashed test leaves no server.
// Needs STEMWISE_JACKFEEDER (the feeder's path) defined by the build.

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QThread>

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

    /// Starts the server and waits (up to 10 s) until clients can connect. On failure
    /// returns false with the reason in `error`.
    bool start(QString* error)
    {
        const QString jackd = QStandardPaths::findExecutable(QStringLiteral("jackd"));
        if (jackd.isEmpty()) {
            *error = QStringLiteral("jackd is not installed (scripts/install-deps.sh installs jackd2)");
            return false;
        }
        const QString name = QStringLiteral("stemwise-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_runs);
        qputenv("JACK_DEFAULT_SERVER", name.toUtf8());
        qputenv("JACK_NO_START_SERVER", "1");
        m_server = makeChild();
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->start(jackd, {QStringLiteral("--no-realtime"), QStringLiteral("-n"), name, QStringLiteral("-d"),
                                QStringLiteral("dummy"), QStringLiteral("-r"), QString::number(m_rate),
                                QStringLiteral("-p"), QString::number(m_period), QStringLiteral("-C"),
                                QStringLiteral("2"), QStringLiteral("-P"), QStringLiteral("2")});
        if (!m_server->waitForStarted(5000)) {
            *error = QStringLiteral("jackd did not start: ") + m_server->errorString();
            return false;
        }
        const QString lsp = QStandardPaths::findExecutable(QStringLiteral("jack_lsp"));
        for (int i = 0; i < 200; ++i) {
            if (m_server->state() != QProcess::Running) {
                *error = QStringLiteral("jackd exited: ") + QString::fromLocal8Bit(m_server->readAll());
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
        *error = QStringLiteral("jackd did not accept clients within 10 s");
        return false;
    }

    /// Kills the server at once (SIGKILL): the "audio server gone" case.
    void kill()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }

    void stop()
    {
        if (m_server && m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(5000))
                kill();
        }
        m_server.reset();
    }

    /// (Re)starts the feeder with `args` (see jackfeeder.cpp); waits until it runs.
    bool startFeeder(const QStringList& args, QString* error)
    {
        stopFeeder();
        m_feeder = makeChild();
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

private:
    static std::unique_ptr<QProcess> makeChild()
    {
        auto p = std::make_unique<QProcess>();
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        return p;
    }

    int m_period;
    int m_rate;
    int m_runs = 0;
    std::unique_ptr<QProcess> m_server;
    std::unique_ptr<QProcess> m_feeder;
    QByteArray m_feederLog;
};

}  // namespace stemwise::test
