#pragma once
// The workspace's DAW follow: a running Ardour or REAPER followed over OSC
// (core/daw/oscfollower.h), as the settings ask (off by default). Tells the window the
// connection's status for the status bar, the DAW's selected track when it changes, and the
// followed faders, pans and mutes when they change (coalesced: once they have been still for
// kMixSettleMs, so a fader ride gives one new mix, not hundreds).
//
// Threading: UI thread. The follower is started and stopped on a pool thread (a host name may
// take a DNS look-up; stopping joins the follower's thread), and its state is read by a 10 Hz
// timer, which costs a pointer copy: the UI thread never waits on the OSC thread.

#include "daw/oscfollower.h"
#include "daw/sessionfiles.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

class QTimer;

namespace stemwise::ui {

struct AppSettings;

class DawFollower : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 100;
    static constexpr int kMixSettleMs = 250;

    explicit DawFollower(QObject* parent = nullptr);
    ~DawFollower() override;

    /// Starts, restarts or stops following as `settings` say (dawFollow, dawKind, dawHost,
    /// dawPort, dawListenPort); nothing happens when they are what runs already.
    void configure(const AppSettings& settings);
    [[nodiscard]] bool isOn() const { return m_on; }
    /// The last state read (null while off or starting).
    [[nodiscard]] std::shared_ptr<const core::FollowState> state() const { return m_state; }
    /// For the status bar: "Ardour: following, 12 tracks", "REAPER: waiting on port 9000"…;
    /// empty while off.
    [[nodiscard]] QString statusText() const { return m_statusText; }
    /// The port listened on (0 while off or starting).
    [[nodiscard]] int listenPort() const { return m_port; }

    /// The index in `state.tracks` of the DAW track that the session's file `filePath` is
    /// followed through, or -1: the track its session file names (`sessionContext`, by the
    /// DAW track's name), else the one track the file is named after, as a bounce is matched
    /// (core::stemNamesDawTrack: "Lead Vox.wav", "Song - Lead Vox.wav" for "Lead Vox").
    [[nodiscard]] static int followedTrackFor(const core::FollowState& state, const QString& filePath,
                                              const core::DawStemContext* sessionContext);

signals:
    /// The status text changed (see statusText()).
    void statusChanged(const QString& text);
    /// The DAW's selected track is now `name` (its name in the DAW).
    void selectedTrackChanged(const QString& name);
    /// The followed gains, pans or mutes changed and have settled.
    void mixChanged();

private:
    void poll();
    void setStatusText(const QString& text);
    [[nodiscard]] QString dawName() const;

    std::shared_ptr<core::OscFollower> m_follower;
    std::shared_ptr<const core::FollowState> m_state;
    QTimer* m_timer = nullptr;
    QTimer* m_mixTimer = nullptr;
    bool m_on = false;
    int m_generation = 0;  // bumps with each configuration, so a late start is dropped
    int m_port = 0;
    QString m_key;         // the configuration that runs
    core::DawKind m_kind = core::DawKind::Ardour;
    std::uint64_t m_revision = 0;
    QString m_selected;
    QString m_mixKey;      // gains, pans and mutes as last told
    QString m_statusText;
};

}  // namespace stemwise::ui
