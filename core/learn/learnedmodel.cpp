// LearnedModel: Beta posteriors per rule × type × genre, and their JSON form.
#include "learn/learnedmodel.h"

#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::pair<Feedback, const char*>, 6> kNames{{
    {Feedback::Useful, "useful"},
    {Feedback::NotUseful, "not-useful"},
    {Feedback::Applied, "applied"},
    {Feedback::Dismissed, "dismissed"},
    {Feedback::Improved, "improved"},
    {Feedback::Worsened, "worsened"},
}};

void count(LearnedCell& cell, Feedback f, const std::optional<EffectRecord>& effect, double weight)
{
    switch (f) {
    case Feedback::Useful: cell.successes += 1.0 * weight; ++cell.useful; break;
    case Feedback::NotUseful: cell.failures += 1.0 * weight; ++cell.notUseful; break;
    case Feedback::Applied: cell.successes += 0.5 * weight; ++cell.applied; break;
    case Feedback::Dismissed: cell.failures += 0.5 * weight; ++cell.dismissed; break;
    case Feedback::Improved: cell.successes += 1.0 * weight; ++cell.improved; break;
    case Feedback::Worsened: cell.failures += 1.0 * weight; ++cell.worsened; break;
    }
    if (effect) {
        cell.effects.push_back(*effect);
        if (cell.effects.size() > LearnedModel::kMaxEffectsPerCell)
            cell.effects.erase(cell.effects.begin());
    }
}

// Takes one rating counted by count() back out of `cell`.
void uncount(LearnedCell& cell, Feedback f, double weight)
{
    const auto less = [](double& evidence, double by) { evidence = std::max(0.0, evidence - by); };
    const auto fewer = [](int& n) { n = std::max(0, n - 1); };
    switch (f) {
    case Feedback::Useful: less(cell.successes, 1.0 * weight); fewer(cell.useful); break;
    case Feedback::NotUseful: less(cell.failures, 1.0 * weight); fewer(cell.notUseful); break;
    case Feedback::Applied: less(cell.successes, 0.5 * weight); fewer(cell.applied); break;
    case Feedback::Dismissed: less(cell.failures, 0.5 * weight); fewer(cell.dismissed); break;
    case Feedback::Improved:
    case Feedback::Worsened: break;  // measured, not rated: never withdrawn
    }
}

// The key of a project's cell: "rule|type|project".
std::string projectCellKey(const std::string& rule, const std::string& type, const std::string& project)
{
    return rule + "|" + type + "|" + project;
}

}  // namespace

const char* feedbackName(Feedback f)
{
    for (const auto& [value, name] : kNames)
        if (value == f)
            return name;
    return "?";
}

std::optional<Feedback> feedbackFromName(std::string_view name)
{
    for (const auto& [value, n] : kNames)
        if (name == n)
            return value;
    return std::nullopt;
}

std::string EffectRecord::describe() const
{
    return english({improved ? TextCode::EffectBetter : TextCode::EffectWorse,
                    {TextArg::date(appliedAt), TextArg::string(label), TextArg::number(before, 1),
                     TextArg::number(after, 1, unit)}});
}

std::string LearnedModel::cellKey(const std::string& rule, const std::string& type, const std::optional<std::string>& genre)
{
    return rule + "|" + type + "|" + (genre && !genre->empty() ? *genre : std::string("*"));
}

void LearnedModel::add(const std::string& rule, const std::string& type, const std::optional<std::string>& genre,
                       double baseConfidence, Feedback feedback, const std::optional<EffectRecord>& effect,
                       bool afterListening, const std::optional<std::string>& project)
{
    // A re-bounce's verdict is measured, not heard: only ratings carry the listening weight.
    const bool rating = feedback != Feedback::Improved && feedback != Feedback::Worsened;
    const double weight = afterListening && rating ? kListenedWeight : 1.0;
    LearnedCell& any = m_cells[cellKey(rule, type, std::nullopt)];
    any.prior = baseConfidence;
    count(any, feedback, effect, weight);
    if (genre && !genre->empty()) {
        LearnedCell& ofGenre = m_cells[cellKey(rule, type, genre)];
        ofGenre.prior = baseConfidence;
        count(ofGenre, feedback, std::nullopt, weight);
    }
    if (project && !project->empty()) {
        ProjectEvidence& own = m_projectCells[projectCellKey(rule, type, *project)];
        LearnedCell scratch;
        count(scratch, feedback, std::nullopt, weight);
        own.successes += scratch.successes;
        own.failures += scratch.failures;
    }
    if (effect)
        m_counted.push_back(effect->suggestionUid);
}

void LearnedModel::withdraw(const std::string& rule, const std::string& type, const std::optional<std::string>& genre,
                            Feedback feedback, bool afterListening, const std::optional<std::string>& project)
{
    if (feedback == Feedback::Improved || feedback == Feedback::Worsened)
        return;
    const double weight = afterListening ? kListenedWeight : 1.0;
    if (const auto it = m_cells.find(cellKey(rule, type, std::nullopt)); it != m_cells.end())
        uncount(it->second, feedback, weight);
    if (genre && !genre->empty())
        if (const auto it = m_cells.find(cellKey(rule, type, genre)); it != m_cells.end())
            uncount(it->second, feedback, weight);
    if (project && !project->empty()) {
        if (const auto it = m_projectCells.find(projectCellKey(rule, type, *project)); it != m_projectCells.end()) {
            LearnedCell scratch;
            count(scratch, feedback, std::nullopt, weight);
            it->second.successes = std::max(0.0, it->second.successes - scratch.successes);
            it->second.failures = std::max(0.0, it->second.failures - scratch.failures);
        }
    }
}

Posterior LearnedModel::posterior(const std::string& rule, const std::string& type, const std::optional<std::string>& genre,
                                  double baseConfidence, const std::optional<std::string>& project) const
{
    Posterior p;
    p.prior = std::clamp(baseConfidence, 0.01, 0.99);
    p.alpha = p.prior * kPriorStrength;
    p.beta = (1.0 - p.prior) * kPriorStrength;
    const LearnedCell* cell = nullptr;
    std::string key;
    if (genre && !genre->empty()) {
        key = cellKey(rule, type, genre);
        const auto it = m_cells.find(key);
        if (it != m_cells.end() && it->second.successes + it->second.failures > 0.0)
            cell = &it->second;
    }
    if (cell == nullptr) {
        key = cellKey(rule, type, std::nullopt);
        const auto it = m_cells.find(key);
        if (it != m_cells.end() && it->second.successes + it->second.failures > 0.0)
            cell = &it->second;
    }
    double otherShift = 0.0;
    bool bounded = false;
    if (cell != nullptr && project && !project->empty()) {
        // Other projects' evidence moves the prior, within ±kMaxOtherProjectsShift; the
        // project's own counts in full on top.
        ProjectEvidence own;
        if (const auto it = m_projectCells.find(projectCellKey(rule, type, *project)); it != m_projectCells.end())
            own = it->second;
        const double otherSuccesses = std::max(0.0, cell->successes - own.successes);
        const double otherFailures = std::max(0.0, cell->failures - own.failures);
        const double othersMean = (p.alpha + otherSuccesses) / (p.alpha + p.beta + otherSuccesses + otherFailures);
        otherShift = std::clamp(othersMean - p.prior, -kMaxOtherProjectsShift, kMaxOtherProjectsShift);
        bounded = std::abs(othersMean - p.prior) > kMaxOtherProjectsShift + 1e-12;
        const double shifted = std::clamp(p.prior + otherShift, 0.01, 0.99);
        p.alpha = shifted * kPriorStrength + own.successes;
        p.beta = (1.0 - shifted) * kPriorStrength + own.failures;
        p.cell = cell;
        p.cellKey = key;
    } else if (cell != nullptr) {
        p.alpha += cell->successes;
        p.beta += cell->failures;
        p.cell = cell;
        p.cellKey = key;
    }
    p.mean = p.alpha / (p.alpha + p.beta);
    if (cell != nullptr) {
        Personalisation& why = p.personalisation.emplace();
        why.trackType = type;
        if (!key.ends_with("|*"))
            why.genre = genre;
        why.useful = cell->useful;
        why.notUseful = cell->notUseful;
        why.applied = cell->applied;
        why.dismissed = cell->dismissed;
        why.improved = cell->improved;
        why.worsened = cell->worsened;
        why.confidenceBefore = p.prior;
        why.confidenceAfter = p.mean;
        why.otherProjectsShift = otherShift;
        why.otherProjectsBounded = bounded;
        p.explanation = why.describe();
    }
    return p;
}

std::string Personalisation::describe() const { return english(text()); }

Text Personalisation::text() const
{
    std::vector<TextArg> counts;
    auto part = [&counts](int n, TextCode what) {
        if (n != 0)
            counts.push_back(TextArg::nested(Text{what, {}, n}));
    };
    part(useful, TextCode::FeedbackUseful);
    part(notUseful, TextCode::FeedbackNotUseful);
    part(applied, TextCode::FeedbackApplied);
    part(dismissed, TextCode::FeedbackDismissed);
    part(improved, TextCode::FeedbackImproved);
    part(worsened, TextCode::FeedbackWorsened);
    TextArg types = TextArg::termOf(TermKind::TrackTypes, trackType);
    TextArg scope = genre ? TextArg::nested({TextCode::PersonalisationTypeInGenre, {types, TextArg::string(*genre)}}) : types;
    Text moved{TextCode::Personalisation,
               {std::move(scope), TextArg::list(std::move(counts), false), TextArg::number(confidenceBefore, 2),
                TextArg::number(confidenceAfter, 2)}};
    if (!otherProjectsBounded)
        return moved;
    return {TextCode::PersonalisationOtherProjectsBounded,
            {TextArg::nested(std::move(moved)), TextArg::number(LearnedModel::kMaxOtherProjectsShift, 2)}};
}

double LearnedModel::meanOf(const LearnedCell& cell)
{
    const double prior = std::clamp(cell.prior, 0.01, 0.99);
    const double alpha = prior * kPriorStrength + cell.successes;
    const double beta = (1.0 - prior) * kPriorStrength + cell.failures;
    return alpha / (alpha + beta);
}

void LearnedModel::reset(const std::string& at)
{
    m_cells.clear();
    m_projectCells.clear();
    m_counted.clear();
    m_resetAt = at;
}

bool LearnedModel::effectCounted(const std::string& suggestionUid) const
{
    return std::find(m_counted.begin(), m_counted.end(), suggestionUid) != m_counted.end();
}

std::string LearnedModel::toJson(bool pretty) const
{
    Json cells = Json::array();
    for (const auto& [key, c] : m_cells) {
        const auto bar1 = key.find('|');
        const auto bar2 = key.find('|', bar1 + 1);
        Json effects = Json::array();
        for (const EffectRecord& e : c.effects)
            effects.push_back({{"suggestion_uid", e.suggestionUid},
                               {"track", e.track},
                               {"applied_at", e.appliedAt},
                               {"measured_at", e.measuredAt},
                               {"label", e.label},
                               {"unit", e.unit},
                               {"before", e.before},
                               {"after", e.after},
                               {"improved", e.improved},
                               {"measure", e.measure},
                               {"frequency_hz", e.frequencyHz}});
        const std::string genre = key.substr(bar2 + 1);
        cells.push_back({{"rule", key.substr(0, bar1)},
                         {"track_type", key.substr(bar1 + 1, bar2 - bar1 - 1)},
                         {"genre", genre == "*" ? Json() : Json(genre)},
                         {"prior", c.prior},
                         {"mean", meanOf(c)},
                         {"successes", c.successes},
                         {"failures", c.failures},
                         {"counts",
                          {{"useful", c.useful},
                           {"not_useful", c.notUseful},
                           {"applied", c.applied},
                           {"dismissed", c.dismissed},
                           {"improved", c.improved},
                           {"worsened", c.worsened}}},
                         {"effects", std::move(effects)}});
    }
    Json projectCells = Json::array();
    for (const auto& [key, e] : m_projectCells) {
        const auto bar1 = key.find('|');
        const auto bar2 = key.find('|', bar1 + 1);
        projectCells.push_back({{"rule", key.substr(0, bar1)},
                                {"track_type", key.substr(bar1 + 1, bar2 - bar1 - 1)},
                                {"project", key.substr(bar2 + 1)},
                                {"successes", e.successes},
                                {"failures", e.failures}});
    }
    Json j{{"schema", "stemwise.learned/1"},
           {"prior_strength", kPriorStrength},
           {"reset_at", m_resetAt.empty() ? Json() : Json(m_resetAt)},
           {"cells", std::move(cells)},
           {"project_cells", std::move(projectCells)},
           {"effects_counted", m_counted}};
    return pretty ? j.dump(2) : j.dump();
}

Result<LearnedModel> LearnedModel::fromJson(std::string_view text)
{
    auto parsed = parseJsonBounded(text, kJsonLimits);
    if (!parsed)
        return parsed.error();
    return fromJsonValue(parsed.value());
}

Result<LearnedModel> LearnedModel::fromJsonValue(const Json& document)
{
    const Json& j = document;
    if (!j.is_object() || !j.contains("schema") || !j["schema"].is_string()
        || j["schema"].get<std::string>() != "stemwise.learned/1")
        return Error{"not a learned-state document (\"schema\": \"stemwise.learned/1\")"};
    LearnedModel m;
    try {
        const JsonFields doc(j, "");
        if (doc.has("reset_at"))
            m.m_resetAt = doc.text("reset_at");
        if (doc.has("effects_counted")) {
            const Json& counted = doc.at("effects_counted");
            if (!counted.is_array())
                throw JsonFieldError{"/effects_counted", "expected an array of suggestion uids"};
            for (std::size_t i = 0; i < counted.size(); ++i) {
                if (!counted[i].is_string())
                    throw JsonFieldError{strprintf("/effects_counted/%zu", i), "expected a string"};
                m.m_counted.push_back(counted[i].get<std::string>());
            }
        }
        const Json& cells = doc.at("cells");
        if (!cells.is_array())
            throw JsonFieldError{"/cells", "expected an array"};
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const JsonFields c(cells[i], strprintf("/cells/%zu", i));
            const std::string rule = c.text("rule");
            const std::string type = c.text("track_type");
            if (rule.empty() || type.empty() || rule.find('|') != std::string::npos || type.find('|') != std::string::npos)
                throw JsonFieldError{c.pointer(), "expected a rule and a track type, without '|'"};
            std::optional<std::string> genre;
            if (c.has("genre"))
                genre = c.text("genre");
            LearnedCell cell;
            cell.prior = c.numberOr("prior", 0.5, 0.0, 1.0);
            if (!(cell.prior > 0.0 && cell.prior < 1.0))
                throw JsonFieldError{c.child("prior"), "must lie between 0 and 1"};
            cell.successes = c.number("successes", 0.0, kMaxEvidence);
            cell.failures = c.number("failures", 0.0, kMaxEvidence);
            const JsonFields n(c.at("counts"), c.child("counts"));
            const auto maxCount = static_cast<std::int64_t>(kMaxEvidence);
            cell.useful = static_cast<int>(n.integerOr("useful", 0, 0, maxCount));
            cell.notUseful = static_cast<int>(n.integerOr("not_useful", 0, 0, maxCount));
            cell.applied = static_cast<int>(n.integerOr("applied", 0, 0, maxCount));
            cell.dismissed = static_cast<int>(n.integerOr("dismissed", 0, 0, maxCount));
            cell.improved = static_cast<int>(n.integerOr("improved", 0, 0, maxCount));
            cell.worsened = static_cast<int>(n.integerOr("worsened", 0, 0, maxCount));
            if (c.has("effects")) {
                const Json& effects = c.at("effects");
                if (!effects.is_array())
                    throw JsonFieldError{c.child("effects"), "expected an array"};
                for (std::size_t k = 0; k < effects.size(); ++k) {
                    const JsonFields e(effects[k], c.child("effects") + "/" + std::to_string(k));
                    constexpr double kMaxFigure = 1e12;  // any measured figure, in its own unit
                    cell.effects.push_back({e.text("suggestion_uid"), e.textOr("track", {}), e.textOr("applied_at", {}),
                                            e.textOr("measured_at", {}), e.textOr("label", {}), e.textOr("unit", {}),
                                            e.number("before", -kMaxFigure, kMaxFigure),
                                            e.number("after", -kMaxFigure, kMaxFigure), e.boolean("improved"),
                                            e.textOr("measure", {}), e.numberOr("frequency_hz", 0.0, 0.0, 1e6)});
                }
                if (cell.effects.size() > kMaxEffectsPerCell)
                    cell.effects.erase(cell.effects.begin(),
                                       cell.effects.end() - static_cast<std::ptrdiff_t>(kMaxEffectsPerCell));
            }
            m.m_cells[cellKey(rule, type, genre)] = std::move(cell);
        }
        // Absent from learned states written before projects were kept.
        if (j.contains("project_cells")) {
            const Json& projects = j["project_cells"];
            if (!projects.is_array())
                throw JsonFieldError{"/project_cells", "expected an array"};
            for (std::size_t i = 0; i < projects.size(); ++i) {
                const JsonFields c(projects[i], strprintf("/project_cells/%zu", i));
                const std::string rule = c.text("rule");
                const std::string type = c.text("track_type");
                const std::string project = c.text("project");
                if (rule.empty() || type.empty() || project.empty() || rule.find('|') != std::string::npos
                    || type.find('|') != std::string::npos || project.find('|') != std::string::npos)
                    throw JsonFieldError{c.pointer(), "expected a rule, a track type and a project, without '|'"};
                m.m_projectCells[projectCellKey(rule, type, project)] = {c.number("successes", 0.0, kMaxEvidence),
                                                                      c.number("failures", 0.0, kMaxEvidence)};
            }
        }
    } catch (const JsonFieldError& e) {
        return Error{e.describe()};
    } catch (const nlohmann::json::exception& e) {
        return Error{std::string("not a valid learned-state document: ") + e.what()};
    }
    return m;
}

}  // namespace stemwise::core
