// The PDF report draws any name (issue 15): emoji printed as empty boxes, a right-to-left
// override scrambled the line, and a long name left its cell blank. The PDF is read back with
// poppler's pdffonts (which fonts it embeds) and pdftotext (what a reader sees), and a full
// disk or /dev/full is an error that leaves an earlier PDF as it was.
#include "analysis/trackanalysis.h"
#include "pdf/reportpdf.h"
#include "report/sessionreport.h"
#include "testsignals.h"

#include <QFile>

#include <filesystem>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

core::TrackProfile trackNamed(const QString& name, double hz)
{
    const auto samples = test::sine(hz, 0.3, 48000, 48000 * 2);
    const float* channel = samples.data();
    auto profile = core::analyzeBuffer({&channel, 1}, samples.size(), 48000.0, name.toStdString());
    profile.value().file.path = std::filesystem::path("/music/session") / (name.toStdString() + ".wav");
    return profile.value();
}

const QString kEmoji = QStringLiteral("Guitar \U0001F3B8 take");
const QString kOverride = QString(QChar(0x202E)) + QStringLiteral("evil.wav");
const QString kHebrew = QStringLiteral("\u05E9\u05D9\u05E8 vocal");
const QString kChinese = QStringLiteral("\u4E3B\u5531 lead");
const QString kLong = QStringLiteral("Very long stem name from a session export ") + QString(160, QLatin1Char('x'))
                      + QStringLiteral(" final END");

}  // namespace

class TestReportPdfNames : public QObject {
    Q_OBJECT
private slots:
    void anyNameIsDrawn();
    void namesAreIsolatedAndElided();
    void failedWriteKeepsTheEarlierPdf();
};

void TestReportPdfNames::anyNameIsDrawn()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty())
        QSKIP("poppler-utils (pdffonts, pdftotext) are not installed");
    core::SessionReport report;
    report.title = "Names";
    report.generatedAt = "2026-01-01T00:00:00.000Z";
    int i = 0;
    for (const QString& name : {kEmoji, kOverride, kHebrew, kChinese, kLong})
        report.tracks.push_back(trackNamed(name, 110.0 * ++i));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("names.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    // The emoji from Symbola, the Chinese from Droid Sans Fallback: no empty boxes.
    QVERIFY2(fonts.contains(QStringLiteral("Symbola")), qPrintable(fonts));
    QVERIFY2(fonts.contains(QStringLiteral("DroidSansFallback")), qPrintable(fonts));
    // pdftotext gives the ligatures fi and fl back as one character each ("\uFB01nal" for "final").
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                             .replace(QChar(0xFB01), QStringLiteral("fi"))
                             .replace(QChar(0xFB02), QStringLiteral("fl"));
    // (pdftotext does not give the emoji back, though it is drawn: the fonts above say so.)
    QVERIFY2(text.contains(QStringLiteral("\u4E3B\u5531")), qPrintable(text.left(2000)));
    // The override is gone: the name and its file name read as they were meant, and the
    // rest of their line is not reversed ("vaw.live", "zH 00084" before).
    QVERIFY2(text.contains(QStringLiteral("evil.wav")) && !text.contains(QStringLiteral("vaw.live"))
                 && !text.contains(QStringLiteral("zH")),
             qPrintable(text.left(3000)));
    // The long name: its start and end with the middle left out, never a blank cell.
    QVERIFY2(text.contains(QStringLiteral("Very long stem")) && text.contains(QStringLiteral("final END")),
             qPrintable(text.left(3000)));
    QVERIFY(text.contains(QChar(0x2026)));
    // Its file name too, on the cover and on its page: elided in the middle, its end kept.
    QVERIFY2(text.count(QStringLiteral("final END.wav")) >= 2, qPrintable(text.left(3000)));
    // The JSON keeps every name whole.
    const QString json = QString::fromStdString(core::sessionReportJson(report));
    QVERIFY(json.contains(kLong));
}

void TestReportPdfNames::namesAreIsolatedAndElided()
{
    QImage device(100, 100, QImage::Format_ARGB32);
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(8);
    const QString shown = ui::pdfName(kOverride, font, &device, 0);
    QCOMPARE(shown, QString(QChar(0x2068)) + QStringLiteral("evil.wav") + QChar(0x2069));
    const QString elided = ui::pdfName(kLong, font, &device, 120);
    QVERIFY(elided.size() < kLong.size());
    QVERIFY(elided.contains(QChar(0x2026)));
    QVERIFY(elided.contains(QStringLiteral("END")));
    QVERIFY(elided.contains(QStringLiteral("Very")));
}

void TestReportPdfNames::failedWriteKeepsTheEarlierPdf()
{
    // report --pdf on a full disk or /dev/full wrote a corrupt PDF and exited 0.
    core::SessionReport report;
    report.title = "Full";
    report.tracks.push_back(trackNamed(QStringLiteral("Kick"), 60.0));
    const QString error = ui::writeReportPdf(report, QStringLiteral("/dev/full"));
    QCOMPARE(error, QStringLiteral("could not be written: the disk is full (No space left on device)"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 the earlier report\n");
    }
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QString refused = ui::writeReportPdf(report, pdf);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    if (refused.isEmpty())
        QSKIP("running as root: a folder's permissions do not stop writing (the full-disk case is tst_userdata's)");
    QVERIFY2(refused.contains(QStringLiteral("the existing file was left as it was")), qPrintable(refused));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("%PDF-1.4 the earlier report\n"));
}

QTEST_MAIN(TestReportPdfNames)
#include "tst_reportpdfnames.moc"
