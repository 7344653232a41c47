#pragma once
// PlaybackController: the workspace's hold on the playback engine (core/playback). It opens
// the engine on the session's stems when first asked to play, forwards transport, solo/mute,
// Listen and Preview to it, and polls its status at display rate for the transport bar and
// the playheads.
//
// Threading: UI thread. The engine's calls are messages that return at once, except open()
// and close() (PortAudio starting or stopping a device: up to hundreds of ms on JACK); those
// run on the global thread pool, and while one runs the controller queues what it is asked
// and replays it once the engine is open — the UI thread never waits on the device. The
// engine is used from one thread at a time: the pool thread during open/close, the UI
// thread otherwise (each hand-over ordered by QFutureWatcher's finished signal).

#include "playback/listenplan.h"
#include "playback/move.h"
#include "playback/playbackengine.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace stemwise::ui {

class PlaybackController : public QObject {
    Q_OBJECT
public:
    struct Track {
        QString name;
        QString path;
        std::optional<double> integratedLufs;  ///< the stored figure, for matching
        int slot = 0;                          ///< A/B slot
    };
    enum class Aid { None, Listen, Preview };

    explicit PlaybackController(QObject* parent = nullptr);
    ~PlaybackController() override;  ///< closes the engine (waits for a pending open first)

    /// The output (Settings): host API and device names, as PlaybackConfig takes them.
    void setOutput(const QString& hostApi, const QString& device);
    /// The tracks to play; the engine reopens on them at the next play(). Keeps the playhead.
    void setTracks(std::vector<Track> tracks);
    [[nodiscard]] const std::vector<Track>& tracks() const { return m_tracks; }

    // Transport.
    void togglePlay();
    void play();
    void pause();
    void stop();
    void seek(double positionS);
    void setLoop(double startS, double endS);
    void clearLoop();
    void setLoopEnabled(bool on);  ///< the last loop region, on or off
    [[nodiscard]] bool loopOn() const { return m_loopOn; }
    /// What loops now: Listen's or Preview's stretch, else the user's loop when it is on.
    [[nodiscard]] std::optional<std::pair<double, double>> loopRegion() const
    {
        if (m_aid != Aid::None)
            return m_aidRegion;
        return m_loopOn ? m_loop : std::nullopt;
    }

    // The track table's solo and mute, by track name.
    void setSolo(const QString& track, bool solo);
    void setMute(const QString& track, bool mute);
    [[nodiscard]] bool soloed(const QString& track) const;
    [[nodiscard]] bool muted(const QString& track) const;

    /// Plays `plan` (its tracks soloed, its band, its listening mode, its region looped).
    void listen(const core::ListenPlan& plan, const QString& what);
    /// As listen(), with `move` on `track` (empty: the output), loudness-matched: the region
    /// is measured with and without the move and the "with" side plays at the difference.
    void preview(const core::ListenPlan& plan, const core::Move& move, const QString& track, const QString& what);
    /// With or without the previewed move.
    void setPreviewWith(bool with);
    [[nodiscard]] bool previewWith() const { return m_previewWith; }
    /// Ends Listen/Preview: solo, band, mode and loop back to what the table says.
    void endAid();
    [[nodiscard]] Aid aid() const { return m_aid; }
    [[nodiscard]] QString aidText() const { return m_aidText; }

    /// A/B: loudness matching of the slots to `targetLufs` from the tracks' stored figures.
    void setMatching(bool enabled, double targetLufs = -23.0);
    [[nodiscard]] bool matching() const { return m_match.enabled; }
    /// Crossfades to A/B slot `slot` at the playhead.
    void switchToSlot(int slot);

    [[nodiscard]] bool playing() const;
    [[nodiscard]] bool opening() const { return m_busy; }
    [[nodiscard]] double positionS() const;
    [[nodiscard]] const core::PlaybackStatus& status() const { return m_status; }
    [[nodiscard]] QString deviceName() const;
    /// The engine, for tests (nullptr while opening or closing).
    [[nodiscard]] core::PlaybackEngine* engineForTesting() { return m_busy ? nullptr : m_engine.get(); }

signals:
    void positionChanged(double positionS);
    /// Playing, paused or stopped; opened, closed or lost; loop, aid or matching changed.
    void stateChanged();
    void statusUpdated();
    /// Something for the status line: a stem muted, the device lost, an open that failed.
    void message(const QString& text);

private:
    struct OpenOutcome {
        bool ok = false;
        QString error;
    };
    void whenOpen(std::function<void()> action);
    void openEngine();
    void closeEngine(std::function<void()> then = {});
    void applyTableState();
    void poll();
    [[nodiscard]] int indexOf(const QString& track) const;

    std::unique_ptr<core::PlaybackEngine> m_engine;
    bool m_open = false;
    bool m_busy = false;  // open() or close() runs on the pool
    std::vector<std::function<void()>> m_pending;
    std::vector<Track> m_tracks;
    bool m_tracksChanged = true;
    QString m_hostApi;
    QString m_device;
    std::map<QString, bool> m_solo;
    std::map<QString, bool> m_mute;
    double m_positionS = 0.0;
    std::optional<std::pair<double, double>> m_loop;
    bool m_loopOn = false;
    Aid m_aid = Aid::None;
    QString m_aidText;
    std::optional<std::pair<double, double>> m_aidRegion;
    bool m_previewWith = true;
    core::MatchSettings m_match;
    core::PlaybackStatus m_status;
    QTimer* m_timer = nullptr;
    QFuture<OpenOutcome> m_openJob;
    QFuture<void> m_closeJob;
};

}  // namespace stemwise::ui
