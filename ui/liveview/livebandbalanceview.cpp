// LiveBandBalanceView: bars of the 7-band balance (see livebandbalanceview.h).
#include "liveview/livebandbalanceview.h"

#include "coretext.h"

#include <QPainter>

#include <algorithm>

namespace stemwise::ui {

namespace {

constexpr int kLabelHeight = 30;
constexpr int kValueHeight = 14;

}  // namespace

LiveBandBalanceView::LiveBandBalanceView(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void LiveBandBalanceView::setSnapshot(const core::LiveMeterSnapshot& snapshot)
{
    m_share = snapshot.bandShare;
    update();
}

void LiveBandBalanceView::clear()
{
    m_share.fill(0.0f);
    update();
}

void LiveBandBalanceView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    const QRect area(4, 6 + kValueHeight, width() - 8, height() - 12 - kLabelHeight - kValueHeight);
    const int slot = area.width() / static_cast<int>(core::kBandCount);
    // Full scale: 60 % or the largest share, so one dominant band does not flatten the rest.
    const float top = std::max(0.6f, *std::max_element(m_share.begin(), m_share.end()));
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        const QRect bar(area.left() + static_cast<int>(b) * slot + 3, area.top(), slot - 6, area.height());
        p.fillRect(bar, QColor(18, 20, 22));
        const int h = static_cast<int>(static_cast<float>(bar.height()) * std::clamp(m_share[b] / top, 0.0f, 1.0f));
        p.fillRect(QRect(bar.left(), bar.bottom() - h + 1, bar.width(), h), QColor(230, 160, 70));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(bar.left() - 4, bar.top() - kValueHeight - 2, bar.width() + 8, kValueHeight),
                   Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("%1%").arg(100.0f * m_share[b], 0, 'f', 0));
        p.drawText(QRect(bar.left() - 6, bar.bottom() + 2, bar.width() + 12, kLabelHeight),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, CoreText::band(b));
    }
}

}  // namespace stemwise::ui
