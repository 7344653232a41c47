#pragma once
// SectionsPanel: the song's sections as a table (issue 19, point 6: "a per-section table"),
// beside the strip along the track view's waveform. A row a section: its bars and seconds,
// name and group, the stems summed (loudness, short-term maximum, loudness range), its key,
// the stems that play; under it, what changes from one section to the next. Clicking a row
// (or a section on the strip, selectSection()) asks for that section as the playback loop.
// Threading: UI thread only; the sections are found on the pool (MainWindow::refreshOverview).

#include "analysis/sessionsections.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace stemwise::ui {

class SectionsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Index, Bars, Time, Name, Group, Loudness, ShortTermMax, Range, Key, Stems, ColumnCount };

    explicit SectionsPanel(QWidget* parent = nullptr);
    /// The sections to show; none (stems = 0) for a session without stems.
    void setSections(const core::SessionSections& sections);
    [[nodiscard]] const core::SessionSections& sections() const { return m_sections; }
    /// Selects the section with 0-based position `row` and asks for it as the loop.
    void selectSection(int row);
    /// "1–8": the bars a section spans (bar 1 where the bars start), or empty without a tempo.
    [[nodiscard]] static QString barsText(const core::SessionSections& sections, const core::Section& section);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QLabel* findings() const { return m_findings; }

signals:
    /// A section was chosen (its row clicked, or selectSection()): loop [startS, endS).
    void sectionChosen(int index, double startS, double endS);

private:
    core::SessionSections m_sections;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_findings = nullptr;
};

}  // namespace stemwise::ui
