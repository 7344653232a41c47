// stemwise.report/1 and the CSV export of a SessionReport (see sessionreport.h).
#include "report/sessionreport.h"

#include "analysis/boundedseries.h"
#include "analysis/figures.h"

#include "report/comparisonreport.h"
#include "analysis/sessionsections.h"
#include "analysis/sessiontempo.h"
#include "json/profilejson.h"
#include "json/sectionsjson.h"
#include "json/suggestionjson.h"
#include "report/suggestionsreport.h"
#include "util/safefile.h"
#include "util/strprintf.h"

#include "json/jsonvalues.h"

#include <algorithm>
#include <cmath>
#include <fstream>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

using jsonvalues::num;

// A text cell: quoted where CSV needs it, and never read as a formula. A spreadsheet runs a
// cell that begins with =, +, -, @ (or a tab or carriage return before one) as a formula:
// a track named "=HYPERLINK(…)" would be code in the user's spreadsheet (CSV injection,
// OWASP). Such a cell gets a leading apostrophe, which spreadsheets show as text and hide.
// Numbers are written by csvNumber() and keep their minus sign.
std::string csvField(const std::string& text)
{
    std::string s = text;
    if (!s.empty() && (s.front() == '=' || s.front() == '+' || s.front() == '-' || s.front() == '@'
                       || s.front() == '\t' || s.front() == '\r'))
        s.insert(s.begin(), '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvNumber(const OptDouble& v)
{
    return v && std::isfinite(*v) ? strprintf("%.6g", *v) : std::string();
}



}  // namespace

std::vector<const Suggestion*> SessionReport::suggestionsFor(std::size_t index) const
{
    std::vector<const Suggestion*> out;
    if (!suggestions || index >= tracks.size())
        return out;
    for (const Suggestion& s : suggestions->suggestions)
        if (s.shown && s.target.kind != SuggestionTarget::Kind::Session && !s.target.tracks.empty()
            && s.target.tracks.front() == tracks[index].name)
            out.push_back(&s);
    return out;
}

std::vector<const Suggestion*> SessionReport::sessionSuggestions() const
{
    std::vector<const Suggestion*> out;
    if (suggestions)
        for (const Suggestion& s : suggestions->suggestions)
            if (s.shown && s.target.kind == SuggestionTarget::Kind::Session)
                out.push_back(&s);
    return out;
}

double SessionReport::totalDurationS() const
{
    double longest = 0.0;
    for (const auto& t : tracks)
        longest = std::max(longest, t.file.format.durationS());
    return longest;
}

OptDouble SessionReport::headroomDb() const
{
    if (suggestions && suggestions->summedTruePeakDbtp)
        return -*suggestions->summedTruePeakDbtp;
    return std::nullopt;
}

// The song's sections from the tracks, snapped with the tempo the suggestions used (the
// session's, or the user's --bpm).
SessionSections sessionSectionsOf(const SessionReport& r)
{
    std::vector<StemActivity> stems;
    for (const TrackProfile& t : r.tracks)
        stems.push_back(stemActivityOf(t));
    const std::optional<double> bpm = r.suggestions ? r.suggestions->context.tempoBpm : decideSessionTempoKey(r.tracks).tempo.bpm;
    const bool markers = r.suggestions && r.suggestions->daw;
    return findSessionSections(stems, bpm, markers ? r.suggestions->daw->markers : std::vector<SectionMarker>{});
}

std::string sessionReportJson(const SessionReport& r, int indent)
{
    Json summary = Json::array();
    for (const auto& t : r.tracks) {
        Json bands = Json::object();
        for (std::size_t i = 0; i < kBandCount; ++i)
            bands[kBands[i].key] = num(t.spectrum.bands[i].levelDb);
        summary.push_back({{"name", t.name},
                           {"type", t.type},
                           {"duration_s", t.file.format.durationS()},
                           {"integrated_lufs", num(t.loudness.integratedLufs)},
                           {"true_peak_dbtp", num(t.loudness.truePeakDbtp)},
                           {"lra_lu", num(t.loudness.lraLu)},
                           {"crest_db", num(t.dynamics.crestDb)},
                           {"width", num(t.stereo.width)},
                           {"quality_score", t.qualityScore},
                           {"issue_count", t.issues.size()},
                           {"band_levels_db", std::move(bands)}});
    }
    Json masking = Json::array();
    Json context = nullptr;
    Json mix = nullptr;
    if (r.suggestions) {
        for (const MaskingCell& c : r.suggestions->masking)
            masking.push_back({{"tracks", {r.tracks[c.first].name, r.tracks[c.second].name}},
                               {"band", kBands[static_cast<std::size_t>(c.band)].key},
                               {"low_hz", c.lowHz},
                               {"high_hz", c.highHz},
                               {"both_active_fraction", c.bothActiveFraction},
                               {"level_difference_db", c.levelDifferenceDb},
                               {"pan_separation_db", c.panSeparationDb},
                               {"severity", c.severity}});
        const ContextUsed& u = r.suggestions->context;
        context = {{"tempo_bpm", num(u.tempoBpm)},
                   {"tempo_source", u.tempoSource},
                   {"tempo_tracks", u.tempoTracks},
                   {"key", u.key ? Json(*u.key) : Json()},
                   {"key_source", u.keySource},
                   {"key_tracks", u.keyTracks},
                   {"genre", u.genre ? Json(*u.genre) : Json()},
                   {"genre_source", u.genreSource}};
        if (r.suggestions->mix)
            mix = {{"true_peak_dbtp", num(r.suggestions->mix->truePeakDbtp)},
                   {"peak_dbfs", num(r.suggestions->mix->peakDbfs)},
                   {"correlation", num(r.suggestions->mix->correlation)},
                   {"mono_loss_db", num(r.suggestions->mix->monoLossDb)}};
    }
    auto suggestionJson = [&r](const Suggestion& s) {
        const auto it = r.ratings.find(s.storeId);
        return Json{{"rating", it != r.ratings.end() ? Json(feedbackName(it->second)) : Json()},
                    {"suggestion", suggestionToJson(s)}};
    };
    Json tracks = Json::array();
    for (std::size_t i = 0; i < r.tracks.size(); ++i) {
        Json t = profileToJson(r.tracks[i]);
        Json list = Json::array();
        for (const Suggestion* s : r.suggestionsFor(i))
            list.push_back(suggestionJson(*s));
        t["suggestions"] = std::move(list);
        tracks.push_back(std::move(t));
    }
    Json sessionSuggestions = Json::array();
    for (const Suggestion* s : r.sessionSuggestions())
        sessionSuggestions.push_back(suggestionJson(*s));
    Json comparisons = Json::array();
    for (const auto& c : r.comparisons)
        comparisons.push_back(comparisonToJson(c));
    Json errors = Json::array();
    for (const auto& e : r.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});

    const Json doc{
        {"schema", "stemwise.report/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"app_version", r.appVersion},
        {"generated_at", r.generatedAt},
        {"session",
         {{"title", r.title},
          {"paths", r.paths},
          {"track_count", r.tracks.size()},
          {"duration_s", r.totalDurationS()},
          {"summed_true_peak_dbtp", r.suggestions ? num(r.suggestions->summedTruePeakDbtp) : Json()},
          {"summed_true_peak_measured", r.suggestions ? r.suggestions->summedTruePeakMeasured : false},
          {"headroom_db", num(r.headroomDb())},
          {"mix", std::move(mix)},
          {"context", std::move(context)},
          {"suggestions", std::move(sessionSuggestions)},
          {"sections", sessionSectionsToJson(sessionSectionsOf(r))}}},
        {"summary", std::move(summary)},
        {"masking", std::move(masking)},
        {"tracks", std::move(tracks)},
        {"comparisons", std::move(comparisons)},
        {"errors", std::move(errors)},
    };
    return jsonvalues::dump(doc, indent);
}

Result<std::vector<std::filesystem::path>> writeSessionReportCsv(const SessionReport& r, const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return Error{"cannot create the folder: " + ec.message()};
    std::vector<std::filesystem::path> written;
    std::string failure;
    // Each file through the safe writer: a failure leaves an earlier file as it was.
    auto emit = [&](const char* name, const std::string& text) -> bool {
        const auto path = dir / name;
        auto done = writeFileSafely(path, text);
        if (!done) {
            failure = std::string(name) + " could not be written: " + done.error().message;
            return false;
        }
        written.push_back(path);
        return true;
    };

    // name, type, path and the file's format, every figure with the Csv role of the registry
    // (analysis/figures.h) by its key, then the key and the issue count.
    const std::vector<const Figure*> columns = figuresWith(FigureRole::Csv);
    std::string figures = "name,type,path,sample_rate_hz,channels";
    for (const Figure* f : columns)
        figures += "," + std::string(f->key);
    figures += ",key,issue_count\n";
    for (const auto& t : r.tracks) {
        std::vector<std::string> cells{csvField(t.name), csvField(t.type), csvField(t.file.path.string()),
                                       csvNumber(t.file.format.sampleRateHz), std::to_string(t.file.format.channels)};
        for (const Figure* f : columns)
            cells.push_back(csvNumber(f->get(t)));
        cells.push_back(csvField(t.tonal.key.value_or("")));
        cells.push_back(std::to_string(t.issues.size()));
        for (std::size_t i = 0; i < cells.size(); ++i)
            figures += cells[i] + (i + 1 < cells.size() ? "," : "\n");
    }
    if (!emit("figures.csv", figures))
        return Error{failure, ErrorCode::CannotWrite};

    std::string bands = "name,band,low_hz,high_hz,level_db,share\n";
    for (const auto& t : r.tracks)
        for (std::size_t i = 0; i < kBandCount; ++i)
            bands += csvField(t.name) + "," + kBands[i].key + "," + csvNumber(kBands[i].lowHz) + ","
                     + csvNumber(kBands[i].highHz) + "," + csvNumber(t.spectrum.bands[i].levelDb) + ","
                     + csvNumber(t.spectrum.bands[i].share) + "\n";
    if (!emit("bands.csv", bands))
        return Error{failure, ErrorCode::CannotWrite};

    std::string spectra = "frequency_hz";
    double topHz = 1e12;
    bool anySpectrum = false;
    for (const auto& t : r.tracks) {
        spectra += "," + csvField(t.name);
        if (!t.spectrum.ltasFrequencyHz.empty()) {
            topHz = std::min(topHz, t.spectrum.ltasFrequencyHz.back());
            anySpectrum = true;
        }
    }
    spectra += "\n";
    for (int k = 0; anySpectrum; ++k) {
        const double f = 20.0 * std::exp2(k / 24.0);
        if (f > topHz * (1.0 + 1e-9))
            break;
        spectra += csvNumber(f);
        for (const auto& t : r.tracks)
            spectra += "," + csvNumber(interpolateLogFrequency(t.spectrum.ltasFrequencyHz, t.spectrum.ltasDb, f));
        spectra += "\n";
    }
    if (!emit("spectra.csv", spectra))
        return Error{failure, ErrorCode::CannotWrite};

    // One time axis: a track whose curve is finer than the coarsest (a file past 68 minutes has
    // its curve pooled: analysis/boundedseries.h) is pooled to it, by power means.
    std::string loudness = "time_s";
    double intervalS = 1.0;
    for (const auto& t : r.tracks)
        if (!t.loudness.shortTermCurveLufs.empty())
            intervalS = std::max(intervalS, t.loudness.curveIntervalS);
    std::vector<std::vector<OptDouble>> curves;
    std::size_t rows = 0;
    for (const auto& t : r.tracks) {
        loudness += "," + csvField(t.name);
        const std::size_t factor = poolFactor(t.loudness.curveIntervalS, intervalS);
        const bool lined = std::abs(static_cast<double>(factor) * t.loudness.curveIntervalS - intervalS) <= 1e-9 * intervalS;
        curves.push_back(lined ? pooledLoudness(t.loudness.shortTermCurveLufs, factor) : std::vector<OptDouble>{});
        rows = std::max(rows, curves.back().size());
    }
    loudness += "\n";
    for (std::size_t i = 0; i < rows; ++i) {
        // The value at the end of each interval (LoudnessProfile::shortTermCurveLufs).
        loudness += csvNumber(static_cast<double>(i + 1) * intervalS);
        for (const auto& c : curves)
            loudness += "," + (i < c.size() ? csvNumber(c[i]) : std::string());
        loudness += "\n";
    }
    if (!emit("loudness.csv", loudness))
        return Error{failure, ErrorCode::CannotWrite};
    return written;
}

}  // namespace stemwise::core
