#pragma once
// A value or the reason there is none. std::expected arrives with C++23; until the
// toolchains we build on (GCC 12 on Debian 12) have it, this is the small subset we use.

#include <string>
#include <utility>
#include <variant>

namespace stemwise::core {

/// The common reasons a file cannot be analysed or an audio input cannot be used, so that a
/// user interface can say them in its own language (the message stays the English of the
/// CLI and the JSON). None: no code, only the message; a UI shows that inside its own
/// translated sentence.
enum class ErrorCode {
    None,
    NoSuchFile,      ///< "no such file"
    NotAccessible,   ///< "cannot be accessed: <system reason>"
    IsFolder,        ///< "is a folder, not an audio file"
    NotRegularFile,  ///< "is not a regular file"
    EmptyFile,       ///< "is empty (0 bytes)"
    NotAudio,        ///< "is not an audio file in a format Stemwise reads (…)"
    PermissionDenied,  ///< "cannot be read: permission denied"
    CannotOpen,      ///< "cannot be opened as audio: <libsndfile's reason>"
    NoChannels,      ///< "declares no audio channels"
    TooManyChannels,   ///< "declares 12 channels, more than the 8 Stemwise reads"
    UnsupportedSampleRate,  ///< "declares a sample rate of …" / "has an unsupported sample rate (…)"
    UnknownLength,   ///< "has no known length"
    Truncated,       ///< "is cut short before its first sample (truncated file)"
    NoAudio,         ///< "contains no audio (0 frames)"
    Cancelled,       ///< "cancelled"
    OutOfMemory,     ///< "ran out of memory while analysing"
    // Writing a file (audio/audiofilewriter.h).
    CannotWrite,     ///< "cannot be written: <libsndfile's reason>" (detail: the reason)
    // Live input (live/liveinput.h); `detail` holds PortAudio's own words where it gave any.
    NoInputDevice,          ///< no input device at all, or none on the host API asked for
    NoSuchInputDevice,      ///< no input by that index or name, or more than one (the message lists them)
    NoSuchChannel,          ///< a channel asked for is beyond the device's
    FormatRefused,          ///< the device refuses the channels, rate or buffer asked for
    DeviceUnavailable,      ///< the device cannot be opened or started
    AudioSystemUnavailable, ///< PortAudio cannot start
    AudioRestartNeeded,     ///< no fresh copy of PortAudio can be loaded (audio/portaudiolib.h)
    InputStreamEnded,       ///< lost: the stream ended (device removed, audio server stopped)
    InputStoppedDelivering, ///< lost: PortAudio says the stream is no longer active
    InputSilent,            ///< lost: no audio from the device for LiveInput::kLostS
    RecordingIncomplete,    ///< the take could not be written completely (disk full?)
    // Playback (playback/playbackengine.h).
    NoOutputDevice,         ///< no output device at all, or none on the host API asked for
    NoSuchOutputDevice,     ///< no output by that index or name, or more than one (the message lists them)
};

/// Why an operation failed, in words a user can act on. The message names no path:
/// callers that report to the user pair it with the file it concerns.
struct Error {
    Error() = default;
    Error(std::string message_, ErrorCode code_ = ErrorCode::None, std::string detail_ = {})  // NOLINT(implicit)
        : message(std::move(message_)), code(code_), detail(std::move(detail_))
    {
    }

    std::string message;
    ErrorCode code = ErrorCode::None;  ///< set for the common errors (see ErrorCode)
    std::string detail;  ///< a library's or the system's own words, if the message quotes some
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}  // NOLINT(implicit)
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT(implicit)

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

}  // namespace stemwise::core
