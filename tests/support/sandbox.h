#pragma once
// Real failing file systems for tests: a small tmpfs that fills up (a full disk) and a
// read-only bind mount (read-only media), each in a private mount namespace so nothing on
// the machine changes. `unshare -m` works as root; elsewhere `unshare -rm` makes a user
// namespace that may mount too. Where neither is allowed, a full disk is simulated with
// RLIMIT_FSIZE (writes past the limit fail with EFBIG, SIGXFSZ ignored) and a read-only
// mount cannot be made (the caller QSKIPs).
//
// Scripts run under `sh -c` with $STEMWISE set to the executable; what they print after the
// command (a file's content, `ls`) is how a test sees inside a namespace that ends with them.

#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <csignal>

#include <sys/resource.h>

namespace stemwise::test {

/// How `unshare` gives this test a mount namespace: {"-m"} as root, {"-rm"} in a user
/// namespace, or empty when neither works here.
inline QStringList unshareFlags()
{
    static const QStringList flags = [] {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            return QStringList();
        for (const QString& f : {QStringLiteral("-m"), QStringLiteral("-rm")}) {
            QProcess p;
            p.start(unshare, {f, QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("mount -t tmpfs -o size=64k tmpfs /mnt")});
            if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                return QStringList{f};
        }
        return QStringList();
    }();
    return flags;
}

inline bool canMount() { return !unshareFlags().isEmpty(); }

/// Runs `script` under sh with $STEMWISE set: in a private mount namespace when `mounted`
/// (exitCode -3 when there is none here), and with a file size limit of `fileSizeLimitKb`
/// (> 0) for the simulated full disk.
inline Run runScript(const QString& script, bool mounted, int fileSizeLimitKb = 0)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STEMWISE"), QStringLiteral(STEMWISE_EXECUTABLE));
    p.setProcessEnvironment(env);
    if (fileSizeLimitKb > 0) {
        p.setChildProcessModifier([fileSizeLimitKb] {
            std::signal(SIGXFSZ, SIG_IGN);  // inherited through exec: the write fails with EFBIG instead
            const auto bytes = static_cast<rlim_t>(fileSizeLimitKb) * 1024;
            rlimit limit{bytes, bytes};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    QStringList args{QStringLiteral("sh"), QStringLiteral("-c"), script};
    QString program = QStringLiteral("sh");
    if (mounted) {
        if (!canMount())
            return {-3, {}, {}};
        program = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        args = unshareFlags() + args;
    } else {
        args.removeFirst();
    }
    p.start(program, args);
    p.closeWriteChannel();
    return finish(p);
}

/// Runs `script` with `folder` as a full disk: a tmpfs of `kilobytes` mounted over it (what
/// the script writes there before $STEMWISE runs fills it), or, where nothing can be
/// mounted, with a file size limit of `kilobytes`.
inline Run runScriptOnFullDisk(const QString& folder, int kilobytes, const QString& script)
{
    if (canMount())
        return runScript(QStringLiteral("mount -t tmpfs -o size=%1k tmpfs '%2' || exit 99\n%3").arg(kilobytes).arg(folder, script),
                         true);
    return runScript(script, false, kilobytes);
}

}  // namespace stemwise::test
