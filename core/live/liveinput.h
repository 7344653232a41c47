#pragma once
// LiveInput: meters (and optionally records) an audio input in real time through PortAudio.
//
// Three threads, and what each may do (the design note in DESIGN.md, "Live input"):
//   PortAudio callback ─► SpscRing<float> ─► analysis thread ─► TripleBuffer<snapshot> ─► caller
//   (copy, count, return)                       └─► SpscRing<float> ─► writer thread ─► WAV/FLAC
// - The callback copies the selected channels into the ring, bumps a few atomic counters
//   (callbacks, overflowed frames, input overflows flagged by the host) and pushes a
//   timestamp for the latency figure, and wakes the analysis thread if it sleeps (sem_post:
//   never blocks; glibc makes the futex call only when a thread waits). No allocation,
//   lock, log or I/O.
// - The analysis thread sleeps until the callback wakes it (or kWakeS passes, to watch the
//   stream and the control flags), drains the ring, runs the LiveMeter and the tap (if any),
//   feeds the recording ring while
//   a take is recorded, publishes a snapshot after each block, and watches the stream: when
//   the callbacks stop (server gone, device unplugged), PortAudio says the stream is no
//   longer active or finished it, the input is "lost": the take so far is finalised and
//   kept, state() says DeviceLost with the reason, and start() may be called again.
// - The writer thread owns the AudioFileWriter of the take and closes it on stopRecording(),
//   on stop() and on loss of the device.
//
// PortAudio is initialised by start() and terminated by stop() (PortAudio counts these), so
// a restart after loss sees the devices as they are now (JACK's host API appears only when
// a server runs at Pa_Initialize()). A stream lost with its JACK server cannot be stopped
// by PortAudio 19.6: it is parked, and the next start() uses a fresh copy of PortAudio
// (portaudiolib.h). On JACK the input ports are "Stemwise:in_1", "Stemwise:in_2", … (a
// fresh copy's: "Stemwise-2:in_1", …). Only callback streams are used: PortAudio's
// blocking read crashes on JACK with one channel (PortAudio issue 81).
//
// Threading: the public functions are called from one control thread (the UI or the
// command line); latest() by one reader thread (usually the same). Not reentrant.

#include "audio/audiofilewriter.h"
#include "live/livemeter.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace stemwise::core {

struct AudioDeviceInfo {
    int index = -1;                 ///< PortAudio device index
    std::string name;
    std::string hostApi;            ///< e.g. "ALSA", "JACK Audio Connection Kit"
    int maxInputChannels = 0;
    double defaultSampleRateHz = 0.0;
    double defaultLowInputLatencyS = 0.0;
    bool isDefaultInput = false;
};

/// A consumer of the metered audio beside the meters (the live suggestions keep the recent
/// window through one): LiveInput calls prepare() in start(), before the stream runs, then
/// push() on the analysis thread with every block it meters.
/// Threading: prepare() on the control thread; push() on the analysis thread only, and it
/// must not wait (no lock, no allocation: hand the block over through a ring).
class LiveTap {
public:
    virtual ~LiveTap() = default;
    /// The stream's metered channels and rate; allocate here. An exception makes start() fail
    /// with its message.
    virtual void prepare(int channels, double sampleRateHz) = 0;
    /// `frames` interleaved frames of the metered channels.
    virtual void push(const float* interleaved, std::size_t frames) noexcept = 0;
};

struct LiveInputConfig {
    std::string hostApi;         ///< empty: any; else a case-insensitive part of the host API's name
    std::string device;          ///< empty: the default input; digits: a device index; else a name
                                 ///< (exact, or a case-insensitive part matching one device)
    std::vector<int> channels;   ///< 1-based device channels; empty: 1 and 2 (1 on a mono device)
    double sampleRateHz = 0.0;   ///< 0: the device's default rate
    int bufferFrames = 256;      ///< frames per callback; 0: the host's choice
    LiveMeterSettings meter;
    LiveTap* tap = nullptr;      ///< not owned; must outlive the stream (until stop() returns)
};

enum class LiveState { Stopped, Running, DeviceLost };

class LiveInput {
public:
    static constexpr int kMaxCallbackFrames = 8192;  ///< larger callbacks are copied in pieces
    static constexpr double kRingSeconds = 2.0;      ///< callback → analysis ring
    static constexpr double kRecordRingSeconds = 4.0;
    static constexpr double kStallS = 0.5;           ///< no callback this long: ask PortAudio
    static constexpr double kLostS = 5.0;            ///< no callback this long: lost regardless
    static constexpr double kWakeS = 0.05;           ///< longest sleep of the analysis thread

    /// The input devices of every host API (initialises PortAudio for the call). Errors:
    /// PortAudio cannot initialise.
    [[nodiscard]] static Result<std::vector<AudioDeviceInfo>> listDevices();

    LiveInput();
    ~LiveInput();  ///< stop()s
    LiveInput(const LiveInput&) = delete;
    LiveInput& operator=(const LiveInput&) = delete;

    /// Opens and starts the input. Errors (each with its ErrorCode, PortAudio's words in
    /// `detail`): no such device or host API (the message names the candidates), a channel
    /// beyond the device's, a rate or buffer the device refuses, PortAudio errors. Stops a
    /// running input first.
    [[nodiscard]] Result<bool> start(const LiveInputConfig& config);
    /// Stops the stream and the threads, finalising a take in progress. Safe to call twice.
    void stop();

    [[nodiscard]] LiveState state() const noexcept;
    /// Why the input was lost (empty otherwise).
    [[nodiscard]] std::string lostReason() const;
    /// The same as a code, for a UI to say in its language (InputStreamEnded,
    /// InputStoppedDelivering or InputSilent; None while not lost).
    [[nodiscard]] ErrorCode lostCode() const;
    [[nodiscard]] const AudioDeviceInfo& device() const noexcept { return m_device; }
    [[nodiscard]] int channels() const noexcept;
    [[nodiscard]] double sampleRateHz() const noexcept;
    [[nodiscard]] int bufferFrames() const noexcept;

    /// Copies the newest snapshot into `out` when there is one newer than the last read.
    bool latest(LiveMeterSnapshot& out);
    /// Restarts the "since reset" meters (done by the analysis thread on its next block).
    void resetMeters() noexcept;

    /// Records from now into `path` (24-bit WAV or FLAC by `type`). Errors: not running, a
    /// take already recording, the file cannot be created.
    [[nodiscard]] Result<bool> startRecording(const std::filesystem::path& path, FileType type);
    /// Ends the take: waits until every frame recorded so far is written, closes the file.
    /// Returns the frames written. Errors: no take, the file could not be completed.
    [[nodiscard]] Result<std::int64_t> stopRecording();
    [[nodiscard]] bool recording() const noexcept;

    /// CPU time the analysis thread has used since start() (for the benchmark).
    [[nodiscard]] double analysisCpuSeconds() const noexcept;

    /// For tests: a function the callback calls on entry (true) and exit (false), on the
    /// callback's thread. Set it before start(); nullptr to remove.
    using CallbackHook = void (*)(bool entering) noexcept;
    static void setCallbackHookForTesting(CallbackHook hook) noexcept;

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    AudioDeviceInfo m_device;
};

}  // namespace stemwise::core
