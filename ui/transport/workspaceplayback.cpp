// The workspace's views wired to playback (see workspaceplayback.h).
#include "transport/workspaceplayback.h"

#include "coretext.h"
#include "playback/listenplan.h"
#include "playback/move.h"
#include "suggestionspanel.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "transport/playbackcontroller.h"
#include "transport/timelinecursor.h"
#include "views/loudnesscurveview.h"
#include "views/waveformview.h"

#include <QLocale>
#include <QTimer>

namespace stemwise::ui {

namespace {

QString bandText(const std::pair<double, double>& band)
{
    return hzRangeText(band.first, band.second);
}

// "4.5–10 kHz of Vox, 0:12–0:20" for the transport bar.
QString describe(const core::ListenPlan& plan)
{
    QStringList tracks;
    for (const auto& t : plan.tracks)
        tracks << QString::fromStdString(t);
    const QString who = tracks.isEmpty() ? QCoreApplication::translate("WorkspacePlayback", "the session")
                                         : tracks.join(QStringLiteral(" + "));
    QString text = plan.bandHz ? QCoreApplication::translate("WorkspacePlayback", "%1 of %2").arg(bandText(*plan.bandHz), who)
                               : who;
    if (plan.listen == core::ListenMode::Mono)
        text += QCoreApplication::translate("WorkspacePlayback", " in mono");
    else if (plan.listen == core::ListenMode::Side)
        text += QCoreApplication::translate("WorkspacePlayback", " (side)");
    return QStringLiteral("%1, %2–%3").arg(text, formatDuration(plan.startS), formatDuration(plan.endS));
}

}  // namespace

WorkspacePlayback::WorkspacePlayback(PlaybackController* controller, TrackTableModel* model, TrackPanel* trackPanel,
                                     SuggestionsPanel* suggestions, QObject* parent)
    : QObject(parent), m_controller(controller), m_model(model), m_trackPanel(trackPanel), m_tracksTimer(new QTimer(this))
{
    // The table changes file by file while a session loads: hand the tracks over once it rests.
    m_tracksTimer->setSingleShot(true);
    m_tracksTimer->setInterval(200);
    connect(m_tracksTimer, &QTimer::timeout, this, &WorkspacePlayback::updateTracks);
    const auto later = [this] { m_tracksTimer->start(); };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex&, const QModelIndex&, const QList<int>& roles) {
        if (!roles.contains(Qt::CheckStateRole))
            m_tracksTimer->start();
    });
    connect(model, &TrackTableModel::soloChanged, this,
            [this](int row, bool on) { m_controller->setSolo(m_model->trackName(row), on); });
    connect(model, &TrackTableModel::muteChanged, this,
            [this](int row, bool on) { m_controller->setMute(m_model->trackName(row), on); });

    for (TimelineCursor* cursor : {trackPanel->waveformView()->cursor(), trackPanel->loudnessView()->cursor()}) {
        connect(cursor, &TimelineCursor::seekRequested, controller, &PlaybackController::seek);
        connect(cursor, &TimelineCursor::loopRequested, controller, &PlaybackController::setLoop);
        connect(controller, &PlaybackController::positionChanged, cursor, &TimelineCursor::setPlayhead);
        connect(controller, &PlaybackController::stateChanged, cursor,
                [cursor, controller] { cursor->setLoop(controller->loopRegion()); });
    }
    connect(suggestions, &SuggestionsPanel::listenRequested, this, &WorkspacePlayback::listen);
    connect(suggestions, &SuggestionsPanel::previewRequested, this, &WorkspacePlayback::preview);
    connect(trackPanel, &TrackPanel::listenToIssue, this,
            [this](std::shared_ptr<const core::TrackProfile> track, int issue) { listenToIssue(*track, issue); });
}

std::vector<const core::TrackProfile*> WorkspacePlayback::profiles() const
{
    std::vector<const core::TrackProfile*> out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const auto* t = m_model->track(row); t != nullptr && t->profile)
            out.push_back(t->profile.get());
    return out;
}

void WorkspacePlayback::updateTracks()
{
    std::vector<PlaybackController::Track> tracks;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* t = m_model->track(row);
        if (t == nullptr || t->missing || t->state == TrackTableModel::State::Failed)
            continue;
        PlaybackController::Track track;
        track.name = m_model->trackName(row);
        track.path = t->path;
        if (t->profile)
            track.integratedLufs = t->profile->loudness.integratedLufs;
        tracks.push_back(std::move(track));
    }
    // The same files as before: nothing to reopen.
    bool same = tracks.size() == m_controller->tracks().size();
    for (std::size_t i = 0; same && i < tracks.size(); ++i)
        same = tracks[i].path == m_controller->tracks()[i].path;
    if (!same)
        m_controller->setTracks(std::move(tracks));
}

void WorkspacePlayback::listen(const core::Suggestion& suggestion)
{
    m_tracksTimer->stop();
    updateTracks();
    const core::ListenPlan plan = core::listenPlanFor(suggestion, profiles());
    m_controller->listen(plan, describe(plan));
}

void WorkspacePlayback::preview(const core::Suggestion& suggestion)
{
    auto move = core::moveFromSuggestion(suggestion);
    if (!move) {
        emit m_controller->message(tr("This suggestion has no move to preview: %1")
                                       .arg(QString::fromStdString(move.error().message)));
        return;
    }
    m_tracksTimer->stop();
    updateTracks();
    const core::ListenPlan plan = core::listenPlanFor(suggestion, profiles());
    const bool onTrack = suggestion.target.kind != core::SuggestionTarget::Kind::Session && !suggestion.target.tracks.empty();
    const QString track = onTrack ? QString::fromStdString(suggestion.target.tracks.front()) : QString();
    m_controller->preview(plan, move.value(), track,
                          tr("%1 — %2").arg(CoreText::suggestionTitle(suggestion), describe(plan)));
}

void WorkspacePlayback::listenToIssue(const core::TrackProfile& track, int issue)
{
    if (issue < 0 || static_cast<std::size_t>(issue) >= track.issues.size())
        return;
    m_tracksTimer->stop();
    updateTracks();
    const core::ListenPlan plan = core::listenPlanFor(track.issues[static_cast<std::size_t>(issue)], track);
    m_controller->listen(plan, describe(plan));
}

}  // namespace stemwise::ui
