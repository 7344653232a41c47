#pragma once
// Following a running DAW over OSC: its tracks' names, faders, pans, mutes, solos and which
// track is selected, as the DAW's control-surface feedback tells them, kept in one table that
// consumers read at their own pace.
//
// Ardour (its OSC surface, Ardour 6 and later): the follower subscribes as a surface with
// /set_surface (bank size 0: every strip; strip types 15: audio and MIDI tracks and buses;
// feedback 11 = 1 buttons and names + 2 levels + 8 heartbeat; gain mode 2: /strip/fader and
// /strip/gain; its own port for the replies) and reads /strip/name, /strip/gain (dB, -193 and
// below: −inf), /strip/fader (0..1 on Ardour's fader law, used when no dB value came),
// /strip/trimdB, /strip/pan_stereo_position (Ardour's interface value: 0 is hard right, 1 hard
// left, since Ardour 6 inverted it), /strip/mute, /strip/solo, /strip/select, each with the
// strip's ssid as first argument or at the end of the path (feedback bit 4). Ardour clears a
// strip it no longer shows by naming it " ": such a strip is left out. Ardour sends /heartbeat
// every second: no message for `timeoutS` means the connection is lost.
// REAPER (its default pattern file, Default.ReaperOSC): /track/@/name, /track/@/volume/db (dB;
// else /track/@/volume/str, "-6.02dB"), /track/@/volume (the fader's position only: its law is
// a user preference), /track/@/pan (0 hard left … 1 hard right), /track/@/mute, /solo,
// /select; @ is the track's number in REAPER's device bank (DEVICE_TRACK_COUNT, 8 by
// default). REAPER needs no subscription (the user sets this port in its OSC settings) and
// sends nothing while nothing changes, so after `timeoutS`/2 of silence the follower asks for
// a refresh (REAPER's action 41743, "Control surface: Refresh all surfaces"); no answer within
// `timeoutS` means lost. REAPER's OSC bundles are unpacked.
//
// Lost connections are retried every `retryS` (Ardour: /set_surface again; REAPER: the
// refresh), never waited on. Packets that are not OSC, followed paths with arguments of the
// wrong type or range, and strip numbers past kMaxTracks are counted as malformed and ignored;
// well-formed messages the follower does not follow (meters, transport, other surfaces) as
// unknown. Packets from another host than the DAW's are refused (counted).
//
// Transport: liblo reads and writes the OSC wire format (type tags, padding, strings). The
// UDP socket is the follower's own: liblo 0.31 binds its servers to every interface, and this
// port should be reachable from this machine only. With a DAW on loopback (the default) the
// socket is bound to 127.0.0.1; with a DAW elsewhere, to every interface, and only the DAW's
// host is listened to.
//
// Threading: start() starts one worker thread that owns the socket, the table and the
// connection state; it publishes an immutable FollowState at most every `publishIntervalS`
// (and at once when the connection state changes), so a flood of messages costs consumers
// nothing: state() takes a mutex only to copy a shared pointer. revision() is an atomic a
// consumer can poll cheaply (a UI timer at 10 Hz). stop() (and the destructor) joins the
// thread within one poll interval (10 ms). start(), stop() and the destructor belong to one
// owning thread; state() and revision() may be called from any thread.

#include "daw/dawsession.h"
#include "util/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

enum class FollowStatus {
    Stopped,    ///< not started, or stopped
    Waiting,    ///< subscribed (or asked for a refresh), nothing heard yet
    Following,  ///< the DAW answers
    Lost,       ///< it answered, then fell silent for timeoutS: retrying
};

/// "stopped", "waiting", "following", "lost".
[[nodiscard]] std::string_view followStatusName(FollowStatus status);

/// The port a DAW listens on for OSC out of the box: Ardour 3819, REAPER 8000.
[[nodiscard]] int defaultDawOscPort(DawKind kind);

/// The port REAPER sends its OSC feedback to out of the box (its "device port"). Ardour
/// answers whatever port subscribed, so any free port does for it.
inline constexpr int kReaperDeviceOscPort = 9000;

struct OscFollowSettings {
    DawKind daw = DawKind::Ardour;
    std::string dawHost = "127.0.0.1";  ///< a name or an IPv4 address
    int dawPort = 0;                    ///< 0: defaultDawOscPort(daw)
    int listenPort = 0;                 ///< 0: a free port the system picks
    double timeoutS = 3.0;              ///< silence after which the connection is lost
    double retryS = 2.0;                ///< re-subscribe this often while waiting or lost
    double publishIntervalS = 0.05;     ///< at most one published state per interval
};

/// One DAW track as followed.
struct FollowedTrack {
    /// Ardour: the strip's ssid (1-based); REAPER: the track's number in the device's bank.
    int number = 0;
    /// name, gainDb (−infinity at −inf), trimDb (Ardour), pan (−1 left … +1 right), mute and
    /// solo as the DAW last said; the members the DAW does not send stay at their defaults.
    DawTrack track;
    bool selected = false;
    bool gainKnown = false;                 ///< the DAW said the gain (else gainDb is 0 by default)
    std::optional<double> faderPosition;    ///< 0..1, as the DAW's fader sits
};

struct FollowCounters {
    std::uint64_t received = 0;       ///< well-formed OSC messages (a bundle's one by one): applied + unknown + bad arguments
    std::uint64_t applied = 0;        ///< messages of a followed path with good arguments
    std::uint64_t unknown = 0;        ///< well-formed messages of paths not followed
    std::uint64_t malformed = 0;      ///< not OSC, or a followed path with bad arguments
    std::uint64_t refused = 0;        ///< packets from another host than the DAW's
    std::uint64_t subscriptions = 0;  ///< /set_surface (Ardour) or refresh requests (REAPER) sent
    std::uint64_t published = 0;      ///< states published so far, this one included
};

struct FollowState {
    DawKind daw = DawKind::Ardour;
    FollowStatus status = FollowStatus::Stopped;
    /// Once stopped: the status it had when stop() was called (with what arrived until then).
    FollowStatus statusAtStop = FollowStatus::Stopped;
    std::vector<FollowedTrack> tracks;  ///< named tracks, by number
    FollowCounters counters;
    /// Bumped by each published change of the tracks or the status (not by counters alone).
    std::uint64_t revision = 0;
    std::optional<double> sinceLastMessageS;  ///< at publication; none before the first message

    /// The first selected track, or null.
    [[nodiscard]] const FollowedTrack* selected() const;
};

class OscFollower {
public:
    /// Strip or track numbers above this are malformed (a hostile peer cannot grow the table).
    static constexpr int kMaxTracks = 1024;

    explicit OscFollower(OscFollowSettings settings);
    ~OscFollower();
    OscFollower(const OscFollower&) = delete;
    OscFollower& operator=(const OscFollower&) = delete;

    /// Opens the port, subscribes and starts the worker; the port it listens on. Errors: the
    /// DAW's host cannot be resolved, a port out of range, the port is taken or cannot be
    /// opened, already started.
    [[nodiscard]] Result<int> start();
    /// Stops the worker and closes the port; the last state stays readable (status Stopped).
    void stop();

    [[nodiscard]] int listenPort() const;
    /// The last published state (never null).
    [[nodiscard]] std::shared_ptr<const FollowState> state() const;
    /// The last published state's revision.
    [[nodiscard]] std::uint64_t revision() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace stemwise::core
