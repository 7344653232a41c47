#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <string>

namespace stemwise::app {

bool writeOutput(const QString& target, const std::string& text)
{
    if (target.isEmpty() || target == QLatin1String("-")) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        std::fputc('\n', stdout);
        return std::fflush(stdout) == 0;
    }
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        printError(QStringLiteral("%1: cannot write: %2").arg(target, file.errorString()));
        return false;
    }
    file.write(text.data(), static_cast<qint64>(text.size()));
    file.write("\n");
    return file.flush();
}

std::optional<int> readTempoOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                   const QString& command, std::optional<double>& tempoBpm)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double bpm = parser.value(option).toDouble(&ok);
    if (!ok || bpm < 20.0 || bpm > 400.0) {
        printError(QStringLiteral("%1: --bpm takes a tempo from 20 to 400").arg(command));
        return ExitUsage;
    }
    tempoBpm = bpm;
    return std::nullopt;
}

std::optional<int> readGenreOption(const QCommandLineParser& parser, const QCommandLineOption& option,
                                   const QString& command, std::optional<std::string>& genre)
{
    if (!parser.isSet(option))
        return std::nullopt;
    const std::string name = parser.value(option).trimmed().toLower().toStdString();
    if (name.empty()) {
        printError(QStringLiteral("%1: --genre wants a name").arg(command));
        return ExitUsage;
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

void printError(const QString& message)
{
    std::fprintf(stderr, "stemwise: %s\n", qPrintable(message));
}

}  // namespace stemwise::app
