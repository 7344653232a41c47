// The transport bar (see transportbar.h).
#include "transport/transportbar.h"

#include "transport/playbackcontroller.h"

#include "theme.h"
#include "tracktablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <array>
#include <cmath>

namespace stemwise::ui {

namespace {

constexpr double kMeterFloorDb = -60.0;

double meterPosition(double db)
{
    return std::isfinite(db) ? std::clamp((db - kMeterFloorDb) / -kMeterFloorDb, 0.0, 1.0) : 0.0;
}

}  // namespace

/// Two horizontal bars, left over right: the peak of the last 100 ms, green to -18 dBFS,
/// amber to -6, red above; a tick at the highest peak since playing started.
class OutputMeter : public QWidget {
public:
    OutputMeter()
    {
        setObjectName(QStringLiteral("outputMeter"));
        setFixedSize(110, 16);
    }
    void setLevels(const std::array<double, 2>& peakDbfs, const std::array<double, 2>& maxDbfs)
    {
        m_peak = peakDbfs;
        m_max = maxDbfs;
        update();
    }
    [[nodiscard]] double peakDbfs(int channel) const { return m_peak[static_cast<std::size_t>(channel)]; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        const ViewColors& c = viewColors();
        p.fillRect(rect(), c.plotBackground);
        const int w = width() - 2;
        for (int ch = 0; ch < 2; ++ch) {
            const QRect lane(1, 1 + ch * 7, w, 6);
            const double at = meterPosition(m_peak[static_cast<std::size_t>(ch)]);
            const double amber = meterPosition(-18.0);
            const double red = meterPosition(-6.0);
            const auto span = [&](double from, double to, const QColor& colour) {
                if (at > from)
                    p.fillRect(QRectF(lane.left() + from * w, lane.top(), (std::min(at, to) - from) * w, lane.height()), colour);
            };
            span(0.0, amber, c.good);
            span(amber, red, c.warn);
            span(red, 1.0, c.bad);
            const double hold = meterPosition(m_max[static_cast<std::size_t>(ch)]);
            if (hold > 0.0) {
                p.setPen(hold >= red ? c.bad : c.axisText);
                p.drawLine(QPointF(lane.left() + hold * w, lane.top()), QPointF(lane.left() + hold * w, lane.bottom()));
            }
        }
    }

private:
    std::array<double, 2> m_peak{-200.0, -200.0};
    std::array<double, 2> m_max{-200.0, -200.0};
};

QString formatPosition(double seconds)
{
    const double s = std::max(0.0, seconds);
    const int minutes = static_cast<int>(s / 60.0);
    return QStringLiteral("%1:%2").arg(minutes).arg(QLocale().toString(s - 60.0 * minutes, 'f', 1).rightJustified(4, QLatin1Char('0')));
}

TransportBar::TransportBar(PlaybackController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("transportBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    const auto button = [this, row](const QString& name, QStyle::StandardPixmap icon, const QString& tip) {
        auto* b = new QToolButton;
        b->setObjectName(name);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    m_play = button(QStringLiteral("playButton"), QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
    m_stop = button(QStringLiteral("stopButton"), QStyle::SP_MediaStop, tr("Stop and return to where playing started"));
    m_loop = new QToolButton;
    m_loop->setObjectName(QStringLiteral("loopButton"));
    m_loop->setText(tr("Loop"));
    m_loop->setCheckable(true);
    m_loop->setToolTip(tr("Loop the stretch dragged on the waveform or the loudness curve"));
    row->addWidget(m_loop);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setMinimumWidth(110);
    row->addWidget(m_position);
    m_aid = new QLabel;
    m_aid->setObjectName(QStringLiteral("aidLabel"));
    m_aid->setTextFormat(Qt::PlainText);
    // A long description must not widen the window: it is cut, and whole in the tooltip.
    m_aid->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addWidget(m_aid, 1);
    m_with = new QToolButton;
    m_with->setObjectName(QStringLiteral("withMoveButton"));
    m_with->setCheckable(true);
    m_with->setToolTip(tr("Hear the suggested move on (checked) or off, loudness-matched so a cut does not "
                          "just sound quieter"));
    row->addWidget(m_with);
    m_endAid = button(QStringLiteral("endAidButton"), QStyle::SP_DialogCloseButton, tr("Back to the whole session"));
    m_meter = new OutputMeter;
    m_meter->setToolTip(tr("Output peak, left over right (dBFS)"));
    row->addWidget(m_meter);
    m_loudness = new QLabel;
    m_loudness->setObjectName(QStringLiteral("outputLoudness"));
    m_loudness->setMinimumWidth(90);
    m_loudness->setToolTip(tr("Short-term loudness of what is played (EBU R128, 3 s)"));
    row->addWidget(m_loudness);

    connect(m_play, &QToolButton::clicked, controller, &PlaybackController::togglePlay);
    connect(m_stop, &QToolButton::clicked, controller, &PlaybackController::stop);
    connect(m_loop, &QToolButton::toggled, controller, &PlaybackController::setLoopEnabled);
    connect(m_with, &QToolButton::toggled, controller, &PlaybackController::setPreviewWith);
    connect(m_endAid, &QToolButton::clicked, controller, &PlaybackController::endAid);
    connect(controller, &PlaybackController::stateChanged, this, &TransportBar::refreshState);
    connect(controller, &PlaybackController::statusUpdated, this, &TransportBar::refreshStatus);
    connect(controller, &PlaybackController::positionChanged, this, &TransportBar::refreshStatus);
    refreshState();
    refreshStatus();
}

void TransportBar::refreshState()
{
    const bool playing = m_controller->playing();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setEnabled(!m_controller->tracks().empty());
    m_stop->setEnabled(!m_controller->tracks().empty());
    {
        const QSignalBlocker block(m_loop);
        m_loop->setChecked(m_controller->loopOn());
    }
    const auto aid = m_controller->aid();
    m_aid->setText(aid == PlaybackController::Aid::None
                       ? (m_controller->opening() ? tr("Opening the output…") : QString())
                       : (aid == PlaybackController::Aid::Listen ? tr("Listening: %1") : tr("Previewing: %1"))
                             .arg(m_controller->aidText()));
    m_aid->setToolTip(m_aid->text());
    m_with->setVisible(aid == PlaybackController::Aid::Preview);
    {
        const QSignalBlocker block(m_with);
        m_with->setChecked(m_controller->previewWith());
    }
    m_with->setText(m_controller->previewWith() ? tr("With the move") : tr("Without the move"));
    m_endAid->setVisible(aid != PlaybackController::Aid::None);
}

void TransportBar::refreshStatus()
{
    const core::PlaybackStatus& st = m_controller->status();
    m_position->setText(QStringLiteral("%1 / %2").arg(formatPosition(m_controller->positionS()),
                                                      formatPosition(st.durationS)));
    m_meter->setLevels(st.peakDbfs, st.peakMaxDbfs);
    const auto db = [](double v) { return std::isfinite(v) ? formatFigure(v, 1) : QStringLiteral("−∞"); };
    m_meter->setToolTip(tr("Output peak, left over right: %1 / %2 dBFS (highest %3 / %4)")
                            .arg(db(st.peakDbfs[0]), db(st.peakDbfs[1]), db(st.peakMaxDbfs[0]), db(st.peakMaxDbfs[1])));
    m_loudness->setText(std::isfinite(st.shortTermLufs) && st.transport == core::Transport::Playing
                            ? tr("S %1 LUFS").arg(formatFigure(st.shortTermLufs, 1))
                            : tr("S — LUFS"));
    if (m_controller->aid() == PlaybackController::Aid::Preview)
        m_with->setToolTip(tr("Hear the move on or off; its side plays %1 dB to match the loudness without it")
                               .arg((st.previewMatchDb >= 0.0 ? QStringLiteral("+") : QString())
                                    + formatFigure(st.previewMatchDb, 1)));
}

}  // namespace stemwise::ui
