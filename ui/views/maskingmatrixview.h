#pragma once
// MaskingMatrixView: the session's masking matrix (core/suggest: every pair of tracks and
// the band where they fight), tracks × tracks, each cell the worst band of the pair with its
// severity (0–100 %) and how much of the time both are active there.
// Threading: UI thread only.

#include "suggest/suggestionengine.h"

#include <QWidget>

#include <vector>

namespace stemwise::ui {

class MaskingMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit MaskingMatrixView(QWidget* parent = nullptr);
    /// `names[i]` is track i of the cells' indices.
    void setMatrix(const QStringList& names, const std::vector<core::MaskingCell>& cells);
    [[nodiscard]] int pairCount() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList m_names;
    std::vector<std::vector<const core::MaskingCell*>> m_worst;
    std::vector<core::MaskingCell> m_cells;
};

}  // namespace stemwise::ui
