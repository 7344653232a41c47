// The desktop app's wiring: the application object, the language (the settings' choice,
// the system's, or --language) and the theme, the user database (the
// settings' choice, the default under the user data folder, or --db) and the main window,
// plus --screenshot for documentation (see scripts/screenshots.sh).
#include "guiapp.h"

#include "commands.h"
#include "desktopapi.h"
#include "userpaths.h"

#include "appsettings.h"
#include "demo/demosession.h"
#include "mainwindow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace stemwise::app {

namespace {

using DemoResult = core::Result<std::vector<std::filesystem::path>>;

// Writes the demo session on a worker (the first use synthesises it: ~0.3 s of CPU), then opens it.
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
        // The folder, not its five files: the session is named after it and listed as one.
        window.openPaths({demoSessionFolder()});
    });
    const std::filesystem::path folder = demoSessionFolder().toStdString();
    // The demo folder under the user data folder is Stemwise's own: stems there are replaced.
    watcher->setFuture(QtConcurrent::run([folder] { return core::writeDemoSession(folder, {}, true); }));
}

// Saves a picture of the window once the session is read (and, for the history view, once
// the history is shown), then quits; with no session to open, of the welcome view.
void arrangeScreenshot(ui::MainWindow& window, const QString& file, const QString& view, const QString& track,
                       bool welcome)
{
    auto take = [&window, file] {
        // Let the views lay out and paint before the picture is taken.
        QTimer::singleShot(500, &window, [&window, file] {
            if (!window.grab().save(file))
                printError(QStringLiteral("%1: cannot save the screenshot").arg(file));
            QApplication::quit();
        });
    };
    if (welcome) {
        take();
        return;
    }
    QObject::connect(&window, &ui::MainWindow::sessionLoaded, &window, [&window, view, track, take] {
        if (!track.isEmpty() && !window.selectTrack(track))
            printError(QStringLiteral("--track: no track named %1 in the session").arg(track));
        if (view == QLatin1String("history")) {
            QObject::connect(&window, &ui::MainWindow::historyShown, &window, take, Qt::SingleShotConnection);
            window.showView(ui::MainWindow::View::History);
        } else if (view == QLatin1String("mix") || view == QLatin1String("references")) {
            // The mix is summed and analysed once the session is; the references compare with it.
            // The picture waits for the suggestion round too, which runs beside it, so that the
            // status bar does not say it is still at work.
            const auto shown = view == QLatin1String("mix") ? ui::MainWindow::View::Mix : ui::MainWindow::View::References;
            auto waiting = std::make_shared<int>(2);
            auto done = [&window, take, shown, waiting] {
                if (--*waiting != 0)
                    return;
                window.showView(ui::MainWindow::View::Mix);
                window.showView(shown);
                take();
            };
            QObject::connect(&window, &ui::MainWindow::mixShown, &window, done, Qt::SingleShotConnection);
            QObject::connect(&window, &ui::MainWindow::suggestionsShown, &window, done, Qt::SingleShotConnection);
        } else if (view == QLatin1String("sections")) {
            // The sections are found on the pool once the session is read.
            auto show = [&window, take] {
                window.showView(ui::MainWindow::View::Sections);
                take();
            };
            if (window.sectionsUpToDate())
                show();
            else
                QObject::connect(&window, &ui::MainWindow::sectionsShown, &window, show, Qt::SingleShotConnection);
        } else if (view == QLatin1String("suggestions") || view == QLatin1String("masking")) {
            // The masking matrix comes with the suggestion round.
            const auto shown = view == QLatin1String("masking") ? ui::MainWindow::View::Masking
                                                                : ui::MainWindow::View::Suggestions;
            QObject::connect(&window, &ui::MainWindow::suggestionsShown, &window, [&window, take, shown] {
                window.showView(shown);
                take();
            }, Qt::SingleShotConnection);
        } else {
            window.showView(view == QLatin1String("overview") ? ui::MainWindow::View::Overview
                                                              : ui::MainWindow::View::Track);
            take();
        }
    });
}

}  // namespace

int runGui(int& argc, char** argv)
{
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Stemwise desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QObject::tr("Open the built-in demo session."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QObject::tr("Use the database FILE instead of the one in the settings "
                                                  "(default %1).")
                                          .arg(databasePath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QObject::tr("Use the theme NAME (dark or light) for this run."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QObject::tr("Show the app in the language CODE (system, en, de, fr or es) for this run."),
        QStringLiteral("CODE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QObject::tr("Once the session is read, save a picture of the window to FILE and quit "
                    "(for documentation and tests)."),
        QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QObject::tr("With --screenshot: the view to show (overview, track, history, suggestions, masking, mix, references, sections)."),
                                        QStringLiteral("VIEW"), QStringLiteral("track"));
    const QCommandLineOption trackOption(QStringLiteral("track"),
                                         QObject::tr("Select the track NAME (file name without extension)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QObject::tr("Window size WxH in pixels."),
                                        QStringLiteral("WxH"));
    parser.addOptions({demoOption, dbOption, themeOption, languageOption, screenshotOption, viewOption, trackOption, sizeOption});
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
    const QString view = parser.value(viewOption);
    if (view != QLatin1String("overview") && view != QLatin1String("track") && view != QLatin1String("history")
        && view != QLatin1String("suggestions") && view != QLatin1String("masking") && view != QLatin1String("mix")
        && view != QLatin1String("references") && view != QLatin1String("sections")) {
        printError(QStringLiteral("--view: expected overview, track, history, suggestions, masking, mix, references or sections "
                                  "(got '%1')")
                       .arg(view));
        return ExitUsage;
    }

    const ui::AppSettings settings = ui::AppSettings::load();
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language;
    if (!ui::isKnownLanguageSetting(language)) {
        printError(QStringLiteral("--language: expected system, en, de, fr or es (got '%1')").arg(language));
        return ExitUsage;
    }
    // After the command line is parsed: its help and errors stay English, like the CLI's.
    (void)ui::installTranslations(app, language);

    const QString theme = parser.isSet(themeOption) ? parser.value(themeOption) : settings.theme;
    ui::applyTheme(app, ui::themeFromName(theme));

    ui::MainWindow window;
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();
    new DesktopApi(window);  // before the database: it starts with it when the settings ask
    window.configureDatabase(databasePath(), parser.value(dbOption));

    QObject::connect(&window, &ui::MainWindow::demoRequested, &window, [&window] { openDemoSession(window); });
    const bool opening = parser.isSet(demoOption) || !parser.positionalArguments().isEmpty();
    bool reopened = false;
    if (!opening)
        reopened = window.reopenLastSession();
    if (parser.isSet(screenshotOption))
        arrangeScreenshot(window, parser.value(screenshotOption), view, parser.value(trackOption), !opening && !reopened);
    else if (parser.isSet(trackOption))
        QObject::connect(&window, &ui::MainWindow::sessionLoaded, &window,
                         [&window, name = parser.value(trackOption)] { (void)window.selectTrack(name); },
                         Qt::SingleShotConnection);

    if (parser.isSet(demoOption))
        openDemoSession(window);
    else if (!parser.positionalArguments().isEmpty())
        window.openPaths(parser.positionalArguments());

    return QApplication::exec();
}

}  // namespace stemwise::app
