#include "desktopapi.h"

#include "apiserver.h"
#include "apitoken.h"
#include "mainwindow.h"

#include <QFileInfo>

namespace stemwise::app {

DesktopApi::DesktopApi(ui::MainWindow& window) : QObject(&window), m_window(window)
{
    connect(&window, &ui::MainWindow::databaseReady, this, [this] { restart(); });
    connect(&window, &ui::MainWindow::apiSettingsChanged, this, [this] { restart(); });
    // What the window analysed and stored itself reaches the event stream too.
    connect(&window, &ui::MainWindow::sessionLoaded, this, [this] { announce(); });
    connect(&window, &ui::MainWindow::trackReanalysed, this, [this](int, bool newEntry) {
        if (newEntry)
            announce();
    });
    connect(&window, &ui::MainWindow::trackAdded, this, [this] { announce(); });
}

void DesktopApi::announce()
{
    if (!m_server)
        return;
    QStringList folders;
    for (const QString& path : m_window.sessionPaths()) {
        const QFileInfo info(path);
        const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    m_server->announceAnalysed(folders, QStringLiteral("desktop"));
}

DesktopApi::~DesktopApi() = default;

void DesktopApi::restart()
{
    m_server.reset();
    const ui::AppSettings& settings = m_window.settings();
    if (!settings.apiEnabled) {
        m_window.setApiStatus(false, {}, {}, {});
        return;
    }
    const QString database = m_window.databasePath();
    if (database.isEmpty()) {
        m_window.setApiStatus(false, {}, {}, QStringLiteral("no database is open"));
        return;
    }
    const QString tokenFile = api::tokenFilePath();
    const api::TokenResult token = api::loadOrCreateToken(tokenFile);
    if (token.token.isEmpty()) {
        m_window.setApiStatus(false, {}, {}, token.error);
        return;
    }
    api::ApiConfig config;
    config.databasePath = database.toStdString();
    config.token = token.token;
    config.tokenFile = tokenFile;
    config.mode = QStringLiteral("desktop");
    m_server = std::make_unique<api::ApiServer>(config);
    if (const QString error = m_server->listenOnLoopback(static_cast<quint16>(settings.apiPort)); !error.isEmpty()) {
        m_server.reset();
        m_window.setApiStatus(false, {}, {}, error);
        return;
    }
    m_window.setApiStatus(true, m_server->url(), tokenFile, {});
}

}  // namespace stemwise::app
