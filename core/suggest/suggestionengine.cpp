// SuggestionEngine: rules, then personalisation, conflict resolution, order and cap (see the
// header); and the effect metrics the learning compares before and after a re-bounce.
#include "suggest/suggestionengine.h"

#include "analysis/sessiontempo.h"
#include "suggest/rules.h"
#include "suggest/sessionplan.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stemwise::core {

// ---- Suggestion helpers ----------------------------------------------------------------

namespace {

constexpr std::array<std::pair<SuggestionType, const char*>, 9> kTypeNames{{
    {SuggestionType::Eq, "eq"},
    {SuggestionType::Filter, "filter"},
    {SuggestionType::Compression, "compression"},
    {SuggestionType::Gate, "gate"},
    {SuggestionType::DeEsser, "de-esser"},
    {SuggestionType::Saturation, "saturation"},
    {SuggestionType::Stereo, "stereo"},
    {SuggestionType::Level, "level"},
    {SuggestionType::Arrangement, "arrangement"},
}};

}  // namespace

const char* suggestionTypeName(SuggestionType type)
{
    for (const auto& [t, name] : kTypeNames)
        if (t == type)
            return name;
    return "?";
}

std::optional<SuggestionType> suggestionTypeFromName(std::string_view name)
{
    for (const auto& [t, n] : kTypeNames)
        if (name == n)
            return t;
    return std::nullopt;
}

const char* targetKindName(SuggestionTarget::Kind kind)
{
    switch (kind) {
    case SuggestionTarget::Kind::Track: return "track";
    case SuggestionTarget::Kind::Pair: return "pair";
    case SuggestionTarget::Kind::Session: return "session";
    }
    return "?";
}

void Suggestion::say(Text title_, Text description_, Text reasoning_)
{
    title = english(title_);
    description = english(description_);
    reasoning = english(reasoning_);
    titleText = std::move(title_);
    descriptionText = std::move(description_);
    reasoningText = std::move(reasoning_);
}

Text effectMetricLabel(std::string_view measure, double frequencyHz)
{
    using C = TextCode;
    struct Plain {
        std::string_view measure;
        TextCode code;
    };
    static constexpr Plain kPlain[] = {
        {"true_peak_dbtp", C::MetricTruePeak},         {"integrated_lufs", C::MetricLoudness},
        {"lra_lu", C::MetricLoudnessRange},            {"crest_db", C::MetricCrest},
        {"sibilant_fraction", C::MetricSibilantFrames}, {"correlation", C::MetricCorrelation},
        {"low_band_correlation", C::MetricLowBandCorrelation}, {"share_above_500_hz", C::MetricShareAbove500},
    };
    for (const Plain& p : kPlain)
        if (measure == p.measure)
            return p.code;
    // The frequencies as the rules name them: the corner and the resonance rounded for dialling in.
    if (measure == "energy_below_corner_db")
        return {C::MetricEnergyBelow, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "resonance_prominence_db")
        return {C::MetricProminence, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "tonal_bump_db")
        return {C::MetricEnvelopeBump, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "tonal_dip_db")
        return {C::MetricEnvelopeDip, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "tonal_step_db")
        return {C::MetricEnvelopeStep, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "level_at_db")
        return {C::MetricLevelAt, {TextArg::hz(roundHz(frequencyHz))}};
    if (measure == "low_mids_excess_db")
        return {C::MetricBandExcess, {TextArg::termOf(TermKind::BandAdjective, "low_mids")}};
    if (measure == "upper_mids_excess_db")
        return {C::MetricBandExcess, {TextArg::termOf(TermKind::BandAdjective, "upper_mids")}};
    if (measure == "highs_deficit_db")
        return {C::MetricBandDeficit, {TextArg::termOf(TermKind::Band, "highs")}};
    return {};
}

Text effectText(const EffectRecord& e)
{
    Text label = effectMetricLabel(e.measure, e.frequencyHz);
    return {e.improved ? TextCode::EffectBetter : TextCode::EffectWorse,
            {TextArg::date(e.appliedAt), label.empty() ? TextArg::string(e.label) : TextArg::nested(std::move(label)),
             TextArg::number(e.before, 1), TextArg::number(e.after, 1, e.unit)}};
}

const SuggestionParameter* Suggestion::parameter(std::string_view k) const
{
    for (const auto& p : parameters)
        if (p.key == k)
            return &p;
    return nullptr;
}

std::optional<double> Suggestion::number(std::string_view k) const
{
    const SuggestionParameter* p = parameter(k);
    if (p == nullptr || !std::holds_alternative<double>(p->value))
        return std::nullopt;
    return std::get<double>(p->value);
}

// ---- the references' style in the evidence ------------------------------------------------

namespace {

// A mix's suggestions whose limit came from the user's references (withReferenceStyle()) say
// so: the evidence that exceeds it reads "> 0.172: outside 90 % of your references (10–90 %:
// 0.108 to 0.172, 5 references)", and the reasoning ends with where the limit came from. The rules
// themselves only read the limits (TypeKnowledge), so they stay as they are.
void sayReferenceLimits(std::vector<Suggestion>& all, const StyleTargets& style, const std::optional<std::string>& genre)
{
    const TypeKnowledge k = withReferenceStyle(typeKnowledge("mix", genre), style);
    for (Suggestion& s : all) {
        // The rules that read the limits withReferenceStyle() sets (not, say, the re-bounce
        // rule, whose evidence is what changed).
        if (s.trackType != "mix" || s.target.kind != SuggestionTarget::Kind::Track
            || (s.rule != "low_mid_cut" && s.rule != "harshness_cut" && s.rule != "compression"))
            continue;
        int references = 0;
        for (Evidence& e : s.evidence) {
            std::string feature;
            int decimals = 3;  // shares: a mix's upper mids hold 1-3 %, two decimals would round them away
            std::string unit;
            if (e.measure == "lra_lu" && k.lraMaxFromReferences) {
                feature = "lra_lu";
                decimals = 1;
                unit = "LU";
            }
            for (std::size_t b = 0; b < kBandCount && feature.empty(); ++b)
                if (k.bandMaxFromReferences[b] && e.measure == std::string(kBands[b].key) + "_share")
                    feature = styleShareFeature(b);
            const auto it = feature.empty() ? style.features.end() : style.features.find(feature);
            if (it == style.features.end() || e.value <= it->second.p90)
                continue;
            const StyleTarget& t = it->second;
            e.comparisonText = {TextCode::CmpOutsideReferences,
                                {TextArg::nested(ruletext::cmp(TextCode::CmpAbove, t.p90, decimals, unit)),
                                 TextArg::number(t.p10, decimals, unit), TextArg::number(t.p90, decimals, unit),
                                 TextArg::number(t.references, 0)}};
            e.comparison = english(e.comparisonText);
            references = std::max(references, t.references);
        }
        if (references == 0)
            continue;
        s.reasoningText = style.genre.empty()
                              ? Text{TextCode::SuggestWhyFromReferences, {TextArg::nested(s.reasoningText), TextArg::number(references, 0)}}
                              : Text{TextCode::SuggestWhyFromGenreReferences,
                                     {TextArg::nested(s.reasoningText), TextArg::number(references, 0), TextArg::string(style.genre)}};
        s.reasoning = english(s.reasoningText);
    }
}

}  // namespace

// ---- the engine ----------------------------------------------------------------------------

SuggestionSet SuggestionEngine::run(const std::vector<TrackProfile>& tracks, const SuggestionContext& context,
                                    const LearnedModel& learned)
{
    SuggestionSet set;
    set.mix = context.mix;
    set.daw = context.daw;
    // The tempo: the user's, else the one the DAW session states, else the tracks' estimate.
    const bool dawTempo = !context.tempoBpm && context.daw && context.daw->tempoBpm && *context.daw->tempoBpm > 0.0;
    const SessionTempoKey session =
        decideSessionTempoKey(tracks, dawTempo ? context.daw->tempoBpm : context.tempoBpm, context.key);
    set.context.tempoBpm = session.tempo.bpm;
    set.context.tempoSourceText = dawTempo ? Text{TextCode::SourceDaw, {TextArg::string(context.daw->daw)}}
                                           : sessionSourceText(session.tempo.source, session.tempo.tracks);
    set.context.tempoSource = english(set.context.tempoSourceText);
    set.context.tempoTracks = session.tempo.tracks;
    set.context.key = session.key.key;
    set.context.keySourceText = sessionSourceText(session.key.source, session.key.tracks);
    set.context.keySource = english(set.context.keySourceText);
    set.context.keyTracks = session.key.tracks;
    set.context.genre = context.genre;
    set.context.genreSource = !context.genre ? "none" : context.genreEstimated ? "estimated" : "user";
    const RuleContext rc{set.context.tempoBpm, set.context.genre, context.daw ? &*context.daw : nullptr,
                         context.style ? &*context.style : nullptr};

    std::vector<Suggestion> all;
    for (const TrackProfile& t : tracks) {
        runTrackRules(t, rc, all);
        if (const auto it = context.earlierBounces.find(t.name); it != context.earlierBounces.end())
            runBounceRules(t, it->second, rc, all);
    }
    if (context.style)
        sayReferenceLimits(all, *context.style, set.context.genre);
    runSessionRules(tracks, rc, context.mix, set, all);

    // The level moves of the session summed into one gain plan (sessionplan.h), personalised
    // like any suggestion.
    addGainPlan(all, tracks);

    // Personalise: the posterior mean is the shown confidence (planSession() turns its distance
    // from the prior into priority steps).
    for (Suggestion& s : all) {
        const Posterior post = learned.posterior(s.rule, s.trackType, set.context.genre, s.baseConfidence, context.project);
        s.confidence = post.mean;
        s.personalisation = post.explanation;
        s.personalisationDetail = post.personalisation;
        if (post.cell != nullptr) {
            for (const EffectRecord& e : post.cell->effects)
                s.effectNotes.push_back(e.track + ": " + english(effectText(e)));
            s.effects = post.cell->effects;
        }
    }

    // Impact, priority, order, reconciliation across the session, caps.
    set.suggestions = planSession(std::move(all), tracks,
                                  {context.maxPerTrack, context.maxPerSession, kHideBelowConfidence});
    return set;
}

std::optional<double> measureEffectMetric(const TrackProfile& p, const EffectMetric& m)
{
    auto share = [&p](Band b) { return p.spectrum.bands[static_cast<std::size_t>(b)].share; };
    auto excessDb = [&m](double s) -> std::optional<double> {
        if (s <= 0.0 || m.reference <= 0.0)
            return std::nullopt;
        return 10.0 * std::log10(s / m.reference);
    };
    const std::string& k = m.measure;
    if (k == "true_peak_dbtp")
        return p.loudness.truePeakDbtp;
    if (k == "integrated_lufs")
        return p.loudness.integratedLufs;
    if (k == "lra_lu")
        return p.loudness.lraLu;
    if (k == "crest_db")
        return p.dynamics.crestDb;
    if (k == "energy_below_corner_db")
        return shareBelowDb(p, m.frequencyHz);
    if (k == "resonance_prominence_db")
        return prominenceAt(p, m.frequencyHz);
    if (k == "tonal_bump_db" || k == "tonal_dip_db" || k == "tonal_step_db") {
        // The size of the deviation within a third of an octave of where it was; 0 once gone.
        double size = 0.0;
        for (const TonalDeviation& d : p.spectrum.tonalDeviations)
            if (std::abs(std::log2(d.frequencyHz / m.frequencyHz)) <= 1.0 / 3.0)
                size = std::max(size, std::abs(d.gainDb));
        return size;
    }
    if (k == "level_at_db") {
        // The LTAS level there relative to the integrated loudness: a fader move leaves it be.
        const auto level = ltasAt(p, m.frequencyHz);
        if (!level || !p.loudness.integratedLufs)
            return std::nullopt;
        return *level - *p.loudness.integratedLufs;
    }
    if (k == "low_mids_excess_db")
        return excessDb(share(Band::LowMids));
    if (k == "upper_mids_excess_db")
        return excessDb(share(Band::UpperMids));
    if (k == "highs_deficit_db") {
        const auto e = excessDb(share(Band::Highs));
        return e ? std::optional<double>(-*e) : std::nullopt;
    }
    if (k == "sibilant_fraction")
        return p.spectrum.sibilance.fraction;
    if (k == "correlation")
        return p.stereo.correlation;
    if (k == "low_band_correlation") {
        std::optional<double> lowest;
        for (const auto& b : p.stereo.lowBandCorrelation)
            if (b.correlation && (!lowest || *b.correlation < *lowest))
                lowest = b.correlation;
        return lowest;
    }
    if (k == "share_above_500_hz")
        return share(Band::Mids) + share(Band::UpperMids) + share(Band::Highs) + share(Band::Air);
    return std::nullopt;
}

}  // namespace stemwise::core
