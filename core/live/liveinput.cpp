// LiveInput: PortAudio callback, analysis thread and writer thread (see liveinput.h).
#include "live/liveinput.h"

#include "audio/audiodevices.h"
#include "audio/portaudiolib.h"
#include "audio/spscring.h"
#include "audio/triplebuffer.h"
#include "util/strprintf.h"

#include <semaphore.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <ctime>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace stemwise::core {

namespace {

std::atomic<LiveInput::CallbackHook> g_callbackHook{nullptr};

std::int64_t nowNs() noexcept
{
    // steady_clock reads CLOCK_MONOTONIC through the vDSO: no system call, no lock.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t threadCpuNs() noexcept
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A device of the shared listing (audio/audiodevices.h) as LiveInput's API names it.
AudioDeviceInfo inputInfo(const AudioDevice& d)
{
    return {d.index, d.name, d.hostApi, d.maxChannels, d.defaultSampleRateHz, d.defaultLowLatencyS, d.isDefault};
}

std::vector<AudioDeviceInfo> enumerateInputs(const PortAudioLib& pa)
{
    std::vector<AudioDeviceInfo> devices;
    for (const AudioDevice& d : enumerateDevices(pa, DeviceDirection::Input))
        devices.push_back(inputInfo(d));
    return devices;
}

struct Stamp {
    std::int64_t endFrame = 0;  // frames written to the ring up to and including this block
    std::int64_t timeNs = 0;    // when the callback that delivered them was entered
};

}  // namespace

struct LiveInput::Stream {
    Stream(int channelCount, double rateHz, const LiveMeterSettings& settings)
        : channels(channelCount), sampleRateHz(rateHz),
          ring(static_cast<std::size_t>(rateHz * kRingSeconds) * static_cast<std::size_t>(channelCount)),
          stamps(4096),
          recordRing(static_cast<std::size_t>(rateHz * kRecordRingSeconds) * static_cast<std::size_t>(channelCount)),
          scratch(static_cast<std::size_t>(kMaxCallbackFrames) * static_cast<std::size_t>(channelCount)),
          meter(channelCount, rateHz, settings)
    {
        sem_init(&wake, 0, 0);
    }
    ~Stream() { sem_destroy(&wake); }
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    // Immutable while the stream runs.
    int channels;
    double sampleRateHz;
    int deviceChannels = 0;          // channels PortAudio delivers per frame
    std::vector<int> channelMap;     // 0-based device channel of each metered channel
    int bufferFrames = 0;
    PortAudioScope* portAudio = nullptr;  // the copy of PortAudio the stream belongs to
    PaStream* pa = nullptr;

    // Callback → analysis.
    SpscRing<float> ring;
    SpscRing<Stamp> stamps;
    // Analysis → writer.
    SpscRing<float> recordRing;

    // Owned by the callback.
    std::vector<float> scratch;
    std::int64_t framesWritten = 0;

    // Written by the callback, read anywhere.
    std::atomic<std::int64_t> callbacks{0};
    std::atomic<std::int64_t> overflowFrames{0};
    std::atomic<std::int64_t> inputOverflows{0};
    std::atomic<bool> finished{false};  // PortAudio's stream-finished callback

    LiveTap* tap = nullptr;  // pushed to by the analysis thread

    // Callback → analysis wake-up: the analysis thread sets `sleeping` before it waits on
    // `wake`; whoever clears it posts once. The callback thus posts about once per sleep
    // (not per block), and sem_post never blocks.
    sem_t wake{};
    std::atomic<bool> sleeping{false};
    void wakeAnalysis() noexcept
    {
        // seq_cst pairs with the analysis thread's store of `sleeping` and its later look at
        // the ring: either it sees our frames, or we see it sleeping and post.
        if (sleeping.exchange(false))
            sem_post(&wake);
    }

    // Owned by the analysis thread.
    LiveMeter meter;
    TripleBuffer<LiveMeterSnapshot> snapshots;
    double latencyMaxMs = 0.0;

    // Control ↔ analysis.
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> stopping{false};  // stop() is aborting the stream: not a lost device
    std::atomic<bool> resetRequested{false};
    std::atomic<bool> recordRequested{false};   // control wants frames recorded
    std::atomic<bool> analysisRecording{false}; // the analysis thread is feeding recordRing
    std::atomic<LiveState> state{LiveState::Running};
    std::atomic<std::int64_t> analysisCpuNs{0};
    std::mutex reasonMutex;
    std::string lostReason;
    ErrorCode lostCode = ErrorCode::None;

    // Control ↔ writer (the writer is no real-time thread: a mutex is fine here).
    std::mutex writerMutex;
    std::unique_ptr<AudioFileWriter> writer;  // the take, while one is open
    std::atomic<bool> finalizeRequested{false};
    std::atomic<bool> takeClosed{true};
    bool takeOk = true;          // under writerMutex
    std::int64_t takeFrames = 0; // under writerMutex
    std::atomic<std::int64_t> recordedFrames{0};
    std::atomic<std::int64_t> recordDroppedFrames{0};
    std::atomic<bool> writerStop{false};

    std::thread analysisThread;
    std::thread writerThread;

    static int callback(const void* input, void* output, unsigned long frameCount,
                        const PaStreamCallbackTimeInfo* timeInfo, PaStreamCallbackFlags flags, void* user);
    static void finishedCallback(void* user);
    void analysisLoop();
    void writerLoop();
    void markLost(const std::string& reason, ErrorCode code);
};

// The real-time path: copy, count, return.
int LiveInput::Stream::callback(const void* input, void* /*output*/, unsigned long frameCount,
                                const PaStreamCallbackTimeInfo* /*timeInfo*/, PaStreamCallbackFlags flags,
                                void* user)
{
    const CallbackHook hook = g_callbackHook.load(std::memory_order_relaxed);
    if (hook != nullptr)
        hook(true);
    const std::int64_t entered = nowNs();
    auto* s = static_cast<Stream*>(user);
    // Counters only: nobody orders other memory by them, so relaxed.
    s->callbacks.fetch_add(1, std::memory_order_relaxed);
    if ((flags & paInputOverflow) != 0)
        s->inputOverflows.fetch_add(1, std::memory_order_relaxed);

    const auto* in = static_cast<const float*>(input);
    const auto ch = static_cast<std::size_t>(s->channels);
    const auto stride = static_cast<std::size_t>(s->deviceChannels);
    std::size_t left = frameCount;
    bool wrote = false;
    while (left > 0) {
        const std::size_t n = std::min<std::size_t>(left, kMaxCallbackFrames);
        float* out = s->scratch.data();
        if (in == nullptr) {  // PortAudio passes no input on some underflows: silence
            std::fill(out, out + n * ch, 0.0f);
        } else {
            for (std::size_t i = 0; i < n; ++i)
                for (std::size_t c = 0; c < ch; ++c)
                    out[i * ch + c] = in[i * stride + static_cast<std::size_t>(s->channelMap[c])];
            in += n * stride;
        }
        if (s->ring.write(out, n * ch)) {
            s->framesWritten += static_cast<std::int64_t>(n);
            wrote = true;
        } else {
            s->overflowFrames.fetch_add(static_cast<std::int64_t>(n), std::memory_order_relaxed);
        }
        left -= n;
    }
    if (wrote) {
        const Stamp stamp{s->framesWritten, entered};
        s->stamps.write(&stamp, 1);  // a full stamp ring only loses a latency sample
        s->wakeAnalysis();
    }
    if (hook != nullptr)
        hook(false);
    return paContinue;
}

void LiveInput::Stream::finishedCallback(void* user)
{
    static_cast<Stream*>(user)->finished.store(true, std::memory_order_release);
}

void LiveInput::Stream::markLost(const std::string& reason, ErrorCode code)
{
    {
        std::lock_guard lock(reasonMutex);
        lostReason = reason;
        lostCode = code;
    }
    state.store(LiveState::DeviceLost, std::memory_order_release);
}

void LiveInput::Stream::analysisLoop()
{
    const auto ch = static_cast<std::size_t>(channels);
    const std::size_t chunkFrames = 1024;
    std::vector<float> block(chunkFrames * ch);
    std::int64_t framesRead = 0;
    std::int64_t lastCallbacks = 0;
    std::int64_t lastProgressNs = nowNs();
    std::int64_t latestStampNs = -1;
    double lastLatencyMs = 0.0;
    Stamp pendingStamp{};
    bool havePending = false;
    bool recordingActive = false;
    LiveMeterSnapshot snap;
    const std::int64_t cpuStart = threadCpuNs();
    std::int64_t lastCpuSampleNs = 0;

    const auto publish = [&] {
        meter.snapshot(snap);
        snap.callbacks = callbacks.load(std::memory_order_relaxed);
        snap.overflowFrames = overflowFrames.load(std::memory_order_relaxed);
        snap.inputOverflows = inputOverflows.load(std::memory_order_relaxed);
        snap.recording = recordingActive;
        snap.recordedFrames = recordedFrames.load(std::memory_order_relaxed);
        snap.recordDroppedFrames = recordDroppedFrames.load(std::memory_order_relaxed);
        if (latestStampNs >= 0) {
            lastLatencyMs = static_cast<double>(nowNs() - latestStampNs) / 1e6;
            latencyMaxMs = std::max(latencyMaxMs, lastLatencyMs);
            latestStampNs = -1;
        }
        snap.latencyMs = lastLatencyMs;
        snap.latencyMaxMs = latencyMaxMs;
        snapshots.publish(snap);
    };

    bool lost = false;
    while (true) {
        const bool stopNow = stopRequested.load(std::memory_order_acquire);
        if (resetRequested.exchange(false, std::memory_order_acq_rel)) {
            meter.reset();
            latencyMaxMs = 0.0;
        }
        const bool wantRecord = recordRequested.load(std::memory_order_acquire) && !lost;
        if (wantRecord != recordingActive) {
            recordingActive = wantRecord;
            analysisRecording.store(wantRecord, std::memory_order_release);
        }

        const std::size_t got = ring.read(block.data(), block.size()) / ch;  // whole frames: writes are
        if (got > 0) {                                                       // whole frames too
            meter.process(block.data(), got);
            if (tap != nullptr)
                tap->push(block.data(), got);
            framesRead += static_cast<std::int64_t>(got);
            if (recordingActive && !recordRing.write(block.data(), got * ch))
                recordDroppedFrames.fetch_add(static_cast<std::int64_t>(got), std::memory_order_relaxed);
            // The newest callback whose frames are all metered now.
            while (true) {
                if (!havePending && stamps.read(&pendingStamp, 1) == 1)
                    havePending = true;
                if (!havePending || pendingStamp.endFrame > framesRead)
                    break;
                latestStampNs = pendingStamp.timeNs;
                havePending = false;
            }
            if (ring.readAvailable() < block.size())  // caught up: show it
                publish();
            lastProgressNs = nowNs();
            continue;
        }
        if (stopNow)
            break;

        // Nothing to read. The CPU figure now and then (reading it is a system call).
        const std::int64_t now = nowNs();
        if (now - lastCpuSampleNs > 100000000) {
            analysisCpuNs.store(threadCpuNs() - cpuStart, std::memory_order_relaxed);
            lastCpuSampleNs = now;
        }
        // Is the stream still alive?
        if (!lost && !stopping.load(std::memory_order_acquire)) {
            const std::int64_t calls = callbacks.load(std::memory_order_relaxed);
            if (calls != lastCallbacks) {
                lastCallbacks = calls;
                lastProgressNs = now;
            }
            const double quietS = static_cast<double>(now - lastProgressNs) / 1e9;
            std::string reason;
            ErrorCode code = ErrorCode::None;
            if (finished.load(std::memory_order_acquire)) {
                reason = "the audio stream ended (device removed or audio server stopped)";
                code = ErrorCode::InputStreamEnded;
            } else if (quietS > kStallS && portAudio->lib().isStreamActive(pa) != 1) {
                reason = "the audio device stopped delivering (device removed or audio server stopped)";
                code = ErrorCode::InputStoppedDelivering;
            } else if (quietS > kLostS) {
                reason = strprintf("no audio from the device for %.1f s (device removed or audio server stopped)",
                                   quietS);
                code = ErrorCode::InputSilent;
            }
            if (!reason.empty()) {
                lost = true;
                if (recordingActive) {  // keep the take: the writer finalises it
                    recordingActive = false;
                    analysisRecording.store(false, std::memory_order_release);
                    finalizeRequested.store(true, std::memory_order_release);
                }
                markLost(reason, code);
                publish();
            }
        }
        // Sleep until the callback delivers (it posts when it sees `sleeping`), or kWakeS
        // passes: the meters follow the audio within a wake-up, not within a polling period.
        sleeping.store(true);  // seq_cst: see wakeAnalysis()
        if (ring.readAvailable() == 0 && !stopRequested.load(std::memory_order_acquire)) {
            timespec until{};
            clock_gettime(CLOCK_MONOTONIC, &until);
            until.tv_nsec += static_cast<long>(kWakeS * 1e9);
            if (until.tv_nsec >= 1000000000L) {
                until.tv_nsec -= 1000000000L;
                ++until.tv_sec;
            }
            while (sem_clockwait(&wake, CLOCK_MONOTONIC, &until) != 0 && errno == EINTR) {
            }
        }
        if (!sleeping.exchange(false)) {
            // Someone cleared it and posted (or is about to): take that post now if it is
            // there; a post arriving later only makes the next sleep end early.
            while (sem_trywait(&wake) == 0) {
            }
        }
    }
    analysisRecording.store(false, std::memory_order_release);
    analysisCpuNs.store(threadCpuNs() - cpuStart, std::memory_order_relaxed);
    publish();
}

void LiveInput::Stream::writerLoop()
{
    const auto ch = static_cast<std::size_t>(channels);
    const std::size_t chunkFrames = 4096;
    std::vector<float> interleaved(chunkFrames * ch);
    std::vector<std::vector<float>> planar(ch, std::vector<float>(chunkFrames));
    std::vector<const float*> ptrs;
    ptrs.reserve(planar.size());
    for (auto& p : planar)
        ptrs.push_back(p.data());
    while (true) {
        const std::size_t got = recordRing.read(interleaved.data(), interleaved.size()) / ch;
        if (got > 0) {
            for (std::size_t i = 0; i < got; ++i)
                for (std::size_t c = 0; c < ch; ++c)
                    planar[c][i] = interleaved[i * ch + c];
            std::lock_guard lock(writerMutex);
            if (writer != nullptr) {
                if (!writer->write(ptrs, got))
                    takeOk = false;
                recordedFrames.store(writer->framesWritten(), std::memory_order_relaxed);
            }
            continue;
        }
        // Ring empty. Finalise when asked and the analysis thread no longer feeds the take
        // (read in this order: once it says it stopped, what it wrote is in the ring).
        if (finalizeRequested.load(std::memory_order_acquire)
            && !analysisRecording.load(std::memory_order_acquire) && recordRing.readAvailable() == 0) {
            std::lock_guard lock(writerMutex);
            if (writer != nullptr) {
                if (!writer->close())
                    takeOk = false;
                takeFrames = writer->framesWritten();
                recordedFrames.store(takeFrames, std::memory_order_relaxed);
                writer.reset();
            }
            finalizeRequested.store(false, std::memory_order_release);
            recordRequested.store(false, std::memory_order_release);
            takeClosed.store(true, std::memory_order_release);
        }
        if (writerStop.load(std::memory_order_acquire) && takeClosed.load(std::memory_order_acquire))
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

LiveInput::LiveInput() = default;

LiveInput::~LiveInput()
{
    stop();
}

Result<std::vector<AudioDeviceInfo>> LiveInput::listDevices()
{
    const std::lock_guard portAudioLock(portAudioControlMutex());
    auto scope = openPortAudio();
    if (!scope)
        return scope.error();
    return enumerateInputs(scope.value()->lib());
}

Result<bool> LiveInput::start(const LiveInputConfig& config)
{
    stop();
    const std::lock_guard portAudioLock(portAudioControlMutex());  // until the stream runs (portaudiolib.h)
    auto opened = openPortAudio();
    if (!opened)
        return opened.error();
    std::unique_ptr<PortAudioScope> scope = std::move(opened.value());
    const PortAudioLib& pa = scope->lib();
    auto chosen = chooseDevice(enumerateDevices(pa, DeviceDirection::Input), config.hostApi, config.device,
                               DeviceDirection::Input);
    if (!chosen)
        return chosen.error();
    const AudioDeviceInfo device = inputInfo(chosen.value());

    std::vector<int> channels = config.channels;
    if (channels.empty())
        channels = device.maxInputChannels >= 2 ? std::vector<int>{1, 2} : std::vector<int>{1};
    if (channels.size() > static_cast<std::size_t>(kMaxLiveChannels))
        return Error{strprintf("at most %d channels can be metered", kMaxLiveChannels)};
    int deviceChannels = 0;
    for (int c : channels) {
        if (c < 1 || c > device.maxInputChannels)
            return Error{strprintf("channel %d does not exist: '%s' has %d input channels", c, device.name.c_str(),
                                   device.maxInputChannels),
                         ErrorCode::NoSuchChannel};
        deviceChannels = std::max(deviceChannels, c);
    }
    const double rate = config.sampleRateHz > 0.0 ? config.sampleRateHz : device.defaultSampleRateHz;
    if (config.bufferFrames < 0 || config.bufferFrames > kMaxCallbackFrames)
        return Error{strprintf("buffer size must be 0 (host's choice) to %d frames", kMaxCallbackFrames),
                     ErrorCode::FormatRefused};

    PaStreamParameters params{};
    params.device = device.index;
    params.channelCount = deviceChannels;
    params.sampleFormat = paFloat32;
    params.suggestedLatency = device.defaultLowInputLatencyS;
    params.hostApiSpecificStreamInfo = nullptr;
    if (const PaError err = pa.isFormatSupported(&params, nullptr, rate); err != paFormatIsSupported)
        return Error{strprintf("'%s' cannot record %d channels at %.0f Hz: %s", device.name.c_str(), deviceChannels,
                               rate, portAudioErrorText(pa, err).c_str()),
                     ErrorCode::FormatRefused, portAudioErrorText(pa, err)};

    std::unique_ptr<Stream> s;
    try {
        s = std::make_unique<Stream>(static_cast<int>(channels.size()), rate, config.meter);
    } catch (const std::invalid_argument& e) {
        return Error{e.what()};
    }
    s->deviceChannels = deviceChannels;
    for (int c : channels)
        s->channelMap.push_back(c - 1);
    s->bufferFrames = config.bufferFrames;
    if (config.tap != nullptr) {
        try {
            config.tap->prepare(s->channels, rate);
        } catch (const std::exception& e) {
            return Error{std::string("cannot prepare the live analysis: ") + e.what()};
        }
        s->tap = config.tap;
    }
    const unsigned long frames =
        config.bufferFrames > 0 ? static_cast<unsigned long>(config.bufferFrames) : paFramesPerBufferUnspecified;
    if (const PaError err = pa.openStream(&s->pa, &params, nullptr, rate, frames, paNoFlag, &Stream::callback, s.get());
        err != paNoError)
        return Error{strprintf("cannot open '%s': %s", device.name.c_str(), portAudioErrorText(pa, err).c_str()),
                     ErrorCode::DeviceUnavailable, portAudioErrorText(pa, err)};
    pa.setStreamFinishedCallback(s->pa, &Stream::finishedCallback);
    s->portAudio = scope.get();

    s->analysisThread = std::thread([p = s.get()] { p->analysisLoop(); });
    s->writerThread = std::thread([p = s.get()] { p->writerLoop(); });
    if (const PaError err = pa.startStream(s->pa); err != paNoError) {
        Error error{strprintf("cannot start '%s': %s", device.name.c_str(), portAudioErrorText(pa, err).c_str()),
                    ErrorCode::DeviceUnavailable, portAudioErrorText(pa, err)};
        s->stopRequested.store(true, std::memory_order_release);
        s->writerStop.store(true, std::memory_order_release);
        s->analysisThread.join();
        s->writerThread.join();
        pa.closeStream(s->pa);
        return error;
    }
    (void)scope.release();  // the stream owns it since s->portAudio = scope.get() (deleted in stop())
    m_device = device;
    m_stream = std::move(s);
    return true;
}

void LiveInput::stop()
{
    if (m_stream == nullptr)
        return;
    const std::lock_guard portAudioLock(portAudioControlMutex());
    Stream& s = *m_stream;
    // PortAudio's JACK host cannot stop a stream once the server is gone: RealStop() waits
    // (up to 10 minutes) for a condition only the dead server's process callback would
    // signal, and Pa_CloseStream()/Pa_Terminate() abort open streams first (its shutdown
    // callback marks the stream inactive but wakes nobody: Pa_AbortStream on a thread of its
    // own was still waiting 30 s after the server went). Such a stream is parked for the rest
    // of the process instead (never called back, never touched), its copy of PortAudio stays
    // initialised and is retired, and the next start() loads a fresh copy that sees the
    // servers running then (see portaudiolib.h). Other host APIs return from an abort on a
    // lost device with an error, and are closed normally.
    const bool parkStream = s.state.load(std::memory_order_acquire) == LiveState::DeviceLost
                            && m_device.hostApi.find("JACK") != std::string::npos;
    const PortAudioLib& pa = s.portAudio->lib();
    // The stream first: no callback runs once Pa_AbortStream returns.
    s.stopping.store(true, std::memory_order_release);
    if (!parkStream && pa.isStreamStopped(s.pa) == 0)
        pa.abortStream(s.pa);
    s.stopRequested.store(true, std::memory_order_release);
    s.wakeAnalysis();
    s.analysisThread.join();
    if (!s.takeClosed.load(std::memory_order_acquire))
        s.finalizeRequested.store(true, std::memory_order_release);
    s.writerStop.store(true, std::memory_order_release);
    s.writerThread.join();
    if (parkStream) {
        PortAudioLib::retire(&pa);
        // Never destroyed, so still reachable at exit (LeakSanitizer accepts that).
        static auto* parked = new std::vector<std::unique_ptr<Stream>>;
        parked->push_back(std::move(m_stream));
        return;
    }
    pa.closeStream(s.pa);
    delete s.portAudio;
    m_stream.reset();
}

LiveState LiveInput::state() const noexcept
{
    return m_stream == nullptr ? LiveState::Stopped : m_stream->state.load(std::memory_order_acquire);
}

std::string LiveInput::lostReason() const
{
    if (m_stream == nullptr)
        return {};
    std::lock_guard lock(m_stream->reasonMutex);
    return m_stream->lostReason;
}

ErrorCode LiveInput::lostCode() const
{
    if (m_stream == nullptr)
        return ErrorCode::None;
    std::lock_guard lock(m_stream->reasonMutex);
    return m_stream->lostCode;
}

int LiveInput::channels() const noexcept
{
    return m_stream == nullptr ? 0 : m_stream->channels;
}

double LiveInput::sampleRateHz() const noexcept
{
    return m_stream == nullptr ? 0.0 : m_stream->sampleRateHz;
}

int LiveInput::bufferFrames() const noexcept
{
    return m_stream == nullptr ? 0 : m_stream->bufferFrames;
}

bool LiveInput::latest(LiveMeterSnapshot& out)
{
    return m_stream != nullptr && m_stream->snapshots.read(out);
}

void LiveInput::resetMeters() noexcept
{
    if (m_stream != nullptr)
        m_stream->resetRequested.store(true, std::memory_order_release);
}

Result<bool> LiveInput::startRecording(const std::filesystem::path& path, FileType type)
{
    if (m_stream == nullptr || state() != LiveState::Running)
        return Error{"the input is not running"};
    Stream& s = *m_stream;
    if (!s.takeClosed.load(std::memory_order_acquire))
        return Error{"a take is already being recorded"};
    WriteFormat format;
    format.type = type;
    format.encoding = SampleEncoding::Pcm24;
    format.sampleRateHz = s.sampleRateHz;
    format.channels = s.channels;
    auto writer = AudioFileWriter::create(path, format);
    if (!writer)
        return writer.error();
    // The take is written beside its name and renamed into place when it stops; if the disk
    // fills up, what was recorded still takes the name.
    writer.value()->keepIncomplete();
    {
        std::lock_guard lock(s.writerMutex);
        s.writer = std::move(writer.value());
        s.takeOk = true;
        s.takeFrames = 0;
    }
    s.recordedFrames.store(0, std::memory_order_relaxed);
    s.recordDroppedFrames.store(0, std::memory_order_relaxed);
    s.takeClosed.store(false, std::memory_order_release);
    s.recordRequested.store(true, std::memory_order_release);
    return true;
}

Result<std::int64_t> LiveInput::stopRecording()
{
    if (m_stream == nullptr)
        return Error{"no take is being recorded"};
    Stream& s = *m_stream;
    if (s.takeClosed.load(std::memory_order_acquire)) {
        // Maybe closed already because the device was lost: report that take once.
        std::lock_guard lock(s.writerMutex);
        if (s.takeFrames > 0 || !s.takeOk) {
            const std::int64_t frames = s.takeFrames;
            const bool ok = s.takeOk;
            s.takeFrames = 0;
            s.takeOk = true;
            if (!ok)
                return Error{"the recording could not be completed (disk full?)", ErrorCode::RecordingIncomplete};
            return frames;
        }
        return Error{"no take is being recorded"};
    }
    s.recordRequested.store(false, std::memory_order_release);
    // The analysis thread acknowledges by clearing analysisRecording (at most one block
    // later); it is gone already if the stream stopped.
    s.finalizeRequested.store(true, std::memory_order_release);
    while (!s.takeClosed.load(std::memory_order_acquire))
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    std::lock_guard lock(s.writerMutex);
    const std::int64_t frames = s.takeFrames;
    const bool ok = s.takeOk;
    s.takeFrames = 0;
    s.takeOk = true;
    if (!ok)
        return Error{"the recording could not be completed (disk full?)", ErrorCode::RecordingIncomplete};
    return frames;
}

bool LiveInput::recording() const noexcept
{
    return m_stream != nullptr && !m_stream->takeClosed.load(std::memory_order_acquire);
}

double LiveInput::analysisCpuSeconds() const noexcept
{
    return m_stream == nullptr ? 0.0 : static_cast<double>(m_stream->analysisCpuNs.load(std::memory_order_relaxed)) / 1e9;
}

void LiveInput::setCallbackHookForTesting(CallbackHook hook) noexcept
{
    g_callbackHook.store(hook, std::memory_order_relaxed);
}

}  // namespace stemwise::core
