#pragma once
// ListenPlan: what to play to hear what a suggestion or an issue is about — which tracks
// (soloed), which band (a band solo that fits the finding), which stretch of the timeline
// (where its evidence is strongest), and how (mono for a phase problem).
//
// The stretch is the `lengthS` window where the figure behind the finding is highest, read
// from what the analysis stored (never from the audio again):
// - a band's finding (sibilance 4.5–10 kHz, a resonance or EQ move the band around its
//   frequency, masking the overlap band of both tracks, rumble below the high-pass corner):
//   the band's level over time (SpectrumProfile::bandActivity), for masking the lower of
//   the two tracks' levels (where both are loud in the band);
// - a level, dynamics or stereo finding: the short-term loudness (LoudnessProfile::
//   shortTermCurveLufs) — the loudest passage, where a compressor or a limiter works most;
// - a session finding: the loudest passage of the stems' summed short-term loudness.
// When a track has no such series (a short file), the stretch starts at 0.
//
// Threading: plain values and functions.

#include "analysis/trackprofile.h"
#include "playback/playbackengine.h"
#include "suggest/suggestion.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stemwise::core {

struct ListenPlan {
    std::vector<std::string> tracks;                  ///< to solo; empty: the whole session
    std::optional<std::pair<double, double>> bandHz;  ///< band solo, or none
    double startS = 0.0;
    double endS = 0.0;
    ListenMode listen = ListenMode::Stereo;
    std::string why;  ///< "the loudest 8 s of 4.5–10 kHz on Vox", for the UI's tooltip and the log
};

/// What to play for `suggestion` among the tracks of `session`.
[[nodiscard]] ListenPlan listenPlanFor(const Suggestion& suggestion, const std::vector<const TrackProfile*>& session,
                                       double lengthS = 8.0);
/// What to play for `issue` of `track`.
[[nodiscard]] ListenPlan listenPlanFor(const TrackIssue& issue, const TrackProfile& track, double lengthS = 8.0);

/// The start of the `lengthS` window of `values` (one per `intervalS`, each the value at the
/// end of its interval; dB) whose power mean is highest; 0 for an empty series.
[[nodiscard]] double loudestWindowStartS(const std::vector<double>& valuesDb, double intervalS, double lengthS);

}  // namespace stemwise::core
