#pragma once
// LevelMeterWidget: the channel meters of the Live view — per channel a vertical bar of the
// decaying sample peak over the RMS (300 ms), a peak-hold line, a clip lamp at the top
// (stays lit until the meters are reset), and the held peak and true-peak maximum as
// numbers under the bar. Scale kFloorDb..0 dBFS, denser near the top where it matters.
// Painted with QPainter: a handful of rectangles per frame, cheap at 60 fps.
// Threading: UI thread only.

#include "live/livemeter.h"

#include <QWidget>

#include <array>

namespace stemwise::ui {

class LevelMeterWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr double kFloorDb = -60.0;

    explicit LevelMeterWidget(QWidget* parent = nullptr);

    void setSnapshot(const core::LiveMeterSnapshot& snapshot);
    void clear();

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] double position(double db) const;  // 0 at the floor, 1 at 0 dBFS

    int m_channels = 0;
    std::array<core::LiveChannelMeter, core::kMaxLiveChannels> m_meters{};
};

}  // namespace stemwise::ui
