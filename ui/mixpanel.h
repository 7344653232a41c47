#pragma once
// MixPanel: the session's mix as a track (issue 21). The stems summed at unity (the sum the
// comparison's "Session mix" and the playback play, audio/mixdown.h) and analysed like any
// track: its loudness, true peak, range, band balance; the full figures, spectrum and bands in
// the track view (Show in Track View). And the distance of the mix to delivery targets:
// streaming (−14 LUFS integrated, −1 dBTP), EBU R128 broadcast (−23 LUFS, −1 dBTP) and the
// user's own (remembered): how much to turn the mix up or down to meet each loudness, and the
// true peak's margin to each ceiling.
// Threading: UI thread only; the sum is analysed on the pool (StoreJobs::analyseMix).

#include "analysis/trackprofile.h"

#include <QWidget>

#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace stemwise::ui {

class MixPanel : public QWidget {
    Q_OBJECT
public:
    /// A delivery target: integrated loudness and the true-peak ceiling.
    struct Target {
        QString name;
        double lufs = -14.0;
        double truePeakDbtp = -1.0;
    };
    enum Column { Name, Loudness, Distance, Ceiling, PeakMargin, ColumnCount };

    explicit MixPanel(QWidget* parent = nullptr);
    /// Nothing measured yet: why (a session analysing, fewer than two tracks).
    void showMessage(const QString& message);
    /// The sum is being measured.
    void setMeasuring(int stems);
    /// The analysed sum, or why there is none.
    void setMix(std::shared_ptr<const core::TrackProfile> mix, const QString& error = {});
    [[nodiscard]] const std::shared_ptr<const core::TrackProfile>& mix() const { return m_mix; }
    /// Streaming, EBU R128 and the user's own, in the list's order.
    [[nodiscard]] std::vector<Target> targets() const;
    [[nodiscard]] QTreeWidget* targetList() const { return m_targets; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    /// The user's own target (remembered in the settings).
    void setOwnTarget(double lufs, double truePeakDbtp);

signals:
    /// Show in Track View: the mix's full figures, spectrum and bands.
    void showMixRequested();

private:
    void fill();

    QLabel* m_summary = nullptr;
    QTreeWidget* m_targets = nullptr;
    QDoubleSpinBox* m_ownLufs = nullptr;
    QDoubleSpinBox* m_ownPeak = nullptr;
    QPushButton* m_show = nullptr;
    std::shared_ptr<const core::TrackProfile> m_mix;
};

}  // namespace stemwise::ui
