// The combo boxes' own keys (see comboboxkeys.h).
#include "comboboxkeys.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>

namespace stemwise::ui {

namespace {

class ComboBoxKeys : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<const QKeyEvent*>(event);
            const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
            if (modifiers == Qt::AltModifier && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
                event->accept();  // no shortcut: the key press goes to the combo box
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

void keepComboBoxKeys(QComboBox* box)
{
    box->installEventFilter(new ComboBoxKeys(box));
}

}  // namespace stemwise::ui
