#pragma once
// BandHeatMapView: the session at a glance, every track × the seven bands, each cell the
// band's share of the track's energy (colour: how far the share stands above or below the
// same band's session median; text: the share in %). Cells outside the track type's expected
// range are outlined (above: warning colour, below: caution colour). Clicking a row selects
// that track.
// Threading: UI thread only.

#include "analysis/trackprofile.h"
#include "colorlegend.h"

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
    QSize minimumSizeHint() const override;
    /// The key to the colours and outlines, for the ColorLegend shown with the view.
    [[nodiscard]] static std::vector<ColorLegend::Entry> legendEntries();
    /// Whether the band headings (name and range) fit their columns at the current width.
    [[nodiscard]] bool headingsFit() const;

signals:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    [[nodiscard]] int rowHeight() const;
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int nameWidth() const;
    /// The x of each band column's left edge, and of the last one's right edge.
    [[nodiscard]] std::array<double, core::kBandCount + 1> columnEdges() const;
    [[nodiscard]] QFont rangeFont(std::size_t band, double columnWidth) const;
    [[nodiscard]] int minimumColumnWidth(std::size_t band) const;
    [[nodiscard]] static QColor fillFor(double t, double share);
    std::vector<Row> m_rows;
    int m_current = -1;
};

}  // namespace stemwise::ui
