#pragma once
// The history view: one track's analyses across bounces (store/analysisrepository.h, oldest
// first) as a chart (score, loudness, true peak) and a table of the key figures, each figure
// that changed from the bounce before highlighted, with a line saying what the latest bounce
// changed. The user may delete an entry (the Delete key or the button on a selected row):
// the panel asks for it with deleteRequested(); the caller confirms, deletes on a worker and
// shows the history again.
// Threading: UI thread only; the history is read by the caller on a worker.

#include "store/analysisrepository.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace stemwise::ui {

class HistoryChartView;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    void setHistory(const QString& trackName, std::vector<core::AnalysisEntry> entries);

    [[nodiscard]] int entryCount() const { return static_cast<int>(m_entries.size()); }
    [[nodiscard]] QString trackName() const { return m_trackName; }
    /// Cells highlighted as changed from the entry before.
    [[nodiscard]] int changedCellCount() const { return m_changedCells; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] HistoryChartView* chart() const { return m_chart; }
    [[nodiscard]] QString summary() const;
    /// The entry of the selected row, if one is selected.
    [[nodiscard]] const core::AnalysisEntry* selectedEntry() const;
    /// Selects the row of entry `index` (oldest first), as a click would.
    void selectEntry(int index);
    /// Asks to delete the selected entry (what the Delete key and the button do).
    void requestDeleteSelected();

signals:
    /// The user asked to delete this entry of the history shown.
    void deleteRequested(const core::AnalysisEntry& entry);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    HistoryChartView* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_delete = nullptr;
    QString m_trackName;
    std::vector<core::AnalysisEntry> m_entries;
    int m_changedCells = 0;
};

}  // namespace stemwise::ui
