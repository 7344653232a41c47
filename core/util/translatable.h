#pragma once
// Marks an English text in core/ for Qt's lupdate without depending on Qt. lupdate reads
// source files as text and collects QT_TRANSLATE_NOOP("Context", "text") by name, so a core
// source listed in ui/CMakeLists.txt's translation SOURCES gives its texts to the .ts files;
// the UI looks them up with QCoreApplication::translate("Context", text). Core itself only
// sees the English text.

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
