// Short-term loudness over time (see loudnesscurveview.h).
#include "loudnesscurveview.h"

#include "coretext.h"

#include "theme.h"
#include "transport/timelinecursor.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

// A step of 1, 2, 5, 10, … units so that `span` holds at most `maxTicks` of them.
double niceStep(double span, int maxTicks)
{
    for (double s : {1.0, 2.0, 3.0, 5.0, 6.0, 10.0, 12.0, 15.0, 20.0, 30.0, 60.0, 120.0, 300.0, 600.0})
        if (span / s <= maxTicks)
            return s;
    return 1200.0;
}

QString minusSign(QString text)
{
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
}

}  // namespace

LoudnessCurveView::LoudnessCurveView(QWidget* parent) : QWidget(parent), m_cursor(new TimelineCursor(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMinimumHeight(170);
}

void LoudnessCurveView::setProfile(const core::TrackProfile* profile)
{
    m_curve = profile ? profile->loudness.shortTermCurveLufs : std::vector<core::OptDouble>{};
    m_intervalS = profile ? profile->loudness.curveIntervalS : 1.0;
    m_integrated = profile ? profile->loudness.integratedLufs : std::nullopt;
    m_points = 0;
    double lo = 0.0, hi = -70.0;
    for (const auto& v : m_curve) {
        if (!v || !std::isfinite(*v))
            continue;
        lo = m_points == 0 ? *v : std::min(lo, *v);
        hi = std::max(hi, *v);
        ++m_points;
    }
    if (m_points == 0) {
        m_lowLufs = -60.0;
        m_highLufs = 0.0;
    } else {
        m_lowLufs = std::floor((lo - 3.0) / 6.0) * 6.0;
        m_highLufs = std::ceil((hi + 3.0) / 6.0) * 6.0;
    }
    update();
}

void LoudnessCurveView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ViewColors& c = viewColors();
    const QFontMetrics fm(font());
    const int line = paintViewTitle(
        p, *this, Qt::AlignHCenter,
        m_integrated ? tr("Short-term loudness (dashed: integrated %1 LUFS)").arg(minusSign(formatNumber(*m_integrated, 1)))
                     : tr("Short-term loudness"));
    const int left = fm.horizontalAdvance(QStringLiteral("\u2212888")) + line + 10;
    const QRectF plot(left, line + 12, width() - left - 12, height() - 3 * line - 18);
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const double lengthS = std::max(1.0, static_cast<double>(m_curve.size()) * m_intervalS);
    auto xOf = [&](double t) { return plot.left() + plot.width() * t / lengthS; };
    auto yOf = [&](double lufs) {
        return plot.bottom() - plot.height() * (lufs - m_lowLufs) / std::max(1.0, m_highLufs - m_lowLufs);
    };

    // Grid and axes: LUFS every 3/6/… LU, time every 1/2/5/… s.
    p.setPen(c.axisText);
    const double yStep = niceStep(m_highLufs - m_lowLufs, 6);
    for (double v = std::ceil(m_lowLufs / yStep) * yStep; v <= m_highLufs + 1e-9; v += yStep) {
        const double y = yOf(v);
        p.setPen(c.grid);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(c.axisText);
        p.drawText(QRectF(line + 2, y - line / 2.0, left - line - 8, line), Qt::AlignRight | Qt::AlignVCenter,
                   minusSign(QString::number(v, 'f', 0)));
    }
    const double xStep = niceStep(lengthS, 8);
    for (double t = 0.0; t <= lengthS + 1e-9; t += xStep) {
        const double x = xOf(t);
        p.setPen(c.grid);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(c.axisText);
        p.drawText(QRectF(x - 30, plot.bottom() + 3, 60, line), Qt::AlignHCenter | Qt::AlignTop, QString::number(t, 'f', 0));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line), Qt::AlignHCenter, tr("Time (s)"));
    p.save();
    p.translate(4, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line), Qt::AlignCenter, tr("LUFS"));
    p.restore();

    // The curve, broken where the track is silent (each value is the end of its interval).
    QPainterPath path;
    bool open = false;
    for (std::size_t i = 0; i < m_curve.size(); ++i) {
        const auto& v = m_curve[i];
        if (!v || !std::isfinite(*v)) {
            open = false;
            continue;
        }
        const QPointF at(xOf(static_cast<double>(i + 1) * m_intervalS), yOf(*v));
        if (open)
            path.lineTo(at);
        else
            path.moveTo(at);
        open = true;
    }
    p.setClipRect(plot);
    p.setPen(QPen(c.trace, 1.6));
    p.drawPath(path);
    if (m_integrated && m_points > 0) {
        QPen dashed(c.traceAlt, 1.2);
        dashed.setStyle(Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(plot.left(), yOf(*m_integrated)), QPointF(plot.right(), yOf(*m_integrated)));
    }
    m_cursor->setGeometry(plot.toRect(), m_points > 0 ? lengthS : 0.0);
    m_cursor->paint(p);
}

}  // namespace stemwise::ui
