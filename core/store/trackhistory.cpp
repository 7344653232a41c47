#include "store/trackhistory.h"

#include "audio/audiofiles.h"

#include <algorithm>
#include <filesystem>

namespace stemwise::core {

std::vector<std::int64_t> findTrackIds(Database& db, const std::string& query)
{
    namespace fs = std::filesystem;
    SessionRepository sessions(db);
    TrackRepository tracks(db);
    AnalysisRepository analyses(db);
    std::vector<std::int64_t> trackIds;
    auto add = [&trackIds](std::int64_t id) {
        if (std::find(trackIds.begin(), trackIds.end(), id) == trackIds.end())
            trackIds.push_back(id);
    };

    std::error_code ec;
    const fs::path asPath(query);
    const bool pathLike = query.find('/') != std::string::npos || fs::is_regular_file(asPath, ec);
    if (pathLike) {
        const fs::path absolute = storedFilePath(asPath);
        for (std::int64_t id : analyses.tracksWithPath(absolute.string()))
            add(id);
        if (auto session = sessions.findByKey(SessionRepository::folderKey(absolute.parent_path())))
            if (auto track = tracks.find(session->id, absolute.filename().string()))
                add(track->id);
    } else {
        for (const TrackRecord& t : tracks.findByName(query))
            add(t.id);
    }

    return trackIds;
}

std::vector<TrackHistory> findTrackHistories(Database& db, const std::string& query)
{
    SessionRepository sessions(db);
    TrackRepository tracks(db);
    AnalysisRepository analyses(db);
    std::vector<TrackHistory> out;
    for (std::int64_t id : findTrackIds(db, query)) {
        TrackHistory h;
        h.track = tracks.byId(id).value();
        h.session = sessions.byId(h.track.sessionId).value();
        h.entries = analyses.historyOf(id);
        out.push_back(std::move(h));
    }
    return out;
}

}  // namespace stemwise::core
