#pragma once
// Alt+Down and Alt+Up open and close a combo box's list (every platform's convention, and how
// a keyboard user opens the track table's type editor), but the window's View ▸ Next Track and
// Previous Track shortcuts are the same keys and took them first (issue 21). A combo box with
// the focus now claims them (it accepts their ShortcutOverride), so the shortcuts act
// everywhere else and the list opens where a list is.
//
// Threading: UI thread.

class QComboBox;

namespace stemwise::ui {

/// Lets `box` keep Alt+Down and Alt+Up while it has the focus.
void keepComboBoxKeys(QComboBox* box);

}  // namespace stemwise::ui
