// The local API's request latency (issue 20, point 4): an ApiServer in this process over the
// demo session (analysed through the API's own job first), asked by curl — one curl, N
// requests one after another, each timed by curl itself (%{time_total}: from the start of the
// request to the last byte of the answer). Printed: median, 95th and 99th percentile and the
// slowest, for GET status and GET suggestions, over one kept-alive connection and with a new
// connection for each request. Not a test: it prints figures.
// Usage: bench_api [N]   (default 1000)
#include "apiserver.h"
#include "apitoken.h"

#include "demo/demosession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace stemwise;

namespace {

QByteArray runCurl(const QStringList& args)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(STEMWISE_CURL), args);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "curl failed: %s\n", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

void measure(const char* label, const QString& url, const QByteArray& token, int n, bool newConnection)
{
    QStringList args{QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                     QStringLiteral("-w"), QStringLiteral("%{http_code} %{time_total}\n")};
    if (newConnection)
        args += {QStringLiteral("-H"), QStringLiteral("Connection: close")};
    for (int i = 0; i < n; ++i)
        args += {url, QStringLiteral("-o"), QStringLiteral("/dev/null")};
    const QList<QByteArray> lines = runCurl(args).trimmed().split('\n');
    std::vector<double> ms;
    int failed = 0;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.value(0) != "200")
            ++failed;
        else
            ms.push_back(f.value(1).toDouble() * 1000.0);
    }
    if (ms.empty()) {
        std::printf("%-44s no answer\n", label);
        return;
    }
    std::printf("%-44s n=%zu  median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%s\n", label, ms.size(),
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()),
                failed != 0 ? qPrintable(QStringLiteral("  (%1 not 200)").arg(failed)) : "");
    std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    QTemporaryDir dir;
    const QString stems = dir.filePath(QStringLiteral("stems"));
    if (!core::writeDemoSession(stems.toStdString())) {
        std::fprintf(stderr, "cannot write the demo session\n");
        return 1;
    }
    api::ApiConfig config;
    config.databasePath = dir.filePath(QStringLiteral("bench.sqlite")).toStdString();
    config.token = api::rotateToken(dir.filePath(QStringLiteral("api-token"))).token;
    config.roots = {stems};
    api::ApiServer server(config);
    if (const QString error = server.listen(QHostAddress(QHostAddress::LocalHost), 0); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The demo session analysed and stored through the API itself.
    const QString base = server.url();
    const QStringList auth{QStringLiteral("-s"), QStringLiteral("-H"),
                           QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(config.token)};
    (void)runCurl(auth + QStringList{QStringLiteral("--data-binary"),
                                     QStringLiteral("{\"path\": \"%1\"}").arg(stems), base + QStringLiteral("analyses")});
    QEventLoop wait;
    QObject::connect(&server, &api::ApiServer::jobEnded, &wait, &QEventLoop::quit);
    QTimer::singleShot(120000, &wait, &QEventLoop::quit);
    wait.exec();

    std::printf("stemwise API latency, curl %s against an in-process server (demo session, 5 tracks), %d requests each\n",
                qPrintable(QString::fromUtf8(runCurl({QStringLiteral("--version")}).split(' ').value(1))), n);
    measure("GET /status, one kept-alive connection", base + QStringLiteral("status"), config.token, n, false);
    measure("GET /sessions/1/suggestions, kept alive", base + QStringLiteral("sessions/1/suggestions"), config.token, n, false);
    measure("GET /status, a new connection each", base + QStringLiteral("status"), config.token, n, true);
    measure("GET /sessions/1/suggestions, new connection", base + QStringLiteral("sessions/1/suggestions"), config.token, n,
            true);
    return 0;
}
