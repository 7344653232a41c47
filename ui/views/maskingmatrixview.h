#pragma once
// MaskingMatrixView: the session's masking matrix (core/suggest: every pair of tracks and
// the band where they fight), tracks × tracks, each cell above the diagonal the worst band of
// the pair, coloured by its severity (0–100 %, severityColor()). An overview that stays
// readable at 24–60 stems: rows carry the track's number and name, columns its number; a cell
// large enough shows the band and "severity · time both play" (43 % · 64 %), a smaller one
// its colour only; hovering any cell names both tracks in full with the figures. The ranked
// list beside it (MaskingPanel) reads the worst pairs first; the pair chosen there is
// outlined here. Below the minimum cell size the view asks for room (its parent scrolls).
// Threading: UI thread only.

#include "suggest/suggestionengine.h"

#include <QWidget>

#include <optional>
#include <utility>
#include <vector>

namespace stemwise::ui {

/// Where in the band the pair fights: "71–147 Hz", or one frequency where the range is a point.
[[nodiscard]] QString whereText(const core::MaskingCell& cell);

class MaskingMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit MaskingMatrixView(QWidget* parent = nullptr);
    /// `names[i]` is track i of the cells' indices.
    void setMatrix(const QStringList& names, const std::vector<core::MaskingCell>& cells);
    [[nodiscard]] int pairCount() const;
    /// The worst cell of the pair (i, j) in either order, or null.
    [[nodiscard]] const core::MaskingCell* worst(std::size_t i, std::size_t j) const;
    /// Outlines the pair's cell (none: nullopt).
    void setHighlight(std::optional<std::pair<std::size_t, std::size_t>> pair);
    /// The cell's rectangle of the pair (i < j), for scrolling to it.
    [[nodiscard]] QRect cellRect(std::size_t i, std::size_t j) const;
    /// What hovering the cell at `pos` shows; empty outside the cells above the diagonal.
    [[nodiscard]] QString toolTipAt(const QPoint& pos) const;
    /// Whether cells are large enough to carry their figures as text.
    [[nodiscard]] bool cellsShowText() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The fill of a cell of this severity (0..1), on the plot background.
    [[nodiscard]] static QColor severityColor(double severity);

signals:
    /// A cell above the diagonal was clicked: the pair (i < j).
    void pairClicked(int first, int second);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Geometry {
        int nameW = 0;
        int top = 0;
        double cellW = 0.0;
        double cellH = 0.0;
    };
    [[nodiscard]] Geometry geometry() const;
    [[nodiscard]] int minimumCell() const;
    [[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> cellAt(const QPoint& pos) const;

    QStringList m_names;
    std::vector<std::vector<const core::MaskingCell*>> m_worst;
    std::vector<core::MaskingCell> m_cells;
    std::optional<std::pair<std::size_t, std::size_t>> m_highlight;
};

}  // namespace stemwise::ui
