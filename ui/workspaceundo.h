#pragma once
// What Edit ▸ Undo and Redo take back and do again in the workspace (Qt's undo framework:
// the window's QUndoStack holds these commands):
//   RateCommand    a rating of a suggestion. The rating is already stored when the command is
//                  pushed; undo takes it back in the store (deleted, recorded as withdrawn, its
//                  evidence out of the learned model: workflow/feedback.h withdrawRating), redo
//                  stores it again as a new rating with the same verdict.
//   RetypeCommand  the type of one or more tracks changed in one step (the type editor or the
//                  track table's context menu on a selection); undo gives each track the type
//                  it had, a guess again where the user had chosen none.
//   ReferenceCommand references added to the library, given another genre, rated or removed (the
//                    References view): each reference as it was and as it is, by content
//                    hash; undo writes the ones before (deleting the ones that were not there),
//                    redo the ones after (deleting the removed). Adding is done (files analysed)
//                    before the command is pushed: its first redo does nothing.
// The commands do no work themselves: they call back into the window, which runs the store
// jobs and analyses on workers as for the user's own clicks.
//
// Threading: UI thread only.

#include "referencejobs.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stemwise::ui {

/// The rating a RateCommand stands for: its uid changes each time redo stores it again.
struct RatingHandle {
    std::string uid;
};

class RateCommand : public QUndoCommand {
public:
    /// `rateAgain` stores the rating again (its result updates `handle`); `takeBack` withdraws
    /// the rating `handle` names when its turn comes.
    RateCommand(const QString& text, std::shared_ptr<RatingHandle> handle, std::function<void()> rateAgain,
                std::function<void()> takeBack);
    void undo() override;
    void redo() override;

private:
    std::shared_ptr<RatingHandle> m_handle;
    std::function<void()> m_rateAgain;
    std::function<void()> m_takeBack;
    bool m_stored = true;  ///< pushed after the rating was stored: the first redo does nothing
};

class RetypeCommand : public QUndoCommand {
public:
    /// Track name and type (a type key, or core::kAutomaticType: guessed).
    using Types = std::vector<std::pair<QString, std::string>>;
    /// `apply` gives the tracks their types; redo applies `after`, undo `before`.
    RetypeCommand(const QString& text, Types before, Types after, std::function<void(const Types&)> apply);
    void undo() override;
    void redo() override;

private:
    Types m_before;
    Types m_after;
    std::function<void(const Types&)> m_apply;
};

/// The library's side of a ReferenceCommand: write these references as they are, delete
/// these content hashes (ReferenceJobs::write).
using WriteReferences = std::function<void(std::vector<core::ReferenceTrack> write, std::vector<std::string> remove)>;

class ReferenceCommand : public QUndoCommand {
public:
    /// One reference's two states (empty: not in the library).
    using Change = ReferenceChange;
    /// `done`: the changes are in the library already (added): the first redo does nothing.
    ReferenceCommand(const QString& text, std::vector<Change> changes, WriteReferences write, bool done);
    void undo() override;
    void redo() override;

private:
    void apply(bool after);
    std::vector<Change> m_changes;
    WriteReferences m_write;
    bool m_done = false;
};

}  // namespace stemwise::ui
