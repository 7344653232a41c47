// The report's PDF (see reportpdf.h): its pages, laid out in points (1/72 inch) on A4 with
// the page and its primitives (canvas.h), the charts (reportcharts.h) and the report's words
// and numbers (reporttext.h). Its words are tr() texts (context "ReportPdf") and core's texts
// are composed by CoreText, numbers through formatNumber(): in the UI's language once
// installTranslations() ran, and byte for byte English on the command line, which installs no
// translator.
#include "pdf/reportpdf.h"

#include "pdf/canvas.h"
#include "pdf/reportcharts.h"
#include "pdf/reporttext.h"

#include "coretext.h"
#include "suggestionspanel.h"

#include "analysis/sessiontempo.h"
#include "analysis/trackanalysis.h"
#include "util/safefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace stemwise::ui {

QString pdfName(const QString& name, const QFont& font, const QPaintDevice* device, double width)
{
    // Explicit direction controls in a file name (U+202E right-to-left override, embeddings,
    // isolates) would reorder the rest of the line: dropped. The name is then isolated
    // (U+2068 first-strong isolate … U+2069 pop), so a Hebrew or Arabic name reads right to
    // left inside its cell without moving what stands beside it.
    QString clean;
    clean.reserve(name.size());
    for (const QChar ch : name) {
        const char16_t u = ch.unicode();
        const bool control = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F || u == 0x061C;
        if (!control && ch.category() != QChar::Other_Control)
            clean += ch;
    }
    // Too long for its cell: the middle goes, so the start and the end (often "… take 3.wav")
    // stay readable; the JSON keeps the whole name.
    if (width > 0.0)
        clean = QFontMetricsF(font, device).elidedText(clean, Qt::ElideMiddle, width);
    return QChar(0x2068) + clean + QChar(0x2069);
}

namespace {

using core::OptDouble;
using namespace pdf;

QString elideName(const Canvas& c, const std::string& name, double width, double sizePt)
{
    return pdfName(qs(name), c.font(sizePt), c.p.device(), width);
}

// --- pages --------------------------------------------------------------------------------

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    /// `totalPages`: what "Page n of N" says (0 on the pass that counts them, pageCount()).
    ReportWriter(const core::SessionReport& report, QPdfWriter& writer, QPainter& painter, int totalPages)
        : r(report), w(writer), c(painter), pages(totalPages)
    {
    }

    [[nodiscard]] int pageCount() const { return page; }

    void run()
    {
        cover();
        summary();
        sectionsPage();
        for (std::size_t i = 0; i < r.tracks.size(); ++i)
            trackPage(i);
        for (const auto& comparison : r.comparisons)
            comparisonPage(comparison);
    }

private:
    // Where a page's content starts below its running heading, and where it must end above
    // the footer.
    static constexpr double kTop = 50.0;
    static constexpr double kBottom = kFooterY - 10.0;

    [[nodiscard]] static bool fits(double y, double need) { return y + need <= kBottom; }

    // Nothing is cut: what does not fit goes on to a continuation page whose running heading
    // is `running` and whose first heading is `section`, both marked "(continued)".
    void continuation(double& y, const QString& running, const QString& section = {})
    {
        newPage(tr("%1 (continued)").arg(running));
        y = kTop;
        if (!section.isEmpty())
            c.heading(y, tr("%1 (continued)").arg(section));
    }

    void newPage(const QString& heading)
    {
        if (page > 0)
            w.newPage();
        ++page;
        if (!heading.isEmpty()) {
            c.text(QRectF(kMargin, 22, kContentW * 0.7, 12), heading, 7.5, false, Qt::AlignLeft | Qt::AlignVCenter,
                   QColor(80, 80, 80));
            c.text(QRectF(kMargin + kContentW * 0.5, 22, kContentW * 0.5, 12), qs(r.title), 7.5, false,
                   Qt::AlignRight | Qt::AlignVCenter, QColor(80, 80, 80));
            c.line(kMargin, 35, kMargin + kContentW, 35, 0.4, Qt::SolidLine, QColor(120, 120, 120));
        }
        c.line(kMargin, kFooterY - 4, kMargin + kContentW, kFooterY - 4, 0.4, Qt::SolidLine, QColor(120, 120, 120));
        c.text(QRectF(kMargin, kFooterY, kContentW * 0.7, 12),
               tr("Stemwise %1 · report generated %2").arg(qs(r.appVersion), generatedText()), 7.0, false,
               Qt::AlignLeft | Qt::AlignVCenter, QColor(60, 60, 60));
        c.text(QRectF(kMargin + kContentW * 0.5, kFooterY, kContentW * 0.5, 12),
               tr("Page %1 of %2").arg(page).arg(pages), 7.0, false, Qt::AlignRight | Qt::AlignVCenter,
               QColor(60, 60, 60));
    }

    QString generatedText() const
    {
        // ISO 8601 "2026-11-24T02:10:00.000Z" -> "2026-11-24 02:10 UTC"
        QString s = qs(r.generatedAt);
        if (s.size() >= 16)
            s = s.left(10) + QLatin1Char(' ') + s.mid(11, 5) + QStringLiteral(" UTC");
        return s;
    }

    void cover()
    {
        newPage({});
        double y = 100;
        c.text(QRectF(kMargin, y, kContentW, 20), tr("STEMWISE SESSION REPORT"), 11, true);
        y += 26;
        y += c.text(QRectF(kMargin, y, kContentW, 80), qs(r.title), 26, true);
        y += 8;
        c.line(kMargin, y, kMargin + 120, y, 2.0);
        y += 24;
        int issues = 0;
        for (const auto& t : r.tracks)
            issues += static_cast<int>(t.issues.size());
        // The session's tempo and key: as the suggestions used them, else decided from the
        // tracks the same way (analysis/sessiontempo.h), so the PDF says what the window says.
        core::ContextUsed used;
        if (r.suggestions) {
            used = r.suggestions->context;
        } else {
            const core::SessionTempoKey session = core::decideSessionTempoKey(r.tracks);
            used.tempoBpm = session.tempo.bpm;
            used.tempoSourceText = core::sessionSourceText(session.tempo.source, session.tempo.tracks);
            used.tempoTracks = session.tempo.tracks;
            used.key = session.key.key;
            used.keySourceText = core::sessionSourceText(session.key.source, session.key.tracks);
            used.keyTracks = session.key.tracks;
        }
        QString tempo = QStringLiteral("—");
        QString key = QStringLiteral("—");
        QString genre = tr("not set");
        if (used.tempoBpm)
            tempo = tr("%1 BPM, %2").arg(formatNumber(*used.tempoBpm, 1), CoreText::text(used.tempoSourceText, used.tempoSource));
        if (used.key)
            key = tr("%1, %2").arg(CoreText::key(*used.key), CoreText::text(used.keySourceText, used.keySource));
        if (used.genre)
            genre = used.genreSource == "estimated" ? tr("%1 (estimated)").arg(qs(*used.genre)) : qs(*used.genre);
        QString headroom = QStringLiteral("—");
        if (r.suggestions && r.suggestions->summedTruePeakDbtp) {
            const double tp = *r.suggestions->summedTruePeakDbtp;
            const QString how = r.suggestions->summedTruePeakMeasured ? tr("measured on the sum") : tr("upper bound");
            headroom = tp > 0.0 ? tr("none: the sum clips by %1 dB (true peak %2 dBTP, %3)")
                                      .arg(formatNumber(tp, 1), signedNumber(tp, 1), how)
                                : tr("%1 dB (summed true peak %2 dBTP, %3)")
                                      .arg(formatNumber(-tp, 1), signedNumber(tp, 1), how);
        }
        const std::vector<std::pair<QString, QString>> facts{
            {tr("Date"), generatedText()},
            {tr("Tracks"), r.errors.empty() ? QString::number(r.tracks.size())
                                             : tr("%1 (%2 more not analysed: listed below)").arg(r.tracks.size()).arg(r.errors.size())},
            {tr("Length"), tr("%1 s (longest track)").arg(formatNumber(r.totalDurationS(), 1))},
            {tr("Tempo"), tempo},
            {tr("Key"), key},
            {tr("Genre"), genre},
            {tr("Headroom of the sum"), headroom},
            {tr("Issues found"), QString::number(issues)},
            {tr("Made with"), QStringLiteral("Stemwise %1").arg(qs(r.appVersion))},
        };
        for (const auto& [k, v] : facts) {
            c.text(QRectF(kMargin, y, 136, 14), k, c.fittedSize(k, 136, 10, true), true);
            y += std::max(14.0, c.text(QRectF(kMargin + 140, y, kContentW - 140, 40), v, 10));
            y += 3;
        }
        y += 20;
        c.heading(y, tr("Tracks"));
        for (std::size_t i = 0; i < r.tracks.size(); ++i) {
            if (!fits(y, 15))
                continuation(y, tr("Tracks"), tr("Tracks"));
            const auto& t = r.tracks[i];
            c.text(QRectF(kMargin, y, 200, 13), QStringLiteral("%1. %2").arg(i + 1).arg(elideName(c, t.name, 180, 9.5)),
                9.5, true, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
            const QString line = tr("%1 · %2 · %3 Hz, %4 ch · %5 s")
                                     .arg(CoreText::trackType(t.type),
                                         // a long file name is elided, never pushes the line out of its cell
                                         pdfName(qs(t.file.path.filename().string()), c.font(8.5), c.p.device(),
                                             (kContentW - 200) * 0.5),
                                          formatNumber(t.file.format.sampleRateHz, 0))
                                     .arg(t.file.format.channels)
                                     .arg(formatNumber(t.file.format.durationS(), 1));
            c.text(QRectF(kMargin + 200, y, kContentW - 200, 13), line, c.fittedSize(line, kContentW - 200, 8.5), false,
                   Qt::AlignLeft | Qt::AlignVCenter);
            y += 15;
        }
        // The files named that could not be analysed, with the reason: a report that left a stem
        // out without a word would read as the whole session.
        if (!r.errors.empty()) {
            y += 10;
            if (!fits(y, 40))
                continuation(y, tr("Not analysed"), tr("Not analysed"));
            c.heading(y, tr("Not analysed"));
            for (const core::PathError& e : r.errors) {
                const QString name = pdfName(qs(e.path.filename().string()), c.font(9.5), c.p.device(), 190);
                const QString why = CoreText::fileError(core::fileErrorCode(core::Error{e.error}), qs(e.error));
                const double h = std::max(13.0, c.textHeight(kContentW - 200, why, 8.5));
                if (!fits(y, h + 2))
                    continuation(y, tr("Not analysed"), tr("Not analysed"));
                c.text(QRectF(kMargin, y, 200, 13), name, 9.5, true, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
                c.text(QRectF(kMargin + 200, y, kContentW - 200, h), why, 8.5);
                y += h + 2;
            }
        }
        y += 16;
        // Under the list where it fits, else at the top of the summary, whose tables it is
        // about: never a page of its own for three lines.
        if (fits(y, unitsNoteHeight()))
            unitsNote(y);
        else
            unitsNoteLeft = true;
    }

    QString unitsNoteText() const
    {
        return tr("Loudness follows ITU-R BS.1770-4 / EBU R128 (LUFS, LU); true peak is 4× oversampled "
                  "(dBTP). Band levels are in dB re full scale; differences are in dB. Figures that do "
                  "not apply to a track are shown as —. The same figures are in the JSON report "
                  "(schema stemwise.report/1).");
    }

    double unitsNoteHeight() const { return c.textHeight(kContentW, unitsNoteText(), 8); }

    void unitsNote(double& y)
    {
        const double h = unitsNoteHeight();
        c.text(QRectF(kMargin, y, kContentW, h + 2), unitsNoteText(), 8, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QColor(60, 60, 60));
        y += h;
    }

    // A table at 7.5 pt from y on: as many rows as fit under the header on each page, the
    // header again on the next; `section` the heading its continuation pages repeat.
    void pagedTable(double& y, const QString& running, const QString& section, const std::vector<double>& widths,
                    const QStringList& header, const std::vector<QStringList>& rows)
    {
        const double rowH = 7.5 * 1.65;  // table()'s row height at 7.5 pt
        for (std::size_t done = 0; done < rows.size();) {
            const auto room = static_cast<std::size_t>(std::max(0.0, std::floor((kBottom - y) / rowH)));
            if (room < 2) {
                continuation(y, running, section);
                continue;
            }
            const std::size_t take = std::min(rows.size() - done, room - 1);
            const std::vector<QStringList> part(rows.begin() + static_cast<std::ptrdiff_t>(done),
                                                rows.begin() + static_cast<std::ptrdiff_t>(done + take));
            y += table(c, kMargin, y, widths, header, part, 7.5, 2);
            done += take;
            if (done < rows.size())
                continuation(y, running, section);
        }
    }

    void summary()
    {
        const QString running = tr("Session summary");
        newPage(running);
        double y = kTop;
        if (unitsNoteLeft) {
            unitsNote(y);
            y += 14;
        }
        c.heading(y, tr("Key figures"));
        std::vector<QStringList> rows;
        for (const auto& t : r.tracks)
            rows.push_back({elideName(c, t.name, 118, 7.5), elide(c, CoreText::trackType(t.type), 51, 7.5),
                            number(t.loudness.integratedLufs, 1), number(t.loudness.truePeakDbtp, 1),
                            number(t.loudness.lraLu, 1), number(t.dynamics.crestDb, 1), number(t.stereo.width, 2),
                            formatNumber(t.qualityScore, 0), QString::number(t.issues.size())});
        pagedTable(y, running, tr("Key figures"), {122, 55, 58, 58, 44, 46, 44, 44, 44},
                   {tr("Track"), tr("Type"), QStringLiteral("LUFS"), QStringLiteral("dBTP"), QStringLiteral("LRA LU"),
                    QStringLiteral("Crest dB"), tr("Width"), tr("Score"), tr("Issues")},
                   rows);
        y += 16;

        const QString bands = tr("Band balance (share of each track's energy, %)");
        if (!fits(y, 21 + 16 + 15 * 2))
            continuation(y, running);
        c.heading(y, bands);
        heatMap(y, running, bands);
        y += 14;

        if (r.suggestions && r.tracks.size() >= 2) {
            const QString masking = tr("Masking (both active in a band; severity 0–1, the worst band)");
            if (!fits(y, 21 + 13 + 20 * 2))
                continuation(y, running);
            c.heading(y, masking);
            maskingMatrix(y, running, masking);
            y += 14;
        }

        if (!fits(y, 21 + 70))
            continuation(y, running);
        c.heading(y, tr("Headroom of the summed stems"));
        y += headroomBar(y);
        y += 12;

        const auto list = r.sessionSuggestions();
        if (!list.empty()) {
            if (!fits(y, 21 + 40))
                continuation(y, running);
            c.heading(y, tr("Session suggestions"));
            suggestionList(y, list, running, tr("Session suggestions"));
        }
    }

    // The song's sections (issue 19): how they were found, a row each with the figures of the
    // stems summed, what changes from one to the next, and each boundary's evidence. For a
    // session of stems, or a mix alone divided by its own changes.
    void sectionsPage()
    {
        const core::SessionSections s = core::sessionSectionsOf(r);
        if ((s.stems == 0 && !s.fromMix) || s.sections.empty())
            return;
        const QString running = tr("Sections");
        newPage(running);
        double y = kTop;
        c.heading(y, tr("Sections of the song"));
        QString how;
        const auto count = static_cast<qlonglong>(s.sections.size());
        if (s.fromSession)
            how = tr("Sections: %1, bounded by the DAW session's markers.").arg(count);
        else if (s.fromMix && s.tempoBpm)
            how = tr("Sections: %1, found where the mix's harmony, timbre or level changes, snapped to the bars of %2 BPM.")
                      .arg(count)
                      .arg(formatNumber(*s.tempoBpm, 1));
        else if (s.fromMix)
            how = tr("Sections: %1, found where the mix's harmony, timbre or level changes (no tempo: not snapped to bars).").arg(count);
        else if (s.tempoBpm)
            how = tr("Sections: %1, found where the %2 stems enter, leave or change level, snapped to the bars of %3 BPM.")
                      .arg(count)
                      .arg(s.stems)
                      .arg(formatNumber(*s.tempoBpm, 1));
        else
            how = tr("Sections: %1, found where the %2 stems enter, leave or change level (no tempo: not snapped to bars).")
                      .arg(count)
                      .arg(s.stems);
        y += c.text(QRectF(kMargin, y, kContentW, 30), how, 8.5) + 6;
        std::vector<QStringList> rows;
        for (const core::Section& sec : s.sections) {
            const OptDouble low = core::lowEndLevelDb(sec);
            rows.push_back({QString::number(sec.index), elideName(c, CoreText::text(sec.nameText, sec.name).toStdString(), 76, 7.5),
                            qs(sec.group), QStringLiteral("%1–%2").arg(formatNumber(sec.startS, 1), formatNumber(sec.endS, 1)),
                            number(sec.loudnessLufs, 1), number(sec.shortTermMaxLufs, 1), number(sec.lraLu, 1), number(low, 1),
                            sec.key ? CoreText::key(*sec.key) : QStringLiteral("–"), QString::number(sec.stems.size())});
        }
        pagedTable(y, running, tr("Sections of the song"), {20, 80, 30, 70, 48, 50, 40, 52, 70, 36},
                   {QStringLiteral("#"), tr("Section"), tr("Group"), tr("Time s"), QStringLiteral("LUFS"), tr("Max LUFS"),
                    QStringLiteral("LRA LU"), tr("Low end dB"), tr("Key"), tr("Stems")},
                   rows);
        y += 6;
        const QString note = tr("The stems summed as powers: loudness gated as BS.1770-4, loudness range as EBU Tech 3342, "
                                "on the short-term values inside each section; low end = 20–250 Hz, dB re full scale.")
                             + QLatin1Char(' ')
                             + tr("Key: from the stems' chroma over the section, each stem weighted by how tonal it is; – when not clear.");
        y += c.text(QRectF(kMargin, y, kContentW, 30), note, 7, false, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    QColor(60, 60, 60)) + 10;
        // Why the named sections are named so (core/analysis/sectionnames.h).
        const QString named = tr("Why the sections are named so");
        bool namedHeading = false;
        for (const core::Section& sec : s.sections) {
            if (!sec.roleConfidence)
                continue;
            QStringList why;
            for (const core::Text& clause : sec.roleEvidence)
                why << CoreText::text(clause);
            const QString line = tr("%1 (confidence %2 %): %3")
                                     .arg(CoreText::text(sec.nameText, sec.name), formatNumber(100.0 * *sec.roleConfidence, 0),
                                          why.join(QStringLiteral("; ")));
            if (!namedHeading) {
                if (!fits(y, 21 + 14))
                    continuation(y, running);
                c.heading(y, named);
                namedHeading = true;
            }
            if (!fits(y, c.textHeight(kContentW, line, 8)))
                continuation(y, running, named);
            y += c.text(QRectF(kMargin, y, kContentW, 40), line, 8) + 2;
        }
        if (namedHeading)
            y += 8;
        const QString changes = tr("From one section to the next");
        if (!fits(y, 21 + 14))
            continuation(y, running);
        c.heading(y, changes);
        if (s.findings.empty())
            y += c.text(QRectF(kMargin, y, kContentW, 14), tr("Nothing to report."), 8.5) + 4;
        for (const core::SectionFinding& f : s.findings) {
            const QString line = CoreText::text(f.text, f.message);
            if (!fits(y, c.textHeight(kContentW, line, 8.5)))
                continuation(y, running, changes);
            y += c.text(QRectF(kMargin, y, kContentW, 40), line, 8.5) + 3;
        }
        y += 10;
        const QString boundaries = tr("Boundaries and what changed");
        if (!fits(y, 21 + 14))
            continuation(y, running);
        c.heading(y, boundaries);
        for (const core::SectionBoundary& b : s.boundaries) {
            QStringList why;
            for (const core::Text& clause : core::boundaryEvidence(b))
                why << CoreText::text(clause);
            QString where = tr("%1 s").arg(formatNumber(b.timeS, 1));
            if (b.fromSession && !b.marker.empty())
                where += QStringLiteral(" ") + qs(b.marker);
            const QString line = why.isEmpty() ? where : tr("%1: %2").arg(where, why.join(QStringLiteral("; ")));
            if (!fits(y, c.textHeight(kContentW, line, 8)))
                continuation(y, running, boundaries);
            y += c.text(QRectF(kMargin, y, kContentW, 60), line, 8) + 2;
        }
    }

    // The band heat map from y on, a row a track; its band header again on each page it takes.
    void heatMap(double& y, const QString& running, const QString& section)
    {
        const double nameW = 120;
        const double cellW = (kContentW - nameW) / static_cast<double>(core::kBandCount);
        const double cellH = 15;
        auto header = [&](double top) {
            for (std::size_t b = 0; b < core::kBandCount; ++b) {
                const QString name = bandShort(b);
                c.text(QRectF(kMargin + nameW + b * cellW, top, cellW, 10), name, c.fittedSize(name, cellW - 2, 7, true),
                       true, Qt::AlignHCenter | Qt::AlignVCenter);
                c.text(QRectF(kMargin + nameW + b * cellW, top + 9, cellW, 10),
                       QStringLiteral("%1–%2 Hz").arg(hzLabel(core::kBands[b].lowHz), hzLabel(core::kBands[b].highHz)),
                       6, false, Qt::AlignHCenter | Qt::AlignVCenter, QColor(60, 60, 60));
            }
        };
        header(y);
        double ry = y + 21;
        for (const auto& t : r.tracks) {
            if (!fits(ry, cellH)) {
                continuation(ry, running, section);
                header(ry);
                ry += 21;
            }
            c.text(QRectF(kMargin, ry, nameW - 4, cellH), elideName(c, t.name, nameW - 6, 7.5), 7.5, false,
                   Qt::AlignLeft | Qt::AlignVCenter);
            for (std::size_t b = 0; b < core::kBandCount; ++b) {
                const double share = t.spectrum.bands[b].share;
                const int grey = 255 - static_cast<int>(std::lround(std::clamp(share / 0.6, 0.0, 1.0) * 200.0));
                const QRectF cell(kMargin + nameW + b * cellW, ry, cellW, cellH);
                c.p.setPen(QPen(Qt::white, 1.0));
                c.p.setBrush(QColor(grey, grey, grey));
                c.p.drawRect(cell);
                c.text(cell, formatNumber(share * 100.0, 0), 7, share > 0.25, Qt::AlignCenter,
                       grey < 130 ? Qt::white : Qt::black);
            }
            ry += cellH;
        }
        y = ry;
    }

    // The masking matrix from y on, a row a track; its column names again on each page.
    void maskingMatrix(double& y, const QString& running, const QString& section)
    {
        const std::size_t n = r.tracks.size();
        const double nameW = 120;
        const double cellW = std::min(70.0, (kContentW - nameW) / static_cast<double>(n));
        const double cellH = 20;
        // Too narrow for names (about ten tracks and more): the columns carry the tracks'
        // numbers, each row its number and name, as the window's matrix does.
        const bool numbered = cellW < 40.0;
        // Narrow cells drop a severity's leading zero (".33"), so that neighbours never run together.
        const bool compact = cellW < 26.0;
        auto header = [&](double top) {
            for (std::size_t j = 0; j < n; ++j) {
                const QString label = numbered ? QString::number(j + 1) : elideName(c, r.tracks[j].name, cellW - 2, 6.5);
                c.text(QRectF(kMargin + nameW + j * cellW, top, cellW, 12), label, c.fittedSize(label, cellW - 1, 6.5, true),
                       true, Qt::AlignHCenter | Qt::AlignVCenter);
            }
        };
        header(y);
        double ry = y + 13;
        for (std::size_t i = 0; i < n; ++i) {
            if (!fits(ry, cellH)) {
                continuation(ry, running, section);
                header(ry);
                ry += 13;
            }
            if (numbered) {
                c.text(QRectF(kMargin, ry, 16, cellH), QString::number(i + 1), 7.5, true, Qt::AlignRight | Qt::AlignVCenter);
                c.text(QRectF(kMargin + 20, ry, nameW - 24, cellH), elideName(c, r.tracks[i].name, nameW - 26, 7.5), 7.5,
                       false, Qt::AlignLeft | Qt::AlignVCenter);
            } else {
                c.text(QRectF(kMargin, ry, nameW - 4, cellH), elideName(c, r.tracks[i].name, nameW - 6, 7.5), 7.5, false,
                       Qt::AlignLeft | Qt::AlignVCenter);
            }
            for (std::size_t j = 0; j < n; ++j) {
                const QRectF cell(kMargin + nameW + j * cellW, ry, cellW, cellH);
                c.p.setPen(QPen(Qt::white, 1.0));
                if (i == j) {
                    c.p.setBrush(QColor(120, 120, 120));
                    c.p.drawRect(cell);
                    continue;
                }
                const core::MaskingCell* worst = nullptr;
                for (const auto& m : r.suggestions->masking)
                    if (((m.first == i && m.second == j) || (m.first == j && m.second == i))
                        && (worst == nullptr || m.severity > worst->severity))
                        worst = &m;
                const double sev = worst ? worst->severity : 0.0;
                const int grey = 255 - static_cast<int>(std::lround(std::clamp(sev, 0.0, 1.0) * 190.0));
                c.p.setBrush(QColor(grey, grey, grey));
                c.p.drawRect(cell);
                const QColor ink = grey < 130 ? Qt::white : Qt::black;
                if (worst) {
                    QString value = formatNumber(sev, 2);
                    if (compact && value.startsWith(QLatin1Char('0')))
                        value = value.mid(1);
                    c.text(QRectF(cell.left(), cell.top() + 1, cell.width(), 10), value,
                           c.fittedSize(value, cell.width() - 2, 7, true), true, Qt::AlignHCenter | Qt::AlignVCenter, ink);
                    const QString name = bandShort(static_cast<std::size_t>(worst->band));
                    c.text(QRectF(cell.left(), cell.top() + 10, cell.width(), 9), name,
                           c.fittedSize(name, cell.width() - 2, 6), false,
                           Qt::AlignHCenter | Qt::AlignVCenter, ink);
                } else {
                    c.text(cell, QStringLiteral("–"), 7, false, Qt::AlignCenter, ink);
                }
            }
            ry += cellH;
        }
        y = ry;
    }

    double headroomBar(double y)
    {
        const OptDouble tp = r.suggestions ? r.suggestions->summedTruePeakDbtp : std::nullopt;
        if (!tp) {
            c.text(QRectF(kMargin, y, kContentW, 12), tr("Not measured (no track has a true peak)."), 8.5);
            return 14;
        }
        const bool measured = r.suggestions->summedTruePeakMeasured;
        const QString words =
            tr("The stems summed at unity gain peak at %1 dBTP (%2): %3.")
                .arg(signedNumber(tp, 1),
                     measured ? tr("measured on the sum") : tr("an upper bound from the tracks"),
                     *tp > 0.0 ? tr("the mix bus would clip by %1 dB; lower the faders or the bus")
                                     .arg(formatNumber(*tp, 1))
                               : tr("%1 dB of headroom").arg(formatNumber(-*tp, 1)));
        const double h = c.text(QRectF(kMargin, y, kContentW, 30), words, 8.5);
        const double by = y + h + 6;
        const QRectF bar(kMargin + 30, by, kContentW - 60, 10);
        const double lo = -30.0;
        const double hi = 6.0;
        auto xOf = [&](double db) { return bar.left() + bar.width() * (std::clamp(db, lo, hi) - lo) / (hi - lo); };
        c.p.setPen(QPen(Qt::black, 0.5));
        c.p.setBrush(QColor(225, 225, 225));
        c.p.drawRect(bar);
        c.p.setBrush(QColor(110, 110, 110));
        c.p.drawRect(QRectF(bar.left(), bar.top(), xOf(*tp) - bar.left(), bar.height()));
        c.line(xOf(0.0), bar.top() - 3, xOf(0.0), bar.bottom() + 3, 1.5);
        for (double db = lo; db <= hi + 1e-9; db += 6.0)
            c.text(QRectF(xOf(db) - 15, bar.bottom() + 2, 30, 9), shortNumber(db), 6.5, false,
                   Qt::AlignHCenter | Qt::AlignTop);
        c.text(QRectF(bar.right() + 4, bar.top(), 30, 10), QStringLiteral("dBTP"), 6.5, false,
               Qt::AlignLeft | Qt::AlignVCenter);
        return h + 6 + 10 + 12;
    }

    QString ratingText(const core::Suggestion& s) const
    {
        const auto it = r.ratings.find(s.storeId);
        if (it != r.ratings.end())
            return tr("rated: %1").arg(feedbackText(it->second));
        return s.storeId > 0 ? tr("not rated (id %1)").arg(s.storeId) : tr("not rated");
    }

    // Every suggestion of `list`, on as many pages as they take.
    void suggestionList(double& y, const std::vector<const core::Suggestion*>& list, const QString& running,
                        const QString& section)
    {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const core::Suggestion& s = *list[i];
            const QString title = QStringLiteral("%1. %2").arg(i + 1).arg(CoreText::suggestionTitle(s));
            const QString meta = tr("%1 · priority %2 · confidence %3 % · %4")
                                     .arg(CoreText::suggestionType(s.type))
                                     .arg(s.priority)
                                     .arg(std::lround(s.confidence * 100.0))
                                     .arg(ratingText(s));
            const QString why = CoreText::suggestionReasoning(s);
            // The gain plan's title names no move: its moves are its lines, one per stem, and the
            // common move of every fader (as the workspace lists them).
            const CoreText::GainPlanMoves plan = CoreText::gainPlanMoves(s);
            QStringList moves;
            for (const QString& line : plan.lines)
                moves << QStringLiteral("• ") + line;
            if (!plan.common.isEmpty())
                moves << plan.common;
            // Every other move's settings, as the workspace's table shows them (a side-chain's
            // threshold, ratio, attack and release are not in its title).
            if (moves.isEmpty() && !s.parameters.empty()) {
                QStringList settings;
                for (const auto& parameter : s.parameters) {
                    const QString name = CoreText::parameterName(parameter.key);
                    const QString value = SuggestionsPanel::engineerNotation(parameter);
                    // "Q 2.8" names itself.
                    settings << (value.startsWith(name + QLatin1Char(' ')) ? value : name + QLatin1Char(' ') + value);
                }
                moves << tr("Settings: %1").arg(settings.join(QStringLiteral(" · ")));
            }
            double howHeight = 0.0;
            for (const QString& line : moves)
                howHeight += c.textHeight(kContentW - 10, line, 7.5);
            const double whyHeight = c.textHeight(kContentW - 10, why, 7.5);
            const double need = c.textHeight(kContentW, title, 8.5, true) + 11 + howHeight + 2 + whyHeight;
            if (!fits(y, need))
                continuation(y, running, section);
            y += c.text(QRectF(kMargin, y, kContentW, 40), title, 8.5, true);
            y += c.text(QRectF(kMargin + 10, y, kContentW - 10, 11), meta, 7, false, Qt::AlignLeft | Qt::AlignTop,
                        QColor(60, 60, 60));
            // Line by line: a plan of many stems goes on over the page's foot.
            for (const QString& line : moves) {
                const double height = c.textHeight(kContentW - 10, line, 7.5);
                if (!fits(y, height))
                    continuation(y, running, section);
                y += c.text(QRectF(kMargin + 10, y, kContentW - 10, height + 10), line, 7.5);
            }
            if (!moves.isEmpty())
                y += 2;
            if (!fits(y, whyHeight))
                continuation(y, running, section);
            y += c.text(QRectF(kMargin + 10, y, kContentW - 10, 200), why, 7.5);
            y += 5;
        }
    }

    void trackPage(std::size_t index)
    {
        const core::TrackProfile& t = r.tracks[index];
        newPage(tr("Track %1 of %2").arg(index + 1).arg(r.tracks.size()));
        // A continuation page names the track in its running heading.
        const QString running = tr("Track %1 of %2").arg(index + 1).arg(r.tracks.size()) + QStringLiteral(": ")
                                + elideName(c, t.name, kContentW * 0.4, 7.5);
        double y = 44;
        c.text(QRectF(kMargin, y, kContentW, 26), elideName(c, t.name, kContentW, 18), 18, true,
            Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
        y += 26;
        y += c.text(QRectF(kMargin, y, kContentW, 12),
                    tr("%1 (%2) · %3 · %4 Hz, %5, %6 · %7 s")
                        .arg(CoreText::trackType(t.type), typeSourceText(t.typeSource),
                             pdfName(qs(t.file.path.filename().string()), c.font(8), c.p.device(), kContentW * 0.45),
                             formatNumber(t.file.format.sampleRateHz, 0),
                             t.file.format.channels == 1 ? tr("1 channel")
                                                         : tr("%1 channels").arg(t.file.format.channels),
                             qs(t.file.encoding), formatNumber(t.file.format.durationS(), 1)),
                    8, false, Qt::AlignLeft | Qt::AlignTop, QColor(60, 60, 60));
        y += 14;
        c.text(QRectF(kMargin, y, kContentW, 10),
               tr("Long-term average spectrum (smoothed over 1/5 octave)"), 8, true);
        y += 22;
        spectrumChart(c, QRectF(kMargin, y, kContentW, 150),
                      {{&t.spectrum.ltasFrequencyHz, &t.spectrum.ltasDb, Qt::SolidLine, 1.0, QString()}});
        y += 156;
        const double half = (kContentW - 20) / 2;
        bandBars(c, QRectF(kMargin, y, half, 128), t);
        loudnessChart(c, QRectF(kMargin + half + 20, y, half, 128), t);
        y += 138;

        // Figures: two columns of label / value.
        c.heading(y, tr("Figures"));
        // The registry's figures with the PDF role (analysis/figures.h), then the key.
        std::vector<std::pair<QString, QString>> figures;
        for (const core::Figure* f : core::figuresWith(core::FigureRole::Pdf)) {
            const std::string unit(f->unit);
            figures.emplace_back(CoreText::figureHeading(*f), f->stereoOnly && !t.stereo.isStereo
                                                                  ? tr("mono")
                                                                  : number(f->get(t), f->decimals, unit.c_str()));
        }
        figures.emplace_back(tr("Key, this track"), t.tonal.key ? CoreText::key(*t.tonal.key) : QStringLiteral("—"));
        const std::size_t perColumn = (figures.size() + 1) / 2;
        for (std::size_t i = 0; i < figures.size(); ++i) {
            const double x = kMargin + (i < perColumn ? 0.0 : half + 20);
            const double fy = y + static_cast<double>(i % perColumn) * 11.5;
            // The registry's labels are words, not abbreviations: they get most of the column.
            c.text(QRectF(x, fy, 172, 11), figures[i].first, c.fittedSize(figures[i].first, 170, 8), false,
                   Qt::AlignLeft | Qt::AlignVCenter);
            c.text(QRectF(x + 172, fy, half - 172, 11), figures[i].second, 8, true, Qt::AlignRight | Qt::AlignVCenter);
        }
        y += static_cast<double>(perColumn) * 11.5 + 8;

        // Issues (left) and the quality breakdown (right), side by side; what does not fit
        // goes on to a continuation page, both columns again from its top.
        const double x = kMargin + half + 20;
        std::size_t nextIssue = 0;
        std::size_t nextItem = 0;
        bool firstPage = true;
        if (!fits(y, 15 + 30))
            continuation(y, running);
        for (;;) {
            const bool issuesLeft = firstPage || nextIssue < t.issues.size();
            const bool itemsLeft = firstPage || nextItem < t.scoreBreakdown.size();
            double ly = y;
            double ry = y;
            if (issuesLeft) {
                c.text(QRectF(kMargin, ly, half, 14), firstPage ? tr("Issues") : tr("%1 (continued)").arg(tr("Issues")),
                       10, true);
                ly += 15;
            }
            if (itemsLeft) {
                const QString score = tr("Quality score: %1 / 100").arg(formatNumber(t.qualityScore, 0));
                c.text(QRectF(x, ry, half, 14), firstPage ? score : tr("%1 (continued)").arg(score), 10, true);
                ry += 15;
            }
            if (firstPage && t.issues.empty())
                ly += c.text(QRectF(kMargin, ly, half, 12), tr("None found."), 8);
            if (firstPage && t.scoreBreakdown.empty())
                ry += c.text(QRectF(x, ry, half, 12), tr("No deductions."), 8);
            for (; nextIssue < t.issues.size(); ++nextIssue) {
                const auto& issue = t.issues[nextIssue];
                const QString message = CoreText::issueMessage(issue);
                const double h = std::max(12.0, c.textHeight(half - 52, message, 7.5)) + 3;
                if (!fits(ly, h) && ly > y + 15)
                    break;
                const QString label = QStringLiteral("[%1]").arg(CoreText::severity(issue.severity).toUpper());
                c.text(QRectF(kMargin, ly, 50, 12), label, c.fittedSize(label, 50, 7, true), true);
                ly += c.text(QRectF(kMargin + 52, ly, half - 52, h), message, 7.5) + 3;
            }
            for (; nextItem < t.scoreBreakdown.size(); ++nextItem) {
                const auto& item = t.scoreBreakdown[nextItem];
                const QString words = CoreText::scoreItem(item);
                const double h = std::max(11.0, c.textHeight(half - 42, words, 7.5)) + 2;
                if (!fits(ry, h) && ry > y + 15)
                    break;
                c.text(QRectF(x, ry, 36, 11), signedNumber(item.points, 0), 7.5, true, Qt::AlignRight | Qt::AlignTop);
                ry += c.text(QRectF(x + 42, ry, half - 42, h), words, 7.5) + 2;
            }
            y = std::max(ly, ry) + 10;
            firstPage = false;
            if (nextIssue == t.issues.size() && nextItem == t.scoreBreakdown.size())
                break;
            continuation(y, running);
        }

        if (r.suggestions) {
            if (!fits(y, 21 + 40))
                continuation(y, running);
            c.heading(y, tr("Suggestions"));
            const auto list = r.suggestionsFor(index);
            if (list.empty())
                c.text(QRectF(kMargin, y, kContentW, 12), tr("No suggestions for this track."), 8);
            else
                suggestionList(y, list, running, tr("Suggestions"));
        }
    }

    void comparisonPage(const core::TrackComparison& cmp)
    {
        newPage(tr("Comparison"));
        double y = 44;
        y += c.text(QRectF(kMargin, y, kContentW, 44), tr("%1 vs %2").arg(qs(cmp.aName), qs(cmp.bName)), 16,
                    true);
        QString sub = tr("A = %1, B = %2. Differences are A − B").arg(qs(cmp.aName), qs(cmp.bName));
        if (cmp.loudnessOffsetDb)
            sub += tr("; loudness-matched: B moved by %1 dB").arg(signedNumber(cmp.loudnessOffsetDb, 1));
        if (!cmp.targetReferences.empty())
            sub += tr("; B is the mean of %1 references (grey: ±1 standard deviation)")
                       .arg(cmp.targetReferences.size());
        y += c.text(QRectF(kMargin, y, kContentW, 30), sub + QLatin1Char('.'), 8, false,
                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, QColor(60, 60, 60));
        y += 14;
        // Both spectra at equal loudness: A as measured, B moved by the offset.
        std::vector<double> bMatched = cmp.spectrum.bDb;
        for (double& v : bMatched)
            v += cmp.loudnessOffsetDb.value_or(0.0);
        spectrumChart(c, QRectF(kMargin, y, kContentW, 150),
                      {{&cmp.spectrum.frequencyHz, &cmp.spectrum.aDb, Qt::SolidLine, 1.0, QStringLiteral("A: ") + qs(cmp.aName)},
                       {&cmp.spectrum.frequencyHz, &bMatched, Qt::DashLine, 1.0,
                        tr("B: %1 (matched)").arg(qs(cmp.bName))}},
                      80.0, cmp.spectrum.spreadDb.empty() ? nullptr : &cmp.spectrum.spreadDb);
        y += 160;
        c.text(QRectF(kMargin, y, kContentW, 10), tr("Difference, loudness-matched"), 8, true);
        y += 22;
        differenceChart(c, QRectF(kMargin, y, kContentW, 100), cmp.spectrum.frequencyHz,
                        cmp.spectrum.matchedDifferenceDb);
        y += 108;

        const double half = (kContentW - 20) / 2;
        std::vector<QStringList> bandRows;
        for (const auto& b : cmp.bands)
            bandRows.push_back({bandShort(static_cast<std::size_t>(b.band)), number(b.aDb, 1),
                                number(b.bDb, 1), signedNumber(b.deltaDb, 1), signedNumber(b.matchedDeltaDb, 1)});
        const double h1 = table(c, kMargin, y, {50, 45, 45, 45, 60},
                                {tr("Band dB"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A−B"),
                                 tr("matched")},
                                bandRows, 7);
        std::vector<QStringList> figureRows;
        for (const auto& f : cmp.figures) {
            // The compared figures that also play the PDF role (analysis/figures.h).
            const core::Figure* figure = core::findFigure(f.key);
            if (figure == nullptr || !figure->has(core::FigureRole::Pdf))
                continue;
            const int d = figure->decimals;
            figureRows.push_back({elide(c, CoreText::figureLabel(*figure, true), 91, 7), number(f.a, d), number(f.b, d),
                                  signedNumber(f.delta, d), signedNumber(f.matchedDelta, d)});
        }
        const double h2 = table(c, kMargin + half + 20, y, {95, 36, 36, 36, 42},
                                {tr("Figure"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A−B"),
                                 tr("matched")},
                                figureRows, 7);
        y += std::max(h1, h2) + 12;
        c.heading(y, tr("Findings"));
        for (const auto& f : cmp.findings) {
            const QString s = (f.kind == core::ComparisonFinding::Kind::Finding ? QStringLiteral("•  ")
                                                                                : QStringLiteral("→  "))
                              + CoreText::comparisonFinding(f);
            if (!fits(y, c.textHeight(kContentW, s, 8)))
                continuation(y, tr("Comparison") + QStringLiteral(": ") + tr("%1 vs %2").arg(qs(cmp.aName), qs(cmp.bName)),
                             tr("Findings"));
            y += c.text(QRectF(kMargin, y, kContentW, 40), s, 8) + 3;
        }
        if (cmp.findings.empty())
            c.text(QRectF(kMargin, y, kContentW, 12), tr("No difference above the thresholds."), 8);
    }

    const core::SessionReport& r;
    QPdfWriter& w;
    Canvas c;
    int page = 0;
    int pages = 0;
    bool unitsNoteLeft = false;  // the cover had no room for the units note: the summary opens with it
};

}  // namespace

namespace {

// Lays the report out on `device`; `totalPages` is what the footers say. Returns the pages
// drawn, or -1 when the painter cannot start or finish.
int layOut(const core::SessionReport& report, QIODevice& device, int totalPages)
{
    QPdfWriter writer(&device);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);  // one device unit = one point; geometry is in floating point
    writer.setTitle(ReportPdf::tr("Stemwise report: %1").arg(qs(report.title)));
    writer.setCreator(QStringLiteral("Stemwise %1").arg(qs(report.appVersion)));
    QPainter painter;
    if (!painter.begin(&writer))
        return -1;
    painter.setRenderHint(QPainter::Antialiasing);
    ReportWriter pages(report, writer, painter, totalPages);
    pages.run();
    if (!painter.end())
        return -1;
    return pages.pageCount();
}

}  // namespace

int reportPageCount(const core::SessionReport& report)
{
    // The pages follow from the layout (a track with many issues or suggestions takes a
    // continuation page), so it is laid out once to count them.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    return std::max(0, layOut(report, scratch, 0));
}

QString writeReportPdf(const core::SessionReport& report, const QString& path)
{
    // Drawn into memory, then written with the safe writer: QPdfWriter says nothing when its
    // file cannot be written (a full disk left a corrupt PDF and exit 0), and a failure must
    // leave an earlier PDF of the same name as it was. A report is a few hundred kilobytes.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QString error = drawReportPdf(report, buffer);
        if (!error.isEmpty())
            return error;
    }
    auto written = core::writeFileSafely(path.toStdString(),
        std::string_view(buffer.data().constData(), static_cast<std::size_t>(buffer.size())));
    if (!written)
        return ReportPdf::tr("could not be written: %1").arg(QString::fromStdString(written.error().message));
    return {};
}

QString drawReportPdf(const core::SessionReport& report, QIODevice& device)
{
    const int pages = reportPageCount(report);
    if (pages <= 0 || layOut(report, device, pages) != pages)
        return ReportPdf::tr("cannot write the PDF");
    return {};
}

}  // namespace stemwise::ui
