#pragma once
// The TCP listener of the API, which looks at each request's head before Qt HttpServer reads
// it. Qt HttpServer 6.4 has no size limits: it keeps a request in the socket's buffer until
// the whole body is there, however large. Here, for every connection:
//  - the socket's read buffer is bounded (head limit + body limit), so memory stays bounded
//    whatever a client sends;
//  - at the start of each request, the head is looked at (peeked, not consumed): a
//    Content-Length above the body limit is answered 413 at once (a client that sent
//    "Expect: 100-continue" never sends the body), a chunked body 411 (the API's bodies are
//    small JSON documents of known length), a head larger than its limit 431;
//  - a connection idle for RequestLimits::idleTimeoutMs is closed;
//  - a refused connection is answered and closed gracefully: what the client still sends is
//    read and dropped until it closes (at most a few seconds), so that it reads the answer
//    instead of a reset.
// The WebSocket upgrade request passes through like any other; after it, the socket is the
// WebSocket's and is no longer looked at.
// Threading: the thread of the server that owns it (the API's thread).

#include <QTcpServer>

#include <functional>

namespace stemwise::api {

struct RequestLimits {
    qint64 maxHeadBytes = 16 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    /// An HTTP connection that sends nothing for this long is closed: a request dribbled in
    /// a byte at a time, or a kept-alive connection left idle, holds no socket for ever.
    int idleTimeoutMs = 60000;
};

class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(RequestLimits limits, QObject* parent = nullptr);

    /// Called with the status (411, 413 or 431) and the peer of each refused request.
    std::function<void(int status, const QString& peer)> onRefused;
    /// Called with each accepted connection's socket (owned by this server) before Qt
    /// HttpServer sees it.
    std::function<void(QTcpSocket* socket)> onAccepted;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestLimits m_limits;
};

/// The JSON error document the API answers with: {"schema": "stemwise.api-error/1", ...}.
[[nodiscard]] QByteArray errorDocument(int status, const QString& code, const QString& message);
/// The reason phrase of an HTTP status the API uses ("Payload Too Large").
[[nodiscard]] QByteArray reasonPhrase(int status);

}  // namespace stemwise::api
