#pragma once
// BandHeatMapView: the session at a glance, every track × the seven bands, each cell the
// band's share of the track's energy (colour: how far the share stands above or below the
// same band's session median; text: the share in %). Cells outside the track type's expected
// range are outlined (above: warning colour, below: caution colour). Clicking a row selects
// that track.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <array>
#include <optional>
#include <vector>

namespace stemwise::ui {

class BandHeatMapView : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString name;
        QColor color;
        std::optional<std::array<double, core::kBandCount>> shares;  ///< none while not analysed
        std::array<std::optional<std::pair<double, double>>, core::kBandCount> limits{};  ///< expected min..max
    };
    explicit BandHeatMapView(QWidget* parent = nullptr);
    void setRows(std::vector<Row> rows);
    void setCurrentRow(int row);
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {300, 120}; }

signals:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int nameWidth() const;
    std::vector<Row> m_rows;
    int m_current = -1;
};

}  // namespace stemwise::ui
