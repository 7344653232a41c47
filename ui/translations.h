#pragma once
// The user interface's language: which translations exist, and installing the app's own
// (compiled from translations/*.ts and embedded under :/i18n) together with Qt's qtbase
// translations (standard dialogs and buttons) for the system's language or a chosen one.
// Threading: UI thread, before the first window is created (installed translators are
// read by tr() on any thread, but installing one while widgets exist does not retranslate them).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace stemwise::ui {

/// The language codes with a translation of the app, English (the source language) first:
/// "en", "de", "fr", "es".
[[nodiscard]] QStringList availableLanguages();

/// True for "system" and the codes of availableLanguages().
[[nodiscard]] bool isKnownLanguageSetting(const QString& setting);

/// The language's own name for itself: "Deutsch" for "de".
[[nodiscard]] QString languageDisplayName(const QString& code);

/// Resolves "system" to the first of QLocale::system().uiLanguages() that the app has,
/// else English; a known code resolves to itself.
[[nodiscard]] QString resolveLanguage(const QString& setting);

/// Installs the translators for `setting` ("system" or a code) on `app` (they are its
/// children), sets the default QLocale to the language (numbers in the UI follow it) and
/// switches the composed texts of core results (coretext.h) to that language. Returns the
/// code of the language in use; English installs only the plural forms of the app's own
/// ("1 onset", "36 onsets"). A later call replaces the translators of an earlier one.
QString installTranslations(QCoreApplication& app, const QString& setting);

}  // namespace stemwise::ui
