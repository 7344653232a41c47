#pragma once
// A DAW session file opened like a folder: the paths a user names (files, folders, session
// files) turned into the audio files to analyse, where a session file (.ardour, .RPP) stands
// for the audio files its tracks play, each mapped to the track that plays it, with that
// track's context (fader, pan, plug-ins, sends) for the views to show.
//
// A bounce folder named beside the session maps by name: an audio file named after a track
// ("Lead Vox.wav", "lead_vox.flac", "Song - Lead Vox.wav" for the track "Lead Vox"; case,
// spaces and punctuation aside, the whole name or its end after a separator, one track only)
// gets that track's context. A track that gets a bounce this way no longer needs its own
// files: their being missing is then no error.
//
// A DAW's own folder named instead of its session file (an Ardour session folder, a REAPER
// project folder whose audio sits in sub-folders) stands for that session file when the
// folder holds no audio file of its own and one session file: the only one, or the one named
// like the folder (Ardour's snapshots sit beside the session file).
//
// A file the session names but that is missing, or that lies outside the session's folder
// (never opened: daw/dawsession.h), is an error naming the track; a session that cannot be
// read is an error with the reason. The other paths are listed as collectAudioFiles() lists
// them (audio/audiofiles.h). A file named twice (by two sessions, or a session and a folder)
// is listed once, mapped to the first track that plays it.
// Threading: plain functions; the contexts are immutable once made.

#include "audio/audiofiles.h"
#include "daw/dawsession.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace stemwise::core {

/// The DAW track an audio file was found through.
struct DawStemContext {
    DawKind kind = DawKind::Ardour;
    std::filesystem::path sessionFile;
    std::string sessionName;
    DawTrack track;  ///< the track (or bus) that plays the file
    bool byName = false;  ///< matched by the file's name (a bounce), not named by the session
    std::optional<double> sessionTempoBpm;  ///< the session's tempo at its start (DawSession::tempoBpm)
    /// The fader, pan, mute and solo are the running DAW's, followed over OSC (oscfollower.h).
    bool live = false;
    /// Where the session's markers and ranges mark the song (sessionBoundaryMarks()).
    std::vector<DawMarker> sessionMarks;
};

/// The session's markers and the starts and ends of its ranges, by time, in seconds from the
/// session's start (Ardour's session range; 0 for REAPER), where bounced stems start: each
/// marker and range start with its name, a range's end unnamed.
[[nodiscard]] std::vector<DawMarker> sessionBoundaryMarks(const DawSession& session);

struct CollectedSessionFiles : CollectedFiles {
    /// For each listed file that a session named: its track.
    std::map<std::filesystem::path, std::shared_ptr<const DawStemContext>> context;
};

/// Whether an audio file whose name without extension is `fileStem` is named after the DAW
/// track `trackName`, as a bounce is matched to its track (see above: case, spaces and
/// punctuation aside, the whole name or its end after a separator).
[[nodiscard]] bool stemNamesDawTrack(const std::string& fileStem, const std::string& trackName);

/// True for a session file by its name: .ardour or .rpp, in any case.
[[nodiscard]] bool isDawSessionFile(const std::filesystem::path& path);

/// The session file a DAW's folder stands for (see above), or nothing.
[[nodiscard]] std::optional<std::filesystem::path> sessionFileIn(const std::filesystem::path& folder);

/// collectAudioFiles(), with session files expanded to the audio files their tracks play (in
/// the DAW's track order).
[[nodiscard]] CollectedSessionFiles collectSessionFiles(const std::vector<std::filesystem::path>& paths,
                                                        bool recursive = false);

}  // namespace stemwise::core
