#pragma once
// What a DAW session says about its mix, read from the session file the stems came from:
// Ardour sessions (.ardour, XML; Ardour 7 in full, older versions as far as they share its
// shape) and REAPER projects (.RPP, REAPER's chunk text). Read only: nothing here ever writes
// a DAW's file.
//
// Per track and bus: name, fader gain and trim (dB), pan (−1 left … +1 right), mute, solo,
// polarity, the plug-ins on it with a kind recognised from their names (pluginKindFromName),
// its sends, and the audio files it plays. Per session: tempo and time signature (and later
// changes), markers and ranges in seconds, the sample rate.
//
// Hostile files. Every limit fails with an error naming the reason (the caller names the
// file): larger than DawReadLimits::maxFileBytes (checked before reading); an XML entity
// declaration (a "billion laughs" file: refused at its declaration, before anything expands,
// and expat's own amplification limit stands behind that); a single XML token or RPP line
// longer than the limit (refused as soon as the limit passes, not at the end of the line);
// elements or chunks nested deeper than maxDepth; not well-formed or cut-short XML and RPP
// chunks never closed ("cut short"), with the line. Audio file paths are resolved against
// the session's folder but never opened here: a path that leads outside that folder (an
// absolute path elsewhere, "../..", a symbolic link out of it) is reported in
// DawFile::outside and a warning, and its existence is not checked.
//
// Threading: plain functions and values.

#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

enum class DawKind { Ardour, Reaper };

/// "ardour" or "reaper".
[[nodiscard]] std::string_view dawKindName(DawKind kind);

/// What a plug-in does, as far as its name tells.
enum class PluginKind { Eq, Compressor, Limiter, DeEsser, Gate, Reverb, Other };

/// "eq", "compressor", "limiter", "de-esser", "gate", "reverb", "other".
[[nodiscard]] std::string_view pluginKindName(PluginKind kind);

/// The kind of a plug-in from its name (and, where the DAW keeps one, its identifier or file:
/// "urn:ardour:a-comp", "reacomp.dll"): "ACE EQ", "a-EQ", "ReaEQ", "Pro-Q 3" → eq; "ACE
/// Compressor", "a-Comp", "ReaComp", "1176" → compressor; "x42-dpl Digital Peak Limiter",
/// "ReaLimit", "L2 Maximizer" → limiter; "De-esser", "Sibilance" → de-esser; "ReaGate",
/// "ACE Expander", "Noise Gate" → gate (an expander is a gentler gate); "ACE Reverb",
/// "ReaVerbate", "Valhalla Room" → reverb; anything else → other. Case-insensitive, on word
/// parts, so "Deesser" and "DeEsser" are found and "Frequency" is not an EQ.
[[nodiscard]] PluginKind pluginKindFromName(std::string_view name, std::string_view identifier = {});

struct DawPlugin {
    std::string name;        ///< as the DAW shows it (a user's rename wins over the plug-in's own name)
    std::string identifier;  ///< Ardour: the plug-in's URI or id; REAPER: its file or JS path
    std::string format;      ///< "LV2", "VST", "VST3", "JS", "CLAP", "AU", "Lua", …
    PluginKind kind = PluginKind::Other;
    bool active = true;      ///< false: bypassed or switched off
    std::string container;   ///< REAPER: the FX container it sits in ("" at the top of the chain)
};

struct DawSend {
    std::string target;                ///< the bus (track) it feeds, by name
    double gainDb = 0.0;               ///< −infinity for a send at −inf
    std::optional<double> pan;         ///< −1 … +1 where the DAW keeps one for the send
    bool preFader = false;
    bool muted = false;
};

struct DawFile {
    std::string path;                 ///< as the session writes it
    std::filesystem::path resolved;   ///< absolute, lexically normal; empty when it cannot be resolved here
    bool outside = false;             ///< leads outside the session's folder: not checked, not opened
    bool exists = false;              ///< a regular file (checked only when not outside)
};

struct DawTrack {
    std::string name;
    bool bus = false;                       ///< a bus (Ardour) or a folder parent (REAPER)
    int channels = 0;                       ///< inputs of the track (0: not said)
    double gainDb = 0.0;                    ///< fader; −infinity at −inf
    double trimDb = 0.0;                    ///< Ardour's trim knob; 0 in REAPER
    double pan = 0.0;                       ///< −1 left … +1 right
    bool mute = false;
    bool solo = false;
    bool polarityInverted = false;          ///< any channel inverted
    std::vector<DawPlugin> plugins;         ///< in signal order
    std::vector<DawSend> sends;
    std::vector<std::string> outputs;       ///< Ardour: the routes its output feeds; REAPER: the folder parent
    std::vector<std::string> vcas;          ///< Ardour: the VCAs that control it, by name
    double vcaGainDb = 0.0;                 ///< their gains together (VCAs of VCAs too): the level is gainDb + vcaGainDb
    bool vcaMuted = false;                  ///< muted by one of its VCAs
    std::vector<DawFile> files;             ///< the audio files its regions or items play, each once
};

struct DawMarker {
    std::string name;
    double timeS = 0.0;
};

struct DawRange {
    std::string name;
    double startS = 0.0;
    double endS = 0.0;
};

struct DawTempo {
    double timeS = 0.0;
    double bpm = 0.0;  ///< quarter notes per minute
};

struct DawMeter {
    double timeS = 0.0;
    int numerator = 4;
    int denominator = 4;
};

struct DawSession {
    DawKind kind = DawKind::Ardour;
    std::filesystem::path file;
    std::string name;
    std::string createdWith;                 ///< "Ardour 7.3.0~ds0-1", "REAPER 6.80/linux64"
    std::optional<double> sampleRateHz;
    std::optional<double> tempoBpm;          ///< at the start
    std::optional<DawMeter> timeSignature;   ///< at the start
    std::vector<DawTempo> tempos;            ///< every tempo change, the first at the start
    std::vector<DawMeter> meters;            ///< every time-signature change
    std::vector<DawMarker> markers;          ///< by time
    std::vector<DawRange> ranges;            ///< by start (REAPER regions, Ardour range markers)
    std::optional<DawRange> sessionRange;    ///< Ardour's session start and end
    std::optional<DawTrack> master;
    std::vector<DawTrack> tracks;            ///< tracks and buses in the DAW's order, master apart
    std::vector<std::string> warnings;       ///< what was read but looks wrong (files outside, unknown targets)
};

struct DawReadLimits {
    std::uintmax_t maxFileBytes = std::uintmax_t{512} << 20;  ///< 512 MiB: sessions with heavy automation reach tens of MB
    /// One XML token (a tag with its attributes, a comment) or RPP line. Ardour's longest
    /// tags and REAPER's lines (base64 wrapped at 128 characters) are a few kB; expat rescans a
    /// token that arrives in pieces, so this bounds that work too.
    std::size_t maxTokenBytes = std::size_t{1} << 20;
    int maxDepth = 200;                                        ///< nested elements or chunks
};

/// Reads the session `file` (.ardour or .rpp; a file of another name is recognised by its
/// first bytes). Errors (no path in the message): no such file, not a regular file, too
/// large, not an Ardour or REAPER session, not well-formed or cut short (with the line),
/// entity declarations, a token or line too long, nested too deep.
[[nodiscard]] Result<DawSession> readDawSession(const std::filesystem::path& file, const DawReadLimits& limits = {});

/// Resolves `written` (a path as a session writes it) against `sessionFolder`: relative paths
/// from the folder, Windows paths ("C:\\…", "\\\\server\\…") left unresolved and outside.
/// Checks existence only inside the folder. `candidates` are further folders (relative to the
/// session folder) where a relative name may be found first (Ardour's interchange folders).
[[nodiscard]] DawFile resolveDawFile(const std::string& written, const std::filesystem::path& sessionFolder,
                                     const std::vector<std::filesystem::path>& candidates = {});

}  // namespace stemwise::core
