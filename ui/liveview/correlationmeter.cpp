// CorrelationMeter: −1…+1 scale with a marker (see correlationmeter.h).
#include "liveview/correlationmeter.h"

#include "coretext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

CorrelationMeter::CorrelationMeter(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CorrelationMeter::setSnapshot(const core::LiveMeterSnapshot& snapshot)
{
    m_stereo = snapshot.hasStereo;
    m_correlation = snapshot.correlation;
    m_width = snapshot.width;
    update();
}

void CorrelationMeter::clear()
{
    m_stereo = false;
    update();
}

void CorrelationMeter::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    const QRect bar(16, 4, width() - 150, 16);
    p.fillRect(bar, QColor(18, 20, 22));
    const auto xOf = [&](double c) { return bar.left() + static_cast<int>(std::lround((c + 1.0) / 2.0 * bar.width())); };
    p.fillRect(QRect(bar.left(), bar.top(), xOf(0.0) - bar.left(), bar.height()), QColor(70, 25, 25));
    p.setPen(palette().color(QPalette::WindowText));
    for (double c : {-1.0, -0.5, 0.0, 0.5, 1.0}) {
        const int x = xOf(c);
        p.drawLine(x, bar.bottom() + 1, x, bar.bottom() + 4);
        p.drawText(QRect(x - 14, bar.bottom() + 4, 28, 14), Qt::AlignHCenter | Qt::AlignTop,
                   c == 0.0 ? QStringLiteral("0") : formatNumber(c, 1));
    }
    if (!m_stereo) {
        p.drawText(QRect(bar.right() + 24, 0, width() - bar.right() - 24, height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("mono input"));
        return;
    }
    const int x = xOf(std::clamp(m_correlation, -1.0, 1.0));
    const QColor marker = m_correlation < 0.0 ? QColor(240, 70, 60) : QColor(100, 220, 130);
    const int zero = xOf(0.0);
    p.fillRect(QRect(std::min(x, zero), bar.top() + 4, std::abs(x - zero) + 1, bar.height() - 8), marker.darker(160));
    p.fillRect(QRect(x - 2, bar.top(), 5, bar.height()), marker);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(bar.right() + 24, 0, width() - bar.right() - 24, height()), Qt::AlignLeft | Qt::AlignVCenter,
               tr("corr %1\nwidth %2").arg(formatNumber(m_correlation, 2), formatNumber(m_width, 2)));
}

}  // namespace stemwise::ui
