// The comparison view (see comparisondialog.h).
#include "comparison/comparisondialog.h"

#include "analysis/sessionanalysis.h"
#include "coretext.h"
#include "transport/abplayer.h"
#include "report/comparisonreport.h"
#include "tracktablemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
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
               tr("— A: %1    - - B: %2 (at A's loudness)    dB")
                   .arg(QString::fromStdString(m_comparison->aName), QString::fromStdString(m_comparison->bName)));
    p.drawText(QRectF(48, diffPlot.top() - 2, width() - 60, 16), Qt::AlignRight | Qt::AlignTop,
               tr("difference A − B, loudness-matched, dB"));
}

ComparisonDialog::ComparisonDialog(const TrackTableModel& model, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Compare Tracks"));
    for (int row = 0; row < model.rowCount(); ++row)
        if (const auto* t = model.track(row); t != nullptr && t->profile)
            m_profiles.push_back(t->profile);
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
    connect(m_a, &QComboBox::currentIndexChanged, this, [this] { compare(); });
    connect(m_b, &QComboBox::currentIndexChanged, this, [this] { compare(); });
    connect(addReference, &QPushButton::clicked, this, [this] { addReferenceFile(); });
    resize(900, 720);
    select(0, m_profiles.size() > 1 ? 1 : 0);
}

void ComparisonDialog::fillChoices()
{
    const QSignalBlocker blockA(m_a);
    const QSignalBlocker blockB(m_b);
    const int a = m_a->currentIndex();
    const int b = m_b->currentIndex();
    m_a->clear();
    m_b->clear();
    for (const auto& p : m_profiles) {
        m_a->addItem(QString::fromStdString(p->name));
        m_b->addItem(QString::fromStdString(p->name));
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
        m_profiles.push_back(std::make_shared<const core::TrackProfile>(std::move(*r.profile)));
        fillChoices();
        select(m_a->currentIndex(), static_cast<int>(m_profiles.size()) - 1);
    });
    const std::filesystem::path path = file.toStdString();
    watcher->setFuture(QtConcurrent::run([path] { return core::analyzeFiles({path}).front(); }));
}

void ComparisonDialog::compare()
{
    const int a = m_a->currentIndex();
    const int b = m_b->currentIndex();
    if (a < 0 || b < 0 || a >= static_cast<int>(m_profiles.size()) || b >= static_cast<int>(m_profiles.size())) {
        m_chart->setComparison(nullptr);
        m_text->clear();
        return;
    }
    const core::TrackProfile& pa = *m_profiles[static_cast<std::size_t>(a)];
    const core::TrackProfile& pb = *m_profiles[static_cast<std::size_t>(b)];
    m_comparison = core::compareTracks(pa, pb);
    m_ab->setPair({QStringLiteral("A"), QString::fromStdString(pa.file.path.string()), pa.loudness.integratedLufs},
                  {QStringLiteral("B"), QString::fromStdString(pb.file.path.string()), pb.loudness.integratedLufs});
    m_chart->setComparison(&m_comparison);
    m_text->setPlainText(CoreText::comparisonText(m_comparison));
}

}  // namespace stemwise::ui
