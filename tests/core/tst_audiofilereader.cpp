// AudioFileReader and collectAudioFiles: format facts, sample round trips and every kind of
// bad input a user can hand us, each with a clear reason.
#include "testsignals.h"

#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "audio/mixdown.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace stemwise;
using core::FileType;
using core::SampleEncoding;

Q_DECLARE_METATYPE(core::FileType)
Q_DECLARE_METATYPE(core::SampleEncoding)

namespace {

std::filesystem::path pathIn(const QTemporaryDir& dir, const char* name)
{
    return std::filesystem::path(dir.path().toStdString()) / name;
}

// Reads the whole file in blocks of `block` frames.
test::Planar readAll(core::AudioFileReader& reader, std::size_t block)
{
    const auto channels = static_cast<std::size_t>(reader.info().format.channels);
    test::Planar out(channels);
    std::vector<std::vector<float>> buffers(channels, std::vector<float>(block));
    std::vector<float*> pointers;
    for (auto& b : buffers)
        pointers.push_back(b.data());
    for (;;) {
        const std::size_t got = reader.read(pointers, block);
        for (std::size_t c = 0; c < channels; ++c)
            out[c].insert(out[c].end(), buffers[c].begin(), buffers[c].begin() + static_cast<std::ptrdiff_t>(got));
        if (got < block)
            break;
    }
    return out;
}

double rmsDb(const std::vector<float>& x)
{
    double sum = 0;
    for (float v : x)
        sum += static_cast<double>(v) * v;
    return 10.0 * std::log10(sum / static_cast<double>(x.size()));
}

}  // namespace

class TestAudioFileReader : public QObject {
    Q_OBJECT
private slots:
    void readsFormatFactsAndSamples_data();
    void readsFormatFactsAndSamples();
    void readsManyChannelsAndOddRates();
    void floatFilesKeepOversAndNonFiniteValues();
    void keepsTheInterleavedFramesOfAOnePieceRead();
    void reportsEmptyFile();
    void reportsTextFileRenamedWav();
    void reportsMissingFile();
    void reportsFolder();
    void rejectsAbsurdSampleRate();
    void truncatedFileReportsMissingFrames();
    void rewindStartsOver();
    void collectsFolderSortedAndNonRecursive();
    void collectsNothingTwiceThroughLinkLoops();
    void namesTheSessionAfterItsFolder();
    void mixdownSumsAtUnityAndConvertsOtherRates();
};

void TestAudioFileReader::readsFormatFactsAndSamples_data()
{
    QTest::addColumn<FileType>("type");
    QTest::addColumn<SampleEncoding>("encoding");
    QTest::addColumn<double>("rate");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("encodingName");
    QTest::addColumn<int>("bits");
    QTest::addColumn<double>("maxError");  // < 0: lossy, compare RMS instead

    QTest::newRow("wav-u8") << FileType::Wav << SampleEncoding::PcmU8 << 44100.0 << "WAV" << "PCM_U8" << 8 << 1.0 / 128;
    QTest::newRow("wav-16") << FileType::Wav << SampleEncoding::Pcm16 << 44100.0 << "WAV" << "PCM_16" << 16 << 1.0 / 32768;
    QTest::newRow("wav-24") << FileType::Wav << SampleEncoding::Pcm24 << 48000.0 << "WAV" << "PCM_24" << 24 << 1.0 / 8388608;
    QTest::newRow("wav-32") << FileType::Wav << SampleEncoding::Pcm32 << 96000.0 << "WAV" << "PCM_32" << 32 << 1e-7;
    QTest::newRow("wav-float") << FileType::Wav << SampleEncoding::Float32 << 48000.0 << "WAV" << "FLOAT" << 32 << 0.0;
    QTest::newRow("wav-double") << FileType::Wav << SampleEncoding::Float64 << 192000.0 << "WAV" << "DOUBLE" << 64 << 0.0;
    QTest::newRow("w64-24") << FileType::Wav64 << SampleEncoding::Pcm24 << 48000.0 << "W64" << "PCM_24" << 24 << 1.0 / 8388608;
    QTest::newRow("rf64-float") << FileType::Rf64 << SampleEncoding::Float32 << 48000.0 << "RF64" << "FLOAT" << 32 << 0.0;
    QTest::newRow("aiff-16") << FileType::Aiff << SampleEncoding::Pcm16 << 44100.0 << "AIFF" << "PCM_16" << 16 << 1.0 / 32768;
    QTest::newRow("aiff-24") << FileType::Aiff << SampleEncoding::Pcm24 << 88200.0 << "AIFF" << "PCM_24" << 24 << 1.0 / 8388608;
    QTest::newRow("flac-16") << FileType::Flac << SampleEncoding::Pcm16 << 44100.0 << "FLAC" << "PCM_16" << 16 << 1.0 / 32768;
    QTest::newRow("flac-24") << FileType::Flac << SampleEncoding::Pcm24 << 96000.0 << "FLAC" << "PCM_24" << 24 << 1.0 / 8388608;
    QTest::newRow("ogg-vorbis") << FileType::OggVorbis << SampleEncoding::Compressed << 44100.0 << "OGG" << "VORBIS" << 0 << -1.0;
    QTest::newRow("ogg-opus") << FileType::OggOpus << SampleEncoding::Compressed << 48000.0 << "OGG" << "OPUS" << 0 << -1.0;
}

void TestAudioFileReader::readsFormatFactsAndSamples()
{
    QFETCH(FileType, type);
    QFETCH(SampleEncoding, encoding);
    QFETCH(double, rate);
    QFETCH(QString, container);
    QFETCH(QString, encodingName);
    QFETCH(int, bits);
    QFETCH(double, maxError);

    QTemporaryDir dir;
    const auto path = pathIn(dir, "tone.audio");
    const auto frames = static_cast<std::size_t>(rate);  // one second
    const test::Planar written{test::sine(997.0, 0.5, rate, frames), test::sine(1499.0, 0.25, rate, frames)};
    QCOMPARE(QString::fromStdString(test::writeAudio(path, written, type, encoding, rate)), QString());

    auto reader = core::AudioFileReader::open(path);
    QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().message.c_str());
    const auto& info = reader.value()->info();
    QCOMPARE(info.format.sampleRateHz, rate);
    QCOMPARE(info.format.channels, 2);
    QCOMPARE(QString::fromStdString(info.container), container);
    QCOMPARE(QString::fromStdString(info.encoding), encodingName);
    QCOMPARE(info.bitsPerSample, bits);
    QVERIFY(!info.encodingName.empty());

    const auto read = readAll(*reader.value(), 1000);  // a block size that does not divide the length
    if (maxError >= 0.0) {
        QCOMPARE(info.format.frames, static_cast<std::int64_t>(frames));
        QCOMPARE(read[0].size(), frames);
        for (std::size_t c = 0; c < 2; ++c) {
            double worst = 0;
            for (std::size_t i = 0; i < frames; ++i)
                worst = std::max(worst, static_cast<double>(std::abs(read[c][i] - written[c][i])));
            QVERIFY2(worst <= maxError * 1.0001, qPrintable(QStringLiteral("error %1").arg(worst)));
        }
    } else {
        // Lossy codecs: the length may include encoder padding, the level must survive.
        QVERIFY(std::abs(static_cast<double>(info.format.frames) - static_cast<double>(frames)) < rate * 0.1);
        QVERIFY(std::abs(rmsDb(read[0]) - rmsDb(written[0])) < 0.5);
    }
    QCOMPARE(reader.value()->framesMissing(), std::int64_t{0});
}

void TestAudioFileReader::readsManyChannelsAndOddRates()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "64ch-11025.wav");
    test::Planar written;
    for (int c = 0; c < 64; ++c)
        written.push_back(test::sine(100.0 + 10 * c, 0.1, 11025.0, 5000));
    QCOMPARE(QString::fromStdString(test::writeAudio(path, written, FileType::Wav64, SampleEncoding::Pcm16, 11025.0)),
             QString());
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->info().format.channels, 64);
    QCOMPARE(reader.value()->info().format.sampleRateHz, 11025.0);
    const auto read = readAll(*reader.value(), 777);
    QCOMPARE(read.size(), std::size_t{64});
    QCOMPARE(read[63].size(), std::size_t{5000});
    QVERIFY(std::abs(read[63][100] - written[63][100]) < 1e-4f);
}

void TestAudioFileReader::floatFilesKeepOversAndNonFiniteValues()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "overs.wav");
    std::vector<float> x{0.0f, 1.5f, -2.0f, std::numeric_limits<float>::quiet_NaN(),
                         std::numeric_limits<float>::infinity(), 0.25f};
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {x}, FileType::Wav, SampleEncoding::Float32)), QString());
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(reader.ok());
    QVERIFY(reader.value()->info().isFloat);
    const auto read = readAll(*reader.value(), 4);
    QCOMPARE(read[0][1], 1.5f);
    QCOMPARE(read[0][2], -2.0f);
    QVERIFY(std::isnan(read[0][3]));
    QVERIFY(std::isinf(read[0][4]));
    QCOMPARE(read[0][5], 0.25f);
}

void TestAudioFileReader::keepsTheInterleavedFramesOfAOnePieceRead()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "ramps.wav");
    // Exact in 32-bit float: channel c, frame i holds c + i/1024.
    test::Planar written(2, std::vector<float>(1000));
    for (std::size_t c = 0; c < 2; ++c)
        for (std::size_t i = 0; i < 1000; ++i)
            written[c][i] = static_cast<float>(c) + static_cast<float>(i) / 1024.0f;
    QCOMPARE(QString::fromStdString(test::writeAudio(path, written, FileType::Wav, SampleEncoding::Float32)), QString());
    auto opened = core::AudioFileReader::open(path, 256);
    QVERIFY(opened.ok());
    core::AudioFileReader& reader = *opened.value();
    std::vector<float> left(600), right(600);
    const std::vector<float*> pointers{left.data(), right.data()};

    // One piece (at most the block size): the interleaved frames are those the planar ones came from.
    QCOMPARE(reader.read(pointers, 100), std::size_t{100});
    std::span<const float> interleaved = reader.lastReadInterleaved();
    QCOMPARE(interleaved.size(), std::size_t{200});
    for (std::size_t i = 0; i < 100; ++i) {
        QCOMPARE(interleaved[2 * i], written[0][i]);
        QCOMPARE(interleaved[2 * i + 1], written[1][i]);
        QCOMPARE(left[i], written[0][i]);
        QCOMPARE(right[i], written[1][i]);
    }
    // Several pieces: the buffer holds only the last one, so nothing is offered.
    QCOMPARE(reader.read(pointers, 600), std::size_t{600});
    QVERIFY(reader.lastReadInterleaved().empty());
    QCOMPARE(left[599], written[0][699]);
    // The short read at the end is one piece again.
    QCOMPARE(reader.read(pointers, 256), std::size_t{256});
    QCOMPARE(reader.read(pointers, 256), std::size_t{44});
    interleaved = reader.lastReadInterleaved();
    QCOMPARE(interleaved.size(), std::size_t{88});
    QCOMPARE(interleaved[87], written[1][999]);
}

void TestAudioFileReader::reportsEmptyFile()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "empty.wav");
    std::ofstream(path).close();
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(!reader.ok());
    QCOMPARE(QString::fromStdString(reader.error().message), QStringLiteral("is empty (0 bytes)"));
}

void TestAudioFileReader::reportsTextFileRenamedWav()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "notes.wav");
    std::ofstream(path) << "These are my mix notes, not audio.\n";
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().message.starts_with("is not an audio file"), reader.error().message.c_str());
}

void TestAudioFileReader::reportsMissingFile()
{
    auto reader = core::AudioFileReader::open("/nonexistent/folder/kick.wav");
    QVERIFY(!reader.ok());
    QCOMPARE(QString::fromStdString(reader.error().message), QStringLiteral("no such file"));
}

void TestAudioFileReader::reportsFolder()
{
    QTemporaryDir dir;
    auto reader = core::AudioFileReader::open(dir.path().toStdString());
    QVERIFY(!reader.ok());
    QCOMPARE(QString::fromStdString(reader.error().message), QStringLiteral("is a folder, not an audio file"));
}

void TestAudioFileReader::rejectsAbsurdSampleRate()
{
    // A valid 16-bit mono WAV header that declares 2 Hz: written by hand, as no encoder would.
    QTemporaryDir dir;
    const auto path = pathIn(dir, "2hz.wav");
    std::ofstream out(path, std::ios::binary);
    auto u32 = [&out](std::uint32_t v) { for (int i = 0; i < 4; ++i) out.put(static_cast<char>((v >> (8 * i)) & 0xff)); };
    auto u16 = [&out](std::uint16_t v) { out.put(static_cast<char>(v & 0xff)); out.put(static_cast<char>(v >> 8)); };
    out.write("RIFF", 4); u32(36 + 8); out.write("WAVE", 4);
    out.write("fmt ", 4); u32(16); u16(1); u16(1); u32(2); u32(4); u16(2); u16(16);
    out.write("data", 4); u32(8); u32(0); u32(0);
    out.close();
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().message.find("sample rate of 2 Hz") != std::string::npos, reader.error().message.c_str());
}

void TestAudioFileReader::truncatedFileReportsMissingFrames()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "cut.wav");
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {test::sine(440, 0.5, 48000, 48000)},
                                                     FileType::Wav, SampleEncoding::Pcm16)),
             QString());
    std::filesystem::resize_file(path, 44 + 2 * 30000);  // keep 30000 of 48000 frames
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(reader.ok());
    const auto read = readAll(*reader.value(), 4096);
    QCOMPARE(read[0].size(), std::size_t{30000});
    QCOMPARE(reader.value()->framesMissing(), std::int64_t{18000});
}

void TestAudioFileReader::rewindStartsOver()
{
    QTemporaryDir dir;
    const auto path = pathIn(dir, "r.flac");
    const auto x = test::sine(440, 0.5, 48000, 10000);
    QCOMPARE(QString::fromStdString(test::writeAudio(path, {x}, FileType::Flac, SampleEncoding::Pcm24)), QString());
    auto reader = core::AudioFileReader::open(path);
    QVERIFY(reader.ok());
    const auto first = readAll(*reader.value(), 3000);
    QVERIFY(reader.value()->rewind());
    const auto second = readAll(*reader.value(), 3000);
    QCOMPARE(first, second);
}

void TestAudioFileReader::collectsFolderSortedAndNonRecursive()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    for (const char* name : {"b.wav", "a.FLAC", "c.txt", "d.aiff", "._b.wav", ".take.wav"})
        std::ofstream(root / name) << "x";
    std::filesystem::create_directory(root / "sub");
    std::ofstream(root / "sub" / "e.wav") << "x";
    std::filesystem::create_directory(root / ".hidden");
    std::ofstream(root / ".hidden" / "f.wav") << "x";

    auto flat = core::collectAudioFiles({root});
    QCOMPARE(flat.files.size(), std::size_t{3});
    QCOMPARE(QString::fromStdString(flat.files[0].filename().string()), QStringLiteral("a.FLAC"));
    QCOMPARE(QString::fromStdString(flat.files[2].filename().string()), QStringLiteral("d.aiff"));

    // Hidden files and folders are skipped in a listing (AppleDouble "._b.wav" above), but
    // one named on purpose is read.
    auto deep = core::collectAudioFiles({root, root / "b.wav", root / "missing.wav", root / ".take.wav"}, true);
    QCOMPARE(deep.files.size(), std::size_t{5});  // b.wav named twice, listed once
    QCOMPARE(QString::fromStdString(deep.files.back().filename().string()), QStringLiteral(".take.wav"));
    QCOMPARE(deep.errors.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(deep.errors[0].error), QStringLiteral("no such file or folder"));
}

void TestAudioFileReader::collectsNothingTwiceThroughLinkLoops()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directory(root / "a");
    std::ofstream(root / "a" / "x.wav") << "x";
    std::filesystem::create_directory_symlink(root, root / "a" / "loop");
    auto collected = core::collectAudioFiles({root}, true);
    QCOMPARE(collected.files.size(), std::size_t{1});
}

void TestAudioFileReader::namesTheSessionAfterItsFolder()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    for (const char* folder : {"Night Drive/stems", "Night Drive/STEMS ", "Song/Audio Files", "Song/mixdown", "stems"})
        std::filesystem::create_directories(root / folder);
    std::ofstream(root / "Night Drive/stems/Kick.wav") << "x";
    auto name = [&](std::vector<std::filesystem::path> paths) { return QString::fromStdString(core::sessionNameFromPaths(paths)); };
    // A folder called "stems" (any case) says what it holds: the session is the folder above.
    QCOMPARE(name({root / "Night Drive/stems"}), QStringLiteral("Night Drive"));
    QCOMPARE(name({root / "Night Drive/stems/"}), QStringLiteral("Night Drive"));
    QCOMPARE(name({root / "Night Drive/STEMS "}), QStringLiteral("Night Drive"));
    QCOMPARE(name({root / "Night Drive/stems/Kick.wav", root / "Song/mixdown"}), QStringLiteral("Night Drive"));
    QCOMPARE(name({root / "Song/Audio Files"}), QStringLiteral("Song"));
    // Any other folder is the session's name; a file names its folder's session.
    QCOMPARE(name({root / "Song/mixdown"}), QStringLiteral("mixdown"));
    QCOMPARE(name({root / "Song/mixdown/Mix.wav"}), QStringLiteral("mixdown"));  // need not exist yet
    QCOMPARE(name({root / "Night Drive"}), QStringLiteral("Night Drive"));
    QCOMPARE(name({}), QString());
}

void TestAudioFileReader::mixdownSumsAtUnityAndConvertsOtherRates()
{
    // A mono stem (0.5 on both sides) and a shorter stereo one (L 0.25, R -0.75): the sum is
    // 0.75 / -0.25 while both play, then the mono stem alone; 0.5 + 0.75 = 1.25 in magnitude
    // stays beyond full scale (float, not clipped) where the signs agree.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const std::vector<float> half(1000, 0.5f);
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "mono.wav", {half}, FileType::Wav, SampleEncoding::Float32)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "stereo.wav", {std::vector<float>(600, 0.25f),
                                                                            std::vector<float>(600, -0.75f)},
                                                     FileType::Wav, SampleEncoding::Float32)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "hot.wav", {std::vector<float>(10, 0.75f)}, FileType::Wav,
                                                     SampleEncoding::Float32)),
             QString());
    const auto info = core::writeUnitySum({root / "mono.wav", root / "stereo.wav", root / "hot.wav"}, root / "sum.wav");
    QVERIFY2(info.ok(), info.ok() ? "" : info.error().message.c_str());
    QCOMPARE(info.value().frames, std::int64_t(1000));
    QCOMPARE(info.value().stems, 3);
    auto reader = core::AudioFileReader::open(root / "sum.wav");
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->info().format.channels, 2);
    std::vector<float> l(1000), r(1000);
    std::vector<float*> pointers{l.data(), r.data()};
    QCOMPARE(reader.value()->read(pointers, 1000), std::size_t(1000));
    QCOMPARE(l[0], 1.5f);    // 0.5 + 0.25 + 0.75
    QCOMPARE(r[0], 0.5f);    // 0.5 - 0.75 + 0.75
    QCOMPARE(l[100], 0.75f);
    QCOMPARE(r[100], -0.25f);
    QCOMPARE(l[999], 0.5f);
    QCOMPARE(r[999], 0.5f);

    // Stems of other rates are converted to the rate most stems have (they were refused before,
    // and the session then had no sum: no genre, no summed true peak). A 1 kHz sine of 0.5 at
    // 48 kHz, the same sine of 0.25 at 44.1 kHz, and a second 48 kHz stem (silence): the sum
    // is at 48 kHz, 1 s long, and is 0.75 sin(2π·1000 t) throughout, the converted stem aligned
    // with the others (libsoxr's delay taken out) to within its 20-bit precision.
    const double fast = 48000.0, slow = 44100.0;
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "sine 48k.wav", {test::sine(1000.0, 0.5, fast, 48000)},
                                                     FileType::Wav, SampleEncoding::Float32, fast)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "sine 44k.wav", {test::sine(1000.0, 0.25, slow, 44100)},
                                                     FileType::Wav, SampleEncoding::Float32, slow)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "quiet 48k.wav", {std::vector<float>(24000, 0.0f)},
                                                     FileType::Wav, SampleEncoding::Float32, fast)),
             QString());
    const auto mixed = core::writeUnitySum({root / "sine 44k.wav", root / "sine 48k.wav", root / "quiet 48k.wav"},
                                           root / "mixed.wav");
    QVERIFY2(mixed.ok(), mixed.ok() ? "" : mixed.error().message.c_str());
    QCOMPARE(mixed.value().sampleRateHz, fast);
    QCOMPARE(mixed.value().resampled, 1);
    QCOMPARE(mixed.value().frames, std::int64_t(48000));
    auto sum = core::AudioFileReader::open(root / "mixed.wav", 48000);
    QVERIFY(sum.ok());
    QCOMPARE(sum.value()->info().format.sampleRateHz, fast);
    std::vector<float> ml(48000), mr(48000);
    std::vector<float*> mp{ml.data(), mr.data()};
    QCOMPARE(sum.value()->read(mp, 48000), std::size_t(48000));
    const auto expected = test::sine(1000.0, 0.75, fast, 48000);
    double worst = 0.0;
    for (std::size_t i = 2400; i < 45600; ++i)  // 50 ms in from either end: the converter's edges
        worst = std::max({worst, std::abs(static_cast<double>(ml[i]) - expected[i]),
                          std::abs(static_cast<double>(mr[i]) - expected[i])});
    QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
    // A tie between rates goes to the higher: no stem is taken below its own rate by a tie.
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "sine 96k.wav", {test::sine(1000.0, 0.5, 96000.0, 9600)},
                                                     FileType::Wav, SampleEncoding::Float32, 96000.0)),
             QString());
    const auto tie = core::writeUnitySum({root / "sine 44k.wav", root / "sine 96k.wav"}, root / "tie.wav");
    QVERIFY2(tie.ok(), tie.ok() ? "" : tie.error().message.c_str());
    QCOMPARE(tie.value().sampleRateHz, 96000.0);
    QCOMPARE(tie.value().frames, std::int64_t(96000));
    // A broken float stem (NaN, infinite and absurd samples) is silence where it is broken, as the
    // analysis counts it: it does not turn the whole sum into NaN (it did), and what it holds
    // that is finite still counts.
    std::vector<float> broken(1000, std::numeric_limits<float>::quiet_NaN());
    broken[1] = std::numeric_limits<float>::infinity();
    broken[2] = -std::numeric_limits<float>::infinity();
    broken[3] = 0.125f;
    broken[4] = 1e30f;  // beyond +120 dBFS: as broken as a NaN (audio/brokensamples.h)
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "broken.wav", {broken}, FileType::Wav, SampleEncoding::Float32)),
             QString());
    const auto healed = core::writeUnitySum({root / "mono.wav", root / "broken.wav"}, root / "healed.wav");
    QVERIFY2(healed.ok(), healed.ok() ? "" : healed.error().message.c_str());
    auto healedSum = core::AudioFileReader::open(root / "healed.wav");
    QVERIFY(healedSum.ok());
    std::vector<float> hl(1000), hr(1000);
    std::vector<float*> hp{hl.data(), hr.data()};
    QCOMPARE(healedSum.value()->read(hp, 1000), std::size_t(1000));
    for (std::size_t i = 0; i < 1000; ++i) {
        const float want = i == 3 ? 0.625f : 0.5f;
        QCOMPARE(hl[i], want);
        QCOMPARE(hr[i], want);
    }
    const auto missing = core::writeUnitySum({root / "mono.wav", root / "gone.wav"}, root / "gone-sum.wav");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.find("gone.wav: ") == 0, missing.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestAudioFileReader)
#include "tst_audiofilereader.moc"
