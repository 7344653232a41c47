// The key to a view's colours (see colorlegend.h).
#include "colorlegend.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace stemwise::ui {

namespace {

constexpr int kSwatchW = 18;
constexpr int kRampW = 72;
constexpr int kGap = 6;       // between a swatch and its words
constexpr int kSpacing = 16;  // between entries
constexpr int kMargin = 4;

}  // namespace

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ColorLegend::setEntries(std::vector<Entry> entries)
{
    m_entries = std::move(entries);
    setToolTip(text());
    updateGeometry();
    update();
}

QString ColorLegend::text() const
{
    QStringList parts;
    for (const Entry& e : m_entries)
        parts << (e.to ? QStringLiteral("%1: %2 … %3").arg(e.label, e.fromText, e.toText) : e.label);
    return parts.join(QStringLiteral("; "));
}

int ColorLegend::entryWidth(const Entry& e) const
{
    const QFontMetrics fm(font());
    if (e.to)
        return fm.horizontalAdvance(e.label) + kGap + fm.horizontalAdvance(e.fromText) + 4 + kRampW + 4
               + fm.horizontalAdvance(e.toText);
    if (!e.fill.isValid() && !e.outline)
        return fm.horizontalAdvance(e.label) + 2;  // words alone (a notation)
    return kSwatchW + kGap + fm.horizontalAdvance(e.label) + 2;
}

int ColorLegend::layout(int width, std::vector<QRect>* rects) const
{
    const int lineH = fontMetrics().height() + 4;
    int x = kMargin;
    int y = kMargin;
    for (const Entry& e : m_entries) {
        const int w = std::min(entryWidth(e), std::max(1, width - 2 * kMargin));
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += lineH;
        }
        if (rects != nullptr)
            rects->emplace_back(x, y, w, lineH);
        x += w + kSpacing;
    }
    return m_entries.empty() ? 0 : y + lineH + kMargin;
}

int ColorLegend::heightForWidth(int width) const
{
    return layout(width, nullptr);
}

QSize ColorLegend::sizeHint() const
{
    int w = kMargin;
    for (const Entry& e : m_entries)
        w += entryWidth(e) + kSpacing;
    return {w, layout(w, nullptr)};
}

QSize ColorLegend::minimumSizeHint() const
{
    return {60, fontMetrics().height() + 4 + 2 * kMargin};
}

void ColorLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    std::vector<QRect> rects;
    layout(width(), &rects);
    const QFontMetrics fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    for (std::size_t i = 0; i < m_entries.size() && i < rects.size(); ++i) {
        const Entry& e = m_entries[i];
        const QRect r = rects[i];
        const int swatchTop = r.top() + 3;
        const int swatchH = r.height() - 6;
        int x = r.left();
        p.setPen(text);
        if (e.to) {
            const int labelW = fm.horizontalAdvance(e.label);
            p.drawText(QRect(x, r.top(), labelW, r.height()), Qt::AlignVCenter, e.label);
            x += labelW + kGap;
            p.drawText(QRect(x, r.top(), fm.horizontalAdvance(e.fromText), r.height()), Qt::AlignVCenter, e.fromText);
            x += fm.horizontalAdvance(e.fromText) + 4;
            const QRect ramp(x, swatchTop, kRampW, swatchH);
            if (e.under.isValid())
                p.fillRect(ramp, e.under);
            QLinearGradient gradient(ramp.topLeft(), ramp.topRight());
            gradient.setColorAt(0.0, e.fill);
            if (e.mid)
                gradient.setColorAt(0.5, *e.mid);
            gradient.setColorAt(1.0, *e.to);
            p.fillRect(ramp, gradient);
            x += kRampW + 4;
            p.drawText(QRect(x, r.top(), fm.horizontalAdvance(e.toText), r.height()), Qt::AlignVCenter, e.toText);
            continue;
        }
        if (!e.fill.isValid() && !e.outline) {
            p.drawText(r, Qt::AlignVCenter, fm.elidedText(e.label, Qt::ElideRight, r.width()));
            continue;
        }
        const QRect swatch(x, swatchTop, kSwatchW, swatchH);
        if (e.under.isValid())
            p.fillRect(swatch, e.under);
        if (e.fill.isValid())
            p.fillRect(swatch, e.fill);
        if (e.outline) {
            p.setPen(QPen(*e.outline, 2.0));
            p.drawRect(swatch.adjusted(1, 1, -1, -1));
        }
        p.setPen(text);
        p.drawText(QRect(x + kSwatchW + kGap, r.top(), r.width() - kSwatchW - kGap, r.height()), Qt::AlignVCenter,
                   fm.elidedText(e.label, Qt::ElideRight, r.width() - kSwatchW - kGap));
    }
}

}  // namespace stemwise::ui
