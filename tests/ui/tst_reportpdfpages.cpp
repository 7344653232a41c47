// The PDF report leaves nothing out (issue 21): a track page ended with "… more in the JSON
// report" where its issues, quality deductions or suggestions did not fit, and a session's
// cover and summary ran past the page's foot. Read back with pdftotext: every issue, every
// deduction and every suggestion of a crowded track is in the text, on continuation pages
// marked as such, numbered "Page k of N" with N the pages there are.
#include "analysis/trackanalysis.h"
#include "coretext.h"
#include "pdf/reportpdf.h"
#include "report/sessionreport.h"
#include "suggest/suggestionengine.h"
#include "testsignals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace stemwise;

namespace {

// The PDF's text; STEMWISE_KEEP_REPORT_PDF=DIR keeps a copy to look at (as tst_translations).
QString pdfText(const QString& pdf)
{
    const QString keep = qEnvironmentVariable("STEMWISE_KEEP_REPORT_PDF");
    if (!keep.isEmpty())
        (void)QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

core::TrackProfile trackNamed(const std::string& name, double hz)
{
    const auto samples = test::sine(hz, 0.3, 48000, 48000 * 2);
    const float* channel = samples.data();
    auto profile = core::analyzeBuffer({&channel, 1}, samples.size(), 48000.0, name);
    profile.value().file.path = std::filesystem::path("/music/Night Drive/stems") / (name + ".wav");
    return profile.value();
}

core::Suggestion suggestionFor(const std::string& track, int number)
{
    core::Suggestion s;
    s.key = "test_" + std::to_string(number);
    s.rule = "test";
    s.target.tracks = {track};
    s.title = "Suggestion " + std::to_string(number) + " of 24";
    s.reasoning = "Its reason, long enough to take two lines of the page: the figures that justify it would "
                  "stand here, with their units and the thresholds they passed, as a real suggestion has.";
    s.priority = 1 + number % 5;
    s.confidence = 0.6;
    return s;
}

}  // namespace

class TestReportPdfPages : public QObject {
    Q_OBJECT
private slots:
    void crowdedTrackGoesOnToContinuationPages();
    void manyTracksFlowOverTheCoverAndSummary();
    void theSectionsHaveTheirPage();
    void theUnitsNoteNeverTakesAPageAlone();
    void theGainPlanListsItsMoves();
};

void TestReportPdfPages::crowdedTrackGoesOnToContinuationPages()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    core::SessionReport report;
    report.title = "Night Drive";
    report.generatedAt = "2026-01-01T00:00:00.000Z";
    core::TrackProfile vocal = trackNamed("Lead Vocal", 220.0);
    vocal.issues.clear();
    vocal.scoreBreakdown.clear();
    for (int i = 1; i <= 40; ++i)
        vocal.issues.push_back({"test", core::Severity::Medium, "Issue " + std::to_string(i) + " of 40", {}, {}});
    for (int i = 1; i <= 30; ++i)
        vocal.scoreBreakdown.push_back({"Deduction " + std::to_string(i) + " of 30", -1.0, {}});
    report.tracks.push_back(vocal);
    report.tracks.push_back(trackNamed("Pad", 330.0));
    core::SuggestionSet set;
    for (int i = 1; i <= 24; ++i)
        set.suggestions.push_back(suggestionFor("Lead Vocal", i));
    report.suggestions = set;

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("crowded.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    const QString text = pdfText(pdf);
    for (int i = 1; i <= 40; ++i)
        QVERIFY2(text.contains(QStringLiteral("Issue %1 of 40\n").arg(i)), qPrintable(QStringLiteral("issue %1").arg(i)));
    for (int i = 1; i <= 30; ++i)
        QVERIFY2(text.contains(QStringLiteral("Deduction %1 of 30\n").arg(i)), qPrintable(QStringLiteral("deduction %1").arg(i)));
    for (int i = 1; i <= 24; ++i)
        QVERIFY2(text.contains(QStringLiteral("%1. Suggestion %1 of 24").arg(i)), qPrintable(QStringLiteral("suggestion %1").arg(i)));
    QVERIFY2(!text.contains(QStringLiteral("more in the JSON")),
             "a page still sends the reader to the JSON");
    // The continuation pages say whose they are and what they continue.
    // (pdftotext leaves out the isolates around names, U+2068 … U+2069.)
    QVERIFY(text.contains(QStringLiteral("Track 1 of 2: Lead Vocal (continued)")));
    QVERIFY(text.contains(QStringLiteral("Suggestions (continued)")));
    // Cover, summary, the vocal on at least three pages, the pad on one; every page numbered
    // against the real total.
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
    QCOMPARE(ui::reportPageCount(report), pages);
    for (int k = 1; k <= pages; ++k)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(k).arg(pages)), qPrintable(QString::number(k)));
}

void TestReportPdfPages::manyTracksFlowOverTheCoverAndSummary()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // 48 stems: the cover's list of tracks, the band heat map and the masking matrix each
    // take more than a page (the key figures just fit on one).
    core::SessionReport report;
    report.title = "Forty-eight";
    report.generatedAt = "2026-01-01T00:00:00.000Z";
    for (int i = 1; i <= 48; ++i)
        report.tracks.push_back(trackNamed("Stem " + std::to_string(i), 55.0 * (1 + i % 12)));
    report.suggestions = core::SuggestionEngine::run(report.tracks, {}, core::LearnedModel{});
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("many.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    const QString text = pdfText(pdf);
    // Every stem on the cover's list, in the key figures, in the heat map and the masking
    // matrix's rows, and on its own page ("Stem 4" is not "Stem 40": no digit may follow).
    for (int i = 1; i <= 48; ++i) {
        const QString numbered = QStringLiteral("%1. Stem %1\n").arg(i);
        QVERIFY2(text.contains(numbered), qPrintable(numbered));
        const QRegularExpression name(QStringLiteral("Stem %1(?!\\d)").arg(i));
        QVERIFY2(text.count(name) >= 5, qPrintable(QStringLiteral("Stem %1: %2 times").arg(i).arg(text.count(name))));
    }
    QVERIFY(text.contains(QStringLiteral("Tracks (continued)")));
    QVERIFY(text.contains(QStringLiteral("Band balance (share of each track's energy, %) (continued)")));
    QVERIFY(text.contains(QStringLiteral("Masking (both active in a band; severity 0–1, the worst band) (continued)")));
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    QCOMPARE(ui::reportPageCount(report), pages);
    QVERIFY2(pages > 2 + 48, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestReportPdfPages::theSectionsHaveTheirPage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Two stems of 40 s: a pad throughout, 6 dB quieter from 20 s, where a quiet lead enters:
    // two sections, the second no louder than the first (the finding), the lead's entry the
    // boundary's evidence. The page shows the figures sessionSectionsOf() measures.
    constexpr double kRate = 48000.0;
    const auto frames = static_cast<std::size_t>(40.0 * kRate);
    std::vector<float> pad = test::sine(220.0, 0.3, kRate, frames);
    std::vector<float> lead(frames, 0.0F);
    const auto half = static_cast<std::size_t>(20.0 * kRate);
    const std::vector<float> tone = test::sine(880.0, 0.05, kRate, frames - half);
    std::copy(tone.begin(), tone.end(), lead.begin() + static_cast<std::ptrdiff_t>(half));
    for (std::size_t i = half; i < frames; ++i)
        pad[i] *= 0.5F;
    core::SessionReport report;
    report.title = "Two Parts";
    report.generatedAt = "2026-01-01T00:00:00.000Z";
    for (const auto& [name, samples] : {std::pair{std::string("Pad"), &pad}, std::pair{std::string("Lead"), &lead}}) {
        const float* channel = samples->data();
        auto profile = core::analyzeBuffer({&channel, 1}, samples->size(), kRate, name);
        QVERIFY(profile);
        report.tracks.push_back(profile.value());
    }
    const core::SessionSections s = core::sessionSectionsOf(report);
    QCOMPARE(s.sections.size(), std::size_t{2});
    QCOMPARE(s.findings.size(), std::size_t{1});
    QVERIFY(s.sections[1].loudnessLufs && s.sections[0].loudnessLufs);
    QVERIFY(*s.sections[1].loudnessLufs < *s.sections[0].loudnessLufs);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sections.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Sections of the song")));
    QVERIFY(text.contains(QStringLiteral("Sections: 2, found where the 2 stems enter, leave or change level")));
    for (const core::Section& sec : s.sections)
        QVERIFY2(text.contains(QString::number(*sec.loudnessLufs, 'f', 1)), qPrintable(QString::number(*sec.loudnessLufs, 'f', 1)));
    // pdftotext breaks the finding's line where the page does: compare without line breaks.
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QVERIFY2(flat.contains(QStringLiteral("section 2 (B) brings in Lead, yet it is no louder than section 1 (A)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("s: Lead in")));
    QCOMPARE(ui::reportPageCount(report), static_cast<int>(text.count(QLatin1Char('\f'))));
}

// The cover's note on units follows the list of tracks. Where the list fills the cover, the note
// opens the summary instead of a page of its own (a 24-stem session printed one page holding
// three lines under "Tracks (continued)"). Every length around a full cover is tried.
void TestReportPdfPages::theUnitsNoteNeverTakesAPageAlone()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    std::vector<core::TrackProfile> stems;
    for (int i = 1; i <= 34; ++i)
        stems.push_back(trackNamed("Stem " + std::to_string(i), 55.0 * (1 + i % 12)));
    QTemporaryDir dir;
    for (std::size_t n = 18; n <= stems.size(); ++n) {
        core::SessionReport report;
        report.title = "Units";
        report.generatedAt = "2026-01-01T00:00:00.000Z";
        report.tracks.assign(stems.begin(), stems.begin() + static_cast<std::ptrdiff_t>(n));
        const QString pdf = dir.filePath(QStringLiteral("units-%1.pdf").arg(n));
        QCOMPARE(ui::writeReportPdf(report, pdf), QString());
        const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
        int withNote = 0;
        for (const QString& page : pages) {
            if (!page.contains(QStringLiteral("Loudness follows ITU-R BS.1770-4")))
                continue;
            ++withNote;
            // On the page with the list's end, or at the top of the session summary.
            const bool beside = page.contains(QStringLiteral(". Stem ")) || page.contains(QStringLiteral("Session summary"));
            QVERIFY2(beside, qPrintable(QStringLiteral("%1 stems: the note alone on its page:\n%2").arg(n).arg(page)));
        }
        QCOMPARE(withNote, 1);
    }
}

// The gain plan's title ("Gain plan: clip gain and faders of 79 stems, then every fader -6.5 dB")
// names no move: the report lists its moves, one line per stem and the common one, as the
// workspace does (the report showed only its reasons); every other move, its settings.
void TestReportPdfPages::theGainPlanListsItsMoves()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    core::SessionReport report;
    report.title = "Gain plan";
    report.generatedAt = "2026-01-01T00:00:00.000Z";
    // 80 stems, 79 of them staged too hot: each draws a clip-gain move and the gain plan sums
    // them, a list longer than a page.
    for (int i = 1; i <= 80; ++i) {
        auto t = trackNamed("Stem " + std::to_string(i), 55.0 * (1 + i % 24));
        if (i != 4) {
            t.loudness.truePeakDbtp = 0.5 + 0.1 * i;
            t.loudness.integratedLufs = -6.0 + 0.05 * i;
        }
        report.tracks.push_back(t);
    }
    report.suggestions = core::SuggestionEngine::run(report.tracks, {}, core::LearnedModel{});
    // Any other move shows its settings: a side-chain's are not in its title.
    core::Suggestion duck = suggestionFor("Stem 4", 1);
    duck.title = "Side-chain Stem 4 to Stem 1: duck 3.0 dB at each hit";
    duck.parameters = {{"key_input", std::string("Stem 1")}, {"ratio", 4.0}, {"attack_ms", 1.0}, {"release_ms", 120.0}};
    report.suggestions->suggestions.push_back(duck);
    const auto plan = std::find_if(report.suggestions->suggestions.begin(), report.suggestions->suggestions.end(),
                                   [](const core::Suggestion& s) { return s.rule == "gain_plan"; });
    QVERIFY(plan != report.suggestions->suggestions.end());
    QStringList lines;
    for (const core::PlanNote& note : plan->plan)
        if (note.kind == "gain_plan_line")
            lines << ui::CoreText::planNote(note);
    QVERIFY2(lines.size() >= 79, qPrintable(lines.join(QLatin1Char('|'))));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    QCOMPARE(ui::writeReportPdf(report, pdf), QString());
    auto flat = [](QString x) { return x.remove(QRegularExpression(QStringLiteral("\\s+"))); };
    const QString text = flat(pdfText(pdf));
    for (const QString& line : lines)
        QVERIFY2(text.contains(flat(line)), qPrintable(line));
    QVERIFY2(text.contains(flat(QStringLiteral("Settings: side-chain input Stem 1 · ratio 4.0:1 · attack 1.0 ms · release 120 ms"))),
             qPrintable(pdfText(pdf)));
    QCOMPARE(ui::reportPageCount(report), static_cast<int>(pdfText(pdf).count(QLatin1Char('\f'))));
}

QTEST_MAIN(TestReportPdfPages)
#include "tst_reportpdfpages.moc"
