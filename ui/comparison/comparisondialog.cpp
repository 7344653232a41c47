// The comparison view (see comparisondialog.h).
#include "comparison/comparisondialog.h"

#include "analysis/sessionanalysis.h"
#include "audio/mixdown.h"
#include "store/referencerepository.h"
#include "coretext.h"
#include "transport/abplayer.h"
#include "report/comparisonreport.h"
#include "store/store.h"
#include "tracktablemodel.h"
#include "workflow/storedaudio.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QPromise>
#include <QSplitter>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

namespace {

double xOfHz(const QRectF& plot, double hz)
{
    return plot.left() + plot.width() * std::log(std::clamp(hz, 20.0, 20000.0) / 20.0) / std::log(1000.0);
}

QPainterPath curve(const QRectF& plot, const std::vector<double>& hz, const std::vector<double>& db, double offset,
                  double lo, double hi)
{
    QPainterPath p;
    for (std::size_t i = 0; i < hz.size() && i < db.size(); ++i) {
        const QPointF pt(xOfHz(plot, hz[i]),
                         plot.bottom() - plot.height() * (std::clamp(db[i] + offset, lo, hi) - lo) / (hi - lo));
        if (i == 0)
            p.moveTo(pt);
        else
            p.lineTo(pt);
    }
    return p;
}

void grid(QPainter& p, const QRectF& plot, double lo, double hi, double step, const QPalette& palette)
{
    p.setPen(QPen(palette.color(QPalette::Mid), 0.5));
    for (double hz : {20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0}) {
        const double x = xOfHz(plot, hz);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.drawText(QRectF(x - 20, plot.bottom() + 2, 40, 14), Qt::AlignHCenter | Qt::AlignTop,
                   hz >= 1000 ? QString::number(hz / 1000) + QStringLiteral("k") : QString::number(hz));
    }
    for (double db = std::ceil(lo / step) * step; db <= hi + 1e-9; db += step) {
        const double y = plot.bottom() - plot.height() * (db - lo) / (hi - lo);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(plot.left() - 40, y - 7, 36, 14), Qt::AlignRight | Qt::AlignVCenter, QString::number(db));
    }
    p.drawRect(plot);
}

}  // namespace

ComparisonChart::ComparisonChart(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(480, 300);
}

void ComparisonChart::setComparison(const core::TrackComparison* comparison)
{
    m_comparison = comparison;
    update();
}

void ComparisonChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_comparison == nullptr || m_comparison->spectrum.frequencyHz.empty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter, tr("Choose two analysed tracks."));
        return;
    }
    const auto& s = m_comparison->spectrum;
    const double offset = m_comparison->loudnessOffsetDb.value_or(0.0);
    double top = -150;
    for (double v : s.aDb)
        top = std::max(top, v);
    const double hi = std::ceil((top + 3) / 10) * 10;
    const double lo = hi - 80;
    const QRectF spectrumPlot(48, 24, width() - 60, height() * 0.62 - 40);
    const QRectF diffPlot(48, height() * 0.62 + 8, width() - 60, height() * 0.38 - 30);
    grid(p, spectrumPlot, lo, hi, 10, palette());
    double extent = 3;
    for (double v : s.matchedDifferenceDb)
        extent = std::max(extent, std::abs(v));
    extent = std::min(std::ceil(extent / 3) * 3, 36.0);
    grid(p, diffPlot, -extent, extent, extent > 12 ? 6 : 3, palette());

    const QColor ink = palette().color(QPalette::Text);
    const QColor accent = palette().color(QPalette::Highlight);
    p.save();
    p.setClipRect(spectrumPlot);
    // B is a genre's target: the references' spread around their mean, shaded (±1 SD).
    if (s.spreadDb.size() == s.bDb.size() && !s.spreadDb.empty()) {
        std::vector<double> upper(s.bDb.size());
        std::vector<double> lower(s.bDb.size());
        for (std::size_t i = 0; i < s.bDb.size(); ++i) {
            upper[i] = s.bDb[i] + s.spreadDb[i];
            lower[i] = s.bDb[i] - s.spreadDb[i];
        }
        QPainterPath band = curve(spectrumPlot, s.frequencyHz, upper, offset, lo, hi);
        const QPainterPath under = curve(spectrumPlot, s.frequencyHz, lower, offset, lo, hi).toReversed();
        band.connectPath(under);
        band.closeSubpath();
        QColor shade = ink;
        shade.setAlpha(40);
        p.fillPath(band, shade);
    }
    p.setPen(QPen(accent, 1.6));
    p.drawPath(curve(spectrumPlot, s.frequencyHz, s.aDb, 0, lo, hi));
    p.setPen(QPen(ink, 1.3, Qt::DashLine));
    p.drawPath(curve(spectrumPlot, s.frequencyHz, s.bDb, offset, lo, hi));
    p.restore();
    p.save();
    p.setClipRect(diffPlot);
    p.setPen(QPen(ink, 1.0));
    p.drawLine(QPointF(diffPlot.left(), diffPlot.center().y()), QPointF(diffPlot.right(), diffPlot.center().y()));
    p.setPen(QPen(accent, 1.6));
    p.drawPath(curve(diffPlot, s.frequencyHz, s.matchedDifferenceDb, 0, -extent, extent));
    p.restore();
    p.setPen(ink);
    p.drawText(QRectF(48, 4, width() - 60, 18), Qt::AlignLeft | Qt::AlignVCenter,
               (s.spreadDb.empty() ? tr("— A: %1    - - B: %2 (at A's loudness)    dB")
                                   : tr("— A: %1    - - B: %2 (at A's loudness; shaded: its references' spread)    dB"))
                   .arg(QString::fromStdString(m_comparison->aName), QString::fromStdString(m_comparison->bName)));
    p.drawText(QRectF(48, diffPlot.top() - 2, width() - 60, 16), Qt::AlignRight | Qt::AlignTop,
               tr("difference A − B, loudness-matched, dB"));
}

ComparisonDialog::ComparisonDialog(const TrackTableModel& model, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare Tracks"));
    for (int row = 0; row < model.rowCount(); ++row)
        if (const auto* t = model.track(row); t != nullptr && t->profile)
            m_choices.push_back({QString::fromStdString(t->profile->name), t->profile,
                                 QString::fromStdString(t->profile->file.path.string()), {}, false});
    m_sessionTracks = static_cast<int>(m_choices.size());
    if (m_sessionTracks >= 2) {
        Choice mix;
        mix.label = tr("Session mix (%1 stems at unity)").arg(m_sessionTracks);
        mix.sessionMix = true;
        m_choices.push_back(std::move(mix));
    }
    m_a = new QComboBox(this);
    m_b = new QComboBox(this);
    auto* addReference = new QPushButton(tr("Add Reference File…"), this);
    auto* choices = new QHBoxLayout;
    choices->addWidget(new QLabel(tr("A:"), this));
    choices->addWidget(m_a, 1);
    choices->addWidget(new QLabel(tr("B:"), this));
    choices->addWidget(m_b, 1);
    choices->addWidget(addReference);
    m_chart = new ComparisonChart(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_text);
    m_ab = new AbPlayer(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_ab);
    layout->addWidget(split, 1);
    fillChoices();
    connect(m_a, &QComboBox::currentIndexChanged, this, [this] {
        m_aChosen = true;
        compare();
    });
    connect(m_b, &QComboBox::currentIndexChanged, this, [this](int b) {
        // A reference is a whole record: compared with the session's mix unless A was chosen.
        const auto mix = sessionMixIndex();
        if (!m_aChosen && mix && b >= 0 && b < static_cast<int>(m_choices.size())
            && m_choices[static_cast<std::size_t>(b)].reference) {
            select(*mix, b);
            return;
        }
        compare();
    });
    connect(addReference, &QPushButton::clicked, this, [this] { addReferenceFile(); });
    resize(900, 720);
    select(0, m_choices.size() > 1 ? 1 : 0);
}

void ComparisonDialog::fillChoices()
{
    const QSignalBlocker blockA(m_a);
    const QSignalBlocker blockB(m_b);
    const int a = m_a->currentIndex();
    const int b = m_b->currentIndex();
    m_a->clear();
    m_b->clear();
    for (const Choice& c : m_choices) {
        m_a->addItem(c.label);
        m_b->addItem(c.label);
        if (!c.unavailable.isEmpty()) {
            m_a->setItemData(m_a->count() - 1, c.unavailable, Qt::ToolTipRole);
            m_b->setItemData(m_b->count() - 1, c.unavailable, Qt::ToolTipRole);
        }
    }
    m_a->setCurrentIndex(a);
    m_b->setCurrentIndex(b);
}

void ComparisonDialog::select(int a, int b)
{
    {
        const QSignalBlocker blockA(m_a);
        const QSignalBlocker blockB(m_b);
        m_a->setCurrentIndex(a);
        m_b->setCurrentIndex(b);
    }
    compare();
}

void ComparisonDialog::addReferenceFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Reference File"), {},
                                                      tr("Audio (*.wav *.flac *.aif *.aiff *.ogg *.mp3)"));
    if (file.isEmpty())
        return;
    setCursor(Qt::BusyCursor);
    auto* watcher = new QFutureWatcher<core::FileAnalysisResult>(this);
    connect(watcher, &QFutureWatcher<core::FileAnalysisResult>::finished, this, [this, watcher] {
        unsetCursor();
        core::FileAnalysisResult r = watcher->result();
        watcher->deleteLater();
        if (!r.profile) {
            QMessageBox::warning(this, tr("Reference File"),
                                 CoreText::fileFailure(QString::fromStdString(r.path.filename().string()), r.errorCode,
                                                       QString::fromStdString(r.error),
                                                       QString::fromStdString(r.errorDetail)));
            return;
        }
        r.profile->name += " (reference)";
        auto profile = std::make_shared<const core::TrackProfile>(std::move(*r.profile));
        m_choices.push_back({QString::fromStdString(profile->name), profile,
                             QString::fromStdString(profile->file.path.string()), {}, false, true});
        fillChoices();
        const auto mix = sessionMixIndex();
        select(!m_aChosen && mix ? *mix : m_a->currentIndex(), static_cast<int>(m_choices.size()) - 1);
    });
    const std::filesystem::path path = file.toStdString();
    watcher->setFuture(QtConcurrent::run([path] { return core::analyzeFiles({path}).front(); }));
}

namespace {

struct LoadedBounce {
    int track = 0;  // index of the session track's choice
    core::PreviousBounce bounce;
};
struct LoadedReference {
    core::ReferenceTrack reference;
    core::StoredAudio audio;
};
struct Loaded {
    std::vector<LoadedBounce> bounces;
    std::vector<LoadedReference> references;
    QString error;
};

// On the pool: its own connection, as every worker (the UI thread never waits on the disk).
Loaded loadSources(const std::filesystem::path& database, const std::vector<std::filesystem::path>& files)
{
    Loaded out;
    try {
        auto opened = core::Store::open(database);
        if (!opened.store) {
            out.error = QString::fromStdString(opened.error->message);
            return out;
        }
        for (std::size_t i = 0; i < files.size(); ++i)
            if (auto previous = core::previousBounceOf(opened.store->db(), files[i]))
                out.bounces.push_back({static_cast<int>(i), std::move(*previous)});
        for (auto& reference : core::ReferenceRepository(opened.store->db()).list()) {
            auto audio = core::locateStoredAudio(opened.store->db(), reference.contentHash, reference.profile.file.path);
            out.references.push_back({std::move(reference), std::move(audio)});
        }
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

QString shortDate(const std::string& iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString::fromStdString(iso);
}

}  // namespace

void ComparisonDialog::setDatabase(const std::filesystem::path& database)
{
    std::vector<std::filesystem::path> files;
    files.reserve(static_cast<std::size_t>(std::max(0, m_sessionTracks)));
    for (int i = 0; i < m_sessionTracks; ++i)
        files.push_back(m_choices[static_cast<std::size_t>(i)].profile->file.path);
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        for (const LoadedBounce& l : loaded.bounces) {
            const Choice& track = m_choices[static_cast<std::size_t>(l.track)];
            Choice c;
            c.label = tr("%1 — previous bounce (%2)").arg(track.label, shortDate(l.bounce.entry.analysedAt));
            auto profile = std::make_shared<core::TrackProfile>(l.bounce.entry.profile);
            profile->name = c.label.toStdString();
            c.profile = std::move(profile);
            const QString where = QString::fromStdString(l.bounce.audio.path.string());
            switch (l.bounce.audio.state) {
            case core::StoredAudio::State::Present: c.path = where; break;
            case core::StoredAudio::State::Gone:
                c.unavailable = tr("the previous bounce's audio is no longer on disk (it was %1): its figures "
                                   "compare, it cannot be played")
                                    .arg(where);
                break;
            case core::StoredAudio::State::Replaced:
                c.unavailable = tr("%1 now holds other audio (a later bounce), and no other copy of the previous "
                                   "bounce is known: its figures compare, it cannot be played")
                                    .arg(where);
                break;
            case core::StoredAudio::State::Unreadable:
                c.unavailable = tr("%1 cannot be read (%2): the previous bounce's figures compare, it cannot be played")
                                    .arg(where, QString::fromStdString(l.bounce.audio.detail));
                break;
            }
            m_choices.push_back(std::move(c));
            m_previousBounces.emplace_back(l.track, static_cast<int>(m_choices.size()) - 1);
        }
        for (const LoadedReference& l : loaded.references) {
            Choice c;
            const QString name = QString::fromStdString(l.reference.name);
            c.label = l.reference.genre.empty()
                          ? tr("Reference: %1").arg(name)
                          : tr("Reference: %1 (%2)").arg(name, QString::fromStdString(l.reference.genre));
            auto profile = std::make_shared<core::TrackProfile>(l.reference.profile);
            profile->name = c.label.toStdString();
            c.profile = std::move(profile);
            c.reference = true;
            const QString where = QString::fromStdString(l.audio.path.string());
            switch (l.audio.state) {
            case core::StoredAudio::State::Present: c.path = where; break;
            case core::StoredAudio::State::Gone:
                c.unavailable = tr("the reference's file is no longer on disk (it was %1): its figures compare, it "
                                   "cannot be played")
                                    .arg(where);
                break;
            case core::StoredAudio::State::Replaced:
                c.unavailable = tr("%1 now holds other audio than the reference that was added: its figures compare, "
                                   "it cannot be played")
                                    .arg(where);
                break;
            case core::StoredAudio::State::Unreadable:
                c.unavailable = tr("%1 cannot be read (%2): the reference's figures compare, it cannot be played")
                                    .arg(where, QString::fromStdString(l.audio.detail));
                break;
            }
            m_choices.push_back(std::move(c));
            m_libraryReferences.push_back(static_cast<int>(m_choices.size()) - 1);
        }
        fillChoices();
        emit sourcesLoaded(loaded.error);
    });
    watcher->setFuture(QtConcurrent::run(loadSources, database, files));
}

ComparisonDialog::~ComparisonDialog()
{
    m_mixCancel->store(true);
}

std::optional<int> ComparisonDialog::sessionMixIndex() const
{
    for (std::size_t i = 0; i < m_choices.size(); ++i)
        if (m_choices[i].sessionMix)
            return static_cast<int>(i);
    return std::nullopt;
}

namespace {

struct MixOutcome {
    std::shared_ptr<core::TrackProfile> profile;
    QString path;
    QString error;
};

// On the pool: the stems summed into the temporary folder (the first half of the progress),
// then that file analysed like a track (the second half).
void sumAndAnalyse(QPromise<MixOutcome>& promise, const std::vector<std::filesystem::path>& files,
                   std::shared_ptr<QTemporaryDir> dir, std::shared_ptr<std::atomic<bool>> cancel)
{
    promise.setProgressRange(0, 1000);
    MixOutcome out;
    const std::filesystem::path path = std::filesystem::path(dir->path().toStdString()) / "Session mix.wav";
    auto summed = core::writeUnitySum(files, path, cancel.get(), [&promise](double f) {
        promise.setProgressValue(static_cast<int>(f * 500.0));
    });
    if (!summed) {
        out.error = QString::fromStdString(summed.error().message);
        promise.addResult(std::move(out));
        return;
    }
    core::FileAnalysisResult r = core::analyzeSessionFile(
        path, {}, [&promise](double f) { promise.setProgressValue(500 + static_cast<int>(f * 500.0)); }, cancel.get());
    if (!r.profile) {
        out.error = CoreText::fileFailure(QString::fromStdString(path.filename().string()), r.errorCode,
                                          QString::fromStdString(r.error), QString::fromStdString(r.errorDetail));
    } else {
        out.profile = std::move(r.profile);
        out.path = QString::fromStdString(path.string());
    }
    promise.addResult(std::move(out));
}

}  // namespace

void ComparisonDialog::measureSessionMix(int index)
{
    m_mixPending = true;
    m_mixProgress = 0.0;
    m_mixDir = std::make_shared<QTemporaryDir>();
    std::vector<std::filesystem::path> files;
    files.reserve(static_cast<std::size_t>(std::max(0, m_sessionTracks)));
    for (int i = 0; i < m_sessionTracks; ++i)
        files.push_back(m_choices[static_cast<std::size_t>(i)].profile->file.path);
    auto* watcher = new QFutureWatcher<MixOutcome>(this);
    // Only the text follows the progress: the pair (and a pair playing meanwhile) is left alone.
    connect(watcher, &QFutureWatcher<MixOutcome>::progressValueChanged, this, [this, index](int value) {
        m_mixProgress = value / 10.0;
        if (m_a->currentIndex() == index || m_b->currentIndex() == index)
            m_text->setPlainText(tr("Summing the %1 stems at unity and analysing the sum… %2 %")
                                     .arg(m_sessionTracks)
                                     .arg(m_mixProgress, 0, 'f', 0));
    });
    connect(watcher, &QFutureWatcher<MixOutcome>::finished, this, [this, watcher, index] {
        watcher->deleteLater();
        m_mixPending = false;
        const MixOutcome outcome = watcher->future().resultCount() > 0 ? watcher->result() : MixOutcome{};
        Choice& mix = m_choices[static_cast<std::size_t>(index)];
        if (outcome.profile) {
            outcome.profile->name = mix.label.toStdString();
            mix.profile = outcome.profile;
            mix.path = outcome.path;
        } else {
            m_mixError = outcome.error.isEmpty() ? tr("cancelled") : outcome.error;
        }
        if (m_a->currentIndex() == index || m_b->currentIndex() == index)
            compare();
        emit sessionMixMeasured(m_mixError);
    });
    if (!m_mixDir->isValid()) {
        m_mixError = tr("no temporary folder for the sum: %1").arg(m_mixDir->errorString());
        m_mixPending = false;
        watcher->deleteLater();
        compare();
        emit sessionMixMeasured(m_mixError);
        return;
    }
    watcher->setFuture(QtConcurrent::run(sumAndAnalyse, std::move(files), m_mixDir, m_mixCancel));
}

std::optional<int> ComparisonDialog::previousBounceOf(int index) const
{
    for (const auto& [track, bounce] : m_previousBounces)
        if (track == index)
            return bounce;
    return std::nullopt;
}

void ComparisonDialog::compare()
{
    const int a = m_a->currentIndex();
    const int b = m_b->currentIndex();
    if (a < 0 || b < 0 || a >= static_cast<int>(m_choices.size()) || b >= static_cast<int>(m_choices.size())) {
        m_chart->setComparison(nullptr);
        m_text->clear();
        return;
    }
    const Choice& ca = m_choices[static_cast<std::size_t>(a)];
    const Choice& cb = m_choices[static_cast<std::size_t>(b)];
    // The session mix is summed and analysed when first chosen; until then it says how far.
    for (int index : {a, b}) {
        const Choice& c = m_choices[static_cast<std::size_t>(index)];
        if (!c.sessionMix || c.profile)
            continue;
        if (!m_mixPending && m_mixError.isEmpty())
            measureSessionMix(index);
        m_chart->setComparison(nullptr);
        const QString state = m_mixError.isEmpty()
                                  ? tr("Summing the %1 stems at unity and analysing the sum… %2 %")
                                        .arg(m_sessionTracks)
                                        .arg(m_mixProgress, 0, 'f', 0)
                                  : tr("The session mix could not be measured: %1").arg(m_mixError);
        m_text->setPlainText(state);
        const QString notYet = m_mixError.isEmpty() ? tr("the session mix is being measured") : m_mixError;
        m_ab->setPair({QStringLiteral("A"), ca.path, std::nullopt, index == a ? notYet : ca.unavailable},
                      {QStringLiteral("B"), cb.path, std::nullopt, index == b ? notYet : cb.unavailable});
        return;
    }
    const core::TrackProfile& pa = *ca.profile;
    const core::TrackProfile& pb = *cb.profile;
    m_comparison = core::compareTracks(pa, pb);
    m_ab->setPair({QStringLiteral("A"), ca.path, pa.loudness.integratedLufs, ca.unavailable},
                  {QStringLiteral("B"), cb.path, pb.loudness.integratedLufs, cb.unavailable});
    m_chart->setComparison(&m_comparison);
    // One stem against a whole record: its differences, not moves that would make it a record.
    const auto isMix = [](const Choice& c) { return c.sessionMix || c.reference || c.profile->type == "mix"; };
    QString note;
    if ((ca.reference || cb.reference) && !(isMix(ca) && isMix(cb))) {
        std::erase_if(m_comparison.findings,
                      [](const core::ComparisonFinding& f) { return f.kind == core::ComparisonFinding::Kind::Suggestion; });
        note = tr("%1 is one stem and a reference is a whole mix: the differences show how far it is from a record, "
                  "not what to change on it. Compare the session mix for moves.")
                   .arg(isMix(ca) ? cb.label : ca.label)
               + QStringLiteral("\n\n");
    }
    m_text->setPlainText(note + CoreText::comparisonText(m_comparison));
}

}  // namespace stemwise::ui
