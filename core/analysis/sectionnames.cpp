// Functional names of the sections: see sectionnames.h for the rules.
#include "analysis/sectionnames.h"

#include "analysis/tracktype.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <optional>

namespace stemwise::core {

namespace {

using N = SectionNaming;
using A = TextArg;

// A group's stems on average: "21 stems" when every section has as many, "20.5" when not.
A stemCount(double stems) { return A::number(stems, std::abs(stems - std::round(stems)) < 0.05 ? 0 : 1); }

// "B′" → "B": a variant belongs to its group.
std::string baseGroup(const std::string& group)
{
    const auto prime = group.find("\u2032");
    return prime == std::string::npos ? group : group.substr(0, prime);
}

struct GroupStats {
    std::vector<std::size_t> sections;  // indices, in time order
    double stems = 0.0;                 // mean stems playing
    double lufs = 0.0;                  // mean loudness
    double score = 0.0;
};

A namesArg(const std::vector<std::string>& names)
{
    std::vector<A> items;
    items.reserve(names.size());
    for (const auto& n : names)
        items.push_back(A::string(n));
    return A::list(std::move(items), true);
}

class Namer {
public:
    Namer(SessionSections& s, const std::vector<const StemActivity*>& stems) : m_s(s), m_n(s.sections.size())
    {
        for (const StemActivity* a : stems)
            m_types[a->name] = a->type;
        m_role.assign(m_n, {});
        m_confidence.assign(m_n, 0.0);
        m_why.assign(m_n, {});
        for (const Section& sec : m_s.sections)
            m_maxStems = std::max(m_maxStems, static_cast<double>(sec.stems.size()));
    }

    void run()
    {
        if (m_s.fromSession || m_n < N::kMinSections || m_s.boundaries.size() + 1 != m_n)
            return;
        if (m_s.fromMix) {
            // A mix alone: which parts play is unknown, so only what repetition and loudness
            // tell (chorus, verse, pre-chorus, bridge); no intro, outro, break or drop.
            std::vector<std::size_t> all(m_n);
            for (std::size_t k = 0; k < m_n; ++k)
                all[k] = k;
            if (const double chorusConfidence = chorusAndVerse(all); chorusConfidence > 0.0) {
                preChorus(all, chorusConfidence);
                bridges(all, chorusConfidence);
            }
            apply();
            return;
        }
        if (m_s.stems < 2 || m_maxStems <= 0.0)
            return;
        ends();
        std::vector<std::size_t> middle;
        for (std::size_t k = 0; k < m_n; ++k)
            if (m_role[k].empty())
                middle.push_back(k);
        const double chorusConfidence = chorusAndVerse(middle);
        if (chorusConfidence > 0.0) {
            preChorus(middle, chorusConfidence);
        }
        breaksAndDrops(middle);
        if (chorusConfidence > 0.0)
            bridges(middle, chorusConfidence);
        apply();
    }

private:
    // A mix alone counts no stems (its one file playing or not is no evidence of fullness).
    double stemsIn(std::size_t k) const { return m_s.fromMix ? 0.0 : static_cast<double>(m_s.sections[k].stems.size()); }
    std::string base(std::size_t k) const { return baseGroup(m_s.sections[k].group); }

    bool isFamily(const std::string& stem, bool drums) const
    {
        const auto it = m_types.find(stem);
        if (it == m_types.end())
            return false;
        return drums ? isDrumType(it->second) : it->second == "bass";
    }
    // The stems of section k that are drums (or bass).
    std::vector<std::string> family(std::size_t k, bool drums) const
    {
        std::vector<std::string> out;
        for (const auto& n : m_s.sections[k].stems)
            if (isFamily(n, drums))
                out.push_back(n);
        return out;
    }

    void give(std::size_t k, const char* role, double confidence, std::vector<Text> why)
    {
        if (confidence < N::kMinConfidence)
            return;
        m_role[k] = role;
        m_confidence[k] = confidence;
        m_why[k] = std::move(why);
    }

    // Whether group g plays anywhere between the first and the last section.
    bool inTheMiddle(const std::string& g) const
    {
        for (std::size_t k = 1; k + 1 < m_n; ++k)
            if (base(k) == g)
                return true;
        return false;
    }

    void ends()
    {
        const double songS = std::max(m_s.durationS, m_s.sections.back().endS);
        auto shortEnough = [&](const Section& sec) { return sec.endS - sec.startS <= N::kMaxEndShare * songS + 1e-9; };
        const Section& first = m_s.sections.front();
        const SectionBoundary& after = m_s.boundaries.front();
        if (shortEnough(first) && !after.entered.empty() && stemsIn(0) <= N::kMaxEndStemShare * m_maxStems + 1e-9
            && !inTheMiddle(base(0)))
            give(0, "intro", after.confidence * (1.0 - 0.5 * stemsIn(0) / m_maxStems),
                 {Text{TextCode::SectionWhyIntroN, {A::number(m_maxStems, 0), namesArg(after.entered)}, static_cast<int>(stemsIn(0))}});
        const std::size_t last = m_n - 1;
        const Section& end = m_s.sections.back();
        const SectionBoundary& before = m_s.boundaries.back();
        if (shortEnough(end) && !before.left.empty() && stemsIn(last) < stemsIn(last - 1)
            && stemsIn(last) <= N::kMaxOutroStemShare * m_maxStems + 1e-9 && !inTheMiddle(base(last)))
            give(last, "outro", before.confidence * (1.0 - 0.5 * stemsIn(last) / m_maxStems),
                 {Text{TextCode::SectionWhyOutroN, {A::number(m_maxStems, 0), namesArg(before.left)}, static_cast<int>(stemsIn(last))}});
    }

    // Names the chorus and verse groups among `middle`; returns the chorus's confidence (0: none).
    double chorusAndVerse(const std::vector<std::size_t>& middle)
    {
        if (middle.size() < 2)
            return 0.0;
        for (const std::size_t k : middle)
            if (!m_s.sections[k].loudnessLufs)
                return 0.0;  // fuller and louder needs the loudness of every one
        std::map<std::string, GroupStats> groups;
        for (const std::size_t k : middle) {
            GroupStats& g = groups[base(k)];
            g.sections.push_back(k);
            g.stems += stemsIn(k);
            g.lufs += *m_s.sections[k].loudnessLufs;
        }
        for (auto& entry : groups) {
            GroupStats& g = entry.second;
            g.stems /= static_cast<double>(g.sections.size());
            g.lufs /= static_cast<double>(g.sections.size());
            g.score = g.stems + g.lufs / N::kLuPerStem;
        }
        auto inMiddle = [&middle](std::size_t k) { return std::find(middle.begin(), middle.end(), k) != middle.end(); };
        // How many sections of c the group v comes before (see the header).
        auto precedes = [&](const std::string& v, const std::string& c) {
            std::size_t count = 0;
            for (const std::size_t i : groups.at(c).sections) {
                if (i >= 1 && inMiddle(i - 1) && base(i - 1) == v)
                    ++count;
                else if (i >= 2 && inMiddle(i - 1) && inMiddle(i - 2) && base(i - 2) == v && base(i - 1) != v && base(i - 1) != c)
                    ++count;
            }
            return count;
        };
        struct Pair {
            std::string chorus, verse;
            double margin = 0.0;
        };
        std::optional<Pair> best;
        for (const auto& [c, cg] : groups) {
            std::string verse;
            std::size_t verseBefore = 0;
            for (const auto& [v, vg] : groups) {
                if (v == c)
                    continue;
                const std::size_t before = precedes(v, c);
                if (before == 0)
                    continue;
                if (verse.empty() || before > verseBefore
                    || (before == verseBefore && vg.sections.size() > groups.at(verse).sections.size())) {
                    verse = v;
                    verseBefore = before;
                }
            }
            if (verse.empty())
                continue;
            const GroupStats& vg = groups.at(verse);
            const double margin = cg.score - vg.score;
            if (margin < N::kMinChorusMargin - 1e-9 || cg.sections.size() < 2)
                continue;  // a chorus comes back: a fuller section heard once is no chorus by this evidence
            if (!best || cg.sections.size() > groups.at(best->chorus).sections.size()
                || (cg.sections.size() == groups.at(best->chorus).sections.size() && margin > best->margin))
                best = Pair{c, verse, margin};
        }
        if (!best)
            return 0.0;
        const GroupStats& cg = groups.at(best->chorus);
        const GroupStats& vg = groups.at(best->verse);
        const double chorus = 1.0 - std::exp(-best->margin);
        const double verse = chorus * (vg.sections.size() >= 2 ? 1.0 : N::kOnceFactor);
        if (chorus < N::kMinConfidence)
            return 0.0;
        const Text whyChorus = m_s.fromMix
            ? Text{TextCode::SectionWhyChorusMix,
                   {A::string(best->chorus), A::number(cg.lufs, 1), A::string(best->verse), A::number(vg.lufs, 1)}}
            : Text{TextCode::SectionWhyChorus,
                   {A::string(best->chorus), stemCount(cg.stems), A::number(cg.lufs, 1), A::string(best->verse),
                    stemCount(vg.stems), A::number(vg.lufs, 1)}};
        const Text whyVerse = m_s.fromMix
            ? Text{TextCode::SectionWhyVerseMix, {A::string(best->verse), A::number(vg.lufs, 1), A::string(best->chorus)}}
            : Text{TextCode::SectionWhyVerse,
                   {A::string(best->verse), stemCount(vg.stems), A::number(vg.lufs, 1), A::string(best->chorus)}};
        for (const std::size_t k : cg.sections)
            give(k, "chorus", chorus, {whyChorus});
        for (const std::size_t k : vg.sections)
            give(k, "verse", verse, {whyVerse});
        return chorus;
    }

    void preChorus(const std::vector<std::size_t>& middle, double chorusConfidence)
    {
        std::map<std::string, std::vector<std::size_t>> between;
        for (const std::size_t k : middle)
            if (m_role[k].empty() && k >= 1 && k + 1 < m_n && m_role[k - 1] == "verse" && m_role[k + 1] == "chorus")
                between[base(k)].push_back(k);
        for (const auto& [g, sections] : between) {
            if (sections.size() < 2)
                continue;
            for (const std::size_t k : sections)
                give(k, "pre-chorus", chorusConfidence * N::kOnceFactor, {Text{TextCode::SectionWhyPreChorus, {A::string(g)}}});
        }
    }

    void breaksAndDrops(const std::vector<std::size_t>& middle)
    {
        std::optional<double> maxScore;
        bool loudness = true;
        for (const Section& sec : m_s.sections)
            loudness = loudness && sec.loudnessLufs.has_value();
        auto score = [&](std::size_t k) { return stemsIn(k) + *m_s.sections[k].loudnessLufs / N::kLuPerStem; };
        if (loudness)
            for (std::size_t k = 0; k < m_n; ++k)
                maxScore = std::max(maxScore.value_or(score(k)), score(k));
        for (const std::size_t k : middle) {
            if (!m_role[k].empty() || k == 0 || k + 1 >= m_n)
                continue;
            std::vector<std::string> stopped;
            for (const bool drums : {true, false}) {
                const auto before = family(k - 1, drums);
                if (!before.empty() && family(k, drums).empty() && !family(k + 1, drums).empty())
                    stopped.insert(stopped.end(), before.begin(), before.end());
            }
            if (stopped.empty())
                continue;
            const double confidence = m_s.boundaries[k - 1].confidence;
            give(k, "break", confidence, {Text{TextCode::SectionWhyBreak, {namesArg(stopped)}}});
            if (m_role[k] != "break" || !maxScore || !m_role[k + 1].empty())
                continue;
            const std::size_t d = k + 1;
            if (std::find(middle.begin(), middle.end(), d) == middle.end() || score(d) < *maxScore - N::kMinChorusMargin - 1e-9)
                continue;
            std::vector<std::string> back;
            for (const bool drums : {true, false})
                if (!family(k - 1, drums).empty() && family(k, drums).empty()) {
                    const auto returned = family(d, drums);
                    back.insert(back.end(), returned.begin(), returned.end());
                }
            give(d, "drop", m_s.boundaries[d - 1].confidence,
                 {Text{TextCode::SectionWhyDrop, {namesArg(back), A::number(stemsIn(d), 0), A::number(*m_s.sections[d].loudnessLufs, 1)}}});
        }
    }

    void bridges(const std::vector<std::size_t>& middle, double chorusConfidence)
    {
        std::map<std::string, std::size_t> plays;
        for (std::size_t k = 0; k < m_n; ++k)
            ++plays[base(k)];
        for (const std::size_t k : middle) {
            if (!m_role[k].empty() || plays[base(k)] != 1)
                continue;
            bool before = false, after = false;
            for (std::size_t j = 0; j < m_n; ++j) {
                before = before || (j < k && m_role[j] == "chorus");
                after = after || (j > k && m_role[j] == "chorus");
            }
            if (before && after)
                give(k, "bridge", chorusConfidence * N::kOnceFactor, {Text{TextCode::SectionWhyBridge, {A::string(base(k))}}});
        }
    }

    void apply()
    {
        std::map<std::string, int> total, seen;
        for (const auto& r : m_role)
            if (!r.empty())
                ++total[r];
        for (std::size_t k = 0; k < m_n; ++k) {
            if (m_role[k].empty())
                continue;
            Section& sec = m_s.sections[k];
            const int number = total[m_role[k]] > 1 ? ++seen[m_role[k]] : 0;
            sec.role = m_role[k];
            sec.roleConfidence = m_confidence[k];
            sec.roleEvidence = m_why[k];
            sec.nameText = sectionRoleText(sec.role, number);
            sec.name = english(sec.nameText);
        }
    }

    SessionSections& m_s;
    std::size_t m_n;
    std::map<std::string, std::string> m_types;
    double m_maxStems = 0.0;
    std::vector<std::string> m_role;
    std::vector<double> m_confidence;
    std::vector<std::vector<Text>> m_why;
};

}  // namespace

void nameSections(SessionSections& sections, const std::vector<const StemActivity*>& stems)
{
    Namer(sections, stems).run();
}

Text sectionRoleText(std::string_view role, int number)
{
    static const std::map<std::string_view, TextCode> kCodes{
        {"intro", TextCode::SectionRoleIntro},   {"verse", TextCode::SectionRoleVerse},
        {"pre-chorus", TextCode::SectionRolePreChorus}, {"chorus", TextCode::SectionRoleChorus},
        {"bridge", TextCode::SectionRoleBridge}, {"break", TextCode::SectionRoleBreak},
        {"drop", TextCode::SectionRoleDrop},     {"outro", TextCode::SectionRoleOutro}};
    const auto it = kCodes.find(role);
    if (it == kCodes.end())
        return {};
    if (number <= 0)
        return Text{it->second};
    return Text{TextCode::SectionRoleNumbered, {A::nested(Text{it->second}), A::number(number, 0)}};
}

TextArg sectionNameArg(const Section& section)
{
    return section.nameText.empty() ? A::string(section.name) : A::nested(section.nameText);
}

}  // namespace stemwise::core
