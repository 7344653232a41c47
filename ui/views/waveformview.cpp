// Waveform overview with onset markers (see waveformview.h).
#include "waveformview.h"

#include "theme.h"
#include "transport/timelinecursor.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

// `src` over an opaque pixel.
QRgb over(QRgb dst, const QColor& src)
{
    const int a = src.alpha();
    auto mix = [a](int s, int d) { return (s * a + d * (255 - a) + 127) / 255; };
    return qRgb(mix(src.red(), qRed(dst)), mix(src.green(), qGreen(dst)), mix(src.blue(), qBlue(dst)));
}

}  // namespace

WaveformView::WaveformView(QWidget* parent) : QWidget(parent), m_cursor(new TimelineCursor(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // After the cursor's filter, so this one sees a click first: a click on the strip chooses
    // a section instead of seeking.
    installEventFilter(this);
}

int WaveformView::sectionAt(const QPoint& point) const
{
    if (!m_stripRect.contains(point) || m_stripTotalS <= 0.0)
        return -1;
    const double t = m_stripTotalS * (point.x() - m_stripRect.left()) / std::max(1, m_stripRect.width());
    for (std::size_t i = 0; i < m_sections.size(); ++i)
        if (t >= m_sections[i].startS && t < m_sections[i].endS)
            return static_cast<int>(i);
    return m_sections.empty() ? -1 : static_cast<int>(m_sections.size()) - 1;
}

bool WaveformView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != this || (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease))
        return QWidget::eventFilter(watched, event);
    auto* e = static_cast<QMouseEvent*>(event);
    if (e->button() != Qt::LeftButton)
        return false;
    const int section = sectionAt(e->position().toPoint());
    if (section < 0)
        return false;
    if (event->type() == QEvent::MouseButtonRelease)
        emit sectionClicked(section);
    return true;
}

void WaveformView::setProfile(const core::TrackProfile* profile)
{
    m_overview = profile ? profile->overview : core::WaveformOverview{};
    m_onsetsS = profile ? profile->rhythm.onsetTimesS : std::vector<double>{};
    m_durationS = profile ? profile->file.format.durationS() : 0.0;
    m_plot = QImage();
    update();
}

void WaveformView::setSections(std::vector<SectionSpan> sections)
{
    m_sections = std::move(sections);
    update();
}

void WaveformView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_plot = QImage();  // the theme's colours
    QWidget::changeEvent(event);
}

QRect WaveformView::plotRect() const
{
    const int line = QFontMetrics(font()).height();
    return {8, line + 8, width() - 16, height() - 2 * line - 16};
}

void WaveformView::renderPlot(const QSize& size)
{
    const ViewColors& c = viewColors();
    const qreal dpr = devicePixelRatioF();
    const int w = std::max(1, static_cast<int>(std::lround(size.width() * dpr)));
    const int h = std::max(1, static_cast<int>(std::lround(size.height() * dpr)));
    m_plot = QImage(w, h, QImage::Format_RGB32);
    m_plot.fill(c.plotBackground);
    const auto channels = static_cast<int>(m_overview.channels.size());
    const std::size_t spans = m_overview.channels.front().max.size();
    const double totalS = std::max(m_durationS, m_overview.bucketS * static_cast<double>(spans));
    const double laneH = static_cast<double>(h) / channels;
    const QRgb grid = c.grid.rgb();
    const QRgb trace = c.trace.rgb();
    for (int ch = 0; ch < channels; ++ch) {
        const auto& lane = m_overview.channels[static_cast<std::size_t>(ch)];
        const double mid = laneH * (ch + 0.5);
        const double half = laneH * 0.46;
        auto* centre = reinterpret_cast<QRgb*>(m_plot.scanLine(std::clamp(static_cast<int>(mid), 0, h - 1)));
        std::fill(centre, centre + w, grid);
        // One vertical stroke per pixel column: the extremes of the spans it covers.
        for (int x = 0; x < w; ++x) {
            const auto first = static_cast<std::size_t>(static_cast<double>(x) / w * static_cast<double>(spans));
            const auto last = std::max(first + 1, static_cast<std::size_t>(static_cast<double>(x + 1) / w
                                                                            * static_cast<double>(spans)));
            int lo = 32767, hi = -32767;
            for (std::size_t s = first; s < std::min(last, spans); ++s) {
                lo = std::min<int>(lo, lane.min[s]);
                hi = std::max<int>(hi, lane.max[s]);
            }
            if (lo > hi)
                continue;
            const int y0 = std::clamp(static_cast<int>(mid - half * hi / 32767.0), 0, h - 1);
            const int y1 = std::clamp(static_cast<int>(mid - half * lo / 32767.0), y0, h - 1);
            for (int y = y0; y <= y1; ++y)
                reinterpret_cast<QRgb*>(m_plot.scanLine(y))[x] = trace;
        }
    }
    // Onsets: one marker per pixel column however many fall into it; a full-height line each
    // while they are sparse, a rug of ticks along the top and bottom edges when dense.
    std::vector<int> count(static_cast<std::size_t>(w), 0);
    for (double t : m_onsetsS) {
        const int x = static_cast<int>(static_cast<double>(w) * (t / totalS));
        if (x >= 0 && x < w)
            ++count[static_cast<std::size_t>(x)];
    }
    const double spacing = static_cast<double>(size.width()) / static_cast<double>(std::max<std::size_t>(1, m_onsetsS.size()));
    m_rug = !m_onsetsS.empty() && spacing < kMinMarkerSpacingPx;
    const int most = std::max(1, *std::max_element(count.begin(), count.end()));
    const int tick = std::min(h / 4, static_cast<int>(std::lround(7.0 * dpr)));
    for (int y = 0; y < h; ++y) {
        if (m_rug && y >= tick && y < h - tick)
            continue;
        auto* row = reinterpret_cast<QRgb*>(m_plot.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int n = count[static_cast<std::size_t>(x)];
            if (n == 0)
                continue;
            QColor ink = c.marker;
            if (m_rug)  // darker where more onsets fall into the column
                ink.setAlpha(std::clamp(96 + 159 * n / most, 96, 255));
            row[x] = over(row[x], ink);
        }
    }
    m_plot.setDevicePixelRatio(dpr);
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const ViewColors& c = viewColors();
    const int line = paintViewTitle(p, *this, Qt::AlignLeft,
                                    m_onsetsS.empty() ? tr("Waveform")
                                                      : tr("Waveform (markers: %n onset(s))", nullptr,
                                                           static_cast<int>(m_onsetsS.size())));
    const QRect plot = plotRect();
    if (m_overview.channels.empty() || plot.width() < 10 || plot.height() < 10) {
        m_cursor->setGeometry(plot, 0.0);
        p.setPen(c.axisText);
        p.drawText(plot, Qt::AlignCenter,
                   m_durationS > 0.0 ? tr("No waveform overview stored for this analysis") : QString());
        return;
    }
    if (m_plot.isNull() || m_plot.deviceIndependentSize().toSize() != plot.size()
        || m_plot.devicePixelRatio() != devicePixelRatioF())
        renderPlot(plot.size());
    p.drawImage(plot.topLeft(), m_plot);
    // Time axis: a tick every 1, 2, 5, 10, … s so that ticks are at least 60 px apart.
    const std::size_t spans = m_overview.channels.front().max.size();
    const double totalS = std::max(m_durationS, m_overview.bucketS * static_cast<double>(spans));
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
    // The sections: a strip along the plot's top, a line down the plot at each boundary.
    m_stripRect = QRect();
    if (m_sections.size() > 1 || (m_sections.size() == 1 && m_sections.front().endS < totalS - 0.5)) {
        const QFontMetrics fm(font());
        const int stripH = fm.height() + 2;
        m_stripRect = QRect(plot.left(), plot.top(), plot.width(), stripH);
        m_stripTotalS = totalS;
        for (std::size_t i = 0; i < m_sections.size(); ++i) {
            const SectionSpan& s = m_sections[i];
            const double x0 = plot.left() + plot.width() * std::clamp(s.startS / totalS, 0.0, 1.0);
            const double x1 = plot.left() + plot.width() * std::clamp(s.endS / totalS, 0.0, 1.0);
            QColor shade = c.axisText;
            shade.setAlpha(i % 2 == 0 ? 70 : 40);
            p.fillRect(QRectF(x0, plot.top(), x1 - x0, stripH), shade);
            if (i > 0) {
                p.setPen(QPen(c.axisText, 1.0, Qt::DashLine));
                p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
            }
            p.setPen(c.axisText);
            const QString text = fm.elidedText(s.label, Qt::ElideRight, std::max(0, static_cast<int>(x1 - x0) - 6));
            p.drawText(QRectF(x0 + 3, plot.top(), x1 - x0 - 6, stripH), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
    }
    m_cursor->setGeometry(plot, totalS);
    m_cursor->paint(p);
}

}  // namespace stemwise::ui
