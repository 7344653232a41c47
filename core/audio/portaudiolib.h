#pragma once
// PortAudioLib: the PortAudio functions LiveInput and PlaybackEngine call, as a table per
// loaded copy of the library, so that metering and playback can start again after a JACK
// server went away.
//
// Why a table: Debian's PortAudio 19.6 cannot stop, close or terminate a JACK stream once
// its server is gone (RealStop() waits up to 10 minutes for the dead server's process
// callback; Pa_CloseStream() and Pa_Terminate() abort open streams first). Such a stream is
// parked (see LiveInput::stop()) and the copy of PortAudio holding it is retired: it stays
// initialised, with the dead server's JACK client, for the rest of the process. The next
// input session loads a fresh private copy of libportaudio, with its own libjack, through
// dlmopen(LM_ID_NEWLM): its Pa_Initialize() sees the host APIs and JACK servers running now.
// The first copy is the one the program is linked with.
//
// Each copy opens its JACK client under its own name ("Stemwise", then "Stemwise-2", …):
// a retired copy's client thread still holds the named semaphores of its old name, and a
// server restarted under the same name would hand its wake-ups to that thread.
//
// glibc gives dlmopen a few namespaces (about 10 copies here, limited by static TLS): after
// that current() fails and the message asks for a restart of Stemwise.
//
// Threading: current() and retire() lock a mutex; call them from the control thread that
// drives LiveInput. The table's functions have PortAudio's own rules (not thread-safe, one
// control thread).

#include "util/result.h"

#include <portaudio.h>

#include <memory>
#include <mutex>
#include <string>

namespace stemwise::core {

struct PortAudioLib {
    int generation = 0;           ///< 1 for the linked copy, then 2, 3, … per fresh copy
    const char* jackClientName = "";

    decltype(&Pa_Initialize) initialize = nullptr;
    decltype(&Pa_Terminate) terminate = nullptr;
    decltype(&Pa_GetErrorText) getErrorText = nullptr;
    decltype(&Pa_GetLastHostErrorInfo) getLastHostErrorInfo = nullptr;
    decltype(&Pa_GetDeviceCount) getDeviceCount = nullptr;
    decltype(&Pa_GetDefaultInputDevice) getDefaultInputDevice = nullptr;
    decltype(&Pa_GetDefaultOutputDevice) getDefaultOutputDevice = nullptr;
    decltype(&Pa_GetDeviceInfo) getDeviceInfo = nullptr;
    decltype(&Pa_GetHostApiInfo) getHostApiInfo = nullptr;
    decltype(&Pa_IsFormatSupported) isFormatSupported = nullptr;
    decltype(&Pa_OpenStream) openStream = nullptr;
    decltype(&Pa_SetStreamFinishedCallback) setStreamFinishedCallback = nullptr;
    decltype(&Pa_StartStream) startStream = nullptr;
    decltype(&Pa_AbortStream) abortStream = nullptr;
    decltype(&Pa_CloseStream) closeStream = nullptr;
    decltype(&Pa_IsStreamStopped) isStreamStopped = nullptr;
    decltype(&Pa_IsStreamActive) isStreamActive = nullptr;
    decltype(&Pa_GetStreamInfo) getStreamInfo = nullptr;

    /// The copy new sessions use (loads a fresh one after retire()). Errors: no further copy
    /// can be loaded (the reason says why and asks for a restart).
    [[nodiscard]] static Result<const PortAudioLib*> current();
    /// Retires `lib` (it holds a parked stream): it is never used for new sessions again.
    /// Its table stays valid for the rest of the process.
    static void retire(const PortAudioLib* lib);
};

/// PortAudio is not thread-safe (its rule: one control thread), yet LiveInput and each
/// PlaybackEngine (the workspace's player, the comparison view's) are started and stopped on
/// threads of their own. Each holds this lock across its PortAudio calls when it starts or
/// opens, stops or closes, and lists devices, so that those calls never overlap. Seen without
/// it: the workspace's and the comparison view's players closing at the same moment on JACK,
/// one of them waited (10 minutes) in Pa_CloseStream — PortAudio's JACK host signals one
/// condition when its process callback has removed the streams asked for, and wakes only
/// one of two waiters. Never taken by an audio callback.
[[nodiscard]] std::mutex& portAudioControlMutex();

/// PortAudio's words for `err` (with the host API's own text for a host error).
[[nodiscard]] std::string portAudioErrorText(const PortAudioLib& pa, PaError err);

/// Pa_Initialize/Pa_Terminate of one copy of PortAudio as a scope (PortAudio counts nested
/// initialisations).
class PortAudioScope {
public:
    explicit PortAudioScope(const PortAudioLib& pa) : m_pa(pa), m_error(pa.initialize()) {}
    ~PortAudioScope()
    {
        if (m_error == paNoError)
            m_pa.terminate();
    }
    PortAudioScope(const PortAudioScope&) = delete;
    PortAudioScope& operator=(const PortAudioScope&) = delete;
    [[nodiscard]] const PortAudioLib& lib() const noexcept { return m_pa; }
    [[nodiscard]] PaError error() const noexcept { return m_error; }

private:
    const PortAudioLib& m_pa;
    PaError m_error;
};

/// The current copy of PortAudio (PortAudioLib::current()), initialised: its scope, or why not
/// ("cannot start PortAudio: …", AudioSystemUnavailable). Call with portAudioControlMutex() held.
[[nodiscard]] Result<std::unique_ptr<PortAudioScope>> openPortAudio();

}  // namespace stemwise::core
