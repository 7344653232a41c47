#pragma once
// The local API for scripts and other tools (issue 20, point 4; docs/api.md is its manual):
// HTTP under /api/v1/ and a WebSocket event stream at /api/v1/events, served by Qt HttpServer
// and Qt WebSockets.
//
// Security rules, all enforced here:
//  - loopback only: listen() refuses any address that is not 127.0.0.0/8 or ::1, and the
//    Host header must name a loopback host (a page that rebinds a DNS name to 127.0.0.1 is
//    refused, 403);
//  - every request, WebSocket handshakes included, carries "Authorization: Bearer <token>"
//    (apitoken.h), compared in constant time; else 401 with WWW-Authenticate. Only a CORS
//    preflight (OPTIONS) goes without, since browsers never send credentials with one;
//  - no CORS headers at all unless an origin is configured, and then only that origin is
//    echoed (never "*"); a WebSocket handshake from another origin is refused (403);
//  - request sizes bounded before anything is buffered (requestguard.h: 413, 411, 431);
//    malformed JSON 400;
//  - analysis only of paths under the configured roots or the sessions the user opened
//    (pathpolicy.h: 403 otherwise).
//
// Threading: the ApiServer, its sockets and its WebSocket clients live in the thread that
// created it (the server thread: the desktop app's UI thread, or `stemwise serve`'s main
// thread); nothing there waits on the database or on analysis. Database reads and writes run
// one at a time on the database worker (one thread, one connection: ApiService); analysis
// jobs run one at a time on the job worker, each with the analysis pool's threads and their
// own connections. Results and progress come back to the server thread as queued calls.
// The destructor (or close()) cancels the jobs and waits for both workers.

#include "requestguard.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>

class QTcpSocket;
class QHttpServerRequest;

namespace stemwise::api {

struct Refusal;

struct ApiConfig {
    std::filesystem::path databasePath;
    QByteArray token;          ///< required of every request
    QStringList roots;         ///< folders whose audio may be analysed (with the stored sessions' folders)
    QString allowedOrigin;     ///< "http://localhost:3000": CORS for that origin alone; empty: no CORS
    RequestLimits limits;
    QString mode = QStringLiteral("headless");  ///< "headless" (stemwise serve) or "desktop"
    QString tokenFile;         ///< where the token lives, shown in the status
};

class ApiServer : public QObject {
    Q_OBJECT
public:
    explicit ApiServer(ApiConfig config, QObject* parent = nullptr);
    ~ApiServer() override;
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    /// Listens on `address` at `port` (0: a free port). Refuses (returns why, listens on
    /// nothing) an address that is not loopback. Empty on success.
    [[nodiscard]] QString listen(const QHostAddress& address, quint16 port);
    /// Listens on 127.0.0.1 and, where the system has IPv6, on ::1, at the same port (0: a free
    /// one). Empty on success, else why.
    [[nodiscard]] QString listenOnLoopback(quint16 port);
    [[nodiscard]] quint16 port() const;
    /// "http://127.0.0.1:PORT/api/v1/"
    [[nodiscard]] QString url() const;
    [[nodiscard]] static bool isLoopback(const QHostAddress& address);

    /// Stops: WebSocket clients are told the server is going away (close code 1001), open
    /// connections closed, jobs cancelled and waited for. Idempotent; the destructor calls it.
    void close();

    /// Files under `folders` were analysed and stored outside the API (the desktop app's own
    /// analysis): each stored session of those folders is announced on the event stream
    /// ("session.analysed" with `source`), then its new suggestions ("suggestions.updated").
    /// Nothing happens without event clients.
    void announceAnalysed(const QStringList& folders, const QString& source);

    [[nodiscard]] int eventClientCount() const;
    /// The most connections open at once (HTTP and WebSocket) since the start.
    [[nodiscard]] int peakConnections() const;

signals:
    /// A WebSocket client left: `clean` when the closing handshake was made (by either side),
    /// false when the connection dropped without one. Logged in the category "stemwise.api".
    void eventClientLeft(bool clean, const QString& detail);
    void eventClientJoined();
    /// An analysis job ended (done, failed or cancelled).
    void jobEnded(qint64 id, const QString& state);

private:
    class Front;
    struct Private;
    friend class Front;
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket);
    void refuseUpgrade(const QHttpServerRequest& request, QTcpSocket* socket);
    [[nodiscard]] Refusal upgradeRefusal(const QHttpServerRequest& request) const;
    void acceptEventClients();
    std::unique_ptr<Private> d;
};

}  // namespace stemwise::api
