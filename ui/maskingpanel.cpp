// The session's masking, worst pairs first (see maskingpanel.h).
#include "maskingpanel.h"

#include "coretext.h"
#include "theme.h"
#include "tracktablemodel.h"
#include "views/colorlegend.h"
#include "views/maskingmatrixview.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

MaskingPanel::MaskingPanel(QWidget* parent) : QWidget(parent)
{
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("maskingHeading"));
    m_heading->setWordWrap(true);
    m_heading->setMargin(4);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("maskingPairs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("#"), tr("Pair"), tr("Band"), tr("Where"), tr("Both play"), tr("Level diff."),
                             tr("Severity")});
    m_list->headerItem()->setToolTip(Pair, tr("The two tracks that mask each other; hover for their full names."));
    m_list->headerItem()->setToolTip(Where, tr("Where in the band both spectra are strong (within 6 dB of their own "
                                               "peak there): where a carve would go."));
    m_list->headerItem()->setToolTip(
        BothPlay, tr("How much of the time the two tracks overlap both are active in that band, as a share and in "
                     "seconds."));
    m_list->headerItem()->setToolTip(LevelDifference,
                                     tr("The first track's level in the band minus the second's: the closer to 0 dB, "
                                        "the more they fight."));
    m_list->headerItem()->setToolTip(
        Severity, tr("<p><b>Severity</b>, 0–100 %: the share of the time both play in the band × how much of their "
                     "energy is there (half of it or more counts in full) × how close their levels are (12 dB apart "
                     "counts nothing).</p><p>Pairs are ranked by it, worst first; each pair by its worst band.</p>"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Pair, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showPair(item != nullptr ? item->data(Rank, Qt::UserRole).toInt() : -1);
    });

    m_matrix = new MaskingMatrixView;
    m_matrix->setObjectName(QStringLiteral("maskingMatrix"));
    m_matrixScroll = new QScrollArea;
    m_matrixScroll->setWidget(m_matrix);
    m_matrixScroll->setWidgetResizable(true);
    m_matrixScroll->setFrameShape(QFrame::NoFrame);
    connect(m_matrix, &MaskingMatrixView::pairClicked, this, [this](int first, int second) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            const auto& c = m_ranked[static_cast<std::size_t>(m_list->topLevelItem(i)->data(Rank, Qt::UserRole).toInt())];
            if (std::min(c.first, c.second) == static_cast<std::size_t>(first)
                && std::max(c.first, c.second) == static_cast<std::size_t>(second)) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                return;
            }
        }
    });

    m_legend = new ColorLegend;
    m_legend->setObjectName(QStringLiteral("maskingLegend"));
    refreshLegend();

    auto* matrixBox = new QWidget;
    auto* matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->setSpacing(0);
    matrixLayout->addWidget(m_legend);
    matrixLayout->addWidget(m_matrixScroll, 1);

    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("maskingSplitter"));
    split->addWidget(m_list);
    split->addWidget(matrixBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    setMatrix({}, {}, {});
}

void MaskingPanel::refreshLegend()
{
    const ViewColors& c = viewColors();
    ColorLegend::Entry ramp;
    ramp.label = tr("Severity");
    ramp.fill = MaskingMatrixView::severityColor(0.0);
    ramp.to = MaskingMatrixView::severityColor(1.0);
    ramp.fromText = QStringLiteral("0 %");
    ramp.toText = QStringLiteral("100 %");
    ramp.under = c.plotBackground;
    ColorLegend::Entry none;
    none.label = tr("outlined: no masking found");
    none.outline = c.grid;
    none.under = c.plotBackground;
    ColorLegend::Entry mirror;
    mirror.label = tr("grey: the same pair, mirrored");
    mirror.fill = c.grid.lighter(c.grid.lightness() > 128 ? 104 : 70);
    ColorLegend::Entry chosen;
    chosen.label = tr("blue frame: the pair chosen in the list");
    chosen.outline = palette().color(QPalette::Highlight);
    chosen.under = c.plotBackground;
    ColorLegend::Entry notation;
    notation.label = tr("“43 % · 64 %”: severity · share of the time both play in the band");
    m_legend->setEntries({ramp, none, mirror, chosen, notation});
}

void MaskingPanel::setMatrix(const QStringList& names, const std::vector<double>& durationsS,
                             const std::vector<core::MaskingCell>& cells)
{
    m_names = names;
    m_matrix->setMatrix(names, cells);
    // Each pair once, by its worst band; worst first.
    m_ranked.clear();
    const auto n = static_cast<std::size_t>(names.size());
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (const core::MaskingCell* w = m_matrix->worst(i, j))
                m_ranked.push_back(*w);
    std::stable_sort(m_ranked.begin(), m_ranked.end(),
                     [](const core::MaskingCell& a, const core::MaskingCell& b) { return a.severity > b.severity; });

    m_list->clear();
    const QColor text = palette().color(QPalette::WindowText);
    for (std::size_t k = 0; k < m_ranked.size(); ++k) {
        const core::MaskingCell& m = m_ranked[k];
        if (m.first >= n || m.second >= n)
            continue;
        const QString a = names[static_cast<int>(m.first)];
        const QString b = names[static_cast<int>(m.second)];
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Rank, Qt::UserRole, static_cast<int>(k));
        item->setText(Rank, QString::number(k + 1));
        item->setText(Pair, QStringLiteral("%1 ↔ %2").arg(a, b));
        item->setToolTip(Pair, QStringLiteral("%1 ↔ %2").arg(a.toHtmlEscaped(), b.toHtmlEscaped()));
        item->setText(Band, CoreText::band(static_cast<std::size_t>(m.band)));
        item->setText(Where, whereText(m));
        // The time both play: a share of the time the two overlap (the shorter's length).
        const double overlapS = std::min(durationsS.size() > m.first ? durationsS[m.first] : 0.0,
                                         durationsS.size() > m.second ? durationsS[m.second] : 0.0);
        item->setText(BothPlay, overlapS > 0.0 ? tr("%1 % · %2").arg(formatNumber(m.bothActiveFraction * 100.0, 0),
                                                                     formatDuration(m.bothActiveFraction * overlapS))
                                               : tr("%1 %").arg(formatNumber(m.bothActiveFraction * 100.0, 0)));
        if (overlapS > 0.0)
            item->setToolTip(BothPlay, tr("both active in the band %1 of the %2 the two tracks overlap")
                                           .arg(formatDuration(m.bothActiveFraction * overlapS), formatDuration(overlapS)));
        // A difference that rounds to nothing reads 0.0 dB, not -0.0 dB.
        item->setText(LevelDifference,
                      tr("%1 dB").arg(formatNumber(std::abs(m.levelDifferenceDb) < 0.05 ? 0.0 : m.levelDifferenceDb, 1)));
        item->setText(Severity, tr("%1 %").arg(formatNumber(m.severity * 100.0, 0)));
        item->setBackground(Severity, MaskingMatrixView::severityColor(m.severity));
        item->setForeground(Severity, text);
        for (int col : {Rank, BothPlay, LevelDifference, Severity})
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int col : {Rank, Band, Where, BothPlay, LevelDifference, Severity})
        m_list->resizeColumnToContents(col);
    if (n < 2)
        m_heading->setText(tr("<b>Masking</b>: appears once two or more tracks are analysed and the suggestions are made."));
    else if (m_ranked.empty())
        m_heading->setText(tr("<b>Masking</b>: no pair of the %n track(s) masks the other.", nullptr, static_cast<int>(n)));
    else
        m_heading->setText(tr("<b>Masking</b>: %n pair(s) mask each other, the worst first", nullptr,
                              static_cast<int>(m_ranked.size())));
    refreshLegend();
}

void MaskingPanel::showPair(int index)
{
    if (index < 0 || index >= static_cast<int>(m_ranked.size())) {
        m_matrix->setHighlight(std::nullopt);
        return;
    }
    const core::MaskingCell& m = m_ranked[static_cast<std::size_t>(index)];
    const std::size_t a = std::min(m.first, m.second), b = std::max(m.first, m.second);
    m_matrix->setHighlight(std::make_pair(a, b));
    const QRect cell = m_matrix->cellRect(a, b);
    m_matrixScroll->ensureVisible(cell.center().x(), cell.center().y(), cell.width() + 40, cell.height() + 40);
}

}  // namespace stemwise::ui
