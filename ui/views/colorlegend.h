#pragma once
// ColorLegend: the key to a view's colour encoding, as a row of entries that wraps to the
// width it is given: a colour ramp with its two ends ("severity 0 % … 100 %"), or a swatch
// (a fill, an outline or both) with what it means. Every colour-coded view carries one
// (issue 21: the heat map's colours, the masking matrix's cells and borders had no key).
// Threading: UI thread only.

#include <QColor>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace stemwise::ui {

class ColorLegend : public QWidget {
    Q_OBJECT
public:
    struct Entry {
        QString label;                 ///< what the colour means
        QColor fill;                   ///< the swatch, or the ramp's low end
        std::optional<QColor> to;      ///< set: a ramp from `fill` to `to`, `label` before its ends
        std::optional<QColor> mid;     ///< a ramp's middle, if not the blend of its ends
        QString fromText;              ///< a ramp's low end ("0 %")
        QString toText;                ///< a ramp's high end ("100 %")
        std::optional<QColor> outline; ///< a swatch drawn as an outlined cell
        QColor under;                  ///< what a translucent swatch is drawn on (the plot's background)
    };
    explicit ColorLegend(QWidget* parent = nullptr);
    void setEntries(std::vector<Entry> entries);
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }
    /// The legend's words, in order ("severity: 0 % … 100 %; outlined: …"), for tests and tooltips.
    [[nodiscard]] QString text() const;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Lays the entries out in `width`: each entry's rectangle; returns the height used.
    int layout(int width, std::vector<QRect>* rects) const;
    [[nodiscard]] int entryWidth(const Entry& e) const;
    std::vector<Entry> m_entries;
};

}  // namespace stemwise::ui
