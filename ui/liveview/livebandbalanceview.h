#pragma once
// LiveBandBalanceView: the 7-band balance of the live spectrum — one bar per band
// (sub bass … air) for its share of the 20 Hz–20 kHz energy, with the percentage.
// Threading: UI thread only.

#include "live/livemeter.h"

#include <QWidget>

#include <array>

namespace stemwise::ui {

class LiveBandBalanceView : public QWidget {
    Q_OBJECT
public:
    explicit LiveBandBalanceView(QWidget* parent = nullptr);

    void setSnapshot(const core::LiveMeterSnapshot& snapshot);
    void clear();

    [[nodiscard]] QSize sizeHint() const override { return {280, 220}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {180, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<float, core::kBandCount> m_share{};
};

}  // namespace stemwise::ui
