// The counting operator new and delete (see callbackallocations.h).
#include "callbackallocations.h"

#include <cstdlib>
#include <new>

namespace stemwise::test {

thread_local bool t_inCallback = false;
std::atomic<long> g_callbackAllocations{0};
std::atomic<long> g_hookEntries{0};

void callbackHook(bool entering) noexcept
{
    t_inCallback = entering;
    if (entering)
        g_hookEntries.fetch_add(1, std::memory_order_relaxed);
}

namespace {

void* allocate(std::size_t n)
{
    if (t_inCallback)
        g_callbackAllocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n == 0 ? 1 : n))
        return p;
    throw std::bad_alloc();
}

}  // namespace

}  // namespace stemwise::test

void* operator new(std::size_t n) { return stemwise::test::allocate(n); }
void* operator new[](std::size_t n) { return stemwise::test::allocate(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept
{
    if (stemwise::test::t_inCallback)
        stemwise::test::g_callbackAllocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(n == 0 ? 1 : n);
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept { return operator new(n, t); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
