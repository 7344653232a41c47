#pragma once
// The main window, the engineer's workspace: the session overview (track table with the
// meter-bridge figures, band-balance heat map, session tempo and key) beside the selected
// track read in depth (track view) and its history across bounces.
//
// The window lays out the views and wires the parts that do the work:
//   MainMenus        the menu bar; each command is a signal handled here
//   DatabaseOpener   opens the user database on a worker; recovers from a damaged one
//   SessionAnalyzer  lists and analyses the session (and, a second one, what changed)
//   SessionWatcher   watches the session's files and folders: re-bounces, new stems, missing ones
//   StoreJobs        a track's history, the suggestion round and ratings, on the pool
//   StatusDelegate, TypeDelegate   the track table's Status and Type columns
//   ReferencesPanel  the reference library and the genres' targets against the Mix
//   QUndoStack       Edit ▸ Undo/Redo of ratings, type changes and the reference library's
//                    additions, genres and removals (workspaceundo.h); cleared
//                    when another session opens (its commands name the tracks shown)
//
// Threading: UI thread only. Listing, hashing, cache look-ups, analysis and storing run on
// SessionAnalyzer's worker threads; opening the database, scanning the folders and reading a
// track's history run on the global thread pool, each with its own connection; results
// arrive here queued, so the window never waits on disk, database or analysis.
//
// The session folder is watched (SessionWatcher): a stem whose file changes (a re-bounce) is
// analysed again a moment after the writing stops, becomes a new history entry, and what
// changed is highlighted in the table and the history. An audio file that appears in a
// session folder joins the session; a session file that disappears is marked missing,
// keeping its figures and history.
//
// A DAW followed live over OSC (DawFollower, Settings): its selected track selects the
// track of that name here, and its faders, pans and mutes replace the session file's in the
// DAW context (m_dawContexts) once they settle: the track view, the mix-bus sum and a new
// suggestion round take them. Its status shows in the status bar.

#include "appsettings.h"
#include "sessionanalyzer.h"

#include "analysis/sessionanalysis.h"
#include "learn/learnedmodel.h"
#include "store/analysisrepository.h"

#include <QMainWindow>
#include <QStringList>

#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <vector>

class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace stemwise::ui {

struct AnalysedFile;
struct HistoryResult;
struct RatingResult;
struct SuggestionRound;
class BandHeatMapView;
class ColorLegend;
class DatabaseOpener;
class DawFollower;
class HistoryPanel;
class MainMenus;
class MaskingMatrixView;
class MaskingPanel;
class MixPanel;
class SectionsPanel;
struct MixResult;
class PlaybackController;
class ReferencesPanel;
class SessionAnalyzer;
class SessionWatcher;
class StoreJobs;
class SuggestionsPanel;
class TrackPanel;
class TrackTableModel;
class TrackSortProxy;
class WelcomeView;
class TransportBar;
class WorkspacePlayback;
struct RatingHandle;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class View { Overview, Track, History, Suggestions, Masking, Mix, References, Sections };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Where the user database is: `defaultPath` unless the settings name another, and
    /// `overridePath` (the command line's --db) above both. Both empty: analyse without
    /// storing (no cache, no history). Opens it on a worker; a damaged file is reported
    /// with a choice (see onDatabaseOpened).
    void configureDatabase(const QString& defaultPath, const QString& overridePath = {});
    /// The database in use, or empty while none is open.
    [[nodiscard]] QString databasePath() const;

    /// The session's genre as the user sets it (a genre the suggestion rules know; empty:
    /// estimated in each suggestion round, off the UI thread, and marked so). The user's genre
    /// always wins. Makes the suggestions again when there are some to make.
    void setGenre(const QString& genre);
    [[nodiscard]] QString genre() const;

    /// Replaces the session with the audio files in `paths` (files or folders).
    void openPaths(const QStringList& paths);
    /// Opens the last session if the settings ask for it; returns whether it did.
    bool reopenLastSession();
    /// Cancels the analysis of the session; files not begun are marked as such.
    void cancelLoading();
    /// Shows a long-running step that the window does not own (e.g. preparing the demo).
    void showBusy(const QString& message);
    /// Brings `view` to the front (keyboard: Ctrl+1…3 in the View menu).
    void showView(View view);
    /// Whether the sections shown answer the newest request (none is on the pool).
    [[nodiscard]] bool sectionsUpToDate() const { return m_sectionsShownGeneration == m_sectionsGeneration; }
    /// Selects the track `name` (file name without extension); returns whether it exists.
    bool selectTrack(const QString& name);
    /// The open session's name, as reports title it (core::sessionNameFromPaths: the folder
    /// above one called "stems"); empty while none is open.
    [[nodiscard]] QString sessionName() const;
    /// The files and folders the open session was opened from; empty while none is open.
    [[nodiscard]] QStringList sessionPaths() const { return m_sessionPaths; }

    [[nodiscard]] TrackTableModel* trackModel() const { return m_model; }
    [[nodiscard]] WelcomeView* welcomeView() const { return m_welcome; }
    /// Whether the welcome view is shown (no session opened yet, no view asked for).
    [[nodiscard]] bool welcomeShown() const;
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }
    [[nodiscard]] TrackPanel* trackPanel() const { return m_trackPanel; }
    [[nodiscard]] HistoryPanel* historyPanel() const { return m_historyPanel; }
    [[nodiscard]] SuggestionsPanel* suggestionsPanel() const { return m_suggestionsPanel; }
    [[nodiscard]] MaskingMatrixView* maskingView() const;
    [[nodiscard]] MaskingPanel* maskingPanel() const { return m_masking; }
    [[nodiscard]] MixPanel* mixPanel() const { return m_mixPanel; }
    [[nodiscard]] ReferencesPanel* referencesPanel() const { return m_referencesPanel; }
    [[nodiscard]] SectionsPanel* sectionsPanel() const { return m_sectionsPanel; }
    [[nodiscard]] BandHeatMapView* heatMap() const { return m_heatMap; }
    [[nodiscard]] QTableView* trackTable() const { return m_trackView; }
    [[nodiscard]] PlaybackController* playback() const { return m_playback; }
    [[nodiscard]] TransportBar* transportBar() const { return m_transport; }
    /// Edit ▸ Undo and Redo: ratings and type changes.
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    /// Gives the tracks at the source-model `rows` the type `type` (a core type key), in one
    /// undoable step; tracks that already have it as the user's choice are left alone.
    void retypeTracks(const QList<int>& rows, const QString& type);
    /// The source-model rows selected in the track table, in the table's order.
    [[nodiscard]] QList<int> selectedRows() const;
    /// View ▸ Group by Type: the track table's rows gathered by type (remembered).
    void setGroupedByType(bool grouped);
    [[nodiscard]] ColorLegend* typeLegend() const { return m_typeLegend; }
    [[nodiscard]] DawFollower* dawFollower() const { return m_dawFollower; }
    /// The source-model row of the selected track, or -1.
    [[nodiscard]] int currentRow() const;
    /// The settings as they are now (the last saved).
    [[nodiscard]] const AppSettings& settings() const { return m_settings; }
    /// What the local API is doing, for the Settings dialog (see SettingsDialog::setApiStatus).
    void setApiStatus(bool serving, const QString& url, const QString& tokenFile, const QString& error);
    /// Milliseconds a changed file must stay unchanged before it is analysed again.
    void setRebounceDelayMs(int ms);
    /// Audio files that appeared in the session folder and wait for their writing to stop
    /// (or for libsndfile to open them) before they join the session.
    [[nodiscard]] int newFilesWaiting() const;

signals:
    /// The user turned the local API on or off, or moved it to another port, in the Settings.
    void apiSettingsChanged(bool enabled, int port);
    /// Every file of the session has been analysed (or has failed, or loading was cancelled).
    void sessionLoaded(int ready, int failed);
    /// Every track of the session shows its figures (or why it has none), the first time
    /// in this session; reopening a stored session gets here before the hashes confirm it.
    void sessionFiguresShown();
    /// The database is open (`storing`) or the window works without one.
    void databaseReady(bool storing);
    /// A watched file that changed has been analysed again.
    void trackReanalysed(int row, bool newHistoryEntry);
    /// A file that appeared in the session folder joined the session at `row` and has
    /// been analysed (or has failed; the row says why).
    void trackAdded(int row);
    /// The history view shows `entries` analyses of `track`.
    void historyShown(const QString& track, int entries);
    /// A history entry was deleted by the user (or could not be: `error`).
    void historyEntryDeleted(qint64 analysisId, const QString& error);
    /// A suggestion round is done: `count` suggestions (0 with an error) are in the panel.
    void suggestionsShown(int count);
    /// A rating was stored; the suggestion's confidence before and after it.
    void suggestionRated(qint64 storeId, double confidenceBefore, double confidenceAfter);
    /// The session's mix (the stems summed at unity) was analysed (`measured`) or could not be.
    void mixShown(bool measured);
    /// The song's sections were found and shown (the table and the strip): how many.
    void sectionsShown(int count);
    /// A rating was taken back (Edit ▸ Undo); the suggestion's confidence with and without it.
    /// `error` says why it was not.
    void ratingWithdrawn(qint64 storeId, double confidenceBefore, double confidenceAfter, const QString& error);
    /// The faders, pans and mutes of a DAW followed over OSC reached the session: `tracks` of
    /// its tracks are followed (0: none, or DAW follow was turned off).
    void dawMixApplied(int tracks);
    /// The user asked for the built-in demo session (the welcome view, File ▸ Open Demo
    /// Session): the app writes it where it keeps it (app/guiapp.cpp) and opens it.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class DbState { None, Opening, Ready };

    void buildLayout();
    void connectMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void showCurrentTrack();
    [[nodiscard]] QString shownTrackKey(int row) const;
    void onListed(const QStringList& files, const QList<QPair<QString, QString>>& errors, const DawContexts& daw);
    void onFileDone(const AnalysedFile& result, bool rebounce, bool ofSession);
    void onLoadFinished(bool cancelled);
    void onFilesAppeared(const QStringList& paths);
    void chooseFolder();
    void chooseFiles();
    void openSettings();
    void openLiveInput();
    void setTheme(const QString& name);
    void openDatabase(const std::filesystem::path& path);
    void onDatabaseOpened(const std::filesystem::path& path);
    void onDatabaseUnavailable();
    void startAnalysis(const QStringList& paths);
    void reanalyse(const QStringList& paths, bool rebounce);
    void startNextReanalysis();
    void loadHistory(int row);
    void onHistoryRead(const HistoryResult& result);
    void deleteHistoryEntry(const core::AnalysisEntry& entry);
    void runSuggestions();
    void onSuggestionsMade(const SuggestionRound& round);
    void rate(std::int64_t storeId, core::Feedback feedback, bool afterListening);
    void onRated(const RatingResult& r);
    void onRatingWithdrawn(const RatingResult& r);
    /// Sums the analysed stems and analyses the sum as the session's mix (on the pool).
    void analyseMix();
    void onMixAnalysed(const MixResult& result);
    void showMixInTrackView();
    void updateReferenceSubjects();
    void updateTypeLegend();
    /// Gives each named track its type (core::kAutomaticType: guessed) and analyses it again.
    void applyTypes(const std::vector<std::pair<QString, std::string>>& types);
    void showTrackContextMenu(const QPoint& pos);
    void applyFollowedMix(bool suggest);
    void selectDawTrack(const QString& name);
    void arrangeDefaultColumns();
    void fitColumns();
    void showColumnMenu(const QPoint& pos);
    void scheduleOverviewRefresh();
    /// Whether the track table's current row is wholly in view (top to bottom).
    [[nodiscard]] bool currentRowInView() const;
    void refreshOverview();
    [[nodiscard]] core::SessionAnalysisOptions analysisOptions() const;

    AppSettings m_settings;
    struct ApiStatus {
        bool serving = false;
        QString url, tokenFile, error;
    } m_apiStatus;
    TrackTableModel* m_model = nullptr;
    TrackSortProxy* m_proxy = nullptr;
    QSplitter* m_splitter = nullptr;
    QSplitter* m_leftSplitter = nullptr;
    QTableView* m_trackView = nullptr;
    QLabel* m_sessionSummary = nullptr;
    BandHeatMapView* m_heatMap = nullptr;
    ColorLegend* m_heatLegend = nullptr;
    ColorLegend* m_typeLegend = nullptr;  ///< the track types' colours, under the track table
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_pages = nullptr;  ///< the welcome view until a session opens, then the workspace
    WelcomeView* m_welcome = nullptr;
    QWidget* m_workspace = nullptr;
    TrackPanel* m_trackPanel = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    SuggestionsPanel* m_suggestionsPanel = nullptr;
    MaskingPanel* m_masking = nullptr;
    MixPanel* m_mixPanel = nullptr;
    ReferencesPanel* m_referencesPanel = nullptr;
    SectionsPanel* m_sectionsPanel = nullptr;
    QTabWidget* m_sessionTabs = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
    QLabel* m_dbLabel = nullptr;
    QTimer* m_overviewTimer = nullptr;
    MainMenus* m_menus = nullptr;
    SessionWatcher* m_watcher = nullptr;
    PlaybackController* m_playback = nullptr;
    TransportBar* m_transport = nullptr;
    WorkspacePlayback* m_workspacePlayback = nullptr;
    DatabaseOpener* m_opener = nullptr;
    StoreJobs* m_jobs = nullptr;
    QUndoStack* m_undo = nullptr;
    quint64 m_lastRatingTag = 0;
    std::map<quint64, std::weak_ptr<RatingHandle>> m_ratingHandles;  ///< by tag: the ratings Redo stores again
    DawFollower* m_dawFollower = nullptr;
    QLabel* m_followLabel = nullptr;

    std::unique_ptr<SessionAnalyzer> m_analyzer;
    std::unique_ptr<SessionAnalyzer> m_reanalyzer;
    int m_generation = 0;       // bumps with each session, so stale queued results are dropped
    int m_reGeneration = 0;
    int m_ready = 0;
    int m_failed = 0;
    int m_listedFiles = 0;
    bool m_columnsRestored = false;

    QString m_defaultDatabase;
    QString m_overrideDatabase;
    std::filesystem::path m_database;  // the open database, or empty
    DbState m_dbState = DbState::None;
    QStringList m_pendingPaths;        // asked for while the database was opening
    QStringList m_sessionPaths;
    DawContexts m_dawContexts;  ///< the DAW track of each file: a session file's, with the followed DAW's faders
    DawContexts m_sessionDawContexts;  ///< as the session files say (before DAW follow)
    int m_sectionsGeneration = 0;
    int m_sectionsShownGeneration = 0;  ///< the request whose answer is shown  ///< the newest request for the sections (refreshOverview)
    QString m_followedMix;  ///< the followed levels, pans and mutes the last suggestion round had
    std::map<QString, std::string> m_typeOverrides;  // by track name
    std::set<QString> m_added;                         // appeared and joined, being analysed
    std::vector<std::pair<QString, bool>> m_reanalyseQueue;  // path, is a re-bounce
    std::optional<std::string> m_genre;  // the user's genre; empty: estimated
    QStringList m_suggestedTracks;  // the tracks of the suggestion round under way, in its order
    std::vector<double> m_suggestedDurations;  // and their lengths in seconds
    bool m_suggestAfterReanalysis = false;
    bool m_currentRowWasInView = false;  ///< before the table's rows moved (see the constructor)
    bool m_figuresShown = false;
    QString m_shownTrackKey;  // what the track view shows (shownTrackKey of its row)
};

}  // namespace stemwise::ui
