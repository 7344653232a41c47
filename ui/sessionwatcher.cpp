// Watching the session's files and folders (see sessionwatcher.h).
#include "sessionwatcher.h"

#include "tracktablemodel.h"

#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <filesystem>
#include <set>

namespace stemwise::ui {

namespace {

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
    return { static_cast<qint64>(size), static_cast<qint64>(ms) };
}

} // namespace

/// The session's files and folders as a scan on a pool thread found them.
struct SessionWatcher::FolderScan {
    struct File {
        QString path;
        bool exists = false;
        qint64 sizeBytes = 0;
        qint64 mtimeMs = 0;
    };
    std::vector<File> known; ///< the session's files
    std::vector<File> appeared; ///< audio files in session folders, not in the session
    std::vector<bool> settled; ///< per appeared: the same size and time as the scan before
    std::vector<bool> readable; ///< per appeared: settled and libsndfile opens it
};

SessionWatcher::SessionWatcher(TrackTableModel& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_watcher(new QFileSystemWatcher(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(1500); // a DAW writes a bounce in bursts: wait for quiet
    connect(m_delay, &QTimer::timeout, this, &SessionWatcher::checkChangedFiles);
    auto onChange = [this] { m_delay->start(); };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, onChange);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, onChange);
}

void SessionWatcher::setSessionPaths(const QStringList& paths)
{
    m_sessionPaths = paths;
}

void SessionWatcher::reset()
{
    ++m_generation;
    m_stamps.clear();
    m_stampsAtStart.clear();
    m_newFiles.clear();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
}

void SessionWatcher::watch(const QStringList& files)
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

void SessionWatcher::rememberStamp(const QString& path)
{
    bool exists = false;
    m_stamps[path] = stampOf(std::filesystem::path(path.toStdString()), exists);
    m_stampsAtStart.erase(path);
}

void SessionWatcher::forgetStamp(const QString& path)
{
    m_stamps.erase(path);
    bool exists = false;
    m_stampsAtStart[path] = stampOf(std::filesystem::path(path.toStdString()), exists);
}

void SessionWatcher::analysisFailed(const QString& path)
{
    const auto started = m_stampsAtStart.find(path);
    if (started != m_stampsAtStart.end()) {
        m_stamps[path] = started->second;
        m_stampsAtStart.erase(started);
    } else {
        rememberStamp(path);
    }
    m_delay->start();
}

void SessionWatcher::setDelayMs(int ms)
{
    m_delay->setInterval(ms);
}

// Runs on a pool thread: the session's files as they are now, and the audio files in the
// session's folders that are not part of it (probed with libsndfile only once their size
// and modification time equal those of the previous scan, `seenBefore`).
SessionWatcher::FolderScan SessionWatcher::scanSessionFolders(
    QStringList known, QStringList sessionPaths, std::map<QString, std::pair<qint64, qint64>> seenBefore)
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
            continue; // files named one by one: the folder they are in is not the session
        // The listing leaves out what a DAW or the system writes beside a bounce: hidden and
        // AppleDouble files (".Vocal.wav.swp", "._Vocal.wav"); "*.tmp" has no audio extension.
        for (const auto& path : core::collectAudioFiles({ folder }).files) {
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

void SessionWatcher::checkChangedFiles()
{
    if (m_scanRunning) {
        m_scanAgain = true; // what changed meanwhile is seen by the next scan
        return;
    }
    QStringList known;
    for (int row = 0; row < m_model.rowCount(); ++row)
        known << m_model.track(row)->path;
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
            m_delay->start();
    });
    watcher->setFuture(QtConcurrent::run(scanSessionFolders, known, m_sessionPaths, m_newFiles));
}

void SessionWatcher::onFolderScanned(const FolderScan& scan)
{
    // A file replaced by renaming drops out of the watch: watch every session file again.
    const QStringList watched = m_watcher->files();
    QStringList rewatch;
    QStringList changed;
    for (const auto& file : scan.known) {
        const int row = m_model.rowOfPath(file.path);
        if (row < 0)
            continue;
        if (!file.exists) {
            if (!m_model.track(row)->missing) {
                m_model.setMissing(row, true);
                emit fileMissing(row);
            }
            continue;
        }
        if (!watched.contains(file.path))
            rewatch << file.path;
        const auto it = m_stamps.find(file.path);
        if (it == m_stamps.end())
            continue; // not analysed yet: the running analysis will read it
        if (it->second != std::pair<qint64, qint64> { file.sizeBytes, file.mtimeMs })
            changed << file.path;
        else
            m_model.setMissing(row, false); // back as it was
    }
    // A file that appeared joins the session once two scans a delay apart found the same
    // size and modification time (the writing has stopped) and libsndfile opens it.
    std::map<QString, std::pair<qint64, qint64>> stillNew;
    QStringList added;
    bool unsettled = false;
    for (std::size_t i = 0; i < scan.appeared.size(); ++i) {
        const auto& file = scan.appeared[i];
        if (m_model.rowOfPath(file.path) >= 0)
            continue;
        const std::pair<qint64, qint64> stamp { file.sizeBytes, file.mtimeMs };
        const auto seen = m_newFiles.find(file.path);
        if (seen == m_newFiles.end() || seen->second != stamp || !scan.settled[i]) {
            stillNew[file.path] = stamp;
            unsettled = true;
            if (!watched.contains(file.path))
                rewatch << file.path; // its writes restart the delay
            continue;
        }
        if (!scan.readable[i]) {
            stillNew[file.path] = stamp; // not audio yet: looked at again when it changes
            continue;
        }
        added << file.path;
    }
    m_newFiles = std::move(stillNew);
    if (!rewatch.isEmpty())
        (void)m_watcher->addPaths(rewatch);
    if (!changed.isEmpty())
        emit filesChanged(changed);
    if (!added.isEmpty())
        emit filesAppeared(added);
    if (unsettled)
        m_delay->start();
}

} // namespace stemwise::ui
