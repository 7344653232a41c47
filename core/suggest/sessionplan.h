#pragma once
// The session plan: what turns the rules' suggestions into moves an engineer would follow in
// order, not a pile. SuggestionEngine::run() builds the gain plan before personalising (so the
// plan is personalised like any suggestion) and plans the session after it.
//
// 1. Gain plan (addGainPlan). Level moves stack: a stem too hot for its plug-ins (stem_level),
//    its place in the balance (balance), the bus headroom of the sum (summed_headroom). When the
//    session has two or more, they become one session suggestion, "gain_plan", with one line per
//    stem: clip gain = the staging move (peaks under -6 dBTP for the plug-ins), change in the
//    mix = the balance move (0 when the balance rule ran and left the stem alone; the staging
//    move itself when there is no balance rule, fewer than three stems), fader = change in the
//    mix - clip gain, so the two never add up to a move nobody asked for; then the common move
//    of every fader from summed_headroom. The moves it sums stay in the "more" list, each noting
//    it is a line of the plan.
//
// 2. Impact (impactOf). Every suggestion gets a tier:
//      1  clipping and bus headroom: summed_headroom, a stem_level whose stem clips or passes
//         0 dBTP (the rule's priority 1), a gain plan holding one, a polarity move the rule is
//         sure of (a stereo move whose action inverts polarity, at the rule's priority 1);
//      2  masking of the lead elements: a masking move whose keeping track is a lead element
//         (leadTracks()), or the kick and the bass sharing the low end (the foundation);
//      3  tonal balance: broad EQ (Q below 3, shelves), filters, the other masking moves,
//         stereo moves;
//      4  detail: narrow notches, de-essing, compression, saturation, level moves that do not
//         clip.
//    The priority shown is the tier, one step lower when the rule itself calls the move
//    marginal (the rule's priority 4 or 5), then moved by the user's ratings (one step per 0.1
//    of confidence below or above the rule's prior, learn/learnedmodel.h).
//
// 3. Order: the rank (the priority before it is held within 1..5), then tier, then
//    personalised confidence.
//
// 4. Reconcile, in that order, so the more important move of each conflict stands:
//      - equal keys are one;
//      - on one changed track, a cut and a boost of overlapping bands never both stand: the
//        later is dropped, and the one kept says it replaces it;
//      - a masking carve on track Y to make room for track K, and a cut on K overlapping the
//        carved region, work against each other (one clears the region for what the other
//        takes away): the later is dropped, the kept one says so;
//      - on one changed track, two moves of one direction within a third of an octave and of
//        about the same width (within a factor of 3 in octaves) are the same move: the later is
//        merged into the earlier, which names it (a carve merged into a carve makes room for
//        both tracks and names them).
//
// 5. Caps: at most maxPerTrack shown per changed track and maxPerSession shown in all, in that
//    order; a confidence under the engine's hide threshold and the gain plan's lines are not
//    shown; nothing is lost: the rest stay in the list with shown = false.
//
// Lead elements: tracks named lead, solo or main (not drums, pads or effects), and vocals that
// are not named as backing (bv, backing, harmony, choir, double, adlib, …).
//
// Threading: pure functions.

#include "analysis/trackprofile.h"
#include "suggest/suggestion.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct PlanLimits {
    std::size_t maxPerTrack = 5;
    std::size_t maxPerSession = 30;
    double hideBelowConfidence = 0.25;
};

/// The lead elements of the session, by name (see above), in input order.
[[nodiscard]] std::vector<std::string> leadTracks(const std::vector<TrackProfile>& tracks);

/// A backing part by its name ("Backing Vox", "BVs", "Harmony 2", "Choir", "Vox Dbl"): never a
/// lead, and set under one in the balance.
[[nodiscard]] bool isBackingPart(const TrackProfile& t);

/// The impact tier (1..4) of a suggestion in this session (see above).
[[nodiscard]] int impactOf(const Suggestion& s, const std::vector<TrackProfile>& tracks,
                           const std::vector<std::string>& leads);

/// Step 1: sums the session's level moves into one "gain_plan" suggestion appended to `all`
/// (and marks each summed move as a line of it) when there are two or more.
void addGainPlan(std::vector<Suggestion>& all, const std::vector<TrackProfile>& tracks);

/// Steps 2–5 on personalised suggestions: impact, priority, order, reconcile, caps. Returns
/// the plan: the shown suggestions first, in order, then the rest in order.
[[nodiscard]] std::vector<Suggestion> planSession(std::vector<Suggestion> all, const std::vector<TrackProfile>& tracks,
                                                  const PlanLimits& limits);

}  // namespace stemwise::core
