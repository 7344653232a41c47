// LiveSpectrumView: the live spectrum curve (see livespectrumview.h).
#include "liveview/livespectrumview.h"

#include "coretext.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

constexpr double kLowHz = 20.0;
constexpr double kHighHz = 20000.0;
constexpr int kLeft = 34;
constexpr int kBottom = 18;

}  // namespace

LiveSpectrumView::LiveSpectrumView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LiveSpectrumView::setSnapshot(const core::LiveMeterSnapshot& snapshot)
{
    m_db = snapshot.spectrumDb;
    m_nyquistHz = snapshot.sampleRateHz / 2.0;
    m_fftSize = snapshot.fftSize;
    m_valid = snapshot.fftSize > 0;
    update();
}

void LiveSpectrumView::clear()
{
    m_valid = false;
    update();
}

void LiveSpectrumView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const QRectF plot(kLeft, 6, width() - kLeft - 8, height() - 6 - kBottom);
    p.fillRect(plot, QColor(18, 20, 22));
    const auto xOf = [&](double hz) {
        return plot.left() + plot.width() * std::log(hz / kLowHz) / std::log(kHighHz / kLowHz);
    };
    const auto yOf = [&](double db) {
        const double t = std::clamp((db - kFloorDb) / -kFloorDb, 0.0, 1.0);
        return plot.bottom() - t * plot.height();
    };

    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    const QColor grid(55, 60, 66);
    const QColor text = palette().color(QPalette::WindowText);
    for (double hz : {50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0}) {
        const double x = xOf(hz);
        p.setPen(grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(text);
        p.drawText(QRectF(x - 20, plot.bottom() + 2, 40, kBottom - 2), Qt::AlignHCenter | Qt::AlignTop,
                   hzTick(hz));
    }
    for (double db = 0.0; db >= kFloorDb; db -= 20.0) {
        const double y = yOf(db);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - 7, kLeft - 4, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(db, 'f', 0));
    }
    if (!m_valid)
        return;

    QPainterPath curve;
    bool started = false;
    double lastX = plot.left();
    for (std::size_t i = 0; i < core::kSpectrumPoints; ++i) {
        const double hz = core::spectrumPointHz(i);
        if (hz > kHighHz * 1.03 || hz >= m_nyquistHz)
            break;
        const QPointF point(xOf(hz), yOf(m_db[i]));
        if (!started) {
            curve.moveTo(point.x(), plot.bottom());
            curve.lineTo(point);
            started = true;
        } else {
            curve.lineTo(point);
        }
        lastX = point.x();
    }
    if (!started)
        return;
    QPainterPath fill = curve;
    fill.lineTo(lastX, plot.bottom());
    fill.closeSubpath();
    QLinearGradient gradient(plot.topLeft(), plot.bottomLeft());
    gradient.setColorAt(0.0, QColor(90, 170, 255, 170));
    gradient.setColorAt(1.0, QColor(90, 170, 255, 30));
    p.save();
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillPath(fill, gradient);
    p.setPen(QPen(QColor(140, 200, 255), 1.5));
    p.drawPath(curve);
    p.restore();
    p.setPen(QColor(170, 180, 190));  // on the plot's dark background whatever the theme
    p.drawText(plot.adjusted(0, 4, -6, 0), Qt::AlignRight | Qt::AlignTop, QStringLiteral("FFT %1").arg(m_fftSize));
}

}  // namespace stemwise::ui
