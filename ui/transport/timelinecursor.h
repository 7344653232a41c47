#pragma once
// TimelineCursor: the playhead and the loop region drawn over a view whose x axis is time
// (the waveform, the loudness curve), and the mouse on it: a click seeks, a drag sets a loop.
// The view tells it where its plot is and how long the track is each time it paints, and
// paints it last.
// Threading: UI thread only.

#include <QObject>
#include <QRect>

#include <optional>
#include <utility>

class QPainter;
class QWidget;

namespace stemwise::ui {

class TimelineCursor : public QObject {
    Q_OBJECT
public:
    /// Watches `view`'s mouse (an event filter) and repaints it when the playhead moves.
    explicit TimelineCursor(QWidget* view);

    /// The plot's rectangle in the view and the seconds its width spans (0: nothing shown).
    void setGeometry(const QRect& plot, double durationS);
    void setPlayhead(double positionS);
    void setLoop(std::optional<std::pair<double, double>> loop);
    [[nodiscard]] double playheadS() const { return m_playheadS; }
    [[nodiscard]] std::optional<std::pair<double, double>> loop() const { return m_loop; }
    /// The playhead's x in the view (-1 when off the plot), for tests.
    [[nodiscard]] int playheadX() const;
    /// The time under view x (clamped to the plot).
    [[nodiscard]] double timeAt(int x) const;

    void paint(QPainter& painter) const;

signals:
    void seekRequested(double positionS);
    void loopRequested(double startS, double endS);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] int xOf(double seconds) const;
    QWidget* m_view;
    QRect m_plot;
    double m_durationS = 0.0;
    double m_playheadS = 0.0;
    std::optional<std::pair<double, double>> m_loop;
    std::optional<int> m_pressX;
    std::optional<std::pair<double, double>> m_dragLoop;
};

}  // namespace stemwise::ui
