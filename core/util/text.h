#pragma once
// Texts as codes: what core means, in no language.
//
// Design (the one place it is described). Core never hands a user a sentence it composed
// itself. Whatever it wants to say — an issue, a score line, a pattern tag's evidence, an
// evidence comparison, a suggestion's title, description and reasoning, a comparison's
// finding, how ratings moved a suggestion, an effect metric's name, where the tempo came
// from — it says as a Text: a TextCode and typed arguments (numbers with their decimals,
// shares as percentages, frequencies, names, terms, nested texts, lists).
//
//   util/textcodes.h      the catalogue: one line per code with its English template,
//                         "%1".."%n" placeholders numbered as Qt's are, marked with
//                         QT_TRANSLATE_NOOP("CoreText", …) so that lupdate reads the same
//                         line (core has no Qt: the macro is a no-op here);
//   util/textcatalogue.h  english(text): the catalogue's template with the arguments
//                         formatted as the CLI always printed them (printf's "%.1f", "+"
//                         for signed figures, "315 Hz"/"2.5 kHz"); the CLI, the JSON reports
//                         and the stored suggestions carry that English;
//   ui/coretext.cpp       the same template through QCoreApplication::translate("CoreText",
//                         …), the arguments in the UI locale, the terms in the UI's words.
//
// So a sentence is worded once (textcodes.h): rewording it changes the CLI and the UI
// together, and the UI's translation of the old wording drops out of the .ts files (the
// translation test says so) instead of silently translating a sentence core no longer
// writes. The UI never reads core's English: it has the code and the typed values.
//
// Objects keep the rendered English beside the Text (TrackIssue::message and ::text,
// Suggestion::title and ::titleText, …) because the CLI, the JSON reports and the database
// have always carried the English; the Text is what a UI renders. A stored suggestion keeps
// its Texts (json/suggestionjson.h, "texts"), so one read back from the database is
// translated too. A Text with no code (TextCode::None) has nothing to say; a renderer then
// falls back to the English beside it (an old stored suggestion, a profile read from JSON).
//
// Adding a sentence: one line in textcodes.h (code, id, argument count, template), the
// Text made where core decides to say it, then `cmake --build … --target
// update_translations` and the German, French and Spanish in translations/*.ts.
//
// Threading: plain values; the catalogue is immutable.

#include <string>
#include <vector>

namespace stemwise::core {

// The catalogue is included through a macro so that lupdate, which follows plain includes,
// reads textcodes.h once as the source it is (ui/CMakeLists.txt), not as part of this enum.
#define STEMWISE_TEXT_CODES_H "util/textcodes.h"

/// Every sentence and phrase core says; the catalogue (util/textcodes.h) holds each one's
/// stable id (used in stored JSON), argument count and English template.
enum class TextCode : int {
    None = 0,
#ifndef Q_MOC_RUN  // moc, which reads this through the UI's headers, needs none of it
#define STEMWISE_TEXT(code, id, args, source) code,
#define STEMWISE_TEXT_N(code, id, args, source, one, other) code,
#include STEMWISE_TEXT_CODES_H
#undef STEMWISE_TEXT
#undef STEMWISE_TEXT_N
#endif
    Count
};

/// Words the UI translates with its own vocabulary; each has an id core knows and an English
/// word the catalogue gives (termEnglish()).
enum class TermKind {
    TrackType,      ///< id: "vocals", "kick", …; English: the id
    TrackTypes,     ///< the same ids where English wants the plural: "kicks", "vocals"
    Band,           ///< id: band key ("low_mids"); English: "low mids"
    BandAdjective,  ///< id: band key; English: "low-mid" (as in "the low-mid band")
    Severity,       ///< id: "low", "medium", "high"
    Issue,          ///< id: an issue code ("clipping"); English: the code
    Key,            ///< id: a key as core/dsp/keyfinder names it ("A minor")
};

struct Text;

/// One typed argument of a Text.
struct TextArg {
    enum class Kind {
        Number,   ///< value with `decimals`; `sign`: "+" before positive values; `unit` after a space
        Percent,  ///< value is a share 0..1, written as a percentage with `decimals`: "12.5 %"
        Hz,       ///< value in Hz: "315 Hz", "2.5 kHz" (`compact`: "2 kHz" for whole kHz)
        HzRange,  ///< value..high in Hz: "60–250 Hz", "500 Hz–2 kHz", "2–4 kHz"
        String,   ///< `text` as it is: a track's name, a library's own words
        Term,     ///< `text` is the id of a `term`, which the UI says in its own words
        Date,     ///< `text` is an ISO 8601 time; English: its date ("2026-11-03"), a UI: its own format
        Nested,   ///< `texts[0]` rendered in place (a clause, possibly empty)
        List,     ///< `items` joined: "a, b" (`conjunction`: "a, b and c")
    };
    Kind kind = Kind::String;
    double value = 0.0;
    double high = 0.0;
    int decimals = 0;
    bool sign = false;
    bool compact = false;
    bool conjunction = false;
    std::string text;
    std::string unit;
    TermKind term = TermKind::TrackType;
    std::vector<Text> texts;
    std::vector<TextArg> items;

    [[nodiscard]] static TextArg number(double value, int decimals, std::string unit = {});
    [[nodiscard]] static TextArg signedNumber(double value, int decimals, std::string unit = {});
    [[nodiscard]] static TextArg percent(double share, int decimals);
    [[nodiscard]] static TextArg hz(double hz);
    [[nodiscard]] static TextArg hzCompact(double hz);
    [[nodiscard]] static TextArg hzRange(double lowHz, double highHz);
    [[nodiscard]] static TextArg string(std::string text);
    [[nodiscard]] static TextArg termOf(TermKind kind, std::string id);
    [[nodiscard]] static TextArg date(std::string iso8601);
    [[nodiscard]] static TextArg nested(Text text);
    /// "a, b, c" or, with `conjunction`, "a, b and c".
    [[nodiscard]] static TextArg list(std::vector<TextArg> items, bool conjunction);

    friend bool operator==(const TextArg&, const TextArg&);
};

/// A code and its arguments: %1 is args[0]. `count` fills %n (a template with plural forms).
struct Text {
    TextCode code = TextCode::None;
    std::vector<TextArg> args;
    int count = -1;

    Text() = default;
    Text(TextCode code_, std::vector<TextArg> args_ = {}, int count_ = -1)  // NOLINT(implicit)
        : code(code_), args(std::move(args_)), count(count_)
    {
    }
    [[nodiscard]] bool empty() const noexcept { return code == TextCode::None; }

    friend bool operator==(const Text&, const Text&);
};

}  // namespace stemwise::core
