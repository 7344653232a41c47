// The audio behind stored analyses (see storedaudio.h).
#include "workflow/storedaudio.h"

#include "store/contenthash.h"
#include "store/database.h"
#include "store/trackhistory.h"

#include <algorithm>
#include <system_error>

namespace stemwise::core {

namespace {

// Whether `path` holds `contentHash` now; nullopt (and `why`) when it cannot be read.
std::optional<bool> holds(const std::filesystem::path& path, const std::string& contentHash, std::string& why)
{
    const bool legacy = contentHash.starts_with(kLegacyContentHashPrefix);
    auto hash = hashAudioContent(path, HashOptions{legacy});
    if (!hash) {
        why = hash.error().message;
        return std::nullopt;
    }
    return legacy ? hash.value().legacyKey == contentHash : hash.value().hex == contentHash;
}

}  // namespace

StoredAudio locateStoredAudio(Database& db, const std::string& contentHash, const std::filesystem::path& preferred)
{
    std::vector<std::filesystem::path> candidates{preferred};
    Statement s = db.prepare("SELECT file_path FROM (SELECT file_path, max(id) AS newest FROM analyses "
                             "WHERE content_hash = ?1 GROUP BY file_path) ORDER BY newest DESC");
    s.bind(1, contentHash);
    while (s.step())
        candidates.emplace_back(s.columnText(0));
    // A reference keeps its path inside its profile; the library is small, read it whole.
    Statement r = db.prepare("SELECT json_extract(profile_json, '$.path') FROM reference_tracks WHERE content_hash = ?1");
    r.bind(1, contentHash);
    while (r.step())
        if (const auto p = r.columnOptText(0))
            candidates.emplace_back(*p);

    StoredAudio out;
    out.path = preferred;
    std::vector<std::filesystem::path> seen;
    bool anyExists = false;
    for (const auto& path : candidates) {
        if (path.empty() || std::find(seen.begin(), seen.end(), path) != seen.end())
            continue;
        seen.push_back(path);
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            continue;
        std::string why;
        const auto match = holds(path, contentHash, why);
        if (match && *match)
            return {StoredAudio::State::Present, path, {}};
        if (!anyExists) {
            anyExists = true;
            out.path = path;
            out.state = match ? StoredAudio::State::Replaced : StoredAudio::State::Unreadable;
            out.detail = why;
        }
    }
    return out;
}

std::optional<AnalysisEntry> previousBounceEntryOf(Database& db, const std::filesystem::path& currentFile)
{
    // The track whose newest analysis is of this very file (a set's track may share its name);
    // of its history only the entry before that content is read, with its profile.
    AnalysisRepository analyses(db);
    const std::filesystem::path stored = storedFilePath(currentFile);
    for (std::int64_t id : findTrackIds(db, currentFile.string()))
        if (const auto latest = analyses.latestSourceOf(id); latest && std::filesystem::path(latest->filePath) == stored)
            return analyses.latestOtherThan(id, latest->contentHash);
    return std::nullopt;
}

std::optional<PreviousBounce> previousBounceOf(Database& db, const std::filesystem::path& currentFile)
{
    auto entry = previousBounceEntryOf(db, currentFile);
    if (!entry)
        return std::nullopt;
    StoredAudio audio = locateStoredAudio(db, entry->contentHash, entry->filePath);
    return PreviousBounce{std::move(*entry), std::move(audio)};
}

}  // namespace stemwise::core
