// The catalogue of core's texts (core/util/text.h): every code has one template with a
// stable id, its placeholders are exactly %1…%args (and %n where it has plural forms), each
// code renders English with its arguments, the argument kinds print as the CLI always did
// (known answers), placeholders are filled once, and on the analysed demo session every text
// core made is well formed and is the English stored beside it.
#include "analysis/trackanalysis.h"
#include "demo/demosession.h"
#include "util/textcatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <string>

Q_DECLARE_METATYPE(stemwise::core::Text)

using namespace stemwise;
using core::Text;
using core::TextArg;
using core::TextCode;

namespace {

// The placeholders of a template: the numbers of %1…%99, and whether it has %n.
std::set<int> placeholderNumbers(const QString& source, bool* count)
{
    std::set<int> out;
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    for (auto it = re.globalMatch(source); it.hasNext();) {
        const QString p = it.next().captured(1);
        if (p == QLatin1String("n"))
            *count = true;
        else
            out.insert(p.toInt());
    }
    return out;
}

// Arguments of every kind, a distinct value each, so a test can find each in the English.
TextArg sampleArg(int i)
{
    switch (i % 4) {
    case 0: return TextArg::number(10.0 + i + 0.25, 2);
    case 1: return TextArg::string("Track" + std::to_string(i));
    case 2: return TextArg::number(-(i + 0.5), 1, "dB");
    default: return TextArg::termOf(core::TermKind::TrackType, "type" + std::to_string(i));
    }
}

QString englishOf(const TextArg& a)
{
    return QString::fromStdString(core::english(Text{TextCode::CmpAbove, {a}})).mid(2);  // "> x" → "x"
}

}  // namespace

class TestTextCatalogue : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasOneTemplate()
    {
        const auto all = core::textTemplates();
        QCOMPARE(static_cast<int>(all.size()), static_cast<int>(TextCode::Count) - 1);
        QVERIFY(all.size() > 40);
        QSet<QString> ids, sources;
        for (int c = 1; c < static_cast<int>(TextCode::Count); ++c) {
            const core::TextTemplate* t = core::textTemplate(static_cast<TextCode>(c));
            QVERIFY2(t != nullptr, qPrintable(QString::number(c)));
            QCOMPARE(static_cast<int>(t->code), c);
            const QString id = QString::fromLatin1(t->id);
            QVERIFY2(id.contains(QLatin1Char('.')) && !ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY2(core::textCodeFromId(t->id) == t->code, t->id);
            // Two codes with one template would be one message to translators: say it once.
            const QString source = QString::fromUtf8(t->source);
            QVERIFY2(!source.isEmpty() && !sources.contains(source), t->id);
            sources.insert(source);
        }
        QVERIFY(core::textTemplate(TextCode::None) == nullptr);
        QVERIFY(!core::textCodeFromId("no.such.text").has_value());
    }

    // %1…%args each at least once, nothing beyond; %n exactly where there are plural forms.
    void placeholdersMatchTheArgumentCount()
    {
        for (const core::TextTemplate& t : core::textTemplates()) {
            bool count = false;
            const std::set<int> numbers = placeholderNumbers(QString::fromUtf8(t.source), &count);
            std::set<int> want;
            for (int i = 1; i <= t.args; ++i)
                want.insert(i);
            QVERIFY2(numbers == want, qPrintable(QStringLiteral("%1 takes %2 arguments: %3")
                                                     .arg(QString::fromLatin1(t.id))
                                                     .arg(t.args)
                                                     .arg(QString::fromUtf8(t.source))));
            QCOMPARE(count, t.plural);
            if (t.plural) {
                for (const char* form : {t.englishOne, t.englishOther}) {
                    bool formCount = false;
                    QVERIFY2(form && placeholderNumbers(QString::fromUtf8(form), &formCount) == want && formCount, t.id);
                }
            }
        }
    }

    // Each code's English with arguments of each kind: every argument appears, no placeholder
    // is left, and the template's words around them are there.
    void everyCodeRendersEnglishWithItsArguments()
    {
        for (const core::TextTemplate& t : core::textTemplates()) {
            Text text{t.code};
            for (int i = 0; i < t.args; ++i)
                text.args.push_back(sampleArg(i));
            if (t.plural)
                text.count = 7;
            std::string reason;
            QVERIFY2(core::isWellFormed(text, &reason), reason.c_str());
            const QString english = QString::fromStdString(core::english(text));
            QVERIFY2(!english.isEmpty(), t.id);
            static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
            QVERIFY2(!english.contains(placeholder), qPrintable(english));
            for (const TextArg& a : text.args)
                QVERIFY2(english.contains(englishOf(a)), qPrintable(english + QStringLiteral(" lacks ") + englishOf(a)));
            if (t.plural)
                QVERIFY2(english.contains(QStringLiteral("7")), qPrintable(english));
            // The words between the placeholders are the template's.
            static const QRegularExpression split(QStringLiteral("%(\\d{1,2}|n)"));
            for (const QString& words : QString::fromUtf8(t.plural ? t.englishOther : t.source).split(split))
                QVERIFY2(english.contains(words), qPrintable(english + QStringLiteral(" lacks '") + words + QLatin1Char('\'')));
        }
    }

    void argumentsPrintAsTheCliDoes_data()
    {
        QTest::addColumn<Text>("text");
        QTest::addColumn<QString>("english");
        using A = TextArg;
        QTest::newRow("numbers") << Text{TextCode::IssueClipping, {A::number(1200.0, 0), A::number(3.0, 0)}}
                                 << QStringLiteral("The track clips: 1200 samples in 3 places sit at or beyond full scale. "
                                                   "Lower the level before the export (or the clipping plug-in) and bounce again.");
        QTest::newRow("signed") << Text{TextCode::IssueTruePeakOver, {A::signedNumber(0.4, 2)}}
                                << QStringLiteral("Inter-sample peaks reach +0.40 dBTP: the waveform between samples goes "
                                                  "over full scale and will clip in D/A converters and lossy encoders.");
        QTest::newRow("signed zero") << Text{TextCode::CmpAbove, {A::signedNumber(0.0, 1, "dBTP")}} << QStringLiteral("> +0.0 dBTP");
        QTest::newRow("negative, unit") << Text{TextCode::CmpBelow, {A::number(-60.0, 0, "dBFS")}} << QStringLiteral("< -60 dBFS");
        QTest::newRow("rounding") << Text{TextCode::CmpAtLeast, {A::number(0.125, 2)}} << QStringLiteral(">= 0.12");
        QTest::newRow("percent") << Text{TextCode::CmpAbove, {A::percent(0.1234, 1)}} << QStringLiteral("> 12.3 %");
        QTest::newRow("hz") << Text{TextCode::CmpAbove, {A::hz(315.4)}} << QStringLiteral("> 315 Hz");
        QTest::newRow("khz") << Text{TextCode::CmpAbove, {A::hz(2500.0)}} << QStringLiteral("> 2.5 kHz");
        QTest::newRow("khz whole") << Text{TextCode::CmpAbove, {A::hz(4000.0)}} << QStringLiteral("> 4.0 kHz");
        QTest::newRow("khz compact") << Text{TextCode::CmpAbove, {A::hzCompact(4000.0)}} << QStringLiteral("> 4 kHz");
        QTest::newRow("range hz") << Text{TextCode::CmpAbove, {A::hzRange(60.0, 250.0)}} << QStringLiteral("> 60–250 Hz");
        QTest::newRow("range across") << Text{TextCode::CmpAbove, {A::hzRange(500.0, 2000.0)}} << QStringLiteral("> 500 Hz–2 kHz");
        QTest::newRow("range khz") << Text{TextCode::CmpAbove, {A::hzRange(2000.0, 4000.0)}} << QStringLiteral("> 2–4 kHz");
        QTest::newRow("band term") << Text{TextCode::CmpAbove, {A::termOf(core::TermKind::Band, "low_mids")}}
                                   << QStringLiteral("> low mids");
        QTest::newRow("band adjective") << Text{TextCode::CmpAbove, {A::termOf(core::TermKind::BandAdjective, "upper_mids")}}
                                        << QStringLiteral("> upper-mid");
        QTest::newRow("plural type") << Text{TextCode::CmpAbove, {A::termOf(core::TermKind::TrackTypes, "bass")}}
                                     << QStringLiteral("> basses");
        QTest::newRow("nested") << Text{TextCode::CmpAbove, {A::nested(Text{TextCode::CmpBelow, {A::number(1.0, 0)}})}}
                                << QStringLiteral("> < 1");
        QTest::newRow("nested empty") << Text{TextCode::CmpAbove, {A::nested(Text{})}} << QStringLiteral("> ");
        QTest::newRow("list") << Text{TextCode::CmpAbove, {A::list({A::string("a"), A::string("b"), A::string("c")}, true)}}
                              << QStringLiteral("> a, b and c");
        QTest::newRow("list, commas") << Text{TextCode::CmpAbove,
                                              {A::list({A::string("a"), A::nested(Text{TextCode::CmpBelow, {A::number(1.0, 0)}})}, false)}}
                                      << QStringLiteral("> a, < 1");
        QTest::newRow("date") << Text{TextCode::CmpAbove, {A::date("2026-11-03T10:00:00.000Z")}} << QStringLiteral("> 2026-11-03");
        QTest::newRow("no arguments") << Text{TextCode::IssueSilent} << QStringLiteral("The track is digital silence: every sample is zero.");
        QTest::newRow("empty") << Text{} << QString();
    }

    void argumentsPrintAsTheCliDoes()
    {
        QFETCH(Text, text);
        QFETCH(QString, english);
        QCOMPARE(QString::fromStdString(core::english(text)), english);
    }

    void placeholdersAreFilledOnce()
    {
        QCOMPARE(core::fillPlaceholders("%1 and %2", {"%2", "x"}), std::string("%2 and x"));
        QCOMPARE(core::fillPlaceholders("%2 before %1", {"a", "b"}), std::string("b before a"));
        std::vector<std::string> twelve;
        for (int i = 1; i <= 12; ++i)
            twelve.push_back("a" + std::to_string(i));
        QCOMPARE(core::fillPlaceholders("%10–%11 %1 %12", twelve), std::string("a10–a11 a1 a12"));
        QCOMPARE(core::fillPlaceholders("%12 %3", {"x"}), std::string("x2 %3"));  // %12 with one argument: %1, then '2'
        QCOMPARE(core::fillPlaceholders("50 % wet, %1", {"y"}), std::string("50 % wet, y"));
    }

    void malformedTextsAreCaught()
    {
        std::string why;
        QVERIFY(!core::isWellFormed(Text{TextCode::IssueClipping, {TextArg::number(1.0, 0)}}, &why));
        QVERIFY2(why.find("issue.clipping") != std::string::npos, why.c_str());
        QVERIFY(!core::isWellFormed(Text{}, &why));
        QVERIFY(!core::isWellFormed(
            Text{TextCode::CmpAbove, {TextArg::nested(Text{TextCode::CmpBelow, {}})}}, &why));
        QVERIFY(core::isWellFormed(Text{TextCode::CmpAbove, {TextArg::nested(Text{})}}, &why));
    }

    // The real detector, score and pattern tags on the demo session: each text is well formed
    // and is exactly the English beside it (so the UI, which renders the text, and the CLI,
    // which prints the English, say the same).
    void demoSessionTextsAreTheEnglishBesideThem()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto files = core::writeDemoSession(dir.filePath(QStringLiteral("demo")).toStdString());
        QVERIFY2(files.ok(), files ? "" : files.error().message.c_str());
        int texts = 0;
        auto check = [&texts](const Text& text, const std::string& english) {
            std::string why;
            QVERIFY2(core::isWellFormed(text, &why), (why + ": " + english).c_str());
            QCOMPARE(core::english(text), english);
            ++texts;
        };
        for (const auto& f : files.value()) {
            auto p = core::analyzeFile(f);
            QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
            for (const auto& issue : p->issues) {
                check(issue.text, issue.message);
                for (const auto& e : issue.evidence)
                    if (!e.comparison.empty())
                        check(e.comparisonText, e.comparison);
            }
            for (const auto& item : p->scoreBreakdown)
                check(item.text, item.reason);
            for (const auto& tag : p->patterns)
                check(tag.evidenceText, tag.evidence);
        }
        QVERIFY(texts > 20);
        qInfo("%d texts of the demo session checked", texts);
    }
};

QTEST_GUILESS_MAIN(TestTextCatalogue)
#include "tst_textcatalogue.moc"
