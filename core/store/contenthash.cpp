#include "store/contenthash.h"

#include "store/database.h"
#include "store/hash64.h"
#include "store/legacyhash64.h"

#include <sndfile.h>

#include <bit>
#include <chrono>
#include <cstring>
#include <memory>
#include <vector>

namespace stemwise::core {

namespace {

struct SndFileCloser {
    void operator()(SNDFILE* f) const noexcept { sf_close(f); }
};

// Bytes per sample of the encodings whose stored bytes are the samples themselves, 0 for
// any other (compressed or block-coded) encoding.
int storedSampleBytes(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: case SF_FORMAT_WAVEX: case SF_FORMAT_AIFF: case SF_FORMAT_AU:
    case SF_FORMAT_W64: case SF_FORMAT_RF64: case SF_FORMAT_CAF:
        break;
    default:
        return 0;  // FLAC, Ogg, MPEG… store compressed data even for a "PCM_16" subtype
    }
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: case SF_FORMAT_PCM_U8: case SF_FORMAT_ULAW: case SF_FORMAT_ALAW: return 1;
    case SF_FORMAT_PCM_16: return 2;
    case SF_FORMAT_PCM_24: return 3;
    case SF_FORMAT_PCM_32: case SF_FORMAT_FLOAT: return 4;
    case SF_FORMAT_DOUBLE: return 8;
    default: return 0;
    }
}

// About 1 MB per read: large enough that per-call overhead vanishes, small enough to stay
// in the caches while it is hashed.
constexpr std::size_t kReadFrames = 1u << 16;

// Feeds both hashes at once when the legacy one is asked for: one read of the file.
class BothHashes {
public:
    explicit BothHashes(bool legacyToo) { if (legacyToo) m_legacy.emplace(); }
    void update(const void* data, std::size_t size)
    {
        m_hash.update(data, size);
        if (m_legacy)
            m_legacy->update(data, size);
    }
    void updateU64(std::uint64_t value)
    {
        m_hash.updateU64(value);
        if (m_legacy)
            m_legacy->updateU64(value);
    }
    [[nodiscard]] std::uint64_t digest() const { return m_hash.digest(); }
    [[nodiscard]] std::optional<std::uint64_t> legacyDigest() const
    {
        return m_legacy ? std::optional<std::uint64_t>(m_legacy->digest()) : std::nullopt;
    }

private:
    Hash64 m_hash;
    std::optional<LegacyHash64> m_legacy;
};

}  // namespace

Result<AudioContentHash> hashAudioContent(const std::filesystem::path& path, HashOptions options)
{
    const auto started = std::chrono::steady_clock::now();
    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndFileCloser> file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file)
        return Error{std::string("cannot be opened as audio: ") + sf_strerror(nullptr)};
    if (info.channels <= 0 || info.frames < 0)
        return Error{"declares no audio channels or no length"};

    AudioContentHash result;
    BothHashes hash(options.legacyToo);
    // The stream's shape first: the same bytes at another rate or channel count are other audio.
    hash.updateU64(std::bit_cast<std::uint64_t>(static_cast<double>(info.samplerate)));
    hash.updateU64(static_cast<std::uint64_t>(info.channels));
    hash.updateU64(static_cast<std::uint64_t>(info.frames));
    hash.updateU64(static_cast<std::uint64_t>(info.format & SF_FORMAT_SUBMASK));

    const auto channels = static_cast<std::size_t>(info.channels);
    const int sampleBytes = storedSampleBytes(info.format);
    if (sampleBytes > 0) {
        result.method = "pcm-data";
        hash.update("pcm-data", 8);
        const std::size_t frameBytes = channels * static_cast<std::size_t>(sampleBytes);
        std::vector<std::byte> buffer(kReadFrames * frameBytes);
        for (;;) {
            // sf_read_raw wants whole frames; it stops at the end of the data chunk.
            const sf_count_t got = sf_read_raw(file.get(), buffer.data(), static_cast<sf_count_t>(buffer.size()));
            if (got <= 0)
                break;
            hash.update(buffer.data(), static_cast<std::size_t>(got));
            result.bytesHashed += static_cast<std::uint64_t>(got);
        }
    } else {
        result.method = "decoded-f32";
        hash.update("decoded-f32", 11);
        std::vector<float> buffer(kReadFrames * channels);
        for (;;) {
            const sf_count_t got = sf_readf_float(file.get(), buffer.data(), static_cast<sf_count_t>(kReadFrames));
            if (got <= 0)
                break;
            const std::size_t bytes = static_cast<std::size_t>(got) * channels * sizeof(float);
            hash.update(buffer.data(), bytes);
            result.bytesHashed += bytes;
        }
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return Error{std::string("cannot be read: ") + sf_strerror(file.get())};
    hash.updateU64(result.bytesHashed);
    result.hex = toHex(hash.digest()).data();
    if (const auto legacy = hash.legacyDigest())
        result.legacyKey = std::string(kLegacyContentHashPrefix) + toHex(*legacy).data();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

bool hasLegacyContentHashes(Database& db)
{
    // Range look-ups on the indexes that start with content_hash (':' follows '9' and precedes
    // 'a', so no hex digest falls in the range); reference_tracks is small and scanned.
    static constexpr const char* kSql =
        "SELECT EXISTS (SELECT 1 FROM analyses WHERE content_hash >= 'hash64:' AND content_hash < 'hash64;') "
        "OR EXISTS (SELECT 1 FROM analysis_cache WHERE content_hash >= 'hash64:' AND content_hash < 'hash64;') "
        "OR EXISTS (SELECT 1 FROM reference_tracks WHERE content_hash >= 'hash64:' AND content_hash < 'hash64;')";
    return db.queryInt(kSql) != 0;
}

std::int64_t rekeyLegacyContentHash(Database& db, const AudioContentHash& hash)
{
    if (!hash.legacyKey)
        return 0;
    std::int64_t changed = 0;
    Transaction transaction(db);
    auto rekey = [&](const char* sql) {
        db.prepare(sql).bind(1, *hash.legacyKey).bind(2, hash.hex).run();
        changed += db.changes();
    };
    rekey("UPDATE analyses SET content_hash = ?2 WHERE content_hash = ?1");
    rekey("UPDATE OR IGNORE analysis_cache SET content_hash = ?2 WHERE content_hash = ?1");
    db.prepare("DELETE FROM analysis_cache WHERE content_hash = ?1").bind(1, *hash.legacyKey).run();
    rekey("UPDATE OR IGNORE reference_tracks SET content_hash = ?2 WHERE content_hash = ?1");
    transaction.commit();
    return changed;
}

}  // namespace stemwise::core
