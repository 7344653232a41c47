// Moves from suggestions and from their parameter text (see move.h).
#include "playback/move.h"

#include "util/strprintf.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <variant>

namespace stemwise::core {

namespace {

using Value = std::variant<double, std::string>;
using Parameters = std::map<std::string, Value, std::less<>>;

constexpr std::string_view kKnownKeys[] = {
    "type",      "filter",   "frequency_hz", "slope_db_per_oct", "gain_db",  "q",           "threshold_db",
    "range_db",  "mode",     "ratio",        "attack_ms",        "release_ms", "knee_db",   "makeup_db",
    "drive_db",  "mix_percent", "width_percent", "action",       "key_input",
};

bool known(std::string_view key)
{
    return std::find(std::begin(kKnownKeys), std::end(kKnownKeys), key) != std::end(kKnownKeys);
}

std::string trim(std::string_view s)
{
    std::size_t a = 0;
    std::size_t b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])) != 0)
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])) != 0)
        --b;
    std::string out(s.substr(a, b - a));
    if (out.size() >= 2 && (out.front() == '"' || out.front() == '\'') && out.back() == out.front())
        out = out.substr(1, out.size() - 2);
    return out;
}

Result<Parameters> parseKeyValues(std::string_view text)
{
    Parameters params;
    std::string item;
    const auto flush = [&]() -> Result<bool> {
        const std::string piece = trim(item);
        item.clear();
        if (piece.empty())
            return true;
        const std::size_t eq = piece.find_first_of("=:");
        if (eq == std::string::npos || eq == 0)
            return Error{strprintf("'%s' is not key=value", piece.c_str())};
        const std::string key = trim(std::string_view(piece).substr(0, eq));
        const std::string value = trim(std::string_view(piece).substr(eq + 1));
        if (!known(key))
            return Error{strprintf("unknown parameter '%s'", key.c_str())};
        if (value.empty())
            return Error{strprintf("'%s' has no value", key.c_str())};
        char* end = nullptr;
        const double number = std::strtod(value.c_str(), &end);
        if (end != nullptr && *end == '\0' && std::isfinite(number))
            params[key] = number;
        else
            params[key] = value;
        return true;
    };
    for (char c : text) {
        if (c == ',' || c == ';' || c == '\n') {
            if (auto r = flush(); !r)
                return r.error();
        } else {
            item += c;
        }
    }
    if (auto r = flush(); !r)
        return r.error();
    return params;
}

Result<Parameters> parseJson(std::string_view text)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        return Error{std::string("not valid JSON: ") + e.what()};
    }
    if (!j.is_object())
        return Error{"the JSON is not an object of parameters"};
    Parameters params;
    const nlohmann::json* object = &j;
    if (j.contains("parameters") && j["parameters"].is_object()) {  // a whole suggestion
        object = &j["parameters"];
        if (j.contains("type") && j["type"].is_string())
            params["type"] = j["type"].get<std::string>();
    }
    for (const auto& [key, value] : object->items()) {
        if (value.is_number())
            params[key] = value.get<double>();
        else if (value.is_string())
            params[key] = value.get<std::string>();
        else if (!value.is_null())
            return Error{strprintf("'%s' is neither a number nor a word", key.c_str())};
    }
    return params;
}

class Reader {
public:
    explicit Reader(const Parameters& p) : m_p(p) {}

    [[nodiscard]] bool has(std::string_view key) const { return m_p.find(key) != m_p.end(); }
    [[nodiscard]] std::optional<std::string> word(std::string_view key) const
    {
        const auto it = m_p.find(key);
        if (it == m_p.end() || !std::holds_alternative<std::string>(it->second))
            return std::nullopt;
        return std::get<std::string>(it->second);
    }
    /// The number under `key` within [lo, hi], `fallback` if absent; an error names a bad one.
    Result<double> number(std::string_view key, double lo, double hi, std::optional<double> fallback = {}) const
    {
        const auto it = m_p.find(key);
        if (it == m_p.end()) {
            if (fallback)
                return *fallback;
            return Error{strprintf("the move needs %.*s", static_cast<int>(key.size()), key.data())};
        }
        if (!std::holds_alternative<double>(it->second))
            return Error{strprintf("%.*s must be a number", static_cast<int>(key.size()), key.data())};
        const double v = std::get<double>(it->second);
        if (!(v >= lo && v <= hi))
            return Error{strprintf("%.*s=%g is outside %g…%g", static_cast<int>(key.size()), key.data(), v, lo, hi)};
        return v;
    }

private:
    const Parameters& m_p;
};

#define STEMWISE_TAKE(target, expr)      \
    do {                                 \
        auto taken_ = (expr);            \
        if (!taken_)                     \
            return taken_.error();       \
        (target) = taken_.value();       \
    } while (false)

Result<Move> moveFromParameters(const Parameters& params)
{
    const Reader r(params);
    Move m;
    const std::string type = r.word("type").value_or("");
    if (const auto key = r.word("key_input"))
        return Error{strprintf("a move keyed by another track ('%s') cannot be previewed on one stem", key->c_str())};

    if (const auto filter = r.word("filter")) {
        if (*filter == "high_pass" || *filter == "low_pass") {
            m.kind = *filter == "high_pass" ? MoveKind::HighPass : MoveKind::LowPass;
            STEMWISE_TAKE(m.frequencyHz, r.number("frequency_hz", 10.0, 40000.0));
            STEMWISE_TAKE(m.slopeDbPerOct, r.number("slope_db_per_oct", 6.0, 48.0, 12.0));
            if (std::fabs(m.slopeDbPerOct / 6.0 - std::round(m.slopeDbPerOct / 6.0)) > 1e-9)
                return Error{strprintf("slope_db_per_oct=%g: slopes come in steps of 6 dB/oct", m.slopeDbPerOct)};
            return m;
        }
        if (*filter == "bell" || *filter == "peak" || *filter == "low_shelf" || *filter == "high_shelf") {
            m.kind = *filter == "low_shelf"    ? MoveKind::LowShelf
                     : *filter == "high_shelf" ? MoveKind::HighShelf
                                               : MoveKind::Bell;
            STEMWISE_TAKE(m.frequencyHz, r.number("frequency_hz", 10.0, 40000.0));
            STEMWISE_TAKE(m.gainDb, r.number("gain_db", -48.0, 48.0));
            STEMWISE_TAKE(m.q, r.number("q", 0.1, 40.0, m.kind == MoveKind::Bell ? 1.0 : 0.707));
            return m;
        }
        return Error{strprintf("filter=%s is not a filter Stemwise previews (high_pass, low_pass, bell, low_shelf, "
                               "high_shelf)",
                               filter->c_str())};
    }
    if (r.word("action") == std::optional<std::string>("invert_one_channel_polarity")) {
        m.kind = MoveKind::InvertOneChannel;
        return m;
    }
    if (r.has("action"))
        return Error{"action: only invert_one_channel_polarity can be previewed"};
    if (type == "de-esser" || (type.empty() && r.has("range_db") && r.has("frequency_hz") && !r.has("ratio"))) {
        m.kind = MoveKind::DeEsser;
        STEMWISE_TAKE(m.frequencyHz, r.number("frequency_hz", 1000.0, 20000.0));
        STEMWISE_TAKE(m.rangeDb, r.number("range_db", 0.0, 40.0, 6.0));
        if (r.has("threshold_db")) {
            double t = 0.0;
            STEMWISE_TAKE(t, r.number("threshold_db", -90.0, 0.0));
            m.thresholdDb = t;
        }
        return m;
    }
    if (type == "compression" || (type.empty() && r.has("threshold_db") && r.has("ratio"))) {
        m.kind = MoveKind::Compressor;
        double t = 0.0;
        STEMWISE_TAKE(t, r.number("threshold_db", -90.0, 0.0));
        m.thresholdDb = t;
        STEMWISE_TAKE(m.ratio, r.number("ratio", 1.0, 100.0, 2.0));
        STEMWISE_TAKE(m.attackMs, r.number("attack_ms", 0.01, 1000.0, 10.0));
        STEMWISE_TAKE(m.releaseMs, r.number("release_ms", 1.0, 5000.0, 100.0));
        STEMWISE_TAKE(m.kneeDb, r.number("knee_db", 0.0, 48.0, 0.0));
        STEMWISE_TAKE(m.makeupDb, r.number("makeup_db", -24.0, 48.0, 0.0));
        return m;
    }
    if (type == "saturation" || (type.empty() && r.has("drive_db"))) {
        m.kind = MoveKind::Saturation;
        STEMWISE_TAKE(m.driveDb, r.number("drive_db", 0.0, 48.0, 6.0));
        STEMWISE_TAKE(m.mixPercent, r.number("mix_percent", 0.0, 100.0, 100.0));
        return m;
    }
    if (r.has("width_percent")) {
        m.kind = MoveKind::MonoBelow;
        STEMWISE_TAKE(m.frequencyHz, r.number("frequency_hz", 10.0, 2000.0));
        STEMWISE_TAKE(m.widthPercent, r.number("width_percent", 0.0, 100.0));
        return m;
    }
    if (r.has("gain_db")) {
        m.kind = MoveKind::Gain;
        STEMWISE_TAKE(m.gainDb, r.number("gain_db", -48.0, 48.0));
        return m;
    }
    return Error{"these parameters describe no move that can be previewed"};
}

#undef STEMWISE_TAKE

}  // namespace

const char* moveKindName(MoveKind kind)
{
    switch (kind) {
    case MoveKind::HighPass: return "high_pass";
    case MoveKind::LowPass: return "low_pass";
    case MoveKind::Bell: return "bell";
    case MoveKind::LowShelf: return "low_shelf";
    case MoveKind::HighShelf: return "high_shelf";
    case MoveKind::Gain: return "gain";
    case MoveKind::DeEsser: return "de_esser";
    case MoveKind::Compressor: return "compressor";
    case MoveKind::Saturation: return "saturation";
    case MoveKind::MonoBelow: return "mono_below";
    case MoveKind::InvertOneChannel: return "invert_one_channel";
    }
    return "?";
}

std::string Move::text() const
{
    switch (kind) {
    case MoveKind::HighPass:
    case MoveKind::LowPass:
        return strprintf("filter=%s, frequency_hz=%g, slope_db_per_oct=%g", moveKindName(kind), frequencyHz, slopeDbPerOct);
    case MoveKind::Bell:
    case MoveKind::LowShelf:
    case MoveKind::HighShelf:
        return strprintf("filter=%s, frequency_hz=%g, gain_db=%g, q=%g", moveKindName(kind), frequencyHz, gainDb, q);
    case MoveKind::Gain:
        return strprintf("gain_db=%g", gainDb);
    case MoveKind::DeEsser:
        return strprintf("type=de-esser, frequency_hz=%g, range_db=%g", frequencyHz, rangeDb)
               + (thresholdDb ? strprintf(", threshold_db=%g", *thresholdDb) : std::string());
    case MoveKind::Compressor:
        return strprintf("threshold_db=%g, ratio=%g, attack_ms=%g, release_ms=%g, knee_db=%g, makeup_db=%g",
                         thresholdDb.value_or(0.0), ratio, attackMs, releaseMs, kneeDb, makeupDb);
    case MoveKind::Saturation:
        return strprintf("drive_db=%g, mix_percent=%g", driveDb, mixPercent);
    case MoveKind::MonoBelow:
        return strprintf("frequency_hz=%g, width_percent=%g", frequencyHz, widthPercent);
    case MoveKind::InvertOneChannel:
        return "action=invert_one_channel_polarity";
    }
    return {};
}

std::string Move::describe() const
{
    switch (kind) {
    case MoveKind::HighPass:
        return strprintf("high-pass at %g Hz, %g dB/oct", frequencyHz, slopeDbPerOct);
    case MoveKind::LowPass:
        return strprintf("low-pass at %g Hz, %g dB/oct", frequencyHz, slopeDbPerOct);
    case MoveKind::Bell:
        return strprintf("bell %+g dB at %g Hz, Q %g", gainDb, frequencyHz, q);
    case MoveKind::LowShelf:
        return strprintf("low shelf %+g dB at %g Hz", gainDb, frequencyHz);
    case MoveKind::HighShelf:
        return strprintf("high shelf %+g dB at %g Hz", gainDb, frequencyHz);
    case MoveKind::Gain:
        return strprintf("gain %+g dB", gainDb);
    case MoveKind::DeEsser:
        return thresholdDb ? strprintf("de-esser at %g Hz, threshold %g dB, range %g dB", frequencyHz, *thresholdDb, rangeDb)
                           : strprintf("de-esser at %g Hz, range %g dB", frequencyHz, rangeDb);
    case MoveKind::Compressor:
        return strprintf("compressor %g:1 from %g dB, attack %g ms, release %g ms, knee %g dB, make-up %+g dB", ratio,
                         thresholdDb.value_or(0.0), attackMs, releaseMs, kneeDb, makeupDb);
    case MoveKind::Saturation:
        return strprintf("saturation, drive %g dB, %g %% wet", driveDb, mixPercent);
    case MoveKind::MonoBelow:
        return strprintf("mono below %g Hz (side kept at %g %%)", frequencyHz, widthPercent);
    case MoveKind::InvertOneChannel:
        return "right channel's polarity inverted";
    }
    return {};
}

Result<Move> parseMove(std::string_view text)
{
    const std::string trimmed = trim(text);
    if (trimmed.empty())
        return Error{"the move is empty"};
    auto params = trimmed.front() == '{' ? parseJson(trimmed) : parseKeyValues(trimmed);
    if (!params)
        return params.error();
    return moveFromParameters(params.value());
}

Result<Move> moveFromSuggestion(const Suggestion& suggestion)
{
    Parameters params;
    for (const auto& p : suggestion.parameters)
        params[p.key] = p.value;
    switch (suggestion.type) {
    case SuggestionType::DeEsser:
    case SuggestionType::Compression:
    case SuggestionType::Saturation:
        params["type"] = std::string(suggestionTypeName(suggestion.type));
        break;
    case SuggestionType::Arrangement:
        return Error{"an arrangement note has no move to preview"};
    default:
        break;
    }
    return moveFromParameters(params);
}

}  // namespace stemwise::core
