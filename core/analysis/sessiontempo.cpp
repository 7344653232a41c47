// The session's tempo and key from its tracks' estimates (see sessiontempo.h).
#include "analysis/sessiontempo.h"

#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace stemwise::core {

namespace {

bool near(double a, double b) { return std::abs(a / b - 1.0) <= SessionTempo::kTempoTolerance; }

struct Voter {
    const TrackProfile* track;
    double bpm;
    double confidence;
};

// A voter's support for a candidate tempo: 1 at the tempo, 0.5 at its half or double.
double support(const Voter& v, double bpm)
{
    if (near(v.bpm, bpm))
        return 1.0;
    if (near(v.bpm, 2.0 * bpm) || near(v.bpm, 0.5 * bpm))
        return 0.5;
    return 0.0;
}

SessionTempo decideTempo(const std::vector<const TrackProfile*>& tracks, const std::optional<double>& userBpm)
{
    SessionTempo t;
    if (userBpm) {
        t.bpm = *userBpm;
        t.source = "user";
        return t;
    }
    t.source = "none";
    std::vector<Voter> voters;
    for (const TrackProfile* p : tracks) {
        const auto& r = p->rhythm;
        if (r.tempoBpm && *r.tempoBpm > 0.0 && r.tempoConfidence && *r.tempoConfidence >= SessionTempo::kMinTrackTempoConfidence)
            voters.push_back({p, *r.tempoBpm, *r.tempoConfidence});
    }
    if (voters.empty())
        return t;
    std::vector<double> candidates;
    for (const Voter& v : voters)
        for (const double c : {v.bpm, 0.5 * v.bpm, 2.0 * v.bpm})
            candidates.push_back(c);
    auto score = [&voters](double bpm) {
        double s = 0.0;
        for (const Voter& v : voters)
            s += v.confidence * support(v, bpm);
        return s;
    };
    // The best score; ties broken towards the estimates themselves (a candidate that is some
    // voter's own estimate comes first in the list) and then by order, so the result does not
    // depend on floating-point noise.
    double bestBpm = voters.front().bpm;
    double bestScore = -1.0;
    for (const double c : candidates) {
        const double s = score(c);
        if (s > bestScore + 1e-9) {
            bestScore = s;
            bestBpm = c;
        }
    }
    // The octave above or below when it scores nearly as well and lies nearer the preferred tempo.
    for (const double other : {2.0 * bestBpm, 0.5 * bestBpm}) {
        double otherScore = -1.0, otherBpm = other;
        for (const double c : candidates) {
            if (near(c, other)) {
                const double s = score(c);
                if (s > otherScore) {
                    otherScore = s;
                    otherBpm = c;
                }
            }
        }
        if (otherScore > 0.0 && otherScore * SessionTempo::kOctaveTieRatio >= bestScore
            && std::abs(std::log2(otherBpm / SessionTempo::kPreferredBpm))
                   < std::abs(std::log2(bestBpm / SessionTempo::kPreferredBpm))) {
            bestBpm = otherBpm;
            bestScore = otherScore;
        }
    }
    t.score = bestScore;
    if (bestScore < SessionTempo::kMinSessionTempoScore)
        return t;
    std::vector<const Voter*> same, octave;
    double sum = 0.0, weight = 0.0;
    for (const Voter& v : voters) {
        const double s = support(v, bestBpm);
        if (s == 1.0) {
            same.push_back(&v);
            sum += v.confidence * v.bpm;
            weight += v.confidence;
        } else if (s > 0.0) {
            octave.push_back(&v);
        }
    }
    if (weight <= 0.0)  // only octave voters: the candidate is a half or double of them all
    {
        for (const Voter* v : octave) {
            const double folded = near(v->bpm, 2.0 * bestBpm) ? 0.5 * v->bpm : 2.0 * v->bpm;
            sum += v->confidence * folded;
            weight += v->confidence;
        }
    }
    auto byConfidence = [](const Voter* a, const Voter* b) { return a->confidence > b->confidence; };
    std::stable_sort(same.begin(), same.end(), byConfidence);
    std::stable_sort(octave.begin(), octave.end(), byConfidence);
    for (const Voter* v : same)
        t.tracks.push_back(v->track->name);
    for (const Voter* v : octave)
        t.octaveTracks.push_back(v->track->name);
    t.bpm = std::round(sum / weight * 10.0) / 10.0;
    t.source = "detected";
    return t;
}

SessionKey decideKey(const std::vector<const TrackProfile*>& tracks, const std::optional<std::string>& userKey)
{
    SessionKey k;
    if (userKey) {
        k.key = *userKey;
        k.source = "user";
        return k;
    }
    k.source = "none";
    std::map<std::string, double> weights;
    for (const TrackProfile* p : tracks) {
        bool any = false;
        for (const KeyCandidate& c : p->tonal.keyCandidates) {
            if (c.confidence <= 0.0 || c.key.empty())
                continue;
            weights[c.key] += c.confidence;
            any = true;
        }
        k.tonalTracks += any ? 1 : 0;
    }
    const std::pair<const std::string, double>* best = nullptr;
    const std::pair<const std::string, double>* second = nullptr;
    for (const auto& entry : weights) {
        if (best == nullptr || entry.second > best->second) {
            second = best;
            best = &entry;
        } else if (second == nullptr || entry.second > second->second) {
            second = &entry;
        }
    }
    if (best == nullptr)
        return k;
    k.weight = best->second;
    if (second != nullptr) {
        k.runnerUp = second->first;
        k.runnerUpWeight = second->second;
    }
    if (k.weight < SessionKey::kMinSessionKeyWeight || k.weight < SessionKey::kKeyLeadRatio * k.runnerUpWeight)
        return k;
    k.key = best->first;
    k.source = "detected";
    std::vector<std::pair<double, std::string>> agreeing;
    for (const TrackProfile* p : tracks)
        if (p->tonal.key && *p->tonal.key == *k.key)
            agreeing.emplace_back(p->tonal.keyConfidence.value_or(0.0), p->name);
    std::stable_sort(agreeing.begin(), agreeing.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [confidence, name] : agreeing)
        k.tracks.push_back(name);
    return k;
}

}  // namespace

SessionTempoKey decideSessionTempoKey(const std::vector<const TrackProfile*>& tracks, const std::optional<double>& userBpm,
                                      const std::optional<std::string>& userKey)
{
    std::vector<const TrackProfile*> present;
    for (const TrackProfile* p : tracks)
        if (p != nullptr)
            present.push_back(p);
    return {decideTempo(present, userBpm), decideKey(present, userKey)};
}

SessionTempoKey decideSessionTempoKey(const std::vector<TrackProfile>& tracks, const std::optional<double>& userBpm,
                                      const std::optional<std::string>& userKey)
{
    std::vector<const TrackProfile*> pointers;
    pointers.reserve(tracks.size());
    for (const TrackProfile& t : tracks)
        pointers.push_back(&t);
    return decideSessionTempoKey(pointers, userBpm, userKey);
}

Text sessionSourceText(const std::string& source, const std::vector<std::string>& tracks)
{
    if (source == "user")
        return TextCode::SourceUser;
    if (source != "detected")
        return TextCode::SourceNone;
    if (tracks.empty())
        return TextCode::SourceDetected;
    const std::size_t named = std::min<std::size_t>(3, tracks.size());
    std::vector<TextArg> names;
    for (std::size_t i = 0; i < named; ++i)
        names.push_back(TextArg::string(tracks[i]));
    if (tracks.size() > named)
        return {TextCode::SourceDetectedFromMore, {TextArg::list(std::move(names), false)},
                static_cast<int>(tracks.size() - named)};
    return {TextCode::SourceDetectedFrom, {TextArg::list(std::move(names), true)}};
}

std::string describeSessionSource(const std::string& source, const std::vector<std::string>& tracks)
{
    return english(sessionSourceText(source, tracks));
}

std::string tempoRelation(double trackBpm, double sessionBpm)
{
    if (trackBpm <= 0.0 || sessionBpm <= 0.0)
        return "other";
    if (near(trackBpm, sessionBpm))
        return "same";
    if (near(trackBpm, 2.0 * sessionBpm))
        return "double";
    if (near(trackBpm, 0.5 * sessionBpm))
        return "half";
    return "other";
}

}  // namespace stemwise::core
