// Suggestions as JSON (see suggestionsreport.h).
#include "report/suggestionsreport.h"
#include "analysis/sessionsections.h"
#include "json/sectionsjson.h"
#include "json/suggestionjson.h"

#include "util/strprintf.h"

#include "json/jsonvalues.h"

#include <map>

#include <cmath>
#include <limits>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

using jsonvalues::num;
Json opt(const std::optional<double>& v) { return v ? num(*v) : Json(); }

const DawChannel* dawChannelOf(const SuggestionSet& set, const std::string& track)
{
    if (!set.daw)
        return nullptr;
    const auto it = set.daw->channels.find(track);
    return it == set.daw->channels.end() ? nullptr : &it->second;
}

// "in Ardour: Lead Vox, EQ: ACE EQ, compressor: ACE Compressor" (or "no EQ, no compressor").
std::string channelText(const SuggestionSet& set, const DawChannel& c)
{
    auto joined = [](const std::vector<std::string>& names) {
        std::string out;
        for (const auto& n : names)
            out += (out.empty() ? "" : ", ") + n;
        return out;
    };
    std::string out = "in " + set.daw->daw + ": " + c.track;
    if (!c.highPasses.empty())
        out += ", high-pass: " + joined(c.highPasses);
    out += c.eqs.empty() ? (c.highPasses.empty() ? ", no EQ" : "") : ", EQ: " + joined(c.eqs);
    out += c.compressors.empty() ? ", no compressor" : ", compressor: " + joined(c.compressors);
    return out;
}

}  // namespace

std::string suggestionsReportJson(const SuggestionsReportInput& input, int indent)
{
    const SuggestionSet& set = *input.set;
    Json tracks = Json::array();
    for (const TrackProfile* t : input.tracks) {
        Json track{{"name", t->name}, {"path", t->file.path.string()}, {"type", t->type}};
        // What the DAW channel holds, as the rules saw it.
        if (const DawChannel* c = dawChannelOf(set, t->name))
            track["daw"] = {{"daw", set.daw->daw},
                            {"track", c->track},
                            {"has_high_pass", !c->highPasses.empty()},
                            {"has_eq", !c->eqs.empty() || !c->highPasses.empty()},
                            {"has_compression", !c->compressors.empty()},
                            {"high_passes", c->highPasses},
                            {"eqs", c->eqs},
                            {"compressors", c->compressors},
                            {"gain_db", num(c->gainDb)},
                            {"pan", num(c->pan)},
                            {"mute", c->mute},
                            {"before_plugins", c->beforePlugins}};
        tracks.push_back(std::move(track));
    }
    Json masking = Json::array();
    for (const MaskingCell& c : set.masking)
        masking.push_back({{"tracks", {input.tracks[c.first]->name, input.tracks[c.second]->name}},
                           {"band", kBands[static_cast<std::size_t>(c.band)].key},
                           {"low_hz", num(c.lowHz)},
                           {"high_hz", num(c.highHz)},
                           {"both_active_fraction", num(c.bothActiveFraction)},
                           {"level_difference_db", num(c.levelDifferenceDb)},
                           {"pan_separation_db", num(c.panSeparationDb)},
                           {"severity", num(c.severity)}});
    Json suggestions = Json::array();
    for (const Suggestion& s : set.suggestions)
        suggestions.push_back(suggestionToJson(s));
    Json errors = Json::array();
    for (const auto& e : input.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});
    Json effects = Json::array();
    for (const EffectRecord& e : input.effects)
        effects.push_back({{"suggestion_uid", e.suggestionUid},
                           {"track", e.track},
                           {"applied_at", e.appliedAt},
                           {"label", e.label},
                           {"unit", e.unit},
                           {"before", num(e.before)},
                           {"after", num(e.after)},
                           {"improved", e.improved},
                           {"text", e.describe()}});
    Json session{
        {"summed_true_peak_dbtp", opt(set.summedTruePeakDbtp)},
        {"summed_true_peak_measured", set.summedTruePeakMeasured},
        {"sum_peak_dbfs", set.mix ? opt(set.mix->peakDbfs) : Json()},
        {"sum_correlation", set.mix ? opt(set.mix->correlation) : Json()},
        {"sum_mono_loss_db", set.mix ? opt(set.mix->monoLossDb) : Json()},
        {"sum_at_daw_faders", set.summedTruePeakMeasured && set.mix && set.mix->atFaders},
        {"masking", std::move(masking)},
    };
    const Json doc{
        {"schema", "stemwise.suggestions/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"engine_version", SuggestionEngine::kVersion},
        {"context",
         {{"tempo_bpm", opt(set.context.tempoBpm)},
          {"tempo_source", set.context.tempoSource},
          {"tempo_tracks", set.context.tempoTracks},
          {"key", set.context.key ? Json(*set.context.key) : Json()},
          {"key_source", set.context.keySource},
          {"key_tracks", set.context.keyTracks},
          {"genre", set.context.genre ? Json(*set.context.genre) : Json()},
          {"genre_source", set.context.genreSource},
          {"max_per_track", input.maxPerTrack},
          {"max_per_session", input.maxPerSession}}},
        {"tracks", std::move(tracks)},
        {"session", std::move(session)},
        {"suggestions", std::move(suggestions)},
        {"effects_checked", std::move(effects)},
        {"errors", std::move(errors)},
    };
    return jsonvalues::dump(doc, indent);
}

namespace {

std::string parameterText(const SuggestionParameter& p)
{
    if (std::holds_alternative<std::string>(p.value))
        return p.key + "=" + std::get<std::string>(p.value);
    return p.key + strprintf("=%g", std::get<double>(p.value));
}

std::string evidenceText(const Evidence& e)
{
    const double magnitude = std::abs(e.value);
    const std::string value = magnitude >= 100.0 ? strprintf("%.0f", e.value)
                              : magnitude >= 1.0 ? strprintf("%.2f", e.value)
                                                 : strprintf("%.3g", e.value);
    std::string out = e.measure + " " + value + (e.unit.empty() ? "" : " " + e.unit);
    if (!e.comparison.empty())
        out += " (" + e.comparison + ")";
    return out;
}

}  // namespace

std::string suggestionsText(const SuggestionsReportInput& input, bool all)
{
    const SuggestionSet& set = *input.set;
    std::string out = strprintf("Suggestions for %zu track%s", input.tracks.size(), input.tracks.size() == 1 ? "" : "s");
    out += set.context.tempoBpm ? strprintf(" (tempo %.1f BPM, %s", *set.context.tempoBpm, set.context.tempoSource.c_str())
                                : std::string(" (tempo unknown");
    out += set.context.key ? "; key " + *set.context.key + ", " + set.context.keySource : std::string("; key unknown");
    const char* estimated = input.genreFromBuiltInProfiles ? ", estimated from the built-in style profiles)"
                                                           : ", estimated from your references)";
    out += set.context.genre ? "; genre " + *set.context.genre + (set.context.genreSource == "estimated" ? estimated : ")")
                             : std::string("; genre not set)");
    out += "\n";
    // The song's sections from the stems' activity (or the DAW session's markers), with the
    // tempo the suggestions used.
    std::vector<StemActivity> stems;
    for (const TrackProfile* t : input.tracks)
        stems.push_back(stemActivityOf(*t));
    out += sessionSectionsLine(findSessionSections(stems, set.context.tempoBpm, set.daw ? set.daw->markers : std::vector<SectionMarker>{})) + "\n";
    for (const EffectRecord& e : input.effects)
        out += "Re-bounce check: " + e.track + ": " + e.describe() + "\n";
    if (set.summedTruePeakDbtp)
        out += strprintf("Summed true peak of the stems %s: %+.2f dBTP (%s)",
                         set.summedTruePeakMeasured && set.mix && set.mix->atFaders ? "at the DAW session's faders and pans"
                                                                                    : "at unity",
                         *set.summedTruePeakDbtp,
                         set.summedTruePeakMeasured ? "measured on the sum" : "upper bound")
               + (set.mix && set.mix->monoLossDb ? strprintf("; the sum loses %.1f dB in mono", *set.mix->monoLossDb) : "")
               + "\n";
    // Group by the track a suggestion changes, in input order; the session last.
    std::vector<std::string> groups;
    for (const TrackProfile* t : input.tracks)
        groups.push_back(t->name);
    groups.emplace_back();
    std::size_t hidden = 0;
    for (const std::string& group : groups) {
        std::string body;
        for (const Suggestion& s : set.suggestions) {
            const bool session = s.target.kind == SuggestionTarget::Kind::Session;
            if (session ? !group.empty() : group.empty() || s.target.tracks.front() != group)
                continue;
            if (!s.shown && !all) {
                ++hidden;
                continue;
            }
            body += strprintf("  #%-4lld P%d  %.2f  %s%s  [%s]\n", static_cast<long long>(s.storeId), s.priority, s.confidence,
                              s.title.c_str(), s.shown ? "" : " (not shown by default)", suggestionTypeName(s.type));
            std::string params;
            for (const auto& p : s.parameters)
                params += (params.empty() ? "" : ", ") + parameterText(p);
            if (!params.empty())
                body += "        set: " + params + "\n";
            body += "        why: " + s.reasoning + "\n";
            for (const PlanNote& n : s.plan)
                if (!n.text.empty())
                    body += (n.kind == "gain_plan_line" ? "        - " : "        plan: ") + n.text + "\n";
            std::string evidence;
            for (const Evidence& e : s.evidence)
                evidence += (evidence.empty() ? "" : "; ") + evidenceText(e);
            body += "        evidence: " + evidence + "\n";
            if (!s.personalisation.empty())
                body += "        learned: " + s.personalisation + "\n";
            for (const std::string& note : s.effectNotes)
                body += "        effect: " + note + "\n";
        }
        if (body.empty())
            continue;
        std::string heading = "Session";
        if (!group.empty()) {
            heading = group;
            for (const TrackProfile* t : input.tracks)
                if (t->name == group) {
                    heading += " (" + t->type + ")";
                    break;
                }
            if (const DawChannel* c = dawChannelOf(set, group))
                heading += " — " + channelText(set, *c);
        }
        out += "\n" + heading + "\n" + body;
    }
    if (set.suggestions.empty())
        out += "\nNo suggestions: every figure is within its range.\n";
    if (hidden > 0)
        out += strprintf("\n%zu more beyond %zu per track or %zu per session, summed into the gain plan or set aside by "
                         "your ratings: add --all to see them.\n",
                         hidden, input.maxPerTrack, input.maxPerSession);
    out += "\nRate one: stemwise rate ID useful|not-useful|applied|dismissed\n";
    return out;
}

}  // namespace stemwise::core
