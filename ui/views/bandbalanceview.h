#pragma once
// BandBalanceView: a track's share of energy in each of the seven bands, as bars, against
// the track type's expected range in every band (suggest/knowledgebase.h, TypeKnowledge::
// expected: the issue detector's limits of typenorms.h where it has them, measured elsewhere):
// the range is shaded behind the bar, a bar above it is drawn in the warning colour, one below
// its minimum in the caution colour.
// With the user's references (setReferenceRanges(), compare/referencestyle.h: the 10–90 %
// range of each band's share over the references of the target the References view compares
// with), a mix is shaded against them instead: a bar outside is coloured the same way and its
// tooltip says "above 90 % of your references" with the figure and the range.
// Values in % of the 20 Hz–20 kHz energy.
// Threading: UI thread only.

#include "analysis/trackprofile.h"

#include <QWidget>

#include <array>
#include <optional>
#include <string>

namespace stemwise::ui {

class BandBalanceView : public QWidget {
    Q_OBJECT
public:
    explicit BandBalanceView(QWidget* parent = nullptr);
    void setProfile(const core::TrackProfile* profile);
    using Ranges = std::array<std::optional<std::pair<double, double>>, core::kBandCount>;
    /// The references' 10–90 % share of each band (0..1) and how many references they are; they
    /// replace the type's ranges while set (`references` 0: the type's again).
    void setReferenceRanges(const Ranges& ranges, int references);
    /// The type's expected share of each band (min..max); every band for a type, none for "".
    [[nodiscard]] static std::array<std::optional<std::pair<double, double>>, core::kBandCount> limitsFor(
        const std::string& type);
    /// Bands outside their expected range, for tests.
    [[nodiscard]] int bandsOver() const;
    /// Shaded against the references (setReferenceRanges()), for tests.
    [[nodiscard]] bool showsReferences() const { return m_references > 0; }
    QSize sizeHint() const override { return {360, 220}; }
    QSize minimumSizeHint() const override { return {260, 180}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    std::array<double, core::kBandCount> m_share{};
    Ranges m_limit{};
    Ranges m_referenceRanges{};
    int m_references = 0;
    std::array<QRect, core::kBandCount> m_rows{};  // where each band was drawn, for its tooltip
    bool m_valid = false;
    std::string m_type;
};

/// "Sub bass", "Bass", … for band `index` (0..6).
[[nodiscard]] QString bandLabel(std::size_t index);
/// "20–60 Hz", "10–20 kHz"
[[nodiscard]] QString bandRange(std::size_t index);

}  // namespace stemwise::ui
