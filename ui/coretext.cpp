// Core results in the user's language (see coretext.h). Each template mirrors the English
// sentence its rule or detector writes in core/ (suggest/trackrules.cpp, suggest/sessionrules.cpp,
// analysis/issuedetector.cpp, analysis/qualityscore.cpp), built from the fields stored beside
// it, so a suggestion or issue read back from the database composes the same way.
#include "coretext.h"

#include "analysis/sessiontempo.h"
#include "live/liveinput.h"
#include "report/comparisonreport.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
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

// As core's hzText(): "315 Hz", "2.5 kHz".
QString hz(double v)
{
    return v >= 1000.0 ? QStringLiteral("%1 kHz").arg(num(v / 1000.0, 1)) : QStringLiteral("%1 Hz").arg(num(v, 0));
}

// A share of 0..1 as a percentage, as core's pct(): "12.5 %".
QString pct(double share) { return QStringLiteral("%1 %").arg(num(100.0 * share, 1)); }

bool startsWith(const std::string& s, std::string_view p) { return s.size() >= p.size() && s.compare(0, p.size(), p) == 0; }

bool endsWith(const std::string& s, std::string_view p)
{
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::optional<double> evidence(const std::vector<core::Evidence>& list, std::string_view measure)
{
    for (const auto& e : list)
        if (e.measure == measure)
            return e.value;
    return std::nullopt;
}

std::optional<double> param(const core::Suggestion& s, std::string_view key) { return s.number(key); }

QString target(const core::Suggestion& s, std::size_t i)
{
    return i < s.target.tracks.size() ? qs(s.target.tracks[i]) : QString();
}

QString joinNames(const std::vector<std::string>& names)
{
    QString out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? QString() : i + 1 == names.size() ? CoreText::tr(" and ") : QStringLiteral(", ")) + qs(names[i]);
    return out;
}

// The band key a suggestion or evidence name starts with ("low_mids_share" → "low_mids").
std::optional<std::size_t> bandOfKey(const std::string& key)
{
    // Longest keys first: "sub_bass" before "bass", "upper_mids" before "mids".
    static constexpr std::array<std::size_t, core::kBandCount> kOrder{0, 4, 2, 1, 3, 5, 6};
    for (std::size_t i : kOrder)
        if (startsWith(key, core::kBands[i].key))
            return i;
    return std::nullopt;
}

}  // namespace

void setCoreTextLocalized(bool localized) { g_localized = localized; }

bool coreTextLocalized() { return g_localized; }

QString formatNumber(double value, int decimals)
{
    return g_localized ? QLocale().toString(value, 'f', decimals) : QString::number(value, 'f', decimals);
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
    const bool detected = startsWith(source, "detected");
    if (!g_localized)
        return qs(core::describeSessionSource(detected ? std::string("detected") : source, tracks));
    if (source == "user")
        return tr("set by you");
    if (!detected)
        return tr("none");
    if (tracks.empty())
        return tr("detected");
    if (tracks.size() <= 3)
        return tr("detected on %1").arg(joinNames(tracks));
    return tr("detected on %1 and %n more", nullptr, static_cast<int>(tracks.size() - 3))
        .arg(QStringList{qs(tracks[0]), qs(tracks[1]), qs(tracks[2])}.join(QStringLiteral(", ")));
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

QString CoreText::patternEvidence(const core::PatternTag& tag, const core::TrackProfile& track)
{
    const QString english = qs(tag.evidence);
    if (!g_localized)
        return english;
    // The figures and thresholds of core/analysis/derivedfigures.cpp (findPatterns).
    const auto& r = track.rhythm;
    const auto& t = track.tonal;
    const std::string& id = tag.tag;
    if (id == "silent")
        return track.dynamics.peakDbfs
                   ? tr("peak %1 dBFS (below %2 dBFS)").arg(num(*track.dynamics.peakDbfs, 1), num(-60.0, 0))
                   : tr("every sample is zero");
    if (id == "rhythmic" && r.tempoBpm && r.tempoConfidence)
        return tr("tempo %1 BPM, confidence %2 (≥ %3)").arg(num(*r.tempoBpm, 1), num(*r.tempoConfidence, 2), num(0.3, 2));
    if (id == "percussive")
        return tr("%1 strong transients/s (≥ %2), crest factor %3 dB (≥ %4 dB)")
            .arg(num(r.transientDensity, 1), num(1.0, 1), num(track.dynamics.crestDb.value_or(0.0), 1), num(10.0, 0));
    if (id == "sustained")
        return tr("%1 strong transients/s (< %2)").arg(num(r.transientDensity, 2), num(0.5, 1));
    if (id == "tonal") {
        if (t.voicedFraction >= 0.5)
            return tr("clear pitch in %1 % of the frames (≥ %2 %)").arg(num(100.0 * t.voicedFraction, 0), num(50.0, 0));
        if (t.tonalness)
            return tr("tonalness %1 (≥ %2)").arg(num(*t.tonalness, 2), num(0.5, 2));
    }
    return english;
}

QString CoreText::personalisation(const core::Suggestion& s)
{
    if (s.personalisationDetail)
        return personalisation(*s.personalisationDetail, s.personalisation);
    return qs(s.personalisation);
}

QString CoreText::personalisation(const core::Personalisation& p, const std::string& english)
{
    if (!g_localized)
        return qs(english);
    QStringList counts;
    if (p.useful > 0) counts << tr("%n useful", nullptr, p.useful);
    if (p.notUseful > 0) counts << tr("%n not useful", nullptr, p.notUseful);
    if (p.applied > 0) counts << tr("%n applied", nullptr, p.applied);
    if (p.dismissed > 0) counts << tr("%n dismissed", nullptr, p.dismissed);
    if (p.improved > 0) counts << tr("%n re-bounce(s) better", nullptr, p.improved);
    if (p.worsened > 0) counts << tr("%n re-bounce(s) worse", nullptr, p.worsened);
    const QString scope = p.genre ? tr("%1 in %2", "track type in genre").arg(trackType(p.trackType), qs(*p.genre))
                                  : trackType(p.trackType);
    return tr("your feedback on %1 (%2) moved the confidence from %3 to %4")
        .arg(scope, counts.join(QStringLiteral(", ")), num(p.confidenceBefore, 2), num(p.confidenceAfter, 2));
}

QString CoreText::effectMetric(const std::string& m, double frequencyHz, const std::string& englishLabel)
{
    if (!g_localized)
        return qs(englishLabel);
    // The metrics of core/suggest/trackrules.cpp (EffectMetric).
    if (m == "energy_below_corner_db" && frequencyHz > 0.0)
        return tr("energy below %1").arg(hz(frequencyHz));
    if (m == "resonance_prominence_db" && frequencyHz > 0.0)
        return tr("prominence at %1").arg(hz(frequencyHz));
    if (m == "integrated_lufs")
        return tr("loudness");
    if (m == "correlation")
        return tr("L/R correlation");
    if (endsWith(m, "_deficit_db")) {
        if (const auto b = bandOfKey(m))
            return tr("%1 deficit").arg(band(*b));
    }
    if (!m.empty()) {
        const QString name = measure(m);  // "true peak", "low mids excess", "crest factor", …
        if (name != qs(m))
            return name;
    }
    return qs(englishLabel);
}

QString CoreText::effectNote(const core::EffectRecord& e)
{
    const QString english = qs(e.track + ": " + e.describe());
    if (!g_localized)
        return english;
    QDateTime applied = QDateTime::fromString(qs(e.appliedAt), Qt::ISODateWithMs);
    if (!applied.isValid())
        applied = QDateTime::fromString(qs(e.appliedAt), Qt::ISODate);
    const QString date = applied.isValid() ? QLocale().toString(applied.toLocalTime().date(), QLocale::ShortFormat)
                                           : qs(e.appliedAt.substr(0, 10));
    const QString unit = e.unit.empty() ? QString() : QLatin1Char(' ') + qs(e.unit);
    const QString what = effectMetric(e.measure, e.frequencyHz, e.label);
    return (e.improved ? tr("%1: applied %2: %3 %4 → %5 (better)") : tr("%1: applied %2: %3 %4 → %5 (worse)"))
        .arg(qs(e.track), date, what, num(e.before, 1), num(e.after, 1) + unit);
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
    const QString english = qs(error.message);
    if (!g_localized)
        return english;
    const QString reason = reasonFor(error.code);
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

QString CoreText::issueMessage(const core::TrackIssue& issue, const core::TrackProfile& track)
{
    const QString english = qs(issue.message);
    if (!g_localized)
        return english;
    const auto& ev = issue.evidence;
    const std::string& c = issue.code;
    auto e = [&ev](std::string_view m) { return evidence(ev, m); };
    if (c == "truncated" && e("missing_s"))
        return tr("The file is cut short: its header promises %1 s more audio than it holds. Re-export it.")
            .arg(num(*e("missing_s"), 2));
    if (c == "truncated")
        return tr("The file is cut short: its end is missing, so how much audio is lost cannot be told (a partial "
                  "download or an interrupted export). What is there was analysed. Re-export it.");
    if (c == "non_finite_samples" && e("non_finite_samples"))
        return tr("%1 samples are not numbers (NaN or infinity); they were analysed as silence. A plug-in in the "
                  "export chain misbehaved.")
            .arg(num(*e("non_finite_samples"), 0));
    if (c == "silent")
        return tr("The track is digital silence: every sample is zero.");
    if (c == "near_silent" && e("peak_dbfs"))
        return tr("The track is nearly silent: its loudest sample is %1 dBFS. Was the wrong track bounced?")
            .arg(num(*e("peak_dbfs"), 1));
    if (c == "clipping" && e("clipped_samples") && e("clipped_runs"))
        return tr("The track clips: %1 samples in %2 places sit at or beyond full scale. Lower the level before the "
                  "export (or the clipping plug-in) and bounce again.")
            .arg(num(*e("clipped_samples"), 0), num(*e("clipped_runs"), 0));
    if (c == "true_peak_over" && e("true_peak_dbtp"))
        return tr("Inter-sample peaks reach %1 dBTP: the waveform between samples goes over full scale and will clip "
                  "in D/A converters and lossy encoders.")
            .arg(signedNum(*e("true_peak_dbtp"), 2));
    if (c == "no_headroom" && e("true_peak_dbtp"))
        return tr("The stem peaks at %1 dBTP, leaving no headroom for the mix bus.").arg(num(*e("true_peak_dbtp"), 2));
    if (c == "dc_offset" && e("dc_offset")) {
        const double dc = std::abs(*e("dc_offset"));
        return tr("DC offset of %1 of full scale (%2 dBFS): remove it with a high-pass filter at a few Hz.")
            .arg(num(dc, 4), num(20.0 * std::log10(std::max(dc, 1e-12)), 1));
    }
    if (c == "too_hot" && e("integrated_lufs"))
        return tr("At %1 LUFS integrated the track is hotter than %2 tracks usually sit: turn it down before the "
                  "mix bus.")
            .arg(num(*e("integrated_lufs"), 1), trackType(track.type));
    if (c == "too_quiet" && e("integrated_lufs"))
        return tr("At %1 LUFS integrated the track is very quiet: raise it at the source to keep it above the noise "
                  "floor.")
            .arg(num(*e("integrated_lufs"), 1));
    if (c == "excess_sub" && e("sub_bass_share"))
        return tr("%1 % of the energy lies below 60 Hz: rumble or unneeded sub that eats headroom; consider a "
                  "high-pass filter.")
            .arg(num(100.0 * *e("sub_bass_share"), 0));
    if (c == "mud" && e("low_mids_share"))
        return tr("Low-mid build-up: %1 % of the energy lies in 250–500 Hz, which sounds muddy and masks other "
                  "tracks.")
            .arg(num(100.0 * *e("low_mids_share"), 0));
    if (c == "harshness" && e("upper_mids_share"))
        return tr("%1 % of the energy lies in 2–4 kHz: likely harsh or fatiguing.")
            .arg(num(100.0 * *e("upper_mids_share"), 0));
    if (c == "sibilance" && e("sibilant_fraction") && e("sibilance_peak_hz"))
        return tr("Sibilance: %1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking near %2 Hz.")
            .arg(num(100.0 * *e("sibilant_fraction"), 0), num(*e("sibilance_peak_hz"), 0));
    if (c == "over_full_scale" && e("over_full_scale_samples") && e("peak_dbfs"))
        return tr("%1 samples reach beyond full scale (up to %2 dBFS). The float file keeps them intact, so nothing is "
                  "clipped; trim the stem before any fixed-point export.")
            .arg(num(*e("over_full_scale_samples"), 0), signedNum(*e("peak_dbfs"), 1));
    if (c == "phase_correlation" && e("correlation") && e("mono_loss_db")) {
        if (e("low_band_correlation") && e("low_band_from_hz") && e("low_band_to_hz"))
            return tr("One channel looks polarity-inverted (correlation %1, %2 between %3 and %4 Hz): the track thins "
                      "out or vanishes in mono (it loses %5 dB). Check the polarity of one channel, or the stereo "
                      "widener.")
                .arg(num(*e("correlation"), 2), num(*e("low_band_correlation"), 2), num(*e("low_band_from_hz"), 0),
                     num(*e("low_band_to_hz"), 0), num(*e("mono_loss_db"), 1));
        return tr("One channel looks polarity-inverted (correlation %1): the track thins out or vanishes in mono (it "
                  "loses %2 dB). Check the polarity of one channel, or the stereo widener.")
            .arg(num(*e("correlation"), 2), num(*e("mono_loss_db"), 1));
    }
    if (c == "mono_compatibility" && e("correlation") && e("mono_loss_db"))
        return tr("Wide and decorrelated (correlation %1), not inverted: summed to mono it loses %2 dB. Check it in "
                  "mono.")
            .arg(num(*e("correlation"), 2), num(*e("mono_loss_db"), 1));
    if (c == "mono_compatibility" && e("mono_loss_db"))
        return tr("Summed to mono the track loses %1 dB: parts of it cancel.").arg(num(*e("mono_loss_db"), 1));
    if (c == "low_end_phase" && e("low_band_correlation"))
        return tr("The low end is not mono-compatible: correlation %1 in the low bands. Keep the sub and bass region "
                  "(close to) mono.")
            .arg(num(*e("low_band_correlation"), 2));
    if (c == "resonance" && e("resonance_hz") && e("resonance_gain_db") && e("resonance_q"))
        return tr("A narrow resonance at %1 Hz stands %2 dB above the spectrum around it (Q %3).")
            .arg(num(*e("resonance_hz"), 0), num(*e("resonance_gain_db"), 1), num(*e("resonance_q"), 1));
    if (c == "leading_silence" && e("leading_silence_s"))
        return tr("%1 s of silence before the music starts.").arg(num(*e("leading_silence_s"), 1));
    if (c == "trailing_silence" && e("trailing_silence_s"))
        return tr("%1 s of silence at the end: the export runs longer than the audio.")
            .arg(num(*e("trailing_silence_s"), 1));
    if (c == "over_compressed" && e("crest_db"))
        return tr("A crest factor of %1 dB leaves little punch: the track may be over-compressed or limited.")
            .arg(num(*e("crest_db"), 1));
    return english;
}

QString CoreText::comparisonFinding(const core::ComparisonFinding& finding, const core::TrackComparison& c)
{
    const QString english = qs(finding.text);
    if (!g_localized)
        return english;
    const std::string& code = finding.code;
    const QString a = qs(c.aName), b = qs(c.bName);
    auto fig = [&c](std::string_view key) -> const core::FigureDelta* {
        const core::FigureDelta* f = c.figure(key);
        return f && f->a && f->b && f->delta ? f : nullptr;
    };
    if (code == "loudness") {
        if (const auto* f = fig("integrated_lufs"))
            return (*f->delta > 0 ? tr("%1 is %2 dB louder than %3 (%4 vs %5 LUFS integrated).")
                                  : tr("%1 is %2 dB quieter than %3 (%4 vs %5 LUFS integrated)."))
                .arg(a, num(std::abs(*f->delta), 1), b, num(*f->a, 1), num(*f->b, 1));
    } else if (code == "true_peak") {
        if (const auto* f = fig("true_peak_dbtp"))
            return (*f->delta > 0 ? tr("%1 peaks at %2 dBTP, %3 dB higher than %4 (%5 dBTP).")
                                  : tr("%1 peaks at %2 dBTP, %3 dB lower than %4 (%5 dBTP)."))
                .arg(a, num(*f->a, 1), num(std::abs(*f->delta), 1), b, num(*f->b, 1));
    } else if (code == "loudness_range") {
        if (const auto* f = fig("lra_lu"))
            return (*f->delta > 0 ? tr("%1 has %2 LU more loudness range than %3 (%4 vs %5 LU).")
                                  : tr("%1 has %2 LU less loudness range than %3 (%4 vs %5 LU)."))
                .arg(a, num(std::abs(*f->delta), 1), b, num(*f->a, 1), num(*f->b, 1));
    } else if (code == "crest") {
        if (const auto* f = fig("crest_db"))
            return (*f->delta > 0 ? tr("%1's crest factor is %2 dB higher (%3 vs %4 dB): it is less compressed than %5.")
                                  : tr("%1's crest factor is %2 dB lower (%3 vs %4 dB): it is more compressed than %5."))
                .arg(a, num(std::abs(*f->delta), 1), num(*f->a, 1), num(*f->b, 1), b);
    } else if (code == "width") {
        if (const auto* f = fig("width"))
            return (*f->delta > 0 ? tr("%1 is wider than %2 (stereo width %3 vs %4).")
                                  : tr("%1 is narrower than %2 (stereo width %3 vs %4)."))
                .arg(a, b, num(*f->a, 2), num(*f->b, 2));
    } else if (code == "quality") {
        if (const auto* f = fig("quality_score"))
            return tr("%1 scores %2/100, %3 %4/100 (%5 points).")
                .arg(a, num(*f->a, 0), b, num(*f->b, 0), signedNum(*f->delta, 0));
    } else if (startsWith(code, "band_")) {
        const auto band = bandOfKey(code.substr(5));
        if (band) {
            const core::BandDelta& bd = c.bands[*band];
            const bool matched = c.loudnessOffsetDb.has_value();
            const core::OptDouble d = matched ? bd.matchedDeltaDb : bd.deltaDb;
            if (d) {
                const QString range = QStringLiteral("%1–%2 Hz").arg(num(core::kBands[*band].lowHz, 0),
                                                                      num(core::kBands[*band].highHz, 0));
                QString text = (*d > 0 ? tr("%1: %2 (%3) %4 dB higher than in %5") : tr("%1: %2 (%3) %4 dB lower than in %5"))
                                   .arg(a, CoreText::band(*band), range, num(std::abs(*d), 1), b);
                if (matched)
                    text += tr(", loudness-matched");
                if (!c.targetReferences.empty() && bd.spreadDb)
                    text += (std::abs(*d) > *bd.spreadDb ? tr(" (the references spread ±%1 dB: outside)")
                                                         : tr(" (the references spread ±%1 dB: within)"))
                                .arg(num(*bd.spreadDb, 1));
                return text + QLatin1Char('.');
            }
        }
    } else if (startsWith(code, "move_eq_")) {
        const auto band = bandOfKey(code.substr(8));
        if (band) {
            const core::BandDelta& bd = c.bands[*band];
            const core::OptDouble d = c.loudnessOffsetDb ? bd.matchedDeltaDb : bd.deltaDb;
            if (d) {
                const double gainDb = std::clamp(-*d * 0.5, -6.0, 6.0);
                const auto& e = core::kBands[*band];
                const QString how = *band == 0 ? tr("a low shelf at %1").arg(hz(e.highHz))
                                    : *band == core::kBandCount - 1 ? tr("a high shelf at %1").arg(hz(e.lowHz))
                                                                    : tr("a broad bell (Q 0.7) at %1").arg(hz(std::sqrt(e.lowHz * e.highHz)));
                return (gainDb < 0 ? tr("To bring %1 towards %2: cut %3 dB with %4, then listen again.")
                                   : tr("To bring %1 towards %2: boost %3 dB with %4, then listen again."))
                    .arg(a, b, num(std::abs(gainDb), 1), how);
            }
        }
    } else if (code == "move_level" && c.loudnessOffsetDb) {
        return (*c.loudnessOffsetDb > 0 ? tr("To A/B fairly, lower %1 by %2 dB to %3's loudness.")
                                        : tr("To A/B fairly, raise %1 by %2 dB to %3's loudness."))
            .arg(a, num(std::abs(*c.loudnessOffsetDb), 1), b);
    } else if (code == "move_dynamics") {
        if (const auto* f = fig("crest_db"))
            return *f->delta > 0
                       ? tr("%1 is %2 dB more dynamic than %3: compress or limit it by about that much to match its "
                            "density.")
                             .arg(a, num(*f->delta, 1), b)
                       : tr("%1 is %2 dB denser than %3: ease its compression or limiting.").arg(a, num(-*f->delta, 1), b);
    } else if (code == "move_width") {
        if (const auto* f = fig("width"))
            return (*f->delta > 0 ? tr("Narrow %1 with a mid/side balance: its width is %2, %3's %4.")
                                  : tr("Widen %1 with a mid/side balance: its width is %2, %3's %4."))
                .arg(a, num(*f->a, 2), b, num(*f->b, 2));
    }
    return english;
}

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
               + comparisonFinding(f, c) + QLatin1Char('\n');
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
    return out;
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
    const QString label = figureLabel(figure, true);
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

QString CoreText::scoreItem(const core::ScoreItem& item)
{
    const std::string& r = item.reason;
    if (!g_localized)
        return qs(r);
    if (r == "starting score")
        return tr("starting score");
    if (startsWith(r, "healthy dynamics (PLR"))
        return tr("healthy dynamics (PLR 8–14 dB)");
    if (startsWith(r, "healthy dynamics"))
        return tr("healthy dynamics (crest factor)");
    if (startsWith(r, "healthy headroom") && r.find("1.5") != std::string::npos)
        return tr("healthy headroom (true peak −1.5 to −0.5 dBTP)");
    if (startsWith(r, "healthy headroom"))
        return tr("healthy headroom (true peak −6 to −1 dBTP)");
    // "<severity> issue: <code>"
    const auto colon = r.find(" issue: ");
    if (colon != std::string::npos) {
        const std::string sev = r.substr(0, colon);
        const core::Severity s = sev == "high" ? core::Severity::High : sev == "medium" ? core::Severity::Medium
                                                                                          : core::Severity::Low;
        return tr("%1 issue: %2").arg(severity(s), issueName(r.substr(colon + 8)));
    }
    return qs(r);
}

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

QString CoreText::suggestionTitle(const core::Suggestion& s)
{
    const QString english = qs(s.title);
    if (!g_localized)
        return english;
    const std::string& r = s.rule;
    const QString name = target(s, 0);
    const auto gain = param(s, "gain_db");
    const auto f = param(s, "frequency_hz");
    const auto q = param(s, "q");
    if (r == "stem_level" && gain)
        return *gain < 0.0 ? tr("Lower %1 by %2 dB before it reaches the mix bus").arg(name, num(-*gain, 1))
                           : tr("Raise %1 by %2 dB").arg(name, num(*gain, 1));
    if (r == "high_pass" && f && param(s, "slope_db_per_oct"))
        return tr("High-pass %1 at %2, %3 dB/oct").arg(name, hz(*f), num(*param(s, "slope_db_per_oct"), 0));
    if ((r == "resonance_cut" || r == "low_mid_cut" || r == "harshness_cut" || r == "tonal_bump_cut") && gain && f && q)
        return tr("Cut %1 dB at %2 (Q %3) on %4").arg(num(-*gain, 1), hz(*f), num(*q, 1), name);
    if (r == "tonal_dip_boost" && gain && f && q)
        return tr("Boost %1 dB at %2 (Q %3) on %4").arg(num(*gain, 1), hz(*f), num(*q, 1), name);
    if (r == "high_shelf_lift" && gain && f)
        return tr("Lift the top of %1: high shelf +%2 dB from %3").arg(name, num(*gain, 1), hz(*f));
    if (r == "de_esser" && f && param(s, "range_db"))
        return tr("De-ess %1 at %2, up to %3 dB").arg(name, hz(*f), num(*param(s, "range_db"), 1));
    if (r == "compression" && param(s, "ratio") && param(s, "threshold_db") && param(s, "attack_ms")
        && param(s, "release_ms"))
        return tr("Compress %1: %2:1 from %3 dB, attack %4 ms, release %5 ms")
            .arg(name, num(*param(s, "ratio"), 1), num(*param(s, "threshold_db"), 1), num(*param(s, "attack_ms"), 1),
                 num(*param(s, "release_ms"), 0));
    if (r == "phase_check")
        return tr("Check the polarity of %1: one channel looks inverted").arg(name);
    if (r == "mono_check" && param(s, "mono_loss_db"))
        return tr("Listen to %1 in mono: it is wide and loses %2 dB").arg(name, num(*param(s, "mono_loss_db"), 1));
    if (r == "polarity_pair" && s.target.tracks.size() == 2)
        return tr("Flip the polarity of %1: it cancels %2").arg(name, target(s, 1));
    if (r == "low_end_mono" && f)
        return tr("Make %1 mono below %2").arg(name, hz(*f));
    if (r == "bass_harmonics")
        return tr("Add harmonics to %1 so it reads on small speakers").arg(name);
    if (r == "masking") {
        const QString keeps = target(s, 1);
        const auto lo = evidence(s.evidence, "overlap_low_hz");
        const auto hi = evidence(s.evidence, "overlap_high_hz");
        if (s.parameter("key_input") != nullptr && param(s, "range_db") && lo && hi)
            return tr("Side-chain %1 to %2: duck %3 dB at each hit (%4–%5)")
                .arg(name, keeps, num(*param(s, "range_db"), 1), hz(*lo), hz(*hi));
        if (gain && f)
            return tr("Carve %1 dB at %2 out of %3 to make room for %4").arg(num(-*gain, 1), hz(*f), name, keeps);
    }
    if (r == "summed_headroom" && gain)
        return evidence(s.evidence, "summed_true_peak_dbtp")
                   ? tr("The stems clip the mix bus at unity: lower them all by %1 dB").arg(num(-*gain, 1))
                   : tr("The stems may clip the mix bus: lower them all by up to %1 dB").arg(num(-*gain, 1));
    if (r == "mono_sum")
        return s.target.tracks.empty() ? tr("The mix loses level in mono: check the wide stems")
                                       : tr("The mix loses level in mono: narrow %1").arg(joinNames(s.target.tracks));
    if (r == "balance" && gain)
        return *gain > 0.0 ? tr("Bring up %1 by about %2 dB in the balance").arg(name, num(std::abs(*gain), 0))
                           : tr("Pull down %1 by about %2 dB in the balance").arg(name, num(std::abs(*gain), 0));
    return english;
}

QString CoreText::suggestionDescription(const core::Suggestion& s)
{
    const QString english = qs(s.description);
    if (!g_localized)
        return english;
    const std::string& r = s.rule;
    const auto gain = param(s, "gain_db");
    const auto f = param(s, "frequency_hz");
    if (r == "stem_level" && gain)
        return *gain < 0.0 ? tr("Trim the clip or the first insert by %1 dB so the stem peaks near -6 dBTP, leaving "
                                "headroom for processing and the bus.")
                                 .arg(num(-*gain, 1))
                           : tr("Raise the clip gain (not the fader) so plug-ins see a healthy level.");
    if (r == "high_pass" && f && param(s, "slope_db_per_oct")) {
        const QString slope = num(*param(s, "slope_db_per_oct"), 0);
        return evidence(s.evidence, "f0_min_hz")
                   ? tr("A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest "
                        "note.")
                         .arg(slope, hz(*f))
                   : tr("A %1 dB/octave high-pass at %2 removes what lies below the part without touching its lowest "
                        "useful content.")
                         .arg(slope, hz(*f));
    }
    if (r == "resonance_cut" && f)
        return tr("A narrow bell cut at the resonance; sweep ±5 % around %1 to centre it by ear.").arg(hz(*f));
    if (r == "low_mid_cut")
        return tr("A broad bell cut in the low mids; listen for the part staying full but clearer.");
    if (r == "tonal_bump_cut")
        return tr("A bell cut of the bump's width undoes it; sweep around the centre by ear.");
    if (r == "tonal_dip_boost")
        return tr("A gentle bell boost fills the dip; if it only brings up noise, leave it.");
    if (r == "harshness_cut")
        return tr("A broad bell cut in the upper mids; listen for the part staying present but less edgy.");
    if (r == "high_shelf_lift")
        return tr("A gentle shelf opens a dull part; if it only brings up hiss, the source is the place to fix it.");
    if (r == "de_esser")
        return tr("A split-band de-esser acting only on the sibilant band, so the rest of the voice keeps its tone.");
    if (r == "compression") {
        const auto p95 = evidence(s.evidence, "short_term_p95_lufs");
        const auto threshold = param(s, "threshold_db");
        const auto ratio = param(s, "ratio");
        if (p95 && threshold && ratio && *ratio > 0.0)
            return tr("About %1 dB of gain reduction on the loudest passages evens the part out; a threshold on the "
                      "short-term loudness scale (an RMS detector reads close to it).")
                .arg(num(std::max(0.0, (*p95 - *threshold) * (1.0 - 1.0 / *ratio)), 1));
    }
    if (r == "phase_check")
        return tr("Invert one channel's polarity (or remove the widener) and compare in mono.");
    if (r == "mono_check")
        return tr("Not a polarity fault: the sides are decorrelated. If it thins out too much in mono, narrow it (width "
                  "control, M/S) rather than flipping a channel.");
    if (r == "polarity_pair" && !s.target.tracks.empty())
        return tr("Invert the polarity of %1 (the whole track, both channels) and listen to the two together: the low "
                  "end and the body come back. If they were recorded at different distances, nudge the timing too.")
            .arg(target(s, 0));
    if (r == "low_end_mono")
        return tr("A mid/side EQ or a bass-mono utility: the low end stays solid on club systems and in mono.");
    if (r == "bass_harmonics")
        return tr("Parallel saturation (drive 6 dB, 30 % wet), or a harmonics enhancer above 500 Hz.");
    if (r == "masking") {
        const QString yields = target(s, 0), keeps = target(s, 1);
        const auto lo = evidence(s.evidence, "overlap_low_hz");
        const auto hi = evidence(s.evidence, "overlap_high_hz");
        if (s.parameter("key_input") != nullptr && param(s, "release_ms") && lo && hi)
            return tr("A compressor on %1 keyed by %2 (fast attack, release %3 ms), or a dynamic EQ on %4–%5 only: %2 "
                      "keeps its punch, %1 fills the gaps.")
                .arg(yields, keeps, num(*param(s, "release_ms"), 0), hz(*lo), hz(*hi));
        return tr("A bell cut on %1 where %2 lives; if both must stay full, cut %1 there only while %2 plays (dynamic "
                  "EQ keyed by it).")
            .arg(yields, keeps);
    }
    if (r == "summed_headroom")
        return tr("Pull every fader (or a VCA over all of them) down by the same amount, so the balance stays and the "
                  "bus peaks at -1 dBTP before any bus processing.");
    if (r == "mono_sum")
        return tr("Listen to the sum in mono; reduce the width (or fix the polarity) of the stems that disappear.");
    if (r == "balance")
        return tr("A starting fader move; set the final balance by ear against the lead.");
    return english;
}

QString CoreText::suggestionReasoning(const core::Suggestion& s)
{
    const QString english = qs(s.reasoning);
    if (!g_localized)
        return english;
    const std::string& r = s.rule;
    auto e = [&s](std::string_view m) { return evidence(s.evidence, m); };
    const QString name = target(s, 0);
    const QString type = trackType(s.trackType);
    if (r == "stem_level" && e("true_peak_dbtp") && e("integrated_lufs")) {
        const double tp = *e("true_peak_dbtp"), lufs = *e("integrated_lufs");
        if (param(s, "gain_db").value_or(0.0) < 0.0)
            return tr("The stem peaks at %1 dBTP and measures %2 LUFS; %3 stems are best staged with peaks below "
                      "-6 dBTP.")
                .arg(signedNum(tp, 1), num(lufs, 1), type);
        return tr("At %1 LUFS the stem is below the usual window of %2 stems; its true peak (%3 dBTP) leaves room for "
                  "%4 dB.")
            .arg(num(lufs, 1), type, num(tp, 1), num(-6.0 - tp, 1));
    }
    if (r == "high_pass" && e("energy_below_corner_db") && e("sub_bass_share") && param(s, "frequency_hz")) {
        QString why = tr("%1 % of the energy lies below %2 (%3 of it below 60 Hz)")
                          .arg(num(100.0 * std::pow(10.0, *e("energy_below_corner_db") / 10.0), 1),
                               hz(*param(s, "frequency_hz")), pct(*e("sub_bass_share")));
        if (e("f0_min_hz"))
            why += tr("; the lowest note sits at %1, so the corner stays below it").arg(hz(*e("f0_min_hz")));
        else if (e("lowest_content_hz"))
            why += tr("; %1 tracks rarely have useful content below %2").arg(type, hz(*e("lowest_content_hz")));
        if (e("rumble_peak_hz"))
            why += tr("; the rumble peaks near %1").arg(hz(*e("rumble_peak_hz")));
        return why + QLatin1Char('.');
    }
    if (r == "resonance_cut" && e("resonance_hz") && e("resonance_gain_db") && e("resonance_q")) {
        const double f = *e("resonance_hz"), q = *e("resonance_q");
        if (e("note_groups_with_peak") && e("note_groups"))
            return tr("A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it "
                      "rings through the whole track and stays put while the notes change: it stands out in %5 of the "
                      "%6 note groups, so it is not a played note.")
                .arg(num(f, 0), num(*e("resonance_gain_db"), 1), num(q, 1), num(f / std::max(q, 0.1), 0),
                     num(*e("note_groups_with_peak"), 0), num(*e("note_groups"), 0));
        return tr("A resonance at %1 Hz stands %2 dB above the spectrum around it, with Q %3 (-3 dB width %4 Hz); it "
                  "rings through the whole track.")
            .arg(num(f, 0), num(*e("resonance_gain_db"), 1), num(q, 1), num(f / std::max(q, 0.1), 0));
    }
    if ((r == "tonal_bump_cut" || r == "tonal_dip_boost") && e("tonal_deviation_hz") && e("tonal_deviation_db")
        && e("tonal_deviation_q") && e("note_groups")) {
        const double size = std::abs(*e("tonal_deviation_db"));
        const QString f = hz(*e("tonal_deviation_hz")), q = num(*e("tonal_deviation_q"), 1);
        const double groups = *e("note_groups");
        if (groups >= 2.0)
            return (r == "tonal_bump_cut"
                        ? tr("The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its "
                             "trend an octave either side, in the median of the %4 note groups: it stays put while the "
                             "notes change, as an EQ, a room or a mic does.")
                        : tr("The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend "
                             "an octave either side, in the median of the %4 note groups: it stays put while the notes "
                             "change, as an EQ, a room or a mic does."))
                .arg(num(size, 1), f, q, num(groups, 0));
        return (r == "tonal_bump_cut"
                    ? tr("The spectral envelope bulges %1 dB at %2 (Q %3, from its half-gain width) against its trend "
                         "an octave either side, over the whole track (one note group: no note changes to tell it from "
                         "the part by).")
                    : tr("The spectral envelope sags %1 dB at %2 (Q %3, from its half-gain width) against its trend an "
                         "octave either side, over the whole track (one note group: no note changes to tell it from the "
                         "part by)."))
            .arg(num(size, 1), f, q);
    }
    if ((r == "low_mid_cut" || r == "harshness_cut") && e("centre_hz")) {
        const std::size_t b = r == "low_mid_cut" ? 2 : 4;
        const std::string key = core::kBands[b].key;
        const auto share = e(key + "_share");
        const auto excess = e(key + "_excess_db");
        if (share && excess)
            return tr("The %1 band (%2–%3 Hz) holds %4 of the energy, %5 dB above a typical %6 track; its energy "
                      "centres on %7.")
                .arg(band(b), num(core::kBands[b].lowHz, 0), num(core::kBands[b].highHz, 0), pct(*share),
                     num(*excess, 1), type, hz(*e("centre_hz")));
    }
    if (r == "high_shelf_lift" && e("highs_share"))
        return tr("The highs (4–10 kHz) hold %1 of the energy, less than a %2 track usually has.")
            .arg(pct(*e("highs_share")), type);
    if (r == "de_esser" && e("sibilant_fraction") && e("sibilance_peak_hz")) {
        const double excess = e("sibilance_excess_db").value_or(0.0);
        return tr("%1 % of the sung or spoken frames are dominated by 4.5–10 kHz, peaking at %2; ")
                   .arg(num(100.0 * *e("sibilant_fraction"), 1), hz(*e("sibilance_peak_hz")))
               + (excess > 0.0 ? tr("they are %1 dB louder than the average frame, hence the range.").arg(num(excess, 1))
                               : tr("they are %1 dB quieter than the average frame, so a gentle range is enough.")
                                     .arg(num(-excess, 1)));
    }
    if (r == "compression" && e("short_term_p95_lufs") && e("short_term_p10_lufs") && param(s, "attack_ms")
        && param(s, "release_ms") && param(s, "threshold_db") && param(s, "ratio")) {
        QStringList parts;
        if (e("lra_lu"))
            parts << tr("The loudness range is %1 LU, wider than a %2 part usually has").arg(num(*e("lra_lu"), 1), type);
        if (e("crest_db"))
            parts << tr("the crest factor is %1 dB").arg(num(*e("crest_db"), 1));
        QString why = parts.join(QStringLiteral("; "));
        if (!why.isEmpty())
            why[0] = why[0].toUpper();
        why += e("lra_lu") ? tr(". The short-term loudness spans %1 (10th percentile) to %2 LUFS (95th): a threshold of "
                                "%3 dB at %4:1 takes the excess range off the loudest passages")
                                 .arg(num(*e("short_term_p10_lufs"), 1), num(*e("short_term_p95_lufs"), 1),
                                      num(*param(s, "threshold_db"), 1), num(*param(s, "ratio"), 1))
                           : tr(". Threshold from the short-term loudness (the loudest 5 % reach %1 LUFS)")
                                 .arg(num(*e("short_term_p95_lufs"), 1));
        why += tr("; attack %1 ms for %2 strong onsets per second")
                   .arg(num(*param(s, "attack_ms"), 1), num(e("transient_density").value_or(0.0), 1));
        why += e("tempo_bpm") ? tr("; release %1 ms, timed to the beat at %2 BPM.")
                                    .arg(num(*param(s, "release_ms"), 0), num(*e("tempo_bpm"), 0))
                              : tr("; release %1 ms.").arg(num(*param(s, "release_ms"), 0));
        return why;
    }
    if (r == "phase_check" && e("correlation") && e("mono_loss_db")) {
        if (e("low_band_correlation") && e("low_band_from_hz") && e("low_band_to_hz"))
            return tr("The left/right correlation is %1 and %2 between %3 and %4 Hz, where any natural recording "
                      "correlates; the mono fold-down loses %5 dB.")
                .arg(num(*e("correlation"), 2), num(*e("low_band_correlation"), 2), num(*e("low_band_from_hz"), 0),
                     num(*e("low_band_to_hz"), 0), num(*e("mono_loss_db"), 1));
        return tr("The left/right correlation is %1; the mono fold-down loses %2 dB.")
            .arg(num(*e("correlation"), 2), num(*e("mono_loss_db"), 1));
    }
    if (r == "mono_check" && e("correlation") && e("mono_loss_db"))
        return tr("The left/right correlation is %1 (wide, not inverted: the low end does not cancel) and the mono "
                  "fold-down loses %2 dB, more than the 3 dB of uncorrelated channels.")
            .arg(num(*e("correlation"), 2), num(*e("mono_loss_db"), 1));
    if (r == "polarity_pair" && s.target.tracks.size() == 2 && e("stem_correlation") && e("pair_sum_loss_db"))
        return tr("%1 and %2 correlate at %3: they carry the same source in opposite polarity, and summed they lose %4 "
                  "dB against their separate levels.")
            .arg(name, target(s, 1), num(*e("stem_correlation"), 2), num(*e("pair_sum_loss_db"), 1));
    if (r == "low_end_mono" && e("low_band_correlation") && e("low_share"))
        return tr("%1 of the energy is below 250 Hz and the channels correlate only %2 in the low bands.")
            .arg(pct(*e("low_share")), num(*e("low_band_correlation"), 2));
    if (r == "bass_harmonics" && e("share_above_500_hz"))
        return tr("Only %1 of the energy lies above 500 Hz: on phones and laptops, which reproduce little below 150 Hz, "
                  "the bass line vanishes.")
            .arg(pct(*e("share_above_500_hz")));
    if (r == "masking" && s.target.tracks.size() == 2) {
        // Evidence: "<band>_share_<A>", "<band>_share_<B>" in the order the pair was measured.
        std::vector<std::pair<std::string, double>> shares;
        std::optional<std::size_t> b;
        for (const auto& ev : s.evidence) {
            const auto at = ev.measure.find("_share_");
            if (at != std::string::npos) {
                shares.emplace_back(ev.measure.substr(at + 7), ev.value);
                b = bandOfKey(ev.measure);
            }
        }
        const auto diff = e("level_difference_db"), both = e("both_active_fraction");
        const auto lo = e("overlap_low_hz"), hi = e("overlap_high_hz");
        if (shares.size() == 2 && b && diff && both && lo && hi)
            return tr("%1 and %2 put %3 % and %4 % of their energy into the %5 band (%6–%7 Hz) at levels %8 dB apart, "
                      "and are active there together %9 % of the time; their spectra overlap most at %10–%11. %12 "
                      "yields.")
                .arg(qs(shares[0].first), qs(shares[1].first), num(100.0 * shares[0].second, 0),
                     num(100.0 * shares[1].second, 0), band(*b), num(core::kBands[*b].lowHz, 0),
                     num(core::kBands[*b].highHz, 0), num(std::abs(*diff), 1), num(100.0 * *both, 0))
                .arg(hz(*lo), hz(*hi), name);
    }
    if (r == "summed_headroom") {
        if (e("summed_true_peak_dbtp"))
            return tr("Summed at unity gain, the stems reach %1 dBTP (measured on the sum of the files, BS.1770-4 true "
                      "peak): the bus clips.")
                .arg(signedNum(*e("summed_true_peak_dbtp"), 2));
        if (e("summed_true_peak_bound_dbtp"))
            return tr("The stems' true peaks add up to %1 dBTP: an upper bound (if their peaks coincide); the sum was "
                      "not measured.")
                .arg(signedNum(*e("summed_true_peak_bound_dbtp"), 2));
    }
    if (r == "mono_sum" && e("sum_mono_loss_db"))
        return tr("Summed and folded to mono the session loses %1 dB (correlation of the sum %2); a mix with "
                  "uncorrelated sides loses about 3 dB, more means parts cancel.")
            .arg(num(*e("sum_mono_loss_db"), 1), num(e("sum_correlation").value_or(0.0), 2));
    if (r == "balance" && e("integrated_lufs") && e("balance_deviation_lu")) {
        const double deviation = *e("balance_deviation_lu");
        return deviation > 0.0
                   ? tr("%1 measures %2 LUFS: for a %3 track it sits %4 LU louder than the rest of the session suggests.")
                         .arg(name, num(*e("integrated_lufs"), 1), type, num(deviation, 1))
                   : tr("%1 measures %2 LUFS: for a %3 track it sits %4 LU quieter than the rest of the session "
                        "suggests.")
                         .arg(name, num(*e("integrated_lufs"), 1), type, num(-deviation, 1));
    }
    return english;
}

QString CoreText::parameterName(const std::string& key)
{
    if (!g_localized)
        return qs(key);
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
    return qs(key);
}

QString CoreText::parameterText(const std::string& value)
{
    QString plain = qs(value).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (!g_localized)
        return plain;
    if (value == "high_pass") return tr("high-pass");
    if (value == "low_pass") return tr("low-pass");
    if (value == "bell") return tr("bell");
    if (value == "high_shelf") return tr("high shelf");
    if (value == "low_shelf") return tr("low shelf");
    if (value == "split_band") return tr("split-band");
    if (value == "invert_one_channel_polarity") return tr("invert one channel's polarity");
    if (value == "invert_polarity") return tr("invert the polarity");
    if (value == "check_in_mono") return tr("check in mono");
    return plain;  // a track name (side-chain input) or an unknown id
}

QString CoreText::measure(const std::string& m)
{
    if (!g_localized)
        return qs(m);
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
        {"low_band_from_hz", QT_TRANSLATE_NOOP("CoreText", "low band from")},
        {"low_band_to_hz", QT_TRANSLATE_NOOP("CoreText", "low band to")},
        {"stem_correlation", QT_TRANSLATE_NOOP("CoreText", "correlation of the two stems")},
        {"pair_sum_loss_db", QT_TRANSLATE_NOOP("CoreText", "loss of their sum")},
        {"over_full_scale_samples", QT_TRANSLATE_NOOP("CoreText", "samples over full scale")},
        {"trailing_silence_s", QT_TRANSLATE_NOOP("CoreText", "silence at the end")},
    };
    for (const auto& [id, text] : kNames)
        if (m == id)
            return tr(text);
    // Per-band and per-track measures: "<band>_share", "<band>_excess_db", "<band>_share_<track>",
    // "correlation_<track>".
    if (const auto b = bandOfKey(m)) {
        const std::string rest = m.substr(std::string_view(core::kBands[*b].key).size());
        if (rest == "_share")
            return tr("%1 share").arg(band(*b));
        if (rest == "_excess_db")
            return tr("%1 excess").arg(band(*b));
        if (startsWith(rest, "_share_"))
            return tr("%1 share of %2").arg(band(*b), qs(rest.substr(7)));
    }
    if (startsWith(m, "correlation_"))
        return tr("correlation of %1").arg(qs(m.substr(12)));
    return qs(m);
}

namespace {

// Core's thresholds ("> 0.10", ">= 6.5 dB") with the locale's decimal separator.
QString localizedDecimals(QString text)
{
    const QString point = QLocale().decimalPoint();
    if (point == QLatin1String("."))
        return text;
    static const QRegularExpression re(QStringLiteral("(\\d)\\.(\\d)"));
    return text.replace(re, QStringLiteral("\\1") + point + QStringLiteral("\\2"));
}

}  // namespace

QString CoreText::comparison(const std::string& c)
{
    if (!g_localized)
        return qs(c);
    static const std::vector<std::pair<std::string_view, const char*>> kTexts{
        {"type default (no pitch measured)", QT_TRANSLATE_NOOP("CoreText", "type default (no pitch measured)")},
        {"threshold from here", QT_TRANSLATE_NOOP("CoreText", "threshold from here")},
        {"threshold not below", QT_TRANSLATE_NOOP("CoreText", "threshold not below")},
        {"attack", QT_TRANSLATE_NOOP("CoreText", "attack")},
        {"release", QT_TRANSLATE_NOOP("CoreText", "release")},
        {"upper bound from the stems", QT_TRANSLATE_NOOP("CoreText", "upper bound from the stems")},
        {"peaks stay below -6 dBTP", QT_TRANSLATE_NOOP("CoreText", "peaks stay below -6 dBTP")},
        {"loudest third of an octave in the band",
         QT_TRANSLATE_NOOP("CoreText", "loudest third of an octave in the band")},
        {">= 6 dB above the surround (f/1.5…1.5f median)",
         QT_TRANSLATE_NOOP("CoreText", ">= 6 dB above the surround (f/1.5…1.5f median)")},
        {"> 0.10 below 250 Hz", QT_TRANSLATE_NOOP("CoreText", "> 0.10 below 250 Hz")},
        {"no sample above 0", QT_TRANSLATE_NOOP("CoreText", "no sample above 0")},
        // The stereo verdict's thresholds (analysis/stereoanalyzer.h) and the float overs'.
        {"<= -0.5 with a mono loss >= 6 dB, or a low band <= -0.5",
         QT_TRANSLATE_NOOP("CoreText", "<= -0.5 with a mono loss >= 6 dB, or a low band <= -0.5")},
        {"-0.5…0.3 (wide)", QT_TRANSLATE_NOOP("CoreText", "-0.5…0.3 (wide)")},
        {"> -0.5 (not inverted), < 0.3 (wide)", QT_TRANSLATE_NOOP("CoreText", "> -0.5 (not inverted), < 0.3 (wide)")},
        {"> 4.0 dB or correlation < 0", QT_TRANSLATE_NOOP("CoreText", "> 4.0 dB or correlation < 0")},
        {"> 0 (float file)", QT_TRANSLATE_NOOP("CoreText", "> 0 (float file)")},
    };
    for (const auto& [id, text] : kTexts)
        if (c == id)
            return tr(text);
    return localizedDecimals(comparisonWords(c));
}

QString CoreText::comparisonWords(const std::string& c)
{
    // "… (typical <type>)" and "typical <type>"
    const auto typical = c.find("(typical ");
    if (typical != std::string::npos && endsWith(c, ")")) {
        const std::string type = c.substr(typical + 9, c.size() - typical - 10);
        return qs(c.substr(0, typical)) + tr("(typical %1)").arg(trackType(type));
    }
    // ">= 75 % of 6 note groups" (a resonance that stays put across notes)
    static const QRegularExpression groups(QStringLiteral("^>= (\\d+) % of (\\d+) note groups$"));
    if (const auto m = groups.match(qs(c)); m.hasMatch())
        return tr(">= %1 % of %2 note groups").arg(m.captured(1), m.captured(2));
    // "<= -0.5 between 20 and 120 Hz" (a low band of an inverted channel)
    static const QRegularExpression between(QStringLiteral("^(<= \\S+) between (\\d+) and (\\d+) Hz$"));
    if (const auto m = between.match(qs(c)); m.hasMatch())
        return tr("%1 between %2 and %3 Hz").arg(m.captured(1), m.captured(2), m.captured(3));
    if (startsWith(c, "corner ")) {
        const auto le = c.find(" ≤ ");
        if (le != std::string::npos)
            return tr("corner %1").arg(qs(c.substr(7, le - 7))) + qs(c.substr(le));
    }
    return qs(c);
}

}  // namespace stemwise::ui
