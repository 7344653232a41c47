// stemwise.comparison/1: a TrackComparison as JSON and as text.
#include "report/comparisonreport.h"

#include "util/strprintf.h"

#include "json/jsonvalues.h"

#include <cmath>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

using jsonvalues::num;

Json series(const std::vector<double>& v)
{
    Json out = Json::array();
    for (double x : v)
        out.push_back(std::isfinite(x) ? Json(x) : Json(nullptr));
    return out;
}

// Two decimals; `sign`: with a + for positive values (differences).
std::string optText(const OptDouble& v, bool sign = false)
{
    if (!v || !std::isfinite(*v))
        return "—";
    return sign ? strprintf("%+.2f", *v) : strprintf("%.2f", *v);
}

}  // namespace

Json comparisonToJson(const TrackComparison& c)
{
    Json figures = Json::array();
    for (const auto& f : c.figures)
        figures.push_back({{"key", f.key},
                           {"label", f.label},
                           {"unit", f.unit},
                           {"a", num(f.a)},
                           {"b", num(f.b)},
                           {"delta", num(f.delta)},
                           {"matched_delta", num(f.matchedDelta)},
                           {"level_dependent", f.levelDependent}});
    Json bands = Json::array();
    for (std::size_t i = 0; i < kBandCount; ++i) {
        const BandDelta& b = c.bands[i];
        Json item{{"band", kBands[i].key},
                  {"low_hz", kBands[i].lowHz},
                  {"high_hz", kBands[i].highHz},
                  {"a_db", num(b.aDb)},
                  {"b_db", num(b.bDb)},
                  {"delta_db", num(b.deltaDb)},
                  {"matched_delta_db", num(b.matchedDeltaDb)},
                  {"a_share", b.aShare},
                  {"b_share", b.bShare}};
        if (b.spreadDb)
            item["spread_db"] = num(b.spreadDb);
        bands.push_back(std::move(item));
    }
    Json spectrum{{"frequency_hz", series(c.spectrum.frequencyHz)},
                  {"a_db", series(c.spectrum.aDb)},
                  {"b_db", series(c.spectrum.bDb)},
                  {"difference_db", series(c.spectrum.differenceDb)},
                  {"matched_difference_db", series(c.spectrum.matchedDifferenceDb)}};
    if (!c.spectrum.spreadDb.empty())
        spectrum["spread_db"] = series(c.spectrum.spreadDb);
    Json findings = Json::array();
    for (const auto& f : c.findings)
        findings.push_back({{"kind", f.kind == ComparisonFinding::Kind::Finding ? "finding" : "suggestion"},
                            {"code", f.code},
                            {"text", f.text},
                            {"magnitude", f.magnitude}});
    Json out{{"a", {{"name", c.aName}, {"path", c.aPath}}},
             {"b", {{"name", c.bName}, {"path", c.bPath}}},
             {"loudness_offset_db", num(c.loudnessOffsetDb)},
             {"figures", std::move(figures)},
             {"bands", std::move(bands)},
             {"spectrum", std::move(spectrum)},
             {"findings", std::move(findings)}};
    if (!c.targetReferences.empty())
        out["target_references"] = c.targetReferences;
    if (!c.style.empty()) {
        Json style = Json::array();
        for (const StyleDeviation& d : c.style) {
            Json item{{"key", d.key}, {"unit", d.unit}};
            if (!d.sectionType.empty()) {
                item["section_type"] = d.sectionType;
                item["sections"] = d.sections;
            }
            item["value"] = d.value;
            item["p10"] = d.range.p10;
            item["median"] = d.range.median;
            item["p90"] = d.range.p90;
            item["references"] = d.range.count;
            item["position"] = stylePositionKey(d.position);
            item["excess"] = d.excessAbs;
            if (!d.message.empty())
                item["text"] = d.message;
            style.push_back(std::move(item));
        }
        out["style"] = std::move(style);
    }
    return out;
}

std::string comparisonReportJson(const TrackComparison& comparison, int indent)
{
    Json doc{{"schema", "stemwise.comparison/1"}, {"generator", std::string("stemwise ") + STEMWISE_VERSION}};
    Json body = comparisonToJson(comparison);
    for (auto& [key, value] : body.items())
        doc[key] = std::move(value);
    return jsonvalues::dump(doc, indent);
}

std::string comparisonText(const TrackComparison& c)
{
    std::string out = "A: " + c.aName + "\nB: " + c.bName + "\n";
    if (!c.targetReferences.empty()) {
        out += "   the mean of:";
        for (const auto& r : c.targetReferences)
            out += " " + r + ";";
        out.back() = '\n';
    }
    out += "\n";
    for (const auto& f : c.findings)
        out += (f.kind == ComparisonFinding::Kind::Finding ? "- " : "> ") + f.text + "\n";
    if (c.findings.empty())
        out += "- No difference above the thresholds.\n";
    if (!c.style.empty()) {
        out += strprintf("\n%-44s %9s %9s %9s %9s  %s\n", "against your references", "value", "10 %", "median", "90 %",
                         "where");
        for (const StyleDeviation& d : c.style) {
            const std::string what = (d.sectionType.empty() ? std::string() : d.sectionType + ": ") + styleFeatureLabel(d.key)
                                     + (d.unit.empty() ? "" : " (" + d.unit + ")");
            const int dp = d.decimals;
            out += strprintf("%-44s %9.*f %9.*f %9.*f %9.*f  %s\n", what.c_str(), dp, d.value, dp, d.range.p10, dp,
                             d.range.median, dp, d.range.p90, stylePositionKey(d.position));
        }
    }
    out += strprintf("\n%-28s %10s %10s %10s %12s\n", "figure", "A", "B", "A-B", "matched A-B");
    for (const auto& f : c.figures)
        out += strprintf("%-28s %10s %10s %10s %12s\n", (f.label + (f.unit.empty() ? "" : " (" + f.unit + ")")).c_str(),
                         optText(f.a).c_str(), optText(f.b).c_str(), optText(f.delta, true).c_str(),
                         optText(f.matchedDelta, true).c_str());
    out += strprintf("\n%-28s %10s %10s %10s %12s\n", "band (dB)", "A", "B", "A-B", "matched A-B");
    for (std::size_t i = 0; i < kBandCount; ++i) {
        const BandDelta& b = c.bands[i];
        out += strprintf("%-28s %10s %10s %10s %12s\n", bandLabel(b.band).c_str(), optText(b.aDb).c_str(),
                         optText(b.bDb).c_str(), optText(b.deltaDb, true).c_str(),
                         optText(b.matchedDeltaDb, true).c_str());
    }
    return out;
}

}  // namespace stemwise::core
