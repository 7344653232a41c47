// Ratings and re-bounce effects into the learned model (see feedback.h).
#include "workflow/feedback.h"

#include "store/database.h"
#include "suggest/suggestionengine.h"

#include <charconv>
#include <cmath>

namespace stemwise::core {

namespace {

std::optional<StoredSuggestion> findSuggestion(SuggestionRepository& repo, const std::string& id)
{
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(id.data(), id.data() + id.size(), number);
    if (ec == std::errc() && end == id.data() + id.size())
        return repo.byId(number);
    return repo.byUid(id);
}

}  // namespace

Result<RateOutcome> rateSuggestion(Database& db, const std::string& id, Feedback feedback, bool afterListening)
{
    if (ratingCode(feedback) == 0)
        return Error{"only useful, not-useful, applied and dismissed are ratings"};
    try {
        Transaction transaction(db);
        SuggestionRepository suggestions(db);
        auto found = findSuggestion(suggestions, id);
        if (!found)
            return Error{"no suggestion with the id " + id};
        LearnedStateRepository state(db);
        LearnedModel model = state.load();
        const Suggestion& s = found->suggestion;
        RateOutcome out;
        const auto project = suggestions.projectOf(found->analysisId);
        out.before = model.posterior(s.rule, s.trackType, found->genre, s.baseConfidence, project);
        out.rating = suggestions.addRating(found->id, feedback, utcNowIso8601(), afterListening);
        model.add(s.rule, s.trackType, found->genre, s.baseConfidence, feedback, std::nullopt, afterListening, project);
        state.save(model);
        out.after = model.posterior(s.rule, s.trackType, found->genre, s.baseConfidence, project);
        // The posteriors point into `model`, which goes away: keep the numbers only.
        out.before.cell = out.after.cell = nullptr;
        out.suggestion = std::move(*found);
        transaction.commit();
        return out;
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
}

Result<RateOutcome> withdrawRating(Database& db, const std::string& ratingUid)
{
    try {
        Transaction transaction(db);
        SuggestionRepository suggestions(db);
        const auto rating = suggestions.ratingByUid(ratingUid);
        if (!rating)
            return Error{"no rating with the id " + ratingUid + " (taken back already?)"};
        auto found = suggestions.byId(rating->suggestionId);
        if (!found)
            return Error{"the suggestion of the rating " + ratingUid + " is not stored"};
        LearnedStateRepository state(db);
        LearnedModel model = state.load();
        const Suggestion& s = found->suggestion;
        const auto project = suggestions.projectOf(found->analysisId);
        RateOutcome out;
        out.before = model.posterior(s.rule, s.trackType, found->genre, s.baseConfidence, project);
        // A rating given before the last reset is no longer in the model: nothing to take out.
        if (model.resetAt().empty() || rating->ratedAt >= model.resetAt())
            model.withdraw(s.rule, s.trackType, found->genre, rating->feedback, rating->afterListening, project);
        suggestions.withdrawRating(ratingUid, utcNowIso8601());
        state.save(model);
        out.after = model.posterior(s.rule, s.trackType, found->genre, s.baseConfidence, project);
        out.before.cell = out.after.cell = nullptr;
        out.rating = *rating;
        out.suggestion = std::move(*found);
        transaction.commit();
        return out;
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
}

std::optional<EffectRecord> compareEffect(const Suggestion& applied, const TrackProfile& after)
{
    if (!applied.metric)
        return std::nullopt;
    const EffectMetric& m = *applied.metric;
    const auto now = measureEffectMetric(after, m);
    if (!now || !std::isfinite(*now) || !std::isfinite(m.value))
        return std::nullopt;
    const double change = (*now - m.value) * (m.goal < 0 ? -1.0 : 1.0);  // > 0: better
    if (std::abs(*now - m.value) <= m.toleranceAbs)
        return std::nullopt;
    EffectRecord r;
    r.suggestionUid = applied.uid;
    r.track = applied.target.tracks.empty() ? std::string() : applied.target.tracks.front();
    r.label = m.label;
    r.unit = m.unit;
    r.measure = m.measure;
    r.frequencyHz = m.frequencyHz;
    r.before = m.value;
    r.after = *now;
    r.improved = change > 0.0;
    return r;
}

Result<std::vector<EffectRecord>> recordEffects(Database& db, std::int64_t analysisId, const TrackProfile& profile)
{
    try {
        Transaction transaction(db);
        SuggestionRepository suggestions(db);
        LearnedStateRepository state(db);
        LearnedModel model = state.load();
        std::vector<EffectRecord> out;
        bool changed = false;
        // The applied suggestions are the same track's, so of its project.
        const auto project = suggestions.projectOf(analysisId);
        for (auto& applied : suggestions.appliedBefore(analysisId, model.resetAt())) {
            const Suggestion& s = applied.suggestion.suggestion;
            if (model.effectCounted(s.uid))
                continue;
            changed = true;
            auto verdict = compareEffect(s, profile);
            if (!verdict) {
                model.markEffectCounted(s.uid);
                continue;
            }
            verdict->appliedAt = applied.rating.ratedAt;
            verdict->measuredAt = utcNowIso8601();
            model.add(s.rule, s.trackType, applied.suggestion.genre, s.baseConfidence,
                      verdict->improved ? Feedback::Improved : Feedback::Worsened, verdict, false, project);
            out.push_back(std::move(*verdict));
        }
        if (changed) {
            state.save(model);
            transaction.commit();
        }
        return out;
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
}

}  // namespace stemwise::core
