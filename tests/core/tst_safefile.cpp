// The one way Stemwise writes a file (core/util/safefile.h): complete or not at all, the
// old file kept on any failure, every failure said. Failures are real ones: /dev/full, a
// folder that cannot be written, a file size limit (a full disk as the kernel reports it).
#include "audio/audiofilewriter.h"
#include "util/safefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fstream>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace stemwise;

namespace {

std::string contentOf(const std::filesystem::path& path)
{
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("<missing>");
}

QStringList entries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

}  // namespace

class TestSafeFile : public QObject {
    Q_OBJECT
private slots:
    void writesAndReplacesWholeFiles();
    void keepsTheModeOfTheFileItReplaces();
    void failedWriteLeavesTheOldFileAndNoTemporary();
    void devFullIsWrittenInPlaceAndSaysTheDiskIsFull();
    void folderThatCannotBeWrittenIsAClearError();
    void symbolicLinkIsFollowedAndKept();
    void unfinishedWriterLeavesNothing();
    void audioWriterReplacesOnlyWhenComplete();
};

void TestSafeFile::writesAndReplacesWholeFiles()
{
    QTemporaryDir dir;
    const std::filesystem::path target = dir.filePath(QStringLiteral("report.json")).toStdString();
    auto first = core::writeFileSafely(target, "{\"a\": 1}\n");
    QVERIFY(first.ok());
    QCOMPARE(first.value(), std::uintmax_t{9});
    QCOMPARE(contentOf(target), std::string("{\"a\": 1}\n"));
    auto second = core::writeFileSafely(target, "{\"b\": 2}\n");
    QVERIFY(second.ok());
    QCOMPARE(contentOf(target), std::string("{\"b\": 2}\n"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("report.json")});
}

void TestSafeFile::keepsTheModeOfTheFileItReplaces()
{
    QTemporaryDir dir;
    const std::filesystem::path target = dir.filePath(QStringLiteral("shared.csv")).toStdString();
    QVERIFY(core::writeFileSafely(target, "a\n").ok());
    QCOMPARE(::chmod(target.c_str(), 0640), 0);
    QVERIFY(core::writeFileSafely(target, "b\n").ok());
    struct stat st {};
    QCOMPARE(::stat(target.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 07777, 0640u);
}

void TestSafeFile::failedWriteLeavesTheOldFileAndNoTemporary()
{
    // A full disk as the kernel reports it to a writer over its file size limit (EFBIG):
    // in a child process, so the limit is its own.
    QTemporaryDir dir;
    const std::filesystem::path target = dir.filePath(QStringLiteral("backup.json")).toStdString();
    QVERIFY(core::writeFileSafely(target, "{\"old\": true}\n").ok());
    const pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
        const auto written = core::writeFileSafely(target, std::string(100000, 'x'));
        const bool saysWhy = !written.ok() && written.error().code == core::ErrorCode::CannotWrite
                             && written.error().message.find("file size limit") != std::string::npos
                             && written.error().message.find("the existing file was left as it was") != std::string::npos;
        ::_exit(saysWhy ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    QCOMPARE(contentOf(target), std::string("{\"old\": true}\n"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("backup.json")});
}

void TestSafeFile::devFullIsWrittenInPlaceAndSaysTheDiskIsFull()
{
    auto written = core::writeFileSafely("/dev/full", std::string(10000, 'x'));
    QVERIFY(!written.ok());
    QCOMPARE(QString::fromStdString(written.error().message), QStringLiteral("the disk is full (No space left on device)"));
    QCOMPARE(QString::fromStdString(written.error().detail), QStringLiteral("No space left on device"));
    // /dev/null is a fine target: it is written in place, never renamed over.
    QVERIFY(core::writeFileSafely("/dev/null", "x").ok());
    QVERIFY(std::filesystem::is_character_file("/dev/null"));
}

void TestSafeFile::folderThatCannotBeWrittenIsAClearError()
{
    auto missing = core::writeFileSafely("/nonexistent-folder/report.json", "{}");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.find("its folder does not exist") != std::string::npos, missing.error().message.c_str());
    QTemporaryDir dir;
    auto folder = core::writeFileSafely(dir.path().toStdString(), "{}");
    QVERIFY(!folder.ok());
    QCOMPARE(QString::fromStdString(folder.error().message), QStringLiteral("is a folder, not a file"));
}

void TestSafeFile::symbolicLinkIsFollowedAndKept()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    const std::filesystem::path real = dir.filePath(QStringLiteral("real/report.json")).toStdString();
    const std::filesystem::path link = dir.filePath(QStringLiteral("report.json")).toStdString();
    QVERIFY(core::writeFileSafely(real, "old").ok());
    std::filesystem::create_symlink(real, link);
    QVERIFY(core::writeFileSafely(link, "new").ok());
    QVERIFY(std::filesystem::is_symlink(link));
    QCOMPARE(contentOf(real), std::string("new"));
}

void TestSafeFile::unfinishedWriterLeavesNothing()
{
    QTemporaryDir dir;
    const std::filesystem::path target = dir.filePath(QStringLiteral("a.json")).toStdString();
    QVERIFY(core::writeFileSafely(target, "old").ok());
    {
        auto writer = core::SafeFileWriter::open(target);
        QVERIFY(writer.ok());
        QVERIFY(writer.value().write("half of a new"));
        QVERIFY(QFileInfo::exists(QString::fromStdString(writer.value().writingPath().string())));
        QVERIFY(QString::fromStdString(writer.value().writingPath().filename().string()).startsWith(QLatin1Char('.')));
    }  // destroyed without commit(): as if the program had stopped
    QCOMPARE(contentOf(target), std::string("old"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("a.json")});
}

void TestSafeFile::audioWriterReplacesOnlyWhenComplete()
{
    QTemporaryDir dir;
    const std::filesystem::path target = dir.filePath(QStringLiteral("Take 1.wav")).toStdString();
    QVERIFY(core::writeFileSafely(target, "the user's take").ok());
    const std::vector<float> samples(4800, 0.25f);
    const float* channel = samples.data();
    {
        auto writer = core::AudioFileWriter::create(target, {core::FileType::Wav, core::SampleEncoding::Pcm16, 48000.0, 1});
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->write({&channel, 1}, samples.size()));
        QCOMPARE(contentOf(target), std::string("the user's take"));  // nothing replaced while writing
    }  // never closed
    QCOMPARE(contentOf(target), std::string("the user's take"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("Take 1.wav")});
    auto writer = core::AudioFileWriter::create(target, {core::FileType::Wav, core::SampleEncoding::Pcm16, 48000.0, 1});
    QVERIFY(writer.ok());
    QVERIFY(writer.value()->write({&channel, 1}, samples.size()));
    QVERIFY(writer.value()->close());
    QCOMPARE(contentOf(target).substr(0, 4), std::string("RIFF"));
    QCOMPARE(entries(dir), QStringList{QStringLiteral("Take 1.wav")});
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
