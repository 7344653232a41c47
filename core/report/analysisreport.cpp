// The report's envelope; each track is written by profilejson.cpp, the one serialiser of a
// TrackProfile, so the report, the store and the export cannot drift apart.
#include "report/analysisreport.h"

#include "analysis/sessiontempo.h"
#include "json/profilejson.h"
#include "json/sectionsjson.h"

#include "json/jsonvalues.h"

#include <algorithm>

namespace stemwise::core {

namespace {
using Json = nlohmann::ordered_json;
}  // namespace

namespace {

// `text` with every line after the first indented by `indent` more spaces: a value dumped on
// its own, placed `depth` levels into the document.
std::string nested(const std::string& text, int indent, int depth)
{
    if (indent < 0)
        return text;
    const std::string pad(static_cast<std::size_t>(indent * depth), ' ');
    std::string out;
    out.reserve(text.size() + text.size() / 16);
    for (char c : text) {
        out += c;
        if (c == '\n')
            out += pad;
    }
    return out;
}

std::string dumped(const Json& value, const ReportOptions& options)
{
    // Replace invalid UTF-8 in file names rather than throwing: a name is never a reason to fail.
    return jsonvalues::dump(value, options.indent);
}

}  // namespace

AnalysisReportWriter::AnalysisReportWriter(std::function<bool(std::string_view)> sink, const ReportOptions& options)
    : m_sink(std::move(sink)), m_options(options)
{
    // The envelope as nlohmann writes it, up to the opening of "tracks".
    const bool pretty = options.indent >= 0;
    const std::string nl = pretty ? "\n" : "";
    const std::string pad(static_cast<std::size_t>(std::max(options.indent, 0)), ' ');
    const std::string colon = pretty ? ": " : ":";
    put("{" + nl + pad + "\"schema\"" + colon + "\"stemwise.analysis/1\"," + nl + pad + "\"generator\"" + colon
         + dumped(Json(std::string("stemwise ") + STEMWISE_VERSION), options) + "," + nl + pad + "\"tracks\"" + colon
         + "[");
}

void AnalysisReportWriter::put(std::string_view text)
{
    if (m_ok && !m_sink(text))
        m_ok = false;
}

void AnalysisReportWriter::track(const TrackProfile& profile)
{
    ProfileJsonOptions profileOptions;
    profileOptions.includeSeries = m_options.includeSeries;
    const bool pretty = m_options.indent >= 0;
    const std::string pad(static_cast<std::size_t>(std::max(m_options.indent, 0) * 2), ' ');
    put(std::string(m_tracks == 0 ? "" : ",") + (pretty ? "\n" + pad : ""));
    // The track's text goes out re-indented in pieces, not copied whole twice more (with the
    // series, a long file's track is megabytes of text).
    const std::string text = dumped(profileToJson(profile, profileOptions), m_options);
    if (!pretty) {
        put(text);
    } else {
        constexpr std::size_t kPiece = 64 * 1024;
        std::string piece;
        piece.reserve(kPiece + pad.size() + 1);
        for (char c : text) {
            piece += c;
            if (c == '\n')
                piece += pad;
            if (piece.size() >= kPiece) {
                put(piece);
                piece.clear();
            }
        }
        put(piece);
    }
    ++m_tracks;
    m_stems.push_back(stemActivityOf(profile));
    // Only a track with a pulse votes on the session's tempo (decideSessionTempoKey leaves the
    // others out): the rest need not be kept, and a voter is kept as three values, not as a
    // TrackProfile of 1.8 kB (10,000 files: 18 MB).
    const auto& r = profile.rhythm;
    if (r.tempoBpm && *r.tempoBpm > 0.0 && r.tempoConfidence && *r.tempoConfidence >= SessionTempo::kMinTrackTempoConfidence)
        m_tempoVoters.push_back({profile.name, *r.tempoBpm, *r.tempoConfidence});
}

void AnalysisReportWriter::finish(const std::vector<PathError>& errors)
{
    Json list = Json::array();
    for (const auto& e : errors)
        list.push_back({{"path", e.path.string()}, {"error", e.error}});
    std::vector<TrackProfile> voters(m_tempoVoters.size());
    for (std::size_t i = 0; i < voters.size(); ++i) {
        voters[i].name = m_tempoVoters[i].name;
        voters[i].rhythm.tempoBpm = m_tempoVoters[i].bpm;
        voters[i].rhythm.tempoConfidence = m_tempoVoters[i].confidence;
    }
    const bool dawTempo = m_options.dawTempoBpm && *m_options.dawTempoBpm > 0.0;
    SessionTempo tempo = decideSessionTempoKey(voters, dawTempo ? m_options.dawTempoBpm : std::nullopt).tempo;
    if (dawTempo)
        tempo.source = "daw";
    const Json session{{"tempo_bpm", tempo.bpm ? Json(*tempo.bpm) : Json(nullptr)},
                       {"tempo_source", tempo.source},
                       {"sections", sessionSectionsToJson(findSessionSections(m_stems, tempo.bpm, m_options.dawMarkers))}};
    const bool pretty = m_options.indent >= 0;
    const std::string nl = pretty ? "\n" : "";
    const std::string pad(static_cast<std::size_t>(std::max(m_options.indent, 0)), ' ');
    const std::string colon = pretty ? ": " : ":";
    put((m_tracks > 0 ? nl + pad : std::string()) + "]," + nl + pad + "\"session\"" + colon
         + nested(dumped(session, m_options), m_options.indent, 1) + "," + nl + pad + "\"errors\"" + colon
         + nested(dumped(list, m_options), m_options.indent, 1) + nl + "}");
}

std::string analysisReportJson(const AnalysisReportInput& input, const ReportOptions& options)
{
    std::string out;
    AnalysisReportWriter writer(
        [&out](std::string_view text) {
            out += text;
            return true;
        },
        options);
    for (const auto& profile : input.tracks)
        writer.track(profile);
    writer.finish(input.errors);
    return out;
}

}  // namespace stemwise::core
