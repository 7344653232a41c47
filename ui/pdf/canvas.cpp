// The report page's tables (see canvas.h).
#include "pdf/canvas.h"

#include <QFontMetricsF>

namespace stemwise::ui::pdf {

double table(Canvas& c, double x, double y, const std::vector<double>& widths, const QStringList& header,
    const std::vector<QStringList>& rows, double sizePt, int leftColumns)
{
    const double rowH = sizePt * 1.65;
    double cx = x;
    for (int i = 0; i < header.size(); ++i) {
        const double w = widths[static_cast<std::size_t>(i)] - 4;
        c.text(QRectF(cx + 2, y, w, rowH), header[i], c.fittedSize(header[i], w, sizePt, true), true,
            (i < leftColumns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        cx += widths[static_cast<std::size_t>(i)];
    }
    double total = 0;
    for (double w : widths)
        total += w;
    c.line(x, y + rowH, x + total, y + rowH, 0.6);
    double ry = y + rowH;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1) {
            c.p.setPen(Qt::NoPen);
            c.p.setBrush(QColor(238, 238, 238));
            c.p.drawRect(QRectF(x, ry, total, rowH));
        }
        cx = x;
        for (int i = 0; i < rows[r].size() && static_cast<std::size_t>(i) < widths.size(); ++i) {
            c.text(QRectF(cx + 2, ry, widths[static_cast<std::size_t>(i)] - 4, rowH), rows[r][i], sizePt,
                false, (i < leftColumns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            cx += widths[static_cast<std::size_t>(i)];
        }
        ry += rowH;
    }
    c.line(x, ry, x + total, ry, 0.6);
    return ry - y;
}

QString elide(const Canvas& c, const QString& s, double width, double sizePt)
{
    return QFontMetricsF(c.font(sizePt), c.p.device()).elidedText(s, Qt::ElideRight, width);
}

} // namespace stemwise::ui::pdf
