// The history view (see historypanel.h).
#include "historypanel.h"

#include "coretext.h"
#include "suggest/suggestionengine.h"

#include "theme.h"
#include "tracktablemodel.h"
#include "views/historychartview.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace stemwise::ui {

namespace {

QString shown(const core::Figure& f, const core::TrackProfile& p) { return formatFigure(f.get(p), f.decimals); }

// A column heading: the short label, with the unit where it adds something ("ST max LUFS").
QString heading(const core::Figure& f)
{
    QString label = CoreText::figureShortLabel(f);
    if (f.unit.empty() || f.unit == f.shortLabel)
        return label;
    return QStringLiteral("%1 %2").arg(label, QString::fromUtf8(f.unit.data(), static_cast<qsizetype>(f.unit.size())));
}

QString when(const std::string& iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    if (!t.isValid())
        return QString::fromStdString(iso);
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

}  // namespace

HistoryPanel::HistoryPanel(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new HistoryChartView;
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();  // the # column numbers the bounces
    m_delete = new QPushButton(tr("Delete Entry…"));
    m_delete->setObjectName(QStringLiteral("deleteHistoryEntry"));
    m_delete->setToolTip(tr("Delete the selected analysis from this track's history (Delete)"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::requestDeleteSelected);
    auto* shortcut = new QShortcut(QKeySequence::Delete, m_table);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &HistoryPanel::requestDeleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(selectedEntry() != nullptr); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 3);
    layout->addWidget(m_table, 2);
    layout->addLayout(buttons);
    showMessage(tr("Select a track to see its history."));
}

void HistoryPanel::showMessage(const QString& message)
{
    m_entries.clear();
    m_trackName.clear();
    m_changedCells = 0;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped()));
    m_summary->clear();
    m_chart->setPoints({});
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_delete->setEnabled(false);
}

void HistoryPanel::setHistory(const QString& trackName, std::vector<core::AnalysisEntry> entries)
{
    m_trackName = trackName;
    m_entries = std::move(entries);
    fill();
}

QString HistoryPanel::summary() const
{
    return m_summary->text();
}

const core::AnalysisEntry* HistoryPanel::selectedEntry() const
{
    const auto rows = m_table->selectionModel() != nullptr ? m_table->selectionModel()->selectedRows()
                                                           : QModelIndexList();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.front().row();
    return row >= 0 && row < static_cast<int>(m_entries.size()) ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

void HistoryPanel::selectEntry(int index)
{
    m_table->selectRow(index);
}

void HistoryPanel::requestDeleteSelected()
{
    if (const core::AnalysisEntry* entry = selectedEntry())
        emit deleteRequested(*entry);
}

void HistoryPanel::fill()
{
    const auto figures = core::figuresWith(core::FigureRole::History);
    m_changedCells = 0;
    m_title->setText(tr("<span style='font-size:13pt'><b>%1</b></span> — %n analysed bounce(s)", nullptr,
                        static_cast<int>(m_entries.size()))
                         .arg(m_trackName.toHtmlEscaped()));
    std::vector<HistoryChartView::Point> points;
    for (const auto& e : m_entries)
        points.push_back({e.profile.qualityScore, e.profile.loudness.integratedLufs, e.profile.loudness.truePeakDbtp});
    m_chart->setPoints(std::move(points));

    QStringList headers{tr("#"), tr("Analysed"), tr("Origin")};
    for (const core::Figure* f : figures)
        headers << heading(*f);
    m_table->clear();
    m_delete->setEnabled(false);
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    const ViewColors& colors = viewColors();
    QStringList changes;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto& e = m_entries[i];
        const int r = static_cast<int>(i);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(i + 1)));
        m_table->setItem(r, 1, new QTableWidgetItem(when(e.analysedAt)));
        m_table->setItem(r, 2, new QTableWidgetItem(CoreText::historyOrigin(e.origin)));
        for (std::size_t k = 0; k < figures.size(); ++k) {
            const QString value = shown(*figures[k], e.profile);
            auto* item = new QTableWidgetItem(value);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i > 0) {
                const QString before = shown(*figures[k], m_entries[i - 1].profile);
                if (before != value) {
                    item->setBackground(colors.changed);
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                    item->setToolTip(tr("was %1 in bounce %2").arg(before).arg(i));
                    ++m_changedCells;
                    if (i + 1 == m_entries.size())
                        changes << QStringLiteral("%1 %2 → %3%4")
                                       .arg(CoreText::figureLabel(*figures[k]), before, value,
                                            figures[k]->unit.empty()
                                                ? QString()
                                                : QStringLiteral(" ") + QString::fromUtf8(figures[k]->unit.data(),
                                                                                          static_cast<qsizetype>(figures[k]->unit.size())));
                }
            }
            m_table->setItem(r, static_cast<int>(k) + 3, item);
        }
    }
    // The latest bounce's spectrum against the one before, as the EQ that would make the change
    // (the re-bounce rule's measure: core/suggest/bouncerules.cpp).
    QString eqChange;
    if (m_entries.size() >= 2 && m_entries.back().contentHash != m_entries[m_entries.size() - 2].contentHash)
        if (const auto fit = core::bounceEqChange(m_entries[m_entries.size() - 2].profile, m_entries.back().profile))
            eqChange = tr("The latest bounce's spectrum changed as an EQ would: %1.").arg(CoreText::text(core::eqChangeText(*fit)));
    if (m_entries.size() < 2)
        m_summary->setText(tr("One analysis so far: re-bounce the stem into the session folder and it is "
                              "analysed again and added here."));
    else if (changes.isEmpty() && eqChange.isEmpty())
        m_summary->setText(tr("The latest bounce reads the same as the one before."));
    else if (changes.isEmpty())
        m_summary->setText(eqChange);
    else
        m_summary->setText((eqChange.isEmpty() ? QString() : eqChange + QLatin1Char('\n'))
                           + tr("Latest bounce changed: %1").arg(changes.join(QStringLiteral(", "))));
    m_table->resizeColumnsToContents();
    if (!m_entries.empty())
        m_table->scrollToBottom();
}

void HistoryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && !m_entries.empty())
        fill();
    QWidget::changeEvent(event);
}

}  // namespace stemwise::ui
