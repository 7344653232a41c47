// The two lock-free hand-overs of the real-time paths under load: SpscRing (audio callback →
// analysis thread → writer) and TripleBuffer (analysis thread → display). One producer and one
// consumer thread hammer each with sequence-numbered data whose every element is known by
// construction, so a lost, doubled, reordered or torn element fails the test. The TSan preset
// runs this test too: a memory order too weak for the hand-over shows there as a data race
// even on x86, where the hardware would hide it.
#include "audio/spscring.h"
#include "audio/triplebuffer.h"

#include <QTest>

#include <array>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

using namespace stemwise::core;

namespace {

// A ring element bigger than a machine word, so that a torn copy could show: every field
// holds the same sequence number.
struct Frame {
    std::uint64_t sequence;
    std::uint64_t check;
    float left;
    float right;
};

// Deterministic block sizes from 1 to `max` (a linear congruential generator), so that
// reads and writes straddle the ring's wrap at every offset.
class BlockSizes {
public:
    BlockSizes(std::uint32_t seed, std::size_t max) : m_state(seed), m_max(max) {}
    std::size_t next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return 1 + (m_state >> 8) % m_max;
    }

private:
    std::uint32_t m_state;
    std::size_t m_max;
};

// A display snapshot: a value torn between two publishes would mix fields of both.
struct Snapshot {
    std::uint64_t sequence = 0;
    std::array<std::uint64_t, 15> copies{};
};

}  // namespace

class TestRings : public QObject {
    Q_OBJECT
private slots:
    void ringCapacityIsThePowerOfTwoAtOrAboveTheRequest();
    void ringWriteIsAllOrNothing();
    void ringHandsOverEveryElementInOrderAcrossThreads();
    void tripleBufferReaderSeesOnlyWholeNewerSnapshots();
};

void TestRings::ringCapacityIsThePowerOfTwoAtOrAboveTheRequest()
{
    QCOMPARE(SpscRing<float>(1).capacity(), std::size_t{1});
    QCOMPARE(SpscRing<float>(1000).capacity(), std::size_t{1024});
    QCOMPARE(SpscRing<float>(1024).capacity(), std::size_t{1024});
    QCOMPARE(SpscRing<float>(1025).capacity(), std::size_t{2048});
}

void TestRings::ringWriteIsAllOrNothing()
{
    SpscRing<int> ring(8);
    const std::vector<int> six{1, 2, 3, 4, 5, 6};
    QVERIFY(ring.write(six.data(), 6));
    QVERIFY(!ring.write(six.data(), 3));  // 2 free: nothing of the 3 is written
    QCOMPARE(ring.readAvailable(), std::size_t{6});
    std::vector<int> out(8, 0);
    QCOMPARE(ring.read(out.data(), 4), std::size_t{4});
    QVERIFY(ring.write(six.data(), 6));  // wraps: 2 at the end, 4 at the start
    QCOMPARE(ring.read(out.data(), 8), std::size_t{8});
    QCOMPARE(out, (std::vector<int>{5, 6, 1, 2, 3, 4, 5, 6}));
    QCOMPARE(ring.read(out.data(), 8), std::size_t{0});
}

void TestRings::ringHandsOverEveryElementInOrderAcrossThreads()
{
    // A small ring, so the producer finds it full often and the consumer finds it empty
    // often: both edges of the index arithmetic are crossed many thousand times.
    constexpr std::uint64_t kFrames = 2'000'000;
    SpscRing<Frame> ring(256);
    std::atomic<std::uint64_t> refused{0};

    std::thread producer([&] {
        BlockSizes sizes(7, 100);
        std::vector<Frame> block(100);
        std::uint64_t next = 0;
        while (next < kFrames) {
            const std::size_t n = std::min<std::uint64_t>(sizes.next(), kFrames - next);
            for (std::size_t i = 0; i < n; ++i) {
                const std::uint64_t s = next + i;
                block[i] = {s, ~s, static_cast<float>(s % 1000), -static_cast<float>(s % 1000)};
            }
            // Like the audio callback, the producer never waits for the consumer: a block
            // that does not fit is refused whole and, here, offered again.
            while (!ring.write(block.data(), n)) {
                refused.fetch_add(1, std::memory_order_relaxed);
                std::this_thread::yield();
            }
            next += n;
        }
    });

    BlockSizes sizes(11, 150);
    std::vector<Frame> out(150);
    std::uint64_t expected = 0;
    std::uint64_t wrong = 0;
    std::uint64_t firstWrong = 0;
    while (expected < kFrames) {
        const std::size_t got = ring.read(out.data(), sizes.next());
        if (got == 0)
            std::this_thread::yield();
        for (std::size_t i = 0; i < got; ++i, ++expected) {
            const Frame& f = out[i];
            const bool whole = f.sequence == expected && f.check == ~expected
                               && f.left == static_cast<float>(expected % 1000)
                               && f.right == -static_cast<float>(expected % 1000);
            if (!whole && wrong++ == 0)
                firstWrong = expected;
        }
    }
    producer.join();
    QVERIFY2(wrong == 0, qPrintable(QStringLiteral("%1 frames out of order or torn, the first at %2")
                                        .arg(wrong)
                                        .arg(firstWrong)));
    QCOMPARE(ring.readAvailable(), std::size_t{0});
    qInfo("%llu frames handed over; the producer found the ring full %llu times",
          static_cast<unsigned long long>(kFrames), static_cast<unsigned long long>(refused.load()));
}

void TestRings::tripleBufferReaderSeesOnlyWholeNewerSnapshots()
{
    constexpr std::uint64_t kPublishes = 1'000'000;
    TripleBuffer<Snapshot> buffer;
    std::atomic<bool> done{false};

    std::thread writer([&] {
        Snapshot s;
        for (std::uint64_t n = 1; n <= kPublishes; ++n) {
            s.sequence = n;
            s.copies.fill(n);
            buffer.publish(s);
        }
        done.store(true, std::memory_order_release);
    });

    Snapshot seen;
    std::uint64_t last = 0;
    std::uint64_t reads = 0;
    std::uint64_t torn = 0;
    std::uint64_t backwards = 0;
    for (;;) {
        // Read `done` before trying, so that the last publish is always read below.
        const bool finished = done.load(std::memory_order_acquire);
        if (buffer.read(seen)) {
            ++reads;
            for (std::uint64_t copy : seen.copies)
                torn += copy != seen.sequence ? 1 : 0;
            backwards += seen.sequence <= last ? 1 : 0;
            last = seen.sequence;
        } else if (finished) {
            break;
        }
    }
    writer.join();
    QCOMPARE(torn, std::uint64_t{0});
    QCOMPARE(backwards, std::uint64_t{0});  // read() is true only for a newer value
    QCOMPARE(last, kPublishes);             // the latest value is never lost
    QVERIFY(reads > 0);
    QVERIFY(!buffer.read(seen));  // nothing newer after the last publish was read
    qInfo("%llu publishes, %llu of them read", static_cast<unsigned long long>(kPublishes),
          static_cast<unsigned long long>(reads));
}

QTEST_GUILESS_MAIN(TestRings)
#include "tst_rings.moc"
