// Playhead, loop region and click-to-seek / drag-to-loop over a time axis (see timelinecursor.h).
#include "transport/timelinecursor.h"

#include "theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

constexpr int kDragPx = 4;  // a press that moves less is a click

}  // namespace

TimelineCursor::TimelineCursor(QWidget* view) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
    view->setCursor(Qt::IBeamCursor);
    view->setToolTip(tr("Click to play from here; drag to loop a stretch"));
}

void TimelineCursor::setGeometry(const QRect& plot, double durationS)
{
    m_plot = plot;
    m_durationS = durationS;
}

int TimelineCursor::xOf(double seconds) const
{
    if (m_durationS <= 0.0 || m_plot.width() <= 0)
        return -1;
    return m_plot.left() + static_cast<int>(std::lround(m_plot.width() * std::clamp(seconds / m_durationS, 0.0, 1.0)));
}

int TimelineCursor::playheadX() const
{
    return m_playheadS > m_durationS ? -1 : xOf(m_playheadS);
}

double TimelineCursor::timeAt(int x) const
{
    if (m_plot.width() <= 0)
        return 0.0;
    return std::clamp(static_cast<double>(x - m_plot.left()) / m_plot.width(), 0.0, 1.0) * m_durationS;
}

void TimelineCursor::setPlayhead(double positionS)
{
    const int before = playheadX();
    m_playheadS = positionS;
    const int after = playheadX();
    if (before == after)
        return;
    // Only the two columns the line leaves and enters: the view's cached plot is not redrawn.
    for (int x : {before, after})
        if (x >= 0)
            m_view->update(QRect(x - 2, m_plot.top(), 5, m_plot.height() + 1));
}

void TimelineCursor::setLoop(std::optional<std::pair<double, double>> loop)
{
    if (loop == m_loop)
        return;
    m_loop = loop;
    m_view->update(m_plot);
}

void TimelineCursor::paint(QPainter& p) const
{
    if (m_durationS <= 0.0 || m_plot.width() <= 0)
        return;
    const ViewColors& c = viewColors();
    const auto loop = m_dragLoop ? m_dragLoop : m_loop;
    if (loop) {
        QColor shade = c.marker;
        shade.setAlpha(48);
        const int a = xOf(loop->first);
        const int b = xOf(loop->second);
        p.fillRect(QRect(QPoint(a, m_plot.top()), QPoint(b, m_plot.bottom())), shade);
        p.setPen(QPen(c.marker, 1.0));
        p.drawLine(a, m_plot.top(), a, m_plot.bottom());
        p.drawLine(b, m_plot.top(), b, m_plot.bottom());
    }
    const int x = playheadX();
    if (x >= 0) {
        p.setPen(QPen(m_view->palette().color(QPalette::Highlight), 2.0));
        p.drawLine(x, m_plot.top(), x, m_plot.bottom());
    }
}

bool TimelineCursor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || m_durationS <= 0.0)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton || !m_plot.contains(e->position().toPoint()))
            return false;
        m_pressX = e->position().toPoint().x();
        return true;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (!m_pressX)
            return false;
        const int x = e->position().toPoint().x();
        if (std::abs(x - *m_pressX) >= kDragPx) {
            m_dragLoop = std::pair{timeAt(std::min(x, *m_pressX)), timeAt(std::max(x, *m_pressX))};
            m_view->update(m_plot);
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (!m_pressX || e->button() != Qt::LeftButton)
            return false;
        const int from = *m_pressX;
        m_pressX.reset();
        if (m_dragLoop) {
            const auto loop = *m_dragLoop;
            m_dragLoop.reset();
            emit loopRequested(loop.first, loop.second);
        } else {
            emit seekRequested(timeAt(from));
        }
        return true;
    }
    default:
        return false;
    }
}

}  // namespace stemwise::ui
