#pragma once

namespace stemwise::app {

/// Runs the desktop app: creates the QApplication, the main window and the wiring.
[[nodiscard]] int runGui(int& argc, char** argv);

}  // namespace stemwise::app
