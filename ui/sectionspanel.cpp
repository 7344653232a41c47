// The song's sections as a table (see sectionspanel.h).
#include "sectionspanel.h"

#include "coretext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace stemwise::ui {

namespace {

QString figure(const core::OptDouble& v)
{
    return v ? formatNumber(*v, 1) : QStringLiteral("–");
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

}  // namespace

SectionsPanel::SectionsPanel(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("sectionsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("sectionsTable"));
    m_table->setHorizontalHeaderLabels({QStringLiteral("#"), tr("Bars"), tr("Time (s)"), tr("Section"), tr("Group"),
                                        QStringLiteral("LUFS"), tr("Max"), QStringLiteral("LRA"), tr("Key"), tr("Stems playing")});
    m_table->horizontalHeaderItem(Loudness)->setToolTip(tr("Loudness of the stems summed over the section (gated as BS.1770-4)"));
    m_table->horizontalHeaderItem(ShortTermMax)->setToolTip(tr("Short-term loudness maximum, LUFS"));
    m_table->horizontalHeaderItem(Range)->setToolTip(tr("Loudness range, LU (EBU Tech 3342)"));
    m_table->horizontalHeaderItem(Key)->setToolTip(tr("The key the section states, from the stems' chroma over it; – when not clear"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setToolTip(tr("Click a section to loop it"));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Stems, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { selectSection(row); });

    m_findings = new QLabel;
    m_findings->setObjectName(QStringLiteral("sectionsFindings"));
    m_findings->setWordWrap(true);
    m_findings->setMargin(4);
    m_findings->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_findings);
    setSections({});
}

QString SectionsPanel::barsText(const core::SessionSections& s, const core::Section& section)
{
    if (!s.barS || *s.barS <= 0.0)
        return {};
    const double offset = s.barOffsetS.value_or(0.0);
    // Bar 1 starts at the offset; a section from bar a to bar b (inclusive).
    const auto first = static_cast<long long>(std::floor((section.startS - offset) / *s.barS + 1e-6)) + 1;
    const auto last = std::max(first, static_cast<long long>(std::ceil((section.endS - offset) / *s.barS - 1e-6)));
    return QStringLiteral("%1–%2").arg(first).arg(last);
}

void SectionsPanel::setSections(const core::SessionSections& sections)
{
    m_sections = sections;
    m_table->setRowCount(0);
    const core::SessionSections& s = m_sections;
    if (s.sections.empty() || (s.stems == 0 && !s.fromMix)) {
        m_summary->setText(s.sections.empty() ? tr("No sections: open a session of stems.")
                                              : tr("One section: nothing was measured to divide it."));
        m_findings->clear();
        m_findings->hide();
        return;
    }
    const auto count = static_cast<int>(s.sections.size());
    QString how;
    if (s.fromSession)
        how = tr("%n section(s), bounded by the DAW session's markers.", nullptr, count);
    else if (s.fromMix && s.tempoBpm)
        how = tr("%n section(s) from the mix's own changes (harmony, timbre, level), on the bars of %1 BPM.", nullptr, count)
                  .arg(formatNumber(*s.tempoBpm, 1));
    else if (s.fromMix)
        how = tr("%n section(s) from the mix's own changes (harmony, timbre, level; no tempo: no bars).", nullptr, count);
    else if (s.tempoBpm)
        how = tr("%1 from %2, on the bars of %3 BPM.")
                  .arg(tr("%n section(s)", nullptr, count), tr("%n stem(s)", nullptr, s.stems), formatNumber(*s.tempoBpm, 1));
    else
        how = tr("%1 from %2 (no tempo: no bars).").arg(tr("%n section(s)", nullptr, count), tr("%n stem(s)", nullptr, s.stems));
    m_summary->setText(how + QLatin1Char(' ') + tr("Click a section to loop it."));
    m_table->setRowCount(count);
    for (int row = 0; row < count; ++row) {
        const core::Section& sec = s.sections[static_cast<std::size_t>(row)];
        QStringList stems;
        for (const auto& n : sec.stems)
            stems << QString::fromStdString(n);
        const QString bars = barsText(s, sec);
        m_table->setItem(row, Index, cell(QString::number(sec.index)));
        m_table->setItem(row, Bars, cell(bars.isEmpty() ? QStringLiteral("–") : bars));
        m_table->setItem(row, Time, cell(QStringLiteral("%1–%2").arg(formatNumber(sec.startS, 1), formatNumber(sec.endS, 1))));
        auto* name = cell(CoreText::text(sec.nameText, sec.name), Qt::AlignLeft | Qt::AlignVCenter);
        if (sec.roleConfidence) {  // a name from the stems' evidence: how sure, and why
            QStringList why{tr("Confidence %1 %").arg(formatNumber(100.0 * *sec.roleConfidence, 0))};
            for (const core::Text& clause : sec.roleEvidence)
                why << CoreText::text(clause);
            name->setToolTip(why.join(QLatin1Char('\n')));
        }
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Group, cell(QString::fromStdString(sec.group), Qt::AlignCenter));
        m_table->setItem(row, Loudness, cell(figure(sec.loudnessLufs)));
        m_table->setItem(row, ShortTermMax, cell(figure(sec.shortTermMaxLufs)));
        m_table->setItem(row, Range, cell(figure(sec.lraLu)));
        auto* key = cell(sec.key ? CoreText::key(*sec.key) : QStringLiteral("–"), Qt::AlignLeft | Qt::AlignVCenter);
        if (sec.keyConfidence)
            key->setToolTip(tr("Confidence %1 %").arg(formatNumber(100.0 * *sec.keyConfidence, 0)));
        m_table->setItem(row, Key, key);
        auto* playing = cell(stems.isEmpty() && s.fromMix ? QStringLiteral("–")
                                                          : QStringLiteral("%1: %2").arg(stems.size()).arg(stems.join(QStringLiteral(", "))),
                             Qt::AlignLeft | Qt::AlignVCenter);
        playing->setToolTip(stems.join(QLatin1Char('\n')));
        m_table->setItem(row, Stems, playing);
    }
    QStringList lines;
    for (const core::SectionFinding& f : s.findings)
        lines << QStringLiteral("• ") + CoreText::text(f.text, f.message);
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_findings->setVisible(!lines.isEmpty());
}

void SectionsPanel::selectSection(int row)
{
    if (row < 0 || row >= static_cast<int>(m_sections.sections.size()) || (m_sections.stems == 0 && !m_sections.fromMix))
        return;
    m_table->selectRow(row);
    const core::Section& sec = m_sections.sections[static_cast<std::size_t>(row)];
    emit sectionChosen(sec.index, sec.startS, sec.endS);
}

}  // namespace stemwise::ui
