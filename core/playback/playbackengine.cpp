// PlaybackEngine: control, reader thread and PortAudio callback (see playbackengine.h).
#include "playback/playbackengine.h"

#include "audio/audiodevices.h"
#include "audio/portaudiolib.h"
#include "audio/spscring.h"
#include "playback/filterdesign.h"
#include "playback/movedesign.h"
#include "playback/moveprocessor.h"
#include "playback/regionmeter.h"
#include "audio/sourcereader.h"
#include "playback/ebur128state.h"
#include "util/strprintf.h"

#include <semaphore.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <ctime>
#include <limits>
#include <mutex>
#include <numbers>
#include <thread>
#include <type_traits>

namespace stemwise::core {

namespace {

std::atomic<PlaybackEngine::CallbackHook> g_callbackHook{nullptr};

constexpr std::size_t kPieceFrames = 1024;   // the callback renders in pieces of at most this
constexpr std::size_t kChunkFrames = 1024;   // the reader thread writes chunks of this
constexpr double kStallS = 0.5;              // no callback this long: ask PortAudio
constexpr double kLostS = 5.0;               // no callback this long: lost regardless
constexpr double kWatchFilesS = 0.5;
constexpr double kPreviewFadeS = 0.010;      // with/without, band solo on/off, listening mode
constexpr double kMaxGainDb = 24.0;          // matching never raises a quiet source more
constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

std::int64_t nowNs() noexcept
{
    // steady_clock reads CLOCK_MONOTONIC through the vDSO: no system call, no lock.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t threadCpuNs() noexcept
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

float dbToGain(double db)
{
    return static_cast<float>(std::pow(10.0, db / 20.0));
}

// A gain that moves linearly to its target over a set number of frames and then holds it
// exactly (so a settled gain of 1 leaves samples bit for bit).
struct Ramp {
    float value = 1.0f;
    float target = 1.0f;
    float step = 0.0f;
    std::int64_t left = 0;

    void set(float to, std::int64_t frames) noexcept
    {
        target = to;
        if (frames <= 0 || to == value) {
            value = to;
            left = 0;
            return;
        }
        left = frames;
        step = (to - value) / static_cast<float>(frames);
    }
    void jump(float to) noexcept { set(to, 0); }
    [[nodiscard]] bool settled() const noexcept { return left == 0; }
    float next() noexcept
    {
        if (left == 0)
            return value;
        const float v = value;
        if (--left == 0)
            value = target;
        else
            value += step;
        return v;
    }
    void advance(std::int64_t frames) noexcept
    {
        while (frames-- > 0 && left > 0)
            next();
    }
};

enum class CommandType : std::uint8_t {
    Play,
    Pause,
    Stop,
    Seek,
    SourceParams,
    SlotGain,
    SwitchSlot,
    Listen,
    Band,
    BandOff,
    Preview,
    PreviewOff,
    PreviewEnable,
    PreviewMatch,
};

// A message to the callback: trivially copyable, so the ring copies it with memcpy.
struct Command {
    CommandType type = CommandType::Play;
    int index = 0;            // source, slot or listening mode
    bool flag = false;        // mute (SourceParams), follow (Seek), with (PreviewEnable)
    bool solo = false;
    std::int64_t epoch = 0;
    std::int64_t frame = -1;  // Seek: where the new epoch starts; SwitchSlot: when (-1 now)
    std::int64_t switchAt = -1;  // Seek with follow: the old timeline position to switch at
    float gain = 1.0f;        // SourceParams (sign: polarity), SlotGain, PreviewMatch
    std::int64_t sentNs = 0;
    std::int64_t sentCallback = 0;  // callbacks begun when it was sent (SwitchSlot)
    FilterChainDesign band;
    MoveDesign move;
};
static_assert(std::is_trivially_copyable_v<Command>);

struct Marker {
    enum Kind : std::int32_t { Jump, End };
    std::int64_t frame = 0;     // epoch frame at which it applies (frames consumed before it)
    std::int64_t timeline = 0;  // Jump: the timeline position of that frame
    std::int32_t kind = Jump;
};

// Where the callback is in one set's stream.
struct Cursor {
    int set = 0;
    std::int64_t epoch = 0;
    std::int64_t position = 0;  // timeline frame of the next frame
    std::int64_t consumed = 0;  // frames of this epoch read so far
    Marker next{};
    bool haveNext = false;
    bool ended = false;
};

struct SlotSwitch {
    int slot = 0;
    std::int64_t atFrame = -1;
    std::int64_t sentNs = 0;
    std::int64_t sentCallback = 0;
};

struct FileStamp {
    bool ok = false;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
};

FileStamp stampOf(const std::filesystem::path& path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return {true, static_cast<std::int64_t>(st.st_size),
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

double lufsOr(ebur128_state* st, int (*get)(ebur128_state*, double*))
{
    double v = 0.0;
    if (st == nullptr || get(st, &v) != EBUR128_SUCCESS || !std::isfinite(v))
        return -std::numeric_limits<double>::infinity();
    return v;
}

double toDb(double amplitude)
{
    return amplitude > 0.0 ? 20.0 * std::log10(amplitude) : -std::numeric_limits<double>::infinity();
}

}  // namespace

const char* listenModeName(ListenMode mode)
{
    switch (mode) {
    case ListenMode::Stereo: return "stereo";
    case ListenMode::Mono: return "mono";
    case ListenMode::Mid: return "mid";
    case ListenMode::Side: return "side";
    }
    return "?";
}

// ---- The stream: everything the three threads share ------------------------------------

struct PlaybackEngine::Stream {
    Stream(double rateHz, int buffer, std::size_t sourceCount, std::size_t ringFloats)
        : rate(rateHz), bufferFrames(buffer), commands(256), workerCommands(256),
          tap(static_cast<std::size_t>(rateHz) * 2), rings(sourceCount)
    {
        (void)ringFloats;
        sem_init(&wake, 0, 0);
        for (auto& m : markers)
            m = std::make_unique<SpscRing<Marker>>(256);
        for (auto& b : bus)
            b.assign(2 * kPieceFrames, 0.0f);
        raw.assign(2 * kPieceFrames, 0.0f);
        incoming.assign(2 * kPieceFrames, 0.0f);
        wet.assign(2 * kPieceFrames, 0.0f);
        mix.assign(2 * kPieceFrames, 0.0f);
        alt.assign(2 * kPieceFrames, 0.0f);
        fadeOld.assign(kPieceFrames, 0.0f);
        fadeNew.assign(kPieceFrames, 0.0f);
    }
    ~Stream() { sem_destroy(&wake); }
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    // ---- Immutable while the stream runs.
    double rate;
    int bufferFrames;
    int outChannels = 2;
    std::int64_t durationFrames = 0;
    std::int64_t prefillFrames = 0;
    std::int64_t fadeFrames = 0;      // kSeekFadeS
    std::int64_t rampFrames = 0;      // kRampS
    std::int64_t previewFadeFrames = 0;
    std::int64_t abFadeFrames = 0;    // PlaybackConfig::crossfadeS
    PortAudioScope* portAudio = nullptr;
    PaStream* pa = nullptr;
    bool jack = false;
    std::vector<PlaybackSource> sources;
    std::vector<int> slotOf;          // per source
    int slotCount = 1;

    // ---- Rings: the reader thread writes, the callback reads.
    SpscRing<Command> commands;       // control → callback
    SpscRing<Command> workerCommands; // reader thread → callback (matching gains)
    SpscRing<float> tap;              // callback → reader thread: what was played (stereo)
    std::vector<std::array<std::unique_ptr<SpscRing<float>>, 2>> rings;  // per source and set; null: not open
    std::array<std::unique_ptr<SpscRing<Marker>>, 2> markers;

    // ---- Owned by the callback.
    struct RtSource {
        int slot = 0;
        bool open = false;
        float gain = 1.0f;  // user gain with the polarity's sign
        bool mute = false;
        bool solo = false;
        Ramp audible;
    };
    std::vector<RtSource> rt;
    int soloCount = 0;
    Cursor playing;
    Cursor incomingCursor;
    bool playingValid = false;
    bool fading = false;        // seek crossfade: playing → incomingCursor
    bool fadeLinear = false;
    std::int64_t fadeDone = 0;
    std::int64_t targetEpoch = 0;
    std::int64_t targetPos = 0;
    std::int64_t targetSwitchAt = -1;  // follow: switch when the old stream reaches it
    std::int64_t targetSentNs = 0;
    std::int64_t followWaited = 0;
    bool staleOld = false;      // a seek arrived while not playing: the old stream is not to be heard
    std::int64_t flushAckLocal = 0;
    Transport transport = Transport::Stopped;
    Ramp transportGain{0.0f, 0.0f, 0.0f, 0};
    std::int64_t playSentNs = 0;
    bool finishedRt = false;
    // A/B
    int activeSlot = 0;
    bool abFading = false;
    int abFrom = 0;
    int abTo = 0;
    std::int64_t abDone = 0;
    std::array<SlotSwitch, 8> switchQueue{};
    std::size_t switchCount = 0;
    std::array<Ramp, kMaxSlots> slotGain{};
    // Preview
    bool previewSet = false;
    int previewSource = -1;     // -1: the output
    MoveProcessor preview;
    Ramp previewMix{0.0f, 0.0f, 0.0f, 0};
    Ramp previewMatch;
    bool previewWith = true;
    // Listening
    ListenMode listen = ListenMode::Stereo;
    ListenMode listenPrev = ListenMode::Stereo;
    std::int64_t listenFadeLeft = 0;
    bool bandOn = false;
    StereoFilterChain band;
    Ramp bandMix{0.0f, 0.0f, 0.0f, 0};
    // Scratch
    std::array<std::vector<float>, kMaxSlots> bus;
    std::vector<float> raw, incoming, wet, mix, alt, fadeOld, fadeNew;

    // ---- Written by the callback, read by the others (counters: relaxed).
    std::atomic<std::int64_t> positionFrames{0};
    std::atomic<std::int64_t> playingEpochPub{0};
    std::atomic<int> transportPub{static_cast<int>(Transport::Stopped)};
    std::atomic<int> activeSlotPub{0};
    std::atomic<bool> finished{false};
    std::atomic<bool> previewOnPub{false};
    std::atomic<float> previewMatchPub{1.0f};
    std::atomic<float> previewReductionPub{0.0f};
    std::atomic<std::int64_t> framesPlayed{0};
    std::atomic<std::int64_t> callbacks{0};
    std::atomic<std::int64_t> underruns{0};
    std::atomic<std::int64_t> underrunFrames{0};
    std::atomic<std::int64_t> outputUnderflows{0};
    std::atomic<std::int64_t> tapOverflowFrames{0};
    std::atomic<std::int64_t> callbackNs{0};
    std::atomic<std::int64_t> playLatencyNs{-1};
    std::atomic<std::int64_t> switchLatencyNs{-1};
    std::atomic<std::int64_t> switchCallbacks{-1};
    std::atomic<std::int64_t> seekLatencyNs{-1};
    std::atomic<bool> paFinished{false};

    // ---- Reader thread ↔ callback: epochs (see playbackengine.h, "Seeking without a gap").
    std::atomic<std::int64_t> flushRequest{0};  // reader: "empty the set you do not play, for this epoch"
    std::atomic<std::int64_t> flushAck{0};      // callback: "done, in flushAckSet"
    std::atomic<int> flushAckSet{0};
    std::array<std::atomic<std::int64_t>, 2> setReady{};  // reader: the epoch whose prefill the set holds

    // ---- Control → reader thread (the reader thread is no real-time thread: a mutex is fine).
    struct Loop {
        bool on = false;
        std::int64_t start = 0;
        std::int64_t end = 0;
    };
    struct Requests {
        std::int64_t epoch = 0;
        std::int64_t startFrame = 0;
        std::int64_t followFrames = 0;  // a follow epoch: how far ahead of the playhead it switches
        std::int64_t endFrame = 0;      // where the material ends (0: the longest source's end)
        Loop loop;
        MatchSettings match;
        std::vector<std::optional<double>> slotLoudness;  // known, per slot
        std::int64_t matchSerial = 0;
        std::int64_t regionSerial = 0;
        double regionStartS = 0.0;
        double regionEndS = 0.0;
        std::vector<float> heardGain;  // per source, as heard (mute/solo/polarity/gain)
        int activeSlot = 0;
        bool previewSet = false;
        int previewSource = -1;
        MoveDesign preview;
        bool resetMeters = false;
    };
    std::mutex requestMutex;
    Requests requests;
    std::atomic<bool> requestPending{false};

    // ---- Reader thread → control.
    std::mutex statusMutex;
    PlaybackStatus status;              // the reader thread's part (meters, matching, lost)
    std::vector<PlaybackMessage> messages;
    std::atomic<EngineState> state{EngineState::Open};
    std::atomic<double> readerCpuS{0.0};

    // ---- Reader thread: wake-ups from the callback and the control thread.
    sem_t wake;
    std::atomic<bool> sleeping{false};
    std::atomic<bool> quit{false};
    std::atomic<bool> stopping{false};  // close() is aborting the stream: not a lost device
    std::thread reader;
    std::vector<std::unique_ptr<SourceReader>> readers;  // owned by the reader thread once it runs

    // ---- Owned by the control thread.
    struct SourceParams {
        double gainDb = 0.0;
        bool mute = false;
        bool solo = false;
        bool inverted = false;
    };
    std::int64_t epoch = 1;          // the latest epoch asked for
    std::int64_t seekFrame = 0;      // where it starts
    std::int64_t playStartFrame = 0; // where the last play() started (stop() returns there)
    Loop loopSet;
    std::int64_t endFrame = 0;       // setPlayEnd(); 0: none
    MatchSettings match;
    std::vector<SourceParams> params;
    std::vector<std::optional<double>> slotLoudnessOverride;

    bool post(const Command& c) noexcept { return commands.write(&c, 1); }
    /// follow: switch when the played stream reaches `switchAt`, `lead` frames ahead of the playhead.
    void startEpoch(std::int64_t frame, bool follow, std::int64_t switchAt, std::int64_t lead = 0);
    void setLoopFrames(bool on, std::int64_t start, std::int64_t end);
    /// The loop or the end changed: the reader plans again from the playhead (unheard).
    void replan();
    void sendSourceParams(int source);
    template <typename Set>
    void changeSource(int source, Set&& set)
    {
        if (source < 0 || static_cast<std::size_t>(source) >= params.size())
            return;
        set(params[static_cast<std::size_t>(source)]);
        sendSourceParams(source);
    }
    void pushSlotLoudness();
    [[nodiscard]] bool sourceOpen(std::size_t i) const noexcept { return rings[i][0] != nullptr; }

    void wakeReader() noexcept
    {
        // seq_cst pairs with the reader's store of `sleeping` and its later look at its work:
        // either it sees what we did, or we see it sleeping and post (as LiveInput does).
        if (sleeping.exchange(false))
            sem_post(&wake);
    }

    // Callback side.
    static int callback(const void* input, void* output, unsigned long frameCount,
                        const PaStreamCallbackTimeInfo* timeInfo, PaStreamCallbackFlags flags, void* user);
    static void finishedCallback(void* user);
    void applyCommand(const Command& c) noexcept;
    [[nodiscard]] bool idle() const noexcept
    {
        return transport != Transport::Playing && transportGain.settled() && transportGain.value == 0.0f;
    }
    void updateAudible(RtSource& s) noexcept;
    void serviceFlush() noexcept;
    void discardSet(int set) noexcept;
    std::int64_t available(int set) const noexcept;
    std::int64_t framesUntilEvent(Cursor& c) noexcept;
    void applyMarker(Cursor& c) noexcept;
    void considerSwitch() noexcept;
    void switchNow() noexcept;
    void startFade(bool linear) noexcept;
    void startSlotFade() noexcept;
    void render(float* out, std::size_t frames) noexcept;
    void renderPiece(float* dst, std::size_t m) noexcept;
    void applyPreview(float* buf, std::size_t m) noexcept;
    void applyListen(float* buf, std::size_t m) noexcept;
    void publish() noexcept;

    // Reader thread.
    void readerLoop();
    void postMessage(int source, std::string text);
};

// ---- Callback -----------------------------------------------------------------------------

void PlaybackEngine::Stream::updateAudible(RtSource& s) noexcept
{
    const bool heard = s.open && !s.mute && (soloCount == 0 || s.solo);
    s.audible.set(heard ? s.gain : 0.0f, idle() ? 0 : rampFrames);
}

void PlaybackEngine::Stream::applyCommand(const Command& c) noexcept
{
    switch (c.type) {
    case CommandType::Play:
        if (transport != Transport::Playing) {
            if (transportGain.value == 0.0f && transportGain.settled()) {
                transportGain.jump(1.0f);  // from silence: the samples as they are
                playSentNs = c.sentNs;
            } else {
                transportGain.set(1.0f, fadeFrames);  // resumed during a fade-out
            }
            transport = Transport::Playing;
            finishedRt = false;
            finished.store(false, std::memory_order_relaxed);
        }
        break;
    case CommandType::Pause:
    case CommandType::Stop:
        if (transport == Transport::Playing)
            transportGain.set(0.0f, fadeFrames);
        transport = c.type == CommandType::Pause ? Transport::Paused : Transport::Stopped;
        break;
    case CommandType::Seek:
        targetEpoch = c.epoch;
        targetPos = c.frame;
        targetSwitchAt = c.flag ? c.switchAt : -1;
        targetSentNs = c.sentNs;
        followWaited = 0;
        if (transport != Transport::Playing)
            staleOld = true;
        break;
    case CommandType::SourceParams: {
        if (c.index < 0 || static_cast<std::size_t>(c.index) >= rt.size())
            break;
        RtSource& s = rt[static_cast<std::size_t>(c.index)];
        if (s.solo != c.solo) {
            s.solo = c.solo;
            soloCount += c.solo ? 1 : -1;
            s.gain = c.gain;
            s.mute = c.flag;
            for (auto& other : rt)
                updateAudible(other);
        } else {
            s.gain = c.gain;
            s.mute = c.flag;
            updateAudible(s);
        }
        break;
    }
    case CommandType::SlotGain:
        if (c.index >= 0 && c.index < kMaxSlots)
            slotGain[static_cast<std::size_t>(c.index)].set(c.gain, idle() ? 0 : rampFrames);
        break;
    case CommandType::SwitchSlot:
        if (switchCount < switchQueue.size())
            switchQueue[switchCount++] = SlotSwitch{c.index, c.frame, c.sentNs, c.sentCallback};
        break;
    // While nothing is heard, changes apply at once; while playing, they crossfade.
    case CommandType::Listen:
        if (static_cast<ListenMode>(c.index) != listen) {
            listenPrev = listen;
            listen = static_cast<ListenMode>(c.index);
            listenFadeLeft = idle() ? 0 : previewFadeFrames;
        }
        break;
    case CommandType::Band:
        band.set(c.band, !bandOn && bandMix.value == 0.0f);  // a new band solo starts from rest
        bandOn = true;
        bandMix.set(1.0f, idle() ? 0 : previewFadeFrames);
        break;
    case CommandType::BandOff:
        bandOn = false;
        bandMix.set(0.0f, idle() ? 0 : previewFadeFrames);
        break;
    case CommandType::Preview:
        preview.set(c.move);
        previewSource = c.index;
        previewSet = true;
        previewWith = true;
        previewMix.set(1.0f, idle() ? 0 : previewFadeFrames);
        previewMatch.jump(1.0f);
        break;
    case CommandType::PreviewOff:
        previewSet = false;
        previewMix.jump(0.0f);
        break;
    case CommandType::PreviewEnable:
        previewWith = c.flag;
        previewMix.set(c.flag ? 1.0f : 0.0f, idle() ? 0 : previewFadeFrames);
        break;
    case CommandType::PreviewMatch:
        previewMatch.set(c.gain, idle() ? 0 : rampFrames);
        break;
    }
}

void PlaybackEngine::Stream::discardSet(int set) noexcept
{
    for (auto& r : rings)
        if (r[static_cast<std::size_t>(set)] != nullptr)
            r[static_cast<std::size_t>(set)]->discard(r[static_cast<std::size_t>(set)]->capacity());
    markers[static_cast<std::size_t>(set)]->discard(markers[static_cast<std::size_t>(set)]->capacity());
}

void PlaybackEngine::Stream::serviceFlush() noexcept
{
    // The reader asks for epoch `req`: empty the set not playing. Only once the Seek command
    // for that epoch has arrived (else a pending set of an older target could be emptied
    // under it), and not while a crossfade reads both sets.
    const std::int64_t req = flushRequest.load(std::memory_order_acquire);
    if (req == flushAckLocal || req > targetEpoch || fading)
        return;
    const int set = 1 - playing.set;
    discardSet(set);
    flushAckLocal = req;
    flushAckSet.store(set, std::memory_order_relaxed);
    // Release: the emptied rings are visible before the reader starts writing into them.
    flushAck.store(req, std::memory_order_release);
}

std::int64_t PlaybackEngine::Stream::available(int set) const noexcept
{
    std::int64_t frames = kNever;
    for (const auto& r : rings)
        if (r[static_cast<std::size_t>(set)] != nullptr)
            frames = std::min<std::int64_t>(frames, static_cast<std::int64_t>(r[static_cast<std::size_t>(set)]->readAvailable() / 2));
    return frames;
}

std::int64_t PlaybackEngine::Stream::framesUntilEvent(Cursor& c) noexcept
{
    // Called after available(): the reader writes a marker before the frames at and after
    // it, so the acquire on the rings made the marker visible (happens-before is transitive).
    if (!c.haveNext && markers[static_cast<std::size_t>(c.set)]->read(&c.next, 1) == 1)
        c.haveNext = true;
    return c.haveNext ? c.next.frame - c.consumed : kNever;
}

void PlaybackEngine::Stream::applyMarker(Cursor& c) noexcept
{
    if (c.next.kind == Marker::End)
        c.ended = true;
    else
        c.position = c.next.timeline;
    c.haveNext = false;
}

void PlaybackEngine::Stream::switchNow() noexcept
{
    const int set = 1 - playing.set;
    discardSet(playing.set);
    playing = Cursor{};
    playing.set = set;
    playing.epoch = targetEpoch;
    playing.position = targetPos;
    playingValid = true;
    staleOld = false;
    if (targetSentNs != 0)
        seekLatencyNs.store(nowNs() - targetSentNs, std::memory_order_relaxed);
    targetSentNs = 0;
}

void PlaybackEngine::Stream::startFade(bool linear) noexcept
{
    incomingCursor = Cursor{};
    incomingCursor.set = 1 - playing.set;
    incomingCursor.epoch = targetEpoch;
    incomingCursor.position = targetPos;
    fading = true;
    fadeLinear = linear;
    fadeDone = 0;
    if (targetSentNs != 0)
        seekLatencyNs.store(nowNs() - targetSentNs, std::memory_order_relaxed);
    targetSentNs = 0;
}

void PlaybackEngine::Stream::considerSwitch() noexcept
{
    if (fading || targetEpoch == playing.epoch)
        return;
    const int set = 1 - playing.set;
    if (setReady[static_cast<std::size_t>(set)].load(std::memory_order_acquire) != targetEpoch)
        return;
    const bool fadingOut = transport != Transport::Playing && !idle();
    if (fadingOut)
        return;  // the fade-out reads the old stream to its end first
    const bool heard = transport == Transport::Playing && playingValid && !playing.ended && !staleOld;
    if (!heard) {
        switchNow();
        return;
    }
    if (targetSwitchAt < 0) {
        startFade(false);
        return;
    }
    // Follow: switch where the old stream reaches targetSwitchAt (render() stops a piece
    // there); if it never does (its own loop wrapped before), crossfade after waiting.
    if (playing.position == targetSwitchAt)
        startFade(targetPos == targetSwitchAt);
    else if (playing.position > targetSwitchAt || followWaited > static_cast<std::int64_t>(rate))
        startFade(false);
}

void PlaybackEngine::Stream::startSlotFade() noexcept
{
    const SlotSwitch next = switchQueue[0];
    for (std::size_t i = 1; i < switchCount; ++i)
        switchQueue[i - 1] = switchQueue[i];
    --switchCount;
    if (next.slot == activeSlot || next.slot < 0 || next.slot >= slotCount)
        return;
    abFrom = activeSlot;
    abTo = next.slot;
    abDone = 0;
    abFading = true;
    if (next.atFrame < 0 && next.sentNs != 0) {
        switchLatencyNs.store(nowNs() - next.sentNs, std::memory_order_relaxed);
        switchCallbacks.store(callbacks.load(std::memory_order_relaxed) - next.sentCallback, std::memory_order_relaxed);
    }
}

void PlaybackEngine::Stream::applyPreview(float* buf, std::size_t m) noexcept
{
    preview.process(buf, wet.data(), m);
    if (previewMix.settled() && previewMix.value == 0.0f)
        return;  // "without": the input as it is
    for (std::size_t j = 0; j < m; ++j) {
        const float w = previewMix.next();
        const float g = previewMatch.next();
        buf[2 * j] = buf[2 * j] * (1.0f - w) + wet[2 * j] * w * g;
        buf[2 * j + 1] = buf[2 * j + 1] * (1.0f - w) + wet[2 * j + 1] * w * g;
    }
}

namespace {

inline void listenMap(ListenMode mode, float l, float r, float& outL, float& outR) noexcept
{
    switch (mode) {
    case ListenMode::Stereo:
        outL = l;
        outR = r;
        return;
    case ListenMode::Mono:
    case ListenMode::Mid:
        outL = outR = 0.5f * (l + r);
        return;
    case ListenMode::Side:
        outL = outR = 0.5f * (l - r);
        return;
    }
}

}  // namespace

void PlaybackEngine::Stream::applyListen(float* buf, std::size_t m) noexcept
{
    if (listen == ListenMode::Stereo && listenFadeLeft == 0)
        return;
    for (std::size_t j = 0; j < m; ++j) {
        float l = 0.0f;
        float r = 0.0f;
        listenMap(listen, buf[2 * j], buf[2 * j + 1], l, r);
        if (listenFadeLeft > 0) {
            float pl = 0.0f;
            float pr = 0.0f;
            listenMap(listenPrev, buf[2 * j], buf[2 * j + 1], pl, pr);
            const float t = 1.0f - static_cast<float>(listenFadeLeft) / static_cast<float>(previewFadeFrames);
            l = pl * (1.0f - t) + l * t;
            r = pr * (1.0f - t) + r * t;
            --listenFadeLeft;
        }
        buf[2 * j] = l;
        buf[2 * j + 1] = r;
    }
}

// One piece: every ring gives m frames (checked by render()), summed into `dst`.
void PlaybackEngine::Stream::renderPiece(float* dst, std::size_t m) noexcept
{
    const std::size_t samples = 2 * m;
    // The seek crossfade's shape, once for all sources.
    if (fading) {
        const auto len = static_cast<float>(fadeFrames);
        for (std::size_t j = 0; j < m; ++j) {
            const float t = static_cast<float>(fadeDone + static_cast<std::int64_t>(j)) / len;
            if (fadeLinear) {
                fadeOld[j] = 1.0f - t;
                fadeNew[j] = t;
            } else {
                fadeOld[j] = static_cast<float>(std::cos(0.5 * std::numbers::pi * t));
                fadeNew[j] = static_cast<float>(std::sin(0.5 * std::numbers::pi * t));
            }
        }
    }
    std::array<bool, kMaxSlots> heard{};
    heard[static_cast<std::size_t>(activeSlot)] = true;
    if (abFading)
        heard[static_cast<std::size_t>(abFrom)] = heard[static_cast<std::size_t>(abTo)] = true;
    for (int k = 0; k < slotCount; ++k)
        if (heard[static_cast<std::size_t>(k)])
            std::fill(bus[static_cast<std::size_t>(k)].begin(), bus[static_cast<std::size_t>(k)].begin() + static_cast<std::ptrdiff_t>(samples), 0.0f);

    for (std::size_t i = 0; i < rings.size(); ++i) {
        auto& r = rings[i];
        if (r[0] == nullptr)
            continue;
        float* x = raw.data();
        r[static_cast<std::size_t>(playing.set)]->read(x, samples);
        if (fading) {
            r[static_cast<std::size_t>(incomingCursor.set)]->read(incoming.data(), samples);
            for (std::size_t j = 0; j < m; ++j) {
                x[2 * j] = x[2 * j] * fadeOld[j] + incoming[2 * j] * fadeNew[j];
                x[2 * j + 1] = x[2 * j + 1] * fadeOld[j] + incoming[2 * j + 1] * fadeNew[j];
            }
        }
        if (previewSet && static_cast<int>(i) == previewSource)
            applyPreview(x, m);
        RtSource& s = rt[i];
        if (!heard[static_cast<std::size_t>(s.slot)]) {
            s.audible.advance(static_cast<std::int64_t>(m));
            continue;
        }
        float* b = bus[static_cast<std::size_t>(s.slot)].data();
        if (s.audible.settled()) {
            const float g = s.audible.value;
            if (g == 0.0f)
                continue;
            for (std::size_t j = 0; j < samples; ++j)
                b[j] += x[j] * g;
        } else {
            for (std::size_t j = 0; j < m; ++j) {
                const float g = s.audible.next();
                b[2 * j] += x[2 * j] * g;
                b[2 * j + 1] += x[2 * j + 1] * g;
            }
        }
    }

    // The slots: the active one, or two crossfading at equal power.
    std::fill(dst, dst + samples, 0.0f);
    for (int k = 0; k < slotCount; ++k) {
        if (!heard[static_cast<std::size_t>(k)])
            continue;
        Ramp& g = slotGain[static_cast<std::size_t>(k)];
        const float* b = bus[static_cast<std::size_t>(k)].data();
        if (!abFading && g.settled()) {
            const float gain = g.value;
            for (std::size_t j = 0; j < samples; ++j)
                dst[j] += b[j] * gain;
            continue;
        }
        for (std::size_t j = 0; j < m; ++j) {
            float ab = 1.0f;
            if (abFading) {
                const double t = static_cast<double>(abDone + static_cast<std::int64_t>(j)) / static_cast<double>(abFadeFrames);
                ab = k == abTo ? static_cast<float>(std::sin(0.5 * std::numbers::pi * t))
                               : static_cast<float>(std::cos(0.5 * std::numbers::pi * t));
            }
            const float gain = g.next() * ab;
            dst[2 * j] += b[2 * j] * gain;
            dst[2 * j + 1] += b[2 * j + 1] * gain;
        }
    }
    for (int k = 0; k < slotCount; ++k)
        if (!heard[static_cast<std::size_t>(k)])
            slotGain[static_cast<std::size_t>(k)].advance(static_cast<std::int64_t>(m));

    if (previewSet && previewSource < 0)
        applyPreview(dst, m);
    applyListen(dst, m);
    if (bandOn || !(bandMix.settled() && bandMix.value == 0.0f)) {
        std::copy(dst, dst + samples, alt.data());
        band.process(alt.data(), m);
        if (bandMix.settled() && bandMix.value == 1.0f) {
            std::copy(alt.data(), alt.data() + samples, dst);
        } else {
            for (std::size_t j = 0; j < m; ++j) {
                const float w = bandMix.next();
                dst[2 * j] = dst[2 * j] * (1.0f - w) + alt[2 * j] * w;
                dst[2 * j + 1] = dst[2 * j + 1] * (1.0f - w) + alt[2 * j + 1] * w;
            }
        }
    }
    if (!(transportGain.settled() && transportGain.value == 1.0f)) {
        for (std::size_t j = 0; j < m; ++j) {
            const float g = transportGain.next();
            dst[2 * j] *= g;
            dst[2 * j + 1] *= g;
        }
    }

    // Advance.
    playing.consumed += static_cast<std::int64_t>(m);
    playing.position += static_cast<std::int64_t>(m);
    if (fading) {
        incomingCursor.consumed += static_cast<std::int64_t>(m);
        incomingCursor.position += static_cast<std::int64_t>(m);
        fadeDone += static_cast<std::int64_t>(m);
        if (fadeDone >= fadeFrames) {  // the old stream is done with: drop its rest
            discardSet(playing.set);
            playing = incomingCursor;
            fading = false;
            staleOld = false;
        }
    }
    if (abFading) {
        abDone += static_cast<std::int64_t>(m);
        if (abDone >= abFadeFrames) {
            abFading = false;
            activeSlot = abTo;
        }
    }
    framesPlayed.fetch_add(static_cast<std::int64_t>(m), std::memory_order_relaxed);
}

void PlaybackEngine::Stream::render(float* out, std::size_t frames) noexcept
{
    float* dst = mix.data();
    std::size_t produced = 0;
    if (targetSwitchAt >= 0 && targetEpoch != playing.epoch)
        followWaited += static_cast<std::int64_t>(frames);
    for (int guard = 0; produced < frames && guard < 64; ++guard) {
        considerSwitch();
        if (idle())
            break;
        if (!playingValid || (staleOld && transport == Transport::Playing && targetEpoch != playing.epoch))
            break;  // waiting for the new position's data: silence, not an underrun
        if (playing.ended) {
            transport = Transport::Stopped;
            transportGain.jump(0.0f);
            if (!finishedRt) {
                finishedRt = true;
                finished.store(true, std::memory_order_relaxed);
            }
            break;
        }
        std::int64_t m = static_cast<std::int64_t>(frames - produced);
        m = std::min(m, available(playing.set));
        const std::int64_t untilPlaying = framesUntilEvent(playing);
        m = std::min(m, untilPlaying);
        std::int64_t untilIncoming = kNever;
        if (fading) {
            m = std::min(m, available(incomingCursor.set));
            untilIncoming = framesUntilEvent(incomingCursor);
            m = std::min({m, untilIncoming, fadeFrames - fadeDone});
        }
        if (targetSwitchAt >= 0 && !fading && targetEpoch != playing.epoch && playing.position < targetSwitchAt)
            m = std::min(m, targetSwitchAt - playing.position);
        if (switchCount > 0 && !abFading) {
            const std::int64_t at = switchQueue[0].atFrame;
            if (at < 0 || playing.position >= at) {
                startSlotFade();
                continue;
            }
            m = std::min(m, at - playing.position);
        }
        if (abFading)
            m = std::min(m, abFadeFrames - abDone);
        if (!transportGain.settled())
            m = std::min<std::int64_t>(m, transportGain.left);
        if (m <= 0) {
            if (untilPlaying == 0) {
                applyMarker(playing);
                continue;
            }
            if (fading && untilIncoming == 0) {
                applyMarker(incomingCursor);
                continue;
            }
            // The played stream ran dry before the new one took over (the reader moved on to
            // the new position): take the new one now rather than wait on the old.
            if (available(playing.set) == 0 && targetEpoch != playing.epoch
                && setReady[static_cast<std::size_t>(1 - playing.set)].load(std::memory_order_acquire) == targetEpoch) {
                if (fading) {
                    discardSet(playing.set);
                    playing = incomingCursor;
                    fading = false;
                    staleOld = false;
                } else {
                    switchNow();
                }
                continue;
            }
            // No data where there should be: an underrun.
            underruns.fetch_add(1, std::memory_order_relaxed);
            underrunFrames.fetch_add(static_cast<std::int64_t>(frames - produced), std::memory_order_relaxed);
            break;
        }
        const bool first = playSentNs != 0;
        renderPiece(dst + 2 * produced, static_cast<std::size_t>(m));
        produced += static_cast<std::size_t>(m);
        if (first) {
            playLatencyNs.store(nowNs() - playSentNs, std::memory_order_relaxed);
            playSentNs = 0;
        }
    }
    std::fill(dst + 2 * produced, dst + 2 * frames, 0.0f);
    // Output: stereo, or the mid on a mono device; more channels stay silent.
    const auto ch = static_cast<std::size_t>(outChannels);
    if (ch == 1) {
        for (std::size_t j = 0; j < frames; ++j)
            out[j] = 0.5f * (dst[2 * j] + dst[2 * j + 1]);
    } else {
        for (std::size_t j = 0; j < frames; ++j) {
            out[j * ch] = dst[2 * j];
            out[j * ch + 1] = dst[2 * j + 1];
            for (std::size_t c = 2; c < ch; ++c)
                out[j * ch + c] = 0.0f;
        }
    }
    if (!tap.write(dst, 2 * frames))
        tapOverflowFrames.fetch_add(static_cast<std::int64_t>(frames), std::memory_order_relaxed);
}

void PlaybackEngine::Stream::publish() noexcept
{
    const std::int64_t pos = fading ? incomingCursor.position
                             : (!playingValid || (staleOld && targetEpoch != playing.epoch)) ? targetPos
                                                                                               : playing.position;
    positionFrames.store(pos, std::memory_order_relaxed);
    // Release: the reader thread reads this to decide whether the set it writes is played.
    playingEpochPub.store(fading ? incomingCursor.epoch : playing.epoch, std::memory_order_release);
    transportPub.store(static_cast<int>(idle() ? transport : Transport::Playing), std::memory_order_relaxed);
    activeSlotPub.store(abFading ? abTo : activeSlot, std::memory_order_relaxed);
    previewOnPub.store(previewSet && previewWith, std::memory_order_relaxed);
    previewMatchPub.store(previewMatch.target, std::memory_order_relaxed);
    previewReductionPub.store(static_cast<float>(preview.reductionDb()), std::memory_order_relaxed);
}

int PlaybackEngine::Stream::callback(const void* /*input*/, void* output, unsigned long frameCount,
                                     const PaStreamCallbackTimeInfo* /*timeInfo*/, PaStreamCallbackFlags flags,
                                     void* user)
{
    const CallbackHook hook = g_callbackHook.load(std::memory_order_relaxed);
    if (hook != nullptr)
        hook(true);
    const std::int64_t entered = nowNs();
    auto* s = static_cast<Stream*>(user);
    s->callbacks.fetch_add(1, std::memory_order_relaxed);
    if ((flags & paOutputUnderflow) != 0)
        s->outputUnderflows.fetch_add(1, std::memory_order_relaxed);

    Command c;
    for (int i = 0; i < 64 && s->commands.read(&c, 1) == 1; ++i)
        s->applyCommand(c);
    for (int i = 0; i < 64 && s->workerCommands.read(&c, 1) == 1; ++i)
        s->applyCommand(c);
    s->serviceFlush();

    auto* out = static_cast<float*>(output);
    std::size_t left = frameCount;
    while (left > 0) {
        const std::size_t n = std::min(left, kPieceFrames);
        s->render(out, n);
        out += n * static_cast<std::size_t>(s->outChannels);
        left -= n;
    }
    s->publish();
    // Wake the reader when the played stream is half gone (it also wakes on its own).
    for (const auto& r : s->rings) {
        if (r[0] != nullptr) {
            const auto& ring = *r[static_cast<std::size_t>(s->playing.set)];
            if (ring.readAvailable() < ring.capacity() / 2 || s->flushRequest.load(std::memory_order_relaxed) != s->flushAckLocal)
                s->wakeReader();
            break;
        }
    }
    s->callbackNs.fetch_add(nowNs() - entered, std::memory_order_relaxed);
    if (hook != nullptr)
        hook(false);
    return paContinue;
}

void PlaybackEngine::Stream::finishedCallback(void* user)
{
    static_cast<Stream*>(user)->paFinished.store(true, std::memory_order_release);
}

// ---- Reader thread --------------------------------------------------------------------------

void PlaybackEngine::Stream::postMessage(int source, std::string text)
{
    std::lock_guard lock(statusMutex);
    messages.push_back({source, std::move(text)});
}

void PlaybackEngine::Stream::readerLoop()
{
    const std::int64_t cpuStart = threadCpuNs();
    std::vector<float> chunk(2 * kChunkFrames);
    std::vector<bool> failed(readers.size(), false);
    std::vector<FileStamp> stamps;
    for (const auto& src : sources)
        stamps.push_back(stampOf(src.path));
    std::int64_t lastWatchNs = nowNs();

    // The epoch being written.
    std::int64_t writingEpoch = 0;
    int writeSet = 0;
    std::int64_t wpos = 0;
    std::int64_t wframe = 0;
    bool wEnded = false;
    std::int64_t epochEnd = durationFrames;
    bool readyPublished = false;
    Loop loop;
    bool loopArmed = false;

    // Matching.
    std::int64_t matchSerialSeen = -1;
    std::vector<float> slotGainSent(static_cast<std::size_t>(slotCount), 1.0f);
    std::optional<RegionLoudness> region;
    std::unique_ptr<RegionMeter> regionJob;
    RegionLoudness regionPending;
    std::int64_t regionSerialSeen = 0;
    bool regionPreview = false;

    // Output meter.
    Ebur128State meter(
        ebur128_init(2, static_cast<unsigned long>(std::lround(rate)),
                     EBUR128_MODE_M | EBUR128_MODE_S | EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM));
    std::vector<float> tapBlock(2 * 4096);
    std::array<double, 2> peakWindow{};
    std::array<double, 2> peakShown{};
    std::array<double, 2> peakMax{};
    std::int64_t peakWindowFrames = 0;
    const auto peakWindowLen = static_cast<std::int64_t>(0.1 * rate);

    // Device watch.
    std::int64_t lastCallbacks = 0;
    std::int64_t lastProgressNs = nowNs();
    bool lost = false;
    std::int64_t lastStatusNs = 0;

    const auto heardRequest = [&](const Requests& r) {
        RegionRequest q;
        q.startS = r.regionStartS;
        q.endS = r.regionEndS;
        q.sampleRateHz = rate;
        q.slotCount = slotCount;
        std::vector<int> map(sources.size(), -1);
        for (std::size_t i = 0; i < sources.size(); ++i) {
            if (rings[i][0] == nullptr)
                continue;
            map[i] = static_cast<int>(q.sources.size());
            q.sources.push_back({sources[i].path, slotOf[i], i < r.heardGain.size() ? r.heardGain[i] : 1.0f});
        }
        if (r.previewSet) {
            if (r.previewSource < 0) {
                q.previewOn = RegionRequest::PreviewOn::Output;
                q.previewSlot = r.activeSlot;
            } else if (map[static_cast<std::size_t>(r.previewSource)] >= 0) {
                q.previewOn = RegionRequest::PreviewOn::Source;
                q.previewSource = map[static_cast<std::size_t>(r.previewSource)];
                q.previewSlot = slotOf[static_cast<std::size_t>(r.previewSource)];
            }
            q.preview = r.preview;
        }
        return q;
    };

    while (!quit.load(std::memory_order_acquire)) {
        // 1. What the control thread asks for.
        Requests r;
        {
            std::lock_guard lock(requestMutex);
            r = requests;
            requests.resetMeters = false;
            requestPending.store(false, std::memory_order_relaxed);
        }
        if (r.resetMeters && meter != nullptr) {
            meter.reset(ebur128_init(2, static_cast<unsigned long>(std::lround(rate)),
                                     EBUR128_MODE_M | EBUR128_MODE_S | EBUR128_MODE_I | EBUR128_MODE_HISTOGRAM));
            peakMax = {};
        }

        // 2. A new epoch: the callback empties the set it does not play, then we fill it.
        if (r.epoch != writingEpoch) {
            const bool writingPlayed =
                writingEpoch != 0 && playingEpochPub.load(std::memory_order_acquire) == writingEpoch;
            if (!writingPlayed)
                wEnded = true;  // the set we wrote is about to be emptied: stop writing it now
            if (flushRequest.load(std::memory_order_relaxed) != r.epoch)
                flushRequest.store(r.epoch, std::memory_order_release);
            // A follow epoch switches where the played stream reaches its start: the played
            // stream is written on until it holds at least that far (its ring's fill).
            bool oldCovers = true;
            if (writingPlayed && !wEnded && r.followFrames > 0)
                for (const auto& ring : rings)
                    if (ring[0] != nullptr) {
                        const auto& old = *ring[static_cast<std::size_t>(writeSet)];
                        oldCovers = static_cast<std::int64_t>((old.capacity() - old.writeAvailable()) / 2) >= r.followFrames;
                        break;
                    }
            if (oldCovers && flushAck.load(std::memory_order_acquire) == r.epoch) {
                writeSet = flushAckSet.load(std::memory_order_relaxed);
                writingEpoch = r.epoch;
                epochEnd = r.endFrame > 0 ? std::min(r.endFrame, durationFrames) : durationFrames;
                wpos = std::clamp<std::int64_t>(r.startFrame, 0, durationFrames);
                wframe = 0;
                wEnded = false;
                readyPublished = false;
                loop = r.loop;
                loopArmed = loop.on && wpos < loop.end;
                for (std::size_t i = 0; i < readers.size(); ++i)
                    if (readers[i] != nullptr && !failed[i] && !readers[i]->seek(wpos)) {
                        failed[i] = true;
                        postMessage(static_cast<int>(i), sources[i].name + ": " + readers[i]->error() + "; muted");
                    }
            }
        }

        // 3. Fill the set of the epoch being written.
        if (writingEpoch != 0 && !wEnded) {
            std::int64_t room = kNever;
            for (const auto& ring : rings)
                if (ring[0] != nullptr)
                    room = std::min<std::int64_t>(room, static_cast<std::int64_t>(ring[static_cast<std::size_t>(writeSet)]->writeAvailable() / 2));
            auto& markerRing = *markers[static_cast<std::size_t>(writeSet)];
            while (room >= static_cast<std::int64_t>(kChunkFrames) && !wEnded) {
                if (loopArmed && wpos >= loop.end) {
                    const Marker jump{wframe, loop.start, Marker::Jump};
                    markerRing.write(&jump, 1);
                    wpos = loop.start;
                    for (std::size_t i = 0; i < readers.size(); ++i)
                        if (readers[i] != nullptr && !failed[i] && !readers[i]->seek(wpos)) {
                            failed[i] = true;
                            postMessage(static_cast<int>(i), sources[i].name + ": " + readers[i]->error() + "; muted");
                        }
                }
                if (wpos >= epochEnd) {
                    const Marker end{wframe, wpos, Marker::End};
                    markerRing.write(&end, 1);
                    wEnded = true;
                    break;
                }
                const std::int64_t limit = loopArmed ? std::min(loop.end, epochEnd) : epochEnd;
                const auto n = static_cast<std::size_t>(std::min<std::int64_t>(kChunkFrames, limit - wpos));
                for (std::size_t i = 0; i < readers.size(); ++i) {
                    if (rings[i][0] == nullptr)
                        continue;
                    if (failed[i] || !readers[i]->read(chunk.data(), n)) {
                        if (!failed[i]) {
                            failed[i] = true;
                            postMessage(static_cast<int>(i), sources[i].name + ": " + readers[i]->error() + "; muted");
                        }
                        std::fill(chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(2 * n), 0.0f);
                    }
                    rings[i][static_cast<std::size_t>(writeSet)]->write(chunk.data(), 2 * n);
                }
                wpos += static_cast<std::int64_t>(n);
                wframe += static_cast<std::int64_t>(n);
                room -= static_cast<std::int64_t>(n);
                if (!readyPublished && wframe >= prefillFrames) {
                    setReady[static_cast<std::size_t>(writeSet)].store(writingEpoch, std::memory_order_release);
                    readyPublished = true;
                }
                if (requestPending.load(std::memory_order_relaxed))
                    break;  // a seek may be waiting: see to it first
            }
            if (wEnded && !readyPublished) {
                setReady[static_cast<std::size_t>(writeSet)].store(writingEpoch, std::memory_order_release);
                readyPublished = true;
            }
        }

        // 4. Meter what was played.
        while (true) {
            const std::size_t got = tap.read(tapBlock.data(), tapBlock.size()) / 2;
            if (got == 0)
                break;
            if (meter != nullptr)
                ebur128_add_frames_float(meter.get(), tapBlock.data(), got);
            for (std::size_t j = 0; j < got; ++j)
                for (std::size_t c = 0; c < 2; ++c)
                    peakWindow[c] = std::max(peakWindow[c], static_cast<double>(std::fabs(tapBlock[2 * j + c])));
            peakWindowFrames += static_cast<std::int64_t>(got);
            if (peakWindowFrames >= peakWindowLen) {
                for (std::size_t c = 0; c < 2; ++c) {
                    peakShown[c] = peakWindow[c];
                    peakMax[c] = std::max(peakMax[c], peakWindow[c]);
                    peakWindow[c] = 0.0;
                }
                peakWindowFrames = 0;
            }
        }

        // 5. A region's loudness, in slices while the rings are comfortably full.
        if (r.regionSerial != regionSerialSeen) {
            regionSerialSeen = r.regionSerial;
            auto job = RegionMeter::start(heardRequest(r));
            regionJob.reset();
            if (job) {
                regionJob = std::move(job.value());
                regionPending = RegionLoudness{};
                regionPending.startS = r.regionStartS;
                regionPending.endS = r.regionEndS;
                regionPreview = r.previewSet;
            } else {
                postMessage(-1, "the region's loudness cannot be measured: " + job.error().message);
            }
        }
        if (regionJob != nullptr) {
            bool full = true;
            if (writingEpoch != 0 && !wEnded)
                for (const auto& ring : rings)
                    if (ring[0] != nullptr) {
                        full = ring[static_cast<std::size_t>(writeSet)]->writeAvailable() < ring[static_cast<std::size_t>(writeSet)]->capacity() / 2;
                        break;
                    }
            if (full && regionJob->step()) {
                regionPending.slotLufs = regionJob->slotLufs();
                if (regionPreview) {
                    regionPending.previewWithoutLufs = regionJob->previewWithoutLufs();
                    regionPending.previewWithLufs = regionJob->previewWithLufs();
                    if (regionPending.previewWithoutLufs && regionPending.previewWithLufs) {
                        Command c;
                        c.type = CommandType::PreviewMatch;
                        c.gain = dbToGain(std::clamp(*regionPending.previewWithoutLufs - *regionPending.previewWithLufs,
                                                     -kMaxGainDb, kMaxGainDb));
                        workerCommands.write(&c, 1);
                    }
                }
                region = regionPending;
                regionJob.reset();
                matchSerialSeen = -1;  // the gains may follow the region
            }
        }

        // 6. Matching gains.
        if (r.matchSerial != matchSerialSeen) {
            matchSerialSeen = r.matchSerial;
            std::vector<SlotMatch> matches(static_cast<std::size_t>(slotCount));
            for (int k = 0; k < slotCount; ++k) {
                SlotMatch& m = matches[static_cast<std::size_t>(k)];
                if (r.match.basis == MatchSettings::Basis::Integrated) {
                    if (static_cast<std::size_t>(k) < r.slotLoudness.size())
                        m.loudnessLufs = r.slotLoudness[static_cast<std::size_t>(k)];
                } else if (region && static_cast<std::size_t>(k) < region->slotLufs.size()) {
                    m.loudnessLufs = region->slotLufs[static_cast<std::size_t>(k)];
                }
                if (r.match.enabled && m.loudnessLufs)
                    m.gainDb = std::clamp(r.match.targetLufs - *m.loudnessLufs, -60.0, kMaxGainDb);
                const float g = dbToGain(m.gainDb);
                if (g != slotGainSent[static_cast<std::size_t>(k)]) {
                    Command c;
                    c.type = CommandType::SlotGain;
                    c.index = k;
                    c.gain = g;
                    if (workerCommands.write(&c, 1))
                        slotGainSent[static_cast<std::size_t>(k)] = g;
                }
            }
            std::lock_guard lock(statusMutex);
            status.slotMatches = std::move(matches);
        }

        // 7. The files: a stem removed or rewritten on disk is muted with a message.
        const std::int64_t now = nowNs();
        if (static_cast<double>(now - lastWatchNs) / 1e9 >= kWatchFilesS) {
            lastWatchNs = now;
            for (std::size_t i = 0; i < sources.size(); ++i) {
                if (rings[i][0] == nullptr || failed[i])
                    continue;
                const FileStamp st = stampOf(sources[i].path);
                const char* why = !st.ok                                                     ? "removed from disk"
                                  : st.size != stamps[i].size || st.mtimeNs != stamps[i].mtimeNs ? "changed on disk"
                                                                                                  : nullptr;
                if (why != nullptr) {
                    failed[i] = true;
                    postMessage(static_cast<int>(i), sources[i].name + ": " + why + "; muted");
                }
            }
        }

        // 8. The device: callbacks stop when it goes away.
        if (!lost && !stopping.load(std::memory_order_acquire)) {
            const std::int64_t calls = callbacks.load(std::memory_order_relaxed);
            if (calls != lastCallbacks) {
                lastCallbacks = calls;
                lastProgressNs = now;
            }
            const double quietS = static_cast<double>(now - lastProgressNs) / 1e9;
            std::string reason;
            if (paFinished.load(std::memory_order_acquire))
                reason = "the audio stream ended (device removed or audio server stopped)";
            else if (quietS > kStallS && portAudio->lib().isStreamActive(pa) != 1)
                reason = "the output stopped taking audio (device removed or audio server stopped)";
            else if (quietS > kLostS)
                reason = strprintf("the output took no audio for %.1f s (device removed or audio server stopped)", quietS);
            if (!reason.empty()) {
                lost = true;
                {
                    std::lock_guard lock(statusMutex);
                    status.lostReason = reason;
                }
                state.store(EngineState::DeviceLost, std::memory_order_release);
                postMessage(-1, "playback stopped: " + reason);
            }
        }

        // 9. Publish.
        if (now - lastStatusNs > 20000000) {
            lastStatusNs = now;
            readerCpuS.store(static_cast<double>(threadCpuNs() - cpuStart) / 1e9, std::memory_order_relaxed);
            std::lock_guard lock(statusMutex);
            for (std::size_t c = 0; c < 2; ++c) {
                status.peakDbfs[c] = toDb(peakShown[c]);
                status.peakMaxDbfs[c] = toDb(peakMax[c]);
            }
            status.momentaryLufs = lufsOr(meter.get(), ebur128_loudness_momentary);
            status.shortTermLufs = lufsOr(meter.get(), ebur128_loudness_shortterm);
            status.integratedLufs = lufsOr(meter.get(), ebur128_loudness_global);
            status.region = region;
        }

        // 10. Sleep until woken (the callback when a ring is half empty, the control thread
        // with a request) or 5 ms pass (1 ms while an epoch change is under way).
        sleeping.store(true);  // seq_cst: see wakeReader()
        if (!requestPending.load(std::memory_order_relaxed) && !quit.load(std::memory_order_acquire)) {
            const bool busy = r.epoch != writingEpoch || regionJob != nullptr;
            timespec until{};
            clock_gettime(CLOCK_MONOTONIC, &until);
            until.tv_nsec += busy ? 1000000L : 5000000L;
            if (until.tv_nsec >= 1000000000L) {
                until.tv_nsec -= 1000000000L;
                ++until.tv_sec;
            }
            while (sem_clockwait(&wake, CLOCK_MONOTONIC, &until) != 0 && errno == EINTR) {
            }
        }
        if (!sleeping.exchange(false)) {
            while (sem_trywait(&wake) == 0) {
            }
        }
    }
    readerCpuS.store(static_cast<double>(threadCpuNs() - cpuStart) / 1e9, std::memory_order_relaxed);
}

// ---- Control ------------------------------------------------------------------------------

PlaybackEngine::PlaybackEngine() = default;

PlaybackEngine::~PlaybackEngine()
{
    close();
}

Result<std::vector<OutputDeviceInfo>> PlaybackEngine::listDevices()
{
    const std::lock_guard portAudioLock(portAudioControlMutex());
    auto scope = openPortAudio();
    if (!scope)
        return scope.error();
    std::vector<OutputDeviceInfo> out;
    for (const AudioDevice& d : enumerateDevices(scope.value()->lib(), DeviceDirection::Output))
        out.push_back({d.index, d.name, d.hostApi, d.maxChannels, d.defaultSampleRateHz, d.defaultLowLatencyS, d.isDefault});
    return out;
}

Result<bool> PlaybackEngine::open(const PlaybackConfig& config, const std::vector<PlaybackSource>& sourcesIn)
{
    close();
    if (sourcesIn.empty())
        return Error{"nothing to play"};
    if (sourcesIn.size() > static_cast<std::size_t>(kMaxSources))
        return Error{strprintf("at most %d sources play at once", kMaxSources)};
    if (config.bufferFrames < 0 || config.bufferFrames > kMaxCallbackFrames)
        return Error{strprintf("buffer size must be 0 (host's choice) to %d frames", kMaxCallbackFrames),
                     ErrorCode::FormatRefused};
    for (const auto& s : sourcesIn)
        if (s.slot < 0 || s.slot >= kMaxSlots)
            return Error{strprintf("A/B slots are 0 to %d", kMaxSlots - 1)};
    const std::lock_guard portAudioLock(portAudioControlMutex());  // until the stream runs (portaudiolib.h)

    auto opened = openPortAudio();
    if (!opened)
        return opened.error();
    std::unique_ptr<PortAudioScope> scope = std::move(opened.value());
    const PortAudioLib& pa = scope->lib();
    auto chosen = chooseDevice(enumerateDevices(pa, DeviceDirection::Output), config.hostApi, config.device,
                               DeviceDirection::Output);
    if (!chosen)
        return chosen.error();
    const AudioDevice device = chosen.value();
    const double rate = config.sampleRateHz > 0.0 ? config.sampleRateHz : device.defaultSampleRateHz;
    const int channels = std::min(device.maxChannels, 2);

    PaStreamParameters params{};
    params.device = device.index;
    params.channelCount = channels;
    params.sampleFormat = paFloat32;
    params.suggestedLatency = device.defaultLowLatencyS;
    params.hostApiSpecificStreamInfo = nullptr;
    if (const PaError err = pa.isFormatSupported(nullptr, &params, rate); err != paFormatIsSupported)
        return Error{strprintf("'%s' cannot play %d channels at %.0f Hz: %s", device.name.c_str(), channels, rate,
                               portAudioErrorText(pa, err).c_str()),
                     ErrorCode::FormatRefused, portAudioErrorText(pa, err)};

    // The sources: those that open play; the others are named in a message.
    std::vector<PlaybackSource> sources = sourcesIn;
    std::vector<std::unique_ptr<SourceReader>> readers(sources.size());
    std::vector<PlaybackMessage> messages;
    std::string reasons;
    std::int64_t duration = 0;
    int slotCount = 1;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (sources[i].name.empty())
            sources[i].name = sources[i].path.filename().string();
        auto reader = SourceReader::open(sources[i].path, rate, kChunkFrames);
        if (!reader) {
            const std::string text = sources[i].path.filename().string() + ": " + reader.error().message;
            messages.push_back({static_cast<int>(i), text + "; left out"});
            reasons += (reasons.empty() ? "" : "; ") + text;
            continue;
        }
        duration = std::max(duration, reader.value()->lengthFrames());
        slotCount = std::max(slotCount, sources[i].slot + 1);
        readers[i] = std::move(reader.value());
    }
    if (std::all_of(readers.begin(), readers.end(), [](const auto& r) { return r == nullptr; }))
        return Error{"no source can be played: " + reasons};

    const std::size_t ringFrames = std::max<std::size_t>(
        {static_cast<std::size_t>(config.ringSeconds * rate), 4 * kChunkFrames, 4 * static_cast<std::size_t>(config.bufferFrames)});
    auto s = std::make_unique<Stream>(rate, config.bufferFrames, sources.size(), 2 * ringFrames);
    s->outChannels = channels;
    s->durationFrames = duration;
    s->fadeFrames = std::max<std::int64_t>(1, std::llround(kSeekFadeS * rate));
    s->rampFrames = std::max<std::int64_t>(1, std::llround(kRampS * rate));
    s->previewFadeFrames = std::max<std::int64_t>(1, std::llround(kPreviewFadeS * rate));
    s->abFadeFrames = std::max<std::int64_t>(1, std::llround(config.crossfadeS * rate));
    s->prefillFrames = std::min<std::int64_t>(static_cast<std::int64_t>(ringFrames / 2),
                                              std::max<std::int64_t>(2 * kChunkFrames, 4 * config.bufferFrames));
    s->sources = sources;
    s->slotCount = slotCount;
    s->rt.resize(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        s->slotOf.push_back(sources[i].slot);
        s->rt[i].slot = sources[i].slot;
        s->rt[i].open = readers[i] != nullptr;
        s->rt[i].audible.jump(s->rt[i].open ? 1.0f : 0.0f);
        if (readers[i] != nullptr)
            for (auto& ring : s->rings[i])
                ring = std::make_unique<SpscRing<float>>(2 * ringFrames);
    }
    s->readers = std::move(readers);
    s->messages = std::move(messages);
    s->jack = device.hostApi.find("JACK") != std::string::npos;
    {
        Stream::Requests& r = s->requests;
        r.slotLoudness.assign(static_cast<std::size_t>(slotCount), std::nullopt);
        r.heardGain.assign(sources.size(), 1.0f);
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (s->rt[i].open)
                r.slotLoudness[static_cast<std::size_t>(sources[i].slot)] = std::nullopt;
        r.epoch = 1;  // the first epoch: position 0
        r.matchSerial = 1;
    }
    s->slotLoudnessOverride.assign(static_cast<std::size_t>(slotCount), std::nullopt);
    s->params.assign(sources.size(), Stream::SourceParams{});

    const unsigned long frames =
        config.bufferFrames > 0 ? static_cast<unsigned long>(config.bufferFrames) : paFramesPerBufferUnspecified;
    if (const PaError err = pa.openStream(&s->pa, nullptr, &params, rate, frames, paNoFlag, &Stream::callback, s.get());
        err != paNoError)
        return Error{strprintf("cannot open '%s': %s", device.name.c_str(), portAudioErrorText(pa, err).c_str()),
                     ErrorCode::DeviceUnavailable, portAudioErrorText(pa, err)};
    pa.setStreamFinishedCallback(s->pa, &Stream::finishedCallback);
    s->portAudio = scope.get();
    if (const PaStreamInfo* info = pa.getStreamInfo(s->pa); info != nullptr)
        s->status.outputLatencyS = info->outputLatency;

    // The first epoch is queued for the callback before it runs.
    Command seek;
    seek.type = CommandType::Seek;
    seek.epoch = 1;
    seek.frame = 0;
    s->commands.write(&seek, 1);

    s->reader = std::thread([p = s.get()] { p->readerLoop(); });
    if (const PaError err = pa.startStream(s->pa); err != paNoError) {
        Error error{strprintf("cannot start '%s': %s", device.name.c_str(), portAudioErrorText(pa, err).c_str()),
                    ErrorCode::DeviceUnavailable, portAudioErrorText(pa, err)};
        s->quit.store(true, std::memory_order_release);
        s->wakeReader();
        s->reader.join();
        pa.closeStream(s->pa);
        return error;
    }
    (void)scope.release();  // the stream owns it since s->portAudio = scope.get() (deleted in close())
    m_device = {device.index, device.name, device.hostApi, device.maxChannels, device.defaultSampleRateHz,
                device.defaultLowLatencyS, device.isDefault};
    m_sources = sources;
    m_stream = std::move(s);
    m_stream->pushSlotLoudness();
    return true;
}

void PlaybackEngine::close()
{
    if (m_stream == nullptr)
        return;
    const std::lock_guard portAudioLock(portAudioControlMutex());
    Stream& s = *m_stream;
    // As LiveInput::stop(): a JACK stream whose server went away cannot be stopped by
    // PortAudio 19.6; it is parked for the rest of the process and its copy of PortAudio
    // retired, so the next open() loads a fresh copy (audio/portaudiolib.h).
    const bool parkStream = s.state.load(std::memory_order_acquire) == EngineState::DeviceLost && s.jack;
    const PortAudioLib& pa = s.portAudio->lib();
    s.stopping.store(true, std::memory_order_release);
    if (!parkStream && pa.isStreamStopped(s.pa) == 0)
        pa.abortStream(s.pa);
    s.quit.store(true, std::memory_order_release);
    s.wakeReader();
    s.reader.join();
    if (parkStream) {
        PortAudioLib::retire(&pa);
        // Never destroyed, so still reachable at exit (LeakSanitizer accepts that).
        static auto* parked = new std::vector<std::unique_ptr<Stream>>;
        parked->push_back(std::move(m_stream));
    } else {
        pa.closeStream(s.pa);
        delete s.portAudio;
        m_stream.reset();
    }
    m_sources.clear();
}

EngineState PlaybackEngine::state() const noexcept
{
    return m_stream == nullptr ? EngineState::Closed : m_stream->state.load(std::memory_order_acquire);
}

const std::vector<PlaybackSource>& PlaybackEngine::sources() const noexcept
{
    return m_sources;
}

bool PlaybackEngine::sourceOpen(int i) const noexcept
{
    return m_stream != nullptr && i >= 0 && static_cast<std::size_t>(i) < m_stream->rings.size()
           && m_stream->sourceOpen(static_cast<std::size_t>(i));
}

void PlaybackEngine::play()
{
    if (m_stream == nullptr)
        return;
    Stream& s = *m_stream;
    const auto transport = static_cast<Transport>(s.transportPub.load(std::memory_order_relaxed));
    if (transport == Transport::Playing)
        return;
    if (s.finished.load(std::memory_order_relaxed))
        s.startEpoch(s.playStartFrame, false, -1);
    const bool seekPending = s.playingEpochPub.load(std::memory_order_acquire) != s.epoch;
    s.playStartFrame = seekPending ? s.seekFrame : s.positionFrames.load(std::memory_order_relaxed);
    if (transport == Transport::Stopped) {
        std::lock_guard lock(s.requestMutex);
        s.requests.resetMeters = true;
    }
    Command c;
    c.type = CommandType::Play;
    c.sentNs = nowNs();
    s.post(c);
}

void PlaybackEngine::pause()
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::Pause;
    m_stream->post(c);
}

void PlaybackEngine::stop()
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::Stop;
    m_stream->post(c);
    m_stream->startEpoch(m_stream->playStartFrame, false, -1);
}

void PlaybackEngine::Stream::startEpoch(std::int64_t frame, bool follow, std::int64_t switchAt, std::int64_t lead)
{
    ++epoch;
    seekFrame = frame;
    {
        std::lock_guard lock(requestMutex);
        requests.epoch = epoch;
        requests.startFrame = frame;
        requests.followFrames = follow ? lead + fadeFrames : 0;
        requests.endFrame = endFrame;
        requests.loop = loopSet;
        requestPending.store(true, std::memory_order_relaxed);
    }
    Command c;
    c.type = CommandType::Seek;
    c.epoch = epoch;
    c.frame = frame;
    c.flag = follow;
    c.switchAt = switchAt;
    c.sentNs = nowNs();
    post(c);
    wakeReader();
}

void PlaybackEngine::seek(double positionS)
{
    if (m_stream == nullptr)
        return;
    Stream& s = *m_stream;
    s.startEpoch(std::clamp<std::int64_t>(std::llround(positionS * s.rate), 0, s.durationFrames), false, -1);
}

void PlaybackEngine::Stream::setLoopFrames(bool on, std::int64_t start, std::int64_t end)
{
    loopSet = {on, start, end};
    replan();
}

void PlaybackEngine::Stream::replan()
{
    const bool on = loopSet.on;
    const std::int64_t start = loopSet.start;
    const std::int64_t end = loopSet.end;
    const bool heardNow = static_cast<Transport>(transportPub.load(std::memory_order_relaxed)) == Transport::Playing;
    const bool seekPending = playingEpochPub.load(std::memory_order_acquire) != epoch;
    if (!heardNow || seekPending) {
        // Not heard: plan again from where the playhead is (or is going).
        startEpoch(seekPending ? seekFrame : positionFrames.load(std::memory_order_relaxed), false, -1);
        return;
    }
    // Playing: the new plan starts a little ahead of the playhead and the callback switches
    // to it when the playhead gets there, so nothing is heard.
    const auto lead = static_cast<std::int64_t>(std::max(0.1 * rate, 4.0 * bufferFrames));
    const std::int64_t at = positionFrames.load(std::memory_order_relaxed) + lead;
    std::int64_t from = std::min(at, durationFrames);
    if (on && at >= end && at - lead < end)  // the new loop wraps within the lead
        from = start + (at - end) % std::max<std::int64_t>(1, end - start);
    startEpoch(from, true, std::min(at, durationFrames), lead);
}

void PlaybackEngine::setLoop(double startS, double endS)
{
    if (m_stream == nullptr)
        return;
    const Stream& s = *m_stream;
    auto a = std::clamp<std::int64_t>(std::llround(startS * s.rate), 0, s.durationFrames);
    auto b = std::clamp<std::int64_t>(std::llround(endS * s.rate), 0, s.durationFrames);
    if (b < a)
        std::swap(a, b);
    b = std::max(b, std::min(s.durationFrames, a + static_cast<std::int64_t>(0.05 * s.rate)));
    m_stream->setLoopFrames(true, a, b);
}

void PlaybackEngine::setPlayEnd(std::optional<double> endS)
{
    if (m_stream == nullptr)
        return;
    Stream& s = *m_stream;
    s.endFrame = endS ? std::clamp<std::int64_t>(std::llround(*endS * s.rate), 1, s.durationFrames) : 0;
    s.replan();
}

void PlaybackEngine::clearLoop()
{
    if (m_stream == nullptr || !m_stream->loopSet.on)
        return;
    m_stream->setLoopFrames(false, 0, 0);
}

void PlaybackEngine::Stream::sendSourceParams(int source)
{
    const SourceParams& p = params[static_cast<std::size_t>(source)];
    Command c;
    c.type = CommandType::SourceParams;
    c.index = source;
    c.flag = p.mute;
    c.solo = p.solo;
    c.gain = dbToGain(p.gainDb) * (p.inverted ? -1.0f : 1.0f);
    post(c);
    // The region meter hears what the callback hears.
    bool anySolo = false;
    for (const auto& q : params)
        anySolo = anySolo || q.solo;
    std::lock_guard lock(requestMutex);
    for (std::size_t i = 0; i < params.size(); ++i) {
        const SourceParams& q = params[i];
        requests.heardGain[i] = (q.mute || (anySolo && !q.solo)) ? 0.0f : dbToGain(q.gainDb) * (q.inverted ? -1.0f : 1.0f);
    }
}

void PlaybackEngine::setSolo(int source, bool solo)
{
    if (m_stream != nullptr)
        m_stream->changeSource(source, [solo](Stream::SourceParams& p) { p.solo = solo; });
}

void PlaybackEngine::setMute(int source, bool mute)
{
    if (m_stream != nullptr)
        m_stream->changeSource(source, [mute](Stream::SourceParams& p) { p.mute = mute; });
}

void PlaybackEngine::setPolarityInverted(int source, bool inverted)
{
    if (m_stream != nullptr)
        m_stream->changeSource(source, [inverted](Stream::SourceParams& p) { p.inverted = inverted; });
}

void PlaybackEngine::setGainDb(int source, double gainDb)
{
    if (m_stream != nullptr)
        m_stream->changeSource(source, [gainDb](Stream::SourceParams& p) { p.gainDb = gainDb; });
}

void PlaybackEngine::switchToSlot(int slot, std::optional<double> atS)
{
    if (m_stream == nullptr || slot < 0 || slot >= m_stream->slotCount)
        return;
    Command c;
    c.type = CommandType::SwitchSlot;
    c.index = slot;
    c.frame = atS ? std::llround(*atS * m_stream->rate) : -1;
    c.sentNs = nowNs();
    c.sentCallback = m_stream->callbacks.load(std::memory_order_relaxed);
    m_stream->post(c);
    std::lock_guard lock(m_stream->requestMutex);
    m_stream->requests.activeSlot = slot;
}

void PlaybackEngine::Stream::pushSlotLoudness()
{
    std::vector<std::optional<double>> known(static_cast<std::size_t>(slotCount));
    for (int k = 0; k < slotCount; ++k) {
        if (slotLoudnessOverride[static_cast<std::size_t>(k)]) {
            known[static_cast<std::size_t>(k)] = slotLoudnessOverride[static_cast<std::size_t>(k)];
            continue;
        }
        int count = 0;
        std::optional<double> figure;
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (sources[i].slot == k && sourceOpen(i)) {
                ++count;
                figure = sources[i].integratedLufs;
            }
        if (count == 1)
            known[static_cast<std::size_t>(k)] = figure;
    }
    {
        std::lock_guard lock(requestMutex);
        requests.slotLoudness = std::move(known);
        requests.match = match;
        ++requests.matchSerial;
        requestPending.store(true, std::memory_order_relaxed);
    }
    wakeReader();
}

void PlaybackEngine::setSlotLoudness(int slot, std::optional<double> lufs)
{
    if (m_stream == nullptr || slot < 0 || slot >= m_stream->slotCount)
        return;
    m_stream->slotLoudnessOverride[static_cast<std::size_t>(slot)] = lufs;
    m_stream->pushSlotLoudness();
}

void PlaybackEngine::setMatching(const MatchSettings& settings)
{
    if (m_stream == nullptr)
        return;
    m_stream->match = settings;
    m_stream->pushSlotLoudness();
}

void PlaybackEngine::measureRegion(double startS, double endS)
{
    if (m_stream == nullptr)
        return;
    Stream& s = *m_stream;
    {
        std::lock_guard lock(s.requestMutex);
        s.requests.regionStartS = startS;
        s.requests.regionEndS = endS;
        ++s.requests.regionSerial;
        s.requestPending.store(true, std::memory_order_relaxed);
    }
    s.wakeReader();
}

void PlaybackEngine::setListenMode(ListenMode mode)
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::Listen;
    c.index = static_cast<int>(mode);
    m_stream->post(c);
}

void PlaybackEngine::setBand(std::optional<std::pair<double, double>> band)
{
    if (m_stream == nullptr)
        return;
    Command c;
    if (band) {
        c.type = CommandType::Band;
        c.band = bandPass(std::min(band->first, band->second), std::max(band->first, band->second), m_stream->rate);
    } else {
        c.type = CommandType::BandOff;
    }
    m_stream->post(c);
}

Result<bool> PlaybackEngine::setPreview(int source, const Move& move)
{
    if (m_stream == nullptr)
        return Error{"playback is not open"};
    if (source >= 0 && !sourceOpen(source))
        return Error{strprintf("source %d is not playing", source)};
    auto design = designMove(move, m_stream->rate);
    if (!design)
        return design.error();
    Command c;
    c.type = CommandType::Preview;
    c.index = source < 0 ? -1 : source;
    c.move = design.value();
    if (!m_stream->post(c))
        return Error{"the audio callback is not taking messages"};
    Stream& s = *m_stream;
    std::lock_guard lock(s.requestMutex);
    s.requests.previewSet = true;
    s.requests.previewSource = c.index;
    s.requests.preview = design.value();
    return true;
}

void PlaybackEngine::clearPreview()
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::PreviewOff;
    m_stream->post(c);
    std::lock_guard lock(m_stream->requestMutex);
    m_stream->requests.previewSet = false;
}

void PlaybackEngine::setPreviewEnabled(bool with)
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::PreviewEnable;
    c.flag = with;
    m_stream->post(c);
}

void PlaybackEngine::setPreviewMatchDb(double gainDb)
{
    if (m_stream == nullptr)
        return;
    Command c;
    c.type = CommandType::PreviewMatch;
    c.gain = dbToGain(gainDb);
    m_stream->post(c);
}

PlaybackStatus PlaybackEngine::status()
{
    PlaybackStatus st;
    if (m_stream == nullptr)
        return st;
    Stream& s = *m_stream;
    {
        std::lock_guard lock(s.statusMutex);
        st = s.status;
    }
    st.state = s.state.load(std::memory_order_acquire);
    st.transport = static_cast<Transport>(s.transportPub.load(std::memory_order_relaxed));
    st.positionS = static_cast<double>(s.positionFrames.load(std::memory_order_relaxed)) / s.rate;
    st.durationS = static_cast<double>(s.durationFrames) / s.rate;
    st.finished = s.finished.load(std::memory_order_relaxed);
    st.activeSlot = s.activeSlotPub.load(std::memory_order_relaxed);
    st.looping = s.loopSet.on;
    st.loopStartS = static_cast<double>(s.loopSet.start) / s.rate;
    st.loopEndS = static_cast<double>(s.loopSet.end) / s.rate;
    st.previewOn = s.previewOnPub.load(std::memory_order_relaxed);
    st.previewMatchDb = 20.0 * std::log10(static_cast<double>(s.previewMatchPub.load(std::memory_order_relaxed)));
    st.previewReductionDb = s.previewReductionPub.load(std::memory_order_relaxed);
    st.framesPlayed = s.framesPlayed.load(std::memory_order_relaxed);
    st.callbacks = s.callbacks.load(std::memory_order_relaxed);
    st.underruns = s.underruns.load(std::memory_order_relaxed);
    st.underrunFrames = s.underrunFrames.load(std::memory_order_relaxed);
    st.outputUnderflows = s.outputUnderflows.load(std::memory_order_relaxed);
    st.tapOverflowFrames = s.tapOverflowFrames.load(std::memory_order_relaxed);
    st.sampleRateHz = s.rate;
    st.bufferFrames = s.bufferFrames;
    st.readerCpuSeconds = s.readerCpuS.load(std::memory_order_relaxed);
    st.callbackCpuSeconds = static_cast<double>(s.callbackNs.load(std::memory_order_relaxed)) / 1e9;
    const auto latency = [](std::int64_t ns) { return ns < 0 ? -1.0 : static_cast<double>(ns) / 1e9; };
    st.playLatencyS = latency(s.playLatencyNs.load(std::memory_order_relaxed));
    st.switchLatencyS = latency(s.switchLatencyNs.load(std::memory_order_relaxed));
    st.switchCallbacks = s.switchCallbacks.load(std::memory_order_relaxed);
    st.seekLatencyS = latency(s.seekLatencyNs.load(std::memory_order_relaxed));
    return st;
}

double PlaybackEngine::positionS() const noexcept
{
    return m_stream == nullptr ? 0.0
                               : static_cast<double>(m_stream->positionFrames.load(std::memory_order_relaxed)) / m_stream->rate;
}

std::vector<PlaybackMessage> PlaybackEngine::takeMessages()
{
    if (m_stream == nullptr)
        return {};
    std::lock_guard lock(m_stream->statusMutex);
    return std::exchange(m_stream->messages, {});
}

void PlaybackEngine::setCallbackHookForTesting(CallbackHook hook) noexcept
{
    g_callbackHook.store(hook, std::memory_order_relaxed);
}

}  // namespace stemwise::core
