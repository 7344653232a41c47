// The figure registry (core/analysis/figures.h) is the one list every output reads: each
// registered figure is in the JSON schemas, survives the JSON and store round trips with its
// value, is a column of figures.csv, a row of the comparison, the history and the targets
// where its roles say so, and a row of the PDF's track page (read back with pdftotext).
// A figure added to the registry without one of these fails here, by name.
#include "coretext.h"
#include "pdf/reportpdf.h"

#include "analysis/derivedfigures.h"
#include "analysis/figures.h"
#include "compare/targetcurve.h"
#include "compare/trackcomparison.h"
#include "json/profilejson.h"
#include "report/historyreport.h"
#include "report/sessionreport.h"
#include "store/analysisrepository.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "store/trackrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace stemwise;

namespace {

QString key(const core::Figure& f) { return QString::fromUtf8(f.key.data(), static_cast<qsizetype>(f.key.size())); }

QJsonObject schema(const char* name)
{
    QFile file(QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A profile where every figure the profile keeps has a value of its own (i·1.25 − 30 for the
// i-th figure), stereo, so that a figure read from the wrong member shows.
core::TrackProfile distinctProfile()
{
    core::TrackProfile p;
    p.name = "Figures";
    p.type = "other";
    p.typeSource = "name";
    p.file.path = "/music/figures/Figures.wav";
    p.file.format.sampleRateHz = 48000.0;
    p.file.format.channels = 2;
    p.file.format.frames = 48000 * 7;
    p.stereo.isStereo = true;
    const auto all = core::figures();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].set != nullptr)
            all[i].set(p, static_cast<double>(i) * 1.25 - 30.0);
    return p;
}

bool same(const core::OptDouble& a, const core::OptDouble& b)
{
    if (!a || !b)
        return a.has_value() == b.has_value();
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*a));
}

}  // namespace

class TestFigures : public QObject {
    Q_OBJECT

private slots:
    void keysAreUniqueWithUnitsInTheirNames();
    void everyFigureIsInTheSchemas();
    void everyFigureSurvivesTheJsonRoundTrip();
    void everyHistoryFigureSurvivesTheStoreRoundTrip();
    void everyCsvFigureIsAColumn();
    void comparedAndTargetFiguresFollowTheRoles();
    void everyPdfFigureIsOnTheTrackPage();
    void psrIsTruePeakMinusShortTermMaximum();
};

void TestFigures::keysAreUniqueWithUnitsInTheirNames()
{
    QSet<QString> keys;
    for (const core::Figure& f : core::figures()) {
        QVERIFY2(!keys.contains(key(f)), qPrintable(key(f)));
        keys.insert(key(f));
        QVERIFY2(core::findFigure(f.key) == &f, qPrintable(key(f)));
        QVERIFY2(!f.label.empty() && !f.shortLabel.empty(), qPrintable(key(f)));
        QVERIFY2(f.get != nullptr, qPrintable(key(f)));
        // DESIGN.md: units are in the key names.
        static const std::map<std::string_view, std::string_view> kSuffix{
            {"LUFS", "_lufs"}, {"LU", "_lu"}, {"dBFS", "_dbfs"}, {"dBTP", "_dbtp"}, {"dB", "_db"},
            {"Hz", "_hz"}, {"s", "_s"}, {"BPM", "_bpm"}};
        if (!f.unit.empty()) {
            const auto suffix = kSuffix.find(f.unit);
            QVERIFY2(suffix != kSuffix.end(), qPrintable(key(f)));
            QVERIFY2(f.key.ends_with(suffix->second), qPrintable(key(f) + QStringLiteral(" lacks its unit")));
        }
    }
    QVERIFY(core::findFigure("no_such_figure") == nullptr);
}

void TestFigures::everyFigureIsInTheSchemas()
{
    const QJsonObject common = schema("stemwise.common-1.schema.json");
    const QJsonObject track = common.value(QStringLiteral("$defs")).toObject().value(QStringLiteral("track")).toObject();
    QVERIFY(!track.isEmpty());
    const QJsonObject historyFigures = schema("stemwise.history-2.schema.json")
                                           .value(QStringLiteral("$defs")).toObject()
                                           .value(QStringLiteral("figures")).toObject();
    const QJsonArray historyRequired = historyFigures.value(QStringLiteral("required")).toArray();
    for (const core::Figure& f : core::figures()) {
        const QString group = QString::fromUtf8(core::figureGroupKey(f.group).data(),
                                                static_cast<qsizetype>(core::figureGroupKey(f.group).size()));
        const QJsonObject where = group.isEmpty() ? track : track.value(QStringLiteral("properties")).toObject()
                                                                 .value(group).toObject();
        QVERIFY2(where.value(QStringLiteral("properties")).toObject().contains(key(f)),
                 qPrintable(key(f) + QStringLiteral(" is not in the analysis schema's ") + group));
        if (f.has(core::FigureRole::History))
            QVERIFY2(historyRequired.contains(key(f)), qPrintable(key(f) + QStringLiteral(" is not in the history schema")));
    }
}

void TestFigures::everyFigureSurvivesTheJsonRoundTrip()
{
    const core::TrackProfile p = distinctProfile();
    for (const bool exact : {false, true}) {
        core::ProfileJsonOptions options;
        options.exact = exact;
        const nlohmann::ordered_json json = core::profileToJson(p, options);
        const auto back = core::profileFromJson(json);
        QVERIFY2(back.ok(), back ? "" : back.error().message.c_str());
        for (const core::Figure& f : core::figures()) {
            QVERIFY2(same(f.get(back.value()), f.get(p)), qPrintable(key(f)));
            const std::string group(core::figureGroupKey(f.group));
            const auto& object = group.empty() ? json : json.at(group);
            QVERIFY2(object.contains(std::string(f.key)), qPrintable(key(f)));
        }
    }
}

void TestFigures::everyHistoryFigureSurvivesTheStoreRoundTrip()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(std::filesystem::path(dir.path().toStdString()) / "figures.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    const auto session = core::SessionRepository(db).ensureFolder("/music/figures");
    const auto track = core::TrackRepository(db).ensure(session.id, "Figures", core::utcNowIso8601());
    core::AnalysisEntry e;
    e.trackId = track.id;
    e.analysedAt = core::utcNowIso8601();
    e.origin = "analysis";
    e.contentHash = "00000000000000aa";
    e.filePath = "/music/figures/Figures.wav";
    e.analyzerVersions = "{}";
    e.settings = "{}";
    e.profile = distinctProfile();
    core::AnalysisRepository analyses(db);
    const auto appended = analyses.appendIfChanged(e);
    QVERIFY(appended.isNew);
    const auto history = analyses.historyOf(track.id);
    QCOMPARE(history.size(), std::size_t(1));
    for (const core::Figure& f : core::figures())
        QVERIFY2(same(f.get(history[0].profile), f.get(e.profile)), qPrintable(key(f)));
    // The History figures are rows of analysis_figures, by key.
    for (const core::Figure* f : core::figuresWith(core::FigureRole::History)) {
        core::Statement s = db.prepare("SELECT value FROM analysis_figures WHERE analysis_id = ?1 AND key = ?2");
        s.bind(1, appended.id).bind(2, f->key);
        QVERIFY2(s.step(), qPrintable(key(*f) + QStringLiteral(" has no row")));
        QVERIFY2(same(s.columnDouble(0), f->get(e.profile)), qPrintable(key(*f)));
    }
    QCOMPARE(db.queryInt("SELECT count(*) FROM analysis_figures"),
             static_cast<std::int64_t>(core::figuresWith(core::FigureRole::History).size()));
    // And in the history report's JSON, each under its key.
    core::TrackHistory h;
    h.track = track;
    h.session = session;
    h.entries = history;
    const auto doc = nlohmann::json::parse(core::historyJson({h}, "Figures"));
    const auto& figures = doc.at("tracks").at(0).at("analyses").at(0).at("figures");
    for (const core::Figure* f : core::figuresWith(core::FigureRole::History))
        QVERIFY2(figures.contains(std::string(f->key)), qPrintable(key(*f)));
}

void TestFigures::everyCsvFigureIsAColumn()
{
    QTemporaryDir dir;
    core::SessionReport report;
    report.title = "Figures";
    report.tracks.push_back(distinctProfile());
    const auto written = core::writeSessionReportCsv(report, dir.path().toStdString());
    QVERIFY2(written.ok(), written ? "" : written.error().message.c_str());
    QFile file(dir.filePath(QStringLiteral("figures.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QList<QByteArray> header = lines[0].split(',');
    const QList<QByteArray> cells = lines[1].split(',');
    QCOMPARE(cells.size(), header.size());
    for (const core::Figure* f : core::figuresWith(core::FigureRole::Csv)) {
        const auto column = header.indexOf(QByteArray(f->key.data(), static_cast<qsizetype>(f->key.size())));
        QVERIFY2(column >= 0, qPrintable(key(*f) + QStringLiteral(" is not a column")));
        QVERIFY2(same(cells[column].toDouble(), f->get(report.tracks[0])), qPrintable(key(*f)));
    }
}

void TestFigures::comparedAndTargetFiguresFollowTheRoles()
{
    const core::TrackProfile a = distinctProfile();
    core::TrackProfile b = a;
    b.name = "Other";
    const core::TrackComparison c = core::compareTracks(a, b, {});
    for (const core::Figure& f : core::figures()) {
        const core::FigureDelta* d = c.figure(f.key);
        QCOMPARE(d != nullptr, f.has(core::FigureRole::Compared));
        if (d != nullptr)
            QVERIFY2(same(d->a, f.get(a)) && d->levelDependent == f.levelDependent, qPrintable(key(f)));
    }
    // A target of two references holds the mean of every Target figure the profile keeps.
    core::TrackProfile r1 = a;
    core::TrackProfile r2 = a;
    r1.spectrum.ltasFrequencyHz = r2.spectrum.ltasFrequencyHz = {20.0, 20000.0};
    r1.spectrum.ltasDb = r2.spectrum.ltasDb = {-40.0, -60.0};
    for (const core::Figure* f : core::figuresWith(core::FigureRole::Target))
        if (f->set != nullptr)
            f->set(r2, *f->get(a) + 2.0);
    const auto target = core::makeTargetCurve({r1, r2}, "T");
    QVERIFY2(target.ok(), target ? "" : target.error().message.c_str());
    for (const core::Figure* f : core::figuresWith(core::FigureRole::Target)) {
        const double expected = *f->get(a) + (f->set != nullptr ? 1.0 : 0.0);
        QVERIFY2(same(f->get(target.value().mean), expected), qPrintable(key(*f)));
    }
}

void TestFigures::everyPdfFigureIsOnTheTrackPage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    core::SessionReport report;
    report.title = "Figures";
    report.generatedAt = "2026-12-06T00:00:00.000Z";
    report.tracks.push_back(distinctProfile());
    const QString pdf = dir.filePath(QStringLiteral("figures.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const core::Figure* f : core::figuresWith(core::FigureRole::Pdf)) {
        // Its heading and its value, as the page shows them.
        QVERIFY2(text.contains(ui::CoreText::figureHeading(*f)), qPrintable(key(*f) + QStringLiteral(": no heading")));
        const QString value = ui::formatNumber(*f->get(report.tracks[0]), f->decimals);
        QVERIFY2(text.contains(value), qPrintable(key(*f) + QStringLiteral(": no ") + value));
    }
}

void TestFigures::psrIsTruePeakMinusShortTermMaximum()
{
    // The one figure added through the registry alone: its key is written in figures.cpp only.
    const core::Figure* psr = core::findFigure("psr_db");
    QVERIFY(psr != nullptr);
    core::TrackProfile p;
    p.loudness.truePeakDbtp = -1.0;
    p.loudness.shortTermMaxLufs = -9.5;
    p.loudness.integratedLufs = -12.0;
    core::deriveFigures(p, std::nullopt);
    QCOMPARE(*psr->get(p), 8.5);
    QCOMPARE(*core::findFigure("plr_db")->get(p), 11.0);
    p.loudness.shortTermMaxLufs.reset();
    p.dynamics.psrDb.reset();
    core::deriveFigures(p, std::nullopt);
    QVERIFY(!psr->get(p).has_value());
}

QTEST_MAIN(TestFigures)
#include "tst_figures.moc"
