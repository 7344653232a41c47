#include "tracktablemodel.h"

#include <QFileInfo>

#include <cmath>

namespace stemwise::ui {

QString formatDuration(double seconds)
{
    const auto tenths = static_cast<long long>(std::llround(seconds * 10.0));
    const long long minutes = tenths / 600;
    const double rest = static_cast<double>(tenths % 600) / 10.0;
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 4, 'f', 1, QLatin1Char('0'));
}

TrackTableModel::TrackTableModel(QObject* parent) : QAbstractTableModel(parent) {}

int TrackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tracks.size());
}

int TrackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackTableModel::data(const QModelIndex& index, int role) const
{
    const Track* t = track(index.row());
    if (t == nullptr)
        return {};
    if (role == Qt::ToolTipRole)
        return t->state == State::Failed ? t->error : t->path;
    if (role == Qt::TextAlignmentRole && index.column() >= SampleRate)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};

    if (index.column() == Name)
        return QFileInfo(t->path).completeBaseName();
    if (index.column() == Status) {
        switch (t->state) {
        case State::Pending: return tr("Reading…");
        case State::Ready: return tr("Ready");
        case State::Failed: return tr("Error: %1").arg(t->error);
        }
    }
    if (!t->info)
        return {};
    const auto& info = *t->info;
    switch (index.column()) {
    case Container: return QString::fromStdString(info.container);
    case SampleRate: return tr("%L1 Hz").arg(info.format.sampleRateHz, 0, 'f', 0);
    case Channels: return info.format.channels;
    case BitDepth:
        if (info.bitsPerSample <= 0)
            return tr("—");
        return info.isFloat ? tr("%1-bit float").arg(info.bitsPerSample) : tr("%1-bit").arg(info.bitsPerSample);
    case Duration: return formatDuration(info.format.durationS());
    default: return {};
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Track");
    case Status: return tr("Status");
    case Container: return tr("Format");
    case SampleRate: return tr("Sample rate");
    case Channels: return tr("Channels");
    case BitDepth: return tr("Bit depth");
    case Duration: return tr("Duration");
    default: return {};
    }
}

void TrackTableModel::clear()
{
    beginResetModel();
    m_tracks.clear();
    endResetModel();
}

int TrackTableModel::addPending(const QString& path)
{
    const int row = static_cast<int>(m_tracks.size());
    beginInsertRows({}, row, row);
    m_tracks.push_back(Track{path, State::Pending, std::nullopt, {}});
    endInsertRows();
    return row;
}

void TrackTableModel::setInfo(int row, const core::AudioFileInfo& info)
{
    if (row < 0 || row >= rowCount())
        return;
    auto& t = m_tracks[static_cast<std::size_t>(row)];
    t.info = info;
    t.state = State::Ready;
    rowChanged(row);
}

void TrackTableModel::setFailed(int row, const QString& error)
{
    if (row < 0 || row >= rowCount())
        return;
    auto& t = m_tracks[static_cast<std::size_t>(row)];
    t.error = error;
    t.state = State::Failed;
    rowChanged(row);
}

const TrackTableModel::Track* TrackTableModel::track(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_tracks[static_cast<std::size_t>(row)];
}

int TrackTableModel::rowOfPath(const QString& path) const
{
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        if (m_tracks[i].path == path)
            return static_cast<int>(i);
    }
    return -1;
}

void TrackTableModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

}  // namespace stemwise::ui
