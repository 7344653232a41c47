#pragma once

class QApplication;

namespace stemwise::ui {

/// The dark, dense look engineers know from their DAWs: Fusion with a dark palette.
void applyTheme(QApplication& app);

}  // namespace stemwise::ui
