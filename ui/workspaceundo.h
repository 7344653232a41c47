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
// The commands do no work themselves: they call back into the window, which runs the store
// jobs and analyses on workers as for the user's own clicks.
//
// Threading: UI thread only.

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
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

}  // namespace stemwise::ui
