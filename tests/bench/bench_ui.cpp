// Responsiveness of the desktop workspace (not a test: it prints figures).
//  1. While a session is analysed from scratch (empty database), the longest gap between
//     the ticks of a 10 ms timer on the UI thread: how long the event loop ever stalls.
//  2. Reopening the same session, now stored: the time from openPaths() until every track
//     shows its figures (sessionFiguresShown), until the content hashes have confirmed them
//     (sessionLoaded), and the longest gap while it happens.
// Each window is shown and left to settle (first layout and paint) before measuring.
// The session: any folder of stems, e.g. the 24-stem one of `bench_session synthesize DIR`.
//
//   bench_ui DIR [--jobs N] [--db FILE [--reopen-only]] [--list-slow MS]
//   (--db: keep the database in FILE; --reopen-only: it has the session already, skip 1;
//   --list-slow: also print every event the UI thread spent over MS on, wall or CPU time.)
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise; the database is a
// temporary file, removed at the end.
#include "benchclock.h"
#include "mainwindow.h"
#include "tracktablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace stemwise;

namespace {

// Times every event the UI thread handles, in wall time and in the thread's CPU time, to
// tell a long gap spent working (an event with much CPU time) from one spent waiting for a
// core on a loaded machine (wall time without CPU time).
double threadCpuMs() { return 1e3 * stemwise::test::threadCpuS(); }

class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        const int type = event->type();
        const char* cls = receiver->metaObject()->className();
        const bool result = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu0;
        if (recording && cpuMs > longestCpuMs) {
            longestCpuMs = cpuMs;
            longestCpuReceiver = cls;
        }
        if (recording && ms > longestMs) {
            longestMs = ms;
            longestType = type;
            longestReceiver = cls;
        }
        if (recording && ms > 50.0)
            ++over50;
        if (recording && listOverMs > 0.0 && (ms > listOverMs || cpuMs > listOverMs))
            std::printf("  slow event: %.1f ms wall, %.1f ms CPU (type %d to a %s)\n", ms, cpuMs, type, cls);
        return result;
    }
    void reset()
    {
        longestMs = 0.0;
        longestCpuMs = 0.0;
        longestCpuReceiver.clear();
        longestType = 0;
        longestReceiver.clear();
        over50 = 0;
    }
    bool recording = false;
    double listOverMs = 0.0;  // --list-slow MS: print each event over MS (wall or CPU)
    double longestMs = 0.0;
    int longestType = 0;
    std::string longestReceiver;
    int over50 = 0;
    double longestCpuMs = 0.0;
    std::string longestCpuReceiver;
};

// Records the gaps between the ticks of a 10 ms timer.
class TickGaps {
public:
    TickGaps()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_gapsMs.push_back(static_cast<double>(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    [[nodiscard]] double maxMs() const { return m_gapsMs.empty() ? 0.0 : *std::max_element(m_gapsMs.begin(), m_gapsMs.end()); }
    [[nodiscard]] double percentileMs(double p) const
    {
        if (m_gapsMs.empty())
            return 0.0;
        auto sorted = m_gapsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1))];
    }
    [[nodiscard]] std::size_t over(double ms) const
    {
        return static_cast<std::size_t>(std::count_if(m_gapsMs.begin(), m_gapsMs.end(), [ms](double g) { return g > ms; }));
    }
    [[nodiscard]] std::size_t ticks() const { return m_gapsMs.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<double> m_gapsMs;
};

void settle()
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool waitFor(QSignalSpy& spy, int timeoutMs)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

void report(const char* what, const TickGaps& gaps, const TimedApplication& app)
{
    std::printf("%-34s longest gap %.1f ms, 99th percentile %.1f ms, %zu of %zu gaps over 50 ms\n", what,
                gaps.maxMs(), gaps.percentileMs(0.99), gaps.over(50.0), gaps.ticks());
    std::printf("%-34s longest single event %.1f ms wall (type %d to a %s); %d events over 50 ms wall\n", "",
                app.longestMs, app.longestType, app.longestReceiver.c_str(), app.over50);
    std::printf("%-34s most CPU time in one event %.1f ms (to a %s)\n", "", app.longestCpuMs,
                app.longestCpuReceiver.c_str());
}

}  // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_ui"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [--jobs N]   (DIR: a folder of stems, e.g. from bench_session synthesize)\n", argv[0]);
        return 2;
    }
    const QString session = QString::fromLocal8Bit(argv[1]);
    int jobs = 0;
    QString reuse;
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--jobs") == 0)
            jobs = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--db") == 0)
            reuse = QString::fromLocal8Bit(argv[i + 1]);
        if (std::strcmp(argv[i], "--list-slow") == 0)
            app.listOverMs = std::atof(argv[i + 1]);
    }
    {
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("analysis/jobs"), jobs);
    }
    QTemporaryDir dir;
    const QString database = reuse.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : reuse;

    TickGaps gaps;
    double analyseS = 0.0;
    int files = 0;
    bool reopenOnly = false;
    for (int i = 2; i < argc; ++i)
        reopenOnly = reopenOnly || std::strcmp(argv[i], "--reopen-only") == 0;
    if (!reopenOnly) {
        ui::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        window.configureDatabase(database);
        if (!waitFor(ready, 30000) || !ready.front().at(0).toBool()) {
            std::fprintf(stderr, "the database %s could not be opened\n", qPrintable(database));
            return 1;
        }
        settle();
        QSignalSpy loaded(&window, &ui::MainWindow::sessionLoaded);
        QElapsedTimer clock;
        app.reset();
        app.recording = true;
        gaps.start();
        clock.start();
        window.openPaths({session});
        if (!waitFor(loaded, 3600 * 1000))
            return 1;
        analyseS = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        gaps.stop();
        app.recording = false;
        files = loaded.front().at(0).toInt();
        if (files == 0 || loaded.front().at(1).toInt() != 0) {
            std::fprintf(stderr, "%d files analysed, %d failed\n", files, loaded.front().at(1).toInt());
            return 1;
        }
    }
    if (!reopenOnly) {
        std::printf("session                            %s: %d files\n", qPrintable(session), files);
        std::printf("analysis from scratch              %.2f s until every track shows its figures\n", analyseS);
        report("UI thread while analysing", gaps, app);
    }

    {
        ui::MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        window.configureDatabase(database);
        if (!waitFor(ready, 30000))
            return 1;
        settle();
        QSignalSpy shown(&window, &ui::MainWindow::sessionFiguresShown);
        QSignalSpy loaded(&window, &ui::MainWindow::sessionLoaded);
        QElapsedTimer clock;
        app.reset();
        app.recording = true;
        gaps.start();
        clock.start();
        window.openPaths({session});
        if (!waitFor(shown, 600 * 1000))
            return 1;
        const double cachedS = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        if (!waitFor(loaded, 600 * 1000))
            return 1;
        const double confirmedS = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        gaps.stop();
        app.recording = false;
        int cached = 0;
        for (int row = 0; row < window.trackModel()->rowCount(); ++row)
            cached += window.trackModel()->track(row)->fromCache ? 1 : 0;
        std::printf("reopening the stored session       %.3f s until every track shows its figures; %.2f s until the "
                    "hashes confirmed them (%d of %d from the cache)\n",
                    cachedS, confirmedS, cached, window.trackModel()->rowCount());
        report("UI thread while reopening", gaps, app);
    }
    return 0;
}
