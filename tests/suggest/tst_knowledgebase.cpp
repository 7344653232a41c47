// The knowledge base's expected ranges (suggest/knowledgebase.h, TypeKnowledge::expected;
// issue 21: 'continuous expected ranges'): every track type, with and without each genre, has
// an expected share in each of the seven bands, and the bands run from 20 Hz to 20 kHz edge to
// edge, so the shading of the spectrum view has no hole; where a rule checks a band, the
// expected range is that rule's limit, so what is shaded and what is flagged agree.
#include "analysis/tracktype.h"
#include "suggest/knowledgebase.h"

#include <QTest>

#include <optional>
#include <string>

using namespace stemwise;

class TestKnowledgeBase : public QObject {
    Q_OBJECT
private slots:
    void theBandsRunFrom20HzTo20kHzWithoutAGap();
    void everyTypeExpectsAShareInEveryBand();
    void checkedLimitsAreTheExpectedRangesEdges();
};

void TestKnowledgeBase::theBandsRunFrom20HzTo20kHzWithoutAGap()
{
    QCOMPARE(core::kBands.front().lowHz, 20.0);
    QCOMPARE(core::kBands.back().highHz, 20000.0);
    for (std::size_t b = 0; b + 1 < core::kBandCount; ++b)
        QCOMPARE(core::kBands[b].highHz, core::kBands[b + 1].lowHz);
}

void TestKnowledgeBase::everyTypeExpectsAShareInEveryBand()
{
    std::vector<std::optional<std::string>> genres{std::nullopt};
    for (auto g : core::knownGenres())
        genres.emplace_back(std::string(g));
    for (auto type : core::kTrackTypes) {
        for (const auto& genre : genres) {
            const core::TypeKnowledge k = core::typeKnowledge(type, genre);
            QCOMPARE(k.type, type);
            for (std::size_t b = 0; b < core::kBandCount; ++b) {
                const core::ShareRange& e = k.expected[b];
                const QByteArray where = QByteArray(type.data(), static_cast<qsizetype>(type.size())) + ' '
                                         + core::kBands[b].key + ' ' + QByteArray(genre.value_or("-").c_str());
                QVERIFY2(e.min >= 0.0, where.constData());
                QVERIFY2(e.max > e.min, where.constData());
                QVERIFY2(e.max <= 1.0, where.constData());
            }
        }
    }
}

void TestKnowledgeBase::checkedLimitsAreTheExpectedRangesEdges()
{
    for (auto type : core::kTrackTypes) {
        const core::TypeKnowledge k = core::typeKnowledge(type);
        for (std::size_t b = 0; b < core::kBandCount; ++b) {
            if (k.bands[b].max < 1.0)
                QCOMPARE(k.expected[b].max, k.bands[b].max);
            if (k.bands[b].min > 0.0)
                QCOMPARE(k.expected[b].min, k.bands[b].min);
        }
    }
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
