// stemwise compare and stemwise report through the command line, on the built-in demo
// session: comparison and report JSON that validate against their schemas, a PDF whose text
// (pdftotext) names every track with its integrated loudness as the JSON has it, one page
// per track after the cover and summary, CSV files with the same figures, and the exit codes
// the contract names (0 / 1 / 2).
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;
using test::Run;
using test::runStemwise;
using test::schemaViolations;

namespace {

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(QString::fromUtf8(r.err), QString::fromUtf8(r.out.left(2000)));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestReportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNamesTheCommands();
    void compareTwoTracksPrintsValidJson();
    void compareWithSeveralReferencesUsesTheirTarget();
    void referenceLibraryTagsByGenreAndMakesTheTarget();
    void threeReferencesOrMorePlaceTheMixInTheirStyle();
    void genreIsTheNearestTaggedGenre();
    void anUnreadableStemIsLeftOutOfTheGenresSum();
    void previousBounceIsComparedFromTheHistory();
    void reportJsonValidatesAndHoldsEveryTrack();
    void pdfTextNamesEveryTrackWithItsLoudness();
    void pdfIsNamedAfterTheSessionWithItsTempoAndKey();
    void pdfNamesTheFilesItCouldNotAnalyse();
    void csvHoldsTheSameFigures();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();
    void missingFileExitsWithOne();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("stemwise.sqlite"))}; }
    QString demo(const QString& file = {}) const
    {
        return file.isEmpty() ? m_dir.filePath(QStringLiteral("demo")) : m_dir.filePath(QStringLiteral("demo/") + file);
    }

    QTemporaryDir m_dir;
    QJsonObject m_report;

    // A track's integrated loudness as the session report's summary has it (0 if absent).
    double integratedLufsInReport(const QString& name) const
    {
        for (const auto& t : m_report.value(QStringLiteral("summary")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == name)
                return t.toObject().value(QStringLiteral("integrated_lufs")).toDouble();
        return 0.0;
    }
};

void TestReportCli::initTestCase()
{
    Run r = runStemwise({QStringLiteral("demo"), demo()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("report"), demo(), QStringLiteral("--json"),
                                m_dir.filePath(QStringLiteral("report.json")), QStringLiteral("--pdf"),
                                m_dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("--csv"),
                                m_dir.filePath(QStringLiteral("csv"))}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    m_report = QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("report.json")))).object();
    QCOMPARE(m_report.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.report/1"));
}

void TestReportCli::helpNamesTheCommands()
{
    const Run r = runStemwise({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("stemwise compare A B"));
    QVERIFY(r.out.contains("stemwise report PATH"));
    for (const char* command : {"compare", "report"}) {
        const Run help = runStemwise({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QByteArray("Usage: stemwise ") + command));
    }
}

void TestReportCli::compareTwoTracksPrintsValidJson()
{
    const Run r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Lead Vocal.wav")),
                                          demo(QStringLiteral("Pad.wav")), QStringLiteral("--json"), QStringLiteral("-")}
                              + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.comparison-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Lead Vocal"));
    QCOMPARE(doc.value(QStringLiteral("b")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Pad"));
    // The offset is the two integrated loudnesses' difference, as the report has them.
    const double vocal = integratedLufsInReport(QStringLiteral("Lead Vocal"));
    const double pad = integratedLufsInReport(QStringLiteral("Pad"));
    QVERIFY(std::abs(doc.value(QStringLiteral("loudness_offset_db")).toDouble() - (vocal - pad)) < 1e-9);
    QVERIFY(!doc.value(QStringLiteral("findings")).toArray().isEmpty());
    // Text: the findings first.
    const Run text = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Lead Vocal.wav")),
                                             demo(QStringLiteral("Pad.wav"))}
                                 + db());
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains("Lead Vocal is ") && text.out.contains("LUFS integrated"), text.out.constData());
}

void TestReportCli::compareWithSeveralReferencesUsesTheirTarget()
{
    const Run r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav")),
                                          demo(QStringLiteral("Pad.wav")), demo(QStringLiteral("Lead Vocal.wav")),
                                          QStringLiteral("--json"), QStringLiteral("-")}
                              + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.comparison-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("target_references")).toArray().size(), 2);
    QVERIFY(doc.value(QStringLiteral("bands")).toArray().at(3).toObject().value(QStringLiteral("spread_db")).toDouble() > 0.0);
}

// With three references or more, A is placed in their distributions (compare/referencestyle.h):
// `compare` carries `style` (each figure with the references' 10th, 50th and 90th percentiles),
// and `report --reference` compares the stems' sum, the Mix, first, judged against them.
void TestReportCli::threeReferencesOrMorePlaceTheMixInTheirStyle()
{
    const QStringList refs{demo(QStringLiteral("Pad.wav")), demo(QStringLiteral("Lead Vocal.wav")),
                           demo(QStringLiteral("Kick.wav"))};
    Run r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav"))} + refs
                        + QStringList{QStringLiteral("--json"), QStringLiteral("-")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.comparison-1.schema.json"), QString());
    const QJsonArray style = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("style")).toArray();
    // The bands the bass has (its air is silence), PLR and LRA (width: only of stereo files).
    QVERIFY(style.size() >= 8);
    QStringList keys;
    for (const auto& item : style) {
        const QJsonObject d = item.toObject();
        keys << d.value(QStringLiteral("key")).toString();
        QCOMPARE(d.value(QStringLiteral("references")).toInt(), 3);
        QVERIFY(d.value(QStringLiteral("p10")).toDouble() <= d.value(QStringLiteral("median")).toDouble());
        QVERIFY(d.value(QStringLiteral("median")).toDouble() <= d.value(QStringLiteral("p90")).toDouble());
    }
    QVERIFY(keys.contains(QStringLiteral("plr_db")) && keys.contains(QStringLiteral("lra_lu"))
            && keys.contains(QStringLiteral("band_bass_db")));
    r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav"))} + refs + db());
    QVERIFY2(r.out.contains("against your references"), r.out.constData());

    QStringList args{QStringLiteral("report"), demo(), QStringLiteral("--json"), QStringLiteral("-")};
    for (const QString& f : refs)
        args << QStringLiteral("--reference") << f;
    r = runStemwise(args + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.report-1.schema.json"), QString());
    const QJsonArray comparisons = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("comparisons")).toArray();
    QVERIFY(comparisons.size() >= 2);
    const QJsonObject mix = comparisons.at(0).toObject();
    QCOMPARE(mix.value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Mix"));
    QVERIFY(!mix.value(QStringLiteral("style")).toArray().isEmpty());
    // The stems are compared with the references, not judged by their style.
    QVERIFY(!comparisons.at(1).toObject().contains(QStringLiteral("style")));
}

// stemwise genre against a library of its own: the kick is nearest the genre whose references
// are the kick and the bass, not the one of the pad and the vocal; the stems' folder is summed
// first; without tagged references the built-in profiles give an estimate, each score marked
// built_in.
void TestReportCli::genreIsTheNearestTaggedGenre()
{
    const QStringList library{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("genres.sqlite"))};
    Run r = runStemwise(QStringList{QStringLiteral("genre"), demo(QStringLiteral("Kick.wav")), QStringLiteral("--json"),
                                    QStringLiteral("-")}
                        + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.genre-1.schema.json"), QString());
    const QJsonObject alone = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!alone.value(QStringLiteral("genre")).toString().isEmpty());
    const QJsonArray builtIn = alone.value(QStringLiteral("scores")).toArray();
    QCOMPARE(builtIn.size(), 8);  // one per genre the suggestions know
    for (const QJsonValue& score : builtIn)
        QVERIFY(score.toObject().value(QStringLiteral("built_in")).toBool());
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Kick.wav")),
                                demo(QStringLiteral("Bass.wav")), QStringLiteral("--genre"), QStringLiteral("low")}
                    + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Pad.wav")),
                                demo(QStringLiteral("Lead Vocal.wav")), QStringLiteral("--genre"), QStringLiteral("high")}
                    + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("genre"), demo(QStringLiteral("Kick.wav")), QStringLiteral("--json"),
                                QStringLiteral("-")}
                    + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.genre-1.schema.json"), QString());
    const QJsonObject kick = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(kick.value(QStringLiteral("genre")).toString(), QStringLiteral("low"));
    const QJsonArray scores = kick.value(QStringLiteral("scores")).toArray();
    QCOMPARE(scores.size(), 10);  // the two tagged genres and the eight built-in profiles
    QVERIFY(!scores.at(0).toObject().value(QStringLiteral("built_in")).toBool());
    double high = -1.0;
    for (const QJsonValue& score : scores)
        if (score.toObject().value(QStringLiteral("genre")).toString() == QStringLiteral("high"))
            high = score.toObject().value(QStringLiteral("distance")).toDouble();
    QVERIFY(scores.at(0).toObject().value(QStringLiteral("distance")).toDouble() < high);
    r = runStemwise(QStringList{QStringLiteral("genre"), demo()} + library);  // the folder: its sum
    QVERIFY2(r.exitCode == 0 && r.out.startsWith("Genre: "), qPrintable(describe(r)));
}

// Of several stems, one that cannot be read is named once and left out of the sum: the others
// still get their genre (before, the sum failed on it and there was none), and the exit code
// says that a file failed.
void TestReportCli::anUnreadableStemIsLeftOutOfTheGenresSum()
{
    const QString folder = m_dir.filePath(QStringLiteral("genre-with-broken"));
    QVERIFY(QDir().mkpath(folder));
    for (const char* name : {"Kick.wav", "Bass.wav", "Pad.wav"})
        QVERIFY(QFile::copy(demo(QLatin1String(name)), folder + QLatin1Char('/') + QLatin1String(name)));
    QFile broken(folder + QStringLiteral("/Broken.wav"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.close();
    const QStringList library{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("genre-broken.sqlite"))};
    const Run r = runStemwise(QStringList{QStringLiteral("genre"), folder} + library);
    QVERIFY2(r.exitCode == 1 && r.out.startsWith("Genre: "), qPrintable(describe(r)));
    QCOMPARE(QString::fromUtf8(r.err).count(QStringLiteral("Broken.wav")), 1);
    QVERIFY2(!r.err.contains("the stems' sum"), qPrintable(describe(r)));
}

void TestReportCli::referenceLibraryTagsByGenreAndMakesTheTarget()
{
    Run r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Pad.wav")),
                                    demo(QStringLiteral("Lead Vocal.wav")), QStringLiteral("--genre"), QStringLiteral(" Pop ")}
                        + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Kick.wav")),
                                QStringLiteral("--genre"), QStringLiteral("techno")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray pop = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(pop.size(), 2);
    QCOMPARE(pop.at(0).toObject().value(QStringLiteral("genre")).toString(), QStringLiteral("pop"));
    // Adding the same content again updates it rather than adding a row.
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Pad.wav")),
                                QStringLiteral("--genre"), QStringLiteral("pop")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav")), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json"), QStringLiteral("-")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.comparison-1.schema.json"), QString());
    const QJsonArray used = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("target_references")).toArray();
    QCOMPARE(used.size(), 2);
    // Rated "not my style", a reference leaves the genre's target; rated "want", it is back and
    // counts twice in the style (style_weight 2). Another word is bad usage (2).
    const QString firstId = QString::number(pop.at(0).toObject().value(QStringLiteral("id")).toInteger());
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("rate"), firstId, QStringLiteral("not-my-style")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav")), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json"), QStringLiteral("-")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("target_references")).toArray().size(), 1);
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("rate"), firstId, QStringLiteral("want")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json")}
                    + db());
    const QJsonObject rated = QJsonDocument::fromJson(r.out).array().at(0).toObject();
    QCOMPARE(rated.value(QStringLiteral("rating")).toString(), QStringLiteral("want"));
    QCOMPARE(rated.value(QStringLiteral("style_weight")).toDouble(), 2.0);
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("rate"), firstId, QStringLiteral("loud")} + db());
    QCOMPARE(r.exitCode, 2);
    // Remove one; the genre then has one reference left. An unknown genre is an error (1).
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("remove"),
                                QString::number(pop.at(0).toObject().value(QStringLiteral("id")).toInteger())}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json")}
                    + db());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    // A reference of one session is not in the library.
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo(QStringLiteral("Bass.wav")),
                                QStringLiteral("--genre"), QStringLiteral("pop"), QStringLiteral("--session"), demo()}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--session"), demo()}
                    + db());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    r = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("list"), QStringLiteral("--genre"),
                                QStringLiteral("pop"), QStringLiteral("--json")}
                    + db());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    r = runStemwise(QStringList{QStringLiteral("compare"), demo(QStringLiteral("Bass.wav")), QStringLiteral("--genre"),
                                QStringLiteral("polka")}
                    + db());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("polka"));
}

void TestReportCli::previousBounceIsComparedFromTheHistory()
{
    // "Vocal.wav" is bounced twice: first with the pad's content, then with the vocal's.
    const QString folder = m_dir.filePath(QStringLiteral("bounces"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/Vocal.wav");
    QVERIFY(QFile::copy(demo(QStringLiteral("Pad.wav")), file));
    Run r = runStemwise(QStringList{QStringLiteral("compare"), file, QStringLiteral("--previous")} + db());
    QCOMPARE(r.exitCode, 1);  // no earlier bounce yet
    QVERIFY2(r.err.contains("no earlier bounce"), r.err.constData());
    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::copy(demo(QStringLiteral("Lead Vocal.wav")), file));
    r = runStemwise(QStringList{QStringLiteral("compare"), file, QStringLiteral("--previous"), QStringLiteral("--json"),
                                QStringLiteral("-")}
                    + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.comparison-1.schema.json"), QString());
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(doc.value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Vocal (now)"));
    QVERIFY(doc.value(QStringLiteral("b")).toObject().value(QStringLiteral("name")).toString().startsWith(
        QStringLiteral("Vocal (bounce of ")));
    const double vocal = integratedLufsInReport(QStringLiteral("Lead Vocal"));
    const double pad = integratedLufsInReport(QStringLiteral("Pad"));
    QVERIFY(std::abs(doc.value(QStringLiteral("loudness_offset_db")).toDouble() - (vocal - pad)) < 1e-9);
}

void TestReportCli::reportJsonValidatesAndHoldsEveryTrack()
{
    const QByteArray json = readAll(m_dir.filePath(QStringLiteral("report.json")));
    QCOMPARE(schemaViolations(json, "stemwise.report-1.schema.json"), QString());
    const QStringList files = QDir(demo()).entryList({QStringLiteral("*.wav")}, QDir::Files);
    QCOMPARE(m_report.value(QStringLiteral("tracks")).toArray().size(), files.size());
    QCOMPARE(m_report.value(QStringLiteral("session")).toObject().value(QStringLiteral("track_count")).toInt(), files.size());
    // The demo's five stems play throughout its 24 s at 120 BPM: one section, A, bars of 2 s.
    const QJsonObject sections = m_report.value(QStringLiteral("session")).toObject().value(QStringLiteral("sections")).toObject();
    QCOMPARE(sections.value(QStringLiteral("stems")).toInt(), files.size());
    QCOMPARE(sections.value(QStringLiteral("bar_s")).toDouble(), 2.0);
    QCOMPARE(sections.value(QStringLiteral("boundaries")).toArray().size(), 0);
    QCOMPARE(sections.value(QStringLiteral("sections")).toArray().size(), 1);
    QCOMPARE(sections.value(QStringLiteral("sections")).toArray()[0].toObject().value(QStringLiteral("group")).toString(),
             QStringLiteral("A"));
    // Suggestions carry the id to rate them; rating one shows up in the next report.
    QJsonObject rated;
    for (const auto& t : m_report.value(QStringLiteral("tracks")).toArray())
        for (const auto& s : t.toObject().value(QStringLiteral("suggestions")).toArray())
            if (rated.isEmpty())
                rated = s.toObject().value(QStringLiteral("suggestion")).toObject();
    QVERIFY(!rated.isEmpty());
    const QString id = QString::number(rated.value(QStringLiteral("id")).toInteger());
    Run r = runStemwise(QStringList{QStringLiteral("rate"), id, QStringLiteral("useful")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("report"), demo(), QStringLiteral("--json"), QStringLiteral("-")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.report-1.schema.json"), QString());
    QString rating;
    for (const auto& t : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tracks")).toArray())
        for (const auto& s : t.toObject().value(QStringLiteral("suggestions")).toArray())
            if (s.toObject().value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("id")).toInteger()
                == rated.value(QStringLiteral("id")).toInteger())
                rating = s.toObject().value(QStringLiteral("rating")).toString();
    QCOMPARE(rating, QStringLiteral("useful"));
}

void TestReportCli::pdfTextNamesEveryTrackWithItsLoudness()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: scripts/install-deps.sh installs poppler-utils");
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), m_dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const QJsonArray tracks = m_report.value(QStringLiteral("tracks")).toArray();
    QVERIFY(!tracks.isEmpty());
    for (const auto& t : tracks) {
        const QJsonObject o = t.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QJsonValue lufs = o.value(QStringLiteral("loudness")).toObject().value(QStringLiteral("integrated_lufs"));
        QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(lufs.isDouble());
        const QString figure = QString::number(lufs.toDouble(), 'f', 1) + QStringLiteral(" LUFS");
        QVERIFY2(text.contains(figure), qPrintable(name + QStringLiteral(": ") + figure));
    }
    // Cover, summary, the song's sections (a session of stems), then one page per track; each numbered.
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    QCOMPARE(pages, 3 + static_cast<int>(tracks.size()));
    QVERIFY(text.contains(QStringLiteral("Sections of the song")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Stemwise ") + m_report.value(QStringLiteral("app_version")).toString()));
}

void TestReportCli::pdfIsNamedAfterTheSessionWithItsTempoAndKey()
{
    // Issue 21: the PDF was titled "stems", the name of the folder the stems sat in. The
    // session is the folder above one called stems (any case); --title names it otherwise.
    // Its tempo and key are the session's (the demo: 120 BPM, A minor, by construction).
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty(), "poppler-utils is missing: scripts/install-deps.sh installs it");
    const QString stems = m_dir.filePath(QStringLiteral("Night Drive/Stems"));
    Run r = runStemwise({QStringLiteral("demo"), stems});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    auto output = [](const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(60000) && p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    };
    for (const QString& title : {QString(), QStringLiteral("Client Mix v3")}) {
        const QString pdf = m_dir.filePath(title.isEmpty() ? QStringLiteral("night.pdf") : QStringLiteral("client.pdf"));
        QStringList args{QStringLiteral("report"), stems, QStringLiteral("--pdf"), pdf};
        if (!title.isEmpty())
            args << QStringLiteral("--title") << title;
        r = runStemwise(args + db());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString expected = title.isEmpty() ? QStringLiteral("Night Drive") : title;
        const QString info = output(pdfinfo, {pdf});
        QVERIFY2(info.contains(QStringLiteral("Stemwise report: ") + expected + QLatin1Char('\n')), qPrintable(info));
        const QString cover = output(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                                                 QStringLiteral("-")});
        QVERIFY2(cover.contains(QStringLiteral("STEMWISE SESSION REPORT")) && cover.contains(expected + QLatin1Char('\n')),
                 qPrintable(cover));
        QVERIFY2(!cover.contains(QStringLiteral("Stems\n")), qPrintable(cover));
        const QRegularExpression tempo(QStringLiteral("Tempo +120\\.0 BPM, detected \\("));
        const QRegularExpression key(QStringLiteral("Key +A minor, detected \\("));
        QVERIFY2(tempo.match(cover).hasMatch() && key.match(cover).hasMatch(), qPrintable(cover));
        // The running heading of the other pages names the session too.
        const QString summary = output(pdftotext, {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                                                   QStringLiteral("2"), pdf, QStringLiteral("-")});
        QVERIFY2(summary.contains(expected), qPrintable(summary.left(500)));
    }
}

// A report that left a stem out without a word would read as the whole session: the cover
// counts the files not analysed and lists each with its reason (it said nothing of them).
void TestReportCli::pdfNamesTheFilesItCouldNotAnalyse()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext is missing: scripts/install-deps.sh installs poppler-utils");
    const QString folder = m_dir.filePath(QStringLiteral("report-with-broken"));
    QVERIFY(QDir().mkpath(folder));
    for (const char* name : {"Kick.wav", "Bass.wav"})
        QVERIFY(QFile::copy(demo(QLatin1String(name)), folder + QLatin1Char('/') + QLatin1String(name)));
    QFile broken(folder + QStringLiteral("/Broken.wav"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.close();
    const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
    const Run r = runStemwise(QStringList{QStringLiteral("report"), folder, QStringLiteral("--pdf"), pdf}
                              + QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("report-broken.sqlite"))});
    QVERIFY2(r.exitCode == 1 && QFile::exists(pdf), qPrintable(describe(r)));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const QString cover = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("Tracks +2 \\(1 more not analysed: listed below\\)")).match(cover).hasMatch(),
             qPrintable(cover));
    QVERIFY2(QRegularExpression(QStringLiteral("Not analysed\\s+Broken\\.wav +is empty \\(0 bytes\\)")).match(cover).hasMatch(),
             qPrintable(cover));
}

void TestReportCli::csvHoldsTheSameFigures()
{
    const QList<QByteArray> lines = readAll(m_dir.filePath(QStringLiteral("csv/figures.csv"))).trimmed().split('\n');
    const QJsonArray summary = m_report.value(QStringLiteral("summary")).toArray();
    QCOMPARE(lines.size(), summary.size() + 1);
    const QList<QByteArray> header = lines.front().split(',');
    const auto column = header.indexOf("integrated_lufs");
    QVERIFY(column > 0);
    for (int i = 0; i < summary.size(); ++i) {
        const QList<QByteArray> cells = lines[i + 1].split(',');  // the demo's names hold no commas
        QCOMPARE(QString::fromUtf8(cells[0]), summary[i].toObject().value(QStringLiteral("name")).toString());
        const double json = summary[i].toObject().value(QStringLiteral("integrated_lufs")).toDouble();
        QVERIFY2(std::abs(cells[column].toDouble() - json) < 1e-4, cells[column].constData());
    }
    const QList<QByteArray> spectra = readAll(m_dir.filePath(QStringLiteral("csv/spectra.csv"))).trimmed().split('\n');
    QVERIFY(spectra.size() > 200);  // 20 Hz to 20 kHz at 24 points an octave: ~240 rows
    QCOMPARE(spectra.front().split(',').size(), summary.size() + 1);
    QCOMPARE(spectra[1].split(',').front().toDouble(), 20.0);
    const QList<QByteArray> loudness = readAll(m_dir.filePath(QStringLiteral("csv/loudness.csv"))).trimmed().split('\n');
    QVERIFY(loudness.size() > 5);
    QVERIFY(loudness.front().startsWith("time_s,"));
    const QList<QByteArray> bands = readAll(m_dir.filePath(QStringLiteral("csv/bands.csv"))).trimmed().split('\n');
    QCOMPARE(bands.size(), 7 * summary.size() + 1);
}

void TestReportCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("compare one file") << QStringList{QStringLiteral("compare"), QStringLiteral("a.wav")};
    QTest::newRow("compare unknown option") << QStringList{QStringLiteral("compare"), QStringLiteral("--frobnicate")};
    QTest::newRow("report nothing") << QStringList{QStringLiteral("report")};
    QTest::newRow("reference unknown action") << QStringList{QStringLiteral("reference"), QStringLiteral("frob")};
    QTest::newRow("compare two files and a genre")
        << QStringList{QStringLiteral("compare"), QStringLiteral("a.wav"), QStringLiteral("b.wav"), QStringLiteral("--genre"),
                       QStringLiteral("pop")};
    QTest::newRow("report bad bpm") << QStringList{QStringLiteral("report"), QStringLiteral("x"), QStringLiteral("--bpm"),
                                                   QStringLiteral("fast")};
    QTest::newRow("report empty genre") << QStringList{QStringLiteral("report"), QStringLiteral("x"),
                                                       QStringLiteral("--genre"), QStringLiteral(" ")};
    QTest::newRow("reference empty genre") << QStringList{QStringLiteral("reference"), QStringLiteral("list"),
                                                          QStringLiteral("--genre"), QString()};
}

void TestReportCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    const Run r = runStemwise(args + db());
    QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
}

void TestReportCli::missingFileExitsWithOne()
{
    const QString missing = m_dir.filePath(QStringLiteral("no such file.wav"));
    const Run r = runStemwise(QStringList{QStringLiteral("compare"), missing, demo(QStringLiteral("Pad.wav"))} + db());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no such file.wav"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
