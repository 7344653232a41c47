// Suggestions as JSON (see suggestionsreport.h).
#include "report/suggestionsreport.h"

#include "util/strprintf.h"

#include <nlohmann/json.hpp>

#include <map>

#include <cmath>
#include <limits>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

Json num(double v) { return std::isfinite(v) ? Json(v) : Json(); }
Json opt(const std::optional<double>& v) { return v ? num(*v) : Json(); }

}  // namespace

Json suggestionToJson(const Suggestion& s)
{
    Json parameters = Json::object();
    for (const auto& p : s.parameters) {
        if (std::holds_alternative<double>(p.value))
            parameters[p.key] = num(std::get<double>(p.value));
        else
            parameters[p.key] = std::get<std::string>(p.value);
    }
    Json evidence = Json::array();
    for (const Evidence& e : s.evidence)
        evidence.push_back({{"measure", e.measure}, {"value", num(e.value)}, {"unit", e.unit}, {"comparison", e.comparison}});
    Json metric;
    if (s.metric)
        metric = {{"measure", s.metric->measure},   {"label", s.metric->label},
                  {"unit", s.metric->unit},         {"value", num(s.metric->value)},
                  {"goal", s.metric->goal},         {"tolerance", num(s.metric->toleranceAbs)},
                  {"frequency_hz", num(s.metric->frequencyHz)}, {"reference", num(s.metric->reference)}};
    return {
        {"id", s.storeId > 0 ? Json(s.storeId) : Json()},
        {"uid", s.uid.empty() ? Json() : Json(s.uid)},
        {"rule", s.rule},
        {"target", {{"kind", targetKindName(s.target.kind)}, {"tracks", s.target.tracks}}},
        {"track_type", s.trackType},
        {"type", suggestionTypeName(s.type)},
        {"title", s.title},
        {"description", s.description},
        {"parameters", std::move(parameters)},
        {"priority", s.priority},
        {"base_priority", s.basePriority},
        {"confidence", num(s.confidence)},
        {"base_confidence", num(s.baseConfidence)},
        {"reasoning", s.reasoning},
        {"evidence", std::move(evidence)},
        {"personalisation", s.personalisation.empty() ? Json() : Json(s.personalisation)},
        {"effects", s.effectNotes},
        {"shown", s.shown},
        {"effect_metric", std::move(metric)},
        {"band", s.direction != 0 ? Json{{"low_hz", num(s.bandLowHz)}, {"high_hz", num(s.bandHighHz)},
                                         {"direction", s.direction > 0 ? "boost" : "cut"}}
                                  : Json()},
        {"key", s.key},
    };
}

Result<Suggestion> suggestionFromJson(const Json& j)
{
    Suggestion s;
    try {
        if (j.contains("uid") && j["uid"].is_string())
            s.uid = j["uid"].get<std::string>();
        if (j.contains("id") && j["id"].is_number_integer())
            s.storeId = j["id"].get<std::int64_t>();
        s.rule = j.at("rule").get<std::string>();
        const Json& target = j.at("target");
        const std::string kind = target.at("kind").get<std::string>();
        s.target.kind = kind == "pair"      ? SuggestionTarget::Kind::Pair
                        : kind == "session" ? SuggestionTarget::Kind::Session
                                            : SuggestionTarget::Kind::Track;
        s.target.tracks = target.at("tracks").get<std::vector<std::string>>();
        s.trackType = j.at("track_type").get<std::string>();
        const auto type = suggestionTypeFromName(j.at("type").get<std::string>());
        if (!type)
            return Error{"/type: unknown suggestion type"};
        s.type = *type;
        s.title = j.at("title").get<std::string>();
        s.description = j.value("description", std::string());
        for (const auto& [key, value] : j.at("parameters").items()) {
            if (value.is_number())
                s.parameters.push_back({key, value.get<double>()});
            else if (value.is_string())
                s.parameters.push_back({key, value.get<std::string>()});
        }
        s.priority = j.at("priority").get<int>();
        s.basePriority = j.value("base_priority", s.priority);
        s.confidence = j.at("confidence").is_number() ? j["confidence"].get<double>() : 0.0;
        s.baseConfidence = j.contains("base_confidence") && j["base_confidence"].is_number()
                               ? j["base_confidence"].get<double>()
                               : s.confidence;
        s.reasoning = j.value("reasoning", std::string());
        for (const Json& e : j.value("evidence", Json::array()))
            s.evidence.push_back({e.at("measure").get<std::string>(), e.at("value").is_number() ? e["value"].get<double>() : std::numeric_limits<double>::quiet_NaN(),
                                  e.value("unit", std::string()), e.value("comparison", std::string())});
        s.shown = j.value("shown", true);
        if (j.contains("effect_metric") && j["effect_metric"].is_object()) {
            const Json& m = j["effect_metric"];
            auto number = [&m](const char* key) { return m.contains(key) && m[key].is_number() ? m[key].get<double>() : 0.0; };
            s.metric = EffectMetric{m.at("measure").get<std::string>(), m.value("label", std::string()),
                                    m.value("unit", std::string()), number("value"), m.value("goal", -1),
                                    number("tolerance"), number("frequency_hz"), number("reference")};
        }
        if (j.contains("band") && j["band"].is_object()) {
            const Json& b = j["band"];
            s.bandLowHz = b.at("low_hz").get<double>();
            s.bandHighHz = b.at("high_hz").get<double>();
            s.direction = b.at("direction").get<std::string>() == "boost" ? 1 : -1;
        }
        s.key = j.value("key", std::string());
    } catch (const nlohmann::json::exception& e) {
        return Error{std::string("not a valid suggestion: ") + e.what()};
    }
    return s;
}

Result<Suggestion> suggestionFromText(std::string_view text)
{
    const Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error{"not valid JSON"};
    return suggestionFromJson(j);
}

std::string suggestionsReportJson(const SuggestionsReportInput& input, int indent)
{
    const SuggestionSet& set = *input.set;
    Json tracks = Json::array();
    for (const TrackProfile* t : input.tracks)
        tracks.push_back({{"name", t->name}, {"path", t->file.path.string()}, {"type", t->type}});
    Json masking = Json::array();
    for (const MaskingCell& c : set.masking)
        masking.push_back({{"tracks", {input.tracks[c.first]->name, input.tracks[c.second]->name}},
                           {"band", kBands[static_cast<std::size_t>(c.band)].key},
                           {"low_hz", num(c.lowHz)},
                           {"high_hz", num(c.highHz)},
                           {"both_active_fraction", num(c.bothActiveFraction)},
                           {"level_difference_db", num(c.levelDifferenceDb)},
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
        {"masking", std::move(masking)},
    };
    const Json doc{
        {"schema", "stemwise.suggestions/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"engine_version", SuggestionEngine::kVersion},
        {"context",
         {{"tempo_bpm", opt(set.context.tempoBpm)},
          {"tempo_source", set.context.tempoSource},
          {"genre", set.context.genre ? Json(*set.context.genre) : Json()},
          {"genre_source", set.context.genreSource},
          {"max_per_track", input.maxPerTrack}}},
        {"tracks", std::move(tracks)},
        {"session", std::move(session)},
        {"suggestions", std::move(suggestions)},
        {"effects_checked", std::move(effects)},
        {"errors", std::move(errors)},
    };
    return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
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
    out += set.context.genre ? "; genre " + *set.context.genre + ")" : std::string("; genre not set)");
    out += "\n";
    for (const EffectRecord& e : input.effects)
        out += "Re-bounce check: " + e.track + ": " + e.describe() + "\n";
    if (set.summedTruePeakDbtp)
        out += strprintf("Summed true peak of the stems at unity: %+.2f dBTP (%s)", *set.summedTruePeakDbtp,
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
        }
        out += "\n" + heading + "\n" + body;
    }
    if (set.suggestions.empty())
        out += "\nNo suggestions: every figure is within its range.\n";
    if (hidden > 0)
        out += strprintf("\n%zu more beyond %zu per track or set aside by your ratings: add --all to see them.\n", hidden,
                         input.maxPerTrack);
    out += "\nRate one: stemwise rate ID useful|not-useful|applied|dismissed\n";
    return out;
}

}  // namespace stemwise::core
