#pragma once
// LoudnessCurveView: a track's short-term loudness (3 s window, EBU R128) over time, with
// its integrated loudness as a dashed line. Silent stretches are gaps, not -inf.
// Drawn with QPainter: a curve broken by many silent gaps would need one chart series per
// piece, and Qt Charts lays the chart out again for each (seconds for a long, sparse stem).
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <vector>

namespace stemwise::ui {

class TimelineCursor;

class LoudnessCurveView : public QWidget {
    Q_OBJECT
public:
    explicit LoudnessCurveView(QWidget* parent = nullptr);
    void setProfile(const core::TrackProfile* profile);
    /// Points drawn (defined short-term values), for tests.
    [[nodiscard]] int pointCount() const { return m_points; }
    /// The playhead and loop over the curve; click to seek, drag to loop.
    [[nodiscard]] TimelineCursor* cursor() const { return m_cursor; }
    QSize sizeHint() const override { return {420, 200}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<core::OptDouble> m_curve;
    double m_intervalS = 1.0;
    core::OptDouble m_integrated;
    int m_points = 0;
    double m_lowLufs = -60.0;
    double m_highLufs = 0.0;
    TimelineCursor* m_cursor = nullptr;
};

}  // namespace stemwise::ui
