#pragma once
// The command-line subcommands. Each takes its arguments (without "stemwise" and the
// subcommand name), prints to stdout/stderr and returns the process exit code:
// 0 success, 1 some inputs failed (each named with the reason), 2 bad usage.

#include <QStringList>

#include <optional>
#include <string>

class QCommandLineOption;
class QCommandLineParser;

namespace stemwise::app {

enum ExitCode { ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2 };

[[nodiscard]] int runAnalyzeCommand(const QStringList& args);
[[nodiscard]] int runDemoCommand(const QStringList& args);
[[nodiscard]] int runMonitorCommand(const QStringList& args);
[[nodiscard]] int runPlayCommand(const QStringList& args);
[[nodiscard]] int runCacheCommand(const QStringList& args);
[[nodiscard]] int runHistoryCommand(const QStringList& args);
[[nodiscard]] int runExportDbCommand(const QStringList& args);
[[nodiscard]] int runImportDbCommand(const QStringList& args);
[[nodiscard]] int runSuggestCommand(const QStringList& args);
[[nodiscard]] int runRateCommand(const QStringList& args);
[[nodiscard]] int runLearnedCommand(const QStringList& args);
[[nodiscard]] int runCompareCommand(const QStringList& args);
[[nodiscard]] int runReportCommand(const QStringList& args);
[[nodiscard]] int runReferenceCommand(const QStringList& args);
/// `stemwise report`, which needs a QGuiApplication (on the offscreen platform) for the PDF.
[[nodiscard]] int runReportMain(int argc, char** argv);

/// Parses `args` of `stemwise <command>`. Returns the exit code when the command is done
/// already (help printed: ExitOk; bad usage reported: ExitUsage), nothing when it should run.
[[nodiscard]] std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command,
                                              const QStringList& args);

/// Reads `option` (--bpm) into `tempoBpm` if it is set. Returns ExitUsage (reported) for a
/// value that is not a tempo from 20 to 400 BPM, nothing otherwise.
[[nodiscard]] std::optional<int> readTempoOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                 const QString& command, std::optional<double>& tempoBpm);

/// Reads `option` (--genre) into `genre` (trimmed, lower case) if it is set. Returns
/// ExitUsage (reported) for an empty name, nothing otherwise.
[[nodiscard]] std::optional<int> readGenreOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                 const QString& command, std::optional<std::string>& genre);

/// Writes `text` to stdout, or to the file `target` unless it is "-"; false if it cannot.
[[nodiscard]] bool writeOutput(const QString& target, const std::string& text);
/// Prints "stemwise: <message>" on stderr.
void printError(const QString& message);

}  // namespace stemwise::app
