// Suggestions as JSON (see suggestionjson.h).
#include "json/suggestionjson.h"

#include "json/textjson.h"

#include "json/jsonvalues.h"

#include <cmath>
#include <optional>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

using jsonvalues::num;

Json parametersJson(const std::vector<SuggestionParameter>& list)
{
    Json parameters = Json::object();
    for (const auto& p : list) {
        if (std::holds_alternative<double>(p.value))
            parameters[p.key] = num(std::get<double>(p.value));
        else
            parameters[p.key] = std::get<std::string>(p.value);
    }
    return parameters;
}

std::vector<SuggestionParameter> parametersFrom(const Json& j)
{
    std::vector<SuggestionParameter> out;
    for (const auto& [key, value] : j.items()) {
        if (value.is_number())
            out.push_back({key, value.get<double>()});
        else if (value.is_string())
            out.push_back({key, value.get<std::string>()});
    }
    return out;
}

}  // namespace

Json suggestionToJson(const Suggestion& s, SuggestionTexts texts)
{
    Json evidence = Json::array();
    for (const Evidence& e : s.evidence)
        evidence.push_back({{"measure", e.measure}, {"value", num(e.value)}, {"unit", e.unit}, {"comparison", e.comparison}});
    Json metric;
    if (s.metric)
        metric = {{"measure", s.metric->measure},   {"label", s.metric->label},
                  {"unit", s.metric->unit},         {"value", num(s.metric->value)},
                  {"goal", s.metric->goal},         {"tolerance", num(s.metric->toleranceAbs)},
                  {"frequency_hz", num(s.metric->frequencyHz)}, {"reference", num(s.metric->reference)}};
    Json plan = Json::array();
    for (const PlanNote& n : s.plan)
        plan.push_back({{"kind", n.kind}, {"rule", n.rule}, {"tracks", n.tracks}, {"parameters", parametersJson(n.parameters)},
                        {"text", n.text}});
    Json j{
        {"id", s.storeId > 0 ? Json(s.storeId) : Json()},
        {"uid", s.uid.empty() ? Json() : Json(s.uid)},
        {"rule", s.rule},
        {"target", {{"kind", targetKindName(s.target.kind)}, {"tracks", s.target.tracks}}},
        {"track_type", s.trackType},
        {"type", suggestionTypeName(s.type)},
        {"title", s.title},
        {"description", s.description},
        {"parameters", parametersJson(s.parameters)},
        {"priority", s.priority},
        {"impact", s.impact},
        {"base_priority", s.basePriority},
        {"confidence", num(s.confidence)},
        {"base_confidence", num(s.baseConfidence)},
        {"reasoning", s.reasoning},
        {"evidence", std::move(evidence)},
        {"personalisation", s.personalisation.empty() ? Json() : Json(s.personalisation)},
        {"effects", s.effectNotes},
        {"shown", s.shown},
        {"plan", std::move(plan)},
        {"effect_metric", std::move(metric)},
        {"band", s.direction != 0 ? Json{{"low_hz", num(s.bandLowHz)}, {"high_hz", num(s.bandHighHz)},
                                         {"direction", s.direction > 0 ? "boost" : "cut"}}
                                  : Json()},
        {"key", s.key},
    };
    if (texts == SuggestionTexts::Include) {
        Json comparisons = Json::array(), labels = Json::array();
        for (const Evidence& e : s.evidence) {
            comparisons.push_back(textToJson(e.comparisonText));
            labels.push_back(textToJson(e.label));
        }
        Json notes = Json::array();
        for (const PlanNote& n : s.plan)
            notes.push_back(textToJson(n.noteText));
        j["texts"] = {{"title", textToJson(s.titleText)},
                      {"description", textToJson(s.descriptionText)},
                      {"reasoning", textToJson(s.reasoningText)},
                      {"evidence", std::move(comparisons)},
                      {"evidence_labels", std::move(labels)},
                      {"plan", std::move(notes)}};
    }
    return j;
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
        s.parameters = parametersFrom(j.at("parameters"));
        s.priority = j.at("priority").get<int>();
        s.impact = j.value("impact", 4);
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
        for (const Json& n : j.value("plan", Json::array()))
            s.plan.push_back({n.at("kind").get<std::string>(), n.value("rule", std::string()),
                              n.value("tracks", std::vector<std::string>()), parametersFrom(n.value("parameters", Json::object())),
                              n.value("text", std::string())});
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
        if (j.contains("texts") && j["texts"].is_object()) {
            const Json& t = j["texts"];
            auto text = [&t](const char* member) { return t.contains(member) ? textFromJson(t[member]) : Text{}; };
            s.titleText = text("title");
            s.descriptionText = text("description");
            s.reasoningText = text("reasoning");
            auto each = [&t, &s](const char* member, Text Evidence::*field) {
                if (t.contains(member) && t[member].is_array() && t[member].size() == s.evidence.size())
                    for (std::size_t i = 0; i < s.evidence.size(); ++i)
                        s.evidence[i].*field = textFromJson(t[member][i]);
            };
            each("evidence", &Evidence::comparisonText);
            each("evidence_labels", &Evidence::label);
            if (t.contains("plan") && t["plan"].is_array() && t["plan"].size() == s.plan.size())
                for (std::size_t i = 0; i < s.plan.size(); ++i)
                    s.plan[i].noteText = textFromJson(t["plan"][i]);
        }
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

}  // namespace stemwise::core
