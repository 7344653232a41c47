#include "json/sectionsjson.h"

#include "json/textjson.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

// Times to the millisecond, confidences to three places: what the method can claim.
double rounded(double v, double step) { return std::round(v / step) * step; }

Json optional(const OptDouble& v, double step) { return v ? Json(rounded(*v, step)) : Json(nullptr); }

const char* findingKind(SectionFinding::Kind kind)
{
    switch (kind) {
    case SectionFinding::Kind::LowEndDrop:
        return "low_end_drop";
    case SectionFinding::Kind::Unchanging:
        return "unchanging";
    case SectionFinding::Kind::KeyChange:
        return "key_change";
    case SectionFinding::Kind::NoLift:
        break;
    }
    return "no_lift";
}

Json names(const std::vector<std::string>& list)
{
    Json out = Json::array();
    for (const auto& n : list)
        out.push_back(n);
    return out;
}

Json evidence(const std::vector<Text>& clauses)
{
    Json out = Json::array();
    for (const Text& t : clauses)
        out.push_back(english(t));
    return out;
}

// What of a mix made its boundary: "harmony", "timbre", "level" (none for the stems').
Json changedIn(const SectionBoundary& b)
{
    Json out = Json::array();
    if (b.fromMix) {
        if (b.harmonyChanged)
            out.push_back("harmony");
        if (b.timbreChanged)
            out.push_back("timbre");
        if (b.levelChanged)
            out.push_back("level");
    }
    return out;
}

}  // namespace

Json sessionSectionsToJson(const SessionSections& s)
{
    Json boundaries = Json::array();
    for (const SectionBoundary& b : s.boundaries)
        boundaries.push_back({{"time_s", rounded(b.timeS, 0.001)},
                              {"confidence", rounded(b.confidence, 0.001)},
                              {"novelty", rounded(b.novelty, 0.001)},
                              {"snapped_to_bar", b.snapped},
                              {"entered", names(b.entered)},
                              {"left", names(b.left)},
                              {"louder", names(b.louder)},
                              {"quieter", names(b.quieter)},
                              {"source", b.fromSession ? "session_marker" : b.fromMix ? "mix" : "stems"},
                              {"marker", b.fromSession ? Json(b.marker) : Json(nullptr)},
                              {"changed", changedIn(b)},
                              {"harmony_change", b.fromMix ? Json(rounded(b.harmonyChange, 0.001)) : Json(nullptr)},
                              {"timbre_change_db", b.fromMix ? Json(rounded(b.timbreChangeDb, 0.01)) : Json(nullptr)},
                              {"level_change_db", b.fromMix ? Json(rounded(b.levelChangeDb, 0.01)) : Json(nullptr)}});
    Json sections = Json::array();
    for (const Section& sec : s.sections) {
        Json bands = Json::object();
        for (std::size_t b = 0; b < kBandCount; ++b)
            bands[kBands[b].key] = optional(sec.bandLevelDb[b], 0.01);
        Json stems = Json::array();
        for (const SectionStemLoudness& l : sec.stemLoudness)
            stems.push_back({{"name", l.name}, {"loudness_lufs", optional(l.loudnessLufs, 0.01)}});
        sections.push_back({{"index", sec.index},
                            {"start_s", rounded(sec.startS, 0.001)},
                            {"end_s", rounded(sec.endS, 0.001)},
                            {"group", sec.group},
                            {"name", sec.name},
                            {"role", sec.role.empty() ? Json(nullptr) : Json(sec.role)},
                            {"role_confidence", optional(sec.roleConfidence, 0.001)},
                            {"role_evidence", evidence(sec.roleEvidence)},
                            {"stems", names(sec.stems)},
                            {"loudness_lufs", optional(sec.loudnessLufs, 0.01)},
                            {"short_term_max_lufs", optional(sec.shortTermMaxLufs, 0.01)},
                            {"lra_lu", optional(sec.lraLu, 0.01)},
                            {"key", sec.key ? Json(*sec.key) : Json(nullptr)},
                            {"key_confidence", optional(sec.keyConfidence, 0.001)},
                            {"band_levels_db", std::move(bands)},
                            {"stem_loudness", std::move(stems)}});
    }
    Json findings = Json::array();
    for (const SectionFinding& f : s.findings)
        findings.push_back({{"kind", findingKind(f.kind)},
                            {"section", f.section},
                            {"reference", f.reference > 0 ? Json(f.reference) : Json(nullptr)},
                            {"value", rounded(f.value, 0.01)},
                            {"stems", names(f.stems)},
                            {"text", textToJson(f.text)},
                            {"message", f.message}});
    return {{"method", s.fromSession ? "session_markers" : s.fromMix ? "mix_novelty" : "stem_activity"},
            {"stems", s.stems},
            {"mix", s.fromMix ? Json(s.mix) : Json(nullptr)},
            {"cycle_s", s.cycleS ? Json(rounded(*s.cycleS, 0.001)) : Json(nullptr)},
            {"duration_s", rounded(s.durationS, 0.001)},
            {"interval_s", s.intervalS},
            {"tempo_bpm", s.tempoBpm ? Json(*s.tempoBpm) : Json(nullptr)},
            {"bar_s", s.barS ? Json(rounded(*s.barS, 0.0001)) : Json(nullptr)},
            {"bar_offset_s", s.barOffsetS ? Json(rounded(*s.barOffsetS, 0.001)) : Json(nullptr)},
            {"boundaries", std::move(boundaries)},
            {"sections", std::move(sections)},
            {"findings", std::move(findings)}};
}

std::string sessionSectionsLine(const SessionSections& s)
{
    if (s.sections.empty())
        return "Sections: no stems to find them from";
    if (s.stems == 0 && !s.fromMix)
        return strprintf("Sections: 1, the whole %.1f s: nothing measured to find them from", s.durationS);
    std::string groups;
    for (const Section& sec : s.sections)
        groups += (groups.empty() ? "" : " ") + sec.group;
    std::string out = s.fromMix ? strprintf("Sections: %zu (%s) from the mix's own changes (%s)", s.sections.size(), groups.c_str(), s.mix.c_str())
                                : strprintf("Sections: %zu (%s) from %d stem%s", s.sections.size(), groups.c_str(), s.stems,
                                            s.stems == 1 ? "" : "s");
    if (s.fromSession)
        out += ", boundaries at the session's markers";
    else
        out += s.barS ? strprintf(", snapped to bars at %.1f BPM", *s.tempoBpm) : std::string(", no tempo: not snapped to bars");
    if (!s.fromSession && s.barOffsetS && *s.barOffsetS >= 0.0005)
        out += strprintf(" (bar 1 at %.2f s)", *s.barOffsetS);
    for (const SectionBoundary& b : s.boundaries) {
        std::string why;
        for (const Text& clause : boundaryEvidence(b))
            why += (why.empty() ? "" : "; ") + english(clause);
        if (b.fromSession)
            out += strprintf("; %.1f s%s%s%s%s", b.timeS, b.marker.empty() ? "" : " ", b.marker.c_str(), why.empty() ? "" : ": ",
                             why.c_str());
        else
            out += strprintf("; %.1f s (%.2f%s%s)", b.timeS, b.confidence, why.empty() ? "" : ": ", why.c_str());
    }
    return out;
}

}  // namespace stemwise::core
