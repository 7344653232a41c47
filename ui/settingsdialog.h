#pragma once
// Settings: theme, language (applied at the next start), analysis (worker threads), the database location, reopening the last
// session at start-up, the output, the DAW followed over OSC (off by default) and the local API (off
// by default; the caller says whether it runs, where, and where its token is). Edits an AppSettings; the caller applies and saves it.
// Threading: UI thread only.

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace stemwise::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `defaultDatabasePath`: shown as the placeholder of an empty database location.
    SettingsDialog(const AppSettings& settings, const QString& defaultDatabasePath, QWidget* parent = nullptr);
    [[nodiscard]] AppSettings settings() const;
    /// What the local API is doing now, shown under its switch: serving at `url` with the
    /// token in `tokenFile`, or not serving (`error`: why, when it should).
    void setApiStatus(bool serving, const QString& url, const QString& tokenFile, const QString& error);

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
    QGroupBox* m_api = nullptr;
    QSpinBox* m_apiPort = nullptr;
    QLabel* m_apiStatus = nullptr;
};

}  // namespace stemwise::ui
