#pragma once
// The JSON document `stemwise analyze` prints: "schema": "stemwise.analysis/1".
// Its JSON Schema is resources/schemas/stemwise.analysis-1.schema.json. Units are in the
// key names; figures undefined for the material are null, never a made-up number.
// After the tracks, "session": the files taken as one session of stems: its tempo
// (analysis/sessiontempo.h) and its sections (analysis/sessionsections.h).

#include "analysis/sessionsections.h"
#include "analysis/trackprofile.h"
#include "audio/audiofiles.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

struct AnalysisReportInput {
    std::vector<TrackProfile> tracks;
    std::vector<PathError> errors;
};

struct ReportOptions {
    int indent = 2;            ///< < 0: one line
    bool includeSeries = true; ///< the long-term spectrum, loudness curve and onset times
    /// The tempo the DAW session the files came from states: the session's tempo then
    /// (tempo_source "daw"), not the tracks' estimate.
    std::optional<double> dawTempoBpm;
    /// Its markers and ranges: the sections' boundaries (analysis/sessionsections.h).
    std::vector<SectionMarker> dawMarkers;
};

[[nodiscard]] std::string analysisReportJson(const AnalysisReportInput& input, const ReportOptions& options = {});

/// The same document written track by track, so that memory does not grow with the number of
/// files: begin(), then track() for each profile as it is ready (in the order they should
/// appear), then finish() with the errors. Each piece goes to `sink`, which returns false
/// when it cannot write (every later call then does nothing and ok() is false). The bytes are
/// those analysisReportJson() writes for the same tracks and errors.
/// Memory: of each track it keeps, for the session part, its level, short-term loudness and
/// seven band levels per second (72 bytes a second: a 5-minute stem 22 kB; at most 4096 points
/// of each however long) and, for a track with a pulse, its tempo estimate — not the profile.
/// Threading: one thread at a time.
class AnalysisReportWriter {
public:
    AnalysisReportWriter(std::function<bool(std::string_view)> sink, const ReportOptions& options = {});
    void track(const TrackProfile& profile);
    void finish(const std::vector<PathError>& errors);
    [[nodiscard]] bool ok() const noexcept { return m_ok; }

private:
    void put(std::string_view text);
    std::function<bool(std::string_view)> m_sink;
    ReportOptions m_options;
    std::size_t m_tracks = 0;
    bool m_ok = true;
    std::vector<StemActivity> m_stems;
    struct TempoVoter {
        std::string name;
        double bpm = 0.0;
        double confidence = 0.0;
    };
    std::vector<TempoVoter> m_tempoVoters;  ///< the tracks with a pulse (see SessionTempo)
};

}  // namespace stemwise::core
