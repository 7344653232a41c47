// The session's masking matrix (see maskingmatrixview.h).
#include "maskingmatrixview.h"

#include "bandbalanceview.h"
#include "coretext.h"
#include "theme.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

// The figures a cell shows when it has room: "43 % · 64 %" (severity · time both play).
QString cellFigures(const core::MaskingCell& m)
{
    return QStringLiteral("%1 % · %2 %")
        .arg(formatNumber(m.severity * 100.0, 0), formatNumber(m.bothActiveFraction * 100.0, 0));
}

}  // namespace

QString whereText(const core::MaskingCell& cell)
{
    // Two tones a few hertz apart meet at one frequency: "587 Hz", not "587–587 Hz".
    if (cell.highHz - cell.lowHz < 0.02 * cell.lowHz)
        return hzText(std::sqrt(cell.lowHz * cell.highHz));
    return hzRangeText(cell.lowHz, cell.highHz);
}

MaskingMatrixView::MaskingMatrixView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(false);
}

QColor MaskingMatrixView::severityColor(double severity)
{
    QColor fill = viewColors().bad;
    fill.setAlphaF(static_cast<float>(0.15 + 0.75 * std::clamp(severity, 0.0, 1.0)));
    return fill;
}

void MaskingMatrixView::setMatrix(const QStringList& names, const std::vector<core::MaskingCell>& cells)
{
    m_names = names;
    m_cells = cells;
    m_highlight.reset();
    const auto n = static_cast<std::size_t>(names.size());
    m_worst.assign(n, std::vector<const core::MaskingCell*>(n, nullptr));
    for (const auto& c : m_cells) {
        if (c.first >= n || c.second >= n)
            continue;
        const std::size_t a = std::min(c.first, c.second), b = std::max(c.first, c.second);
        if (m_worst[a][b] == nullptr || c.severity > m_worst[a][b]->severity)
            m_worst[a][b] = &c;
    }
    updateGeometry();
    update();
}

int MaskingMatrixView::pairCount() const
{
    int pairs = 0;
    for (const auto& row : m_worst)
        for (const auto* c : row)
            pairs += c != nullptr ? 1 : 0;
    return pairs;
}

const core::MaskingCell* MaskingMatrixView::worst(std::size_t i, std::size_t j) const
{
    const std::size_t a = std::min(i, j), b = std::max(i, j);
    return a < m_worst.size() && b < m_worst.size() ? m_worst[a][b] : nullptr;
}

void MaskingMatrixView::setHighlight(std::optional<std::pair<std::size_t, std::size_t>> pair)
{
    m_highlight = pair;
    update();
}

int MaskingMatrixView::minimumCell() const
{
    return fontMetrics().height() + 4;
}

MaskingMatrixView::Geometry MaskingMatrixView::geometry() const
{
    const QFontMetrics fm(font());
    const int n = static_cast<int>(m_names.size());
    Geometry g;
    // Row labels "12  Lead Vox": the number the column heading repeats, the name up to 170 px
    // (elided beyond; the tooltip names it in full).
    g.nameW = 60;
    for (int i = 0; i < n; ++i)
        g.nameW = std::max(g.nameW, fm.horizontalAdvance(QStringLiteral("%1  %2").arg(i + 1).arg(m_names[i])) + 16);
    g.nameW = std::min(g.nameW, 190);
    g.top = fm.height() * 2 + 10;
    const double minCell = minimumCell();
    g.cellW = n > 0 ? std::max(minCell, static_cast<double>(width() - g.nameW - 8) / n) : minCell;
    g.cellH = n > 0 ? std::max(minCell, std::min(fm.height() * 2.0 + 8.0, static_cast<double>(height() - g.top - 4) / n))
                    : minCell;
    return g;
}

bool MaskingMatrixView::cellsShowText() const
{
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    return g.cellW >= fm.horizontalAdvance(QStringLiteral("100 % · 100 %")) + 6 && g.cellH >= fm.height() * 2 + 4;
}

QSize MaskingMatrixView::sizeHint() const
{
    const int n = static_cast<int>(m_names.size());
    const int line = fontMetrics().height();
    return {std::max(560, 200 + n * (line * 5)), (line * 2 + 8) * n + line * 2 + 16};
}

QSize MaskingMatrixView::minimumSizeHint() const
{
    // Every cell at least a line high and wide: 60 stems need some 1,300 px; the parent scrolls.
    const int n = static_cast<int>(m_names.size());
    const QFontMetrics fm(font());
    int nameW = 60;
    for (int i = 0; i < n; ++i)
        nameW = std::max(nameW, fm.horizontalAdvance(QStringLiteral("%1  %2").arg(i + 1).arg(m_names[i])) + 16);
    nameW = std::min(nameW, 190);
    return {nameW + 8 + n * minimumCell(), fm.height() * 2 + 14 + n * minimumCell()};
}

QRect MaskingMatrixView::cellRect(std::size_t i, std::size_t j) const
{
    const Geometry g = geometry();
    return QRectF(g.nameW + static_cast<double>(j) * g.cellW, g.top + static_cast<double>(i) * g.cellH, g.cellW, g.cellH)
        .toAlignedRect();
}

std::optional<std::pair<std::size_t, std::size_t>> MaskingMatrixView::cellAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    const int n = static_cast<int>(m_names.size());
    if (pos.x() < g.nameW || pos.y() < g.top)
        return std::nullopt;
    const int j = static_cast<int>((pos.x() - g.nameW) / g.cellW);
    const int i = static_cast<int>((pos.y() - g.top) / g.cellH);
    if (i < 0 || j < 0 || i >= n || j >= n || j <= i)
        return std::nullopt;
    return std::make_pair(static_cast<std::size_t>(i), static_cast<std::size_t>(j));
}

QString MaskingMatrixView::toolTipAt(const QPoint& pos) const
{
    const Geometry g = geometry();
    const int n = static_cast<int>(m_names.size());
    // A row's or a column's label: its track in full.
    if (pos.y() >= g.top && pos.x() < g.nameW) {
        const int i = static_cast<int>((pos.y() - g.top) / g.cellH);
        return i >= 0 && i < n ? QStringLiteral("%1  %2").arg(i + 1).arg(m_names[i]) : QString();
    }
    if (pos.y() < g.top && pos.x() >= g.nameW) {
        const int j = static_cast<int>((pos.x() - g.nameW) / g.cellW);
        return j >= 0 && j < n ? QStringLiteral("%1  %2").arg(j + 1).arg(m_names[j]) : QString();
    }
    const auto pair = cellAt(pos);
    if (!pair)
        return {};
    const QString a = m_names[static_cast<int>(pair->first)];
    const QString b = m_names[static_cast<int>(pair->second)];
    const core::MaskingCell* m = m_worst[pair->first][pair->second];
    if (m == nullptr)
        return tr("<b>%1</b> and <b>%2</b>: no masking found").arg(a.toHtmlEscaped(), b.toHtmlEscaped());
    return tr("<b>%1</b> and <b>%2</b><br>worst in the %3 band, %4<br>severity %5 %, both play there %6 % of the "
              "time<br>level difference %7 dB")
        .arg(a.toHtmlEscaped(), b.toHtmlEscaped(), CoreText::band(static_cast<std::size_t>(m->band)),
             whereText(*m), formatNumber(m->severity * 100.0, 0),
             formatNumber(m->bothActiveFraction * 100.0, 0), formatNumber(m->levelDifferenceDb, 1));
}

bool MaskingMatrixView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MaskingMatrixView::mousePressEvent(QMouseEvent* event)
{
    if (const auto pair = cellAt(event->position().toPoint()))
        emit pairClicked(static_cast<int>(pair->first), static_cast<int>(pair->second));
    QWidget::mousePressEvent(event);
}

void MaskingMatrixView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    p.fillRect(rect(), c.plotBackground);
    const QFontMetrics fm(font());
    const int n = static_cast<int>(m_names.size());
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(text);
    p.drawText(QRect(8, 2, width() - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Masking matrix: the worst band of each pair (hover a cell for the names and figures)"));
    if (n < 2) {
        p.setPen(c.axisText);
        p.drawText(rect(), Qt::AlignCenter, tr("Needs two or more analysed tracks"));
        return;
    }
    const Geometry g = geometry();
    const bool withText = cellsShowText();
    for (int j = 0; j < n; ++j) {
        p.setPen(c.axisText);
        p.drawText(QRectF(g.nameW + j * g.cellW, fm.height() + 6, g.cellW, fm.height() + 2), Qt::AlignCenter,
                   withText ? fm.elidedText(m_names[j], Qt::ElideRight, static_cast<int>(g.cellW) - 4)
                            : QString::number(j + 1));
    }
    for (int i = 0; i < n; ++i) {
        const double y = g.top + i * g.cellH;
        p.setPen(text);
        p.drawText(QRectF(8, y, g.nameW - 12, g.cellH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(QStringLiteral("%1  %2").arg(i + 1).arg(m_names[i]), Qt::ElideRight, g.nameW - 12));
        for (int j = 0; j < n; ++j) {
            const QRectF cell(g.nameW + j * g.cellW + 1, y + 1, g.cellW - 2, g.cellH - 2);
            if (j <= i) {
                p.fillRect(cell, c.grid.lighter(c.grid.lightness() > 128 ? 104 : 70));
                continue;
            }
            const core::MaskingCell* m = m_worst[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            if (m == nullptr) {
                p.setPen(c.grid);
                p.drawRect(cell);
                continue;
            }
            p.fillRect(cell, severityColor(m->severity));
            if (!withText)
                continue;
            p.setPen(text);
            p.drawText(cell.adjusted(2, 1, -2, -cell.height() / 2), Qt::AlignCenter,
                       fm.elidedText(bandLabel(static_cast<std::size_t>(m->band)), Qt::ElideRight,
                                     static_cast<int>(cell.width()) - 4));
            p.drawText(cell.adjusted(2, cell.height() / 2, -2, -1), Qt::AlignCenter, cellFigures(*m));
        }
    }
    if (m_highlight && m_highlight->first < static_cast<std::size_t>(n) && m_highlight->second < static_cast<std::size_t>(n)) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 3.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(cellRect(m_highlight->first, m_highlight->second)).adjusted(1.5, 1.5, -1.5, -1.5));
    }
}

}  // namespace stemwise::ui
