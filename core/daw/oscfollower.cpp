// Following a DAW over OSC (see oscfollower.h): the worker thread, the parsing of Ardour's and
// REAPER's feedback, the connection state.
#include "daw/oscfollower.h"

#include <lo/lo.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

namespace stemwise::core {

std::string_view followStatusName(FollowStatus status)
{
    switch (status) {
    case FollowStatus::Stopped: return "stopped";
    case FollowStatus::Waiting: return "waiting";
    case FollowStatus::Following: return "following";
    case FollowStatus::Lost: return "lost";
    }
    return "stopped";
}

int defaultDawOscPort(DawKind kind)
{
    return kind == DawKind::Ardour ? 3819 : 8000;
}

const FollowedTrack* FollowState::selected() const
{
    for (const FollowedTrack& t : tracks)
        if (t.selected)
            return &t;
    return nullptr;
}

namespace {

using Clock = std::chrono::steady_clock;

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();
constexpr int kPollMs = 10;
constexpr std::size_t kMaxPacketBytes = 65536;  // a UDP datagram's payload at most
constexpr int kMaxBundleDepth = 8;
constexpr int kDrainPerWake = 512;  // packets read before the worker looks at its clock again

// What /set_surface asks of Ardour (see oscfollower.h).
constexpr int kArdourStripTypes = 1 + 2 + 4 + 8;  // audio tracks, MIDI tracks, audio buses, MIDI buses
constexpr int kArdourFeedback = 1 + 2 + 8;        // buttons and names, levels, heartbeat
constexpr int kArdourGainMode = 2;                // /strip/fader and /strip/gain in dB
constexpr int kReaperRefreshAction = 41743;       // "Control surface: Refresh all surfaces"

double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

// liblo's arguments point into the packet, aligned to 4 bytes only, while lo_arg (a union with
// doubles in it) asks for 8: each value is copied out of its bytes, never read through the union.
template <typename T>
T argValue(const lo_arg* arg)
{
    T v{};
    std::memcpy(&v, static_cast<const void*>(arg), sizeof v);
    return v;
}

// A numeric argument (int, float, double, 64-bit int; true/false as 1/0), or nothing.
std::optional<double> numberArg(char type, const lo_arg* arg)
{
    double v = 0.0;
    switch (type) {
    case 'f': v = argValue<float>(arg); break;
    case 'd': v = argValue<double>(arg); break;
    case 'i': v = argValue<std::int32_t>(arg); break;
    case 'h': v = static_cast<double>(argValue<std::int64_t>(arg)); break;
    case 'T': return 1.0;
    case 'F': return 0.0;
    default: return std::nullopt;
    }
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<std::string> stringArg(char type, const lo_arg* arg)
{
    if (type == 's' || type == 'S')
        return std::string(reinterpret_cast<const char*>(arg));
    return std::nullopt;
}

std::optional<int> parseInt(std::string_view text)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return v;
}

bool blank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

// Ardour's fader law (its gain_to_slider_position, inverted): position = ((6·log2(gain) +
// 192) / 198)^8, so gain in dB = 20·log10(2)/6 · (198·position^(1/8) − 192).
double ardourFaderDb(double position)
{
    if (position <= 0.0)
        return kMinusInfinity;
    return 20.0 * std::log10(2.0) / 6.0 * (198.0 * std::pow(position, 1.0 / 8.0) - 192.0);
}

// REAPER's volume text: "-6.02dB", "+0.00dB", "-inf", "-inf dB".
std::optional<double> reaperVolumeText(const std::string& text)
{
    std::string t;
    for (char c : text)
        if (std::isspace(static_cast<unsigned char>(c)) == 0)
            t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.size() >= 2 && t.compare(t.size() - 2, 2, "db") == 0)
        t.resize(t.size() - 2);
    if (t == "-inf")
        return kMinusInfinity;
    if (!t.empty() && t.front() == '+')
        t.erase(0, 1);
    double v = 0.0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// The path split at '/': "/strip/gain/3" -> strip, gain, 3.
std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') {
            ++i;
            continue;
        }
        const std::size_t end = std::min(path.find('/', i), path.size());
        parts.push_back(path.substr(i, end - i));
        i = end;
    }
    return parts;
}

struct TrackEntry {
    FollowedTrack track;
    bool named = false;       // has a name that is not blank: published
    bool gainFromDb = false;  // a dB value came (wins over the fader's position or REAPER's text)
};

bool isLoopback(const in_addr& a)
{
    return (ntohl(a.s_addr) >> 24) == 127;
}

}  // namespace

struct OscFollower::Impl {
    explicit Impl(OscFollowSettings s) : settings(std::move(s)) {}

    // Immutable while the worker runs.
    OscFollowSettings settings;
    int fd = -1;
    int port = 0;
    sockaddr_in dawAddress{};
    bool dawOnLoopback = true;

    std::thread worker;
    std::atomic<bool> stopping{false};

    // Owned by the worker thread (or by the owner while no worker runs).
    std::map<int, TrackEntry> tracks;
    FollowCounters counters;
    FollowStatus status = FollowStatus::Stopped;
    FollowStatus statusAtStop = FollowStatus::Stopped;
    Clock::time_point startedAt;
    Clock::time_point lastSubscription;
    Clock::time_point lastPublish;
    std::optional<Clock::time_point> lastMessage;
    std::uint64_t revisionCount = 0;
    bool tracksChanged = false;  // since the last publication
    bool anyChanged = false;
    std::vector<char> packet;

    // Published: the mutex guards only the pointer's copy and swap.
    mutable std::mutex publishMutex;
    std::shared_ptr<const FollowState> published = std::make_shared<const FollowState>();
    std::atomic<std::uint64_t> publishedRevision{0};

    Result<int> open();
    void run();
    void drain();
    void tick(Clock::time_point now);
    void subscribe(Clock::time_point now);
    void send(const char* path, lo_message message);
    void publish(Clock::time_point now);
    void setStatus(FollowStatus s);
    void handlePacket(char* data, std::size_t size, int depth);
    void handleMessage(const char* path, const char* types, lo_arg** argv, int argc);
    bool handleArdour(const std::vector<std::string_view>& parts, const char* types, lo_arg** argv, int argc);
    bool handleReaper(const std::vector<std::string_view>& parts, const char* types, lo_arg** argv, int argc);
    TrackEntry& entry(int number);
};

OscFollower::OscFollower(OscFollowSettings settings) : m(std::make_unique<Impl>(std::move(settings))) {}

OscFollower::~OscFollower()
{
    stop();
}

int OscFollower::listenPort() const
{
    return m->port;
}

std::shared_ptr<const FollowState> OscFollower::state() const
{
    const std::lock_guard lock(m->publishMutex);
    return m->published;
}

std::uint64_t OscFollower::revision() const
{
    return m->publishedRevision.load(std::memory_order_acquire);
}

Result<int> OscFollower::start()
{
    if (m->worker.joinable())
        return Error("the follower is already running");
    auto opened = m->open();
    if (!opened)
        return opened;
    m->stopping.store(false);
    m->tracks.clear();
    m->counters = {};
    m->lastMessage.reset();
    m->startedAt = Clock::now();
    m->status = FollowStatus::Waiting;
    m->statusAtStop = FollowStatus::Stopped;
    m->tracksChanged = true;
    m->anyChanged = true;
    m->packet.resize(kMaxPacketBytes);
    m->subscribe(m->startedAt);
    m->publish(m->startedAt);
    m->worker = std::thread([impl = m.get()] { impl->run(); });
    return m->port;
}

void OscFollower::stop()
{
    if (m->worker.joinable()) {
        m->stopping.store(true);
        m->worker.join();
        m->statusAtStop = m->status;
        m->setStatus(FollowStatus::Stopped);
        m->publish(Clock::now());
    }
    if (m->fd >= 0) {
        ::close(m->fd);
        m->fd = -1;
    }
}

Result<int> OscFollower::Impl::open()
{
    const int dawPort = settings.dawPort > 0 ? settings.dawPort : defaultDawOscPort(settings.daw);
    if (dawPort > 65535 || settings.listenPort < 0 || settings.listenPort > 65535)
        return Error("a port must lie between 1 and 65535");
    addrinfo hints{};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    if (const int rc = ::getaddrinfo(settings.dawHost.c_str(), nullptr, &hints, &found); rc != 0 || !found)
        return Error("the DAW's host '" + settings.dawHost + "' cannot be resolved: " + ::gai_strerror(rc));
    std::memcpy(&dawAddress, found->ai_addr, sizeof dawAddress);
    ::freeaddrinfo(found);
    dawAddress.sin_port = htons(static_cast<std::uint16_t>(dawPort));
    dawOnLoopback = isLoopback(dawAddress.sin_addr);

    fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error(std::string("no UDP socket: ") + std::strerror(errno));
    // A burst of feedback (REAPER's refresh, a flood) should wait in the socket, not be dropped
    // by the kernel; the system caps this at net.core.rmem_max.
    const int receiveBytes = 1 << 20;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBytes, sizeof receiveBytes);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr.s_addr = htonl(dawOnLoopback ? INADDR_LOOPBACK : INADDR_ANY);
    local.sin_port = htons(static_cast<std::uint16_t>(settings.listenPort));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0) {
        const int e = errno;
        ::close(fd);
        fd = -1;
        return Error("UDP port " + std::to_string(settings.listenPort) + " cannot be opened: " + std::strerror(e));
    }
    socklen_t length = sizeof local;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length);
    port = ntohs(local.sin_port);
    return port;
}

void OscFollower::Impl::run()
{
    while (!stopping.load(std::memory_order_relaxed)) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, kPollMs) > 0 && (p.revents & POLLIN) != 0)
            drain();
        tick(Clock::now());
    }
    drain();  // what arrived before stop() counts: the last state is complete
}

void OscFollower::Impl::drain()
{
    for (int i = 0; i < kDrainPerWake; ++i) {
        sockaddr_in from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n = ::recvfrom(fd, packet.data(), packet.size(), MSG_DONTWAIT,
                                     reinterpret_cast<sockaddr*>(&from), &fromLength);
        if (n < 0)
            return;
        const bool fromDaw = dawOnLoopback ? isLoopback(from.sin_addr)
                                           : from.sin_addr.s_addr == dawAddress.sin_addr.s_addr;
        anyChanged = true;
        if (!fromDaw) {
            ++counters.refused;
            continue;
        }
        lastMessage = Clock::now();
        handlePacket(packet.data(), static_cast<std::size_t>(n), 0);
        if (status == FollowStatus::Waiting || status == FollowStatus::Lost)
            setStatus(FollowStatus::Following);
    }
}

void OscFollower::Impl::tick(Clock::time_point now)
{
    const Clock::time_point heard = lastMessage.value_or(startedAt);
    const double quietS = secondsBetween(heard, now);
    const double sinceSubscriptionS = secondsBetween(lastSubscription, now);
    switch (status) {
    case FollowStatus::Waiting:
    case FollowStatus::Lost:
        if (sinceSubscriptionS >= settings.retryS)
            subscribe(now);
        break;
    case FollowStatus::Following:
        if (quietS >= settings.timeoutS) {
            setStatus(FollowStatus::Lost);
            subscribe(now);
        } else if (settings.daw == DawKind::Reaper && quietS >= settings.timeoutS / 2.0
                   && secondsBetween(std::max(heard, lastSubscription), now) >= settings.timeoutS / 2.0) {
            subscribe(now);  // REAPER is silent while nothing changes: ask it to say everything again
        }
        break;
    case FollowStatus::Stopped: break;
    }
    if ((anyChanged || tracksChanged) && secondsBetween(lastPublish, now) >= settings.publishIntervalS)
        publish(now);
}

void OscFollower::Impl::setStatus(FollowStatus s)
{
    if (status == s)
        return;
    status = s;
    tracksChanged = true;
    lastPublish = {};  // a change of the connection is published at once
}

void OscFollower::Impl::send(const char* path, lo_message message)
{
    const std::size_t length = lo_message_length(message, path);
    std::vector<char> bytes(length);
    std::size_t written = length;
    if (lo_message_serialise(message, path, bytes.data(), &written) != nullptr)
        ::sendto(fd, bytes.data(), written, 0, reinterpret_cast<const sockaddr*>(&dawAddress), sizeof dawAddress);
    lo_message_free(message);
}

void OscFollower::Impl::subscribe(Clock::time_point now)
{
    lo_message message = lo_message_new();
    if (settings.daw == DawKind::Ardour) {
        // bank size, strip types, feedback, gain mode, send page size, plug-in page size, and
        // the port for the replies (the one this socket sends from anyway).
        for (const int v : {0, kArdourStripTypes, kArdourFeedback, kArdourGainMode, 0, 0, port})
            lo_message_add_int32(message, v);
        send("/set_surface", message);
    } else {
        lo_message_add_int32(message, kReaperRefreshAction);
        send("/action", message);
    }
    ++counters.subscriptions;
    anyChanged = true;
    lastSubscription = now;
}

void OscFollower::Impl::publish(Clock::time_point now)
{
    auto state = std::make_shared<FollowState>();
    state->daw = settings.daw;
    state->status = status;
    state->statusAtStop = statusAtStop;
    for (const auto& [number, e] : tracks)
        if (e.named)
            state->tracks.push_back(e.track);
    if (tracksChanged)
        ++revisionCount;
    state->revision = revisionCount;
    ++counters.published;
    state->counters = counters;
    if (lastMessage)
        state->sinceLastMessageS = secondsBetween(*lastMessage, now);
    {
        const std::lock_guard lock(publishMutex);
        published = std::move(state);
    }
    publishedRevision.store(revisionCount, std::memory_order_release);
    lastPublish = now;
    tracksChanged = false;
    anyChanged = false;
}

// An OSC packet: a message, or a bundle ("#bundle", a time tag, then elements each preceded by
// its size as a big-endian int32) of messages and bundles.
void OscFollower::Impl::handlePacket(char* data, std::size_t size, int depth)
{
    static constexpr char kBundle[] = "#bundle";
    if (size >= 16 && std::memcmp(data, kBundle, sizeof kBundle) == 0) {
        if (depth >= kMaxBundleDepth) {
            ++counters.malformed;
            return;
        }
        std::size_t at = 16;  // past "#bundle\0" and the time tag
        while (at < size) {
            if (size - at < 4) {
                ++counters.malformed;
                return;
            }
            std::uint32_t elementSize = 0;
            std::memcpy(&elementSize, data + at, 4);
            elementSize = ntohl(elementSize);
            at += 4;
            if (elementSize == 0 || elementSize % 4 != 0 || elementSize > size - at) {
                ++counters.malformed;
                return;
            }
            handlePacket(data + at, elementSize, depth + 1);
            at += elementSize;
        }
        return;
    }
    int result = 0;
    lo_message message = lo_message_deserialise(data, size, &result);
    if (!message) {
        ++counters.malformed;
        return;
    }
    ++counters.received;
    // The path is the message's first string, checked by lo_message_deserialise.
    handleMessage(data, lo_message_get_types(message), lo_message_get_argv(message), lo_message_get_argc(message));
    lo_message_free(message);
}

TrackEntry& OscFollower::Impl::entry(int number)
{
    TrackEntry& e = tracks[number];
    e.track.number = number;
    return e;
}

void OscFollower::Impl::handleMessage(const char* path, const char* types, lo_arg** argv, int argc)
{
    const std::vector<std::string_view> parts = splitPath(path);
    const std::string_view head = parts.empty() ? std::string_view() : parts.front();
    bool followed = false;
    bool good = false;
    if (settings.daw == DawKind::Ardour && head == "strip") {
        followed = true;
        good = handleArdour(parts, types, argv, argc);
    } else if (settings.daw == DawKind::Reaper && head == "track") {
        followed = true;
        good = handleReaper(parts, types, argv, argc);
    }
    if (!followed)
        ++counters.unknown;
    else if (good)
        ++counters.applied;
}

// /strip/<what> ssid value, or /strip/<what>/<ssid> value. Returns false when the message was
// counted otherwise (unknown or malformed).
bool OscFollower::Impl::handleArdour(const std::vector<std::string_view>& parts, const char* types, lo_arg** argv,
                                     int argc)
{
    if (parts.size() < 2 || parts.size() > 3) {
        ++counters.unknown;
        return false;
    }
    const std::string_view what = parts[1];
    static constexpr std::string_view kFollowed[] = {"name", "gain", "fader", "trimdB", "pan_stereo_position",
                                                     "mute", "solo", "select"};
    if (std::find(std::begin(kFollowed), std::end(kFollowed), what) == std::end(kFollowed)) {
        ++counters.unknown;
        return false;
    }
    std::optional<int> ssid;
    int valueIndex = 0;
    if (parts.size() == 3) {
        ssid = parseInt(parts[2]);
        if (!ssid) {  // /strip/fader/automation, /strip/mute/automation_name…: not followed
            ++counters.unknown;
            return false;
        }
    } else if (argc >= 1) {
        if (const auto n = numberArg(types[0], argv[0]); n && *n == std::floor(*n) && std::abs(*n) < 1e9)
            ssid = static_cast<int>(*n);
        valueIndex = 1;
    }
    if (!ssid || *ssid < 1 || *ssid > kMaxTracks || argc != valueIndex + 1) {
        ++counters.malformed;
        return false;
    }
    const char type = types[valueIndex];
    const lo_arg* arg = argv[valueIndex];
    if (what == "name") {
        const auto name = stringArg(type, arg);
        if (!name) {
            ++counters.malformed;
            return false;
        }
        TrackEntry& e = entry(*ssid);
        const bool named = !blank(*name);
        if (e.named != named || e.track.track.name != *name) {
            e.named = named;
            e.track.track.name = *name;
            tracksChanged = true;
        }
        return true;
    }
    const auto v = numberArg(type, arg);
    if (!v) {
        ++counters.malformed;
        return false;
    }
    TrackEntry& e = entry(*ssid);
    FollowedTrack& t = e.track;
    const FollowedTrack before = t;
    if (what == "gain") {
        t.track.gainDb = *v <= -193.0 ? kMinusInfinity : *v;
        t.gainKnown = true;
        e.gainFromDb = true;
    } else if (what == "fader") {
        if (*v < 0.0 || *v > 1.0) {
            ++counters.malformed;
            return false;
        }
        t.faderPosition = *v;
        if (!e.gainFromDb) {
            t.track.gainDb = ardourFaderDb(*v);
            t.gainKnown = true;
        }
    } else if (what == "trimdB") {
        t.track.trimDb = *v;
    } else if (what == "pan_stereo_position") {
        if (*v < 0.0 || *v > 1.0) {
            ++counters.malformed;
            return false;
        }
        t.track.pan = 1.0 - 2.0 * *v;  // Ardour 6+: 0 is hard right
    } else if (what == "mute") {
        t.track.mute = *v >= 0.5;
    } else if (what == "solo") {
        t.track.solo = *v >= 0.5;
    } else {  // select
        t.selected = *v >= 0.5;
    }
    if (e.named
        && (before.track.gainDb != t.track.gainDb || before.track.trimDb != t.track.trimDb
            || before.track.pan != t.track.pan || before.track.mute != t.track.mute
            || before.track.solo != t.track.solo || before.selected != t.selected
            || before.faderPosition != t.faderPosition))
        tracksChanged = true;
    return true;
}

// /track/<n>/<what>[/db|/str] value.
bool OscFollower::Impl::handleReaper(const std::vector<std::string_view>& parts, const char* types, lo_arg** argv,
                                     int argc)
{
    if (parts.size() < 3 || parts.size() > 4) {
        ++counters.unknown;
        return false;
    }
    const std::optional<int> number = parseInt(parts[1]);
    if (!number) {  // /track/volume and friends: the selected track's, not followed
        ++counters.unknown;
        return false;
    }
    const std::string_view what = parts[2];
    const std::string_view sub = parts.size() == 4 ? parts[3] : std::string_view();
    const bool followedPath = (sub.empty() && (what == "name" || what == "volume" || what == "pan" || what == "mute"
                                               || what == "solo" || what == "select"))
                              || (what == "volume" && (sub == "db" || sub == "str"));
    if (!followedPath) {
        ++counters.unknown;
        return false;
    }
    if (*number < 1 || *number > kMaxTracks || argc != 1) {
        ++counters.malformed;
        return false;
    }
    const char type = types[0];
    const lo_arg* arg = argv[0];
    if (what == "name" || sub == "str") {
        const auto text = stringArg(type, arg);
        if (!text) {
            ++counters.malformed;
            return false;
        }
        TrackEntry& e = entry(*number);
        if (what == "name") {
            const bool named = !blank(*text);
            if (e.named != named || e.track.track.name != *text) {
                e.named = named;
                e.track.track.name = *text;
                tracksChanged = true;
            }
            return true;
        }
        const auto db = reaperVolumeText(*text);
        if (!db) {
            ++counters.malformed;
            return false;
        }
        if (!e.gainFromDb && (e.track.track.gainDb != *db || !e.track.gainKnown)) {
            e.track.track.gainDb = *db;
            e.track.gainKnown = true;
            tracksChanged = tracksChanged || e.named;
        }
        return true;
    }
    const auto v = numberArg(type, arg);
    if (!v) {
        ++counters.malformed;
        return false;
    }
    TrackEntry& e = entry(*number);
    FollowedTrack& t = e.track;
    const FollowedTrack before = t;
    if (what == "volume" && sub == "db") {
        t.track.gainDb = *v <= -150.0 ? kMinusInfinity : *v;
        t.gainKnown = true;
        e.gainFromDb = true;
    } else if (what == "volume") {
        if (*v < 0.0 || *v > 1.0) {
            ++counters.malformed;
            return false;
        }
        t.faderPosition = *v;
    } else if (what == "pan") {
        if (*v < 0.0 || *v > 1.0) {
            ++counters.malformed;
            return false;
        }
        t.track.pan = 2.0 * *v - 1.0;
    } else if (what == "mute") {
        t.track.mute = *v >= 0.5;
    } else if (what == "solo") {
        t.track.solo = *v >= 0.5;
    } else {  // select
        t.selected = *v >= 0.5;
    }
    if (e.named
        && (before.track.gainDb != t.track.gainDb || before.track.pan != t.track.pan
            || before.track.mute != t.track.mute || before.track.solo != t.track.solo
            || before.selected != t.selected || before.faderPosition != t.faderPosition))
        tracksChanged = true;
    return true;
}

}  // namespace stemwise::core
