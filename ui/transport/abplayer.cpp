// A/B listening in the comparison view (see abplayer.h).
#include "transport/abplayer.h"

#include "tracktablemodel.h"
#include "transport/playbackcontroller.h"
#include "transport/transportbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStringList>
#include <QStyle>
#include <QToolButton>

namespace stemwise::ui {

namespace {

constexpr double kMatchLufs = -23.0;  // EBU R 128's reference level

QString gainText(const AbPlayer::Side& side)
{
    if (!side.integratedLufs)
        return AbPlayer::tr("%1: loudness unknown, 0 dB").arg(side.name);
    const double gain = kMatchLufs - *side.integratedLufs;
    return AbPlayer::tr("%1: %2 LUFS, %3%4 dB").arg(side.name, formatFigure(*side.integratedLufs, 1),
                                                      gain >= 0.0 ? QStringLiteral("+") : QString(), formatFigure(gain, 1));
}

}  // namespace

AbPlayer::AbPlayer(QWidget* parent) : QWidget(parent), m_controller(new PlaybackController(this))
{
    setObjectName(QStringLiteral("abPlayer"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_play = new QToolButton;
    m_play->setObjectName(QStringLiteral("abPlayButton"));
    m_play->setToolTip(tr("Play A/B in sync (Space in the workspace plays the session)"));
    m_aButton = new QToolButton;
    m_aButton->setObjectName(QStringLiteral("abAButton"));
    m_aButton->setText(tr("A"));
    m_aButton->setCheckable(true);
    m_bButton = new QToolButton;
    m_bButton->setObjectName(QStringLiteral("abBButton"));
    m_bButton->setText(tr("B"));
    m_bButton->setCheckable(true);
    for (QToolButton* b : {m_aButton, m_bButton})
        b->setToolTip(tr("Switch at the same position, with a 10 ms crossfade"));
    m_position = new QLabel;
    m_gains = new QLabel;
    m_gains->setObjectName(QStringLiteral("abGains"));
    m_gains->setToolTip(tr("Both are played at the gain that brings their integrated loudness to %1 LUFS")
                            .arg(QLocale().toString(kMatchLufs, 'f', 0)));
    row->addWidget(m_play);
    row->addWidget(m_aButton);
    row->addWidget(m_bButton);
    row->addWidget(m_position);
    row->addWidget(m_gains, 1);
    connect(m_play, &QToolButton::clicked, this, &AbPlayer::togglePlay);
    connect(m_aButton, &QToolButton::clicked, this, [this] { choose(0); });
    connect(m_bButton, &QToolButton::clicked, this, [this] { choose(1); });
    connect(m_controller, &PlaybackController::stateChanged, this, &AbPlayer::refresh);
    connect(m_controller, &PlaybackController::positionChanged, this, &AbPlayer::refresh);
    m_controller->setMatching(true, kMatchLufs);
    refresh();
}

void AbPlayer::setPair(const Side& a, const Side& b)
{
    m_a = a;
    m_b = b;
    m_controller->pause();
    m_chosen = 0;
    if (!playable()) {
        // Nothing half-played: the pair is not given to the engine, the reason is shown.
        m_controller->setTracks({});
        QStringList why;
        if (!a.unavailable.isEmpty())
            why << tr("%1 cannot be played: %2").arg(a.name, a.unavailable);
        if (!b.unavailable.isEmpty())
            why << tr("%1 cannot be played: %2").arg(b.name, b.unavailable);
        m_gains->setText(why.join(QStringLiteral("; ")));
    } else {
        m_controller->setTracks({{a.name, a.path, a.integratedLufs, 0}, {b.name, b.path, b.integratedLufs, 1}});
        m_gains->setText(tr("Matched — %1; %2").arg(gainText(a), gainText(b)));
    }
    m_gains->setWordWrap(!playable());
    refresh();
}

void AbPlayer::togglePlay()
{
    if (playable())
        m_controller->togglePlay();
}

void AbPlayer::choose(int side)
{
    if (!playable())
        return;
    m_chosen = side;
    m_controller->switchToSlot(side);
    refresh();
}

void AbPlayer::refresh()
{
    m_play->setIcon(style()->standardIcon(m_controller->playing() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    for (QToolButton* b : {m_play, m_aButton, m_bButton})
        b->setEnabled(playable());
    m_aButton->setChecked(m_chosen == 0);
    m_bButton->setChecked(m_chosen == 1);
    m_position->setText(formatPosition(m_controller->positionS()));
}

}  // namespace stemwise::ui
