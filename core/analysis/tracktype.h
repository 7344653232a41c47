#pragma once
// Track types, and the guess of a track's type from its file name and, failing that, from
// its measurements. The user's choice always wins (AnalysisOptions::typeOverride).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

struct TrackProfile;
struct Resonance;

inline constexpr std::array<std::string_view, 15> kTrackTypes{
    "vocals", "drums", "kick",    "snare", "hats", "bass", "guitar", "keys",
    "synth",  "pad",   "strings", "winds", "fx",   "mix",  "other"};

[[nodiscard]] bool isTrackType(std::string_view type);

/// The lower-case words of a track name: "LeadVox_03-final" → lead, vox, 03, final.
[[nodiscard]] std::vector<std::string> nameWords(std::string_view name);

/// The type named by the file name ("Lead Vox_03" → vocals, "BD" → kick), if any.
[[nodiscard]] std::optional<std::string> trackTypeFromName(std::string_view name);

/// Strong transients (at least one a second) on material with a crest factor of 10 dB or
/// more: drums and other struck sounds. Shared by the type guess and the pattern tags.
[[nodiscard]] bool isPercussive(const TrackProfile& profile);
/// Pitched content: notes with a key (tonalness >= 0.3) or a clear pitch most of the time
/// (voiced fraction >= 0.4). Energy such a track puts in a band is its notes, not a fault.
[[nodiscard]] bool isPitched(const TrackProfile& p);
/// Kick, snare, hats, drums: their narrow peaks are the drum's tuning and modes.
[[nodiscard]] bool isDrumType(std::string_view type);
/// On a percussive drum track (kick, snare, drums by type, or any unpitched track percussive
/// by the audio), the strongest of its resonances in the drum's fundamental range (snare
/// 150–300 Hz, kick 40–100 Hz, a kit or toms 40–300 Hz): the drum's pitch, its tuned body
/// sounding with each hit, not a resonance to cut. None on hats or a pitched track.
[[nodiscard]] const Resonance* drumBodyResonance(const TrackProfile& profile);

/// A name that says nothing of what plays on it: every word is a number or one of the words a
/// DAW, a bounce or a template puts in a name ("Audio 07", "Track 12", "Default preset",
/// "Untitled", "bounce", "stem 3"; kGenericNameWords in tracktype.cpp). Such a track's type
/// comes from its audio.
[[nodiscard]] bool isGenericTrackName(std::string_view name);

/// One type's score from the audio: how well the track's figures fit that type's profile, 0..1.
struct TypeScore {
    std::string type;
    double score = 0.0;
};

/// The type the audio suggests (TrackTypeClassifier in tracktype.cpp says what each feature
/// means and where each threshold comes from).
struct TypeGuess {
    std::string type;       ///< the best-scoring type; "other" when no type fits at all
    std::string runnerUp;   ///< the best type of another family ("" when none scores)
    double confidence = 0.0;  ///< 0..1: the best score times how clearly it leads the runner-up
    bool decided = false;   ///< confidence >= kTypeDecidedConfidence: the type can be used
    std::vector<TypeScore> scores;  ///< every scored type, best first
};

/// At or above it the audio's guess is used as the type; below it the type is "other" and
/// the guess is only a hint (a rule that needs a type then says the type is uncertain).
inline constexpr double kTypeDecidedConfidence = 0.5;
/// A type read from a name gets this confidence: names are usually right, not always.
inline constexpr double kTypeNameConfidence = 0.9;

/// The type the measurements suggest from pitch, harmonicity, percussiveness, spectral
/// envelope and stereo. Needs every analyzer's figures.
[[nodiscard]] TypeGuess guessTrackType(const TrackProfile& profile);

/// Sets profile.type, typeSource, typeConfidence, typeGuess and typeRunnerUp: the user's
/// choice (`override`, when a known type), else a clear name, else the audio's guess ("other"
/// when it is not decided).
void decideTrackType(TrackProfile& profile, const std::optional<std::string>& override);

/// Whether the type was decided with too little confidence for a type-specific judgement: the
/// audio's guess was not clear (type "other" with a hint).
[[nodiscard]] bool isTypeUncertain(const TrackProfile& profile);

/// The audio's guess where it contradicts a named type's family with at least
/// `minAudioConfidence` (a "Vocal" stem that sounds like a kick): worth a note, not a change
/// of type. Empty when they agree, or the type is not from the name.
[[nodiscard]] std::optional<TypeGuess> audioContradictsName(const TrackProfile& profile, double minAudioConfidence);

}  // namespace stemwise::core
