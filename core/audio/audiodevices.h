#pragma once
// The audio devices one copy of PortAudio sees, and the choice of one by host API and name —
// what live input asks for an input and playback for an output.
//
// A device is named by its PortAudio index (digits), its exact name, or a case-insensitive
// part of its name that only one device has; the host API by a case-insensitive part of its
// name ("JACK", "ALSA"). No name: the host API's default device of that direction (else its
// first). Errors list the candidates.
//
// Threading: PortAudio's rules (the table's copy initialised, one control thread).

#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

struct PortAudioLib;

enum class DeviceDirection { Input, Output };

struct AudioDevice {
    int index = -1;  ///< PortAudio device index
    std::string name;
    std::string hostApi;  ///< e.g. "ALSA", "JACK Audio Connection Kit"
    int maxChannels = 0;  ///< of the direction asked for
    double defaultSampleRateHz = 0.0;
    double defaultLowLatencyS = 0.0;  ///< of the direction asked for
    bool isDefault = false;           ///< the default device of that direction
};

/// The devices with channels in `direction`.
[[nodiscard]] std::vector<AudioDevice> enumerateDevices(const PortAudioLib& pa, DeviceDirection direction);

/// The device `device` on a host API named like `hostApi` (see above). Errors:
/// NoInputDevice/NoOutputDevice (none at all, or none on that host API),
/// NoSuchInputDevice/NoSuchOutputDevice (no such index or name, or more than one match).
[[nodiscard]] Result<AudioDevice> chooseDevice(const std::vector<AudioDevice>& all, std::string_view hostApi,
                                               std::string_view device, DeviceDirection direction);

}  // namespace stemwise::core
