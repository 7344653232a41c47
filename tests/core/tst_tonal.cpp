// TonalAnalyzer and its DSP (YIN pitch, peak chroma, key profiles): f0, range, HNR and key
// against signals whose answers are known by construction; no f0 and no key where there is
// none to give; end to end through analyzeFile() and on the demo session.
#include "testsignals.h"
#include "tolerance.h"
#include "tonalsignals.h"

#include "analysis/tonalanalyzer.h"
#include "analysis/trackanalysis.h"
#include "demo/demosession.h"
#include "dsp/chroma.h"
#include "dsp/keyfinder.h"
#include "dsp/pitchdetector.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <new>

using namespace stemwise;
using test::Chord;
using test::ChordTimbre;
using test::Timbre;

Q_DECLARE_METATYPE(test::Timbre)
Q_DECLARE_METATYPE(test::ChordTimbre)

// Allocation counting: while g_watch is set (during the analyzer's process calls), every
// operator new is counted. Per-frame work must not allocate. Every non-aligned form of
// new and delete is replaced, so allocation and release always meet in malloc/free (the
// aligned forms are left alone, as a matched pair, to the library or the sanitizer).
namespace {
std::atomic<long> g_allocations{0};
bool g_watch = false;

void* countedAlloc(std::size_t size) noexcept
{
    if (g_watch)
        g_allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}
}  // namespace

void* operator new(std::size_t size)
{
    if (void* p = countedAlloc(size))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size)
{
    if (void* p = countedAlloc(size))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return countedAlloc(size);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return countedAlloc(size);
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete[](void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept
{
    std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept
{
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept
{
    std::free(p);
}

namespace {

test::AnalyzerRun analyze(const std::vector<float>& mono, double rate)
{
    core::TonalAnalyzer analyzer;
    return test::runAnalyzer(analyzer, mono, rate);
}

QString describe(const core::TonalProfile& t)
{
    QString s = QStringLiteral("f0 %1 [%2, %3] Hz, HNR %4 dB, voiced %5, key '%6' conf %7 tonal %8; candidates:")
                    .arg(t.f0MedianHz.value_or(-1))
                    .arg(t.f0MinHz.value_or(-1))
                    .arg(t.f0MaxHz.value_or(-1))
                    .arg(t.hnrDb.value_or(-99))
                    .arg(t.voicedFraction)
                    .arg(QString::fromStdString(t.key.value_or("")))
                    .arg(t.keyConfidence.value_or(-1))
                    .arg(t.tonalness.value_or(-1));
    for (const auto& c : t.keyCandidates)
        s += QStringLiteral(" %1 (%2, %3)").arg(QString::fromStdString(c.key), QString::fromStdString(c.relation)).arg(c.confidence, 0, 'f', 3);
    return s;
}

// Scale-degree chords of the progressions under test.
const Chord I{0, false}, IV{5, false}, V{7, false}, vi{9, true}, ii{2, true};
const Chord i{0, true}, iv{5, true}, VI{8, false}, III{3, false}, VII{10, false};

}  // namespace

class TestTonal : public QObject {
    Q_OBJECT
private slots:
    void yinDifferenceMatchesDirectSum();
    void keyProfilesFindScaleKeys();
    void chromaFoldsAroundTheTuning();

    void measuresHarmonicToneF0_data();
    void measuresHarmonicToneF0();
    void tracksVibratoMedianAndRange();
    void listsThePlayedNotesWithTheirShares();
    void hnrFallsAsNoiseRises();
    void findsKeyOfChordProgressions_data();
    void findsKeyOfChordProgressions();
    void givesNoF0AndNoKeyWithoutPitch_data();
    void givesNoF0AndNoKeyWithoutPitch();
    void givesNoF0ForChords();
    void processingDoesNotAllocate();
    void keepsStatisticsWhenTheStreamOutrunsItsLength();

    void analyzesFileEndToEnd();
    void analyzesDemoSession();
};

void TestTonal::yinDifferenceMatchesDirectSum()
{
    // The FFT route to d(τ) against the definition, on seeded noise plus a tone.
    const double rate = 48000.0;
    core::YinPitchDetector yin(rate, 2048);
    auto x = test::whiteNoise(0.3, 2048, 17);
    const auto tone = test::sine(183.0, 0.4, rate, 2048);
    for (std::size_t j = 0; j < x.size(); ++j)
        x[j] += tone[j];
    (void)yin.analyze(x);
    double mean = 0.0;
    for (float v : x)
        mean += v / 2048.0;
    const auto d = yin.difference();
    const int w = yin.windowSize();
    double worst = 0.0;
    for (int tau = 1; tau <= yin.maxLag() + 1; tau += 7) {
        double direct = 0.0;
        for (int j = 0; j < w; ++j) {
            const double diff = (x[static_cast<std::size_t>(j)] - mean) - (x[static_cast<std::size_t>(j + tau)] - mean);
            direct += diff * diff;
        }
        worst = std::max(worst, std::abs(d[static_cast<std::size_t>(tau)] - direct) / direct);
    }
    QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("relative error %1").arg(worst)));
}

void TestTonal::keyProfilesFindScaleKeys()
{
    // A chroma weighted like a piece in the key (tonic triad strongest, scale next) must
    // find that key, for every tonic.
    for (int tonic = 0; tonic < 12; ++tonic) {
        for (bool minor : {false, true}) {
            std::array<double, 12> chroma{};
            const std::array<int, 7> scale = minor ? std::array<int, 7>{0, 2, 3, 5, 7, 8, 11}
                                                   : std::array<int, 7>{0, 2, 4, 5, 7, 9, 11};
            for (int degree : scale)
                chroma[static_cast<std::size_t>((tonic + degree) % 12)] = 1.0;
            for (int degree : {0, minor ? 3 : 4, 7})
                chroma[static_cast<std::size_t>((tonic + degree) % 12)] += 1.0;
            const auto r = core::keyCorrelations(chroma);
            const auto best = static_cast<int>(std::max_element(r.begin(), r.end()) - r.begin());
            QCOMPARE(QString::fromStdString(core::keyName(best)),
                     QString::fromStdString(core::keyName(core::keyIndex(tonic, minor))));
        }
    }
    QCOMPARE(QString::fromStdString(core::keyName(core::relativeKey(core::keyIndex(9, true)))), QStringLiteral("C major"));
    QCOMPARE(QString::fromStdString(core::keyName(core::relativeKey(core::keyIndex(3, false)))), QStringLiteral("C minor"));
    QCOMPARE(QString::fromStdString(core::keyName(core::fifthUpKey(core::keyIndex(6, false)))), QStringLiteral("Db major"));
    // Nothing to correlate in a flat chroma.
    std::array<double, 12> flat{};
    flat.fill(1.0 / 12);
    for (double r : core::keyCorrelations(flat))
        QCOMPARE(r, 0.0);
}

void TestTonal::chromaFoldsAroundTheTuning()
{
    // Sines at C, E and G tuned 38 cents sharp: the tuning is found and the three classes
    // take all the weight.
    const double rate = 48000.0;
    const core::StftGeometry g{16384, 4096, rate};
    core::PitchClassAccumulator acc;
    acc.prepare(g.binHz(), static_cast<std::size_t>(g.bins()));
    std::vector<float> x(static_cast<std::size_t>(3 * rate), 0.0f);
    for (double midi : {48.0, 52.0, 55.0, 64.0, 67.0}) {
        const auto s = test::sine(test::midiHz(midi + 0.38), 0.2, rate, x.size());
        for (std::size_t j = 0; j < x.size(); ++j)
            x[j] += s[j];
    }
    core::Stft stft(g, [&](const core::SpectrumFrame& f) { acc.addFrame(f.magnitude); });
    stft.push(x.data(), x.size());
    stft.finish();
    const auto tuning = acc.tuning();
    QVERIFY2(std::abs(tuning.cents - 38.0) < 3.0, qPrintable(QString::number(tuning.cents)));
    QVERIFY(tuning.coherence > 0.9);
    const auto chroma = acc.chroma(tuning.cents);
    QVERIFY2(chroma[0] + chroma[4] + chroma[7] > 0.97, qPrintable(QString::number(chroma[0] + chroma[4] + chroma[7])));
    // Folded without the tuning, a 38-cent offset still lands on the same classes …
    const auto untuned = acc.chroma(0.0);
    QVERIFY(untuned[0] + untuned[4] + untuned[7] > 0.97);
    // … but 62 cents would not: the tuning is what keeps the classes right.
    const auto wrong = acc.chroma(-24.0);
    QVERIFY(wrong[1] + wrong[5] + wrong[8] > 0.9);
}

void TestTonal::measuresHarmonicToneF0_data()
{
    QTest::addColumn<double>("f0");
    QTest::addColumn<double>("rate");
    QTest::addColumn<Timbre>("timbre");
    for (double rate : {44100.0, 48000.0, 96000.0}) {
        for (double f0 : {60.0, 98.0, 196.0, 440.0, 830.0, 1500.0}) {
            for (Timbre timbre : {Timbre::Sawtooth, Timbre::Clarinet, Timbre::Voice}) {
                if (timbre == Timbre::Voice && f0 > 500.0)
                    continue;  // a sung "ah" above 500 Hz has lost its formants to the harmonics
                const char* name = timbre == Timbre::Sawtooth ? "saw" : timbre == Timbre::Clarinet ? "clarinet" : "voice";
                QTest::addRow("%s-%gHz-%gkHz", name, f0, rate / 1000) << f0 << rate << timbre;
            }
        }
    }
}

void TestTonal::measuresHarmonicToneF0()
{
    QFETCH(double, f0);
    QFETCH(double, rate);
    QFETCH(Timbre, timbre);
    const auto run = analyze(test::harmonicTone({.f0Hz = f0, .sampleRateHz = rate, .durationS = 1.5, .timbre = timbre}), rate);
    const auto& t = run.profile.tonal;
    QVERIFY2(t.f0MedianHz.has_value(), qPrintable(describe(t)));
    qInfo("f0 error %+.2f cents, HNR %.1f dB", 1200.0 * std::log2(*t.f0MedianHz / f0), t.hnrDb.value_or(-99));
    COMPARE_RELATIVE(t.f0MedianHz, f0, 0.01);
    // A steady tone: the 5th and 95th percentiles are the tone too.
    COMPARE_RELATIVE(t.f0MinHz, f0, 0.01);
    COMPARE_RELATIVE(t.f0MaxHz, f0, 0.01);
    QVERIFY2(t.voicedFraction > 0.9, qPrintable(describe(t)));
    QVERIFY2(t.hnrDb.value_or(0) > 20.0, qPrintable(describe(t)));
}

void TestTonal::tracksVibratoMedianAndRange()
{
    // ±50 cents at 5.5 Hz around 330 Hz. For a sinusoidal excursion the 5th and 95th
    // percentiles sit at sin(±0.45π) = ±0.988 of the depth.
    const double rate = 48000.0, f0 = 330.0, cents = 50.0;
    const auto run = analyze(test::harmonicTone({.f0Hz = f0, .sampleRateHz = rate, .durationS = 4.0, .timbre = Timbre::Voice,
                                                 .vibratoHz = 5.5, .vibratoCents = cents}),
                             rate);
    const auto& t = run.profile.tonal;
    qInfo().noquote() << describe(t);
    COMPARE_RELATIVE(t.f0MedianHz, f0, 0.005);
    const double low = f0 * std::pow(2.0, -0.988 * cents / 1200.0);
    const double high = f0 * std::pow(2.0, 0.988 * cents / 1200.0);
    // Within 5 cents: each frame averages ~25 ms of a 180 ms vibrato cycle.
    COMPARE_RELATIVE(t.f0MinHz, low, 0.003);
    COMPARE_RELATIVE(t.f0MaxHz, high, 0.003);
}

// Issue 17, point 1 (no notch on a note being played): a melody's notes and how much of it each
// takes. A4 held three times as long as C5 and as E5 (60 %, 20 %, 20 % of the voiced frames, give
// or take the frames that straddle a change of note); ±30 cents of vibrato on each stays one note.
void TestTonal::listsThePlayedNotesWithTheirShares()
{
    const double rate = 48000.0;
    std::vector<float> part;
    for (const auto& [hz, seconds] : std::vector<std::pair<double, double>>{{440.0, 1.5}, {523.25, 1.0}, {440.0, 1.5}, {659.26, 1.0}}) {
        const auto note = test::harmonicTone({.f0Hz = hz, .sampleRateHz = rate, .durationS = seconds, .timbre = Timbre::Voice,
                                              .vibratoHz = 5.0, .vibratoCents = 30.0});
        part.insert(part.end(), note.begin(), note.end());
    }
    const auto run = analyze(part, rate);
    const auto& notes = run.profile.tonal.playedNotes;
    QVERIFY2(notes.size() == 3, qPrintable(describe(run.profile.tonal)));
    COMPARE_RELATIVE(notes[0].hz, 440.0, 0.01);
    QVERIFY2(std::abs(notes[0].share - 0.6) < 0.06, qPrintable(QString::number(notes[0].share)));
    const double second = std::min(notes[1].hz, notes[2].hz), third = std::max(notes[1].hz, notes[2].hz);
    COMPARE_RELATIVE(second, 523.25, 0.01);
    COMPARE_RELATIVE(third, 659.26, 0.01);
    QVERIFY2(std::abs(notes[1].share - 0.2) < 0.05 && std::abs(notes[2].share - 0.2) < 0.05,
             qPrintable(QStringLiteral("%1 %2").arg(notes[1].share).arg(notes[2].share)));
    // A part without pitch has none.
    const auto noise = analyze(test::whiteNoise(0.3, static_cast<std::size_t>(5.0 * rate), 7), rate);
    QVERIFY(noise.profile.tonal.playedNotes.empty());
}

void TestTonal::hnrFallsAsNoiseRises()
{
    const double rate = 48000.0;
    const auto tone = test::harmonicTone({.f0Hz = 185.0, .sampleRateHz = rate, .durationS = 2.0, .timbre = Timbre::Sawtooth});
    double previous = 1e9;
    for (double snr : {40.0, 30.0, 20.0, 15.0, 10.0, 6.0}) {
        const auto run = analyze(test::withNoise(tone, snr), rate);
        const auto& t = run.profile.tonal;
        qInfo().noquote() << "SNR" << snr << "dB:" << describe(t);
        QVERIFY2(t.hnrDb.has_value(), qPrintable(describe(t)));
        QVERIFY2(*t.hnrDb < previous, qPrintable(QStringLiteral("HNR %1 at SNR %2 not below %3").arg(*t.hnrDb).arg(snr).arg(previous)));
        previous = *t.hnrDb;
        // Boersma's r estimates the harmonic share, so HNR reads the SNR of white noise.
        if (snr <= 20.0)
            COMPARE_NEAR(t.hnrDb, snr, 2.0);
        COMPARE_RELATIVE(t.f0MedianHz, 185.0, 0.01);
    }
}

void TestTonal::findsKeyOfChordProgressions_data()
{
    QTest::addColumn<int>("tonic");
    QTest::addColumn<bool>("minor");
    QTest::addColumn<std::vector<Chord>>("chords");
    QTest::addColumn<ChordTimbre>("timbre");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("detune");
    const std::vector<Chord> major1{I, IV, V, I}, major2{I, vi, ii, V, I}, major3{I, V, vi, IV, I};
    const std::vector<Chord> minor1{i, iv, V, i}, minor2{i, VI, III, VII, i}, minor3{i, iv, VII, III, VI, iv, V, i};
    QTest::newRow("C major I-IV-V-I piano") << 0 << false << major1 << ChordTimbre::Piano << 48000.0 << 0.0;
    QTest::newRow("G major I-vi-ii-V-I pad") << 7 << false << major2 << ChordTimbre::Pad << 44100.0 << 0.0;
    QTest::newRow("Eb major I-V-vi-IV-I organ") << 3 << false << major3 << ChordTimbre::Organ << 48000.0 << 0.0;
    QTest::newRow("A major I-IV-V-I piano +30c") << 9 << false << major1 << ChordTimbre::Piano << 96000.0 << 30.0;
    QTest::newRow("F# major I-V-vi-IV-I pad -40c") << 6 << false << major3 << ChordTimbre::Pad << 48000.0 << -40.0;
    QTest::newRow("A minor i-iv-V-i piano") << 9 << true << minor1 << ChordTimbre::Piano << 48000.0 << 0.0;
    QTest::newRow("E minor i-iv-V-i organ") << 4 << true << minor1 << ChordTimbre::Organ << 44100.0 << 0.0;
    QTest::newRow("C minor i-VI-III-VII-i pad") << 0 << true << minor2 << ChordTimbre::Pad << 48000.0 << 0.0;
    QTest::newRow("F# minor i-VI-III-VII-i piano +20c") << 6 << true << minor2 << ChordTimbre::Piano << 48000.0 << 20.0;
    QTest::newRow("D minor i-iv-VII-III-VI-iv-V-i organ") << 2 << true << minor3 << ChordTimbre::Organ << 96000.0 << 0.0;
    QTest::newRow("Bb minor i-iv-V-i pad") << 10 << true << minor1 << ChordTimbre::Pad << 44100.0 << -15.0;
}

void TestTonal::findsKeyOfChordProgressions()
{
    QFETCH(int, tonic);
    QFETCH(bool, minor);
    QFETCH(std::vector<Chord>, chords);
    QFETCH(ChordTimbre, timbre);
    QFETCH(double, rate);
    QFETCH(double, detune);
    const auto run = analyze(test::chordProgression({.tonic = tonic, .chords = chords, .sampleRateHz = rate,
                                                     .timbre = timbre, .detuneCents = detune}),
                             rate);
    const auto& t = run.profile.tonal;
    qInfo().noquote() << describe(t);
    const QString expected = QString::fromStdString(core::keyName(core::keyIndex(tonic, minor)));
    QVERIFY2(t.key.has_value(), qPrintable(describe(t)));
    QCOMPARE(QString::fromStdString(*t.key), expected);
    QVERIFY(t.keyConfidence.value_or(0) > 0.4);
    QCOMPARE(t.keyCandidates.size(), std::size_t{5});
    QCOMPARE(QString::fromStdString(t.keyCandidates[0].relation), QStringLiteral("best"));
    QCOMPARE(QString::fromStdString(t.keyCandidates[0].key), expected);
    QCOMPARE(QString::fromStdString(t.keyCandidates[1].relation), QStringLiteral("relative"));
    QCOMPARE(QString::fromStdString(t.keyCandidates[1].key),
             QString::fromStdString(core::keyName(core::relativeKey(core::keyIndex(tonic, minor)))));
    for (std::size_t c = 1; c < t.keyCandidates.size(); ++c)
        QVERIFY(t.keyCandidates[c].confidence < t.keyCandidates[0].confidence);
    // Chords are not a monophonic pitch.
    QVERIFY2(!t.f0MedianHz && !t.hnrDb, qPrintable(describe(t)));
}

void TestTonal::givesNoF0AndNoKeyWithoutPitch_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("white noise") << QStringLiteral("noise");
    QTest::newRow("drum loop") << QStringLiteral("drums");
    QTest::newRow("silence") << QStringLiteral("silence");
    QTest::newRow("single snare hit") << QStringLiteral("hit");
}

void TestTonal::givesNoF0AndNoKeyWithoutPitch()
{
    QFETCH(QString, kind);
    const double rate = 48000.0;
    std::vector<float> x;
    if (kind == QStringLiteral("noise"))
        x = test::whiteNoise(0.3, static_cast<std::size_t>(6 * rate), 9);
    else if (kind == QStringLiteral("drums"))
        x = test::drumLoop(rate, 8.0);
    else if (kind == QStringLiteral("silence"))
        x.assign(static_cast<std::size_t>(4 * rate), 0.0f);
    else {
        x = test::drumLoop(rate, 0.5);  // one kick, then nothing
        x.resize(static_cast<std::size_t>(4 * rate), 0.0f);
    }
    const auto run = analyze(x, rate);
    const auto& t = run.profile.tonal;
    qInfo().noquote() << kind << describe(t);
    QVERIFY2(!t.f0MedianHz && !t.f0MinHz && !t.f0MaxHz && !t.hnrDb, qPrintable(describe(t)));
    QVERIFY2(!t.key, qPrintable(describe(t)));
    QVERIFY(t.voicedFraction < 0.3);
}

void TestTonal::givesNoF0ForChords()
{
    // Sustained triads, including G–C–E (3:4:5, periodic at 65 Hz) and C–E–G (4:5:6):
    // periodic, but not one pitch.
    const double rate = 48000.0;
    const std::vector<Chord> chords{I, IV, V, vi, I};
    for (ChordTimbre timbre : {ChordTimbre::Organ, ChordTimbre::Pad}) {
        const auto run = analyze(test::chordProgression({.tonic = 0, .chords = chords, .sampleRateHz = rate, .timbre = timbre}), rate);
        const auto& t = run.profile.tonal;
        qInfo().noquote() << describe(t);
        QVERIFY2(!t.f0MedianHz && !t.hnrDb, qPrintable(describe(t)));
    }
}

void TestTonal::processingDoesNotAllocate()
{
    const double rate = 48000.0;
    auto x = test::chordProgression({.tonic = 2, .chords = {I, IV, V, I}, .sampleRateHz = rate, .chordS = 1.0});
    const auto tone = test::harmonicTone({.f0Hz = 300.0, .sampleRateHz = rate, .durationS = 4.0});
    for (std::size_t j = 0; j < x.size(); ++j)
        x[j] += tone[j];
    core::TonalAnalyzer analyzer;
    g_allocations = 0;
    (void)test::runAnalyzer(analyzer, x, rate, &g_watch);
    QCOMPARE(g_allocations.load(), 0L);
}

void TestTonal::keepsStatisticsWhenTheStreamOutrunsItsLength()
{
    // Announced as 0.5 s, delivered as 12 s, with room for only 64 pitch summaries: they
    // are thinned three times over, never grown, and the vibrato's statistics survive.
    const double rate = 48000.0, f0 = 247.0, cents = 40.0;
    const auto x = test::harmonicTone({.f0Hz = f0, .sampleRateHz = rate, .durationS = 12.0, .timbre = Timbre::Sawtooth,
                                       .vibratoHz = 6.0, .vibratoCents = cents});
    core::TonalAnalyzer analyzer(64);
    g_allocations = 0;
    const auto run = test::runAnalyzer(analyzer, x, rate, &g_watch, static_cast<std::int64_t>(rate / 2));
    QCOMPARE(g_allocations.load(), 0L);
    const auto& t = run.profile.tonal;
    qInfo().noquote() << describe(t);
    COMPARE_RELATIVE(t.f0MedianHz, f0, 0.005);
    // Fewer summaries, coarser percentiles: within 10 cents.
    COMPARE_RELATIVE(t.f0MinHz, f0 * std::pow(2.0, -0.988 * cents / 1200.0), 0.006);
    COMPARE_RELATIVE(t.f0MaxHz, f0 * std::pow(2.0, 0.988 * cents / 1200.0), 0.006);
    QVERIFY(t.voicedFraction > 0.9);
    // The chroma over time holds the 12 s, a point a second, within what prepare() reserved.
    QCOMPARE(t.chromaSeries.intervalS, 1.0);
    QVERIFY2(t.chromaSeries.chroma.size() >= 12 && t.chromaSeries.chroma.size() <= 13,
             qPrintable(QString::number(t.chromaSeries.chroma.size())));
}

void TestTonal::analyzesFileEndToEnd()
{
    QTemporaryDir dir;
    // A stereo WAV: an organ progression in E major, with a held clarinet-like tone.
    const double rate = 44100.0;
    const auto chords = test::chordProgression({.tonic = 4, .chords = {I, IV, V, vi, IV, V, I}, .sampleRateHz = rate,
                                                .timbre = ChordTimbre::Organ, .peak = 0.4});
    const auto chordsPath = std::filesystem::path(dir.path().toStdString()) / "e-major-44100-2-24.wav";
    QCOMPARE(QString::fromStdString(test::writeAudio(chordsPath, {chords, chords}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm24, rate)),
             QString());
    auto result = core::analyzeFile(chordsPath);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const auto& chordsTonal = result.value().tonal;
    qInfo().noquote() << "file (chords):" << describe(chordsTonal);
    QCOMPARE(QString::fromStdString(chordsTonal.key.value_or("")), QStringLiteral("E major"));
    QVERIFY(!chordsTonal.f0MedianHz);
    QCOMPARE(result.value().analyzerVersions.at("tonal"), 2);  // 2: the chroma over time

    const auto tone = test::harmonicTone({.f0Hz = 146.83, .sampleRateHz = rate, .durationS = 3.0,
                                          .timbre = Timbre::Clarinet, .vibratoHz = 5.0, .vibratoCents = 15.0});
    const auto tonePath = std::filesystem::path(dir.path().toStdString()) / "d3-clarinet-44100-1-16.wav";
    QCOMPARE(QString::fromStdString(test::writeAudio(tonePath, {tone}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm16, rate)),
             QString());
    auto toneResult = core::analyzeFile(tonePath);
    QVERIFY(toneResult.ok());
    const auto& toneTonal = toneResult.value().tonal;
    qInfo().noquote() << "file (tone):" << describe(toneTonal);
    COMPARE_RELATIVE(toneTonal.f0MedianHz, 146.83, 0.01);
    QVERIFY2(toneTonal.hnrDb && *toneTonal.hnrDb > 20.0, qPrintable(describe(toneTonal)));
    QVERIFY(!toneTonal.key);  // one note is no key
}

void TestTonal::analyzesDemoSession()
{
    QTemporaryDir dir;
    auto written = core::writeDemoSession(dir.path().toStdString());
    QVERIFY2(written.ok(), written.ok() ? "" : written.error().message.c_str());
    const auto& spec = core::demoSessionSpec();
    std::map<std::string, core::TonalProfile> tonal;
    for (std::size_t s = 0; s < spec.stems.size(); ++s) {
        auto result = core::analyzeFile(written.value()[s]);
        QVERIFY(result.ok());
        tonal[spec.stems[s].name] = result.value().tonal;
        qInfo().noquote() << QString::fromStdString(spec.stems[s].name) << describe(result.value().tonal);
    }

    // Lead vocal: the melody's notes with 5.5 Hz ±30 cent vibrato.
    std::vector<double> notes;
    for (double hz : core::demoVocalMelodyHz())
        if (hz > 0)
            notes.push_back(hz);
    std::sort(notes.begin(), notes.end());
    const auto& vocal = tonal.at("Lead Vocal");
    QVERIFY2(vocal.f0MedianHz && vocal.f0MinHz && vocal.f0MaxHz && vocal.hnrDb, qPrintable(describe(vocal)));
    const double medianNote = notes[notes.size() / 2];
    QVERIFY2(std::abs(1200.0 * std::log2(*vocal.f0MedianHz / medianNote)) < 35.0, qPrintable(describe(vocal)));
    // The 5th/95th percentiles lie between the extreme notes' vibrato troughs and peaks.
    QVERIFY2(*vocal.f0MinHz > notes.front() * std::pow(2.0, -35.0 / 1200) && *vocal.f0MinHz < notes[notes.size() / 4],
             qPrintable(describe(vocal)));
    QVERIFY2(*vocal.f0MaxHz < notes.back() * std::pow(2.0, 35.0 / 1200) && *vocal.f0MaxHz > notes[notes.size() * 3 / 4],
             qPrintable(describe(vocal)));
    QVERIFY2(*vocal.hnrDb > 10.0, qPrintable(describe(vocal)));
    QVERIFY(vocal.voicedFraction > 0.6);

    // Pad and bass play Am–F–C–G: A minor, or no key with A minor and C major the top two.
    for (const char* name : {"Pad", "Bass"}) {
        const auto& t = tonal.at(name);
        QVERIFY2(!t.keyCandidates.empty(), qPrintable(describe(t)));
        if (t.key) {
            QCOMPARE(QString::fromStdString(*t.key), QStringLiteral("A minor"));
        } else {
            QCOMPARE(QString::fromStdString(t.keyCandidates[0].key), QStringLiteral("A minor"));
            QCOMPARE(QString::fromStdString(t.keyCandidates[1].key), QStringLiteral("C major"));
        }
    }
    QVERIFY2(!tonal.at("Pad").f0MedianHz, qPrintable(describe(tonal.at("Pad"))));
    // Drums: no pitch, no key.
    for (const char* name : {"Kick", "Hi-Hats"}) {
        const auto& t = tonal.at(name);
        QVERIFY2(!t.key && !t.f0MedianHz, qPrintable(describe(t)));
    }
}

QTEST_GUILESS_MAIN(TestTonal)
#include "tst_tonal.moc"
