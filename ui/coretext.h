#pragma once
// The words of core results in the user's language: the renderer of core's texts as codes
// (core/util/text.h says how the mechanism works). Core says what it means as a core::Text
// (a code and typed arguments); text() translates the code's template from core's catalogue
// (QCoreApplication::translate("CoreText", template)), formats the numbers in the UI locale
// and says the terms (track types, bands, severities, keys) in the UI's words. Nothing here
// reads core's English: a result without a Text (a profile read back from JSON, a suggestion
// stored before texts were kept) shows core's English as it is.
// When the UI is English (setCoreTextLocalized(false), the default) every sentence is core's own
// English, so the English UI reads exactly as the CLI does; the names of evidence measures and
// of a move's parameters are words in every language (the JSON keeps their codes).
// Threading: UI thread (reads the translators installed on the application).

#include "analysis/figures.h"
#include "analysis/trackprofile.h"
#include "compare/trackcomparison.h"
#include "suggest/suggestion.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>

namespace stemwise::ui {

/// Switches between composing translated texts (true) and showing core's English (false).
void setCoreTextLocalized(bool localized);
[[nodiscard]] bool coreTextLocalized();
/// A number with fixed decimals: in the UI locale when localized, else with a point.
[[nodiscard]] QString formatNumber(double value, int decimals);

// Frequencies, the one way the UI writes them (as core's hzEnglish() and hzRangeEnglish() do,
// in the UI locale when localized):
/// With its unit: "315 Hz", "4.2 kHz"; compact drops a whole kHz's decimal ("4 kHz").
[[nodiscard]] QString hzText(double hz, bool compact = false);
/// A setting to dial in on an EQ: kHz to two decimals below 10 kHz ("4.45 kHz", "12.5 kHz").
[[nodiscard]] QString hzSetting(double hz);
/// A range with the unit once where both ends share it: "60–250 Hz", "500 Hz–2 kHz", "2–4 kHz".
[[nodiscard]] QString hzRangeText(double lowHz, double highHz);
/// A chart's axis tick or a band edge, without the unit: "50", "500", "2k", "2.5k".
[[nodiscard]] QString hzTick(double hz);
/// A name from core (a track's, a file's) for rich text: escaped.
[[nodiscard]] inline QString htmlEscaped(const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); }

class CoreText {
    Q_DECLARE_TR_FUNCTIONS(CoreText)
public:
    /// A core text in the UI's language; `english` (core's words beside it) when it is empty.
    [[nodiscard]] static QString text(const core::Text& text, const std::string& english = {});
    /// A term (track type, band, severity, issue, key) in the UI's words.
    [[nodiscard]] static QString term(core::TermKind kind, const std::string& id);

    /// Track type id ("vocals", "kick", …, "session") in words; unknown ids as they are.
    [[nodiscard]] static QString trackType(const std::string& type);
    /// Band key ("sub_bass", …, "air") or index in words: "Sub-bass", "Low mids", …
    [[nodiscard]] static QString band(const std::string& key);
    [[nodiscard]] static QString band(std::size_t index);
    [[nodiscard]] static QString severity(core::Severity severity);
    /// A key as core names it ("A minor", "Eb major") in the language's words ("a-Moll").
    [[nodiscard]] static QString key(const std::string& key);
    /// Where the session's tempo or key came from ("set by you", "detected on Kick and Snare",
    /// "none"): from its source ("user", "detected", "none") and the tracks it was detected on.
    [[nodiscard]] static QString sessionSource(const std::string& source, const std::vector<std::string>& tracks);
    /// Pattern tag id ("rhythmic", "tonal", …) in words.
    [[nodiscard]] static QString patternTag(const std::string& tag);
    /// What decided a pattern tag ("tempo 120.0 BPM, confidence 0.45 (>= 0.30)").
    [[nodiscard]] static QString patternEvidence(const core::PatternTag& tag);

    /// How the user's feedback moved a suggestion ("your feedback on vocals (3 not useful)
    /// moved the confidence from 0.70 to 0.40"), from Suggestion::personalisationDetail;
    /// empty when it did not.
    [[nodiscard]] static QString personalisation(const core::Suggestion& s);
    [[nodiscard]] static QString personalisation(const core::Personalisation& p);
    /// A re-bounce verdict ("Vox: applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)"),
    /// the date in the UI locale's short format.
    [[nodiscard]] static QString effectNote(const core::EffectRecord& e);
    /// The suggestion's effect notes, composed from Suggestion::effects (core's English
    /// effectNotes when they are not there: a suggestion read back from the database).
    [[nodiscard]] static QStringList effectNotes(const core::Suggestion& s);

    /// Any core error in the UI's language: from its code when it has one (a file's reason,
    /// a live input's), with the library's or system's own words (Error::detail) in
    /// brackets; else core's English message.
    [[nodiscard]] static QString error(const core::Error& error);
    /// Why a file could not be analysed, from the error's code ("the file is empty (0 bytes)");
    /// error() for the parts of an error carried apart (core::FileAnalysisResult).
    [[nodiscard]] static QString fileError(core::ErrorCode code, const QString& english, const QString& detail = {});
    /// The whole sentence: "Could not analyse kick.wav: the file is empty (0 bytes)".
    [[nodiscard]] static QString fileFailure(const QString& fileName, core::ErrorCode code, const QString& english,
                                             const QString& detail = {});

    /// The issue's kind in a few words ("Clipping"), from its code.
    [[nodiscard]] static QString issueName(const std::string& code);
    /// The issue's sentence.
    [[nodiscard]] static QString issueMessage(const core::TrackIssue& issue);
    /// The comparison view's text (findings, then the figure and band tables), as
    /// core::comparisonText() lays it out.
    [[nodiscard]] static QString comparisonText(const core::TrackComparison& c);
    /// A feature of the references' style (core/compare/referencestyle.h): a band with its range,
    /// a figure's label, or "loudness relative to the song".
    [[nodiscard]] static QString styleFeature(const std::string& key);
    /// One finding of a comparison.
    [[nodiscard]] static QString comparisonFinding(const core::ComparisonFinding& f);
    /// A registered figure's label ("peak-to-loudness ratio") and short label ("PLR") in the
    /// UI's language (core/analysis/figures.cpp holds the English, marked for lupdate);
    /// `capitalised` starts it with a capital letter, for a row heading.
    [[nodiscard]] static QString figureLabel(const core::Figure& figure, bool capitalised = false);
    [[nodiscard]] static QString figureShortLabel(const core::Figure& figure);
    /// A row heading for a figure: its label with a capital, and its acronym where engineers
    /// know it by one ("Peak-to-loudness ratio (PLR)").
    [[nodiscard]] static QString figureHeading(const core::Figure& figure);
    /// The label of the figure with this key, or `englishLabel` for one the registry lacks.
    [[nodiscard]] static QString figureLabel(const std::string& key, const std::string& englishLabel,
                                             bool capitalised = false);
    /// Where a history entry came from: "analysis", "cache", "import".
    [[nodiscard]] static QString historyOrigin(const std::string& origin);
    /// A line of the quality-score breakdown.
    [[nodiscard]] static QString scoreItem(const core::ScoreItem& item);

    [[nodiscard]] static QString suggestionType(core::SuggestionType type);
    [[nodiscard]] static QString suggestionTitle(const core::Suggestion& s);
    [[nodiscard]] static QString suggestionDescription(const core::Suggestion& s);
    [[nodiscard]] static QString suggestionReasoning(const core::Suggestion& s);
    /// What the session plan did to a suggestion (core::PlanNote): merged another into it,
    /// dropped a contradicting one for it, a line of the gain plan.
    [[nodiscard]] static QString planNote(const core::PlanNote& note);
    /// The gain plan's moves: its lines, one per stem, and the common move of every fader
    /// (empty where there is none); both empty for any other suggestion. The workspace and the
    /// PDF list them, as the plan's title names no move.
    struct GainPlanMoves {
        QStringList lines;
        QString common;
    };
    [[nodiscard]] static GainPlanMoves gainPlanMoves(const core::Suggestion& s);
    /// A parameter's name ("frequency_hz" → "Frequency") and a text value ("high_pass" → "High-pass").
    [[nodiscard]] static QString parameterName(const std::string& key);
    [[nodiscard]] static QString parameterText(const std::string& value);
    /// An evidence row's measure ("true_peak_dbtp" → "True peak") and what it was compared with.
    [[nodiscard]] static QString measure(const std::string& measure);
    /// The same for a row of evidence; its label where its id names a track ("low mids share of Bass").
    [[nodiscard]] static QString measure(const core::Evidence& evidence);
    [[nodiscard]] static QString comparison(const core::Evidence& evidence);

private:
    [[nodiscard]] static QString comparisonWords(const std::string& comparison);
    [[nodiscard]] static QString comparisonFigure(const std::string& key, const std::string& englishLabel);
};

}  // namespace stemwise::ui
