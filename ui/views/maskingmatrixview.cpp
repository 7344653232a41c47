// The session's masking matrix (see maskingmatrixview.h).
#include "maskingmatrixview.h"

#include "bandbalanceview.h"
#include "theme.h"

#include <QPainter>

#include <algorithm>

namespace stemwise::ui {

MaskingMatrixView::MaskingMatrixView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MaskingMatrixView::setMatrix(const QStringList& names, const std::vector<core::MaskingCell>& cells)
{
    m_names = names;
    m_cells = cells;
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

QSize MaskingMatrixView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {560, (line * 2 + 8) * (static_cast<int>(m_names.size()) + 1) + 40};
}

void MaskingMatrixView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    p.fillRect(rect(), c.plotBackground);
    const QFontMetrics fm(font());
    const int n = static_cast<int>(m_names.size());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 2, width() - 16, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Masking: worst band per pair (severity; time both active)"));
    if (n < 2) {
        p.setPen(c.axisText);
        p.drawText(rect(), Qt::AlignCenter, tr("Needs two or more analysed tracks"));
        return;
    }
    int nameW = 60;
    for (const QString& name : m_names)
        nameW = std::max(nameW, fm.horizontalAdvance(name) + 16);
    nameW = std::min(nameW, 180);
    const int top = fm.height() * 2 + 12;
    const double cellW = std::max(40.0, static_cast<double>(width() - nameW - 8) / n);
    const double cellH = std::max(fm.height() * 2.0 + 6.0, static_cast<double>(height() - top - 4) / n);
    for (int j = 0; j < n; ++j) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(nameW + j * cellW, fm.height() + 6, cellW, fm.height() + 4), Qt::AlignCenter,
                   fm.elidedText(m_names[j], Qt::ElideRight, static_cast<int>(cellW) - 4));
    }
    for (int i = 0; i < n; ++i) {
        const double y = top + i * cellH;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(8, y, nameW - 12, cellH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m_names[i], Qt::ElideRight, nameW - 12));
        for (int j = 0; j < n; ++j) {
            const QRectF cell(nameW + j * cellW + 1, y + 1, cellW - 2, cellH - 2);
            if (j <= i) {
                p.fillRect(cell, c.grid.lighter(c.grid.lightness() > 128 ? 104 : 70));
                continue;
            }
            const core::MaskingCell* m = m_worst[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
            if (m == nullptr) {
                p.fillRect(cell, c.plotBackground);
                p.setPen(c.grid);
                p.drawRect(cell);
                continue;
            }
            QColor fill = c.bad;
            fill.setAlphaF(0.15 + 0.75 * std::clamp(m->severity, 0.0, 1.0));
            p.fillRect(cell, fill);
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(cell.adjusted(2, 1, -2, -cell.height() / 2), Qt::AlignCenter,
                       fm.elidedText(bandLabel(static_cast<std::size_t>(m->band)), Qt::ElideRight,
                                     static_cast<int>(cell.width()) - 4));
            p.drawText(cell.adjusted(2, cell.height() / 2, -2, -1), Qt::AlignCenter,
                       QStringLiteral("%1 % · %2 %")
                           .arg(m->severity * 100.0, 0, 'f', 0)
                           .arg(m->bothActiveFraction * 100.0, 0, 'f', 0));
        }
    }
}

}  // namespace stemwise::ui
