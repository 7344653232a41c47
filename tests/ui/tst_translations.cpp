// The translations: every message of translations/*.ts translated (none unfinished,
// vanished or obsolete; numbers and placeholders kept), the same messages in every
// language, English's own file holding the plural forms of every %n message, the .ts files up to date with the tr() calls in the sources (lupdate into a
// temporary copy finds no message the files lack), the compiled .qm files embedded and
// loaded, and the texts the UI composes from core results: a known German sentence with
// German number format, English identical to core's text, and on the analysed demo session
// every issue, suggestion and comparison finding composed in German (none left to core's English);
// what appears only after ratings and re-bounces (how they moved a suggestion, the re-bounce
// verdicts, shown in the suggestions panel), the pattern tags' evidence and why a file could
// not be analysed, in German with their numbers; the report's PDF (as File > Export Report
// writes it) in German, then in English again (its text read back with pdftotext).
#include "coretext.h"
#include "pdf/reportpdf.h"
#include "suggestionspanel.h"
#include "translations.h"

#include "analysis/issuedetector.h"
#include "analysis/qualityscore.h"
#include "analysis/sessionanalysis.h"
#include "analysis/trackanalysis.h"
#include "compare/trackcomparison.h"
#include "demo/demosession.h"
#include "learn/learnedmodel.h"
#include "report/sessionreport.h"
#include "json/suggestionjson.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "suggest/suggestionengine.h"
#include "testsignals.h"
#include "util/textcatalogue.h"
#include "workflow/storedanalysis.h"
#include "workflow/storedsuggestions.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QXmlStreamReader>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <vector>

using namespace stemwise;

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QStringList translations;  ///< one, or the numerus forms
    QString type;              ///< the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
};

QString tsDir() { return QStringLiteral(STEMWISE_SOURCE_DIR "/translations"); }

QStringList languages() { return {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")}; }

// Reads a Qt Linguist file; `error` names what could not be read.
std::vector<Message> readTs(const QString& path, QString* error)
{
    std::vector<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot open");
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")) {
            out.push_back(m);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            m.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QSet<QString> keys(const std::vector<Message>& messages)
{
    QSet<QString> out;
    for (const Message& m : messages)
        out.insert(m.context + QLatin1Char('\x1f') + m.source);
    return out;
}

// The placeholders of a text: %1…%99, %L1, %n.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d{1,2}|%n"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

// A resonance cut as the rule says it (suggest/trackrules.cpp): its texts and their English.
core::Suggestion resonanceCut()
{
    using A = core::TextArg;
    using C = core::TextCode;
    core::Suggestion s;
    s.rule = "resonance_cut";
    s.target = {core::SuggestionTarget::Kind::Track, {"Lead Vocal"}};
    s.trackType = "vocals";
    s.say({C::SuggestCutTitle, {A::number(4.5, 1), A::hz(315.0), A::number(4.2, 1), A::string("Lead Vocal")}},
          {C::SuggestResonanceCutHow, {A::hz(315.0)}},
          {C::SuggestResonanceCutWhy, {A::number(315.0, 0), A::number(6.5, 1), A::number(4.2, 1), A::number(75.0, 0)}});
    s.parameters = {{"filter", std::string("bell")}, {"frequency_hz", 315.0}, {"gain_db", -4.5}, {"q", 4.2}};
    s.evidence = {{"resonance_hz", 315.0, "Hz", ""}, {"resonance_gain_db", 6.5, "dB", ""}, {"resonance_q", 4.2, "", ""}};
    return s;
}

// English words of core's sentences after ratings and re-bounces: none may be left in German.
const QStringList& englishLearningWords()
{
    static const QStringList words{QStringLiteral("your feedback"), QStringLiteral("moved the confidence"),
                                   QStringLiteral("useful"), QStringLiteral("applied"), QStringLiteral("dismissed"),
                                   QStringLiteral("re-bounce"), QStringLiteral("better"), QStringLiteral("worse"),
                                   QStringLiteral("excess"), QStringLiteral("prominence"), QStringLiteral("below")};
    return words;
}

QString englishWordIn(const QString& text)
{
    for (const QString& w : englishLearningWords())
        if (text.contains(w, Qt::CaseInsensitive))
            return w;
    return {};
}

// Any text the UI composes must have all its placeholders filled.
const QRegularExpression& unfilled()
{
    static const QRegularExpression re(QStringLiteral("%\\d"));
    return re;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& l : languages())
            QTest::newRow(qPrintable(l)) << l;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const auto messages = readTs(tsDir() + QStringLiteral("/stemwise_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        int checked = 0;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("%1 (type=\"%2\")").arg(where, m.type)));
            QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
            for (const QString& t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                // Placeholders kept (a numerus form may spell the count out instead of %n).
                QSet<QString> want = placeholders(m.source), got = placeholders(t);
                if (m.numerus) {
                    want.remove(QStringLiteral("%n"));
                    got.remove(QStringLiteral("%n"));
                }
                QVERIFY2(got == want, qPrintable(QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") + t));
            }
            ++checked;
        }
        qInfo("%s: %d messages, all translated", qPrintable(language), checked);
    }

    void everyLanguageHasTheSameMessages()
    {
        QString error;
        const QSet<QString> de = keys(readTs(tsDir() + QStringLiteral("/stemwise_de.ts"), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& l : {QStringLiteral("fr"), QStringLiteral("es")}) {
            const QSet<QString> other = keys(readTs(tsDir() + QStringLiteral("/stemwise_%1.ts").arg(l), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QSet<QString> onlyDe = de - other, onlyOther = other - de;
            QVERIFY2(onlyDe.isEmpty(), qPrintable(l + QStringLiteral(" lacks: ") + QStringList(onlyDe.values()).join(QStringLiteral(" | "))));
            QVERIFY2(onlyOther.isEmpty(), qPrintable(l + QStringLiteral(" has extra: ") + QStringList(onlyOther.values()).join(QStringLiteral(" | "))));
        }
    }

    // lupdate over the sources (the same as the update_translations target) into a copy of
    // the German file: the messages it finds must be exactly those the file holds.
    void tsFilesAreUpToDateWithTheSources()
    {
        const QString lupdate = QStringLiteral(STEMWISE_LUPDATE);
        if (!QFile::exists(lupdate))
            QSKIP("lupdate not found (Debian package qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // lupdate over the sources into a copy of `file`; its messages then, or nothing.
        QString error;
        auto refreshed = [&](const QString& file, const QStringList& options) -> std::optional<std::vector<Message>> {
            const QString copy = dir.filePath(QStringLiteral("check_") + file);
            if (!QFile::copy(tsDir() + QLatin1Char('/') + file, copy))
                return std::nullopt;
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess p;
            p.setWorkingDirectory(QStringLiteral(STEMWISE_SOURCE_DIR));
            // ui/, app/guiapp.cpp and core's sources that mark texts (ui/CMakeLists.txt).
            const QStringList sources = QStringList{QStringLiteral("ui"), QStringLiteral("app/guiapp.cpp")}
                                        + QStringLiteral(STEMWISE_TRANSLATED_CORE_SOURCES).split(QLatin1Char(','));
            p.start(lupdate, sources + options
                                 + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                               QStringLiteral("none"), QStringLiteral("-ts"), copy});
            if (!p.waitForFinished(120000) || p.exitCode() != 0) {
                error = QString::fromLocal8Bit(p.readAllStandardError());
                return std::nullopt;
            }
            return readTs(copy, &error);
        };
        const auto committed = readTs(tsDir() + QStringLiteral("/stemwise_de.ts"), &error);
        const auto fresh = refreshed(QStringLiteral("stemwise_de.ts"), {});
        QVERIFY2(fresh && error.isEmpty(), qPrintable(error));
        const QSet<QString> a = keys(committed), b = keys(*fresh);
        QSet<QString> added = b - a, removed = a - b;
        QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("tr() strings missing from the .ts files (run the "
                                                            "update_translations target): ")
                                             + QStringList(added.values()).join(QStringLiteral(" | "))));
        QVERIFY2(removed.isEmpty(), qPrintable(QStringLiteral("messages no longer in the sources: ")
                                               + QStringList(removed.values()).join(QStringLiteral(" | "))));
        QVERIFY(a.size() > 400);

        // English: the plural forms only (lupdate -pluralonly, as update_translations runs it).
        const auto committedEn = readTs(tsDir() + QStringLiteral("/stemwise_en.ts"), &error);
        const auto freshEn = refreshed(QStringLiteral("stemwise_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY2(freshEn && error.isEmpty(), qPrintable(error));
        QCOMPARE(keys(committedEn), keys(*freshEn));
    }

    // English has the plural forms of every %n message (and nothing else): "1 onset",
    // "36 onsets", never "36 onset(s)".
    void englishHasThePluralForms()
    {
        QString error;
        const auto en = readTs(tsDir() + QStringLiteral("/stemwise_en.ts"), &error);
        const auto de = readTs(tsDir() + QStringLiteral("/stemwise_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::vector<Message> numerusDe;
        std::copy_if(de.begin(), de.end(), std::back_inserter(numerusDe), [](const Message& m) { return m.numerus; });
        QVERIFY(numerusDe.size() > 10);
        QCOMPARE(keys(en), keys(numerusDe));
        for (const Message& m : en) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(m.numerus && m.type.isEmpty() && m.translations.size() == 2, qPrintable(where));
            for (const QString& t : m.translations) {
                QVERIFY2(!t.contains(QStringLiteral("(s)")) && placeholders(t) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" → ") + t));
            }
        }
        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        const char* waveform = "Waveform (markers: %n onset(s))";
        QCOMPARE(QCoreApplication::translate("stemwise::ui::WaveformView", waveform, nullptr, 1),
                 QStringLiteral("Waveform (markers: 1 onset)"));
        QCOMPARE(QCoreApplication::translate("stemwise::ui::WaveformView", waveform, nullptr, 36),
                 QStringLiteral("Waveform (markers: 36 onsets)"));
        QCOMPARE(QCoreApplication::translate("stemwise::ui::MainWindow", "%n track(s) ready", nullptr, 1),
                 QStringLiteral("1 track ready"));
        QCOMPARE(QCoreApplication::translate("stemwise::ui::MainWindow", "%n track(s) ready", nullptr, 0),
                 QStringLiteral("0 tracks ready"));
        // Everything else stays the source text.
        QCOMPARE(QCoreApplication::translate("stemwise::ui::SettingsDialog", "Settings"), QStringLiteral("Settings"));
    }

    void embeddedTranslationsLoad()
    {
        for (const QString& l : languages() + QStringList{QStringLiteral("en")}) {
            QTranslator t;
            QVERIFY2(t.load(QStringLiteral(":/i18n/stemwise_%1.qm").arg(l)), qPrintable(l));
            QVERIFY(!t.isEmpty());
        }
        QTranslator de;
        QVERIFY(de.load(QStringLiteral(":/i18n/stemwise_de.qm")));
        QCOMPARE(de.translate("stemwise::ui::SettingsDialog", "Settings"), QStringLiteral("Einstellungen"));
        // The track view's figure labels are the registry's (core/analysis/figures.cpp, context CoreText).
        QCOMPARE(de.translate("CoreText", "true peak"), QStringLiteral("True Peak"));
        QCOMPARE(de.translate("Band", "Low mids"), QStringLiteral("Untere Mitten"));
        QCOMPARE(de.translate("CoreText", "high-pass"), QStringLiteral("Hochpass"));
        QTranslator fr;
        QVERIFY(fr.load(QStringLiteral(":/i18n/stemwise_fr.qm")));
        QCOMPARE(fr.translate("CoreText", "loudness range"), QStringLiteral("plage de sonie"));
        QTranslator es;
        QVERIFY(es.load(QStringLiteral(":/i18n/stemwise_es.qm")));
        QCOMPARE(es.translate("CoreText", "true peak"), QStringLiteral("pico real"));
    }

    // Qt's own strings (standard buttons) follow when qtbase_de.qm is installed.
    void qtBaseTranslationsFollow()
    {
        const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qm))
            QSKIP("qtbase_de.qm not installed (Debian package qt6-translations-l10n)");
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void languageSettingResolves()
    {
        QCOMPARE(ui::resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("es")), QStringLiteral("es"));
        QVERIFY(ui::isKnownLanguageSetting(QStringLiteral("system")));
        QVERIFY(!ui::isKnownLanguageSetting(QStringLiteral("xx")));
        QVERIFY(ui::availableLanguages().contains(ui::resolveLanguage(QStringLiteral("system"))));
    }

    // English: exactly core's text. German: the sentence from the structured fields, with a
    // decimal comma.
    void composesCoreTextInTheLanguage()
    {
        const core::Suggestion s = resonanceCut();
        QCOMPARE(QString::fromStdString(s.title), QStringLiteral("Cut 4.5 dB at 315 Hz (Q 4.2) on Lead Vocal"));
        QCOMPARE(QString::fromStdString(s.reasoning),
                 QStringLiteral("A resonance at 315 Hz stands 6.5 dB above the spectrum around it, with Q 4.2 (-3 dB width "
                                "75 Hz); it rings through the whole track."));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(ui::CoreText::suggestionTitle(s), QString::fromStdString(s.title));
        QCOMPARE(ui::CoreText::suggestionReasoning(s), QString::fromStdString(s.reasoning));
        QCOMPARE(ui::CoreText::trackType("vocals"), QStringLiteral("vocals"));

        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::CoreText::suggestionTitle(s), QStringLiteral("4,5 dB bei 315 Hz (Q 4,2) auf Lead Vocal absenken"));
        QCOMPARE(ui::CoreText::suggestionReasoning(s),
                 QStringLiteral("Eine Resonanz bei 315 Hz ragt 6,5 dB über das umgebende Spektrum hinaus, mit Q 4,2 "
                                "(-3-dB-Breite 75 Hz); sie klingt durch die ganze Spur."));
        QCOMPARE(ui::CoreText::trackType("vocals"), QStringLiteral("Gesang"));
        QCOMPARE(ui::CoreText::parameterText("high_pass"), QStringLiteral("Hochpass"));
        // A track clipped in 3 places (1200 samples in all), as the detector and the score say it.
        core::TrackProfile track;
        track.dynamics.peakDbfs = 0.0;
        track.dynamics.clippedSamples = 1200;
        track.dynamics.clippedRuns = 3;
        track.issues = core::detectIssues(track);
        core::scoreTrack(track);
        QCOMPARE(track.issues.size(), std::size_t{1});
        const core::TrackIssue& clip = track.issues.front();
        QVERIFY(ui::CoreText::issueMessage(clip).startsWith(QStringLiteral("Die Spur clippt: 1200 Samples an 3 Stellen")));
        QCOMPARE(track.scoreBreakdown.size(), std::size_t{2});
        QCOMPARE(ui::CoreText::scoreItem(track.scoreBreakdown[1]), QStringLiteral("Problem (hoch): Clipping"));
        QCOMPARE(ui::CoreText::key("F# minor"), QStringLiteral("fis-Moll"));
        // "> 0.10 (typical vocals)", as the band-cut rule compares a share.
        const core::Evidence share = core::Evidence::of(
            "low_mids_share", 0.12, "",
            {core::TextCode::CmpTypical,
             {core::TextArg::nested({core::TextCode::CmpAbove, {core::TextArg::number(0.10, 2)}}),
              core::TextArg::termOf(core::TermKind::TrackType, "vocals")}});
        QCOMPARE(QString::fromStdString(share.comparison), QStringLiteral("> 0.10 (typical vocals)"));
        QCOMPARE(ui::CoreText::comparison(share), QStringLiteral("> 0,10 (typisch Gesang)"));
        QCOMPARE(ui::formatNumber(1607.25, 1), QStringLiteral("1607,3"));
    }

    // How ratings moved a suggestion and what a re-bounce did, from the typed values the
    // learned model gives: English exactly core's sentence, German with the same numbers.
    void ratingsAndRebouncesComposeInTheLanguage()
    {
        core::LearnedModel model;
        for (int i = 0; i < 3; ++i)
            model.add("low_mid_cut", "vocals", std::nullopt, 0.7, core::Feedback::NotUseful);
        model.add("de_esser", "vocals", std::string("rock"), 0.7, core::Feedback::NotUseful);
        const core::Posterior any = model.posterior("low_mid_cut", "vocals", std::nullopt, 0.7);
        const core::Posterior rock = model.posterior("de_esser", "vocals", std::string("rock"), 0.7);
        QVERIFY(any.personalisation && rock.personalisation);
        QCOMPARE(any.personalisation->notUseful, 3);
        QVERIFY(rock.personalisation->genre == std::optional<std::string>("rock"));
        // Beta(2.8, 1.2) + 3 failures: 2.8 / 7 = 0.40; + 1 failure: 2.8 / 5 = 0.56.
        QCOMPARE(QString::fromStdString(any.explanation),
                 QStringLiteral("your feedback on vocals (3 not useful) moved the confidence from 0.70 to 0.40"));
        QCOMPARE(QString::fromStdString(rock.explanation),
                 QStringLiteral("your feedback on vocals in rock (1 not useful) moved the confidence from 0.70 to 0.56"));

        core::EffectRecord lowMids{"u1", "Lead Vocal", "2026-11-03T10:00:00.000Z", "2026-11-04T10:00:00.000Z",
                                   "low-mid excess", "dB", 5.2, 1.8, true, "low_mids_excess_db"};
        core::EffectRecord resonance{"u2", "Drums", "2026-11-03T10:00:00.000Z", "2026-11-04T10:00:00.000Z",
                                     "prominence at 315 Hz", "dB", 4.0, 6.5, false, "resonance_prominence_db", 315.0};
        core::EffectRecord older = lowMids;  // stored before the metric's id was kept
        older.measure.clear();

        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(ui::CoreText::personalisation(*any.personalisation), QString::fromStdString(any.explanation));
        QCOMPARE(ui::CoreText::effectNote(lowMids),
                 QStringLiteral("Lead Vocal: applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)"));
        QCOMPARE(ui::CoreText::effectNote(resonance),
                 QStringLiteral("Drums: applied 2026-11-03: prominence at 315 Hz 4.0 → 6.5 dB (worse)"));

        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::CoreText::personalisation(*any.personalisation),
                 QStringLiteral("Ihr Feedback zu Gesang (3 nicht nützlich) hat die Konfidenz von 0,70 auf 0,40 verschoben"));
        QCOMPARE(ui::CoreText::personalisation(*rock.personalisation),
                 QStringLiteral("Ihr Feedback zu Gesang im Genre rock (1 nicht nützlich) hat die Konfidenz von 0,70 auf "
                                "0,56 verschoben"));
        const QString date = QLocale().toString(QDate(2026, 11, 3), QLocale::ShortFormat);
        QVERIFY2(date.contains(QStringLiteral("11")) && date != QStringLiteral("2026-11-03"), qPrintable(date));
        QCOMPARE(ui::CoreText::effectNote(lowMids),
                 QStringLiteral("Lead Vocal: angewendet am %1: Überschuss Untere Mitten 5,2 → 1,8 dB (besser)").arg(date));
        QCOMPARE(ui::CoreText::effectNote(resonance),
                 QStringLiteral("Drums: angewendet am %1: Überhöhung bei 315 Hz 4,0 → 6,5 dB (schlechter)").arg(date));
        // Without the metric's id only the label stays core's; the sentence is German.
        QCOMPARE(ui::CoreText::effectNote(older),
                 QStringLiteral("Lead Vocal: angewendet am %1: low-mid excess 5,2 → 1,8 dB (besser)").arg(date));

        // The suggestions panel shows the composed texts, not core's English.
        core::Suggestion s = resonanceCut();
        s.storeId = 7;
        s.personalisation = any.explanation;
        s.personalisationDetail = any.personalisation;
        s.effects = {lowMids};
        s.effectNotes = {lowMids.track + ": " + lowMids.describe()};
        ui::SuggestionsPanel panel;
        panel.setSuggestions({s}, QString());
        panel.selectRow(0);
        QCOMPARE(panel.selectedId(), std::int64_t{7});
        const QString details = panel.details()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Ihr Feedback zu Gesang (3 nicht nützlich)"))
                     && details.contains(QStringLiteral("Überschuss Untere Mitten 5,2 → 1,8 dB (besser)")),
                 qPrintable(details));
        QVERIFY2(englishWordIn(details).isEmpty(), qPrintable(englishWordIn(details) + QStringLiteral(": ") + details));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // Why a file could not be analysed: the reason from the error's code in the language, in
    // the translated sentence; a reason without a code keeps core's words inside it.
    void fileErrorsComposeInTheLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        // A bounce cut off after its header: the data chunk promises 4800 frames, none are there.
        const auto cut = root / "cut.wav";
        QCOMPARE(QString::fromStdString(test::writeAudio(cut, {test::sine(440, 0.5, 48000, 4800)})), QString());
        std::filesystem::resize_file(cut, 44);
        std::ofstream(root / "empty.wav").close();
        std::ofstream(root / "notes.wav") << "just my notes\n";
        const auto results = core::analyzeFiles({cut, root / "empty.wav", root / "notes.wav", root / "gone.wav"});
        QCOMPARE(results.size(), std::size_t{4});
        QCOMPARE(results[0].errorCode, core::ErrorCode::Truncated);
        QCOMPARE(results[1].errorCode, core::ErrorCode::EmptyFile);
        QCOMPARE(results[2].errorCode, core::ErrorCode::NotAudio);
        QCOMPARE(results[3].errorCode, core::ErrorCode::NoSuchFile);

        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        for (const auto& r : results)
            QCOMPARE(ui::CoreText::fileError(r.errorCode, QString::fromStdString(r.error)), QString::fromStdString(r.error));

        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(ui::CoreText::fileFailure(QStringLiteral("cut.wav"), results[0].errorCode,
                                           QString::fromStdString(results[0].error)),
                 QStringLiteral("cut.wav konnte nicht analysiert werden: die Datei bricht vor ihrem ersten Sample ab "
                                "(abgeschnitten)"));
        QCOMPARE(ui::CoreText::fileError(results[1].errorCode, QString::fromStdString(results[1].error)),
                 QStringLiteral("die Datei ist leer (0 Byte)"));
        for (const auto& r : results) {
            const QString text = ui::CoreText::fileError(r.errorCode, QString::fromStdString(r.error),
                                                         QString::fromStdString(r.errorDetail));
            QVERIFY2(text != QString::fromStdString(r.error), r.error.c_str());
            QVERIFY2(!text.contains(unfilled()), qPrintable(text));
        }
        // libsndfile's own words on the text file stay, in brackets after the German reason.
        QVERIFY(!results[2].errorDetail.empty());
        QCOMPARE(ui::CoreText::fileError(results[2].errorCode, QString::fromStdString(results[2].error),
                                         QString::fromStdString(results[2].errorDetail)),
                 QStringLiteral("es ist keine Audiodatei in einem Format, das Stemwise liest (%1)")
                     .arg(QString::fromStdString(results[2].errorDetail)));
        QCOMPARE(ui::CoreText::fileFailure(QStringLiteral("x.wav"), core::ErrorCode::None, QStringLiteral("odd reason")),
                 QStringLiteral("x.wav konnte nicht analysiert werden: odd reason"));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // The live input's reasons (core/live/liveinput.cpp sets their codes; tst_liveinput
    // checks that it does) and a written file's: in English core's own words, in German
    // a German sentence, PortAudio's or libsndfile's words kept in brackets.
    void liveAndWriteErrorsComposeInTheLanguage()
    {
        using C = core::ErrorCode;
        const std::vector<core::Error> errors = {
            {"cannot be written: System error.", C::CannotWrite, "System error."},
            {"no audio input device", C::NoInputDevice, ""},
            {"no input device named like 'x'; inputs: 0 'system' (JACK)", C::NoSuchInputDevice, ""},
            {"channel 3 does not exist: 'system' has 2 input channels", C::NoSuchChannel, ""},
            {"'system' cannot record 2 channels at 44100 Hz: Invalid sample rate", C::FormatRefused, "Invalid sample rate"},
            {"cannot open 'hw:1': Device unavailable", C::DeviceUnavailable, "Device unavailable"},
            {"cannot start PortAudio: Host error", C::AudioSystemUnavailable, "Host error"},
            {"cannot load a fresh copy of PortAudio (x); restart Stemwise to meter again", C::AudioRestartNeeded, "x"},
            {"the audio stream ended (device removed or audio server stopped)", C::InputStreamEnded, ""},
            {"the audio device stopped delivering (device removed or audio server stopped)", C::InputStoppedDelivering, ""},
            {"no audio from the device for 5.0 s (device removed or audio server stopped)", C::InputSilent, ""},
            {"the recording could not be completed (disk full?)", C::RecordingIncomplete, ""},
        };
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        for (const auto& e : errors)
            QCOMPARE(ui::CoreText::error(e), QString::fromStdString(e.message));
        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        for (const auto& e : errors) {
            const QString text = ui::CoreText::error(e);
            QVERIFY2(text != QString::fromStdString(e.message), e.message.c_str());
            QVERIFY2(!text.contains(unfilled()), qPrintable(text));
            if (!e.detail.empty())
                QVERIFY2(text.endsWith(QStringLiteral(" (%1)").arg(QString::fromStdString(e.detail))), qPrintable(text));
        }
        QCOMPARE(ui::CoreText::error(errors[8]),
                 QStringLiteral("der Audiostrom ist beendet (Gerät entfernt oder Audioserver gestoppt)"));
        QCOMPARE(ui::CoreText::error(errors[10]),
                 QStringLiteral("seit 5 s kam kein Audio vom Eingang (Gerät entfernt oder Audioserver gestoppt)"));
        QCOMPARE(ui::CoreText::error(errors[5]),
                 QStringLiteral("der Eingang kann nicht geöffnet werden (vielleicht nutzt ihn ein anderes Programm) "
                                "(Device unavailable)"));
        // No code: core's words as they are (a UI frames them in its own sentence).
        QCOMPARE(ui::CoreText::error(core::Error{"odd reason"}), QStringLiteral("odd reason"));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // The real rules and detector on the demo session: with German installed, no issue,
    // score line or suggestion falls back to core's English, and no placeholder is left.
    void demoSessionComposesEverythingInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto files = core::writeDemoSession(dir.filePath(QStringLiteral("demo")).toStdString());
        QVERIFY2(files.ok(), files ? "" : files.error().message.c_str());
        std::vector<core::TrackProfile> tracks;
        for (const auto& f : files.value()) {
            auto p = core::analyzeFile(f);
            QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
            tracks.push_back(std::move(p.value()));
        }
        core::SuggestionContext context;
        context.tempoBpm = 120.0;
        const core::SuggestionSet set = core::SuggestionEngine::run(tracks, context, core::LearnedModel{});
        QVERIFY(!set.suggestions.empty());

        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        int issues = 0, suggestions = 0, patterns = 0;
        std::map<std::string, int> rules;
        for (const auto& t : tracks) {
            for (const auto& issue : t.issues) {
                const QString text = ui::CoreText::issueMessage(issue);
                QVERIFY2(text != QString::fromStdString(issue.message), issue.message.c_str());
                QVERIFY2(!text.contains(unfilled()), qPrintable(text));
                QVERIFY2(ui::CoreText::issueName(issue.code) != QString::fromStdString(issue.code), issue.code.c_str());
                ++issues;
            }
            for (const auto& item : t.scoreBreakdown)
                QVERIFY2(ui::CoreText::scoreItem(item) != QString::fromStdString(item.reason), item.reason.c_str());
            for (const auto& tag : t.patterns) {
                const QString text = ui::CoreText::patternEvidence(tag);
                QVERIFY2(text != QString::fromStdString(tag.evidence), tag.evidence.c_str());
                QVERIFY2(!text.contains(unfilled()), qPrintable(text));
                ++patterns;
            }
        }
        for (const auto& s : set.suggestions) {
            for (const QString& text : {ui::CoreText::suggestionTitle(s), ui::CoreText::suggestionDescription(s),
                                        ui::CoreText::suggestionReasoning(s)})
                QVERIFY2(!text.contains(unfilled()), qPrintable(text));
            QVERIFY2(ui::CoreText::suggestionTitle(s) != QString::fromStdString(s.title), s.title.c_str());
            QVERIFY2(ui::CoreText::suggestionDescription(s) != QString::fromStdString(s.description), s.description.c_str());
            QVERIFY2(ui::CoreText::suggestionReasoning(s) != QString::fromStdString(s.reasoning), s.reasoning.c_str());
            for (const auto& e : s.evidence)
                QVERIFY2(ui::CoreText::measure(e) != QString::fromStdString(e.measure), e.measure.c_str());
            ++rules[s.rule];
            ++suggestions;
        }
        // A comparison of two demo tracks: every finding composed, the tables' labels translated.
        const core::TrackComparison cmp = core::compareTracks(tracks[0], tracks[1]);
        QVERIFY(!cmp.findings.empty());
        for (const auto& f : cmp.findings) {
            const QString text = ui::CoreText::comparisonFinding(f);
            QVERIFY2(text != QString::fromStdString(f.text), f.text.c_str());
            QVERIFY2(!text.contains(unfilled()), qPrintable(text));
        }
        const QString table = ui::CoreText::comparisonText(cmp);
        QVERIFY2(table.contains(QStringLiteral("Messwert")) && table.contains(QStringLiteral("Untere Mitten"))
                     && table.contains(QStringLiteral("Integrierte Lautheit"), Qt::CaseInsensitive),
                 qPrintable(table));
        // Every rule rated "not useful" and its metric improved by a re-bounce: each suggestion's
        // explanation and re-bounce note composed in German, none left in core's English.
        core::LearnedModel learned;
        std::set<std::string> ratedCells;
        for (const auto& s : set.suggestions) {
            ratedCells.insert(s.rule + '|' + s.trackType);
            learned.add(s.rule, s.trackType, std::nullopt, s.baseConfidence, core::Feedback::NotUseful);
            if (s.metric)
                learned.add(s.rule, s.trackType, std::nullopt, s.baseConfidence, core::Feedback::Improved,
                            core::EffectRecord{s.key, s.target.tracks.empty() ? std::string() : s.target.tracks.front(),
                                               "2026-11-03T10:00:00.000Z", "2026-11-04T10:00:00.000Z", s.metric->label,
                                               s.metric->unit, s.metric->value, s.metric->value * 0.5, true,
                                               s.metric->measure, s.metric->frequencyHz});
        }
        const core::SuggestionSet rated = core::SuggestionEngine::run(tracks, context, learned);
        int explained = 0, notes = 0;
        for (const auto& s : rated.suggestions) {
            if (!ratedCells.contains(s.rule + '|' + s.trackType))
                continue;  // one the first run had dropped (a duplicate or contradiction), never rated
            QVERIFY2(s.personalisationDetail.has_value(), s.key.c_str());
            QCOMPARE(s.personalisationDetail->describe(), s.personalisation);
            const QString why = ui::CoreText::personalisation(s);
            QVERIFY2(englishWordIn(why).isEmpty() && !why.contains(unfilled()), qPrintable(why));
            QVERIFY2(why.contains(ui::formatNumber(s.personalisationDetail->confidenceAfter, 2)), qPrintable(why));
            ++explained;
            QCOMPARE(s.effects.size(), s.effectNotes.size());
            for (const QString& note : ui::CoreText::effectNotes(s)) {
                QVERIFY2(englishWordIn(note).isEmpty() && !note.contains(unfilled()), qPrintable(note));
                ++notes;
            }
        }
        QVERIFY(notes > 0);
        QString ruleList;
        for (const auto& [rule, n] : rules)
            ruleList += QStringLiteral("%1×%2 ").arg(QString::fromStdString(rule)).arg(n);
        qInfo("demo session: %d issues, %d suggestions, %d comparison findings, %d pattern tags, %d rating "
              "explanations and %d re-bounce notes composed in German (%s)",
              issues, suggestions, static_cast<int>(cmp.findings.size()), patterns, explained, notes, qPrintable(ruleList));
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        // In English too an evidence row names its measure in words ("true peak"), never by the
        // code the JSON keeps ("true_peak_dbtp").
        int measures = 0;
        for (const auto& s : set.suggestions)
            for (const auto& e : s.evidence) {
                const QString name = ui::CoreText::measure(e);
                QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('_')), qPrintable(name));
                ++measures;
            }
        QVERIFY(measures > 0);
        for (const auto& s : set.suggestions)
            for (const auto& p : s.parameters) {
                const QString name = ui::CoreText::parameterName(p.key);
                QVERIFY2(!name.isEmpty() && !name.contains(QLatin1Char('_')), qPrintable(name));
            }
    }
    // English plural forms: the catalogue's (what the CLI prints) are the ones stemwise_en.ts
    // gives the English UI, for every template with %n.
    void catalogueEnglishPluralsMatchTheEnglishTranslation()
    {
        QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        int plurals = 0;
        for (const core::TextTemplate& t : core::textTemplates()) {
            if (!t.plural)
                continue;
            for (int n : {1, 3}) {
                const QString ui = QCoreApplication::translate("CoreText", t.source, nullptr, n);
                const QString cli = QString::fromUtf8(n == 1 ? t.englishOne : t.englishOther)
                                        .replace(QStringLiteral("%n"), QString::number(n));
                QVERIFY2(ui == cli, qPrintable(QStringLiteral("%1: UI '%2', CLI '%3'").arg(QString::fromLatin1(t.id), ui, cli)));
            }
            ++plurals;
        }
        QVERIFY(plurals >= 7);
    }

    // The real rules on the demo session, stored and read back as `stemwise suggest` and the
    // window do it: each suggestion comes back with the same codes and arguments, so the UI
    // says a stored suggestion in German exactly as it said the fresh one. Without its texts (a
    // suggestion stored before they were kept) the UI shows the English stored with it.
    void storedSuggestionKeepsItsTexts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto files = core::writeDemoSession(dir.filePath(QStringLiteral("demo")).toStdString());
        QVERIFY2(files.ok(), files ? "" : files.error().message.c_str());
        const std::filesystem::path database = dir.filePath(QStringLiteral("stemwise.sqlite")).toStdString();
        std::vector<core::TrackProfile> tracks;
        std::vector<std::int64_t> ids;
        for (auto& r : core::analyzeFilesStored(files.value(), {}, core::StoreTarget{database, std::nullopt})) {
            QVERIFY2(r.analysis.profile && r.historyId, (r.analysis.error + r.storeError).c_str());
            tracks.push_back(*r.analysis.profile);
            ids.push_back(*r.historyId);
        }
        auto opened = core::Store::open(database);
        QVERIFY(opened.store);
        core::SuggestionContext context;
        context.tempoBpm = 120.0;
        auto stored = core::suggestAndStore(opened.store->db(), tracks, ids, context);
        QVERIFY2(stored.ok(), stored ? "" : stored.error().message.c_str());
        QVERIFY(stored->set.suggestions.size() >= 5);
        core::SuggestionRepository repository(opened.store->db());
        int compared = 0, planNotes = 0;
        for (const core::Suggestion& fresh : stored->set.suggestions) {
            const auto back = repository.byUid(fresh.uid);
            QVERIFY2(back.has_value(), fresh.uid.c_str());
            const core::Suggestion& s = back->suggestion;
            QVERIFY2(!s.titleText.empty() && s.titleText == fresh.titleText, fresh.title.c_str());
            QVERIFY2(s.descriptionText == fresh.descriptionText && s.reasoningText == fresh.reasoningText, fresh.title.c_str());
            QCOMPARE(s.evidence.size(), fresh.evidence.size());
            for (std::size_t i = 0; i < s.evidence.size(); ++i) {
                QVERIFY2(s.evidence[i].comparisonText == fresh.evidence[i].comparisonText, s.evidence[i].measure.c_str());
                QVERIFY2(s.evidence[i].label == fresh.evidence[i].label, s.evidence[i].measure.c_str());
            }
            // The session plan's notes (a line of the gain plan, a move merged or replaced) too.
            QCOMPARE(s.plan.size(), fresh.plan.size());
            for (std::size_t i = 0; i < s.plan.size(); ++i) {
                QVERIFY2(!s.plan[i].noteText.empty() && s.plan[i].noteText == fresh.plan[i].noteText, s.plan[i].text.c_str());
                ++planNotes;
            }
            QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
            for (const auto& [a, b] : {std::pair{ui::CoreText::suggestionTitle(s), ui::CoreText::suggestionTitle(fresh)},
                                       std::pair{ui::CoreText::suggestionDescription(s), ui::CoreText::suggestionDescription(fresh)},
                                       std::pair{ui::CoreText::suggestionReasoning(s), ui::CoreText::suggestionReasoning(fresh)}}) {
                QCOMPARE(a, b);
            }
            for (std::size_t i = 0; i < s.plan.size(); ++i) {
                QCOMPARE(ui::CoreText::planNote(s.plan[i]), ui::CoreText::planNote(fresh.plan[i]));
                QVERIFY2(ui::CoreText::planNote(s.plan[i]) != QString::fromStdString(s.plan[i].text), s.plan[i].text.c_str());
            }
            QVERIFY2(ui::CoreText::suggestionTitle(s) != QString::fromStdString(s.title), s.title.c_str());
            // Stored before texts were kept: the English, whole.
            nlohmann::ordered_json old = core::suggestionToJson(s, core::SuggestionTexts::Include);
            QVERIFY(old.contains("texts"));
            old.erase("texts");
            const auto legacy = core::suggestionFromJson(old);
            QVERIFY(legacy.ok());
            QVERIFY(legacy->titleText.empty());
            QCOMPARE(ui::CoreText::suggestionTitle(legacy.value()), QString::fromStdString(s.title));
            (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
            QCOMPARE(ui::CoreText::suggestionReasoning(s), QString::fromStdString(fresh.reasoning));
            ++compared;
        }
        qInfo("%d stored suggestions and %d notes of the session plan read back with their texts", compared, planNotes);
    }

    // One source: a template reworded in core's catalogue changes what the CLI prints (the
    // rules' English, the JSON) and what the UI shows, in English and in German alike: the
    // German translation of the old wording no longer applies (lupdate then asks for one of the
    // new wording: tsFilesAreUpToDateWithTheSources).
    void aRewordedTemplateChangesTheCliAndTheUi()
    {
        const QString before = QStringLiteral("4,5 dB bei 315 Hz (Q 4,2) auf Lead Vocal absenken");
        {
            const core::TemplateOverrideForTest reworded(core::TextCode::SuggestCutTitle, "Notch %1 dB at %2 (Q %3) out of %4");
            const core::Suggestion s = resonanceCut();
            QCOMPARE(QString::fromStdString(s.title), QStringLiteral("Notch 4.5 dB at 315 Hz (Q 4.2) out of Lead Vocal"));
            QCOMPARE(QString::fromStdString(core::suggestionToJson(s)["title"].get<std::string>()),
                     QStringLiteral("Notch 4.5 dB at 315 Hz (Q 4.2) out of Lead Vocal"));
            (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
            QCOMPARE(ui::CoreText::suggestionTitle(s), QStringLiteral("Notch 4.5 dB at 315 Hz (Q 4.2) out of Lead Vocal"));
            QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
            QCOMPARE(ui::CoreText::suggestionTitle(s), QStringLiteral("Notch 4,5 dB at 315 Hz (Q 4,2) out of Lead Vocal"));
        }
        // The catalogue's own wording again: the German translation applies again.
        QCOMPARE(ui::CoreText::suggestionTitle(resonanceCut()), before);
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    // The report's PDF of two synthesized tracks, written with German installed and then
    // with English: pdftotext finds the German headings and none of the English ones, then
    // the reverse. STEMWISE_KEEP_REPORT_PDF=DIR keeps both files there to look at.
    void reportPdfFollowsTheLanguage()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto files = core::writeDemoSession(dir.filePath(QStringLiteral("demo")).toStdString());
        QVERIFY2(files.ok(), files ? "" : files.error().message.c_str());
        core::SessionReport report;
        report.title = "Demo";
        report.generatedAt = "2026-11-24T09:00:00.000Z";
        for (std::size_t i = 0; i < 2 && i < files.value().size(); ++i) {
            auto p = core::analyzeFile(files.value()[i]);
            QVERIFY2(p.ok(), p ? "" : p.error().message.c_str());
            report.tracks.push_back(std::move(p.value()));
        }
        QCOMPARE(report.tracks.size(), std::size_t{2});
        core::SuggestionContext context;
        context.tempoBpm = 120.0;
        report.suggestions = core::SuggestionEngine::run(report.tracks, context, core::LearnedModel{});
        report.comparisons.push_back(core::compareTracks(report.tracks[0], report.tracks[1]));

        auto pdfText = [&](const QString& language) -> QString {
            (void)ui::installTranslations(*QCoreApplication::instance(), language);
            const QString pdf = dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
            const QString error = ui::writeReportPdf(report, pdf);
            if (!error.isEmpty())
                return QStringLiteral("writeReportPdf: ") + error;
            const QString keep = qEnvironmentVariable("STEMWISE_KEEP_REPORT_PDF");
            if (!keep.isEmpty())
                (void)QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
            QProcess p;
            p.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                return QStringLiteral("pdftotext failed");
            // The font's ligatures come back as one character ("ﬁ", "ﬀ"): spell them out.
            return QString::fromUtf8(p.readAllStandardOutput())
                .replace(QChar(0xFB00), QStringLiteral("ff"))
                .replace(QChar(0xFB01), QStringLiteral("fi"))
                .replace(QChar(0xFB02), QStringLiteral("fl"))
                .replace(QChar(0xFB03), QStringLiteral("ffi"))
                .replace(QChar(0xFB04), QStringLiteral("ffl"));
        };
        // The same headings and labels in both languages, as the PDF prints them.
        const std::vector<std::pair<QString, QString>> headings{
            {QStringLiteral("STEMWISE-SESSIONBERICHT"), QStringLiteral("STEMWISE SESSION REPORT")},
            {QStringLiteral("Session-Übersicht"), QStringLiteral("Session summary")},
            {QStringLiteral("Kennzahlen"), QStringLiteral("Key figures")},
            {QStringLiteral("Headroom der summierten Stems"), QStringLiteral("Headroom of the summed stems")},
            {QStringLiteral("Langzeit-Mittelwertspektrum"), QStringLiteral("Long-term average spectrum")},
            {QStringLiteral("Integrierte Lautheit"), QStringLiteral("Integrated loudness")},
            {QStringLiteral("Qualitätswert:"), QStringLiteral("Quality score:")},
            {QStringLiteral("Spur 1 von 2"), QStringLiteral("Track 1 of 2")},
            {QStringLiteral("Seite 3 von 6"), QStringLiteral("Page 3 of 6")},
            {QStringLiteral("Abschnitte des Songs"), QStringLiteral("Sections of the song")},
            {QStringLiteral("Differenz, lautheitsangeglichen"), QStringLiteral("Difference, loudness-matched")},
            {QStringLiteral("Befunde"), QStringLiteral("Findings")},
        };
        const QString german = pdfText(QStringLiteral("de"));
        const QString english = pdfText(QStringLiteral("en"));
        for (const auto& [de, en] : headings) {
            QVERIFY2(german.contains(de), qPrintable(QStringLiteral("German PDF lacks '%1'").arg(de)));
            QVERIFY2(!german.contains(en), qPrintable(QStringLiteral("German PDF has English '%1'").arg(en)));
            QVERIFY2(english.contains(en), qPrintable(QStringLiteral("English PDF lacks '%1'").arg(en)));
            QVERIFY2(!english.contains(de), qPrintable(QStringLiteral("English PDF has German '%1'").arg(de)));
        }
        // Core's texts composed too: the first track's type and its first issue in German,
        // the figures with a decimal comma.
        const core::TrackProfile& t = report.tracks[0];
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        const QString type = ui::CoreText::trackType(t.type);
        const QString lufs = ui::formatNumber(*t.loudness.integratedLufs, 1) + QStringLiteral(" LUFS");
        (void)ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY2(german.contains(type), qPrintable(type));
        QVERIFY2(lufs.contains(QLatin1Char(',')) && german.contains(lufs), qPrintable(lufs));
        QVERIFY2(english.contains(QString::number(*t.loudness.integratedLufs, 'f', 1) + QStringLiteral(" LUFS")),
                 "English figure");
        qInfo("report PDF: %d characters of German text, %d of English; %d headings checked both ways",
              static_cast<int>(german.size()), static_cast<int>(english.size()), static_cast<int>(headings.size()));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
