#pragma once
// SessionReport: everything a report of a session shows, gathered once and written three
// ways, so that they cannot disagree: the JSON document of `stemwise report --json`
// ("schema": "stemwise.report/1", JSON Schema resources/schemas/stemwise.report-1.schema.json),
// CSV files for other tools (--csv DIR) and the PDF (ui/pdf/reportpdf.h).
//
// The JSON holds: the session facts (name, tracks, total duration, the summed true peak and
// the headroom it leaves, the context the suggestions used, the song's sections from the
// stems: analysis/sessionsections.h), the key-figures table, the
// masking matrix, every track's full profile (as stemwise.analysis/1 writes it, series
// included) with its suggestions and their ratings, and the comparisons.
//
// CSV (RFC 4180, "." decimals, empty cell = undefined):
//   figures.csv    one row per track: the key figures;
//   bands.csv      one row per track and band: edges, level, share;
//   spectra.csv    frequency_hz, then one column per track: the long-term spectrum on one
//                  1/24-octave grid (20 Hz up to the lowest top frequency of the tracks);
//   loudness.csv   time_s, then one column per track: short-term loudness every interval (the
//                  coarsest of the tracks; finer curves pooled to it by power means).
//
// Threading: plain values and pure functions.

#include "analysis/sessionsections.h"
#include "analysis/trackprofile.h"
#include "audio/audiofiles.h"
#include "compare/trackcomparison.h"
#include "learn/learnedmodel.h"
#include "suggest/suggestionengine.h"
#include "util/result.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct SessionReport {
    std::string title;        ///< the session's name (audio/audiofiles.h sessionNameFromPaths, or the user's)
    std::string generatedAt;  ///< ISO 8601 UTC
    std::string appVersion = STEMWISE_VERSION;
    std::vector<std::string> paths;  ///< as the user named them
    std::vector<TrackProfile> tracks;
    std::optional<SuggestionSet> suggestions;  ///< with the masking matrix and summed headroom
    std::map<std::int64_t, Feedback> ratings;  ///< the latest rating by suggestion storeId
    std::vector<TrackComparison> comparisons;
    std::vector<PathError> errors;

    /// The suggestions for track `index` (Track targets, and Pair targets it yields in), shown ones.
    [[nodiscard]] std::vector<const Suggestion*> suggestionsFor(std::size_t index) const;
    /// Session-level and pair suggestions, shown ones.
    [[nodiscard]] std::vector<const Suggestion*> sessionSuggestions() const;
    [[nodiscard]] double totalDurationS() const;
    /// −summed true peak (dB below 0 dBTP); negative when the sum clips.
    [[nodiscard]] OptDouble headroomDb() const;
};

[[nodiscard]] std::string sessionReportJson(const SessionReport& report, int indent = 2);

/// The song's sections from the report's tracks (analysis/sessionsections.h), snapped with the
/// tempo the suggestions used (the session's, or the user's --bpm), bounded by the DAW
/// session's markers when the suggestions had them: what the JSON and the PDF show.
[[nodiscard]] SessionSections sessionSectionsOf(const SessionReport& report);

/// Writes the CSV files above into `dir` (created if missing). Returns their paths.
[[nodiscard]] Result<std::vector<std::filesystem::path>> writeSessionReportCsv(const SessionReport& report,
                                                                               const std::filesystem::path& dir);

}  // namespace stemwise::core
