#include "apiserver.h"

#include "apiservice.h"
#include "pathpolicy.h"
#include "apitoken.h"

#include "suggest/knowledgebase.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <map>

namespace stemwise::api {

Q_LOGGING_CATEGORY(lcApi, "stemwise.api", QtInfoMsg)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr qint64 kSlowClientBytes = 1024 * 1024;  ///< an event client this far behind is dropped

QString nowIso() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QByteArray headerOf(const QHttpServerRequest& request, QByteArrayView name)
{
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool isUpgrade(const QHttpServerRequest& request)
{
    return headerOf(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

// Whether the Host header names this machine's loopback ("127.0.0.1:PORT", "[::1]:PORT",
// "localhost:PORT").
bool isLoopbackHost(QByteArray host)
{
    host = host.trimmed().toLower();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        return ApiServer::isLoopback(QHostAddress(QString::fromLatin1(host.mid(1, close - 1))));
    }
    const qsizetype colon = host.lastIndexOf(':');
    if (colon >= 0)
        host = host.left(colon);
    if (host == "localhost")
        return true;
    return ApiServer::isLoopback(QHostAddress(QString::fromLatin1(host)));
}

std::optional<qint64> idOf(const QString& segment)
{
    bool ok = false;
    const qint64 id = segment.toLongLong(&ok);
    if (!ok || id <= 0 || segment.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return id;
}

// Keeps a connection's answers in the order of its requests: an answer that comes back from
// a worker early waits for the ones before it.
class ResponseQueue : public QObject {
public:
    explicit ResponseQueue(QTcpSocket* socket) : QObject(socket), m_socket(socket) {}
    quint64 reserve() { return m_next++; }
    void fulfil(quint64 ticket, QByteArray bytes, bool closeAfter)
    {
        m_ready.emplace(ticket, std::make_pair(std::move(bytes), closeAfter));
        while (!m_ready.empty() && m_ready.begin()->first == m_written) {
            auto [bytesOut, close] = std::move(m_ready.begin()->second);
            m_ready.erase(m_ready.begin());
            ++m_written;
            m_socket->write(bytesOut);
            if (close) {
                m_socket->disconnectFromHost();
                return;
            }
        }
    }

private:
    QTcpSocket* m_socket;
    quint64 m_next = 0;
    quint64 m_written = 0;
    std::map<quint64, std::pair<QByteArray, bool>> m_ready;
};

ResponseQueue* queueOf(QTcpSocket* socket)
{
    // Not findChild(): ResponseQueue has no meta-object of its own to tell it from the
    // socket's other children.
    for (QObject* child : socket->children())
        if (auto* q = dynamic_cast<ResponseQueue*>(child))
            return q;
    return new ResponseQueue(socket);
}

QByteArray eventDocument(const QString& name, QJsonObject fields)
{
    fields.insert(QStringLiteral("schema"), QStringLiteral("stemwise.api-event/1"));
    fields.insert(QStringLiteral("event"), name);
    fields.insert(QStringLiteral("time"), nowIso());
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

struct Job {
    qint64 id = 0;
    QString path;
    bool recursive = false;
    QString state = QStringLiteral("queued");  ///< queued, running, done, failed, cancelled
    std::size_t done = 0;
    std::size_t total = 0;
    std::size_t analysed = 0;
    QJsonArray errors;
    QJsonArray sessionIds;
    QString createdAt;
    QString finishedAt;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);

    [[nodiscard]] QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("path"), path},
                {QStringLiteral("recursive"), recursive},
                {QStringLiteral("state"), state},
                {QStringLiteral("files_done"), static_cast<qint64>(done)},
                {QStringLiteral("files_total"), static_cast<qint64>(total)},
                {QStringLiteral("files_analysed"), static_cast<qint64>(analysed)},
                {QStringLiteral("errors"), errors},
                {QStringLiteral("session_ids"), sessionIds},
                {QStringLiteral("created_at"), createdAt},
                {QStringLiteral("finished_at"), finishedAt.isEmpty() ? QJsonValue() : QJsonValue(finishedAt)},
                {QStringLiteral("url"), QStringLiteral("/api/v1/jobs/%1").arg(id)}};
    }
};

}  // namespace

// Why a request may not go on (status 0: it may), checked before anything else.
struct Refusal {
    int status = 0;
    QString code;
    QString message;
    Headers headers;
};

namespace {

// One request's way back: its connection, its place in the connection's order, and what
// every answer to it carries (CORS for the configured origin, Connection: close).
struct Call {
    QPointer<QTcpSocket> socket;
    QPointer<ResponseQueue> queue;
    quint64 ticket = 0;
    bool close = false;
    Headers cors;
};

}  // namespace

class ApiServer::Front : public QAbstractHttpServer {
public:
    explicit Front(ApiServer* owner) : QAbstractHttpServer(owner), m_owner(owner) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        return m_owner->handleRequest(request, socket);
    }
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        m_owner->refuseUpgrade(request, socket);
    }

private:
    ApiServer* m_owner;
};

struct ApiServer::Private {
    ApiServer* q = nullptr;
    ApiConfig config;
    Front* front = nullptr;
    QList<GuardedTcpServer*> listeners;
    QThreadPool dbPool;
    QThreadPool jobPool;
    std::unique_ptr<ApiService> service;  ///< used on dbPool's one thread only
    QList<QWebSocket*> clients;
    std::map<qint64, Job> jobs;
    qint64 nextJob = 1;
    QDateTime startedAt = QDateTime::currentDateTimeUtc();
    int open = 0;
    int peak = 0;
    bool closed = false;

    void answer(const Call& call, int status, const QByteArray& body, const Headers& extra = {}) const
    {
        if (!call.socket || !call.queue)
            return;  // the client went away meanwhile
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        Headers headers{{"Content-Type", "application/json"},
                        {"Content-Length", QByteArray::number(body.size())},
                        {"Cache-Control", "no-store"},
                        {"X-Content-Type-Options", "nosniff"},
                        {"Connection", call.close ? "close" : "keep-alive"}};
        headers += call.cors;
        headers += extra;
        for (const auto& [key, value] : headers)
            out += key + ": " + value + "\r\n";
        out += "\r\n" + body;
        call.queue->fulfil(call.ticket, out, call.close);
    }

    void answerError(const Call& call, int status, const QString& code, const QString& message,
                     const Headers& extra = {}) const
    {
        answer(call, status, errorDocument(status, code, message), extra);
    }

    void broadcast(const QString& name, const QJsonObject& fields)
    {
        const QString text = QString::fromUtf8(eventDocument(name, fields));
        const QList<QWebSocket*> now = clients;
        for (QWebSocket* ws : now) {
            if (ws->bytesToWrite() > kSlowClientBytes) {
                qCWarning(lcApi, "event client %s is %lld bytes behind; dropping it",
                          qPrintable(ws->peerAddress().toString()), static_cast<long long>(ws->bytesToWrite()));
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("too slow"));
                continue;
            }
            ws->sendTextMessage(text);
        }
    }

    // Runs `work` on the database worker and answers `call` with its reply on the server
    // thread; `then` sees the reply first (events).
    void onDatabase(const Call& call, std::function<Reply(ApiService&)> work,
                    std::function<void(const Reply&)> then = {})
    {
        if (closed || !service) {
            answerError(call, 503, QStringLiteral("stopping"), QStringLiteral("the server is stopping"));
            return;
        }
        dbPool.start([this, call, work = std::move(work), then = std::move(then)] {
            Reply reply = work(*service);
            QMetaObject::invokeMethod(
                q,
                [this, call, reply = std::move(reply), then] {
                    if (then)
                        then(reply);
                    answer(call, reply.status, reply.body);
                },
                Qt::QueuedConnection);
        });
    }

    // A new suggestion round for the session, announced on the stream (only when someone
    // listens: a round costs tens of milliseconds).
    void refreshSuggestions(std::int64_t sessionId)
    {
        if (clients.isEmpty() || closed)
            return;
        dbPool.start([this, sessionId] {
            const Reply reply = service->suggestions(sessionId, {});
            const int count = reply.count;
            const bool ok = reply.status == 200;
            QMetaObject::invokeMethod(
                q,
                [this, sessionId, count, ok] {
                    if (!ok)
                        return;
                    broadcast(QStringLiteral("suggestions.updated"),
                              {{QStringLiteral("session_id"), static_cast<qint64>(sessionId)},
                               {QStringLiteral("count"), count},
                               {QStringLiteral("url"), QStringLiteral("/api/v1/sessions/%1/suggestions").arg(sessionId)}});
                },
                Qt::QueuedConnection);
        });
    }

    QByteArray jobDocument(const Job& job) const
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("stemwise.api-job/1")},
                                         {QStringLiteral("job"), job.toJson()}})
            .toJson(QJsonDocument::Indented);
    }

    void startAnalysis(const Call& call, const QByteArray& body)
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            answerError(call, 400, QStringLiteral("malformed_json"),
                        parseError.error != QJsonParseError::NoError
                            ? QStringLiteral("the body is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                            : QStringLiteral("the body must be a JSON object"));
            return;
        }
        const QJsonObject o = doc.object();
        const QJsonValue pathValue = o.value(QStringLiteral("path"));
        const QJsonValue recursiveValue = o.value(QStringLiteral("recursive"));
        if (!pathValue.isString() || pathValue.toString().isEmpty()) {
            answerError(call, 400, QStringLiteral("bad_request"), QStringLiteral("\"path\" must name a file or folder"));
            return;
        }
        if (!recursiveValue.isUndefined() && !recursiveValue.isBool()) {
            answerError(call, 400, QStringLiteral("bad_request"), QStringLiteral("\"recursive\" must be true or false"));
            return;
        }
        const QString path = pathValue.toString();
        const bool recursive = recursiveValue.toBool();
        const QStringList roots = config.roots;
        if (closed || !service) {
            answerError(call, 503, QStringLiteral("stopping"), QStringLiteral("the server is stopping"));
            return;
        }
        // The stored sessions' folders are read on the database worker; the decision comes back here.
        dbPool.start([this, call, path, recursive, roots] {
            const QStringList allowed = roots + service->sessionFolders();
            const PathCheck check = checkPath(path, allowed);
            QMetaObject::invokeMethod(
                q,
                [this, call, path, recursive, check] {
                    if (check.verdict == PathVerdict::Outside) {
                        qCInfo(lcApi, "refused to analyse %s: %s", qPrintable(path), qPrintable(check.reason));
                        answerError(call, 403, QStringLiteral("path_not_allowed"), QStringLiteral("%1: %2").arg(path, check.reason));
                        return;
                    }
                    if (check.verdict == PathVerdict::Missing) {
                        answerError(call, 404, QStringLiteral("no_such_path"), QStringLiteral("%1: %2").arg(path, check.reason));
                        return;
                    }
                    if (closed) {
                        answerError(call, 503, QStringLiteral("stopping"), QStringLiteral("the server is stopping"));
                        return;
                    }
                    Job job;
                    job.id = nextJob++;
                    job.path = check.resolved;
                    job.recursive = recursive;
                    job.createdAt = nowIso();
                    const qint64 id = job.id;
                    jobs.emplace(id, job);
                    answer(call, 202, jobDocument(job), {{"Location", QStringLiteral("/api/v1/jobs/%1").arg(id).toLatin1()}});
                    broadcast(QStringLiteral("job.queued"), {{QStringLiteral("job"), job.toJson()}});
                    runJob(id);
                },
                Qt::QueuedConnection);
        });
    }

    void runJob(qint64 id)
    {
        const Job& job = jobs.at(id);
        const std::filesystem::path path = job.path.toStdString();
        const bool recursive = job.recursive;
        const auto cancel = job.cancel;
        const std::filesystem::path database = config.databasePath;
        jobPool.start([this, id, path, recursive, cancel, database] {
            if (cancel->load()) {
                JobOutcome outcome;
                outcome.cancelled = true;
                QMetaObject::invokeMethod(q, [this, id, outcome] { finishJob(id, outcome); }, Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(q, [this, id] { jobStarted(id); }, Qt::QueuedConnection);
            JobOutcome outcome = runAnalysisJob(database, path, recursive, *cancel, [this, id](const JobProgress& p) {
                QMetaObject::invokeMethod(q, [this, id, p] { jobProgress(id, p); }, Qt::QueuedConnection);
            });
            QMetaObject::invokeMethod(q, [this, id, outcome = std::move(outcome)] { finishJob(id, outcome); },
                                      Qt::QueuedConnection);
        });
    }

    void jobStarted(qint64 id)
    {
        Job& job = jobs.at(id);
        job.state = QStringLiteral("running");
        broadcast(QStringLiteral("job.started"), {{QStringLiteral("job"), job.toJson()}});
    }

    void jobProgress(qint64 id, const JobProgress& p)
    {
        Job& job = jobs.at(id);
        job.done = std::max(job.done, p.done);
        job.total = p.total;
        QJsonObject fields{{QStringLiteral("job_id"), id},
                           {QStringLiteral("files_done"), static_cast<qint64>(job.done)},
                           {QStringLiteral("files_total"), static_cast<qint64>(job.total)}};
        if (!p.file.empty()) {
            fields.insert(QStringLiteral("file"), QString::fromStdString(p.file));
            fields.insert(QStringLiteral("error"), p.error.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(p.error)));
        }
        broadcast(QStringLiteral("job.progress"), fields);
    }

    void finishJob(qint64 id, const JobOutcome& outcome)
    {
        Job& job = jobs.at(id);
        job.analysed = outcome.analysed;
        for (const auto& e : outcome.errors)
            job.errors.append(QJsonObject{{QStringLiteral("path"), QString::fromStdString(e.path.string())},
                                          {QStringLiteral("error"), QString::fromStdString(e.error)}});
        for (const auto s : outcome.sessionIds)
            job.sessionIds.append(static_cast<qint64>(s));
        job.state = outcome.cancelled ? QStringLiteral("cancelled")
                    : outcome.analysed == 0 ? QStringLiteral("failed")
                                            : QStringLiteral("done");
        job.finishedAt = nowIso();
        qCInfo(lcApi, "job %lld (%s): %s, %zu file(s) analysed, %lld error(s)", static_cast<long long>(id),
               qPrintable(job.path), qPrintable(job.state), outcome.analysed, static_cast<long long>(job.errors.size()));
        broadcast(QStringLiteral("analysis.done"), {{QStringLiteral("job"), job.toJson()}});
        emit q->jobEnded(id, job.state);
        if (!outcome.cancelled)
            for (const auto s : outcome.sessionIds)
                refreshSuggestions(s);
    }

    QJsonObject status() const
    {
        QJsonArray running;
        for (const auto& [id, job] : jobs)
            if (job.state == QLatin1String("queued") || job.state == QLatin1String("running"))
                running.append(job.toJson());
        QJsonArray listening;
        for (const auto* l : listeners) {
            const QHostAddress a = l->serverAddress();
            const QString host = a.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(a.toString())
                                                                                 : a.toString();
            listening.append(QStringLiteral("http://%1:%2/api/v1/").arg(host).arg(l->serverPort()));
        }
        return {{QStringLiteral("schema"), QStringLiteral("stemwise.api-status/1")},
                {QStringLiteral("name"), QStringLiteral("Stemwise")},
                {QStringLiteral("version"), QStringLiteral(STEMWISE_VERSION)},
                {QStringLiteral("api"), QStringLiteral("v1")},
                {QStringLiteral("mode"), config.mode},
                {QStringLiteral("started_at"), startedAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("uptime_s"), static_cast<double>(startedAt.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0},
                {QStringLiteral("listening"), listening},
                {QStringLiteral("database"), QString::fromStdString(config.databasePath.string())},
                {QStringLiteral("roots"), QJsonArray::fromStringList(config.roots)},
                {QStringLiteral("event_clients"), static_cast<qint64>(clients.size())},
                {QStringLiteral("open_connections"), open},
                {QStringLiteral("max_body_bytes"), config.limits.maxBodyBytes},
                {QStringLiteral("jobs"), running}};
    }
};

ApiServer::ApiServer(ApiConfig config, QObject* parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->config = std::move(config);
    d->service = std::make_unique<ApiService>(d->config.databasePath);
    d->dbPool.setMaxThreadCount(1);
    d->dbPool.setExpiryTimeout(-1);  // the one connection stays with its one thread
    d->jobPool.setMaxThreadCount(1);
    d->front = new Front(this);
    connect(d->front, &QAbstractHttpServer::newWebSocketConnection, this, &ApiServer::acceptEventClients);
}

ApiServer::~ApiServer()
{
    close();
    // The front and its sockets go first, then the event clients still closing, while
    // everything their signals reach still exists.
    delete d->front;
    d->front = nullptr;
    const QList<QWebSocket*> clients = d->clients;
    d->clients.clear();
    for (QWebSocket* ws : clients) {
        ws->disconnect(this);
        delete ws;
    }
}

bool ApiServer::isLoopback(const QHostAddress& address)
{
    return !address.isNull() && address.isLoopback();
}

QString ApiServer::listen(const QHostAddress& address, quint16 port)
{
    if (!isLoopback(address))
        return QStringLiteral("refusing to listen on %1: the API listens on loopback only (127.0.0.1 or ::1)")
            .arg(address.isNull() ? QStringLiteral("an unknown address") : address.toString());
    if (d->closed)
        return QStringLiteral("the API server was closed");
    auto* listener = new GuardedTcpServer(d->config.limits, this);
    listener->onRefused = [](int status, const QString& peer) {
        qCInfo(lcApi, "refused a request from %s: %d %s", qPrintable(peer), status, reasonPhrase(status).constData());
    };
    listener->onAccepted = [this](QTcpSocket* socket) {
        d->peak = std::max(d->peak, ++d->open);
        connect(socket, &QObject::destroyed, this, [this] { --d->open; });
    };
    if (!listener->listen(address, port)) {
        QString why = QStringLiteral("cannot listen on %1 port %2: %3")
                                .arg(address.toString())
                                .arg(port)
                                .arg(listener->errorString());
        delete listener;
        return why;
    }
    d->front->bind(listener);
    d->listeners.append(listener);
    return {};
}

QString ApiServer::listenOnLoopback(quint16 port)
{
    if (QString error = listen(QHostAddress(QHostAddress::LocalHost), port); !error.isEmpty())
        return error;
    // The same port on ::1, where the system has IPv6 (a container may not): "localhost"
    // resolves to either.
    const QString v6 = listen(QHostAddress(QHostAddress::LocalHostIPv6), d->listeners.constFirst()->serverPort());
    if (!v6.isEmpty())
        qCInfo(lcApi, "not on ::1: %s", qPrintable(v6));
    return {};
}

quint16 ApiServer::port() const { return d->listeners.isEmpty() ? 0 : d->listeners.constFirst()->serverPort(); }

QString ApiServer::url() const { return QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(port()); }

void ApiServer::announceAnalysed(const QStringList& folders, const QString& source)
{
    if (d->clients.isEmpty() || d->closed || !d->service)
        return;
    d->dbPool.start([this, folders, source] {
        std::vector<std::int64_t> ids;
        for (const QString& folder : folders)
            if (const auto id = d->service->sessionOfFolder(folder.toStdString());
                id && std::find(ids.begin(), ids.end(), *id) == ids.end())
                ids.push_back(*id);
        QMetaObject::invokeMethod(
            this,
            [this, ids, source] {
                for (const auto id : ids) {
                    d->broadcast(QStringLiteral("session.analysed"),
                                 {{QStringLiteral("session_id"), static_cast<qint64>(id)}, {QStringLiteral("source"), source}});
                    d->refreshSuggestions(id);
                }
            },
            Qt::QueuedConnection);
    });
}

int ApiServer::eventClientCount() const { return static_cast<int>(d->clients.size()); }

int ApiServer::peakConnections() const { return d->peak; }

void ApiServer::close()
{
    if (d->closed)
        return;
    d->closed = true;
    for (auto* l : std::as_const(d->listeners))
        l->close();
    const QList<QWebSocket*> clients = d->clients;
    for (QWebSocket* ws : clients)
        ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("the server stops"));
    for (auto& [id, job] : d->jobs)
        job.cancel->store(true);
    d->jobPool.clear();
    d->jobPool.waitForDone();
    d->dbPool.clear();
    d->dbPool.waitForDone();
    d->service.reset();
}

// --- WebSocket event stream ---

void ApiServer::acceptEventClients()
{
    while (d->front->hasPendingWebSocketConnections()) {
        QWebSocket* ws = d->front->nextPendingWebSocketConnection().release();
        ws->setParent(this);
        // The stream is one-way: a client's frames are read and ignored, and kept small.
        ws->setMaxAllowedIncomingFrameSize(4096);
        ws->setMaxAllowedIncomingMessageSize(4096);
        const QString peer = QStringLiteral("%1:%2").arg(ws->peerAddress().toString()).arg(ws->peerPort());
        d->clients.append(ws);
        qCInfo(lcApi, "event client %s connected (%lld now)", qPrintable(peer), static_cast<long long>(d->clients.size()));
        // A closing handshake seen (sent or received) before the connection ends: a clean
        // close. Without one (the client died, the network dropped): an error disconnect.
        connect(ws, &QWebSocket::aboutToClose, this, [ws] { ws->setProperty("stemwise_clean", true); });
        connect(ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                [ws](QAbstractSocket::SocketError error) {
                    if (ws->property("stemwise_clean").toBool())
                        return;
                    ws->setProperty("stemwise_error",
                                    error == QAbstractSocket::RemoteHostClosedError
                                        ? QStringLiteral("the client's connection ended")
                                        : QStringLiteral("socket error %1: %2").arg(static_cast<int>(error)).arg(ws->errorString()));
                });
        connect(ws, &QWebSocket::disconnected, this, [this, ws, peer] {
            d->clients.removeAll(ws);
            const bool clean = ws->property("stemwise_clean").toBool();
            QString detail;
            if (clean) {
                detail = QStringLiteral("closed cleanly (code %1%2)")
                             .arg(static_cast<int>(ws->closeCode()))
                             .arg(ws->closeReason().isEmpty() ? QString() : QStringLiteral(", ") + ws->closeReason());
                qCInfo(lcApi, "event client %s %s", qPrintable(peer), qPrintable(detail));
            } else {
                const QString why = ws->property("stemwise_error").toString();
                detail = QStringLiteral("disconnected without a closing handshake (%1)")
                             .arg(why.isEmpty() ? QStringLiteral("connection lost") : why);
                qCWarning(lcApi, "event client %s %s", qPrintable(peer), qPrintable(detail));
            }
            ws->deleteLater();
            emit eventClientLeft(clean, detail);
        });
        connect(ws, &QWebSocket::textMessageReceived, this, [](const QString&) {});
        ws->sendTextMessage(QString::fromUtf8(eventDocument(
            QStringLiteral("hello"), {{QStringLiteral("name"), QStringLiteral("Stemwise")},
                                      {QStringLiteral("version"), QStringLiteral(STEMWISE_VERSION)}})));
        emit eventClientJoined();
    }
}

static std::optional<Refusal> accessRefusal(const QHttpServerRequest& request, const ApiConfig& config)
{
    const QByteArray host = headerOf(request, "host");
    if (host.isEmpty())
        return Refusal{400, QStringLiteral("no_host"), QStringLiteral("the request has no Host header"), {}};
    if (!isLoopbackHost(host))
        return Refusal{403, QStringLiteral("bad_host"),
                       QStringLiteral("the Host header (%1) does not name this machine's loopback").arg(QString::fromLatin1(host)),
                       {}};
    const QByteArray authorization = headerOf(request, "authorization").trimmed();
    const bool bearer = authorization.size() > 7 && authorization.left(7).compare("bearer ", Qt::CaseInsensitive) == 0;
    if (!bearer || !tokensEqual(authorization.mid(7).trimmed(), config.token))
        return Refusal{401, QStringLiteral("unauthorized"),
                       authorization.isEmpty()
                           ? QStringLiteral("send the token: Authorization: Bearer <the contents of %1>").arg(config.tokenFile)
                           : QStringLiteral("the token is wrong (it is in %1)").arg(config.tokenFile),
                       {{"WWW-Authenticate", R"(Bearer realm="stemwise")"}}};
    return std::nullopt;
}

Refusal ApiServer::upgradeRefusal(const QHttpServerRequest& request) const
{
    if (d->closed)
        return {503, QStringLiteral("stopping"), QStringLiteral("the server is stopping"), {}};
    if (auto refusal = accessRefusal(request, d->config))
        return *refusal;
    // Browsers do not apply CORS to WebSockets: the origin is checked here.
    const QByteArray origin = headerOf(request, "origin");
    if (!origin.isEmpty() && QString::fromLatin1(origin) != d->config.allowedOrigin)
        return {403, QStringLiteral("origin_not_allowed"),
                QStringLiteral("WebSocket connections from the origin %1 are not allowed").arg(QString::fromLatin1(origin)),
                {}};
    if (request.url().path() != QLatin1String("/api/v1/events"))
        return {404, QStringLiteral("not_found"), QStringLiteral("the event stream is at /api/v1/events"), {}};
    return {};
}

void ApiServer::refuseUpgrade(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Call call{socket, queueOf(socket), 0, true, {}};
    call.ticket = call.queue->reserve();
    Refusal refusal = upgradeRefusal(request);
    if (refusal.status == 0)  // not an upgrade after all: Qt HttpServer had nothing to route it to
        refusal = {404, QStringLiteral("not_found"), QStringLiteral("no such resource"), {}};
    qCInfo(lcApi, "refused a WebSocket handshake from %s: %d %s", qPrintable(request.remoteAddress().toString()),
           refusal.status, qPrintable(refusal.code));
    d->answerError(call, refusal.status, refusal.code, refusal.message, refusal.headers);
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    if (isUpgrade(request)) {
        // Handed to the WebSocket server only when everything checks; else Qt HttpServer calls
        // refuseUpgrade(), which answers why.
        return upgradeRefusal(request).status == 0;
    }

    Call call;
    call.socket = socket;
    call.queue = queueOf(socket);
    call.ticket = call.queue->reserve();
    call.close = headerOf(request, "connection").toLower().contains("close");
    const QByteArray origin = headerOf(request, "origin");
    const bool originAllowed = !origin.isEmpty() && !d->config.allowedOrigin.isEmpty()
                               && QString::fromLatin1(origin) == d->config.allowedOrigin;
    if (originAllowed)
        call.cors = {{"Access-Control-Allow-Origin", origin}, {"Vary", "Origin"}};

    const auto method = request.method();
    if (method == QHttpServerRequest::Method::Options) {
        // A CORS preflight: browsers send no credentials with it.
        if (!originAllowed) {
            d->answerError(call, 403, QStringLiteral("origin_not_allowed"),
                           QStringLiteral("no cross-origin access is configured for this origin"));
            return true;
        }
        d->answer(call, 204, {},
                  {{"Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS"},
                   {"Access-Control-Allow-Headers", "Authorization, Content-Type"},
                   {"Access-Control-Max-Age", "600"}});
        return true;
    }
    if (auto refusal = accessRefusal(request, d->config)) {
        qCInfo(lcApi, "refused %s from %s: %d", qPrintable(path), qPrintable(request.remoteAddress().toString()),
               refusal->status);
        d->answerError(call, refusal->status, refusal->code, refusal->message, refusal->headers);
        return true;
    }

    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("api") || parts[1] != QLatin1String("v1")) {
        d->answerError(call, 404, QStringLiteral("not_found"), QStringLiteral("the API is under /api/v1/"));
        return true;
    }
    parts = parts.mid(2);
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    const bool del = method == QHttpServerRequest::Method::Delete;
    auto wrongMethod = [&](const char* allowed) {
        d->answerError(call, 405, QStringLiteral("method_not_allowed"),
                       QStringLiteral("%1 takes %2").arg(path, QString::fromLatin1(allowed)), {{"Allow", allowed}});
        return true;
    };
    const QUrlQuery query(request.url());
    const bool brief = query.queryItemValue(QStringLiteral("brief")) == QLatin1String("true");

    auto onDatabase = [this, &call](std::function<Reply(ApiService&)> work,
                                   std::function<void(const Reply&)> then = {}) {
        d->onDatabase(call, std::move(work), std::move(then));
    };

    if (parts == QStringList{QStringLiteral("status")}) {
        if (!get)
            return wrongMethod("GET");
        d->answer(call, 200, QJsonDocument(d->status()).toJson(QJsonDocument::Indented));
        return true;
    }
    if (parts == QStringList{QStringLiteral("events")}) {
        d->answerError(call, 426, QStringLiteral("upgrade_required"),
                       QStringLiteral("the event stream is a WebSocket: connect with ws://…/api/v1/events"),
                       {{"Upgrade", "websocket"}});
        return true;
    }
    if (parts == QStringList{QStringLiteral("sessions")}) {
        if (!get)
            return wrongMethod("GET");
        onDatabase([](ApiService& s) { return s.sessions(); });
        return true;
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("sessions")) {
        const auto id = idOf(parts[1]);
        const QString what = parts[2];
        if (!id || (what != QLatin1String("tracks") && what != QLatin1String("analysis") && what != QLatin1String("suggestions"))) {
            d->answerError(call, 404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(path));
            return true;
        }
        if (!get)
            return wrongMethod("GET");
        const qint64 sessionId = *id;
        if (what == QLatin1String("tracks")) {
            onDatabase([sessionId](ApiService& s) { return s.tracks(sessionId); });
        } else if (what == QLatin1String("analysis")) {
            onDatabase([sessionId, brief](ApiService& s) { return s.sessionAnalysis(sessionId, brief); });
        } else {
            SuggestOptions options;
            if (query.hasQueryItem(QStringLiteral("genre"))) {
                const std::string genre = query.queryItemValue(QStringLiteral("genre")).trimmed().toLower().toStdString();
                bool known = false;
                for (const auto g : core::knownGenres())
                    known = known || g == genre;
                if (!known) {
                    d->answerError(call, 400, QStringLiteral("unknown_genre"),
                                   QStringLiteral("unknown genre '%1'").arg(QString::fromStdString(genre)));
                    return true;
                }
                options.genre = genre;
            }
            if (query.hasQueryItem(QStringLiteral("bpm"))) {
                bool ok = false;
                const double bpm = query.queryItemValue(QStringLiteral("bpm")).toDouble(&ok);
                if (!ok || !(bpm >= 20.0 && bpm <= 400.0)) {
                    d->answerError(call, 400, QStringLiteral("bad_tempo"), QStringLiteral("bpm takes a tempo from 20 to 400"));
                    return true;
                }
                options.tempoBpm = bpm;
            }
            onDatabase([sessionId, options](ApiService& s) { return s.suggestions(sessionId, options); });
        }
        return true;
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("tracks") && parts[2] == QLatin1String("analysis")) {
        const auto id = idOf(parts[1]);
        if (!id) {
            d->answerError(call, 404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(path));
            return true;
        }
        if (!get)
            return wrongMethod("GET");
        const qint64 trackId = *id;
        onDatabase([trackId, brief](ApiService& s) { return s.trackAnalysis(trackId, brief); });
        return true;
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("suggestions") && parts[2] == QLatin1String("ratings")) {
        const auto id = idOf(parts[1]);
        if (!id) {
            d->answerError(call, 404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(path));
            return true;
        }
        if (!post)
            return wrongMethod("POST");
        const qint64 suggestionId = *id;
        const QByteArray body = request.body();
        onDatabase([suggestionId, body](ApiService& s) { return s.rate(suggestionId, body); },
                   [this](const Reply& reply) {
                       if (reply.status != 200)
                           return;
                       QJsonObject rating = QJsonDocument::fromJson(reply.body).object();
                       rating.remove(QStringLiteral("schema"));
                       d->broadcast(QStringLiteral("rating.added"), rating);
                       if (reply.sessionId)
                           d->refreshSuggestions(*reply.sessionId);
                   });
        return true;
    }
    if (parts == QStringList{QStringLiteral("analyses")}) {
        if (!post)
            return wrongMethod("POST");
        d->startAnalysis(call, request.body());
        return true;
    }
    if (parts == QStringList{QStringLiteral("jobs")}) {
        if (!get)
            return wrongMethod("GET");
        QJsonArray list;
        for (const auto& [id, job] : d->jobs)
            list.append(job.toJson());
        d->answer(call, 200,
                  QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("stemwise.api-jobs/1")},
                                            {QStringLiteral("jobs"), list}})
                      .toJson(QJsonDocument::Indented));
        return true;
    }
    if (parts.size() == 2 && parts[0] == QLatin1String("jobs")) {
        const auto id = idOf(parts[1]);
        const auto it = id ? d->jobs.find(*id) : d->jobs.end();
        if (it == d->jobs.end()) {
            d->answerError(call, 404, QStringLiteral("no_such_job"), QStringLiteral("there is no job %1").arg(parts[1]));
            return true;
        }
        if (del) {
            // Cancelling: a queued job never starts; a running one stops after the files in
            // flight (what was stored stays stored).
            it->second.cancel->store(true);
        } else if (!get) {
            return wrongMethod("GET, DELETE");
        }
        d->answer(call, del ? 202 : 200, d->jobDocument(it->second));
        return true;
    }
    d->answerError(call, 404, QStringLiteral("not_found"), QStringLiteral("no such resource: %1").arg(path));
    return true;
}

}  // namespace stemwise::api
