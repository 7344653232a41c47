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

// Genres whose conventions move the tables (lower case).
constexpr std::array<std::string_view, 8> kGenres{"pop", "rock", "metal", "hip-hop", "edm", "jazz", "acoustic",
                                                  "classical"};

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

    if (!genre)
        return k;
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
    return k;
}

}  // namespace stemwise::core
