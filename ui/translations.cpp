// Installing the app's and Qt's translations (see translations.h).
#include "translations.h"

#include "coretext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace stemwise::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

bool isKnownLanguageSetting(const QString& setting)
{
    return setting == QLatin1String("system") || availableLanguages().contains(setting);
}

QString languageDisplayName(const QString& code)
{
    // Each language in its own words, so someone who cannot read the current one finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString resolveLanguage(const QString& setting)
{
    const QStringList available = availableLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString& ui : QLocale::system().uiLanguages()) {
        // "de-AT" → "de"; the first listed language the app has wins.
        QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString installTranslations(QCoreApplication& app, const QString& setting)
{
    // A second call replaces what the first installed.
    const QString tag = QStringLiteral("stemwiseTranslator");
    for (QTranslator* old : app.findChildren<QTranslator*>(tag, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QString code = resolveLanguage(setting);
    // Keep the system's conventions (dates, decimal separator) when it speaks the language
    // chosen; otherwise use the language's own.
    const QLocale system = QLocale::system();
    QLocale locale = system.name().startsWith(code) ? system : QLocale(code);
    // "1607 Hz", not "1.607 Hz": a group separator that is the English decimal point misleads.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(locale);
    setCoreTextLocalized(code != QLatin1String("en"));

    // English has a catalogue of its own too: the plural forms of the %n messages only.
    auto* own = new QTranslator(&app);
    own->setObjectName(tag);
    if (own->load(QStringLiteral(":/i18n/stemwise_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (code == QLatin1String("en"))
        return code;
    // Qt's own strings (QDialogButtonBox, QFileDialog, context menus), when installed
    // (Debian package qt6-translations-l10n).
    auto* qt = new QTranslator(&app);
    qt->setObjectName(tag);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return code;
}

}  // namespace stemwise::ui
