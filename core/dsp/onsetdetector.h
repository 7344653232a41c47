#pragma once
// OnsetDetector: onset strength and onset times from the frames of the shared short STFT.
//
// Onset strength, one value per frame, is the SuperFlux of Böck & Widmer ("Maximum filter
// vibrato suppression for onset detection", DAFx 2013): the half-wave rectified rise of
// log-compressed magnitudes in log-spaced bands, measured against a maximum filter over
// neighbouring bands of the previous frame, so vibrato and glides do not read as onsets.
// Besides the all-band value it keeps the same flux summed in four accent bands (roughly
// kick, snare body, snare/guitar attack, hats), as Klapuri, Eronen & Astola ("Analysis of
// the meter of acoustic musical signals", IEEE TASLP 2006) do for metre analysis: tempo
// estimation weighs each layer of a drum kit on its own instead of letting the densest win.
//
// Onsets are picked online with a lookahead of two frames by the rules of Böck, Krebs &
// Schedl ("Evaluating the online capabilities of onset detection methods", ISMIR 2012): a
// local maximum, above the local mean plus a threshold, at least ~30 ms after the last.
// A hop (~10.7 ms) is too coarse for the timing an engineer edits with, and the log
// compression makes the flux peak early (the window's tail already hears the hit), so each
// onset is then placed in the time domain: the sharpest rise of the energy of the
// first-differenced signal in ~1.3 ms blocks within the frame (the energy-based detection of
// Bello et al., "A tutorial on onset detection in music signals", IEEE TSAP 2005, used here
// only to refine). Onsets without a sharp rise keep the interpolated frame time.
//
// Memory: the band tables and a sample ring of two frames are made in prepare(); the
// per-frame envelope (five floats per hop) and the onset list grow with the stream, reserved
// up front when the stream length is known, so process() does not allocate then.
// Threading: an OnsetDetector is used by one thread.

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace stemwise::core {

struct SpectrumFrame;
struct StftGeometry;

/// Number of accent bands kept per frame beside the all-band onset strength.
inline constexpr std::size_t kAccentBands = 4;

/// The onset-strength envelope: per frame, the all-band flux and the flux of each accent
/// band, in mean natural-log units of rise per band (a click out of silence reads ~3–6).
///
/// Memory is flat in the track's length: up to kMaxEnvelopeFrames frames (about 23 minutes)
/// the envelope is whole; past that it keeps segments of kEnvelopeSegmentFrames frames spread
/// evenly over the whole track (every 2nd, then every 4th… segment), so that a 6-hour file
/// holds what a 23-minute one does. `segmentFrames` is then set: the frames are segments
/// laid end to end, and whatever reads them must not look across a segment's end.
struct OnsetEnvelope {
    static constexpr std::size_t kEnvelopeSegmentFrames = 2048;  ///< a tempo window (22 s at 93.75 frames/s)
    static constexpr std::size_t kMaxEnvelopeFrames = 64 * kEnvelopeSegmentFrames;

    double frameRateHz = 0.0;
    std::vector<float> strength;                          ///< all bands, one per frame kept
    std::vector<std::array<float, kAccentBands>> accents;  ///< per accent band, one per frame kept
    std::size_t segmentFrames = 0;  ///< 0: whole and contiguous; else the length of each kept segment
    std::int64_t framesSeen = 0;    ///< every frame of the track, kept or not
    [[nodiscard]] std::size_t frames() const noexcept { return strength.size(); }
};

struct Onset {
    double timeS = 0.0;
    float strength = 0.0f;     ///< onset strength above the local mean
    float sharpnessDb = 0.0f;  ///< rise of high-passed energy over the ~5 ms before the onset
};

class OnsetDetector {
public:
    /// Sets up for frames of `geometry`; `expectedFrames` (0 if unknown) reserves the envelope.
    void prepare(const StftGeometry& geometry, std::int64_t expectedFrames);
    /// Consumes the next frame (frames must arrive in order, none skipped).
    void process(const SpectrumFrame& frame);
    /// Decides the last frames that were waiting for their lookahead.
    void finish();

    [[nodiscard]] const OnsetEnvelope& envelope() const noexcept { return m_envelope; }
    [[nodiscard]] const std::vector<Onset>& onsets() const noexcept { return m_onsets; }
    [[nodiscard]] std::int64_t framesProcessed() const noexcept { return m_frames; }

private:
    void pickPeak(std::int64_t n);
    void refineAndAdd(std::int64_t n, float strength);
    [[nodiscard]] float sampleAt(std::int64_t index) const;

    // Immutable after prepare().
    int m_fftSize = 0;
    int m_hop = 0;
    double m_sampleRateHz = 0.0;
    std::vector<int> m_bandStart;        // first bin of each band; one extra entry ends the last
    std::vector<float> m_bandInvWidth;   // 1 / bins in band
    std::array<int, kAccentBands + 1> m_accentStart{};  // first band of each accent band
    int m_blockSamples = 64;             // time-domain refinement block (~1.3 ms)

    // Stream state.
    std::vector<float> m_logMag;         // this frame's log band magnitudes
    std::vector<float> m_prevMax;        // previous frame's, max-filtered across bands
    std::vector<float> m_ring;           // the latest mid samples; power-of-two length
    std::int64_t m_ringEnd = 0;          // absolute index one past the newest sample in the ring
    std::vector<float> m_diff;           // scratch for refinement: differenced samples
    std::vector<double> m_blockEnergy;   // scratch for refinement: their energy per block
    std::int64_t m_frames = 0;
    std::int64_t m_lastOnsetFrame = -1000;
    OnsetEnvelope m_envelope;
    std::vector<float> m_recent;   // the latest frames' strength by frame index modulo its size, for peak picking
    std::int64_t m_keepEvery = 1;  // the envelope keeps every m_keepEvery-th segment
    [[nodiscard]] float strengthAt(std::int64_t frame) const;
    void keepForTempo(float strength, const std::array<float, kAccentBands>& accent);
    std::vector<Onset> m_onsets;
};

}  // namespace stemwise::core
