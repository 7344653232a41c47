// REAPER projects (.RPP): REAPER's chunk text, read line by line (a line longer than the
// limit is refused as soon as it passes it).
//
// The format, as the state chunk definitions document it: a chunk opens with "<NAME params"
// and closes with a line ">"; other lines are "KEY params". Parameters are separated by
// spaces; a parameter holding spaces is quoted with ", or ' when it holds ", or ` when it
// holds both. What is read:
//   <REAPER_PROJECT 0.1 "6.80/linux64" 1681234567
//     TEMPO 120 4 4                          bpm, time signature
//     SAMPLERATE 48000 0 0
//     MARKER 1 12.5 "Verse" 0 …              index, seconds, name, flags (bit 1: region)
//     MARKER 2 20 "Chorus" 1 / MARKER 2 30 "" 1    a region: its start, then its end
//     MASTER_VOLUME 1 0 -1 -1 1 / MASTERMUTESOLO 0 / <MASTERFXLIST …>
//     <TEMPOENVEX … PT 0 120 …>              tempo changes (seconds, bpm)
//     <TRACK {GUID}
//       NAME "Lead Vox"   VOLPAN 0.5 -0.25 -1   (linear gain, pan −1 left … +1 right)
//       MUTESOLO 1 0 0    IPHASE 1              ISBUS 1 1 (a folder parent) / 2 -1 (closes one)
//       MAINSEND 1 0                            to the folder parent or the master (0: nowhere)
//       AUXRECV 0 0 0.316 0 0 …                 a send from track 0 (mode 0 post-fader,
//                                               1 pre-FX, 3 pre-fader), linear gain, pan, mute
//       <FXCHAIN  BYPASS 0 0 0 / <VST "VST: ReaEQ (Cockos)" reaeq.dll 0 "" …> / <JS path "">
//                 / <CONTAINER …> holding its own BYPASS/plug-in pairs>
//       <ITEM  <SOURCE WAVE  FILE "Audio/vox.wav">>   (SECTION sources nest another SOURCE)
#include "daw/dawreaders.h"

#include "util/strprintf.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>

namespace stemwise::core::daw_detail {

namespace fs = std::filesystem;

namespace {

// REAPER's parameters of one line.
std::vector<std::string> tokensOf(std::string_view line)
{
    std::vector<std::string> tokens;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= line.size())
            break;
        const char q = line[i];
        if (q == '"' || q == '\'' || q == '`') {
            // Quoted: up to the same quote followed by a space or the end of the line.
            std::size_t end = i + 1;
            while (end < line.size() && !(line[end] == q && (end + 1 == line.size() || line[end + 1] == ' ' || line[end + 1] == '\t')))
                ++end;
            tokens.emplace_back(line.substr(i + 1, std::min(end, line.size()) - i - 1));
            i = end + 1;
        } else {
            std::size_t end = i;
            while (end < line.size() && line[end] != ' ' && line[end] != '\t')
                ++end;
            tokens.emplace_back(line.substr(i, end - i));
            i = end;
        }
    }
    return tokens;
}

double number(const std::vector<std::string>& t, std::size_t i, double fallback = 0.0)
{
    if (i >= t.size())
        return fallback;
    double value = 0.0;
    const std::string& s = t[i];
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr == s.data() || !std::isfinite(value))
        return fallback;
    return value;
}

// A whole number in int's range (REAPER's indices, flags, counts); `fallback` for anything
// else: a double beyond int converted to int is undefined behaviour (the fuzzer found one).
int integer(const std::vector<std::string>& t, std::size_t i, int fallback = 0)
{
    const double v = number(t, i, static_cast<double>(fallback));
    if (!(v >= -1e9 && v <= 1e9))
        return fallback;
    return static_cast<int>(v);
}

const std::string& token(const std::vector<std::string>& t, std::size_t i)
{
    static const std::string none;
    return i < t.size() ? t[i] : none;
}

bool isPluginChunk(const std::string& name)
{
    return name == "VST" || name == "AU" || name == "JS" || name == "DX" || name == "CLAP" || name == "LV2"
           || name == "VIDEO_EFFECT";
}

// "VST3: Pro-Q 3 (FabFilter)" -> format "VST3", name "Pro-Q 3 (FabFilter)".
void splitFormat(const std::string& full, std::string& format, std::string& name)
{
    const auto colon = full.find(": ");
    if (colon <= 6) {  // "VST3i: " at most; npos is larger
        format = full.substr(0, colon);
        if (format.size() > 2 && format.back() == 'i')
            format.pop_back();  // "VSTi", "VST3i", "AUi", "CLAPi": instruments
        name = full.substr(colon + 2);
    } else {
        name = full;
    }
}

DawPlugin pluginFromHeader(const std::vector<std::string>& t, bool bypassed, const std::string& container)
{
    DawPlugin p;
    const std::string& chunk = t[0];
    p.active = !bypassed;
    p.container = container;
    if (chunk == "JS") {
        // <JS "path/of/effect" "custom name">
        p.format = "JS";
        p.identifier = token(t, 1);
        p.name = !token(t, 2).empty() ? token(t, 2) : "JS: " + token(t, 1);
    } else if (chunk == "VIDEO_EFFECT") {
        p.format = "Video";
        p.name = !token(t, 1).empty() ? token(t, 1) : std::string("Video processor");
    } else {
        // <VST "VST: ReaEQ (Cockos)" reaeq.dll 0 "custom name" id…>; <AU "AU: …" "maker: name"
        // "custom name" …>; <CLAP "CLAP: …" id "custom name">; <LV2 "LV2: …" uri "custom name">
        std::string format;
        splitFormat(token(t, 1), format, p.name);
        p.format = !format.empty() ? format : chunk;
        p.identifier = token(t, 2);
        const std::size_t customAt = chunk == "VST" || chunk == "DX" ? 4 : 3;
        if (!token(t, customAt).empty() && token(t, customAt).find_first_not_of("0123456789") != std::string::npos)
            p.name = token(t, customAt);
    }
    p.kind = pluginKindFromName(p.name, p.identifier);
    return p;
}

struct Open {
    std::string name;
    long line = 0;
};

// A chunk opened inside an effect chain: CONTAINER keeps its name for the plug-ins in it.
std::string containerName(const std::vector<std::string>& t)
{
    for (std::size_t i = t.size(); i-- > 1;)
        if (!t[i].empty() && t[i] != "Container")
            return t[i];
    return "Container";
}

struct PendingReceive {
    std::size_t receiver;
    std::size_t source;
    DawSend send;
};

}  // namespace

Result<DawSession> readReaperProject(std::istream& in, const fs::path& file, const DawReadLimits& limits)
{
    DawSession out;
    out.kind = DawKind::Reaper;
    out.file = file;
    out.name = file.stem().string();
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();

    std::vector<Open> stack;
    std::vector<std::string> containers;   // FX containers open, innermost last
    bool bypassNext = false;
    std::optional<std::size_t> track;      // the <TRACK> open, index into out.tracks
    int sourceDepth = 0;                   // <SOURCE> chunks open inside an item
    std::vector<std::string> sourceTypes;  // their types (WAVE, SECTION, MIDI, …)
    std::vector<std::size_t> folders;      // folder parents open (ISBUS)
    std::vector<std::optional<std::size_t>> parents;  // per track: its folder parent
    std::vector<bool> mainSends;                      // per track: MAINSEND on (to parent or master)
    std::vector<PendingReceive> receives;
    std::map<int, DawRange> openRegions;   // REAPER region index -> its start
    bool masterSeen = false;
    DawTrack master;
    master.name = "Master";

    auto inFxChain = [&]() {
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            if (it->name == "FXCHAIN" || it->name == "MASTERFXLIST")
                return true;
            if (it->name != "CONTAINER")
                return false;
        }
        return false;
    };
    auto chainOwner = [&]() -> DawTrack* {
        if (track)
            return &out.tracks[*track];
        masterSeen = true;
        return &master;
    };

    std::string line;
    std::array<char, 1 << 16> block{};
    std::string pendingBytes;
    long lineNumber = 0;
    bool done = false;
    bool ended = false;  // the project's own chunk closed
    auto handle = [&](std::string_view raw) -> std::optional<Error> {
        ++lineNumber;
        std::string_view l = raw;
        if (!l.empty() && l.back() == '\r')
            l.remove_suffix(1);
        while (!l.empty() && (l.front() == ' ' || l.front() == '\t'))
            l.remove_prefix(1);
        if (lineNumber == 1 && l.starts_with("\xEF\xBB\xBF"))
            l.remove_prefix(3);
        if (l.empty())
            return std::nullopt;
        if (ended)
            return Error(strprintf("has text after its project chunk closed, at line %ld", lineNumber));
        if (l.front() == '>') {
            if (stack.empty())
                return Error(strprintf("closes a chunk that was never opened, at line %ld", lineNumber));
            const std::string name = stack.back().name;
            stack.pop_back();
            if (name == "TRACK" && track) {
                // Where it plays: its folder parent, else the master; nowhere without MAINSEND.
                DawTrack& tr = out.tracks[*track];
                if (mainSends[*track])
                    tr.outputs.push_back(parents[*track] ? out.tracks[*parents[*track]].name : std::string("Master"));
                track.reset();
            }
            else if (name == "CONTAINER" && !containers.empty())
                containers.pop_back();
            else if (name == "SOURCE" && sourceDepth > 0) {
                --sourceDepth;
                sourceTypes.pop_back();
            }
            if (stack.empty())
                ended = true;
            return std::nullopt;
        }
        if (l.front() == '<') {
            const auto t = tokensOf(l.substr(1));
            if (t.empty())
                return Error(strprintf("opens a chunk without a name at line %ld", lineNumber));
            if (static_cast<int>(stack.size()) >= limits.maxDepth)
                return Error(strprintf("nests chunks deeper than %d levels at line %ld", limits.maxDepth, lineNumber));
            const std::string& name = t[0];
            const std::string parent = stack.empty() ? std::string() : stack.back().name;
            if (stack.empty()) {
                if (name != "REAPER_PROJECT")
                    return Error("is not a REAPER project: it does not begin with <REAPER_PROJECT");
                if (!token(t, 2).empty())
                    out.createdWith = "REAPER " + token(t, 2);
            } else if (name == "TRACK" && parent == "REAPER_PROJECT") {
                out.tracks.emplace_back();
                parents.push_back(folders.empty() ? std::nullopt : std::optional<std::size_t>(folders.back()));
                mainSends.push_back(true);  // REAPER's default when the line is missing
                track = out.tracks.size() - 1;
            } else if (isPluginChunk(name) && inFxChain()) {
                if (DawTrack* owner = chainOwner())
                    owner->plugins.push_back(pluginFromHeader(t, bypassNext, containers.empty() ? std::string() : containers.back()));
                bypassNext = false;
            } else if (name == "CONTAINER" && inFxChain()) {
                containers.push_back(containerName(t));
                bypassNext = false;
            } else if (name == "SOURCE" && track) {
                ++sourceDepth;
                sourceTypes.push_back(token(t, 1));
            }
            stack.push_back({name, lineNumber});
            return std::nullopt;
        }
        if (stack.empty())
            return Error("is not a REAPER project: it does not begin with <REAPER_PROJECT");
        const auto t = tokensOf(l);
        const std::string& key = t[0];
        const std::string& where = stack.back().name;
        if (where == "REAPER_PROJECT") {
            if (key == "TEMPO") {
                const double bpm = number(t, 1);
                if (bpm > 0.0)
                    out.tempoBpm = bpm;
                const int num = integer(t, 2, 4);
                const int den = integer(t, 3, 4);
                if (num > 0 && den > 0)
                    out.timeSignature = DawMeter{0.0, num, den};
            } else if (key == "SAMPLERATE") {
                if (const double rate = number(t, 1); rate > 0.0)
                    out.sampleRateHz = rate;
            } else if (key == "MARKER") {
                const int index = integer(t, 1);
                const double timeS = number(t, 2);
                const std::string& name = token(t, 3);
                const bool region = (integer(t, 4) & 1) != 0;
                if (!region) {
                    out.markers.push_back({name, timeS});
                } else if (auto it = openRegions.find(index); it != openRegions.end()) {
                    it->second.endS = timeS;  // the second line of a region: its end
                    out.ranges.push_back(it->second);
                    openRegions.erase(it);
                } else {
                    openRegions[index] = DawRange{name, timeS, timeS};
                }
            } else if (key == "MASTER_VOLUME") {
                masterSeen = true;
                master.gainDb = gainToDb(number(t, 1, 1.0));
                master.pan = std::clamp(number(t, 2), -1.0, 1.0);
            } else if (key == "MASTERMUTESOLO") {
                masterSeen = true;
                const int v = integer(t, 1);
                master.mute = (v & 1) != 0;
                master.solo = (v & 2) != 0;
            }
        } else if (where == "TEMPOENVEX" && key == "PT") {
            const double bpm = number(t, 2);
            if (bpm > 0.0)
                out.tempos.push_back({number(t, 1), bpm});
        } else if (where == "TRACK" && track) {
            DawTrack& tr = out.tracks[*track];
            if (key == "NAME") {
                tr.name = token(t, 1);
            } else if (key == "VOLPAN") {
                tr.gainDb = gainToDb(number(t, 1, 1.0));
                tr.pan = std::clamp(number(t, 2), -1.0, 1.0);
            } else if (key == "MUTESOLO") {
                tr.mute = number(t, 1) != 0.0;
                tr.solo = number(t, 2) != 0.0;
            } else if (key == "IPHASE") {
                tr.polarityInverted = number(t, 1) != 0.0;
            } else if (key == "MAINSEND") {
                mainSends[*track] = integer(t, 1, 1) != 0;
            } else if (key == "NCHAN") {
                tr.channels = integer(t, 1);
            } else if (key == "ISBUS") {
                const int mode = integer(t, 1);
                const int levels = integer(t, 2);
                if (mode == 1) {
                    tr.bus = true;
                    folders.push_back(*track);
                } else if (mode == 2) {
                    for (int i = 0; i < -levels && !folders.empty(); ++i)
                        folders.pop_back();
                }
            } else if (key == "AUXRECV") {
                DawSend send;
                const int mode = integer(t, 2);
                send.preFader = mode == 1 || mode == 3;
                send.gainDb = gainToDb(number(t, 3, 1.0));
                send.pan = std::clamp(number(t, 4), -1.0, 1.0);
                send.muted = number(t, 5) != 0.0;
                const int source = integer(t, 1, -1);
                if (source >= 0)
                    receives.push_back({*track, static_cast<std::size_t>(source), send});
            }
        } else if (inFxChain() && key == "BYPASS") {
            bypassNext = number(t, 1) != 0.0 || number(t, 2) != 0.0;  // bypassed, or offline
        } else if (where == "SOURCE" && key == "FILE" && track && sourceDepth > 0) {
            const std::string& type = sourceTypes.back();
            if (type != "MIDI" && type != "VIDEO" && type != "EMPTY" && type != "CLICK" && type != "MIDIPOOL"
                && !token(t, 1).empty())
                addFileOnce(out.tracks[*track].files, resolveDawFile(token(t, 1), folder));
        }
        return std::nullopt;
    };

    while (!done) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (in.bad())
            return Error("cannot be read: input/output error", ErrorCode::NotAccessible);
        done = got < block.size();
        std::string_view data(block.data(), got);
        while (!data.empty()) {
            const auto nl = data.find('\n');
            if (nl == std::string_view::npos) {
                pendingBytes.append(data);
                data = {};
            } else {
                pendingBytes.append(data.substr(0, nl));
                data.remove_prefix(nl + 1);
                if (auto e = handle(pendingBytes))
                    return std::move(*e);
                pendingBytes.clear();
            }
            if (pendingBytes.size() > limits.maxTokenBytes)
                return Error(strprintf("has a line longer than %zu MiB at line %ld; not a project REAPER writes",
                                       limits.maxTokenBytes >> 20, lineNumber + 1));
        }
    }
    if (!pendingBytes.empty())
        if (auto e = handle(pendingBytes))
            return std::move(*e);
    if (!stack.empty())
        return Error(strprintf("is cut short: the chunk <%s opened at line %ld is never closed (truncated file?)",
                               stack.back().name.c_str(), stack.back().line),
                     ErrorCode::Truncated);
    if (!ended)
        return Error("is cut short: it holds no project chunk", ErrorCode::Truncated);

    for (const auto& r : receives) {
        if (r.source >= out.tracks.size() || r.source == r.receiver) {
            out.warnings.push_back(strprintf("track '%s': a receive from track %zu, which is not in the project",
                                             out.tracks[r.receiver].name.c_str(), r.source + 1));
            continue;
        }
        DawSend send = r.send;
        send.target = out.tracks[r.receiver].name;
        out.tracks[r.source].sends.push_back(std::move(send));
    }
    for (const auto& [index, range] : openRegions)
        out.warnings.push_back(strprintf("region %d ('%s') has a start but no end", index, range.name.c_str()));
    if (out.tempoBpm) {
        // The envelope's first point is the start tempo when there is one; else TEMPO is.
        if (out.tempos.empty() || out.tempos.front().timeS > 0.0)
            out.tempos.insert(out.tempos.begin(), DawTempo{0.0, *out.tempoBpm});
    }
    std::stable_sort(out.tempos.begin(), out.tempos.end(), [](const auto& a, const auto& b) { return a.timeS < b.timeS; });
    if (!out.tempos.empty())
        out.tempoBpm = out.tempos.front().bpm;
    if (out.timeSignature)
        out.meters.push_back(*out.timeSignature);
    std::stable_sort(out.markers.begin(), out.markers.end(), [](const auto& a, const auto& b) { return a.timeS < b.timeS; });
    std::stable_sort(out.ranges.begin(), out.ranges.end(), [](const auto& a, const auto& b) { return a.startS < b.startS; });
    if (masterSeen)
        out.master = std::move(master);
    for (const auto& t : out.tracks)
        for (const auto& f : t.files)
            if (f.outside)
                out.warnings.push_back(strprintf("track '%s': the file '%s' lies outside the project folder; not opened",
                                                 t.name.c_str(), f.path.c_str()));
    return out;
}

}  // namespace stemwise::core::daw_detail
