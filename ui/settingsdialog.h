#pragma once
// Settings: theme, language (applied at the next start), analysis (worker threads), the database location, reopening the last
// session at start-up, the output, and the DAW followed over OSC (off by default). Edits an AppSettings; the caller applies and saves it.
// Threading: UI thread only.

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace stemwise::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `defaultDatabasePath`: shown as the placeholder of an empty database location.
    SettingsDialog(const AppSettings& settings, const QString& defaultDatabasePath, QWidget* parent = nullptr);
    [[nodiscard]] AppSettings settings() const;

private:
    AppSettings m_settings;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QSpinBox* m_jobs = nullptr;
    QComboBox* m_smoothing = nullptr;
    QLineEdit* m_database = nullptr;
    QCheckBox* m_reopen = nullptr;
    QComboBox* m_output = nullptr;
    QGroupBox* m_dawFollow = nullptr;
    QComboBox* m_dawKind = nullptr;
    QLineEdit* m_dawHost = nullptr;
    QSpinBox* m_dawPort = nullptr;
    QSpinBox* m_dawListenPort = nullptr;
};

}  // namespace stemwise::ui
