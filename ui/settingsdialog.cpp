// The settings dialog (see settingsdialog.h).
#include "settingsdialog.h"

#include "translations.h"

#include "playback/playbackengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QFutureWatcher>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace stemwise::ui {

SettingsDialog::SettingsDialog(const AppSettings& settings, const QString& defaultDatabasePath, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    for (const QString& code : availableLanguages())
        m_language->addItem(languageDisplayName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    auto* languageNote = new QLabel(tr("Takes effect when Stemwise starts again."));
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, languageNote] {
        languageNote->setVisible(m_language->currentData().toString() != m_settings.language);
    });

    m_jobs = new QSpinBox;
    m_jobs->setObjectName(QStringLiteral("jobsBox"));
    m_jobs->setRange(0, 64);
    m_jobs->setSpecialValueText(tr("one per core"));
    m_jobs->setValue(settings.analysisJobs);

    m_smoothing = new QComboBox;
    m_smoothing->addItem(tr("1/3 octave"), 3);
    m_smoothing->addItem(tr("1/6 octave"), 6);
    m_smoothing->addItem(tr("1/12 octave"), 12);
    m_smoothing->setCurrentIndex(std::max(0, m_smoothing->findData(settings.spectrumSmoothing)));

    m_database = new QLineEdit(settings.databasePath);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(defaultDatabasePath);
    m_database->setClearButtonEnabled(true);
    m_database->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, this, [this, defaultDatabasePath] {
        const QString start = m_database->text().isEmpty() ? defaultDatabasePath : m_database->text();
        const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), start,
                                                          tr("Stemwise database (*.sqlite);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_database->setText(file);
    });
    auto* dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);
    auto* dbNote = new QLabel(tr("Empty: the default. The file is created if it does not exist; analyses, "
                                 "history and ratings are kept in it."));
    dbNote->setWordWrap(true);

    m_reopen = new QCheckBox(tr("Reopen the last session at start-up"));
    m_reopen->setChecked(settings.reopenLastSession);

    // The output: listed on a worker (PortAudio starts the host APIs, which can take a moment).
    m_output = new QComboBox;
    m_output->setObjectName(QStringLiteral("outputBox"));
    m_output->addItem(tr("Default output"), QStringList{QString(), QString()});
    if (!settings.outputDevice.isEmpty())
        m_output->addItem(tr("%1 (%2)").arg(settings.outputDevice, settings.outputHostApi),
                          QStringList{settings.outputHostApi, settings.outputDevice});
    m_output->setCurrentIndex(m_output->count() - 1);
    auto* watcher = new QFutureWatcher<std::vector<core::OutputDeviceInfo>>(this);
    connect(watcher, &QFutureWatcher<std::vector<core::OutputDeviceInfo>>::finished, this, [this, watcher] {
        const QStringList current = m_output->currentData().toStringList();
        for (const auto& d : watcher->result()) {
            const QStringList key{QString::fromStdString(d.hostApi), QString::fromStdString(d.name)};
            if (m_output->findData(key) < 0)
                m_output->addItem(tr("%1 (%2)").arg(key[1], key[0]), key);
        }
        m_output->setCurrentIndex(std::max(0, m_output->findData(current)));
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([] {
        auto devices = core::PlaybackEngine::listDevices();
        return devices ? devices.value() : std::vector<core::OutputDeviceInfo>{};
    }));

    auto* form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Analysis threads:"), m_jobs);
    form->addRow(tr("Spectrum &smoothing:"), m_smoothing);
    // A row whose field is a layout gets a label without a buddy, which draws its "&" as
    // text: the label is made here, its buddy the path's line edit.
    auto* dbLabel = new QLabel(tr("&Database:"));
    dbLabel->setBuddy(m_database);
    form->addRow(dbLabel, dbRow);
    form->addRow(QString(), dbNote);
    form->addRow(QString(), m_reopen);
    form->addRow(tr("&Output:"), m_output);

    // DAW follow: a running Ardour or REAPER followed over OSC (dawfollower.h).
    m_dawFollow = new QGroupBox(tr("&Follow a DAW over OSC"));
    m_dawFollow->setObjectName(QStringLiteral("dawFollowBox"));
    m_dawFollow->setCheckable(true);
    m_dawFollow->setChecked(settings.dawFollow);
    m_dawKind = new QComboBox;
    m_dawKind->setObjectName(QStringLiteral("dawKindBox"));
    m_dawKind->addItem(tr("Ardour"), QStringLiteral("ardour"));
    m_dawKind->addItem(tr("REAPER"), QStringLiteral("reaper"));
    m_dawKind->setCurrentIndex(std::max(0, m_dawKind->findData(settings.dawKind)));
    m_dawHost = new QLineEdit(settings.dawHost);
    m_dawHost->setObjectName(QStringLiteral("dawHostEdit"));
    m_dawHost->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_dawPort = new QSpinBox;
    m_dawPort->setObjectName(QStringLiteral("dawPortBox"));
    m_dawPort->setRange(0, 65535);
    m_dawPort->setSpecialValueText(tr("the DAW's default (Ardour 3819, REAPER 8000)"));
    m_dawPort->setValue(settings.dawPort);
    m_dawListenPort = new QSpinBox;
    m_dawListenPort->setObjectName(QStringLiteral("dawListenPortBox"));
    m_dawListenPort->setRange(0, 65535);
    m_dawListenPort->setSpecialValueText(tr("automatic (Ardour: any free port; REAPER: 9000)"));
    m_dawListenPort->setValue(settings.dawListenPort);
    auto* dawNote = new QLabel(tr("Ardour: turn on Open Sound Control in its Preferences ▸ Control Surfaces; Stemwise "
                                  "subscribes to it. REAPER: add an OSC control surface that sends to this computer on "
                                  "the listening port. The DAW's selected track selects the track of the same name here; "
                                  "its faders, pans and mutes feed the mix-bus sum and the suggestions."));
    dawNote->setWordWrap(true);
    auto* dawForm = new QFormLayout(m_dawFollow);
    dawForm->addRow(tr("DA&W:"), m_dawKind);
    dawForm->addRow(tr("&Host:"), m_dawHost);
    dawForm->addRow(tr("DAW's &port:"), m_dawPort);
    dawForm->addRow(tr("Listening po&rt:"), m_dawListenPort);
    dawForm->addRow(dawNote);

    // The local API (docs/api.md): off unless turned on; loopback only, with a token.
    m_api = new QGroupBox(tr("Local API for scr&ipts (this computer only, with a token)"));
    m_api->setObjectName(QStringLiteral("apiBox"));
    m_api->setCheckable(true);
    m_api->setChecked(settings.apiEnabled);
    m_apiPort = new QSpinBox;
    m_apiPort->setObjectName(QStringLiteral("apiPortBox"));
    m_apiPort->setRange(1024, 65535);
    m_apiPort->setValue(settings.apiPort);
    m_apiStatus = new QLabel(tr("Off: nothing listens."));
    m_apiStatus->setObjectName(QStringLiteral("apiStatus"));
    m_apiStatus->setWordWrap(true);
    m_apiStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* apiForm = new QFormLayout(m_api);
    apiForm->addRow(tr("API port:"), m_apiPort);
    apiForm->addRow(m_apiStatus);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dawFollow);
    layout->addWidget(m_api);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_settings;
    s.theme = m_theme->currentData().toString();
    s.language = m_language->currentData().toString();
    s.analysisJobs = m_jobs->value();
    s.spectrumSmoothing = m_smoothing->currentData().toInt();
    s.databasePath = m_database->text().trimmed();
    s.reopenLastSession = m_reopen->isChecked();
    const QStringList output = m_output->currentData().toStringList();
    s.outputHostApi = output.value(0);
    s.outputDevice = output.value(1);
    s.dawFollow = m_dawFollow->isChecked();
    s.dawKind = m_dawKind->currentData().toString();
    s.dawHost = m_dawHost->text().trimmed().isEmpty() ? QStringLiteral("127.0.0.1") : m_dawHost->text().trimmed();
    s.dawPort = m_dawPort->value();
    s.dawListenPort = m_dawListenPort->value();
    s.apiEnabled = m_api->isChecked();
    s.apiPort = m_apiPort->value();
    return s;
}

void SettingsDialog::setApiStatus(bool serving, const QString& url, const QString& tokenFile, const QString& error)
{
    if (serving)
        m_apiStatus->setText(tr("Serving at %1\nToken: %2 (send it as \"Authorization: Bearer TOKEN\")").arg(url, tokenFile));
    else if (!error.isEmpty())
        m_apiStatus->setText(tr("Not serving: %1").arg(error));
    else
        m_apiStatus->setText(tr("Off: nothing listens."));
}

}  // namespace stemwise::ui
