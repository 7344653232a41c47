#pragma once
// LiveWindow: the Live view — meters an audio input in real time and records takes.
// A device picker (every PortAudio input, by host API), start/stop and reset, the channel
// meters (peak with hold, RMS, clip lamps, true-peak maximum), loudness (EBU R128 M/S/I and
// LRA since reset), the live spectrum and band balance, the correlation meter, the record
// button with the take's elapsed time, and the overflow/xrun counters. When the input is
// lost (device unplugged, audio server gone) it says so, keeps the take recorded so far,
// and the input can be started again.
//
// Threading: UI thread only. The window owns a core::LiveInput; a timer at display rate
// (kRefreshMs) polls its lock-free snapshot; nothing here ever waits on the audio threads
// except stopping a take (which waits for the writer to finish the file).

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace stemwise::core {
class LiveInput;
struct LiveMeterSnapshot;
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

    explicit LiveWindow(QWidget* parent = nullptr);
    ~LiveWindow() override;

    /// Re-reads the input devices (the list is read once on construction).
    void refreshDevices();
    /// Selects the device whose name (and, if given, host API) contains the words; false if none.
    bool selectDevice(const QString& name, const QString& hostApi = {});
    /// Starts metering the selected device; false (and the reason shown) if it cannot.
    bool startInput();
    void stopInput();
    /// Folder new takes go to (default: the user's music folder, "Stemwise takes").
    void setTakesFolder(const QString& folder);

    // For tests and screenshots.
    [[nodiscard]] bool running() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString loudnessText() const;
    [[nodiscard]] std::int64_t framesMetered() const;

signals:
    /// A take was finished (stopped, or kept after the input was lost): `path` is a
    /// complete file, ready to join the session and be analysed like any stem.
    void takeRecorded(const QString& path);

private:
    void toggleRecording();
    void finishTake();
    void poll();
    void showSnapshot(const core::LiveMeterSnapshot& snapshot);
    void updateButtons();

    std::unique_ptr<core::LiveInput> m_input;
    std::unique_ptr<core::LiveMeterSnapshot> m_snapshot;
    QTimer* m_timer = nullptr;
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
