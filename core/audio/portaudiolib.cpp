// PortAudioLib: the linked copy of PortAudio and fresh private copies (see portaudiolib.h).
#include "audio/portaudiolib.h"

#include "util/strprintf.h"

#include <dlfcn.h>

#include <deque>
#include <mutex>
#include <string>

namespace stemwise::core {

namespace {

std::mutex g_mutex;
std::deque<PortAudioLib> g_libs;        // every copy loaded; a deque keeps their addresses
std::deque<std::string> g_clientNames;  // PortAudio keeps the pointer it is given
bool g_currentRetired = false;

using SetClientName = PaError (*)(const char*);

// Names the copy's JACK client. Before its first Pa_Initialize(); harmless without JACK.
void nameJackClient(PortAudioLib& lib, void* symbol)
{
    g_clientNames.push_back(lib.generation == 1 ? std::string("Stemwise")
                                                : strprintf("Stemwise-%d", lib.generation));
    lib.jackClientName = g_clientNames.back().c_str();
    if (symbol != nullptr)
        reinterpret_cast<SetClientName>(symbol)(lib.jackClientName);
}

template <typename F>
void bind(void* handle, const char* name, F& out, std::string& missing)
{
    out = reinterpret_cast<F>(dlsym(handle, name));
    if (out == nullptr)
        missing += std::string(missing.empty() ? "" : ", ") + name;
}

constexpr const char* kRestart = "; restart Stemwise to meter again";

// The table of the copy of PortAudio that `handle` reaches (RTLD_DEFAULT: the linked one).
// Errors: a function is missing.
Result<PortAudioLib> bindCopy(void* handle, int generation, const char* file)
{
    PortAudioLib lib;
    lib.generation = generation;
    std::string missing;
    bind(handle, "Pa_Initialize", lib.initialize, missing);
    bind(handle, "Pa_Terminate", lib.terminate, missing);
    bind(handle, "Pa_GetErrorText", lib.getErrorText, missing);
    bind(handle, "Pa_GetLastHostErrorInfo", lib.getLastHostErrorInfo, missing);
    bind(handle, "Pa_GetDeviceCount", lib.getDeviceCount, missing);
    bind(handle, "Pa_GetDefaultInputDevice", lib.getDefaultInputDevice, missing);
    bind(handle, "Pa_GetDefaultOutputDevice", lib.getDefaultOutputDevice, missing);
    bind(handle, "Pa_GetDeviceInfo", lib.getDeviceInfo, missing);
    bind(handle, "Pa_GetHostApiInfo", lib.getHostApiInfo, missing);
    bind(handle, "Pa_IsFormatSupported", lib.isFormatSupported, missing);
    bind(handle, "Pa_OpenStream", lib.openStream, missing);
    bind(handle, "Pa_SetStreamFinishedCallback", lib.setStreamFinishedCallback, missing);
    bind(handle, "Pa_StartStream", lib.startStream, missing);
    bind(handle, "Pa_AbortStream", lib.abortStream, missing);
    bind(handle, "Pa_CloseStream", lib.closeStream, missing);
    bind(handle, "Pa_IsStreamStopped", lib.isStreamStopped, missing);
    bind(handle, "Pa_IsStreamActive", lib.isStreamActive, missing);
    bind(handle, "Pa_GetStreamInfo", lib.getStreamInfo, missing);
    if (!missing.empty())
        return Error{strprintf("the copy of PortAudio in %s lacks %s%s", file, missing.c_str(), kRestart),
                     ErrorCode::AudioRestartNeeded};
    // Looked up, not required: a PortAudio built without JACK has no such function.
    nameJackClient(lib, dlsym(handle, "PaJack_SetClientName"));
    return lib;
}

Result<PortAudioLib> freshCopy(int generation)
{
    Dl_info info{};
    if (dladdr(reinterpret_cast<void*>(&Pa_Initialize), &info) == 0 || info.dli_fname == nullptr)
        return Error{std::string("cannot find the PortAudio library file") + kRestart, ErrorCode::AudioRestartNeeded};
    // A new link-map namespace: PortAudio and everything under it (libjack, ALSA, libc) are
    // loaded again, with state of their own. Never unloaded: a parked stream may still be
    // referenced by the retired copy's threads, and this one will be retired the same way.
    void* handle = dlmopen(LM_ID_NEWLM, info.dli_fname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        const char* why = dlerror();
        return Error{strprintf("cannot load a fresh copy of PortAudio (%s)%s", why != nullptr ? why : "unknown error",
                               kRestart),
                     ErrorCode::AudioRestartNeeded, why != nullptr ? why : ""};
    }
    return bindCopy(handle, generation, info.dli_fname);
}

}  // namespace

std::mutex& portAudioControlMutex()
{
    static std::mutex mutex;
    return mutex;
}

Result<const PortAudioLib*> PortAudioLib::current()
{
    std::lock_guard lock(g_mutex);
    if (g_libs.empty()) {
        auto linked = bindCopy(RTLD_DEFAULT, 1, "this program");
        if (!linked)
            return linked.error();
        g_libs.push_back(linked.value());
    } else if (g_currentRetired) {
        auto fresh = freshCopy(g_libs.back().generation + 1);
        if (!fresh)
            return fresh.error();
        g_libs.push_back(fresh.value());
        g_currentRetired = false;
    }
    return &g_libs.back();
}

std::string portAudioErrorText(const PortAudioLib& pa, PaError err)
{
    std::string message = pa.getErrorText(err);
    if (err == paUnanticipatedHostError) {
        if (const PaHostErrorInfo* info = pa.getLastHostErrorInfo(); info != nullptr && info->errorText != nullptr)
            message += std::string(": ") + info->errorText;
    }
    return message;
}

void PortAudioLib::retire(const PortAudioLib* lib)
{
    std::lock_guard lock(g_mutex);
    if (!g_libs.empty() && lib == &g_libs.back())
        g_currentRetired = true;
}

Result<std::unique_ptr<PortAudioScope>> openPortAudio()
{
    auto lib = PortAudioLib::current();
    if (!lib)
        return lib.error();
    auto scope = std::make_unique<PortAudioScope>(*lib.value());
    if (scope->error() != paNoError) {
        const std::string why = portAudioErrorText(scope->lib(), scope->error());
        return Error{"cannot start PortAudio: " + why, ErrorCode::AudioSystemUnavailable, why};
    }
    return scope;
}

}  // namespace stemwise::core
