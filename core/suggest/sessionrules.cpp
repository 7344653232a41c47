// The session rules: the masking matrix over all track pairs and the carve / side-chain
// moves it calls for, summed headroom, mono compatibility of the sum, balance across stems.
//
// Masking of two tracks in a band needs all of:
//  - both hold a real part of their energy there (share >= kMinShare each);
//  - comparable levels there (|difference| <= kMaxLevelDifferenceDb): a part 15 dB under
//    another in a band is already inaudible there, and a carve would not bring it back;
//  - both active at the same time (BandActivity intervals) for at least kMinBothActive of
//    the overlapping duration.
// severity = bothActive × min(shares)/0.5 (capped at 1) × (1 - (|difference| + separation) / 12 dB):
// the more of the time, the more of their energy and the closer their levels, the worse.
// separation: two parts panned apart are heard apart (each ear favours one of them, the
// "better-ear" release from masking): half the difference of their left/right balances in dB
// counts as that much more level difference. Their balance is the DAW channel's pan (constant
// power) on top of the file's own left/right balance; a part without either is in the centre.
// Two stems of one part (a snare's top and bottom mics, a bass's DI and amp, a double-tracked
// guitar: the same first word of the name and the same type) are blended, not carved apart: the
// matrix shows their overlap, no carve is suggested (their trouble is polarity, which the
// polarity rules look at).
// The band of the LTAS where both spectra are within 6 dB of their own peak in the band
// names where they fight ("60–90 Hz").
#include "suggest/rules.h"

#include "analysis/boundedseries.h"
#include "analysis/sectionnames.h"
#include "analysis/sessionsections.h"
#include "analysis/tracktype.h"
#include "suggest/sessionplan.h"
#include "util/stats.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace stemwise::core {

namespace {

constexpr double kMinShare = 0.1;
constexpr double kMaxLevelDifferenceDb = 10.0;
constexpr double kMinBothActive = 0.25;
constexpr double kMinSeverity = 0.15;
constexpr double kOneSemitone = 1.0594630943592953;  // 2^(1/12): a region narrower than this is named as one frequency
constexpr double kHeadroomTargetDbtp = -1.0;  // leave 1 dB under full scale at the bus (EBU R 128 s1 / streaming specs)
constexpr double kMonoLossLimitDb = 3.0;      // uncorrelated channels lose 3 dB; more means cancellation
constexpr double kBalanceDeviationLu = 6.0;
// A backing part (named so) sits this far under the usual level of its type, which is a lead's
// (a vocal's 0 LU from the loudest part): backing vocals, doubles and harmonies support the lead
// from under it (Stemwise default; with the rule's 6 LU tolerance, a backing part is left alone
// from level with the lead to 12 LU under it). Without the offset the rule raised the advice
// benchmark's backing vocal, 7 LU under its lead, by 8 dB, to the lead's level.
constexpr double kBackingUnderLeadLu = 6.0;
// A lead part sits at the top of the balance, where a lead vocal does (the knowledge base's 0 LU
// from the loudest part): a lead guitar or synth is not an accompanying guitar's or synth's 6-8
// LU down. The rule pulled the advice benchmark's lead synth down 12 dB and its lead guitar 7 dB.
constexpr double kLeadOffsetLu = 0.0;
constexpr double kOpposedCorrelation = -0.3;  // two stems this opposed carry one source in opposite polarity
constexpr double kOpposedSumLossDb = 1.5;     // and their sum loses this much against their separate levels
// Two stems of one source a lag apart (SessionMixMeasure::delayed) are worth lining up when
// they correlate this well at the lag and their sum gains this much from it.
constexpr double kAlignCorrelation = 0.5;
constexpr double kAlignGainDb = 1.0;
constexpr double kMaxBalanceDb = 30.0;        // a balance past this is one side only
// A lead part more than this out of the place it holds in the song's other sections (its
// loudness against the section's) is ridden there; at most kMaxRidesPerTrack sections each.
constexpr double kMinRideLu = 2.0;
constexpr std::size_t kMaxRidesPerTrack = 2;
// ... but a section where it lies further than this under its place is one where the part
// does not play: what the stem carries there is bleed, noise or a tail (the section analysis
// counts it active down to 20 dB under its loud level). A buried lead is a few dB to about 12
// under; the advice benchmark's lead vocal, silent in the bridge but for a rumble 13 dB under
// its singing, read 28.6 LU under its place there and was to be raised by 6 dB.
constexpr double kMaxRideGapLu = 15.0;

using A = TextArg;
using C = TextCode;

using ruletext::cmp;
using ruletext::typeOf;

// Side by side at the coarser interval of the two: a file past 68 minutes has its intervals
// pooled (analysis/boundedseries.h), so two long stems of different lengths may differ.
double bothActiveFraction(const TrackProfile& a, const TrackProfile& b, std::size_t band)
{
    const double intervalS = std::max(a.spectrum.bandActivity.intervalS, b.spectrum.bandActivity.intervalS);
    auto activeAt = [&](const BandActivity& activity) -> std::optional<std::vector<bool>> {
        const std::size_t factor = poolFactor(activity.intervalS, intervalS);
        if (std::abs(static_cast<double>(factor) * activity.intervalS - intervalS) > 1e-9 * intervalS)
            return std::nullopt;  // not a whole number of intervals: cannot be lined up
        BandActivity pooled;
        pooled.intervalS = intervalS;
        pooled.levelDb[band] = pooledLevelsDb(activity.levelDb[band], factor);
        return bandActiveIntervals(pooled, band);
    };
    const auto xs = activeAt(a.spectrum.bandActivity);
    const auto ys = activeAt(b.spectrum.bandActivity);
    if (!xs || !ys)
        return 0.0;
    const std::vector<bool>& x = *xs;
    const std::vector<bool>& y = *ys;
    const std::size_t n = std::min(x.size(), y.size());
    if (n == 0)
        return 0.0;
    std::size_t both = 0;
    for (std::size_t i = 0; i < n; ++i)
        both += x[i] && y[i] ? 1 : 0;
    return static_cast<double>(both) / static_cast<double>(n);
}

// Where in [lo, hi] both LTAS are within 6 dB of their own maximum in that range.
std::pair<double, double> overlapRegion(const TrackProfile& a, const TrackProfile& b, double lo, double hi)
{
    auto maxIn = [lo, hi](const TrackProfile& p) {
        double m = -1e9;
        for (std::size_t i = 0; i < p.spectrum.ltasFrequencyHz.size(); ++i)
            if (p.spectrum.ltasFrequencyHz[i] >= lo && p.spectrum.ltasFrequencyHz[i] <= hi)
                m = std::max(m, p.spectrum.ltasDb[i]);
        return m;
    };
    const double ma = maxIn(a), mb = maxIn(b);
    double low = 0.0, high = 0.0;
    for (double f : a.spectrum.ltasFrequencyHz) {
        if (f < lo || f > hi)
            continue;
        const auto la = ltasAt(a, f), lb = ltasAt(b, f);
        if (!la || !lb || *la < ma - 6.0 || *lb < mb - 6.0)
            continue;
        if (low == 0.0)
            low = f;
        high = f;
    }
    if (low == 0.0)
        return {lo, hi};
    return {low, high};
}

// Where a part sits between the speakers, as its left-over-right level in dB: the DAW
// channel's pan (constant-power law) on top of the file's own balance.
double balanceDbOf(const TrackProfile& t, const RuleContext& c)
{
    double balance = t.stereo.isStereo ? t.stereo.balanceDb.value_or(0.0) : 0.0;
    if (c.daw != nullptr) {
        if (const auto it = c.daw->channels.find(t.name); it != c.daw->channels.end()) {
            constexpr double kQuarterPi = 0.7853981633974483;
            const double angle = (std::clamp(it->second.pan, -1.0, 1.0) + 1.0) * kQuarterPi;
            const double left = std::cos(angle), right = std::sin(angle);
            balance += 20.0 * std::log10(std::max(left, 1e-3) / std::max(right, 1e-3));
        }
    }
    return std::clamp(balance, -kMaxBalanceDb, kMaxBalanceDb);
}

// Two stems of one part: the same first word of the name and the same type ("Snare Top" and
// "Snare Bottom", "Bass DI" and "Bass Amp", "Gtr L" and "Gtr R"), and a type at all.
bool onePart(const TrackProfile& a, const TrackProfile& b)
{
    if (a.type != b.type || a.type == "other" || a.type.empty())
        return false;
    const auto wa = nameWords(a.name), wb = nameWords(b.name);
    return !wa.empty() && !wb.empty() && wa.front() == wb.front();
}

class SessionRules {
public:
    SessionRules(const std::vector<TrackProfile>& tracks, const RuleContext& context,
                 const std::optional<SessionMixMeasure>& mix, SuggestionSet& set, std::vector<Suggestion>& out)
        : m_tracks(tracks), m_c(context), m_mix(mix), m_set(set), m_out(out)
    {
    }

    void run()
    {
        for (const TrackProfile& t : m_tracks)
            if (t.type != "mix" && t.dynamics.peakDbfs && *t.dynamics.peakDbfs >= -60.0)
                m_stems.push_back(static_cast<std::size_t>(&t - m_tracks.data()));
        m_leads = leadTracks(m_tracks);
        masking();
        delayedStems();
        opposedStems();
        headroom();
        monoSum();
        balance();
        if (m_stems.size() >= 2) {
            std::vector<StemActivity> activity;
            for (std::size_t i : m_stems)
                activity.push_back(stemActivityOf(m_tracks[i]));
            const SessionSections sections = findSessionSections(
                activity, m_c.tempoBpm, m_c.daw != nullptr ? m_c.daw->markers : std::vector<SectionMarker>{});
            sectionRides(sections);
            runArrangementRules(sections, m_tracks, m_out);
        }
    }

private:
    Suggestion make(const char* rule, SuggestionTarget target, const std::string& type, SuggestionType kind, int priority,
                    double confidence)
    {
        Suggestion s;
        s.rule = rule;
        s.key = std::string(rule);
        for (const auto& n : target.tracks)
            s.key += "|" + n;
        s.target = std::move(target);
        s.trackType = type;
        s.type = kind;
        s.basePriority = s.priority = priority;
        s.baseConfidence = s.confidence = confidence;
        return s;
    }

    void masking()
    {
        for (std::size_t i = 0; i < m_stems.size(); ++i) {
            for (std::size_t j = i + 1; j < m_stems.size(); ++j) {
                const TrackProfile& a = m_tracks[m_stems[i]];
                const TrackProfile& b = m_tracks[m_stems[j]];
                const MaskingCell* worst = nullptr;
                std::size_t first = m_set.masking.size();
                const double separation = 0.5 * std::abs(balanceDbOf(a, m_c) - balanceDbOf(b, m_c));
                for (std::size_t band = 0; band + 1 < kBandCount; ++band) {  // not "air": masking there is rarely the trouble
                    const BandLevel& la = a.spectrum.bands[band];
                    const BandLevel& lb = b.spectrum.bands[band];
                    if (la.share < kMinShare || lb.share < kMinShare || !la.levelDb || !lb.levelDb)
                        continue;
                    const double difference = *la.levelDb - *lb.levelDb;
                    if (std::abs(difference) > kMaxLevelDifferenceDb)
                        continue;
                    const double both = bothActiveFraction(a, b, band);
                    if (both < kMinBothActive)
                        continue;
                    const double severity = std::max(0.0, std::min(1.0, both * std::min(1.0, std::min(la.share, lb.share) / 0.5)
                                                                             * (1.0 - (std::abs(difference) + separation) / 12.0)));
                    if (severity <= 0.0)
                        continue;
                    const auto [lo, hi] = overlapRegion(a, b, kBands[band].lowHz, kBands[band].highHz);
                    m_set.masking.push_back({m_stems[i], m_stems[j], static_cast<Band>(band), lo, hi, both, difference,
                                             separation, severity});
                }
                if (onePart(a, b))
                    continue;
                for (std::size_t k = first; k < m_set.masking.size(); ++k)
                    if (worst == nullptr || m_set.masking[k].severity > worst->severity)
                        worst = &m_set.masking[k];
                if (worst != nullptr && worst->severity >= kMinSeverity)
                    maskingSuggestion(*worst, first);
            }
        }
    }

    void maskingSuggestion(const MaskingCell& cell, std::size_t firstOfPair)
    {
        const TrackProfile& a = m_tracks[cell.first];
        const TrackProfile& b = m_tracks[cell.second];
        const auto band = bandIndex(cell.band);
        const int ownA = typeKnowledge(a.type, m_c.genre).bandOwnership[band];
        const int ownB = typeKnowledge(b.type, m_c.genre).bandOwnership[band];
        const bool percA = isPercussive(a) || a.type == "kick" || a.type == "snare" || a.type == "drums";
        const bool percB = isPercussive(b) || b.type == "kick" || b.type == "snare" || b.type == "drums";
        // Who yields: a lead element (sessionplan.h) keeps the band against any other part;
        // else the lower owner of the band; on a tie the sustained part yields to the
        // percussive one, else the one with less of its energy there.
        const bool leadA = isLead(a), leadB = isLead(b);
        bool aYields = ownA < ownB;
        if (leadA != leadB)
            aYields = leadB;
        else if (ownA == ownB)
            aYields = percA != percB ? !percA : a.spectrum.bands[band].share < b.spectrum.bands[band].share;
        const TrackProfile& yields = aYields ? a : b;
        const TrackProfile& keeps = aYields ? b : a;
        // Adjacent masked bands of the same pair widen the region named ("kick and bass fight
        // at 45–95 Hz" spans sub-bass and bass).
        double lo = cell.lowHz, hi = cell.highHz;
        for (std::size_t k = firstOfPair; k < m_set.masking.size(); ++k) {
            const MaskingCell& other = m_set.masking[k];
            if (other.severity >= kMinSeverity && std::abs(static_cast<int>(bandIndex(other.band)) - static_cast<int>(band)) == 1) {
                lo = std::min(lo, other.lowHz);
                hi = std::max(hi, other.highHz);
            }
        }
        const double centre = roundHz(std::sqrt(lo * hi));
        // The region as a range, or as one frequency where it is narrower than a semitone (two
        // parts that share one note: "at 220 Hz", not "at 220 Hz–220 Hz").
        const A region = hi / lo < kOneSemitone ? A::hz(centre) : A::nested(Text{C::SuggestHzRange, {A::hz(lo), A::hz(hi)}});
        const BandEdges& e = kBands[band];
        // Ducking at each hit is for a drum's hits (a kick over the bass, a snare over a pad); a
        // keyed part that is percussive by its envelope (organ or synth stabs, a plucked line)
        // gets the carve: ducking a pad at every chord of an organ pumps the pad in time with the
        // harmony, not the groove.
        const bool keyIsDrum = isDrumType(keeps.type) || (keeps.type == "other" && isPercussive(keeps));
        const bool sideChain = (percA != percB) && keyIsDrum && (cell.band == Band::SubBass || cell.band == Band::Bass);
        const bool bandWide = hi / lo > 1.2;
        Suggestion s = make("masking", {SuggestionTarget::Kind::Pair, {yields.name, keeps.name}}, yields.type,
                            sideChain ? SuggestionType::Compression : SuggestionType::Eq, cell.severity >= 0.5 ? 2 : 3,
                            0.65);
        s.key += std::string("|") + e.key;
        const double gain = -roundTo(2.0 + 3.0 * cell.severity, 0.5);
        Text title, description;
        if (sideChain) {
            const double release = m_c.tempoBpm ? std::clamp(roundTo(60000.0 / *m_c.tempoBpm / 4.0, 5.0), 40.0, 250.0) : 100.0;
            // The threshold acts on the key: 12 dB under its peak, so every hit opens it.
            const double keyPeak = keeps.dynamics.peakDbfs.value_or(-6.0);
            param(s, "key_input", keeps.name);
            param(s, "threshold_db", roundTo(keyPeak - 12.0, 0.5));
            param(s, "ratio", 4.0);
            param(s, "attack_ms", 1.0);
            param(s, "release_ms", release);
            param(s, "range_db", -gain);
            title = {C::SuggestSideChainTitle,
                     {A::string(yields.name), A::string(keeps.name), A::number(-gain, 1), region}};
            description = {C::SuggestSideChainHow,
                           {A::string(yields.name), A::string(keeps.name), A::number(release, 0),
                            A::nested(m_c.tempoBpm ? Text{C::SuggestSideChainHowTempo, {A::number(*m_c.tempoBpm, 0)}} : Text{}),
                            region}};
        } else {
            param(s, "filter", "bell");
            param(s, "frequency_hz", centre);
            param(s, "gain_db", gain);
            // As wide as the region, and never narrower than Q 2: a carve makes room, it does not
            // notch (a region of a few semitones is two parts sharing notes; a Q 4 cut there
            // takes the yielding part's notes out).
            param(s, "q", std::clamp(roundTo(bandWide ? centre / (hi - lo) : 2.0, 0.1), 0.7, 2.0));
            title = {C::SuggestCarveTitle,
                     {A::number(-gain, 1), A::hz(centre), A::string(yields.name), A::string(keeps.name)}};
            description = {C::SuggestCarveHow, {A::string(yields.name), A::string(keeps.name)}};
            s.bandLowHz = lo;
            s.bandHighHz = hi;
            s.direction = -1;
        }
        const Text yieldsWhy = leadA != leadB  ? Text{C::SuggestMaskingWhyLead, {A::string(keeps.name)}}
                               : ownA != ownB   ? Text{C::SuggestMaskingWhyOwner, {typeOf(keeps)}}
                               : percA != percB ? Text{C::SuggestMaskingWhyPercussive}
                                                : Text{C::SuggestMaskingWhyLess};
        s.say(std::move(title), std::move(description),
              {C::SuggestMaskingWhy,
               {A::string(a.name), A::string(b.name), A::number(100.0 * a.spectrum.bands[band].share, 0),
                A::number(100.0 * b.spectrum.bands[band].share, 0), A::termOf(TermKind::BandAdjective, e.key),
                A::number(e.lowHz, 0), A::number(e.highHz, 0), A::number(std::abs(cell.levelDifferenceDb), 1),
                A::number(100.0 * cell.bothActiveFraction, 0), region, A::string(yields.name),
                A::nested(yieldsWhy)}});
        auto shareOf = [&e](const TrackProfile& t, std::size_t i) {
            Evidence x = Evidence::of(std::string(e.key) + "_share_" + t.name, t.spectrum.bands[i].share, "",
                                      cmp(C::CmpAtLeast, kMinShare, 2));
            x.label = {C::EvidenceBandShareOf, {A::termOf(TermKind::Band, e.key), A::string(t.name)}};
            return x;
        };
        s.evidence = {
            shareOf(a, band),
            shareOf(b, band),
            Evidence::of("level_difference_db", cell.levelDifferenceDb, "dB",
                         cmp(C::CmpMagnitudeAtMost, kMaxLevelDifferenceDb, 0, "dB")),
            Evidence::of("both_active_fraction", cell.bothActiveFraction, "", cmp(C::CmpAtLeast, kMinBothActive, 2)),
            Evidence::of("pan_separation_db", cell.panSeparationDb, "dB", {}),
            Evidence::of("overlap_low_hz", lo, "Hz", {}),
            Evidence::of("overlap_high_hz", hi, "Hz", {}),
            Evidence::of("masking_severity", cell.severity, "", cmp(C::CmpAtLeast, kMinSeverity, 2))};
        m_out.push_back(std::move(s));
    }

    // The pairs worth lining up (see kAlignCorrelation).
    [[nodiscard]] bool worthAligning(const DelayedStems& d) const
    {
        return std::abs(d.correlation) >= kAlignCorrelation && d.alignedGainDb >= kAlignGainDb;
    }

    // Two stems of one source a few milliseconds apart (a bass amp behind its DI through the
    // amp's or a plug-in's latency, a kick's outside mic behind its inside one): summed, the
    // delay is a comb filter. Move the late one earlier by the lag, flipping it too where
    // the lined-up pair is opposed.
    void delayedStems()
    {
        if (!m_mix)
            return;
        for (const DelayedStems& d : m_mix->delayed) {
            const auto first = static_cast<std::size_t>(d.first), second = static_cast<std::size_t>(d.second);
            if (!worthAligning(d) || first >= m_tracks.size() || second >= m_tracks.size())
                continue;
            const bool secondLate = d.lagMs > 0.0;
            const TrackProfile& late = m_tracks[secondLate ? second : first];
            const TrackProfile& early = m_tracks[secondLate ? first : second];
            const double ms = roundTo(std::abs(d.lagMs), 0.01);
            const double rate = late.file.format.sampleRateHz;
            const bool flip = d.correlation < 0.0;
            Suggestion s = make("time_align", {SuggestionTarget::Kind::Pair, {late.name, early.name}}, late.type,
                                SuggestionType::Stereo, 2, 0.7);
            param(s, "action", std::string(flip ? "invert_polarity_and_move_earlier" : "move_earlier"));
            param(s, "shift_ms", -ms);
            param(s, "against", early.name);
            s.say({flip ? C::SuggestAlignFlipTitle : C::SuggestAlignTitle, {A::string(late.name), A::number(ms, 2), A::string(early.name)}},
                  {C::SuggestAlignHow,
                   {A::string(late.name), A::number(std::round(ms / 1000.0 * rate), 0), A::number(rate, 0), A::string(early.name)}},
                  {C::SuggestAlignWhy,
                   {A::string(late.name), A::string(early.name), A::number(ms, 2), A::number(d.correlation, 2),
                    A::number(d.zeroLagCorrelation, 2), A::number(d.alignedGainDb, 1)}});
            s.evidence = {Evidence::of("lag_ms", ms, "ms", cmp(C::CmpAtLeast, SessionMixMeasure::kMinAlignLagMs, 2, "ms")),
                          Evidence::of("aligned_correlation", d.correlation, "", cmp(C::CmpMagnitudeAtLeast, kAlignCorrelation, 1)),
                          Evidence::of("zero_lag_correlation", d.zeroLagCorrelation, "", {}),
                          Evidence::of("aligned_gain_db", d.alignedGainDb, "dB", cmp(C::CmpAtLeast, kAlignGainDb, 1, "dB"))};
            m_out.push_back(std::move(s));
        }
    }

    // Two stems of one source in opposite polarity (a snare's bottom mic, a bass amp against its
    // DI): their sum loses level. Flip the quieter one, which is the secondary source. A pair
    // that is also a lag apart gets the lining up instead, which flips it as well.
    void opposedStems()
    {
        if (!m_mix)
            return;
        for (const OpposedStems& o : m_mix->opposed) {
            if (o.correlation > kOpposedCorrelation || o.sumLossDb < kOpposedSumLossDb)
                continue;
            const bool aligned = std::any_of(m_mix->delayed.begin(), m_mix->delayed.end(), [&](const DelayedStems& d) {
                return worthAligning(d) && ((d.first == o.first && d.second == o.second) || (d.first == o.second && d.second == o.first));
            });
            if (aligned)
                continue;
            const auto first = static_cast<std::size_t>(o.first), second = static_cast<std::size_t>(o.second);
            if (first >= m_tracks.size() || second >= m_tracks.size())
                continue;
            const bool flipSecond = o.secondEnergyDb <= o.firstEnergyDb;
            const TrackProfile& flip = m_tracks[flipSecond ? second : first];
            const TrackProfile& keep = m_tracks[flipSecond ? first : second];
            Suggestion s = make("polarity_pair", {SuggestionTarget::Kind::Pair, {flip.name, keep.name}}, flip.type,
                                SuggestionType::Stereo, 1, 0.75);
            param(s, "action", std::string("invert_polarity"));
            param(s, "against", keep.name);
            s.say({C::SuggestPolarityPairTitle, {A::string(flip.name), A::string(keep.name)}},
                  {C::SuggestPolarityPairHow, {A::string(flip.name)}},
                  {C::SuggestPolarityPairWhy,
                   {A::string(flip.name), A::string(keep.name), A::number(o.correlation, 2), A::number(o.sumLossDb, 1)}});
            s.evidence = {Evidence::of("stem_correlation", o.correlation, "", cmp(C::CmpAtMost, kOpposedCorrelation, 1)),
                          Evidence::of("pair_sum_loss_db", o.sumLossDb, "dB", cmp(C::CmpAtLeast, kOpposedSumLossDb, 1, "dB"))};
            m_out.push_back(std::move(s));
        }
    }

    void headroom()
    {
        std::vector<TrackProfile> stems;
        for (std::size_t i : m_stems)
            stems.push_back(m_tracks[i]);
        const auto bound = summedTruePeakBoundDbtp(stems);
        const bool measured = m_mix && m_mix->truePeakDbtp;
        m_set.summedTruePeakMeasured = measured;
        m_set.summedTruePeakDbtp = measured ? m_mix->truePeakDbtp : bound;
        if (m_stems.size() < 2 || !m_set.summedTruePeakDbtp || *m_set.summedTruePeakDbtp <= 0.0)
            return;
        const double tp = *m_set.summedTruePeakDbtp;
        const double gain = roundTo(std::min(-0.5, kHeadroomTargetDbtp - tp), 0.5);
        std::vector<std::string> names;
        for (std::size_t i : m_stems)
            names.push_back(m_tracks[i].name);
        Suggestion s = make("summed_headroom", {SuggestionTarget::Kind::Session, {}}, "session", SuggestionType::Level,
                            measured ? 1 : 2, measured ? 0.9 : 0.5);
        param(s, "gain_db", gain);
        const bool atFaders = measured && m_mix->atFaders;
        const std::string daw = m_c.daw != nullptr ? m_c.daw->daw : std::string("DAW");
        if (atFaders)
            s.say({C::SuggestHeadroomFadersTitle, {A::number(-gain, 1)}}, C::SuggestHeadroomHow,
                  {C::SuggestHeadroomFadersWhy,
                   {A::number(static_cast<double>(m_stems.size()), 0), A::signedNumber(tp, 2), A::string(daw)}});
        else
            s.say({measured ? C::SuggestHeadroomClipsTitle : C::SuggestHeadroomMayClipTitle, {A::number(-gain, 1)}},
                  C::SuggestHeadroomHow,
                  measured ? Text{C::SuggestHeadroomClipsWhy,
                                  {A::number(static_cast<double>(m_stems.size()), 0), A::signedNumber(tp, 2)}}
                           : Text{C::SuggestHeadroomMayClipWhy, {A::signedNumber(tp, 2)}});
        s.evidence = {Evidence::of(measured ? "summed_true_peak_dbtp" : "summed_true_peak_bound_dbtp", tp, "dBTP",
                                   cmp(C::CmpAbove, 0.0, 0, "dBTP"))};
        // The bound is of the unity sum: no bound of a sum at faders that may sit above 0 dB.
        if (atFaders)
            s.evidence.push_back(Evidence::of("daw_faders", static_cast<double>(m_c.daw != nullptr ? m_c.daw->channels.size() : 0), "",
                                              {C::CmpFadersFromDaw, {A::string(daw)}}));
        else if (measured && bound)
            s.evidence.push_back(Evidence::of("summed_true_peak_bound_dbtp", *bound, "dBTP", C::CmpUpperBoundFromStems));
        m_out.push_back(std::move(s));
    }

    void monoSum()
    {
        if (!m_mix || !m_mix->monoLossDb || *m_mix->monoLossDb <= kMonoLossLimitDb)
            return;
        // The likely culprits: the stereo stems with the lowest correlation.
        std::vector<std::pair<double, std::string>> stereo;
        for (std::size_t i : m_stems)
            if (m_tracks[i].stereo.isStereo && m_tracks[i].stereo.correlation)
                stereo.emplace_back(*m_tracks[i].stereo.correlation, m_tracks[i].name);
        std::sort(stereo.begin(), stereo.end());
        std::vector<std::string> culprits;
        for (std::size_t k = 0; k < std::min<std::size_t>(2, stereo.size()); ++k)
            if (stereo[k].first < 0.3)
                culprits.push_back(stereo[k].second);
        Suggestion s = make("mono_sum", {SuggestionTarget::Kind::Session, culprits}, "session", SuggestionType::Stereo, 2, 0.7);
        std::vector<A> names;
        names.reserve(culprits.size());
        for (const auto& n : culprits)
            names.push_back(A::string(n));
        s.say(culprits.empty() ? Text{C::SuggestMonoSumTitle} : Text{C::SuggestMonoSumNarrowTitle, {A::list(std::move(names), true)}},
              C::SuggestMonoSumHow,
              {C::SuggestMonoSumWhy, {A::number(*m_mix->monoLossDb, 1), A::number(m_mix->correlation.value_or(0.0), 2)}});
        s.evidence = {Evidence::of("sum_mono_loss_db", *m_mix->monoLossDb, "dB", cmp(C::CmpAbove, kMonoLossLimitDb, 0, "dB"))};
        if (m_mix->correlation)
            s.evidence.push_back(Evidence::of("sum_correlation", *m_mix->correlation, "", {}));
        for (const auto& [c, name] : stereo)
            if (std::find(culprits.begin(), culprits.end(), name) != culprits.end())
            {
                Evidence x = Evidence::of("correlation_" + name, c, "", cmp(C::CmpBelow, 0.3, 1));
                x.label = {C::EvidenceCorrelationOf, {A::string(name)}};
                s.evidence.push_back(std::move(x));
            }
        m_out.push_back(std::move(s));
    }

    // Where a stem usually sits from the loudest part: its type's offset; a lead part (leadTracks())
    // at the top, as a lead vocal (kLeadOffsetLu), whatever its type's offset as an accompanying
    // part; a backing part (by its name) kBackingUnderLeadLu under its type's offset when the
    // session has a lead to sit under.
    double usualOffsetLu(const TrackProfile& t) const
    {
        const double typical = typeKnowledge(t.type, m_c.genre).relativeLevelLu;
        if (isLead(t))
            return std::max(typical, kLeadOffsetLu);
        return backingUnderLead(t) ? typical - kBackingUnderLeadLu : typical;
    }
    bool backingUnderLead(const TrackProfile& t) const { return !m_leads.empty() && !isLead(t) && isBackingPart(t); }

    // A second pickup of a source that another, louder stem also carries (the mix measure's
    // sameSource pairs: a snare's bottom mic under its top, an amp under its DI): it is set
    // against its main pickup by ear, not against the session.
    bool quieterPickup(std::size_t i) const
    {
        if (!m_mix || !m_tracks[i].loudness.integratedLufs)
            return false;
        const double lufs = *m_tracks[i].loudness.integratedLufs;
        for (const auto& [a, b] : m_mix->sameSource) {
            const auto ua = static_cast<std::size_t>(a), ub = static_cast<std::size_t>(b);
            if (ua != i && ub != i)
                continue;
            const std::size_t other = ua == i ? ub : ua;
            if (other < m_tracks.size() && m_tracks[other].loudness.integratedLufs
                && *m_tracks[other].loudness.integratedLufs > lufs)
                return true;
        }
        return false;
    }

    // Each stem's loudness against the balance its type usually takes, relative to the
    // session: a stem more than 6 LU off the session's median offset is named. Of two pickups
    // of one source, only the louder takes part.
    void balance()
    {
        std::vector<std::pair<std::size_t, double>> offsets;
        for (std::size_t i : m_stems) {
            const auto& lufs = m_tracks[i].loudness.integratedLufs;
            if (lufs && !quieterPickup(i))
                offsets.emplace_back(i, *lufs - usualOffsetLu(m_tracks[i]));
        }
        if (offsets.size() < 3)
            return;
        std::vector<double> values;
        values.reserve(offsets.size());
        for (const auto& [i, o] : offsets)
            values.push_back(o);
        const double median = percentile(values, 0.5);
        for (const auto& [i, offset] : offsets) {
            const double deviation = offset - median;
            if (std::abs(deviation) < kBalanceDeviationLu)
                continue;
            const TrackProfile& t = m_tracks[i];
            const double gain = roundTo(-deviation, 0.5);
            Suggestion s = make("balance", {SuggestionTarget::Kind::Track, {t.name}}, t.type, SuggestionType::Level, 3, 0.45);
            param(s, "gain_db", gain);
            const bool backing = backingUnderLead(t);
            std::vector<A> why{A::string(t.name), A::number(*t.loudness.integratedLufs, 1), typeOf(t),
                               A::signedNumber(usualOffsetLu(t), 0)};
            if (backing)
                why.push_back(A::number(kBackingUnderLeadLu, 0));
            why.push_back(A::number(std::abs(deviation), 1));
            const bool louder = deviation > 0;
            const TextCode whyCode = isLead(t) ? (louder ? C::SuggestBalanceLeadLouderWhy : C::SuggestBalanceLeadQuieterWhy)
                                     : backing ? (louder ? C::SuggestBalanceBackingLouderWhy : C::SuggestBalanceBackingQuieterWhy)
                                               : (louder ? C::SuggestBalanceLouderWhy : C::SuggestBalanceQuieterWhy);
            s.say({gain > 0 ? C::SuggestBalanceUpTitle : C::SuggestBalanceDownTitle,
                   {A::string(t.name), A::number(std::abs(gain), 0)}},
                  C::SuggestBalanceHow, {whyCode, std::move(why)});
            s.evidence = {Evidence::of("integrated_lufs", *t.loudness.integratedLufs, "LUFS", {}),
                          Evidence::of("balance_deviation_lu", deviation, "LU",
                                       cmp(C::CmpMagnitudeAtLeast, kBalanceDeviationLu, 0, "LU"))};
            m_out.push_back(std::move(s));
        }
    }

    // The lead parts' place per section (issue 19, point 3: "the vocal is buried only in the
    // bridge"): in each section where a lead part plays, its loudness against the section's
    // (both gated as analysis/sessionsections.h measures them); where that lies more than
    // kMinRideLu from its median over the (at least three) sections where it plays (and not
    // more than kMaxRideGapLu under it: there it does not play), the fader is ridden there by
    // the difference. Automation, not a static move: the gain plan leaves it alone
    // (its parameter is ride_gain_db, not gain_db).
    void sectionRides(const SessionSections& sections)
    {
        if (m_leads.empty())
            return;
        for (std::size_t i : m_stems) {
            const TrackProfile& t = m_tracks[i];
            if (!isLead(t))
                continue;
            struct Place {
                const Section* section;
                double relativeLu;
            };
            std::vector<Place> places;
            for (const Section& sec : sections.sections) {
                if (!sec.loudnessLufs || std::find(sec.stems.begin(), sec.stems.end(), t.name) == sec.stems.end())
                    continue;
                for (const SectionStemLoudness& l : sec.stemLoudness)
                    if (l.name == t.name && l.loudnessLufs)
                        places.push_back({&sec, *l.loudnessLufs - *sec.loudnessLufs});
            }
            if (places.size() < 3)  // of two, neither is the exception
                continue;
            struct Ride {
                Place place;
                double otherLu;
            };
            std::vector<double> all;
            all.reserve(places.size());
            for (const Place& p : places)
                all.push_back(p.relativeLu);
            const double median = percentile(all, 0.5);
            std::vector<Ride> rides;
            for (const Place& p : places)
                if (std::abs(p.relativeLu - median) > kMinRideLu && median - p.relativeLu <= kMaxRideGapLu)
                    rides.push_back({p, median});
            std::sort(rides.begin(), rides.end(), [](const Ride& a, const Ride& b) {
                return std::abs(a.place.relativeLu - a.otherLu) > std::abs(b.place.relativeLu - b.otherLu);
            });
            if (rides.size() > kMaxRidesPerTrack)
                rides.resize(kMaxRidesPerTrack);
            for (const Ride& r : rides)
                rideSuggestion(t, *r.place.section, r.place.relativeLu, r.otherLu, places.size());
        }
    }

    void rideSuggestion(const TrackProfile& t, const Section& sec, double relativeLu, double otherLu, std::size_t sectionsPlayed)
    {
        const double gain = std::clamp(roundTo(otherLu - relativeLu, 0.5), -kMaxRideDb, kMaxRideDb);
        Suggestion s = make("section_ride", {SuggestionTarget::Kind::Track, {t.name}}, t.type, SuggestionType::Level, 2, 0.6);
        s.key += strprintf("|%.1f", sec.startS);
        param(s, "ride_gain_db", gain);
        param(s, "start_s", sec.startS);
        param(s, "end_s", sec.endS);
        const A span = A::nested(Text{C::SectionSpan, {sectionNameArg(sec), A::number(sec.startS, 1), A::number(sec.endS, 1)}});
        s.say({gain > 0 ? C::SuggestRideUpTitle : C::SuggestRideDownTitle, {A::string(t.name), A::number(std::abs(gain), 1), span}},
              {C::SuggestRideHow, {A::string(t.name), span}},
              {C::SuggestRideWhy, {span, A::string(t.name), A::signedNumber(relativeLu, 1), A::signedNumber(otherLu, 1),
                                   A::number(static_cast<double>(sectionsPlayed), 0)}});
        s.evidence = {Evidence::of("section_relative_lu", relativeLu, "LU", {}),
                      Evidence::of("sections_median_relative_lu", otherLu, "LU", {}),
                      Evidence::of("section_ride_lu", otherLu - relativeLu, "LU", cmp(C::CmpMagnitudeAtLeast, kMinRideLu, 0, "LU"))};
        m_out.push_back(std::move(s));
    }

    bool isLead(const TrackProfile& t) const { return std::find(m_leads.begin(), m_leads.end(), t.name) != m_leads.end(); }


    const std::vector<TrackProfile>& m_tracks;
    const RuleContext& m_c;
    const std::optional<SessionMixMeasure>& m_mix;
    SuggestionSet& m_set;
    std::vector<Suggestion>& m_out;
    std::vector<std::size_t> m_stems;
    std::vector<std::string> m_leads;
};

}  // namespace

void runSessionRules(const std::vector<TrackProfile>& tracks, const RuleContext& context,
                     const std::optional<SessionMixMeasure>& mix, SuggestionSet& set, std::vector<Suggestion>& out)
{
    SessionRules(tracks, context, mix, set, out).run();
}

}  // namespace stemwise::core
