// The workspace's DAW follow (see dawfollower.h).
#include "dawfollower.h"

#include "appsettings.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace stemwise::ui {

namespace {

// Stops (and so joins) a follower on a pool thread: the UI thread does not wait for it.
void stopElsewhere(std::shared_ptr<core::OscFollower> follower)
{
    if (follower)
        QThreadPool::globalInstance()->start([f = std::move(follower)] { f->stop(); });
}

}  // namespace

DawFollower::DawFollower(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kPollMs);
    connect(m_timer, &QTimer::timeout, this, &DawFollower::poll);
    m_mixTimer = new QTimer(this);
    m_mixTimer->setSingleShot(true);
    m_mixTimer->setInterval(kMixSettleMs);
    connect(m_mixTimer, &QTimer::timeout, this, &DawFollower::mixChanged);
}

DawFollower::~DawFollower()
{
    // At the window's end: joining the follower's thread takes one poll of it (10 ms).
    if (m_follower)
        m_follower->stop();
}

QString DawFollower::dawName() const
{
    return m_kind == core::DawKind::Ardour ? tr("Ardour") : tr("REAPER");
}

void DawFollower::configure(const AppSettings& s)
{
    const QString key = s.dawFollow ? QStringLiteral("%1|%2|%3|%4").arg(s.dawKind, s.dawHost).arg(s.dawPort).arg(s.dawListenPort)
                                    : QString();
    if (key == m_key)
        return;
    m_key = key;
    ++m_generation;
    stopElsewhere(std::move(m_follower));
    m_follower.reset();
    m_state.reset();
    m_timer->stop();
    m_mixTimer->stop();
    m_port = 0;
    m_revision = 0;
    m_selected.clear();
    m_mixKey.clear();
    m_on = s.dawFollow;
    if (!m_on) {
        setStatusText({});
        emit mixChanged();  // the followed faders no longer apply
        return;
    }
    core::OscFollowSettings settings;
    m_kind = s.dawKind == QLatin1String("reaper") ? core::DawKind::Reaper : core::DawKind::Ardour;
    settings.daw = m_kind;
    settings.dawHost = s.dawHost.toStdString();
    settings.dawPort = s.dawPort;
    settings.listenPort = s.dawListenPort > 0 ? s.dawListenPort
                          : m_kind == core::DawKind::Reaper ? core::kReaperDeviceOscPort
                                                            : 0;
    auto follower = std::make_shared<core::OscFollower>(settings);
    setStatusText(tr("%1: starting…").arg(dawName()));
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, follower, generation] {
        watcher->deleteLater();
        if (generation != m_generation) {  // configured again meanwhile
            stopElsewhere(follower);
            return;
        }
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            setStatusText(tr("%1: cannot follow: %2").arg(dawName(), error));
            return;
        }
        m_follower = follower;
        m_port = follower->listenPort();
        poll();
        m_timer->start();
    });
    watcher->setFuture(QtConcurrent::run([follower]() -> QString {
        const auto started = follower->start();
        return started ? QString() : QString::fromStdString(started.error().message);
    }));
}

void DawFollower::setStatusText(const QString& text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusChanged(text);
}

void DawFollower::poll()
{
    if (!m_follower)
        return;
    m_state = m_follower->state();
    const core::FollowState& s = *m_state;
    switch (s.status) {
    case core::FollowStatus::Waiting:
        setStatusText(tr("%1: waiting for an answer (listening on port %2)").arg(dawName()).arg(m_port));
        break;
    case core::FollowStatus::Following:
        setStatusText(tr("%1: following, %n track(s)", nullptr, static_cast<int>(s.tracks.size())).arg(dawName()));
        break;
    case core::FollowStatus::Lost:
        setStatusText(tr("%1: connection lost, retrying").arg(dawName()));
        break;
    case core::FollowStatus::Stopped: setStatusText(tr("%1: stopped").arg(dawName())); break;
    }
    if (s.revision == m_revision)
        return;
    m_revision = s.revision;
    const core::FollowedTrack* selected = s.selected();
    const QString selectedName = selected ? QString::fromStdString(selected->track.name) : QString();
    if (selectedName != m_selected) {
        m_selected = selectedName;
        if (!selectedName.isEmpty())
            emit selectedTrackChanged(selectedName);
    }
    // What the mix-bus sum and the suggestions read: names, levels, pans, mutes (not solos,
    // selection or fader positions, which change nothing there).
    QString mix;
    for (const auto& t : s.tracks)
        mix += QStringLiteral("%1|%2|%3|%4|%5|%6\n")
                   .arg(QString::fromStdString(t.track.name))
                   .arg(t.gainKnown ? t.track.gainDb : std::nan(""))
                   .arg(t.track.trimDb)
                   .arg(t.track.pan)
                   .arg(t.track.mute)
                   .arg(t.track.solo);
    if (mix != m_mixKey) {
        m_mixKey = mix;
        m_mixTimer->start();  // restarted by each change: once the faders have settled
    }
}

int DawFollower::followedTrackFor(const core::FollowState& state, const QString& filePath,
                                  const core::DawStemContext* sessionContext)
{
    if (sessionContext != nullptr)
        for (std::size_t i = 0; i < state.tracks.size(); ++i)
            if (state.tracks[i].track.name == sessionContext->track.name)
                return static_cast<int>(i);
    const std::string stem = QFileInfo(filePath).completeBaseName().toStdString();
    int found = -1;
    for (std::size_t i = 0; i < state.tracks.size(); ++i) {
        if (!core::stemNamesDawTrack(stem, state.tracks[i].track.name))
            continue;
        if (found >= 0)
            return -1;  // more than one: ambiguous, as for a bounce
        found = static_cast<int>(i);
    }
    return found;
}

}  // namespace stemwise::ui
