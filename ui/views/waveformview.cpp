// Waveform overview with onset markers (see waveformview.h).
#include "waveformview.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void WaveformView::setProfile(const core::TrackProfile* profile)
{
    m_overview = profile ? profile->overview : core::WaveformOverview{};
    m_onsetsS = profile ? profile->rhythm.onsetTimesS : std::vector<double>{};
    m_durationS = profile ? profile->file.format.durationS() : 0.0;
    update();
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    p.fillRect(rect(), c.plotBackground);
    const QFontMetrics fm(font());
    const int line = fm.height();
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 4, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
               m_onsetsS.empty() ? tr("Waveform") : tr("Waveform (markers: %n onset(s))", nullptr,
                                                       static_cast<int>(m_onsetsS.size())));
    const QRect plot(8, line + 8, width() - 16, height() - 2 * line - 16);
    if (m_overview.channels.empty() || plot.width() < 10 || plot.height() < 10) {
        p.setPen(c.axisText);
        p.drawText(plot, Qt::AlignCenter,
                   m_durationS > 0.0 ? tr("No waveform overview stored for this analysis") : QString());
        return;
    }
    const auto channels = static_cast<int>(m_overview.channels.size());
    const double laneH = static_cast<double>(plot.height()) / channels;
    const std::size_t spans = m_overview.channels.front().max.size();
    const double totalS = std::max(m_durationS, m_overview.bucketS * static_cast<double>(spans));
    for (int ch = 0; ch < channels; ++ch) {
        const auto& lane = m_overview.channels[static_cast<std::size_t>(ch)];
        const double mid = plot.top() + laneH * (ch + 0.5);
        const double half = laneH * 0.46;
        p.setPen(c.grid);
        p.drawLine(QPointF(plot.left(), mid), QPointF(plot.right(), mid));
        // One vertical stroke per pixel column: the extremes of the spans it covers.
        p.setPen(QPen(c.trace, 1.0));
        const int columns = plot.width();
        for (int x = 0; x < columns; ++x) {
            const auto first = static_cast<std::size_t>(static_cast<double>(x) / columns * static_cast<double>(spans));
            const auto last = std::max(first + 1, static_cast<std::size_t>(static_cast<double>(x + 1) / columns
                                                                            * static_cast<double>(spans)));
            int lo = 32767, hi = -32767;
            for (std::size_t s = first; s < std::min(last, spans); ++s) {
                lo = std::min<int>(lo, lane.min[s]);
                hi = std::max<int>(hi, lane.max[s]);
            }
            if (lo > hi)
                continue;
            const double y0 = mid - half * hi / 32767.0;
            const double y1 = mid - half * lo / 32767.0;
            p.drawLine(QPointF(plot.left() + x + 0.5, y0), QPointF(plot.left() + x + 0.5, std::max(y1, y0 + 1.0)));
        }
    }
    // Onsets.
    p.setPen(QPen(c.marker, 1.0));
    for (double t : m_onsetsS) {
        const double x = plot.left() + plot.width() * (t / totalS);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    // Time axis: a tick every 1, 2, 5, 10, … s so that ticks are at least 60 px apart.
    double step = 1.0;
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0}) {
        step = s;
        if (plot.width() * s / totalS >= 60.0)
            break;
    }
    p.setPen(c.axisText);
    for (double t = 0.0; t <= totalS + 1e-9; t += step) {
        const double x = plot.left() + plot.width() * (t / totalS);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString label = t == 0.0 ? tr("0 s") : QStringLiteral("%1").arg(t, 0, 'f', 0);
        p.drawText(QRectF(x - 30, plot.bottom() + 4, 60, line), Qt::AlignHCenter | Qt::AlignTop, label);
    }
}

}  // namespace stemwise::ui
