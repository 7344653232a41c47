// LiveWindow: the Live view (see livewindow.h).
#include "live/livewindow.h"

#include "live/livebandbalanceview.h"
#include "live/correlationmeter.h"
#include "live/levelmeterwidget.h"
#include "live/livespectrumview.h"

#include "audio/liveinput.h"

#include <QComboBox>
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

namespace stemwise::ui {

namespace {

QString lufsText(double lufs)
{
    return std::isfinite(lufs) ? QString::number(lufs, 'f', 1) : QStringLiteral("–");
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

}  // namespace

LiveWindow::LiveWindow(QWidget* parent)
    : QWidget(parent), m_input(std::make_unique<core::LiveInput>()),
      m_snapshot(std::make_unique<core::LiveMeterSnapshot>())
{
    setWindowTitle(tr("Stemwise — Live input"));
    m_takesFolder = QDir(QStandardPaths::writableLocation(QStandardPaths::MusicLocation))
                        .filePath(QStringLiteral("Stemwise takes"));

    m_devices = new QComboBox(this);
    m_devices->setMinimumContentsLength(28);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_start = new QPushButton(tr("Start"), this);
    m_reset = new QPushButton(tr("Reset meters"), this);
    m_record = new QPushButton(tr("● Record"), this);
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

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_counters);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
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
    connect(m_reset, &QPushButton::clicked, this, [this] { m_input->resetMeters(); });
    connect(m_record, &QPushButton::clicked, this, &LiveWindow::toggleRecording);

    refreshDevices();
    updateButtons();
    resize(980, 600);
}

LiveWindow::~LiveWindow()
{
    stopInput();
}

void LiveWindow::refreshDevices()
{
    const QString current = m_devices->currentText();
    m_devices->clear();
    auto devices = core::LiveInput::listDevices();
    if (!devices) {
        m_status->setText(tr("No audio input: %1").arg(QString::fromStdString(devices.error().message)));
        return;
    }
    for (const auto& d : devices.value()) {
        const QString name = QString::fromStdString(d.name);
        const QString api = QString::fromStdString(d.hostApi);
        m_devices->addItem(tr("%1 — %2 (%3 ch)").arg(name, api).arg(d.maxInputChannels), QStringList{name, api});
        if (d.isDefaultInput && current.isEmpty())
            m_devices->setCurrentIndex(m_devices->count() - 1);
    }
    if (!current.isEmpty())
        m_devices->setCurrentText(current);
    if (m_devices->count() == 0)
        m_status->setText(tr("No audio input devices found."));
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
    stopInput();
    const QStringList d = m_devices->currentData().toStringList();
    if (d.size() != 2) {
        m_status->setText(tr("Choose an input first."));
        return false;
    }
    core::LiveInputConfig config;
    config.device = d[0].toStdString();
    config.hostApi = d[1].toStdString();
    auto started = m_input->start(config);
    if (!started) {
        m_status->setText(tr("Cannot start %1: %2").arg(d[0], QString::fromStdString(started.error().message)));
        updateButtons();
        return false;
    }
    m_lostShown = false;
    m_status->setText(tr("Metering %1 (%2), %3 channels at %4 Hz.")
                          .arg(d[0], d[1])
                          .arg(m_input->channels())
                          .arg(m_input->sampleRateHz(), 0, 'f', 0));
    m_timer->start();
    updateButtons();
    return true;
}

void LiveWindow::stopInput()
{
    if (m_input->state() == core::LiveState::Stopped)
        return;
    if (!m_takePath.isEmpty())
        finishTake();
    m_timer->stop();
    m_input->stop();
    m_levels->clear();
    m_spectrum->clear();
    m_bands->clear();
    m_correlation->clear();
    if (!m_lostShown)
        m_status->setText(tr("Stopped."));
    updateButtons();
}

void LiveWindow::setTakesFolder(const QString& folder)
{
    m_takesFolder = folder;
}

bool LiveWindow::running() const
{
    return m_input->state() == core::LiveState::Running;
}

QString LiveWindow::statusText() const
{
    return m_status->text();
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

void LiveWindow::toggleRecording()
{
    if (!m_takePath.isEmpty()) {
        finishTake();
        updateButtons();
        return;
    }
    if (!QDir().mkpath(m_takesFolder)) {
        m_status->setText(tr("Cannot create the takes folder %1.").arg(m_takesFolder));
        return;
    }
    const QString path = QDir(m_takesFolder).filePath(
        QStringLiteral("take-%1.wav").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto started = m_input->startRecording(path.toStdString(), core::FileType::Wav);
    if (!started) {
        m_status->setText(tr("Cannot record to %1: %2").arg(path, QString::fromStdString(started.error().message)));
        return;
    }
    m_takePath = path;
    m_status->setText(tr("Recording to %1").arg(path));
    updateButtons();
}

void LiveWindow::finishTake()
{
    auto frames = m_input->stopRecording();
    const QString path = m_takePath;
    m_takePath.clear();
    if (!frames) {
        m_status->setText(tr("The take %1 is incomplete: %2").arg(path, QString::fromStdString(frames.error().message)));
        return;
    }
    if (!m_lostShown)
        m_status->setText(tr("Take saved: %1 (%2 s)")
                              .arg(path)
                              .arg(static_cast<double>(frames.value()) / m_input->sampleRateHz(), 0, 'f', 1));
    emit takeRecorded(path);
}

void LiveWindow::poll()
{
    bool fresh = false;
    while (m_input->latest(*m_snapshot))
        fresh = true;
    if (fresh)
        showSnapshot(*m_snapshot);
    if (m_input->state() == core::LiveState::DeviceLost && !m_lostShown) {
        m_lostShown = true;
        const QString reason = QString::fromStdString(m_input->lostReason());
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
    m_range->setText(QString::number(s.loudnessRangeLu, 'f', 1));
    const double taken = s.recording ? static_cast<double>(s.recordedFrames) / s.sampleRateHz : 0.0;
    const int minutes = static_cast<int>(taken / 60.0);
    m_elapsed->setText(QStringLiteral("%1:%2").arg(minutes).arg(taken - 60.0 * minutes, 4, 'f', 1, QLatin1Char('0')));
    m_counters->setText(tr("xruns %1 · overflowed frames %2 · latency %3 ms")
                            .arg(s.inputOverflows)
                            .arg(s.overflowFrames)
                            .arg(s.latencyMs, 0, 'f', 1));
}

void LiveWindow::updateButtons()
{
    const bool on = running();
    m_start->setText(on ? tr("Stop") : tr("Start"));
    m_devices->setEnabled(!on);
    m_refresh->setEnabled(!on);
    m_reset->setEnabled(on);
    m_record->setEnabled(on);
    m_record->setText(m_takePath.isEmpty() ? tr("● Record") : tr("■ Stop take"));
}

}  // namespace stemwise::ui
