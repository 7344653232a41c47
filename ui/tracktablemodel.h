#pragma once
// The session's tracks as a table: one row per file, filled in as each file is read.
// Threading: lives on the UI thread; workers hand results to it through queued calls.

#include "audio/audiofileinfo.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

namespace stemwise::ui {

class TrackTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Status, Container, SampleRate, Channels, BitDepth, Duration, ColumnCount };
    enum class State { Pending, Ready, Failed };

    struct Track {
        QString path;
        State state = State::Pending;
        std::optional<core::AudioFileInfo> info;
        QString error;
    };

    explicit TrackTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    /// Adds a row for `path` waiting to be read; returns its row.
    int addPending(const QString& path);
    void setInfo(int row, const core::AudioFileInfo& info);
    void setFailed(int row, const QString& error);

    [[nodiscard]] const Track* track(int row) const;
    [[nodiscard]] int rowOfPath(const QString& path) const;

private:
    void rowChanged(int row);
    std::vector<Track> m_tracks;
};

/// "3:05.2" for a duration in seconds (minutes:seconds.tenths).
[[nodiscard]] QString formatDuration(double seconds);

}  // namespace stemwise::ui
