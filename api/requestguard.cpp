#include "requestguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace stemwise::api {

namespace {

constexpr int kDrainMs = 3000;

// The value of header `name` (lower case) in `head`, empty when absent.
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        if (line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// Answers `status` and closes once the client has read it (or after kDrainMs).
void refuse(QTcpSocket* socket, int status, const QString& message)
{
    for (auto* timer : socket->findChildren<QTimer*>(QString(), Qt::FindDirectChildrenOnly))
        timer->stop();  // the drain below has its own end
    // Nobody parses this connection any more: Qt HttpServer's reader is disconnected too.
    QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    const QString code = status == 413 ? QStringLiteral("payload_too_large")
                         : status == 411 ? QStringLiteral("length_required")
                                         : QStringLiteral("header_too_large");
    const QByteArray body = errorDocument(status, code, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    // Drop what the client still sends: closing with unread data would reset the connection,
    // and a reset can throw away the answer before the client reads it.
    socket->setReadBufferSize(0);
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket] { (void)socket->readAll(); });
    (void)socket->readAll();
    QTimer::singleShot(kDrainMs, socket, [socket] { socket->abort(); });
}

}  // namespace

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 426: return "Upgrade Required";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Internal Server Error";
    }
}

QByteArray errorDocument(int status, const QString& code, const QString& message)
{
    QJsonObject error{{QStringLiteral("status"), status}, {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("stemwise.api-error/1")},
                                     {QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

GuardedTcpServer::GuardedTcpServer(RequestLimits limits, QObject* parent) : QTcpServer(parent), m_limits(limits) {}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes);
    // Connected before Qt HttpServer connects its reader (in addPendingConnection's wake),
    // so this runs first on every readyRead.
    const RequestLimits limits = m_limits;
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(limits.idleTimeoutMs);
    QObject::connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start();
    QObject::connect(socket, &QIODevice::readyRead, this, [this, socket, limits, idle] {
        idle->start();
        // Within a request (its head read, its body coming): the buffer bound holds.
        if (socket->isTransactionStarted())
            return;
        const QByteArray head = socket->peek(limits.maxHeadBytes + 4);
        const qsizetype end = head.indexOf("\r\n\r\n");
        const QString peer = socket->peerAddress().toString();
        if (end < 0) {
            if (head.size() > limits.maxHeadBytes) {
                refuse(socket, 431, QStringLiteral("the request's head is larger than %1 bytes").arg(limits.maxHeadBytes));
                if (onRefused)
                    onRefused(431, peer);
            }
            return;
        }
        const QByteArray fields = head.left(end);
        if (headerValue(fields, "upgrade").toLower() == "websocket") {
            // The socket becomes the WebSocket's (frames larger than the bound are refused
            // by the WebSocket's own limits): stop looking; an event client may stay silent.
            QObject::disconnect(socket, &QIODevice::readyRead, this, nullptr);
            idle->stop();
            return;
        }
        if (!headerValue(fields, "transfer-encoding").isEmpty()) {
            refuse(socket, 411, QStringLiteral("send the body with a Content-Length (chunked bodies are not accepted)"));
            if (onRefused)
                onRefused(411, peer);
            return;
        }
        const QByteArray length = headerValue(fields, "content-length");
        bool ok = true;
        const qint64 bytes = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || bytes < 0 || bytes > limits.maxBodyBytes) {
            refuse(socket, 413,
                   QStringLiteral("the request's body (%1 bytes) is larger than the %2 bytes the API accepts")
                       .arg(QString::fromLatin1(length))
                       .arg(limits.maxBodyBytes));
            if (onRefused)
                onRefused(413, peer);
        }
    });
    if (onAccepted)
        onAccepted(socket);
    addPendingConnection(socket);
}

}  // namespace stemwise::api
