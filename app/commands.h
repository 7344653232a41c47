#pragma once
// The command-line subcommands. Each takes its arguments (without "stemwise" and the
// subcommand name), prints to stdout/stderr and returns the process exit code:
// 0 success, 1 some inputs failed (each named with the reason), 2 bad usage.

#include "audio/audiofiles.h"

#include <QStringList>

#include <filesystem>
#include <map>
#include <memory>
#include <string_view>
#include <optional>
#include <string>
#include <vector>

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
[[nodiscard]] int runSectionsCommand(const QStringList& args);
[[nodiscard]] int runRateCommand(const QStringList& args);
[[nodiscard]] int runLearnedCommand(const QStringList& args);
[[nodiscard]] int runCompareCommand(const QStringList& args);
[[nodiscard]] int runReportCommand(const QStringList& args);
[[nodiscard]] int runReferenceCommand(const QStringList& args);
[[nodiscard]] int runGenreCommand(const QStringList& args);
[[nodiscard]] int runImportSessionCommand(const QStringList& args);
[[nodiscard]] int runFollowCommand(const QStringList& args);
[[nodiscard]] int runServeCommand(const QStringList& args);
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
/// ExitUsage (reported) for an empty name or, with `knownOnly` (the genre shapes suggestions),
/// a genre the knowledge base does not know, listing those it does; nothing otherwise.
/// Reference-library tags (`knownOnly` false) may be any name.
[[nodiscard]] std::optional<int> readGenreOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                 const QString& command, std::optional<std::string>& genre,
                                                 bool knownOnly = true);
/// The track types --type accepts, comma-separated ("kick, snare, …").
[[nodiscard]] QString trackTypeList();
/// The genres the knowledge base knows, comma-separated ("pop, rock, …").
[[nodiscard]] QString knownGenreList();
/// A level as the meters print it: "-12.3 dBFS", "-inf dBFS" when silent.
[[nodiscard]] QString dbText(double db, const char* unit);

/// Reads `option` as a number from `min` to `max` (finite: "nan" and "inf" are refused).
/// Returns ExitUsage (reported, naming the option and the range) for anything else; nothing
/// when it is fine or not set.
[[nodiscard]] std::optional<int> readNumberOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                                  const QString& command, double min, double max, double& value);

/// Writes `text` (and a newline) to stdout when `target` is "-", else to the file `target`
/// through core/util/safefile.h: a failure leaves an existing file as it was. Every failure
/// is printed with the file and the reason; returns false then.
[[nodiscard]] bool writeOutput(const QString& target, const std::string& text);

/// An output written piece by piece: stdout for "-", else a file through the safe writer
/// (core/util/safefile.h), replaced only when finish() succeeds. Every failure is printed
/// with the file and the reason.
class OutputStream {
public:
    OutputStream();
    ~OutputStream();
    OutputStream(const OutputStream&) = delete;
    OutputStream& operator=(const OutputStream&) = delete;
    /// False (printed) when the file cannot be started.
    [[nodiscard]] bool open(const QString& target);
    /// False once a write failed; the failure is printed by finish().
    bool write(std::string_view bytes);
    /// Flushes stdout, or commits the file. False (printed) on any failure.
    [[nodiscard]] bool finish();

private:
    struct File;
    QString m_target;
    std::unique_ptr<File> m_file;
    int m_stdoutErrno = 0;
};

/// What an output option writes, to recognise a file it may replace.
enum class OutputKind { Json, Pdf, CsvFolder, Audio };

/// --force: replace an output that names an input or a file that is not an earlier output.
[[nodiscard]] QCommandLineOption forceOption();

/// Refuses an output `target` (of `option`, e.g. "--json") that would replace one of
/// `inputs`, or an existing file that does not look like an earlier output of its kind (an
/// audio file named by --json, any existing file as a recording), unless `force`. "-" and
/// special files (/dev/null) are fine. Returns ExitUsage (reported) when refused.
[[nodiscard]] std::optional<int> checkOutputTarget(const QString& command, const QString& option, const QString& target,
                                                   OutputKind kind, const std::vector<std::filesystem::path>& inputs,
                                                   bool force);
/// Refuses (ExitUsage, reported) a --type NAME=TYPE whose NAME matches none of `files` (by
/// path, track name or file name), listing the tracks it could name.
[[nodiscard]] std::optional<int> checkTypeOverrides(const QString& command,
                                                    const std::map<std::string, std::string>& overrides,
                                                    const std::vector<std::filesystem::path>& files);

/// When `collected` holds no audio file: prints why for every path named (the listing's
/// errors, and "no audio files in it" for a folder) and returns ExitSomeFailed; nothing when
/// there are files to work on.
[[nodiscard]] std::optional<int> reportNoAudio(const QString& command, const QStringList& named,
                                               const core::CollectedFiles& collected, bool recursive);

/// Prints "stemwise: <message>" on stderr.
void printError(const QString& message);

}  // namespace stemwise::app
