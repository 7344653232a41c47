#include "report/historyreport.h"

#include "analysis/figures.h"
#include "suggest/suggestionengine.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include "json/jsonvalues.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

// A change smaller than this is display noise, not a change (figures print with one decimal).
constexpr double kSameWithin = 0.05;

using jsonvalues::num;

std::set<std::string> issueCodes(const TrackProfile& p)
{
    std::set<std::string> codes;
    for (const auto& issue : p.issues)
        codes.insert(issue.code);
    return codes;
}

struct Change {
    const Figure* figure;
    OptDouble from;
    OptDouble to;
};

std::vector<Change> figureChanges(const TrackProfile& before, const TrackProfile& after)
{
    std::vector<Change> out;
    for (const Figure* f : figuresWith(FigureRole::History)) {
        const OptDouble a = f->get(before);
        const OptDouble b = f->get(after);
        const bool bothFinite = a && b && std::isfinite(*a) && std::isfinite(*b);
        const bool changed = bothFinite ? std::abs(*b - *a) >= kSameWithin : a.has_value() != b.has_value();
        if (changed)
            out.push_back({f, a, b});
    }
    return out;
}

std::vector<std::string> difference(const std::set<std::string>& a, const std::set<std::string>& b)
{
    std::vector<std::string> out;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

Json changesJson(const AnalysisEntry& before, const AnalysisEntry& after)
{
    Json figures = Json::object();
    for (const Change& c : figureChanges(before.profile, after.profile)) {
        Json delta;
        if (c.from && c.to && std::isfinite(*c.from) && std::isfinite(*c.to))
            delta = *c.to - *c.from;
        figures[std::string(c.figure->key)] = {{"from", num(c.from)}, {"to", num(c.to)}, {"delta", delta}};
    }
    const auto was = issueCodes(before.profile);
    const auto now = issueCodes(after.profile);
    return {
        {"content", before.contentHash != after.contentHash},
        {"analyzers", before.analyzerVersions != after.analyzerVersions},
        {"settings", before.settings != after.settings},
        {"file_path", before.filePath != after.filePath},
        {"figures", std::move(figures)},
        {"issues_added", difference(now, was)},
        {"issues_resolved", difference(was, now)},
    };
}

Json parsedOrText(const std::string& text)
{
    const Json parsed = Json::parse(text, nullptr, false);
    return parsed.is_discarded() ? Json(text) : parsed;
}

Json entryJson(const AnalysisEntry& e, const AnalysisEntry* previous)
{
    Json figures = Json::object();
    for (const Figure* f : figuresWith(FigureRole::History))
        figures[std::string(f->key)] = num(f->get(e.profile));
    const auto codes = issueCodes(e.profile);
    return {
        {"id", e.id},
        {"uid", e.uid},
        {"analysed_at", e.analysedAt},
        {"origin", e.origin},
        {"content_hash", e.contentHash},
        {"file", {{"path", e.filePath}, {"size_bytes", e.fileSizeBytes}, {"mtime_ns", e.fileMtimeNs ? Json(*e.fileMtimeNs) : Json()}}},
        {"analyzer_versions", parsedOrText(e.analyzerVersions)},
        {"settings", parsedOrText(e.settings)},
        {"type", e.profile.type},
        {"key", e.profile.tonal.key ? Json(*e.profile.tonal.key) : Json()},
        {"figures", std::move(figures)},
        {"issues", std::vector<std::string>(codes.begin(), codes.end())},
        {"changes", previous != nullptr ? changesJson(*previous, e) : Json()},
    };
}

std::string fixed(const OptDouble& v, int decimals)
{
    if (!v)
        return "-";
    if (!std::isfinite(*v))
        return *v > 0 ? "inf" : "-inf";
    return strprintf("%.*f", decimals, *v);
}


}  // namespace

std::string historyJson(const std::vector<TrackHistory>& histories, const std::string& query, int indent)
{
    Json tracks = Json::array();
    for (const auto& h : histories) {
        Json entries = Json::array();
        for (std::size_t i = 0; i < h.entries.size(); ++i)
            entries.push_back(entryJson(h.entries[i], i > 0 ? &h.entries[i - 1] : nullptr));
        tracks.push_back({
            {"session", {{"kind", h.session.kind}, {"key", h.session.key}, {"name", h.session.name}}},
            {"name", h.track.name},
            {"type", h.track.type ? Json(*h.track.type) : Json()},
            {"type_override", h.track.typeOverride ? Json(*h.track.typeOverride) : Json()},
            {"analyses", std::move(entries)},
        });
    }
    const Json doc{
        {"schema", "stemwise.history/2"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"query", query},
        {"tracks", std::move(tracks)},
    };
    return jsonvalues::dump(doc, indent);
}

std::string historyText(const std::vector<TrackHistory>& histories)
{
    // The figures an engineer reads first (the HistoryLine role); the JSON has them all.
    const std::vector<const Figure*> shown = figuresWith(FigureRole::HistoryLine);
    std::string out;
    for (const auto& h : histories) {
        out += strprintf("%s (%s %s): %zu %s\n", h.track.name.c_str(), h.session.kind == "set" ? "set" : "folder",
                         h.session.kind == "set" ? h.session.name.c_str() : h.session.key.c_str(), h.entries.size(),
                         h.entries.size() == 1 ? "analysis" : "analyses");
        for (std::size_t i = 0; i < h.entries.size(); ++i) {
            const AnalysisEntry& e = h.entries[i];
            const AnalysisEntry* previous = i > 0 ? &h.entries[i - 1] : nullptr;
            std::string when = e.analysedAt.substr(0, 19);
            std::replace(when.begin(), when.end(), 'T', ' ');
            // The hash's first 8 hex digits, after its mark if it is a legacy one ("hash64:74955d13").
            const std::size_t mark = e.contentHash.find(':');
            const std::string shortHash = e.contentHash.substr(0, mark == std::string::npos ? 8 : mark + 9);
            out += strprintf("  #%zu  %s UTC  %s  [%s]  (id %lld)\n", i + 1, when.c_str(), e.filePath.c_str(),
                             shortHash.c_str(), static_cast<long long>(e.id));
            std::string line = "      ";
            for (const Figure* f : shown) {
                line += strprintf("%.*s %s", static_cast<int>(f->shortLabel.size()), f->shortLabel.data(),
                                  fixed(f->get(e.profile), f->decimals).c_str());
                if (previous != nullptr) {
                    const OptDouble a = f->get(previous->profile);
                    const OptDouble b = f->get(e.profile);
                    if (a && b && std::isfinite(*a) && std::isfinite(*b) && std::abs(*b - *a) >= kSameWithin)
                        line += strprintf(" (%+.*f)", f->decimals, *b - *a);
                }
                line += "  ";
            }
            out += line + strprintf("issues %zu\n", e.profile.issues.size());
            if (previous == nullptr)
                continue;
            std::vector<std::string> notes;
            if (e.contentHash != previous->contentHash) {
                notes.emplace_back("new audio");
                // The change as the EQ that would make it, where it is one (suggest: bounceEqChange).
                if (const auto fit = bounceEqChange(previous->profile, e.profile))
                    notes.push_back("as an EQ: " + english(eqChangeText(*fit)));
            }
            if (e.analyzerVersions != previous->analyzerVersions)
                notes.emplace_back("new analyzer versions");
            if (e.settings != previous->settings)
                notes.emplace_back("other settings");
            if (e.filePath != previous->filePath)
                notes.emplace_back("file moved or renamed");
            const auto was = issueCodes(previous->profile);
            const auto now = issueCodes(e.profile);
            for (const auto& code : difference(now, was))
                notes.push_back("new issue " + code);
            for (const auto& code : difference(was, now))
                notes.push_back("resolved " + code);
            if (!notes.empty()) {
                std::string joined;
                for (const auto& n : notes)
                    joined += (joined.empty() ? "" : "; ") + n;
                out += "      changed: " + joined + "\n";
            }
        }
    }
    return out;
}

}  // namespace stemwise::core
