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

namespace {

constexpr double kMinRangeScale = 0.75;  // the smallest a band's range is drawn, of the view's font

}  // namespace

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

void BandHeatMapView::setCurrentRow(int track)
{
    m_currentTrack = track;
    update();
}

QRect BandHeatMapView::rowRect(int index) const
{
    return {0, headerHeight() + index * rowHeight(), width(), rowHeight()};
}

int BandHeatMapView::trackOf(int index) const
{
    const int track = m_rows[static_cast<std::size_t>(index)].track;
    return track >= 0 ? track : index;
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

// Each band's column at least as wide as its name; the room left shared equally. The range
// under the name ("250–500 Hz") is drawn smaller where the column is narrower than it
// (rangeFont), never cut (issue 21: "50–500 Hz").
std::array<double, core::kBandCount + 1> BandHeatMapView::columnEdges() const
{
    std::array<double, core::kBandCount> widths{};
    double sum = 0.0;
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        widths[b] = minimumColumnWidth(b);
        sum += widths[b];
    }
    const double extra = std::max(0.0, static_cast<double>(width() - nameWidth() - 8) - sum) / core::kBandCount;
    std::array<double, core::kBandCount + 1> edges{};
    edges[0] = nameWidth();
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        edges[b + 1] = edges[b] + widths[b] + extra;
    return edges;
}

// A column holds its band's name in full and its range at three quarters of the size or more.
int BandHeatMapView::minimumColumnWidth(std::size_t band) const
{
    const QFontMetrics fm(font());
    return std::max({30, fm.horizontalAdvance(bandLabel(band)) + 10,
                     static_cast<int>(std::ceil(fm.horizontalAdvance(bandRange(band)) * kMinRangeScale)) + 10});
}

QFont BandHeatMapView::rangeFont(std::size_t band, double columnWidth) const
{
    QFont f = font();
    const int needed = QFontMetrics(f).horizontalAdvance(bandRange(band));
    if (needed <= columnWidth - 6 || needed <= 0)
        return f;
    const double scale = std::max(kMinRangeScale, (columnWidth - 6) / needed);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    else
        f.setPixelSize(std::max(1, static_cast<int>(f.pixelSize() * scale)));
    return f;
}

QSize BandHeatMapView::minimumSizeHint() const
{
    int w = nameWidth() + 8;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        w += minimumColumnWidth(b);
    return {w, 120};
}

bool BandHeatMapView::headingsFit() const
{
    const auto edges = columnEdges();
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        const double w = edges[b + 1] - edges[b];
        if (fontMetrics().horizontalAdvance(bandLabel(b)) > w - 2
            || QFontMetrics(rangeFont(b, w)).horizontalAdvance(bandRange(b)) > w - 2)
            return false;
    }
    return edges.back() + 8 <= width() + 1;
}

QSize BandHeatMapView::sizeHint() const
{
    return {std::max(560, minimumSizeHint().width()),
            headerHeight() + rowHeight() * std::max(3, static_cast<int>(m_rows.size())) + 24};
}

// t: -1 (12 dB or more below the band's session median) … +1 (above); a tiny share is paler.
QColor BandHeatMapView::fillFor(double t, double share)
{
    const QColor warm = QColor(0xe0, 0x6c, 0x2a);
    const QColor cool = QColor(0x2a, 0x7f, 0xd0);
    QColor fill = t >= 0 ? warm : cool;
    fill.setAlphaF(static_cast<float>(0.15 + 0.75 * std::abs(t) * std::min(1.0, share * 20.0 + 0.2)));
    return fill;
}

std::vector<ColorLegend::Entry> BandHeatMapView::legendEntries()
{
    const ViewColors& c = viewColors();
    ColorLegend::Entry ramp;
    ramp.label = tr("Share against the session's median of the band");
    ramp.fill = fillFor(-1.0, 1.0);
    ramp.mid = fillFor(0.0, 1.0);
    ramp.to = fillFor(1.0, 1.0);
    ramp.fromText = tr("−12 dB");
    ramp.toText = tr("+12 dB");
    ramp.under = c.plotBackground;
    ColorLegend::Entry above;
    above.label = tr("red frame: above the range expected for the track's type");
    above.outline = c.bad;
    above.under = c.plotBackground;
    ColorLegend::Entry below;
    below.label = tr("amber frame: below it");
    below.outline = c.warn;
    below.under = c.plotBackground;
    ColorLegend::Entry numbers;
    numbers.label = tr("numbers: % of the track's energy in the band");
    return {ramp, above, below, numbers};
}

void BandHeatMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    p.fillRect(rect(), c.plotBackground);
    const QFontMetrics fm(font());
    const int nameW = nameWidth();
    const int cols = static_cast<int>(core::kBandCount);
    const auto edges = columnEdges();
    const int rowH = rowHeight();
    const int headH = headerHeight();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 2, nameW - 8, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("Band balance"));
    p.setPen(c.axisText);
    p.drawText(QRect(8, 2 + fm.height(), nameW - 8, fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter,
               tr("% of energy"));
    for (int b = 0; b < cols; ++b) {
        const auto band = static_cast<std::size_t>(b);
        const QRectF r(edges[band], 2, edges[band + 1] - edges[band], headH - 4);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(r.adjusted(0, 0, 0, -r.height() / 2), Qt::AlignCenter, bandLabel(static_cast<std::size_t>(b)));
        p.setPen(c.axisText);
        p.save();
        p.setFont(rangeFont(band, r.width()));
        p.drawText(r.adjusted(0, r.height() / 2, 0, 0), Qt::AlignCenter, bandRange(band));
        p.restore();
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
        if (m_currentTrack >= 0 && trackOf(i) == m_currentTrack)
            p.fillRect(QRect(0, y, width(), rowH), palette().color(QPalette::Highlight).darker(light ? 100 : 160));
        if (row.groupStart && i > 0) {
            p.setPen(QPen(c.axisText, 1.0));
            p.drawLine(QPointF(0, y + 0.5), QPointF(width(), y + 0.5));
        }
        p.fillRect(QRect(8, y + 4, 6, rowH - 8), row.color);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(20, y, nameW - 22, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(row.name, Qt::ElideRight, nameW - 24));
        for (int b = 0; b < cols; ++b) {
            const auto band = static_cast<std::size_t>(b);
            const QRectF cell(edges[band] + 1, y + 1, edges[band + 1] - edges[band] - 2, rowH - 2);
            if (!row.shares) {
                p.fillRect(cell, c.grid);
                continue;
            }
            const double share = (*row.shares)[static_cast<std::size_t>(b)];
            // dB above or below the session median of this band, ±12 dB to full colour.
            const double relDb = 10.0 * std::log10(std::max(share, 1e-6) / std::max(median[static_cast<std::size_t>(b)], 1e-6));
            const double t = std::clamp(relDb / 12.0, -1.0, 1.0);
            p.fillRect(cell, c.plotBackground);
            p.fillRect(cell, fillFor(t, share));
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
        emit rowClicked(trackOf(row));
    QWidget::mousePressEvent(event);
}

}  // namespace stemwise::ui
