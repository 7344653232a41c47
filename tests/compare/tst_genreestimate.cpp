// The genre estimate against the user's tagged references (compare/genreestimate.h), on a
// synthetic reference library whose distributions are known by construction: two genres whose
// references differ in balance, dynamics and tempo, each with a known mean and spread. A mix
// at one genre's mean is that genre, with the probability the Gaussian model gives exactly; a
// mix between them is uncertain (close runner-up); a genre with one reference is uncertain
// (few references); a mix far from both says so; the session's tempo stands in for the mix's.
#include "compare/genreestimate.h"
#include "suggest/knowledgebase.h"
#include "tolerance.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace stemwise;

namespace {

// A mix profile: bands at `tilt` dB per band step from a 0 dB bass band, relative to -10 LUFS;
// PLR, LRA and tempo as given.
core::TrackProfile mix(double tilt, double plr, double lra, double bpm)
{
    core::TrackProfile p;
    p.loudness.integratedLufs = -10.0;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        p.spectrum.bands[b].levelDb = -10.0 + tilt * (static_cast<double>(b) - 1.0);
    p.dynamics.plrDb = plr;
    p.loudness.lraLu = lra;
    p.rhythm.tempoBpm = bpm;
    return p;
}

}  // namespace

class TestGenreEstimate : public QObject {
    Q_OBJECT
private slots:
    void theNearestGenreWithTheGaussianProbability();
    void betweenTwoGenresItIsUncertain();
    void oneReferenceIsTooFewAndFarIsSaid();
    void nothingToCompareIsNoEstimate();
    void builtInProfilesAreTheGenresTheRulesKnow();
    void anEmptyLibraryIsComparedWithTheBuiltInProfiles();
    void builtInProfilesThatTieAreUncertain();
    void twoReferencesOfAGenreReplaceItsProfile();
};

// "edm": tilt -3 dB/band, PLR 6, LRA 4, 128 BPM; "jazz": tilt -6, PLR 14, LRA 10, 100 BPM; three
// references each, at mean ± the same offsets, so each genre's sample spread is known: the
// offsets -d, 0, +d have a sample standard deviation of d.
void TestGenreEstimate::theNearestGenreWithTheGaussianProbability()
{
    std::vector<core::TrackProfile> refs;
    for (double d : {-1.0, 0.0, 1.0}) {
        refs.push_back(mix(-3.0 + 0.5 * d, 6.0 + 2.0 * d, 4.0 + 2.0 * d, 128.0 * std::pow(2.0, 0.2 * d)));
        refs.push_back(mix(-6.0 + 0.5 * d, 14.0 + 2.0 * d, 10.0 + 2.0 * d, 100.0 * std::pow(2.0, 0.2 * d)));
    }
    std::vector<core::GenreExample> examples;
    for (std::size_t i = 0; i < refs.size(); ++i)
        examples.push_back({i % 2 == 0 ? "edm" : "jazz", &refs[i]});
    const auto e = core::estimateGenre(mix(-3.0, 6.0, 4.0, 128.0), examples);
    QVERIFY(e.has_value());
    QCOMPARE(e->genre, std::string("edm"));
    QCOMPARE(e->runnerUp, std::string("jazz"));
    QVERIFY2(!e->uncertain, e->reasons.empty() ? "" : e->reasons.front().c_str());
    // Distance to edm: 0. To jazz, per feature: band b differs by 3 dB × (b − 1), its references
    // by 0.5 dB × (b − 1) per step of d (a sample spread of 0.5 × |b − 1|, floored at 1.5);
    // PLR 8 / 2; LRA 6 / 2; tempo log2(128/100) / 0.2.
    double jazz = 0.0;
    for (int b = 0; b < 7; ++b)
        jazz += std::pow(3.0 * (b - 1) / std::max(1.5, 0.5 * std::abs(b - 1)), 2.0);
    jazz += 16.0 + 9.0 + std::pow(std::log2(1.28) / 0.2, 2.0);
    QVERIFY(std::abs(e->scores[0].distance) < 1e-9);
    QVERIFY2(std::abs(e->scores[1].distance - jazz) < 1e-6, qPrintable(QString::number(e->scores[1].distance)));
    QVERIFY(std::abs(e->confidence - 1.0 / (1.0 + std::exp(-0.5 * jazz))) < 1e-12);
    QCOMPARE(e->scores[0].features, 10);
    QCOMPARE(e->scores[0].references, 3);

    // The session's tempo stands in for the mix's own: at 100 BPM (jazz's) the tempo term moves.
    const auto slower = core::estimateGenre(mix(-3.0, 6.0, 4.0, 128.0), examples, 100.0);
    QVERIFY(slower.has_value());
    QVERIFY(std::abs(slower->scores[0].distance - std::pow(std::log2(1.28) / 0.2, 2.0)) < 1e-6);
}

void TestGenreEstimate::betweenTwoGenresItIsUncertain()
{
    std::vector<core::TrackProfile> refs;
    for (double d : {-1.0, 0.0, 1.0}) {
        refs.push_back(mix(-3.0, 6.0 + d, 6.0, 120.0));
        refs.push_back(mix(-3.0, 8.0 + d, 6.0, 120.0));
    }
    std::vector<core::GenreExample> examples;
    for (std::size_t i = 0; i < refs.size(); ++i)
        examples.push_back({i % 2 == 0 ? "pop" : "rock", &refs[i]});
    const auto e = core::estimateGenre(mix(-3.0, 7.0, 6.0, 120.0), examples);  // PLR half way
    QVERIFY(e.has_value());
    QVERIFY(std::abs(e->confidence - 0.5) < 1e-9);
    QVERIFY(e->uncertain);
    QCOMPARE(e->reasons, std::vector<std::string>{"close_runner_up"});
}

void TestGenreEstimate::oneReferenceIsTooFewAndFarIsSaid()
{
    const auto one = mix(-3.0, 6.0, 4.0, 128.0);
    const std::vector<core::GenreExample> examples{{"edm", &one}};
    const auto near = core::estimateGenre(mix(-3.0, 6.5, 4.0, 128.0), examples);
    QVERIFY(near.has_value());
    QCOMPARE(near->genre, std::string("edm"));
    QCOMPARE(near->confidence, 1.0);
    QCOMPARE(near->reasons, std::vector<std::string>{"few_references"});
    // Twice the floors for a lone reference: PLR 0.5 dB off is z = 0.25.
    QVERIFY(std::abs(near->scores[0].distance - 0.0625) < 1e-9);
    const auto far = core::estimateGenre(mix(-12.0, 20.0, 16.0, 70.0), examples);
    QVERIFY(far.has_value());
    QCOMPARE(far->reasons, (std::vector<std::string>{"few_references", "far_from_all"}));
}

void TestGenreEstimate::nothingToCompareIsNoEstimate()
{
    const auto a = mix(-3.0, 6.0, 4.0, 128.0);
    QVERIFY(!core::estimateGenre(a, {}).has_value());
    QVERIFY(!core::estimateGenre(a, {{"", &a}}).has_value());  // untagged
    core::TrackProfile silent;
    QVERIFY(!core::estimateGenre(silent, {{"edm", &a}}).has_value());
}

// One profile per genre of the knowledge base, each with positive spreads: an estimate can
// always fill the genre context the rules adjust for.
void TestGenreEstimate::builtInProfilesAreTheGenresTheRulesKnow()
{
    const auto profiles = core::builtInGenreProfiles();
    const auto known = core::knownGenres();
    QCOMPARE(profiles.size(), known.size());
    for (std::size_t i = 0; i < known.size(); ++i) {
        QCOMPARE(profiles[i].genre, known[i]);
        QVERIFY(profiles[i].plrSpreadDb > 0.0 && profiles[i].lraSpreadLu > 0.0 && profiles[i].tempoSpreadOctaves > 0.0);
    }
}

// No references: the mix at the EDM profile's centre (PLR 7.5, LRA 5.5, 126 BPM) is EDM, with
// the probability the Gaussian model gives over the eight profiles, computed here from their
// figures; the tempo separates it from pop and metal at the same loudness.
void TestGenreEstimate::anEmptyLibraryIsComparedWithTheBuiltInProfiles()
{
    const auto e = core::estimateGenre(mix(0.0, 7.5, 5.5, 126.0), {}, core::builtInGenreProfiles());
    QVERIFY(e.has_value());
    QCOMPARE(e->genre, std::string("edm"));
    QCOMPARE(e->scores.size(), std::size_t(8));
    double sum = 0.0;
    for (const auto& p : core::builtInGenreProfiles()) {
        const double z1 = (7.5 - p.plrDb) / p.plrSpreadDb;
        const double z2 = (5.5 - p.lraLu) / p.lraSpreadLu;
        const double z3 = (std::log2(126.0) - std::log2(p.tempoBpm)) / p.tempoSpreadOctaves;
        sum += std::exp(-0.5 * (z1 * z1 + z2 * z2 + z3 * z3));
    }
    QVERIFY(std::abs(e->confidence - 1.0 / sum) < 1e-9);
    QVERIFY(e->scores.front().builtIn);
    QCOMPARE(e->scores.front().references, 0);
    QCOMPARE(e->scores.front().features, 3);  // the profiles have no band balance
    QCOMPARE(e->uncertain, e->confidence < core::kGenreMinConfidence);
    // The same mix at 92 BPM is hip-hop.
    QCOMPARE(core::estimateGenre(mix(0.0, 8.5, 5.0, 92.0), {}, core::builtInGenreProfiles())->genre,
             std::string("hip-hop"));
}

// Pop and hip-hop have one PLR and LRA centre and differ by tempo: a mix at that centre with no
// tempo is as near one as the other, so the estimate is uncertain (close runner-up), about 1/2
// at most, never "few references".
void TestGenreEstimate::builtInProfilesThatTieAreUncertain()
{
    core::TrackProfile m = mix(0.0, 8.5, 5.0, 0.0);
    m.rhythm.tempoBpm.reset();
    const auto e = core::estimateGenre(m, {}, core::builtInGenreProfiles());
    QVERIFY(e.has_value());
    QVERIFY(e->uncertain);
    QVERIFY(e->confidence < 0.5);
    QCOMPARE(e->reasons, std::vector<std::string>{"close_runner_up"});
    QVERIFY((e->genre == "pop" && e->runnerUp == "hip-hop") || (e->genre == "hip-hop" && e->runnerUp == "pop"));
}

// Two references tagged "pop" at classical figures replace pop's profile: the classical-like
// mix is pop, compared with the references (not built in), and "classical" comes second.
void TestGenreEstimate::twoReferencesOfAGenreReplaceItsProfile()
{
    const core::TrackProfile a = mix(-6.0, 18.0, 14.0, 100.0);
    const core::TrackProfile b = mix(-6.0, 19.0, 15.0, 104.0);
    const auto e = core::estimateGenre(mix(-6.0, 18.5, 14.5, 102.0), {{"pop", &a}, {"pop", &b}}, core::builtInGenreProfiles());
    QVERIFY(e.has_value());
    QCOMPARE(e->genre, std::string("pop"));
    QVERIFY(!e->scores.front().builtIn);
    QCOMPARE(e->scores.front().references, 2);
    QCOMPARE(e->runnerUp, std::string("classical"));
    QCOMPARE(e->scores.size(), std::size_t(8));  // pop once
}

QTEST_APPLESS_MAIN(TestGenreEstimate)
#include "tst_genreestimate.moc"
