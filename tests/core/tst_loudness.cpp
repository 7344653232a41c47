// LoudnessAnalyzer and TruePeak against the published conformance cases (EBU Tech 3341,
// EBU Tech 3342, ITU-R BS.1770-4), against libebur128 used the slow obvious way, and
// end to end through analyzeFile().
//
// Sources of the expected figures:
//  [3341] EBU Tech 3341 "Loudness Metering: 'EBU Mode' metering to supplement EBU R 128
//         loudness normalization", Table 1 "Minimum requirements test signals" (the table is
//         the same in V3, January 2016, and V4, November 2023, which only edited the text).
//  [3342] EBU Tech 3342 "Loudness Range", Table 1 "Minimum requirements test signals", and
//         the reference algorithm of its §5.
//  [1770] ITU-R BS.1770-4, Annex 1 (a 0 dBFS 997 Hz sine in L, C or R reads -3.01 LKFS;
//         Table 3 channel weights) and Annex 2 (true peak).
#include "ebutestsignals.h"
#include "testsignals.h"
#include "tolerance.h"

#include "analysis/loudnessanalyzer.h"
#include "analysis/trackanalysis.h"
#include "analysis/trackprofile.h"
#include "dsp/truepeak.h"

#include <ebur128.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <numbers>
#include <optional>
#include <random>
#include <vector>

using namespace stemwise;
using core::LoudnessProfile;
using test::Planar;
using test::ToneSegment;

namespace {

constexpr double kRate = 48000.0;

LoudnessProfile analyze(const Planar& x, double sampleRateHz = kRate, std::size_t blockFrames = 4096)
{
    return test::measureLoudness(x, sampleRateHz, blockFrames);
}

double samplePeakDb(const std::vector<float>& x)
{
    float m = 0.0f;
    for (float v : x)
        m = std::max(m, std::fabs(v));
    return 20.0 * std::log10(static_cast<double>(m));
}

// Tech 3341 case 10 / case 13 segment i: silence, a -23 dBFS tone, silence.
Planar burstSegment(double leadS, double toneS)
{
    return test::toneSequence({{leadS, {}}, {toneS, -23.0}, {1.0, {}}});
}

}  // namespace

class TestLoudness : public QObject {
    Q_OBJECT
private slots:
    void tech3341LoudnessCases_data();
    void tech3341LoudnessCases();
    void tech3341ShortTermConstantAfter3s();
    void tech3341MaxShortTermPerSegment();
    void tech3341MaxMomentaryPerSegment();
    void tech3341MomentaryConstantAfter1s();
    void tech3341TruePeakCases_data();
    void tech3341TruePeakCases();
    void tech3342LoudnessRange_data();
    void tech3342LoudnessRange();
    void sineReadsPerBs1770AndMonoIsNotDoubled();
    void multichannelWeights();
    void silenceGivesEmptyFigures();
    void floatStreamsFarOverFullScaleKeepTheirFigures();
    void tooShortForWindowsGivesEmptyFigures();
    void interSamplePeakIs3dBAboveSamplePeakPerChannel();
    void worksAtOtherSampleRates_data();
    void worksAtOtherSampleRates();
    void lowRatesReadAsTheSameAudioAt48kHz_data();
    void lowRatesReadAsTheSameAudioAt48kHz();
    void figuresDoNotDependOnBlockSize();
    void matchesLibebur128ReadingsAndTech3342Reference();
    void truePeakSkipNeverChangesTheReading();
    void truePeakMatchesDenseEvaluationOfBandLimitedSignals();
    void analyzesFileEndToEnd();
};

// [3341] cases 1–6: M, S and I of steady and stepped 1 kHz tones, ±0.1 LU.
// (Cases 7 and 8 are authentic programme recordings and cannot be synthesised.)
void TestLoudness::tech3341LoudnessCases_data()
{
    QTest::addColumn<int>("testCase");
    QTest::newRow("case 1: -23 dBFS 20 s, M=S=I=-23.0") << 1;
    QTest::newRow("case 2: -33 dBFS 20 s, M=S=I=-33.0") << 2;
    QTest::newRow("case 3: -36/-23/-36 dBFS, I=-23.0") << 3;
    QTest::newRow("case 4: -72/-36/-23/-36/-72 dBFS, I=-23.0") << 4;
    QTest::newRow("case 5: -26/-20/-26 dBFS, I=-23.0") << 5;
    QTest::newRow("case 6: 5.0 channels, I=-23.0") << 6;
}

void TestLoudness::tech3341LoudnessCases()
{
    QFETCH(int, testCase);
    Planar x;
    std::optional<double> steadyLevel;  // cases 1 and 2 also state M and S
    switch (testCase) {
    case 1:
        x = test::toneSequence({{20.0, -23.0}});
        steadyLevel = -23.0;
        break;
    case 2:
        x = test::toneSequence({{20.0, -33.0}});
        steadyLevel = -33.0;
        break;
    case 3:
        x = test::toneSequence({{10.0, -36.0}, {60.0, -23.0}, {10.0, -36.0}});
        break;
    case 4:
        x = test::toneSequence({{10.0, -72.0}, {10.0, -36.0}, {60.0, -23.0}, {10.0, -36.0}, {10.0, -72.0}});
        break;
    case 5:
        x = test::toneSequence({{20.0, -26.0}, {20.1, -20.0}, {20.0, -26.0}});
        break;
    case 6: {
        // L R C Ls Rs (the 5.0 order of the EBU's own file): -28, -28, -24, -30, -30 dBFS.
        const Planar at28 = test::toneSequence({{20.0, -28.0}}, 1);
        const Planar at24 = test::toneSequence({{20.0, -24.0}}, 1);
        const Planar at30 = test::toneSequence({{20.0, -30.0}}, 1);
        x = {at28[0], at28[0], at24[0], at30[0], at30[0]};
        break;
    }
    default:
        QFAIL("no such case");
    }
    const LoudnessProfile p = analyze(x);
    const double expected = steadyLevel.value_or(-23.0);
    COMPARE_NEAR(p.integratedLufs, expected, 0.1);
    if (steadyLevel) {
        COMPARE_NEAR(p.momentaryMaxLufs, expected, 0.1);
        COMPARE_NEAR(p.shortTermMaxLufs, expected, 0.1);
        // S is defined from 3 s on and reads the level there at every second.
        QCOMPARE(p.shortTermCurveLufs.size(), std::size_t{20});
        QVERIFY(!p.shortTermCurveLufs[0] && !p.shortTermCurveLufs[1]);
        for (std::size_t s = 2; s < p.shortTermCurveLufs.size(); ++s)
            COMPARE_NEAR(p.shortTermCurveLufs[s], expected, 0.1);
    }
    qInfo("Tech 3341 case %d: I %.3f LUFS (expected %.1f ±0.1)", testCase, *p.integratedLufs, expected);
}

// [3341] case 9: (1.34 s at -20 dBFS; 1.66 s at -30 dBFS) x 5; S = -23.0 ±0.1, constant
// after 3 s. Every 3 s window holds exactly one period, so S never moves from -23.
void TestLoudness::tech3341ShortTermConstantAfter3s()
{
    std::vector<ToneSegment> segments;
    for (int i = 0; i < 5; ++i) {
        segments.push_back({1.34, -20.0});
        segments.push_back({1.66, -30.0});
    }
    const LoudnessProfile p = analyze(test::toneSequence(segments));
    QCOMPARE(p.shortTermCurveLufs.size(), std::size_t{15});
    for (std::size_t s = 2; s < p.shortTermCurveLufs.size(); ++s)
        COMPARE_NEAR(p.shortTermCurveLufs[s], -23.0, 0.1);
    // The maximum over every 10 ms reading after 3 s: a reading off -23 would show here.
    COMPARE_NEAR(p.shortTermMaxLufs, -23.0, 0.1);
    qInfo("Tech 3341 case 9: max S %.3f LUFS", *p.shortTermMaxLufs);
}

// [3341] case 10 (file-based meters): 20 signals (i·0.15 s silence; 3 s at -23 dBFS; 1 s
// silence), i = 0..19; max S = -23.0 ±0.1 for each.
void TestLoudness::tech3341MaxShortTermPerSegment()
{
    double worst = 0.0;
    for (int i = 0; i < 20; ++i) {
        const LoudnessProfile p = analyze(burstSegment(i * 0.15, 3.0));
        COMPARE_NEAR(p.shortTermMaxLufs, -23.0, 0.1);
        worst = std::max(worst, std::fabs(*p.shortTermMaxLufs + 23.0));
    }
    qInfo("Tech 3341 case 10: max S within %.3f LU of -23.0 in all 20 segments", worst);
}

// [3341] case 13 (file-based meters): 20 signals (i·20 ms silence; 400 ms at -23 dBFS;
// 1 s silence), i = 0..19; max M = -23.0 ±0.1 for each. The 10 ms readings line up with
// every onset; readings every 100 ms would miss the peak by up to 0.46 LU here.
void TestLoudness::tech3341MaxMomentaryPerSegment()
{
    double worst = 0.0;
    for (int i = 0; i < 20; ++i) {
        const LoudnessProfile p = analyze(burstSegment(i * 0.020, 0.4));
        COMPARE_NEAR(p.momentaryMaxLufs, -23.0, 0.1);
        worst = std::max(worst, std::fabs(*p.momentaryMaxLufs + 23.0));
    }
    qInfo("Tech 3341 case 13: max M within %.3f LU of -23.0 in all 20 segments", worst);
}

// [3341] case 12: (0.18 s at -20 dBFS; 0.22 s at -30 dBFS) x 25; M = -23.0 ±0.1, constant
// after 1 s. Every 400 ms window holds exactly one period, so every reading is -23.0 and
// so is the maximum.
void TestLoudness::tech3341MomentaryConstantAfter1s()
{
    std::vector<ToneSegment> segments;
    for (int i = 0; i < 25; ++i) {
        segments.push_back({0.18, -20.0});
        segments.push_back({0.22, -30.0});
    }
    const LoudnessProfile p = analyze(test::toneSequence(segments));
    COMPARE_NEAR(p.momentaryMaxLufs, -23.0, 0.1);
    qInfo("Tech 3341 case 12: max M %.3f LUFS", *p.momentaryMaxLufs);
}

// [3341] cases 15–19: stereo sines at fs/4, fs/6, fs/8 with the phases that put the true
// peak between samples; max true-peak level within +0.2/-0.4 dB.
void TestLoudness::tech3341TruePeakCases_data()
{
    QTest::addColumn<double>("frequencyHz");
    QTest::addColumn<double>("amplitude");
    QTest::addColumn<double>("phaseDeg");
    QTest::addColumn<double>("expectedDbtp");
    QTest::newRow("case 15: fs/4, 0.50 FFS, 0 deg, -6.0 dBTP") << kRate / 4 << 0.50 << 0.0 << -6.0;
    QTest::newRow("case 16: fs/4, 0.50 FFS, 45 deg, -6.0 dBTP") << kRate / 4 << 0.50 << 45.0 << -6.0;
    QTest::newRow("case 17: fs/6, 0.50 FFS, 60 deg, -6.0 dBTP") << kRate / 6 << 0.50 << 60.0 << -6.0;
    QTest::newRow("case 18: fs/8, 0.50 FFS, 67.5 deg, -6.0 dBTP") << kRate / 8 << 0.50 << 67.5 << -6.0;
    QTest::newRow("case 19: fs/4, 1.41 FFS, 45 deg, +3.0 dBTP") << kRate / 4 << 1.41 << 45.0 << 3.0;
}

void TestLoudness::tech3341TruePeakCases()
{
    QFETCH(double, frequencyHz);
    QFETCH(double, amplitude);
    QFETCH(double, phaseDeg);
    QFETCH(double, expectedDbtp);
    const std::vector<float> tone = test::taperedSine(frequencyHz, amplitude, phaseDeg, kRate, 1.0);
    const LoudnessProfile p = analyze({tone, tone});
    COMPARE_WITHIN(p.truePeakDbtp, expectedDbtp, 0.4, 0.2);
    QCOMPARE(p.truePeakPerChannelDbtp.size(), std::size_t{2});
    COMPARE_WITHIN(p.truePeakPerChannelDbtp[0], expectedDbtp, 0.4, 0.2);
    COMPARE_WITHIN(p.truePeakPerChannelDbtp[1], expectedDbtp, 0.4, 0.2);
    qInfo("%s: %.3f dBTP (sample peak %.3f dBFS)", QTest::currentDataTag(), *p.truePeakDbtp,
          samplePeakDb(tone));
}

// [3342] cases 1–4: 20 s tone segments (1 kHz stereo); LRA within ±1 LU.
// (Cases 5 and 6 are authentic programme recordings.)
void TestLoudness::tech3342LoudnessRange_data()
{
    QTest::addColumn<QList<double>>("levelsDbfs");
    QTest::addColumn<double>("expectedLu");
    QTest::newRow("case 1: -20/-30 dBFS, LRA 10") << QList<double>{-20.0, -30.0} << 10.0;
    QTest::newRow("case 2: -20/-15 dBFS, LRA 5") << QList<double>{-20.0, -15.0} << 5.0;
    QTest::newRow("case 3: -40/-20 dBFS, LRA 20") << QList<double>{-40.0, -20.0} << 20.0;
    QTest::newRow("case 4: -50/-35/-20/-35/-50 dBFS, LRA 15")
        << QList<double>{-50.0, -35.0, -20.0, -35.0, -50.0} << 15.0;
}

void TestLoudness::tech3342LoudnessRange()
{
    QFETCH(QList<double>, levelsDbfs);
    QFETCH(double, expectedLu);
    std::vector<ToneSegment> segments;
    for (double level : levelsDbfs)
        segments.push_back({20.0, level});
    const LoudnessProfile p = analyze(test::toneSequence(segments));
    COMPARE_NEAR(p.lraLu, expectedLu, 1.0);
    qInfo("%s: LRA %.3f LU", QTest::currentDataTag(), *p.lraLu);
}

// [1770] Annex 1: a 0 dBFS 997 Hz sine in one front channel reads -3.01 LKFS, so a mono
// -20 dBFS sine reads -23.01: mono is one channel of weight 1, not doubled. The same sine
// in both channels of a stereo file at -23 dBFS reads -23.0 (two channels add 3.01 dB).
void TestLoudness::sineReadsPerBs1770AndMonoIsNotDoubled()
{
    const LoudnessProfile mono = analyze(test::toneSequence({{10.0, -20.0}}, 1, kRate, 997.0));
    COMPARE_NEAR(mono.integratedLufs, -23.01, 0.02);
    COMPARE_NEAR(mono.momentaryMaxLufs, -23.01, 0.02);

    const Planar tone = test::toneSequence({{10.0, -20.0}}, 1, kRate, 997.0);
    const LoudnessProfile leftOnly = analyze({tone[0], std::vector<float>(tone[0].size(), 0.0f)});
    COMPARE_NEAR(leftOnly.integratedLufs, -23.01, 0.02);

    const LoudnessProfile stereo = analyze(test::toneSequence({{10.0, -23.0}}, 2, kRate, 997.0));
    COMPARE_NEAR(stereo.integratedLufs, -23.0, 0.02);
    qInfo("997 Hz: mono -20 dBFS %.3f LUFS, left only %.3f, stereo -23 dBFS %.3f", *mono.integratedLufs,
          *leftOnly.integratedLufs, *stereo.integratedLufs);
}

// [1770] Table 3: surrounds +1.5 dB (weight 1.41), LFE excluded; counts without a named
// layout weigh 1 in every channel (libebur128 would leave the 4th channel out by default).
void TestLoudness::multichannelWeights()
{
    const std::vector<float> at28 = test::toneSequence({{10.0, -28.0}}, 1)[0];
    const std::vector<float> at24 = test::toneSequence({{10.0, -24.0}}, 1)[0];
    const std::vector<float> at30 = test::toneSequence({{10.0, -30.0}}, 1)[0];
    const std::vector<float> loud = test::toneSequence({{10.0, -3.0}}, 1, kRate, 60.0)[0];

    // Case 6 of [3341] as 5.1 with a loud LFE in the 4th channel: still -23.0.
    const LoudnessProfile sixChannels = analyze({at28, at28, at24, loud, at30, at30});
    COMPARE_NEAR(sixChannels.integratedLufs, -23.0, 0.1);

    // Surround weight alone: Ls and Rs at -30 dBFS read 1.5 dB (10·log10(1.41)) above the
    // same tones in L and R.
    const std::vector<float> silent(at30.size(), 0.0f);
    const LoudnessProfile front = analyze({at30, at30, silent, silent, silent});
    const LoudnessProfile rear = analyze({silent, silent, silent, at30, at30});
    const double surroundGainDb = *rear.integratedLufs - *front.integratedLufs;
    COMPARE_NEAR(surroundGainDb, 10.0 * std::log10(1.41), 0.01);

    // Four equal channels at -26.02 dBFS (997 Hz) read -23.01: all four count.
    const double quarterDbfs = -20.0 - 10.0 * std::log10(4.0);
    const std::vector<float> quarter = test::toneSequence({{10.0, quarterDbfs}}, 1, kRate, 997.0)[0];
    const LoudnessProfile four = analyze({quarter, quarter, quarter, quarter});
    COMPARE_NEAR(four.integratedLufs, -23.01, 0.02);
    QCOMPARE(four.truePeakPerChannelDbtp.size(), std::size_t{4});
}

void TestLoudness::silenceGivesEmptyFigures()
{
    const Planar silence(2, std::vector<float>(static_cast<std::size_t>(10 * kRate), 0.0f));
    const LoudnessProfile p = analyze(silence);
    QVERIFY(!p.integratedLufs);
    QVERIFY(!p.lraLu);
    QVERIFY(!p.momentaryMaxLufs);
    QVERIFY(!p.shortTermMaxLufs);
    QVERIFY(!p.truePeakDbtp);
    QCOMPARE(p.truePeakPerChannelDbtp.size(), std::size_t{2});
    QVERIFY(!p.truePeakPerChannelDbtp[0] && !p.truePeakPerChannelDbtp[1]);
    QCOMPARE(p.shortTermCurveLufs.size(), std::size_t{10});
    for (const auto& s : p.shortTermCurveLufs)
        QVERIFY(!s);
    QCOMPARE(p.curveIntervalS, 1.0);

    // Below the absolute gate is as good as silence for loudness, not for true peak.
    const LoudnessProfile faint = analyze(test::toneSequence({{10.0, -75.0}}));
    QVERIFY(!faint.integratedLufs && !faint.lraLu && !faint.momentaryMaxLufs && !faint.shortTermMaxLufs);
    COMPARE_NEAR(faint.truePeakDbtp, -75.0, 0.05);
}

// A float stem may hold samples far over full scale (a plug-in's gain gone wrong); up to the
// +120 dBFS the analysis keeps (audio/brokensamples.h) its figures are read as any other's:
// Tech 3342 case 1's shape (20 s of a tone, then 20 s 10 dB louder) at +100 and +110 dBFS.
// (With the histograms topped at +30 LUFS every block fell into the top bin, the relative
// gate above it: no integrated loudness and no range.)
void TestLoudness::floatStreamsFarOverFullScaleKeepTheirFigures()
{
    const LoudnessProfile p = analyze(test::toneSequence({{20.0, 100.0}, {20.0, 110.0}}));
    COMPARE_NEAR(p.integratedLufs, 10.0 * std::log10((1e10 + 1e11) / 2.0), 0.02);
    COMPARE_NEAR(p.lraLu, 10.0, 0.1);
    COMPARE_NEAR(p.momentaryMaxLufs, 110.0, 0.02);
    COMPARE_NEAR(p.shortTermMaxLufs, 110.0, 0.02);
    COMPARE_NEAR(p.truePeakDbtp, 110.0, 0.05);
}

// 300 ms: no 400 ms gating block, no momentary, no short-term value; the true peak is.
// 2 s: momentary and integrated are defined, short-term (3 s) and range are not.
void TestLoudness::tooShortForWindowsGivesEmptyFigures()
{
    const LoudnessProfile blip = analyze(test::toneSequence({{0.3, -20.0}}));
    QVERIFY(!blip.integratedLufs && !blip.momentaryMaxLufs && !blip.shortTermMaxLufs && !blip.lraLu);
    QVERIFY(blip.shortTermCurveLufs.empty());
    COMPARE_NEAR(blip.truePeakDbtp, -20.0, 0.05);

    const LoudnessProfile shortTone = analyze(test::toneSequence({{2.0, -23.0}}));
    COMPARE_NEAR(shortTone.integratedLufs, -23.0, 0.1);
    COMPARE_NEAR(shortTone.momentaryMaxLufs, -23.0, 0.1);
    QVERIFY(!shortTone.shortTermMaxLufs && !shortTone.lraLu);
    QCOMPARE(shortTone.shortTermCurveLufs.size(), std::size_t{2});
    QVERIFY(!shortTone.shortTermCurveLufs[0] && !shortTone.shortTermCurveLufs[1]);
}

// A sine at fs/4 sampled at 45° has every sample at A/√2: the true peak A is 3.01 dB above
// the sample peak. Different amplitudes per channel give their own readings.
void TestLoudness::interSamplePeakIs3dBAboveSamplePeakPerChannel()
{
    const std::vector<float> left = test::taperedSine(kRate / 4, 0.5, 45.0, kRate, 1.0);
    const std::vector<float> right = test::taperedSine(kRate / 4, 0.125, 45.0, kRate, 1.0);
    const LoudnessProfile p = analyze({left, right});
    QCOMPARE(p.truePeakPerChannelDbtp.size(), std::size_t{2});
    QVERIFY(p.truePeakPerChannelDbtp[0] && p.truePeakPerChannelDbtp[1]);
    COMPARE_NEAR(*p.truePeakPerChannelDbtp[0] - samplePeakDb(left), 3.01, 0.05);
    COMPARE_NEAR(*p.truePeakPerChannelDbtp[1] - samplePeakDb(right), 3.01, 0.05);
    COMPARE_NEAR(p.truePeakPerChannelDbtp[0], 20.0 * std::log10(0.5), 0.05);
    COMPARE_NEAR(p.truePeakPerChannelDbtp[1], 20.0 * std::log10(0.125), 0.05);
    QCOMPARE(*p.truePeakDbtp, *p.truePeakPerChannelDbtp[0]);
}

// Loudness of a stereo 997 Hz tone at -23 dBFS and the true peak of a 0.5 FFS sine whose
// peak falls between samples (fs/6 at 60°, [3341] case 17's shape) at other rates. At
// 192 kHz Annex 2 asks for no oversampling, so that row uses a 997 Hz tone instead.
void TestLoudness::worksAtOtherSampleRates_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<int>("oversampling");
    QTest::newRow("8 kHz") << 8000.0 << 4;
    QTest::newRow("22.05 kHz (100 ms readings)") << 22050.0 << 4;
    QTest::newRow("44.1 kHz") << 44100.0 << 4;
    QTest::newRow("96 kHz") << 96000.0 << 2;
    QTest::newRow("192 kHz") << 192000.0 << 1;
}

void TestLoudness::worksAtOtherSampleRates()
{
    QFETCH(double, rate);
    QFETCH(int, oversampling);
    QCOMPARE(core::TruePeak(rate, 1).oversampling(), oversampling);

    const LoudnessProfile tone = analyze(test::toneSequence({{10.0, -23.0}}, 2, rate, 997.0), rate);
    COMPARE_NEAR(tone.integratedLufs, -23.0, 0.1);
    COMPARE_NEAR(tone.momentaryMaxLufs, -23.0, 0.1);
    COMPARE_NEAR(tone.shortTermMaxLufs, -23.0, 0.1);
    QCOMPARE(tone.shortTermCurveLufs.size(), std::size_t{10});

    const std::vector<float> peaky = oversampling > 1 ? test::taperedSine(rate / 6, 0.5, 60.0, rate, 1.0)
                                                      : test::taperedSine(997.0, 0.5, 0.0, rate, 1.0);
    const LoudnessProfile tp = analyze({peaky}, rate);
    COMPARE_WITHIN(tp.truePeakDbtp, -6.02, 0.4, 0.2);
    qInfo("%s: I %.3f LUFS, true peak %.3f dBTP (sample peak %.3f)", QTest::currentDataTag(),
          *tone.integratedLufs, *tp.truePeakDbtp, samplePeakDb(peaky));
}

// Under 22.05 kHz the stream is metered resampled to 48 kHz (loudnessanalyzer.h), so a tone
// reads as the same tone sampled at 48 kHz: BS.1770's K-weighting is defined by its 48 kHz
// filters. Two tones: 200 Hz, where the high-pass still takes 0.3 dB, and 0.4 of the low
// rate, near its Nyquist, where a filter designed for that rate bends most. (With the meter
// at the stream's rate the 200 Hz tone read 0.09 LU loud at 16 kHz, 0.22 at 8 kHz, 0.47 at
// 4 kHz, and at 2 kHz no integrated loudness at all, the momentary maximum near +3000 LUFS.)
// The 48 kHz readings are BS.1770's: -20 dBFS sines, mono, read -23.01 LUFS plus the K gain.
void TestLoudness::lowRatesReadAsTheSameAudioAt48kHz_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("2 kHz") << 2000.0;
    QTest::newRow("4 kHz") << 4000.0;
    QTest::newRow("8 kHz") << 8000.0;
    QTest::newRow("11.025 kHz") << 11025.0;
    QTest::newRow("16 kHz") << 16000.0;
}

void TestLoudness::lowRatesReadAsTheSameAudioAt48kHz()
{
    QFETCH(double, rate);
    for (const double frequencyHz : {200.0, 0.4 * rate}) {
        const auto frames = [](double r) { return static_cast<std::size_t>(10.0 * r); };
        const LoudnessProfile low = analyze({test::sine(frequencyHz, 0.1, rate, frames(rate))}, rate, 1000);
        const LoudnessProfile high = analyze({test::sine(frequencyHz, 0.1, kRate, frames(kRate))}, kRate);
        QVERIFY(high.integratedLufs && high.momentaryMaxLufs && high.shortTermMaxLufs);
        COMPARE_NEAR(low.integratedLufs, *high.integratedLufs, 0.02);
        COMPARE_NEAR(low.momentaryMaxLufs, *high.momentaryMaxLufs, 0.02);
        COMPARE_NEAR(low.shortTermMaxLufs, *high.shortTermMaxLufs, 0.02);
        QCOMPARE(low.shortTermCurveLufs.size(), high.shortTermCurveLufs.size());
        qInfo("%s, %.0f Hz: I %.3f LUFS (at 48 kHz %.3f), true peak %.2f dBTP", QTest::currentDataTag(), frequencyHz,
              *low.integratedLufs, *high.integratedLufs, *low.truePeakDbtp);
    }
}

// The same stream cut into blocks of any size gives identical figures.
void TestLoudness::figuresDoNotDependOnBlockSize()
{
    const auto frames = static_cast<std::size_t>(8.3 * kRate);
    const Planar x{test::beatNoise(0.1, kRate, frames, 3), test::beatNoise(0.05, kRate, frames, 4)};
    const LoudnessProfile reference = analyze(x, kRate, 4096);
    for (std::size_t block : {std::size_t{1}, std::size_t{37}, std::size_t{480}, std::size_t{100000}}) {
        const LoudnessProfile p = analyze(x, kRate, block);
        QCOMPARE(p.integratedLufs, reference.integratedLufs);
        QCOMPARE(p.lraLu, reference.lraLu);
        QCOMPARE(p.momentaryMaxLufs, reference.momentaryMaxLufs);
        QCOMPARE(p.shortTermMaxLufs, reference.shortTermMaxLufs);
        QCOMPARE(p.truePeakPerChannelDbtp, reference.truePeakPerChannelDbtp);
        QCOMPARE(p.shortTermCurveLufs, reference.shortTermCurveLufs);
    }
    QVERIFY(reference.integratedLufs && reference.lraLu && reference.truePeakDbtp);
}

// The analyzer takes its figures from 10 ms energies; here libebur128 is used the slow,
// obvious way on the same seeded signal: non-histogram mode, ebur128_loudness_momentary()
// and _shortterm() queried every 10 ms, its own gated integrated loudness; and the loudness
// range computed as Tech 3342 §5's reference code does (sort, percentiles) from short-term
// values every 100 ms.
void TestLoudness::matchesLibebur128ReadingsAndTech3342Reference()
{
    const auto frames = static_cast<std::size_t>(40 * kRate);
    Planar x{test::beatNoise(0.1, kRate, frames, 11), test::beatNoise(0.07, kRate, frames, 12)};
    // A quiet middle third, so the gates have something to do.
    for (auto& ch : x)
        for (std::size_t i = frames / 3; i < 2 * frames / 3; ++i)
            ch[i] *= 0.05f;
    const LoudnessProfile p = analyze(x);

    ebur128_state* st = ebur128_init(2, 48000, EBUR128_MODE_M | EBUR128_MODE_S | EBUR128_MODE_I);
    QVERIFY(st != nullptr);
    std::vector<float> interleaved(480 * 2);
    double momentaryMax = -HUGE_VAL, shortTermMax = -HUGE_VAL;
    std::vector<double> shortTerm10Hz;
    for (std::size_t r = 0; r * 480 < frames; ++r) {
        for (std::size_t i = 0; i < 480; ++i)
            for (std::size_t c = 0; c < 2; ++c)
                interleaved[i * 2 + c] = x[c][r * 480 + i];
        ebur128_add_frames_float(st, interleaved.data(), 480);
        double m = 0, s = 0;
        ebur128_loudness_momentary(st, &m);
        ebur128_loudness_shortterm(st, &s);
        if (r + 1 >= 40)
            momentaryMax = std::max(momentaryMax, m);
        if (r + 1 >= 300) {
            shortTermMax = std::max(shortTermMax, s);
            if ((r + 1) % 10 == 0)
                shortTerm10Hz.push_back(s);
        }
    }
    double integrated = 0;
    ebur128_loudness_global(st, &integrated);
    ebur128_destroy(&st);

    COMPARE_NEAR(p.momentaryMaxLufs, momentaryMax, 1e-6);
    COMPARE_NEAR(p.shortTermMaxLufs, shortTermMax, 1e-6);
    COMPARE_NEAR(p.integratedLufs, integrated, 0.01);

    // Tech 3342 §5: absolute gate, relative gate 20 LU below the power mean, 10th and 95th
    // percentiles as sorted[round((n-1)·p)].
    std::vector<double> gated;
    double power = 0;
    for (double s : shortTerm10Hz)
        if (s >= -70.0) {
            gated.push_back(s);
            power += std::pow(10.0, s / 10.0);
        }
    const double relativeGate = 10.0 * std::log10(power / static_cast<double>(gated.size())) - 20.0;
    std::erase_if(gated, [&](double s) { return s < relativeGate; });
    std::sort(gated.begin(), gated.end());
    const auto at = [&](double q) {
        return gated[static_cast<std::size_t>(std::llround(static_cast<double>(gated.size() - 1) * q))];
    };
    const double lra = at(0.95) - at(0.10);
    COMPARE_NEAR(p.lraLu, lra, 0.02);
    qInfo("vs libebur128: I %.4f/%.4f LUFS, max M %.4f/%.4f, max S %.4f/%.4f; "
          "LRA %.3f/%.3f LU (Tech 3342 code)",
          *p.integratedLufs, integrated, *p.momentaryMaxLufs, momentaryMax, *p.shortTermMaxLufs, shortTermMax,
          *p.lraLu, lra);
}

// Stretches that the L1 bound lets the meter skip hold nothing above the peak: with and
// without the skip, fed in random block sizes, the readings are bit-identical.
void TestLoudness::truePeakSkipNeverChangesTheReading()
{
    const auto frames = static_cast<std::size_t>(20 * kRate);
    const Planar x{test::beatNoise(0.1, kRate, frames, 21), test::beatNoise(0.2, kRate, frames, 22)};
    std::mt19937 rng(7);
    std::uniform_int_distribution<std::size_t> blockSize(1, 5000);
    core::TruePeak fast(kRate, 2), full(kRate, 2);
    full.setSkipEnabled(false);
    for (std::size_t done = 0; done < frames;) {
        const std::size_t n = std::min(blockSize(rng), frames - done);
        const float* p[2] = {x[0].data() + done, x[1].data() + done};
        fast.process(p, n);
        full.process(p, n);
        done += n;
    }
    fast.finish();
    full.finish();
    // Exact equality (QCOMPARE would compare floats fuzzily).
    QVERIFY(fast.peak(0) == full.peak(0));
    QVERIFY(fast.peak(1) == full.peak(1));
    QCOMPARE(full.groupsInterpolated(), full.groupsMetered());
    QVERIFY(fast.groupsInterpolated() < fast.groupsMetered() / 2);
    qInfo("skip: %lld of %lld 8-output groups interpolated on beat noise; phase L1 gain %.3f",
          static_cast<long long>(fast.groupsInterpolated()), static_cast<long long>(fast.groupsMetered()),
          static_cast<double>(fast.maxPhaseGain()));
}

// Sums of random sines below 0.3·fs under a slow raised-cosine envelope (still band-limited
// to within a few tens of Hz of the sines): the continuous signal is known in closed form,
// so its peak on a 64x grid is the true peak. The meter may under-read by its grid (at most
// 20·log10(cos(π·0.3/4)) = -0.25 dB with 4x) and over-read only by its ripple.
void TestLoudness::truePeakMatchesDenseEvaluationOfBandLimitedSignals()
{
    std::mt19937 rng(1770);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    constexpr std::size_t kFrames = 9600;     // 200 ms
    constexpr double kFadeS = 0.05;
    const double lengthS = static_cast<double>(kFrames) / kRate;
    double worstUnder = 0.0, worstOver = 0.0;
    for (int trial = 0; trial < 20; ++trial) {
        struct Partial { double frequencyHz, amplitude, phaseRad; };
        std::vector<Partial> partials;
        for (int k = 0; k < 6; ++k)
            partials.push_back({(0.01 + 0.29 * unit(rng)) * kRate, 0.05 + 0.1 * unit(rng),
                                2.0 * std::numbers::pi * unit(rng)});
        const auto value = [&](double t) {
            const double edge = std::min(t, lengthS - t);
            const double envelope = edge >= kFadeS ? 1.0 : edge <= 0.0 ? 0.0
                                                   : 0.5 - 0.5 * std::cos(std::numbers::pi * edge / kFadeS);
            double v = 0.0;
            for (const Partial& q : partials)
                v += q.amplitude * std::sin(2.0 * std::numbers::pi * q.frequencyHz * t + q.phaseRad);
            return envelope * v;
        };
        std::vector<float> x(kFrames);
        for (std::size_t i = 0; i < kFrames; ++i)
            x[i] = static_cast<float>(value(static_cast<double>(i) / kRate));
        double exact = 0.0;
        for (std::size_t i = 0; i < 64 * kFrames; ++i)
            exact = std::max(exact, std::fabs(value(static_cast<double>(i) / (64.0 * kRate))));

        core::TruePeak meter(kRate, 1);
        const float* p[1] = {x.data()};
        meter.process(p, kFrames);
        meter.finish();
        const double errorDb = 20.0 * std::log10(static_cast<double>(meter.peak(0)) / exact);
        QVERIFY2(errorDb > -0.25 && errorDb < 0.05,
                 qPrintable(QStringLiteral("trial %1: true peak off by %2 dB").arg(trial).arg(errorDb)));
        worstUnder = std::min(worstUnder, errorDb);
        worstOver = std::max(worstOver, errorDb);
    }
    qInfo("true peak vs dense evaluation, 20 signals: %.3f .. %+.3f dB", worstUnder, worstOver);
}

// Through the whole pipeline: a 24-bit WAV of [3341] case 1 (10 s here) whose right
// channel carries, from 5 s, half a second of an fs/4 sine at 45° (samples at -23.01 dBFS,
// true peak -20.0 dBTP). The figures match driving the analyzer directly.
void TestLoudness::analyzesFileEndToEnd()
{
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "3341-1-isp-48000-2-24.wav";
    Planar x = test::toneSequence({{10.0, -23.0}});
    const std::vector<float> isp = test::taperedSine(kRate / 4, 0.1, 45.0, kRate, 0.5);
    std::copy(isp.begin(), isp.end(), x[1].begin() + static_cast<std::ptrdiff_t>(5 * kRate));
    QCOMPARE(QString::fromStdString(test::writeAudio(path, x)), QString());

    auto result = core::analyzeFile(path);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const core::TrackProfile& profile = result.value();
    QCOMPARE(profile.analyzerVersions.at("loudness"), 2);
    const LoudnessProfile& p = profile.loudness;
    const LoudnessProfile direct = analyze(x);
    COMPARE_NEAR(p.integratedLufs, direct.integratedLufs, 0.001);
    COMPARE_NEAR(p.integratedLufs, -23.0, 0.5);
    COMPARE_NEAR(p.lraLu, direct.lraLu, 0.011);
    COMPARE_NEAR(p.momentaryMaxLufs, direct.momentaryMaxLufs, 0.001);
    COMPARE_NEAR(p.shortTermMaxLufs, direct.shortTermMaxLufs, 0.001);
    QCOMPARE(p.shortTermCurveLufs.size(), std::size_t{10});
    QCOMPARE(p.truePeakPerChannelDbtp.size(), std::size_t{2});
    COMPARE_NEAR(p.truePeakPerChannelDbtp[0], -23.0, 0.05);
    COMPARE_NEAR(p.truePeakPerChannelDbtp[1], -20.0, 0.05);
    COMPARE_NEAR(p.truePeakDbtp, -20.0, 0.05);
    qInfo("analyzeFile: I %.3f LUFS, LRA %.2f LU, true peak %.3f / %.3f dBTP", *p.integratedLufs, *p.lraLu,
          *p.truePeakPerChannelDbtp[0], *p.truePeakPerChannelDbtp[1]);
}

QTEST_GUILESS_MAIN(TestLoudness)
#include "tst_loudness.moc"
