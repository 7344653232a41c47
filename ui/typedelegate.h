#pragma once
// The track table's Type column: edited with a list of the track types (core's kTrackTypes,
// in the UI's language); the model receives the type's key.
//
// Threading: UI thread only.

#include <QStyledItemDelegate>

namespace stemwise::ui {

class TypeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace stemwise::ui
