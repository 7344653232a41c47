// The comparison view and File > Export Report on profiles with known differences, offscreen:
// the dialog compares the chosen pair (offset = the two integrated loudnesses' difference,
// the shelf seen in the bands), draws its chart, and the exported report is a PDF with a JSON
// beside it that validates against stemwise.report/1.
#include "comparison/comparisondialog.h"
#include "pdf/reportexport.h"
#include "tracktablemodel.h"
#include "tolerance.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stemwise;

namespace {

// A flat spectrum at `levelDb`, `shelfDb` more from 2 kHz up; band levels to match.
std::shared_ptr<const core::TrackProfile> profile(const std::string& name, double lufs, double levelDb, double shelfDb)
{
    core::TrackProfile p;
    p.name = name;
    p.type = "other";
    p.typeSource = "name";
    p.file.path = "/nowhere/" + name + ".wav";
    p.file.format = {48000.0, 1, 48000 * 10};
    p.file.fileSizeBytes = 44 + 48000 * 10 * 3;
    p.file.container = "WAV";
    p.file.encoding = "PCM_24";
    p.loudness.integratedLufs = lufs;
    p.loudness.truePeakDbtp = lufs + 12.0;
    p.loudness.lraLu = 4.0;
    p.qualityScore = 90.0;
    for (int k = 0; k <= 240; ++k) {
        const double f = 20.0 * std::exp2(k / 24.0);
        p.spectrum.ltasFrequencyHz.push_back(f);
        p.spectrum.ltasDb.push_back(levelDb + (f >= 2000.0 ? shelfDb : 0.0));
    }
    for (std::size_t i = 0; i < core::kBandCount; ++i) {
        p.spectrum.bands[i].levelDb = levelDb + (core::kBands[i].lowHz >= 2000.0 ? shelfDb : 0.0);
        p.spectrum.bands[i].share = 1.0 / core::kBandCount;
    }
    return std::make_shared<const core::TrackProfile>(std::move(p));
}

}  // namespace

class TestComparisonDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void comparesTheChosenPairAndDrawsIt();
    void exportWritesPdfAndValidJson();

private:
    ui::TrackTableModel m_model;
};

void TestComparisonDialog::init()
{
    m_model.clear();
    m_model.setProfile(m_model.addPending(QStringLiteral("/nowhere/Vocal 1.wav")), profile("Vocal 1", -18.0, -40.0, 0.0), false);
    m_model.setProfile(m_model.addPending(QStringLiteral("/nowhere/Vocal 2.wav")), profile("Vocal 2", -14.8, -38.0, -3.0), false);
}

void TestComparisonDialog::comparesTheChosenPairAndDrawsIt()
{
    ui::ComparisonDialog dialog(m_model);
    dialog.select(1, 0);
    const core::TrackComparison& c = dialog.comparison();
    QCOMPARE(c.aName, std::string("Vocal 2"));
    QCOMPARE(c.bName, std::string("Vocal 1"));
    COMPARE_NEAR(c.loudnessOffsetDb, 3.2, 1e-9);
    COMPARE_NEAR(c.bands[1].deltaDb, 2.0, 1e-9);   // bass: the 2 dB level difference
    COMPARE_NEAR(c.bands[5].deltaDb, -1.0, 1e-9);   // highs: 2 dB up, 3 dB shelf down
    COMPARE_NEAR(c.bands[5].matchedDeltaDb, -4.2, 1e-9);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.findChild<ui::ComparisonChart*>()->grab().toImage();
    const QRgb background = image.pixel(2, 2);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != background ? 1 : 0;
    QVERIFY2(drawn > image.width() * 4, qPrintable(QString::number(drawn)));  // grid, two curves, the difference
    dialog.select(0, 0);
    COMPARE_NEAR(dialog.comparison().loudnessOffsetDb, 0.0, 1e-12);
}

void TestComparisonDialog::exportWritesPdfAndValidJson()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("Session report.pdf"));
    QCOMPARE(ui::exportReport(m_model, QStringLiteral("Session"), pdf), QString());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess p;
    p.start(QStringLiteral(STEMWISE_PYTHON),
            {QStringLiteral(STEMWISE_SOURCE_DIR "/tests/tools/validate_json.py"),
             QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/stemwise.report-1.schema.json"),
             dir.filePath(QStringLiteral("Session report.json"))});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    ui::TrackTableModel empty;
    QVERIFY(!ui::exportReport(empty, QStringLiteral("Nothing"), dir.filePath(QStringLiteral("none.pdf"))).isEmpty());
}

QTEST_MAIN(TestComparisonDialog)
#include "tst_comparisondialog.moc"
