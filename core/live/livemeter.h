#pragma once
// LiveMeter: the incremental meters of live input, fed block by block on the analysis
// thread, read as a plain LiveMeterSnapshot (fixed size, trivially copyable, so it can be
// handed to the UI through a TripleBuffer).
//
// What it measures (all "since reset" figures restart on reset()):
// - per channel: sample peak with hold (kPeakHoldS) and decay (kPeakDecayDbPerS), the
//   largest sample peak, true peak (BS.1770-4 Annex 2, through TruePeak) since reset, RMS
//   over the last kRmsWindowS (a sine of amplitude A reads A/√2, like the levels analyzer),
//   a sticky clip indicator (a sample at or beyond kClipLevel);
// - loudness per EBU R128 / BS.1770-4 through libebur128 in histogram mode: momentary
//   (400 ms), short-term (3 s), integrated and loudness range since reset, updated every
//   kLoudnessUpdateS (EBU Tech 3341 asks for at least 10 Hz);
// - correlation and width of the first two channels over kRmsWindowS and since reset, with
//   the stereo analyzer's definitions (see analysis/stereoanalyzer.h);
// - a live spectrum of the mid signal (mean of the channels): Hann-windowed FFT of a
//   selectable size every 1/spectrumUpdatesPerS, exponential power averaging with a
//   selectable time constant, shown at kSpectrumPoints points 1/12 octave apart (each the
//   largest averaged bin power within ±1/24 octave), scaled so a sine of amplitude A reads
//   20·log10(A) dB at its peak; and from the same averaged power the 7-band balance with
//   the spectrum analyzer's conventions (share of 20 Hz–20 kHz, level = mean power).
//
// Memory: everything is allocated in the constructor (including the FFTW plan, which is
// made under the plan cache's lock there); process() and snapshot() allocate nothing apart
// from what libebur128 does in histogram mode (nothing per block).
// Threading: a LiveMeter belongs to one thread (the analysis thread); construct it before
// the stream starts.

#include "analysis/trackprofile.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace stemwise::core {

inline constexpr int kMaxLiveChannels = 8;
inline constexpr std::size_t kSpectrumPoints = 121;  // 20 Hz · 2^(k/12), k = 0..120 (20.48 kHz)
inline constexpr double kSpectrumFirstHz = 20.0;
/// dB value of "nothing to show" (silence, or not measured yet); JSON writes null for it.
inline constexpr double kNoLevel = -std::numeric_limits<double>::infinity();

/// Centre frequency of spectrum point `index`.
[[nodiscard]] double spectrumPointHz(std::size_t index);

struct LiveChannelMeter {
    double peakDbfs = kNoLevel;         ///< decaying sample-peak meter
    double peakHoldDbfs = kNoLevel;     ///< held peak (kPeakHoldS), then following the meter
    double peakMaxDbfs = kNoLevel;      ///< largest sample since reset
    double truePeakMaxDbtp = kNoLevel;  ///< largest true peak since reset
    double rmsDbfs = kNoLevel;          ///< over the last kRmsWindowS
    bool clipped = false;               ///< a sample reached kClipLevel since reset
};

struct LiveMeterSnapshot {
    int channels = 0;
    double sampleRateHz = 0.0;
    std::int64_t framesMetered = 0;  ///< since reset
    std::array<LiveChannelMeter, kMaxLiveChannels> channel{};

    double momentaryLufs = kNoLevel;
    double shortTermLufs = kNoLevel;
    double integratedLufs = kNoLevel;
    double loudnessRangeLu = 0.0;

    bool hasStereo = false;           ///< the figures below need two channels
    double correlation = 0.0;         ///< over kRmsWindowS; 0 for silence
    double width = 0.0;               ///< over kRmsWindowS
    double correlationTotal = 0.0;    ///< since reset
    double widthTotal = 0.0;          ///< since reset

    int fftSize = 0;
    std::array<float, kSpectrumPoints> spectrumDb{};  ///< at spectrumPointHz(i)
    std::array<float, kBandCount> bandShare{};        ///< the seven sum to 1 (0 for silence)
    std::array<float, kBandCount> bandLevelDb{};

    // Filled in by LiveInput (the meter does not know the stream):
    std::int64_t callbacks = 0;
    std::int64_t overflowFrames = 0;   ///< frames dropped because the ring was full
    std::int64_t inputOverflows = 0;   ///< callbacks the host flagged as input overflow (xruns)
    double latencyMs = 0.0;            ///< callback entry to this snapshot, for the newest block
    double latencyMaxMs = 0.0;         ///< largest latencyMs since reset
    bool recording = false;
    std::int64_t recordedFrames = 0;
    std::int64_t recordDroppedFrames = 0;
};

struct LiveMeterSettings {
    int fftSize = 4096;                ///< power of two, 256..32768
    double spectrumUpdatesPerS = 60.0;
    double spectrumAveragingS = 0.3;   ///< exponential time constant; 0 = no averaging
};

class LiveMeter {
public:
    static constexpr double kPeakHoldS = 2.0;
    static constexpr double kPeakDecayDbPerS = 20.0;
    static constexpr double kRmsWindowS = 0.3;
    static constexpr double kReadingS = 0.01;  ///< RMS/correlation windows move in these steps
    static constexpr double kLoudnessUpdateS = 0.1;
    static constexpr float kClipLevel = 0.99999f;  ///< about -0.0001 dBFS

    /// A meter for `channels` (1..kMaxLiveChannels) at `sampleRateHz`. Throws
    /// std::invalid_argument on a bad channel count, rate or FFT size.
    LiveMeter(int channels, double sampleRateHz, const LiveMeterSettings& settings = {});
    ~LiveMeter();
    LiveMeter(const LiveMeter&) = delete;
    LiveMeter& operator=(const LiveMeter&) = delete;

    /// Meters `frames` interleaved frames (channels() samples each). Any block size.
    void process(const float* interleaved, std::size_t frames) noexcept;

    /// Restarts every "since reset" figure, the loudness and the spectrum average.
    void reset() noexcept;

    /// The current figures (the LiveInput fields left at their defaults).
    void snapshot(LiveMeterSnapshot& out) const noexcept;

    [[nodiscard]] int channels() const noexcept { return m_channels; }
    [[nodiscard]] double sampleRateHz() const noexcept { return m_sampleRateHz; }

private:
    struct Impl;
    void endReading() noexcept;
    void spectrumFrame() noexcept;
    void updateSpectrumFigures() noexcept;

    int m_channels = 0;
    double m_sampleRateHz = 0.0;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace stemwise::core
