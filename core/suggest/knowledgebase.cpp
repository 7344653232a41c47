// The knowledge base's figures and where each comes from (see knowledgebase.h and
// docs/suggestions.md).
#include "suggest/knowledgebase.h"

#include "analysis/typenorms.h"

#include <algorithm>

namespace stemwise::core {

namespace {

// Column sources, for every row below:
// - bands (min/max share of the energy per band): the maxima of sub-bass, low-mids and
//   upper-mids are analysis/typenorms.h's (the issue detector's) limits, so a suggestion and
//   the issue it fixes agree; the other maxima are 1 (not checked). The minima of "highs"
//   (4–10 kHz) are Stemwise defaults for "dull": a share below them on the demo session's
//   and typical multitracks' bright sources (vocal, hats, snare, guitar) sounds muffled. The
//   guitar's is low (0.2 %): a guitar amplifier's speaker has little output above 5 kHz, so a
//   clean electric or a nylon-string guitar holds well under 0.5 % there and is not dull.
// - high-pass corner range and lowest useful content: the lowest fundamentals of the
//   instruments (E2 82 Hz guitar, A1 55 Hz piano's usual bass register, C2 65 Hz cello,
//   about 85–100 Hz for a low male voice; B0–E1 31–41 Hz bass; winds: the baritone sax's
//   C2 65 Hz and the tenor trombone's E2 82 Hz down low, the flute's C4 262 Hz; a tuba, far
//   lower, is rare on a stem and its lowest note keeps the high-pass below it) and the practice of
//   high-passing "everything that has no business down there" just below them (Senior,
//   "Mixing Secrets for the Small Studio", ch. on EQ; Owsinski, "The Mixing Engineer's
//   Handbook", instrument EQ tables).
// - stem loudness: about -18 dBFS RMS per stem ("-18 dBFS = 0 VU" gain staging), so a
//   -28…-12 LUFS window, narrower for sources that should sit forward.
// - crest factor range: the issue detector's minimum (typenorms.h) below, and the crest of
//   unprocessed recordings above (a dry vocal or snare often reads 18–25 dB).
// - LRA limit: EBU Tech 3342 loudness range; a lead part above about 10 LU is ridden or
//   compressed in nearly every commercial mix (Izhaki, "Mixing Audio", compression chapter).
// - compressor starting points (ratio, attack, release as a fraction of a beat, knee): the
//   usual starting settings per source in Izhaki and Owsinski (vocals 3:1, fast attack;
//   drums 4:1 with a slower attack that lets the transient through; release timed to the
//   groove so the gain recovers before the next hit).
// - band ownership (who keeps a band when two tracks mask each other): the arrangement
//   priorities of the same books (the lead vocal owns the mids and presence; kick and bass
//   share the low end, the kick keeping its punch at the hits; pads and fx yield).
// - relativeLevelLu: a balance that lets the lead sit on top (Stemwise default, checked on
//   the demo session): only gross departures (6 LU and more) are reported.
struct Row {
    std::string_view type;
    std::array<ShareRange, kBandCount> bands;
    bool highPass;
    double hpMin, hpMax, lowest;
    double lufsLow, lufsHigh, crestLow, crestHigh, lraMax;
    double ratio, attackMs, releaseBeats, kneeDb;
    bool voice;
    std::array<int, kBandCount> ownership;
    double relativeLu;
};

constexpr double X = 1.0;  // no upper limit

// clang-format off
constexpr std::array<Row, 15> kRows{{
    //          sub           bass       low-mids     mids        upper-mids    highs          air
    {"vocals", {{{0, .02}, {0, X}, {0, .25}, {0, X}, {0, .22}, {.010, X}, {0, X}}}, true, 60, 150, 100,
     -28, -12, 8, 22, 10, 3.0, 5, 0.25, 6, true, {0, 1, 2, 3, 3, 2, 2}, 0},
    {"drums", {{{0, .20}, {0, X}, {0, .30}, {0, X}, {0, .30}, {.010, X}, {0, X}}}, false, 0, 0, 40,
     -26, -10, 10, 26, 14, 4.0, 20, 0.5, 6, false, {2, 2, 1, 2, 2, 3, 3}, -2},
    {"kick", {{{0, .70}, {0, X}, {0, .30}, {0, X}, {0, .15}, {0, X}, {0, X}}}, true, 20, 35, 40,
     -26, -10, 10, 28, 14, 4.0, 25, 0.25, 3, false, {3, 3, 1, 1, 2, 1, 0}, -2},
    {"snare", {{{0, .05}, {0, X}, {0, .40}, {0, X}, {0, .35}, {.010, X}, {0, X}}}, true, 60, 120, 150,
     -28, -12, 10, 28, 14, 4.0, 15, 0.25, 3, false, {0, 1, 2, 2, 2, 2, 1}, -4},
    {"hats", {{{0, .01}, {0, X}, {0, .10}, {0, X}, {0, .40}, {.050, X}, {0, X}}}, true, 200, 500, 400,
     -34, -14, 10, 28, 14, 3.0, 5, 0.25, 3, false, {0, 0, 0, 0, 1, 2, 3}, -12},
    {"bass", {{{0, .60}, {0, X}, {0, .25}, {0, X}, {0, .10}, {0, X}, {0, X}}}, true, 25, 40, 35,
     -26, -10, 6, 20, 10, 4.0, 20, 0.5, 6, false, {3, 2, 2, 1, 0, 0, 0}, -4},
    {"guitar", {{{0, .03}, {0, X}, {0, .35}, {0, X}, {0, .30}, {.002, X}, {0, X}}}, true, 70, 120, 82,
     -28, -12, 6, 20, 12, 3.0, 10, 0.5, 6, false, {0, 0, 1, 2, 2, 1, 1}, -6},
    {"keys", {{{0, .05}, {0, X}, {0, .35}, {0, X}, {0, .25}, {0, X}, {0, X}}}, true, 40, 100, 55,
     -30, -12, 6, 20, 12, 2.5, 15, 0.5, 6, false, {0, 1, 1, 1, 1, 1, 1}, -8},
    {"synth", {{{0, .15}, {0, X}, {0, .35}, {0, X}, {0, .30}, {0, X}, {0, X}}}, true, 30, 80, 40,
     -30, -12, 4, 20, 12, 3.0, 10, 0.5, 6, false, {1, 1, 1, 1, 1, 1, 1}, -8},
    {"pad", {{{0, .10}, {0, X}, {0, .35}, {0, X}, {0, .25}, {0, X}, {0, X}}}, true, 80, 200, 110,
     -34, -14, 4, 18, 12, 2.0, 30, 1.0, 10, false, {0, 0, 0, 0, 0, 0, 0}, -12},
    {"strings", {{{0, .05}, {0, X}, {0, .35}, {0, X}, {0, .25}, {0, X}, {0, X}}}, true, 40, 120, 65,
     -32, -14, 6, 20, 14, 2.0, 30, 1.0, 10, false, {0, 1, 1, 1, 1, 1, 1}, -10},
    {"winds", {{{0, .05}, {0, X}, {0, .35}, {0, X}, {0, .30}, {0, X}, {0, X}}}, true, 50, 150, 70,
     -28, -12, 6, 20, 12, 3.0, 10, 0.5, 6, false, {0, 0, 1, 2, 2, 1, 1}, -6},
    {"fx", {{{0, .30}, {0, X}, {0, .40}, {0, X}, {0, .40}, {0, X}, {0, X}}}, true, 100, 300, 150,
     -36, -14, 4, 26, 20, 2.0, 10, 0.5, 6, false, {0, 0, 0, 0, 0, 0, 0}, -14},
    {"mix", {{{0, .15}, {0, X}, {0, .25}, {0, X}, {0, .20}, {0, X}, {0, X}}}, false, 0, 0, 30,
     -20, -7, 7, 20, 15, 2.0, 30, 1.0, 6, false, {3, 3, 3, 3, 3, 3, 3}, 0},
    {"other", {{{0, .20}, {0, X}, {0, .35}, {0, X}, {0, .30}, {0, X}, {0, X}}}, false, 0, 0, 40,
     -30, -12, 6, 22, 14, 3.0, 10, 0.5, 6, false, {1, 1, 1, 1, 1, 1, 1}, -8},
}};
// clang-format on

// The expected share of each band where no rule checks one (TypeKnowledge::expected): the bass,
// mids and air of every type, the highs' maxima, the minima. No published per-instrument band
// share exists for these seven bands (the literature above gives frequency regions, not shares;
// the one published long-term spectrum per source, speech's (ANSI S3.5-1997), is of speech, with
// 39 % in 250-500 Hz where the low-mid limit above says mud starts at 25 % for a produced vocal),
// so they are measured: `tests/bench/advice/bench.py ranges DIR STEMWISE` (2026-12-07, 44 clean
// stems of the advice benchmark rendered from General MIDI through the Fluid R3 soundfont, and
// their three sessions' sums for "mix"): per type, the lowest and highest share across its
// stems widened by 6 dB each way (the within-family spread of the same stems is 1-17 dB), a type
// with fewer than three distinct stems (the three kicks are one soundfont sample) pooled with
// its family (the kit; the melodic parts), "fx" and "other" with every stem; a minimum under
// 0.5 % is 0, a maximum under 1 % is 1 % (the soundfont's samples hold next to nothing above
// 10 kHz; recordings do). Where the stems say no more than "anything", the range is 0-100 %.
// They are what rendered instruments hold, not what a mix should have: the views shade them,
// no rule acts on them.
// clang-format off
constexpr std::array<std::pair<std::string_view, std::array<ShareRange, kBandCount>>, 15> kMeasuredShares{{
    //           sub            bass           low-mids       mids           upper-mids     highs          air
    {"vocals", {{{0.000, 0.010}, {0.000, 1.000}, {0.000, 1.000}, {0.022, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 0.132}}}},
    {"drums", {{{0.000, 1.000}, {0.000, 1.000}, {0.000, 0.412}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}}}},
    {"kick", {{{0.000, 1.000}, {0.000, 1.000}, {0.000, 0.412}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}}}},
    {"snare", {{{0.000, 0.010}, {0.000, 1.000}, {0.000, 0.412}, {0.029, 1.000}, {0.007, 0.967}, {0.012, 1.000}, {0.000, 0.100}}}},
    {"hats", {{{0.000, 0.010}, {0.000, 0.035}, {0.000, 0.061}, {0.000, 0.284}, {0.000, 1.000}, {0.090, 1.000}, {0.026, 1.000}}}},
    {"bass", {{{0.015, 1.000}, {0.090, 1.000}, {0.000, 0.592}, {0.000, 0.107}, {0.000, 0.010}, {0.000, 0.010}, {0.000, 0.010}}}},
    {"guitar", {{{0.000, 0.010}, {0.000, 1.000}, {0.000, 1.000}, {0.035, 1.000}, {0.000, 1.000}, {0.000, 0.346}, {0.000, 0.010}}}},
    {"keys", {{{0.000, 0.010}, {0.000, 1.000}, {0.000, 1.000}, {0.025, 1.000}, {0.000, 0.253}, {0.000, 1.000}, {0.000, 0.132}}}},
    {"synth", {{{0.000, 0.010}, {0.000, 1.000}, {0.000, 1.000}, {0.022, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 0.132}}}},
    {"pad", {{{0.000, 0.010}, {0.037, 0.916}, {0.090, 1.000}, {0.022, 1.000}, {0.000, 0.152}, {0.000, 0.010}, {0.000, 0.010}}}},
    {"strings", {{{0.000, 0.010}, {0.000, 1.000}, {0.032, 1.000}, {0.031, 1.000}, {0.000, 0.451}, {0.000, 0.014}, {0.000, 0.010}}}},
    {"winds", {{{0.000, 0.010}, {0.000, 0.010}, {0.000, 0.727}, {0.169, 1.000}, {0.006, 0.636}, {0.000, 0.066}, {0.000, 0.010}}}},
    {"fx", {{{0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}}}},
    {"mix", {{{0.010, 0.526}, {0.061, 1.000}, {0.034, 0.807}, {0.074, 1.000}, {0.012, 0.268}, {0.000, 0.104}, {0.000, 0.028}}}},
    {"other", {{{0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}, {0.000, 1.000}}}},
}};
// clang-format on

// Genres whose conventions move the tables (lower case).
constexpr std::array<std::string_view, 8> kGenres{"pop", "rock", "metal", "hip-hop", "edm", "jazz", "acoustic",
                                                  "classical"};

// The expected ranges: measured, with the checked limits where the rules have them.
void fillExpected(TypeKnowledge& k)
{
    const auto it = std::find_if(kMeasuredShares.begin(), kMeasuredShares.end(),
                                 [&](const auto& row) { return row.first == k.type; });
    const auto& measured = it != kMeasuredShares.end() ? it->second : kMeasuredShares.back().second;
    for (std::size_t b = 0; b < kBandCount; ++b) {
        ShareRange e = measured[b];
        if (k.bands[b].max < 1.0)
            e.max = k.bands[b].max;
        if (k.bands[b].min > 0.0)
            e.min = k.bands[b].min;
        if (e.min >= e.max)  // a measured minimum above a checked maximum: the maximum rules
            e.min = 0.0;
        k.expected[b] = e;
    }
}

}  // namespace

std::array<std::string_view, 8> knownGenres() { return kGenres; }

TypeKnowledge typeKnowledge(std::string_view type, const std::optional<std::string>& genre)
{
    const auto it = std::find_if(kRows.begin(), kRows.end(), [&](const Row& r) { return r.type == type; });
    const Row& r = it != kRows.end() ? *it : kRows.back();
    TypeKnowledge k;
    k.type = r.type;
    k.bands = r.bands;
    // The issue detector's limits, so the two always agree (see the column sources above).
    const TypeNorms& norms = typeNorms(r.type);
    k.bands[static_cast<std::size_t>(Band::SubBass)].max = norms.maxSubBassShare;
    k.bands[static_cast<std::size_t>(Band::LowMids)].max = norms.maxLowMidsShare;
    k.bands[static_cast<std::size_t>(Band::UpperMids)].max = norms.maxUpperMidsShare;
    k.highPass = r.highPass;
    k.highPassMinHz = r.hpMin;
    k.highPassMaxHz = r.hpMax;
    k.lowestContentHz = r.lowest;
    k.stemLufsLow = r.lufsLow;
    k.stemLufsHigh = r.lufsHigh;
    k.crestLowDb = norms.minCrestDb;
    k.crestHighDb = r.crestHigh;
    k.lraMaxLu = r.lraMax;
    k.ratio = r.ratio;
    k.attackMs = r.attackMs;
    k.releaseBeats = r.releaseBeats;
    k.kneeDb = r.kneeDb;
    k.voice = r.voice || norms.sibilanceMatters;
    k.bandOwnership = r.ownership;
    k.relativeLevelLu = r.relativeLu;

    if (!genre) {
        fillExpected(k);
        return k;
    }
    // Genre conventions (same books; the sub-heavy low end of hip-hop and EDM, the gentler
    // dynamics control of acoustic genres, the dense low-mids of distorted guitars).
    const std::string& g = *genre;
    auto& sub = k.bands[static_cast<std::size_t>(Band::SubBass)].max;
    if ((g == "hip-hop" || g == "edm") && (k.type == "kick" || k.type == "bass" || k.type == "synth" || k.type == "mix")) {
        sub = std::min(0.85, sub * 1.25);
        k.relativeLevelLu += 2.0;
    }
    if ((g == "rock" || g == "metal") && k.type == "guitar")
        k.bands[static_cast<std::size_t>(Band::LowMids)].max += 0.05;
    if (g == "jazz" || g == "acoustic" || g == "classical") {
        k.ratio = std::max(1.5, k.ratio * 0.7);
        k.crestHighDb += 4.0;
        k.lraMaxLu += 4.0;
    }
    if (g == "pop" && k.type == "vocals")
        k.lraMaxLu -= 2.0;
    fillExpected(k);
    return k;
}

std::string styleShareFeature(std::size_t band)
{
    return std::string("band_") + kBands[band].key + "_share";
}

TypeKnowledge withReferenceStyle(TypeKnowledge k, const StyleTargets& style)
{
    if (k.type != "mix")
        return k;
    for (std::size_t b = 0; b < kBandCount; ++b) {
        const auto it = style.features.find(styleShareFeature(b));
        if (k.bands[b].max >= 1.0 || it == style.features.end() || it->second.p90 <= 0.0)
            continue;
        k.bands[b].max = std::min(it->second.p90, 1.0);
        k.bandMaxFromReferences[b] = true;
        if (k.bands[b].min >= k.bands[b].max)
            k.bands[b].min = 0.0;
    }
    if (const auto it = style.features.find("lra_lu"); it != style.features.end() && it->second.p90 > 0.0) {
        k.lraMaxLu = it->second.p90;
        k.lraMaxFromReferences = true;
    }
    fillExpected(k);
    return k;
}

}  // namespace stemwise::core
