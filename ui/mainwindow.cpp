// The main window: session overview, track view, history; wiring of the workers (see mainwindow.h).
#include "mainwindow.h"

#include "comparison/comparisondialog.h"
#include "coretext.h"
#include "historypanel.h"
#include "sessionanalyzer.h"
#include "settingsdialog.h"
#include "suggestionspanel.h"
#include "theme.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "views/bandbalanceview.h"
#include "views/bandheatmapview.h"
#include "liveview/livewindow.h"
#include "pdf/reportexport.h"
#include "views/maskingmatrixview.h"

#include "analysis/tracktype.h"
#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "workflow/feedback.h"
#include "workflow/storedsuggestions.h"
#include "suggest/sessionmix.h"
#include "store/sessionrepository.h"
#include "store/store.h"
#include "store/trackrepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

namespace stemwise::ui {

namespace {

constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitter";
constexpr auto kLeftSplitterKey = "mainWindow/leftSplitter";
constexpr auto kColumnsKey = "mainWindow/trackColumns";
constexpr auto kLastSessionKey = "session/last";

// The Status column: a thin progress bar under the text while the file is analysed.
class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant progress = index.data(TrackTableModel::ProgressRole);
        if (!progress.isValid())
            return;
        const QRect r = option.rect.adjusted(3, option.rect.height() - 5, -3, -2);
        painter->fillRect(r, viewColors().grid);
        QRect done = r;
        done.setWidth(static_cast<int>(r.width() * std::clamp(progress.toDouble(), 0.0, 1.0)));
        painter->fillRect(done, option.palette.color(QPalette::Highlight));
    }
};

// The Type column: a list of the track types.
class TypeDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* box = new QComboBox(parent);
        for (auto t : core::kTrackTypes)
            box->addItem(CoreText::trackType(std::string(t)), QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size())));
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* box = static_cast<QComboBox*>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
    }
};

struct HistoryResult {
    QString trackName;
    QString path;
    std::vector<core::AnalysisEntry> entries;
    QString error;
};

// Reads one track's history with its own connection (runs on a pool thread).
HistoryResult readHistory(std::filesystem::path database, QString path, QString trackName)
{
    HistoryResult out;
    out.trackName = trackName;
    out.path = path;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        core::Database& db = opened.store->db();
        const std::filesystem::path file(path.toStdString());
        const auto session = core::SessionRepository(db).findByKey(
            core::SessionRepository::folderKey(std::filesystem::absolute(file).parent_path()));
        if (!session)
            return out;
        const auto track = core::TrackRepository(db).find(session->id, trackName.toStdString());
        if (!track)
            return out;
        out.entries = core::AnalysisRepository(db).historyOf(track->id);
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

struct SuggestionRound {
    std::vector<core::Suggestion> suggestions;
    std::vector<core::MaskingCell> masking;
    QString note;
    QString error;
};

// One suggestion round on the stored analyses (as `stemwise suggest` runs it), with its own
// connection, on a pool thread: the sum of the stems measured, effects of applied
// suggestions recorded, suggestions made with what was learned and stored.
SuggestionRound suggestRound(std::filesystem::path database, std::vector<std::shared_ptr<const core::TrackProfile>> shared,
                             std::vector<std::int64_t> analysisIds, std::shared_ptr<std::atomic<bool>> cancel)
{
    SuggestionRound out;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        std::vector<core::TrackProfile> tracks;
        std::vector<std::filesystem::path> files;
        for (const auto& p : shared) {
            tracks.push_back(*p);
            files.push_back(p->file.path);
        }
        core::SuggestionContext context;
        QString mixNote;
        if (tracks.size() >= 2) {
            auto mix = core::measureSessionMix(files, cancel.get());
            if (mix)
                context.mix = mix.value();
            else
                mixNote = QCoreApplication::translate("MainWindow", "the sum of the stems was not measured (%1)")
                              .arg(QString::fromStdString(mix.error().message));
        }
        if (cancel->load())
            return out;
        auto round = core::suggestAndStore(opened.store->db(), tracks, analysisIds, context);
        if (!round) {
            out.error = QString::fromStdString(round.error().message);
            return out;
        }
        const core::SuggestionSet& set = round.value().set;
        out.suggestions = set.suggestions;
        out.masking = set.masking;
        QStringList note;
        note << (set.context.tempoBpm ? QCoreApplication::translate("MainWindow", "tempo %1 BPM (%2)")
                                            .arg(formatNumber(*set.context.tempoBpm, 1))
                                            .arg(CoreText::tempoSource(set.context.tempoSource))
                                      : QCoreApplication::translate("MainWindow", "no session tempo"));
        note << (set.context.genre ? QCoreApplication::translate("MainWindow", "genre %1").arg(QString::fromStdString(*set.context.genre))
                                   : QCoreApplication::translate("MainWindow", "genre not set"));
        if (set.summedTruePeakDbtp)
            note << QCoreApplication::translate("MainWindow", "stems summed at unity: %1 dBTP (%2)")
                        .arg(formatFigure(set.summedTruePeakDbtp, 1))
                        .arg(set.summedTruePeakMeasured ? QCoreApplication::translate("MainWindow", "measured")
                                                        : QCoreApplication::translate("MainWindow", "upper bound"));
        if (!mixNote.isEmpty())
            note << mixNote;
        out.note = note.join(QStringLiteral(" · "));
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

struct RatingResult {
    std::int64_t storeId = 0;
    core::Feedback feedback = core::Feedback::Useful;
    double before = 0.0;
    double after = 0.0;
    std::string explanation;  ///< core's English; composed on the UI thread from `personalisation`
    std::optional<core::Personalisation> personalisation;
    QString error;
};

RatingResult rateOnWorker(std::filesystem::path database, std::int64_t storeId, core::Feedback feedback)
{
    RatingResult out;
    out.storeId = storeId;
    out.feedback = feedback;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        auto rated = core::rateSuggestion(opened.store->db(), std::to_string(storeId), feedback);
        if (!rated) {
            out.error = QString::fromStdString(rated.error().message);
            return out;
        }
        out.before = rated.value().before.mean;
        out.after = rated.value().after.mean;
        out.explanation = rated.value().after.explanation;
        out.personalisation = rated.value().after.personalisation;
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

QString nativePath(const std::filesystem::path& p) { return QDir::toNativeSeparators(QString::fromStdString(p.string())); }

std::pair<qint64, qint64> stampOf(const std::filesystem::path& p, bool& exists)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(p, ec);
    if (ec) {
        exists = false;
        return {};
    }
    const auto written = std::filesystem::last_write_time(p, ec);
    exists = !ec;
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::file_clock::to_sys(written).time_since_epoch())
                        .count();
    return {static_cast<qint64>(size), static_cast<qint64>(ms)};
}

}  // namespace

// Runs on a pool thread: the session's files as they are now, and the audio files in the
// session's folders that are not part of it (probed with libsndfile only once their size
// and modification time equal those of the previous scan, `seenBefore`).
MainWindow::FolderScan MainWindow::scanSessionFolders(QStringList known, QStringList sessionPaths,
                                                      std::map<QString, std::pair<qint64, qint64>> seenBefore)
{
    FolderScan out;
    std::set<QString> knownSet;
    for (const QString& path : known) {
        FolderScan::File file;
        file.path = path;
        const auto stamp = stampOf(std::filesystem::path(path.toStdString()), file.exists);
        file.sizeBytes = stamp.first;
        file.mtimeMs = stamp.second;
        out.known.push_back(file);
        knownSet.insert(path);
    }
    for (const QString& sessionPath : sessionPaths) {
        const std::filesystem::path folder(sessionPath.toStdString());
        std::error_code ec;
        if (!std::filesystem::is_directory(folder, ec))
            continue;  // files named one by one: the folder they are in is not the session
        // The listing leaves out what a DAW or the system writes beside a bounce: hidden and
        // AppleDouble files (".Vocal.wav.swp", "._Vocal.wav"); "*.tmp" has no audio extension.
        for (const auto& path : core::collectAudioFiles({folder}).files) {
            const QString qpath = QString::fromStdString(path.string());
            if (knownSet.count(qpath) != 0)
                continue;
            FolderScan::File file;
            file.path = qpath;
            const auto stamp = stampOf(path, file.exists);
            if (!file.exists || stamp.first == 0)
                continue;
            file.sizeBytes = stamp.first;
            file.mtimeMs = stamp.second;
            const auto before = seenBefore.find(qpath);
            const bool settled = before != seenBefore.end() && before->second == stamp;
            out.appeared.push_back(file);
            out.settled.push_back(settled);
            out.readable.push_back(settled && core::probeAudioFile(path).ok());
        }
    }
    return out;
}

struct MainWindow::DatabaseOutcome {
    std::filesystem::path path;
    bool ok = false;
    core::StoreOpenError error;
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_model(new TrackTableModel(this))
{
    setWindowTitle(tr("Stemwise"));
    setAcceptDrops(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrackTableModel::SortRole);

    m_trackView = new QTableView;
    m_trackView->setObjectName(QStringLiteral("trackView"));
    m_trackView->setModel(m_proxy);
    m_trackView->setSortingEnabled(true);
    m_trackView->sortByColumn(-1, Qt::AscendingOrder);  // the session's own order until asked
    m_trackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trackView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trackView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_trackView->verticalHeader()->hide();
    m_trackView->verticalHeader()->setDefaultSectionSize(m_trackView->fontMetrics().height() + 8);
    m_trackView->horizontalHeader()->setStretchLastSection(true);
    m_trackView->setAlternatingRowColors(true);
    m_trackView->setItemDelegateForColumn(TrackTableModel::Status, new StatusDelegate(m_trackView));
    m_trackView->setItemDelegateForColumn(TrackTableModel::Type, new TypeDelegate(m_trackView));

    m_sessionSummary = new QLabel;
    m_sessionSummary->setObjectName(QStringLiteral("sessionSummary"));
    m_sessionSummary->setMargin(6);
    m_sessionSummary->setWordWrap(true);
    m_heatMap = new BandHeatMapView;
    m_heatMap->setObjectName(QStringLiteral("bandHeatMap"));
    auto* heatScroll = new QScrollArea;
    heatScroll->setWidget(m_heatMap);
    heatScroll->setWidgetResizable(true);
    heatScroll->setFrameShape(QFrame::NoFrame);
    auto* sessionBox = new QWidget;
    auto* sessionLayout = new QVBoxLayout(sessionBox);
    sessionLayout->setContentsMargins(0, 0, 0, 0);
    sessionLayout->setSpacing(0);
    m_masking = new MaskingMatrixView;
    m_masking->setObjectName(QStringLiteral("maskingMatrix"));
    auto* sessionTabs = new QTabWidget;
    sessionTabs->setObjectName(QStringLiteral("sessionTabs"));
    sessionTabs->setDocumentMode(true);
    sessionTabs->addTab(heatScroll, tr("Band balance"));
    sessionTabs->addTab(m_masking, tr("Masking"));
    sessionLayout->addWidget(m_sessionSummary);
    sessionLayout->addWidget(sessionTabs, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical);
    m_leftSplitter->setObjectName(QStringLiteral("sessionSplitter"));
    m_leftSplitter->addWidget(m_trackView);
    m_leftSplitter->addWidget(sessionBox);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);

    m_trackPanel = new TrackPanel;
    m_trackPanel->setObjectName(QStringLiteral("trackPanel"));
    m_trackPanel->setSmoothing(m_settings.spectrumSmoothing);
    auto* trackScroll = new QScrollArea;
    trackScroll->setWidget(m_trackPanel);
    trackScroll->setWidgetResizable(true);
    trackScroll->setMinimumWidth(300);
    m_historyPanel = new HistoryPanel;
    m_historyPanel->setObjectName(QStringLiteral("historyPanel"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(trackScroll, tr("&Track"));
    m_tabs->addTab(m_historyPanel, tr("&History"));
    m_suggestionsPanel = new SuggestionsPanel;
    m_suggestionsPanel->setObjectName(QStringLiteral("suggestionsPanel"));
    m_tabs->addTab(m_suggestionsPanel, tr("&Suggestions"));
    connect(m_suggestionsPanel, &SuggestionsPanel::rateRequested, this, &MainWindow::rate);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop analysing the session (Esc)"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    m_dbLabel = new QLabel;
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_overviewTimer = new QTimer(this);
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(100);  // results of many files at once: redraw the overview once
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::refreshOverview);
    m_rebounceTimer = new QTimer(this);
    m_rebounceTimer->setSingleShot(true);
    m_rebounceTimer->setInterval(1500);  // a DAW writes a bounce in bursts: wait for quiet
    connect(m_rebounceTimer, &QTimer::timeout, this, &MainWindow::checkChangedFiles);
    m_watcher = new QFileSystemWatcher(this);
    auto onChange = [this](const QString& path) {
        m_changed.insert(path);
        m_rebounceTimer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);

    connect(m_trackView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentTrack(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        // The selected track's row changed. Its charts are rebuilt only when what they show
        // changed: reopening a stored session confirms each provisional result with the
        // same analysis, and rebuilding the track view costs the UI thread milliseconds.
        if (topLeft.row() == currentRow() && topLeft.column() == 0 && shownTrackKey(topLeft.row()) != m_shownTrackKey)
            showCurrentTrack();
    });
    connect(m_model, &TrackTableModel::typeOverrideRequested, this, [this](int row, const QString& type) {
        m_typeOverrides[m_model->trackName(row)] = type.toStdString();
        reanalyse({m_model->track(row)->path}, false);
    });
    connect(m_heatMap, &BandHeatMapView::rowClicked, this, [this](int row) {
        m_trackView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
    });
    connect(m_trackPanel, &TrackPanel::smoothingChanged, this, [this](int fraction) {
        m_settings.spectrumSmoothing = fraction;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_historyPanel)
            loadHistory(currentRow());
    });

    buildMenus();
    showCurrentTrack();
    refreshOverview();
    resize(1400, 860);
    restoreWindowState();
    m_dbLabel->setText(tr("No database: results are not stored"));
}

MainWindow::~MainWindow()
{
    if (m_suggestCancel)
        m_suggestCancel->store(true);
    // Stop the workers before the model they report to goes away.
    m_analyzer.reset();
    m_reanalyzer.reset();
}

core::SessionAnalysisOptions MainWindow::analysisOptions() const
{
    core::SessionAnalysisOptions options;
    options.jobs = static_cast<unsigned>(m_settings.analysisJobs);
    for (const auto& [name, type] : m_typeOverrides)
        options.typeOverrides[name.toStdString()] = type;
    return options;
}

int MainWindow::currentRow() const
{
    const QModelIndex current = m_trackView->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void MainWindow::setRebounceDelayMs(int ms)
{
    m_rebounceTimer->setInterval(ms);
}

// ---- menus -----------------------------------------------------------------------------

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction* openFiles = file->addAction(tr("&Open Files…"), this, &MainWindow::chooseFiles);
    openFiles->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent Sessions"));
    rebuildRecentMenu();
    QAction* reanalyseAll = file->addAction(tr("&Reload Session"), this, [this] {
        if (!m_sessionPaths.isEmpty())
            openPaths(m_sessionPaths);
    });
    reanalyseAll->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("&Export Report…"), this, [this] {
        exportReportInteractively(this, *m_model, QFileInfo(m_sessionPaths.value(0)).fileName());
    });
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* overview = view->addAction(tr("Session &Overview"), this, [this] { showView(View::Overview); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* track = view->addAction(tr("&Track View"), this, [this] { showView(View::Track); });
    track->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* history = view->addAction(tr("&History"), this, [this] { showView(View::History); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* suggestions = view->addAction(tr("&Suggestions"), this, [this] { showView(View::Suggestions); });
    suggestions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addSeparator();
    QAction* next = view->addAction(tr("&Next Track"), this, [this] {
        const int r = m_trackView->currentIndex().row();
        if (r + 1 < m_proxy->rowCount())
            m_trackView->selectRow(r + 1);
    });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction* previous = view->addAction(tr("&Previous Track"), this, [this] {
        const int r = m_trackView->currentIndex().row();
        if (r > 0)
            m_trackView->selectRow(r - 1);
    });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    view->addAction(tr("&Compare Tracks…"), this, [this] {
        auto* dialog = new ComparisonDialog(*m_model, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction* changeType = view->addAction(tr("Change Track &Type"), this, [this] {
        const QModelIndex current = m_trackView->currentIndex();
        if (current.isValid())
            m_trackView->edit(current.siblingAtColumn(TrackTableModel::Type));
    });
    changeType->setShortcut(QKeySequence(Qt::Key_F2));
    view->addSeparator();
    QMenu* smoothing = view->addMenu(tr("Spectrum &Smoothing"));
    auto* smoothingGroup = new QActionGroup(this);
    const std::array<std::pair<int, QKeySequence>, 3> smoothings{{{3, QKeySequence(Qt::ALT | Qt::Key_3)},
                                                                 {6, QKeySequence(Qt::ALT | Qt::Key_6)},
                                                                 {12, QKeySequence(Qt::ALT | Qt::Key_2)}}};
    for (const auto& [fraction, key] : smoothings) {
        const int f = fraction;
        QAction* a = smoothing->addAction(tr("1/%1 Octave").arg(f), this, [this, f] { m_trackPanel->setSmoothing(f); });
        a->setCheckable(true);
        a->setChecked(f == m_trackPanel->smoothing());
        a->setShortcut(key);
        smoothingGroup->addAction(a);
        connect(m_trackPanel, &TrackPanel::smoothingChanged, a, [a, f](int now) { a->setChecked(now == f); });
    }
    view->addSeparator();
    QAction* toggleTheme = view->addAction(tr("&Light Theme"), this, [this](bool light) {
        setTheme(light ? QStringLiteral("light") : QStringLiteral("dark"));
    });
    toggleTheme->setObjectName(QStringLiteral("lightThemeAction"));
    toggleTheme->setCheckable(true);
    toggleTheme->setChecked(m_settings.theme == QLatin1String("light"));
    toggleTheme->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    QAction* cancel = analysis->addAction(tr("&Cancel"), this, &MainWindow::cancelLoading);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    // Live input (issue 7): its own window; each finished take joins the session.
    analysis->addAction(tr("&Live Input…"), this, [this] {
        auto* live = new LiveWindow(this);
        live->setWindowFlag(Qt::Window);
        live->setAttribute(Qt::WA_DeleteOnClose);
        live->setDatabasePath(databasePath());  // the learned model for its suggestions
        // A rating here changes what was learned: the live suggestions follow.
        connect(this, &MainWindow::suggestionRated, live, [this, live] { live->setDatabasePath(databasePath()); });
        connect(live, &LiveWindow::takeRecorded, this,
                [this](const QString& take) { openPaths(m_sessionPaths + QStringList{take}); });
        live->show();
    });  // Live Input

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QString text = QStringLiteral("<table cellspacing='4'>");
        for (QMenu* menu : menuBar()->findChildren<QMenu*>()) {
            for (QAction* a : menu->actions()) {
                if (!a->shortcut().isEmpty())
                    text += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                                .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                                     a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
            }
        }
        text += QStringLiteral("</table>");
        QMessageBox::information(this, tr("Keyboard shortcuts"), text);
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Stemwise"), this, [this] {
        QMessageBox::about(this, tr("About Stemwise"),
                           tr("<b>Stemwise %1</b><p>Stem analysis, mixing suggestions and reports "
                              "for mix engineers.</p><p>Licensed under the GNU GPL, version 3 or "
                              "later.</p>")
                               .arg(QStringLiteral(STEMWISE_VERSION)));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& entry : m_settings.recentSessions) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paths.isEmpty())
            continue;
        const QString label = paths.size() == 1 ? QDir::toNativeSeparators(paths.front())
                                                : tr("%1 and %n more", nullptr, static_cast<int>(paths.size() - 1))
                                                      .arg(QFileInfo(paths.front()).fileName());
        m_recentMenu->addAction(label, this, [this, paths] { openPaths(paths); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Overview: m_trackView->setFocus(); break;
    case View::Track: m_tabs->setCurrentIndex(0); break;
    case View::History: m_tabs->setCurrentWidget(m_historyPanel); break;
    case View::Suggestions:
        m_tabs->setCurrentWidget(m_suggestionsPanel);
        m_suggestionsPanel->list()->setFocus();
        break;
    }
}

bool MainWindow::selectTrack(const QString& name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->trackName(row) == name) {
            m_trackView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
            return true;
        }
    }
    return false;
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

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_defaultDatabase, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool databaseMoved = chosen.databasePath != m_settings.databasePath;
    const QString theme = chosen.theme;
    m_settings = chosen;
    m_settings.save();
    setTheme(theme);
    m_trackPanel->setSmoothing(m_settings.spectrumSmoothing);
    if (databaseMoved && m_overrideDatabase.isEmpty())
        configureDatabase(m_defaultDatabase);
}

void MainWindow::setTheme(const QString& name)
{
    m_settings.theme = name;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, themeFromName(name));
    if (auto* a = findChild<QAction*>(QStringLiteral("lightThemeAction")))
        a->setChecked(name == QLatin1String("light"));
    m_trackView->viewport()->update();
    m_heatMap->update();
    showCurrentTrack();
}

// ---- the database ----------------------------------------------------------------------

void MainWindow::configureDatabase(const QString& defaultPath, const QString& overridePath)
{
    m_defaultDatabase = defaultPath;
    m_overrideDatabase = overridePath;
    QString chosen = overridePath;
    if (chosen.isEmpty())
        chosen = m_settings.databasePath.isEmpty() ? defaultPath : m_settings.databasePath;
    if (chosen.isEmpty()) {
        m_database.clear();
        m_dbState = DbState::None;
        m_dbLabel->setText(tr("No database: results are not stored"));
        emit databaseReady(false);
        return;
    }
    openDatabaseAsync(std::filesystem::path(chosen.toStdString()));
}

QString MainWindow::databasePath() const
{
    return QString::fromStdString(m_database.string());
}

void MainWindow::openDatabaseAsync(const std::filesystem::path& path)
{
    m_dbState = DbState::Opening;
    m_database.clear();
    m_dbLabel->setText(tr("Opening the database…"));
    auto* watcher = new QFutureWatcher<DatabaseOutcome>(this);
    connect(watcher, &QFutureWatcher<DatabaseOutcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDatabaseOpened(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path] {
        DatabaseOutcome outcome;
        outcome.path = path;
        std::error_code ec;
        if (path.has_parent_path())
            std::filesystem::create_directories(path.parent_path(), ec);
        auto opened = core::Store::open(path);  // migrates; sets a damaged file aside
        outcome.ok = opened.store != nullptr;
        if (opened.error)
            outcome.error = *opened.error;
        return outcome;
    }));
}

void MainWindow::onDatabaseOpened(const DatabaseOutcome& outcome)
{
    if (outcome.ok) {
        m_database = outcome.path;
        m_dbState = DbState::Ready;
        // The file name only: the full path (which may be long) is in the tooltip.
        m_dbLabel->setText(tr("Database: %1").arg(QString::fromStdString(outcome.path.filename().string())));
        m_dbLabel->setToolTip(nativePath(outcome.path));
        emit databaseReady(true);
        if (!m_pendingPaths.isEmpty())
            startAnalysis(std::exchange(m_pendingPaths, {}));
        return;
    }
    m_dbState = DbState::None;
    m_dbLabel->setText(tr("No database: results are not stored"));
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Database"));
    if (outcome.error.kind == core::StoreOpenError::Kind::Damaged) {
        box->setObjectName(QStringLiteral("damagedDatabaseBox"));
        box->setText(tr("The database %1 could not be read: it is damaged or is not a Stemwise database.")
                         .arg(nativePath(outcome.path)));
        box->setInformativeText(
            tr("Nothing was deleted: the file has been set aside as\n%1\n\nYou can continue with a fresh, "
               "empty database at the usual place (the analyses in the old file stay in the set-aside file), or "
               "work without a database for now (nothing is stored).")
                .arg(nativePath(outcome.error.keptAs)));
        QPushButton* fresh = box->addButton(tr("Continue with a Fresh Database"), QMessageBox::AcceptRole);
        fresh->setObjectName(QStringLiteral("freshDatabaseButton"));
        box->addButton(tr("Work Without a Database"), QMessageBox::RejectRole);
        box->setDefaultButton(fresh);
        connect(box, &QMessageBox::buttonClicked, this, [this, fresh, path = outcome.path](QAbstractButton* clicked) {
            if (clicked == fresh) {
                openDatabaseAsync(path);
            } else {
                emit databaseReady(false);
                if (!m_pendingPaths.isEmpty())
                    startAnalysis(std::exchange(m_pendingPaths, {}));
            }
        });
    } else {
        box->setObjectName(QStringLiteral("databaseErrorBox"));
        // In English core's sentence; in another language the UI's own, with core's English
        // (SQLite's reason) under Details.
        if (!coreTextLocalized()) {
            box->setText(QString::fromStdString(outcome.error.message));
        } else {
            box->setText(outcome.error.kind == core::StoreOpenError::Kind::Newer
                             ? tr("The database %1 was written by a newer version of Stemwise.").arg(nativePath(outcome.path))
                             : tr("The database %1 could not be opened or created.").arg(nativePath(outcome.path)));
            box->setDetailedText(QString::fromStdString(outcome.error.message));
        }
        box->setInformativeText(
            outcome.error.kind == core::StoreOpenError::Kind::Newer
                ? tr("It was left untouched. Update Stemwise, or choose another database in File ▸ Settings. "
                     "Until then sessions are analysed without storing results.")
                : tr("Check that the folder exists and can be written, or choose another database in File ▸ "
                     "Settings. Until then sessions are analysed without storing results."));
        box->addButton(QMessageBox::Ok);
        emit databaseReady(false);
        if (!m_pendingPaths.isEmpty())
            startAnalysis(std::exchange(m_pendingPaths, {}));
    }
    box->open();
}

// ---- opening and analysing a session ---------------------------------------------------

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_sessionPaths = paths;
    m_settings.addRecent(paths);
    QSettings().setValue(QString::fromLatin1(kLastSessionKey), paths);
    rebuildRecentMenu();
    if (m_dbState == DbState::Opening) {
        m_pendingPaths = paths;
        m_model->clear();
        statusBar()->showMessage(tr("Opening the database…"));
        return;
    }
    startAnalysis(paths);
}

bool MainWindow::reopenLastSession()
{
    if (!m_settings.reopenLastSession)
        return false;
    const QStringList last = QSettings().value(QString::fromLatin1(kLastSessionKey)).toStringList();
    QStringList existing;
    for (const QString& p : last)
        if (QFileInfo::exists(p))
            existing << p;
    if (existing.isEmpty())
        return false;
    openPaths(existing);
    return true;
}

void MainWindow::startAnalysis(const QStringList& paths)
{
    m_analyzer.reset();  // cancels and waits for a previous session's work
    m_reanalyzer.reset();
    m_reanalyseQueue.clear();
    m_reanalysing.clear();
    m_changed.clear();
    m_stamps.clear();
    m_newFiles.clear();
    m_added.clear();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_model->clear();
    m_historyPanel->showMessage(tr("Select a track to see its history."));
    m_suggestionsPanel->showMessage(tr("Suggestions appear once the session is analysed and stored."));
    m_masking->setMatrix({}, {});
    if (m_suggestCancel)
        m_suggestCancel->store(true);
    ++m_suggestGeneration;
    m_ready = m_failed = m_listedFiles = 0;
    m_figuresShown = false;
    const int generation = ++m_generation;

    m_analyzer = std::make_unique<SessionAnalyzer>();
    auto* a = m_analyzer.get();
    connect(a, &SessionAnalyzer::listed, this, [this, generation](const QStringList& files, const QList<QPair<QString, QString>>& errors) {
        if (generation == m_generation)
            onListed(files, errors);
    });
    connect(a, &SessionAnalyzer::fileProgress, this, [this, generation](const QString& path, double fraction) {
        if (generation == m_generation)
            m_model->setProgress(m_model->rowOfPath(path), fraction);
    });
    connect(a, &SessionAnalyzer::fileDone, this, [this, generation](const AnalysedFile& result) {
        if (generation == m_generation)
            onFileDone(result, false, true);
    });
    connect(a, &SessionAnalyzer::finished, this, [this, generation](bool cancelled) {
        if (generation == m_generation)
            onLoadFinished(cancelled);
    });
    a->start(paths, analysisOptions(), m_dbState == DbState::Ready ? m_database : std::filesystem::path());

    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading %n item(s)…", nullptr, static_cast<int>(paths.size())));
}

void MainWindow::cancelLoading()
{
    if (m_analyzer && m_analyzer->isRunning())
        m_analyzer->cancel();
}

void MainWindow::showBusy(const QString& message)
{
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->show();
    statusBar()->showMessage(message);
}

void MainWindow::onListed(const QStringList& files, const QList<QPair<QString, QString>>& errors)
{
    for (const auto& [path, error] : errors) {
        m_model->setFailed(m_model->addPending(path),
                           CoreText::fileError(core::fileErrorCode(core::Error{error.toStdString()}), error));
        ++m_failed;
    }
    for (const QString& file : files)
        m_model->addPending(file);
    m_listedFiles = static_cast<int>(files.size());
    m_progress->setRange(0, std::max(1, m_listedFiles));
    m_progress->setValue(0);
    if (m_trackView->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_trackView->selectRow(0);
    if (!m_columnsRestored)
        m_trackView->resizeColumnsToContents();
    watchSession(files);
    statusBar()->showMessage(tr("Analysing %n file(s)…", nullptr, m_listedFiles));
    scheduleOverviewRefresh();
}

void MainWindow::onFileDone(const AnalysedFile& result, bool rebounce, bool ofSession)
{
    const int row = m_model->rowOfPath(result.path);
    if (row < 0)
        return;
    if (result.profile) {
        m_model->setProfile(row, result.profile, result.fromCache, rebounce, result.historyId);
        rememberStamp(result.path);
    } else {
        m_model->setFailed(row, CoreText::fileError(result.errorCode, result.error, result.errorDetail));
    }
    if (!result.storeError.isEmpty())
        statusBar()->showMessage(tr("%1 was analysed but not stored in the database: %2")
                                     .arg(QFileInfo(result.path).fileName(), result.storeError));
    if (ofSession && !result.provisional) {
        ++(result.profile ? m_ready : m_failed);
        m_progress->setValue(m_ready + m_failed - static_cast<int>(m_model->rowCount() - m_listedFiles));
    }
    scheduleOverviewRefresh();
    if (!m_figuresShown && ofSession && m_listedFiles > 0) {
        bool all = true;
        for (int r = 0; r < m_model->rowCount() && all; ++r) {
            const auto state = m_model->track(r)->state;
            all = state == TrackTableModel::State::Ready || state == TrackTableModel::State::Failed;
        }
        if (all) {
            m_figuresShown = true;
            emit sessionFiguresShown();
        }
    }
}

void MainWindow::onLoadFinished(bool cancelled)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto state = m_model->track(row)->state;
        if (state == TrackTableModel::State::Pending || state == TrackTableModel::State::Analysing) {
            m_model->setFailed(row, tr("not analysed: cancelled"));
            ++m_failed;
        }
    }
    m_progress->hide();
    m_cancel->hide();
    if (!m_columnsRestored)
        m_trackView->resizeColumnsToContents();
    QString message = tr("%n track(s) ready", nullptr, m_ready);
    if (m_failed > 0)
        message += tr(", %n could not be analysed (see the Status column)", nullptr, m_failed);
    if (cancelled)
        message += tr(" (cancelled)");
    if (m_dbState != DbState::Ready)
        message += tr("; not stored: no database");
    statusBar()->showMessage(message);
    refreshOverview();
    if (!m_figuresShown) {
        m_figuresShown = true;
        emit sessionFiguresShown();
    }
    emit sessionLoaded(m_ready, m_failed);
    if (!cancelled)
        runSuggestions();
}

// ---- watching the session folder -------------------------------------------------------

void MainWindow::rememberStamp(const QString& path)
{
    bool exists = false;
    m_stamps[path] = stampOf(std::filesystem::path(path.toStdString()), exists);
}

void MainWindow::watchSession(const QStringList& files)
{
    QStringList paths = files;
    std::set<QString> folders;
    for (const QString& f : files)
        folders.insert(QFileInfo(f).absolutePath());
    for (const QString& folder : folders)
        paths << folder;
    if (!paths.isEmpty())
        (void)m_watcher->addPaths(paths);
}

void MainWindow::checkChangedFiles()
{
    m_changed.clear();
    if (m_scanRunning) {
        m_scanAgain = true;  // what changed meanwhile is seen by the next scan
        return;
    }
    QStringList known;
    for (int row = 0; row < m_model->rowCount(); ++row)
        known << m_model->track(row)->path;
    if (known.isEmpty() && m_sessionPaths.isEmpty())
        return;
    m_scanRunning = true;
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<FolderScan>(this);
    connect(watcher, &QFutureWatcher<FolderScan>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_scanRunning = false;
        if (generation == m_generation)
            onFolderScanned(watcher->result());
        if (std::exchange(m_scanAgain, false))
            m_rebounceTimer->start();
    });
    watcher->setFuture(QtConcurrent::run(scanSessionFolders, known, m_sessionPaths, m_newFiles));
}

void MainWindow::onFolderScanned(const FolderScan& scan)
{
    // A file replaced by renaming drops out of the watch: watch every session file again.
    const QStringList watched = m_watcher->files();
    QStringList rewatch;
    QStringList changed;
    for (const auto& file : scan.known) {
        const int row = m_model->rowOfPath(file.path);
        if (row < 0)
            continue;
        if (!file.exists) {
            if (!m_model->track(row)->missing) {
                m_model->setMissing(row, true);
                statusBar()->showMessage(tr("%1 is no longer in the session folder (its history is kept)")
                                             .arg(m_model->trackName(row)));
            }
            continue;
        }
        if (!watched.contains(file.path))
            rewatch << file.path;
        const auto it = m_stamps.find(file.path);
        if (it == m_stamps.end())
            continue;  // not analysed yet: the running analysis will read it
        if (it->second != std::pair<qint64, qint64>{file.sizeBytes, file.mtimeMs})
            changed << file.path;
        else
            m_model->setMissing(row, false);  // back as it was
    }
    // A file that appeared joins the session once two scans a delay apart found the same
    // size and modification time (the writing has stopped) and libsndfile opens it.
    std::map<QString, std::pair<qint64, qint64>> stillNew;
    QStringList added;
    bool unsettled = false;
    for (std::size_t i = 0; i < scan.appeared.size(); ++i) {
        const auto& file = scan.appeared[i];
        if (m_model->rowOfPath(file.path) >= 0)
            continue;
        const std::pair<qint64, qint64> stamp{file.sizeBytes, file.mtimeMs};
        const auto seen = m_newFiles.find(file.path);
        if (seen == m_newFiles.end() || seen->second != stamp || !scan.settled[i]) {
            stillNew[file.path] = stamp;
            unsettled = true;
            if (!watched.contains(file.path))
                rewatch << file.path;  // its writes restart the delay
            continue;
        }
        if (!scan.readable[i]) {
            stillNew[file.path] = stamp;  // not audio yet: looked at again when it changes
            continue;
        }
        m_model->addPending(file.path);
        m_added.insert(file.path);
        added << file.path;
    }
    m_newFiles = std::move(stillNew);
    if (!rewatch.isEmpty())
        (void)m_watcher->addPaths(rewatch);
    if (!changed.isEmpty())
        reanalyse(changed, true);
    if (!added.isEmpty()) {
        scheduleOverviewRefresh();
        reanalyse(added, false);
    }
    if (unsettled)
        m_rebounceTimer->start();
}

void MainWindow::reanalyse(const QStringList& paths, bool rebounce)
{
    for (const QString& p : paths) {
        const bool queued = std::any_of(m_reanalyseQueue.begin(), m_reanalyseQueue.end(),
                                        [&p](const auto& q) { return q.first == p; });
        if (!queued)
            m_reanalyseQueue.emplace_back(p, rebounce);
        m_stamps.erase(p);  // until the new analysis arrives
        const int row = m_model->rowOfPath(p);
        if (row >= 0)
            m_model->setProgress(row, 0.0);
    }
    startNextReanalysis();
}

void MainWindow::startNextReanalysis()
{
    if (m_reanalyzer && m_reanalyzer->isRunning())
        return;  // the current batch's finished() starts the next
    if (m_reanalyseQueue.empty())
        return;
    // One batch per kind, so a type change is never taken for a re-bounce.
    const bool rebounce = m_reanalyseQueue.front().second;
    QStringList batch;
    for (auto it = m_reanalyseQueue.begin(); it != m_reanalyseQueue.end();) {
        if (it->second == rebounce) {
            batch << it->first;
            it = m_reanalyseQueue.erase(it);
        } else {
            ++it;
        }
    }
    m_reanalyzer.reset();
    m_reanalyzer = std::make_unique<SessionAnalyzer>();
    const int generation = ++m_reGeneration;
    const int session = m_generation;
    auto* a = m_reanalyzer.get();
    connect(a, &SessionAnalyzer::fileProgress, this, [this, session](const QString& path, double fraction) {
        if (session == m_generation)
            m_model->setProgress(m_model->rowOfPath(path), fraction);
    });
    connect(a, &SessionAnalyzer::fileDone, this, [this, session, rebounce](const AnalysedFile& result) {
        if (session != m_generation)
            return;
        // With the store, a re-bounce is new content (a new history entry); without it, any
        // changed file that was read again.
        const bool newContent = rebounce && (m_dbState != DbState::Ready || result.newHistoryEntry);
        onFileDone(result, newContent, false);
        const int row = m_model->rowOfPath(result.path);
        if (m_added.erase(result.path) != 0) {
            statusBar()->showMessage(tr("%1 appeared in the session folder and was added to the session")
                                         .arg(m_model->trackName(row)));
            emit trackAdded(row);
            if (m_reanalyzer && m_reanalyseQueue.empty())
                m_suggestAfterReanalysis = true;
            return;
        }
        if (newContent)
            statusBar()->showMessage(tr("%1 re-bounced: analysed again%2")
                                         .arg(m_model->trackName(row),
                                              m_dbState == DbState::Ready ? tr(", new history entry") : QString()));
        if (row >= 0 && row == currentRow())
            loadHistory(row);
        emit trackReanalysed(row, result.newHistoryEntry);
        if (m_reanalyzer && m_reanalyseQueue.empty())
            m_suggestAfterReanalysis = true;
    });
    connect(a, &SessionAnalyzer::finished, this, [this, generation](bool) {
        if (generation != m_reGeneration)
            return;
        if (std::exchange(m_suggestAfterReanalysis, false) && m_reanalyseQueue.empty())
            runSuggestions();
        // Start the next batch once this worker has returned (not from inside its signal).
        QTimer::singleShot(0, this, [this] {
            if (m_reanalyzer && !m_reanalyseQueue.empty())
                startNextReanalysis();
        });
    });
    a->start(batch, analysisOptions(), m_dbState == DbState::Ready ? m_database : std::filesystem::path());
}

// ---- showing ---------------------------------------------------------------------------

QString MainWindow::shownTrackKey(int row) const
{
    const auto* t = m_model->track(row);
    if (t == nullptr)
        return {};
    // Without a stored analysis id every result is new; with one, the same id with the same
    // type is the same analysis.
    const QString analysis = t->analysisId ? QString::number(*t->analysisId)
                                           : QStringLiteral("p%1").arg(reinterpret_cast<quintptr>(t->profile.get()));
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(t->path)
        .arg(static_cast<int>(t->state))
        .arg(analysis, t->profile ? QString::fromStdString(t->profile->type + '/' + t->profile->typeSource) : QString(),
             t->error)
        .arg(t->colorIndex);
}

void MainWindow::showCurrentTrack()
{
    const int row = currentRow();
    m_shownTrackKey = shownTrackKey(row);
    m_heatMap->setCurrentRow(row);
    m_suggestionsPanel->setTrack(m_model->trackName(row));
    const auto* t = m_model->track(row);
    if (t == nullptr) {
        m_trackPanel->setTrack(nullptr, {},
                               tr("<h3>Open a folder of stems</h3><p>File ▸ Open Folder… (%1), or drop files or a "
                                  "folder on this window.</p>")
                                   .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText)));
        return;
    }
    const QColor color = trackColor(t->colorIndex);
    if (t->state == TrackTableModel::State::Failed) {
        m_trackPanel->setTrack(nullptr, color,
                               tr("<h3>%1</h3><p><b>Could not be analysed:</b> %2</p><p>%3</p>")
                                   .arg(m_model->trackName(row).toHtmlEscaped(), t->error.toHtmlEscaped(),
                                        t->path.toHtmlEscaped()));
    } else if (t->profile) {
        m_trackPanel->setTrack(t->profile, color);
    } else {
        m_trackPanel->setTrack(nullptr, color, tr("<h3>%1</h3><p>Analysing…</p>").arg(m_model->trackName(row).toHtmlEscaped()));
    }
    if (m_tabs->currentWidget() == m_historyPanel)
        loadHistory(row);
}

void MainWindow::loadHistory(int row)
{
    const auto* t = m_model->track(row);
    const int generation = ++m_historyGeneration;
    if (t == nullptr) {
        m_historyPanel->showMessage(tr("Select a track to see its history."));
        return;
    }
    if (m_dbState != DbState::Ready) {
        m_historyPanel->showMessage(tr("No database: history is kept only when results are stored."));
        return;
    }
    const QString name = m_model->trackName(row);
    if (m_historyPanel->trackName() != name)
        m_historyPanel->showMessage(tr("Reading the history of %1…").arg(name));
    auto* watcher = new QFutureWatcher<HistoryResult>(this);
    connect(watcher, &QFutureWatcher<HistoryResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_historyGeneration)
            return;
        HistoryResult result = watcher->result();
        if (!result.error.isEmpty()) {
            m_historyPanel->showMessage(tr("The history could not be read: %1").arg(result.error));
            return;
        }
        if (result.entries.empty()) {
            m_historyPanel->showMessage(tr("%1 has no stored analysis yet.").arg(result.trackName));
            emit historyShown(result.trackName, 0);
            return;
        }
        const int count = static_cast<int>(result.entries.size());
        m_historyPanel->setHistory(result.trackName, std::move(result.entries));
        emit historyShown(result.trackName, count);
    });
    watcher->setFuture(QtConcurrent::run(readHistory, m_database, t->path, name));
}

void MainWindow::runSuggestions()
{
    if (m_dbState != DbState::Ready) {
        m_suggestionsPanel->showMessage(tr("No database: suggestions are made on stored analyses, and ratings need "
                                           "somewhere to be kept."));
        return;
    }
    std::vector<std::shared_ptr<const core::TrackProfile>> profiles;
    std::vector<std::int64_t> ids;
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* t = m_model->track(row);
        if (!t->profile || !t->analysisId)
            continue;
        profiles.push_back(t->profile);
        ids.push_back(*t->analysisId);
        names << QString::fromStdString(t->profile->name);
    }
    if (profiles.empty()) {
        m_suggestionsPanel->showMessage(tr("No stored analysis to make suggestions from."));
        emit suggestionsShown(0);
        return;
    }
    if (m_suggestCancel)
        m_suggestCancel->store(true);
    m_suggestCancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_suggestGeneration;
    statusBar()->showMessage(tr("Making suggestions (measuring the sum of the stems)…"));
    auto* watcher = new QFutureWatcher<SuggestionRound>(this);
    connect(watcher, &QFutureWatcher<SuggestionRound>::finished, this, [this, watcher, generation, names] {
        watcher->deleteLater();
        if (generation != m_suggestGeneration)
            return;
        SuggestionRound round = watcher->result();
        if (!round.error.isEmpty()) {
            m_suggestionsPanel->showMessage(tr("No suggestions: %1").arg(round.error));
            statusBar()->showMessage(tr("Suggestions could not be made: %1").arg(round.error));
            emit suggestionsShown(0);
            return;
        }
        m_masking->setMatrix(names, round.masking);
        const int count = static_cast<int>(round.suggestions.size());
        m_suggestionsPanel->setSuggestions(std::move(round.suggestions), round.note);
        m_suggestionsPanel->setTrack(m_model->trackName(currentRow()));
        statusBar()->showMessage(tr("%n suggestion(s) for the session", nullptr, count));
        emit suggestionsShown(count);
    });
    watcher->setFuture(QtConcurrent::run(suggestRound, m_database, std::move(profiles), std::move(ids), m_suggestCancel));
}

void MainWindow::rate(std::int64_t storeId, core::Feedback feedback)
{
    if (m_dbState != DbState::Ready)
        return;
    auto* watcher = new QFutureWatcher<RatingResult>(this);
    connect(watcher, &QFutureWatcher<RatingResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const RatingResult r = watcher->result();
        if (!r.error.isEmpty()) {
            m_suggestionsPanel->showRatingError(r.storeId, r.error);
            statusBar()->showMessage(tr("The rating was not stored: %1").arg(r.error));
            return;
        }
        m_suggestionsPanel->showRating(r.storeId, r.feedback, r.before, r.after,
                                       r.personalisation ? CoreText::personalisation(*r.personalisation, r.explanation)
                                                         : QString::fromStdString(r.explanation));
        statusBar()->showMessage(tr("Rated suggestion %1 %2: confidence %3 % → %4 %")
                                     .arg(r.storeId)
                                     .arg(feedbackLabel(r.feedback))
                                     .arg(r.before * 100.0, 0, 'f', 0)
                                     .arg(r.after * 100.0, 0, 'f', 0));
        emit suggestionRated(r.storeId, r.before, r.after);
    });
    watcher->setFuture(QtConcurrent::run(rateOnWorker, m_database, storeId, feedback));
}

void MainWindow::scheduleOverviewRefresh()
{
    if (!m_overviewTimer->isActive())
        m_overviewTimer->start();
}

void MainWindow::refreshOverview()
{
    std::vector<BandHeatMapView::Row> rows;
    std::vector<double> tempos;
    std::map<std::string, int> keys;
    int analysed = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto* t = m_model->track(r);
        BandHeatMapView::Row row;
        row.name = m_model->trackName(r);
        row.color = trackColor(t->colorIndex);
        if (t->profile) {
            ++analysed;
            std::array<double, core::kBandCount> shares{};
            for (std::size_t b = 0; b < core::kBandCount; ++b)
                shares[b] = t->profile->spectrum.bands[b].share;
            row.shares = shares;
            row.limits = BandBalanceView::limitsFor(t->profile->type);
            if (t->profile->rhythm.tempoBpm && t->profile->rhythm.tempoConfidence.value_or(0.0) >= 0.3)
                tempos.push_back(*t->profile->rhythm.tempoBpm);
            if (t->profile->tonal.key)
                ++keys[*t->profile->tonal.key];
        }
        rows.push_back(std::move(row));
    }
    m_heatMap->setRows(std::move(rows));
    m_heatMap->setCurrentRow(currentRow());
    if (m_model->rowCount() == 0) {
        m_sessionSummary->setText(tr("<b>Session</b>: none open"));
        return;
    }
    QString tempo = tr("no steady pulse");
    if (!tempos.empty()) {
        std::sort(tempos.begin(), tempos.end());
        tempo = tr("<b>%1&nbsp;BPM</b> (median of %n track(s) with a clear pulse)", nullptr, static_cast<int>(tempos.size()))
                    .arg(formatNumber(tempos[tempos.size() / 2], 1));
    }
    QString key = tr("uncertain");
    if (!keys.empty()) {
        const auto best = std::max_element(keys.begin(), keys.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        key = tr("<b>%1</b> (%2 of %3 tracks)").arg(CoreText::key(best->first).toHtmlEscaped()).arg(best->second).arg(analysed);
    }
    m_sessionSummary->setText(tr("<b>Session</b>: %1 of %2 tracks analysed · tempo %3 · key %4")
                                  .arg(analysed)
                                  .arg(m_model->rowCount())
                                  .arg(tempo, key));
}

// ---- window state, drag and drop ---------------------------------------------------------

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QByteArray splitterState = settings.value(kSplitterKey).toByteArray();
    if (splitterState.isEmpty() || !m_splitter->restoreState(splitterState))
        m_splitter->setSizes({width() * 9 / 20, width() * 11 / 20});
    const QByteArray left = settings.value(kLeftSplitterKey).toByteArray();
    if (left.isEmpty() || !m_leftSplitter->restoreState(left))
        m_leftSplitter->setSizes({height() / 2, height() / 2});
    const QByteArray columns = settings.value(kColumnsKey).toByteArray();
    m_columnsRestored = !columns.isEmpty() && m_trackView->horizontalHeader()->restoreState(columns);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kLeftSplitterKey, m_leftSplitter->saveState());
    settings.setValue(kColumnsKey, m_trackView->horizontalHeader()->saveState());
    m_settings.save();
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
