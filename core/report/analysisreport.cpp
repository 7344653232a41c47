#include "report/analysisreport.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

Json num(double v)
{
    return std::isfinite(v) ? Json(v) : Json();
}

Json opt(const OptDouble& v)
{
    return v ? num(*v) : Json();
}

Json optArray(const std::vector<OptDouble>& values)
{
    Json a = Json::array();
    for (const auto& v : values)
        a.push_back(opt(v));
    return a;
}

Json numArray(const std::vector<double>& values)
{
    Json a = Json::array();
    for (double v : values)
        a.push_back(num(v));
    return a;
}

// 44100 rather than 44100.0; a fractional rate (rare, but some files declare one) stays exact.
Json sampleRateJson(double hz)
{
    const auto whole = static_cast<std::int64_t>(hz);
    return static_cast<double>(whole) == hz ? Json(whole) : Json(hz);
}

Json formatJson(const TrackProfile& p)
{
    const AudioFileInfo& info = p.file;
    return {
        {"sample_rate", sampleRateJson(info.format.sampleRateHz)},
        {"channels", info.format.channels},
        {"frames", info.format.frames},
        {"duration_s", num(info.format.durationS())},
        {"container", info.container},
        {"container_name", info.containerName},
        {"encoding", info.encoding},
        {"encoding_name", info.encodingName},
        {"bits_per_sample", info.bitsPerSample > 0 ? Json(info.bitsPerSample) : Json()},
        {"file_size_bytes", info.fileSizeBytes},
        {"frames_missing", p.framesMissing},
    };
}

Json loudnessJson(const LoudnessProfile& l, bool series)
{
    Json j{
        {"integrated_lufs", opt(l.integratedLufs)},
        {"lra_lu", opt(l.lraLu)},
        {"momentary_max_lufs", opt(l.momentaryMaxLufs)},
        {"short_term_max_lufs", opt(l.shortTermMaxLufs)},
        {"true_peak_dbtp", opt(l.truePeakDbtp)},
        {"true_peak_per_channel_dbtp", optArray(l.truePeakPerChannelDbtp)},
    };
    if (series) {
        j["short_term_curve_lufs"] = optArray(l.shortTermCurveLufs);
        j["curve_interval_s"] = l.curveIntervalS;
    }
    return j;
}

Json dynamicsJson(const DynamicsProfile& d)
{
    Json channels = Json::array();
    for (const auto& c : d.channels)
        channels.push_back({{"peak_dbfs", opt(c.peakDbfs)}, {"rms_dbfs", opt(c.rmsDbfs)}, {"dc_offset", num(c.dcOffset)}});
    return {
        {"peak_dbfs", opt(d.peakDbfs)},
        {"rms_dbfs", opt(d.rmsDbfs)},
        {"crest_db", opt(d.crestDb)},
        {"plr_db", opt(d.plrDb)},
        {"dynamic_range_db", opt(d.dynamicRangeDb)},
        {"dc_offset", num(d.dcOffset)},
        {"clipped_samples", d.clippedSamples},
        {"clipped_runs", d.clippedRuns},
        {"non_finite_samples", d.nonFiniteSamples},
        {"leading_silence_s", opt(d.leadingSilenceS)},
        {"trailing_silence_s", opt(d.trailingSilenceS)},
        {"channels", std::move(channels)},
    };
}

Json spectrumJson(const SpectrumProfile& s, bool series)
{
    Json bands = Json::object();
    for (std::size_t b = 0; b < kBandCount; ++b)
        bands[kBands[b].key] = {{"share", num(s.bands[b].share)}, {"level_db", opt(s.bands[b].levelDb)}};
    Json dominantHz = Json::array();
    Json dominant = Json::array();
    for (const auto& p : s.dominant) {
        dominantHz.push_back(num(p.frequencyHz));
        dominant.push_back({{"frequency_hz", num(p.frequencyHz)}, {"level_db", num(p.levelDb)}});
    }
    Json resonances = Json::array();
    for (const auto& r : s.resonances)
        resonances.push_back({{"frequency_hz", num(r.frequencyHz)}, {"gain_db", num(r.gainDb)}, {"q", num(r.q)}});
    Json j{
        {"bands", std::move(bands)},
        {"centroid_hz", opt(s.centroidHz)},
        {"rolloff_85_hz", opt(s.rolloff85Hz)},
        {"flatness", opt(s.flatness)},
        {"dominant_hz", std::move(dominantHz)},
        {"dominant", std::move(dominant)},
        {"resonances", std::move(resonances)},
        {"sibilance",
         {{"fraction", num(s.sibilance.fraction)},
          {"peak_hz", opt(s.sibilance.peakHz)},
          {"excess_db", opt(s.sibilance.excessDb)}}},
    };
    if (series)
        j["ltas"] = {{"frequency_hz", numArray(s.ltasFrequencyHz)}, {"level_db", numArray(s.ltasDb)}};
    return j;
}

Json stereoJson(const StereoProfile& s)
{
    Json low = Json::array();
    for (const auto& b : s.lowBandCorrelation)
        low.push_back({{"low_hz", num(b.lowHz)}, {"high_hz", num(b.highHz)}, {"correlation", opt(b.correlation)}});
    return {
        {"is_stereo", s.isStereo},
        {"correlation", opt(s.correlation)},
        {"width", opt(s.width)},
        {"balance_db", opt(s.balanceDb)},
        {"mono_loss_db", opt(s.monoLossDb)},
        {"low_band_correlation", std::move(low)},
    };
}

Json rhythmJson(const RhythmProfile& r, bool series)
{
    Json candidates = Json::array();
    for (const auto& c : r.tempoCandidates)
        candidates.push_back({{"bpm", num(c.bpm)}, {"confidence", num(c.confidence)}, {"relation", c.relation}});
    Json j{
        {"tempo_bpm", opt(r.tempoBpm)},
        {"tempo_confidence", opt(r.tempoConfidence)},
        {"tempo_candidates", std::move(candidates)},
        {"onsets_per_s", num(r.onsetsPerS)},
        {"transient_density_per_s", num(r.transientDensity)},
        {"pulse_clarity", opt(r.pulseClarity)},
        {"onset_count", r.onsetTimesS.size()},
    };
    if (series)
        j["onset_times_s"] = numArray(r.onsetTimesS);
    return j;
}

Json tonalJson(const TonalProfile& t)
{
    Json candidates = Json::array();
    for (const auto& c : t.keyCandidates)
        candidates.push_back({{"key", c.key}, {"confidence", num(c.confidence)}, {"relation", c.relation}});
    return {
        {"f0_median_hz", opt(t.f0MedianHz)},
        {"f0_min_hz", opt(t.f0MinHz)},
        {"f0_max_hz", opt(t.f0MaxHz)},
        {"hnr_db", opt(t.hnrDb)},
        {"voiced_fraction", num(t.voicedFraction)},
        {"key", t.key ? Json(*t.key) : Json()},
        {"key_confidence", opt(t.keyConfidence)},
        {"key_candidates", std::move(candidates)},
        {"tonalness", opt(t.tonalness)},
    };
}

Json issuesJson(const std::vector<TrackIssue>& issues)
{
    Json out = Json::array();
    for (const auto& issue : issues) {
        Json evidence = Json::array();
        for (const auto& e : issue.evidence)
            evidence.push_back({{"measure", e.measure}, {"value", num(e.value)}, {"unit", e.unit}, {"comparison", e.comparison}});
        out.push_back({{"code", issue.code},
                       {"severity", severityName(issue.severity)},
                       {"message", issue.message},
                       {"evidence", std::move(evidence)}});
    }
    return out;
}

Json trackJson(const TrackProfile& p, bool series)
{
    Json patterns = Json::array();
    for (const auto& t : p.patterns)
        patterns.push_back({{"tag", t.tag}, {"evidence", t.evidence}});
    Json breakdown = Json::array();
    for (const auto& item : p.scoreBreakdown)
        breakdown.push_back({{"reason", item.reason}, {"points", num(item.points)}});
    Json versions = Json::object();
    for (const auto& [id, version] : p.analyzerVersions)
        versions[id] = version;
    return {
        {"path", p.file.path.string()},
        {"name", p.name},
        {"type", p.type},
        {"type_source", p.typeSource},
        {"format", formatJson(p)},
        {"loudness", loudnessJson(p.loudness, series)},
        {"dynamics", dynamicsJson(p.dynamics)},
        {"spectrum", spectrumJson(p.spectrum, series)},
        {"stereo", stereoJson(p.stereo)},
        {"rhythm", rhythmJson(p.rhythm, series)},
        {"tonal", tonalJson(p.tonal)},
        {"patterns", std::move(patterns)},
        {"issues", issuesJson(p.issues)},
        {"quality_score", num(p.qualityScore)},
        {"score_breakdown", std::move(breakdown)},
        {"analyzer_versions", std::move(versions)},
        {"analysis_time_s", num(p.analysisSeconds)},
    };
}

}  // namespace

std::string trackNameFromPath(const std::filesystem::path& path)
{
    return path.stem().string();
}

std::string analysisReportJson(const AnalysisReportInput& input, const ReportOptions& options)
{
    Json tracks = Json::array();
    for (const auto& profile : input.tracks)
        tracks.push_back(trackJson(profile, options.includeSeries));
    Json errors = Json::array();
    for (const auto& e : input.errors)
        errors.push_back({{"path", e.path.string()}, {"error", e.error}});

    const Json doc{
        {"schema", "stemwise.analysis/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"tracks", std::move(tracks)},
        {"errors", std::move(errors)},
    };
    // Replace invalid UTF-8 in file names rather than throwing: a name is never a reason to fail.
    return doc.dump(options.indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace stemwise::core
