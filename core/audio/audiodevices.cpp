// Device listing and choice (see audiodevices.h).
#include "audio/audiodevices.h"

#include "audio/portaudiolib.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

namespace stemwise::core {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

}  // namespace

std::vector<AudioDevice> enumerateDevices(const PortAudioLib& pa, DeviceDirection direction)
{
    const bool input = direction == DeviceDirection::Input;
    std::vector<AudioDevice> devices;
    const PaDeviceIndex count = pa.getDeviceCount();
    const PaDeviceIndex defaultDevice = input ? pa.getDefaultInputDevice() : pa.getDefaultOutputDevice();
    for (PaDeviceIndex i = 0; i < count; ++i) {
        const PaDeviceInfo* info = pa.getDeviceInfo(i);
        if (info == nullptr)
            continue;
        const int channels = input ? info->maxInputChannels : info->maxOutputChannels;
        if (channels <= 0)
            continue;
        const PaHostApiInfo* api = pa.getHostApiInfo(info->hostApi);
        AudioDevice d;
        d.index = i;
        d.name = info->name != nullptr ? info->name : "";
        d.hostApi = api != nullptr && api->name != nullptr ? api->name : "";
        d.maxChannels = channels;
        d.defaultSampleRateHz = info->defaultSampleRate;
        d.defaultLowLatencyS = input ? info->defaultLowInputLatency : info->defaultLowOutputLatency;
        d.isDefault = i == defaultDevice;
        devices.push_back(std::move(d));
    }
    return devices;
}

Result<AudioDevice> chooseDevice(const std::vector<AudioDevice>& all, std::string_view hostApi, std::string_view device,
                                 DeviceDirection direction)
{
    const bool input = direction == DeviceDirection::Input;
    const char* what = input ? "input" : "output";
    const ErrorCode none = input ? ErrorCode::NoInputDevice : ErrorCode::NoOutputDevice;
    const ErrorCode noSuch = input ? ErrorCode::NoSuchInputDevice : ErrorCode::NoSuchOutputDevice;
    std::vector<AudioDevice> devices;
    for (const auto& d : all)
        if (hostApi.empty() || lower(d.hostApi).find(lower(hostApi)) != std::string::npos)
            devices.push_back(d);
    if (devices.empty())
        return Error{hostApi.empty() ? strprintf("no audio %s device", what)
                                     : strprintf("no %s device on a host API named like '%.*s'", what,
                                                 static_cast<int>(hostApi.size()), hostApi.data()),
                     none};
    const auto names = [&] {
        std::string list;
        for (const auto& d : devices)
            list += strprintf("%s%d '%s' (%s)", list.empty() ? "" : ", ", d.index, d.name.c_str(), d.hostApi.c_str());
        return list;
    };
    if (device.empty()) {
        for (const auto& d : devices)
            if (d.isDefault)
                return d;
        return devices.front();
    }
    if (std::all_of(device.begin(), device.end(), [](unsigned char c) { return std::isdigit(c) != 0; })) {
        int index = -1;  // past int: no device has that index
        std::from_chars(device.data(), device.data() + device.size(), index);
        for (const auto& d : devices)
            if (d.index == index)
                return d;
        return Error{strprintf("no %s device with index %d; %ss: %s", what, index, what, names().c_str()), noSuch};
    }
    for (const auto& d : devices)
        if (d.name == device)
            return d;
    std::vector<AudioDevice> matches;
    for (const auto& d : devices)
        if (lower(d.name).find(lower(device)) != std::string::npos)
            matches.push_back(d);
    if (matches.size() == 1)
        return matches.front();
    return Error{strprintf("%s %s device named like '%.*s'; %ss: %s", matches.empty() ? "no" : "more than one", what,
                           static_cast<int>(device.size()), device.data(), what, names().c_str()),
                 noSuch};
}

}  // namespace stemwise::core
