#pragma once
// The suggestions panel: the session's suggestions (core/suggest, stored by
// workflow/storedsuggestions.h) in the session plan's order (suggest/sessionplan.h: priority,
// impact, confidence), filtered by track (the selected one, the whole session or a track
// chosen in the list) and by category (level and headroom, masking, EQ and filters, dynamics,
// stereo and phase, other); those beyond the caps one click away ("Show more"). Each with
// its parameters in
// engineer notation, confidence, reasoning, evidence, and how the user's ratings and
// re-bounces moved it. The user rates from the mouse (buttons, context menu) or the keyboard
// (U useful, N not useful, A applied, D dismissed on the selected suggestion); the rating
// itself is stored by the caller on a worker (rateRequested), and its effect on the
// confidence is shown when it comes back (showRating). A suggestion played with Listen or
// Preview in this run of the app (remembered by uid) is rated "after listening": the rating
// is stored as such and the learned model weighs it more (learn/learnedmodel.h).
// Threading: UI thread only.

#include "learn/learnedmodel.h"
#include "suggest/suggestionengine.h"

#include <QWidget>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace stemwise::ui {

class SuggestionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionsPanel(QWidget* parent = nullptr);

    /// The categories of the filter, in its order (after "all categories").
    enum class Category { Level, Masking, Eq, Dynamics, Stereo, Other };
    [[nodiscard]] static Category categoryOf(const core::Suggestion& s);

    /// No suggestions, and why (a new session analysing, no database): the message stays the
    /// header until setSuggestions(), whatever track is selected, and the previous round's
    /// context line (its tempo, key, summed peak) goes with its suggestions.
    void showMessage(const QString& message);
    void setSuggestions(std::vector<core::Suggestion> suggestions, const QString& contextNote);
    /// A new round is being made for the session shown: the context line says so instead of
    /// the last round's figures, which the re-analysed stems may have changed.
    void markContextPending();
    /// The header's text (rich text), as shown.
    [[nodiscard]] QString headerText() const;
    /// The selected track: its suggestions (and the pair/session ones naming it) are shown
    /// while the track filter follows the selection; empty: all.
    void setTrack(const QString& track);
    /// The track filter: follow the selection (""), the whole session ("*") or one track.
    void setTrackFilter(const QString& track);
    /// The category filter; empty: all categories.
    void setCategoryFilter(std::optional<Category> category);
    /// A rating came back stored: the suggestion's confidence before and after it.
    void showRating(std::int64_t storeId, core::Feedback feedback, bool afterListening, double confidenceBefore,
                    double confidenceAfter,
                    const QString& explanation);
    void showRatingError(std::int64_t storeId, const QString& message);
    /// A rating was taken back (Edit ▸ Undo): the latest `feedback` of the suggestion leaves
    /// its ratings; `confidenceAfter` is its confidence without it.
    void showRatingWithdrawn(std::int64_t storeId, core::Feedback feedback, double confidenceAfter,
                             const QString& explanation);
    /// The ratings shown for the suggestion, oldest first.
    [[nodiscard]] std::vector<core::Feedback> ratingsShown(std::int64_t storeId) const;

    [[nodiscard]] int visibleCount() const;
    [[nodiscard]] int totalCount() const { return static_cast<int>(m_suggestions.size()); }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QTextBrowser* details() const { return m_details; }
    /// The store id of the selected suggestion, or 0.
    [[nodiscard]] std::int64_t selectedId() const;
    /// Selects the visible suggestion at `row`.
    void selectRow(int row);
    /// The suggestion with this store id, or null.
    [[nodiscard]] const core::Suggestion* suggestion(std::int64_t storeId) const { return find(storeId); }

    /// "315 Hz", "2.5 kHz", "-3.0 dB", "Q 1.6", "3:1", "12 dB/oct", "10 ms" for a parameter.
    [[nodiscard]] static QString engineerNotation(const core::SuggestionParameter& parameter);

    [[nodiscard]] QPushButton* listenButton() const { return m_listen; }
    [[nodiscard]] QPushButton* previewButton() const { return m_preview; }
    /// The selected suggestion, or nullptr.
    [[nodiscard]] const core::Suggestion* selectedSuggestion() const;
    /// Whether the suggestion with this uid was played with Listen or Preview in this run.
    [[nodiscard]] bool listenedTo(const std::string& uid) const { return m_listened.count(uid) != 0; }

    /// The genre box without emitting genreChosen(): a genre the rules know, or empty (estimate).
    void setGenre(const QString& genre);
    /// The genre the user chose; empty: estimated.
    [[nodiscard]] QString genre() const;

signals:
    /// The user chose the session's genre (empty: estimate it).
    void genreChosen(const QString& genre);
    /// `afterListening`: the suggestion was played with Listen or Preview before.
    void rateRequested(std::int64_t storeId, core::Feedback feedback, bool afterListening);
    /// Listen (L): play where the suggestion's evidence is strongest, in its band.
    void listenRequested(const core::Suggestion& suggestion);
    /// Preview (P): the same with its move applied, with/without matched.
    void previewRequested(const core::Suggestion& suggestion);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fill();
    void showDetails();
    void rateSelected(core::Feedback feedback);
    [[nodiscard]] const core::Suggestion* find(std::int64_t storeId) const;
    [[nodiscard]] bool concerns(const core::Suggestion& s) const;

    QLabel* m_title = nullptr;
    [[nodiscard]] QString trackInView() const;  ///< the track the filter shows; empty: all
    void refillTrackFilter();

    QComboBox* m_trackFilter = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_genre = nullptr;
    QCheckBox* m_showHidden = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_details = nullptr;
    std::vector<QPushButton*> m_buttons;
    QPushButton* m_listen = nullptr;
    QPushButton* m_preview = nullptr;
    std::vector<core::Suggestion> m_suggestions;
    QString m_contextNote;
    QString m_message;  ///< shown as the header while there are no suggestions (showMessage)
    QString m_track;
    struct Rated {
        std::vector<core::Feedback> feedback;
        bool afterListening = false;  ///< the latest rating was given after listening
        double before = 0.0;
        double after = 0.0;
        QString explanation;
        QString error;
    };
    std::map<std::int64_t, Rated> m_rated;
    std::set<std::string> m_listened;  ///< uids played with Listen or Preview in this run of the app
};

[[nodiscard]] QString feedbackLabel(core::Feedback feedback);

}  // namespace stemwise::ui
