// The track view (see trackpanel.h).
#include "trackpanel.h"

#include "coretext.h"
#include "theme.h"
#include "tracktablemodel.h"
#include "views/bandbalanceview.h"
#include "views/loudnesscurveview.h"
#include "views/spectrumview.h"
#include "views/waveformview.h"

#include "analysis/tracktype.h"
#include "util/join.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace stemwise::ui {

namespace {

QLabel* makeFigureLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setMargin(6);
    return label;
}

// One figure: value with its unit, or a dash when undefined for this material.
QString fig(const core::OptDouble& v, int decimals, const QString& unit)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    return formatFigure(v, decimals) + QStringLiteral("&nbsp;") + unit;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(label, value);
}

QString colorName(const QColor& c) { return c.name(QColor::HexRgb); }

}  // namespace

TrackPanel::TrackPanel(QWidget* parent) : QWidget(parent)
{
    m_header = makeFigureLabel(QStringLiteral("trackHeader"));
    m_header->setWordWrap(false);
    m_daw = makeFigureLabel(QStringLiteral("dawContext"));
    m_daw->setWordWrap(true);
    m_daw->hide();
    m_smoothingBox = new QComboBox;
    m_smoothingBox->setObjectName(QStringLiteral("smoothingBox"));
    m_smoothingBox->addItem(tr("1/3 octave"), 3);
    m_smoothingBox->addItem(tr("1/6 octave"), 6);
    m_smoothingBox->addItem(tr("1/12 octave"), 12);
    m_smoothingBox->setToolTip(tr("Spectrum smoothing (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_spectrum = new SpectrumView;
    m_spectrum->setObjectName(QStringLiteral("spectrumView"));
    m_smoothingBox->setCurrentIndex(m_smoothingBox->findData(m_spectrum->smoothing()));
    connect(m_smoothingBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int fraction = m_smoothingBox->itemData(index).toInt();
        m_spectrum->setSmoothing(fraction);
        emit smoothingChanged(fraction);
    });
    m_bands = new BandBalanceView;
    m_bands->setObjectName(QStringLiteral("bandBalanceView"));
    m_loudness = new LoudnessCurveView;
    m_loudness->setObjectName(QStringLiteral("loudnessCurveView"));
    m_waveform = new WaveformView;
    m_waveform->setObjectName(QStringLiteral("waveformView"));
    m_waveform->setMinimumHeight(130);
    m_levels = makeFigureLabel(QStringLiteral("levelFigures"));
    m_character = makeFigureLabel(QStringLiteral("characterFigures"));
    m_issues = makeFigureLabel(QStringLiteral("issueList"));
    m_issues->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_issues, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("listen:")) && m_profile) {
            const int i = link.mid(7).toInt();
            if (i >= 0 && static_cast<std::size_t>(i) < m_profile->issues.size())
                emit listenToIssue(m_profile, i);
        }
    });
    m_score = makeFigureLabel(QStringLiteral("scoreBreakdown"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(new QLabel(tr("Smoothing:")));
    top->addWidget(m_smoothingBox);

    auto* grid = new QGridLayout;
    grid->setSpacing(8);
    grid->addWidget(m_spectrum, 0, 0, 1, 2);
    grid->addWidget(m_bands, 1, 0);
    grid->addWidget(m_levels, 1, 1);
    grid->addWidget(m_loudness, 2, 0);
    grid->addWidget(m_character, 2, 1);
    grid->addWidget(m_waveform, 3, 0, 1, 2);
    grid->addWidget(m_issues, 4, 0);
    grid->addWidget(m_score, 4, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_daw);
    layout->addLayout(grid, 1);
    setTrack(nullptr, {});
}

void TrackPanel::setSmoothing(int fractionOfOctave)
{
    const int index = m_smoothingBox->findData(fractionOfOctave);
    if (index >= 0)
        m_smoothingBox->setCurrentIndex(index);
}

namespace {

QString dbText(double db)
{
    if (!std::isfinite(db))
        return TrackPanel::tr("−∞ dB");
    // Signed, as a desk shows a fader: "+2.5 dB", "−6.0 dB".
    const QString number = QLocale().toString(std::abs(db), 'f', 1);
    const bool zero = std::abs(db) < 0.05;
    return TrackPanel::tr("%1 dB").arg(zero ? number : (db < 0.0 ? QString(QChar(0x2212)) : QStringLiteral("+")) + number);
}

QString panText(double pan)
{
    const int percent = static_cast<int>(std::lround(std::abs(pan) * 100.0));
    if (percent == 0)
        return TrackPanel::tr("centre");
    return pan < 0.0 ? TrackPanel::tr("L %1").arg(percent) : TrackPanel::tr("R %1").arg(percent);
}

QString kindText(core::PluginKind kind)
{
    switch (kind) {
    case core::PluginKind::Eq: return TrackPanel::tr("EQ");
    case core::PluginKind::Compressor: return TrackPanel::tr("compressor");
    case core::PluginKind::Limiter: return TrackPanel::tr("limiter");
    case core::PluginKind::DeEsser: return TrackPanel::tr("de-esser");
    case core::PluginKind::Gate: return TrackPanel::tr("gate");
    case core::PluginKind::Reverb: return TrackPanel::tr("reverb");
    case core::PluginKind::Other: break;
    }
    return {};
}

}  // namespace

QString TrackPanel::dawContextText(const core::DawStemContext* context)
{
    if (context == nullptr)
        return {};
    const core::DawTrack& t = context->track;
    const QString daw = context->kind == core::DawKind::Ardour ? tr("Ardour") : tr("REAPER");
    QStringList parts;
    parts << (t.bus ? tr("In %1: bus <b>%2</b>") : tr("In %1: track <b>%2</b>"))
                 .arg(daw, QString::fromStdString(t.name).toHtmlEscaped());
    if (context->live)
        parts.last() += QLatin1Char(' ') + tr("(followed live)");
    else if (context->byName)
        parts.last() += QLatin1Char(' ') + tr("(a bounce, matched by its name)");
    parts << tr("fader %1").arg(dbText(t.gainDb));
    if (std::isfinite(t.trimDb) && std::abs(t.trimDb) >= 0.05)
        parts << tr("trim %1").arg(dbText(t.trimDb));
    parts << tr("pan %1").arg(panText(t.pan));
    if (t.mute)
        parts << tr("<b>muted</b>");
    if (t.solo)
        parts << tr("<b>soloed</b>");
    if (t.polarityInverted)
        parts << tr("polarity inverted");
    if (!t.vcas.empty())
        parts << (t.vcaMuted ? tr("VCA %1 at %2, <b>muted</b>") : tr("VCA %1 at %2"))
                     .arg(QString::fromStdString(core::joinedWithCommas(t.vcas)).toHtmlEscaped(), dbText(t.vcaGainDb));
    QStringList plugins;
    for (const auto& p : t.plugins) {
        QString text = QString::fromStdString(p.name).toHtmlEscaped();
        const QString kind = kindText(p.kind);
        if (!kind.isEmpty())
            text += QStringLiteral(" (%1)").arg(kind);
        if (!p.active)
            text = tr("%1, bypassed").arg(text);
        plugins << text;
    }
    parts << (plugins.isEmpty() ? tr("no plug-ins") : tr("plug-ins: %1").arg(plugins.join(QStringLiteral(", "))));
    for (const auto& s : t.sends)
        parts << (s.preFader ? tr("send to %1 at %2, pre-fader") : tr("send to %1 at %2"))
                     .arg(QString::fromStdString(s.target).toHtmlEscaped(), dbText(s.gainDb));
    return parts.join(QStringLiteral(" · "));
}

void TrackPanel::setDawContext(std::shared_ptr<const core::DawStemContext> context)
{
    m_dawContextShown = std::move(context);
    const QString text = dawContextText(m_dawContextShown.get());
    m_daw->setText(text);
    m_daw->setVisible(!text.isEmpty());
}

int TrackPanel::smoothing() const
{
    return m_spectrum->smoothing();
}

void TrackPanel::setTrack(std::shared_ptr<const core::TrackProfile> profile, const QColor& color, const QString& message)
{
    m_profile = std::move(profile);
    m_color = color;
    m_message = message;
    // Behind another tab of a shown window: fill the charts when the panel is shown.
    m_stale = window()->isVisible() && !isVisible();
    if (!m_stale)
        showTrack();
}

void TrackPanel::showEvent(QShowEvent* event)
{
    if (std::exchange(m_stale, false))
        showTrack();
    QWidget::showEvent(event);
}

void TrackPanel::setReferenceStyle(std::shared_ptr<const core::ReferenceStyle> style)
{
    m_style = std::move(style);
    if (isVisible())
        showTrack();
    else
        m_stale = true;
}

void TrackPanel::showTrack()
{
    const QColor& color = m_color;
    const QString& message = m_message;
    const core::TrackProfile* p = m_profile.get();
    // A mix against the references' 10–90 % share of each band, when there are enough of them.
    BandBalanceView::Ranges ranges{};
    int references = 0;
    if (p != nullptr && p->type == "mix" && m_style) {
        for (std::size_t b = 0; b < core::kBandCount; ++b) {
            const auto it = m_style->track.ranges.find(core::styleShareKey(b));
            if (it != m_style->track.ranges.end() && it->second.count >= core::kStyleMinReferences) {
                ranges[b] = std::pair{it->second.p10, it->second.p90};
                references = std::max(references, it->second.count);
            }
        }
    }
    m_spectrum->setReferenceRanges(ranges, references);
    m_bands->setReferenceRanges(ranges, references);
    m_spectrum->setProfile(p);
    m_bands->setProfile(p);
    m_loudness->setProfile(p);
    m_waveform->setProfile(p);
    if (p == nullptr) {
        m_header->setText(message.isEmpty() ? tr("<h3>No track selected</h3>") : message);
        for (QLabel* l : {m_levels, m_character, m_issues, m_score})
            l->clear();
        return;
    }
    const QString typeNote = typeSourceNote(*p).toHtmlEscaped();
    m_header->setText(tr("<span style='font-size:15pt'><b><span style='color:%1'>■</span> %2</b></span>"
                         "&nbsp;&nbsp;%3 (%4) · %5 · %6&nbsp;Hz · %7&nbsp;ch · score <b>%8</b>")
                          .arg(colorName(color), htmlEscaped(p->name), CoreText::trackType(p->type).toHtmlEscaped(), typeNote,
                               formatDuration(p->file.format.durationS()))
                          .arg(p->file.format.sampleRateHz, 0, 'f', 0)
                          .arg(p->file.format.channels)
                          .arg(p->qualityScore, 0, 'f', 0));
    fillFigures();
}

QString TrackPanel::typeSourceNote(const core::TrackProfile& p)
{
    if (p.typeSource == "user")
        return tr("chosen by you");
    if (p.typeSource == "sum")  // the session's mix (StoreJobs::analyseMix)
        return tr("the stems summed at unity");
    if (p.typeSource == "name")
        return tr("from the name");
    const QString sure = p.typeConfidence ? QString::number(100.0 * *p.typeConfidence, 'f', 0) : QString();
    if (core::isTypeUncertain(p)) {
        const QString guess = CoreText::trackType(p.typeGuess);
        if (p.typeRunnerUp.empty())
            return tr("uncertain from the sound: perhaps %1, %2 % sure").arg(guess, sure);
        return tr("uncertain from the sound: perhaps %1 or %2, %3 % sure").arg(guess, CoreText::trackType(p.typeRunnerUp), sure);
    }
    if (sure.isEmpty())
        return tr("from the sound");
    return tr("from the sound, %1 % sure").arg(sure);
}

void TrackPanel::fillFigures()
{
    const core::TrackProfile& p = *m_profile;
    const auto& d = p.dynamics;
    // The figures of the registry's TrackView role: loudness and dynamics, then stereo.
    auto figureRow = [&p](const core::Figure& f) {
        return row(CoreText::figureHeading(f).toHtmlEscaped(),
                   fig(f.get(p), f.decimals, QString::fromUtf8(f.unit.data(), static_cast<qsizetype>(f.unit.size()))));
    };
    const auto shown = core::figuresWith(core::FigureRole::TrackView);
    QString levels = tr("<b>Loudness and dynamics</b><table width='100%' cellspacing='2'>");
    for (const core::Figure* f : shown)
        if (f->group == core::FigureGroup::Loudness || f->group == core::FigureGroup::Dynamics)
            levels += figureRow(*f);
    if (d.clippedSamples > 0)
        levels += row(tr("Clipped"), tr("%L1 samples in %L2 runs").arg(d.clippedSamples).arg(d.clippedRuns));
    levels += QStringLiteral("</table>");
    m_levels->setText(levels);

    const auto& s = p.stereo;
    const auto& r = p.rhythm;
    const auto& t = p.tonal;
    QString character = tr("<b>Stereo</b><table width='100%' cellspacing='2'>");
    if (s.isStereo) {
        for (const core::Figure* f : shown)
            if (f->group == core::FigureGroup::Stereo)
                character += figureRow(*f);
    } else {
        character += row(tr("Channels"), tr("mono"));
    }
    character += tr("</table><b>Rhythm and pitch</b><table width='100%' cellspacing='2'>");
    // The track's own estimates, named so: the session's tempo and key (the session bar, the
    // suggestions, the report) are decided from all the tracks and may differ (issue 17, point 5).
    character += row(tr("Tempo, this track"), r.tempoBpm ? fig(r.tempoBpm, 1, tr("BPM")) + QStringLiteral(" (%1 %)")
                                                                                  .arg(r.tempoConfidence.value_or(0) * 100, 0, 'f', 0)
                                             : tr("no steady pulse"));
    character += row(tr("Onsets"), tr("%1&nbsp;/s (%2)").arg(formatNumber(r.onsetsPerS, 1)).arg(r.onsetTimesS.size()));
    character += row(tr("Key, this track"), t.key ? QStringLiteral("%1 (%2 %)").arg(CoreText::key(*t.key).toHtmlEscaped()).arg(t.keyConfidence.value_or(0) * 100, 0, 'f', 0)
                                      : tr("uncertain"));
    character += row(tr("f0 median"), t.f0MedianHz ? fig(t.f0MedianHz, 1, tr("Hz")) + QStringLiteral(" (%1–%2)")
                                                                                       .arg(t.f0MinHz.value_or(0), 0, 'f', 0)
                                                                                       .arg(t.f0MaxHz.value_or(0), 0, 'f', 0)
                                                   : tr("not monophonic"));
    character += row(tr("HNR"), fig(t.hnrDb, 1, tr("dB")));
    character += row(tr("Centroid"), fig(p.spectrum.centroidHz, 0, tr("Hz")));
    character += QStringLiteral("</table>");
    if (!p.patterns.empty()) {
        QStringList tags;
        for (const auto& tag : p.patterns)
            tags << QStringLiteral("<span title='%1'>%2</span>").arg(CoreText::patternEvidence(tag).toHtmlEscaped(), CoreText::patternTag(tag.tag).toHtmlEscaped());
        character += tr("<b>Patterns:</b> %1").arg(tags.join(QStringLiteral(", ")));
    }
    m_character->setText(character);

    const ViewColors& colors = viewColors();
    QString issues = tr("<b>Issues (%1)</b>").arg(p.issues.size());
    if (p.issues.empty())
        issues += tr("<p>None found.</p>");
    issues += QStringLiteral("<table cellspacing='3'>");
    int issueIndex = 0;
    for (const auto& issue : p.issues) {
        const QColor c = issue.severity == core::Severity::High ? colors.bad
                         : issue.severity == core::Severity::Medium ? colors.warn
                                                                    : colors.axisText;
        QString evidence;
        for (const auto& e : issue.evidence)
            evidence += QStringLiteral("<br><small>%1 = %2 %3 (%4)</small>")
                            .arg(CoreText::measure(e).toHtmlEscaped(), QLocale().toString(e.value, 'g', 4),
                                 htmlEscaped(e.unit), CoreText::comparison(e).toHtmlEscaped());
        issues += QStringLiteral("<tr><td><b style='color:%1'>%2</b></td><td>%3%4</td>"
                                 "<td><a href='listen:%5'>%6</a></td></tr>")
                      .arg(colorName(c), CoreText::severity(issue.severity).toUpper(),
                           CoreText::issueMessage(issue).toHtmlEscaped(), evidence, QString::number(issueIndex++),
                           tr("Listen"));
    }
    issues += QStringLiteral("</table>");
    m_issues->setText(issues);

    QString score = tr("<b>Quality score %1 / 100</b><table width='100%' cellspacing='2'>").arg(p.qualityScore, 0, 'f', 0);
    for (const auto& item : p.scoreBreakdown) {
        const QColor c = item.points < 0 ? colors.bad : colors.good;
        score += QStringLiteral("<tr><td>%1</td><td align='right' style='color:%2'><b>%3</b></td></tr>")
                     .arg(CoreText::scoreItem(item).toHtmlEscaped(), colorName(c),
                          (item.points > 0 ? QStringLiteral("+") : QString()) + formatFigure(item.points, 1));
    }
    score += QStringLiteral("</table>");
    m_score->setText(score);
}

}  // namespace stemwise::ui
