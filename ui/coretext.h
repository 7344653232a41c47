#pragma once
// The words of core results in the user's language. core/ has no Qt and writes its texts
// (issue messages, suggestion titles and reasoning, score lines) in English for the CLI and
// the JSON reports, which stay English. The UI does not translate those sentences: it
// composes its own from the stable ids and the structured fields beside them (issue code
// and evidence; suggestion rule, typed parameters, target and evidence; track type ids;
// band keys), each sentence a tr() template with the numbers formatted in the UI locale.
// When the UI is English (setCoreTextLocalized(false), the default) every function returns
// core's own text unchanged, so the English UI reads exactly as the CLI does; a rule or
// issue the UI has no template for also falls back to core's English text.
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

class CoreText {
    Q_DECLARE_TR_FUNCTIONS(CoreText)
public:
    /// Track type id ("vocals", "kick", …, "session") in words; unknown ids as they are.
    [[nodiscard]] static QString trackType(const std::string& type);
    /// Band key ("sub_bass", …, "air") or index in words: "Sub-bass", "Low mids", …
    [[nodiscard]] static QString band(const std::string& key);
    [[nodiscard]] static QString band(std::size_t index);
    [[nodiscard]] static QString severity(core::Severity severity);
    /// A key as core names it ("A minor", "Eb major") in the language's words ("a-Moll").
    [[nodiscard]] static QString key(const std::string& key);
    /// Where the session's tempo or key came from (ContextUsed::tempoSource, keySource: "user",
    /// "none", "detected…"), with the tracks it was detected on.
    [[nodiscard]] static QString sessionSource(const std::string& source, const std::vector<std::string>& tracks);
    /// Pattern tag id ("rhythmic", "tonal", …) in words.
    [[nodiscard]] static QString patternTag(const std::string& tag);
    /// What decided a pattern tag ("tempo 120.0 BPM, confidence 0.45 (>= 0.30)"), from the
    /// track's figures as core's findPatterns() reads them.
    [[nodiscard]] static QString patternEvidence(const core::PatternTag& tag, const core::TrackProfile& track);

    /// How the user's feedback moved a suggestion ("your feedback on vocals (3 not useful)
    /// moved the confidence from 0.70 to 0.40"), from Suggestion::personalisationDetail;
    /// empty when it did not.
    [[nodiscard]] static QString personalisation(const core::Suggestion& s);
    /// The same sentence from its typed values; `english` is core's (Posterior::explanation).
    [[nodiscard]] static QString personalisation(const core::Personalisation& p, const std::string& english);
    /// A re-bounce verdict ("Vox: applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)"),
    /// the date in the UI locale's short format.
    [[nodiscard]] static QString effectNote(const core::EffectRecord& e);
    /// The suggestion's effect notes, composed from Suggestion::effects (core's English
    /// effectNotes when they are not there: a suggestion read back from the database).
    [[nodiscard]] static QStringList effectNotes(const core::Suggestion& s);
    /// An effect metric's name from its id ("low_mids_excess_db" → "low-mid excess").
    [[nodiscard]] static QString effectMetric(const std::string& measure, double frequencyHz, const std::string& englishLabel);

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
    /// The issue's sentence, from its code and evidence (and the track's type).
    [[nodiscard]] static QString issueMessage(const core::TrackIssue& issue, const core::TrackProfile& track);
    /// The comparison view's text (findings, then the figure and band tables), as
    /// core::comparisonText() lays it out.
    [[nodiscard]] static QString comparisonText(const core::TrackComparison& c);
    /// One finding of a comparison, from its code and the comparison's figures.
    [[nodiscard]] static QString comparisonFinding(const core::ComparisonFinding& f, const core::TrackComparison& c);
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
    /// A parameter's name ("frequency_hz" → "Frequency") and a text value ("high_pass" → "High-pass").
    [[nodiscard]] static QString parameterName(const std::string& key);
    [[nodiscard]] static QString parameterText(const std::string& value);
    /// An evidence row's measure ("true_peak_dbtp" → "True peak") and its comparison.
    [[nodiscard]] static QString measure(const std::string& measure);
    [[nodiscard]] static QString comparison(const std::string& comparison);

private:
    [[nodiscard]] static QString comparisonWords(const std::string& comparison);
};

}  // namespace stemwise::ui
