// Texts as codes (see text.h).
#include "util/text.h"

#include <algorithm>
#include <utility>
#include <vector>

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

// Written out rather than defaulted: clang 14 (Debian 12; the fuzz preset) crashes evaluating
// the exception specification of the two defaulted comparisons, which reach each other
// through std::vector's operator==. Member by member, in declaration order; a member added
// to TextArg or Text must be added here.
namespace {
template <class T>
bool sameElements(const std::vector<T>& a, const std::vector<T>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}
}  // namespace

bool operator==(const TextArg& x, const TextArg& y)
{
    return x.kind == y.kind && x.value == y.value && x.high == y.high && x.decimals == y.decimals
           && x.sign == y.sign && x.compact == y.compact && x.conjunction == y.conjunction && x.text == y.text
           && x.unit == y.unit && x.term == y.term && sameElements(x.texts, y.texts) && sameElements(x.items, y.items);
}

bool operator==(const Text& x, const Text& y)
{
    return x.code == y.code && sameElements(x.args, y.args) && x.count == y.count;
}

}  // namespace stemwise::core
