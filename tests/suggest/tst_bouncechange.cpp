// The re-bounce rule (core/suggest/bouncerules.cpp) and the fit under it (dsp/eqshape.h):
// a change between two bounces of one part, measured as the EQ that made it.
//
// The fit: difference curves made by the Audio EQ Cookbook's digital filters (dsp/biquad.h,
// their exact magnitude response at 48 kHz), not by the analogue shapes the fit uses, with a
// fader change on top; the shape, centre, Q and gain come back. Curves of different content
// (independent noise) are explained by no shape.
// The rule, end to end: a melody of harmonic notes bounced, analysed into the store, bounced
// again through a real peaking filter (or a shelf) over the same path, analysed again, one
// suggestion round: the move that undoes the filter is suggested on that track; another take
// over the same path is not flagged, nor the clean bounce after a faulty one whose bump the
// earlier analysis recorded (the fix).
#include "dsp/biquad.h"
#include "dsp/eqshape.h"
#include "mixsignals.h"
#include "report/historyreport.h"
#include "storedround.h"
#include "store/trackhistory.h"
#include "suggest/suggestionengine.h"
#include "testsignals.h"
#include "tolerance.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace stemwise;

namespace {

constexpr double kRate = 48000.0;
constexpr int kPointsPerOctave = 24;

// The LTAS grid: 20 Hz up in 1/24 octave to 20 kHz.
std::vector<double> grid()
{
    std::vector<double> out;
    for (double f = 20.0; f <= 20000.0; f *= std::pow(2.0, 1.0 / kPointsPerOctave))
        out.push_back(f);
    return out;
}

std::vector<double> responseDb(const std::vector<double>& hz, core::Biquad::Kind kind, double f, double q, double gainDb, double offsetDb)
{
    const core::BiquadCoefficients c = core::Biquad::coefficients(kind, kRate, f, q, gainDb);
    std::vector<double> out;
    for (double x : hz)
        out.push_back(c.magnitudeDb(x, kRate) + offsetDb);
    return out;
}

core::EqChangeFit fitAll(const std::vector<double>& hz, const std::vector<double>& diff)
{
    return core::fitEqChange(hz, diff, std::vector<bool>(hz.size(), true), kPointsPerOctave, 3, 3.0, 0.1);
}

// A melody of harmonic tones (20 partials, equal amplitude) a second each over eight notes of
// A minor, repeated: the notes change, so what stays put is the filter.
std::vector<float> melody(std::size_t seconds)
{
    static constexpr double kNotes[] = {220.0, 246.94, 261.63, 293.66, 329.63, 349.23, 392.0, 440.0};
    const auto second = static_cast<std::size_t>(kRate);
    std::vector<float> out;
    out.reserve(seconds * second);
    for (std::size_t s = 0; s < seconds; ++s) {
        auto note = test::flatHarmonics(kNotes[(s * 3) % 8], 20, 0.25, kRate, second);
        out.insert(out.end(), note.begin(), note.end());
    }
    // A quiet bed of noise under it, so that every band holds something between the partials.
    return test::sum(out, test::whiteNoise(0.002, out.size(), 5));
}

std::vector<float> filtered(std::vector<float> x, core::Biquad::Kind kind, double f, double q, double gainDb = 0.0)
{
    core::Biquad b(kind, kRate, f, q, gainDb);
    for (float& v : x)
        v = static_cast<float>(b.process(v));
    return x;
}

const core::Suggestion* bounceChangeOn(const core::SuggestionSet& set, const std::string& track)
{
    for (const auto& s : set.suggestions)
        if (s.rule == "bounce_change" && !s.target.tracks.empty() && s.target.tracks.front() == track)
            return &s;
    return nullptr;
}

int bounceChanges(const core::SuggestionSet& set)
{
    int n = 0;
    for (const auto& s : set.suggestions)
        n += s.rule == "bounce_change" ? 1 : 0;
    return n;
}

std::string text(const core::Suggestion& s, const char* key)
{
    const auto* p = s.parameter(key);
    return p != nullptr && std::holds_alternative<std::string>(p->value) ? std::get<std::string>(p->value) : std::string();
}

// A session folder whose stems are bounced, analysed into its database and suggested on.
class Session {
public:
    Session() : m_root(m_dir.path().toStdString()) {}

    void bounce(const char* name, const std::vector<float>& samples)
    {
        const auto path = m_root / (std::string(name) + ".wav");
        const std::string error = test::writeAudio(path, {samples, samples}, core::FileType::Wav, core::SampleEncoding::Float32, kRate);
        if (error.empty() && std::find(m_files.begin(), m_files.end(), path) == m_files.end())
            m_files.push_back(path);
        QVERIFY2(error.empty(), error.c_str());
    }

    core::SuggestionSet round() { return test::analyseAndSuggest(m_files, m_root / "stemwise.sqlite", &m_tracks).set; }

    std::filesystem::path database() const { return m_root / "stemwise.sqlite"; }
    std::filesystem::path root() const { return m_root; }

    /// The profiles of the last round, in the order the stems were first bounced.
    const std::vector<core::TrackProfile>& tracks() const { return m_tracks; }

private:
    QTemporaryDir m_dir;
    std::filesystem::path m_root;
    std::vector<std::filesystem::path> m_files;
    std::vector<core::TrackProfile> m_tracks;
};

}  // namespace

class TestBounceChange : public QObject {
    Q_OBJECT

private slots:
    void theFitFindsAFiltersShapeUnderAFaderChange_data()
    {
        QTest::addColumn<int>("kind");  // core::Biquad::Kind
        QTest::addColumn<double>("frequencyHz");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("gainDb");
        QTest::addColumn<double>("offsetDb");
        QTest::addColumn<int>("expected");  // core::EqShapeKind
        using K = core::Biquad::Kind;
        using E = core::EqShapeKind;
        QTest::newRow("bell +8 dB, Q 2 at 400 Hz, fader -3 dB") << int(K::Peak) << 400.0 << 2.0 << 8.0 << -3.0 << int(E::Bell);
        QTest::newRow("bell -8 dB, Q 1 at 2.5 kHz") << int(K::Peak) << 2500.0 << 1.0 << -8.0 << 0.0 << int(E::Bell);
        QTest::newRow("bell +10 dB, Q 4 at 700 Hz, fader +2 dB") << int(K::Peak) << 700.0 << 4.0 << 10.0 << 2.0 << int(E::Bell);
        QTest::newRow("bell +6 dB, Q 0.7 at 300 Hz") << int(K::Peak) << 300.0 << 0.7 << 6.0 << 0.0 << int(E::Bell);
        // A shelf's midpoint above the middle of the range is put on as a high shelf, below as a low one.
        QTest::newRow("high shelf +9 dB at 3 kHz") << int(K::HighShelf) << 3000.0 << 1.0 / std::sqrt(2.0) << 9.0 << 0.0 << int(E::HighShelf);
        QTest::newRow("low shelf +8 dB at 150 Hz, fader -5 dB") << int(K::LowShelf) << 150.0 << 1.0 / std::sqrt(2.0) << 8.0 << -5.0 << int(E::LowShelf);
    }

    void theFitFindsAFiltersShapeUnderAFaderChange()
    {
        QFETCH(int, kind);
        QFETCH(double, frequencyHz);
        QFETCH(double, q);
        QFETCH(double, gainDb);
        QFETCH(double, offsetDb);
        QFETCH(int, expected);
        const auto hz = grid();
        const core::EqChangeFit fit = fitAll(hz, responseDb(hz, static_cast<core::Biquad::Kind>(kind), frequencyHz, q, gainDb, offsetDb));
        QCOMPARE(fit.shapes.size(), std::size_t{1});
        const core::EqShapeFit& s = fit.shapes.front();
        QCOMPARE(int(s.kind), expected);
        // Centre within a 1/24 octave grid step and a half; the bell's Q is the one tried.
        QVERIFY2(std::abs(std::log2(s.frequencyHz / frequencyHz)) <= 1.5 / kPointsPerOctave, qPrintable(QString::number(s.frequencyHz)));
        if (s.kind == core::EqShapeKind::Bell)
            COMPARE_NEAR(s.q, q, 1e-9);
        COMPARE_NEAR(s.gainDb, gainDb, 0.3);
        // A shelf's fader part goes with its far side (a high shelf of +G is a low one of -G and +G).
        COMPARE_NEAR(fit.offsetDb, offsetDb, 0.3);
        QVERIFY(fit.explained > 0.99);
        QVERIFY(fit.residualDb < 0.3);
    }

    void twoFiltersAreFoundApart()
    {
        const auto hz = grid();
        auto diff = responseDb(hz, core::Biquad::Kind::Peak, 2500.0, 1.0, -7.0, 1.0);
        const auto shelf = responseDb(hz, core::Biquad::Kind::LowShelf, 120.0, 1.0 / std::sqrt(2.0), 6.0, 0.0);
        for (std::size_t i = 0; i < diff.size(); ++i)
            diff[i] += shelf[i];
        const core::EqChangeFit fit = fitAll(hz, diff);
        QCOMPARE(fit.shapes.size(), std::size_t{2});
        const auto& bell = fit.shapes[0].kind == core::EqShapeKind::Bell ? fit.shapes[0] : fit.shapes[1];
        const auto& low = fit.shapes[0].kind == core::EqShapeKind::Bell ? fit.shapes[1] : fit.shapes[0];
        QCOMPARE(int(low.kind), int(core::EqShapeKind::LowShelf));
        COMPARE_NEAR(bell.gainDb, -7.0, 0.4);
        COMPARE_NEAR(low.gainDb, 6.0, 0.4);
        QVERIFY(std::abs(std::log2(bell.frequencyHz / 2500.0)) <= 1.5 / kPointsPerOctave);
        QVERIFY2(std::abs(std::log2(low.frequencyHz / 120.0)) <= 1.5 / kPointsPerOctave, qPrintable(QString::number(low.frequencyHz)));
        QVERIFY(fit.explained > 0.99);
    }

    void anotherTakeIsExplainedByNoFilter()
    {
        // Two independent spectra's difference: about 5.6 dB RMS of jumble (two Gaussian
        // spectra of 4 dB each), which no three shapes explain most of.
        const auto hz = grid();
        std::mt19937 random(7);
        std::normal_distribution<double> level(0.0, 4.0);
        std::vector<double> diff;
        for (std::size_t i = 0; i < hz.size(); ++i)
            diff.push_back(level(random) - level(random));
        const core::EqChangeFit fit = fitAll(hz, diff);
        QVERIFY2(fit.explained < 0.3, qPrintable(QString::number(fit.explained)));
        QVERIFY(fit.residualDb > 4.0);
    }

    void tooFewPointsFitNothing()
    {
        const auto hz = grid();
        std::vector<bool> use(hz.size(), false);
        for (std::size_t i = 100; i < 100 + kPointsPerOctave; ++i)  // one octave
            use[i] = true;
        const auto diff = responseDb(hz, core::Biquad::Kind::Peak, 1000.0, 2.0, 8.0, 0.0);
        const core::EqChangeFit fit = core::fitEqChange(hz, diff, use, kPointsPerOctave, 3, 3.0, 0.1);
        QVERIFY(fit.shapes.empty());
        QCOMPARE(fit.points, std::size_t(kPointsPerOctave));
    }

    // ---- the rule, end to end through the store ----

    void aBellPutOnSinceTheLastBounceIsUndone()
    {
        Session session;
        const auto clean = melody(16);
        session.bounce("Keys", clean);
        session.bounce("Other", filtered(melody(16), core::Biquad::Kind::LowPass, 3000.0, 0.7));
        QCOMPARE(bounceChanges(session.round()), 0);  // one bounce each: nothing to compare
        session.bounce("Keys", filtered(clean, core::Biquad::Kind::Peak, 1000.0, 2.0, 8.0));
        const core::SuggestionSet set = session.round();
        const core::Suggestion* s = bounceChangeOn(set, "Keys");
        QVERIFY(s != nullptr);
        QCOMPARE(text(*s, "filter"), std::string("bell"));
        QVERIFY(std::abs(std::log2(s->number("frequency_hz").value_or(0.0) / 1000.0)) <= 1.0 / 12.0);
        COMPARE_NEAR(s->number("q"), 2.0, 1e-9);
        COMPARE_NEAR(s->number("gain_db"), -8.0, 0.5);
        QCOMPARE(s->direction, -1);
        QCOMPARE(bounceChanges(set), 1);  // the unchanged track: nothing
        QVERIFY(s->reasoning.find("Since the bounce analysed") != std::string::npos);
        // `stemwise history` names the change alike.
        auto opened = core::Store::open(session.database());
        QVERIFY(opened.store != nullptr);
        const std::string text = core::historyText(core::findTrackHistories(opened.store->db(), "Keys"));
        QVERIFY2(text.find("new audio; as an EQ: a bell of +") != std::string::npos && text.find(" Hz, Q 2.0 (") != std::string::npos,
                 text.c_str());
    }

    // `stemwise suggest stems/` names its files as typed, relative to the working directory;
    // the store keeps them absolute. The earlier bounce is found all the same.
    void aRelativePathFindsTheEarlierBounce()
    {
        Session session;
        const auto clean = melody(16);
        session.bounce("Keys", clean);
        session.round();
        session.bounce("Keys", filtered(clean, core::Biquad::Kind::Peak, 1000.0, 2.0, 8.0));
        const QString was = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QString::fromStdString(session.root().string())));
        const core::SuggestionSet set = test::analyseAndSuggest({"Keys.wav"}, "stemwise.sqlite").set;
        QVERIFY(QDir::setCurrent(was));
        const core::Suggestion* s = bounceChangeOn(set, "Keys");
        QVERIFY(s != nullptr);
        COMPARE_NEAR(s->number("gain_db"), -8.0, 0.5);
    }

    void aDullingShelfIsGivenBack()
    {
        Session session;
        const auto clean = melody(16);
        session.bounce("Keys", clean);
        (void)session.round();
        session.bounce("Keys", filtered(clean, core::Biquad::Kind::HighShelf, 4000.0, 1.0 / std::sqrt(2.0), -8.0));
        const core::SuggestionSet set = session.round();
        const core::Suggestion* s = bounceChangeOn(set, "Keys");
        QVERIFY(s != nullptr);
        QCOMPARE(text(*s, "filter"), std::string("high_shelf"));
        QVERIFY(std::abs(std::log2(s->number("frequency_hz").value_or(0.0) / 4000.0)) <= 1.0 / 6.0);
        COMPARE_NEAR(s->number("gain_db"), 8.0, 1.0);
        QCOMPARE(s->direction, +1);
    }

    void anotherTakeIsNotAnEqChange()
    {
        Session session;
        session.bounce("Keys", melody(16));
        (void)session.round();
        // Other notes over the same path: another take, not an EQ.
        auto take = test::sum(test::flatHarmonics(155.56, 12, 0.3, kRate, 16 * static_cast<std::size_t>(kRate)),
                              test::whiteNoise(0.02, 16 * static_cast<std::size_t>(kRate), 9));
        session.bounce("Keys", filtered(take, core::Biquad::Kind::LowPass, 5000.0, 0.7));
        QCOMPARE(bounceChanges(session.round()), 0);
    }

    void theMoveItSuggestedAppliedIsNotUndoneAgain()
    {
        // Clean, then a bell slips in (the rule says: cut it), then the engineer applies the cut
        // and bounces again: the change since is the suggested move, not a new fault.
        Session session;
        const auto clean = melody(16);
        session.bounce("Keys", clean);
        (void)session.round();
        const auto faulty = filtered(clean, core::Biquad::Kind::Peak, 1000.0, 2.0, 8.0);
        session.bounce("Keys", faulty);
        const core::SuggestionSet told = session.round();
        const core::Suggestion* cut = bounceChangeOn(told, "Keys");
        QVERIFY(cut != nullptr);
        const double f = cut->number("frequency_hz").value_or(0.0);
        session.bounce("Keys", filtered(faulty, core::Biquad::Kind::Peak, f, cut->number("q").value_or(1.0),
                                        cut->number("gain_db").value_or(0.0)));
        const core::SuggestionSet set = session.round();
        const core::Suggestion* again = bounceChangeOn(set, "Keys");
        QVERIFY2(again == nullptr, again != nullptr ? again->title.c_str() : "");
    }

    void theFixOfAnEarlierBumpIsNotUndone()
    {
        // The faulty bounce first (a +10 dB, Q 2 bell at 1.5 kHz), then the clean one: the
        // change is a 10 dB cut. Where the earlier analysis saw nothing there, giving it back is
        // suggested, ranked below what appeared (an engineer cuts by ear on purpose more often
        // than a boost slips in)...
        Session session;
        const auto clean = melody(16);
        session.bounce("Keys", filtered(clean, core::Biquad::Kind::Peak, 1500.0, 2.0, 10.0));
        (void)session.round();
        core::TrackProfile earlier = session.tracks().front();
        session.bounce("Keys", clean);
        (void)session.round();
        const core::TrackProfile now = session.tracks().front();
        earlier.spectrum.tonalDeviations.clear();
        core::SuggestionContext context;
        context.earlierBounces.emplace("Keys", core::EarlierBounce{earlier, "2026-12-01T10:00:00Z", {}});
        const core::SuggestionSet blind = core::SuggestionEngine::run({now}, context, {});
        const core::Suggestion* s = bounceChangeOn(blind, "Keys");
        QVERIFY(s != nullptr);
        QCOMPARE(s->direction, +1);
        COMPARE_NEAR(s->number("gain_db"), 10.0, 1.0);
        QVERIFY(s->baseConfidence <= 0.75);
        QCOMPARE(s->basePriority, 3);
        // ...but where the earlier bounce's envelope had that bump (as its analysis records a
        // tonal deviation), the cut since is its fix, and nothing is said.
        earlier.spectrum.tonalDeviations.push_back({1500.0, 9.5, 2.0, 8, core::DeviationShape::Bell, true});
        context.earlierBounces.clear();
        context.earlierBounces.emplace("Keys", core::EarlierBounce{earlier, "2026-12-01T10:00:00Z", {}});
        const core::SuggestionSet fixed = core::SuggestionEngine::run({now}, context, {});
        QVERIFY(bounceChangeOn(fixed, "Keys") == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestBounceChange)
#include "tst_bouncechange.moc"
