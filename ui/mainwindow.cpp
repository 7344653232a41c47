#include "mainwindow.h"

#include "tracktablemodel.h"

#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPromise>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::ui {

namespace {

// One step of reading a session, streamed from the worker to the window.
struct LoadEvent {
    enum class Kind { Listed, Read } kind = Kind::Listed;
    std::vector<std::filesystem::path> files;  // Listed: every file, in order
    std::vector<core::PathError> errors;       // Listed: names that could not be expanded
    int index = -1;                            // Read: which file
    std::optional<core::AudioFileInfo> info;   // Read: its facts, or
    std::string error;                         // Read: why not
};

void loadSession(QPromise<LoadEvent>& promise, const std::vector<std::filesystem::path>& paths)
{
    auto collected = core::collectAudioFiles(paths);
    promise.setProgressRange(0, static_cast<int>(collected.files.size()));
    LoadEvent listed;
    listed.files = collected.files;
    listed.errors = std::move(collected.errors);
    promise.addResult(std::move(listed));
    for (std::size_t i = 0; i < collected.files.size(); ++i) {
        if (promise.isCanceled())
            return;
        LoadEvent read;
        read.kind = LoadEvent::Kind::Read;
        read.index = static_cast<int>(i);
        auto probed = core::probeAudioFile(collected.files[i]);
        if (probed)
            read.info = std::move(probed.value());
        else
            read.error = probed.error().message;
        promise.addResult(std::move(read));
        promise.setProgressValue(static_cast<int>(i + 1));
    }
}

QString toQString(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }

constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitter";
constexpr auto kColumnsKey = "mainWindow/trackColumns";

}  // namespace

struct MainWindow::Loader {
    QFutureWatcher<LoadEvent> watcher;
    int firstRow = 0;
    int ready = 0;
    int failed = 0;
};

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_model(new TrackTableModel(this))
{
    setWindowTitle(tr("Stemwise"));
    setAcceptDrops(true);

    m_trackView = new QTableView;
    m_trackView->setObjectName(QStringLiteral("trackView"));
    m_trackView->setModel(m_model);
    m_trackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trackView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trackView->verticalHeader()->hide();
    m_trackView->horizontalHeader()->setStretchLastSection(true);
    m_trackView->setAlternatingRowColors(true);

    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("trackDetails"));
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMargin(12);
    m_details->setWordWrap(true);
    auto* detailsScroll = new QScrollArea;
    detailsScroll->setMinimumWidth(260);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_trackView);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the session (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    connect(m_trackView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTrackDetails(current.row()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.row() == m_trackView->currentIndex().row())
            showTrackDetails(topLeft.row());
    });

    buildMenus();
    showTrackDetails(-1);
    resize(1100, 680);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    if (m_loader) {
        m_loader->watcher.disconnect(this);
        m_loader->watcher.cancel();
        m_loader->watcher.waitForFinished();  // at most one file's header read
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* openFiles = file->addAction(tr("&Open Files…"), this, &MainWindow::chooseFiles);
    openFiles->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Stemwise"), this, [this] {
        QMessageBox::about(this, tr("About Stemwise"),
                           tr("<b>Stemwise %1</b><p>Stem analysis, mixing suggestions and reports "
                              "for mix engineers.</p><p>Licensed under the GNU GPL, version 3 or "
                              "later.</p>")
                               .arg(QStringLiteral(STEMWISE_VERSION)));
    });
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a folder of stems"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open stems"), {},
        tr("Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga "
           "*.opus *.mp3 *.caf);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openPaths(const QStringList& paths)
{
    if (m_loader) {
        m_loader->watcher.disconnect(this);
        m_loader->watcher.cancel();
        m_loader->watcher.waitForFinished();
    }
    m_model->clear();
    m_loader = std::make_unique<Loader>();

    std::vector<std::filesystem::path> fsPaths;
    for (const QString& p : paths)
        fsPaths.emplace_back(p.toStdString());

    connect(&m_loader->watcher, &QFutureWatcher<LoadEvent>::resultReadyAt, this, &MainWindow::onLoadEvent);
    connect(&m_loader->watcher, &QFutureWatcher<LoadEvent>::finished, this, &MainWindow::onLoadFinished);
    connect(&m_loader->watcher, &QFutureWatcher<LoadEvent>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_loader->watcher, &QFutureWatcher<LoadEvent>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    m_loader->watcher.setFuture(QtConcurrent::run(loadSession, fsPaths));

    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading %n item(s)…", nullptr, static_cast<int>(paths.size())));
}

void MainWindow::cancelLoading()
{
    if (m_loader && m_loader->watcher.isRunning())
        m_loader->watcher.cancel();
}

void MainWindow::showBusy(const QString& message)
{
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->show();
    statusBar()->showMessage(message);
}

void MainWindow::onLoadEvent(int index)
{
    const LoadEvent event = m_loader->watcher.resultAt(index);
    if (event.kind == LoadEvent::Kind::Listed) {
        for (const auto& error : event.errors)
            m_model->setFailed(m_model->addPending(toQString(error.path)), QString::fromStdString(error.error));
        m_loader->failed += static_cast<int>(event.errors.size());
        m_loader->firstRow = m_model->rowCount();
        for (const auto& file : event.files)
            m_model->addPending(toQString(file));
        if (m_trackView->currentIndex().row() < 0 && m_model->rowCount() > 0)
            m_trackView->selectRow(0);
        return;
    }
    const int row = m_loader->firstRow + event.index;
    if (event.info) {
        m_model->setInfo(row, *event.info);
        ++m_loader->ready;
    } else {
        m_model->setFailed(row, QString::fromStdString(event.error));
        ++m_loader->failed;
    }
}

void MainWindow::onLoadFinished()
{
    const bool cancelled = m_loader->watcher.isCanceled();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->track(row)->state == TrackTableModel::State::Pending)
            m_model->setFailed(row, tr("not read: cancelled"));
    }
    m_progress->hide();
    m_cancel->hide();
    if (!m_columnsRestored)
        m_trackView->resizeColumnsToContents();
    const int ready = m_loader->ready;
    const int failed = m_loader->failed;
    QString message = tr("%n track(s) ready", nullptr, ready);
    if (failed > 0)
        message += tr(", %n could not be read", nullptr, failed);
    if (cancelled)
        message += tr(" (cancelled)");
    statusBar()->showMessage(message);
    emit sessionLoaded(ready, failed);
}

void MainWindow::showTrackDetails(int row)
{
    const auto* track = m_model->track(row);
    if (track == nullptr) {
        m_details->setText(tr("<p>Open a folder of stems (File ▸ Open Folder…) or drop files here.</p>"));
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(m_model->data(m_model->index(row, TrackTableModel::Name)).toString().toHtmlEscaped(),
                            track->path.toHtmlEscaped());
    if (track->state == TrackTableModel::State::Failed) {
        html += tr("<p><b>Cannot be read:</b> %1</p>").arg(track->error.toHtmlEscaped());
    } else if (track->info) {
        const auto& info = *track->info;
        html += QStringLiteral("<table cellspacing='4'>");
        auto addRow = [&html](const QString& label, const QString& value) {
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label, value.toHtmlEscaped());
        };
        addRow(tr("Format"), QString::fromStdString(info.containerName));
        addRow(tr("Encoding"), QString::fromStdString(info.encodingName));
        addRow(tr("Sample rate"), tr("%L1 Hz").arg(info.format.sampleRateHz, 0, 'f', 0));
        addRow(tr("Channels"), QString::number(info.format.channels));
        addRow(tr("Length"), tr("%1 (%L2 frames)").arg(formatDuration(info.format.durationS()))
                                 .arg(info.format.frames));
        addRow(tr("File size"), tr("%L1 MB").arg(static_cast<double>(info.fileSizeBytes) / 1e6, 0, 'f', 2));
        html += QStringLiteral("</table>");
    } else {
        html += tr("<p>Reading…</p>");
    }
    m_details->setText(html);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QByteArray splitterState = settings.value(kSplitterKey).toByteArray();
    if (splitterState.isEmpty() || !m_splitter->restoreState(splitterState))
        m_splitter->setSizes({width() * 3 / 5, width() * 2 / 5});
    const QByteArray columns = settings.value(kColumnsKey).toByteArray();
    m_columnsRestored = !columns.isEmpty() && m_trackView->horizontalHeader()->restoreState(columns);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kColumnsKey, m_trackView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    cancelLoading();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        openPaths(paths);
}

}  // namespace stemwise::ui
