#include "report/sectionsreport.h"

#include "json/sectionsjson.h"
#include "util/join.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include "json/jsonvalues.h"

namespace stemwise::core {

std::string sectionsReportJson(const SectionsReportInput& input, int indent)
{
    using Json = nlohmann::ordered_json;
    Json errors = Json::array();
    for (const auto& e : input.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});
    const Json doc{{"schema", "stemwise.sections/1"},
                   {"generator", std::string("stemwise ") + STEMWISE_VERSION},
                   {"tempo_bpm", input.tempo.bpm ? Json(*input.tempo.bpm) : Json(nullptr)},
                   {"tempo_source", input.tempo.source},
                   {"sections", sessionSectionsToJson(input.sections)},
                   {"errors", std::move(errors)}};
    return jsonvalues::dump(doc, indent);
}

std::string sectionsReportText(const SectionsReportInput& input)
{
    const SessionSections& s = input.sections;
    std::string out = sessionSectionsLine(s) + "\n";
    if (s.sections.empty() || (s.stems == 0 && !s.fromMix))
        return out;
    out += "\nBoundaries (time, confidence, evidence):\n";
    if (s.boundaries.empty())
        out += s.fromMix ? "  none: the mix's harmony, timbre and level hold throughout\n" : "  none: the same stems play throughout\n";
    for (const SectionBoundary& b : s.boundaries) {
        std::string why;
        for (const Text& clause : boundaryEvidence(b))
            why += (why.empty() ? "" : "; ") + english(clause);
        out += strprintf("  %8.2f s  %.2f  %s%s\n", b.timeS, b.confidence, why.c_str(), b.snapped ? " (on the bar)" : "");
    }
    out += "\nSections (start - end, group, stems playing):\n";
    for (const Section& sec : s.sections)
        out += strprintf("  %-11s %8.2f - %8.2f s  %-4s %s\n", sec.name.c_str(), sec.startS, sec.endS, sec.group.c_str(),
                         sec.stems.empty() ? (s.fromMix ? "(the mix)" : "(none)") : joinedWithCommas(sec.stems).c_str());
    // Why a section has the name of its function (analysis/sectionnames.h).
    std::string names;
    for (const Section& sec : s.sections) {
        if (sec.role.empty())
            continue;
        std::string why;
        for (const Text& clause : sec.roleEvidence)
            why += (why.empty() ? "" : "; ") + english(clause);
        names += strprintf("  %-12s %.2f  %s\n", sec.name.c_str(), sec.roleConfidence.value_or(0.0), why.c_str());
    }
    if (!names.empty())
        out += "\nNames (confidence, evidence; the others keep their number):\n" + names;
    // The figures of the stems summed, per section.
    auto figure = [](const OptDouble& v, const char* unit) { return v ? strprintf("%.1f %s", *v, unit) : std::string("-"); };
    out += s.fromMix ? "\nFigures per section (the mix; loudness, short-term max, loudness range, low end 20-250 Hz, key):\n"
                     : "\nFigures per section (the stems summed; loudness, short-term max, loudness range, low end 20-250 Hz, key):\n";
    for (const Section& sec : s.sections) {
        const OptDouble low = lowEndLevelDb(sec);
        out += strprintf("  %-11s %10s  max %10s  LRA %7s  low end %9s  %s\n", sec.name.c_str(), figure(sec.loudnessLufs, "LUFS").c_str(),
                         figure(sec.shortTermMaxLufs, "LUFS").c_str(), figure(sec.lraLu, "LU").c_str(), figure(low, "dB").c_str(),
                         sec.key.value_or("-").c_str());
    }
    if (!s.findings.empty()) {
        out += "\nFrom one section to the next:\n";
        for (const SectionFinding& f : s.findings)
            out += "  " + f.message + "\n";
    }
    return out;
}

}  // namespace stemwise::core
