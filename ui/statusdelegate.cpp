// The Status column's progress bar (see statusdelegate.h).
#include "statusdelegate.h"

#include "theme.h"
#include "tracktablemodel.h"

#include <QPainter>

#include <algorithm>

namespace stemwise::ui {

void StatusDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant progress = index.data(TrackTableModel::ProgressRole);
    if (!progress.isValid())
        return;
    const QRect r = option.rect.adjusted(3, option.rect.height() - 5, -3, -2);
    painter->fillRect(r, viewColors().grid);
    QRect done = r;
    done.setWidth(static_cast<int>(r.width() * std::clamp(progress.toDouble(), 0.0, 1.0)));
    painter->fillRect(done, option.palette.color(QPalette::Highlight));
}

} // namespace stemwise::ui
