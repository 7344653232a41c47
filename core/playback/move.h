#pragma once
// Move: the mixing move a suggestion carries, as the playback engine previews it — read from
// the suggestion itself or from its parameter text (docs/guide.md, "Listening, matching and
// previews", lists the forms and keys).
//
// The parameter text is either what `stemwise suggest` prints after "set:"
//   filter=high_pass, frequency_hz=90, slope_db_per_oct=12
// or a suggestion's "parameters" object from `stemwise suggest --json` (or the whole
// suggestion object, whose "type" then settles what the move is):
//   {"filter":"bell","frequency_hz":310,"gain_db":-2.5,"q":1.4}
// The kind of move follows from the keys: filter=high_pass|low_pass|bell|low_shelf|
// high_shelf; threshold_db with ratio: compressor; range_db with frequency_hz: de-esser;
// drive_db: saturation; width_percent: mono below frequency_hz;
// action=invert_one_channel_polarity; gain_db alone: a gain change. "type=de-esser" (or any
// suggestion type name) may be given to say it outright.
//
// Threading: plain values.

#include "suggest/suggestion.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace stemwise::core {

enum class MoveKind {
    HighPass,
    LowPass,
    Bell,
    LowShelf,
    HighShelf,
    Gain,
    DeEsser,
    Compressor,
    Saturation,
    MonoBelow,
    InvertOneChannel,
};
[[nodiscard]] const char* moveKindName(MoveKind kind);  ///< "high_pass", "de_esser", …

struct Move {
    MoveKind kind = MoveKind::Gain;
    double frequencyHz = 0.0;      ///< corner, centre, or the de-esser's band centre
    double slopeDbPerOct = 12.0;   ///< high-/low-pass: 6 … 48 in steps of 6
    double gainDb = 0.0;           ///< bell, shelves, gain change
    double q = 0.0;                ///< bell (default 1.0), shelves (default 0.707)
    std::optional<double> thresholdDb;  ///< compressor (required); de-esser (else relative)
    double rangeDb = 6.0;          ///< de-esser: the most it turns the band down
    double ratio = 2.0;            ///< compressor
    double attackMs = 10.0;
    double releaseMs = 100.0;
    double kneeDb = 0.0;
    double makeupDb = 0.0;
    double driveDb = 6.0;          ///< saturation
    double mixPercent = 100.0;     ///< saturation: wet share
    double widthPercent = 0.0;     ///< mono below: the side level kept below the frequency

    /// The canonical parameter text (parseMove() reads it back to the same move).
    [[nodiscard]] std::string text() const;
    /// Words for the user: "high-pass at 90 Hz, 12 dB/oct".
    [[nodiscard]] std::string describe() const;
};

/// Reads a move from its parameter text (see above). Errors say which key or value is wrong,
/// or that the parameters describe no move that can be previewed (a side-chained move).
[[nodiscard]] Result<Move> parseMove(std::string_view text);

/// The move a suggestion carries. Errors: the suggestion carries no previewable move (an
/// arrangement note, a side-chained duck).
[[nodiscard]] Result<Move> moveFromSuggestion(const Suggestion& suggestion);

}  // namespace stemwise::core
