#pragma once
// AbPlayer: the comparison view's listening — A and B in sync, switched at the same position
// with an equal-power crossfade, each at the gain that brings its stored integrated loudness
// to −23 LUFS so the louder one does not win by being louder; the gains are shown. A side
// whose audio cannot be played (a previous bounce whose file is gone) is not played: the
// player says why instead and stays idle.
// Threading: UI thread only (its PlaybackController opens the device on a pool thread).

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QToolButton;

namespace stemwise::ui {

class PlaybackController;

class AbPlayer : public QWidget {
    Q_OBJECT
public:
    struct Side {
        QString name;
        QString path;
        std::optional<double> integratedLufs;
        QString unavailable;  ///< why it cannot be played; empty: it can
    };
    explicit AbPlayer(QWidget* parent = nullptr);

    /// The pair to play (A in slot 0, B in slot 1); stops what played.
    void setPair(const Side& a, const Side& b);
    /// Plays (or pauses) A/B from the playhead.
    void togglePlay();
    /// Switches to A (0) or B (1) at the playhead.
    void choose(int side);
    [[nodiscard]] int chosen() const { return m_chosen; }
    [[nodiscard]] PlaybackController* controller() const { return m_controller; }
    [[nodiscard]] QLabel* gainLabel() const { return m_gains; }
    [[nodiscard]] QToolButton* aButton() const { return m_aButton; }
    [[nodiscard]] QToolButton* bButton() const { return m_bButton; }
    [[nodiscard]] QToolButton* playButton() const { return m_play; }
    /// Whether both sides can be played.
    [[nodiscard]] bool playable() const { return m_a.unavailable.isEmpty() && m_b.unavailable.isEmpty(); }

private:
    void refresh();

    PlaybackController* m_controller;
    QToolButton* m_play = nullptr;
    QToolButton* m_aButton = nullptr;
    QToolButton* m_bButton = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_gains = nullptr;
    Side m_a;
    Side m_b;
    int m_chosen = 0;
};

}  // namespace stemwise::ui
