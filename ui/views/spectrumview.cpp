// Long-term spectrum chart (see spectrumview.h).
#include "spectrumview.h"

#include "coretext.h"

#include "chartstyle.h"
#include "theme.h"

#include "views/bandbalanceview.h"

#include "dsp/spectrumsmoothing.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace stemwise::ui {

struct SpectrumView::Charts {
    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QLogValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
    QLineSeries* curve = nullptr;
    // One shaded area per band, made once and hidden where the type expects nothing:
    // adding and removing series re-lays the chart out (milliseconds each on the UI thread).
    std::array<QAreaSeries*, core::kBandCount> areas{};
    std::array<QLineSeries*, core::kBandCount> upper{};
    std::array<QLineSeries*, core::kBandCount> lower{};
    int shownAreas = 0;
};

SpectrumView::SpectrumView(QWidget* parent) : QWidget(parent), m_charts(std::make_unique<Charts>())
{
    auto& c = *m_charts;
    c.chart = detail::makeChart();
    c.x = new QLogValueAxis;
    c.x->setBase(10.0);
    c.x->setRange(20.0, 20000.0);
    c.x->setLabelFormat(QStringLiteral("%g"));
    c.x->setMinorTickCount(8);
    c.x->setTitleText(tr("Frequency (Hz)"));
    c.y = new QValueAxis;
    c.y->setTitleText(tr("Level (dB)"));
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (std::size_t band = 0; band < core::kBandCount; ++band) {
        c.upper[band] = new QLineSeries;
        c.lower[band] = new QLineSeries;
        c.areas[band] = new QAreaSeries(c.upper[band], c.lower[band]);
        c.upper[band]->setParent(c.areas[band]);
        c.lower[band]->setParent(c.areas[band]);
        c.chart->addSeries(c.areas[band]);
        c.areas[band]->attachAxis(c.x);
        c.areas[band]->attachAxis(c.y);
        c.areas[band]->setVisible(false);
    }
    // The curve above the shading (added last).
    c.curve = new QLineSeries;
    c.curve->setName(tr("Spectrum"));
    c.chart->addSeries(c.curve);
    c.curve->attachAxis(c.x);
    c.curve->attachAxis(c.y);
    c.view = new QChartView(c.chart);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumHeight(200);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(c.view);
    rebuild();
}

SpectrumView::~SpectrumView() = default;

void SpectrumView::setProfile(const core::TrackProfile* profile)
{
    if (profile == nullptr) {
        m_frequencyHz.clear();
        m_db.clear();
        m_type.clear();
    } else {
        m_frequencyHz = profile->spectrum.ltasFrequencyHz;
        m_db = profile->spectrum.ltasDb;
        m_type = profile->type;
    }
    rebuild();
}

void SpectrumView::setReferenceRanges(const std::array<std::optional<std::pair<double, double>>, core::kBandCount>& ranges,
                                      int references)
{
    m_referenceRanges = ranges;
    m_references = std::max(0, references);
    if (!m_db.empty())
        rebuild();
}

void SpectrumView::setSmoothing(int fractionOfOctave)
{
    const int f = std::clamp(fractionOfOctave, 1, 24);
    if (f == m_fraction)
        return;
    m_fraction = f;
    rebuild();
}

int SpectrumView::expectedAreas() const
{
    return m_charts->shownAreas;
}

std::vector<std::pair<double, double>> SpectrumView::expectedSpansHz() const
{
    std::vector<std::pair<double, double>> spans;
    for (const QAreaSeries* a : m_charts->areas)
        if (a->isVisible() && a->upperSeries()->count() == 2)
            spans.emplace_back(a->upperSeries()->at(0).x(), a->upperSeries()->at(1).x());
    return spans;
}

std::vector<double> SpectrumView::smooth(const std::vector<double>& db, int fraction)
{
    return core::smoothSpectrumDb(db, 24, fraction);  // the profile's LTAS: 24 points per octave
}

void SpectrumView::rebuild()
{
    auto& c = *m_charts;
    std::array<bool, core::kBandCount> shown{};
    m_shownDb = smooth(m_db, m_fraction);
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(m_shownDb.size()));
    double top = -200.0;
    for (std::size_t i = 0; i < m_shownDb.size() && i < m_frequencyHz.size(); ++i) {
        points.append({m_frequencyHz[i], m_shownDb[i]});
        top = std::max(top, m_shownDb[i]);
    }
    c.curve->replace(points);
    // 80 dB in 20 dB steps with a 10 dB minor grid: labels that fit a short chart.
    const double yMax = points.isEmpty() ? 0.0 : std::ceil((top + 6.0) / 20.0) * 20.0;
    const double yMin = yMax - 80.0;
    c.y->setRange(yMin, yMax);
    c.y->setTickCount(5);
    c.y->setMinorTickCount(1);

    if (!points.isEmpty() && !m_type.empty()) {
        // Energy per point of the unsmoothed LTAS; a band at its maximum share s spread over
        // its n points puts s·E/n in each.
        double total = 0.0;
        for (double v : m_db)
            total += std::pow(10.0, v / 10.0);
        const auto ranges = m_references > 0 ? m_referenceRanges : BandBalanceView::limitsFor(m_type);
        for (std::size_t band = 0; band < core::kBandCount; ++band) {
            if (!ranges[band])
                continue;
            const auto [minShare, share] = *ranges[band];
            const auto& edges = core::kBands[band];
            int inBand = 0;
            for (double f : m_frequencyHz)
                inBand += f >= edges.lowHz && f < edges.highHz ? 1 : 0;
            if (inBand == 0 || total <= 0.0)
                continue;
            const double ceilingDb = std::min(yMax, 10.0 * std::log10(std::max(share * total / inBand, 1e-15)));
            const double floorDb = minShare > 0.0 ? std::max(yMin, 10.0 * std::log10(minShare * total / inBand)) : yMin;
            c.upper[band]->replace(QList<QPointF>{{edges.lowHz, ceilingDb}, {edges.highHz, ceilingDb}});
            c.lower[band]->replace(QList<QPointF>{{edges.lowHz, floorDb}, {edges.highHz, floorDb}});
            const QString who = m_references > 0 ? tr("10–90 % of your %n reference(s)", nullptr, m_references)
                                                  : tr("Expected for %1").arg(CoreText::trackType(m_type));
            c.areas[band]->setName(tr("%1: %2 from %3 to %4 % of the energy")
                              .arg(who, CoreText::band(std::string(edges.key)))
                              .arg(minShare * 100.0, 0, 'f', minShare < 0.1 ? 1 : 0)
                              .arg(share * 100.0, 0, 'f', share < 0.1 ? 1 : 0));
            shown[band] = true;
        }
    }
    c.shownAreas = 0;
    for (std::size_t band = 0; band < core::kBandCount; ++band) {
        c.areas[band]->setVisible(shown[band]);
        c.shownAreas += shown[band] ? 1 : 0;
    }

    detail::styleChart(*c.chart);
    const ViewColors& colors = viewColors();
    QPen pen(colors.trace);
    pen.setWidthF(1.6);
    c.curve->setPen(pen);
    for (QAreaSeries* a : c.areas) {
        if (!a->isVisible())
            continue;
        a->setBrush(colors.expected);
        QPen edge(colors.good);
        edge.setStyle(Qt::DashLine);
        a->setPen(edge);
    }
    c.chart->setTitle(points.isEmpty()       ? tr("Long-term spectrum")
                      : m_references > 0 ? tr("Long-term spectrum, 1/%1 octave (shaded: 10–90 % of your %n reference(s))",
                                              nullptr, m_references)
                                               .arg(m_fraction)
                                         : tr("Long-term spectrum, 1/%1 octave (shaded: expected range for %2)")
                                               .arg(m_fraction)
                                               .arg(CoreText::trackType(m_type)));
}

void SpectrumView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

}  // namespace stemwise::ui
