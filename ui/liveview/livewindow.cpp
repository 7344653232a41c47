// LiveWindow: the Live view (see livewindow.h).
#include "liveview/livewindow.h"

#include "liveview/livebandbalanceview.h"
#include "liveview/correlationmeter.h"
#include "liveview/levelmeterwidget.h"
#include "liveview/livespectrumview.h"
#include "coretext.h"

#include "analysis/tracktype.h"
#include "live/liveinput.h"
#include "store/store.h"
#include "store/suggestionrepository.h"
#include "live/livesuggester.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrent>
#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <filesystem>

namespace stemwise::ui {

namespace {

QString lufsText(double lufs)
{
    return std::isfinite(lufs) ? formatNumber(lufs, 1) : QStringLiteral("–");
}

QLabel* bigNumber(QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("–"), parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    label->setFont(f);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("-88.8")));
    return label;
}

struct DeviceList {
    std::vector<core::AudioDeviceInfo> devices;
    QString error;
};

struct StartOutcome {
    bool ok = false;
    QString error;
    int channels = 0;
    double sampleRateHz = 0.0;
};

struct LearnedOutcome {
    std::optional<core::LearnedModel> model;
    QString note;
};

enum SuggestionColumn { ColPriority, ColTitle, ColConfidence };
constexpr int kKeyRole = Qt::UserRole;
constexpr int kRuleRole = Qt::UserRole + 1;
constexpr int kGoneRole = Qt::UserRole + 2;  // rounds the suggestion has been missing

}  // namespace

core::LiveSuggesterSettings LiveWindow::suggesterSettings()
{
    core::LiveSuggesterSettings settings;
    // How the suggestions name the source: "High-pass the input at 41 Hz", in the UI's language.
    settings.trackName = tr("the input", "the source the live suggestions are for, named like a track").toStdString();
    return settings;
}

LiveWindow::LiveWindow(QWidget* parent)
    : QWidget(parent), m_suggester(std::make_unique<core::LiveSuggester>(suggesterSettings())),
      m_input(std::make_unique<core::LiveInput>()), m_snapshot(std::make_unique<core::LiveMeterSnapshot>())
{
    m_control.setMaxThreadCount(1);
    m_control.setExpiryTimeout(-1);  // the one control thread lives as long as the window
    setWindowTitle(tr("Stemwise — Live input"));
    m_takesFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                        .filePath(QStringLiteral("Stemwise takes"));

    m_devices = new QComboBox(this);
    m_devices->setMinimumContentsLength(28);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_start = new QPushButton(tr("Start"), this);
    m_reset = new QPushButton(tr("Reset meters"), this);
    m_record = new QPushButton(tr("● Record"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_elapsed = new QLabel(QStringLiteral("0:00.0"), this);
    m_elapsed->setMinimumWidth(m_elapsed->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.0")));
    m_counters = new QLabel(this);
    m_status = new QLabel(tr("Choose an input and press Start."), this);
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Input:"), this));
    top->addWidget(m_devices, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_start);
    top->addWidget(m_reset);
    top->addSpacing(12);
    top->addWidget(m_record);
    top->addWidget(m_elapsed);

    m_levels = new LevelMeterWidget(this);
    m_spectrum = new LiveSpectrumView(this);
    m_bands = new LiveBandBalanceView(this);
    m_correlation = new CorrelationMeter(this);

    auto* loudnessBox = new QGroupBox(tr("Loudness (EBU R128)"), this);
    auto* loudness = new QGridLayout(loudnessBox);
    m_momentary = bigNumber(loudnessBox);
    m_shortTerm = bigNumber(loudnessBox);
    m_integrated = bigNumber(loudnessBox);
    m_range = bigNumber(loudnessBox);
    const std::array<std::pair<QString, QLabel*>, 4> rows{{{tr("Momentary"), m_momentary},
                                                           {tr("Short-term"), m_shortTerm},
                                                           {tr("Integrated"), m_integrated},
                                                           {tr("Range"), m_range}}};
    for (int r = 0; r < 4; ++r) {
        loudness->addWidget(new QLabel(rows[static_cast<std::size_t>(r)].first, loudnessBox), r, 0);
        loudness->addWidget(rows[static_cast<std::size_t>(r)].second, r, 1);
        loudness->addWidget(new QLabel(r == 3 ? tr("LU") : tr("LUFS"), loudnessBox), r, 2);
    }
    loudness->setRowStretch(4, 1);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_levels);
    auto* right = new QVBoxLayout;
    auto* upper = new QHBoxLayout;
    upper->addWidget(loudnessBox);
    upper->addWidget(m_bands, 1);
    right->addLayout(upper);
    right->addWidget(m_spectrum, 1);
    right->addWidget(m_correlation);
    middle->addLayout(right, 1);

    auto* suggestBox = new QGroupBox(tr("Suggestions for the input"), this);
    auto* suggestLayout = new QVBoxLayout(suggestBox);
    auto* suggestTop = new QHBoxLayout;
    m_sourceType = new QComboBox(suggestBox);
    for (auto t : core::kTrackTypes) {
        const QString type = QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
        m_sourceType->addItem(CoreText::trackType(std::string(t)), type);  // data: the type's name in core
    }
    m_sourceType->setCurrentIndex(m_sourceType->findData(QString::fromStdString(m_suggester->trackType())));
    m_sourceType->setToolTip(tr("What the input is: the rules and typical ranges of this source type apply."));
    m_suggestNote = new QLabel(tr("Suggestions appear a few seconds after the input starts."), suggestBox);
    m_suggestNote->setWordWrap(true);
    suggestTop->addWidget(new QLabel(tr("Source:"), suggestBox));
    suggestTop->addWidget(m_sourceType);
    suggestTop->addWidget(m_suggestNote, 1);
    m_suggestions = new QTreeWidget(suggestBox);
    m_suggestions->setColumnCount(3);
    m_suggestions->setHeaderLabels({tr("Priority"), tr("Suggestion"), tr("Confidence")});
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setUniformRowHeights(true);
    m_suggestions->header()->setStretchLastSection(false);
    m_suggestions->header()->setSectionResizeMode(ColPriority, QHeaderView::ResizeToContents);
    m_suggestions->header()->setSectionResizeMode(ColTitle, QHeaderView::Stretch);
    m_suggestions->header()->setSectionResizeMode(ColConfidence, QHeaderView::ResizeToContents);
    m_suggestions->setMinimumHeight(m_suggestions->fontMetrics().height() * 7);
    suggestLayout->addLayout(suggestTop);
    suggestLayout->addWidget(m_suggestions);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counters);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 3);
    layout->addWidget(suggestBox, 1);
    layout->addLayout(bottom);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &LiveWindow::poll);
    connect(m_refresh, &QPushButton::clicked, this, &LiveWindow::refreshDevices);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (running())
            stopInput();
        else
            startInput();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            m_input->resetMeters();
    });
    connect(m_record, &QPushButton::clicked, this, &LiveWindow::toggleRecording);
    connect(m_sourceType, &QComboBox::currentIndexChanged, this, [this] {
        m_suggester->setTrackType(m_sourceType->currentData().toString().toStdString());
        m_suggestNote->setText(tr("Suggesting for %1…").arg(m_sourceType->currentText()));
    });

    refreshDevices();
    updateButtons();
    resize(1000, 780);
}

LiveWindow::~LiveWindow()
{
    m_control.waitForDone();
    stopNow();
}

void LiveWindow::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    if (!status.isEmpty())
        m_status->setText(status);
    updateButtons();
}

void LiveWindow::refreshDevices()
{
    if (m_busy || running())
        return;
    setBusy(true, tr("Looking for inputs…"));
    auto* watcher = new QFutureWatcher<DeviceList>(this);
    connect(watcher, &QFutureWatcher<DeviceList>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const DeviceList listed = watcher->result();
        const QString current = m_devices->currentText();
        m_devices->clear();
        setBusy(false, listed.error.isEmpty() ? tr("Choose an input and press Start.")
                                              : tr("No audio input: %1").arg(listed.error));
        for (const auto& d : listed.devices) {
            const QString name = QString::fromStdString(d.name);
            const QString api = QString::fromStdString(d.hostApi);
            m_devices->addItem(tr("%1 — %2 (%3 ch)").arg(name, api).arg(d.maxInputChannels), QStringList{name, api});
            if (d.isDefaultInput && current.isEmpty())
                m_devices->setCurrentIndex(m_devices->count() - 1);
        }
        if (!current.isEmpty())
            m_devices->setCurrentText(current);
        if (m_devices->count() == 0 && listed.error.isEmpty())
            m_status->setText(tr("No audio input devices found."));
        emit devicesListed(m_devices->count());
    });
    // PortAudio initialises and probes every host API here: hundreds of ms with ALSA.
    watcher->setFuture(QtConcurrent::run(&m_control, [] {
        DeviceList out;
        auto devices = core::LiveInput::listDevices();
        if (devices)
            out.devices = std::move(devices.value());
        else
            out.error = CoreText::error(devices.error());
        return out;
    }));
}

bool LiveWindow::selectDevice(const QString& name, const QString& hostApi)
{
    for (int i = 0; i < m_devices->count(); ++i) {
        const QStringList d = m_devices->itemData(i).toStringList();
        if (d.size() == 2 && d[0].contains(name, Qt::CaseInsensitive)
            && (hostApi.isEmpty() || d[1].contains(hostApi, Qt::CaseInsensitive))) {
            m_devices->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool LiveWindow::startInput()
{
    if (m_busy)
        return false;
    const QStringList d = m_devices->currentData().toStringList();
    if (d.size() != 2) {
        m_status->setText(tr("Choose an input first."));
        return false;
    }
    if (!m_takePath.isEmpty())
        finishTake();
    m_timer->stop();
    core::LiveInputConfig config;
    config.device = d[0].toStdString();
    config.hostApi = d[1].toStdString();
    config.tap = m_suggester.get();
    setBusy(true, tr("Starting %1 (%2)…").arg(d[0], d[1]));
    auto* watcher = new QFutureWatcher<StartOutcome>(this);
    connect(watcher, &QFutureWatcher<StartOutcome>::finished, this, [this, watcher, d] {
        watcher->deleteLater();
        const StartOutcome started = watcher->result();
        m_levels->clear();
        m_spectrum->clear();
        m_bands->clear();
        m_correlation->clear();
        if (!started.ok) {
            setBusy(false, tr("Cannot start %1: %2").arg(d[0], started.error));
            emit inputStarted(false);
            return;
        }
        m_lostShown = false;
        m_roundsShown = 0;
        m_suggestNote->setText(tr("Suggestions for %1 appear a few seconds after the input starts.")
                                   .arg(m_sourceType->currentText()));
        m_suggestions->clear();  // another input: nothing of the last one stays
        setBusy(false, tr("Metering %1 (%2), %3 channels at %4 Hz.")
                           .arg(d[0], d[1])
                           .arg(started.channels)
                           .arg(started.sampleRateHz, 0, 'f', 0));
        m_timer->start();
        emit inputStarted(true);
    });
    watcher->setFuture(QtConcurrent::run(&m_control, [input = m_input.get(), suggester = m_suggester.get(), config] {
        StartOutcome out;
        input->stop();
        suggester->stop();
        auto started = input->start(config);
        out.ok = started.ok();
        if (!out.ok) {
            out.error = CoreText::error(started.error());
            return out;
        }
        out.channels = input->channels();
        out.sampleRateHz = input->sampleRateHz();
        return out;
    }));
    return true;
}

void LiveWindow::stopInput()
{
    if (m_busy || m_input->state() == core::LiveState::Stopped)
        return;
    const QString take = m_takePath;
    m_takePath.clear();
    m_timer->stop();
    setBusy(true, m_lostShown ? QString() : tr("Stopping…"));
    auto* watcher = new QFutureWatcher<std::optional<TakeOutcome>>(this);
    connect(watcher, &QFutureWatcher<std::optional<TakeOutcome>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_levels->clear();
        m_spectrum->clear();
        m_bands->clear();
        m_correlation->clear();
        if (const auto finished = watcher->result())
            showTake(*finished);
        setBusy(false, m_lostShown ? QString() : tr("Stopped."));
    });
    watcher->setFuture(QtConcurrent::run(&m_control, [input = m_input.get(), suggester = m_suggester.get(), take] {
        std::optional<TakeOutcome> finished;
        if (!take.isEmpty())
            finished = finishTakeOn(*input, take);
        input->stop();  // the stream first: it pushes to the suggester
        suggester->stop();
        return finished;
    }));
}

void LiveWindow::stopNow()
{
    if (!m_takePath.isEmpty() && m_input->state() != core::LiveState::Stopped)
        finishTake();
    m_timer->stop();
    m_input->stop();
    m_suggester->stop();
}

void LiveWindow::setDatabasePath(const QString& path)
{
    const std::filesystem::path database(path.toStdString());
    auto* watcher = new QFutureWatcher<LearnedOutcome>(this);
    connect(watcher, &QFutureWatcher<LearnedOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        LearnedOutcome loaded = watcher->result();
        if (loaded.model) {
            m_learnedLoaded = !loaded.model->empty();  // "your ratings applied" only if there are some
            m_suggester->setLearnedModel(std::move(*loaded.model));
        }
        if (!loaded.note.isEmpty())
            m_suggestNote->setText(loaded.note);
    });
    watcher->setFuture(QtConcurrent::run([database] {
        LearnedOutcome out;
        std::error_code ec;
        if (!std::filesystem::exists(database, ec))  // never create a database from here
            return out;
        try {
            auto opened = core::Store::open(database);
            if (!opened.store) {
                out.note = tr("The learned model could not be read (%1); suggestions use the rules' own confidence.")
                               .arg(QString::fromStdString(opened.error->message));
                return out;
            }
            out.model = core::LearnedStateRepository(opened.store->db()).load();
        } catch (const std::exception& e) {
            out.note = tr("The learned model could not be read (%1); suggestions use the rules' own confidence.")
                           .arg(QString::fromUtf8(e.what()));
        }
        return out;
    }));
}

void LiveWindow::setSourceType(const QString& type)
{
    if (const int at = m_sourceType->findData(type); at >= 0)
        m_sourceType->setCurrentIndex(at);
}

void LiveWindow::setTakesFolder(const QString& folder)
{
    m_takesFolder = folder;
}

bool LiveWindow::running() const
{
    return !m_busy && m_input->state() == core::LiveState::Running;
}

QString LiveWindow::statusText() const
{
    return m_status->text();
}

QString LiveWindow::suggestionNote() const
{
    return m_suggestNote->text();
}

QString LiveWindow::loudnessText() const
{
    return QStringLiteral("M %1 S %2 I %3 LRA %4")
        .arg(m_momentary->text(), m_shortTerm->text(), m_integrated->text(), m_range->text());
}

std::int64_t LiveWindow::framesMetered() const
{
    return m_snapshot->framesMetered;
}

QStringList LiveWindow::suggestionRules() const
{
    QStringList rules;
    for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_suggestions->topLevelItem(i);
        if (item->data(0, kGoneRole).toInt() == 0)
            rules << item->data(0, kRuleRole).toString();
    }
    return rules;
}

void LiveWindow::toggleRecording()
{
    if (m_busy)
        return;
    if (!m_takePath.isEmpty()) {  // finish the take on the control thread: the writer closes the file
        const QString path = m_takePath;
        m_takePath.clear();
        setBusy(true, tr("Finishing the take…"));
        auto* watcher = new QFutureWatcher<TakeOutcome>(this);
        connect(watcher, &QFutureWatcher<TakeOutcome>::finished, this, [this, watcher] {
            watcher->deleteLater();
            setBusy(false);
            showTake(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(&m_control, [input = m_input.get(), path] { return finishTakeOn(*input, path); }));
        return;
    }
    const QString path = QDir(m_takesFolder).filePath(
        QStringLiteral("take-%1.wav").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    setBusy(true, tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            m_takePath = path;
            // The file's name: the folder is the takes folder the user chose, and a status
            // line holding a whole path would be cut off.
            setBusy(false, tr("Recording to %1").arg(QFileInfo(path).fileName()));
        } else {
            setBusy(false, error);
        }
    });
    // Creating the folder and the file is disk work: on the control thread too.
    watcher->setFuture(QtConcurrent::run(&m_control, [input = m_input.get(), folder = m_takesFolder, path] {
        if (!QDir().mkpath(folder))
            return tr("Cannot create the takes folder %1.").arg(folder);
        auto started = input->startRecording(path.toStdString(), core::FileType::Wav);
        if (!started)
            return tr("Cannot record to %1: %2").arg(path, CoreText::error(started.error()));
        return QString();
    }));
}

LiveWindow::TakeOutcome LiveWindow::finishTakeOn(core::LiveInput& input, const QString& path)
{
    TakeOutcome out;
    out.path = path;
    out.sampleRateHz = input.sampleRateHz();
    auto frames = input.stopRecording();
    if (!frames) {
        out.error = CoreText::error(frames.error());
        return out;
    }
    out.ok = true;
    out.frames = frames.value();
    return out;
}

void LiveWindow::showTake(const TakeOutcome& take)
{
    if (!take.ok) {
        m_status->setText(tr("The take %1 is incomplete: %2").arg(take.path, take.error));
        return;
    }
    if (!m_lostShown)
        m_status->setText(tr("Take saved: %1 (%2 s)")
                              .arg(take.path)
                              .arg(formatNumber(static_cast<double>(take.frames) / take.sampleRateHz, 1)));
    emit takeRecorded(take.path);
}

void LiveWindow::finishTake()
{
    const QString path = m_takePath;
    m_takePath.clear();
    showTake(finishTakeOn(*m_input, path));
}

void LiveWindow::poll()
{
    if (m_busy)
        return;
    bool fresh = false;
    while (m_input->latest(*m_snapshot))
        fresh = true;
    if (fresh)
        showSnapshot(*m_snapshot);
    if (core::LiveSuggestionRound round; m_suggester->latest(round))
        showSuggestions(round);
    if (m_input->state() == core::LiveState::DeviceLost && !m_lostShown) {
        m_lostShown = true;
        const QString reason = CoreText::error(core::Error{m_input->lostReason(), m_input->lostCode()});
        QString text = tr("Input lost: %1.").arg(reason);
        if (!m_takePath.isEmpty()) {
            const QString take = m_takePath;
            finishTake();
            text += tr(" The take so far is kept: %1.").arg(take);
        }
        m_status->setText(text + tr(" Press Start to meter again."));
        m_timer->stop();
        updateButtons();
    }
}

void LiveWindow::showSnapshot(const core::LiveMeterSnapshot& s)
{
    m_levels->setSnapshot(s);
    m_spectrum->setSnapshot(s);
    m_bands->setSnapshot(s);
    m_correlation->setSnapshot(s);
    m_momentary->setText(lufsText(s.momentaryLufs));
    m_shortTerm->setText(lufsText(s.shortTermLufs));
    m_integrated->setText(lufsText(s.integratedLufs));
    m_range->setText(formatNumber(s.loudnessRangeLu, 1));
    const double taken = s.recording ? static_cast<double>(s.recordedFrames) / s.sampleRateHz : 0.0;
    const int minutes = static_cast<int>(taken / 60.0);
    m_elapsed->setText(QStringLiteral("%1:%2").arg(minutes).arg(taken - 60.0 * minutes, 4, 'f', 1, QLatin1Char('0')));
    m_counters->setText(tr("xruns %1 · overflowed frames %2 · latency %3 ms")
                            .arg(s.inputOverflows)
                            .arg(s.overflowFrames)
                            .arg(formatNumber(s.latencyMs, 1)));
}

void LiveWindow::showSuggestions(const core::LiveSuggestionRound& round)
{
    ++m_roundsShown;
    if (!round.error.empty()) {
        m_suggestNote->setText(tr("The last %1 s could not be analysed: %2")
                                   .arg(formatNumber(round.windowS, 1))
                                   .arg(CoreText::fileError(round.errorCode, QString::fromStdString(round.error))));
        return;
    }
    QString note = tr("From the last %1 s as %2 (analysed in %3 s)")
                       .arg(formatNumber(round.windowS, 1))
                       .arg(CoreText::trackType(round.trackType))
                       .arg(formatNumber(round.analysisS, 2));
    if (round.integratedLufs)
        note += tr(" · %1 LUFS").arg(formatNumber(*round.integratedLufs, 1));
    note += m_learnedLoaded ? tr(" · your ratings applied") : tr(" · no ratings yet");
    if (round.droppedFrames > 0)
        note += tr(" · %1 frames missed").arg(round.droppedFrames);
    m_suggestNote->setText(note);

    // In place, by key: rows that stay keep their item (selection, scroll); the shown
    // suggestions take the first rows in the engine's order; the missing fade, then leave.
    QHash<QString, QTreeWidgetItem*> byKey;
    for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_suggestions->topLevelItem(i);
        byKey.insert(item->data(0, kKeyRole).toString(), item);
    }
    QTreeWidgetItem* const selected = m_suggestions->currentItem();
    const QColor text = palette().color(QPalette::Text);
    QColor faded = text;
    faded.setAlphaF(0.4f);
    int row = 0;
    QSet<QString> present;
    for (const core::Suggestion& s : round.suggestions) {
        if (!s.shown)
            continue;
        const QString key = QString::fromStdString(s.key);
        present.insert(key);
        QTreeWidgetItem* item = byKey.value(key, nullptr);
        if (item == nullptr) {
            item = new QTreeWidgetItem;
            item->setData(0, kKeyRole, key);
            item->setData(0, kRuleRole, QString::fromStdString(s.rule));
            m_suggestions->insertTopLevelItem(row, item);
        } else if (m_suggestions->indexOfTopLevelItem(item) != row) {
            const bool wasSelected = item == selected;
            m_suggestions->takeTopLevelItem(m_suggestions->indexOfTopLevelItem(item));
            m_suggestions->insertTopLevelItem(row, item);
            if (wasSelected)
                m_suggestions->setCurrentItem(item);
        }
        const QString priority = QString::number(s.priority);
        const QString title = CoreText::suggestionTitle(s);
        const QString confidence = tr("%1 %").arg(formatNumber(100.0 * s.confidence, 0));
        if (item->text(ColPriority) != priority)
            item->setText(ColPriority, priority);
        if (item->text(ColTitle) != title)
            item->setText(ColTitle, title);
        if (item->text(ColConfidence) != confidence)
            item->setText(ColConfidence, confidence);
        QString tip = CoreText::suggestionReasoning(s) + QStringLiteral("\n\n") + CoreText::suggestionDescription(s);
        if (!s.personalisation.empty())
            tip += QStringLiteral("\n\n") + CoreText::personalisation(s);
        item->setToolTip(ColTitle, tip);
        item->setData(0, kGoneRole, 0);
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, text);
        ++row;
    }
    for (int i = m_suggestions->topLevelItemCount() - 1; i >= row; --i) {
        QTreeWidgetItem* item = m_suggestions->topLevelItem(i);
        if (present.contains(item->data(0, kKeyRole).toString()))
            continue;
        const int gone = item->data(0, kGoneRole).toInt() + 1;
        if (gone > kGoneRounds) {
            delete m_suggestions->takeTopLevelItem(i);
            continue;
        }
        item->setData(0, kGoneRole, gone);
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, faded);
    }
}

void LiveWindow::updateButtons()
{
    const bool on = running();
    m_start->setText(on ? tr("Stop") : tr("Start"));
    m_start->setEnabled(!m_busy);
    m_devices->setEnabled(!on && !m_busy);
    m_refresh->setEnabled(!on && !m_busy);
    m_reset->setEnabled(on);
    m_record->setEnabled(on);
    m_record->setText(m_takePath.isEmpty() ? tr("● Record") : tr("■ Stop take"));
}

}  // namespace stemwise::ui
