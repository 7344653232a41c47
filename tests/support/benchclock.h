#pragma once
// The benchmarks' clock (tests/bench): CPU time of the calling thread, so that a figure does not
// depend on what else the machine runs, and the best of several runs of a piece of work.

#include <algorithm>
#include <ctime>

namespace stemwise::test {

/// CPU seconds this thread has used.
inline double threadCpuS()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

/// The least thread CPU time, in seconds, of `runs` runs of `work`.
template <typename F>
double bestCpuS(F&& work, int runs = 5)
{
    double best = 1e9;
    for (int run = 0; run < runs; ++run) {
        const double start = threadCpuS();
        work();
        best = std::min(best, threadCpuS() - start);
    }
    return best;
}

}  // namespace stemwise::test
