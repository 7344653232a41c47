// stemwise suggest, rate and learned through the command line, on the built-in demo session:
// JSON that validates against its schema, ids that stay the same while the files do, ratings
// that move the rated rule (and are listed, exported, reset and imported), the context taken
// from --bpm and --genre, and exit codes as the contract says (0 / 1 / 2).
#include "clirunner.h"
#include "mixsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;
using test::Run;
using test::runStemwise;
using test::schemaViolations;

namespace {

QJsonObject jsonOf(const QByteArray& out) { return QJsonDocument::fromJson(out).object(); }

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(QString::fromUtf8(r.err), QString::fromUtf8(r.out.left(2000)));
}

}  // namespace

class TestSuggestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void helpNamesTheCommands();
    void suggestPrintsValidJsonWithStableIds();
    void textNamesEachSuggestionsId();
    void contextComesFromTheOptions();
    void withoutAGenreTheReferencesEstimateIt();
    void anUnreadableStemLeavesTheOthersGenre();
    void dawSessionStatesTheTempo();
    void ratingsMoveTheRuleAndCanBeExportedResetAndImported();
    void aReBounceAfterApplyingShowsItsEffect();
    void badUsageExitsWithTwo_data();
    void badUsageExitsWithTwo();

private:
    QStringList db() const { return {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("stemwise.sqlite"))}; }
    QString demo() const { return m_dir.filePath(QStringLiteral("demo")); }
    // References that make a genre estimate clear: the demo's kick and bass tagged edm, its pad
    // and vocal jazz. Returns whether both were added.
    bool tagReferences(const QStringList& library) const
    {
        const Run low = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo() + QStringLiteral("/Kick.wav"),
                                                demo() + QStringLiteral("/Bass.wav"), QStringLiteral("--genre"), QStringLiteral("edm")}
                                    + library);
        const Run high = runStemwise(QStringList{QStringLiteral("reference"), QStringLiteral("add"), demo() + QStringLiteral("/Pad.wav"),
                                                 demo() + QStringLiteral("/Lead Vocal.wav"), QStringLiteral("--genre"),
                                                 QStringLiteral("jazz")}
                                     + library);
        if (low.exitCode != 0 || high.exitCode != 0)
            qWarning("reference add: %s%s", qPrintable(describe(low)), qPrintable(describe(high)));
        return low.exitCode == 0 && high.exitCode == 0;
    }
    QJsonObject suggest(const QStringList& extra = {})
    {
        const Run r = runStemwise(QStringList{QStringLiteral("suggest"), demo(), QStringLiteral("--json"), QStringLiteral("-")}
                                  + extra + db());
        if (r.exitCode != 0)
            qFatal("suggest failed: %s", qPrintable(describe(r)));
        const QString violations = schemaViolations(r.out, "stemwise.suggestions-1.schema.json");
        if (!violations.isEmpty())
            qFatal("suggest: schema: %s", qPrintable(violations));
        return jsonOf(r.out);
    }

    QTemporaryDir m_dir;
};

void TestSuggestCli::initTestCase()
{
    const Run r = runStemwise({QStringLiteral("demo"), demo()});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestSuggestCli::helpNamesTheCommands()
{
    const Run r = runStemwise({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* command : {"stemwise suggest PATH", "stemwise rate ID", "stemwise learned"})
        QVERIFY2(r.out.contains(command), command);
    for (const char* command : {"suggest", "rate", "learned"}) {
        const Run help = runStemwise({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QByteArray("Usage: stemwise ") + command));
    }
}

void TestSuggestCli::suggestPrintsValidJsonWithStableIds()
{
    const QJsonObject first = suggest();
    QCOMPARE(first.value(QStringLiteral("schema")).toString(), QStringLiteral("stemwise.suggestions/1"));
    QCOMPARE(first.value(QStringLiteral("tracks")).toArray().size(), 5);
    const QJsonArray suggestions = first.value(QStringLiteral("suggestions")).toArray();
    QVERIFY(suggestions.size() >= 3);
    QStringList ids;
    bool kickAndBass = false;
    for (const auto& v : suggestions) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(QStringLiteral("id")).toInteger() > 0);
        ids << QString::number(s.value(QStringLiteral("id")).toInteger());
        const QJsonArray tracks = s.value(QStringLiteral("target")).toObject().value(QStringLiteral("tracks")).toArray();
        if (s.value(QStringLiteral("rule")).toString() == QStringLiteral("masking")
            && tracks.contains(QStringLiteral("Kick")) && tracks.contains(QStringLiteral("Bass")))
            kickAndBass = true;
    }
    // The demo's kick and bass share the low end by construction (both sit on A1 = 55 Hz).
    QVERIFY(kickAndBass);
    // The sum of the demo's stems is measured; a sum over 0 dBTP gets the headroom move.
    const QJsonObject session = first.value(QStringLiteral("session")).toObject();
    QVERIFY(session.value(QStringLiteral("summed_true_peak_measured")).toBool());
    const bool over = session.value(QStringLiteral("summed_true_peak_dbtp")).toDouble() > 0.0;
    bool headroom = false;
    for (const auto& v : suggestions)
        headroom = headroom || v.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("summed_headroom");
    QCOMPARE(headroom, over);

    // Unchanged files: the same suggestions under the same ids (the cache serves the analyses).
    const QJsonArray again = suggest().value(QStringLiteral("suggestions")).toArray();
    QStringList idsAgain;
    for (const auto& v : again)
        idsAgain << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(idsAgain, ids);
}

void TestSuggestCli::textNamesEachSuggestionsId()
{
    const QJsonArray suggestions = suggest().value(QStringLiteral("suggestions")).toArray();
    const Run r = runStemwise(QStringList{QStringLiteral("suggest"), demo(), QStringLiteral("--all")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const auto& v : suggestions) {
        const QJsonObject s = v.toObject();
        QVERIFY(r.out.contains(QStringLiteral("#%1").arg(s.value(QStringLiteral("id")).toInteger()).toUtf8()));
        QVERIFY(r.out.contains(s.value(QStringLiteral("title")).toString().toUtf8()));
    }
    QVERIFY(r.out.contains("stemwise rate ID"));
}

// No --genre: the library's references tagged with a genre the knowledge base knows estimate
// it (compare/genreestimate.h), or with none the built-in style profiles, marked "estimated" in
// the JSON and the text (which says from what); a genre given wins.
// A session of one file is its own mix: the kick, beside references of kick and bass ("edm")
// and of pad and vocal ("jazz").
void TestSuggestCli::withoutAGenreTheReferencesEstimateIt()
{
    const QStringList library{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("genres.sqlite"))};
    const QString kick = demo() + QStringLiteral("/Kick.wav");
    // An empty library: the built-in style profiles estimate it, and the text says so.
    Run r = runStemwise(QStringList{QStringLiteral("suggest"), kick, QStringLiteral("--json"), QStringLiteral("-")} + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("context")).toObject().value(QStringLiteral("genre_source")).toString(),
             QStringLiteral("estimated"));
    r = runStemwise(QStringList{QStringLiteral("suggest"), kick} + library);
    QVERIFY2(r.out.left(r.out.indexOf('\n')).contains(", estimated from the built-in style profiles)"), qPrintable(describe(r)));
    QVERIFY(tagReferences(library));
    r = runStemwise(QStringList{QStringLiteral("suggest"), kick, QStringLiteral("--json"), QStringLiteral("-")} + library);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(schemaViolations(r.out, "stemwise.suggestions-1.schema.json"), QString());
    const QJsonObject estimated = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("context")).toObject();
    QCOMPARE(estimated.value(QStringLiteral("genre")).toString(), QStringLiteral("edm"));
    QCOMPARE(estimated.value(QStringLiteral("genre_source")).toString(), QStringLiteral("estimated"));
    r = runStemwise(QStringList{QStringLiteral("suggest"), kick} + library);
    QVERIFY2(r.out.left(r.out.indexOf('\n')).contains("genre edm, estimated from your references"), qPrintable(describe(r)));
    r = runStemwise(QStringList{QStringLiteral("suggest"), kick, QStringLiteral("--genre"), QStringLiteral("pop"),
                                QStringLiteral("--json"), QStringLiteral("-")}
                    + library);
    const QJsonObject given = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("context")).toObject();
    QCOMPARE(given.value(QStringLiteral("genre")).toString(), QStringLiteral("pop"));
    QCOMPARE(given.value(QStringLiteral("genre_source")).toString(), QStringLiteral("user"));
}

// A file that cannot be read is reported once, and the genre is estimated from the sum of the
// stems that were analysed (as the window and the report sum them): it named the empty file a
// second time and gave up on the genre ("no genre estimate: the stems' sum: Broken.wav: is empty").
void TestSuggestCli::anUnreadableStemLeavesTheOthersGenre()
{
    const QString folder = m_dir.filePath(QStringLiteral("with-broken"));
    QVERIFY(QDir().mkpath(folder));
    for (const char* name : {"Kick.wav", "Bass.wav"})
        QVERIFY(QFile::copy(demo() + QLatin1Char('/') + QLatin1String(name), folder + QLatin1Char('/') + QLatin1String(name)));
    QFile broken(folder + QStringLiteral("/Broken.wav"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.close();
    // A library whose references make the estimate clear.
    const QStringList library{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("broken.sqlite"))};
    QVERIFY(tagReferences(library));
    const Run r = runStemwise(QStringList{QStringLiteral("suggest"), folder} + library);
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));  // some files failed
    QCOMPARE(QString::fromUtf8(r.err).count(QStringLiteral("Broken.wav")), 1);
    QVERIFY2(!r.err.contains("no genre estimate"), qPrintable(describe(r)));
    QVERIFY2(r.out.left(r.out.indexOf('\n')).contains("genre edm, estimated from your references"), qPrintable(describe(r)));
}

void TestSuggestCli::contextComesFromTheOptions()
{
    const QJsonObject detected = suggest().value(QStringLiteral("context")).toObject();
    QCOMPARE(detected.value(QStringLiteral("genre")), QJsonValue(QJsonValue::Null));
    QCOMPARE(suggest().value(QStringLiteral("session")).toObject().value(QStringLiteral("sum_at_daw_faders")), QJsonValue(false));
    // The demo is at 120 BPM in A minor by construction: the session's one tempo and key,
    // with the tracks they were detected on (analysis/sessiontempo.h).
    QVERIFY(std::abs(detected.value(QStringLiteral("tempo_bpm")).toDouble() - 120.0) < 1.0);
    QVERIFY(detected.value(QStringLiteral("tempo_source")).toString().startsWith(QLatin1String("detected (")));
    QVERIFY(!detected.value(QStringLiteral("tempo_tracks")).toArray().isEmpty());
    QCOMPARE(detected.value(QStringLiteral("key")).toString(), QStringLiteral("A minor"));
    QVERIFY(detected.value(QStringLiteral("key_source")).toString().startsWith(QLatin1String("detected")));
    // The text says the same as the JSON.
    const Run text = runStemwise(QStringList{QStringLiteral("suggest"), demo()} + db());
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    const QByteArray firstLine = text.out.left(text.out.indexOf('\n'));
    QVERIFY2(firstLine.contains(QStringLiteral("tempo %1 BPM, %2")
                                    .arg(detected.value(QStringLiteral("tempo_bpm")).toDouble(), 0, 'f', 1)
                                    .arg(detected.value(QStringLiteral("tempo_source")).toString())
                                    .toUtf8()),
             firstLine.constData());
    QVERIFY2(firstLine.contains("key A minor, " + detected.value(QStringLiteral("key_source")).toString().toUtf8()),
             firstLine.constData());
    // The second line: the sections. In the demo all five stems play throughout: one section.
    const QByteArray secondLine = text.out.split('\n').value(1);
    QCOMPARE(secondLine, QByteArray("Sections: 1 (A) from 5 stems, snapped to bars at 120.0 BPM"));
    const QJsonObject given = suggest({QStringLiteral("--bpm"), QStringLiteral("90"), QStringLiteral("--genre"), QStringLiteral("Rock")})
                                  .value(QStringLiteral("context"))
                                  .toObject();
    QCOMPARE(given.value(QStringLiteral("tempo_bpm")).toDouble(), 90.0);
    QCOMPARE(given.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("user"));
    QCOMPARE(given.value(QStringLiteral("genre")).toString(), QStringLiteral("rock"));
}

void TestSuggestCli::dawSessionStatesTheTempo()
{
    // The Ardour session Ardour made (tests/data/daw/make-ardour-session.sh): 128 BPM at its
    // start. Its takes are sines with no pulse: the tempo can only come from the session.
    const QString session = QStringLiteral(STEMWISE_SOURCE_DIR "/tests/data/daw/ardour7-song/ardour7-song.ardour");
    const Run r = runStemwise(QStringList{QStringLiteral("suggest"), session, QStringLiteral("--json"), QStringLiteral("-")} + db());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString violations = schemaViolations(r.out, "stemwise.suggestions-1.schema.json");
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
    const QJsonObject context = jsonOf(r.out).value(QStringLiteral("context")).toObject();
    QCOMPARE(context.value(QStringLiteral("tempo_bpm")).toDouble(), 128.0);
    QCOMPARE(context.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("from the Ardour session"));
    QVERIFY(context.value(QStringLiteral("tempo_tracks")).toArray().isEmpty());
    // Each track's channel as the rules saw it (the seed's "has EQ / has compression").
    const QJsonArray tracks = jsonOf(r.out).value(QStringLiteral("tracks")).toArray();
    QJsonObject vox;
    for (const auto& t : tracks)
        if (t.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Take1_Lead Vox-1"))
            vox = t.toObject().value(QStringLiteral("daw")).toObject();
    QCOMPARE(vox.value(QStringLiteral("daw")).toString(), QStringLiteral("Ardour"));
    QCOMPARE(vox.value(QStringLiteral("track")).toString(), QStringLiteral("Lead Vox"));
    QCOMPARE(vox.value(QStringLiteral("has_eq")), QJsonValue(true));
    QCOMPARE(vox.value(QStringLiteral("has_compression")), QJsonValue(true));
    QCOMPARE(vox.value(QStringLiteral("has_high_pass")), QJsonValue(false));
    QCOMPARE(vox.value(QStringLiteral("compressors")).toArray(), QJsonArray{QStringLiteral("ACE Compressor")});
    QVERIFY(std::abs(vox.value(QStringLiteral("gain_db")).toDouble() - 2.5) < 0.01);
    QVERIFY(std::abs(vox.value(QStringLiteral("pan")).toDouble() - -0.3) < 1e-6);
    // The stems summed at the session's faders and pans.
    QCOMPARE(jsonOf(r.out).value(QStringLiteral("session")).toObject().value(QStringLiteral("sum_at_daw_faders")), QJsonValue(true));
    // The text says the same; --bpm still wins.
    const Run text = runStemwise(QStringList{QStringLiteral("suggest"), session} + db());
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.left(text.out.indexOf('\n')).contains("tempo 128.0 BPM, from the Ardour session"), text.out.constData());
    QVERIFY2(text.out.contains("Summed true peak of the stems at the DAW session's faders and pans: "), text.out.constData());
    const Run all = runStemwise(QStringList{QStringLiteral("suggest"), session, QStringLiteral("--all")} + db());
    QVERIFY2(all.exitCode == 0, qPrintable(describe(all)));
    QVERIFY2(all.out.contains("\nTake1_Lead Vox-1 (vocals) \u2014 in Ardour: Lead Vox, EQ: ACE EQ, compressor: ACE Compressor\n"),
             all.out.constData());
    // Keys' EQ is bypassed: it does not count.
    QVERIFY2(all.out.contains("\nTake1_Keys-1%L (keys) \u2014 in Ardour: Keys, no EQ, no compressor\n"), all.out.constData());
    const Run given = runStemwise(QStringList{QStringLiteral("suggest"), session, QStringLiteral("--bpm"), QStringLiteral("90"),
                                              QStringLiteral("--json"), QStringLiteral("-")} + db());
    QVERIFY2(given.exitCode == 0, qPrintable(describe(given)));
    const QJsonObject givenContext = jsonOf(given.out).value(QStringLiteral("context")).toObject();
    QCOMPARE(givenContext.value(QStringLiteral("tempo_bpm")).toDouble(), 90.0);
    QCOMPARE(givenContext.value(QStringLiteral("tempo_source")).toString(), QStringLiteral("user"));
}

void TestSuggestCli::ratingsMoveTheRuleAndCanBeExportedResetAndImported()
{
    const QJsonArray suggestions = suggest().value(QStringLiteral("suggestions")).toArray();
    const QJsonObject target = suggestions.first().toObject();
    const QString id = QString::number(target.value(QStringLiteral("id")).toInteger());
    const double base = target.value(QStringLiteral("base_confidence")).toDouble();
    for (int i = 0; i < 2; ++i) {
        const Run r = runStemwise(QStringList{QStringLiteral("rate"), id, QStringLiteral("not-useful")} + db());
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains("->"));
    }
    auto findById = [&id](const QJsonObject& doc) {
        for (const auto& v : doc.value(QStringLiteral("suggestions")).toArray())
            if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject rated = findById(suggest());
    QVERIFY(!rated.isEmpty());
    QVERIFY(std::abs(rated.value(QStringLiteral("confidence")).toDouble() - 4.0 * base / 6.0) < 1e-9);
    QVERIFY(rated.value(QStringLiteral("personalisation")).isString());

    const Run learned = runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--json")} + db());
    QCOMPARE(learned.exitCode, 0);
    QCOMPARE(schemaViolations(learned.out, "stemwise.learned-1.schema.json"), QString());
    const QJsonArray cells = jsonOf(learned.out).value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells[0].toObject().value(QStringLiteral("counts")).toObject().value(QStringLiteral("not_useful")).toInt(), 2);
    QCOMPARE(cells[0].toObject().value(QStringLiteral("rule")), target.value(QStringLiteral("rule")));

    const QString exported = m_dir.filePath(QStringLiteral("learned.json"));
    QCOMPARE(runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--export"), exported} + db()).exitCode, 0);
    QCOMPARE(runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--reset")} + db()).exitCode, 0);
    QVERIFY(jsonOf(runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--json")} + db()).out)
                .value(QStringLiteral("cells"))
                .toArray()
                .isEmpty());
    const QJsonObject reset = findById(suggest());
    QCOMPARE(reset.value(QStringLiteral("confidence")).toDouble(), base);
    QCOMPARE(reset.value(QStringLiteral("personalisation")), QJsonValue(QJsonValue::Null));

    const Run imported = runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--import"), exported} + db());
    QVERIFY2(imported.exitCode == 0, qPrintable(describe(imported)));
    QVERIFY(std::abs(findById(suggest()).value(QStringLiteral("confidence")).toDouble() - 4.0 * base / 6.0) < 1e-9);
    const Run text = runStemwise(QStringList{QStringLiteral("learned")} + db());
    QVERIFY(text.out.contains(target.value(QStringLiteral("rule")).toString().toUtf8()));
    QVERIFY(text.out.contains("2 not useful"));

    // A rating of a suggestion that does not exist is a failed input, not bad usage.
    const Run missing = runStemwise(QStringList{QStringLiteral("rate"), QStringLiteral("999999"), QStringLiteral("useful")} + db());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("999999"));
    const Run broken = runStemwise(QStringList{QStringLiteral("learned"), QStringLiteral("--import"), demo() + QStringLiteral("/Kick.wav")} + db());
    QCOMPARE(broken.exitCode, 1);
}

void TestSuggestCli::aReBounceAfterApplyingShowsItsEffect()
{
    const QString folder = m_dir.filePath(QStringLiteral("rebounce"));
    QVERIFY(QDir().mkpath(folder));
    const std::filesystem::path vox = (folder + QStringLiteral("/Vox.wav")).toStdString();
    constexpr double rate = 48000.0;
    constexpr std::size_t frames = 10 * 48000;
    const auto voice = test::voiceLike(200.0, 0.3, rate, frames);
    QCOMPARE(test::writeAudio(vox, {test::sum(voice, test::rumble(35.0, 3.0, rate, frames))}), std::string());
    auto run = [&] {
        const Run r = runStemwise(QStringList{QStringLiteral("suggest"), folder, QStringLiteral("--json"), QStringLiteral("-")} + db());
        if (r.exitCode != 0 || !schemaViolations(r.out, "stemwise.suggestions-1.schema.json").isEmpty())
            qFatal("suggest failed: %s", qPrintable(describe(r)));
        return jsonOf(r.out);
    };
    QString id;
    for (const auto& v : run().value(QStringLiteral("suggestions")).toArray())
        if (v.toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("high_pass"))
            id = QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(!id.isEmpty());
    QCOMPARE(runStemwise(QStringList{QStringLiteral("rate"), id, QStringLiteral("applied")} + db()).exitCode, 0);

    QCOMPARE(test::writeAudio(vox, {voice}), std::string());  // bounced again with the high-pass in
    const QJsonArray effects = run().value(QStringLiteral("effects_checked")).toArray();
    QCOMPARE(effects.size(), 1);
    const QJsonObject effect = effects[0].toObject();
    QVERIFY(effect.value(QStringLiteral("improved")).toBool());
    QVERIFY(effect.value(QStringLiteral("after")).toDouble() < effect.value(QStringLiteral("before")).toDouble());
    QVERIFY(effect.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("applied ")));
    QVERIFY(run().value(QStringLiteral("effects_checked")).toArray().isEmpty());  // counted once
    const Run learned = runStemwise(QStringList{QStringLiteral("learned")} + db());
    QVERIFY(learned.out.contains("1 better"));
}

void TestSuggestCli::badUsageExitsWithTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("suggest without paths") << QStringList{QStringLiteral("suggest")};
    QTest::newRow("suggest with a bad tempo") << QStringList{QStringLiteral("suggest"), QStringLiteral("x.wav"), QStringLiteral("--bpm"), QStringLiteral("fast")};
    QTest::newRow("rate without a verdict") << QStringList{QStringLiteral("rate"), QStringLiteral("1")};
    QTest::newRow("rate with an unknown verdict") << QStringList{QStringLiteral("rate"), QStringLiteral("1"), QStringLiteral("maybe")};
    QTest::newRow("learned with two actions") << QStringList{QStringLiteral("learned"), QStringLiteral("--reset"), QStringLiteral("--export"), QStringLiteral("-")};
}

void TestSuggestCli::badUsageExitsWithTwo()
{
    QFETCH(QStringList, args);
    const Run r = runStemwise(args + db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("stemwise: "));
}

QTEST_GUILESS_MAIN(TestSuggestCli)
#include "tst_suggestcli.moc"
