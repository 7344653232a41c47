// The session's track table (see tracktablemodel.h).
#include "tracktablemodel.h"

#include "coretext.h"

#include "analysis/tracktype.h"
#include "theme.h"

#include <QBrush>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

// "Crest dB" → "Crest\ndB": the last word (the unit) on a line of its own.
QString unitBelow(QString heading)
{
    const auto space = heading.lastIndexOf(QLatin1Char(' '));
    if (space > 0)
        heading[space] = QLatin1Char('\n');
    return heading;
}

}  // namespace

QString formatDuration(double seconds)
{
    const auto tenths = static_cast<long long>(std::llround(seconds * 10.0));
    const long long minutes = tenths / 600;
    const double rest = static_cast<double>(tenths % 600) / 10.0;
    QString restText = formatNumber(rest, 1);
    if (rest < 10.0)
        restText.prepend(QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(restText);
}

QString formatFigure(const core::OptDouble& value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    // A minus sign of the width of a digit keeps right-aligned columns from jittering.
    QString text = formatNumber(*value, decimals);
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
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

QString TrackTableModel::trackName(int row) const
{
    const Track* t = track(row);
    if (t == nullptr)
        return {};
    return nameOf(*t);
}

QString TrackTableModel::nameOf(const Track& t)
{
    if (t.profile && !t.profile->name.empty())
        return QString::fromStdString(t.profile->name);
    return t.name;
}

QVariant TrackTableModel::displayValue(const Track& t, int column) const
{
    if (column == Name)
        return nameOf(t);
    if (column == Status) {
        if (t.missing)
            return tr("Missing: the file was removed");
        switch (t.state) {
        case State::Pending: return tr("Waiting");
        case State::Analysing: return tr("Analysing %1 %").arg(std::lround(t.progress * 100.0));
        case State::Ready:
            if (t.bounces > 0)
                return tr("Re-bounced");
            return t.fromCache ? tr("Cached") : tr("Analysed");
        case State::Failed: return tr("Error: %1").arg(t.error);
        }
    }
    if (t.profile) {
        const core::TrackProfile& p = *t.profile;
        switch (column) {
        case Type: return CoreText::trackType(p.type) + (p.typeSource == "user" ? QStringLiteral(" *") : QString());
        case Integrated: return formatFigure(p.loudness.integratedLufs, 1);
        case TruePeak: return formatFigure(p.loudness.truePeakDbtp, 1);
        case Crest: return formatFigure(p.dynamics.crestDb, 1);
        case Width: return p.stereo.isStereo ? formatFigure(p.stereo.width, 2) : tr("mono");
        case Score: return formatFigure(p.qualityScore, 0);
        case Issues: return static_cast<int>(p.issues.size());
        default: break;
        }
    }
    if (!t.info)
        return {};
    const auto& info = *t.info;
    switch (column) {
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

QVariant TrackTableModel::sortValue(const Track& t, int column) const
{
    auto num = [](const core::OptDouble& v) { return v ? QVariant(*v) : QVariant(-1e9); };
    if (t.profile) {
        const core::TrackProfile& p = *t.profile;
        switch (column) {
        case Integrated: return num(p.loudness.integratedLufs);
        case TruePeak: return num(p.loudness.truePeakDbtp);
        case Crest: return num(p.dynamics.crestDb);
        case Width: return num(p.stereo.width);
        case Score: return p.qualityScore;
        case Issues: return static_cast<int>(p.issues.size());
        default: break;
        }
    }
    if (column == Duration && t.info)
        return t.info->format.durationS();
    if (column == SampleRate && t.info)
        return t.info->format.sampleRateHz;
    if (column == Status)
        return static_cast<int>(t.state);
    return displayValue(t, column);
}

QVariant TrackTableModel::data(const QModelIndex& index, int role) const
{
    const Track* t = track(index.row());
    if (t == nullptr)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return displayValue(*t, column);
    case Qt::EditRole:
        if (column == Type && t->profile)
            return QString::fromStdString(t->profile->type);
        return displayValue(*t, column);
    case SortRole: return sortValue(*t, column);
    case Qt::CheckStateRole:
        if (column == Solo)
            return t->solo ? Qt::Checked : Qt::Unchecked;
        if (column == Mute)
            return t->mute ? Qt::Checked : Qt::Unchecked;
        return {};
    case ProgressRole:
        if (column == Status && t->state == State::Analysing)
            return t->progress;
        return {};
    case ChangedRole: return t->changedColumns.contains(column);
    case Qt::ToolTipRole:
        if (t->state == State::Failed)
            return t->error;
        if (column == Type)
            return tr("Track type (double-click or F2 to change). * = chosen by you.");
        if (column == Solo)
            return tr("Solo: hear only the soloed tracks");
        if (column == Mute)
            return tr("Mute this track");
        return t->path;
    case Qt::DecorationRole:
        if (column == Name)
            return color(index.row());
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (t->changedColumns.contains(column))
            return QBrush(viewColors().changed);
        return {};
    case Qt::ForegroundRole:
        if (t->state == State::Failed && column == Status)
            return QBrush(viewColors().bad);
        if (t->missing && column == Status)
            return QBrush(viewColors().warn);
        if (column == TruePeak && t->profile && t->profile->loudness.truePeakDbtp
            && *t->profile->loudness.truePeakDbtp > -1.0)
            return QBrush(viewColors().bad);
        if (column == Issues && t->profile && !t->profile->issues.empty())
            return QBrush(viewColors().warn);
        return {};
    default: return {};
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Integrated: return tr("Integrated loudness, ITU-R BS.1770-4 (LUFS)");
        case TruePeak: return tr("True peak, 4x oversampled (dBTP); red above -1 dBTP");
        case Crest: return tr("Crest factor: sample peak minus RMS (dB)");
        case Width: return tr("Stereo width: side energy / mid energy (0 = mono, 1 = uncorrelated)");
        case Score: return tr("Quality score, 0-100 (see the breakdown in the track view)");
        case Issues: return tr("Problems found (clipping, mud, harshness, …)");
        case Solo: return tr("Solo: hear only the soloed tracks");
        case Mute: return tr("Mute");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Track");
    case Type: return tr("Type");
    case Status: return tr("Status");
    case Duration: return tr("Length");
    case Integrated: return tr("LUFS-I");
    // The unit under the figure's name: the columns are as wide as their numbers, and the key
    // columns fit a 1400-pixel window's table (issue 21).
    case TruePeak: return unitBelow(tr("TP dBTP"));
    case Crest: return unitBelow(tr("Crest dB"));
    case Width: return tr("Width");
    case Score: return tr("Score");
    case Issues: return tr("Issues");
    case Container: return tr("Format");
    case SampleRate: return tr("Sample rate");
    case Channels: return tr("Channels");
    case BitDepth: return tr("Bit depth");
    case Solo: return tr("S", "solo, a column one letter wide");
    case Mute: return tr("M", "mute, a column one letter wide");
    default: return {};
    }
}

Qt::ItemFlags TrackTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const Track* t = track(index.row());
    if (t != nullptr && index.column() == Type && t->profile)
        f |= Qt::ItemIsEditable;
    if (t != nullptr && (index.column() == Solo || index.column() == Mute))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TrackTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role == Qt::CheckStateRole && (index.column() == Solo || index.column() == Mute) && index.row() >= 0
        && index.row() < rowCount()) {
        Track& row = m_tracks[static_cast<std::size_t>(index.row())];
        const bool on = value.toInt() == Qt::Checked;
        bool& flag = index.column() == Solo ? row.solo : row.mute;
        if (flag == on)
            return true;
        flag = on;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        if (index.column() == Solo)
            emit soloChanged(index.row(), on);
        else
            emit muteChanged(index.row(), on);
        return true;
    }
    const Track* t = track(index.row());
    if (t == nullptr || role != Qt::EditRole || index.column() != Type || !t->profile)
        return false;
    const QString type = value.toString().trimmed().toLower();
    if (!core::isTrackType(type.toStdString()))
        return false;
    if (type.toStdString() != t->profile->type || t->profile->typeSource != "user")
        emit typeOverrideRequested(index.row(), type);
    return true;
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
    Track t;
    t.path = path;
    const QFileInfo file(path);  // names and folders from the path alone, not the disk
    const QString base = file.completeBaseName();
    t.name = base;
    t.colorIndex = row;
    // Two files of one folder named alike but for the extension (a bounce as WAV and as
    // FLAC): both are named with their extensions, as the analysis will name them.
    for (std::size_t i = 0; i < m_tracks.size(); ++i) {
        Track& other = m_tracks[i];
        const QFileInfo otherFile(other.path);
        if (otherFile.completeBaseName() == base && otherFile.absolutePath() == file.absolutePath()) {
            t.name = file.fileName();
            if (other.name != otherFile.fileName()) {
                other.name = otherFile.fileName();
                rowChanged(static_cast<int>(i));
            }
        }
    }
    beginInsertRows({}, row, row);
    m_tracks.push_back(std::move(t));
    endInsertRows();
    return row;
}

void TrackTableModel::setProgress(int row, double fraction)
{
    if (row < 0 || row >= rowCount())
        return;
    auto& t = m_tracks[static_cast<std::size_t>(row)];
    if (t.state == State::Ready || t.state == State::Failed)
        return;
    t.state = State::Analysing;
    t.progress = fraction;
    emit dataChanged(index(row, Status), index(row, Status));
}

void TrackTableModel::setProfile(int row, std::shared_ptr<const core::TrackProfile> profile, bool fromCache,
                                 bool rebounce, std::optional<std::int64_t> analysisId)
{
    if (row < 0 || row >= rowCount() || !profile)
        return;
    auto& t = m_tracks[static_cast<std::size_t>(row)];
    t.changedColumns.clear();
    if (rebounce && t.profile) {
        Track after = t;
        after.profile = profile;
        after.info = profile->file;
        for (int column = Duration; column < ColumnCount; ++column) {
            if (sortValue(t, column) != sortValue(after, column))
                t.changedColumns.insert(column);
        }
        ++t.bounces;
    }
    t.info = profile->file;
    t.profile = std::move(profile);
    t.fromCache = fromCache;
    t.analysisId = analysisId;
    t.state = State::Ready;
    t.error.clear();
    t.missing = false;
    rowChanged(row);
}

void TrackTableModel::setFailed(int row, const QString& error)
{
    if (row < 0 || row >= rowCount())
        return;
    auto& t = m_tracks[static_cast<std::size_t>(row)];
    t.error = error;
    t.state = State::Failed;
    t.missing = false;
    rowChanged(row);
}

void TrackTableModel::setMissing(int row, bool missing)
{
    if (row < 0 || row >= rowCount() || m_tracks[static_cast<std::size_t>(row)].missing == missing)
        return;
    m_tracks[static_cast<std::size_t>(row)].missing = missing;
    emit dataChanged(index(row, Status), index(row, Status));
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

QColor TrackTableModel::color(int row) const
{
    const Track* t = track(row);
    return typeColor(t != nullptr && t->profile ? t->profile->type : std::string());
}

namespace {

// The type's place in core's list; tracks without a type after every type.
int typeOrder(const TrackTableModel::Track* t)
{
    if (t == nullptr || !t->profile)
        return static_cast<int>(core::kTrackTypes.size());
    const auto it = std::find(core::kTrackTypes.begin(), core::kTrackTypes.end(), t->profile->type);
    return static_cast<int>(it - core::kTrackTypes.begin());
}

}  // namespace

void TrackSortProxy::setSourceModel(QAbstractItemModel* model)
{
    QSortFilterProxyModel::setSourceModel(model);
    // QSortFilterProxyModel sorts a changed row again only when the sorted column changed, and
    // not at all once the table's restored heading has unsorted it: a type arriving (the
    // analysis done) or changed moves the track to its group here.
    connect(model, &QAbstractItemModel::dataChanged, this, &TrackSortProxy::regroupIfTypesChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrackSortProxy::regroupIfTypesChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &TrackSortProxy::regroupIfTypesChanged);
}

void TrackSortProxy::regroupIfTypesChanged()
{
    const auto* model = qobject_cast<const TrackTableModel*>(sourceModel());
    if (model == nullptr)
        return;
    std::vector<int> orders(static_cast<std::size_t>(model->rowCount()));
    for (int row = 0; row < model->rowCount(); ++row)
        orders[static_cast<std::size_t>(row)] = typeOrder(model->track(row));
    if (orders == m_typeOrders)
        return;
    m_typeOrders = std::move(orders);
    if (!m_grouped)
        return;
    if (sortColumn() < 0)  // the table's restored heading can leave it unsorted
        sort(TrackTableModel::Type);
    else
        invalidate();
}

void TrackSortProxy::setGroupedByType(bool grouped)
{
    if (m_grouped == grouped)
        return;
    m_grouped = grouped;
    if (grouped && sortColumn() < 0)
        sort(TrackTableModel::Type);  // the groups in the session's order within each
    else
        invalidate();
}

bool TrackSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = qobject_cast<const TrackTableModel*>(sourceModel());
    if (m_grouped && model != nullptr) {
        const int a = typeOrder(model->track(left.row()));
        const int b = typeOrder(model->track(right.row()));
        if (a != b)  // the groups stay in core's order whichever way the column sorts
            return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
        if (left.column() == TrackTableModel::Type)
            return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

}  // namespace stemwise::ui
