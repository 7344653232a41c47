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

}  // namespace stemwise::ui
