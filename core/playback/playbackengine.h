#pragma once
// PlaybackEngine: plays one file or a session of stems in sync through PortAudio, with
// transport, solo/mute, loudness-matched A/B, listening aids (band solo, mid/side/mono,
// polarity) and a real-time preview of one suggested move.
//
// Three threads (the design note in DESIGN.md, "Live input and playback"):
//   control thread ──commands (SpscRing)──► PortAudio callback ──output tap──► reader thread
//   reader thread ──one SpscRing per stem (×2 sets)──► PortAudio callback
// - The control thread (UI or command line) calls the public functions. They post
//   messages and return at once, except open(), close() and listDevices(), which start and
//   stop the audio device (PortAudio: tens to hundreds of ms).
// - The reader thread decodes and resamples every stem (audio/sourcereader.h) into its ring, all
//   stems in lockstep, a timeline marker where a loop wraps or the material ends; meters
//   what the callback played (libebur128 in histogram mode: it allocates nothing per block);
//   computes a region's loudness when asked, in slices between fills; watches the files (a
//   stem removed or changed on disk is muted with a message) and the device (the callbacks
//   stop: the device is lost).
// - The callback drains the command ring, reads the same number of frames from every ring,
//   applies each stem's gain, polarity and the preview, sums the A/B slots with their
//   matching gains and crossfade, applies the listening mode and the band solo, writes the
//   output, publishes the playhead and a few counters, and returns. Filters run from
//   pre-allocated state with coefficients designed on the control thread. No allocation,
//   lock, log or I/O; it may wake the reader (sem_post).
//
// Seeking without a gap: each stem has two rings (two "sets"). A seek (or a change of loop
// while playing) is a new epoch: the reader asks the callback to empty the set it is not
// playing, fills it from the new position, and the callback switches sets when it holds
// enough — with an equal-power crossfade (kSeekFadeS) if it was playing, so a seek neither
// clicks nor drops out; a loop change continues from where the playhead will be, so it is
// not heard at all. Starting from stopped plays the file's own samples from the first one
// (no fade: bit-exact); pausing and stopping fade out over kSeekFadeS.
//
// A/B: every source belongs to a slot (0 = A, 1 = B, …); all slots play in lockstep and the
// callback crossfades from one slot to another (equal power, crossfadeS) at the same
// timeline position, now or at a requested time, sample-exact.
// Loudness matching: each slot plays at a gain that brings it to a target loudness — from its
// known integrated loudness (the stored figure; never a scan at play time) or from the
// loudness of a region, which the reader thread measures when asked (measureRegion()).
// The move preview runs on one stem (or the whole output) with a with/without toggle
// crossfaded linearly (the two are the same signal, so constant amplitude, not power, keeps
// the level), the "with" side at a matching gain so a cut is not judged by being quieter.
//
// Memory: rings of ringSeconds per stem and set, scratch per callback piece, fixed filter
// state: all allocated at open(); nothing grows with the files' length.
// Device loss: as LiveInput (audio/portaudiolib.h): the transport stops, state() says
// DeviceLost with the reason; close() parks a JACK stream whose server went away and the next
// open() uses a fresh copy of PortAudio. On JACK the output ports are "Stemwise:out_0" and
// "Stemwise:out_1" (a fresh copy's: "Stemwise-2:out_0", …): PortAudio's JACK host names ports
// "out_<n>" like its inputs "in_<n>", counting from 0 on across the streams of one
// initialisation (a second stream while live input keeps PortAudio initialised: out_2, out_3).
//
// Threading: the public functions from one control thread; status(), positionS() and
// takeMessages() from that thread too. Not reentrant.

#include "playback/move.h"
#include "util/result.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct OutputDeviceInfo {
    int index = -1;                  ///< PortAudio device index
    std::string name;
    std::string hostApi;             ///< e.g. "ALSA", "JACK Audio Connection Kit"
    int maxOutputChannels = 0;
    double defaultSampleRateHz = 0.0;
    double defaultLowOutputLatencyS = 0.0;
    bool isDefaultOutput = false;
};

struct PlaybackSource {
    std::filesystem::path path;
    std::string name;                        ///< for messages and the UI; empty: the file's name
    int slot = 0;                            ///< A/B slot: 0 = A, 1 = B, …; a slot's sources are summed
    std::optional<double> integratedLufs;    ///< its stored integrated loudness, for matching
};

struct PlaybackConfig {
    std::string hostApi;        ///< empty: any; else a case-insensitive part of the host API's name
    std::string device;         ///< empty: the default output; digits: an index; else a name (or a part only it has)
    double sampleRateHz = 0.0;  ///< 0: the device's default rate
    int bufferFrames = 256;     ///< frames per callback; 0: the host's choice
    double ringSeconds = 0.5;   ///< read-ahead per stem
    double crossfadeS = 0.010;  ///< A/B switch
};

enum class ListenMode { Stereo, Mono, Mid, Side };
[[nodiscard]] const char* listenModeName(ListenMode mode);  ///< "stereo", "mono", "mid", "side"

enum class Transport { Stopped, Playing, Paused };
enum class EngineState { Closed, Open, DeviceLost };

/// What loudness matching brings each slot to, and from which figure.
struct MatchSettings {
    enum class Basis {
        Integrated,  ///< each slot's known integrated loudness (stored; setSlotLoudness())
        Region,      ///< each slot's loudness over the region measured by measureRegion()
    };
    bool enabled = false;
    double targetLufs = -23.0;
    Basis basis = Basis::Integrated;
};

/// One slot's matching: the figure it starts from and the gain applied.
struct SlotMatch {
    std::optional<double> loudnessLufs;  ///< the basis figure; empty: unknown (plays at 0 dB)
    double gainDb = 0.0;                 ///< applied (0 while matching is off or the figure unknown)
};

/// A region's loudness, measured by the reader thread (measureRegion()).
struct RegionLoudness {
    double startS = 0.0;
    double endS = 0.0;
    std::vector<std::optional<double>> slotLufs;  ///< integrated over the region, per slot, as heard
    std::optional<double> previewWithoutLufs;     ///< the previewed material without / with the move
    std::optional<double> previewWithLufs;
};

struct PlaybackStatus {
    EngineState state = EngineState::Closed;
    Transport transport = Transport::Stopped;
    double positionS = 0.0;     ///< the playhead: the timeline position of the next frame played
    double durationS = 0.0;     ///< the longest source
    bool finished = false;      ///< stopped because the material ended
    int activeSlot = 0;
    bool looping = false;
    double loopStartS = 0.0;
    double loopEndS = 0.0;
    bool previewOn = false;     ///< a move is set and "with" is selected
    double previewMatchDb = 0.0;    ///< gain on the "with" side
    double previewReductionDb = 0.0;  ///< compressor/de-esser gain reduction now
    std::vector<SlotMatch> slotMatches;
    std::optional<RegionLoudness> region;  ///< the last measured region
    // Output meters (what was played), since play started from stopped.
    std::array<double, 2> peakDbfs{};      ///< of the last ~100 ms
    std::array<double, 2> peakMaxDbfs{};   ///< since the reset
    double momentaryLufs = 0.0;
    double shortTermLufs = 0.0;
    double integratedLufs = 0.0;
    // Counters since open().
    std::int64_t framesPlayed = 0;   ///< timeline frames played (not while waiting for data)
    std::int64_t callbacks = 0;
    std::int64_t underruns = 0;      ///< callbacks that found a ring short of frames while playing
    std::int64_t underrunFrames = 0;
    std::int64_t outputUnderflows = 0;  ///< callbacks PortAudio flagged as late (xruns)
    std::int64_t tapOverflowFrames = 0; ///< frames the output meter missed (reader thread behind)
    double sampleRateHz = 0.0;
    int bufferFrames = 0;
    double outputLatencyS = 0.0;
    // Latencies, last measured (-1: not yet): from the call to the callback that acted on it.
    double playLatencyS = -1.0;      ///< play() → the callback rendering the first frame
    double switchLatencyS = -1.0;    ///< switchToSlot() (now) → the crossfade's first frame
    /// The same switch counted in callbacks: those begun after switchToSlot() read the count, up
    /// to and with the one that started the crossfade. 1: the first callback after the call
    /// acted on it (2 when one began while the call was posting it). The wall time above adds
    /// however late the audio server ran that callback.
    std::int64_t switchCallbacks = -1;
    double seekLatencyS = -1.0;      ///< seek() → the first frame of the new position
    double readerCpuSeconds = 0.0;   ///< CPU time of the reader thread since open()
    double callbackCpuSeconds = 0.0; ///< time spent inside the callback since open()
    std::string lostReason;          ///< DeviceLost: why
};

/// A message for the user: a stem that failed while playing (muted), or a figure that is
/// missing. Taken once with takeMessages().
struct PlaybackMessage {
    int source = -1;        ///< the source it concerns; -1: the engine
    std::string text;       ///< "Vox.wav: removed from disk; muted"
};

class PlaybackEngine {
public:
    static constexpr double kSeekFadeS = 0.005;   ///< seek crossfade, pause/stop fade-out
    static constexpr double kRampS = 0.005;       ///< gain, mute and solo changes
    static constexpr int kMaxSlots = 4;
    static constexpr int kMaxSources = 128;
    static constexpr int kMaxCallbackFrames = 8192;  ///< larger callbacks are rendered in pieces

    /// Output devices of every host API (initialises PortAudio for the call).
    [[nodiscard]] static Result<std::vector<OutputDeviceInfo>> listDevices();

    PlaybackEngine();
    ~PlaybackEngine();  ///< close()s
    PlaybackEngine(const PlaybackEngine&) = delete;
    PlaybackEngine& operator=(const PlaybackEngine&) = delete;

    /// Opens the sources and the output device and starts the (silent) stream, positioned at
    /// 0 and stopped. A source that cannot be opened is left out with a message naming it
    /// and why (takeMessages()); the others play. Errors: no source can be opened (the
    /// reasons, each with its file), no such device or host API (the message names the
    /// candidates), a rate or buffer the device refuses, PortAudio errors. Closes an open
    /// engine first.
    [[nodiscard]] Result<bool> open(const PlaybackConfig& config, const std::vector<PlaybackSource>& sources);
    /// Stops the stream and the reader thread. Safe to call twice.
    void close();

    [[nodiscard]] EngineState state() const noexcept;
    /// The sources as opened (index = the source index of the other calls).
    [[nodiscard]] const std::vector<PlaybackSource>& sources() const noexcept;
    /// Whether source `i` was opened (false: left out, see takeMessages()).
    [[nodiscard]] bool sourceOpen(int i) const noexcept;
    [[nodiscard]] const OutputDeviceInfo& device() const noexcept { return m_device; }

    // Transport. Positions in seconds on the timeline (0 = the start of the sources).
    void play();
    void pause();
    /// Stops and returns the playhead to where the last play() started.
    void stop();
    void seek(double positionS);
    /// Loops [startS, endS) (at least 50 ms); while playing, takes effect without a gap.
    void setLoop(double startS, double endS);
    void clearLoop();
    /// Ends the material at `endS` (nullopt: at the longest source's end): playing stops
    /// there as at the end (status().finished), frame-exact.
    void setPlayEnd(std::optional<double> endS);

    // Per source.
    void setSolo(int source, bool solo);
    void setMute(int source, bool mute);
    void setPolarityInverted(int source, bool inverted);
    void setGainDb(int source, double gainDb);

    // A/B.
    /// Crossfades to `slot` now (within a buffer) or when the playhead reaches `atS`.
    void switchToSlot(int slot, std::optional<double> atS = std::nullopt);
    /// The known integrated loudness of `slot` (overrides that of a one-source slot).
    void setSlotLoudness(int slot, std::optional<double> lufs);
    void setMatching(const MatchSettings& settings);
    /// Asks the reader thread for the loudness of [startS, endS) of every slot as heard now
    /// (gains, solo, mute, polarity; the preview with and without). The result appears in
    /// status().region; with MatchSettings::Basis::Region it sets the gains; it also sets
    /// the preview's matching gain when a preview is set.
    void measureRegion(double startS, double endS);

    // Listening aids.
    void setListenMode(ListenMode mode);
    /// Band solo of [lowHz, highHz] (48 dB/oct skirts); nullopt: off.
    void setBand(std::optional<std::pair<double, double>> band);

    // Move preview.
    /// Previews `move` on `source` (-1: on the whole output). Errors: the move cannot be
    /// designed at this rate. Starts with "with" selected.
    [[nodiscard]] Result<bool> setPreview(int source, const Move& move);
    void clearPreview();
    /// With (true) or without the move, crossfaded.
    void setPreviewEnabled(bool with);
    /// The gain of the "with" side (set by measureRegion(); this overrides it).
    void setPreviewMatchDb(double gainDb);

    /// The latest status (cheap: for display rate).
    [[nodiscard]] PlaybackStatus status();
    /// The playhead in seconds (one atomic read).
    [[nodiscard]] double positionS() const noexcept;
    /// Messages since the last call.
    [[nodiscard]] std::vector<PlaybackMessage> takeMessages();

    /// For tests: a function the callback calls on entry (true) and exit (false), on the
    /// callback's thread. Set it before open(); nullptr to remove.
    using CallbackHook = void (*)(bool entering) noexcept;
    static void setCallbackHookForTesting(CallbackHook hook) noexcept;

private:
    struct Stream;  // the state the threads share (playbackengine.cpp)
    std::unique_ptr<Stream> m_stream;
    OutputDeviceInfo m_device;
    std::vector<PlaybackSource> m_sources;
};

}  // namespace stemwise::core
