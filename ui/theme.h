#pragma once
// The look: Fusion with a dark palette (the default, what engineers know from their DAWs) or
// a light one, plus the few colours the views draw with beyond the palette (meter colours,
// the expected-range shading), chosen per theme so they stay readable on either background.

#include <QColor>
#include <QString>

#include <string_view>

class QApplication;
class QPainter;
class QWidget;

namespace stemwise::ui {

enum class Theme { Dark, Light };

/// "dark" / "light" (as stored in the settings); anything else is the dark default.
[[nodiscard]] Theme themeFromName(const QString& name);
[[nodiscard]] QString themeName(Theme theme);

/// Applies `theme` to the application (style and palette). Views follow through PaletteChange.
void applyTheme(QApplication& app, Theme theme = Theme::Dark);

/// Colours the views use beyond the palette, for the theme currently applied.
struct ViewColors {
    QColor plotBackground;
    QColor grid;
    QColor axisText;
    QColor trace;       ///< the main curve
    QColor traceAlt;    ///< a second curve
    QColor expected;    ///< shading of the type's expected range (translucent)
    QColor over;        ///< above a limit
    QColor good;
    QColor warn;
    QColor bad;
    QColor marker;      ///< onset markers
    QColor changed;     ///< background of a figure that changed since the previous bounce
};
[[nodiscard]] const ViewColors& viewColors();

/// The start of a QPainter view's paintEvent: the view filled with the plot background and
/// `title` on its first text line (8 px in, 4 px down, aligned by `alignment`), drawn in the
/// window text colour that the pen keeps. Returns the height of a line of the view's font.
int paintViewTitle(QPainter& p, const QWidget& view, Qt::Alignment alignment, const QString& title);

/// A distinct colour for track number `index` (the session's colour column and chart legends).
[[nodiscard]] QColor trackColor(int index);
/// The colour of a track type (a core type key: "vocals", "kick", …; issue 21: colour by type):
/// the drum types in warm neighbouring hues, the other families apart, the mix and "other"
/// grey; an unknown or empty type (not analysed yet) a dim grey.
[[nodiscard]] QColor typeColor(std::string_view type);

}  // namespace stemwise::ui
