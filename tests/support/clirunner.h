#pragma once
// Runs the stemwise executable and the repository's JSON Schema validator from a test.
// Include only in tests whose target defines STEMWISE_EXECUTABLE (see tests/app/CMakeLists.txt);
// STEMWISE_PYTHON and STEMWISE_SOURCE_DIR come with every stemwise_add_test().

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace stemwise::test {

struct Run {
    int exitCode = -1;  ///< -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

/// Waits (up to 2 minutes) for a started process and collects its exit code and output.
inline Run finish(QProcess& p)
{
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline Run runStemwise(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(STEMWISE_EXECUTABLE), args);
    p.write(input);
    p.closeWriteChannel();
    return finish(p);
}

/// The validator's complaints about `json` against resources/schemas/<schemaFile>; empty when valid.
inline QString schemaViolations(const QByteArray& json, const char* schemaFile)
{
    QProcess p;
    p.start(QStringLiteral(STEMWISE_PYTHON),
            {QStringLiteral(STEMWISE_SOURCE_DIR "/tests/tools/validate_json.py"),
             QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/") + QLatin1String(schemaFile),
             QStringLiteral("-")});
    p.write(json);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() == 0)
        return {};
    return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
}

}  // namespace stemwise::test
