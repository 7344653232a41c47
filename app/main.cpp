// Entry point: decides between the command-line tool and the desktop app before any Qt
// application object exists, so that the command line runs without a display.
#include "commands.h"
#include "guiapp.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Stemwise"));
    QCoreApplication::setApplicationName(QStringLiteral("Stemwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEMWISE_VERSION));
}

void printUsage()
{
    std::printf(
        "Stemwise %s: stem analysis, mixing suggestions and reports for mix engineers.\n\n"
        "Usage:\n"
        "  stemwise [--demo] [PATH...]        open the desktop app (on the demo session, or on files/folders)\n"
        "  stemwise analyze PATH... [--json FILE|-] [--recursive] [--no-store]\n"
        "                                     analyse audio files, print a JSON report; results are\n"
        "                                     stored in the user database and reused when unchanged\n"
        "  stemwise suggest PATH... [--json FILE|-] [--genre G] [--bpm N] [--all]\n"
        "                                     mixing suggestions per track and for the session, each\n"
        "                                     with its evidence and an id to rate\n"
        "  stemwise sections PATH... [--json FILE|-] [--bpm N]\n"
        "                                     the song's sections from its stems (or a mix alone):\n"
        "                                     boundaries with their confidence and what changed\n"
        "  stemwise rate ID useful|not-useful|applied|dismissed\n"
        "                                     rate a suggestion; ratings personalise later ones\n"
        "  stemwise learned [--json] [--export FILE|--import FILE|--reset]\n"
        "                                     what your ratings and re-bounces taught Stemwise\n"
        "  stemwise compare A B [B...] | A --genre G | A --previous [--json FILE|-]\n"
        "                                     compare two tracks (or a track and the mean of references):\n"
        "                                     spectra, bands, loudness, dynamics, width; findings in words\n"
        "  stemwise report PATH... [--pdf FILE] [--json FILE|-] [--csv DIR] [--reference FILE]...\n"
        "                                     a session report: PDF for people, JSON and CSV for tools\n"
        "  stemwise reference add FILE... --genre G | list | remove ID\n"
        "                                     the reference library ('compare A --genre G' uses it)\n"
        "  stemwise genre PATH... [--bpm N] [--json FILE|-]\n"
        "                                     the genre of a mix (or of the stems' sum), nearest of your\n"
        "                                     references' genres, with a confidence and the runner-up\n"
        "  stemwise history PATH|TRACK [--json]\n"
        "                                     every stored analysis of a track and what changed\n"
        "  stemwise cache stats|clear         the analysis cache: its figures (JSON), or empty it\n"
        "  stemwise export-db FILE|-          write the whole user database as JSON\n"
        "  stemwise import-db FILE|-          merge such a document into the database\n"
        "  stemwise import-session FILE [--json FILE|-]\n"
        "                                     what an Ardour session or REAPER project says about the mix:\n"
        "                                     faders, pans, plug-ins, sends, files, tempo, markers\n"
        "  stemwise follow --daw ardour|reaper [--host H] [--port P] [--listen PORT] [--seconds S] [--json FILE|-]\n"
        "                                     follow a running DAW over OSC: its tracks' faders, pans,\n"
        "                                     mutes, solos and selection, and the connection's status\n"
        "  stemwise demo [DIR]                write the built-in demo session, print its files\n"
        "  stemwise serve [--port N] [--root DIR]... [--rotate-token]\n"
        "                                     the local API for scripts (HTTP + WebSocket, loopback only,\n"
        "                                     with a bearer token; see docs/api.md)\n"
        "  stemwise monitor --list-devices [--json] | --device NAME --seconds S [--record FILE] [--json FILE|-]\n"
        "                                     meter a live input (levels, loudness, spectrum), record it\n"
        "  stemwise play PATH... [--start S] [--seconds S] [--loop] [--solo NAME] [--band LO-HI]\n"
        "                [--listen mid|side|mono] [--match-lufs LUFS | --match-integrated]\n"
        "                [--preview MOVE] [--device NAME] [--json FILE|-] | --list-devices [--json]\n"
        "                                     play files or a session, loudness-matched, with a band\n"
        "                                     solo or the preview of a suggested move\n"
        "  stemwise --version                 print the version\n"
        "  stemwise --help                    print this help\n\n"
        "Commands that use the database take --db FILE (default: the user database under\n"
        "$XDG_DATA_HOME/stemwise). Run 'stemwise COMMAND --help' for a command's options.\n"
        "Exit status: 0 success, 1 some inputs failed (each named on stderr), 2 bad usage.\n",
        STEMWISE_VERSION);
}

// A word that is not an existing path and looks like no file name: a mistyped command.
bool looksLikeUnknownCommand(std::string_view arg)
{
    std::error_code ec;
    return !arg.empty() && arg.front() != '-' && arg.find('/') == std::string_view::npos
           && arg.find('.') == std::string_view::npos
           && !std::filesystem::exists(std::filesystem::path(arg), ec);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string_view first = argc > 1 ? argv[1] : "";
    if (first == "--version" || first == "-v") {
        std::printf("stemwise %s\n", STEMWISE_VERSION);
        return 0;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        printUsage();
        return 0;
    }
    // Qt's parser knows --help-all too, but only once the desktop app's QApplication exists:
    // asking for help must never open a window (nor need a display).
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help-all" || ((first.empty() || first.front() == '-') && (arg == "--help" || arg == "-h"))) {
            printUsage();
            std::printf("\nThe desktop app's options (stemwise [OPTIONS] [PATH...]):\n"
                        "  --demo               open the built-in demo session\n"
                        "  --db FILE            use the database FILE\n"
                        "  --theme dark|light   the theme for this run\n"
                        "  --language CODE      system, en, de, fr or es for this run\n"
                        "  --track NAME         select the track NAME\n"
                        "  --screenshot FILE    save a picture of the window once the session is read, and quit\n"
                        "  --view VIEW          with --screenshot: overview, track, history, suggestions, masking, mix,\n"
                        "                       references, sections\n"
                        "  --size WxH           the window's size in pixels\n");
            return 0;
        }
    }

    using Command = int (*)(const QStringList&);
    Command command = nullptr;
    if (first == "analyze")
        command = stemwise::app::runAnalyzeCommand;
    else if (first == "demo")
        command = stemwise::app::runDemoCommand;
    else if (first == "monitor")
        command = stemwise::app::runMonitorCommand;
    else if (first == "play")
        command = stemwise::app::runPlayCommand;
    else if (first == "cache")
        command = stemwise::app::runCacheCommand;
    else if (first == "history")
        command = stemwise::app::runHistoryCommand;
    else if (first == "export-db")
        command = stemwise::app::runExportDbCommand;
    else if (first == "import-db")
        command = stemwise::app::runImportDbCommand;
    else if (first == "suggest")
        command = stemwise::app::runSuggestCommand;
    else if (first == "sections")
        command = stemwise::app::runSectionsCommand;
    else if (first == "rate")
        command = stemwise::app::runRateCommand;
    else if (first == "learned")
        command = stemwise::app::runLearnedCommand;
    else if (first == "compare")
        command = stemwise::app::runCompareCommand;
    else if (first == "report")
        return stemwise::app::runReportMain(argc, argv);
    else if (first == "reference")
        command = stemwise::app::runReferenceCommand;
    else if (first == "genre")
        command = stemwise::app::runGenreCommand;
    else if (first == "import-session")
        command = stemwise::app::runImportSessionCommand;
    else if (first == "follow")
        command = stemwise::app::runFollowCommand;
    else if (first == "serve")
        command = stemwise::app::runServeCommand;

    if (command != nullptr) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return command(QCoreApplication::arguments().mid(2));
    }
    if (looksLikeUnknownCommand(first)) {
        std::fprintf(stderr, "stemwise: unknown command '%s' (see 'stemwise --help')\n", argv[1]);
        return stemwise::app::ExitUsage;
    }
    setApplicationNames();
    return stemwise::app::runGui(argc, argv);
}
