#pragma once
// Functional names of a session's sections (intro, verse, pre-chorus, chorus, bridge, break,
// drop, outro) from what the stems already say: which sections repeat (their groups), how
// loud and how full each is (the stems summed, the number of stems playing), which kinds of
// part play (drums, bass), and where each lies in the song. A name is given only where that
// evidence supports it, with a confidence and the evidence as texts; every other section keeps
// "section N". The session's markers win: when they bound the sections, nothing is renamed.
// Sections of stems need two stems or more to be named. A mix alone (SessionSections::fromMix)
// says nothing of which parts play: only the chorus and verse rule runs on it, on loudness alone
// (its stems count 0, so "fuller and louder" is kMinChorusMargin × kLuPerStem = 2.25 LU louder),
// then the pre-chorus and the bridge that follow from them; no intro, outro, break or drop. This
// is what gives a reference record (a mix) sections of a type, for the style learned from the
// references (compare/referencestyle.h).
//
// The rules, in this order (a section named by one is not named again):
//  - intro: the first section, at most kMaxEndShare of the song, whose group plays nowhere
//    in the middle of the song, with at most kMaxEndStemShare of the stems the fullest section
//    has, and stems entering after it ("before most parts enter");
//  - outro: the same at the end: the last section, stems leaving as it starts, fewer stems
//    than the section before ("parts leaving");
//  - chorus and verse, among the other sections, those with a loudness all: each group (its
//    letter without primes: A and A′ are one group) scores its mean number of stems playing
//    plus its mean loudness over kLuPerStem (3 LU weigh as much as one more part). A group V
//    comes before a group C when a section of V lies just before a section of C, or two
//    before with a section of neither between (a pre-chorus). C is the chorus and V the verse
//    when C plays at least twice and scores at least kMinChorusMargin above V ("fuller and
//    louder": one more stem, or 2.25 LU); of several such pairs, the chorus that plays most
//    often, then the larger margin. Confidence: 1 − e^−margin (the verse's: the chorus's, times
//    kOnceFactor when the verse plays once). A fuller section heard once (A B A) is no chorus
//    by this evidence: it may as well be a verse between two instrumental parts;
//  - pre-chorus: a section of a third group between a verse and a chorus, when its group
//    stands there at least twice (confidence: the chorus's times kOnceFactor);
//  - break: a section where the drums (kick, snare, hats, drums) or the bass of the section
//    before all stop, and play again in the section after (confidence: the boundary's);
//  - drop: the section right after a break, where they return, that is (within
//    kMinChorusMargin) the fullest and loudest of the song (confidence: the boundary's);
//  - bridge: a section whose group plays once, with a chorus before it and one after it
//    (confidence: the chorus's times kOnceFactor).
// Intro and outro: confidence = the boundary's × (1 − 0.5 × stems playing / the fullest
// section's). A name whose confidence falls below kMinConfidence is not given. Names that occur
// more than once are numbered in time order ("verse 1", "verse 2").
//
// What this cannot tell: a chorus that is neither fuller nor louder than its verse (the same
// stems playing other chords: the stems' activity does not see harmony), a form without
// repetition (A B C D), a song whose sections all hold the same stems: those stay "section N".
//
// Threading: pure functions.

#include "analysis/sessionsections.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

struct SectionNaming {
    static constexpr std::size_t kMinSections = 3;   ///< fewer: no form to read
    static constexpr double kMaxEndShare = 0.25;     ///< an intro or outro is at most this share of the song
    static constexpr double kMaxEndStemShare = 0.6;  ///< …with at most this share of the fullest section's stems (outro: 0.75)
    static constexpr double kMaxOutroStemShare = 0.75;
    static constexpr double kLuPerStem = 3.0;        ///< loudness that weighs as much as one more stem playing
    static constexpr double kMinChorusMargin = 0.75; ///< chorus over verse, in stems (see above)
    static constexpr double kOnceFactor = 0.8;       ///< confidence kept by a group that plays once
    static constexpr double kMinConfidence = 0.3;    ///< below it the section keeps "section N"
};

/// Names the sections of `sections` by their function where the evidence supports it (see the
/// header's top): sets Section::role, roleConfidence, roleEvidence, name and nameText. `stems`
/// the stems the sections were found from (their types tell drums and bass). Nothing is
/// renamed when the session's markers bound the sections.
void nameSections(SessionSections& sections, const std::vector<const StemActivity*>& stems);

/// The words of a role ("chorus"), numbered when `number` > 0 ("chorus 2"); empty for a role it
/// does not know.
[[nodiscard]] Text sectionRoleText(std::string_view role, int number = 0);

/// A section's name as a text argument: its text ("chorus 2", "section 3"), or the session
/// marker's name as it is.
[[nodiscard]] TextArg sectionNameArg(const Section& section);

}  // namespace stemwise::core
