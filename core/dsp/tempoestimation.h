#pragma once
// Global tempo of a track from its onset-strength envelope (see onsetdetector.h).
//
// Periodicity: the generalised autocorrelation of each accent band's detrended, rectified
// envelope (the spectrum's magnitude rather than its power before the inverse FFT, which
// sharpens the peaks), over ~22 s windows that overlap by half, averaged — the first stages
// of Percival & Tzanetakis, "Streamlined tempo estimation based on autocorrelation and
// cross-correlation with pulses", IEEE/ACM TASLP 2014 — with Klapuri et al.'s accent bands
// (TASLP 2006) combined by their own clarity, so a kick that pulses under a wall of guitars
// is not averaged away.
//
// Beat level: a tempo is only as good as its metrical context. Each tempo T (30–300 BPM) is
// scored by its own periodicity plus the evidence of the levels a beat implies — two and four
// beats (duple metre) or three (triple), after the TPS2/TPS3 of Ellis, "Beat tracking by
// dynamic programming", JNMR 2007 — plus the backbeat (kick and snare bands one beat apart,
// which tells a fast tempo from its half), times a log-Gaussian prior on perceived tempo
// centred on 120 BPM (Ellis 2007; Moelants & McKinney, "Tempo perception and musical
// content", ICMPC 2004). A tempo that does not divide the bar (the strongest repetition
// between 1.2 and 4.5 s) into 1, 2, 3, 4, 6 or 8 beats loses part of its score: that is what
// keeps two-thirds and three-halves errors out. The octave and 2:3 alternatives of the best
// (half, double, two thirds, three halves) are reported with their share of the score. The
// tempo is refined below the lag grid by a least-squares fit through the autocorrelation
// peaks at its multiples.
//
// No tempo is reported without a steady pulse: when no periodicity between 0.2 s and 1.5 s
// stands out of the autocorrelation (its peak over the mean peak prominence at longer lags
// below 5: pads, noise, irregular onsets such as speech, chords that change every two
// seconds), when the track is shorter than 3 s, or when it holds fewer than four beats.
//
// Threading: a pure function; safe on many threads at once (FFTW plans are shared, see
// fftplan.h).

#include "dsp/onsetdetector.h"

#include <optional>
#include <vector>

namespace stemwise::core {

struct TempoEstimate {
    struct Candidate {
        double bpm = 0.0;
        double confidence = 0.0;   ///< 0..1, the candidate's share of the metrical evidence
        const char* relation = "";  ///< "best", "half", "double", "two_thirds", "three_halves"
    };
    std::optional<double> bpm;           ///< none without a steady pulse
    /// 0..1: the best's share of the candidates' score, scaled down when the pulse barely
    /// stands out of the autocorrelation; 0 when bpm is empty.
    double confidence = 0.0;
    /// 0..1: height of the strongest 0.2–1.5 s peak of the normalised autocorrelation (the
    /// share of the onset envelope that is periodic); set even when bpm is empty, but not
    /// for an envelope shorter than 3 s or without any onset strength (silence).
    std::optional<double> pulseClarity;
    std::vector<Candidate> candidates;   ///< best first; empty when bpm is empty
};

[[nodiscard]] TempoEstimate estimateTempo(const OnsetEnvelope& envelope);

}  // namespace stemwise::core
