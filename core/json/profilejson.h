#pragma once
// TrackProfile <-> JSON: the one serialiser of a track's profile, used by the analysis
// report (stemwise.analysis/1, whose "tracks" items this writes), the store (the full
// profile of every history entry and cache entry) and the database export.
//
// Two modes:
//  - report (default): what users and the JSON Schema see. A figure that is undefined for
//    the material (an empty optional) is null, and so is a non-finite number (JSON has no
//    infinity); the long series can be left out.
//  - exact: a lossless round trip, for the store. Everything the report writes, series
//    always included, plus what the report leaves out (format.is_float), with non-finite
//    numbers as the strings "inf", "-inf" and "nan" so that, say, the width of a
//    polarity-inverted stereo pair (+inf) comes back as +inf, not as "undefined".
// Reading accepts both: null -> empty optional (or NaN where the member is not optional),
// a missing series -> empty, a missing figure -> its default. Derived keys (duration_s,
// onset_count, dominant_hz) are ignored on reading.
//
// Threading: pure functions.

#include "analysis/trackprofile.h"
#include "util/result.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>

namespace stemwise::core {

struct ProfileJsonOptions {
    bool includeSeries = true;  ///< report mode: the long-term spectrum, loudness curve, onset times
    bool exact = false;         ///< lossless store mode (see above); implies the series
};

[[nodiscard]] nlohmann::ordered_json profileToJson(const TrackProfile& profile, const ProfileJsonOptions& options = {});
/// Errors name the offending member as a JSON pointer, e.g. "/loudness/lra_lu: expected a number".
[[nodiscard]] Result<TrackProfile> profileFromJson(const nlohmann::ordered_json& json);

/// Compact one-line text of profileToJson(profile, {.exact = true}): the store's form.
[[nodiscard]] std::string profileToStoreText(const TrackProfile& profile);
/// Parses text written by profileToStoreText (or any profile JSON). Errors as profileFromJson,
/// or "not valid JSON: …".
[[nodiscard]] Result<TrackProfile> profileFromText(std::string_view text);

}  // namespace stemwise::core
