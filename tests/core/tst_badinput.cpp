// Hostile and broken files: each gets a clear per-file error or a well-defined result —
// never a crash, a hang or a made-up number.
#include "testsignals.h"
#include "tolerance.h"

#include "analysis/sessionanalysis.h"
#include "analysis/trackanalysis.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <random>

using namespace stemwise;

namespace {

std::filesystem::path in(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

void writeBytes(const std::filesystem::path& path, const std::vector<char>& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::vector<char> readBytes(const std::filesystem::path& path)
{
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), {}};
}

bool hasIssue(const core::TrackProfile& p, const char* code)
{
    return std::any_of(p.issues.begin(), p.issues.end(), [code](const auto& i) { return i.code == code; });
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT
private slots:
    void emptyAndNonAudioFilesAreErrorsWithReasons();
    void headerOnlyFileHasNoAudio();
    void truncatedWavIsAnalysedAndFlagged();
    void corruptFlacNeverCrashes();
    void randomBytesUnderAudioNamesAreErrors();
    void allZeroFileIsSilentWithNullFigures();
    void nonFiniteFloatFileIsNeutralised();
    void manyChannelsAndExtremeRates();
    void tinyFileHasNoLoudnessButNoNonsense();
    void oneBadFileDoesNotStopTheSession();
};

void TestBadInput::emptyAndNonAudioFilesAreErrorsWithReasons()
{
    QTemporaryDir dir;
    writeBytes(in(dir, "empty.wav"), {});
    std::ofstream(in(dir, "text.wav")) << "ID3? no, just my notes\n";
    auto empty = core::analyzeFile(in(dir, "empty.wav"));
    QVERIFY(!empty.ok());
    QCOMPARE(QString::fromStdString(empty.error().message), QStringLiteral("is empty (0 bytes)"));
    auto text = core::analyzeFile(in(dir, "text.wav"));
    QVERIFY(!text.ok());
    QVERIFY(text.error().message.starts_with("is not an audio file"));
    auto missing = core::analyzeFile(in(dir, "gone.wav"));
    QVERIFY(!missing.ok());
    QCOMPARE(QString::fromStdString(missing.error().message), QStringLiteral("no such file"));
    // Each reason with its code, so a UI can say it in its own language.
    QCOMPARE(empty.error().code, core::ErrorCode::EmptyFile);
    QCOMPARE(text.error().code, core::ErrorCode::NotAudio);
    QCOMPARE(missing.error().code, core::ErrorCode::NoSuchFile);
    auto folder = core::analyzeFile(dir.path().toStdString());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, core::ErrorCode::IsFolder);
    // The reader's and the folder listing's other wordings, pinned to their codes.
    QCOMPARE(core::fileErrorCode({"no such file or folder"}), core::ErrorCode::NoSuchFile);
    QCOMPARE(core::fileErrorCode({"cannot be accessed: Permission denied"}), core::ErrorCode::NotAccessible);
    QCOMPARE(core::fileErrorCode({"cannot be read: permission denied"}), core::ErrorCode::PermissionDenied);
    QCOMPARE(core::fileErrorCode({"declares 2000 channels, more than the 1024 Stemwise reads"}), core::ErrorCode::TooManyChannels);
    QCOMPARE(core::fileErrorCode({"declares a sample rate of 500 Hz, outside the 1000 Hz to 768000 Hz Stemwise reads"}),
             core::ErrorCode::UnsupportedSampleRate);
    QCOMPARE(core::fileErrorCode({"cannot list the folder: Permission denied"}), core::ErrorCode::None);
    QCOMPARE(core::fileErrorCode({"no such file", core::ErrorCode::Cancelled}), core::ErrorCode::Cancelled);
}

void TestBadInput::headerOnlyFileHasNoAudio()
{
    QTemporaryDir dir;
    const auto path = in(dir, "header-only.wav");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(440, 0.5, 48000, 4800)})), QString());
    auto bytes = readBytes(path);
    std::filesystem::resize_file(path, 44);  // RIFF header with the data chunk header only
    auto result = core::analyzeFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.find("truncated") != std::string::npos
                 || result.error().message.find("no audio") != std::string::npos,
             result.error().message.c_str());
    QVERIFY(result.error().code == core::ErrorCode::Truncated || result.error().code == core::ErrorCode::NoAudio);
}

void TestBadInput::truncatedWavIsAnalysedAndFlagged()
{
    QTemporaryDir dir;
    const auto path = in(dir, "cut.wav");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(440, 0.5, 48000, 96000)}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm16)),
             QString());
    std::filesystem::resize_file(path, 44 + 2 * 48000);  // half of it
    auto result = core::analyzeFile(path);
    QVERIFY(result.ok());
    QCOMPARE(result.value().framesMissing, std::int64_t{48000});
    QCOMPARE(result.value().file.format.frames, std::int64_t{48000});
    QVERIFY(hasIssue(result.value(), "truncated"));
}

void TestBadInput::corruptFlacNeverCrashes()
{
    QTemporaryDir dir;
    const auto path = in(dir, "corrupt.flac");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::whiteNoise(0.5, 5 * 48000, 2)}, core::FileType::Flac,
                                                     core::SampleEncoding::Pcm16)),
             QString());
    auto bytes = readBytes(path);
    std::mt19937 rng(7);
    for (std::size_t i = bytes.size() / 3; i < bytes.size() * 2 / 3; i += 97)
        bytes[i] = static_cast<char>(rng());
    writeBytes(path, bytes);
    auto result = core::analyzeFile(path);  // an error or a profile, both fine; a crash is not
    if (result.ok()) {
        QVERIFY(result.value().file.format.frames <= 5 * 48000);
        QVERIFY(!result.value().dynamics.peakDbfs || std::isfinite(*result.value().dynamics.peakDbfs));
    } else {
        QVERIFY(!result.error().message.empty());
    }
}

void TestBadInput::randomBytesUnderAudioNamesAreErrors()
{
    QTemporaryDir dir;
    std::mt19937 rng(3);
    for (const char* name : {"noise.flac", "noise.ogg", "noise.mp3", "noise.aiff", "noise.wav"}) {
        std::vector<char> bytes(70000);
        for (char& b : bytes)
            b = static_cast<char>(rng());
        writeBytes(in(dir, name), bytes);
        auto result = core::analyzeFile(in(dir, name));
        QVERIFY2(!result.ok(), name);
        QVERIFY(!result.error().message.empty());
    }
}

void TestBadInput::allZeroFileIsSilentWithNullFigures()
{
    QTemporaryDir dir;
    const auto path = in(dir, "zeros.wav");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {std::vector<float>(96000, 0.0f), std::vector<float>(96000, 0.0f)})),
             QString());
    auto result = core::analyzeFile(path);
    QVERIFY(result.ok());
    const auto& p = result.value();
    QVERIFY(!p.loudness.integratedLufs);
    QVERIFY(!p.loudness.truePeakDbtp);
    QVERIFY(!p.dynamics.peakDbfs);
    QVERIFY(!p.rhythm.tempoBpm);
    QVERIFY(!p.tonal.key);
    QVERIFY(!p.tonal.f0MedianHz);
    QVERIFY(hasIssue(p, "silent"));
}

void TestBadInput::nonFiniteFloatFileIsNeutralised()
{
    QTemporaryDir dir;
    const auto path = in(dir, "nan.wav");
    std::vector<float> x(48000, std::numeric_limits<float>::quiet_NaN());
    const auto tone = test::sine(440, 0.5, 48000, 48000);
    x.insert(x.end(), tone.begin(), tone.end());
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {x}, core::FileType::Wav, core::SampleEncoding::Float32)),
             QString());
    auto result = core::analyzeFile(path);
    QVERIFY(result.ok());
    const auto& p = result.value();
    QCOMPARE(p.dynamics.nonFiniteSamples, std::int64_t{48000});
    QVERIFY(std::isfinite(*p.dynamics.rmsDbfs));
    QVERIFY(!p.loudness.integratedLufs || std::isfinite(*p.loudness.integratedLufs));
    QVERIFY(hasIssue(p, "non_finite_samples"));
}

void TestBadInput::manyChannelsAndExtremeRates()
{
    QTemporaryDir dir;
    test::Planar many;
    for (int c = 0; c < 64; ++c)
        many.push_back(test::sine(100.0 * (c + 1), 0.1, 48000, 48000));
    QCOMPARE(QString::fromStdString(test::writeAudio(in(dir, "64ch.w64"), many, core::FileType::Wav64)), QString());
    auto wide = core::analyzeFile(in(dir, "64ch.w64"));
    QVERIFY(wide.ok());
    QCOMPARE(wide.value().dynamics.channels.size(), std::size_t{64});
    QVERIFY(wide.value().stereo.isStereo);

    for (double rate : {8000.0, 11025.0, 384000.0}) {
        const auto path = in(dir, "rate.wav");
        QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(440, 0.5, rate, static_cast<std::size_t>(rate * 2))},
                                                         core::FileType::Wav, core::SampleEncoding::Pcm24, rate)),
                 QString());
        auto result = core::analyzeFile(path);
        QVERIFY(result.ok());
        COMPARE_NEAR(result.value().dynamics.peakDbfs, -6.02, 0.01);
        double sum = 0.0;
        for (const auto& b : result.value().spectrum.bands)
            sum += b.share;
        QVERIFY2(std::abs(sum - 1.0) < 1e-6, qPrintable(QString::number(rate)));
    }
}

void TestBadInput::tinyFileHasNoLoudnessButNoNonsense()
{
    QTemporaryDir dir;
    const auto path = in(dir, "tiny.wav");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(440, 0.5, 48000, 10)})), QString());
    auto result = core::analyzeFile(path);
    QVERIFY(result.ok());
    const auto& p = result.value();
    QCOMPARE(p.file.format.frames, std::int64_t{10});
    QVERIFY(!p.loudness.integratedLufs);  // shorter than one 400 ms gating block
    QVERIFY(!p.rhythm.tempoBpm);
    QVERIFY(p.qualityScore >= 0.0 && p.qualityScore <= 100.0);
}

void TestBadInput::oneBadFileDoesNotStopTheSession()
{
    QTemporaryDir dir;
    QCOMPARE(QString::fromStdString(test::writeAudio(in(dir, "a.wav"), {test::sine(440, 0.5, 48000, 48000)})), QString());
    writeBytes(in(dir, "b.wav"), {});
    QCOMPARE(QString::fromStdString(test::writeAudio(in(dir, "c.wav"), {test::sine(220, 0.5, 48000, 48000)})), QString());
    std::atomic<int> done{0};
    core::SessionAnalysisCallbacks callbacks;
    callbacks.fileDone = [&done](std::size_t, const core::FileAnalysisResult&) { ++done; };
    const auto results = core::analyzeFiles({in(dir, "a.wav"), in(dir, "b.wav"), in(dir, "c.wav")}, {}, callbacks);
    QCOMPARE(results.size(), std::size_t{3});
    QVERIFY(results[0].profile != nullptr);
    QVERIFY(results[1].profile == nullptr);
    QCOMPARE(QString::fromStdString(results[1].error), QStringLiteral("is empty (0 bytes)"));
    QVERIFY(results[2].profile != nullptr);
    QCOMPARE(done.load(), 3);

    std::atomic<bool> cancel{true};
    const auto cancelled = core::analyzeFiles({in(dir, "a.wav"), in(dir, "c.wav")}, {}, {}, &cancel);
    for (const auto& r : cancelled) {
        QCOMPARE(QString::fromStdString(r.error), QStringLiteral("cancelled"));
        QCOMPARE(r.errorCode, core::ErrorCode::Cancelled);  // a UI says it in its language
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
