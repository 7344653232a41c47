#pragma once
// TransportBar: the workspace's transport — play/pause (Space), stop, the position and the
// length, loop on/off, what Listen or Preview is playing with the with/without toggle of a
// preview and the button that ends it, and an output meter (peak per channel and short-term
// loudness of what is played, so matched levels can be seen).
// Threading: UI thread only; it reads the controller's status at display rate.

#include <QWidget>

class QLabel;
class QToolButton;

namespace stemwise::ui {

class OutputMeter;
class PlaybackController;

class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(PlaybackController* controller, QWidget* parent = nullptr);

    [[nodiscard]] QToolButton* playButton() const { return m_play; }
    [[nodiscard]] QToolButton* loopButton() const { return m_loop; }
    [[nodiscard]] QToolButton* withButton() const { return m_with; }
    [[nodiscard]] QLabel* positionLabel() const { return m_position; }
    [[nodiscard]] QLabel* aidLabel() const { return m_aid; }

private:
    void refreshState();
    void refreshStatus();

    PlaybackController* m_controller;
    QToolButton* m_play = nullptr;
    QToolButton* m_stop = nullptr;
    QToolButton* m_loop = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_aid = nullptr;
    QToolButton* m_with = nullptr;
    QToolButton* m_endAid = nullptr;
    OutputMeter* m_meter = nullptr;
    QLabel* m_loudness = nullptr;
};

/// "1:02.3" for a position in seconds.
[[nodiscard]] QString formatPosition(double seconds);

}  // namespace stemwise::ui
