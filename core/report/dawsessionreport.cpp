#include "report/dawsessionreport.h"

#include "util/join.h"
#include "util/strprintf.h"

#include "json/jsonvalues.h"

#include <cmath>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

using jsonvalues::num;

Json trackJson(const DawTrack& t)
{
    Json plugins = Json::array();
    for (const auto& p : t.plugins)
        plugins.push_back({{"name", p.name},
                           {"kind", std::string(pluginKindName(p.kind))},
                           {"format", p.format},
                           {"identifier", p.identifier},
                           {"active", p.active},
                           {"container", p.container}});
    Json sends = Json::array();
    for (const auto& s : t.sends)
        sends.push_back({{"target", s.target},
                         {"gain_db", num(s.gainDb)},
                         {"pan", s.pan ? Json(*s.pan) : Json(nullptr)},
                         {"pre_fader", s.preFader},
                         {"muted", s.muted}});
    Json files = Json::array();
    for (const auto& f : t.files)
        files.push_back({{"path", f.path},
                         {"resolved", f.resolved.empty() ? Json(nullptr) : Json(f.resolved.string())},
                         {"outside_session", f.outside},
                         {"exists", f.exists}});
    return Json{{"name", t.name},
                {"bus", t.bus},
                {"channels", t.channels},
                {"gain_db", num(t.gainDb)},
                {"trim_db", num(t.trimDb)},
                {"pan", t.pan},
                {"mute", t.mute},
                {"solo", t.solo},
                {"polarity_inverted", t.polarityInverted},
                {"plugins", std::move(plugins)},
                {"sends", std::move(sends)},
                {"outputs", t.outputs},
                {"vcas", t.vcas},
                {"vca_gain_db", num(t.vcaGainDb)},
                {"vca_muted", t.vcaMuted},
                {"files", std::move(files)}};
}

std::string dbText(double db)
{
    return std::isfinite(db) ? strprintf("%+.1f dB", db) : std::string("-inf dB");
}

std::string secondsText(double s)
{
    return strprintf("%.3f s", s);
}

}  // namespace

std::string panText(double pan)
{
    const long percent = std::lround(std::abs(pan) * 100.0);
    if (percent == 0)
        return "C";
    return strprintf("%s %ld", pan < 0.0 ? "L" : "R", percent);
}

std::string dawSessionReportJson(const DawSession& s, int indent)
{
    Json tempos = Json::array();
    for (const auto& t : s.tempos)
        tempos.push_back({{"time_s", t.timeS}, {"bpm", t.bpm}});
    Json meters = Json::array();
    for (const auto& m : s.meters)
        meters.push_back({{"time_s", m.timeS}, {"numerator", m.numerator}, {"denominator", m.denominator}});
    Json markers = Json::array();
    for (const auto& m : s.markers)
        markers.push_back({{"name", m.name}, {"time_s", m.timeS}});
    Json ranges = Json::array();
    for (const auto& r : s.ranges)
        ranges.push_back({{"name", r.name}, {"start_s", r.startS}, {"end_s", r.endS}});
    Json tracks = Json::array();
    for (const auto& t : s.tracks)
        tracks.push_back(trackJson(t));
    const Json doc{
        {"schema", "stemwise.daw-session/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"file", s.file.string()},
        {"daw", std::string(dawKindName(s.kind))},
        {"name", s.name},
        {"created_with", s.createdWith},
        {"sample_rate_hz", s.sampleRateHz ? Json(*s.sampleRateHz) : Json(nullptr)},
        {"tempo_bpm", s.tempoBpm ? Json(*s.tempoBpm) : Json(nullptr)},
        {"time_signature", s.timeSignature ? Json{{"numerator", s.timeSignature->numerator},
                                                  {"denominator", s.timeSignature->denominator}}
                                           : Json(nullptr)},
        {"tempo_changes", std::move(tempos)},
        {"time_signature_changes", std::move(meters)},
        {"markers", std::move(markers)},
        {"ranges", std::move(ranges)},
        {"session_range", s.sessionRange ? Json{{"start_s", s.sessionRange->startS}, {"end_s", s.sessionRange->endS}}
                                         : Json(nullptr)},
        {"master", s.master ? trackJson(*s.master) : Json(nullptr)},
        {"tracks", std::move(tracks)},
        {"warnings", s.warnings}};
    return jsonvalues::dump(doc, indent);
}

std::string dawSessionReportText(const DawSession& s)
{
    std::string out = strprintf("%s session '%s'%s%s\n", s.kind == DawKind::Ardour ? "Ardour" : "REAPER", s.name.c_str(),
                                s.createdWith.empty() ? "" : (" (" + s.createdWith + ")").c_str(),
                                s.sampleRateHz ? strprintf(", %.0f Hz", *s.sampleRateHz).c_str() : "");
    std::string tempo = s.tempoBpm ? strprintf("%.2f BPM", *s.tempoBpm) : std::string("not set");
    if (s.timeSignature)
        tempo += strprintf(" in %d/%d", s.timeSignature->numerator, s.timeSignature->denominator);
    for (std::size_t i = 1; i < s.tempos.size(); ++i)
        tempo += strprintf("; %.2f BPM from %s", s.tempos[i].bpm, secondsText(s.tempos[i].timeS).c_str());
    for (std::size_t i = 1; i < s.meters.size(); ++i)
        tempo += strprintf("; %d/%d from %s", s.meters[i].numerator, s.meters[i].denominator,
                           secondsText(s.meters[i].timeS).c_str());
    out += "Tempo: " + tempo + "\n";
    out += "Markers:";
    if (s.markers.empty())
        out += " none";
    for (const auto& m : s.markers)
        out += strprintf("\n  %10s  %s", secondsText(m.timeS).c_str(), m.name.c_str());
    out += "\nRanges:";
    if (s.ranges.empty())
        out += " none";
    for (const auto& r : s.ranges)
        out += strprintf("\n  %10s - %10s  %s", secondsText(r.startS).c_str(), secondsText(r.endS).c_str(), r.name.c_str());
    if (s.sessionRange)
        out += strprintf("\nSession: %s - %s", secondsText(s.sessionRange->startS).c_str(),
                         secondsText(s.sessionRange->endS).c_str());
    out += "\n\n";
    out += strprintf("%-24s %-6s %10s %9s %6s  %-4s %-4s %s\n", "Track", "Type", "Gain", "Trim", "Pan", "Mute", "Solo",
                     "Polarity");
    auto row = [&](const DawTrack& t, const char* type) {
        out += strprintf("%-24s %-6s %10s %9s %6s  %-4s %-4s %s\n", t.name.c_str(), type, dbText(t.gainDb).c_str(),
                         dbText(t.trimDb).c_str(), panText(t.pan).c_str(), t.mute ? "yes" : "-", t.solo ? "yes" : "-",
                         t.polarityInverted ? "inverted" : "-");
        for (const auto& p : t.plugins)
            out += strprintf("    plug-in  %s [%s%s%s]%s\n", p.name.c_str(), std::string(pluginKindName(p.kind)).c_str(),
                             p.format.empty() ? "" : ", ", p.format.c_str(),
                             (std::string(p.active ? "" : " (bypassed)") + (p.container.empty() ? "" : " in " + p.container)).c_str());
        for (const auto& snd : t.sends)
            out += strprintf("    send     to %s at %s%s%s%s\n", snd.target.c_str(), dbText(snd.gainDb).c_str(),
                             snd.preFader ? ", pre-fader" : ", post-fader", snd.pan ? (", pan " + panText(*snd.pan)).c_str() : "",
                             snd.muted ? ", muted" : "");
        for (const auto& o : t.outputs)
            out += strprintf("    output   %s\n", o.c_str());
        if (!t.vcas.empty())
            out += strprintf("    VCA      %s: %s%s\n", joinedWithCommas(t.vcas).c_str(), dbText(t.vcaGainDb).c_str(),
                             t.vcaMuted ? ", muted" : "");
        for (const auto& f : t.files)
            out += strprintf("    file     %s%s\n", f.path.c_str(),
                             f.outside ? "  (outside the session folder: not opened)" : f.exists ? "" : "  (missing)");
    };
    for (const auto& t : s.tracks)
        row(t, t.bus ? "bus" : "track");
    if (s.master)
        row(*s.master, "master");
    if (s.tracks.empty())
        out += "(no tracks)\n";
    for (const auto& w : s.warnings)
        out += "Warning: " + w + "\n";
    return out;
}

namespace {

std::string dawName(DawKind kind)
{
    return kind == DawKind::Ardour ? "Ardour" : "REAPER";
}

}  // namespace

std::string followReportJson(const FollowState& state, const FollowReportInfo& info, int indent)
{
    Json tracks = Json::array();
    for (const auto& t : state.tracks)
        tracks.push_back({{"number", t.number},
                          {"name", t.track.name},
                          {"gain_db", t.gainKnown ? num(t.track.gainDb) : Json(nullptr)},
                          {"gain_known", t.gainKnown},
                          {"trim_db", t.track.trimDb},
                          {"pan", t.track.pan},
                          {"mute", t.track.mute},
                          {"solo", t.track.solo},
                          {"selected", t.selected},
                          {"fader_position", t.faderPosition ? Json(*t.faderPosition) : Json(nullptr)}});
    const FollowedTrack* selected = state.selected();
    const FollowCounters& c = state.counters;
    const Json doc{
        {"schema", "stemwise.daw-follow/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"daw", std::string(dawKindName(state.daw))},
        {"daw_host", info.dawHost},
        {"daw_port", info.dawPort},
        {"listen_port", info.listenPort},
        {"status", std::string(followStatusName(state.status))},
        {"duration_s", info.durationS},
        {"seconds_since_last_message", state.sinceLastMessageS ? Json(*state.sinceLastMessageS) : Json(nullptr)},
        {"messages",
         {{"received", c.received},
          {"applied", c.applied},
          {"unknown", c.unknown},
          {"malformed", c.malformed},
          {"refused", c.refused}}},
        {"subscriptions", c.subscriptions},
        {"states_published", c.published},
        {"selected", selected ? Json(selected->track.name) : Json(nullptr)},
        {"tracks", std::move(tracks)}};
    return jsonvalues::dump(doc, indent);
}

std::string followReportText(const FollowState& state, const FollowReportInfo& info)
{
    const FollowCounters& c = state.counters;
    std::string out = strprintf("%s at %s:%d, listening on port %d: %s after %.1f s\n", dawName(state.daw).c_str(),
                                info.dawHost.c_str(), info.dawPort, info.listenPort,
                                std::string(followStatusName(state.status)).c_str(), info.durationS);
    out += strprintf("Messages: %llu received, %llu applied, %llu not followed, %llu malformed, %llu refused; "
                     "%llu subscriptions sent\n\n",
                     static_cast<unsigned long long>(c.received), static_cast<unsigned long long>(c.applied),
                     static_cast<unsigned long long>(c.unknown), static_cast<unsigned long long>(c.malformed),
                     static_cast<unsigned long long>(c.refused), static_cast<unsigned long long>(c.subscriptions));
    out += strprintf("%4s  %-24s %10s %6s  %-4s %-4s %s\n", "#", "Track", "Gain", "Pan", "Mute", "Solo", "Selected");
    for (const auto& t : state.tracks)
        out += strprintf("%4d  %-24s %10s %6s  %-4s %-4s %s\n", t.number, t.track.name.c_str(),
                         t.gainKnown ? dbText(t.track.gainDb).c_str() : "?", panText(t.track.pan).c_str(),
                         t.track.mute ? "yes" : "-", t.track.solo ? "yes" : "-", t.selected ? "yes" : "-");
    if (state.tracks.empty())
        out += "(no tracks)\n";
    return out;
}

}  // namespace stemwise::core
