// The catalogue and its English (see text.h and textcatalogue.h).
#include "util/textcatalogue.h"

#include "util/strprintf.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

// Core has no Qt: the markers lupdate reads are no-ops here.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
#ifndef QT_TRANSLATE_N_NOOP
#define QT_TRANSLATE_N_NOOP(context, text) text
#endif

namespace stemwise::core {

namespace {

std::array<TextTemplate, static_cast<std::size_t>(TextCode::Count) - 1> g_templates{{
#define STEMWISE_TEXT(code_, id_, args_, source_) {TextCode::code_, id_, args_, source_, false, nullptr, nullptr},
#define STEMWISE_TEXT_N(code_, id_, args_, source_, one_, other_) {TextCode::code_, id_, args_, source_, true, one_, other_},
#include STEMWISE_TEXT_CODES_H
#undef STEMWISE_TEXT
#undef STEMWISE_TEXT_N
}};

struct Term {
    const char* id;
    const char* english;
};

// Band keys (dsp/bands.h) in the words of the sentences that name them.
constexpr std::array<Term, 7> kBandNouns{{{"sub_bass", "sub bass"},
                                          {"bass", "bass"},
                                          {"low_mids", "low mids"},
                                          {"mids", "mids"},
                                          {"upper_mids", "upper mids"},
                                          {"highs", "highs"},
                                          {"air", "air"}}};
constexpr std::array<Term, 7> kBandAdjectives{{{"sub_bass", "sub-bass"},
                                               {"bass", "bass"},
                                               {"low_mids", "low-mid"},
                                               {"mids", "mid"},
                                               {"upper_mids", "upper-mid"},
                                               {"highs", "high"},
                                               {"air", "air"}}};

template <std::size_t N>
std::string lookUp(const std::array<Term, N>& terms, const std::string& id)
{
    for (const Term& t : terms)
        if (id == t.id)
            return t.english;
    return id;
}

std::string render(const TextArg& a);

std::string renderText(const Text& t)
{
    const TextTemplate* tpl = textTemplate(t.code);
    if (tpl == nullptr)
        return {};
    std::vector<std::string> args;
    args.reserve(t.args.size());
    for (const TextArg& a : t.args)
        args.push_back(render(a));
    std::string pattern = tpl->source;
    if (tpl->plural) {
        pattern = t.count == 1 ? tpl->englishOne : tpl->englishOther;
        const std::string n = std::to_string(t.count);
        for (auto at = pattern.find("%n"); at != std::string::npos; at = pattern.find("%n", at + n.size()))
            pattern.replace(at, 2, n);
    }
    return fillPlaceholders(pattern, args);
}

std::string render(const TextArg& a)
{
    using K = TextArg::Kind;
    switch (a.kind) {
    case K::Number: {
        std::string s = a.sign ? strprintf("%+.*f", a.decimals, a.value) : strprintf("%.*f", a.decimals, a.value);
        return a.unit.empty() ? s : s + " " + a.unit;
    }
    case K::Percent: return strprintf("%.*f %%", a.decimals, 100.0 * a.value);
    case K::Hz: return hzEnglish(a.value, a.compact);
    case K::HzRange: return hzRangeEnglish(a.value, a.high);
    case K::String: return a.text;
    case K::Term: return termEnglish(a.term, a.text);
    case K::Date: return a.text.substr(0, 10);
    case K::Nested: return a.texts.empty() ? std::string() : renderText(a.texts.front());
    case K::List: {
        std::string out;
        for (std::size_t i = 0; i < a.items.size(); ++i)
            out += (i == 0 ? "" : a.conjunction && i + 1 == a.items.size() ? " and " : ", ") + render(a.items[i]);
        return out;
    }
    }
    return {};
}

}  // namespace

std::span<const TextTemplate> textTemplates() { return g_templates; }

const TextTemplate* textTemplate(TextCode code)
{
    const auto i = static_cast<std::size_t>(code);
    if (i == 0 || i > g_templates.size())
        return nullptr;
    return &g_templates[i - 1];
}

std::optional<TextCode> textCodeFromId(std::string_view id)
{
    for (const TextTemplate& t : g_templates)
        if (id == t.id)
            return t.code;
    return std::nullopt;
}

std::string english(const Text& text) { return renderText(text); }

std::string termEnglish(TermKind kind, const std::string& id)
{
    switch (kind) {
    case TermKind::TrackType:
    case TermKind::Severity:
    case TermKind::Issue:
    case TermKind::Key: return id;
    case TermKind::TrackTypes:
        // Types are mostly plural already ("vocals", "drums", "keys", "strings", "hats").
        if (id == "kick" || id == "snare" || id == "guitar" || id == "synth" || id == "pad")
            return id + "s";
        if (id == "bass" || id == "mix" || id == "session")
            return id + "es";
        return id;
    case TermKind::Band: return lookUp(kBandNouns, id);
    case TermKind::BandAdjective: return lookUp(kBandAdjectives, id);
    }
    return id;
}

namespace {

bool argIsWellFormed(const TextArg& a, const char* id, std::string* why)
{
    if (a.kind == TextArg::Kind::Nested) {
        if (a.texts.size() != 1) {
            if (why != nullptr)
                *why = std::string(id) + ": a nested argument holds one text";
            return false;
        }
        if (!a.texts.front().empty() && !isWellFormed(a.texts.front(), why))
            return false;
    }
    for (const TextArg& item : a.items)
        if (!argIsWellFormed(item, id, why))
            return false;
    return true;
}

}  // namespace

bool isWellFormed(const Text& text, std::string* why)
{
    auto fail = [why](std::string reason) {
        if (why != nullptr)
            *why = std::move(reason);
        return false;
    };
    const TextTemplate* tpl = textTemplate(text.code);
    if (tpl == nullptr)
        return fail(strprintf("code %d has no template", static_cast<int>(text.code)));
    if (static_cast<int>(text.args.size()) != tpl->args)
        return fail(strprintf("%s takes %d arguments, has %zu", tpl->id, tpl->args, text.args.size()));
    if (tpl->plural && text.count < 0)
        return fail(std::string(tpl->id) + " has plural forms but no count");
    for (const TextArg& a : text.args)
        if (!argIsWellFormed(a, tpl->id, why))
            return false;
    return true;
}

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '0');
            std::size_t end = i + 2;
            if (end < pattern.size() && pattern[end] >= '0' && pattern[end] <= '9' && n * 10 + (pattern[end] - '0') <= args.size()) {
                n = n * 10 + static_cast<std::size_t>(pattern[end] - '0');
                ++end;
            }
            if (n <= args.size()) {
                out += args[n - 1];
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::string hzEnglish(double hz, bool compact)
{
    if (hz >= 1000.0) {
        const double k = hz / 1000.0;
        return compact && std::abs(k - std::round(k)) < 0.05 ? strprintf("%.0f kHz", k) : strprintf("%.1f kHz", k);
    }
    return strprintf("%.0f Hz", hz);
}

std::string hzRangeEnglish(double lowHz, double highHz)
{
    if ((lowHz >= 1000.0) == (highHz >= 1000.0)) {
        std::string low = hzEnglish(lowHz, true);
        low.resize(low.find(' '));
        return low + "–" + hzEnglish(highHz, true);
    }
    return hzEnglish(lowHz, true) + "–" + hzEnglish(highHz, true);
}

TemplateOverrideForTest::TemplateOverrideForTest(TextCode code, const char* source)
    : m_code(code), m_previous(g_templates.at(static_cast<std::size_t>(code) - 1).source)
{
    g_templates.at(static_cast<std::size_t>(code) - 1).source = source;
}

TemplateOverrideForTest::~TemplateOverrideForTest() { g_templates.at(static_cast<std::size_t>(m_code) - 1).source = m_previous; }

}  // namespace stemwise::core
