#pragma once
// The track table's Status column: the status text with a thin progress bar under it while
// the file is analysed (TrackTableModel::ProgressRole).
//
// Threading: UI thread only.

#include <QStyledItemDelegate>

namespace stemwise::ui {

class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace stemwise::ui
