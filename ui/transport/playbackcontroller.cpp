// The workspace's playback (see playbackcontroller.h).
#include "transport/playbackcontroller.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stemwise::ui {

PlaybackController::PlaybackController(QObject* parent)
    : QObject(parent), m_engine(std::make_unique<core::PlaybackEngine>()), m_timer(new QTimer(this))
{
    // Display rate: the playhead and the meters move at 30 frames per second.
    m_timer->setInterval(33);
    connect(m_timer, &QTimer::timeout, this, &PlaybackController::poll);
}

PlaybackController::~PlaybackController()
{
    // A pending open or close holds the engine on a pool thread: let it finish (it rarely
    // runs), then close on the pool too (stopping a device takes tens of ms, more on JACK),
    // so a closing window does not wait; the engine goes with the task.
    m_timer->stop();
    m_openJob.waitForFinished();
    m_closeJob.waitForFinished();
    std::shared_ptr<core::PlaybackEngine> engine(std::move(m_engine));
    QThreadPool::globalInstance()->start([engine] { engine->close(); });
}

void PlaybackController::setOutput(const QString& hostApi, const QString& device)
{
    if (hostApi == m_hostApi && device == m_device)
        return;
    m_hostApi = hostApi;
    m_device = device;
    m_tracksChanged = true;  // reopen on the new device at the next play
    if (m_open)
        closeEngine();
}

void PlaybackController::setTracks(std::vector<Track> tracks)
{
    m_tracks = std::move(tracks);
    m_tracksChanged = true;
    // What plays goes on playing (a re-bounce arriving mid-listen); the next play() opens the
    // new set. Stopped, the engine closes now and reopens then.
    if (m_open && !m_busy && !playing())
        closeEngine();
    emit stateChanged();
}

int PlaybackController::indexOf(const QString& track) const
{
    for (std::size_t i = 0; i < m_tracks.size(); ++i)
        if (m_tracks[i].name == track)
            return static_cast<int>(i);
    return -1;
}

void PlaybackController::whenOpen(std::function<void()> action)
{
    const bool lost = m_open && m_engine->state() == core::EngineState::DeviceLost;
    if (m_open && !m_busy && !m_tracksChanged && !lost) {
        action();
        return;
    }
    m_pending.push_back(std::move(action));
    if (m_busy)
        return;
    if (m_open)  // tracks or output changed, or the device was lost: open afresh
        closeEngine([this] { openEngine(); });
    else
        openEngine();
}

void PlaybackController::openEngine()
{
    if (m_tracks.empty()) {
        m_pending.clear();
        emit message(tr("Nothing to play: open a session first."));
        return;
    }
    core::PlaybackConfig config;
    config.hostApi = m_hostApi.toStdString();
    config.device = m_device.toStdString();
    std::vector<core::PlaybackSource> sources;
    for (const Track& t : m_tracks) {
        core::PlaybackSource s;
        s.path = t.path.toStdString();
        s.name = t.name.toStdString();
        s.slot = t.slot;
        s.integratedLufs = t.integratedLufs;
        sources.push_back(std::move(s));
    }
    m_busy = true;
    m_tracksChanged = false;
    emit stateChanged();
    auto* watcher = new QFutureWatcher<OpenOutcome>(this);
    connect(watcher, &QFutureWatcher<OpenOutcome>::finished, this, [this, watcher] {
        const OpenOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        if (!outcome.ok) {
            m_pending.clear();
            emit message(tr("Cannot play: %1").arg(outcome.error));
            emit stateChanged();
            return;
        }
        m_open = true;
        for (const auto& m : m_engine->takeMessages())
            emit message(QString::fromStdString(m.text));
        applyTableState();
        m_engine->setMatching(m_match);
        if (m_loop && m_loopOn)
            m_engine->setLoop(m_loop->first, m_loop->second);
        m_engine->seek(m_positionS);
        m_timer->start();
        auto pending = std::move(m_pending);
        m_pending.clear();
        for (auto& action : pending)
            action();
        emit stateChanged();
    });
    core::PlaybackEngine* engine = m_engine.get();
    m_openJob = QtConcurrent::run([engine, config, sources] {
        auto opened = engine->open(config, sources);
        return opened ? OpenOutcome{true, {}} : OpenOutcome{false, QString::fromStdString(opened.error().message)};
    });
    watcher->setFuture(m_openJob);
}

void PlaybackController::closeEngine(std::function<void()> then)
{
    m_timer->stop();
    m_open = false;
    m_busy = true;
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, then = std::move(then)] {
        watcher->deleteLater();
        m_busy = false;
        m_status = core::PlaybackStatus{};
        emit stateChanged();
        if (then)
            then();
        else if (!m_pending.empty())
            openEngine();
    });
    core::PlaybackEngine* engine = m_engine.get();
    m_closeJob = QtConcurrent::run([engine] { engine->close(); });
    watcher->setFuture(m_closeJob);
}

void PlaybackController::applyTableState()
{
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        const QString& name = m_tracks[i].name;
        m_engine->setSolo(static_cast<int>(i), soloed(name));
        m_engine->setMute(static_cast<int>(i), muted(name));
    }
}

void PlaybackController::togglePlay()
{
    if (playing())
        pause();
    else
        play();
}

void PlaybackController::play()
{
    whenOpen([this] { m_engine->play(); });
}

void PlaybackController::pause()
{
    if (m_open && !m_busy)
        m_engine->pause();
    m_pending.clear();
}

void PlaybackController::stop()
{
    if (m_open && !m_busy)
        m_engine->stop();
    m_pending.clear();
}

void PlaybackController::seek(double positionS)
{
    m_positionS = std::max(0.0, positionS);
    if (m_open && !m_busy)
        m_engine->seek(m_positionS);
    emit positionChanged(m_positionS);
}

void PlaybackController::setLoop(double startS, double endS)
{
    m_loop = std::pair{std::min(startS, endS), std::max(startS, endS)};
    m_loopOn = true;
    if (m_open && !m_busy)
        m_engine->setLoop(m_loop->first, m_loop->second);
    emit stateChanged();
}

void PlaybackController::clearLoop()
{
    m_loopOn = false;
    if (m_open && !m_busy)
        m_engine->clearLoop();
    emit stateChanged();
}

void PlaybackController::setLoopEnabled(bool on)
{
    if (on && m_loop)
        setLoop(m_loop->first, m_loop->second);
    else if (!on)
        clearLoop();
}

void PlaybackController::setSolo(const QString& track, bool solo)
{
    m_solo[track] = solo;
    const int i = indexOf(track);
    if (m_open && !m_busy && !m_tracksChanged && i >= 0 && m_aid == Aid::None)
        m_engine->setSolo(i, solo);
}

void PlaybackController::setMute(const QString& track, bool mute)
{
    m_mute[track] = mute;
    const int i = indexOf(track);
    if (m_open && !m_busy && !m_tracksChanged && i >= 0)
        m_engine->setMute(i, mute);
}

bool PlaybackController::soloed(const QString& track) const
{
    const auto it = m_solo.find(track);
    return it != m_solo.end() && it->second;
}

bool PlaybackController::muted(const QString& track) const
{
    const auto it = m_mute.find(track);
    return it != m_mute.end() && it->second;
}

void PlaybackController::listen(const core::ListenPlan& plan, const QString& what)
{
    m_aid = Aid::Listen;
    m_aidText = what;
    m_aidRegion = std::pair{plan.startS, plan.endS};
    whenOpen([this, plan] {
        m_engine->clearPreview();
        for (std::size_t i = 0; i < m_tracks.size(); ++i) {
            const bool inPlan = std::find(plan.tracks.begin(), plan.tracks.end(), m_tracks[i].name.toStdString())
                                != plan.tracks.end();
            m_engine->setSolo(static_cast<int>(i), plan.tracks.empty() ? soloed(m_tracks[i].name) : inPlan);
            m_engine->setMute(static_cast<int>(i), muted(m_tracks[i].name) && !inPlan);
        }
        m_engine->setBand(plan.bandHz);
        m_engine->setListenMode(plan.listen);
        m_engine->setLoop(plan.startS, plan.endS);
        m_engine->seek(plan.startS);
        m_engine->play();
    });
    emit stateChanged();
}

void PlaybackController::preview(const core::ListenPlan& plan, const core::Move& move, const QString& track,
                                 const QString& what)
{
    listen(plan, what);
    m_aid = Aid::Preview;
    m_previewWith = true;
    const int source = track.isEmpty() ? -1 : indexOf(track);
    whenOpen([this, plan, move, source] {
        auto set = m_engine->setPreview(source, move);
        if (!set) {
            emit message(tr("Cannot preview: %1").arg(QString::fromStdString(set.error().message)));
            return;
        }
        m_engine->measureRegion(plan.startS, plan.endS);  // with and without: the matching gain
    });
    emit stateChanged();
}

void PlaybackController::setPreviewWith(bool with)
{
    m_previewWith = with;
    if (m_open && !m_busy)
        m_engine->setPreviewEnabled(with);
    emit stateChanged();
}

void PlaybackController::endAid()
{
    if (m_aid == Aid::None)
        return;
    m_aid = Aid::None;
    m_aidText.clear();
    if (m_open && !m_busy) {
        m_engine->clearPreview();
        m_engine->setBand(std::nullopt);
        m_engine->setListenMode(core::ListenMode::Stereo);
        applyTableState();
        if (m_loop && m_loopOn)
            m_engine->setLoop(m_loop->first, m_loop->second);
        else
            m_engine->clearLoop();
    }
    emit stateChanged();
}

void PlaybackController::setMatching(bool enabled, double targetLufs)
{
    m_match.enabled = enabled;
    m_match.targetLufs = targetLufs;
    m_match.basis = core::MatchSettings::Basis::Integrated;
    if (m_open && !m_busy)
        m_engine->setMatching(m_match);
    emit stateChanged();
}

void PlaybackController::switchToSlot(int slot)
{
    whenOpen([this, slot] { m_engine->switchToSlot(slot); });
}

bool PlaybackController::playing() const
{
    return m_open && m_status.transport == core::Transport::Playing;
}

double PlaybackController::positionS() const
{
    return m_positionS;
}

QString PlaybackController::deviceName() const
{
    return m_open ? QString::fromStdString(m_engine->device().name) : QString();
}

void PlaybackController::poll()
{
    if (!m_open || m_busy)
        return;
    const core::Transport before = m_status.transport;
    const core::EngineState stateBefore = m_status.state;
    m_status = m_engine->status();
    for (const auto& m : m_engine->takeMessages())
        emit message(QString::fromStdString(m.text));
    if (m_status.positionS != m_positionS) {
        m_positionS = m_status.positionS;
        emit positionChanged(m_positionS);
    }
    emit statusUpdated();
    if (m_status.transport != before || m_status.state != stateBefore)
        emit stateChanged();
}

}  // namespace stemwise::ui
