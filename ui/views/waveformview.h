#pragma once
// WaveformView: the track's waveform overview (min/max per span, from the analysis) per
// channel, with its onsets as markers and a time axis in seconds.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <vector>

namespace stemwise::ui {

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);
    void setProfile(const core::TrackProfile* profile);
    [[nodiscard]] int channelCount() const { return static_cast<int>(m_overview.channels.size()); }
    [[nodiscard]] int onsetCount() const { return static_cast<int>(m_onsetsS.size()); }
    QSize sizeHint() const override { return {480, 180}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    core::WaveformOverview m_overview;
    std::vector<double> m_onsetsS;
    double m_durationS = 0.0;
};

}  // namespace stemwise::ui
