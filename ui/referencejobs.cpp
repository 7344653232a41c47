// The reference library's jobs on the pool (see referencejobs.h).
#include "referencejobs.h"

#include "coretext.h"

#include "analysis/sessionanalysis.h"
#include "compare/targetcurve.h"
#include "store/contenthash.h"
#include "store/sessionrepository.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace stemwise::ui {

namespace {

std::optional<core::ReferenceTrack> inLibrary(core::ReferenceRepository& repository, const std::string& hash)
{
    for (auto& r : repository.list())
        if (r.contentHash == hash)
            return std::move(r);
    return std::nullopt;
}

// Opens the database on this worker, runs `body` on it and reads the library after it, and
// the references attached to the sessions of `folders` (found, never created).
template <typename Body>
ReferenceJobResult onWorker(const std::filesystem::path& database, const std::vector<std::filesystem::path>& folders,
                            ReferenceJobResult::Kind kind, Body body)
{
    ReferenceJobResult out;
    out.kind = kind;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        core::ReferenceRepository repository(opened.store->db());
        body(opened.store->db(), repository, out);
        out.library = repository.list();
        core::SessionRepository sessions(opened.store->db());
        for (const auto& folder : folders)
            if (const auto session = sessions.findByKey(core::SessionRepository::folderKey(folder)))
                for (auto& r : repository.list(session->id))
                    out.session.push_back(std::move(r));
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

void addOnWorker(core::Database& db, core::ReferenceRepository& repository, const QStringList& files,
                 const std::string& genre, ReferenceJobResult& out)
{
    const bool legacyHashes = core::hasLegacyContentHashes(db);
    for (const QString& file : files) {
        const std::filesystem::path path = QFileInfo(file).absoluteFilePath().toStdString();
        const QString shown = QFileInfo(file).fileName();
        auto hash = core::hashAudioContent(path, {legacyHashes});
        if (hash)  // a reference added before schema version 7 is found under its old hash
            core::rekeyLegacyContentHash(db, hash.value());
        core::FileAnalysisResult r = core::analyzeFiles({path}).front();
        if (!hash) {
            out.failures << QStringLiteral("%1: %2").arg(shown, QString::fromStdString(hash.error().message));
            continue;
        }
        if (!r.profile) {
            out.failures << CoreText::fileFailure(shown, r.errorCode, QString::fromStdString(r.error),
                                                  QString::fromStdString(r.errorDetail));
            continue;
        }
        // A reference is a level and a spectrum to compare with: silence would break every
        // comparison with its genre.
        if (const auto unusable = core::whyNotAReference(*r.profile)) {
            out.failures << QCoreApplication::translate("stemwise::ui::ReferencesPanel", "%1: not added: %2")
                                .arg(shown, QString::fromStdString(*unusable));
            continue;
        }
        ReferenceChange change;
        change.before = inLibrary(repository, hash.value().hex);
        const auto id = repository.add(*r.profile, hash.value().hex, genre);
        change.after = repository.byId(id);
        out.changes.push_back(std::move(change));
    }
}

void writeOnWorker(core::ReferenceRepository& repository, const std::vector<core::ReferenceTrack>& references,
                   const std::vector<std::string>& remove)
{
    for (const std::string& hash : remove)
        if (const auto r = inLibrary(repository, hash))
            repository.remove(r->id);
    for (core::ReferenceTrack r : references) {
        r.sessionId.reset();
        r.profile.name = r.name;  // add() names the row after its profile
        if (const auto there = inLibrary(repository, r.contentHash)) {
            repository.add(r.profile, r.contentHash, r.genre);
            repository.setRating(there->id, r.rating);
        } else {
            repository.restore(r);
        }
    }
}

}  // namespace

ReferenceJobs::ReferenceJobs(QObject* parent) : QObject(parent) {}

ReferenceJobs::~ReferenceJobs()
{
    // Changes still waiting (the window closes right after a click) are written all the same;
    // nobody is left to hear how they went.
    for (auto& start : m_queue)
        (void)start();
}

void ReferenceJobs::list(const std::filesystem::path& database)
{
    enqueue([database, folders = m_folders] {
        return QtConcurrent::run([database, folders] {
            return onWorker(database, folders, ReferenceJobResult::Kind::Listed, [](auto&, auto&, auto&) {});
        });
    });
}

void ReferenceJobs::add(const std::filesystem::path& database, const QStringList& files, const QString& genre)
{
    const std::string g = genre.toStdString();
    enqueue([database, files, g, folders = m_folders] {
        return QtConcurrent::run([database, files, g, folders] {
            return onWorker(database, folders, ReferenceJobResult::Kind::Added,
                            [&](core::Database& db, core::ReferenceRepository& repository, ReferenceJobResult& out) {
                                addOnWorker(db, repository, files, g, out);
                            });
        });
    });
}

void ReferenceJobs::write(const std::filesystem::path& database, std::vector<core::ReferenceTrack> references,
                          std::vector<std::string> remove)
{
    enqueue([database, references = std::move(references), remove = std::move(remove), folders = m_folders] {
        return QtConcurrent::run([database, references, remove, folders] {
            return onWorker(database, folders, ReferenceJobResult::Kind::Written,
                            [&](core::Database&, core::ReferenceRepository& repository, ReferenceJobResult&) {
                                writeOnWorker(repository, references, remove);
                            });
        });
    });
}

void ReferenceJobs::enqueue(std::function<QFuture<ReferenceJobResult>()> start)
{
    m_queue.push_back(std::move(start));
    if (!m_running)
        startNext();
}

void ReferenceJobs::startNext()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    auto start = std::move(m_queue.front());
    m_queue.pop_front();
    auto* watcher = new QFutureWatcher<ReferenceJobResult>(this);
    connect(watcher, &QFutureWatcher<ReferenceJobResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        emit finished(watcher->result());
        startNext();
    });
    watcher->setFuture(start());
}

}  // namespace stemwise::ui
