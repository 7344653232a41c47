#pragma once
// LiveSuggester: the suggestions for what is playing into the live input, renewed every few
// seconds from the recent window, with the learned model applied.
//
//   analysis thread ─push()─► SpscRing<float> ─► worker: the last windowS of audio (planar,
//   (LiveInput's tap)                               preallocated) ─ every intervalS of new audio ─►
//                                                   analyzeBuffer() (the offline analysis, the
//                                                   same figures as for a file of it) ─►
//                                                   SuggestionEngine for the chosen track type
//                                                   with the LearnedModel ─► latest round
//
// A round counts in audio, not wall time: one every intervalS of new frames once minWindowS
// have arrived, so a stalled input makes no stale rounds. Changing the track type (or the
// learned model) asks for a round on the window as it is, without waiting for new audio.
// Suggestions keep the engine's `key` (rule, track, band or frequency) as their identity from
// round to round; the Live view updates its list by it.
//
// Memory: prepare() allocates the ring (kRingS), the history and the analysis window; push()
// allocates nothing. The analysis of a round allocates on the worker as a file's does.
// Threading: prepare() and stop() from the control thread while no push() runs (LiveInput
// calls prepare() in start(), before its stream runs; stop the input before stop()); push()
// from one producer thread (LiveInput's analysis thread), never waits; setTrackType(),
// setLearnedModel(), latest() and the counters from any thread (a mutex guards the settings
// and the latest round, held only to copy them). suggest() is a pure function.

#include "live/liveinput.h"
#include "audio/spscring.h"
#include "learn/learnedmodel.h"
#include "suggest/suggestion.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace stemwise::core {

struct LiveSuggesterSettings {
    double windowS = 10.0;    ///< the recent audio analysed
    double intervalS = 3.0;   ///< a round after this much new audio
    double minWindowS = 3.0;  ///< the first round once this much has arrived
    std::string trackType = "vocals";  ///< a kTrackTypes name: the rules and norms applied
    std::optional<std::string> genre;
    std::size_t maxShown = 8;  ///< SuggestionContext::maxPerTrack
    std::string trackName = "the input";  ///< how titles name the source ("High-pass the input at …")
};

/// One round of live suggestions.
struct LiveSuggestionRound {
    std::int64_t round = 0;      ///< 1, 2, … since prepare(); 0: none yet
    std::string trackType;       ///< the type the rules used
    double windowS = 0.0;        ///< audio analysed
    double streamEndS = 0.0;     ///< where the window ends, seconds of audio since prepare()
    double analysisS = 0.0;      ///< time the round took (analysis and rules)
    std::int64_t droppedFrames = 0;  ///< frames lost since prepare() because the ring was full
    std::optional<double> integratedLufs;  ///< of the window
    std::vector<Suggestion> suggestions;   ///< the engine's order: shown ones first
    std::string error;           ///< why the round has no suggestions (analysis failed)
    ErrorCode errorCode = ErrorCode::None;  ///< the reason's code (no audio, sample rate, cancelled)
};

class LiveSuggester final : public LiveTap {
public:
    static constexpr double kRingS = 16.0;  ///< push → worker: covers a slow round (Debug, sanitizers)

    explicit LiveSuggester(LiveSuggesterSettings settings = {});
    ~LiveSuggester() override;  ///< stop()s
    LiveSuggester(const LiveSuggester&) = delete;
    LiveSuggester& operator=(const LiveSuggester&) = delete;

    /// Forgets the window and the rounds, allocates for `channels` at `sampleRateHz`, starts
    /// the worker. Throws std::invalid_argument on a channel count outside 1..kMaxLiveChannels
    /// or a rate outside the file reader's range.
    void prepare(int channels, double sampleRateHz) override;
    /// Hands `frames` interleaved frames to the worker; counts them as dropped if the ring is full.
    void push(const float* interleaved, std::size_t frames) noexcept override;
    /// Stops the worker (waits for a round in progress to end: it is cancelled). Safe twice.
    void stop();

    /// The rules' track type for the next rounds (and a round now, on the window as it is).
    void setTrackType(const std::string& type);
    [[nodiscard]] std::string trackType() const;
    void setLearnedModel(LearnedModel model);

    /// Copies the newest round into `out` if it is newer than the last one read; else false.
    bool latest(LiveSuggestionRound& out);
    /// Rounds made since prepare().
    [[nodiscard]] std::int64_t rounds() const noexcept { return m_rounds.load(std::memory_order_acquire); }

    /// One round on a window (planar, `frames` per channel): what the worker runs, on the
    /// calling thread.
    [[nodiscard]] static LiveSuggestionRound suggest(std::span<const float* const> channels, std::size_t frames,
                                                     double sampleRateHz, const LiveSuggesterSettings& settings,
                                                     const LearnedModel& learned,
                                                     const std::atomic<bool>* cancel = nullptr);

private:
    void workerLoop();

    // Set by prepare() (control thread) while the worker and the producer are stopped.
    int m_channels = 0;
    double m_sampleRateHz = 0.0;
    std::unique_ptr<SpscRing<float>> m_ring;
    std::thread m_worker;
    std::atomic<bool> m_stop{false};
    std::atomic<std::int64_t> m_dropped{0};  // written by the producer
    std::atomic<bool> m_again{false};        // a round now, asked by a settings change

    // Under m_mutex.
    mutable std::mutex m_mutex;
    LiveSuggesterSettings m_settings;
    LearnedModel m_learned;
    LiveSuggestionRound m_latest;
    std::int64_t m_read = 0;  // the round latest() returned last
    std::atomic<std::int64_t> m_rounds{0};
};

}  // namespace stemwise::core
