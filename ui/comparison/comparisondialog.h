#pragma once
// The comparison view: pick two of the session's analysed tracks (or a track and a reference
// file chosen from disk), see both spectra overlaid on one log-frequency chart at equal
// loudness with the difference below, and the findings, figure and band deltas as text
// (core/compare/trackcomparison.h), and play them A/B, switched at the same position and
// loudness-matched (transport/abplayer.h). Opened from View > Compare Tracks.
// Threading: GUI thread; a reference file is analysed on the thread pool.

#include "compare/trackcomparison.h"

#include <QDialog>
#include <QWidget>

#include <memory>
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

    /// Selects A and B by index into the list (the session's tracks, then added references).
    void select(int a, int b);
    [[nodiscard]] const core::TrackComparison& comparison() const { return m_comparison; }
    /// A/B listening of the two, loudness-matched.
    [[nodiscard]] AbPlayer* abPlayer() const { return m_ab; }

private:
    void fillChoices();
    void addReferenceFile();
    void compare();

    std::vector<std::shared_ptr<const core::TrackProfile>> m_profiles;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    ComparisonChart* m_chart = nullptr;
    QPlainTextEdit* m_text = nullptr;
    AbPlayer* m_ab = nullptr;
    core::TrackComparison m_comparison;
};

}  // namespace stemwise::ui
