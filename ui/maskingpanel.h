#pragma once
// MaskingPanel: the session's masking, worst first (issue 21). A ranked list of the pairs of
// tracks that mask each other, each with the band and where in it they fight (Hz), how much of
// the time both play there (share and seconds of the time they overlap), their level
// difference and the severity; above the matrix (MaskingMatrixView) as an overview with its
// legend. Choosing a pair in the list outlines its cell in the matrix and scrolls to it; a
// click on a cell selects its pair in the list.
// Threading: UI thread only.

#include "suggest/suggestionengine.h"

#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;
class QTreeWidget;

namespace stemwise::ui {

class ColorLegend;
class MaskingMatrixView;

class MaskingPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Rank, Pair, Band, Where, BothPlay, LevelDifference, Severity, ColumnCount };

    explicit MaskingPanel(QWidget* parent = nullptr);
    /// `names[i]` and `durationsS[i]` (the track's length) are track i of the cells' indices.
    void setMatrix(const QStringList& names, const std::vector<double>& durationsS,
                   const std::vector<core::MaskingCell>& cells);

    [[nodiscard]] MaskingMatrixView* matrix() const { return m_matrix; }
    [[nodiscard]] QTreeWidget* pairList() const { return m_list; }
    [[nodiscard]] ColorLegend* legend() const { return m_legend; }
    /// The ranked pairs (each pair's worst band), worst first.
    [[nodiscard]] const std::vector<core::MaskingCell>& rankedPairs() const { return m_ranked; }

private:
    void showPair(int index);
    void refreshLegend();

    QLabel* m_heading = nullptr;
    QTreeWidget* m_list = nullptr;
    MaskingMatrixView* m_matrix = nullptr;
    QScrollArea* m_matrixScroll = nullptr;
    ColorLegend* m_legend = nullptr;
    QStringList m_names;
    std::vector<core::MaskingCell> m_ranked;
};

}  // namespace stemwise::ui
