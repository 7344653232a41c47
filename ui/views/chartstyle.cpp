// Chart styling shared by the chart views (see chartstyle.h).
#include "chartstyle.h"

#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QtCharts/QAbstractAxis>

namespace stemwise::ui::detail {

void styleChart(QChart& chart)
{
    const ViewColors& c = viewColors();
    const QPalette palette = QApplication::palette();
    chart.setBackgroundBrush(c.plotBackground);
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(palette.color(QPalette::WindowText));
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsBrush(c.axisText);
        axis->setTitleBrush(c.axisText);
        axis->setGridLineColor(c.grid);
        axis->setMinorGridLineColor(c.grid.darker(c.grid.lightness() > 128 ? 105 : 130));
        axis->setLinePenColor(c.grid);
    }
    chart.legend()->setLabelColor(c.axisText);
}

QChart* makeChart()
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

}  // namespace stemwise::ui::detail
