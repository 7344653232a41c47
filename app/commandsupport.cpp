#include "commands.h"

#include "analysis/sessionanalysis.h"
#include "analysis/tracktype.h"
#include "report/analysisreport.h"
#include "suggest/knowledgebase.h"
#include "util/safefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

namespace stemwise::app {

namespace {

// What an existing file looks like, from its first bytes.
enum class Looks { Empty, Audio, Json, Pdf, Text, Other };

Looks looksOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    char head[64] = {};
    in.read(head, sizeof head);
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0)
        return Looks::Empty;
    const std::string_view bytes(head, n);
    for (std::string_view tag : {"RIFF", "RF64", "riff", "FORM", "fLaC", "OggS", "caff", "ID3", ".snd"})
        if (bytes.starts_with(tag))
            return Looks::Audio;
    if (n >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && (static_cast<unsigned char>(bytes[1]) & 0xE0) == 0xE0)
        return Looks::Audio;  // an MPEG audio frame
    if (bytes.starts_with("%PDF"))
        return Looks::Pdf;
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '['))
        return Looks::Json;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return Looks::Other;
    }
    return Looks::Text;
}

const char* looksName(Looks looks)
{
    switch (looks) {
    case Looks::Audio: return "an audio file";
    case Looks::Json: return "a JSON document";
    case Looks::Pdf: return "a PDF document";
    case Looks::Text: return "a text file";
    case Looks::Empty:
    case Looks::Other: break;
    }
    return "a file of another kind";
}

bool isInput(const std::filesystem::path& target, const std::vector<std::filesystem::path>& inputs)
{
    for (const auto& input : inputs) {
        std::error_code ec;
        if (std::filesystem::equivalent(target, input, ec) && !ec)
            return true;
    }
    return false;
}

// One file the output would replace: refused when it is an input or not of the output's kind.
std::optional<QString> refusalFor(const std::filesystem::path& path, OutputKind kind,
                                  const std::vector<std::filesystem::path>& inputs)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status) || !std::filesystem::is_regular_file(status))
        return std::nullopt;  // new, or a device such as /dev/null: nothing of the user's is replaced
    const QString name = QString::fromStdString(path.string());
    if (isInput(path, inputs))
        return QStringLiteral("%1 is one of the files this command reads; writing there would destroy it").arg(name);
    const Looks looks = looksOf(path);
    bool sameKind = looks == Looks::Empty;
    switch (kind) {
    case OutputKind::Json: sameKind = sameKind || looks == Looks::Json; break;
    case OutputKind::Pdf: sameKind = sameKind || looks == Looks::Pdf; break;
    case OutputKind::CsvFolder: sameKind = sameKind || looks == Looks::Text; break;
    case OutputKind::Audio: sameKind = false; break;  // a take never replaces a file unasked
    }
    if (sameKind)
        return std::nullopt;
    if (kind == OutputKind::Audio)
        return QStringLiteral("%1 exists already (%2)").arg(name, QString::fromLatin1(looksName(looks)));
    return QStringLiteral("%1 exists and is %2, not an earlier output").arg(name, QString::fromLatin1(looksName(looks)));
}

}  // namespace

bool writeOutput(const QString& target, const std::string& text)
{
    if (target.isEmpty() || target == QLatin1String("-")) {
        errno = 0;
        const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size()
                             && std::fputc('\n', stdout) != EOF && std::fflush(stdout) == 0;
        if (!written) {
            const int error = errno != 0 ? errno : EIO;
            printError(QStringLiteral("cannot write to the standard output: %1")
                           .arg(QString::fromStdString(core::describeWriteErrno(error))));
        }
        return written;
    }
    std::string withNewline = text;
    withNewline += '\n';
    auto written = core::writeFileSafely(target.toStdString(), withNewline);
    if (!written) {
        printError(QStringLiteral("%1: could not be written: %2").arg(target, QString::fromStdString(written.error().message)));
        return false;
    }
    return true;
}

struct OutputStream::File {
    core::SafeFileWriter writer;
};

OutputStream::OutputStream() = default;
OutputStream::~OutputStream() = default;

bool OutputStream::open(const QString& target)
{
    m_target = target;
    if (target.isEmpty() || target == QLatin1String("-"))
        return true;
    auto opened = core::SafeFileWriter::open(target.toStdString());
    if (!opened) {
        printError(QStringLiteral("%1: could not be written: %2").arg(target, QString::fromStdString(opened.error().message)));
        return false;
    }
    m_file = std::make_unique<File>(File{std::move(opened.value())});
    return true;
}

bool OutputStream::write(std::string_view bytes)
{
    if (m_file)
        return m_file->writer.write(bytes);
    if (m_stdoutErrno != 0)
        return false;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size()) {
        m_stdoutErrno = errno != 0 ? errno : EIO;
        return false;
    }
    return true;
}

bool OutputStream::finish()
{
    if (m_file) {
        auto committed = m_file->writer.commit();
        m_file.reset();
        if (!committed) {
            printError(QStringLiteral("%1: could not be written: %2")
                           .arg(m_target, QString::fromStdString(committed.error().message)));
            return false;
        }
        return true;
    }
    errno = 0;
    if (m_stdoutErrno == 0 && std::fflush(stdout) != 0)
        m_stdoutErrno = errno != 0 ? errno : EIO;
    if (m_stdoutErrno != 0) {
        printError(QStringLiteral("cannot write to the standard output: %1")
                       .arg(QString::fromStdString(core::describeWriteErrno(m_stdoutErrno))));
        return false;
    }
    return true;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              QStringLiteral("Replace an output file even if it is one of the inputs or does not look "
                                             "like an earlier output of its kind."));
}

std::optional<int> checkOutputTarget(const QString& command, const QString& option, const QString& target,
                                     OutputKind kind, const std::vector<std::filesystem::path>& inputs, bool force)
{
    if (force || target.isEmpty() || target == QLatin1String("-"))
        return std::nullopt;
    const std::filesystem::path path = target.toStdString();
    std::optional<QString> refusal;
    if (kind == OutputKind::CsvFolder) {
        std::error_code ec;
        if (std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec)) {
            refusal = QStringLiteral("%1 is a file, not a folder").arg(target);
        } else {
            for (const char* name : {"figures.csv", "bands.csv", "spectra.csv", "loudness.csv"})
                if (!refusal)
                    refusal = refusalFor(path / name, kind, inputs);
        }
    } else {
        refusal = refusalFor(path, kind, inputs);
    }
    if (!refusal)
        return std::nullopt;
    printError(QStringLiteral("%1: %2 %3: %4; nothing was written (name another file, or add --force to replace it)")
                   .arg(command, option, target, *refusal));
    return ExitUsage;
}

std::optional<int> readNumberOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                    const QString& command, double min, double max, double& value)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < min || number > max) {
        printError(QStringLiteral("%1: --%2 takes a number from %3 to %4 (got '%5')")
                       .arg(command, option.names().constFirst())
                       .arg(min)
                       .arg(max)
                       .arg(parser.value(option)));
        return ExitUsage;
    }
    value = number;
    return std::nullopt;
}

std::optional<int> readTempoOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                   const QString& command, std::optional<double>& tempoBpm)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double bpm = parser.value(option).trimmed().toDouble(&ok);
    // toDouble() reads "nan" and "inf" as numbers; no comparison refuses NaN, so say finite.
    if (!ok || !std::isfinite(bpm) || bpm < 20.0 || bpm > 400.0) {
        printError(QStringLiteral("%1: --bpm takes a tempo from 20 to 400 BPM (got '%2')").arg(command, parser.value(option)));
        return ExitUsage;
    }
    tempoBpm = bpm;
    return std::nullopt;
}

QString trackTypeList()
{
    QStringList names;
    for (auto t : core::kTrackTypes)
        names << QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
    return names.join(QStringLiteral(", "));
}

QString knownGenreList()
{
    QStringList names;
    for (auto g : core::knownGenres())
        names << QString::fromLatin1(g.data(), static_cast<qsizetype>(g.size()));
    return names.join(QStringLiteral(", "));
}

QString dbText(double db, const char* unit)
{
    return std::isfinite(db) ? QStringLiteral("%1 %2").arg(db, 0, 'f', 1).arg(QLatin1String(unit))
                             : QStringLiteral("-inf %1").arg(QLatin1String(unit));
}

std::optional<int> readGenreOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                   const QString& command, std::optional<std::string>& genre, bool knownOnly)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const std::string name = parser.value(option).trimmed().toLower().toStdString();
    if (name.empty()) {
        printError(QStringLiteral("%1: --genre wants a name").arg(command));
        return ExitUsage;
    }
    if (knownOnly) {
        const auto known = core::knownGenres();
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            printError(QStringLiteral("%1: --genre: unknown genre '%2'; Stemwise knows: %3")
                           .arg(command, parser.value(option).trimmed(), knownGenreList()));
            return ExitUsage;
        }
    }
    genre = name;
    return std::nullopt;
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    if (!parser.parse(QStringList{QStringLiteral("stemwise ") + command} + args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by argv[0] (a path); the user typed "stemwise <command>".
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (!program.isEmpty() && help.startsWith(QStringLiteral("Usage: ") + program))
            help.replace(7, program.size(), QStringLiteral("stemwise ") + command);
        std::printf("%s", qPrintable(help));
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<int> checkTypeOverrides(const QString& command, const std::map<std::string, std::string>& overrides,
                                      const std::vector<std::filesystem::path>& files)
{
    for (const auto& [name, type] : overrides) {
        core::SessionAnalysisOptions one;
        one.typeOverrides[name] = type;
        const bool matches = std::any_of(files.begin(), files.end(),
                                         [&one](const auto& f) { return core::typeOverrideFor(one, f).has_value(); });
        if (matches)
            continue;
        QStringList tracks;
        for (const auto& f : files)
            tracks << QString::fromStdString(core::trackNameFromPath(f));
        tracks.removeDuplicates();
        printError(QStringLiteral("%1: --type %2=%3: no file named '%2' among the inputs (their tracks: %4)")
                       .arg(command, QString::fromStdString(name), QString::fromStdString(type),
                            tracks.isEmpty() ? QStringLiteral("none") : tracks.join(QStringLiteral(", "))));
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<int> reportNoAudio(const QString& command, const QStringList& named, const core::CollectedFiles& collected,
                                 bool recursive)
{
    if (!collected.files.empty())
        return std::nullopt;
    for (const auto& e : collected.errors)
        printError(QStringLiteral("%1: %2").arg(QString::fromStdString(e.path.string()), QString::fromStdString(e.error)));
    for (const QString& path : named) {
        std::error_code ec;
        const std::filesystem::path folder = path.toStdString();
        if (!std::filesystem::is_directory(folder, ec))
            continue;
        bool hasFolders = false;
        for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end && !hasFolders; it.increment(ec))
            hasFolders = it->is_directory(ec) && !it->path().filename().string().starts_with('.');
        printError(QStringLiteral("%1: no audio files in this folder%2").arg(path,
                   !recursive && hasFolders ? QStringLiteral(" (its sub-folders are read with --recursive)")
                                            : QStringLiteral(" (Stemwise reads WAV, AIFF, FLAC, Ogg, Opus, MP3, CAF, "
                                                             "W64 and RF64 files)")));
    }
    printError(QStringLiteral("%1: nothing to analyse").arg(command));
    return ExitSomeFailed;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "stemwise: %s\n", qPrintable(message));
}

}  // namespace stemwise::app
