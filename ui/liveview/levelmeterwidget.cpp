// LevelMeterWidget: peak/RMS bars with hold and clip lamps (see levelmeterwidget.h).
#include "liveview/levelmeterwidget.h"

#include "coretext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

constexpr int kScaleWidth = 30;
constexpr int kLampHeight = 10;
constexpr int kTextHeight = 34;
constexpr std::array<double, 9> kTicksDb{0, -3, -6, -12, -18, -24, -36, -48, -60};

QString dbText(double db)
{
    return std::isfinite(db) ? formatNumber(db, 1) : QStringLiteral("-inf");
}

}  // namespace

LevelMeterWidget::LevelMeterWidget(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize LevelMeterWidget::sizeHint() const
{
    return {kScaleWidth + 2 * 44, 300};
}

QSize LevelMeterWidget::minimumSizeHint() const
{
    return {kScaleWidth + 2 * 30, 160};
}

void LevelMeterWidget::setSnapshot(const core::LiveMeterSnapshot& snapshot)
{
    m_channels = snapshot.channels;
    m_meters = snapshot.channel;
    update();
}

void LevelMeterWidget::clear()
{
    m_channels = 0;
    update();
}

double LevelMeterWidget::position(double db) const
{
    if (!std::isfinite(db) || db <= kFloorDb)
        return 0.0;
    if (db >= 0.0)
        return 1.0;
    // Two straight pieces: the top 18 dB get half the height (where levels are judged).
    return db >= -18.0 ? 0.5 + 0.5 * (db + 18.0) / 18.0 : 0.5 * (db - kFloorDb) / (-18.0 - kFloorDb);
}

void LevelMeterWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    const int channels = std::max(m_channels, 2);
    const QRect bars(kScaleWidth, kLampHeight + 4, width() - kScaleWidth - 4, height() - kLampHeight - 8 - kTextHeight);
    const int slot = bars.width() / channels;
    const auto yOf = [&](double db) { return bars.bottom() - static_cast<int>(std::lround(position(db) * bars.height())); };

    // Scale.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    p.setPen(palette().color(QPalette::WindowText));
    for (double tick : kTicksDb) {
        const int y = yOf(tick);
        p.drawText(QRect(0, y - 7, kScaleWidth - 6, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(tick, 'f', 0));
        p.drawLine(kScaleWidth - 4, y, kScaleWidth - 1, y);
    }

    for (int c = 0; c < channels; ++c) {
        const QRect bar(bars.left() + c * slot + 3, bars.top(), slot - 6, bars.height());
        p.fillRect(bar, QColor(18, 20, 22));
        const bool active = c < m_channels;
        const core::LiveChannelMeter m = active ? m_meters[static_cast<std::size_t>(c)] : core::LiveChannelMeter{};
        // RMS: a wide, darker body; peak: a narrower bright bar in its middle, coloured by zone.
        const int rmsTop = yOf(m.rmsDbfs);
        p.fillRect(QRect(bar.left(), rmsTop, bar.width(), bar.bottom() - rmsTop + 1), QColor(40, 110, 70));
        const int peakTop = yOf(m.peakDbfs);
        const QRect peak(bar.left() + bar.width() / 4, peakTop, bar.width() / 2, bar.bottom() - peakTop + 1);
        const int yellow = yOf(-18.0), red = yOf(-3.0);
        p.fillRect(peak.intersected(QRect(bar.left(), yellow, bar.width(), bar.bottom() - yellow + 1)), QColor(80, 210, 110));
        p.fillRect(peak.intersected(QRect(bar.left(), red, bar.width(), yellow - red)), QColor(230, 200, 60));
        p.fillRect(peak.intersected(QRect(bar.left(), bar.top(), bar.width(), red - bar.top())), QColor(235, 70, 60));
        if (std::isfinite(m.peakHoldDbfs) && m.peakHoldDbfs > kFloorDb) {
            const int y = yOf(m.peakHoldDbfs);
            p.fillRect(QRect(bar.left(), y - 1, bar.width(), 2), QColor(240, 240, 240));
        }
        // Clip lamp.
        const QRect lamp(bar.left(), 2, bar.width(), kLampHeight);
        p.fillRect(lamp, m.clipped ? QColor(240, 40, 40) : QColor(60, 25, 25));
        // Numbers: held peak and true-peak maximum.
        p.setPen(palette().color(QPalette::WindowText));
        const QRect text(bar.left() - 2, bars.bottom() + 4, bar.width() + 4, kTextHeight);
        p.drawText(text, Qt::AlignHCenter | Qt::AlignTop,
                   active ? dbText(m.peakHoldDbfs) + QStringLiteral("\nTP ") + dbText(m.truePeakMaxDbtp) : QString());
    }
}

}  // namespace stemwise::ui
