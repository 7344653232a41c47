// Texts as JSON (see textjson.h).
#include "json/textjson.h"

#include "util/textcatalogue.h"

#include "json/jsonvalues.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::pair<TermKind, std::string_view>, 7> kTermNames{{
    {TermKind::TrackType, "track_type"},
    {TermKind::TrackTypes, "track_types"},
    {TermKind::Band, "band"},
    {TermKind::BandAdjective, "band_adjective"},
    {TermKind::Severity, "severity"},
    {TermKind::Issue, "issue"},
    {TermKind::Key, "key"},
}};

using jsonvalues::num;

double numberOf(const Json& j) { return j.is_number() ? j.get<double>() : std::numeric_limits<double>::quiet_NaN(); }

Json argToJson(const TextArg& a)
{
    using K = TextArg::Kind;
    switch (a.kind) {
    case K::Number: {
        Json j{{"number", num(a.value)}, {"decimals", a.decimals}};
        if (a.sign)
            j["signed"] = true;
        if (!a.unit.empty())
            j["unit"] = a.unit;
        return j;
    }
    case K::Percent: return {{"percent", num(a.value)}, {"decimals", a.decimals}};
    case K::Hz: return a.compact ? Json{{"hz", num(a.value)}, {"compact", true}} : Json{{"hz", num(a.value)}};
    case K::HzRange: return {{"hz_range", Json::array({num(a.value), num(a.high)})}};
    case K::String: return {{"string", a.text}};
    case K::Term:
        for (const auto& [kind, name] : kTermNames)
            if (kind == a.term)
                return {{"term", name}, {"id", a.text}};
        return {{"string", a.text}};
    case K::Date: return {{"date", a.text}};
    case K::Nested: return {{"text", a.texts.empty() ? Json() : textToJson(a.texts.front())}};
    case K::List: {
        Json items = Json::array();
        for (const TextArg& item : a.items)
            items.push_back(argToJson(item));
        return {{"list", std::move(items)}, {"and", a.conjunction}};
    }
    }
    return {};
}

std::optional<TextArg> argFromJson(const Json& j)
{
    if (!j.is_object())
        return std::nullopt;
    if (j.contains("number")) {
        TextArg a = TextArg::number(numberOf(j["number"]), j.value("decimals", 0), j.value("unit", std::string()));
        a.sign = j.value("signed", false);
        return a;
    }
    if (j.contains("percent"))
        return TextArg::percent(numberOf(j["percent"]), j.value("decimals", 1));
    if (j.contains("hz")) {
        TextArg a = TextArg::hz(numberOf(j["hz"]));
        a.compact = j.value("compact", false);
        return a;
    }
    if (j.contains("hz_range") && j["hz_range"].is_array() && j["hz_range"].size() == 2)
        return TextArg::hzRange(numberOf(j["hz_range"][0]), numberOf(j["hz_range"][1]));
    if (j.contains("string") && j["string"].is_string())
        return TextArg::string(j["string"].get<std::string>());
    if (j.contains("term") && j["term"].is_string() && j.contains("id") && j["id"].is_string()) {
        const std::string name = j["term"].get<std::string>();
        for (const auto& [kind, n] : kTermNames)
            if (n == name)
                return TextArg::termOf(kind, j["id"].get<std::string>());
        return std::nullopt;
    }
    if (j.contains("date") && j["date"].is_string())
        return TextArg::date(j["date"].get<std::string>());
    if (j.contains("text")) {
        if (j["text"].is_null())
            return TextArg::nested(Text{});
        Text nested = textFromJson(j["text"]);
        if (nested.empty())
            return std::nullopt;
        return TextArg::nested(std::move(nested));
    }
    if (j.contains("list") && j["list"].is_array()) {
        std::vector<TextArg> items;
        for (const Json& item : j["list"]) {
            auto a = argFromJson(item);
            if (!a)
                return std::nullopt;
            items.push_back(std::move(*a));
        }
        return TextArg::list(std::move(items), j.value("and", false));
    }
    return std::nullopt;
}

}  // namespace

Json textToJson(const Text& text)
{
    const TextTemplate* tpl = textTemplate(text.code);
    if (tpl == nullptr)
        return {};
    Json args = Json::array();
    for (const TextArg& a : text.args)
        args.push_back(argToJson(a));
    Json j{{"code", tpl->id}, {"args", std::move(args)}};
    if (text.count >= 0)
        j["count"] = text.count;
    return j;
}

Text textFromJson(const Json& j)
{
    if (!j.is_object() || !j.contains("code") || !j["code"].is_string())
        return {};
    const auto code = textCodeFromId(j["code"].get<std::string>());
    if (!code)
        return {};
    Text text{*code};
    if (j.contains("args") && j["args"].is_array()) {
        for (const Json& a : j["args"]) {
            auto arg = argFromJson(a);
            if (!arg)
                return {};
            text.args.push_back(std::move(*arg));
        }
    }
    if (j.contains("count") && j["count"].is_number_integer())
        text.count = j["count"].get<int>();
    // A text whose template now takes other arguments would print placeholders: drop it.
    if (!isWellFormed(text))
        return {};
    return text;
}

}  // namespace stemwise::core
