#pragma once
// LiveWindow: the Live view — meters an audio input in real time, suggests moves for it and
// records takes. A device picker (every PortAudio input, by host API), start/stop and reset,
// the channel meters (peak with hold, RMS, clip lamps, true-peak maximum), loudness (EBU R128
// M/S/I and LRA since reset), the live spectrum and band balance, the correlation meter, the
// record button with the take's elapsed time, and the overflow/xrun counters. When the input
// is lost (device unplugged, audio server gone) it says so, keeps the take recorded so far,
// and the input can be started again.
//
// Live suggestions: a core::LiveSuggester taps the metered audio; every few seconds it runs
// the offline analysis and the suggestion engine on the recent window for the chosen source
// type ("Source" combo), with the learned model read from the user database
// (setDatabasePath()). The list updates in place by suggestion key: rows that stay keep their
// place, selection and scroll; changed rows change; a suggestion gone from a round fades
// (greyed) and leaves after kGoneRounds rounds without it.
//
// Threading: UI thread only. The window owns a core::LiveInput and its LiveSuggester.
// Device enumeration, start and stop run on the window's own control thread (one thread, one
// operation at a time, so LiveInput sees one control thread); while one runs, busy() is true
// and the window touches neither object. A timer at display rate (kRefreshMs) polls the
// lock-free meter snapshot and the latest suggestion round (a mutex held only to copy it).
// Starting and finishing a take run on the control thread too (creating the file, waiting
// for the writer to close it); only a take already closed by a lost input is collected here.

#include <QThreadPool>
#include <QWidget>

#include <cstdint>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace stemwise::core {
class LiveInput;
class LiveSuggester;
struct LiveMeterSnapshot;
struct LiveSuggestionRound;
struct LiveSuggesterSettings;
}  // namespace stemwise::core

namespace stemwise::ui {

class CorrelationMeter;
class LevelMeterWidget;
class LiveBandBalanceView;
class LiveSpectrumView;

class LiveWindow : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 16;  ///< about 60 updates per second
    static constexpr int kGoneRounds = 2;  ///< rounds a vanished suggestion stays, faded

    explicit LiveWindow(QWidget* parent = nullptr);
    ~LiveWindow() override;  ///< waits for an operation in progress, then stops the input

    /// Re-reads the input devices on the control thread (also done on construction);
    /// devicesListed() when done.
    void refreshDevices();
    /// Selects the device whose name (and, if given, host API) contains the words; false if
    /// none (or the list is still being read).
    bool selectDevice(const QString& name, const QString& hostApi = {});
    /// Starts metering the selected device on the control thread; false if it cannot even be
    /// tried (busy, no device). inputStarted() tells how it went (the reason shown if not).
    bool startInput();
    /// Stops metering (on the control thread; a take in progress is finished first).
    void stopInput();
    /// Folder new takes go to (default: the user's music folder, "Stemwise takes").
    void setTakesFolder(const QString& folder);
    /// The user database whose learned model the live suggestions apply (read on a worker;
    /// set it again after a rating, and the next round follows it).
    void setDatabasePath(const QString& path);
    /// The source type the suggestion rules assume (a core::kTrackTypes name).
    void setSourceType(const QString& type);

    // For tests and screenshots.
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool running() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString loudnessText() const;
    [[nodiscard]] std::int64_t framesMetered() const;
    /// The rules of the suggestions now listed (faded ones excluded), top first.
    [[nodiscard]] QStringList suggestionRules() const;
    /// The line above the suggestions: what they were made from, whether ratings apply.
    [[nodiscard]] QString suggestionNote() const;
    /// Suggestion rounds shown since the input started.
    [[nodiscard]] std::int64_t suggestionRounds() const { return m_roundsShown; }

signals:
    /// A take was finished (stopped, or kept after the input was lost): `path` is a
    /// complete file, ready to join the session and be analysed like any stem.
    void takeRecorded(const QString& path);
    void devicesListed(int count);
    void inputStarted(bool ok);

private:
    struct TakeOutcome {
        QString path;
        bool ok = false;
        std::int64_t frames = 0;
        double sampleRateHz = 0.0;
        QString error;
    };
    static core::LiveSuggesterSettings suggesterSettings();
    void toggleRecording();
    /// Ends the take on `input` (the control thread, or the UI thread when nothing else runs).
    static TakeOutcome finishTakeOn(core::LiveInput& input, const QString& path);
    void showTake(const TakeOutcome& take);
    void finishTake();  // synchronous: the take was closed by the writer already, or at teardown
    void poll();
    void showSnapshot(const core::LiveMeterSnapshot& snapshot);
    void showSuggestions(const core::LiveSuggestionRound& round);
    void setBusy(bool busy, const QString& status = {});
    void updateButtons();
    void stopNow();

    // Declared before m_input: the input's stream pushes to the suggester, so the suggester
    // is destroyed after the input.
    std::unique_ptr<core::LiveSuggester> m_suggester;
    std::unique_ptr<core::LiveInput> m_input;
    std::unique_ptr<core::LiveMeterSnapshot> m_snapshot;
    QThreadPool m_control;  // one thread: enumeration, start, stop
    bool m_busy = false;
    bool m_learnedLoaded = false;
    std::int64_t m_roundsShown = 0;
    QTimer* m_timer = nullptr;
    QComboBox* m_sourceType = nullptr;
    QTreeWidget* m_suggestions = nullptr;
    QLabel* m_suggestNote = nullptr;
    QComboBox* m_devices = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_counters = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_momentary = nullptr;
    QLabel* m_shortTerm = nullptr;
    QLabel* m_integrated = nullptr;
    QLabel* m_range = nullptr;
    LevelMeterWidget* m_levels = nullptr;
    LiveSpectrumView* m_spectrum = nullptr;
    LiveBandBalanceView* m_bands = nullptr;
    CorrelationMeter* m_correlation = nullptr;
    QString m_takesFolder;
    QString m_takePath;
    bool m_lostShown = false;
};

}  // namespace stemwise::ui
