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

inline constexpr std::array<std::string_view, 14> kTrackTypes{
    "vocals", "drums", "kick", "snare", "hats", "bass", "guitar",
    "keys",   "synth", "pad",  "strings", "fx", "mix", "other"};

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

/// The type the measurements suggest (spectral balance, transients, pitch, stereo); "other"
/// when nothing is clear. Needs every analyzer's figures.
[[nodiscard]] std::string trackTypeFromMeasurements(const TrackProfile& profile);

}  // namespace stemwise::core
