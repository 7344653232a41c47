// The local API (api/apiserver.h, docs/api.md): an ApiServer in this process on an ephemeral
// loopback port, over a real database and the demo session's stems, driven by curl and by a
// QWebSocket client; `stemwise serve` as the real binary. Every JSON answer is validated
// against the repository's schemas (tests/tools/validate_json.py).
#include "apiserver.h"
#include "apitoken.h"
#include "clirunner.h"

#include "demo/demosession.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <csignal>
#include <memory>

#include <sys/stat.h>

using namespace stemwise;
using namespace stemwise::test;

namespace {

struct Http {
    int exit = -1;    ///< curl's exit code (0: a response was read)
    int status = 0;   ///< the HTTP status
    QByteArray headers;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : headers.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
};

// Runs a process to its end while this thread's event loop keeps serving the API.
QByteArray runKeepingTheLoop(QProcess& p, const QString& program, const QStringList& args, int* exitCode,
                             const QByteArray& input = {})
{
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    *exitCode = p.state() == QProcess::NotRunning && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

Http curl(const QStringList& args)
{
    QTemporaryFile headers;
    (void)headers.open();
    QProcess p;
    Http h;
    const QByteArray out = runKeepingTheLoop(
        p, QStringLiteral(STEMWISE_CURL),
        QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"), QStringLiteral("-D"),
                    headers.fileName(), QStringLiteral("-w"), QStringLiteral("\n%{http_code}")}
            + args,
        &h.exit);
    const qsizetype nl = out.lastIndexOf('\n');
    h.body = out.left(nl);
    h.status = out.mid(nl + 1).toInt();
    h.headers = headers.readAll();
    return h;
}

// A WebSocket client of the event stream, keeping every event it was sent.
struct EventClient {
    QWebSocket socket;
    QList<QJsonObject> events;
    QList<QByteArray> raw;

    void open(quint16 port, const QByteArray& token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString& text) {
            raw.append(text.toUtf8());
            events.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/events").arg(port)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.open(request);
    }
    [[nodiscard]] int indexOf(const QString& event, int from = 0) const
    {
        for (int i = from; i < events.size(); ++i)
            if (events[i].value(QStringLiteral("event")).toString() == event)
                return i;
        return -1;
    }
};

// The validator's complaints about each of `documents` against resources/schemas/<schema>,
// in one run of it; empty when all are valid.
QString schemaViolationsOfAll(const QList<QByteArray>& documents, const char* schema)
{
    QTemporaryDir dir;
    QStringList args{QStringLiteral(STEMWISE_SOURCE_DIR "/tests/tools/validate_json.py"),
                     QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/") + QLatin1String(schema)};
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("document-%1.json").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(f.fileName());
        f.write(documents[i]);
        args.append(f.fileName());
    }
    QProcess p;
    p.start(QStringLiteral(STEMWISE_PYTHON), args);
    p.waitForFinished(60000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
}

// What the API logged (category stemwise.api), for the disconnect test.
QStringList g_apiLog;
QtMessageHandler g_previousHandler = nullptr;
void collectApiLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category != nullptr && qstrcmp(context.category, "stemwise.api") == 0)
        g_apiLog.append(QStringLiteral("%1 %2").arg(type == QtWarningMsg ? QStringLiteral("warning") : QStringLiteral("info"), message));
    g_previousHandler(type, context, message);
}

}  // namespace

class TestApi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tokenFileIsPrivateAndRotates();
    void refusesRequestsWithoutTheRightToken();
    void listensOnLoopbackOnly();
    void refusesAHostThatIsNotLoopback();
    void refusesOversizedBodiesBeforeReadingThem();
    void closesAConnectionThatSendsNothing();
    void refusesMalformedJson();
    void confinesAnalysisToTheRoots();
    void analysesAPathWithProgressOnTheStream();
    void answersTheStoredSessionsTracksAnalysesAndSuggestions();
    void ratesASuggestion();
    void announcesWhatTheDesktopAnalysed();
    void answersAHundredConcurrentClients();
    void tellsACleanCloseFromADroppedClient();
    void refusesWebSocketHandshakesWithoutTokenOrFromAnotherOrigin();
    void sendsCorsHeadersOnlyForTheConfiguredOrigin();
    void serveRunsHeadlessAndStopsOnSigterm();

private:
    [[nodiscard]] QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/api/v1/%2").arg(m_server->port()).arg(path);
    }
    [[nodiscard]] QStringList auth() const
    {
        return {QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(m_token)};
    }
    Http get(const QString& path) { return curl(auth() + QStringList{url(path)}); }
    Http post(const QString& path, const QByteArray& body)
    {
        return curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                         QStringLiteral("--data-binary"), QString::fromUtf8(body), url(path)});
    }

    QTemporaryDir m_dir;
    QString m_stems;
    QString m_outside;
    QString m_tokenFile;
    QByteArray m_token;
    std::unique_ptr<api::ApiServer> m_server;
    std::int64_t m_sessionId = 0;
};

void TestApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The token file and any default database go to the test's own folders.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    m_stems = m_dir.filePath(QStringLiteral("stems"));
    m_outside = m_dir.filePath(QStringLiteral("outside"));
    QVERIFY(core::writeDemoSession(m_stems.toStdString()));
    QVERIFY(QDir().mkpath(m_outside));
    QVERIFY(QFile::copy(m_stems + QStringLiteral("/Bass.wav"), m_outside + QStringLiteral("/Secret.wav")));
    m_tokenFile = api::tokenFilePath();
    QVERIFY(m_tokenFile.startsWith(m_dir.path()));
    const api::TokenResult token = api::loadOrCreateToken();
    QVERIFY2(!token.token.isEmpty(), qPrintable(token.error));
    QVERIFY(token.created);
    m_token = token.token;

    api::ApiConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("api.sqlite")).toStdString();
    config.token = m_token;
    config.roots = {m_stems};
    config.tokenFile = m_tokenFile;
    m_server = std::make_unique<api::ApiServer>(config);
    const QString error = m_server->listenOnLoopback(0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server->port() != 0);
    g_previousHandler = qInstallMessageHandler(collectApiLog);
}

void TestApi::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    m_server.reset();
}

void TestApi::tokenFileIsPrivateAndRotates()
{
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(m_tokenFile).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    QCOMPARE(::stat(QFile::encodeName(QFileInfo(m_tokenFile).absolutePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0700u);
    QCOMPARE(m_token.size(), 64);
    // Read again: the same token; a file widened by the user is narrowed back to 0600.
    QVERIFY(::chmod(QFile::encodeName(m_tokenFile).constData(), 0644) == 0);
    api::TokenResult again = api::loadOrCreateToken();
    QCOMPARE(again.token, m_token);
    QVERIFY(!again.created);
    QCOMPARE(::stat(QFile::encodeName(m_tokenFile).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    // Rotating elsewhere writes a new token of the same form.
    const QString other = m_dir.filePath(QStringLiteral("other/api-token"));
    const api::TokenResult first = api::loadOrCreateToken(other);
    const api::TokenResult rotated = api::rotateToken(other);
    QVERIFY(!first.token.isEmpty() && !rotated.token.isEmpty());
    QVERIFY(first.token != rotated.token);
    QCOMPARE(api::loadOrCreateToken(other).token, rotated.token);

    // A file that holds no token is an error, never replaced silently.
    QFile junk(other);
    QVERIFY(junk.open(QIODevice::WriteOnly | QIODevice::Truncate));
    junk.write("not a token\n");
    junk.close();
    const api::TokenResult bad = api::loadOrCreateToken(other);
    QVERIFY(bad.token.isEmpty());
    QVERIFY2(bad.error.contains(QStringLiteral("holds no API token")), qPrintable(bad.error));

    QVERIFY(api::tokensEqual(m_token, m_token));
    QByteArray lastDiffers = m_token;
    lastDiffers[63] = lastDiffers[63] == 'a' ? 'b' : 'a';
    QVERIFY(!api::tokensEqual(lastDiffers, m_token));
    QVERIFY(!api::tokensEqual(m_token.left(63), m_token));
    QVERIFY(!api::tokensEqual(m_token + m_token, m_token));  // a repetition is not a match
    QVERIFY(!api::tokensEqual({}, m_token));
}

void TestApi::refusesRequestsWithoutTheRightToken()
{
    Http none = curl({url(QStringLiteral("status"))});
    QCOMPARE(none.exit, 0);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.header("WWW-Authenticate"), QByteArray(R"(Bearer realm="stemwise")"));
    QCOMPARE(schemaViolations(none.body, "stemwise.api-1.schema.json"), QString());
    QVERIFY(none.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(m_tokenFile));

    QByteArray wrong = m_token;
    wrong[63] = wrong[63] == 'a' ? 'b' : 'a';
    for (const QString& header : {QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(wrong),
                                  QStringLiteral("Authorization: Bearer"),
                                  QStringLiteral("Authorization: Basic ") + QString::fromLatin1(m_token),
                                  QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(m_token.left(32))}) {
        const Http h = curl({QStringLiteral("-H"), header, url(QStringLiteral("sessions"))});
        QCOMPARE(h.status, 401);
        QVERIFY(!h.body.contains("sessions\""));
    }
    // Every route is behind the token, the unknown ones too (nothing tells what exists).
    QCOMPARE(curl({url(QStringLiteral("sessions/1/suggestions"))}).status, 401);
    QCOMPARE(curl({QStringLiteral("-X"), QStringLiteral("POST"), url(QStringLiteral("analyses"))}).status, 401);
    QCOMPARE(curl({url(QStringLiteral("no/such/thing"))}).status, 401);

    const Http ok = get(QStringLiteral("status"));
    QCOMPARE(ok.status, 200);
    QCOMPARE(schemaViolations(ok.body, "stemwise.api-1.schema.json"), QString());
    const QJsonObject status = ok.json();
    QCOMPARE(status.value(QStringLiteral("name")).toString(), QStringLiteral("Stemwise"));
    QCOMPARE(status.value(QStringLiteral("version")).toString(), QStringLiteral(STEMWISE_VERSION));
    QCOMPARE(status.value(QStringLiteral("mode")).toString(), QStringLiteral("headless"));
    QCOMPARE(ok.header("Cache-Control"), QByteArray("no-store"));
    QVERIFY(ok.header("Access-Control-Allow-Origin").isEmpty());
    QCOMPARE(get(QStringLiteral("no/such/thing")).status, 404);
    QCOMPARE(curl(auth() + QStringList{QStringLiteral("-X"), QStringLiteral("DELETE"), url(QStringLiteral("status"))}).status, 405);
}

void TestApi::listensOnLoopbackOnly()
{
    api::ApiConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("unused.sqlite")).toStdString();
    config.token = m_token;
    api::ApiServer other(config);
    QList<QHostAddress> refused{QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4),
                                QHostAddress(QHostAddress::AnyIPv6), QHostAddress(QStringLiteral("192.168.1.10")),
                                QHostAddress(QStringLiteral("10.0.0.1")), QHostAddress()};
    QList<QHostAddress> own;
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        if (!a.isLoopback()) {
            refused.append(a);
            own.append(a);
        }
    for (const QHostAddress& a : refused) {
        const QString error = other.listen(a, 0);
        QVERIFY2(error.contains(QStringLiteral("loopback only")), qPrintable(a.toString() + QStringLiteral(": ") + error));
    }
    QCOMPARE(other.port(), quint16(0));  // nothing was bound
    QVERIFY(api::ApiServer::isLoopback(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(api::ApiServer::isLoopback(QHostAddress(QStringLiteral("::1"))));

    // The running server is not reachable on this machine's other addresses.
    for (const QHostAddress& a : own) {
        if (a.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        const Http h = curl(auth() + QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("2"),
                                                 QStringLiteral("http://%1:%2/api/v1/status").arg(a.toString()).arg(m_server->port())});
        QCOMPARE(h.exit, 7);  // curl: could not connect
        QCOMPARE(h.status, 0);
    }
    // And through ::1 where the system has IPv6.
    if (QNetworkInterface::allAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6))) {
        const Http v6 = curl(auth() + QStringList{QStringLiteral("http://[::1]:%1/api/v1/status").arg(m_server->port())});
        QCOMPARE(v6.status, 200);
    }

    // `stemwise serve` refuses another interface before it listens.
    const auto run = runStemwise({QStringLiteral("serve"), QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                                  QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
                                  m_dir.filePath(QStringLiteral("unused.sqlite"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--host 0.0.0.0 refused: the API listens on loopback only"), run.err.constData());
}

void TestApi::refusesAHostThatIsNotLoopback()
{
    // A page whose DNS name was rebound to 127.0.0.1 still sends its own name.
    const Http h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Host: evil.example:80"), url(QStringLiteral("status"))});
    QCOMPARE(h.status, 403);
    QCOMPARE(h.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("bad_host"));
    const Http local = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Host: localhost"), url(QStringLiteral("status"))});
    QCOMPARE(local.status, 200);
}

void TestApi::refusesOversizedBodiesBeforeReadingThem()
{
    // 200 kB, sent at once: 413 with the API's error document, connection closed.
    QTemporaryFile big;
    QVERIFY(big.open());
    QByteArray json = "{\"path\": \"" + QByteArray(200 * 1024, 'x') + "\"}";
    big.write(json);
    big.flush();
    Http h = curl(auth() + QStringList{QStringLiteral("--data-binary"), QStringLiteral("@") + big.fileName(),
                                       url(QStringLiteral("analyses"))});
    QCOMPARE(h.exit, 0);
    QCOMPARE(h.status, 413);
    QCOMPARE(schemaViolations(h.body, "stemwise.api-1.schema.json"), QString());
    QCOMPARE(h.header("Connection"), QByteArray("close"));

    // 4 MB: curl asks "Expect: 100-continue" and gets the 413 before sending the body.
    QTemporaryFile huge;
    QVERIFY(huge.open());
    huge.write(QByteArray(4 * 1024 * 1024, 'x'));
    huge.flush();
    h = curl(auth() + QStringList{QStringLiteral("--data-binary"), QStringLiteral("@") + huge.fileName(),
                                  url(QStringLiteral("suggestions/1/ratings"))});
    QCOMPARE(h.exit, 0);
    QCOMPARE(h.status, 413);

    // A body of unknown length (chunked) is refused too: 411.
    h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                                  QStringLiteral("--data-binary"), QStringLiteral("@") + big.fileName(),
                                  url(QStringLiteral("analyses"))});
    QCOMPARE(h.status, 411);
    // A head of 20 kB: 431.
    h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("X-Padding: ") + QString(20 * 1024, QLatin1Char('p')),
                                  url(QStringLiteral("status"))});
    QCOMPARE(h.status, 431);
    // The server goes on serving.
    QCOMPARE(get(QStringLiteral("status")).status, 200);
}

void TestApi::closesAConnectionThatSendsNothing()
{
    api::ApiConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("api.sqlite")).toStdString();
    config.token = m_token;
    config.limits.idleTimeoutMs = 300;
    api::ApiServer quick(config);
    QCOMPARE(quick.listen(QHostAddress(QHostAddress::LocalHost), 0), QString());
    // A head dribbled in and never finished (slowloris): closed once it stays silent.
    QTcpSocket slow;
    QSignalSpy closed(&slow, &QTcpSocket::disconnected);
    slow.connectToHost(QHostAddress(QHostAddress::LocalHost), quick.port());
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QVERIFY(slow.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QVERIFY(slow.readAll().isEmpty());  // nothing was answered
    // The same request finished in time is answered.
    QTcpSocket prompt;
    prompt.connectToHost(QHostAddress(QHostAddress::LocalHost), quick.port());
    QVERIFY(prompt.waitForConnected(5000));
    prompt.write("GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(prompt.bytesAvailable() > 0 && prompt.peek(64).startsWith("HTTP/1.1 200"), 5000);
}

void TestApi::refusesMalformedJson()
{
    Http h = post(QStringLiteral("analyses"), "{\"path\": ");
    QCOMPARE(h.status, 400);
    QCOMPARE(h.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("malformed_json"));
    QCOMPARE(schemaViolations(h.body, "stemwise.api-1.schema.json"), QString());
    QCOMPARE(post(QStringLiteral("analyses"), "[1, 2]").status, 400);
    QCOMPARE(post(QStringLiteral("analyses"), "{\"path\": 12}").status, 400);
    QCOMPARE(post(QStringLiteral("analyses"), "{\"path\": \"/x\", \"recursive\": \"yes\"}").status, 400);
    QCOMPARE(post(QStringLiteral("suggestions/1/ratings"), "{rating: useful}").status, 400);
    QCOMPARE(post(QStringLiteral("suggestions/1/ratings"), "{\"rating\": \"great\"}").status, 400);
}

void TestApi::confinesAnalysisToTheRoots()
{
    const QByteArray stems = m_stems.toUtf8();
    QVERIFY(QFile::link(m_outside, m_stems + QStringLiteral("/link-out")));
    const QList<QByteArray> refused{stems + "/../outside", stems + "/../outside/Secret.wav", m_outside.toUtf8(),
                                    stems + "/link-out", stems + "/link-out/Secret.wav", "/etc/passwd", "stems",
                                    stems + "-sibling", "/"};
    for (const QByteArray& path : refused) {
        const Http h = post(QStringLiteral("analyses"), "{\"path\": \"" + path + "\"}");
        QVERIFY2(h.status == 403, path + ": " + QByteArray::number(h.status) + " " + h.body);
        QCOMPARE(h.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("path_not_allowed"));
    }
    QCOMPARE(post(QStringLiteral("analyses"), "{\"path\": \"" + stems + "/Missing.wav\"}").status, 404);
    QVERIFY(QFile::remove(m_stems + QStringLiteral("/link-out")));
    QCOMPARE(get(QStringLiteral("jobs")).json().value(QStringLiteral("jobs")).toArray().size(), 0);  // nothing started
}

void TestApi::analysesAPathWithProgressOnTheStream()
{
    EventClient events;
    events.open(m_server->port(), m_token);
    QTRY_COMPARE_WITH_TIMEOUT(events.indexOf(QStringLiteral("hello")), 0, 5000);

    const Http started = post(QStringLiteral("analyses"), "{\"path\": \"" + m_stems.toUtf8() + "\"}");
    QCOMPARE(started.status, 202);
    const qint64 job = started.json().value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(started.header("Location"), QStringLiteral("/api/v1/jobs/%1").arg(job).toUtf8());

    QTRY_VERIFY_WITH_TIMEOUT(events.indexOf(QStringLiteral("suggestions.updated")) >= 0, 30000);
    const int queued = events.indexOf(QStringLiteral("job.queued"));
    const int done = events.indexOf(QStringLiteral("analysis.done"));
    QVERIFY(queued > 0 && done > queued);
    // Progress for each of the five stems, in order, before the end.
    QList<int> progress;
    for (int i = events.indexOf(QStringLiteral("job.progress")); i >= 0 && i < done;
         i = events.indexOf(QStringLiteral("job.progress"), i + 1))
        progress.append(events.events[i].value(QStringLiteral("files_done")).toInt());
    QCOMPARE(progress.last(), 5);
    QVERIFY(progress.size() >= 5);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    const QJsonObject finished = events.events[done].value(QStringLiteral("job")).toObject();
    QCOMPARE(finished.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(finished.value(QStringLiteral("files_analysed")).toInt(), 5);
    QCOMPARE(finished.value(QStringLiteral("errors")).toArray().size(), 0);
    m_sessionId = finished.value(QStringLiteral("session_ids")).toArray().at(0).toInteger();
    QVERIFY(m_sessionId > 0);
    const QJsonObject updated = events.events[events.indexOf(QStringLiteral("suggestions.updated"))];
    QCOMPARE(updated.value(QStringLiteral("session_id")).toInteger(), m_sessionId);
    QVERIFY(updated.value(QStringLiteral("count")).toInt() > 0);
    // One of each kind of event against the schema, with the job's answer.
    QList<QByteArray> documents{started.body};
    for (const QString& kind : {QStringLiteral("hello"), QStringLiteral("job.queued"), QStringLiteral("job.started"),
                                QStringLiteral("job.progress"), QStringLiteral("analysis.done"),
                                QStringLiteral("suggestions.updated")}) {
        const int i = events.indexOf(kind);
        QVERIFY2(i >= 0, qPrintable(kind));
        documents.append(events.raw[i]);
    }
    QCOMPARE(schemaViolationsOfAll(documents, "stemwise.api-1.schema.json"), QString());
    const Http jobNow = get(QStringLiteral("jobs/%1").arg(job));
    QCOMPARE(jobNow.json().value(QStringLiteral("job")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("done"));
    events.socket.close();
    QTRY_COMPARE(m_server->eventClientCount(), 0);
}

void TestApi::answersTheStoredSessionsTracksAnalysesAndSuggestions()
{
    QVERIFY(m_sessionId > 0);
    const Http sessions = get(QStringLiteral("sessions"));
    QCOMPARE(sessions.status, 200);
    const QJsonObject session = sessions.json().value(QStringLiteral("sessions")).toArray().at(0).toObject();
    QCOMPARE(session.value(QStringLiteral("id")).toInteger(), m_sessionId);
    QCOMPARE(session.value(QStringLiteral("folder")).toString(), QFileInfo(m_stems).canonicalFilePath());
    QCOMPARE(session.value(QStringLiteral("track_count")).toInt(), 5);

    const Http tracks = get(QStringLiteral("sessions/%1/tracks").arg(m_sessionId));
    QCOMPARE(tracks.status, 200);
    QCOMPARE(schemaViolationsOfAll({sessions.body, tracks.body}, "stemwise.api-1.schema.json"), QString());
    QStringList names;
    qint64 bassId = 0;
    for (const auto& t : tracks.json().value(QStringLiteral("tracks")).toArray()) {
        names.append(t.toObject().value(QStringLiteral("name")).toString());
        if (names.last() == QLatin1String("Bass.wav"))
            bassId = t.toObject().value(QStringLiteral("id")).toInteger();
    }
    names.sort();
    QStringList files = QDir(m_stems).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
    QCOMPARE(names, files);

    // The track's analysis: the document `stemwise analyze` writes, for that one track.
    const Http analysis = get(QStringLiteral("tracks/%1/analysis").arg(bassId));
    QCOMPARE(analysis.status, 200);
    const QJsonArray analysed = analysis.json().value(QStringLiteral("tracks")).toArray();
    QCOMPARE(analysed.size(), 1);
    QCOMPARE(analysed.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Bass"));
    // The same figures as the command line's own analysis of the file.
    const auto cli = runStemwise({QStringLiteral("analyze"), QStringLiteral("--no-store"), QStringLiteral("--brief"),
                                  m_stems + QStringLiteral("/Bass.wav")});
    QCOMPARE(cli.exitCode, 0);
    const QJsonObject cliTrack = QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("tracks")).toArray().at(0).toObject();
    const QJsonObject apiTrack = analysed.at(0).toObject();
    QCOMPARE(apiTrack.value(QStringLiteral("loudness")).toObject().value(QStringLiteral("integrated_lufs")).toDouble(),
             cliTrack.value(QStringLiteral("loudness")).toObject().value(QStringLiteral("integrated_lufs")).toDouble());
    QVERIFY(cliTrack.value(QStringLiteral("loudness")).toObject().value(QStringLiteral("integrated_lufs")).isDouble());
    const Http brief = get(QStringLiteral("sessions/%1/analysis?brief=true").arg(m_sessionId));
    QCOMPARE(brief.status, 200);
    QCOMPARE(schemaViolationsOfAll({analysis.body, brief.body}, "stemwise.analysis-1.schema.json"), QString());
    QCOMPARE(brief.json().value(QStringLiteral("tracks")).toArray().size(), 5);
    QVERIFY(brief.body.size() < analysis.body.size() * 5);

    const Http suggestions = get(QStringLiteral("sessions/%1/suggestions?genre=pop").arg(m_sessionId));
    QCOMPARE(suggestions.status, 200);
    QCOMPARE(schemaViolations(suggestions.body, "stemwise.suggestions-1.schema.json"), QString());
    QCOMPARE(suggestions.json().value(QStringLiteral("context")).toObject().value(QStringLiteral("genre")).toString(),
             QStringLiteral("pop"));
    QCOMPARE(get(QStringLiteral("sessions/%1/suggestions?genre=polka-metal").arg(m_sessionId)).status, 400);
    QCOMPARE(get(QStringLiteral("sessions/%1/suggestions?bpm=9000").arg(m_sessionId)).status, 400);
    QCOMPARE(get(QStringLiteral("sessions/999/tracks")).status, 404);
    QCOMPARE(get(QStringLiteral("tracks/999/analysis")).status, 404);
    QCOMPARE(get(QStringLiteral("sessions/x/tracks")).status, 404);
}

void TestApi::ratesASuggestion()
{
    QVERIFY(m_sessionId > 0);
    const QJsonObject doc = get(QStringLiteral("sessions/%1/suggestions").arg(m_sessionId)).json();
    qint64 id = 0;
    // The first suggestion with a stored id, wherever it is in the document.
    std::function<void(const QJsonValue&)> find = [&](const QJsonValue& v) {
        if (id != 0)
            return;
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("rule")) && o.value(QStringLiteral("id")).isDouble()) {
                id = o.value(QStringLiteral("id")).toInteger();
                return;
            }
            for (const auto& child : o)
                find(child);
        } else if (v.isArray()) {
            for (const auto& child : v.toArray())
                find(child);
        }
    };
    find(doc);
    QVERIFY(id > 0);
    EventClient events;
    events.open(m_server->port(), m_token);
    QTRY_COMPARE_WITH_TIMEOUT(events.indexOf(QStringLiteral("hello")), 0, 5000);
    const Http rated = post(QStringLiteral("suggestions/%1/ratings").arg(id), "{\"rating\": \"useful\"}");
    QCOMPARE(rated.status, 200);
    QCOMPARE(schemaViolations(rated.body, "stemwise.api-1.schema.json"), QString());
    const QJsonObject r = rated.json();
    QCOMPARE(r.value(QStringLiteral("rating")).toString(), QStringLiteral("useful"));
    QCOMPARE(r.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("id")).toInteger(), id);
    const QJsonObject confidence = r.value(QStringLiteral("confidence")).toObject();
    QVERIFY(confidence.value(QStringLiteral("after")).toDouble() > confidence.value(QStringLiteral("before")).toDouble());
    QCOMPARE(r.value(QStringLiteral("session_id")).toInteger(), m_sessionId);
    QTRY_VERIFY_WITH_TIMEOUT(events.indexOf(QStringLiteral("suggestions.updated")) > 0, 10000);
    const int added = events.indexOf(QStringLiteral("rating.added"));
    QVERIFY(added > 0);
    QCOMPARE(schemaViolations(events.raw[added], "stemwise.api-1.schema.json"), QString());
    QCOMPARE(post(QStringLiteral("suggestions/999999/ratings"), "{\"rating\": \"useful\"}").status, 404);
    events.socket.close();
    QTRY_COMPARE(m_server->eventClientCount(), 0);
}

void TestApi::announcesWhatTheDesktopAnalysed()
{
    QVERIFY(m_sessionId > 0);
    EventClient events;
    events.open(m_server->port(), m_token);
    QTRY_COMPARE_WITH_TIMEOUT(events.indexOf(QStringLiteral("hello")), 0, 5000);
    // The desktop app analysed the stems folder (and a folder that is no stored session).
    m_server->announceAnalysed({m_stems, m_outside}, QStringLiteral("desktop"));
    QTRY_VERIFY_WITH_TIMEOUT(events.indexOf(QStringLiteral("suggestions.updated")) > 0, 10000);
    const int analysed = events.indexOf(QStringLiteral("session.analysed"));
    QVERIFY(analysed > 0);
    QCOMPARE(events.events[analysed].value(QStringLiteral("session_id")).toInteger(), m_sessionId);
    QCOMPARE(events.events[analysed].value(QStringLiteral("source")).toString(), QStringLiteral("desktop"));
    QCOMPARE(events.indexOf(QStringLiteral("session.analysed"), analysed + 1), -1);  // the other folder is no session
    QCOMPARE(schemaViolationsOfAll({events.raw[analysed], events.raw[events.indexOf(QStringLiteral("suggestions.updated"))]},
                                   "stemwise.api-1.schema.json"),
             QString());
    events.socket.close();
    QTRY_COMPARE(m_server->eventClientCount(), 0);
}

void TestApi::answersAHundredConcurrentClients()
{
    // One curl, 100 transfers started at once, each on its own connection.
    QStringList args = auth() + QStringList{QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
                                            QStringLiteral("--parallel-max"), QStringLiteral("100"),
                                            QStringLiteral("-w"), QStringLiteral("%{http_code} %{size_download}\n")};
    for (int i = 0; i < 100; ++i)
        args += {url(i % 2 == 0 ? QStringLiteral("status") : QStringLiteral("sessions")), QStringLiteral("-o"),
                 QStringLiteral("/dev/null")};
    QProcess p;
    int exit = -1;
    const QByteArray out = runKeepingTheLoop(p, QStringLiteral(STEMWISE_CURL), QStringList{QStringLiteral("-sS")} + args, &exit);
    QCOMPARE(exit, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 100);
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        QCOMPARE(fields.value(0), QByteArray("200"));
        QVERIFY(fields.value(1).toInt() > 100);  // a whole document each
    }
    qInfo("most connections open at once: %d", m_server->peakConnections());
    QVERIFY(m_server->peakConnections() >= 50);
}

void TestApi::tellsACleanCloseFromADroppedClient()
{
    g_apiLog.clear();
    QSignalSpy left(m_server.get(), &api::ApiServer::eventClientLeft);
    {
        EventClient polite;
        polite.open(m_server->port(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(polite.indexOf(QStringLiteral("hello")), 0, 5000);
        polite.socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye"));
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
    }
    QCOMPARE(left.at(0).at(0).toBool(), true);
    QVERIFY2(left.at(0).at(1).toString().contains(QStringLiteral("closed cleanly (code 1000, bye)")),
             qPrintable(left.at(0).at(1).toString()));
    {
        EventClient dropped;
        dropped.open(m_server->port(), m_token);
        QTRY_COMPARE_WITH_TIMEOUT(dropped.indexOf(QStringLiteral("hello")), 0, 5000);
        dropped.socket.abort();  // mid-stream, no closing handshake: as a client that crashed
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 2, 5000);
    }
    QCOMPARE(left.at(1).at(0).toBool(), false);
    QVERIFY2(left.at(1).at(1).toString().contains(QStringLiteral("without a closing handshake")),
             qPrintable(left.at(1).at(1).toString()));
    // Both logged, the drop as a warning.
    bool cleanLogged = false;
    bool errorLogged = false;
    for (const QString& line : std::as_const(g_apiLog)) {
        cleanLogged = cleanLogged || (line.startsWith(QStringLiteral("info event client")) && line.contains(QStringLiteral("closed cleanly")));
        errorLogged = errorLogged || (line.startsWith(QStringLiteral("warning event client")) && line.contains(QStringLiteral("without a closing handshake")));
    }
    QVERIFY2(cleanLogged && errorLogged, qPrintable(g_apiLog.join(QLatin1Char('\n'))));
    QCOMPARE(m_server->eventClientCount(), 0);
}

void TestApi::refusesWebSocketHandshakesWithoutTokenOrFromAnotherOrigin()
{
    QSignalSpy joined(m_server.get(), &api::ApiServer::eventClientJoined);
    EventClient anonymous;
    QSignalSpy closed(&anonymous.socket, &QWebSocket::disconnected);
    anonymous.open(m_server->port(), {});
    QTRY_VERIFY_WITH_TIMEOUT(closed.size() > 0 || anonymous.socket.state() == QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(anonymous.events.isEmpty());

    const QStringList handshake{QStringLiteral("-H"), QStringLiteral("Connection: Upgrade"), QStringLiteral("-H"),
                                QStringLiteral("Upgrade: websocket"), QStringLiteral("-H"),
                                QStringLiteral("Sec-WebSocket-Version: 13"), QStringLiteral("-H"),
                                QStringLiteral("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==")};
    Http h = curl(handshake + QStringList{url(QStringLiteral("events"))});
    QCOMPARE(h.status, 401);
    h = curl(auth() + handshake + QStringList{QStringLiteral("-H"), QStringLiteral("Origin: http://evil.example"),
                                              url(QStringLiteral("events"))});
    QCOMPARE(h.status, 403);
    QCOMPARE(h.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("origin_not_allowed"));
    QCOMPARE(curl(auth() + handshake + QStringList{url(QStringLiteral("status"))}).status, 404);
    QCOMPARE(joined.size(), 0);
    // Plain GET of the stream's address: it is a WebSocket.
    QCOMPARE(get(QStringLiteral("events")).status, 426);
}

void TestApi::sendsCorsHeadersOnlyForTheConfiguredOrigin()
{
    // Without a configured origin: no CORS header at all, preflights refused.
    Http h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Origin: http://localhost:3000"), url(QStringLiteral("status"))});
    QCOMPARE(h.status, 200);
    QVERIFY(!h.headers.toLower().contains("access-control-"));
    h = curl({QStringLiteral("-X"), QStringLiteral("OPTIONS"), QStringLiteral("-H"), QStringLiteral("Origin: http://localhost:3000"),
              QStringLiteral("-H"), QStringLiteral("Access-Control-Request-Method: GET"), url(QStringLiteral("status"))});
    QCOMPARE(h.status, 403);
    QVERIFY(!h.headers.toLower().contains("access-control-"));

    api::ApiConfig config;
    config.databasePath = m_dir.filePath(QStringLiteral("api.sqlite")).toStdString();
    config.token = m_token;
    config.allowedOrigin = QStringLiteral("http://localhost:3000");
    api::ApiServer withOrigin(config);
    QCOMPARE(withOrigin.listen(QHostAddress(QHostAddress::LocalHost), 0), QString());
    const QString status = QStringLiteral("http://127.0.0.1:%1/api/v1/status").arg(withOrigin.port());
    h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Origin: http://localhost:3000"), status});
    QCOMPARE(h.status, 200);
    QCOMPARE(h.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QCOMPARE(h.header("Vary"), QByteArray("Origin"));
    QVERIFY(!h.headers.contains("Access-Control-Allow-Origin: *"));
    h = curl(auth() + QStringList{QStringLiteral("-H"), QStringLiteral("Origin: http://evil.example"), status});
    QCOMPARE(h.status, 200);
    QVERIFY(!h.headers.toLower().contains("access-control-"));
    h = curl({QStringLiteral("-X"), QStringLiteral("OPTIONS"), QStringLiteral("-H"), QStringLiteral("Origin: http://localhost:3000"),
              QStringLiteral("-H"), QStringLiteral("Access-Control-Request-Method: GET"), status});
    QCOMPARE(h.status, 204);
    QCOMPARE(h.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
    QVERIFY(h.header("Access-Control-Allow-Headers").contains("Authorization"));
    // An unauthenticated request from the allowed origin is still refused (401, with CORS so
    // the page can read why).
    h = curl({QStringLiteral("-H"), QStringLiteral("Origin: http://localhost:3000"), status});
    QCOMPARE(h.status, 401);
    QCOMPARE(h.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:3000"));
}

void TestApi::serveRunsHeadlessAndStopsOnSigterm()
{
    const QString db = m_dir.filePath(QStringLiteral("serve.sqlite"));
    const QString config = m_dir.filePath(QStringLiteral("serve-config"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    const QString tokenFile = config + QStringLiteral("/stemwise/api-token");

    auto start = [&](QProcess& p, const QStringList& extra) -> QString {
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STEMWISE_EXECUTABLE),
                QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db}
                    + extra);
        if (!p.waitForStarted())
            return {};
        QByteArray out;
        while (!out.contains("Stop with Ctrl-C.") && p.waitForReadyRead(20000))
            out += p.readAllStandardOutput();
        const qsizetype at = out.indexOf("http://127.0.0.1:");
        return at < 0 ? QString() : QString::fromUtf8(out.mid(at, out.indexOf('\n', at) - at));
    };
    auto stop = [](QProcess& p) {
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        const bool finished = p.waitForFinished(20000);
        if (!finished)
            p.kill();
        return finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };

    QProcess first;
    const QString base = start(first, {});
    QVERIFY2(base.endsWith(QStringLiteral("/api/v1/")), qPrintable(base));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray token = f.readAll().trimmed();
    f.close();
    Http h = curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                   base + QStringLiteral("status")});
    QCOMPARE(h.status, 200);
    QCOMPARE(h.json().value(QStringLiteral("mode")).toString(), QStringLiteral("headless"));
    QCOMPARE(stop(first), 0);
    QVERIFY(first.readAllStandardOutput().contains("Stopped."));

    // --rotate-token: the old token stops working.
    QProcess second;
    const QString base2 = start(second, {QStringLiteral("--rotate-token")});
    QVERIFY(!base2.isEmpty());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray rotated = f.readAll().trimmed();
    QVERIFY(rotated != token && rotated.size() == 64);
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token),
                   base2 + QStringLiteral("status")}).status, 401);
    QCOMPARE(curl({QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(rotated),
                   base2 + QStringLiteral("status")}).status, 200);
    QCOMPARE(stop(second), 0);
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
