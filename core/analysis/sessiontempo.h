#pragma once
// The session's one tempo and one key, decided once from every track's estimate (or set by
// the user) and read by every consumer: the window's session bar, the suggestion engine and
// its rules, the CLI's text and JSON, the PDF. A track keeps its own estimate as its own
// figure (TrackProfile::rhythm, ::tonal); it never stands in for the session's.
//
// Tempo. Tracks with a pulse (tempo confidence >= kMinTrackTempoConfidence, the "rhythmic"
// pattern tag's bar) vote with their confidence. A candidate tempo T (every voter's estimate,
// its half and its double) collects a voter's full confidence when the voter's estimate lies
// within kTempoTolerance of T, and half of it when the estimate is within the tolerance of 2T
// or T/2: a clap stem that hears every eighth note at 276 BPM supports a session at 138, and
// the drums at 138 support it back, at half weight. Between two candidates an octave apart
// whose scores lie within kOctaveTieRatio of each other, the one nearer 120 BPM wins (the
// preferred tempo of listeners: D. Moelants, "Preferred tempo reconsidered", ICMPC 2002; the
// half/double ambiguity is the common error of tempo estimators: Gouyon et al., IEEE TASLP
// 14(5), 2006). The session has a tempo when the winner's score reaches kMinSessionTempoScore:
// one clear track (confidence 0.5) or two that agree at the rhythmic bar. Its value is the
// confidence-weighted mean of the estimates at T itself (octave voters not mixed in).
//
// Key. Each track's key candidates (best, relative, parallel, fifths; their confidences are
// shares of the track's key evidence, scaled by its tonalness) are summed per key over the
// tracks: drums and noise have little tonalness and weigh little. The key with the largest sum
// is the session's when the sum reaches kMinSessionKeyWeight and leads the runner-up by
// kKeyLeadRatio; otherwise the session's key is unknown and says so.
//
// Threading: pure functions.

#include "analysis/trackprofile.h"

#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct SessionTempo {
    static constexpr double kMinTrackTempoConfidence = 0.3;
    static constexpr double kTempoTolerance = 0.04;
    static constexpr double kOctaveTieRatio = 1.25;
    static constexpr double kMinSessionTempoScore = 0.5;
    static constexpr double kPreferredBpm = 120.0;

    std::optional<double> bpm;  ///< to a tenth of a BPM; empty when neither set nor detected
    std::string source;         ///< "user", "detected" or "none"
    /// For a detected tempo: the tracks whose own estimate is the session tempo, by name, most
    /// confident first; the tracks whose estimate is half or double of it; the score.
    std::vector<std::string> tracks;
    std::vector<std::string> octaveTracks;
    double score = 0.0;
};

struct SessionKey {
    static constexpr double kMinSessionKeyWeight = 0.4;
    static constexpr double kKeyLeadRatio = 1.25;

    std::optional<std::string> key;  ///< "A minor"; empty when neither set nor clear
    std::string source;              ///< "user", "detected" or "none"
    /// For a detected key: the tracks whose own key it is; the summed weight, the runner-up.
    std::vector<std::string> tracks;
    double weight = 0.0;
    std::optional<std::string> runnerUp;
    double runnerUpWeight = 0.0;
    int tonalTracks = 0;  ///< tracks with a key candidate of any weight
};

struct SessionTempoKey {
    SessionTempo tempo;
    SessionKey key;
};

/// The session's tempo and key from its tracks; a value the user set wins (source "user").
[[nodiscard]] SessionTempoKey decideSessionTempoKey(const std::vector<TrackProfile>& tracks,
                                                    const std::optional<double>& userBpm = std::nullopt,
                                                    const std::optional<std::string>& userKey = std::nullopt);

/// The same, on profiles held elsewhere (the window's track table); null pointers are skipped.
[[nodiscard]] SessionTempoKey decideSessionTempoKey(const std::vector<const TrackProfile*>& tracks,
                                                    const std::optional<double>& userBpm = std::nullopt,
                                                    const std::optional<std::string>& userKey = std::nullopt);

/// Where a session figure came from, as a text: "user", "none", "detected" or, naming at most
/// three tracks, "detected (Kick, Snare, Bass and 2 more)".
[[nodiscard]] Text sessionSourceText(const std::string& source, const std::vector<std::string>& tracks);
/// Its English, for the CLI and the JSON: english(sessionSourceText(source, tracks)).
[[nodiscard]] std::string describeSessionSource(const std::string& source, const std::vector<std::string>& tracks);

/// How a track's own tempo estimate relates to the session's: "same", "half", "double",
/// "other" (within SessionTempo::kTempoTolerance).
[[nodiscard]] std::string tempoRelation(double trackBpm, double sessionBpm);

}  // namespace stemwise::core
