// Short-term loudness over time (see loudnesscurveview.h).
#include "loudnesscurveview.h"

#include "chartstyle.h"
#include "theme.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

struct LoudnessCurveView::Charts {
    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
};

LoudnessCurveView::LoudnessCurveView(QWidget* parent) : QWidget(parent), m_charts(std::make_unique<Charts>())
{
    auto& c = *m_charts;
    c.chart = detail::makeChart();
    c.x = new QValueAxis;
    c.x->setTitleText(tr("Time (s)"));
    c.x->setLabelFormat(QStringLiteral("%.0f"));
    c.y = new QValueAxis;
    c.y->setTitleText(tr("LUFS"));
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    c.view = new QChartView(c.chart);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(c.view);
    rebuild();
}

LoudnessCurveView::~LoudnessCurveView() = default;

void LoudnessCurveView::setProfile(const core::TrackProfile* profile)
{
    m_curve = profile ? profile->loudness.shortTermCurveLufs : std::vector<core::OptDouble>{};
    m_intervalS = profile ? profile->loudness.curveIntervalS : 1.0;
    m_integrated = profile ? profile->loudness.integratedLufs : std::nullopt;
    rebuild();
}

void LoudnessCurveView::rebuild()
{
    auto& c = *m_charts;
    c.chart->removeAllSeries();
    const ViewColors& colors = viewColors();
    QPen pen(colors.trace);
    pen.setWidthF(1.6);
    QLineSeries* segment = nullptr;
    double lo = 0.0, hi = -70.0;
    m_points = 0;
    for (std::size_t i = 0; i < m_curve.size(); ++i) {
        const auto& v = m_curve[i];
        if (!v || !std::isfinite(*v)) {
            segment = nullptr;  // a gap where the track is silent
            continue;
        }
        if (segment == nullptr) {
            segment = new QLineSeries;
            segment->setPen(pen);
            c.chart->addSeries(segment);
            segment->attachAxis(c.x);
            segment->attachAxis(c.y);
        }
        segment->append(static_cast<double>(i + 1) * m_intervalS, *v);
        lo = m_points == 0 ? *v : std::min(lo, *v);
        hi = std::max(hi, *v);
        ++m_points;
    }
    const double length = std::max(1.0, static_cast<double>(m_curve.size()) * m_intervalS);
    if (m_integrated && m_points > 0) {
        auto* line = new QLineSeries;
        line->append({{0.0, *m_integrated}, {length, *m_integrated}});
        QPen dashed(colors.traceAlt);
        dashed.setStyle(Qt::DashLine);
        dashed.setWidthF(1.2);
        line->setPen(dashed);
        c.chart->addSeries(line);
        line->attachAxis(c.x);
        line->attachAxis(c.y);
    }
    c.x->setRange(0.0, length);
    c.x->setTickType(QValueAxis::TicksDynamic);
    c.x->setTickAnchor(0.0);
    double step = 1.0;
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0}) {
        step = s;
        if (length / s <= 8.0)
            break;
    }
    c.x->setTickInterval(step);
    if (m_points == 0) {
        c.y->setRange(-60.0, 0.0);
    } else {
        c.y->setRange(std::floor((lo - 3.0) / 6.0) * 6.0, std::ceil((hi + 3.0) / 6.0) * 6.0);
    }
    c.chart->setTitle(m_integrated ? tr("Short-term loudness (dashed: integrated %1 LUFS)")
                                         .arg(*m_integrated, 0, 'f', 1)
                                   : tr("Short-term loudness"));
    detail::styleChart(*c.chart);
}

void LoudnessCurveView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

}  // namespace stemwise::ui
