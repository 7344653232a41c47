#pragma once
// LoudnessCurveView: a track's short-term loudness (3 s window, EBU R128) over time, with
// its integrated loudness as a dashed line. Silent stretches are gaps, not -inf.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <memory>

namespace stemwise::ui {

class LoudnessCurveView : public QWidget {
    Q_OBJECT
public:
    explicit LoudnessCurveView(QWidget* parent = nullptr);
    ~LoudnessCurveView() override;
    void setProfile(const core::TrackProfile* profile);
    /// Points drawn (defined short-term values), for tests.
    [[nodiscard]] int pointCount() const { return m_points; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Charts;
    void rebuild();
    std::unique_ptr<Charts> m_charts;
    std::vector<core::OptDouble> m_curve;
    double m_intervalS = 1.0;
    core::OptDouble m_integrated;
    int m_points = 0;
};

}  // namespace stemwise::ui
