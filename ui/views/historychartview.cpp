// Figures across bounces (see historychartview.h).
#include "historychartview.h"

#include "chartstyle.h"
#include "theme.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

struct HistoryChartView::Charts {
    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QValueAxis* x = nullptr;
    QValueAxis* score = nullptr;
    QValueAxis* loudness = nullptr;
};

HistoryChartView::HistoryChartView(QWidget* parent) : QWidget(parent), m_charts(std::make_unique<Charts>())
{
    auto& c = *m_charts;
    c.chart = detail::makeChart();
    c.chart->legend()->show();
    c.chart->legend()->setAlignment(Qt::AlignTop);
    c.x = new QValueAxis;
    c.x->setTitleText(tr("Bounce"));
    c.x->setLabelFormat(QStringLiteral("%.0f"));
    c.score = new QValueAxis;
    c.score->setTitleText(tr("Quality score (0-100)"));
    c.score->setRange(0.0, 100.0);
    c.score->setLabelFormat(QStringLiteral("%.0f"));
    c.loudness = new QValueAxis;
    c.loudness->setTitleText(tr("Loudness (LUFS / dBTP)"));
    c.loudness->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.score, Qt::AlignLeft);
    c.chart->addAxis(c.loudness, Qt::AlignRight);
    c.view = new QChartView(c.chart);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(c.view);
    rebuild();
}

HistoryChartView::~HistoryChartView() = default;

void HistoryChartView::setPoints(std::vector<Point> points)
{
    m_points = std::move(points);
    rebuild();
}

void HistoryChartView::rebuild()
{
    auto& c = *m_charts;
    c.chart->removeAllSeries();
    const ViewColors& colors = viewColors();
    auto addSeries = [&](const QString& name, const QColor& color, QAbstractAxis* y) {
        auto* s = new QLineSeries;
        s->setName(name);
        QPen pen(color);
        pen.setWidthF(2.0);
        s->setPen(pen);
        s->setPointsVisible(true);
        c.chart->addSeries(s);
        s->attachAxis(c.x);
        s->attachAxis(y);
        return s;
    };
    QLineSeries* score = addSeries(tr("Quality score"), colors.good, c.score);
    QLineSeries* integrated = addSeries(tr("Integrated (LUFS)"), colors.trace, c.loudness);
    QLineSeries* peak = addSeries(tr("True peak (dBTP)"), colors.traceAlt, c.loudness);
    double lo = -30.0, hi = 0.0;
    bool any = false;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const double x = static_cast<double>(i + 1);
        score->append(x, m_points[i].qualityScore);
        for (const auto& [value, series] : {std::pair{m_points[i].integratedLufs, integrated},
                                            std::pair{m_points[i].truePeakDbtp, peak}}) {
            if (!value || !std::isfinite(*value))
                continue;
            series->append(x, *value);
            lo = any ? std::min(lo, *value) : *value;
            hi = any ? std::max(hi, *value) : *value;
            any = true;
        }
    }
    const int n = std::max(2, static_cast<int>(m_points.size()));
    c.x->setRange(0.5, n + 0.5);
    c.x->setTickType(QValueAxis::TicksDynamic);
    c.x->setTickAnchor(1.0);
    c.x->setTickInterval(1.0);
    c.loudness->setRange(std::floor((lo - 3.0) / 6.0) * 6.0, std::max(0.0, std::ceil((hi + 3.0) / 6.0) * 6.0));
    c.chart->setTitle(tr("Across bounces"));
    detail::styleChart(*c.chart);
}

void HistoryChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

}  // namespace stemwise::ui
