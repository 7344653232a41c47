// Texts as codes (see text.h).
#include "util/text.h"

#include <utility>

namespace stemwise::core {

TextArg TextArg::number(double value, int decimals, std::string unit)
{
    TextArg a;
    a.kind = Kind::Number;
    a.value = value;
    a.decimals = decimals;
    a.unit = std::move(unit);
    return a;
}

TextArg TextArg::signedNumber(double value, int decimals, std::string unit)
{
    TextArg a = number(value, decimals, std::move(unit));
    a.sign = true;
    return a;
}

TextArg TextArg::percent(double share, int decimals)
{
    TextArg a;
    a.kind = Kind::Percent;
    a.value = share;
    a.decimals = decimals;
    return a;
}

TextArg TextArg::hz(double hz)
{
    TextArg a;
    a.kind = Kind::Hz;
    a.value = hz;
    return a;
}

TextArg TextArg::hzCompact(double hz)
{
    TextArg a = TextArg::hz(hz);
    a.compact = true;
    return a;
}

TextArg TextArg::hzRange(double lowHz, double highHz)
{
    TextArg a;
    a.kind = Kind::HzRange;
    a.value = lowHz;
    a.high = highHz;
    return a;
}

TextArg TextArg::string(std::string text)
{
    TextArg a;
    a.kind = Kind::String;
    a.text = std::move(text);
    return a;
}

TextArg TextArg::termOf(TermKind kind, std::string id)
{
    TextArg a;
    a.kind = Kind::Term;
    a.term = kind;
    a.text = std::move(id);
    return a;
}

TextArg TextArg::date(std::string iso8601)
{
    TextArg a;
    a.kind = Kind::Date;
    a.text = std::move(iso8601);
    return a;
}

TextArg TextArg::nested(Text text)
{
    TextArg a;
    a.kind = Kind::Nested;
    a.texts.push_back(std::move(text));
    return a;
}

TextArg TextArg::list(std::vector<TextArg> items, bool conjunction)
{
    TextArg a;
    a.kind = Kind::List;
    a.items = std::move(items);
    a.conjunction = conjunction;
    return a;
}

bool operator==(const TextArg& x, const TextArg& y) = default;
bool operator==(const Text& x, const Text& y) = default;

}  // namespace stemwise::core
