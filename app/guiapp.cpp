#include "guiapp.h"

#include "commands.h"
#include "userpaths.h"

#include "demo/demosession.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace stemwise::app {

namespace {

using DemoResult = core::Result<std::vector<std::filesystem::path>>;

// Writes the demo session on a worker (first use synthesises ~2 s of work), then opens it.
void openDemoSession(ui::MainWindow& window)
{
    window.showBusy(QObject::tr("Preparing the demo session…"));
    auto* watcher = new QFutureWatcher<DemoResult>(&window);
    QObject::connect(watcher, &QFutureWatcher<DemoResult>::finished, &window, [watcher, &window] {
        const DemoResult result = watcher->result();
        watcher->deleteLater();
        if (!result) {
            QMessageBox::warning(&window, QObject::tr("Demo session"),
                                 QObject::tr("The demo session could not be written to %1: %2")
                                     .arg(demoSessionFolder(), QString::fromStdString(result.error().message)));
            return;
        }
        QStringList paths;
        for (const auto& p : result.value())
            paths << QString::fromStdString(p.string());
        window.openPaths(paths);
    });
    const std::filesystem::path folder = demoSessionFolder().toStdString();
    watcher->setFuture(QtConcurrent::run([folder] { return core::writeDemoSession(folder); }));
}

}  // namespace

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);
    ui::applyTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Stemwise desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QObject::tr("Open the built-in demo session."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QObject::tr("Once the session is read, save a picture of the window to FILE and quit "
                    "(for documentation and tests)."),
        QStringLiteral("FILE"));
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), QObject::tr("Audio files or folders to open."),
                                 QStringLiteral("[PATH...]"));
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    ui::MainWindow window;
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &ui::MainWindow::sessionLoaded, &window, [&window, file] {
            // Let the table lay out and paint the final rows before the picture is taken.
            QTimer::singleShot(300, &window, [&window, file] {
                if (!window.grab().save(file))
                    printError(QStringLiteral("%1: cannot save the screenshot").arg(file));
                QApplication::quit();
            });
        });
    }

    if (parser.isSet(demoOption))
        openDemoSession(window);
    else if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());

    return QApplication::exec();
}

}  // namespace stemwise::app
