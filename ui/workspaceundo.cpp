// The workspace's undoable commands (see workspaceundo.h).
#include "workspaceundo.h"

namespace stemwise::ui {

RateCommand::RateCommand(const QString& text, std::shared_ptr<RatingHandle> handle, std::function<void()> rateAgain,
                         std::function<void()> takeBack)
    : QUndoCommand(text), m_handle(std::move(handle)), m_rateAgain(std::move(rateAgain)), m_takeBack(std::move(takeBack))
{
}

void RateCommand::undo()
{
    m_takeBack();
}

void RateCommand::redo()
{
    if (std::exchange(m_stored, false))
        return;
    m_rateAgain();
}

RetypeCommand::RetypeCommand(const QString& text, Types before, Types after, std::function<void(const Types&)> apply)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
{
}

void RetypeCommand::undo()
{
    m_apply(m_before);
}

void RetypeCommand::redo()
{
    m_apply(m_after);
}

ReferenceCommand::ReferenceCommand(const QString& text, std::vector<Change> changes, WriteReferences write, bool done)
    : QUndoCommand(text), m_changes(std::move(changes)), m_write(std::move(write)), m_done(done)
{
}

void ReferenceCommand::undo()
{
    apply(false);
}

void ReferenceCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    apply(true);
}

void ReferenceCommand::apply(bool after)
{
    std::vector<core::ReferenceTrack> write;
    std::vector<std::string> remove;
    for (const Change& c : m_changes) {
        const auto& to = after ? c.after : c.before;
        const auto& from = after ? c.before : c.after;
        if (to)
            write.push_back(*to);
        else if (from)
            remove.push_back(from->contentHash);
    }
    m_write(std::move(write), std::move(remove));
}

}  // namespace stemwise::ui
