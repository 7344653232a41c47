#pragma once
// Allocation counting for the real-time callbacks' tests (tst_liveinput, tst_playbackengine):
// linking callbackallocations.cpp into a test replaces the global operator new and delete of
// its binary, and every operator new counts in g_callbackAllocations while the calling thread
// is inside a Stemwise audio callback. callbackHook() is what the test hands to
// LiveInput::setCallbackHookForTesting() or PlaybackEngine::setCallbackHookForTesting(): the
// callback calls it on entry and exit, which sets t_inCallback and counts the entries.

#include <atomic>

namespace stemwise::test {

extern thread_local bool t_inCallback;
extern std::atomic<long> g_callbackAllocations;
extern std::atomic<long> g_hookEntries;

void callbackHook(bool entering) noexcept;

}  // namespace stemwise::test
