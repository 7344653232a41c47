// The Type column's list of track types (see typedelegate.h).
#include "typedelegate.h"

#include "comboboxkeys.h"

#include "coretext.h"

#include "analysis/tracktype.h"

#include <QComboBox>

#include <algorithm>
#include <string>

namespace stemwise::ui {

QWidget* TypeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    keepComboBoxKeys(box);  // Alt+Down opens the list here, not View ▸ Next Track
    for (auto t : core::kTrackTypes)
        box->addItem(CoreText::trackType(std::string(t)),
            QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size())));
    return box;
}

void TypeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
}

void TypeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace stemwise::ui
