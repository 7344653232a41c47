// EQ shapes and the fit of a change between two spectra (see eqshape.h).
#include "dsp/eqshape.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stemwise::core {

double bellWidthOctaves(double q) { return 2.0 / std::log(2.0) * std::asinh(1.0 / (2.0 * q)); }

double eqShapeDbPerDb(EqShapeKind kind, double q, double octaves)
{
    const double w = std::pow(2.0, octaves);  // ω / ω0
    const double a = std::pow(10.0, kEqShapeReferenceDb / 40.0);
    const double w2 = w * w;
    double num = 0.0, den = 0.0;
    if (kind == EqShapeKind::Bell) {
        // H(s) = (s² + s·A/Q + 1) / (s² + s/(A·Q) + 1)
        const double re = 1.0 - w2;
        num = re * re + std::pow(w * a / q, 2.0);
        den = re * re + std::pow(w / (a * q), 2.0);
    } else {
        // Low shelf: H(s) = A·(s² + √A/Q·s + A) / (A·s² + √A/Q·s + 1), Q = 1/√2 (slope 1);
        // the high shelf is its mirror image in log frequency.
        const double x = kind == EqShapeKind::LowShelf ? w : 1.0 / w;
        const double x2 = x * x;
        const double b = std::sqrt(a) * std::sqrt(2.0);
        num = a * a * (std::pow(a - x2, 2.0) + std::pow(b * x, 2.0));
        den = std::pow(1.0 - a * x2, 2.0) + std::pow(b * x, 2.0);
    }
    return 10.0 * std::log10(num / den) / kEqShapeReferenceDb;
}

namespace {

constexpr std::size_t kMaxFitShapes = 4;
constexpr double kMinCentreHz = 40.0;
constexpr double kMaxCentreHz = 16000.0;

// Least squares of y on [1, s_1 … s_k] over the used points: the offset and the gains, by the
// normal equations (k ≤ kMaxFitShapes, solved by Gaussian elimination with partial pivoting).
// Empty when the shapes are (nearly) collinear.
bool solveGains(const std::vector<std::vector<double>>& columns, const std::vector<double>& y, std::vector<double>& out)
{
    const std::size_t m = columns.size();
    std::array<std::array<double, kMaxFitShapes + 2>, kMaxFitShapes + 1> a{};
    for (std::size_t i = 0; i < m; ++i) {
        for (std::size_t j = 0; j < m; ++j) {
            double sum = 0.0;
            for (std::size_t p = 0; p < y.size(); ++p)
                sum += columns[i][p] * columns[j][p];
            a[i][j] = sum;
        }
        double sum = 0.0;
        for (std::size_t p = 0; p < y.size(); ++p)
            sum += columns[i][p] * y[p];
        a[i][m] = sum;
    }
    for (std::size_t c = 0; c < m; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < m; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        if (std::abs(a[pivot][c]) < 1e-9 * std::max(1.0, std::abs(a[c][c])))
            return false;
        std::swap(a[c], a[pivot]);
        for (std::size_t r = 0; r < m; ++r) {
            if (r == c)
                continue;
            const double f = a[r][c] / a[c][c];
            for (std::size_t k = c; k <= m; ++k)
                a[r][k] -= f * a[c][k];
        }
    }
    out.resize(m);
    for (std::size_t i = 0; i < m; ++i)
        out[i] = a[i][m] / a[i][i];
    return true;
}

}  // namespace

EqChangeFit fitEqChange(const std::vector<double>& gridHz, const std::vector<double>& diffDb, const std::vector<bool>& use,
                        int pointsPerOctave, std::size_t maxShapes, double minGainDb, double minShare)
{
    EqChangeFit out;
    const std::size_t n = std::min({gridHz.size(), diffDb.size(), use.size()});
    std::vector<std::size_t> points;
    for (std::size_t i = 0; i < n; ++i)
        if (use[i] && std::isfinite(diffDb[i]) && gridHz[i] > 0.0)
            points.push_back(i);
    out.points = points.size();
    if (points.size() < 2 * static_cast<std::size_t>(std::max(pointsPerOctave, 1)) || pointsPerOctave <= 0)
        return out;
    maxShapes = std::min(maxShapes, kMaxFitShapes);
    std::vector<double> y;
    y.reserve(points.size());
    for (std::size_t i : points)
        y.push_back(diffDb[i]);
    const double count = static_cast<double>(y.size());
    double mean = 0.0;
    for (double v : y)
        mean += v;
    mean /= count;
    double total = 0.0;  // the variance's sum of squares
    for (double v : y)
        total += (v - mean) * (v - mean);
    out.offsetDb = mean;
    out.residualDb = std::sqrt(total / count);
    if (total <= 1e-12)
        return out;

    // A step is one shape seen from either end (a low shelf of +G is a high shelf of −G and a
    // level change of +G, which the offset takes): the shelf is put on the end of the range
    // its midpoint is nearer to, as an engineer would, leaving the rest to the fader.
    const double middleHz = std::sqrt(gridHz[points.front()] * gridHz[points.back()]);
    const double perPoint = 1.0 / pointsPerOctave;
    struct Shape {
        EqShapeKind kind;
        double q;
        std::size_t table;   // into `tables`
        std::size_t centre;  // grid index
    };
    // Each shape's response tabled once per offset in grid points (−n … n): a candidate's
    // column is then a lookup.
    std::vector<std::vector<double>> tables;
    auto tabled = [&](EqShapeKind kind, double q) {
        std::vector<double>& t = tables.emplace_back(2 * n + 1);
        for (std::size_t k = 0; k < t.size(); ++k)
            t[k] = eqShapeDbPerDb(kind, q, (static_cast<double>(k) - static_cast<double>(n)) * perPoint);
        return tables.size() - 1;
    };
    constexpr double kShelfQ = 0.70710678118654752;
    std::vector<std::size_t> bellTables;
    for (const double q : kEqChangeQs)
        bellTables.push_back(tabled(EqShapeKind::Bell, q));
    const std::size_t lowShelf = tabled(EqShapeKind::LowShelf, kShelfQ);
    const std::size_t highShelf = tabled(EqShapeKind::HighShelf, kShelfQ);
    auto column = [&](const Shape& s) {
        std::vector<double> c(points.size());
        const std::vector<double>& t = tables[s.table];
        for (std::size_t p = 0; p < points.size(); ++p)
            c[p] = t[points[p] + n - s.centre];
        return c;
    };
    std::vector<Shape> candidates;
    for (std::size_t i = points.front(); i <= points.back(); ++i) {
        if (!(gridHz[i] >= kMinCentreHz && gridHz[i] <= kMaxCentreHz))  // NaN too
            continue;
        for (std::size_t b = 0; b < bellTables.size(); ++b)
            candidates.push_back({EqShapeKind::Bell, kEqChangeQs[b], bellTables[b], i});
        const bool high = gridHz[i] >= middleHz;
        candidates.push_back({high ? EqShapeKind::HighShelf : EqShapeKind::LowShelf, kShelfQ, high ? highShelf : lowShelf, i});
    }

    std::vector<Shape> chosen;
    std::vector<std::vector<double>> columns{std::vector<double>(points.size(), 1.0)};
    std::vector<double> gains{mean};
    // Each candidate's mean and centred sum of squares over the used points, once: they do not
    // depend on what is fitted.
    std::vector<double> candidateMean(candidates.size()), candidateNorm(candidates.size());
    for (std::size_t j = 0; j < candidates.size(); ++j) {
        const std::vector<double>& t = tables[candidates[j].table];
        const std::size_t shift = n - candidates[j].centre;
        double sum = 0.0, squares = 0.0;
        for (std::size_t p : points) {
            const double v = t[p + shift];
            sum += v;
            squares += v * v;
        }
        candidateMean[j] = sum / count;
        candidateNorm[j] = squares - sum * candidateMean[j];
    }
    // The candidate that explains most of `target`: the shape's part that the offset cannot
    // make (centred), projected on it.
    auto bestFor = [&](const std::vector<double>& target, double& explainedOut) -> const Shape* {
        const Shape* best = nullptr;
        explainedOut = 0.0;
        double targetSum = 0.0;
        for (double v : target)
            targetSum += v;
        for (std::size_t j = 0; j < candidates.size(); ++j) {
            if (candidateNorm[j] <= 1e-9)
                continue;
            const std::vector<double>& t = tables[candidates[j].table];
            const std::size_t shift = n - candidates[j].centre;
            double dot = 0.0;
            for (std::size_t p = 0; p < points.size(); ++p)
                dot += t[points[p] + shift] * target[p];
            // The projection of the target on the candidate's part the offset cannot make.
            const double cr = dot - candidateMean[j] * targetSum;
            const double explained = cr * cr / candidateNorm[j];
            if (explained > explainedOut) {
                explainedOut = explained;
                best = &candidates[j];
            }
        }
        return best;
    };
    // What the offset and the shapes but `skip` leave of y (skip = columns.size(): none).
    auto residualWithout = [&](const std::vector<std::vector<double>>& cols, const std::vector<double>& g, std::size_t skip) {
        std::vector<double> r(y.size());
        for (std::size_t p = 0; p < y.size(); ++p) {
            double model = 0.0;
            for (std::size_t k = 0; k < cols.size(); ++k)
                if (k != skip)
                    model += g[k] * cols[k][p];
            r[p] = y[p] - model;
        }
        return r;
    };
    double left = total;
    while (chosen.size() < maxShapes) {
        double explained = 0.0;
        const Shape* best = bestFor(residualWithout(columns, gains, columns.size()), explained);
        if (best == nullptr || explained < minShare * total)
            break;
        // All gains again, jointly: overlapping shapes share what they explain.
        std::vector<std::vector<double>> trial = columns;
        trial.push_back(column(*best));
        std::vector<double> solved;
        if (!solveGains(trial, y, solved) || std::abs(solved.back()) < minGainDb)
            break;
        chosen.push_back(*best);
        columns = std::move(trial);
        gains = std::move(solved);
        // Each shape found so far looked for again against what the others leave (a shape
        // chosen beside a larger one's skirt is placed where the two together fit best).
        for (int pass = 0; pass < 2 && chosen.size() >= 2; ++pass) {
            for (std::size_t k = 0; k < chosen.size(); ++k) {
                double unused = 0.0;
                const Shape* again = bestFor(residualWithout(columns, gains, k + 1), unused);
                if (again == nullptr)
                    continue;
                std::vector<std::vector<double>> refit = columns;
                refit[k + 1] = column(*again);
                std::vector<double> g;
                if (!solveGains(refit, y, g))
                    continue;
                chosen[k] = *again;
                columns = std::move(refit);
                gains = std::move(g);
            }
        }
        left = 0.0;
        for (double r : residualWithout(columns, gains, columns.size()))
            left += r * r;
    }
    out.offsetDb = gains.front();
    out.explained = std::clamp(1.0 - left / total, 0.0, 1.0);
    out.residualDb = std::sqrt(left / count);
    for (std::size_t k = 0; k < chosen.size(); ++k)
        out.shapes.push_back({chosen[k].kind, gridHz[chosen[k].centre], chosen[k].q, gains[k + 1]});
    std::sort(out.shapes.begin(), out.shapes.end(),
              [](const EqShapeFit& a, const EqShapeFit& b) { return std::abs(a.gainDb) > std::abs(b.gainDb); });
    return out;
}

}  // namespace stemwise::core
