// The main window: lays out the views and wires the parts that do the work (see mainwindow.h).
#include "mainwindow.h"

#include "comparison/comparisondialog.h"
#include "coretext.h"
#include "databaseopener.h"
#include "dawfollower.h"
#include "historypanel.h"
#include "liveview/livewindow.h"
#include "mainmenus.h"
#include "maskingpanel.h"
#include "mixpanel.h"
#include "pdf/reportexport.h"
#include "referencespanel.h"
#include "sectionspanel.h"
#include "sessionanalyzer.h"
#include "sessionwatcher.h"
#include "settingsdialog.h"
#include "statusdelegate.h"
#include "storejobs.h"
#include "suggestionspanel.h"
#include "suggest/dawcontext.h"
#include "theme.h"
#include "trackpanel.h"
#include "tracktablemodel.h"
#include "transport/playbackcontroller.h"
#include "transport/transportbar.h"
#include "transport/workspaceplayback.h"
#include "typedelegate.h"
#include "views/bandbalanceview.h"
#include "views/bandheatmapview.h"
#include "views/colorlegend.h"
#include "views/maskingmatrixview.h"
#include "views/waveformview.h"
#include "welcomeview.h"
#include "workspaceundo.h"
#include "comboboxkeys.h"

#include "analysis/sessionsections.h"
#include "analysis/sessiontempo.h"
#include "analysis/tracktype.h"
#include "audio/audiofiles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QtConcurrentRun>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <optional>

namespace stemwise::ui {

namespace {

constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kSplitterKey = "mainWindow/splitter";
constexpr auto kLeftSplitterKey = "mainWindow/leftSplitter";
constexpr auto kColumnsKey = "mainWindow/trackColumns";
constexpr auto kLastSessionKey = "session/last";
constexpr auto kGroupByTypeKey = "mainWindow/groupByType";

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_model(new TrackTableModel(this))
{
    setWindowTitle(tr("Stemwise"));
    setAcceptDrops(true);

    m_proxy = new TrackSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrackTableModel::SortRole);

    m_trackView = new QTableView;
    m_trackView->setObjectName(QStringLiteral("trackView"));
    m_trackView->setModel(m_proxy);
    m_trackView->setSortingEnabled(true);
    m_trackView->sortByColumn(-1, Qt::AscendingOrder);  // the session's own order until asked
    m_trackView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once: the type editor and the context menu retype the whole selection.
    m_trackView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_trackView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_trackView, &QWidget::customContextMenuRequested, this, &MainWindow::showTrackContextMenu);
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
    m_masking = new MaskingPanel;
    m_masking->setObjectName(QStringLiteral("maskingPanel"));
    m_sessionTabs = new QTabWidget;
    m_sessionTabs->setObjectName(QStringLiteral("sessionTabs"));
    m_sessionTabs->setDocumentMode(true);
    // The band balance with the key to its colours under it.
    auto* heatBox = new QWidget;
    auto* heatLayout = new QVBoxLayout(heatBox);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    heatLayout->setSpacing(0);
    heatLayout->addWidget(heatScroll, 1);
    m_heatLegend = new ColorLegend;
    m_heatLegend->setObjectName(QStringLiteral("bandHeatMapLegend"));
    m_heatLegend->setEntries(BandHeatMapView::legendEntries());
    heatLayout->addWidget(m_heatLegend);
    m_sessionTabs->addTab(heatBox, tr("Band balance"));
    m_sessionTabs->addTab(m_masking, tr("Masking"));
    m_mixPanel = new MixPanel;
    m_mixPanel->setObjectName(QStringLiteral("mixPanel"));
    m_sessionTabs->addTab(m_mixPanel, tr("Mix"));
    m_sectionsPanel = new SectionsPanel;
    m_sectionsPanel->setObjectName(QStringLiteral("sectionsPanel"));
    m_sessionTabs->addTab(m_sectionsPanel, tr("Sections"));
    sessionLayout->addWidget(m_sessionSummary);
    sessionLayout->addWidget(m_sessionTabs, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical);
    m_leftSplitter->setObjectName(QStringLiteral("sessionSplitter"));
    // The track table with the key to its colours (each track's type) under it.
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_trackView, 1);
    m_typeLegend = new ColorLegend;
    m_typeLegend->setObjectName(QStringLiteral("typeLegend"));
    m_typeLegend->setToolTip(tr("The colour of each track's type: the swatch beside its name, its row of the band "
                                "balance, its waveform (View ▸ Group by Type gathers the types)"));
    tableLayout->addWidget(m_typeLegend);
    m_leftSplitter->addWidget(tableBox);
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
    connect(m_historyPanel, &HistoryPanel::deleteRequested, this, &MainWindow::deleteHistoryEntry);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(trackScroll, tr("&Track"));
    m_tabs->addTab(m_historyPanel, tr("H&istory"));
    m_suggestionsPanel = new SuggestionsPanel;
    m_suggestionsPanel->setObjectName(QStringLiteral("suggestionsPanel"));
    m_tabs->addTab(m_suggestionsPanel, tr("&Suggestions"));
    connect(m_suggestionsPanel, &SuggestionsPanel::rateRequested, this, &MainWindow::rate);
    connect(m_suggestionsPanel, &SuggestionsPanel::genreChosen, this, &MainWindow::setGenre);
    m_referencesPanel = new ReferencesPanel;
    m_referencesPanel->setObjectName(QStringLiteral("referencesPanel"));
    m_tabs->addTab(m_referencesPanel, tr("&References"));

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // Playback: the transport under the workspace, Space to play and pause.
    m_playback = new PlaybackController(this);
    m_playback->setOutput(m_settings.outputHostApi, m_settings.outputDevice);
    m_transport = new TransportBar(m_playback);
    m_workspacePlayback = new WorkspacePlayback(m_playback, m_model, m_trackPanel, m_suggestionsPanel, this);
    connect(m_playback, &PlaybackController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    auto* space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setObjectName(QStringLiteral("playShortcut"));
    connect(space, &QShortcut::activated, m_playback, &PlaybackController::togglePlay);
    m_workspace = new QWidget;
    m_workspace->setObjectName(QStringLiteral("workspace"));
    auto* centralLayout = new QVBoxLayout(m_workspace);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_transport);
    // Before any session: the welcome view (the ways in, the recent sessions), not empty charts.
    m_welcome = new WelcomeView;
    connect(m_welcome, &WelcomeView::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomeView::openFilesRequested, this, &MainWindow::chooseFiles);
    connect(m_welcome, &WelcomeView::recentSessionChosen, this, &MainWindow::openPaths);
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::demoRequested);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

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
    m_followLabel = new QLabel;
    m_followLabel->setObjectName(QStringLiteral("dawFollowLabel"));
    m_followLabel->hide();
    statusBar()->addPermanentWidget(m_followLabel);
    statusBar()->addPermanentWidget(m_dbLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    m_overviewTimer = new QTimer(this);
    m_overviewTimer->setSingleShot(true);
    m_overviewTimer->setInterval(100);  // results of many files at once: redraw the overview once
    connect(m_overviewTimer, &QTimer::timeout, this, &MainWindow::refreshOverview);

    m_watcher = new SessionWatcher(*m_model, this);
    connect(m_watcher, &SessionWatcher::filesChanged, this, [this](const QStringList& paths) { reanalyse(paths, true); });
    connect(m_watcher, &SessionWatcher::filesAppeared, this, &MainWindow::onFilesAppeared);
    connect(m_watcher, &SessionWatcher::fileMissing, this, [this](int row) {
        statusBar()->showMessage(tr("%1 is no longer in the session folder (its history is kept)").arg(m_model->trackName(row)));
    });

    m_opener = new DatabaseOpener(this);
    connect(m_opener, &DatabaseOpener::opened, this, &MainWindow::onDatabaseOpened);
    connect(m_opener, &DatabaseOpener::unavailable, this, &MainWindow::onDatabaseUnavailable);

    m_dawFollower = new DawFollower(this);
    connect(m_dawFollower, &DawFollower::statusChanged, this, [this](const QString& text) {
        m_followLabel->setText(text);
        m_followLabel->setVisible(!text.isEmpty());
    });
    connect(m_dawFollower, &DawFollower::selectedTrackChanged, this, &MainWindow::selectDawTrack);
    connect(m_dawFollower, &DawFollower::mixChanged, this, [this] { applyFollowedMix(true); });

    m_jobs = new StoreJobs(this);
    connect(m_jobs, &StoreJobs::historyRead, this, &MainWindow::onHistoryRead);
    connect(m_jobs, &StoreJobs::historyEntryDeleted, this, [this](qint64 id, const QString& error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The history entry was not deleted: %1").arg(error));
        else
            statusBar()->showMessage(tr("The history entry was deleted."));
        emit historyEntryDeleted(id, error);
        if (currentRow() >= 0)
            loadHistory(currentRow());
    });
    connect(m_jobs, &StoreJobs::suggestionsMade, this, &MainWindow::onSuggestionsMade);
    connect(m_jobs, &StoreJobs::rated, this, &MainWindow::onRated);
    connect(m_jobs, &StoreJobs::mixAnalysed, this, &MainWindow::onMixAnalysed);
    connect(m_mixPanel, &MixPanel::showMixRequested, this, &MainWindow::showMixInTrackView);
    // A section chosen in the table or on the waveform's strip is the loop, from its start.
    connect(m_sectionsPanel, &SectionsPanel::sectionChosen, this, [this](int, double startS, double endS) {
        m_playback->setLoop(startS, endS);
        m_playback->seek(startS);
    });
    connect(m_trackPanel->waveformView(), &WaveformView::sectionClicked, m_sectionsPanel, &SectionsPanel::selectSection);

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
        // The type editor on a row of a selection retypes the whole selection, in one step.
        QList<int> rows = selectedRows();
        if (!rows.contains(row))
            rows = {row};
        retypeTracks(rows, type);
    });
    // The heat map's rows follow the table's order (sorting, grouping by type).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::scheduleOverviewRefresh);
    // A re-sort or regroup moves rows under the user's eyes: a track retyped with the type
    // editor went to its new group out of sight, the keyboard's row with it (issue 21). The
    // current row, if it was in view, stays in view; one scrolled away is not brought back.
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            [this] { m_currentRowWasInView = currentRowInView(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (std::exchange(m_currentRowWasInView, false) && !currentRowInView())
            m_trackView->scrollTo(m_trackView->currentIndex());
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

    m_undo = new QUndoStack(this);
    m_referencesPanel->setUndoStack(m_undo);
    // The mix in the track view is shaded against the references the References view compares with.
    connect(m_referencesPanel, &ReferencesPanel::referenceStyleChanged, m_trackPanel, &TrackPanel::setReferenceStyle);
    m_menus = new MainMenus(menuBar(), this);
    m_menus->setUndoStack(m_undo);
    connectMenus();
    setGroupedByType(QSettings().value(QString::fromLatin1(kGroupByTypeKey), false).toBool());
    showCurrentTrack();
    refreshOverview();
    resize(1400, 860);
    restoreWindowState();
    QHeaderView* header = m_trackView->horizontalHeader();
    if (!m_columnsRestored)
        arrangeDefaultColumns();
    // Which columns show is the user's (the heading's context menu), remembered with the
    // window's state.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    // Solo and mute sit beside the track's name, one letter wide.
    for (int column : {TrackTableModel::Mute, TrackTableModel::Solo}) {
        if (header->visualIndex(column) > 2)
            header->moveSection(header->visualIndex(column), 1);
        header->resizeSection(column, m_trackView->fontMetrics().horizontalAdvance(QStringLiteral("MM")) + 16);
    }
    m_dbLabel->setText(tr("No database: results are not stored"));
    m_dawFollower->configure(m_settings);
    // The window's combo boxes (smoothing, the suggestions' filters…) keep Alt+Down and Alt+Up
    // for their lists; View ▸ Next/Previous Track acts everywhere else (comboboxkeys.h).
    for (QComboBox* box : findChildren<QComboBox*>())
        keepComboBoxKeys(box);
}

MainWindow::~MainWindow()
{
    // Closing the window with a cell editor open commits the edit while QWidget's
    // destructor hides the window, after this object's own members are gone: nothing of
    // the model may reach this window from here on.
    m_model->disconnect(this);
    m_trackView->selectionModel()->disconnect(this);
    m_jobs->cancelSuggestions();
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

bool MainWindow::currentRowInView() const
{
    const QModelIndex current = m_trackView->currentIndex();
    if (!current.isValid())
        return false;
    const int y = m_trackView->rowViewportPosition(current.row());
    return y >= 0 && y + m_trackView->rowHeight(current.row()) <= m_trackView->viewport()->height();
}

void MainWindow::setRebounceDelayMs(int ms)
{
    m_watcher->setDelayMs(ms);
}

int MainWindow::newFilesWaiting() const
{
    return m_watcher->newFilesWaiting();
}

// ---- menus ----------------------------------------------------------------------------

void MainWindow::connectMenus()
{
    m_menus->setRecentSessions(m_settings.recentSessions);
    m_welcome->setRecentSessions(m_settings.recentSessions);
    m_menus->setSmoothing(m_trackPanel->smoothing());
    m_menus->setLightTheme(m_settings.theme == QLatin1String("light"));
    connect(m_trackPanel, &TrackPanel::smoothingChanged, m_menus, &MainMenus::setSmoothing);

    connect(m_menus, &MainMenus::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_menus, &MainMenus::openFilesRequested, this, &MainWindow::chooseFiles);
    connect(m_menus, &MainMenus::recentSessionChosen, this, &MainWindow::openPaths);
    connect(m_menus, &MainMenus::demoRequested, this, &MainWindow::demoRequested);
    connect(m_menus, &MainMenus::reloadRequested, this, [this] {
        if (!m_sessionPaths.isEmpty())
            openPaths(m_sessionPaths);
    });
    connect(m_menus, &MainMenus::exportReportRequested, this, [this] {
        exportReportInteractively(this, *m_model, sessionName());
    });
    connect(m_menus, &MainMenus::settingsRequested, this, &MainWindow::openSettings);
    connect(m_menus, &MainMenus::quitRequested, this, &QWidget::close);
    connect(m_menus, &MainMenus::overviewRequested, this, [this] { showView(View::Overview); });
    connect(m_menus, &MainMenus::trackViewRequested, this, [this] { showView(View::Track); });
    connect(m_menus, &MainMenus::historyRequested, this, [this] { showView(View::History); });
    connect(m_menus, &MainMenus::suggestionsRequested, this, [this] { showView(View::Suggestions); });
    connect(m_menus, &MainMenus::referencesRequested, this, [this] { showView(View::References); });
    connect(m_menus, &MainMenus::groupByTypeToggled, this, &MainWindow::setGroupedByType);
    connect(m_menus, &MainMenus::nextTrackRequested, this, [this] {
        const int r = m_trackView->currentIndex().row();
        if (r + 1 < m_proxy->rowCount())
            m_trackView->selectRow(r + 1);
    });
    connect(m_menus, &MainMenus::previousTrackRequested, this, [this] {
        const int r = m_trackView->currentIndex().row();
        if (r > 0)
            m_trackView->selectRow(r - 1);
    });
    connect(m_menus, &MainMenus::compareRequested, this, [this] {
        auto* dialog = new ComparisonDialog(*m_model, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_dbState == DbState::Ready)
            dialog->setDatabase(m_database);  // previous bounces from the history
        // Closing it gives the keyboard back where it was (the track table, a suggestion…):
        // the window manager activated the window but left its focus nowhere (issue 21).
        const QPointer<QWidget> before = QApplication::focusWidget() ? QApplication::focusWidget() : m_trackView;
        connect(dialog, &QDialog::finished, this, [this, before] {
            activateWindow();
            if (QWidget* target = before.data())
                target->setFocus(Qt::OtherFocusReason);
        });
        dialog->show();
    });
    connect(m_menus, &MainMenus::changeTypeRequested, this, [this] {
        const QModelIndex current = m_trackView->currentIndex();
        if (current.isValid())
            m_trackView->edit(current.siblingAtColumn(TrackTableModel::Type));
    });
    connect(m_menus, &MainMenus::smoothingChosen, m_trackPanel, &TrackPanel::setSmoothing);
    connect(m_menus, &MainMenus::lightThemeToggled, this, [this](bool light) {
        setTheme(light ? QStringLiteral("light") : QStringLiteral("dark"));
    });
    connect(m_menus, &MainMenus::cancelRequested, this, &MainWindow::cancelLoading);
    connect(m_menus, &MainMenus::liveInputRequested, this, &MainWindow::openLiveInput);
}

// Live input (issue 7): its own window; each finished take joins the session.
void MainWindow::openLiveInput()
{
    auto* live = new LiveWindow(this);
    live->setWindowFlag(Qt::Window);
    live->setAttribute(Qt::WA_DeleteOnClose);
    live->setDatabasePath(databasePath());  // the learned model for its suggestions
    // A rating here changes what was learned: the live suggestions follow.
    connect(this, &MainWindow::suggestionRated, live, [this, live] { live->setDatabasePath(databasePath()); });
    connect(live, &LiveWindow::takeRecorded, this,
            [this](const QString& take) { openPaths(m_sessionPaths + QStringList{take}); });
    live->show();
}

void MainWindow::showView(View view)
{
    m_pages->setCurrentWidget(m_workspace);
    switch (view) {
    case View::Overview: m_trackView->setFocus(); break;
    case View::Track: m_tabs->setCurrentIndex(0); break;
    case View::History: m_tabs->setCurrentWidget(m_historyPanel); break;
    case View::Suggestions:
        m_tabs->setCurrentWidget(m_suggestionsPanel);
        m_suggestionsPanel->list()->setFocus();
        break;
    case View::Mix:
        m_sessionTabs->setCurrentWidget(m_mixPanel);
        showMixInTrackView();
        break;
    case View::References: m_tabs->setCurrentWidget(m_referencesPanel); break;
    case View::Sections:
        // The table, and the strip on the track view's waveform.
        m_sessionTabs->setCurrentWidget(m_sectionsPanel);
        m_tabs->setCurrentIndex(0);
        // Once the track view is laid out for the tab just shown.
        QTimer::singleShot(0, this, [this] {
            if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->widget(0)))
                scroll->ensureWidgetVisible(m_trackPanel->waveformView(), 0, 8);
        });
        break;
    case View::Masking: {
        m_sessionTabs->setCurrentWidget(m_masking);
        // The masking list and matrix want the room: the track table gives up to two thirds.
        const QList<int> sizes = m_leftSplitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total > 0 && sizes.value(1) < total * 2 / 3)
            m_leftSplitter->setSizes({total / 3, total - total / 3});
        m_tabs->setCurrentWidget(m_suggestionsPanel);
        break;
    }
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
           "*.opus *.mp3 *.caf);;DAW sessions (*.ardour *.RPP *.rpp);;All files (*)"));
    if (!files.isEmpty())
        openPaths(files);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_defaultDatabase, this);
    dialog.setApiStatus(m_apiStatus.serving, m_apiStatus.url, m_apiStatus.tokenFile, m_apiStatus.error);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool apiChanged = chosen.apiEnabled != m_settings.apiEnabled || chosen.apiPort != m_settings.apiPort;
    const bool databaseMoved = chosen.databasePath != m_settings.databasePath;
    const QString theme = chosen.theme;
    m_settings = chosen;
    m_settings.save();
    m_playback->setOutput(m_settings.outputHostApi, m_settings.outputDevice);
    setTheme(theme);
    m_trackPanel->setSmoothing(m_settings.spectrumSmoothing);
    m_dawFollower->configure(m_settings);
    if (databaseMoved && m_overrideDatabase.isEmpty())
        configureDatabase(m_defaultDatabase);
    if (apiChanged)
        emit apiSettingsChanged(m_settings.apiEnabled, m_settings.apiPort);
}

void MainWindow::setApiStatus(bool serving, const QString& url, const QString& tokenFile, const QString& error)
{
    m_apiStatus = {serving, url, tokenFile, error};
}

void MainWindow::setTheme(const QString& name)
{
    m_settings.theme = name;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyTheme(*app, themeFromName(name));
    m_menus->setLightTheme(name == QLatin1String("light"));
    m_trackView->viewport()->update();
    m_heatMap->update();
    m_heatLegend->setEntries(BandHeatMapView::legendEntries());  // the theme's colours
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
        m_dawFollower->configure(m_settings);
        m_referencesPanel->setDatabase({});
        emit databaseReady(false);
        return;
    }
    openDatabase(std::filesystem::path(chosen.toStdString()));
}

QString MainWindow::databasePath() const
{
    return QString::fromStdString(m_database.string());
}

void MainWindow::openDatabase(const std::filesystem::path& path)
{
    m_dbState = DbState::Opening;
    m_database.clear();
    m_dbLabel->setText(tr("Opening the database…"));
    m_opener->open(path);
}

void MainWindow::onDatabaseOpened(const std::filesystem::path& path)
{
    m_database = path;
    m_dbState = DbState::Ready;
    // The file name only: the full path (which may be long) is in the tooltip.
    m_dbLabel->setText(tr("Database: %1").arg(QString::fromStdString(path.filename().string())));
    m_dbLabel->setToolTip(QDir::toNativeSeparators(QString::fromStdString(path.string())));
    m_referencesPanel->setDatabase(path);
    emit databaseReady(true);
    if (!m_pendingPaths.isEmpty())
        startAnalysis(std::exchange(m_pendingPaths, {}));
}

void MainWindow::onDatabaseUnavailable()
{
    m_dbState = DbState::None;
    m_dbLabel->setText(tr("No database: results are not stored"));
    m_dawFollower->configure(m_settings);
    m_referencesPanel->setDatabase({});
    emit databaseReady(false);
    if (!m_pendingPaths.isEmpty())
        startAnalysis(std::exchange(m_pendingPaths, {}));
}

// ---- opening and analysing a session ---------------------------------------------------

void MainWindow::openPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_pages->setCurrentWidget(m_workspace);
    m_sessionPaths = paths;
    m_settings.addRecent(paths);
    m_settings.save();  // the recent sessions of the welcome view and the menu outlive a crash
    QSettings().setValue(QString::fromLatin1(kLastSessionKey), paths);
    m_menus->setRecentSessions(m_settings.recentSessions);
    m_welcome->setRecentSessions(m_settings.recentSessions);
    m_watcher->setSessionPaths(paths);
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
    m_watcher->reset();
    m_added.clear();
    m_dawContexts.clear();
    m_sessionDawContexts.clear();
    m_model->clear();
    m_historyPanel->showMessage(tr("Select a track to see its history."));
    m_suggestionsPanel->showMessage(tr("Suggestions appear once the session is analysed and stored."));
    m_masking->setMatrix({}, {}, {});
    m_jobs->cancelSuggestions();
    m_undo->clear();  // its commands name the tracks and suggestions of the session shown
    m_jobs->cancelMix();
    m_mixPanel->showMessage(tr("appears once the session is analysed."));
    m_referencesPanel->setSession(nullptr, {});
    m_referencesPanel->setSessionSections(nullptr);
    m_referencesPanel->setSessionFolders({});
    m_ready = m_failed = m_listedFiles = 0;
    m_figuresShown = false;
    const int generation = ++m_generation;

    m_analyzer = std::make_unique<SessionAnalyzer>();
    auto* a = m_analyzer.get();
    connect(a, &SessionAnalyzer::listed, this,
            [this, generation](const QStringList& files, const QList<QPair<QString, QString>>& errors, const DawContexts& daw) {
        if (generation == m_generation)
            onListed(files, errors, daw);
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
    // The session bar and the band heat map drop the previous session's tracks, tempo and key
    // now, not on the overview timer's next tick (issue 21: nothing of the last session shows
    // while the new one is read).
    m_overviewTimer->stop();
    refreshOverview();
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

void MainWindow::onListed(const QStringList& files, const QList<QPair<QString, QString>>& errors, const DawContexts& daw)
{
    m_sessionDawContexts = daw;
    m_dawContexts = daw;
    m_followedMix.clear();
    for (const auto& [path, error] : errors) {
        m_model->setFailed(m_model->addPending(path),
                           CoreText::fileError(core::fileErrorCode(core::Error{error.toStdString()}), error));
        ++m_failed;
    }
    for (const QString& file : files)
        m_model->addPending(file);
    m_listedFiles = static_cast<int>(files.size());
    // The references attached to this session on the command line: a session is the folder
    // its files are in (core/workflow/storedanalysis.cpp), one per folder.
    std::vector<std::filesystem::path> folders;
    for (const QString& file : files) {
        std::filesystem::path folder = QFileInfo(file).absolutePath().toStdString();
        if (std::find(folders.begin(), folders.end(), folder) == folders.end())
            folders.push_back(std::move(folder));
    }
    m_referencesPanel->setSessionFolders(std::move(folders));
    m_progress->setRange(0, std::max(1, m_listedFiles));
    m_progress->setValue(0);
    if (m_trackView->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_trackView->selectRow(0);
    if (!m_columnsRestored) {
        fitColumns();
    }
    m_watcher->watch(files);
    applyFollowedMix(false);  // a DAW followed already: its faders, once the tracks are listed
    statusBar()->showMessage(tr("Analysing %n file(s)…", nullptr, m_listedFiles));
    m_overviewTimer->stop();
    refreshOverview();  // the new session's tracks at once (once a session: cheap)
}

void MainWindow::onFileDone(const AnalysedFile& result, bool rebounce, bool ofSession)
{
    const int row = m_model->rowOfPath(result.path);
    if (row < 0)
        return;
    if (result.profile) {
        m_model->setProfile(row, result.profile, result.fromCache, rebounce, result.historyId);
        m_watcher->rememberStamp(result.path);
    } else {
        m_model->setFailed(row, CoreText::fileError(result.errorCode, result.error, result.errorDetail));
        if (result.errorCode != core::ErrorCode::Cancelled)
            m_watcher->analysisFailed(result.path);
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
    if (!m_columnsRestored) {
        fitColumns();
    }
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
    if (!cancelled) {
        analyseMix();
        runSuggestions();
    }
}

// ---- what changed in the session folder -------------------------------------------------

void MainWindow::onFilesAppeared(const QStringList& paths)
{
    for (const QString& path : paths) {
        m_model->addPending(path);
        m_added.insert(path);
    }
    scheduleOverviewRefresh();
    reanalyse(paths, false);
}

void MainWindow::reanalyse(const QStringList& paths, bool rebounce)
{
    for (const QString& p : paths) {
        const bool queued = std::any_of(m_reanalyseQueue.begin(), m_reanalyseQueue.end(),
                                        [&p](const auto& q) { return q.first == p; });
        if (!queued)
            m_reanalyseQueue.emplace_back(p, rebounce);
        m_watcher->forgetStamp(p);  // until the new analysis arrives
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
        if (std::exchange(m_suggestAfterReanalysis, false) && m_reanalyseQueue.empty()) {
            analyseMix();
            runSuggestions();
        }
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
    const QColor color = m_model->color(row);
    m_trackPanel->setDawContext(m_dawContexts.value(t->path));
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
    m_jobs->forgetHistory();
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
    m_jobs->readHistory(m_database, t->path, name);
}

void MainWindow::onHistoryRead(const HistoryResult& result)
{
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
    m_historyPanel->setHistory(result.trackName, result.entries);
    emit historyShown(result.trackName, count);
}

// The user deletes one analysis from a track's history: confirmed first (it cannot be
// undone), then deleted on a pool thread (StoreJobs), and the history read again.
void MainWindow::deleteHistoryEntry(const core::AnalysisEntry& entry)
{
    if (m_dbState != DbState::Ready)
        return;
    const QString when = QLocale().toString(
        QDateTime::fromString(QString::fromStdString(entry.analysedAt), Qt::ISODateWithMs).toLocalTime(),
        QLocale::ShortFormat);
    const auto answer = QMessageBox::question(this, tr("Delete History Entry"),
        tr("Delete the analysis of %1 from the history of %2?\n\nIts suggestions and their ratings are deleted with it; "
           "what the ratings taught Stemwise stays learned. This cannot be undone.")
            .arg(when, m_historyPanel->trackName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_jobs->deleteHistoryEntry(m_database, entry.id);
}

// The followed DAW's faders, pans, mutes and solos over the session files' contexts: each
// track followed gets a context marked live (a plain stem named after a DAW track gets one
// of its own, without plug-ins: those the OSC feedback does not tell). With `suggest`, a new
// suggestion round measures the mix-bus sum at them, when they changed what it reads.
void MainWindow::applyFollowedMix(bool suggest)
{
    DawContexts contexts = m_sessionDawContexts;
    const auto state = m_dawFollower->isOn() ? m_dawFollower->state() : nullptr;
    int followed = 0;
    QString mix;
    for (int row = 0; row < m_model->rowCount() && state; ++row) {
        const QString path = m_model->track(row)->path;
        const auto base = m_sessionDawContexts.value(path);
        const int i = DawFollower::followedTrackFor(*state, path, base.get());
        if (i < 0)
            continue;
        const core::FollowedTrack& f = state->tracks[static_cast<std::size_t>(i)];
        core::DawStemContext c = base ? *base : core::DawStemContext{};
        if (!base) {
            c.kind = state->daw;
            c.track.name = f.track.name;
            c.byName = true;
        }
        c.live = true;
        if (f.gainKnown)
            c.track.gainDb = f.track.gainDb;
        if (state->daw == core::DawKind::Ardour)
            c.track.trimDb = f.track.trimDb;
        c.track.pan = f.track.pan;
        c.track.mute = f.track.mute;
        c.track.solo = f.track.solo;
        mix += QStringLiteral("%1|%2|%3|%4|%5|%6\n")
                   .arg(path)
                   .arg(c.track.gainDb)
                   .arg(c.track.trimDb)
                   .arg(c.track.pan)
                   .arg(c.track.mute)
                   .arg(c.track.solo);
        contexts.insert(path, std::make_shared<const core::DawStemContext>(std::move(c)));
        ++followed;
    }
    m_dawContexts = contexts;
    if (const auto* t = m_model->track(currentRow()))
        m_trackPanel->setDawContext(m_dawContexts.value(t->path));
    scheduleOverviewRefresh();
    emit dawMixApplied(followed);
    // A new round only when what the sum reads changed (a solo too: the bus then carries only the
    // soloed tracks), on a session analysed.
    const bool changed = std::exchange(m_followedMix, mix) != mix;
    if (suggest && changed && m_dbState == DbState::Ready && !(m_analyzer && m_analyzer->isRunning())
        && m_model->rowCount() > 0)
        runSuggestions();
}

// The DAW selected the track `name`: the track of this session followed through it, if any.
void MainWindow::selectDawTrack(const QString& name)
{
    const auto state = m_dawFollower->state();
    if (!state)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString path = m_model->track(row)->path;
        const int i = DawFollower::followedTrackFor(*state, path, m_sessionDawContexts.value(path).get());
        if (i < 0 || QString::fromStdString(state->tracks[static_cast<std::size_t>(i)].track.name) != name)
            continue;
        if (row != currentRow())
            m_trackView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        return;
    }
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
    std::vector<double> durations;
    std::vector<core::DawStemOfTrack> dawStems;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* t = m_model->track(row);
        if (!t->profile || !t->analysisId)
            continue;
        profiles.push_back(t->profile);
        ids.push_back(*t->analysisId);
        names << QString::fromStdString(t->profile->name);
        durations.push_back(t->profile->file.format.durationS());
        if (auto daw = m_dawContexts.value(t->path))
            dawStems.push_back({t->profile->name, std::move(daw)});
    }
    if (profiles.empty()) {
        m_suggestionsPanel->showMessage(tr("No stored analysis to make suggestions from."));
        emit suggestionsShown(0);
        return;
    }
    m_suggestedTracks = names;
    m_suggestedDurations = std::move(durations);
    m_suggestionsPanel->markContextPending();
    statusBar()->showMessage(tr("Making suggestions (measuring the sum of the stems)…"));
    m_jobs->suggest(m_database, std::move(profiles), std::move(ids), core::dawContextOf(dawStems),
                    SuggestionGenre{m_genre, m_mixPanel->mix()});
}

void MainWindow::setGenre(const QString& genre)
{
    const QString g = genre.trimmed().toLower();
    std::optional<std::string> chosen;
    if (!g.isEmpty())
        chosen = g.toStdString();
    m_suggestionsPanel->setGenre(g);
    if (chosen == m_genre)
        return;
    m_genre = std::move(chosen);
    bool analysed = false;
    for (int row = 0; row < m_model->rowCount() && !analysed; ++row)
        analysed = m_model->track(row)->analysisId.has_value();
    if (analysed && m_dbState == DbState::Ready)
        runSuggestions();
}

QString MainWindow::genre() const { return m_genre ? QString::fromStdString(*m_genre) : QString(); }

void MainWindow::onSuggestionsMade(const SuggestionRound& round)
{
    if (!round.error.isEmpty()) {
        m_suggestionsPanel->showMessage(tr("No suggestions: %1").arg(round.error));
        statusBar()->showMessage(tr("Suggestions could not be made: %1").arg(round.error));
        emit suggestionsShown(0);
        return;
    }
    m_masking->setMatrix(m_suggestedTracks, m_suggestedDurations, round.masking);
    const int count = static_cast<int>(round.suggestions.size());
    const auto shown = static_cast<int>(
        std::count_if(round.suggestions.begin(), round.suggestions.end(), [](const core::Suggestion& s) { return s.shown; }));
    m_suggestionsPanel->setSuggestions(round.suggestions, round.note);
    m_suggestionsPanel->setTrack(m_model->trackName(currentRow()));
    statusBar()->showMessage(tr("%n suggestion(s) for the session", nullptr, shown)
                             + (count > shown ? tr(", %n more one click away (Show more)", nullptr, count - shown) : QString()));
    emit suggestionsShown(count);
}

void MainWindow::rate(std::int64_t storeId, core::Feedback feedback, bool afterListening)
{
    if (m_dbState != DbState::Ready)
        return;
    m_jobs->rate(m_database, storeId, feedback, afterListening);
}

void MainWindow::onRated(const RatingResult& r)
{
    if (r.withdrawn) {
        onRatingWithdrawn(r);
        return;
    }
    if (r.tag != 0) {  // stored again by Redo: the command now stands for this rating
        if (const auto it = m_ratingHandles.find(r.tag); it != m_ratingHandles.end())
            if (const auto redone = it->second.lock())
                redone->uid = r.ratingUid;
    }
    if (!r.error.isEmpty()) {
        m_suggestionsPanel->showRatingError(r.storeId, r.error);
        statusBar()->showMessage(tr("The rating was not stored: %1").arg(r.error));
        return;
    }
    m_suggestionsPanel->showRating(r.storeId, r.feedback, r.afterListening, r.before, r.after,
                                   r.personalisation ? CoreText::personalisation(*r.personalisation)
                                                     : QString::fromStdString(r.explanation));
    statusBar()->showMessage((r.afterListening ? tr("Rated suggestion %1 %2 after listening: confidence %3 % → %4 %")
                                               : tr("Rated suggestion %1 %2: confidence %3 % → %4 %"))
                                 .arg(r.storeId)
                                 .arg(feedbackLabel(r.feedback))
                                 .arg(r.before * 100.0, 0, 'f', 0)
                                 .arg(r.after * 100.0, 0, 'f', 0));
    if (r.tag == 0) {
        // The user's own click: one step of Edit ▸ Undo. Undo takes this rating back in the
        // store; Redo stores it again (a new rating, the same verdict).
        std::erase_if(m_ratingHandles, [](const auto& entry) { return entry.second.expired(); });
        const quint64 tag = ++m_lastRatingTag;
        auto handle = std::make_shared<RatingHandle>(RatingHandle{r.ratingUid});
        m_ratingHandles[tag] = handle;
        const std::filesystem::path database = m_database;
        const std::int64_t storeId = r.storeId;
        const core::Feedback feedback = r.feedback;
        const bool afterListening = r.afterListening;
        const std::weak_ptr<RatingHandle> weak = handle;
        m_undo->push(new RateCommand(
            tr("Rating of Suggestion %1 (%2)").arg(storeId).arg(feedbackLabel(feedback)), handle,
            [this, database, storeId, feedback, afterListening, tag] {
                m_jobs->rate(database, storeId, feedback, afterListening, tag);
            },
            [this, database, weak, tag] {
                m_jobs->withdrawRating(database, [weak] {
                    const auto h = weak.lock();
                    return h ? h->uid : std::string();
                }, tag);
            }));
    }
    emit suggestionRated(r.storeId, r.before, r.after);
}

void MainWindow::onRatingWithdrawn(const RatingResult& r)
{
    if (!r.error.isEmpty()) {
        statusBar()->showMessage(tr("The rating was not taken back: %1").arg(r.error));
        emit ratingWithdrawn(r.storeId, r.before, r.after, r.error);
        return;
    }
    m_suggestionsPanel->showRatingWithdrawn(r.storeId, r.feedback, r.after,
                                            r.personalisation ? CoreText::personalisation(*r.personalisation)
                                                              : QString::fromStdString(r.explanation));
    statusBar()->showMessage(tr("Rating of suggestion %1 (%2) taken back: confidence %3 % → %4 %")
                                 .arg(r.storeId)
                                 .arg(feedbackLabel(r.feedback))
                                 .arg(r.before * 100.0, 0, 'f', 0)
                                 .arg(r.after * 100.0, 0, 'f', 0));
    emit ratingWithdrawn(r.storeId, r.before, r.after, QString());
}

// ---- track types -----------------------------------------------------------------------

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_trackView->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(index).row();
    std::sort(rows.begin(), rows.end(), [this](int a, int b) {
        return m_proxy->mapFromSource(m_model->index(a, 0)).row() < m_proxy->mapFromSource(m_model->index(b, 0)).row();
    });
    return rows;
}

void MainWindow::retypeTracks(const QList<int>& rows, const QString& type)
{
    const std::string chosen = type.toStdString();
    if (!core::isTrackType(chosen))
        return;
    RetypeCommand::Types before;
    RetypeCommand::Types after;
    for (int row : rows) {
        const auto* t = m_model->track(row);
        if (t == nullptr || !t->profile)
            continue;
        const bool userChoice = t->profile->typeSource == "user";
        if (userChoice && t->profile->type == chosen)
            continue;  // it has that type already, as chosen
        const QString name = m_model->trackName(row);
        if (std::any_of(after.begin(), after.end(), [&name](const auto& a) { return a.first == name; }))
            continue;
        // What it had: the choice made in this window, else one stored from an earlier run
        // (the profile says "user"), else none: a guess.
        std::string had = userChoice ? t->profile->type : std::string(core::kAutomaticType);
        if (const auto it = m_typeOverrides.find(name); it != m_typeOverrides.end())
            had = it->second;
        before.emplace_back(name, had);
        after.emplace_back(name, chosen);
    }
    if (after.empty())
        return;
    const QString label = CoreText::trackType(chosen);
    const QString text = after.size() == 1
                             ? tr("Type of %1 (%2)").arg(after.front().first, label)
                             : tr("Type of %n Track(s) (%1)", nullptr, static_cast<int>(after.size())).arg(label);
    m_undo->push(new RetypeCommand(text, std::move(before), std::move(after),
                                   [this](const RetypeCommand::Types& types) { applyTypes(types); }));
}

void MainWindow::applyTypes(const std::vector<std::pair<QString, std::string>>& types)
{
    QStringList paths;
    for (const auto& [name, type] : types) {
        m_typeOverrides[name] = type;
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->trackName(row) == name)
                paths << m_model->track(row)->path;
    }
    if (!paths.isEmpty())
        reanalyse(paths, false);
}

// The key figures first, where a 1400-pixel window shows them without scrolling (issue 21:
// Score, Issues and Width sat behind the scroll bar): name, solo, mute, type, loudness, true
// peak, crest, width, score, issues; then the status and length; the file's format (container,
// rate, channels, depth) hidden until asked for from the heading's menu.
void MainWindow::arrangeDefaultColumns()
{
    using M = TrackTableModel;
    QHeaderView* header = m_trackView->horizontalHeader();
    const int order[] = {M::Name,  M::Solo,   M::Mute,     M::Type,      M::Integrated, M::TruePeak,
                         M::Crest, M::Width,  M::Score,    M::Issues,    M::Status,     M::Duration,
                         M::Container, M::SampleRate, M::Channels, M::BitDepth};
    static_assert(std::size(order) == M::ColumnCount);
    for (int visual = 0; visual < static_cast<int>(std::size(order)); ++visual) {
        header->moveSection(header->visualIndex(order[visual]), visual);
        header->setSectionHidden(order[visual], false);
    }
    for (int column : {M::Container, M::SampleRate, M::Channels, M::BitDepth})
        header->setSectionHidden(column, true);
}

void MainWindow::fitColumns()
{
    m_trackView->resizeColumnsToContents();
    QHeaderView* header = m_trackView->horizontalHeader();
    // The figures' columns as wide as their numbers or their heading's longest line, whichever
    // is wider, without the room resizeColumnsToContents keeps for a sort arrow in every one:
    // the key columns then fit a 1400-pixel window (issue 21).
    const QFontMetrics headerMetrics(header->font());
    for (int column : {TrackTableModel::Integrated, TrackTableModel::TruePeak, TrackTableModel::Crest,
                       TrackTableModel::Width, TrackTableModel::Score, TrackTableModel::Issues}) {
        int heading = 0;
        for (const QString& line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            heading = std::max(heading, headerMetrics.horizontalAdvance(line));
        header->resizeSection(column, std::max(heading + 14, static_cast<QAbstractItemView*>(m_trackView)->sizeHintForColumn(column) + 4));
    }
    // The longest state in full ("Analysing 100 %"), not "Analysi…".
    const int wanted = m_trackView->fontMetrics().horizontalAdvance(
        QCoreApplication::translate("stemwise::ui::TrackTableModel", "Analysing %1 %").arg(100)) + 20;
    if (header->sectionSize(TrackTableModel::Status) < wanted)
        header->resizeSection(TrackTableModel::Status, wanted);
}

void MainWindow::showColumnMenu(const QPoint& pos)
{
    QHeaderView* header = m_trackView->horizontalHeader();
    QMenu menu(this);
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column == TrackTableModel::Name)
            continue;  // a row without its name says nothing
        QString label = m_model->headerData(column, Qt::Horizontal).toString();
        if (column == TrackTableModel::Solo || column == TrackTableModel::Mute)
            label = m_model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QAction* a = menu.addAction(label);
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        connect(a, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            if (on && header->sectionSize(column) < 24)
                m_trackView->resizeColumnToContents(column);
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Default Columns"), this, [this] {
        arrangeDefaultColumns();
        fitColumns();
    });
    menu.exec(header->mapToGlobal(pos));
}

void MainWindow::showTrackContextMenu(const QPoint& pos)
{
    QList<int> rows = selectedRows();
    const QModelIndex at = m_trackView->indexAt(pos);
    if (at.isValid() && !rows.contains(m_proxy->mapToSource(at).row()))
        rows = {m_proxy->mapToSource(at).row()};
    if (rows.isEmpty())
        return;
    QMenu menu(this);
    QMenu* types = menu.addMenu(tr("Change &Type of %n Track(s)", nullptr, static_cast<int>(rows.size())));
    for (auto t : core::kTrackTypes) {
        const QString key = QString::fromLatin1(t.data(), static_cast<qsizetype>(t.size()));
        types->addAction(CoreText::trackType(std::string(t)), this, [this, rows, key] { retypeTracks(rows, key); });
    }
    menu.exec(m_trackView->viewport()->mapToGlobal(pos));
}

void MainWindow::scheduleOverviewRefresh()
{
    if (!m_overviewTimer->isActive())
        m_overviewTimer->start();
}

void MainWindow::refreshOverview()
{
    std::vector<BandHeatMapView::Row> rows;
    std::vector<const core::TrackProfile*> profiles;
    int analysed = 0;
    // The heat map in the table's order: grouped by type when the table is (issue 21), sorted
    // as it is sorted.
    std::optional<std::string> lastType;
    for (int shown = 0; shown < m_proxy->rowCount(); ++shown) {
        const int r = m_proxy->mapToSource(m_proxy->index(shown, 0)).row();
        const auto* t = m_model->track(r);
        if (t == nullptr)
            continue;
        BandHeatMapView::Row row;
        row.name = m_model->trackName(r);
        row.color = m_model->color(r);
        row.track = r;
        if (m_proxy->groupedByType()) {
            std::string type = t->profile ? t->profile->type : std::string();
            row.groupStart = lastType != type;
            lastType = std::move(type);
        }
        if (t->profile) {
            ++analysed;
            std::array<double, core::kBandCount> shares{};
            for (std::size_t b = 0; b < core::kBandCount; ++b)
                shares[b] = t->profile->spectrum.bands[b].share;
            row.shares = shares;
            row.limits = BandBalanceView::limitsFor(t->profile->type);
        }
        rows.push_back(std::move(row));
    }
    for (int r = 0; r < m_model->rowCount(); ++r)  // the session's order
        if (const auto* t = m_model->track(r); t->profile)
            profiles.push_back(&*t->profile);
    m_heatMap->setRows(std::move(rows));
    m_heatMap->setCurrentRow(currentRow());
    updateTypeLegend();
    updateReferenceSubjects();
    if (m_model->rowCount() == 0) {
        ++m_sectionsGeneration;
        m_trackPanel->waveformView()->setSections({});
        m_sectionsPanel->setSections({});
        m_sectionsShownGeneration = m_sectionsGeneration;
        m_sessionSummary->setText(m_analyzer && m_analyzer->isRunning()
                                      ? tr("<b>Session</b>: reading %1…").arg(sessionName().toHtmlEscaped())
                                      : tr("<b>Session</b>: none open"));
        return;
    }
    // The session's one tempo and key, decided as the suggestion engine decides them (the
    // suggestions, the CLI and the PDF show the same): a DAW session's tempo stands in for the
    // estimate.
    std::vector<core::DawStemOfTrack> dawStems;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (auto daw = m_dawContexts.value(m_model->track(row)->path))
            dawStems.push_back({m_model->track(row)->path.toStdString(), std::move(daw)});
    const auto daw = core::dawContextOf(dawStems);
    const bool dawTempo = daw && daw->tempoBpm && *daw->tempoBpm > 0.0;
    const core::SessionTempoKey session = core::decideSessionTempoKey(profiles, dawTempo ? daw->tempoBpm : std::nullopt);
    // The song's sections, found as the command line and the PDF find them (the DAW session's
    // markers first), along the top of the waveform. On the pool: bench_sections measures 0.9 ms
    // for 8 stems of 3 minutes but 98 ms for 64 of 68 minutes, more than a frame. A newer
    // request drops an older one's answer.
    {
        std::vector<std::shared_ptr<const core::TrackProfile>> shared;
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (auto p = m_model->track(r)->profile)
                shared.push_back(std::move(p));
        const std::optional<double> bpm = dawTempo ? daw->tempoBpm : session.tempo.bpm;
        auto markers = daw ? daw->markers : std::vector<core::SectionMarker>{};
        const int generation = ++m_sectionsGeneration;
        auto* watcher = new QFutureWatcher<core::SessionSections>(this);
        connect(watcher, &QFutureWatcher<core::SessionSections>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_sectionsGeneration)
                return;
            const core::SessionSections found = watcher->result();
            std::vector<WaveformView::SectionSpan> spans;
            const bool divided = found.stems > 0 || found.fromMix;
            if (divided)
                for (const core::Section& s : found.sections)
                    spans.push_back({s.startS, s.endS,
                                     QStringLiteral("%1 · %2").arg(QString::fromStdString(s.group), CoreText::text(s.nameText, s.name))});
            m_trackPanel->waveformView()->setSections(std::move(spans));
            m_sectionsPanel->setSections(found);
            // The stems' sections are the Mix's against its references' style.
            m_referencesPanel->setSessionSections(found.stems >= 2 ? std::make_shared<const core::SessionSections>(found)
                                                                   : nullptr);
            m_sectionsShownGeneration = generation;
            emit sectionsShown(static_cast<int>(divided ? found.sections.size() : 0));
        });
        watcher->setFuture(QtConcurrent::run([shared = std::move(shared), bpm, markers = std::move(markers)] {
            std::vector<core::StemActivity> stems;
            stems.reserve(shared.size());
            for (const auto& p : shared)
                stems.push_back(core::stemActivityOf(*p));
            return core::findSessionSections(stems, bpm, markers);
        }));
    }
    QString tempo = tr("no steady pulse");
    if (dawTempo) {
        const core::Text source{core::TextCode::SourceDaw, {core::TextArg::string(daw->daw)}};
        tempo = tr("<b>%1&nbsp;BPM</b>, %2")
                    .arg(formatNumber(*daw->tempoBpm, 1), CoreText::text(source).toHtmlEscaped());
    } else if (session.tempo.bpm) {
        tempo = tr("<b>%1&nbsp;BPM</b>, %2")
                    .arg(formatNumber(*session.tempo.bpm, 1),
                         CoreText::sessionSource(session.tempo.source, session.tempo.tracks).toHtmlEscaped());
    }
    QString key = tr("uncertain");
    if (session.key.key)
        key = tr("<b>%1</b>, %2").arg(CoreText::key(*session.key.key).toHtmlEscaped(),
                                       CoreText::sessionSource(session.key.source, session.key.tracks).toHtmlEscaped());
    m_sessionSummary->setText(tr("<b>Session</b>: %1 of %2 tracks analysed · tempo %3 · key %4")
                                  .arg(analysed)
                                  .arg(m_model->rowCount())
                                  .arg(tempo, key));
}

// ---- the mix ------------------------------------------------------------------------------

void MainWindow::analyseMix()
{
    std::vector<std::filesystem::path> files;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* t = m_model->track(row);
        if (t->profile && !t->missing)
            files.emplace_back(t->path.toStdString());
    }
    if (files.size() < 2) {
        m_jobs->cancelMix();
        m_mixPanel->showMessage(tr("needs two or more analysed stems."));
        return;
    }
    m_mixPanel->setMeasuring(static_cast<int>(files.size()));
    m_jobs->analyseMix(std::move(files));
}

void MainWindow::onMixAnalysed(const MixResult& result)
{
    m_mixPanel->setMix(result.profile, result.error);
    updateReferenceSubjects();
    emit mixShown(result.profile != nullptr);
}

void MainWindow::showMixInTrackView()
{
    if (!m_mixPanel->mix())
        return;
    m_pages->setCurrentWidget(m_workspace);
    m_trackPanel->setDawContext({});
    m_trackPanel->setTrack(m_mixPanel->mix(), palette().color(QPalette::WindowText));
    m_shownTrackKey = QStringLiteral("mix");
    m_tabs->setCurrentIndex(0);
}

// The key to the track table's colours: the types in the session, in core's order.
void MainWindow::updateTypeLegend()
{
    std::set<std::string> present;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const auto* t = m_model->track(row); t->profile)
            present.insert(t->profile->type);
    std::vector<ColorLegend::Entry> entries;
    for (auto type : core::kTrackTypes) {
        if (!present.contains(std::string(type)))
            continue;
        ColorLegend::Entry e;
        e.label = CoreText::trackType(std::string(type));
        e.fill = typeColor(type);
        entries.push_back(std::move(e));
    }
    m_typeLegend->setEntries(std::move(entries));
    m_typeLegend->setVisible(!present.empty());
}

void MainWindow::setGroupedByType(bool grouped)
{
    m_proxy->setGroupedByType(grouped);
    scheduleOverviewRefresh();  // the heat map follows the table
    QSettings().setValue(QString::fromLatin1(kGroupByTypeKey), grouped);
    m_menus->setGroupedByType(grouped);
}

// What the References view compares with the references: the Mix first, then each analysed track.
void MainWindow::updateReferenceSubjects()
{
    std::vector<ReferencesPanel::Subject> tracks;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const auto* t = m_model->track(row); t->profile)
            tracks.push_back({m_model->trackName(row), t->profile, false});
    m_referencesPanel->setSession(m_mixPanel->mix(), std::move(tracks));
}

MaskingMatrixView* MainWindow::maskingView() const
{
    return m_masking->matrix();
}

bool MainWindow::welcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

QString MainWindow::sessionName() const
{
    std::vector<std::filesystem::path> paths;
    for (const QString& p : m_sessionPaths)
        paths.emplace_back(p.toStdString());
    return QString::fromStdString(core::sessionNameFromPaths(paths));
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
