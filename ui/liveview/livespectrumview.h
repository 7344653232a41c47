#pragma once
// LiveSpectrumView: the Live view's spectrum — the meter's 1/12-octave points (averaged
// power of the mid signal, a sine of amplitude A reading 20·log10(A) dB) drawn as a filled
// curve over a log-frequency grid from 20 Hz to 20 kHz, kFloorDb to 0 dB.
// Custom QPainter drawing of ~120 points: well within budget at 60 fps, where a Qt Charts
// series update per frame is not.
// Threading: UI thread only.

#include "live/livemeter.h"

#include <QWidget>

#include <array>

namespace stemwise::ui {

class LiveSpectrumView : public QWidget {
    Q_OBJECT
public:
    static constexpr double kFloorDb = -100.0;

    explicit LiveSpectrumView(QWidget* parent = nullptr);

    void setSnapshot(const core::LiveMeterSnapshot& snapshot);
    void clear();

    [[nodiscard]] QSize sizeHint() const override { return {520, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {240, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<float, core::kSpectrumPoints> m_db{};
    double m_nyquistHz = 0.0;
    int m_fftSize = 0;
    bool m_valid = false;
};

}  // namespace stemwise::ui
