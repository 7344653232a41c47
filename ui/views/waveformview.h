#pragma once
// WaveformView: the track's waveform overview (min/max per span, from the analysis) per
// channel, with its onsets as markers and a time axis in seconds.
//
// The lanes and markers are rendered once per profile, size and palette into an image by
// writing its pixels, and painted from it: drawn with QPainter as one vertical stroke per
// pixel column and one line per onset (thousands on a long busy track), each tall stroke
// became a fill that Qt's raster engine splits over its thread pool, and while an analysis
// kept the cores busy one paint stalled the UI thread for tens of milliseconds.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace stemwise::ui {

class TimelineCursor;

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);
    void setProfile(const core::TrackProfile* profile);
    [[nodiscard]] int channelCount() const { return static_cast<int>(m_overview.channels.size()); }
    [[nodiscard]] int onsetCount() const { return static_cast<int>(m_onsetsS.size()); }
    /// True when the last drawing had the onsets too dense for lines (fewer than
    /// kMinMarkerSpacingPx pixels apart on average): they are then a rug of ticks along the
    /// plot's top and bottom edges, darker where more fall into a pixel column, and the
    /// waveform stays visible (issue 21: at 300+ onsets the lines were a solid block).
    [[nodiscard]] bool onsetsAsRug() const { return m_rug; }
    /// The song's sections (analysis/sessionsections.h) as a strip along the plot's top: each
    /// span shaded in turn, its group letter and name at its start, a line at each boundary.
    /// A click on the strip chooses that section (sectionClicked), not a place to seek to.
    struct SectionSpan {
        double startS = 0.0;
        double endS = 0.0;
        QString label;  ///< "A · section 1", "B · Chorus"
    };
    void setSections(std::vector<SectionSpan> sections);
    [[nodiscard]] const std::vector<SectionSpan>& sections() const { return m_sections; }
    /// The strip as last painted (empty when it was not: one section, or none).
    [[nodiscard]] QRect sectionStripRect() const { return m_stripRect; }
    /// The section (0-based) under `point` on the strip, or -1.
    [[nodiscard]] int sectionAt(const QPoint& point) const;
    static constexpr int kMinMarkerSpacingPx = 4;
    /// The playhead and loop over the waveform; click to seek, drag to loop.
    [[nodiscard]] TimelineCursor* cursor() const { return m_cursor; }
    QSize sizeHint() const override { return {480, 180}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

signals:
    /// A section on the strip was clicked (0-based, in time order): choose it as the loop.
    void sectionClicked(int section);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] QRect plotRect() const;
    void renderPlot(const QSize& size);
    core::WaveformOverview m_overview;
    std::vector<double> m_onsetsS;
    double m_durationS = 0.0;
    QImage m_plot;  // lanes and onsets at the plot's size; null when it must be rendered again
    bool m_rug = false;
    std::vector<SectionSpan> m_sections;
    QRect m_stripRect;          // where the strip was painted
    double m_stripTotalS = 0.0;  // the seconds its width spans
    TimelineCursor* m_cursor = nullptr;
};

}  // namespace stemwise::ui
