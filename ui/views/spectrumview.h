#pragma once
// SpectrumView: a track's long-term average spectrum on a logarithmic frequency axis
// (20 Hz–20 kHz), smoothed to 1/3, 1/6 or 1/12 octave, with the track type's expected
// range shaded from 20 Hz to 20 kHz without a gap: in each of the seven bands, the type's
// expected share of the energy (suggest/knowledgebase.h, TypeKnowledge::expected), as the
// levels the band would have at its minimum and its maximum share of this track's energy,
// spread evenly over the band (from the floor when the minimum is 0). A curve inside the
// shading is within the expected range. With the user's references (setReferenceRanges(): the
// 10–90 % range of each band's share over the references, compare/referencestyle.h) the shading
// is theirs instead, so a curve outside it lies above or below 90 % of them.
// Smoothing a few hundred points is cheap enough for the UI thread (well under 1 ms).
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <array>
#include <optional>
#include <QWidget>

#include <utility>
#include <vector>

namespace stemwise::ui {

class SpectrumView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrumView(QWidget* parent = nullptr);
    ~SpectrumView() override;

    /// Shows `profile`'s spectrum (nullptr: empty). The view keeps what it needs.
    void setProfile(const core::TrackProfile* profile);
    /// The references' 10–90 % share of each band (0..1) and how many they are: shaded instead
    /// of the type's range while `references` > 0.
    void setReferenceRanges(const std::array<std::optional<std::pair<double, double>>, core::kBandCount>& ranges,
                            int references);
    /// Smoothing as a fraction of an octave: 3, 6 or 12 (1/3, 1/6, 1/12 octave).
    void setSmoothing(int fractionOfOctave);
    [[nodiscard]] int smoothing() const { return m_fraction; }

    /// The curve as drawn (dB per point, after smoothing), for tests.
    [[nodiscard]] const std::vector<double>& shownDb() const { return m_shownDb; }
    /// Number of shaded expected-range areas drawn.
    [[nodiscard]] int expectedAreas() const;
    /// The frequency span (Hz) of each shaded area, low to high, for tests.
    [[nodiscard]] std::vector<std::pair<double, double>> expectedSpansHz() const;

    /// Power-mean smoothing of a 24-points-per-octave spectrum over 1/`fraction` octave
    /// (core::smoothSpectrumDb).
    [[nodiscard]] static std::vector<double> smooth(const std::vector<double>& db, int fraction);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Charts;
    void rebuild();
    std::unique_ptr<Charts> m_charts;
    std::vector<double> m_frequencyHz;
    std::vector<double> m_db;
    std::vector<double> m_shownDb;
    std::string m_type;
    std::array<std::optional<std::pair<double, double>>, core::kBandCount> m_referenceRanges{};
    int m_references = 0;
    int m_fraction = 6;
};

}  // namespace stemwise::ui
