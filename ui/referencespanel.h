#pragma once
// ReferencesPanel: the reference library and the genres' target curves in the workspace
// (issue 21: 'the reference library and genre target curves managed in the GUI (add, tag,
// remove, compare), not only the CLI'). The library's references (commercial mixes, each
// tagged with a genre, the same rows as `stemwise reference`) are listed with their loudness;
// Add References… analyses files and keeps them under a genre, Genre… retags the chosen ones,
// Rate says which are the sound the user wants (they count twice in the style learned from a
// genre's references) and which are not their style (left out of the genre's target), Remove
// takes them out of the library (the files stay); each is one step of Edit ▸ Undo.
// Below, one subject of the session (the Mix by default: a reference is a whole record, and a
// stem compared with one would be told to become a record; issue 21) against a reference or
// the mean of a genre's references (compare/targetcurve.h): both spectra at equal loudness,
// the difference, and the findings. A single stem may be chosen, and is then compared without
// moves: the differences say how far it is from a whole record, not what to do to it.
// References attached to the open session on the command line (`stemwise reference add
// --session DIR`) are listed after the library's, marked as the session's, and can be compared
// with one by one; they are managed where they were attached (Genre… and Remove act on the
// library's), and a genre's target is the mean of the library's references, as on the CLI.
//
// Threading: UI thread. The database is read and written, and added files analysed, on the
// pool (ReferenceJobs); the comparison is arithmetic on profiles in memory (well under a frame).

#include "referencejobs.h"

#include "compare/trackcomparison.h"

#include <QWidget>

#include <filesystem>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace stemwise::ui {

class ComparisonChart;

class ReferencesPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Genre, Rating, Loudness, TruePeak, Added, ColumnCount };
    /// What of the session can be compared: the Mix, then each analysed track.
    struct Subject {
        QString label;
        std::shared_ptr<const core::TrackProfile> profile;
        bool mix = false;
    };

    explicit ReferencesPanel(QWidget* parent = nullptr);

    /// The user database (empty: none; the library needs one) and the window's undo stack.
    void setDatabase(const std::filesystem::path& database);
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }
    /// The folders of the open session's files (absolute; none: no session): the references
    /// attached to their sessions are read with the library.
    void setSessionFolders(std::vector<std::filesystem::path> folders);
    /// The session's Mix (null while it is measured or where there is none) and analysed tracks.
    void setSession(std::shared_ptr<const core::TrackProfile> mix, std::vector<Subject> tracks);
    /// The song's sections found from the session's stems (null: none): the Mix's sections
    /// when it is judged against its references' style; without them it is sectioned alone.
    void setSessionSections(std::shared_ptr<const core::SessionSections> sections);

    /// Adds `files` to the library under `genre` (what Add References… does after its dialogs).
    void addFiles(const QStringList& files, const QString& genre);
    /// Gives the chosen references `genre` (Genre… after its dialog).
    void setGenreOfSelected(const QString& genre);
    /// Takes the chosen references out of the library.
    void removeSelected();
    /// Rates the chosen references (core::kReferenceSoundIWant, kReferenceUnrated,
    /// kReferenceNotMyStyle; the Rate menu).
    void rateSelected(int rating);
    /// Chooses the references of these names in the list (tests, and after adding).
    void selectReferences(const QStringList& names);

    [[nodiscard]] const std::vector<core::ReferenceTrack>& library() const { return m_library; }
    /// The references attached to the open session (as the last answer brought them).
    [[nodiscard]] const std::vector<core::ReferenceTrack>& sessionReferences() const { return m_sessionReferences; }
    [[nodiscard]] QTreeWidget* list() const { return m_list; }
    [[nodiscard]] QComboBox* subjectBox() const { return m_subject; }
    [[nodiscard]] QComboBox* targetBox() const { return m_target; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] QLabel* note() const { return m_note; }
    /// The comparison shown, or null.
    [[nodiscard]] const core::TrackComparison* comparison() const { return m_hasComparison ? &m_comparison : nullptr; }
    /// Chooses the target: the mean of `genre`'s references; false if there is none.
    bool compareWithGenre(const QString& genre);

signals:
    /// A job's answer is shown: the library as it now is (`error` empty) or why not.
    void libraryShown(int references, const QString& error);
    /// The target compared with changed: the style of its references (compare/referencestyle.h)
    /// when it is a genre's target, else null.
    void referenceStyleChanged(std::shared_ptr<const stemwise::core::ReferenceStyle> style);

private:
    void chooseFiles();
    void chooseGenre();
    void onJob(const ReferenceJobResult& result);
    void fillList();
    void fillTargets();
    void compare();
    void write(std::vector<core::ReferenceTrack> references, std::vector<std::string> remove);
    [[nodiscard]] std::vector<core::ReferenceTrack> selected() const;
    [[nodiscard]] QStringList genres() const;

    std::filesystem::path m_database;
    QUndoStack* m_undo = nullptr;
    ReferenceJobs* m_jobs = nullptr;
    std::vector<core::ReferenceTrack> m_library;
    std::vector<core::ReferenceTrack> m_sessionReferences;
    std::shared_ptr<const core::SessionSections> m_sections;
    std::vector<std::filesystem::path> m_sessionFolders;
    std::vector<Subject> m_subjects;
    QStringList m_pendingSelection;  ///< names to choose once the next answer lists them
    QString m_addGenre;              ///< the genre asked for the files being added
    int m_adding = 0;                ///< files being analysed and added
    bool m_subjectChosen = false;    ///< the user chose what to compare (else the Mix, once there)
    QTreeWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_genre = nullptr;
    QPushButton* m_rate = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
    QComboBox* m_subject = nullptr;
    QComboBox* m_target = nullptr;
    QLabel* m_note = nullptr;
    ComparisonChart* m_chart = nullptr;
    QPlainTextEdit* m_text = nullptr;
    core::TrackComparison m_comparison;
    bool m_hasComparison = false;
};

}  // namespace stemwise::ui
