#pragma once
// HistoryChartView: a track's quality score and integrated loudness across its bounces
// (history entries, oldest first), one point per entry.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace stemwise::ui {

class HistoryChartView : public QWidget {
    Q_OBJECT
public:
    struct Point {
        double qualityScore = 0.0;
        core::OptDouble integratedLufs;
        core::OptDouble truePeakDbtp;
    };
    explicit HistoryChartView(QWidget* parent = nullptr);
    ~HistoryChartView() override;
    void setPoints(std::vector<Point> points);
    [[nodiscard]] int pointCount() const { return static_cast<int>(m_points.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Charts;
    void rebuild();
    std::unique_ptr<Charts> m_charts;
    std::vector<Point> m_points;
};

}  // namespace stemwise::ui
