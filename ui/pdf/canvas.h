#pragma once
// The report's page: A4 in points (1/72 inch) with its margins, and the painter with the few
// text and drawing primitives every page and chart uses (fonts are DejaVu Sans, black on
// white). table() and elide() lay out the report's tables.
// Threading: the thread that owns the application (fonts).

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace stemwise::ui::pdf {

inline constexpr double kPageW = 595.0; // A4 in points
inline constexpr double kPageH = 842.0;
inline constexpr double kMargin = 40.0;
inline constexpr double kContentW = kPageW - 2 * kMargin;
inline constexpr double kFooterY = kPageH - 28.0;

/// The painter in points, with the few text and chart primitives every page uses.
class Canvas {
public:
    explicit Canvas(QPainter& painter)
        : p(painter)
    {
    }

    QFont font(double sizePt, bool bold = false) const
    {
        // Any name prints: DejaVu Sans for Latin, Greek, Cyrillic, Hebrew and Arabic; Symbola
        // for emoji and symbols; Droid Sans Fallback for Chinese, Japanese and Korean; FreeSans
        // for what is left (scripts/install-deps.sh installs all four). Qt tries them in order
        // for each character; before, an emoji printed as an empty box.
        QFont f;
        f.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Symbola"),
            QStringLiteral("Droid Sans Fallback"), QStringLiteral("FreeSans") });
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(sizePt);
        f.setBold(bold);
        return f;
    }

    /// Draws `text` wrapped into the width of `r` from its top; returns the height used.
    double text(const QRectF& r, const QString& s, double sizePt, bool bold = false,
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, const QColor& colour = Qt::black)
    {
        p.setFont(font(sizePt, bold));
        p.setPen(colour);
        QRectF used;
        // Names reach every sentence (suggestions, findings): a direction override or
        // embedding in one would reorder the rest of its line, so none is ever drawn.
        QString shown = s;
        shown.removeIf([](QChar ch) { return ch.unicode() >= 0x202A && ch.unicode() <= 0x202E; });
        p.drawText(r, flags, shown, &used);
        return used.height();
    }

    /// The size, at most `sizePt` and at least `minPt`, at which `s` fits in one line of `width`.
    double fittedSize(
        const QString& s, double width, double sizePt, bool bold = false, double minPt = 5.0) const
    {
        const double w = QFontMetricsF(font(sizePt, bold), p.device()).horizontalAdvance(s);
        return w <= width ? sizePt : std::max(minPt, sizePt * width / w);
    }

    double textHeight(double width, const QString& s, double sizePt, bool bold = false) const
    {
        const QFontMetricsF fm(font(sizePt, bold), p.device());
        return fm.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, s).height();
    }

    void line(double x1, double y1, double x2, double y2, double width = 0.5,
        Qt::PenStyle style = Qt::SolidLine, const QColor& colour = Qt::black)
    {
        QPen pen(colour, width, style);
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        p.drawLine(QPointF(x1, y1), QPointF(x2, y2));
    }

    void heading(double& y, const QString& s)
    {
        text(QRectF(kMargin, y, kContentW, 16), s, 11.0, true);
        y += 16.0;
        line(kMargin, y, kMargin + kContentW, y, 0.4, Qt::SolidLine, QColor(120, 120, 120));
        y += 5.0;
    }

    QPainter& p;
};

/// A table at (x, y): header row bold, rows of cells, column widths in points, the first
/// `leftColumns` columns left-aligned and the rest right-aligned; returns its height.
double table(Canvas& c, double x, double y, const std::vector<double>& widths, const QStringList& header,
    const std::vector<QStringList>& rows, double sizePt = 7.5, int leftColumns = 1);

/// `s` cut to `width` points at `sizePt` with an ellipsis.
[[nodiscard]] QString elide(const Canvas& c, const QString& s, double width, double sizePt);

} // namespace stemwise::ui::pdf
