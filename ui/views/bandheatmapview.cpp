// Session band-balance heat map (see bandheatmapview.h).
#include "bandheatmapview.h"

#include "coretext.h"

#include "bandbalanceview.h"
#include "theme.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

BandHeatMapView::BandHeatMapView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BandHeatMapView::setRows(std::vector<Row> rows)
{
    m_rows = std::move(rows);
    updateGeometry();
    update();
}

void BandHeatMapView::setCurrentRow(int row)
{
    m_current = row;
    update();
}

int BandHeatMapView::rowHeight() const { return fontMetrics().height() + 6; }
int BandHeatMapView::headerHeight() const { return fontMetrics().height() * 2 + 10; }
int BandHeatMapView::nameWidth() const
{
    int w = fontMetrics().horizontalAdvance(QStringLiteral("Track")) + 20;
    for (const Row& r : m_rows)
        w = std::max(w, fontMetrics().horizontalAdvance(r.name) + 36);
    return std::min(w, 240);
}

QSize BandHeatMapView::sizeHint() const
{
    return {560, headerHeight() + rowHeight() * std::max(3, static_cast<int>(m_rows.size())) + 24};
}

void BandHeatMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    p.fillRect(rect(), c.plotBackground);
    const QFontMetrics fm(font());
    const int nameW = nameWidth();
    const int cols = static_cast<int>(core::kBandCount);
    const double cellW = std::max(30.0, static_cast<double>(width() - nameW - 8) / cols);
    const int rowH = rowHeight();
    const int headH = headerHeight();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 2, nameW - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("Band balance"));
    p.setPen(c.axisText);
    p.drawText(QRect(8, 2 + fm.height(), nameW - 8, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               tr("% of energy"));
    for (int b = 0; b < cols; ++b) {
        const QRectF r(nameW + b * cellW, 2, cellW, headH - 4);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(r.adjusted(0, 0, 0, -r.height() / 2), Qt::AlignCenter, bandLabel(static_cast<std::size_t>(b)));
        p.setPen(c.axisText);
        p.drawText(r.adjusted(0, r.height() / 2, 0, 0), Qt::AlignCenter, bandRange(static_cast<std::size_t>(b)));
    }
    // Per band, the session median share: the colour says above (warm) or below (cool) it.
    std::array<double, core::kBandCount> median{};
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        std::vector<double> values;
        for (const Row& r : m_rows)
            if (r.shares)
                values.push_back((*r.shares)[b]);
        if (!values.empty()) {
            std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2), values.end());
            median[b] = values[values.size() / 2];
        }
    }
    const bool light = c.plotBackground.lightness() > 128;
    for (int i = 0; i < static_cast<int>(m_rows.size()); ++i) {
        const Row& row = m_rows[static_cast<std::size_t>(i)];
        const int y = headH + i * rowH;
        if (i == m_current)
            p.fillRect(QRect(0, y, width(), rowH), palette().color(QPalette::Highlight).darker(light ? 100 : 160));
        p.fillRect(QRect(8, y + 4, 6, rowH - 8), row.color);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(20, y, nameW - 22, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(row.name, Qt::ElideRight, nameW - 24));
        for (int b = 0; b < cols; ++b) {
            const QRectF cell(nameW + b * cellW + 1, y + 1, cellW - 2, rowH - 2);
            if (!row.shares) {
                p.fillRect(cell, c.grid);
                continue;
            }
            const double share = (*row.shares)[static_cast<std::size_t>(b)];
            // dB above or below the session median of this band, ±12 dB to full colour.
            const double relDb = 10.0 * std::log10(std::max(share, 1e-6) / std::max(median[static_cast<std::size_t>(b)], 1e-6));
            const double t = std::clamp(relDb / 12.0, -1.0, 1.0);
            const QColor warm = QColor(0xe0, 0x6c, 0x2a);
            const QColor cool = QColor(0x2a, 0x7f, 0xd0);
            QColor fill = t >= 0 ? warm : cool;
            fill.setAlphaF(0.15 + 0.75 * std::abs(t) * std::min(1.0, share * 20.0 + 0.2));
            p.fillRect(cell, c.plotBackground);
            p.fillRect(cell, fill);
            const auto& limit = row.limits[static_cast<std::size_t>(b)];
            if (limit && (share > limit->second || share < limit->first)) {
                p.setPen(QPen(share > limit->second ? c.bad : c.warn, 2.0));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(cell, Qt::AlignCenter, formatNumber(share * 100.0, share < 0.1 ? 1 : 0));
        }
    }
    if (m_rows.empty()) {
        p.setPen(c.axisText);
        p.drawText(QRect(0, headH, width(), rowH * 2), Qt::AlignCenter, tr("No tracks yet"));
    }
}

void BandHeatMapView::mousePressEvent(QMouseEvent* event)
{
    const int row = (static_cast<int>(event->position().y()) - headerHeight()) / rowHeight();
    if (event->position().y() >= headerHeight() && row >= 0 && row < static_cast<int>(m_rows.size()))
        emit rowClicked(row);
    QWidget::mousePressEvent(event);
}

}  // namespace stemwise::ui
