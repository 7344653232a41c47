#pragma once
// The session's tracks as a table: one row per file, filled in as each file is analysed
// (or found in the cache): the meter-bridge figures of every track at a glance.
// Sortable through a QSortFilterProxyModel: SortRole gives numbers for the numeric columns.
// Threading: lives on the UI thread; workers hand results to it through queued signals.

#include "analysis/trackprofile.h"
#include "audio/audiofileinfo.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace stemwise::ui {

class TrackTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Type,
        Status,
        Duration,
        Integrated,
        TruePeak,
        Crest,
        Width,
        Score,
        Issues,
        Container,
        SampleRate,
        Channels,
        BitDepth,
        Solo,  ///< checkable: hear only the soloed tracks (the window shows it beside the name)
        Mute,  ///< checkable
        ColumnCount
    };
    enum class State { Pending, Analysing, Ready, Failed };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< numbers for numeric columns, text otherwise
        ProgressRole,                 ///< Status: 0..1 while analysing, else invalid
        ChangedRole,                  ///< true where a figure changed with the latest re-bounce
    };

    struct Track {
        QString path;
        /// Until the analysis names it: the file's name without its extension, or with it
        /// where another file of the session's folder has the same (as core names tracks).
        QString name;
        State state = State::Pending;
        double progress = 0.0;
        std::optional<core::AudioFileInfo> info;
        std::shared_ptr<const core::TrackProfile> profile;
        QString error;
        bool fromCache = false;
        std::optional<std::int64_t> analysisId;  ///< its history entry in the database, once stored
        int colorIndex = 0;
        int bounces = 0;          ///< re-bounces seen while the session was open
        QSet<int> changedColumns;  ///< columns whose value changed with the latest re-bounce
        /// The file was removed from the session folder; the row keeps its last analysis
        /// (and the database its history) until the file is back.
        bool missing = false;
        bool solo = false;
        bool mute = false;
    };

    explicit TrackTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Type column, EditRole: a track type name; emits typeOverrideRequested.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void clear();
    /// Adds a row for `path` waiting to be analysed; returns its row.
    int addPending(const QString& path);
    void setProgress(int row, double fraction);
    /// The analysis of the row's file. With `rebounce` (new content of a file already shown)
    /// the row counts the bounce and remembers which columns changed.
    void setProfile(int row, std::shared_ptr<const core::TrackProfile> profile, bool fromCache,
                    bool rebounce = false, std::optional<std::int64_t> analysisId = std::nullopt);
    void setFailed(int row, const QString& error);
    /// Marks the row's file as removed (or back); a new analysis of the row clears it.
    void setMissing(int row, bool missing);

    [[nodiscard]] const Track* track(int row) const;
    [[nodiscard]] int rowOfPath(const QString& path) const;
    [[nodiscard]] QString trackName(int row) const;
    /// The name a row shows: the analysis's (core's track name) once there is one.
    [[nodiscard]] static QString nameOf(const Track& t);
    /// The row's colour: its type's (theme.h typeColor), dim grey until it has one.
    [[nodiscard]] QColor color(int row) const;

signals:
    void typeOverrideRequested(int row, const QString& type);
    /// The user ticked or cleared the row's Solo or Mute box.
    void soloChanged(int row, bool solo);
    void muteChanged(int row, bool mute);

private:
    void rowChanged(int row);
    [[nodiscard]] QVariant displayValue(const Track& t, int column) const;
    [[nodiscard]] QVariant sortValue(const Track& t, int column) const;
    std::vector<Track> m_tracks;
};

/// The track table's sorting, grouped by type when asked (View ▸ Group by Type; issue 21):
/// the types in core's order (vocals, drums, kick, …, other), tracks not analysed yet last,
/// and within a type the column the user sorts by, or the session's order. A track whose
/// type arrives or changes moves to its group (whatever column the table is sorted by).
class TrackSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSourceModel(QAbstractItemModel* model) override;
    void setGroupedByType(bool grouped);
    [[nodiscard]] bool groupedByType() const { return m_grouped; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void regroupIfTypesChanged();
    bool m_grouped = false;
    std::vector<int> m_typeOrders;  ///< per source row, as last sorted
};

/// "3:05.2" for a duration in seconds (minutes:seconds.tenths).
[[nodiscard]] QString formatDuration(double seconds);
/// A figure with `decimals` decimals, or "—" when undefined; the unit is in the column heading.
[[nodiscard]] QString formatFigure(const core::OptDouble& value, int decimals);

}  // namespace stemwise::ui
