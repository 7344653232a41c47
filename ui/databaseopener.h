#pragma once
// Opens (creating and migrating) the user database on a worker, and recovers when it cannot:
// a damaged file has been set aside by the store, and the user chooses between a fresh
// database at the same place and working without one; a database of a newer Stemwise, or one
// that cannot be created, is reported in plain words and the window works without storing.
//
// Threading: UI thread only; Store::open runs on the global thread pool with its own
// connection, and its outcome is handled back here.

#include <QObject>

#include <filesystem>

class QWidget;

namespace stemwise::ui {

class DatabaseOpener : public QObject {
    Q_OBJECT
public:
    /// Its message boxes are windows of `dialogParent`.
    explicit DatabaseOpener(QWidget* dialogParent);

    /// Opens `path` (its folder is created if needed); opened() or unavailable() follows.
    void open(const std::filesystem::path& path);

signals:
    /// The database at `path` is open and at the current schema.
    void opened(const std::filesystem::path& path);
    /// There is no database to store in: the user chose to work without one, or the file
    /// could not be opened (a message box says why).
    void unavailable();

private:
    struct Outcome;
    void onOpened(const Outcome& outcome);

    QWidget* m_dialogParent = nullptr;
};

} // namespace stemwise::ui
