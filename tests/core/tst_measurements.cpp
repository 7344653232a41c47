// Levels, stereo and spectrum measurements, the track-type guess, issues and the quality
// score, on signals whose answers are known by construction. Every case runs end-to-end
// through analyzeFile() on a 32-bit float WAV, so the reader and the shared STFT are tested
// with them.
#include "testsignals.h"
#include "tolerance.h"

#include "analysis/sessionanalysis.h"
#include "analysis/stereoanalyzer.h"
#include "analysis/trackanalysis.h"
#include "analysis/tracktype.h"
#include "demo/demosession.h"
#include "dsp/biquad.h"
#include "dsp/stereofigures.h"
#include "util/stats.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <map>

using namespace stemwise;

namespace {

constexpr double kRate = 48000.0;

core::TrackProfile analyze(const test::Planar& channels, const char* name = "signal", double rate = kRate,
                           core::SampleEncoding encoding = core::SampleEncoding::Float32)
{
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / (std::string(name) + ".wav");
    const std::string error = test::writeAudio(path, channels, core::FileType::Wav, encoding, rate);
    if (!error.empty())
        qFatal("cannot write %s: %s", name, error.c_str());
    auto profile = core::analyzeFile(path);
    if (!profile)
        qFatal("cannot analyse %s: %s", name, profile.error().message.c_str());
    return std::move(profile.value());
}

const core::TrackIssue* findIssue(const core::TrackProfile& p, const std::string& code)
{
    const auto it = std::find_if(p.issues.begin(), p.issues.end(), [&](const auto& i) { return i.code == code; });
    return it == p.issues.end() ? nullptr : &*it;
}

double bandShare(const core::TrackProfile& p, core::Band b)
{
    return p.spectrum.bands[static_cast<std::size_t>(b)].share;
}

std::vector<float> scaled(std::vector<float> x, float gain)
{
    for (float& v : x)
        v *= gain;
    return x;
}

}  // namespace

class TestMeasurements : public QObject {
    Q_OBJECT
private slots:
    void sineLevelsAndCrest();
    void clippingCountsFlatTopsNotSinglePeaks();
    void floatOversAreNotClipping();
    void crestIsMeasuredWhereTheTrackPlays();
    void shortTermCrestIsTheWaveformsOwn();
    void quietFloatStemIsNotTooQuiet();
    void dcOffsetIsMeasuredAndFlagged();
    void dynamicRangeIsTheSpreadOfShortTermLevels();
    void silenceHasNoLevelsAndIsFlagged();
    void leadingAndTrailingSilence();
    void nonFiniteSamplesAreCountedAndNeutralised();
    void stereoCases();
    void stereoFiguresFromSums();
    void percentileInterpolatesBetweenRanks();
    void lowEndPhaseTroubleIsFlagged();
    void widePadIsNotInverted();
    void flippedChannelOfADecorrelatedSourceIsInverted();
    void sineSpectrum();
    void whiteNoiseBandSharesFollowBandwidth();
    void resonanceOfAPeakingFilterIsFound();
    void bandsSumToOne();
    void trackTypeFromNames_data();
    void trackTypeFromNames();
    void userTypeWins();
    void scoreIsTheSumOfItsBreakdown();
    void demoSessionReadsAsBuilt();
};

void TestMeasurements::sineLevelsAndCrest()
{
    const auto p = analyze({test::sine(997.0, 0.5, kRate, 480000)});
    COMPARE_NEAR(p.dynamics.peakDbfs, -6.0206, 0.001);
    COMPARE_NEAR(p.dynamics.rmsDbfs, -9.0309, 0.001);
    COMPARE_NEAR(p.dynamics.crestDb, 3.0103, 0.002);
    COMPARE_NEAR(p.dynamics.dcOffset, 0.0, 1e-4);
    QCOMPARE(p.dynamics.clippedSamples, std::int64_t{0});
    COMPARE_NEAR(p.dynamics.dynamicRangeDb, 0.0, 0.05);
    QVERIFY(!p.stereo.isStereo);
    QVERIFY(!p.stereo.correlation);
    QCOMPARE(p.dynamics.channels.size(), std::size_t{1});
}

void TestMeasurements::clippingCountsFlatTopsNotSinglePeaks()
{
    // A 100 Hz sine that touches full scale once per half cycle does not clip.
    auto clean = test::sine(100.0, 1.0, kRate, 48000, 0.0);
    const auto peak = *std::max_element(clean.begin(), clean.end(), [](float a, float b) { return std::abs(a) < std::abs(b); });
    clean = scaled(clean, 1.0f / std::abs(peak));
    QCOMPARE(analyze({clean}).dynamics.clippedRuns, std::int64_t{0});

    // Driven 6 dB into a hard clip: two flat tops per cycle, 100 cycles.
    auto clipped = test::sine(100.0, 2.0, kRate, 48000);
    for (float& v : clipped)
        v = std::clamp(v, -1.0f, 1.0f);
    const auto p = analyze({clipped});
    QCOMPARE(p.dynamics.clippedRuns, std::int64_t{200});
    // Each flat top spans the part of the half cycle where |2 sin| ≥ 1 (30° to 150°): two
    // thirds of its 240 samples.
    COMPARE_NEAR(static_cast<double>(p.dynamics.clippedSamples), 200.0 * 160.0, 200.0 * 2.0);
    const auto* issue = findIssue(p, "clipping");
    QVERIFY(issue != nullptr);
    QCOMPARE(issue->severity, core::Severity::High);
}

// A float file holds samples beyond full scale intact: they are overs (they would clip in a
// fixed-point conversion), not clipping. (This test once called them clips; issue 17: "float
// stems cannot clip".) A flat top is clipping in a float file too: it was clipped upstream.
void TestMeasurements::floatOversAreNotClipping()
{
    auto x = test::sine(440.0, 0.5, kRate, 48000);
    x[1000] = 1.4f;
    x[2000] = -1.2f;
    const auto p = analyze({x});
    QCOMPARE(p.dynamics.clippedRuns, std::int64_t{0});
    QCOMPARE(p.dynamics.clippedSamples, std::int64_t{0});
    QCOMPARE(p.dynamics.overSamples, std::int64_t{2});
    QVERIFY(findIssue(p, "clipping") == nullptr);
    const auto* over = findIssue(p, "over_full_scale");
    QVERIFY(over != nullptr);
    QCOMPARE(over->severity, core::Severity::Low);
    COMPARE_NEAR(p.dynamics.peakDbfs, 20.0 * std::log10(1.4), 1e-4);

    auto flat = test::sine(100.0, 2.0, kRate, 48000);
    for (float& v : flat)
        v = std::clamp(v, -1.0f, 1.0f);
    const auto clipped = analyze({flat});
    QCOMPARE(clipped.dynamics.clippedRuns, std::int64_t{200});
    QCOMPARE(clipped.dynamics.overSamples, std::int64_t{0});
}

// 2 s of a sine at -6 dBFS in 20 s of silence: its crest is the sine's 3.01 dB, not 13 dB
// more for the silence around it; the whole file's RMS still counts the silence.
void TestMeasurements::crestIsMeasuredWhereTheTrackPlays()
{
    std::vector<float> x(20 * 48000, 0.0f);
    const auto burst = test::sine(997.0, 0.5, kRate, 2 * 48000);
    std::copy(burst.begin(), burst.end(), x.begin() + 9 * 48000);
    const auto p = analyze({x});
    COMPARE_NEAR(p.dynamics.crestDb, 3.0103, 0.01);
    COMPARE_NEAR(p.dynamics.rmsDbfs, -9.0309 - 10.0, 0.01);
    QVERIFY(p.dynamics.playingFraction.has_value());
    COMPARE_NEAR(p.dynamics.playingFraction, 0.1, 0.006);
    // Quieter passages within 20 dB of the mean still play; a -40 dB tail does not.
    std::vector<float> y(20 * 48000, 0.0f);
    const auto loud = test::sine(997.0, 0.5, kRate, 10 * 48000);
    const auto soft = test::sine(997.0, 0.005, kRate, 10 * 48000);
    std::copy(loud.begin(), loud.end(), y.begin());
    std::copy(soft.begin(), soft.end(), y.begin() + 10 * 48000);
    const auto q = analyze({y});
    COMPARE_NEAR(q.dynamics.crestDb, 3.0103, 0.01);
    QVERIFY(q.dynamics.playingFraction.has_value());
    COMPARE_NEAR(q.dynamics.playingFraction, 0.5, 0.006);
}

// The short-term crest factor is the median of the 100 ms slices' own: a sine's 3.01 dB and a
// sawtooth's 4.77 (√3), however their level moves (a sine stepping through five levels, one a
// second); notes plucked every 0.5 s and decaying
// (τ 80 ms) have a whole crest well above it, their peaks over their waveform.
void TestMeasurements::shortTermCrestIsTheWaveformsOwn()
{
    const auto frames = static_cast<std::size_t>(10 * kRate);
    std::vector<float> swelling(frames), saw(frames), plucked(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / kRate;
        const double level = 0.05 + 0.1 * static_cast<double>(i / static_cast<std::size_t>(kRate) % 5);  // each second
        swelling[i] = static_cast<float>(level * std::sin(2.0 * std::numbers::pi * 997.0 * t));
        saw[i] = static_cast<float>(0.5 * (2.0 * std::fmod(100.0 * t, 1.0) - 1.0));
        plucked[i] = static_cast<float>(0.5 * std::exp(-std::fmod(t, 0.5) / 0.08) * std::sin(2.0 * std::numbers::pi * 220.0 * t));
    }
    const auto sine = analyze({swelling});
    COMPARE_NEAR(sine.dynamics.shortTermCrestDb, 3.0103, 0.05);
    QVERIFY(*sine.dynamics.crestDb > *sine.dynamics.shortTermCrestDb + 2.0);  // the loudest second over the mean
    COMPARE_NEAR(analyze({saw}).dynamics.shortTermCrestDb, 4.7712, 0.05);
    const auto pluck = analyze({plucked});
    QVERIFY2(*pluck.dynamics.crestDb > *pluck.dynamics.shortTermCrestDb + 4.0,
             qPrintable(QStringLiteral("%1 / %2").arg(*pluck.dynamics.crestDb).arg(*pluck.dynamics.shortTermCrestDb)));
    // Nothing plays: no figure.
    QVERIFY(!analyze({std::vector<float>(frames, 0.0f)}).dynamics.shortTermCrestDb);
}

// At -50 LUFS a 24-bit stem is close to its noise floor; a float stem is not (it has none
// to speak of): only the fixed-point one is "too quiet".
void TestMeasurements::quietFloatStemIsNotTooQuiet()
{
    const auto x = test::sine(997.0, 0.003, kRate, 10 * 48000);
    QVERIFY(findIssue(analyze({x}, "quiet", kRate, core::SampleEncoding::Pcm24), "too_quiet") != nullptr);
    QVERIFY(findIssue(analyze({x}, "quiet", kRate, core::SampleEncoding::Float32), "too_quiet") == nullptr);
}

void TestMeasurements::dcOffsetIsMeasuredAndFlagged()
{
    auto x = test::sine(440.0, 0.25, kRate, 96000);
    for (float& v : x)
        v += 0.03f;
    const auto p = analyze({x});
    COMPARE_NEAR(p.dynamics.dcOffset, 0.03, 1e-4);
    const auto* issue = findIssue(p, "dc_offset");
    QVERIFY(issue != nullptr);
    QCOMPARE(issue->severity, core::Severity::Medium);
}

void TestMeasurements::dynamicRangeIsTheSpreadOfShortTermLevels()
{
    // 15 s of noise at one level, 15 s 20 dB lower: the 95th and 10th percentiles of the
    // 3 s RMS windows sit on the two plateaus.
    auto loud = test::whiteNoise(0.3, 15 * 48000, 3);
    auto quiet = scaled(test::whiteNoise(0.3, 15 * 48000, 4), 0.1f);
    loud.insert(loud.end(), quiet.begin(), quiet.end());
    const auto p = analyze({loud});
    COMPARE_NEAR(p.dynamics.dynamicRangeDb, 20.0, 0.5);
}

void TestMeasurements::silenceHasNoLevelsAndIsFlagged()
{
    const auto p = analyze({std::vector<float>(48000, 0.0f), std::vector<float>(48000, 0.0f)});
    QVERIFY(!p.dynamics.peakDbfs);
    QVERIFY(!p.dynamics.rmsDbfs);
    QVERIFY(!p.dynamics.crestDb);
    QVERIFY(!p.spectrum.centroidHz);
    QVERIFY(!p.stereo.correlation);
    QVERIFY(p.spectrum.ltasDb.empty());
    QVERIFY(findIssue(p, "silent") != nullptr);
    QCOMPARE(p.patterns.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(p.patterns[0].tag), QStringLiteral("silent"));
}

void TestMeasurements::leadingAndTrailingSilence()
{
    std::vector<float> x(48000, 0.0f);
    const auto tone = test::sine(440.0, 0.5, kRate, 96000);
    x.insert(x.end(), tone.begin(), tone.end());
    x.resize(x.size() + 3 * 48000, 0.0f);
    const auto p = analyze({x});
    COMPARE_NEAR(p.dynamics.leadingSilenceS, 1.0, 0.001);
    COMPARE_NEAR(p.dynamics.trailingSilenceS, 3.0, 0.001);
}

void TestMeasurements::nonFiniteSamplesAreCountedAndNeutralised()
{
    auto x = test::sine(440.0, 0.5, kRate, 48000);
    x[10] = std::numeric_limits<float>::quiet_NaN();
    x[20] = std::numeric_limits<float>::infinity();
    x[30] = -std::numeric_limits<float>::infinity();
    // So are magnitudes of 2^20 (+120.4 dBFS) and beyond, which no recording reaches: a stem of
    // 1e30 read +600 dBTP, clipping and DC, and turned the session's sum into infinities.
    x[40] = 1e30f;
    x[50] = -1048576.0f;
    const auto p = analyze({x});
    QCOMPARE(p.dynamics.nonFiniteSamples, std::int64_t{5});
    QVERIFY(std::isfinite(*p.dynamics.rmsDbfs));
    COMPARE_NEAR(p.dynamics.peakDbfs, -6.02, 0.01);
    QVERIFY(findIssue(p, "non_finite_samples") != nullptr);
    // A float stem far over full scale but short of that is measured as it is (+114 dBFS).
    auto hot = test::sine(440.0, 0.5, kRate, 48000);
    hot[100] = 500000.0f;
    const auto over = analyze({hot});
    QCOMPARE(over.dynamics.nonFiniteSamples, std::int64_t{0});
    COMPARE_NEAR(over.dynamics.peakDbfs, 20.0 * std::log10(500000.0), 0.01);
    QVERIFY(findIssue(over, "non_finite_samples") == nullptr);
}

void TestMeasurements::stereoCases()
{
    const auto a = test::whiteNoise(0.3, 5 * 48000, 1);
    const auto b = test::whiteNoise(0.3, 5 * 48000, 2);
    const std::vector<float> silent(a.size(), 0.0f);

    const auto identical = analyze({a, a});
    COMPARE_NEAR(identical.stereo.correlation, 1.0, 1e-6);
    COMPARE_NEAR(identical.stereo.width, 0.0, 1e-6);
    COMPARE_NEAR(identical.stereo.balanceDb, 0.0, 1e-6);
    COMPARE_NEAR(identical.stereo.monoLossDb, 0.0, 1e-6);

    const auto inverted = analyze({a, scaled(a, -1.0f)});
    COMPARE_NEAR(inverted.stereo.correlation, -1.0, 1e-6);
    QCOMPARE(*inverted.stereo.width, core::StereoAnalyzer::kMaxWidth);
    QCOMPARE(*inverted.stereo.monoLossDb, core::StereoAnalyzer::kMaxMonoLossDb);
    QVERIFY(findIssue(inverted, "phase_correlation") != nullptr);

    const auto uncorrelated = analyze({a, b});
    COMPARE_NEAR(uncorrelated.stereo.correlation, 0.0, 0.02);
    COMPARE_NEAR(uncorrelated.stereo.width, 1.0, 0.04);
    COMPARE_NEAR(uncorrelated.stereo.monoLossDb, 3.0103, 0.1);

    const auto left = analyze({a, silent});
    QCOMPARE(*left.stereo.balanceDb, core::StereoAnalyzer::kMaxBalanceDb);
    QVERIFY(!left.stereo.correlation);

    const auto leftLouder = analyze({a, scaled(a, 0.5f)});
    COMPARE_NEAR(leftLouder.stereo.balanceDb, 6.0206, 0.001);
    COMPARE_NEAR(leftLouder.stereo.correlation, 1.0, 1e-6);
}

// dsp/stereofigures.h on sums whose figures follow by hand: the one computation behind the
// analyzer, the live meter and the session's measured sum.
void TestMeasurements::stereoFiguresFromSums()
{
    // Identical channels: M² = Σ L², S² = 0.
    auto f = core::stereoFigures({4.0, 4.0, 4.0});
    COMPARE_NEAR(f.correlation, 1.0, 1e-12);
    COMPARE_NEAR(f.width, 0.0, 1e-12);
    COMPARE_NEAR(f.monoLossDb, 0.0, 1e-12);
    COMPARE_NEAR(f.balanceDb, 0.0, 1e-12);
    // Uncorrelated, equal level: width 1, 3.01 dB lost in mono.
    f = core::stereoFigures({2.0, 2.0, 0.0});
    COMPARE_NEAR(f.correlation, 0.0, 1e-12);
    COMPARE_NEAR(f.width, 1.0, 1e-12);
    COMPARE_NEAR(f.monoLossDb, 10.0 * std::log10(2.0), 1e-12);
    // Inverted: M vanishes exactly; width and mono loss at their caps.
    f = core::stereoFigures({3.0, 3.0, -3.0});
    COMPARE_NEAR(f.correlation, -1.0, 1e-12);
    COMPARE_NEAR(f.width, core::kMaxStereoWidth, 0.0);
    COMPARE_NEAR(f.monoLossDb, core::kMaxMonoLossDb, 0.0);
    // Left 6.02 dB louder, in phase: balance + 6.02, correlation 1.
    f = core::stereoFigures({4.0, 1.0, 2.0});
    COMPARE_NEAR(f.balanceDb, 10.0 * std::log10(4.0), 1e-12);
    COMPARE_NEAR(f.correlation, 1.0, 1e-12);
    // One channel silent: no correlation, balance at its cap; both silent: nothing at all.
    f = core::stereoFigures({1.0, 0.0, 0.0});
    QVERIFY(!f.correlation);
    COMPARE_NEAR(f.balanceDb, core::kMaxBalanceDb, 0.0);
    f = core::stereoFigures({});
    QVERIFY(!f.correlation && !f.width && !f.monoLossDb && !f.balanceDb);
    // The live meter's floor: sums at or below it are silence.
    f = core::stereoFigures({1e-21, 1e-21, 1e-21}, 1e-20);
    QVERIFY(!f.correlation && !f.width);
    // Rounding cannot push the correlation past ±1.
    COMPARE_NEAR(core::stereoCorrelation({1.0, 1.0, 1.0 + 1e-15}), 1.0, 0.0);
}

// util/stats.h, the one percentile of core (levels, tonal, spectrum, rules): rank q·(n − 1),
// linear between the two neighbouring ranks.
void TestMeasurements::percentileInterpolatesBetweenRanks()
{
    const std::vector<double> sorted{1.0, 2.0, 4.0, 8.0, 16.0};
    QCOMPARE(core::percentileOfSorted(sorted, 0.0), 1.0);
    QCOMPARE(core::percentileOfSorted(sorted, 0.5), 4.0);
    QCOMPARE(core::percentileOfSorted(sorted, 1.0), 16.0);
    COMPARE_NEAR(core::percentileOfSorted(sorted, 0.1), 1.4, 1e-12);   // rank 0.4
    COMPARE_NEAR(core::percentileOfSorted(sorted, 0.95), 14.4, 1e-12); // rank 3.8
    QCOMPARE(core::percentileOfSorted(sorted, 1.5), 16.0);             // q clamped to 0..1
    QCOMPARE(core::percentileOfSorted({}, 0.5), 0.0);
    std::vector<double> unsorted{16.0, 1.0, 8.0, 2.0, 4.0};
    COMPARE_NEAR(core::percentile(unsorted, 0.95), 14.4, 1e-12);       // sorts first
    QVERIFY(std::is_sorted(unsorted.begin(), unsorted.end()));
}

void TestMeasurements::lowEndPhaseTroubleIsFlagged()
{
    // A 50 Hz bass in opposite polarity on the two sides, over shared (in-phase) high content.
    const auto bassL = test::sine(50.0, 0.4, kRate, 5 * 48000);
    const auto top = test::sine(3000.0, 0.2, kRate, 5 * 48000);
    std::vector<float> l(bassL.size()), r(bassL.size());
    for (std::size_t i = 0; i < l.size(); ++i) {
        l[i] = bassL[i] + top[i];
        r[i] = -bassL[i] + top[i];
    }
    const auto p = analyze({l, r});
    const auto& bands = p.stereo.lowBandCorrelation;
    QCOMPARE(bands.size(), std::size_t{3});
    QVERIFY(bands[0].correlation.has_value());
    COMPARE_NEAR(bands[0].correlation, -1.0, 0.05);
    QVERIFY(findIssue(p, "low_end_phase") != nullptr || findIssue(p, "phase_correlation") != nullptr);

    // The reverse: an in-phase bass under loud anti-phase content at 1.5 kHz, which the
    // decimation to ~1.6 kHz would fold down to 100 Hz if it leaked through.
    const auto mids = test::sine(1500.0, 0.4, kRate, 5 * 48000);
    for (std::size_t i = 0; i < l.size(); ++i) {
        l[i] = 0.3f * bassL[i] + mids[i];
        r[i] = 0.3f * bassL[i] - mids[i];
    }
    const auto q = analyze({l, r});
    QVERIFY(q.stereo.lowBandCorrelation[0].correlation.has_value());
    COMPARE_NEAR(q.stereo.lowBandCorrelation[0].correlation, 1.0, 0.05);
    QVERIFY(!q.stereo.lowBandCorrelation[1].correlation || *q.stereo.lowBandCorrelation[1].correlation > 0.5);
}

// A wide pad: two decorrelated sides, the right one taking a little of the left in opposite
// polarity (a widener's cross-feed): correlation -0.15/sqrt(1.0225) = -0.148, a 3.7 dB mono
// loss, the low end no more opposed than the rest. Wide, not inverted: a low note about mono,
// no polarity alarm (issue 17: a polarity alarm at -0.07 was top priority).
void TestMeasurements::widePadIsNotInverted()
{
    const auto a = test::whiteNoise(0.3, 6 * 48000, 5);
    const auto b = test::whiteNoise(0.3, 6 * 48000, 6);
    std::vector<float> r(a.size());
    for (std::size_t i = 0; i < r.size(); ++i)
        r[i] = b[i] - 0.15f * a[i];
    const auto p = analyze({a, r});
    COMPARE_NEAR(p.stereo.correlation, -0.15 / std::sqrt(1.0225), 0.02);
    COMPARE_NEAR(p.stereo.monoLossDb, 10.0 * std::log10(1.01125 / 0.430625), 0.15);
    QCOMPARE(core::judgeStereo(p.stereo), core::StereoVerdict::Wide);
    QVERIFY(findIssue(p, "phase_correlation") == nullptr);
    const auto* note = findIssue(p, "mono_compatibility");
    QVERIFY(note != nullptr);
    QCOMPARE(note->severity, core::Severity::Low);
}

// A stereo recording whose low end is common to both sides (a 60 Hz tone, as any pair of mics
// hears a bass) under decorrelated noise (uniform, ±0.8: power 0.213), with the right channel
// flipped: the whole track correlates only -0.045 / (0.045 + 0.213) = -0.17 (the noise hides
// it), but the low end is -1: inverted. Unflipped it is wide (+0.17), not inverted.
void TestMeasurements::flippedChannelOfADecorrelatedSourceIsInverted()
{
    const auto low = test::sine(60.0, 0.3, kRate, 6 * 48000);
    const auto a = test::whiteNoise(0.8, 6 * 48000, 7);
    const auto b = test::whiteNoise(0.8, 6 * 48000, 8);
    std::vector<float> l(a.size()), r(a.size());
    for (std::size_t i = 0; i < l.size(); ++i) {
        l[i] = low[i] + a[i];
        r[i] = low[i] + b[i];
    }
    const auto natural = analyze({l, r});
    COMPARE_NEAR(natural.stereo.correlation, 0.045 / (0.045 + 0.64 / 3.0), 0.02);
    QCOMPARE(core::judgeStereo(natural.stereo), core::StereoVerdict::Wide);
    COMPARE_NEAR(natural.stereo.lowBandCorrelation[0].correlation, 1.0, 0.05);
    const auto flipped = analyze({l, scaled(r, -1.0f)});
    COMPARE_NEAR(flipped.stereo.correlation, -0.045 / (0.045 + 0.64 / 3.0), 0.02);
    COMPARE_NEAR(flipped.stereo.lowBandCorrelation[0].correlation, -1.0, 0.05);
    QCOMPARE(core::judgeStereo(flipped.stereo), core::StereoVerdict::Inverted);
    const auto* issue = findIssue(flipped, "phase_correlation");
    QVERIFY(issue != nullptr);
    QCOMPARE(issue->severity, core::Severity::High);
    QVERIFY(findIssue(flipped, "low_end_phase") == nullptr);  // one finding, not two
}

void TestMeasurements::sineSpectrum()
{
    const auto p = analyze({test::sine(1000.0, 0.5, kRate, 10 * 48000)});
    QVERIFY(!p.spectrum.dominant.empty());
    COMPARE_NEAR(p.spectrum.dominant[0].frequencyHz, 1000.0, 0.5);
    COMPARE_NEAR(p.spectrum.centroidHz, 1000.0, 5.0);
    COMPARE_NEAR(bandShare(p, core::Band::Mids), 1.0, 1e-3);
    // The band level is the band's signal power: a sine of amplitude 0.5 is -9.03 dB.
    COMPARE_NEAR(p.spectrum.bands[static_cast<std::size_t>(core::Band::Mids)].levelDb, -9.03, 0.2);
    QVERIFY(!p.spectrum.ltasDb.empty());
    QVERIFY(*std::min_element(p.spectrum.ltasDb.begin(), p.spectrum.ltasDb.end()) >= -150.0);
    QVERIFY(*p.spectrum.flatness < 0.05);
}

void TestMeasurements::whiteNoiseBandSharesFollowBandwidth()
{
    const auto p = analyze({test::whiteNoise(0.3, 20 * 48000, 9)});
    const double total = 20000.0 - 20.0;
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        const double expected = (core::kBands[b].highHz - core::kBands[b].lowHz) / total;
        QVERIFY2(std::abs(p.spectrum.bands[b].share - expected) < 0.1 * expected + 0.002,
                 qPrintable(QStringLiteral("%1: %2, expected %3").arg(QLatin1String(core::kBands[b].key))
                                .arg(p.spectrum.bands[b].share).arg(expected)));
    }
    COMPARE_NEAR(p.spectrum.centroidHz, 10010.0, 150.0);
    QVERIFY(*p.spectrum.flatness > 0.9);
    QVERIFY(p.spectrum.resonances.empty());
}

void TestMeasurements::resonanceOfAPeakingFilterIsFound()
{
    auto x = test::whiteNoise(0.1, 20 * 48000, 5);
    core::Biquad peak(core::Biquad::Kind::Peak, kRate, 800.0, 8.0, 15.0);
    for (float& v : x)
        v = static_cast<float>(peak.process(v));
    const auto p = analyze({x});
    QVERIFY(!p.spectrum.resonances.empty());
    const auto& r = p.spectrum.resonances[0];
    COMPARE_NEAR(r.frequencyHz, 800.0, 8.0);
    QVERIFY2(r.gainDb > 8.0 && r.gainDb < 18.0, qPrintable(QString::number(r.gainDb)));
    QVERIFY2(r.q > 4.0 && r.q < 40.0, qPrintable(QString::number(r.q)));
    QVERIFY(findIssue(p, "resonance") != nullptr);
}

void TestMeasurements::bandsSumToOne()
{
    auto x = test::whiteNoise(0.2, 5 * 48000, 6);
    const auto s = test::sine(80.0, 0.5, kRate, x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] += s[i];
    for (double rate : {44100.0, 22050.0}) {
        const auto p = analyze({x}, "mix", rate);
        double sum = 0.0;
        for (const auto& b : p.spectrum.bands)
            sum += b.share;
        COMPARE_NEAR(sum, 1.0, 1e-9);
    }
}

void TestMeasurements::trackTypeFromNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("vox") << "Lead Vox_03" << "vocals";
    QTest::newRow("camel") << "LeadVocal" << "vocals";
    QTest::newRow("bd") << "BD" << "kick";
    QTest::newRow("bass drum") << "Bass Drum 2" << "kick";
    QTest::newRow("sub") << "Sub Bass" << "bass";
    QTest::newRow("overheads") << "OH L" << "drums";
    QTest::newRow("hats") << "Hi-Hats" << "hats";
    QTest::newRow("master") << "Song_Mix_v2_master" << "mix";
    QTest::newRow("piano") << "Grand Piano" << "keys";
    QTest::newRow("pad") << "Warm Pad" << "pad";
    QTest::newRow("synth lead") << "Lead Synth" << "synth";
    QTest::newRow("ep") << "EP" << "keys";
    QTest::newRow("glock") << "Glock_02" << "keys";
    QTest::newRow("tenor sax") << "Tenor Sax" << "winds";
    QTest::newRow("lead sax") << "Lead Sax" << "winds";
    QTest::newRow("flute") << "Flute" << "winds";
    QTest::newRow("horns") << "Horns Bus" << "winds";
    QTest::newRow("bass clarinet") << "Bass Clarinet" << "winds";
    QTest::newRow("harp") << "Harp" << "strings";
    QTest::newRow("congas") << "Congas" << "drums";
    QTest::newRow("banjo") << "Banjo" << "guitar";
    QTest::newRow("alto says nothing") << "Alto" << "";
    QTest::newRow("harpsichord is not a harp") << "Harpsichord" << "keys";
    QTest::newRow("unknown") << "Untitled 3" << "";
}

void TestMeasurements::trackTypeFromNames()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    const auto guessed = core::trackTypeFromName(name.toStdString());
    QCOMPARE(QString::fromStdString(guessed.value_or("")), type);
}

void TestMeasurements::userTypeWins()
{
    QTemporaryDir dir;
    const auto path = std::filesystem::path(dir.path().toStdString()) / "Kick.wav";
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(60, 0.5, kRate, 48000)})), QString());
    core::AnalysisOptions options;
    options.typeOverride = "bass";
    const auto p = core::analyzeFile(path, options);
    QVERIFY(p.ok());
    QCOMPARE(QString::fromStdString(p.value().type), QStringLiteral("bass"));
    QCOMPARE(QString::fromStdString(p.value().typeSource), QStringLiteral("user"));
    const auto byName = core::analyzeFile(path);
    QCOMPARE(QString::fromStdString(byName.value().type), QStringLiteral("kick"));
    QCOMPARE(QString::fromStdString(byName.value().typeSource), QStringLiteral("name"));
}

void TestMeasurements::scoreIsTheSumOfItsBreakdown()
{
    // The same 100 Hz tone, clean and driven 6 dB into a hard clip.
    auto clipped = test::sine(100.0, 2.0, kRate, 48000 * 3);
    for (float& v : clipped)
        v = std::clamp(v, -1.0f, 1.0f);
    const auto clean = analyze({test::sine(100.0, 0.5, kRate, 48000 * 3)});
    const auto hot = analyze({clipped});
    for (const auto* p : {&clean, &hot}) {
        double sum = 0.0;
        for (const auto& item : p->scoreBreakdown)
            sum += item.points;
        COMPARE_NEAR(p->qualityScore, std::clamp(sum, 0.0, 100.0), 1e-9);
        QVERIFY(p->qualityScore >= 0.0 && p->qualityScore <= 100.0);
    }
    QVERIFY2(hot.qualityScore <= clean.qualityScore - 20.0,
             qPrintable(QStringLiteral("clipped %1, clean %2").arg(hot.qualityScore).arg(clean.qualityScore)));
}

void TestMeasurements::demoSessionReadsAsBuilt()
{
    QTemporaryDir dir;
    const auto written = core::writeDemoSession(dir.path().toStdString());
    QVERIFY(written.ok());
    const auto results = core::analyzeFiles(written.value());
    std::map<std::string, core::TrackProfile> byName;
    for (const auto& r : results) {
        QVERIFY2(r.profile != nullptr, r.error.c_str());
        byName[r.profile->name] = *r.profile;
    }
    auto hasTag = [](const core::TrackProfile& p, const char* tag) {
        return std::any_of(p.patterns.begin(), p.patterns.end(), [tag](const auto& t) { return t.tag == tag; });
    };
    const auto& kick = byName.at("Kick");
    QCOMPARE(QString::fromStdString(kick.type), QStringLiteral("kick"));
    COMPARE_NEAR(kick.rhythm.tempoBpm, 120.0, 1.2);
    QVERIFY(hasTag(kick, "rhythmic") && hasTag(kick, "percussive"));
    // Cross-checked with `ffmpeg -af ebur128=peak=true`: I -18.1 LUFS, true peak -2.4 dBTP.
    COMPARE_NEAR(kick.loudness.integratedLufs, -18.06, 0.1);
    COMPARE_NEAR(kick.loudness.truePeakDbtp, -2.43, 0.1);
    COMPARE_NEAR(kick.dynamics.peakDbfs, -3.0, 0.01);

    const auto& hats = byName.at("Hi-Hats");
    COMPARE_NEAR(hats.rhythm.tempoBpm, 120.0, 1.2);
    QVERIFY(hasTag(hats, "percussive"));
    QVERIFY(*hats.stereo.balanceDb < -3.0);  // panned right
    QVERIFY(bandShare(hats, core::Band::Highs) + bandShare(hats, core::Band::Air) > 0.9);

    const auto& pad = byName.at("Pad");
    QVERIFY(!pad.rhythm.tempoBpm);
    QVERIFY(hasTag(pad, "sustained"));
    COMPARE_NEAR(pad.stereo.correlation, 0.0, 0.1);  // detuned sides: uncorrelated

    const auto& vocal = byName.at("Lead Vocal");
    QCOMPARE(QString::fromStdString(vocal.type), QStringLiteral("vocals"));
    QVERIFY(findIssue(vocal, "sibilance") != nullptr);
    QVERIFY(*vocal.spectrum.sibilance.peakHz > 5000.0 && *vocal.spectrum.sibilance.peakHz < 9000.0);

    const auto& bass = byName.at("Bass");
    QCOMPARE(QString::fromStdString(bass.tonal.key.value_or("")), QStringLiteral("A minor"));
    QVERIFY(bandShare(bass, core::Band::SubBass) + bandShare(bass, core::Band::Bass) > 0.9);
}

QTEST_GUILESS_MAIN(TestMeasurements)
#include "tst_measurements.moc"
