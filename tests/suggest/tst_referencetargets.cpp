// The user's references feed the suggestions' targets (issue 19, point 5), on profiles whose
// figures are known by construction. Five "pop" references hold 10, 12, 14, 16 and 18 % of their
// energy in the low mids and have loudness ranges of 5 … 9 LU: their 10th and 90th percentiles
// are 10.8 and 17.2 % and 5.4 and 8.6 LU (ranks 0.4 and 3.6 of five evenly spaced values).
// A mix with 28 % low mids and an LRA of 12 LU is held to them: a 3 dB low-mid cut (its excess
// over 17.2 %, 2.1 dB, plus 1, to the half dB) instead of the 1.5 dB a typical mix's 25 % asks,
// and a levelling compressor the typical mix's 15 LU would not ask, each with evidence that
// says "outside 90 % of your references" and a reasoning that says where the limit came from.
// References that hold more low mids than the mix loosen the limit (no cut); a stem is never
// held to them; fewer than three references of the genre (ratings counted) give no target.
#include "tolerance.h"

#include "compare/referencestyle.h"
#include "store/referencerepository.h"
#include "store/store.h"
#include "suggest/suggestionengine.h"
#include "workflow/referencetargets.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace stemwise;

namespace {

constexpr std::size_t kLowMids = 2;

// Shares of the seven bands summing to 1 with `lowMids` in the low mids.
void setShares(core::TrackProfile& p, double lowMids)
{
    const double rest = (1.0 - lowMids) / 6.0;
    for (std::size_t b = 0; b < core::kBandCount; ++b) {
        p.spectrum.bands[b].share = b == kLowMids ? lowMids : rest;
        p.spectrum.bands[b].levelDb = -10.0 + 10.0 * std::log10(p.spectrum.bands[b].share);
    }
}

core::TrackProfile profile(const std::string& name, const std::string& type, double lowMids, double lraLu)
{
    core::TrackProfile p;
    p.name = name;
    p.type = type;
    p.typeSource = "user";
    p.loudness.integratedLufs = -10.0;
    p.loudness.truePeakDbtp = -1.0;
    p.loudness.lraLu = lraLu;
    for (int i = 0; i < 40; ++i)  // a short-term curve for the compressor's threshold
        p.loudness.shortTermCurveLufs.push_back(-16.0 + 0.3 * i);
    p.dynamics.peakDbfs = -1.0;
    p.dynamics.crestDb = 10.0;
    p.spectrum.ltasFrequencyHz = {20.0, 20000.0};
    p.spectrum.ltasDb = {-40.0, -40.0};
    setShares(p, lowMids);
    return p;
}

std::vector<core::TrackProfile> library(double firstLowMids)
{
    std::vector<core::TrackProfile> out;
    for (int i = 0; i < 5; ++i)
        out.push_back(profile("Record " + std::to_string(i), "mix", firstLowMids + 0.02 * i, 5.0 + i));
    return out;
}

core::StyleTargets targetsOf(const std::vector<core::TrackProfile>& references)
{
    std::vector<core::StyleExample> examples;
    for (const auto& r : references)
        examples.push_back({&r, nullptr, 1.0});
    auto targets = core::styleTargetsOf(core::learnReferenceStyle(examples), "pop");
    if (!targets)
        qFatal("no targets from %zu references", references.size());
    return *targets;
}

const core::Suggestion* find(const core::SuggestionSet& set, const std::string& rule)
{
    const auto it = std::find_if(set.suggestions.begin(), set.suggestions.end(),
                                 [&](const core::Suggestion& s) { return s.rule == rule; });
    return it == set.suggestions.end() ? nullptr : &*it;
}

const core::Evidence* evidence(const core::Suggestion& s, const std::string& measure)
{
    const auto it = std::find_if(s.evidence.begin(), s.evidence.end(),
                                 [&](const core::Evidence& e) { return e.measure == measure; });
    return it == s.evidence.end() ? nullptr : &*it;
}

core::SuggestionSet suggest(const core::TrackProfile& track, std::optional<core::StyleTargets> style)
{
    core::SuggestionContext context;
    context.genre = "pop";
    context.style = std::move(style);
    return core::SuggestionEngine::run({track}, context, {});
}

}  // namespace

class TestReferenceTargets : public QObject {
    Q_OBJECT
private slots:
    void theReferencesDistributionsAreTheTargets();
    void aMixIsHeldToItsReferences();
    void referencesWithMoreLowMidsLoosenTheLimit();
    void aStemIsNotHeldToThem();
    void fewerThanThreeReferencesGiveNoTarget();
    void theLibrarysGenreAndRatingsDecide();
};

void TestReferenceTargets::theReferencesDistributionsAreTheTargets()
{
    const core::StyleTargets t = targetsOf(library(0.10));
    QCOMPARE(t.genre, std::string("pop"));
    const core::StyleTarget& lowMids = t.features.at("band_low_mids_share");
    QCOMPARE(lowMids.references, 5);
    COMPARE_NEAR(lowMids.p10, 0.108, 1e-12);
    COMPARE_NEAR(lowMids.median, 0.14, 1e-12);
    COMPARE_NEAR(lowMids.p90, 0.172, 1e-12);
    const core::StyleTarget& lra = t.features.at("lra_lu");
    COMPARE_NEAR(lra.p10, 5.4, 1e-12);
    COMPARE_NEAR(lra.p90, 8.6, 1e-12);
}

void TestReferenceTargets::aMixIsHeldToItsReferences()
{
    const core::TrackProfile mix = profile("Mix", "mix", 0.28, 12.0);

    // A typical mix: at most 25 % low mids, 15 LU. 10·log10(0.28/0.25) = 0.49 dB over: a 1.5 dB cut.
    const core::SuggestionSet typical = suggest(mix, std::nullopt);
    const core::Suggestion* cut = find(typical, "low_mid_cut");
    QVERIFY(cut);
    COMPARE_NEAR(*cut->number("gain_db"), -1.5, 1e-9);
    QCOMPARE(evidence(*cut, "low_mids_share")->comparison, std::string("> 0.25 (typical mix)"));
    QVERIFY(!find(typical, "compression"));

    // The references: 10·log10(0.28/0.172) = 2.12 dB over: a 3 dB cut; 12 LU > 8.6 LU: compression.
    const core::SuggestionSet held = suggest(mix, targetsOf(library(0.10)));
    cut = find(held, "low_mid_cut");
    QVERIFY(cut);
    COMPARE_NEAR(*cut->number("gain_db"), -3.0, 1e-9);
    const core::Evidence* share = evidence(*cut, "low_mids_share");
    QVERIFY(share);
    QCOMPARE(share->comparison,
             std::string("> 0.172: outside 90 % of your references (10–90 %: 0.108 to 0.172, 5 references)"));
    QCOMPARE(share->comparisonText.code, core::TextCode::CmpOutsideReferences);
    QVERIFY2(cut->reasoning.ends_with("The limit is the 90th percentile of your 5 pop references, not a typical mix's."),
             cut->reasoning.c_str());
    QVERIFY2(cut->reasoning.find("at most 17.2 %") != std::string::npos, cut->reasoning.c_str());
    const core::Suggestion* compression = find(held, "compression");
    QVERIFY(compression);
    const core::Evidence* lra = evidence(*compression, "lra_lu");
    QVERIFY(lra);
    QCOMPARE(lra->comparison,
             std::string("> 8.6 LU: outside 90 % of your references (10–90 %: 5.4 LU to 8.6 LU, 5 references)"));
}

void TestReferenceTargets::referencesWithMoreLowMidsLoosenTheLimit()
{
    // 22 … 30 %: the 90th percentile 29.2 % lies above the mix's 28 %.
    const core::SuggestionSet held = suggest(profile("Mix", "mix", 0.28, 6.0), targetsOf(library(0.22)));
    QVERIFY(!find(held, "low_mid_cut"));
}

void TestReferenceTargets::aStemIsNotHeldToThem()
{
    // A pad with 40 % low mids is judged as a pad (at most 35 %), whatever the references say.
    const core::TrackProfile pad = profile("Pad", "pad", 0.40, 12.0);
    const core::SuggestionSet typical = suggest(pad, std::nullopt);
    const core::SuggestionSet held = suggest(pad, targetsOf(library(0.10)));
    QCOMPARE(held.suggestions.size(), typical.suggestions.size());
    for (std::size_t i = 0; i < held.suggestions.size(); ++i) {
        QCOMPARE(held.suggestions[i].rule, typical.suggestions[i].rule);
        QCOMPARE(held.suggestions[i].reasoning, typical.suggestions[i].reasoning);
    }
    QVERIFY(find(held, "low_mid_cut"));
}

void TestReferenceTargets::fewerThanThreeReferencesGiveNoTarget()
{
    auto two = library(0.10);
    two.resize(2);
    std::vector<core::StyleExample> examples;
    for (const auto& r : two)
        examples.push_back({&r, nullptr, 1.0});
    QVERIFY(!core::styleTargetsOf(core::learnReferenceStyle(examples), "pop"));
}

void TestReferenceTargets::theLibrarysGenreAndRatingsDecide()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(std::filesystem::path(dir.path().toStdString()) / "targets.sqlite");
    QVERIFY(opened.store);
    core::Database& db = opened.store->db();
    core::ReferenceRepository repository(db);
    std::vector<std::int64_t> ids;
    const auto refs = library(0.10);
    for (std::size_t i = 0; i < refs.size(); ++i)
        ids.push_back(repository.add(refs[i], "hash" + std::to_string(i), "Pop"));
    repository.add(profile("Other", "mix", 0.5, 20.0), "other", "metal");

    auto targets = core::referenceStyleTargets(db, "pop");
    QVERIFY(targets);
    COMPARE_NEAR(targets->features.at("band_low_mids_share").p90, 0.172, 1e-12);
    QVERIFY(!core::referenceStyleTargets(db, ""));      // no genre: no style
    QVERIFY(!core::referenceStyleTargets(db, "jazz"));  // none of the genre
    QVERIFY(!core::referenceStyleTargets(db, "metal")); // one

    // Record 4 (18 %) rated the sound I want: the 90th percentile moves up to 17.4 % (weights
    // 1, 1, 1, 1, 2: positions 0, 1, 2, 3 and 4.5 of 4.5, so 0.9 lies at 4.05, 0.7 of the way
    // from 16 to 18 %).
    QVERIFY(repository.setRating(ids[4], core::kReferenceSoundIWant));
    targets = core::referenceStyleTargets(db, "pop");
    QVERIFY(targets);
    COMPARE_NEAR(targets->features.at("band_low_mids_share").p90, 0.174, 1e-12);
    // Three rated not my style: two left, no target.
    for (std::size_t i : {0, 1, 2})
        QVERIFY(repository.setRating(ids[i], core::kReferenceNotMyStyle));
    QVERIFY(!core::referenceStyleTargets(db, "pop"));
}

QTEST_GUILESS_MAIN(TestReferenceTargets)
#include "tst_referencetargets.moc"
