#pragma once
// The report's charts, drawn with QPainter paths on a Canvas so that they stay vector in the
// PDF, black on white with dash patterns and grey levels (no colour carries meaning):
// spectra over a log-frequency axis (with the references' spread), the difference of two
// spectra, the seven band shares, and the short-term loudness over time.
// Threading: the thread that owns the application (fonts).

#include "pdf/canvas.h"

#include "analysis/trackprofile.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace stemwise::ui::pdf {

/// One curve of a spectrum chart: dB over Hz on the 1/24-octave grid, its pen and legend.
struct Series {
    const std::vector<double>* xHz;
    const std::vector<double>* yDb;
    Qt::PenStyle style;
    double width;
    QString label;
};

/// Spectra from 20 Hz to 20 kHz over `dbRange` dB below the highest point, smoothed for
/// print; `spread` (the references' ±1 standard deviation around the last series) as a grey band.
void spectrumChart(Canvas& c, const QRectF& area, const std::vector<Series>& series, double dbRange = 80.0,
    const std::vector<double>* spread = nullptr);
/// The difference A − B over frequency, 0 dB marked.
void differenceChart(
    Canvas& c, const QRectF& area, const std::vector<double>& xHz, const std::vector<double>& dDb);
/// The seven band shares as bars, with each band's level under it.
void bandBars(Canvas& c, const QRectF& area, const core::TrackProfile& t);
/// The short-term loudness over time, the integrated loudness dashed.
void loudnessChart(Canvas& c, const QRectF& area, const core::TrackProfile& t);

} // namespace stemwise::ui::pdf
