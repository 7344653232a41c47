// Seven-band balance bars (see bandbalanceview.h).
#include "bandbalanceview.h"

#include "coretext.h"

#include "theme.h"

#include "suggest/knowledgebase.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

QString bandLabel(std::size_t index)
{
    static const char* const kLabels[] = {QT_TRANSLATE_NOOP("Band", "Sub bass"), QT_TRANSLATE_NOOP("Band", "Bass"),
                                          QT_TRANSLATE_NOOP("Band", "Low mids"), QT_TRANSLATE_NOOP("Band", "Mids"),
                                          QT_TRANSLATE_NOOP("Band", "Upper mids"), QT_TRANSLATE_NOOP("Band", "Highs"),
                                          QT_TRANSLATE_NOOP("Band", "Air")};
    return index < core::kBandCount ? QCoreApplication::translate("Band", kLabels[index]) : QString();
}

QString bandRange(std::size_t index)
{
    if (index >= core::kBandCount)
        return {};
    return QStringLiteral("%1–%2 Hz").arg(hzTick(core::kBands[index].lowHz), hzTick(core::kBands[index].highHz));
}

BandBalanceView::BandBalanceView(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

std::array<std::optional<std::pair<double, double>>, core::kBandCount> BandBalanceView::limitsFor(const std::string& type)
{
    std::array<std::optional<std::pair<double, double>>, core::kBandCount> limits{};
    if (type.empty())
        return limits;
    const core::TypeKnowledge k = core::typeKnowledge(type);
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        limits[b] = std::pair{k.expected[b].min, std::min(k.expected[b].max, 1.0)};
    return limits;
}

void BandBalanceView::setProfile(const core::TrackProfile* profile)
{
    m_valid = profile != nullptr;
    m_type = profile ? profile->type : std::string();
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        m_share[b] = profile ? profile->spectrum.bands[b].share : 0.0;
    m_limit = m_references > 0 ? m_referenceRanges : limitsFor(m_type);
    update();
}

void BandBalanceView::setReferenceRanges(const Ranges& ranges, int references)
{
    m_referenceRanges = ranges;
    m_references = std::max(0, references);
    m_limit = m_references > 0 ? m_referenceRanges : limitsFor(m_type);
    update();
}

bool BandBalanceView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip || !m_valid)
        return QWidget::event(event);
    const auto* help = static_cast<QHelpEvent*>(event);
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        if (!m_rows[b].contains(help->pos()) || !m_limit[b])
            continue;
        const QString share = QStringLiteral("%1 %").arg(formatNumber(m_share[b] * 100.0, 1));
        const QString range = QStringLiteral("%1–%2 %").arg(formatNumber(m_limit[b]->first * 100.0, 1),
                                                            formatNumber(m_limit[b]->second * 100.0, 1));
        QString tip;
        if (m_references > 0) {
            const QString where = m_share[b] > m_limit[b]->second   ? tr("above 90 % of your references")
                                  : m_share[b] < m_limit[b]->first ? tr("below 90 % of your references")
                                                                    : tr("within the middle 80 % of your references");
            tip = tr("%1: %2 of the energy, %3 (10–90 %: %4)").arg(bandLabel(b), share, where, range);
        } else {
            tip = tr("%1: %2 of the energy (expected for %3: %4)").arg(bandLabel(b), share, CoreText::trackType(m_type), range);
        }
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

int BandBalanceView::bandsOver() const
{
    int over = 0;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        over += m_valid && m_limit[b] && (m_share[b] > m_limit[b]->second || m_share[b] < m_limit[b]->first) ? 1 : 0;
    return over;
}

void BandBalanceView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ViewColors& c = viewColors();
    const QFontMetrics fm(font());
    const int line = paintViewTitle(
        p, *this, Qt::AlignLeft,
        !m_valid            ? tr("Band balance")
        : m_references > 0 ? tr("Band balance (% of energy; shaded: 10–90 % of your %n reference(s))", nullptr, m_references)
                            : tr("Band balance (% of energy; shaded: expected for %1)").arg(CoreText::trackType(m_type)));
    if (!m_valid)
        return;
    // Rows: label | bar | value. The bar scale ends at the largest of 60 % and the shares shown
    // (not at the ranges: a range up to 90 % would squeeze every bar); a range past the end is
    // shaded to it without its edge.
    double scaleMax = 0.6;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        scaleMax = std::max(scaleMax, m_share[b] * 1.05);
    // As wide as the widest label in the UI's language.
    int labelW = 0;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        labelW = std::max(labelW, fm.horizontalAdvance(bandLabel(b) + QStringLiteral("  ") + bandRange(b)) + 12);
    const int valueW = fm.horizontalAdvance(QStringLiteral("100.0 %")) + 8;
    const int top = line + 10;
    const int rowH = std::max(line + 4, (height() - top - 6) / static_cast<int>(core::kBandCount));
    const int barX = 8 + labelW;
    const int barW = std::max(20, width() - barX - valueW - 8);
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        const int y = top + static_cast<int>(b) * rowH;
        m_rows[b] = QRect(0, y, width(), rowH);
        p.setPen(c.axisText);
        p.drawText(QRect(8, y, labelW - 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1  %2").arg(bandLabel(b), bandRange(b)));
        const QRectF track(barX, y + rowH * 0.2, barW, rowH * 0.6);
        p.fillRect(track, c.grid.lighter(c.grid.lightness() > 128 ? 108 : 80));
        const bool over = m_limit[b] && m_share[b] > m_limit[b]->second;
        const bool under = m_limit[b] && m_share[b] < m_limit[b]->first;
        if (m_limit[b]) {
            const double x0 = track.left() + track.width() * std::clamp(m_limit[b]->first / scaleMax, 0.0, 1.0);
            const double x1 = track.left() + track.width() * std::clamp(m_limit[b]->second / scaleMax, 0.0, 1.0);
            p.fillRect(QRectF(x0, track.top() - 3, std::max(2.0, x1 - x0), track.height() + 6), c.expected);
        }
        QRectF bar = track;
        bar.setWidth(track.width() * std::clamp(m_share[b] / scaleMax, 0.0, 1.0));
        p.fillRect(bar, over ? c.bad : under ? c.warn : c.trace);
        if (m_limit[b]) {
            QPen pen(c.good, 2.0);
            p.setPen(pen);
            for (double edge : {m_limit[b]->first, m_limit[b]->second}) {
                if (edge <= 0.0 || edge >= std::min(1.0, scaleMax))
                    continue;
                const double x = track.left() + track.width() * std::clamp(edge / scaleMax, 0.0, 1.0);
                p.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3));
            }
        }
        p.setPen(over ? c.bad : under ? c.warn : palette().color(QPalette::WindowText));
        p.drawText(QRect(barX + barW + 4, y, valueW, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1 %").arg(formatNumber(m_share[b] * 100.0, 1)));
    }
}

}  // namespace stemwise::ui
