// The welcome view (see welcomeview.h).
#include "welcomeview.h"

#include "audio/audiofiles.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <filesystem>
#include <vector>

namespace stemwise::ui {

namespace {

// One way in: a large button and, under it, what it opens.
QPushButton* choice(QGridLayout* grid, int column, const QString& text, const QString& caption)
{
    auto* button = new QPushButton(text);
    button->setMinimumHeight(48);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setBold(true);
    button->setFont(font);
    auto* label = new QLabel(caption);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(button, 0, column);
    grid->addWidget(label, 1, column);
    grid->setColumnStretch(column, 1);
    return button;
}

}  // namespace

WelcomeView::WelcomeView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeView"));
    auto* title = new QLabel(tr("<h1>Stemwise</h1>"));
    title->setAlignment(Qt::AlignHCenter);
    auto* intro = new QLabel(tr("Open a session's stems: every track is measured (loudness, true peak, spectrum, "
                                "dynamics, stereo, tempo and key), what fights in the mix is found, and each "
                                "finding comes with a concrete move."));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);

    auto* choices = new QGridLayout;
    choices->setHorizontalSpacing(18);
    m_openFolder = choice(choices, 0, tr("Open a Folder of Stems…"),
                          tr("A folder of bounced tracks (WAV, AIFF, FLAC, …) or a DAW session (Ardour, REAPER). %1")
                              .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText)));
    m_openFiles = choice(choices, 1, tr("Open Files…"),
                         tr("Single files, from anywhere. %1")
                             .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_demo = choice(choices, 2, tr("Open the Demo Session"),
                    tr("Five synthesised stems, 24 s at 120 BPM in A minor, with faults to find: ready in a second."));
    m_openFolder->setObjectName(QStringLiteral("welcomeOpenFolder"));
    m_openFiles->setObjectName(QStringLiteral("welcomeOpenFiles"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    connect(m_openFolder, &QPushButton::clicked, this, &WelcomeView::openFolderRequested);
    connect(m_openFiles, &QPushButton::clicked, this, &WelcomeView::openFilesRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomeView::demoRequested);

    auto* recentTitle = new QLabel(tr("<b>Recent sessions</b>"));
    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAlternatingRowColors(true);
    m_recent->setUniformItemSizes(true);
    m_recent->setSpacing(3);
    m_recent->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // A click opens a session, as on a start page; Enter too. (The page is gone once one
    // opens, so a double click does not open it twice.)
    auto open = [this](QListWidgetItem* item) {
        if (isVisible())
            emit recentSessionChosen(item->data(Qt::UserRole).toStringList());
    };
    connect(m_recent, &QListWidget::itemClicked, this, open);
    connect(m_recent, &QListWidget::itemActivated, this, open);
    m_noRecent = new QLabel(tr("None yet: the sessions you open are listed here."));
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    auto* drop = new QLabel(tr("Or drop files or a folder anywhere on this window."));
    drop->setAlignment(Qt::AlignHCenter);
    drop->setForegroundRole(QPalette::PlaceholderText);

    // A column of readable width in the middle of the window, whatever its size; its parts
    // from the top, the recent sessions taking the height there is.
    auto* column = new QWidget;
    column->setMaximumWidth(880);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(18);
    layout->addLayout(choices);
    layout->addSpacing(24);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent);
    layout->addWidget(m_noRecent);
    layout->addSpacing(12);
    layout->addWidget(drop);
    layout->addStretch(1);

    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 32, 24, 24);
    outer->addStretch(1);
    outer->addWidget(column, 8);
    outer->addStretch(1);
    setRecentSessions({});
}

void WelcomeView::setRecentSessions(const QStringList& entries)
{
    m_recent->clear();
    for (const QString& entry : entries) {
        const QStringList paths = entry.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (paths.isEmpty() || !QFileInfo::exists(paths.front()))
            continue;
        std::vector<std::filesystem::path> fsPaths;
        for (const QString& p : paths)
            fsPaths.emplace_back(p.toStdString());
        const QString name = QString::fromStdString(core::sessionNameFromPaths(fsPaths));
        const QString where = QDir::toNativeSeparators(paths.size() == 1 ? paths.front()
                                                                         : QFileInfo(paths.front()).absolutePath());
        auto* item = new QListWidgetItem(
            paths.size() == 1 ? tr("%1 — %2").arg(name, where)
                              : tr("%1 — %n file(s) in %2", nullptr, static_cast<int>(paths.size())).arg(name, where));
        item->setData(Qt::UserRole, paths);
        item->setToolTip(QDir::toNativeSeparators(paths.join(QLatin1Char('\n'))));
        m_recent->addItem(item);
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_noRecent->setVisible(m_recent->count() == 0);
    // As tall as its entries (up to ten; it scrolls past that), the rest of the page under it.
    if (m_recent->count() > 0) {
        const int rows = std::min(m_recent->count(), 10);
        m_recent->setFixedHeight(rows * (m_recent->sizeHintForRow(0) + 2 * m_recent->spacing())
                                 + 2 * m_recent->frameWidth());
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

}  // namespace stemwise::ui
