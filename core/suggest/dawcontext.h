#pragma once
// The DAW context of a round of suggestions (DawContext, suggestionengine.h) from the DAW
// tracks the analysed files were found through (daw/sessionfiles.h): the one place that turns
// what a session file says into the plain values the rules read.
//
// A channel's plug-ins count when active (a bypassed one does nothing to the sound). A
// high-pass is a plug-in whose name or identifier says it is one ("High Pass", "HPF", "ACE
// High/Low Pass Filter"); an EQ is any other plug-in of the kind eq (it may hold a high-pass
// band, whose settings the session file does not tell us); a compressor is of the kind
// compressor (limiters and de-essers are not levelling compressors).
// Threading: pure functions.

#include "daw/sessionfiles.h"
#include "suggest/suggestionengine.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// One analysed track and the DAW track its file was found through (null: none).
struct DawStemOfTrack {
    std::string trackName;  ///< TrackProfile::name
    std::shared_ptr<const DawStemContext> stem;
};

/// The context, or nothing when no track came from a DAW session. With tracks from several
/// sessions, the tempo is the first session's when they all state the same one, else none;
/// the markers (the sections' boundaries) are the session's when all tracks came from one.
[[nodiscard]] std::optional<DawContext> dawContextOf(const std::vector<DawStemOfTrack>& stems);

/// "Ardour", "REAPER".
[[nodiscard]] std::string dawDisplayName(DawKind kind);

/// Whether a plug-in is a dedicated high-pass filter, by its name or identifier.
[[nodiscard]] bool isHighPassPlugin(const DawPlugin& plugin);

}  // namespace stemwise::core
