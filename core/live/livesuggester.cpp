// LiveSuggester: the live input's suggestion rounds (see livesuggester.h).
#include "live/livesuggester.h"

#include "analysis/trackanalysis.h"
#include "analysis/tracktype.h"
#include "audio/audiofilereader.h"
#include "live/livemeter.h"
#include "suggest/suggestionengine.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace stemwise::core {

LiveSuggester::LiveSuggester(LiveSuggesterSettings settings) : m_settings(std::move(settings)) {}

LiveSuggester::~LiveSuggester()
{
    stop();
}

void LiveSuggester::prepare(int channels, double sampleRateHz)
{
    if (channels < 1 || channels > kMaxLiveChannels)
        throw std::invalid_argument("live suggestions: 1 to 8 channels");
    if (sampleRateHz < AudioFileReader::kMinSampleRateHz || sampleRateHz > AudioFileReader::kMaxSampleRateHz)
        throw std::invalid_argument("live suggestions: unsupported sample rate");
    stop();
    m_channels = channels;
    m_sampleRateHz = sampleRateHz;
    m_ring = std::make_unique<SpscRing<float>>(static_cast<std::size_t>(kRingS * sampleRateHz)
                                               * static_cast<std::size_t>(channels));
    m_dropped.store(0, std::memory_order_relaxed);
    m_again.store(false, std::memory_order_relaxed);
    {
        std::lock_guard lock(m_mutex);
        m_latest = {};
        m_read = 0;
    }
    m_rounds.store(0, std::memory_order_release);
    m_stop.store(false, std::memory_order_release);
    m_worker = std::thread([this] { workerLoop(); });
}

void LiveSuggester::push(const float* interleaved, std::size_t frames) noexcept
{
    if (m_ring == nullptr || frames == 0)
        return;
    if (!m_ring->write(interleaved, frames * static_cast<std::size_t>(m_channels)))
        m_dropped.fetch_add(static_cast<std::int64_t>(frames), std::memory_order_relaxed);  // a counter only
}

void LiveSuggester::stop()
{
    m_stop.store(true, std::memory_order_release);
    if (m_worker.joinable())
        m_worker.join();
}

void LiveSuggester::setTrackType(const std::string& type)
{
    if (!isTrackType(type))
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_settings.trackType == type)
            return;
        m_settings.trackType = type;
    }
    m_again.store(true, std::memory_order_release);
}

std::string LiveSuggester::trackType() const
{
    std::lock_guard lock(m_mutex);
    return m_settings.trackType;
}

void LiveSuggester::setLearnedModel(LearnedModel model)
{
    {
        std::lock_guard lock(m_mutex);
        m_learned = std::move(model);
    }
    m_again.store(true, std::memory_order_release);
}

bool LiveSuggester::latest(LiveSuggestionRound& out)
{
    std::lock_guard lock(m_mutex);
    if (m_latest.round == 0 || m_latest.round == m_read)
        return false;
    out = m_latest;
    m_read = m_latest.round;
    return true;
}

LiveSuggestionRound LiveSuggester::suggest(std::span<const float* const> channels, std::size_t frames,
                                           double sampleRateHz, const LiveSuggesterSettings& settings,
                                           const LearnedModel& learned, const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    LiveSuggestionRound round;
    round.trackType = settings.trackType;
    round.windowS = static_cast<double>(frames) / sampleRateHz;
    AnalysisOptions options;
    options.typeOverride = settings.trackType;
    auto profile = analyzeBuffer(channels, frames, sampleRateHz, settings.trackName, options, cancel);
    if (!profile) {
        round.error = profile.error().message;
        round.errorCode = profile.error().code;
        return round;
    }
    round.integratedLufs = profile.value().loudness.integratedLufs;
    SuggestionContext context;
    context.genre = settings.genre;
    context.maxPerTrack = settings.maxShown;
    SuggestionSet set = SuggestionEngine::run({profile.value()}, context, learned);
    round.suggestions = std::move(set.suggestions);
    round.analysisS = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return round;
}

void LiveSuggester::workerLoop()
{
    LiveSuggesterSettings settings;
    {
        std::lock_guard lock(m_mutex);
        settings = m_settings;
    }
    const auto ch = static_cast<std::size_t>(m_channels);
    const auto windowFrames = std::max<std::size_t>(1, static_cast<std::size_t>(settings.windowS * m_sampleRateHz));
    const auto minFrames = std::min(windowFrames, static_cast<std::size_t>(settings.minWindowS * m_sampleRateHz));
    const auto intervalFrames = static_cast<std::int64_t>(settings.intervalS * m_sampleRateHz);
    // The history is circular (writePos is the oldest frame once it is full); a round copies
    // it oldest first into `window`, so the analysis sees one continuous stretch.
    std::vector<std::vector<float>> history(ch, std::vector<float>(windowFrames));
    std::vector<std::vector<float>> window(ch, std::vector<float>(windowFrames));
    std::vector<const float*> pointers;
    pointers.reserve(window.size());
    for (const auto& w : window)
        pointers.push_back(w.data());
    std::vector<float> chunk(4096 * ch);
    std::size_t writePos = 0;
    std::size_t filled = 0;
    std::int64_t total = 0;
    std::int64_t sinceRound = 0;
    std::int64_t made = 0;

    while (!m_stop.load(std::memory_order_acquire)) {
        const std::size_t got = m_ring->read(chunk.data(), chunk.size()) / ch;  // whole frames: pushes are
        if (got > 0) {                                                         // whole frames too
            for (std::size_t i = 0; i < got; ++i) {
                for (std::size_t c = 0; c < ch; ++c)
                    history[c][writePos] = chunk[i * ch + c];
                writePos = writePos + 1 == windowFrames ? 0 : writePos + 1;
            }
            filled = std::min(windowFrames, filled + got);
            total += static_cast<std::int64_t>(got);
            sinceRound += static_cast<std::int64_t>(got);
            continue;  // drain first: the round sees the newest audio
        }
        const bool due = filled >= minFrames && filled > 0
                         && (sinceRound >= intervalFrames || made == 0 || m_again.exchange(false));
        if (!due) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        sinceRound = 0;
        const std::size_t oldest = filled < windowFrames ? 0 : writePos;
        for (std::size_t c = 0; c < ch; ++c) {
            const auto& h = history[c];
            auto out = window[c].begin();
            out = std::copy(h.begin() + static_cast<std::ptrdiff_t>(oldest), h.begin() + static_cast<std::ptrdiff_t>(filled), out);
            std::copy(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(oldest), out);
        }
        LearnedModel learned;
        {
            std::lock_guard lock(m_mutex);
            settings.trackType = m_settings.trackType;
            learned = m_learned;
        }
        LiveSuggestionRound round =
            suggest(pointers, filled, m_sampleRateHz, settings, learned, &m_stop);
        if (m_stop.load(std::memory_order_acquire))
            break;
        round.round = ++made;
        round.streamEndS = static_cast<double>(total) / m_sampleRateHz;
        round.droppedFrames = m_dropped.load(std::memory_order_relaxed);
        {
            std::lock_guard lock(m_mutex);
            m_latest = std::move(round);
        }
        m_rounds.store(made, std::memory_order_release);
    }
}

}  // namespace stemwise::core
