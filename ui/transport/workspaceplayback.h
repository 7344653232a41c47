#pragma once
// WorkspacePlayback: connects the workspace's views to its PlaybackController — the session's
// tracks (from the track table, with their stored loudness), the table's Solo and Mute boxes,
// the playhead and loop on the waveform and loudness curve (click to seek, drag to loop),
// Listen and Preview on the suggestions and Listen on the track view's issues (what to play
// from playback/listenplan.h).
// Threading: UI thread only.

#include "analysis/trackprofile.h"
#include "suggest/suggestion.h"

#include <QObject>

#include <memory>
#include <vector>

class QTimer;

namespace stemwise::ui {

class PlaybackController;
class SuggestionsPanel;
class TrackPanel;
class TrackTableModel;

class WorkspacePlayback : public QObject {
    Q_OBJECT
public:
    WorkspacePlayback(PlaybackController* controller, TrackTableModel* model, TrackPanel* trackPanel,
                      SuggestionsPanel* suggestions, QObject* parent = nullptr);

    /// Listen/Preview of `suggestion` (what the panel's buttons do).
    void listen(const core::Suggestion& suggestion);
    void preview(const core::Suggestion& suggestion);
    void listenToIssue(const core::TrackProfile& track, int issue);

private:
    void updateTracks();
    [[nodiscard]] std::vector<const core::TrackProfile*> profiles() const;

    PlaybackController* m_controller;
    TrackTableModel* m_model;
    TrackPanel* m_trackPanel;
    QTimer* m_tracksTimer;
};

}  // namespace stemwise::ui
