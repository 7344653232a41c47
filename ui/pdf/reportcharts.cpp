// The report's charts (see reportcharts.h).
#include "pdf/reportcharts.h"

#include "pdf/reporttext.h"

#include "coretext.h"

#include "dsp/spectrumsmoothing.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace stemwise::ui::pdf {

namespace {

double xOfHz(const QRectF& plot, double hz)
{
    return plot.left() + plot.width() * std::log(hz / 20.0) / std::log(1000.0);
}

/// Frame, grid and labels of a log-frequency chart from 20 Hz to 20 kHz over [dbMin, dbMax].
QRectF frequencyAxes(
    Canvas& c, const QRectF& area, double dbMin, double dbMax, double dbStep, const QString& unit)
{
    const QRectF plot(area.left() + 30, area.top() + 4, area.width() - 36, area.height() - 18);
    const QColor grid(190, 190, 190);
    for (double hz : { 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 20000.0 }) {
        const double x = xOfHz(plot, hz);
        c.line(x, plot.top(), x, plot.bottom(), 0.3, Qt::SolidLine, grid);
        c.text(QRectF(x - 15, plot.bottom() + 2, 30, 10), hzLabel(hz), 6.5, false,
            Qt::AlignHCenter | Qt::AlignTop);
    }
    for (double db = std::ceil(dbMin / dbStep) * dbStep; db <= dbMax + 1e-9; db += dbStep) {
        const double y = plot.bottom() - plot.height() * (db - dbMin) / (dbMax - dbMin);
        c.line(plot.left(), y, plot.right(), y, 0.3, Qt::SolidLine, grid);
        c.text(QRectF(area.left(), y - 5, 27, 10), shortNumber(db), 6.5, false,
            Qt::AlignRight | Qt::AlignVCenter);
    }
    c.text(QRectF(area.left(), area.top() - 10, 120, 10), unit, 6.5, false, Qt::AlignLeft | Qt::AlignBottom);
    c.p.setPen(QPen(Qt::black, 0.6));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(plot);
    return plot;
}

QPainterPath curvePath(const QRectF& plot, const std::vector<double>& xHz, const std::vector<double>& yDb,
    double dbMin, double dbMax)
{
    QPainterPath path;
    bool started = false;
    const std::size_t n = std::min(xHz.size(), yDb.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (xHz[i] < 20.0 || xHz[i] > 20000.0 || !std::isfinite(yDb[i]))
            continue;
        const double v = std::clamp(yDb[i], dbMin, dbMax);
        const QPointF pt(xOfHz(plot, xHz[i]), plot.bottom() - plot.height() * (v - dbMin) / (dbMax - dbMin));
        if (started)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        started = true;
    }
    return path;
}

/// 1/6 octave on the 1/24-octave grid (±2 points, 5/24 octave in all): print needs a calmer
/// line than the screen, where the user picks the smoothing.
std::vector<double> smoothed(const std::vector<double>& db)
{
    return core::smoothSpectrumDb(db, 24, 6);
}

} // namespace

void spectrumChart(Canvas& c, const QRectF& area, const std::vector<Series>& series, double dbRange,
    const std::vector<double>* spread)
{
    double top = -150.0;
    for (const auto& s : series)
        for (double v : *s.yDb)
            if (std::isfinite(v))
                top = std::max(top, v);
    const double dbMax = std::ceil((top + 3.0) / 10.0) * 10.0;
    const double dbMin = dbMax - dbRange;
    const QRectF plot = frequencyAxes(c, area, dbMin, dbMax, 10.0, ReportPdf::tr("dB re full scale"));
    c.p.save();
    c.p.setClipRect(plot);
    if (spread != nullptr && !series.empty() && spread->size() == series.back().yDb->size()) {
        // The references' spread around the target: a grey band, ±1 standard deviation.
        const auto& x = *series.back().xHz;
        const std::vector<double> y = smoothed(*series.back().yDb);
        std::vector<double> hi(y.size());
        std::vector<double> lo(y.size());
        for (std::size_t i = 0; i < y.size(); ++i) {
            hi[i] = y[i] + (*spread)[i];
            lo[i] = y[i] - (*spread)[i];
        }
        QPainterPath band = curvePath(plot, x, hi, dbMin, dbMax);
        const QPainterPath lower = curvePath(plot, x, lo, dbMin, dbMax);
        band.connectPath(lower.toReversed());
        band.closeSubpath();
        c.p.setPen(Qt::NoPen);
        c.p.setBrush(QColor(215, 215, 215));
        c.p.drawPath(band);
    }
    c.p.setBrush(Qt::NoBrush);
    for (const auto& s : series) {
        QPen pen(Qt::black, s.width, s.style);
        pen.setJoinStyle(Qt::RoundJoin);
        c.p.setPen(pen);
        c.p.drawPath(curvePath(plot, *s.xHz, smoothed(*s.yDb), dbMin, dbMax));
    }
    c.p.restore();
    // Legend, top right inside the plot.
    double ly = plot.top() + 4;
    for (const auto& s : series) {
        if (s.label.isEmpty())
            continue;
        const double lx = plot.right() - 150;
        c.line(lx, ly + 5, lx + 22, ly + 5, s.width, s.style);
        c.text(QRectF(lx + 26, ly, 124, 10), s.label, 6.5, false, Qt::AlignLeft | Qt::AlignVCenter);
        ly += 10;
    }
}

void differenceChart(
    Canvas& c, const QRectF& area, const std::vector<double>& xHz, const std::vector<double>& dDb)
{
    double extent = 3.0;
    for (double v : dDb)
        if (std::isfinite(v))
            extent = std::max(extent, std::abs(v));
    const double step = extent > 24.0 ? 12.0 : extent > 12.0 ? 6.0 : 3.0;
    extent = std::min(std::ceil(extent / step) * step, 48.0);
    const QRectF plot = frequencyAxes(c, area, -extent, extent, step, QStringLiteral("A − B, dB"));
    const double y0 = plot.center().y();
    c.line(plot.left(), y0, plot.right(), y0, 0.8);
    c.p.save();
    c.p.setClipRect(plot);
    c.p.setPen(QPen(Qt::black, 1.2));
    c.p.setBrush(Qt::NoBrush);
    // The same 5/24-octave smoothing as the spectra, as a plain mean of the differences.
    std::vector<double> calm(dDb.size());
    for (std::size_t i = 0; i < dDb.size(); ++i) {
        double sum = 0.0;
        int n = 0;
        for (std::size_t j = i >= 2 ? i - 2 : 0; j <= i + 2 && j < dDb.size(); ++j)
            if (std::isfinite(dDb[j])) {
                sum += dDb[j];
                ++n;
            }
        calm[i] = n > 0 ? sum / n : dDb[i];
    }
    c.p.drawPath(curvePath(plot, xHz, calm, -extent, extent));
    c.p.restore();
}

void bandBars(Canvas& c, const QRectF& area, const core::TrackProfile& t)
{
    const QRectF plot(area.left() + 24, area.top() + 12, area.width() - 28, area.height() - 34);
    double top = 0.1;
    for (const auto& b : t.spectrum.bands)
        top = std::max(top, b.share);
    top = std::ceil((top + 0.06) * 10.0) / 10.0; // room for the value above the tallest bar
    const QColor grid(190, 190, 190);
    const double step = top > 0.5 ? 0.2 : 0.1;
    for (double s = 0.0; s <= top + 1e-9; s += step) {
        const double y = plot.bottom() - plot.height() * s / top;
        c.line(plot.left(), y, plot.right(), y, 0.3, Qt::SolidLine, grid);
        c.text(QRectF(area.left(), y - 5, 21, 10), shortNumber(static_cast<double>(std::lround(s * 100))),
            6.5, false, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QString caption = ReportPdf::tr("share of energy, % (band level in dB below the band)");
    c.text(
        QRectF(area.left(), area.top(), area.width(), 10), caption, c.fittedSize(caption, area.width(), 6.5));
    const double slot = plot.width() / static_cast<double>(core::kBandCount);
    for (std::size_t i = 0; i < core::kBandCount; ++i) {
        const double share = t.spectrum.bands[i].share;
        const double h = plot.height() * share / top;
        const QRectF bar(plot.left() + i * slot + slot * 0.18, plot.bottom() - h, slot * 0.64, h);
        c.p.setPen(QPen(Qt::black, 0.5));
        c.p.setBrush(QColor(150, 150, 150));
        c.p.drawRect(bar);
        c.text(QRectF(bar.left() - 6, bar.top() - 10, bar.width() + 12, 10), formatNumber(share * 100.0, 0),
            6.5, false, Qt::AlignHCenter | Qt::AlignBottom);
        const QString name = bandShort(i);
        c.text(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, 10), name,
            c.fittedSize(name, slot - 1, 6.5), false, Qt::AlignHCenter | Qt::AlignTop);
        c.text(QRectF(plot.left() + i * slot, plot.bottom() + 11, slot, 10),
            number(t.spectrum.bands[i].levelDb, 0), 6, false, Qt::AlignHCenter | Qt::AlignTop,
            QColor(70, 70, 70));
    }
    c.p.setPen(QPen(Qt::black, 0.6));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawRect(plot);
}

void loudnessChart(Canvas& c, const QRectF& area, const core::TrackProfile& t)
{
    const auto& curve = t.loudness.shortTermCurveLufs;
    double top = -70.0;
    for (const auto& v : curve)
        if (v)
            top = std::max(top, *v);
    const double lMax = std::ceil((top + 2.0) / 6.0) * 6.0;
    const double lMin = lMax - 36.0;
    const double duration = std::max(1.0, static_cast<double>(curve.size()) * t.loudness.curveIntervalS);
    const QRectF plot(area.left() + 24, area.top() + 12, area.width() - 28, area.height() - 26);
    const QColor grid(190, 190, 190);
    c.text(
        QRectF(area.left(), area.top(), area.width(), 10), ReportPdf::tr("short-term loudness, LUFS"), 6.5);
    for (double l = lMin; l <= lMax + 1e-9; l += 6.0) {
        const double y = plot.bottom() - plot.height() * (l - lMin) / (lMax - lMin);
        c.line(plot.left(), y, plot.right(), y, 0.3, Qt::SolidLine, grid);
        c.text(QRectF(area.left(), y - 5, 21, 10), shortNumber(l), 6.5, false,
            Qt::AlignRight | Qt::AlignVCenter);
    }
    const double tStep = duration > 120 ? 30.0 : duration > 40 ? 10.0 : duration > 12 ? 5.0 : 1.0;
    for (double s = 0.0; s <= duration + 1e-9; s += tStep) {
        const double x = plot.left() + plot.width() * s / duration;
        c.line(x, plot.top(), x, plot.bottom(), 0.3, Qt::SolidLine, grid);
        c.text(QRectF(x - 15, plot.bottom() + 2, 30, 10), shortNumber(s) + QStringLiteral(" s"), 6.5, false,
            Qt::AlignHCenter | Qt::AlignTop);
    }
    c.p.save();
    c.p.setClipRect(plot);
    if (t.loudness.integratedLufs) {
        const double y = plot.bottom() - plot.height() * (*t.loudness.integratedLufs - lMin) / (lMax - lMin);
        c.line(plot.left(), y, plot.right(), y, 0.8, Qt::DashLine);
    }
    QPainterPath path;
    bool started = false;
    for (std::size_t i = 0; i < curve.size(); ++i) {
        if (!curve[i]) {
            started = false;
            continue;
        }
        const double x
            = plot.left() + plot.width() * static_cast<double>(i + 1) * t.loudness.curveIntervalS / duration;
        const double y
            = plot.bottom() - plot.height() * (std::clamp(*curve[i], lMin, lMax) - lMin) / (lMax - lMin);
        if (started)
            path.lineTo(x, y);
        else
            path.moveTo(x, y);
        started = true;
    }
    c.p.setPen(QPen(Qt::black, 1.1));
    c.p.setBrush(Qt::NoBrush);
    c.p.drawPath(path);
    c.p.restore();
    if (t.loudness.integratedLufs)
        c.text(QRectF(plot.right() - 160, plot.top() + 2, 156, 10),
            ReportPdf::tr("- - integrated %1 LUFS").arg(formatNumber(*t.loudness.integratedLufs, 1)), 6.5,
            false, Qt::AlignRight | Qt::AlignTop);
    c.p.setPen(QPen(Qt::black, 0.6));
    c.p.drawRect(plot);
}

} // namespace stemwise::ui::pdf
