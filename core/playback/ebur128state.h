#pragma once
// A libebur128 meter owned by a unique_ptr: the output's loudness meters of playback
// (playbackengine.cpp, regionmeter.cpp). Internal to core/playback.

#include <ebur128.h>

#include <memory>

namespace stemwise::core {

struct Ebur128Deleter {
    void operator()(ebur128_state* st) const noexcept
    {
        if (st != nullptr)
            ebur128_destroy(&st);
    }
};
using Ebur128State = std::unique_ptr<ebur128_state, Ebur128Deleter>;

}  // namespace stemwise::core
