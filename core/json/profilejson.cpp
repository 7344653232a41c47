#include "json/profilejson.h"

#include "analysis/figures.h"
#include "util/boundedjson.h"

#include "json/jsonvalues.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

// ---- writing ---------------------------------------------------------------------------

class Writer {
public:
    explicit Writer(const ProfileJsonOptions& options) : m_exact(options.exact), m_series(options.exact || options.includeSeries) {}

    [[nodiscard]] bool series() const { return m_series; }
    [[nodiscard]] bool exact() const { return m_exact; }

    [[nodiscard]] Json num(double v) const
    {
        if (std::isfinite(v))
            return Json(v);
        if (!m_exact)
            return Json();
        return Json(std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
    }
    [[nodiscard]] Json opt(const OptDouble& v) const { return v ? num(*v) : Json(); }
    [[nodiscard]] Json optArray(const std::vector<OptDouble>& values) const
    {
        Json a = Json::array();
        for (const auto& v : values)
            a.push_back(opt(v));
        return a;
    }
    [[nodiscard]] Json numArray(const std::vector<double>& values) const
    {
        Json a = Json::array();
        for (double v : values)
            a.push_back(num(v));
        return a;
    }

private:
    bool m_exact;
    bool m_series;
};

// The registry's figures of `group` (analysis/figures.h) as members of `j`.
Json withFigures(const Writer& w, const TrackProfile& p, FigureGroup group, Json j)
{
    for (const Figure* f : figuresIn(group))
        j[std::string(f->key)] = w.opt(f->get(p));
    return j;
}

// 44100 rather than 44100.0; a fractional rate (rare, but some files declare one) stays exact.
Json sampleRateJson(double hz)
{
    const auto whole = static_cast<std::int64_t>(hz);
    return static_cast<double>(whole) == hz ? Json(whole) : Json(hz);
}

Json formatJson(const Writer& w, const TrackProfile& p)
{
    const AudioFileInfo& info = p.file;
    Json j{
        {"sample_rate", sampleRateJson(info.format.sampleRateHz)},
        {"channels", info.format.channels},
        {"frames", info.format.frames},
        {"container", info.container},
        {"container_name", info.containerName},
        {"encoding", info.encoding},
        {"encoding_name", info.encodingName},
        {"bits_per_sample", info.bitsPerSample > 0 ? Json(info.bitsPerSample) : Json()},
        {"file_size_bytes", info.fileSizeBytes},
        {"frames_missing", p.framesMissing},
        {"truncated", p.truncated || p.framesMissing > 0},
    };
    if (w.exact())
        j["is_float"] = info.isFloat;
    return withFigures(w, p, FigureGroup::Format, std::move(j));
}

Json loudnessJson(const Writer& w, const TrackProfile& p)
{
    const LoudnessProfile& l = p.loudness;
    Json j = withFigures(w, p, FigureGroup::Loudness, Json::object());
    j["true_peak_per_channel_dbtp"] = w.optArray(l.truePeakPerChannelDbtp);
    if (w.series()) {
        j["short_term_curve_lufs"] = w.optArray(l.shortTermCurveLufs);
        j["curve_interval_s"] = w.num(l.curveIntervalS);
    }
    return j;
}

Json dynamicsJson(const Writer& w, const TrackProfile& p)
{
    const DynamicsProfile& d = p.dynamics;
    Json channels = Json::array();
    for (const auto& c : d.channels)
        channels.push_back({{"peak_dbfs", w.opt(c.peakDbfs)}, {"rms_dbfs", w.opt(c.rmsDbfs)}, {"dc_offset", w.num(c.dcOffset)}});
    return withFigures(w, p, FigureGroup::Dynamics, {
        {"dc_offset", w.num(d.dcOffset)},
        {"clipped_samples", d.clippedSamples},
        {"clipped_runs", d.clippedRuns},
        {"over_full_scale_samples", d.overSamples},
        {"non_finite_samples", d.nonFiniteSamples},
        {"leading_silence_s", w.opt(d.leadingSilenceS)},
        {"trailing_silence_s", w.opt(d.trailingSilenceS)},
        {"channels", std::move(channels)},
    });
}

Json spectrumJson(const Writer& w, const TrackProfile& p)
{
    const SpectrumProfile& s = p.spectrum;
    Json bands = Json::object();
    for (std::size_t b = 0; b < kBandCount; ++b)
        bands[kBands[b].key] = {{"share", w.num(s.bands[b].share)}, {"level_db", w.opt(s.bands[b].levelDb)}};
    Json dominantHz = Json::array();
    Json dominant = Json::array();
    for (const auto& peak : s.dominant) {
        dominantHz.push_back(w.num(peak.frequencyHz));
        dominant.push_back({{"frequency_hz", w.num(peak.frequencyHz)}, {"level_db", w.num(peak.levelDb)}});
    }
    Json resonances = Json::array();
    for (const auto& r : s.resonances)
        resonances.push_back({{"frequency_hz", w.num(r.frequencyHz)}, {"gain_db", w.num(r.gainDb)}, {"q", w.num(r.q)},
                              {"note_groups", r.noteGroups}, {"note_groups_with_peak", r.noteGroupsWithPeak}});
    Json deviations = Json::array();
    for (const auto& t : s.tonalDeviations)
        deviations.push_back({{"frequency_hz", w.num(t.frequencyHz)}, {"gain_db", w.num(t.gainDb)}, {"q", w.num(t.q)},
                              {"note_groups", t.noteGroups}, {"shape", deviationShapeName(t.shape)}, {"fitted", t.fitted}});
    Json j = withFigures(w, p, FigureGroup::Spectrum, {
        {"bands", std::move(bands)},
        {"flatness", w.opt(s.flatness)},
        {"dominant_hz", std::move(dominantHz)},
        {"dominant", std::move(dominant)},
        {"resonances", std::move(resonances)},
        {"tonal_deviations", std::move(deviations)},
        {"sibilance",
         {{"fraction", w.num(s.sibilance.fraction)},
          {"peak_hz", w.opt(s.sibilance.peakHz)},
          {"excess_db", w.opt(s.sibilance.excessDb)}}},
    });
    if (w.series())
        j["ltas"] = {{"frequency_hz", w.numArray(s.ltasFrequencyHz)}, {"level_db", w.numArray(s.ltasDb)}};
    Json activity{{"interval_s", w.num(s.bandActivity.intervalS)}};
    Json fractions = Json::object();
    for (std::size_t b = 0; b < kBandCount; ++b)
        fractions[kBands[b].key] = w.num(s.bandActivity.activeFraction[b]);
    activity["active_fraction"] = std::move(fractions);
    if (w.series()) {
        Json levels = Json::object();
        for (std::size_t b = 0; b < kBandCount; ++b)
            levels[kBands[b].key] = w.numArray(s.bandActivity.levelDb[b]);
        activity["level_db"] = std::move(levels);
    }
    j["band_activity"] = std::move(activity);
    return j;
}

Json stereoJson(const Writer& w, const TrackProfile& p)
{
    const StereoProfile& s = p.stereo;
    Json low = Json::array();
    for (const auto& b : s.lowBandCorrelation)
        low.push_back({{"low_hz", w.num(b.lowHz)}, {"high_hz", w.num(b.highHz)}, {"correlation", w.opt(b.correlation)}});
    Json j = withFigures(w, p, FigureGroup::Stereo, {{"is_stereo", s.isStereo}});
    j["low_band_correlation"] = std::move(low);
    return j;
}

Json rhythmJson(const Writer& w, const TrackProfile& p)
{
    const RhythmProfile& r = p.rhythm;
    Json candidates = Json::array();
    for (const auto& c : r.tempoCandidates)
        candidates.push_back({{"bpm", w.num(c.bpm)}, {"confidence", w.num(c.confidence)}, {"relation", c.relation}});
    Json j = withFigures(w, p, FigureGroup::Rhythm, Json::object());
    j.update(Json{
        {"tempo_confidence", w.opt(r.tempoConfidence)},
        {"tempo_candidates", std::move(candidates)},
        {"onsets_per_s", w.num(r.onsetsPerS)},
        {"transient_density_per_s", w.num(r.transientDensity)},
        {"pulse_clarity", w.opt(r.pulseClarity)},
        {"onset_count", r.onsetTimesS.size()},
    });
    if (w.series())
        j["onset_times_s"] = w.numArray(r.onsetTimesS);
    return j;
}

Json tonalJson(const Writer& w, const TonalProfile& t)
{
    Json candidates = Json::array();
    for (const auto& c : t.keyCandidates)
        candidates.push_back({{"key", c.key}, {"confidence", w.num(c.confidence)}, {"relation", c.relation}});
    Json notes = Json::array();
    for (const auto& n : t.playedNotes)
        notes.push_back({{"hz", w.num(n.hz)}, {"share", w.num(n.share)}});
    Json j{
        {"f0_median_hz", w.opt(t.f0MedianHz)},
        {"f0_min_hz", w.opt(t.f0MinHz)},
        {"f0_max_hz", w.opt(t.f0MaxHz)},
        {"hnr_db", w.opt(t.hnrDb)},
        {"voiced_fraction", w.num(t.voicedFraction)},
        {"played_notes", std::move(notes)},
        {"key", t.key ? Json(*t.key) : Json()},
        {"key_confidence", w.opt(t.keyConfidence)},
        {"key_candidates", std::move(candidates)},
        {"tonalness", w.opt(t.tonalness)},
    };
    if (w.series()) {
        Json chroma = Json::array();
        for (const auto& point : t.chromaSeries.chroma) {
            Json classes = Json::array();
            for (double v : point)
                classes.push_back(w.num(v));
            chroma.push_back(std::move(classes));
        }
        j["chroma_series"] = {{"interval_s", w.num(t.chromaSeries.intervalS)}, {"chroma", std::move(chroma)}};
    }
    return j;
}

// Only with the series: the overview is for drawing, not a figure to read.
Json overviewJson(const Writer& w, const WaveformOverview& o)
{
    Json channels = Json::array();
    for (const auto& c : o.channels)
        channels.push_back({{"min", c.min}, {"max", c.max}});
    return {{"bucket_s", w.num(o.bucketS)}, {"channels", std::move(channels)}};
}

Json issuesJson(const Writer& w, const std::vector<TrackIssue>& issues)
{
    Json out = Json::array();
    for (const auto& issue : issues) {
        Json evidence = Json::array();
        for (const auto& e : issue.evidence)
            evidence.push_back({{"measure", e.measure}, {"value", w.num(e.value)}, {"unit", e.unit}, {"comparison", e.comparison}});
        out.push_back({{"code", issue.code},
                       {"severity", severityName(issue.severity)},
                       {"message", issue.message},
                       {"evidence", std::move(evidence)}});
    }
    return out;
}

// ---- reading ---------------------------------------------------------------------------

struct ParseFailure {
    std::string pointer;
    std::string message;
};

// A read-only view of one JSON value and where it sits (as a JSON pointer), so that every
// complaint names the member it is about.
class In {
public:
    In(const Json& json, std::string pointer) : m_json(json), m_pointer(std::move(pointer)) {}

    [[nodiscard]] const Json& json() const { return m_json; }
    [[nodiscard]] const std::string& pointer() const { return m_pointer; }

    [[noreturn]] void fail(const std::string& key, const std::string& message) const
    {
        throw ParseFailure{m_pointer + "/" + key, message};
    }

    [[nodiscard]] const Json* find(const char* key) const
    {
        const auto it = m_json.find(key);
        return it == m_json.end() ? nullptr : &*it;
    }

    [[nodiscard]] In object(const char* key) const
    {
        const Json* v = find(key);
        if (v == nullptr || !v->is_object())
            fail(key, v == nullptr ? "missing" : "expected an object");
        return In(*v, m_pointer + "/" + key);
    }

    // Visits the items of an array member; a missing member is an empty array.
    template <typename F>
    void each(const char* key, F&& visit) const
    {
        const Json* v = find(key);
        if (v == nullptr || v->is_null())
            return;
        if (!v->is_array())
            fail(key, "expected an array");
        for (std::size_t i = 0; i < v->size(); ++i)
            visit(In((*v)[i], m_pointer + "/" + key + "/" + std::to_string(i)), i);
    }

    [[nodiscard]] static std::optional<double> numberOf(const Json& v, bool& ok)
    {
        ok = true;
        if (v.is_null())
            return std::nullopt;
        if (v.is_number())
            return v.get<double>();
        if (v.is_string()) {
            const auto& s = v.get_ref<const std::string&>();
            if (s == "inf")
                return std::numeric_limits<double>::infinity();
            if (s == "-inf")
                return -std::numeric_limits<double>::infinity();
            if (s == "nan")
                return std::numeric_limits<double>::quiet_NaN();
        }
        ok = false;
        return std::nullopt;
    }

    [[nodiscard]] OptDouble opt(const char* key) const
    {
        const Json* v = find(key);
        if (v == nullptr)
            return std::nullopt;
        bool ok = false;
        auto value = numberOf(*v, ok);
        if (!ok)
            fail(key, "expected a number, null, \"inf\", \"-inf\" or \"nan\"");
        return value;
    }

    /// A member that is not optional in TrackProfile: null stands for a non-finite value.
    [[nodiscard]] double num(const char* key, double fallback = 0.0) const
    {
        if (find(key) == nullptr)
            return fallback;
        return opt(key).value_or(std::numeric_limits<double>::quiet_NaN());
    }

    [[nodiscard]] std::int64_t integer(const char* key, std::int64_t fallback = 0) const
    {
        const Json* v = find(key);
        if (v == nullptr || v->is_null())
            return fallback;
        if (!v->is_number_integer())
            fail(key, "expected an integer");
        return v->get<std::int64_t>();
    }

    [[nodiscard]] std::string str(const char* key, std::string fallback = {}) const
    {
        const Json* v = find(key);
        if (v == nullptr || v->is_null())
            return fallback;
        if (!v->is_string())
            fail(key, "expected a string");
        return v->get<std::string>();
    }

    [[nodiscard]] std::optional<std::string> optStr(const char* key) const
    {
        const Json* v = find(key);
        if (v == nullptr || v->is_null())
            return std::nullopt;
        return str(key);
    }

    [[nodiscard]] bool boolean(const char* key, bool fallback = false) const
    {
        const Json* v = find(key);
        if (v == nullptr || v->is_null())
            return fallback;
        if (!v->is_boolean())
            fail(key, "expected true or false");
        return v->get<bool>();
    }

    // An array of numbers or nulls; `self` names the array for the messages.
    [[nodiscard]] std::vector<OptDouble> optArray(const char* key) const
    {
        std::vector<OptDouble> out;
        each(key, [&out](const In& item, std::size_t) {
            bool ok = false;
            auto value = numberOf(item.json(), ok);
            if (!ok)
                throw ParseFailure{item.m_pointer, "expected a number or null"};
            out.push_back(value);
        });
        return out;
    }

    [[nodiscard]] std::vector<double> numArray(const char* key) const
    {
        std::vector<double> out;
        for (const auto& v : optArray(key))
            out.push_back(v.value_or(std::numeric_limits<double>::quiet_NaN()));
        return out;
    }

private:
    const Json& m_json;
    std::string m_pointer;
};

Severity severityFrom(const In& in, const char* key)
{
    const std::string name = in.str(key, "low");
    for (Severity s : {Severity::Low, Severity::Medium, Severity::High})
        if (name == severityName(s))
            return s;
    in.fail(key, "expected \"low\", \"medium\" or \"high\"");
}

// The registry's figures of `group` that the profile keeps, from the object `in`.
void readFigures(TrackProfile& p, const In& in, FigureGroup group)
{
    for (const Figure* f : figuresIn(group))
        if (f->set != nullptr)
            f->set(p, in.opt(std::string(f->key).c_str()));
}

TrackProfile readProfile(const In& root)
{
    if (!root.json().is_object())
        throw ParseFailure{"", "expected a track profile object"};
    TrackProfile p;
    p.file.path = root.str("path");
    p.name = root.str("name");
    p.type = root.str("type");
    p.typeSource = root.str("type_source");
    if (root.find("type_guess"))
        p.typeGuess = root.str("type_guess");
    if (root.find("type_runner_up"))
        p.typeRunnerUp = root.str("type_runner_up");

    const In format = root.object("format");
    if (!format.find("sample_rate") || !format.find("channels") || !format.find("frames"))
        format.fail("sample_rate", "the format needs sample_rate, channels and frames");
    p.file.format.sampleRateHz = format.num("sample_rate");
    p.file.format.channels = static_cast<int>(format.integer("channels"));
    p.file.format.frames = format.integer("frames");
    p.file.container = format.str("container");
    p.file.containerName = format.str("container_name");
    p.file.encoding = format.str("encoding");
    p.file.encodingName = format.str("encoding_name");
    p.file.bitsPerSample = static_cast<int>(format.integer("bits_per_sample"));
    p.file.fileSizeBytes = static_cast<std::uintmax_t>(format.integer("file_size_bytes"));
    p.framesMissing = format.integer("frames_missing");
    p.truncated = format.boolean("truncated", p.framesMissing > 0);
    p.file.isFloat = format.boolean("is_float", p.file.encoding == "FLOAT" || p.file.encoding == "DOUBLE");

    readFigures(p, format, FigureGroup::Format);
    const In l = root.object("loudness");
    readFigures(p, l, FigureGroup::Loudness);
    p.loudness.truePeakPerChannelDbtp = l.optArray("true_peak_per_channel_dbtp");
    p.loudness.shortTermCurveLufs = l.optArray("short_term_curve_lufs");
    p.loudness.curveIntervalS = l.num("curve_interval_s", 1.0);

    const In d = root.object("dynamics");
    readFigures(p, d, FigureGroup::Dynamics);
    p.dynamics.dcOffset = d.num("dc_offset");
    p.dynamics.clippedSamples = d.integer("clipped_samples");
    p.dynamics.clippedRuns = d.integer("clipped_runs");
    p.dynamics.overSamples = d.integer("over_full_scale_samples");
    p.dynamics.nonFiniteSamples = d.integer("non_finite_samples");
    p.dynamics.leadingSilenceS = d.opt("leading_silence_s");
    p.dynamics.trailingSilenceS = d.opt("trailing_silence_s");
    d.each("channels", [&p](const In& c, std::size_t) {
        p.dynamics.channels.push_back({c.opt("peak_dbfs"), c.opt("rms_dbfs"), c.num("dc_offset")});
    });

    const In s = root.object("spectrum");
    readFigures(p, s, FigureGroup::Spectrum);
    const In bands = s.object("bands");
    for (std::size_t b = 0; b < kBandCount; ++b) {
        const In band = bands.object(kBands[b].key);
        p.spectrum.bands[b] = {band.num("share"), band.opt("level_db")};
    }
    p.spectrum.flatness = s.opt("flatness");
    s.each("dominant", [&p](const In& x, std::size_t) {
        p.spectrum.dominant.push_back({x.num("frequency_hz"), x.num("level_db")});
    });
    s.each("resonances", [&p](const In& x, std::size_t) {
        p.spectrum.resonances.push_back({x.num("frequency_hz"), x.num("gain_db"), x.num("q"),
                                         static_cast<int>(x.integer("note_groups")),
                                         static_cast<int>(x.integer("note_groups_with_peak"))});
    });
    s.each("tonal_deviations", [&p](const In& x, std::size_t) {
        p.spectrum.tonalDeviations.push_back({x.num("frequency_hz"), x.num("gain_db"), x.num("q"),
                                              static_cast<int>(x.integer("note_groups")),
                                              deviationShapeFromName(x.str("shape", "bell")), x.boolean("fitted", false)});
    });
    if (s.find("sibilance") != nullptr) {
        const In sib = s.object("sibilance");
        p.spectrum.sibilance = {sib.num("fraction"), sib.opt("peak_hz"), sib.opt("excess_db")};
    }
    if (s.find("ltas") != nullptr) {
        const In ltas = s.object("ltas");
        p.spectrum.ltasFrequencyHz = ltas.numArray("frequency_hz");
        p.spectrum.ltasDb = ltas.numArray("level_db");
        if (p.spectrum.ltasFrequencyHz.size() != p.spectrum.ltasDb.size())
            ltas.fail("level_db", "needs as many values as frequency_hz");
    }
    if (s.find("band_activity") != nullptr) {
        const In activity = s.object("band_activity");
        p.spectrum.bandActivity.intervalS = activity.num("interval_s", 1.0);
        if (activity.find("active_fraction") != nullptr) {
            const In fractions = activity.object("active_fraction");
            for (std::size_t b = 0; b < kBandCount; ++b)
                p.spectrum.bandActivity.activeFraction[b] = fractions.num(kBands[b].key);
        }
        if (activity.find("level_db") != nullptr) {
            const In levels = activity.object("level_db");
            for (std::size_t b = 0; b < kBandCount; ++b)
                p.spectrum.bandActivity.levelDb[b] = levels.numArray(kBands[b].key);
        }
    }

    const In st = root.object("stereo");
    readFigures(p, st, FigureGroup::Stereo);
    p.stereo.isStereo = st.boolean("is_stereo");
    st.each("low_band_correlation", [&p](const In& x, std::size_t) {
        p.stereo.lowBandCorrelation.push_back({x.num("low_hz"), x.num("high_hz"), x.opt("correlation")});
    });

    const In r = root.object("rhythm");
    readFigures(p, r, FigureGroup::Rhythm);
    p.rhythm.tempoConfidence = r.opt("tempo_confidence");
    r.each("tempo_candidates", [&p](const In& x, std::size_t) {
        p.rhythm.tempoCandidates.push_back({x.num("bpm"), x.num("confidence"), x.str("relation")});
    });
    p.rhythm.onsetsPerS = r.num("onsets_per_s");
    p.rhythm.transientDensity = r.num("transient_density_per_s");
    p.rhythm.pulseClarity = r.opt("pulse_clarity");
    p.rhythm.onsetTimesS = r.numArray("onset_times_s");

    const In t = root.object("tonal");
    p.tonal.f0MedianHz = t.opt("f0_median_hz");
    p.tonal.f0MinHz = t.opt("f0_min_hz");
    p.tonal.f0MaxHz = t.opt("f0_max_hz");
    p.tonal.hnrDb = t.opt("hnr_db");
    p.tonal.voicedFraction = t.num("voiced_fraction");
    // Absent from analyses stored before it was measured: read as none.
    t.each("played_notes", [&p](const In& x, std::size_t) { p.tonal.playedNotes.push_back({x.num("hz"), x.num("share")}); });
    p.tonal.key = t.optStr("key");
    p.tonal.keyConfidence = t.opt("key_confidence");
    t.each("key_candidates", [&p](const In& x, std::size_t) {
        p.tonal.keyCandidates.push_back({x.str("key"), x.num("confidence"), x.str("relation")});
    });
    p.tonal.tonalness = t.opt("tonalness");
    if (t.find("chroma_series") != nullptr) {
        const In series = t.object("chroma_series");
        p.tonal.chromaSeries.intervalS = series.num("interval_s", 1.0);
        series.each("chroma", [&p](const In& x, std::size_t) {
            if (!x.json().is_array() || x.json().size() != 12)
                throw ParseFailure{x.pointer(), "expected 12 numbers, C to B"};
            std::array<double, 12> point{};
            for (std::size_t c = 0; c < 12; ++c) {
                bool ok = false;
                const auto value = In::numberOf(x.json()[c], ok);
                if (!ok || !value)
                    throw ParseFailure{x.pointer() + "/" + std::to_string(c), "expected a number"};
                point[c] = *value;
            }
            p.tonal.chromaSeries.chroma.push_back(point);
        });
    }

    if (const Json* overview = root.find("overview"); overview != nullptr && !overview->is_null()) {
        const In o = root.object("overview");
        p.overview.bucketS = o.num("bucket_s");
        o.each("channels", [&p](const In& c, std::size_t) {
            WaveformOverview::Channel channel;
            auto read = [&c](const char* key, std::vector<std::int16_t>& out) {
                c.each(key, [&out](const In& v, std::size_t) {
                    if (!v.json().is_number_integer() || v.json().get<std::int64_t>() < -32767
                        || v.json().get<std::int64_t>() > 32767)
                        throw ParseFailure{v.pointer(), "expected an integer from -32767 to 32767"};
                    out.push_back(static_cast<std::int16_t>(v.json().get<std::int64_t>()));
                });
            };
            read("min", channel.min);
            read("max", channel.max);
            if (channel.min.size() != channel.max.size())
                c.fail("max", "expected as many values as min");
            p.overview.channels.push_back(std::move(channel));
        });
    }

    root.each("patterns", [&p](const In& x, std::size_t) { p.patterns.push_back({x.str("tag"), x.str("evidence")}); });
    root.each("issues", [&p](const In& x, std::size_t) {
        TrackIssue issue;
        issue.code = x.str("code");
        issue.severity = severityFrom(x, "severity");
        issue.message = x.str("message");
        x.each("evidence", [&issue](const In& e, std::size_t) {
            issue.evidence.push_back({e.str("measure"), e.num("value"), e.str("unit"), e.str("comparison")});
        });
        p.issues.push_back(std::move(issue));
    });
    readFigures(p, root, FigureGroup::Track);
    root.each("score_breakdown", [&p](const In& x, std::size_t) {
        p.scoreBreakdown.push_back({x.str("reason"), x.num("points")});
    });
    const In versions = root.object("analyzer_versions");
    for (const auto& [id, version] : versions.json().items()) {
        if (!version.is_number_integer())
            versions.fail(id, "expected an integer version");
        p.analyzerVersions[id] = version.get<int>();
    }
    p.analysisSeconds = root.num("analysis_time_s");
    return p;
}

}  // namespace

nlohmann::ordered_json profileToJson(const TrackProfile& p, const ProfileJsonOptions& options)
{
    const Writer w(options);
    Json patterns = Json::array();
    for (const auto& t : p.patterns)
        patterns.push_back({{"tag", t.tag}, {"evidence", t.evidence}});
    Json breakdown = Json::array();
    for (const auto& item : p.scoreBreakdown)
        breakdown.push_back({{"reason", item.reason}, {"points", w.num(item.points)}});
    Json versions = Json::object();
    for (const auto& [id, version] : p.analyzerVersions)
        versions[id] = version;
    Json j{
        {"path", p.file.path.string()},
        {"name", p.name},
        {"type", p.type},
        {"type_source", p.typeSource},
        {"type_guess", p.typeGuess},
        {"type_runner_up", p.typeRunnerUp},
        {"format", formatJson(w, p)},
        {"loudness", loudnessJson(w, p)},
        {"dynamics", dynamicsJson(w, p)},
        {"spectrum", spectrumJson(w, p)},
        {"stereo", stereoJson(w, p)},
        {"rhythm", rhythmJson(w, p)},
        {"tonal", tonalJson(w, p.tonal)},
        {"patterns", std::move(patterns)},
        {"issues", issuesJson(w, p.issues)},
    };
    for (const Figure* f : figuresIn(FigureGroup::Track))
        j[std::string(f->key)] = w.opt(f->get(p));
    j.update(Json{
        {"score_breakdown", std::move(breakdown)},
        {"analyzer_versions", std::move(versions)},
        {"analysis_time_s", w.num(p.analysisSeconds)},
    });
    if (w.series() && !p.overview.channels.empty())
        j["overview"] = overviewJson(w, p.overview);
    return j;
}

Result<TrackProfile> profileFromJson(const nlohmann::ordered_json& json)
{
    try {
        return readProfile(In(json, ""));
    } catch (const ParseFailure& f) {
        return Error{(f.pointer.empty() ? std::string("/") : f.pointer) + ": " + f.message};
    } catch (const nlohmann::json::exception& e) {
        return Error{std::string("unexpected JSON: ") + e.what()};
    }
}

std::string profileToStoreText(const TrackProfile& profile)
{
    ProfileJsonOptions options;
    options.exact = true;
    // Invalid UTF-8 in a file name is replaced rather than thrown on: a name is never a
    // reason to lose an analysis.
    return jsonvalues::dump(profileToJson(profile, options), -1);
}

Result<TrackProfile> profileFromText(std::string_view text)
{
    auto json = parseJsonBounded(text);
    if (!json)
        return json.error();
    return profileFromJson(json.value());
}

}  // namespace stemwise::core
