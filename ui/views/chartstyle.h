#pragma once
// Shared look of the Qt Charts based views: colours from the current theme (theme.h),
// compact margins, readable axis text. Private to ui/views/: the one folder that knows Qt
// Charts, so moving to Qt Graphs touches only it.

#include <QtCharts/QChart>

class QAbstractAxis;

namespace stemwise::ui::detail {

/// Applies the theme's colours to `chart` and every axis it has.
void styleChart(QChart& chart);
/// A QChartView-hosting widget's chart, styled, with antialiasing on and no legend.
QChart* makeChart();

}  // namespace stemwise::ui::detail
