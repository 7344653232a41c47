// Hardened inputs (issue 15): hostile JSON (a number like 1e999, 100,000 levels of nesting,
// /dev/zero, values out of range in a learned model), audio files cut short in every
// container libsndfile reads, headers libsndfile refuses in its own words, and folders with
// links out of them, FIFOs, dangling links and loops. Each is the attack from the issue; each
// gets an error naming the file or field and the reason, or a result marked for what it is.
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "learn/learnedmodel.h"
#include "json/profilejson.h"
#include "store/database.h"
#include "store/databaseexport.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "util/boundedjson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>
#include <sndfile.h>

#include <cmath>
#include <fstream>

#include <sys/stat.h>

using namespace stemwise;

namespace {

std::string deep(int levels, const std::string& inner = "1")
{
    return std::string(static_cast<std::size_t>(levels), '[') + inner + std::string(static_cast<std::size_t>(levels), ']');
}

std::string learnedDocument(const std::string& cellMembers)
{
    return R"({"schema": "stemwise.learned/1", "cells": [{"rule": "low_cut", "track_type": "vocals", "genre": null, )"
           + cellMembers + "}]}";
}

const char* kGoodCell = R"("prior": 0.7, "successes": 1, "failures": 3, "counts": {"useful": 1, "not_useful": 3})";

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string readBytes(const std::filesystem::path& path)
{
    QFile f(QString::fromStdString(path.string()));
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string();
}

// 10 s of a stereo sine, written by libsndfile in `format`.
void writeSine(const std::filesystem::path& path, int format)
{
    constexpr int kRate = 48000;
    const auto frames = static_cast<std::size_t>(10 * kRate);
    std::vector<float> interleaved(2 * frames);
    for (std::size_t i = 0; i < frames; ++i) {
        interleaved[2 * i] = 0.5f * static_cast<float>(std::sin(2.0 * M_PI * 440.0 * static_cast<double>(i) / kRate));
        interleaved[2 * i + 1] = 0.3f * static_cast<float>(std::sin(2.0 * M_PI * 660.0 * static_cast<double>(i) / kRate));
    }
    SF_INFO info{};
    info.samplerate = kRate;
    info.channels = 2;
    info.format = format;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    QVERIFY2(f != nullptr, sf_strerror(nullptr));
    QCOMPARE(sf_writef_float(f, interleaved.data(), static_cast<sf_count_t>(frames)), static_cast<sf_count_t>(frames));
    QCOMPARE(sf_close(f), 0);
}

void cutTo(const std::filesystem::path& path, double fraction)
{
    const auto size = std::filesystem::file_size(path);
    std::filesystem::resize_file(path, static_cast<std::uintmax_t>(static_cast<double>(size) * fraction));
}

}  // namespace

class TestHardenedInput : public QObject {
    Q_OBJECT
private slots:
    // JSON with limits.
    void hugeNumberIsAnErrorNamingTheField();
    void deepNestingIsRefusedNotAStackOverflow();
    void devZeroAndEndlessInputStopAtOnce();
    void learnedModelValuesAreRangeChecked_data();
    void learnedModelValuesAreRangeChecked();
    void importWithABadLearnedModelWritesNothing();

    // Audio cut short, in every container.
    void truncatedFileIsReadAndReported_data();
    void truncatedFileIsReadAndReported();
    void libsndfileMessagesBecomeSentences_data();
    void libsndfileMessagesBecomeSentences();

    // Folders.
    void recursionNeverLeavesTheFolder();
    void specialFilesDanglingLinksAndLoopsAreReported();
};

void TestHardenedInput::hugeNumberIsAnErrorNamingTheField()
{
    // import-db aborted (an uncaught nlohmann out_of_range) on a number like 1e999.
    QTemporaryDir dir;
    auto store = core::Store::open(dir.filePath(QStringLiteral("db.sqlite")).toStdString());
    QVERIFY(store.store);
    const std::string doc = R"({"schema": "stemwise.database/1", "sessions": [], "model_state": [
        {"key": "learned_model", "value": {"schema": "stemwise.learned/1", "cells": [{"prior": 1e999}]},
         "version": 1, "updated_at": "2026-01-01T00:00:00.000Z"}]})";
    auto imported = core::importDatabaseJson(store.store->db(), doc);
    QVERIFY(!imported.ok());
    QCOMPARE(QString::fromStdString(imported.error().message),
             QStringLiteral("/model_state/0/value/cells/0/prior: the number 1e999 is out of range"));
    auto parsed = core::parseJsonBounded(R"({"a": {"b": [1, 2, -1e400]}})");
    QVERIFY(!parsed.ok());
    QCOMPARE(QString::fromStdString(parsed.error().message), QStringLiteral("/a/b/2: the number -1e400 is out of range"));
}

void TestHardenedInput::deepNestingIsRefusedNotAStackOverflow()
{
    // 100,000 levels in an imported document (settings, profile, model state) or a learned-
    // model file overflowed the stack.
    const std::string nested = deep(100000);
    auto parsed = core::parseJsonBounded(nested);
    QVERIFY(!parsed.ok());
    // The 65th array opens inside 64: its pointer names it.
    QCOMPARE(QString::fromStdString(parsed.error().message), QStringLiteral("/0").repeated(64) + QStringLiteral(": nested deeper than 64 levels"));

    QTemporaryDir dir;
    auto store = core::Store::open(dir.filePath(QStringLiteral("db.sqlite")).toStdString());
    QVERIFY(store.store);
    const std::string doc = R"({"schema": "stemwise.database/1", "sessions": [{"kind": "folder", "key": "/x", "name": "x",
        "created_at": "2026-01-01T00:00:00.000Z", "tracks": [{"name": "t", "created_at": "2026-01-01T00:00:00.000Z",
        "analyses": [{"settings": )" + nested + "}]}]}]}";
    auto imported = core::importDatabaseJson(store.store->db(), doc);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.starts_with("/sessions/0/tracks/0/analyses/0/settings/0/0/"), imported.error().message.c_str());
    QCOMPARE(store.store->db().queryInt("SELECT count(*) FROM sessions"), std::int64_t{0});

    auto model = core::LearnedModel::fromJson(learnedDocument(std::string(kGoodCell) + ", \"effects\": " + deep(100000, "")));
    QVERIFY(!model.ok());
    QVERIFY2(model.error().message.ends_with("nested deeper than 16 levels"), model.error().message.c_str());
    auto profile = core::profileFromText(R"({"name": )" + nested + "}");
    QVERIFY(!profile.ok());
    QVERIFY2(profile.error().message.find("nested deeper than") != std::string::npos, profile.error().message.c_str());
}

void TestHardenedInput::devZeroAndEndlessInputStopAtOnce()
{
    // import-db /dev/zero read without limit until memory ran out.
    QElapsedTimer timer;
    timer.start();
    auto zero = core::readJsonFile("/dev/zero", core::kDatabaseJsonLimits);
    QVERIFY(!zero.ok());
    QCOMPARE(QString::fromStdString(zero.error().message), QStringLiteral("is not a JSON document (it begins with the byte 0x00)"));
    QVERIFY(timer.elapsed() < 2000);
    // Something that looks like JSON but never ends stops at the limit.
    QTemporaryDir dir;
    const std::filesystem::path spaces = dir.filePath(QStringLiteral("spaces.json")).toStdString();
    writeBytes(spaces, "[" + std::string(3 << 20, ' '));
    auto big = core::readJsonFile(spaces, {std::size_t{1} << 20, 64});
    QVERIFY(!big.ok());
    QCOMPARE(QString::fromStdString(big.error().message), QStringLiteral("is larger (3 MiB) than the 1 MiB a document may have here"));
    auto folder = core::readJsonFile(dir.path().toStdString(), {});
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().code, core::ErrorCode::IsFolder);
}

void TestHardenedInput::learnedModelValuesAreRangeChecked_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("error");
    QTest::newRow("prior above 1") << QStringLiteral(R"("prior": 2, "successes": 1, "failures": 0, "counts": {})")
                                   << QStringLiteral("/cells/0/prior: must lie from 0 to 1 (got 2)");
    QTest::newRow("prior 0") << QStringLiteral(R"("prior": 0, "successes": 1, "failures": 0, "counts": {})")
                             << QStringLiteral("/cells/0/prior: must lie between 0 and 1");
    QTest::newRow("huge evidence") << QStringLiteral(R"("prior": 0.5, "successes": 1e300, "failures": 0, "counts": {})")
                                   << QStringLiteral("/cells/0/successes: must lie from 0 to 1e+06 (got 1e+300)");
    QTest::newRow("NaN as text") << QStringLiteral(R"("prior": 0.5, "successes": "NaN", "failures": 0, "counts": {})")
                                 << QStringLiteral("/cells/0/successes: expected a number from 0 to 1e+06");
    QTest::newRow("negative count") << QStringLiteral(R"("prior": 0.5, "successes": 1, "failures": 0, "counts": {"useful": -4})")
                                    << QStringLiteral("/cells/0/counts/useful: must lie from 0 to 1000000 (got -4)");
    QTest::newRow("count as text") << QStringLiteral(R"("prior": 0.5, "successes": 1, "failures": 0, "counts": {"applied": "2"})")
                                   << QStringLiteral("/cells/0/counts/applied: expected a whole number from 0 to 1000000");
    QTest::newRow("effect figure out of range")
        << QStringLiteral(R"("prior": 0.5, "successes": 1, "failures": 0, "counts": {},
               "effects": [{"suggestion_uid": "u", "before": 1e200, "after": 1, "improved": true}])")
        << QStringLiteral("/cells/0/effects/0/before: must lie from -1e+12 to 1e+12 (got 1e+200)");
    QTest::newRow("missing failures") << QStringLiteral(R"("prior": 0.5, "successes": 1, "counts": {})")
                                      << QStringLiteral("/cells/0/failures: missing");
}

void TestHardenedInput::learnedModelValuesAreRangeChecked()
{
    QFETCH(QString, cell);
    QFETCH(QString, error);
    auto model = core::LearnedModel::fromJson(learnedDocument(cell.toStdString()));
    QVERIFY(!model.ok());
    QCOMPARE(QString::fromStdString(model.error().message), error);
    QVERIFY(core::LearnedModel::fromJson(learnedDocument(kGoodCell)).ok());
}

void TestHardenedInput::importWithABadLearnedModelWritesNothing()
{
    // An imported learned-model value broke suggest, rate and learned --reset until a good
    // model was imported: it is now checked before anything is written.
    QTemporaryDir dir;
    auto store = core::Store::open(dir.filePath(QStringLiteral("db.sqlite")).toStdString());
    QVERIFY(store.store);
    core::Database& db = store.store->db();
    const std::string bad = R"({"schema": "stemwise.database/1", "sessions": [], "model_state": [
        {"key": "learned_model", "value": )" + learnedDocument(R"("prior": 0.5, "successes": -3, "failures": 0, "counts": {})")
                            + R"(, "version": 1, "updated_at": "2099-01-01T00:00:00.000Z"}]})";
    auto imported = core::importDatabaseJson(db, bad);
    QVERIFY(!imported.ok());
    QCOMPARE(QString::fromStdString(imported.error().message),
             QStringLiteral("/model_state/0/value/cells/0/successes: must lie from 0 to 1e+06 (got -3)"));
    QCOMPARE(db.queryInt("SELECT count(*) FROM model_state"), std::int64_t{0});
    // A good one goes in, and reads back.
    const std::string good = R"({"schema": "stemwise.database/1", "sessions": [], "model_state": [
        {"key": "learned_model", "value": )" + learnedDocument(kGoodCell)
                             + R"(, "version": 1, "updated_at": "2099-01-01T00:00:00.000Z"}]})";
    QVERIFY(core::importDatabaseJson(db, good).ok());
    const core::LearnedModel model = core::LearnedStateRepository(db).load();
    QCOMPARE(model.cells().size(), std::size_t{1});
    const auto posterior = model.posterior("low_cut", "vocals", std::nullopt, 0.7);
    QCOMPARE(posterior.mean, (0.7 * 4 + 1) / (4 + 4.0));
}

void TestHardenedInput::truncatedFileIsReadAndReported_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("lengthKnown");  // the container says how much is missing
    QTest::newRow("WAV") << QStringLiteral("cut.wav") << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << true;
    QTest::newRow("WAV float") << QStringLiteral("cut-float.wav") << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << true;
    QTest::newRow("AIFF") << QStringLiteral("cut.aiff") << (SF_FORMAT_AIFF | SF_FORMAT_PCM_24) << true;
    QTest::newRow("AIFC float") << QStringLiteral("cut.aifc") << (SF_FORMAT_AIFF | SF_FORMAT_FLOAT) << true;
    QTest::newRow("RF64") << QStringLiteral("cut.rf64") << (SF_FORMAT_RF64 | SF_FORMAT_PCM_24) << true;
    QTest::newRow("W64") << QStringLiteral("cut.w64") << (SF_FORMAT_W64 | SF_FORMAT_PCM_24) << true;
    QTest::newRow("CAF") << QStringLiteral("cut.caf") << (SF_FORMAT_CAF | SF_FORMAT_PCM_24) << true;
    QTest::newRow("FLAC") << QStringLiteral("cut.flac") << (SF_FORMAT_FLAC | SF_FORMAT_PCM_24) << true;
    QTest::newRow("Ogg Vorbis") << QStringLiteral("cut.ogg") << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << false;
    QTest::newRow("Ogg Opus") << QStringLiteral("cut.opus") << (SF_FORMAT_OGG | SF_FORMAT_OPUS) << false;
}

void TestHardenedInput::truncatedFileIsReadAndReported()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(bool, lengthKnown);
    QTemporaryDir dir;
    const std::filesystem::path whole = dir.filePath(QStringLiteral("whole-") + name).toStdString();
    const std::filesystem::path cut = dir.filePath(name).toStdString();
    writeSine(whole, format);
    std::filesystem::copy_file(whole, cut);
    cutTo(cut, 0.6);  // a partial download, an interrupted export

    auto complete = core::analyzeFile(whole);
    QVERIFY2(complete.ok(), complete.ok() ? "" : complete.error().message.c_str());
    QVERIFY(!complete.value().truncated);
    QCOMPARE(complete.value().framesMissing, std::int64_t{0});
    QVERIFY(std::none_of(complete.value().issues.begin(), complete.value().issues.end(),
                         [](const auto& i) { return i.code == "truncated"; }));

    auto profile = core::analyzeFile(cut);
    QVERIFY2(profile.ok(), profile.ok() ? "" : profile.error().message.c_str());
    const core::TrackProfile& p = profile.value();
    QVERIFY(p.truncated);
    // What is there was read: about 6 of the 10 s (compressed streams lose a little more).
    const double readS = static_cast<double>(p.file.format.frames) / 48000.0;
    QVERIFY2(readS > 4.5 && readS < 6.2, qPrintable(QStringLiteral("read %1 s").arg(readS)));
    QVERIFY(p.loudness.integratedLufs.has_value());
    if (lengthKnown) {
        const double missingS = static_cast<double>(p.framesMissing) / 48000.0;
        QVERIFY2(std::abs(readS + missingS - 10.0) < 0.05, qPrintable(QStringLiteral("read %1 s + missing %2 s").arg(readS).arg(missingS)));
    }
    const auto issue = std::find_if(p.issues.begin(), p.issues.end(), [](const auto& i) { return i.code == "truncated"; });
    QVERIFY(issue != p.issues.end());
    QVERIFY2(issue->message.starts_with("The file is cut short"), issue->message.c_str());
    // And it survives the store's JSON.
    auto again = core::profileFromText(core::profileToStoreText(p));
    QVERIFY(again.ok());
    QVERIFY(again.value().truncated);
}

void TestHardenedInput::libsndfileMessagesBecomeSentences_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("code");
    QTest::newRow("rate 0") << QStringLiteral("rate0.wav")
                            << QStringLiteral("declares a sample rate of 0 Hz, outside the 1000 Hz to 768000 Hz Stemwise reads (its header is damaged)")
                            << static_cast<int>(core::ErrorCode::UnsupportedSampleRate);
    QTest::newRow("rate 4 GHz") << QStringLiteral("rate4g.wav")
                                << QStringLiteral("declares a sample rate of 4000000000 Hz, outside the 1000 Hz to 768000 Hz Stemwise reads (its header is damaged)")
                                << static_cast<int>(core::ErrorCode::UnsupportedSampleRate);
    QTest::newRow("no channels") << QStringLiteral("channels0.wav") << QStringLiteral("declares no audio channels (its header is damaged)")
                                 << static_cast<int>(core::ErrorCode::NoChannels);
    QTest::newRow("float of 16 bits") << QStringLiteral("float16.wav")
                                      << QStringLiteral("cannot be decoded: its header declares a sample encoding no audio "
                                                        "reader decodes (a damaged header or a faulty exporter; export it again)")
                                      << static_cast<int>(core::ErrorCode::CannotOpen);
    QTest::newRow("junk .mp3") << QStringLiteral("junk.mp3")
                               << QStringLiteral("is not an audio file in a format Stemwise reads (no audio could be decoded from it, "
                                                 "whatever its name says)")
                               << static_cast<int>(core::ErrorCode::NotAudio);
}

void TestHardenedInput::libsndfileMessagesBecomeSentences()
{
    // "Internal error : SF_INFO struct incomplete" for a rate of 0 or 4 GHz; "Unspecified
    // internal error" for float samples of 16 bits; "File does not exist or is not a regular
    // file" for a junk .mp3 that exists and is regular.
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, code);
    QTemporaryDir dir;
    const std::filesystem::path wav = dir.filePath(QStringLiteral("good.wav")).toStdString();
    writeSine(wav, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    std::string bytes = readBytes(wav).substr(0, 48000);
    auto put32 = [&bytes](std::size_t at, std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xFF);
    };
    if (file == QLatin1String("rate0.wav"))
        put32(24, 0);
    else if (file == QLatin1String("rate4g.wav"))
        put32(24, 4000000000u);
    else if (file == QLatin1String("channels0.wav"))
        bytes[22] = bytes[23] = 0;
    else if (file == QLatin1String("float16.wav"))
        bytes[20] = 3;  // WAVE_FORMAT_IEEE_FLOAT, the 16 bits per sample left as they are
    else
        bytes = std::string(8000, '\x00') + "not an mpeg stream";
    const std::filesystem::path path = dir.filePath(file).toStdString();
    writeBytes(path, bytes);
    auto opened = core::AudioFileReader::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(QString::fromStdString(opened.error().message), message);
    QCOMPARE(static_cast<int>(opened.error().code), code);
    QVERIFY(!opened.error().detail.empty());  // libsndfile's own words kept for the curious
}

void TestHardenedInput::recursionNeverLeavesTheFolder()
{
    // `analyze --recursive` followed a link to / or /proc and never finished.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    std::filesystem::create_directories(root / "drums");
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "drums" / "Kick.wav", {test::sine(60, 0.5, 48000, 4800)})), QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Bass.wav", {test::sine(80, 0.5, 48000, 4800)})), QString());
    std::filesystem::create_directory_symlink("/", root / "everything");
    std::filesystem::create_directory_symlink("/proc", root / "proc");
    std::filesystem::create_directory_symlink(root / "drums", root / "drums again");
    QElapsedTimer timer;
    timer.start();
    const auto collected = core::collectAudioFiles({root}, true);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(collected.files.size(), std::size_t{2});
    QCOMPARE(collected.files[0], root / "Bass.wav");
    QCOMPARE(collected.files[1], root / "drums" / "Kick.wav");
    QCOMPARE(collected.errors.size(), std::size_t{3});
    for (const auto& e : collected.errors)
        QVERIFY2(e.error.starts_with("is a link to a folder and was not followed"), e.error.c_str());
}

void TestHardenedInput::specialFilesDanglingLinksAndLoopsAreReported()
{
    // FIFOs, dangling symlinks and loops inside a folder were skipped silently.
    QTemporaryDir dir;
    const std::filesystem::path root = dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Bass.wav", {test::sine(80, 0.5, 48000, 4800)})), QString());
    QCOMPARE(::mkfifo((root / "Vocal.wav").c_str(), 0644), 0);
    std::filesystem::create_symlink(root / "gone.wav", root / "Pad.wav");
    std::filesystem::create_symlink(root / "b.wav", root / "a.wav");
    std::filesystem::create_symlink(root / "a.wav", root / "b.wav");
    // A link to a file is followed, wherever the file is.
    QTemporaryDir elsewhere;
    const std::filesystem::path other = std::filesystem::path(elsewhere.path().toStdString()) / "Other.wav";
    QCOMPARE(QString::fromStdString(test::writeAudio(other, {test::sine(90, 0.5, 48000, 4800)})), QString());
    std::filesystem::create_symlink(other, root / "Other link.wav");
    const auto collected = core::collectAudioFiles({root});
    QCOMPARE(collected.files.size(), std::size_t{2});
    QCOMPARE(collected.files[1], root / "Other link.wav");
    std::map<std::string, std::string> errors;
    for (const auto& e : collected.errors)
        errors[e.path.filename().string()] = e.error;
    QCOMPARE(errors.size(), std::size_t{4});
    QCOMPARE(QString::fromStdString(errors["Vocal.wav"]), QStringLiteral("is a FIFO (named pipe), not an audio file"));
    QCOMPARE(QString::fromStdString(errors["Pad.wav"]),
             QStringLiteral("is a symbolic link to %1, which does not exist").arg(QString::fromStdString((root / "gone.wav").string())));
    QCOMPARE(QString::fromStdString(errors["a.wav"]), QStringLiteral("is a loop of symbolic links"));
    QCOMPARE(QString::fromStdString(errors["b.wav"]), QStringLiteral("is a loop of symbolic links"));
}

QTEST_GUILESS_MAIN(TestHardenedInput)
#include "tst_hardenedinput.moc"
