#pragma once
// The user's references as targets of a suggestion round (issue 19, point 5: the style learned
// from the references "feeds the suggestions' targets"). The library's references of the
// round's genre (the user's, or the estimate: workflow/sessiongenre.h), weighted by the user's
// ratings (compare/targetcurve.h: styleWeightOfRating), give their style
// (compare/referencestyle.h); its features of at least kStyleMinReferences references become
// SuggestionContext::style, so a mix is held to the 90th percentile of the user's references
// instead of a typical mix where a rule checks a band's share or the loudness range
// (suggest/knowledgebase.h: withReferenceStyle).
// Conservative on purpose: no genre, no style (references of several genres do not make one
// style); fewer than three references of the genre (after "not my style" is left out), no
// style; stems are never held to it (a reference is a whole record).
//
// Errors: referenceStyleTargets() throws SqliteError and std::runtime_error as
// ReferenceRepository::list(). Threading: blocks on the database; `db` as Database says.

#include "compare/referencestyle.h"
#include "suggest/knowledgebase.h"

#include <optional>
#include <string>

namespace stemwise::core {

class Database;

/// The features of `style` with at least kStyleMinReferences references, as the rules use them;
/// empty when none has that many. `genre`: the references' genre (StyleTargets::genre).
[[nodiscard]] std::optional<StyleTargets> styleTargetsOf(const ReferenceStyle& style, const std::string& genre);

/// The style of the library's references of `genre` (normalised), each weighted by its rating;
/// those that cannot serve as a reference (whyNotAReference) are left out. Empty as above.
[[nodiscard]] std::optional<StyleTargets> referenceStyleTargets(Database& db, const std::string& genre);

}  // namespace stemwise::core
