#pragma once
// Finds the tracks a user means by "PATH|TRACK" (stemwise history) and reads their history.
//  - a path (an existing file, or anything with a '/'): the track of that file's folder
//    session with that file name, plus any track that has analysed a file at that path;
//  - otherwise a track's file name ("Lead Vocal.wav") or its name without the extension
//    ("Lead Vocal": every file of that name, "Lead Vocal.wav" and "Lead Vocal.flac" each with
//    its own history), ASCII case ignored, in any session.
// Errors: throws SqliteError. Threading: as the Database it is given.

#include "store/analysisrepository.h"
#include "store/sessionrepository.h"
#include "store/trackrepository.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct TrackHistory {
    SessionRecord session;
    TrackRecord track;
    std::vector<AnalysisEntry> entries;  ///< oldest first
};

[[nodiscard]] std::vector<TrackHistory> findTrackHistories(Database& db, const std::string& query);
/// The ids of the tracks `query` means, as findTrackHistories() finds them, without their histories.
[[nodiscard]] std::vector<std::int64_t> findTrackIds(Database& db, const std::string& query);

}  // namespace stemwise::core
