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
// The session mix (the session's stems summed at unity, audio/mixdown.h) is a choice too:
// when first chosen it is written to a temporary float WAV and analysed like a track, on the
// pool with progress in the text pane, so it compares and plays loudness-matched against
// anything, the reference library's tracks (from the database, their files checked as a
// previous bounce's are) in particular. A reference is compared with the session mix by
// default (choosing one as B moves A to the mix unless the user chose A); a single stem
// against a reference is shown without the moves (issue 21: a bass stem against a reference
// mix was told to 'boost 6 dB with a high shelf at 10 kHz').
// Threading: GUI thread; a reference file and the session mix are analysed, and the database
// read and the old files hashed, on the thread pool. Closing the dialog cancels the mix.

#include "compare/trackcomparison.h"

#include <QDialog>
#include <QString>
#include <QWidget>

#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QPlainTextEdit;
class QTemporaryDir;

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
    ~ComparisonDialog() override;

    /// One thing to compare and play.
    struct Choice {
        QString label;                                   ///< as listed
        std::shared_ptr<const core::TrackProfile> profile;
        QString path;                                    ///< the audio to play
        QString unavailable;                             ///< why it cannot be played; empty: it can
        bool sessionMix = false;  ///< the stems summed at unity: profile and path once measured
        bool reference = false;   ///< a reference record (the library's, or a file added here)
    };

    /// Reads, on the pool, the previous bounce of every session track and the reference
    /// library's tracks from `database` and adds each as a choice ("Lead Vocal — previous
    /// bounce (date)", "Reference: Name (genre)"); sourcesLoaded() when done.
    void setDatabase(const std::filesystem::path& database);

    /// Selects A and B by index into the list (the session's tracks, then what was added).
    void select(int a, int b);
    [[nodiscard]] const std::vector<Choice>& choices() const { return m_choices; }
    /// The index of the previous bounce of the session track at `index`, if one was loaded.
    [[nodiscard]] std::optional<int> previousBounceOf(int index) const;
    /// The index of the session mix (two or more analysed tracks), and of the library's references.
    [[nodiscard]] std::optional<int> sessionMixIndex() const;
    [[nodiscard]] std::vector<int> libraryReferenceIndices() const { return m_libraryReferences; }
    [[nodiscard]] const core::TrackComparison& comparison() const { return m_comparison; }
    /// A/B listening of the two, loudness-matched.
    [[nodiscard]] AbPlayer* abPlayer() const { return m_ab; }

signals:
    /// What setDatabase() read is in the lists (or could not be read: `error`).
    void sourcesLoaded(const QString& error);
    /// The session mix was summed and analysed (or could not be: `error`).
    void sessionMixMeasured(const QString& error);

private:
    void fillChoices();
    void addReferenceFile();
    void compare();
    void measureSessionMix(int index);

    std::vector<Choice> m_choices;
    std::vector<std::pair<int, int>> m_previousBounces;  ///< session track index -> its previous bounce's
    std::vector<int> m_libraryReferences;
    int m_sessionTracks = 0;  ///< the first choices are the session's tracks
    bool m_aChosen = false;   ///< the user chose A: a reference chosen as B leaves it
    // The session mix's measuring: shared with the worker, which may outlive the dialog.
    std::shared_ptr<std::atomic<bool>> m_mixCancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<QTemporaryDir> m_mixDir;
    bool m_mixPending = false;
    QString m_mixError;
    double m_mixProgress = 0.0;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    ComparisonChart* m_chart = nullptr;
    QPlainTextEdit* m_text = nullptr;
    AbPlayer* m_ab = nullptr;
    core::TrackComparison m_comparison;
};

}  // namespace stemwise::ui
