#pragma once
// BandHeatMapView: the session at a glance, every track × the seven bands, each cell the
// band's share of the track's energy (colour: how far the share stands above or below the
// same band's session median; text: the share in %). Cells outside the track type's expected
// range are outlined (above: warning colour, below: caution colour). The rows come in the
// track table's order (grouped by type when the table is, a rule above each group). Clicking a
// row selects that track.
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
        int track = -1;           ///< the track's row in the session (clicks report it); -1: the row's index
        bool groupStart = false;  ///< the first of its type's group: a rule is drawn above it
    };
    explicit BandHeatMapView(QWidget* parent = nullptr);
    void setRows(std::vector<Row> rows);
    /// Highlights the row of track `track` (a Row::track; none: -1).
    void setCurrentRow(int track);
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// The row shown at `index` from the top, for tests.
    [[nodiscard]] const Row& rowAt(int index) const { return m_rows.at(static_cast<std::size_t>(index)); }
    /// Where the row shown at `index` is drawn.
    [[nodiscard]] QRect rowRect(int index) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The key to the colours and outlines, for the ColorLegend shown with the view.
    [[nodiscard]] static std::vector<ColorLegend::Entry> legendEntries();
    /// Whether the band headings (name and range) fit their columns at the current width.
    [[nodiscard]] bool headingsFit() const;

signals:
    /// A row was clicked: its Row::track.
    void rowClicked(int track);

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
    [[nodiscard]] int trackOf(int index) const;
    std::vector<Row> m_rows;
    int m_currentTrack = -1;
};

}  // namespace stemwise::ui
