#pragma once
// The track view: everything measured on one track, read in depth — the long-term spectrum
// (smoothing selectable, the type's expected range shaded), the seven-band balance against
// the type's limits, loudness and dynamics figures and the short-term loudness over time,
// the waveform overview with onsets, stereo, tempo, key, f0/HNR, pattern tags, the issues
// with their severity and the quality score with its breakdown. A mix is shaded against the
// user's references instead of its type's range when the References view compares with a
// target of several (setReferenceStyle()).
// Threading: UI thread only.

#include "analysis/trackprofile.h"
#include "compare/referencestyle.h"
#include "daw/sessionfiles.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace stemwise::ui {

class BandBalanceView;
class LoudnessCurveView;
class SpectrumView;
class WaveformView;

class TrackPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrackPanel(QWidget* parent = nullptr);

    /// Where the track's type comes from and how sure it is, as the header shows it ("from the
    /// sound, 82 % sure"; "uncertain from the sound: perhaps a synth or keys, 31 % sure").
    [[nodiscard]] static QString typeSourceNote(const core::TrackProfile& profile);

    /// Shows `profile` (nullptr: a hint). `message` replaces the figures (e.g. an error).
    /// While the panel is hidden behind another tab it only keeps them, and fills its
    /// charts and figures when it is shown.
    void setTrack(std::shared_ptr<const core::TrackProfile> profile, const QColor& color,
                  const QString& message = {});
    /// The DAW track the shown file was found through (a session file opened like a folder):
    /// a line under the header with its fader, pan, mute/solo/polarity, plug-ins and sends.
    /// nullptr: no line. Set before setTrack().
    void setDawContext(std::shared_ptr<const core::DawStemContext> context);
    /// The line setDawContext() shows, as rich text; empty for nullptr.
    [[nodiscard]] static QString dawContextText(const core::DawStemContext* context);
    /// The style of the references the References view compares with (null: none): a track of
    /// type mix is shaded against their 10–90 % band shares in the spectrum and balance views.
    void setReferenceStyle(std::shared_ptr<const core::ReferenceStyle> style);
    /// 3, 6 or 12 (1/3, 1/6, 1/12 octave); also reachable from the smoothing box.
    void setSmoothing(int fractionOfOctave);
    [[nodiscard]] int smoothing() const;

    [[nodiscard]] SpectrumView* spectrumView() const { return m_spectrum; }
    [[nodiscard]] BandBalanceView* bandBalanceView() const { return m_bands; }
    [[nodiscard]] LoudnessCurveView* loudnessView() const { return m_loudness; }
    [[nodiscard]] WaveformView* waveformView() const { return m_waveform; }
    [[nodiscard]] QComboBox* smoothingBox() const { return m_smoothingBox; }
    /// The profile shown, or null.
    [[nodiscard]] const std::shared_ptr<const core::TrackProfile>& profile() const { return m_profile; }

signals:
    void smoothingChanged(int fractionOfOctave);
    /// The issue's Listen link: play where it is heard best (see playback/listenplan.h).
    void listenToIssue(std::shared_ptr<const core::TrackProfile> track, int issue);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showTrack();
    void fillFigures();
    std::shared_ptr<const core::TrackProfile> m_profile;
    std::shared_ptr<const core::ReferenceStyle> m_style;
    QColor m_color;
    QString m_message;
    bool m_stale = false;  // setTrack() while hidden: showTrack() on the next show
    QLabel* m_header = nullptr;
    QLabel* m_daw = nullptr;  ///< the DAW track of the file, when a session file named it
    std::shared_ptr<const core::DawStemContext> m_dawContextShown;
    QComboBox* m_smoothingBox = nullptr;
    SpectrumView* m_spectrum = nullptr;
    BandBalanceView* m_bands = nullptr;
    LoudnessCurveView* m_loudness = nullptr;
    WaveformView* m_waveform = nullptr;
    QLabel* m_levels = nullptr;
    QLabel* m_character = nullptr;
    QLabel* m_issues = nullptr;
    QLabel* m_score = nullptr;
};

}  // namespace stemwise::ui
