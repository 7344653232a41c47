// Hash64 (XXH3) and the audio content hash: the identity of a file's audio for the analysis
// cache. The hash must not depend on how the bytes arrive, must spread every input bit over
// the output, must never change by accident (every user's cache is keyed by it), and must see
// the audio only: not the file's name, place, header or metadata. The legacy hash of schema
// versions 1..6 must keep giving what they stored, so that their keys are recognised.
#include "pcm16wav.h"
#include "testsignals.h"

#include "store/contenthash.h"
#include "store/hash64.h"
#include "store/legacyhash64.h"

#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <fstream>
#include <random>

using namespace stemwise;

namespace {

std::vector<std::byte> randomBytes(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::byte> out(n);
    for (auto& b : out)
        b = static_cast<std::byte>(rng() & 0xFF);
    return out;
}

std::string hashOf(const std::filesystem::path& path)
{
    auto h = core::hashAudioContent(path);
    return h ? h.value().hex : "error: " + h.error().message;
}

std::vector<char> readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeFile(const std::filesystem::path& path, const std::vector<char>& bytes)
{
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::uint32_t readU32(const std::vector<char>& b, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

void putU32(std::vector<char>& b, std::size_t at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

class TestContentHash : public QObject {
    Q_OBJECT
private slots:
    void digestDoesNotDependOnHowBytesArrive();
    void everyInputBitFlipsHalfTheOutputBits();
    void lengthAndTrailingZerosMatter();
    void knownAnswersNeverChange();
    void knownAnswersOfTheLegacyHashNeverChange();
    void legacyKeyComesFromTheSamePass();
    void renamedOrMovedFileKeepsItsHash();
    void metadataChunksDoNotChangeTheHash();
    void oneChangedSampleChangesTheHash();
    void sameSamplesAtAnotherRateDiffer();
    void compressedFilesHashTheirDecodedAudio();
    void fileThatIsNotAudioIsAnError();
};

namespace {

// The number of random inputs, of 200, whose digest streamed in random pieces differs from
// the one-shot digest.
template <typename Hash>
int streamedDigestsThatDiffer()
{
    std::mt19937_64 rng(7);
    int differ = 0;
    for (int trial = 0; trial < 200; ++trial) {
        const auto data = randomBytes(rng() % 5000, rng());
        const std::uint64_t oneShot = Hash::of(data);
        Hash streamed;
        std::size_t at = 0;
        while (at < data.size()) {
            const std::size_t n = std::min<std::size_t>(data.size() - at, rng() % 70);
            streamed.update(std::span(data).subspan(at, n));
            at += n;
        }
        differ += streamed.digest() != oneShot ? 1 : 0;
    }
    return differ;
}

}  // namespace

void TestContentHash::digestDoesNotDependOnHowBytesArrive()
{
    QCOMPARE(streamedDigestsThatDiffer<core::Hash64>(), 0);
    QCOMPARE(streamedDigestsThatDiffer<core::LegacyHash64>(), 0);
}

void TestContentHash::everyInputBitFlipsHalfTheOutputBits()
{
    // The avalanche criterion (as SMHasher checks it): flipping one input bit flips each
    // output bit with probability 1/2. 40 random inputs × every bit of 96 bytes = 30 720
    // flips per output bit; a binomial's 4-sigma band around 0.5 is ±0.0115, we allow ±0.03.
    std::mt19937_64 rng(11);
    std::array<int, 64> flips{};
    int trials = 0;
    for (int input = 0; input < 40; ++input) {
        auto data = randomBytes(96, rng());
        const std::uint64_t base = core::Hash64::of(data);
        for (std::size_t bit = 0; bit < data.size() * 8; ++bit) {
            data[bit / 8] ^= static_cast<std::byte>(1u << (bit % 8));
            const std::uint64_t changed = core::Hash64::of(data) ^ base;
            data[bit / 8] ^= static_cast<std::byte>(1u << (bit % 8));
            for (int o = 0; o < 64; ++o)
                flips[static_cast<std::size_t>(o)] += static_cast<int>((changed >> o) & 1u);
            ++trials;
        }
    }
    for (int o = 0; o < 64; ++o) {
        const double p = flips[static_cast<std::size_t>(o)] / static_cast<double>(trials);
        QVERIFY2(std::abs(p - 0.5) < 0.03, qPrintable(QStringLiteral("output bit %1 flips with p = %2").arg(o).arg(p)));
    }
}

void TestContentHash::lengthAndTrailingZerosMatter()
{
    const std::byte zero{0};
    QVERIFY(core::Hash64::of({}) != core::Hash64::of(std::span(&zero, 1)));
    const std::vector<std::byte> a(32, std::byte{0});
    const std::vector<std::byte> b(33, std::byte{0});
    QVERIFY(core::Hash64::of(a) != core::Hash64::of(b));
    QVERIFY(core::Hash64::of(a, 1) != core::Hash64::of(a, 2));  // the seed matters
}

void TestContentHash::knownAnswersNeverChange()
{
    // Pinned: the database keeps these hashes. A changed Hash64 would make every cached file
    // miss (analysed again) and every track look re-bounced once in its history. The answers
    // are XXH3-64's, as xxHash's own command-line tool gives them (xxhsum -H3).
    const std::string text = "stemwise";
    QCOMPARE(QByteArray(core::toHex(core::Hash64::of(std::as_bytes(std::span(text)))).data()),
             QByteArray("54ffb16ca080ffe8"));
    const std::vector<std::byte> zeros(1000, std::byte{0});
    QCOMPARE(QByteArray(core::toHex(core::Hash64::of(zeros)).data()), QByteArray("24c1ea6074dd588c"));
    QCOMPARE(QByteArray(core::toHex(core::Hash64::of({})).data()), QByteArray("2d06800538d394c2"));
    // A file's content hash: its shape, "pcm-data", the data chunk and its length, through
    // XXH3 (the same byte stream written out and given to xxhsum -H3).
    QTemporaryDir dir;
    const std::filesystem::path wav = std::filesystem::path(dir.path().toStdString()) / "pinned.wav";
    QVERIFY(test::writePcm16Wav(wav, test::pinnedPcm16()));
    QCOMPARE(QString::fromStdString(hashOf(wav)), QStringLiteral("566d62578071da59"));
}

void TestContentHash::knownAnswersOfTheLegacyHashNeverChange()
{
    // Pinned before it was replaced: what schema versions 1..6 stored. A changed LegacyHash64
    // would leave their keys unrecognised (never re-keyed, suggestions stored twice).
    const std::string text = "stemwise";
    QCOMPARE(QByteArray(core::toHex(core::LegacyHash64::of(std::as_bytes(std::span(text)))).data()),
             QByteArray("6b10a1c12c8bee58"));
    const std::vector<std::byte> zeros(1000, std::byte{0});
    QCOMPARE(QByteArray(core::toHex(core::LegacyHash64::of(zeros)).data()), QByteArray("7cd24966e3434d92"));
    // Stemwise at schema version 6, analysing a file of this audio, stored 74955d13dce974d7.
    QTemporaryDir dir;
    const std::filesystem::path wav = std::filesystem::path(dir.path().toStdString()) / "pinned.wav";
    QVERIFY(test::writePcm16Wav(wav, test::pinnedPcm16()));
    const auto both = core::hashAudioContent(wav, {true});
    QVERIFY(both);
    QCOMPARE(QString::fromStdString(both.value().legacyKey.value_or("none")), QStringLiteral("hash64:74955d13dce974d7"));
}

void TestContentHash::legacyKeyComesFromTheSamePass()
{
    // Asked for both, the XXH3 hash is what it is alone, for PCM read raw and for decoded audio.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "a.wav", {test::whiteNoise(0.3, 70000, 5)})), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "a.flac", {test::whiteNoise(0.3, 70000, 5)},
                                                     core::FileType::Flac, core::SampleEncoding::Pcm16)),
             QString());
    for (const char* name : {"a.wav", "a.flac"}) {
        const auto alone = core::hashAudioContent(root / name);
        const auto both = core::hashAudioContent(root / name, {true});
        QVERIFY(alone && both);
        QCOMPARE(both.value().hex, alone.value().hex);
        QVERIFY(!alone.value().legacyKey);
        QVERIFY(both.value().legacyKey);
        QCOMPARE(both.value().legacyKey->size(), std::size_t(7 + 16));
        QVERIFY(both.value().legacyKey->substr(7) != both.value().hex);
    }
}

void TestContentHash::renamedOrMovedFileKeepsItsHash()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "elsewhere");
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "vocal.wav", {test::whiteNoise(0.3, 48000, 3)})), QString());
    const std::string original = hashOf(root / "vocal.wav");
    QCOMPARE(original.size(), std::size_t(16));
    std::filesystem::copy_file(root / "vocal.wav", root / "elsewhere" / "Lead Vocal (final).wav");
    QCOMPARE(hashOf(root / "elsewhere" / "Lead Vocal (final).wav"), original);
    std::filesystem::rename(root / "vocal.wav", root / "renamed.wav");
    QCOMPARE(hashOf(root / "renamed.wav"), original);
    auto details = core::hashAudioContent(root / "renamed.wav");
    QCOMPARE(QString::fromStdString(details.value().method), QStringLiteral("pcm-data"));
    QCOMPARE(details.value().bytesHashed, std::uint64_t(48000 * 3));
}

void TestContentHash::metadataChunksDoNotChangeTheHash()
{
    // A LIST/INFO chunk (what a tag editor adds) inserted between "fmt " and "data".
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "plain.wav", {test::sine(440, 0.5, 48000, 24000)})), QString());
    std::vector<char> bytes = readFile(root / "plain.wav");
    QCOMPARE(std::string(bytes.data(), 4), std::string("RIFF"));
    const std::size_t fmtSize = readU32(bytes, 16);
    const std::size_t afterFmt = 20 + fmtSize;
    const std::string info = std::string("LIST") + std::string("\x12\0\0\0", 4) + "INFOINAM" + std::string("\x06\0\0\0", 4) + std::string("Take2\0", 6);
    QCOMPARE(info.size(), std::size_t(8 + 18));
    bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(afterFmt), info.begin(), info.end());
    putU32(bytes, 4, static_cast<std::uint32_t>(bytes.size() - 8));
    writeFile(root / "tagged.wav", bytes);
    QCOMPARE(hashOf(root / "tagged.wav"), hashOf(root / "plain.wav"));
    QVERIFY(readFile(root / "tagged.wav") != readFile(root / "plain.wav"));
}

void TestContentHash::oneChangedSampleChangesTheHash()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    auto samples = test::whiteNoise(0.3, 48000, 5);
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "a.wav", {samples})), QString());
    samples[31234] += 0.01f;
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "b.wav", {samples})), QString());
    QVERIFY(hashOf(root / "a.wav") != hashOf(root / "b.wav"));
}

void TestContentHash::sameSamplesAtAnotherRateDiffer()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const auto samples = test::whiteNoise(0.3, 24000, 9);
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "a.wav", {samples}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm24, 48000)), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "b.wav", {samples}, core::FileType::Wav,
                                                     core::SampleEncoding::Pcm24, 44100)), QString());
    QVERIFY(hashOf(root / "a.wav") != hashOf(root / "b.wav"));
}

void TestContentHash::compressedFilesHashTheirDecodedAudio()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    const test::Planar stereo{test::sine(220, 0.4, 44100, 44100), test::sine(330, 0.4, 44100, 44100)};
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "a.flac", stereo, core::FileType::Flac,
                                                     core::SampleEncoding::Pcm16, 44100)), QString());
    auto details = core::hashAudioContent(root / "a.flac");
    QVERIFY(details.ok());
    QCOMPARE(QString::fromStdString(details.value().method), QStringLiteral("decoded-f32"));
    QCOMPARE(details.value().bytesHashed, std::uint64_t(44100 * 2 * sizeof(float)));
    std::filesystem::copy_file(root / "a.flac", root / "b.flac");
    QCOMPARE(hashOf(root / "b.flac"), details.value().hex);
}

void TestContentHash::fileThatIsNotAudioIsAnError()
{
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::ofstream(root / "text.wav") << "not audio\n";
    QVERIFY(!core::hashAudioContent(root / "text.wav").ok());
    QVERIFY(!core::hashAudioContent(root / "missing.wav").ok());
}

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
