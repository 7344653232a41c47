// Core results in the user's language (see coretext.h). Each template mirrors the English
// sentence its rule or detector writes in core/ (suggest/trackrules.cpp, suggest/sessionrules.cpp,
// analysis/issuedetector.cpp, analysis/qualityscore.cpp), built from the fields stored beside
// it, so a suggestion or issue read back from the database composes the same way.
#include "coretext.h"

#include "analysis/sectionnames.h"
#include "analysis/sessiontempo.h"
#include "live/liveinput.h"
#include "report/comparisonreport.h"
#include "util/textcatalogue.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace stemwise::ui {

namespace {

bool g_localized = false;

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString num(double v, int decimals) { return QLocale().toString(v, 'f', decimals); }

QString signedNum(double v, int decimals) { return (v > 0.0 ? QStringLiteral("+") : QString()) + num(v, decimals); }

}  // namespace

void setCoreTextLocalized(bool localized) { g_localized = localized; }

bool coreTextLocalized() { return g_localized; }

QString formatNumber(double value, int decimals)
{
    return g_localized ? QLocale().toString(value, 'f', decimals) : QString::number(value, 'f', decimals);
}

namespace {

QString hzNumber(double hz, bool compact)
{
    if (hz >= 1000.0) {
        const double k = hz / 1000.0;
        return formatNumber(k, compact && std::abs(k - std::round(k)) < 0.05 ? 0 : 1);
    }
    return formatNumber(hz, 0);
}

}  // namespace

QString hzText(double hz, bool compact)
{
    return hzNumber(hz, compact) + (hz >= 1000.0 ? QStringLiteral(" kHz") : QStringLiteral(" Hz"));
}

QString hzSetting(double hz)
{
    return hz >= 1000.0 ? formatNumber(hz / 1000.0, hz >= 10000.0 ? 1 : 2) + QStringLiteral(" kHz")
                        : formatNumber(hz, 0) + QStringLiteral(" Hz");
}

QString hzRangeText(double lowHz, double highHz)
{
    const QString dash = QStringLiteral("–");
    if ((lowHz >= 1000.0) == (highHz >= 1000.0))
        return hzNumber(lowHz, true) + dash + hzText(highHz, true);
    return hzText(lowHz, true) + dash + hzText(highHz, true);
}

QString hzTick(double hz)
{
    QLocale locale = g_localized ? QLocale() : QLocale::c();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return hz >= 1000.0 ? locale.toString(hz / 1000.0, 'g', 3) + QStringLiteral("k") : locale.toString(hz, 'f', 0);
}

namespace {

// "%1"…"%99" of `pattern` filled with args[0]…, each once, in one pass (as core's
// fillPlaceholders(), which the English goes through): an argument holding "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& args)
{
    QString out;
    out.reserve(pattern.size() + 16 * args.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1] >= QLatin1Char('1')
            && pattern[i + 1] <= QLatin1Char('9')) {
            qsizetype n = pattern[i + 1].digitValue();
            qsizetype end = i + 2;
            if (end < pattern.size() && pattern[end].isDigit() && n * 10 + pattern[end].digitValue() <= args.size()) {
                n = n * 10 + pattern[end].digitValue();
                ++end;
            }
            if (n <= args.size()) {
                out += args[n - 1];
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString renderArg(const core::TextArg& a)
{
    using K = core::TextArg::Kind;
    switch (a.kind) {
    case K::Number: {
        QString n = formatNumber(a.value, a.decimals);
        if (a.sign && !std::signbit(a.value))
            n.prepend(QLatin1Char('+'));
        return a.unit.empty() ? n : n + QLatin1Char(' ') + qs(a.unit);
    }
    case K::Percent: return formatNumber(100.0 * a.value, a.decimals) + QStringLiteral(" %");
    case K::Hz: return hzText(a.value, a.compact);
    case K::HzRange: return hzRangeText(a.value, a.high);
    case K::String: return qs(a.text);
    case K::Term: return CoreText::term(a.term, a.text);
    case K::Date: {
        QDateTime at = QDateTime::fromString(qs(a.text), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(qs(a.text), Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : qs(a.text);
    }
    case K::Nested: return a.texts.empty() ? QString() : CoreText::text(a.texts.front());
    case K::List: {
        QString out;
        for (std::size_t i = 0; i < a.items.size(); ++i)
            out += (i == 0 ? QString() : a.conjunction && i + 1 == a.items.size() ? CoreText::tr(" and ") : QStringLiteral(", "))
                   + renderArg(a.items[i]);
        return out;
    }
    }
    return {};
}

}  // namespace

QString CoreText::text(const core::Text& t, const std::string& english)
{
    const core::TextTemplate* tpl = core::textTemplate(t.code);
    if (tpl == nullptr)
        return qs(english);
    if (!g_localized)
        return qs(core::english(t));
    QStringList args;
    args.reserve(static_cast<qsizetype>(t.args.size()));
    for (const core::TextArg& a : t.args)
        args << renderArg(a);
    const QString pattern = tpl->plural ? QCoreApplication::translate("CoreText", tpl->source, nullptr, t.count)
                                        : QCoreApplication::translate("CoreText", tpl->source);
    return fill(pattern, args);
}

QString CoreText::term(core::TermKind kind, const std::string& id)
{
    if (!g_localized)
        return qs(core::termEnglish(kind, id));
    switch (kind) {
    case core::TermKind::TrackType:
    case core::TermKind::TrackTypes: return trackType(id);
    case core::TermKind::Band:
    case core::TermKind::BandAdjective: return band(id);
    case core::TermKind::Severity:
        return severity(id == "high" ? core::Severity::High : id == "medium" ? core::Severity::Medium : core::Severity::Low);
    case core::TermKind::Issue: return issueName(id);
    case core::TermKind::Key: return key(id);
    }
    return qs(id);
}

QString CoreText::trackType(const std::string& type)
{
    if (!g_localized)
        return qs(type);
    if (type == "kick") return tr("kick");
    if (type == "snare") return tr("snare");
    if (type == "hats") return tr("hats");
    if (type == "drums") return tr("drums");
    if (type == "vocals") return tr("vocals");
    if (type == "bass") return tr("bass");
    if (type == "guitar") return tr("guitar");
    if (type == "keys") return tr("keys");
    if (type == "pad") return tr("pad");
    if (type == "strings") return tr("strings");
    if (type == "winds") return tr("winds");
    if (type == "synth") return tr("synth");
    if (type == "fx") return tr("fx");
    if (type == "mix") return tr("mix");
    if (type == "other") return tr("other");
    if (type == "session") return tr("session");
    return qs(type);
}

QString CoreText::band(std::size_t index)
{
    // The same words (context "Band") as the band balance view's rows.
    switch (index) {
    case 0: return QCoreApplication::translate("Band", "Sub bass");
    case 1: return QCoreApplication::translate("Band", "Bass");
    case 2: return QCoreApplication::translate("Band", "Low mids");
    case 3: return QCoreApplication::translate("Band", "Mids");
    case 4: return QCoreApplication::translate("Band", "Upper mids");
    case 5: return QCoreApplication::translate("Band", "Highs");
    case 6: return QCoreApplication::translate("Band", "Air");
    default: return {};
    }
}

QString CoreText::band(const std::string& key)
{
    for (std::size_t i = 0; i < core::kBandCount; ++i)
        if (key == core::kBands[i].key)
            return band(i);
    return qs(key);
}

QString CoreText::severity(core::Severity severity)
{
    if (!g_localized)
        return QString::fromLatin1(core::severityName(severity));
    switch (severity) {
    case core::Severity::Low: return tr("low");
    case core::Severity::Medium: return tr("medium");
    case core::Severity::High: return tr("high");
    }
    return {};
}

QString CoreText::key(const std::string& key)
{
    if (!g_localized)
        return qs(key);
    // The 24 names core/dsp/keyfinder.cpp gives.
    static const std::array<const char*, 24> kKeys{
        QT_TRANSLATE_NOOP("CoreText", "C major"),
        QT_TRANSLATE_NOOP("CoreText", "Db major"),
        QT_TRANSLATE_NOOP("CoreText", "D major"),
        QT_TRANSLATE_NOOP("CoreText", "Eb major"),
        QT_TRANSLATE_NOOP("CoreText", "E major"),
        QT_TRANSLATE_NOOP("CoreText", "F major"),
        QT_TRANSLATE_NOOP("CoreText", "F# major"),
        QT_TRANSLATE_NOOP("CoreText", "G major"),
        QT_TRANSLATE_NOOP("CoreText", "Ab major"),
        QT_TRANSLATE_NOOP("CoreText", "A major"),
        QT_TRANSLATE_NOOP("CoreText", "Bb major"),
        QT_TRANSLATE_NOOP("CoreText", "B major"),
        QT_TRANSLATE_NOOP("CoreText", "C minor"),
        QT_TRANSLATE_NOOP("CoreText", "C# minor"),
        QT_TRANSLATE_NOOP("CoreText", "D minor"),
        QT_TRANSLATE_NOOP("CoreText", "Eb minor"),
        QT_TRANSLATE_NOOP("CoreText", "E minor"),
        QT_TRANSLATE_NOOP("CoreText", "F minor"),
        QT_TRANSLATE_NOOP("CoreText", "F# minor"),
        QT_TRANSLATE_NOOP("CoreText", "G minor"),
        QT_TRANSLATE_NOOP("CoreText", "G# minor"),
        QT_TRANSLATE_NOOP("CoreText", "A minor"),
        QT_TRANSLATE_NOOP("CoreText", "Bb minor"),
        QT_TRANSLATE_NOOP("CoreText", "B minor")};
    for (const char* k : kKeys)
        if (key == k)
            return tr(k);
    return qs(key);
}

QString CoreText::sessionSource(const std::string& source, const std::vector<std::string>& tracks)
{
    return text(core::sessionSourceText(source, tracks));
}

QString CoreText::patternTag(const std::string& tag)
{
    if (!g_localized)
        return qs(tag);
    if (tag == "rhythmic") return tr("rhythmic");
    if (tag == "tonal") return tr("tonal");
    if (tag == "percussive") return tr("percussive");
    if (tag == "sustained") return tr("sustained");
    if (tag == "silent") return tr("silent");
    return qs(tag);
}

QString CoreText::patternEvidence(const core::PatternTag& tag) { return text(tag.evidenceText, tag.evidence); }

QString CoreText::personalisation(const core::Suggestion& s)
{
    if (s.personalisationDetail)
        return personalisation(*s.personalisationDetail);
    return qs(s.personalisation);
}

QString CoreText::personalisation(const core::Personalisation& p) { return text(p.text(), p.describe()); }

QString CoreText::effectNote(const core::EffectRecord& e)
{
    return qs(e.track) + QStringLiteral(": ") + text(core::effectText(e), e.describe());
}

QStringList CoreText::effectNotes(const core::Suggestion& s)
{
    QStringList out;
    if (s.effects.size() == s.effectNotes.size()) {
        for (const auto& e : s.effects)
            out << effectNote(e);
    } else {
        for (const auto& note : s.effectNotes)
            out << qs(note);
    }
    return out;
}

namespace {

// The UI's words for an error's code; empty for None (or a code it has no words for).
QString reasonFor(core::ErrorCode code)
{
    using C = core::ErrorCode;
    switch (code) {
    case C::None: break;
    case C::NoSuchFile: return CoreText::tr("the file does not exist");
    case C::NotAccessible: return CoreText::tr("the file cannot be accessed");
    case C::IsFolder: return CoreText::tr("it is a folder, not an audio file");
    case C::NotRegularFile: return CoreText::tr("it is not a regular file");
    case C::EmptyFile: return CoreText::tr("the file is empty (0 bytes)");
    case C::NotAudio: return CoreText::tr("it is not an audio file in a format Stemwise reads");
    case C::PermissionDenied: return CoreText::tr("the file cannot be read: permission denied");
    case C::CannotOpen: return CoreText::tr("the file cannot be opened as audio");
    case C::NoChannels: return CoreText::tr("the file declares no audio channels");
    case C::TooManyChannels: return CoreText::tr("the file has more channels than Stemwise reads");
    case C::UnsupportedSampleRate: return CoreText::tr("its sample rate is outside the range Stemwise reads");
    case C::UnknownLength: return CoreText::tr("the file has no known length");
    case C::Truncated: return CoreText::tr("the file is cut short before its first sample (truncated)");
    case C::NoAudio: return CoreText::tr("it contains no audio (0 frames)");
    case C::Cancelled: return CoreText::tr("cancelled");
    case C::OutOfMemory: return CoreText::tr("ran out of memory while analysing");
    case C::CannotWrite: return CoreText::tr("the file cannot be written");
    case C::NoInputDevice: return CoreText::tr("no audio input was found");
    case C::NoSuchInputDevice: return CoreText::tr("this input is not there any more (press Refresh)");
    case C::NoSuchChannel: return CoreText::tr("a chosen channel does not exist on this input");
    case C::FormatRefused: return CoreText::tr("the input refuses this number of channels, sample rate or buffer size");
    case C::DeviceUnavailable: return CoreText::tr("the input cannot be opened (another program may be using it)");
    case C::AudioSystemUnavailable: return CoreText::tr("the audio system (PortAudio) cannot be started");
    case C::AudioRestartNeeded:
        return CoreText::tr("the audio system cannot be loaded again after the audio server went away; restart "
                            "Stemwise to meter again");
    case C::InputStreamEnded: return CoreText::tr("the audio stream ended (device removed or audio server stopped)");
    case C::InputStoppedDelivering:
        return CoreText::tr("the input stopped delivering audio (device removed or audio server stopped)");
    case C::InputSilent:
        return CoreText::tr("no audio came from the input for %1 s (device removed or audio server stopped)")
            .arg(QLocale().toString(core::LiveInput::kLostS, 'f', 0));
    case C::RecordingIncomplete: return CoreText::tr("the recording could not be completed (is the disk full?)");
    case C::NoOutputDevice: return CoreText::tr("no audio output was found");
    case C::NoSuchOutputDevice: return CoreText::tr("this output is not there any more (choose another in Settings)");
    }
    return {};
}

}  // namespace

QString CoreText::error(const core::Error& error)
{
    QString english = qs(error.message);
    if (!g_localized)
        return english;
    QString reason = reasonFor(error.code);
    if (reason.isEmpty())
        return english;
    if (error.detail.empty())
        return reason;
    return tr("%1 (%2)", "a reason, then the library's or system's own words").arg(reason, qs(error.detail));
}

QString CoreText::fileError(core::ErrorCode code, const QString& english, const QString& detail)
{
    return error(core::Error{english.toStdString(), code, detail.toStdString()});
}

QString CoreText::fileFailure(const QString& fileName, core::ErrorCode code, const QString& english,
                              const QString& detail)
{
    return tr("Could not analyse %1: %2").arg(fileName, fileError(code, english, detail));
}

QString CoreText::issueName(const std::string& code)
{
    if (!g_localized)
        return qs(code);
    if (code == "truncated") return tr("truncated file");
    if (code == "non_finite_samples") return tr("invalid samples");
    if (code == "silent") return tr("silence");
    if (code == "near_silent") return tr("near silence");
    if (code == "clipping") return tr("clipping");
    if (code == "true_peak_over") return tr("true-peak over");
    if (code == "no_headroom") return tr("no headroom");
    if (code == "dc_offset") return tr("DC offset");
    if (code == "too_hot") return tr("too hot");
    if (code == "too_quiet") return tr("too quiet");
    if (code == "excess_sub") return tr("excess sub-bass");
    if (code == "mud") return tr("low-mid build-up");
    if (code == "harshness") return tr("harshness");
    if (code == "sibilance") return tr("sibilance");
    if (code == "phase_correlation") return tr("phase correlation");
    if (code == "mono_compatibility") return tr("mono compatibility");
    if (code == "low_end_phase") return tr("low-end phase");
    if (code == "resonance") return tr("resonance");
    if (code == "leading_silence") return tr("leading silence");
    if (code == "trailing_silence") return tr("trailing silence");
    if (code == "over_compressed") return tr("over-compression");
    if (code == "over_full_scale") return tr("over full scale");
    return qs(code);
}

QString CoreText::issueMessage(const core::TrackIssue& issue) { return text(issue.text, issue.message); }

QString CoreText::comparisonFinding(const core::ComparisonFinding& finding) { return text(finding.sentence, finding.text); }

QString CoreText::comparisonText(const core::TrackComparison& c)
{
    if (!g_localized)
        return qs(core::comparisonText(c));
    QString out = QStringLiteral("A: %1\nB: %2\n").arg(qs(c.aName), qs(c.bName));
    if (!c.targetReferences.empty()) {
        QStringList refs;
        for (const auto& r : c.targetReferences)
            refs << qs(r);
        out += tr("   the mean of: %1").arg(refs.join(QStringLiteral("; "))) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const auto& f : c.findings)
        out += (f.kind == core::ComparisonFinding::Kind::Finding ? QStringLiteral("- ") : QStringLiteral("> "))
               + comparisonFinding(f) + QLatin1Char('\n');
    if (c.findings.empty())
        out += QStringLiteral("- ") + tr("No difference above the thresholds.") + QLatin1Char('\n');
    auto cell = [](const core::OptDouble& v, bool sign) {
        if (!v || !std::isfinite(*v))
            return QStringLiteral("—");
        return sign ? signedNum(*v, 2) : num(*v, 2);
    };
    auto line = [](const QString& label, const QString& x, const QString& y, const QString& d, const QString& m) {
        return label.leftJustified(28) + QLatin1Char(' ') + x.rightJustified(10) + QLatin1Char(' ')
               + y.rightJustified(10) + QLatin1Char(' ') + d.rightJustified(10) + QLatin1Char(' ') + m.rightJustified(12)
               + QLatin1Char('\n');
    };
    const QString ab = QStringLiteral("A-B"), matched = tr("matched A-B");
    out += QLatin1Char('\n') + line(tr("figure"), QStringLiteral("A"), QStringLiteral("B"), ab, matched);
    for (const auto& f : c.figures)
        out += line(figureLabel(f.key, f.label) + (f.unit.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(f.unit))),
                    cell(f.a, false), cell(f.b, false), cell(f.delta, true), cell(f.matchedDelta, true));
    out += QLatin1Char('\n') + line(tr("band (dB)"), QStringLiteral("A"), QStringLiteral("B"), ab, matched);
    for (std::size_t i = 0; i < core::kBandCount; ++i) {
        const core::BandDelta& bd = c.bands[i];
        out += line(band(static_cast<std::size_t>(bd.band)), cell(bd.aDb, false), cell(bd.bDb, false),
                    cell(bd.deltaDb, true), cell(bd.matchedDeltaDb, true));
    }
    if (!c.style.empty()) {
        // A against the references' distributions (core/compare/referencestyle.h).
        auto styleLine = [](const QString& label, const QString& v, const QString& p10, const QString& median,
                            const QString& p90, const QString& where) {
            return label.leftJustified(44) + QLatin1Char(' ') + v.rightJustified(9) + QLatin1Char(' ')
                   + p10.rightJustified(9) + QLatin1Char(' ') + median.rightJustified(9) + QLatin1Char(' ')
                   + p90.rightJustified(9) + QStringLiteral("  ") + where + QLatin1Char('\n');
        };
        out += QLatin1Char('\n')
               + styleLine(tr("against your references"), tr("value"), QStringLiteral("10 %"), tr("median"),
                           QStringLiteral("90 %"), tr("where"));
        for (const core::StyleDeviation& d : c.style) {
            QString label = styleFeature(d.key);
            if (!d.unit.empty())
                label += QStringLiteral(" (%1)").arg(qs(d.unit));
            if (!d.sectionType.empty())
                label = text(core::sectionRoleText(d.sectionType), d.sectionType) + QStringLiteral(": ") + label;
            const QString where = d.position == core::StylePosition::Above   ? tr("above 90 %")
                                  : d.position == core::StylePosition::Below ? tr("below 90 %")
                                                                             : tr("within");
            out += styleLine(label, num(d.value, d.decimals), num(d.range.p10, d.decimals), num(d.range.median, d.decimals),
                             num(d.range.p90, d.decimals), where);
        }
    }
    return out;
}

QString CoreText::styleFeature(const std::string& key)
{
    if (const auto b = core::styleFeatureBand(key))
        return band(*b);
    if (key == "lift_lu")
        return tr("loudness relative to the song");
    return figureLabel(key, core::styleFeatureLabel(key));
}

QString CoreText::figureLabel(const core::Figure& figure, bool capitalised)
{
    const std::string english(figure.label);
    QString label = g_localized ? QCoreApplication::translate("CoreText", english.c_str()) : qs(english);
    if (capitalised && !label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString CoreText::figureShortLabel(const core::Figure& figure)
{
    const std::string english(figure.shortLabel);
    return g_localized ? QCoreApplication::translate("CoreText", english.c_str()) : qs(english);
}

QString CoreText::figureHeading(const core::Figure& figure)
{
    QString label = figureLabel(figure, true);
    const QString acronym = figureShortLabel(figure);
    const bool isAcronym = acronym.size() >= 3 && acronym == acronym.toUpper() && !acronym.contains(QLatin1Char(' '));
    if (!isAcronym || acronym == QString::fromUtf8(figure.unit.data(), static_cast<qsizetype>(figure.unit.size()))
        || label.contains(acronym))
        return label;
    return QStringLiteral("%1 (%2)").arg(label, acronym);
}

QString CoreText::figureLabel(const std::string& key, const std::string& englishLabel, bool capitalised)
{
    if (const core::Figure* f = core::findFigure(key))
        return figureLabel(*f, capitalised);
    QString label = qs(englishLabel);
    if (capitalised && !label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString CoreText::historyOrigin(const std::string& origin)
{
    if (!g_localized)
        return qs(origin);
    if (origin == "analysis") return tr("analysis");
    if (origin == "cache") return tr("cache");
    if (origin == "import") return tr("import");
    return qs(origin);
}

QString CoreText::scoreItem(const core::ScoreItem& item) { return text(item.text, item.reason); }

QString CoreText::suggestionType(core::SuggestionType type)
{
    if (!g_localized)
        return QString::fromLatin1(core::suggestionTypeName(type));
    switch (type) {
    case core::SuggestionType::Eq: return tr("EQ");
    case core::SuggestionType::Filter: return tr("filter");
    case core::SuggestionType::Compression: return tr("compression");
    case core::SuggestionType::Gate: return tr("gate");
    case core::SuggestionType::DeEsser: return tr("de-esser");
    case core::SuggestionType::Saturation: return tr("saturation");
    case core::SuggestionType::Stereo: return tr("stereo");
    case core::SuggestionType::Level: return tr("level");
    case core::SuggestionType::Arrangement: return tr("arrangement");
    }
    return {};
}

QString CoreText::suggestionTitle(const core::Suggestion& s) { return text(s.titleText, s.title); }

QString CoreText::suggestionDescription(const core::Suggestion& s) { return text(s.descriptionText, s.description); }

QString CoreText::suggestionReasoning(const core::Suggestion& s) { return text(s.reasoningText, s.reasoning); }

QString CoreText::planNote(const core::PlanNote& note) { return text(note.noteText, note.text); }

CoreText::GainPlanMoves CoreText::gainPlanMoves(const core::Suggestion& s)
{
    GainPlanMoves moves;
    for (const core::PlanNote& note : s.plan)
        if (note.kind == "gain_plan_line")
            moves.lines << planNote(note);
    if (const auto bus = s.number("bus_gain_db"); bus && !moves.lines.isEmpty())  // the catalogue's words for the common move
        moves.common = text({core::TextCode::PlanGainHowBusOnly, {core::TextArg::number(-*bus, 1)}});
    return moves;
}

QString CoreText::parameterName(const std::string& key)
{
    // In English too: the words, not the JSON's key.
    if (key == "frequency_hz") return tr("frequency");
    if (key == "gain_db") return tr("gain");
    if (key == "q") return tr("Q");
    if (key == "filter") return tr("filter");
    if (key == "slope_db_per_oct") return tr("slope");
    if (key == "threshold_db") return tr("threshold");
    if (key == "ratio") return tr("ratio");
    if (key == "attack_ms") return tr("attack");
    if (key == "release_ms") return tr("release");
    if (key == "knee_db") return tr("knee");
    if (key == "makeup_db") return tr("make-up gain");
    if (key == "range_db") return tr("range");
    if (key == "mode") return tr("mode");
    if (key == "action") return tr("action");
    if (key == "width_percent") return tr("width");
    if (key == "drive_db") return tr("drive");
    if (key == "mix_percent") return tr("mix");
    if (key == "key_input") return tr("side-chain input");
    if (key == "mono_loss_db") return tr("mono loss");
    if (key == "against") return tr("against");
    if (key == "ride_gain_db") return tr("ride");
    if (key == "start_s") return tr("from");
    if (key == "end_s") return tr("to");
    if (key == "clip_gain_db") return tr("clip gain");
    if (key == "fader_db") return tr("fader");
    if (key == "mix_change_db") return tr("change in the mix");
    if (key == "bus_gain_db") return tr("bus gain");
    if (key == "shift_ms") return tr("shift in time");
    return qs(key);
}

QString CoreText::parameterText(const std::string& value)
{
    QString plain = qs(value).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (value == "high_pass") return tr("high-pass");
    if (value == "low_pass") return tr("low-pass");
    if (value == "bell") return tr("bell");
    if (value == "high_shelf") return tr("high shelf");
    if (value == "low_shelf") return tr("low shelf");
    if (value == "split_band") return tr("split-band");
    if (value == "invert_one_channel_polarity") return tr("invert one channel's polarity");
    if (value == "invert_polarity") return tr("invert the polarity");
    if (value == "check_in_mono") return tr("check in mono");
    if (value == "move_earlier") return tr("move earlier");
    if (value == "invert_polarity_and_move_earlier") return tr("invert the polarity and move earlier");
    return plain;  // a track name (side-chain input) or an unknown id
}

QString CoreText::measure(const std::string& m)
{
    // In English as in any other language: the words, not the JSON's code.
    static const std::vector<std::pair<std::string_view, const char*>> kNames{
        {"true_peak_dbtp", QT_TRANSLATE_NOOP("CoreText", "true peak")},
        {"integrated_lufs", QT_TRANSLATE_NOOP("CoreText", "integrated loudness")},
        {"energy_below_corner_db", QT_TRANSLATE_NOOP("CoreText", "energy below the corner")},
        {"f0_min_hz", QT_TRANSLATE_NOOP("CoreText", "lowest f0")},
        {"lowest_content_hz", QT_TRANSLATE_NOOP("CoreText", "lowest useful content")},
        {"rumble_peak_hz", QT_TRANSLATE_NOOP("CoreText", "rumble peak")},
        {"resonance_hz", QT_TRANSLATE_NOOP("CoreText", "resonance frequency")},
        {"resonance_gain_db", QT_TRANSLATE_NOOP("CoreText", "resonance height")},
        {"resonance_q", QT_TRANSLATE_NOOP("CoreText", "resonance Q")},
        {"cents_from_played_note", QT_TRANSLATE_NOOP("CoreText", "distance from the nearest played note")},
        {"centre_hz", QT_TRANSLATE_NOOP("CoreText", "centre frequency")},
        {"sibilant_fraction", QT_TRANSLATE_NOOP("CoreText", "sibilant frames")},
        {"sibilance_peak_hz", QT_TRANSLATE_NOOP("CoreText", "sibilance peak")},
        {"sibilance_excess_db", QT_TRANSLATE_NOOP("CoreText", "sibilance excess")},
        {"lra_lu", QT_TRANSLATE_NOOP("CoreText", "loudness range")},
        {"crest_db", QT_TRANSLATE_NOOP("CoreText", "crest factor")},
        {"short_term_p95_lufs", QT_TRANSLATE_NOOP("CoreText", "short-term loudness, 95th percentile")},
        {"short_term_p10_lufs", QT_TRANSLATE_NOOP("CoreText", "short-term loudness, 10th percentile")},
        {"transient_density", QT_TRANSLATE_NOOP("CoreText", "transient density")},
        {"tempo_bpm", QT_TRANSLATE_NOOP("CoreText", "tempo")},
        {"correlation", QT_TRANSLATE_NOOP("CoreText", "correlation")},
        {"mono_loss_db", QT_TRANSLATE_NOOP("CoreText", "mono loss")},
        {"low_band_correlation", QT_TRANSLATE_NOOP("CoreText", "low-band correlation")},
        {"low_share", QT_TRANSLATE_NOOP("CoreText", "share below 250 Hz")},
        {"share_above_500_hz", QT_TRANSLATE_NOOP("CoreText", "share above 500 Hz")},
        {"highs_level_db", QT_TRANSLATE_NOOP("CoreText", "level of the highs")},
        {"level_difference_db", QT_TRANSLATE_NOOP("CoreText", "level difference")},
        {"both_active_fraction", QT_TRANSLATE_NOOP("CoreText", "both active")},
        {"pan_separation_db", QT_TRANSLATE_NOOP("CoreText", "heard apart by their pans")},
        {"section_relative_lu", QT_TRANSLATE_NOOP("CoreText", "against the section's loudness")},
        {"sections_median_relative_lu", QT_TRANSLATE_NOOP("CoreText", "against the sections' loudness, median")},
        {"section_ride_lu", QT_TRANSLATE_NOOP("CoreText", "out of its place by")},
        {"chorus_lufs", QT_TRANSLATE_NOOP("CoreText", "loudness of the choruses")},
        {"verse_lufs", QT_TRANSLATE_NOOP("CoreText", "loudness of the verses")},
        {"chorus_lift_lu", QT_TRANSLATE_NOOP("CoreText", "lift of the choruses")},
        {"unchanged_bars", QT_TRANSLATE_NOOP("CoreText", "bars unchanged")},
        {"unchanged_s", QT_TRANSLATE_NOOP("CoreText", "time unchanged")},
        {"one_section_share", QT_TRANSLATE_NOOP("CoreText", "share of the song it plays in")},
        {"overlap_low_hz", QT_TRANSLATE_NOOP("CoreText", "overlap from")},
        {"overlap_high_hz", QT_TRANSLATE_NOOP("CoreText", "overlap to")},
        {"masking_severity", QT_TRANSLATE_NOOP("CoreText", "masking severity")},
        {"summed_true_peak_dbtp", QT_TRANSLATE_NOOP("CoreText", "true peak of the sum")},
        {"summed_true_peak_bound_dbtp", QT_TRANSLATE_NOOP("CoreText", "bound of the summed true peak")},
        {"sum_mono_loss_db", QT_TRANSLATE_NOOP("CoreText", "mono loss of the sum")},
        {"sum_correlation", QT_TRANSLATE_NOOP("CoreText", "correlation of the sum")},
        {"balance_deviation_lu", QT_TRANSLATE_NOOP("CoreText", "deviation from the balance")},
        {"peak_dbfs", QT_TRANSLATE_NOOP("CoreText", "sample peak")},
        {"missing_s", QT_TRANSLATE_NOOP("CoreText", "missing audio")},
        {"non_finite_samples", QT_TRANSLATE_NOOP("CoreText", "invalid samples")},
        {"clipped_samples", QT_TRANSLATE_NOOP("CoreText", "clipped samples")},
        {"clipped_runs", QT_TRANSLATE_NOOP("CoreText", "clipped runs")},
        {"dc_offset", QT_TRANSLATE_NOOP("CoreText", "DC offset")},
        {"leading_silence_s", QT_TRANSLATE_NOOP("CoreText", "silence at the start")},
        {"note_groups", QT_TRANSLATE_NOOP("CoreText", "note groups")},
        {"note_groups_with_peak", QT_TRANSLATE_NOOP("CoreText", "note groups with the peak")},
        {"tonal_deviation_hz", QT_TRANSLATE_NOOP("CoreText", "centre of the bump or dip")},
        {"tonal_deviation_db", QT_TRANSLATE_NOOP("CoreText", "size of the bump or dip")},
        {"tonal_deviation_q", QT_TRANSLATE_NOOP("CoreText", "Q of the bump or dip")},
        {"bounce_change_db", QT_TRANSLATE_NOOP("CoreText", "change since the last bounce")},
        {"bounce_change_hz", QT_TRANSLATE_NOOP("CoreText", "centre of the change")},
        {"bounce_change_q", QT_TRANSLATE_NOOP("CoreText", "Q of the change")},
        {"bounce_change_explained", QT_TRANSLATE_NOOP("CoreText", "share of the change the shape explains")},
        {"bounce_change_residual_db", QT_TRANSLATE_NOOP("CoreText", "what the shape leaves (RMS)")},
        {"bounce_level_change_db", QT_TRANSLATE_NOOP("CoreText", "level change outside the shape")},
        {"low_band_from_hz", QT_TRANSLATE_NOOP("CoreText", "low band from")},
        {"low_band_to_hz", QT_TRANSLATE_NOOP("CoreText", "low band to")},
        {"stem_correlation", QT_TRANSLATE_NOOP("CoreText", "correlation of the two stems")},
        {"pair_sum_loss_db", QT_TRANSLATE_NOOP("CoreText", "loss of their sum")},
        {"lag_ms", QT_TRANSLATE_NOOP("CoreText", "time between the two")},
        {"aligned_correlation", QT_TRANSLATE_NOOP("CoreText", "correlation lined up")},
        {"zero_lag_correlation", QT_TRANSLATE_NOOP("CoreText", "correlation as they are")},
        {"aligned_gain_db", QT_TRANSLATE_NOOP("CoreText", "level their sum gains lined up")},
        {"over_full_scale_samples", QT_TRANSLATE_NOOP("CoreText", "samples over full scale")},
        {"trailing_silence_s", QT_TRANSLATE_NOOP("CoreText", "silence at the end")},
    };
    for (const auto& [id, text] : kNames)
        if (m == id)
            return tr(text);
    // Per-band measures: "<band>_share", "<band>_excess_db".
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        const std::string key = core::kBands[b].key;
        if (m == key + "_share")
            return tr("%1 share").arg(band(b));
        if (m == key + "_excess_db")
            return tr("%1 excess").arg(band(b));
    }
    return qs(m);
}

QString CoreText::measure(const core::Evidence& e)
{
    if (!e.label.empty())
        return text(e.label);
    return measure(e.measure);
}

QString CoreText::comparison(const core::Evidence& e) { return text(e.comparisonText, e.comparison); }

}  // namespace stemwise::ui
