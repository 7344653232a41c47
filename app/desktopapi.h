#pragma once
// The local API in the desktop app (api/apiserver.h, docs/api.md): off unless the settings
// turn it on; then on 127.0.0.1 and ::1 at the settings' port, over the database the window
// uses (restarted when the window opens another), in the UI thread like the window (the
// server never waits there: its database and analysis work runs on its own workers). What it
// does is told to the window, which shows it in the Settings. What the window analyses and
// stores itself is announced on the event stream (session.analysed, suggestions.updated).
// Threading: UI thread.

#include <QObject>

#include <memory>

namespace stemwise::api {
class ApiServer;
}
namespace stemwise::ui {
class MainWindow;
}

namespace stemwise::app {

class DesktopApi : public QObject {
    Q_OBJECT
public:
    explicit DesktopApi(ui::MainWindow& window);
    ~DesktopApi() override;

private:
    void restart();
    void announce();
    ui::MainWindow& m_window;
    std::unique_ptr<api::ApiServer> m_server;
};

}  // namespace stemwise::app
