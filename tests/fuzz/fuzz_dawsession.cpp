// Fuzz target: DAW session files (`stemwise import-session`, a session opened like a folder;
// core/daw/dawsession.h). Every input goes through both readers, the Ardour XML one and the
// REAPER chunk one, as readDawSession() hands a file to them after its size check. Whatever
// they accept must hold no NaN, pans within −1 … +1, and markers and ranges in time order.
#include "daw/dawreaders.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

namespace {

void check(const stemwise::core::DawSession& s)
{
    using namespace stemwise::core;
    auto finite = [](double v) { return !std::isnan(v); };
    auto track = [&](const DawTrack& t) {
        if (!finite(t.gainDb) || !finite(t.trimDb) || !(t.pan >= -1.0 && t.pan <= 1.0))
            std::abort();
        for (const auto& send : t.sends)
            if (!finite(send.gainDb) || (send.pan && !(*send.pan >= -1.0 && *send.pan <= 1.0)))
                std::abort();
    };
    for (const auto& t : s.tracks)
        track(t);
    if (s.master)
        track(*s.master);
    for (std::size_t i = 1; i < s.markers.size(); ++i)
        if (!(s.markers[i - 1].timeS <= s.markers[i].timeS))
            std::abort();
    for (std::size_t i = 1; i < s.ranges.size(); ++i)
        if (!(s.ranges[i - 1].startS <= s.ranges[i].startS))
            std::abort();
    for (const auto& t : s.tempos)
        if (!(t.bpm > 0.0) || !finite(t.timeS))
            std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stemwise::core;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    DawReadLimits limits;
    limits.maxTokenBytes = 4096;  // small, so that the limit's path is reached too
    limits.maxDepth = 64;
    {
        std::istringstream in(bytes);
        auto s = daw_detail::readArdourSession(in, "fuzz/session.ardour", limits);
        if (s)
            check(s.value());
    }
    {
        std::istringstream in(bytes);
        auto s = daw_detail::readReaperProject(in, "fuzz/project.RPP", limits);
        if (s)
            check(s.value());
    }
    return 0;
}
