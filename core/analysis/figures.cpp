// The figure registry (see figures.h): one line per figure. Labels are marked for lupdate in
// the context "CoreText", the one the UI translates core's words in.
#include "analysis/figures.h"

#include "util/translatable.h"

#include <array>
#include <limits>

namespace stemwise::core {

namespace {

using R = FigureRole;
using G = FigureGroup;

constexpr std::uint32_t roles(std::initializer_list<R> list)
{
    std::uint32_t bits = 0;
    for (R r : list)
        bits |= static_cast<std::uint32_t>(r);
    return bits;
}

constexpr std::uint32_t kEverywhere = roles({R::TrackView, R::Compared, R::History, R::Csv, R::Pdf, R::Target});

OptDouble durationS(const TrackProfile& p)
{
    return p.file.format.sampleRateHz > 0 ? OptDouble(p.file.format.durationS()) : std::nullopt;
}

// Accessors for the members a profile keeps: FIGURE_GET(loudness.lraLu) reads, FIGURE_SET writes.
#define FIGURE_GET(member) [](const TrackProfile& p) -> OptDouble { return p.member; }
#define FIGURE_SET(member) [](TrackProfile& p, OptDouble v) { p.member = v; }

// clang-format off
const std::array kFigures{
    Figure{"duration_s", G::Format, QT_TRANSLATE_NOOP("CoreText", "length"), QT_TRANSLATE_NOOP("CoreText", "length"), "s", 1,
           roles({R::History, R::Csv}), false, false, durationS, nullptr},
    Figure{"integrated_lufs", G::Loudness, QT_TRANSLATE_NOOP("CoreText", "integrated loudness"), QT_TRANSLATE_NOOP("CoreText", "LUFS"), "LUFS", 1,
           kEverywhere | roles({R::HistoryLine}), true, false, FIGURE_GET(loudness.integratedLufs), FIGURE_SET(loudness.integratedLufs)},
    Figure{"lra_lu", G::Loudness, QT_TRANSLATE_NOOP("CoreText", "loudness range"), QT_TRANSLATE_NOOP("CoreText", "LRA"), "LU", 1,
           kEverywhere | roles({R::HistoryLine}), false, false, FIGURE_GET(loudness.lraLu), FIGURE_SET(loudness.lraLu)},
    Figure{"short_term_max_lufs", G::Loudness, QT_TRANSLATE_NOOP("CoreText", "short-term loudness maximum"), QT_TRANSLATE_NOOP("CoreText", "ST max"), "LUFS", 1,
           kEverywhere, true, false, FIGURE_GET(loudness.shortTermMaxLufs), FIGURE_SET(loudness.shortTermMaxLufs)},
    Figure{"momentary_max_lufs", G::Loudness, QT_TRANSLATE_NOOP("CoreText", "momentary loudness maximum"), QT_TRANSLATE_NOOP("CoreText", "M max"), "LUFS", 1,
           roles({R::TrackView, R::Csv, R::Pdf, R::Target}), true, false, FIGURE_GET(loudness.momentaryMaxLufs), FIGURE_SET(loudness.momentaryMaxLufs)},
    Figure{"true_peak_dbtp", G::Loudness, QT_TRANSLATE_NOOP("CoreText", "true peak"), QT_TRANSLATE_NOOP("CoreText", "TP"), "dBTP", 1,
           kEverywhere | roles({R::HistoryLine}), true, false, FIGURE_GET(loudness.truePeakDbtp), FIGURE_SET(loudness.truePeakDbtp)},
    Figure{"peak_dbfs", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "sample peak"), QT_TRANSLATE_NOOP("CoreText", "peak"), "dBFS", 1,
           kEverywhere, true, false, FIGURE_GET(dynamics.peakDbfs), FIGURE_SET(dynamics.peakDbfs)},
    Figure{"rms_dbfs", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "RMS level"), QT_TRANSLATE_NOOP("CoreText", "RMS"), "dBFS", 1,
           kEverywhere, true, false, FIGURE_GET(dynamics.rmsDbfs), FIGURE_SET(dynamics.rmsDbfs)},
    Figure{"crest_db", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "crest factor"), QT_TRANSLATE_NOOP("CoreText", "crest"), "dB", 1,
           kEverywhere | roles({R::HistoryLine}), false, false, FIGURE_GET(dynamics.crestDb), FIGURE_SET(dynamics.crestDb)},
    Figure{"plr_db", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "peak-to-loudness ratio"), QT_TRANSLATE_NOOP("CoreText", "PLR"), "dB", 1,
           kEverywhere | roles({R::HistoryLine}), false, false, FIGURE_GET(dynamics.plrDb), FIGURE_SET(dynamics.plrDb)},
    // PSR: true peak minus the maximum short-term loudness, the figure mastering engineers read
    // beside PLR for how hard the loudest passage is limited (derivedfigures.cpp).
    Figure{"psr_db", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "peak-to-short-term loudness ratio"), QT_TRANSLATE_NOOP("CoreText", "PSR"), "dB", 1,
           kEverywhere, false, false, FIGURE_GET(dynamics.psrDb), FIGURE_SET(dynamics.psrDb)},
    // Where the track plays: the share of its 100 ms slices that pass the crest factor's gates
    // (LevelsAnalyzer), so a reader sees what the gated figures were measured over.
    Figure{"playing_fraction", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "share of the file where the track plays"), QT_TRANSLATE_NOOP("CoreText", "playing"), "", 2,
           roles({R::TrackView, R::Csv}), false, false, FIGURE_GET(dynamics.playingFraction), FIGURE_SET(dynamics.playingFraction)},
    // The waveform's own crest, the median of the playing slices' (LevelsAnalyzer): beside the
    // crest factor it says whether the track has peaks above its waveform at all.
    Figure{"short_term_crest_db", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "short-term crest factor (100 ms median)"), QT_TRANSLATE_NOOP("CoreText", "crest 100 ms"), "dB", 1,
           roles({R::TrackView, R::Csv}), false, false, FIGURE_GET(dynamics.shortTermCrestDb), FIGURE_SET(dynamics.shortTermCrestDb)},
    Figure{"dynamic_range_db", G::Dynamics, QT_TRANSLATE_NOOP("CoreText", "dynamic range"), QT_TRANSLATE_NOOP("CoreText", "DR"), "dB", 1,
           roles({R::TrackView, R::Compared, R::History, R::Csv, R::Target}), false, false,
           FIGURE_GET(dynamics.dynamicRangeDb), FIGURE_SET(dynamics.dynamicRangeDb)},
    Figure{"correlation", G::Stereo, QT_TRANSLATE_NOOP("CoreText", "L/R correlation"), QT_TRANSLATE_NOOP("CoreText", "corr"), "", 2,
           kEverywhere, false, true, FIGURE_GET(stereo.correlation), FIGURE_SET(stereo.correlation)},
    Figure{"width", G::Stereo, QT_TRANSLATE_NOOP("CoreText", "stereo width"), QT_TRANSLATE_NOOP("CoreText", "width"), "", 2,
           kEverywhere, false, true, FIGURE_GET(stereo.width), FIGURE_SET(stereo.width)},
    Figure{"balance_db", G::Stereo, QT_TRANSLATE_NOOP("CoreText", "L/R balance (+ = left)"), QT_TRANSLATE_NOOP("CoreText", "balance"), "dB", 1,
           roles({R::TrackView, R::Csv}), false, true, FIGURE_GET(stereo.balanceDb), FIGURE_SET(stereo.balanceDb)},
    Figure{"mono_loss_db", G::Stereo, QT_TRANSLATE_NOOP("CoreText", "mono loss"), QT_TRANSLATE_NOOP("CoreText", "mono loss"), "dB", 1,
           roles({R::TrackView}), false, true, FIGURE_GET(stereo.monoLossDb), FIGURE_SET(stereo.monoLossDb)},
    Figure{"centroid_hz", G::Spectrum, QT_TRANSLATE_NOOP("CoreText", "spectral centroid"), QT_TRANSLATE_NOOP("CoreText", "centroid"), "Hz", 0,
           roles({R::Compared, R::History, R::HistoryLine, R::Csv, R::Pdf, R::Target}), false, false,
           FIGURE_GET(spectrum.centroidHz), FIGURE_SET(spectrum.centroidHz)},
    Figure{"rolloff_85_hz", G::Spectrum, QT_TRANSLATE_NOOP("CoreText", "85 % roll-off"), QT_TRANSLATE_NOOP("CoreText", "roll-off"), "Hz", 0,
           roles({R::Csv}), false, false, FIGURE_GET(spectrum.rolloff85Hz), FIGURE_SET(spectrum.rolloff85Hz)},
    Figure{"tempo_bpm", G::Rhythm, QT_TRANSLATE_NOOP("CoreText", "tempo, this track"), QT_TRANSLATE_NOOP("CoreText", "BPM"), "BPM", 1,
           roles({R::History, R::Csv, R::Pdf}), false, false, FIGURE_GET(rhythm.tempoBpm), FIGURE_SET(rhythm.tempoBpm)},
    // How sure the track's type is (tracktype.h): 1 chosen by the user, 0.9 from a clear name,
    // else the audio's confidence.
    Figure{"type_confidence", G::Track, QT_TRANSLATE_NOOP("CoreText", "confidence of the track type"), QT_TRANSLATE_NOOP("CoreText", "type conf."), "", 2,
           roles({R::Csv}), false, false, FIGURE_GET(typeConfidence), FIGURE_SET(typeConfidence)},
    Figure{"quality_score", G::Track, QT_TRANSLATE_NOOP("CoreText", "quality score"), QT_TRANSLATE_NOOP("CoreText", "score"), "", 0,
           roles({R::Compared, R::History, R::HistoryLine, R::Csv, R::Target}), false, false,
           [](const TrackProfile& p) -> OptDouble { return p.qualityScore; },
           [](TrackProfile& p, OptDouble v) { p.qualityScore = v.value_or(std::numeric_limits<double>::quiet_NaN()); }},
};
// clang-format on

#undef FIGURE_GET
#undef FIGURE_SET

}  // namespace

std::string_view figureGroupKey(FigureGroup group)
{
    switch (group) {
    case G::Format: return "format";
    case G::Loudness: return "loudness";
    case G::Dynamics: return "dynamics";
    case G::Spectrum: return "spectrum";
    case G::Stereo: return "stereo";
    case G::Rhythm: return "rhythm";
    case G::Track: return "";
    }
    return "";
}

std::span<const Figure> figures() { return kFigures; }

const Figure* findFigure(std::string_view key)
{
    for (const Figure& f : kFigures)
        if (f.key == key)
            return &f;
    return nullptr;
}

std::vector<const Figure*> figuresWith(FigureRole role)
{
    std::vector<const Figure*> out;
    for (const Figure& f : kFigures)
        if (f.has(role))
            out.push_back(&f);
    return out;
}

std::vector<const Figure*> figuresIn(FigureGroup group)
{
    std::vector<const Figure*> out;
    for (const Figure& f : kFigures)
        if (f.group == group)
            out.push_back(&f);
    return out;
}

}  // namespace stemwise::core
