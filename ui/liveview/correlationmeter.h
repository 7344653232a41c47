#pragma once
// CorrelationMeter: the phase correlation meter of the Live view — a horizontal scale from
// −1 (inverted) through 0 (unrelated) to +1 (mono) with the reading over the last 300 ms as
// a marker (red below 0, where a mono sum loses level), and the stereo width as a number.
// Threading: UI thread only.

#include "live/livemeter.h"

#include <QWidget>

namespace stemwise::ui {

class CorrelationMeter : public QWidget {
    Q_OBJECT
public:
    explicit CorrelationMeter(QWidget* parent = nullptr);

    void setSnapshot(const core::LiveMeterSnapshot& snapshot);
    void clear();

    [[nodiscard]] QSize sizeHint() const override { return {320, 46}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {160, 40}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_stereo = false;
    double m_correlation = 0.0;
    double m_width = 0.0;
};

}  // namespace stemwise::ui
