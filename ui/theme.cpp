// Dark and light palettes for Fusion, and the views' extra colours per theme.
#include "theme.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPalette>
#include <QStyleFactory>
#include <QWidget>

#include <array>

namespace stemwise::ui {

namespace {

Theme g_theme = Theme::Dark;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x26, 0x28, 0x2b);
    const QColor base(0x1d, 0x1f, 0x21);
    const QColor text(0xdc, 0xdf, 0xe4);
    const QColor accent(0x3d, 0xae, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x25, 0x28));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x73, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x73, 0x7a));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf2, 0xf3, 0xf5);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1c, 0x1e, 0x21);
    const QColor accent(0x1a, 0x6f, 0xc4);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x75, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9e, 0xa4));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9e, 0xa4));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9e, 0xa4));
    return p;
}

const ViewColors kDarkColors{
    QColor(0x1d, 0x1f, 0x21), QColor(0x3a, 0x3d, 0x42), QColor(0xb8, 0xbd, 0xc5),
    QColor(0x3d, 0xae, 0xe9), QColor(0xf0, 0xb4, 0x3c), QColor(0x4c, 0xc3, 0x7a, 60),
    QColor(0xe8, 0x5d, 0x5d), QColor(0x4c, 0xc3, 0x7a), QColor(0xf0, 0xb4, 0x3c),
    QColor(0xe8, 0x5d, 0x5d), QColor(0xf0, 0xb4, 0x3c, 150), QColor(0x6b, 0x4f, 0x12)};
const ViewColors kLightColors{
    QColor(0xff, 0xff, 0xff), QColor(0xdd, 0xe0, 0xe4), QColor(0x45, 0x4a, 0x52),
    QColor(0x1a, 0x6f, 0xc4), QColor(0xc0, 0x6a, 0x00), QColor(0x2e, 0x9e, 0x5b, 55),
    QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x8b, 0x4f), QColor(0xb8, 0x6e, 0x00),
    QColor(0xc6, 0x28, 0x28), QColor(0xc0, 0x6a, 0x00, 150), QColor(0xff, 0xe6, 0xa8)};

}  // namespace

Theme themeFromName(const QString& name)
{
    return name == QLatin1String("light") ? Theme::Light : Theme::Dark;
}

QString themeName(Theme theme)
{
    return theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

void applyTheme(QApplication& app, Theme theme)
{
    g_theme = theme;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(theme == Theme::Light ? lightPalette() : darkPalette());
}

const ViewColors& viewColors()
{
    return g_theme == Theme::Light ? kLightColors : kDarkColors;
}

int paintViewTitle(QPainter& p, const QWidget& view, Qt::Alignment alignment, const QString& title)
{
    p.fillRect(view.rect(), viewColors().plotBackground);
    const int line = QFontMetrics(view.font()).height();
    p.setPen(view.palette().color(QPalette::WindowText));
    p.drawText(QRect(8, 4, view.width() - 16, line), alignment | Qt::AlignVCenter, title);
    return line;
}

QColor trackColor(int index)
{
    // Twelve hues that stay apart side by side, then the same hues darker; saturation and
    // value read on both backgrounds.
    static constexpr std::array<int, 12> kHues{205, 28, 130, 340, 50, 265, 175, 0, 95, 300, 225, 15};
    const int n = static_cast<int>(kHues.size());
    const int hue = kHues[static_cast<std::size_t>(((index % n) + n) % n)];
    const int value = index / n % 2 == 0 ? 225 : 170;
    return QColor::fromHsv(hue, 170, value);
}

QColor typeColor(std::string_view type)
{
    struct Hue {
        std::string_view type;
        int hue;
        int saturation;
    };
    static constexpr std::array<Hue, 15> kHues{{{"vocals", 350, 170}, {"drums", 28, 190}, {"kick", 12, 190},
                                                {"snare", 42, 190}, {"hats", 56, 170}, {"bass", 265, 150},
                                                {"guitar", 130, 160}, {"keys", 205, 170}, {"synth", 180, 170},
                                                {"pad", 225, 120}, {"strings", 95, 150}, {"winds", 75, 150},
                                                {"fx", 300, 140}, {"mix", 0, 0}, {"other", 0, 30}}};
    for (const Hue& h : kHues)
        if (h.type == type)
            return QColor::fromHsv(h.hue, h.saturation, h.saturation == 0 ? 200 : 225);
    return QColor::fromHsv(0, 0, 120);
}

}  // namespace stemwise::ui
