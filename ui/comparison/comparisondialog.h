#pragma once
// The comparison view: pick two of the session's analysed tracks (or a track and a reference
// file chosen from disk, or a track and its previous bounce from the history), see both
// spectra overlaid on one log-frequency chart at equal loudness with the difference below,
// and the findings, figure and band deltas as text (core/compare/trackcomparison.h), and play
// them A/B, switched at the same position and loudness-matched (transport/abplayer.h).
// Opened from View > Compare Tracks.
// The previous bounces come from the database (setDatabase()): the stored profile of each
// track's last analysis of other content, and its audio where it is still on disk with that
// content (workflow/storedaudio.h); where it is gone or overwritten by the new bounce the
// choice still compares by its figures and says why it cannot be played.
// Threading: GUI thread; a reference file is analysed, and the database read and the old
// files hashed, on the thread pool.

#include "compare/trackcomparison.h"

#include <QDialog>
#include <QString>
#include <QWidget>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QPlainTextEdit;

namespace stemwise::ui {

class AbPlayer;
class TrackTableModel;

/// Both spectra (A solid, B dashed, B moved to A's loudness) and the difference A − B below,
/// drawn with QPainter.
class ComparisonChart : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget* parent = nullptr);
    void setComparison(const core::TrackComparison* comparison);
    [[nodiscard]] QSize sizeHint() const override { return {720, 380}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const core::TrackComparison* m_comparison = nullptr;
};

class ComparisonDialog : public QDialog {
    Q_OBJECT
public:
    explicit ComparisonDialog(const TrackTableModel& model, QWidget* parent = nullptr);

    /// One thing to compare and play.
    struct Choice {
        QString label;                                   ///< as listed
        std::shared_ptr<const core::TrackProfile> profile;
        QString path;                                    ///< the audio to play
        QString unavailable;                             ///< why it cannot be played; empty: it can
    };

    /// Reads, on the pool, the previous bounce of every session track from `database` and
    /// adds each as a choice ("Lead Vocal.wav — previous bounce (date)"); sourcesLoaded()
    /// when done.
    void setDatabase(const std::filesystem::path& database);

    /// Selects A and B by index into the list (the session's tracks, then what was added).
    void select(int a, int b);
    [[nodiscard]] const std::vector<Choice>& choices() const { return m_choices; }
    /// The index of the previous bounce of the session track at `index`, if one was loaded.
    [[nodiscard]] std::optional<int> previousBounceOf(int index) const;
    [[nodiscard]] const core::TrackComparison& comparison() const { return m_comparison; }
    /// A/B listening of the two, loudness-matched.
    [[nodiscard]] AbPlayer* abPlayer() const { return m_ab; }

signals:
    /// What setDatabase() read is in the lists (or could not be read: `error`).
    void sourcesLoaded(const QString& error);

private:
    void fillChoices();
    void addReferenceFile();
    void compare();

    std::vector<Choice> m_choices;
    std::vector<std::pair<int, int>> m_previousBounces;  ///< session track index -> its previous bounce's
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    ComparisonChart* m_chart = nullptr;
    QPlainTextEdit* m_text = nullptr;
    AbPlayer* m_ab = nullptr;
    core::TrackComparison m_comparison;
};

}  // namespace stemwise::ui
