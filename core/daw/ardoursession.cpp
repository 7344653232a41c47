// Ardour sessions (.ardour): XML read with expat, streaming, into a small tree of the elements
// that describe the mix (the plug-ins' own state, automation events, fades, triggers and the
// like are skipped as they stream past), then read from that tree.
//
// The format, as Ardour 7 writes it (Session version 7002 and later):
//   <Session name sample-rate>
//     <ProgramVersion created-with modified-with/>
//     <Sources><Source name="Take1_Kick-1.wav" id type="audio"/>…   names relative to
//              interchange/<session folder>/audiofiles/, or absolute paths (embedded files)
//     <Locations><Location name start end flags="IsMark|IsRangeMarker|IsSessionRange…"/>…
//              positions: "a<superclock ticks>" (audio time), "b<beat ticks, 1920 a beat>"
//              (music time); Ardour 6 and older wrote plain sample counts
//     <Routes><Route name audio-playlist>
//       <PresentationInfo flags="AudioTrack|AudioBus|MasterOut…"/>
//       <Controllable name="solo|mute|phase" value phase-invert="01"/>
//       <IO direction="Input|Output"><Port><Connection other="Master/audio_in 1"/>…
//       <Pannable><Controllable name="pan-azimuth" value/>   0 left … 1 right
//       <Processor type="amp|trim|lv2|ladspa|luaproc|vst3|…|intsend|main-outs" name active
//                  unique-id target><Controllable name="gaincontrol|trimcontrol" value/>
//     <Playlists><Playlist id><Region source-0 source-1…/>…
//     <TempoMap superclocks-per-second><Tempos><Tempo npm note-type sclock quarters/>…
//               <Meters><Meter divisions-per-bar note-value sclock/>…
#include "daw/dawreaders.h"

#include "util/strprintf.h"

// Debian builds expat with DTD support; its header declares the amplification limits only
// when XML_DTD is defined.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <functional>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace stemwise::core::daw_detail {

namespace fs = std::filesystem;

namespace {

struct Node {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<std::unique_ptr<Node>> children;
    long line = 0;

    [[nodiscard]] const std::string* attribute(std::string_view key) const
    {
        for (const auto& [k, v] : attributes)
            if (k == key)
                return &v;
        return nullptr;
    }
    [[nodiscard]] std::string text(std::string_view key) const
    {
        const std::string* v = attribute(key);
        return v != nullptr ? *v : std::string();
    }
    [[nodiscard]] const Node* child(std::string_view childName) const
    {
        for (const auto& c : children)
            if (c->name == childName)
                return c.get();
        return nullptr;
    }
    [[nodiscard]] std::vector<const Node*> all(std::string_view childName) const
    {
        std::vector<const Node*> out;
        for (const auto& c : children)
            if (c->name == childName)
                out.push_back(c.get());
        return out;
    }
    // The first <Controllable name="…"> child.
    [[nodiscard]] const Node* controllable(std::string_view controlName) const
    {
        for (const auto& c : children)
            if (c->name == "Controllable" && c->text("name") == controlName)
                return c.get();
        return nullptr;
    }
};

// Elements whose content says nothing about the mix, skipped with everything inside them:
// a plug-in's saved state (<lv2> holds one <Port> per parameter), automation, fades,
// triggers, configuration, scripts, control surfaces.
bool skippedElement(std::string_view name)
{
    static const std::set<std::string_view> skipped{
        "Automation", "lv2", "Triggers", "FadeIn", "FadeOut", "InverseFadeIn", "InverseFadeOut", "Envelope",
        "events", "Config", "Script", "ExtraXML", "ControlProtocols", "MIDIPorts", "Selection", "TriggerBindings",
        "NestedSource", "Metadata", "Speakers", "Click", "ladspa", "VST3", "lxvst", "vst", "Bundles",
        "CompoundAssociations", "UnusedPlaylists", "IOPlugins", "Triggerbox"};
    return skipped.contains(name);
}

struct Parser {
    XML_Parser xml = nullptr;
    const DawReadLimits* limits = nullptr;
    std::unique_ptr<Node> root;
    std::vector<Node*> stack;
    int depth = 0;
    int skipping = 0;  // depth inside a skipped element
    std::size_t kept = 0;
    XML_Index lastEventByte = 0;
    std::string error;  // set by a handler that stopped the parser

    void stop(std::string why)
    {
        if (error.empty())
            error = std::move(why);
        XML_StopParser(xml, XML_FALSE);
    }
    void touched() { lastEventByte = XML_GetCurrentByteIndex(xml); }
};

constexpr std::size_t kMaxKeptElements = 4'000'000;

void XMLCALL onStart(void* data, const XML_Char* name, const XML_Char** atts)
{
    auto& p = *static_cast<Parser*>(data);
    p.touched();
    ++p.depth;
    if (p.depth > p.limits->maxDepth) {
        p.stop(strprintf("nests XML elements deeper than %d levels at line %ld", p.limits->maxDepth,
                         static_cast<long>(XML_GetCurrentLineNumber(p.xml))));
        return;
    }
    if (p.skipping > 0 || (p.depth > 1 && skippedElement(name))) {
        ++p.skipping;
        return;
    }
    if (++p.kept > kMaxKeptElements) {
        p.stop(strprintf("has more than %zu elements describing its mix; not read", kMaxKeptElements));
        return;
    }
    auto node = std::make_unique<Node>();
    node->name = name;
    node->line = static_cast<long>(XML_GetCurrentLineNumber(p.xml));
    for (int i = 0; atts[i] != nullptr && atts[i + 1] != nullptr; i += 2)
        node->attributes.emplace_back(atts[i], atts[i + 1]);
    Node* raw = node.get();
    if (p.stack.empty()) {
        p.root = std::move(node);
    } else {
        p.stack.back()->children.push_back(std::move(node));
    }
    p.stack.push_back(raw);
}

void XMLCALL onEnd(void* data, const XML_Char* /*name*/)
{
    auto& p = *static_cast<Parser*>(data);
    p.touched();
    --p.depth;
    if (p.skipping > 0) {
        --p.skipping;
        return;
    }
    if (!p.stack.empty())
        p.stack.pop_back();
}

void XMLCALL onText(void* data, const XML_Char* /*s*/, int /*len*/)
{
    static_cast<Parser*>(data)->touched();
}

void XMLCALL onEntityDeclaration(void* data, const XML_Char* entityName, int /*isParameter*/, const XML_Char* /*value*/,
                                 int /*valueLength*/, const XML_Char* /*base*/, const XML_Char* /*systemId*/,
                                 const XML_Char* /*publicId*/, const XML_Char* /*notation*/)
{
    auto& p = *static_cast<Parser*>(data);
    p.stop(strprintf("declares the XML entity '%s' at line %ld: Ardour never writes entities, and a file that declares "
                     "them can expand to gigabytes (a \"billion laughs\" file); refused",
                     entityName, static_cast<long>(XML_GetCurrentLineNumber(p.xml))));
}

double number(const std::string& text, double fallback = 0.0)
{
    if (text.empty())
        return fallback;
    // Ardour writes numbers in the C locale; std::from_chars is locale-independent.
    double value = 0.0;
    const char* begin = text.data();
    const char* end = begin + text.size();
    while (begin < end && *begin == ' ')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ec != std::errc() || ptr == begin || !std::isfinite(value))
        return fallback;
    return value;
}

bool flagSet(const std::string& flags, std::string_view flag)
{
    std::size_t pos = 0;
    while (pos <= flags.size()) {
        const std::size_t comma = flags.find(',', pos);
        const std::string_view part = std::string_view(flags).substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (part == flag)
            return true;
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return false;
}

struct TempoPoint {
    double quarters = 0.0;
    double timeS = 0.0;
    double quartersPerMinute = 120.0;
};

// Positions in seconds, whichever way Ardour wrote them.
struct Clock {
    double superclocksPerSecond = 282240000.0;  // Ardour 7's superclock_ticks_per_second
    double sampleRate = 48000.0;
    std::vector<TempoPoint> tempos;

    [[nodiscard]] std::optional<double> seconds(const std::string& text) const
    {
        if (text.empty())
            return std::nullopt;
        // timecnt_t is written "<distance>@<position>": the distance counts here.
        const std::string value = text.substr(0, text.find('@'));
        if (value.empty())
            return std::nullopt;
        if (value[0] == 'a')
            return number(value.substr(1)) / superclocksPerSecond;
        if (value[0] == 'b')
            return secondsOfQuarters(number(value.substr(1)) / 1920.0);  // Temporal::ticks_per_beat
        if (std::isdigit(static_cast<unsigned char>(value[0])) != 0 || value[0] == '-')
            return number(value) / sampleRate;  // Ardour 6 and older: samples
        return std::nullopt;
    }
    [[nodiscard]] double secondsOfQuarters(double quarters) const
    {
        if (tempos.empty())
            return quarters * 60.0 / 120.0;
        const TempoPoint* at = &tempos.front();
        for (const auto& t : tempos)
            if (t.quarters <= quarters)
                at = &t;
        return at->timeS + (quarters - at->quarters) * 60.0 / at->quartersPerMinute;
    }
};

// "24:0" (beats:ticks) as quarters.
double quartersOf(const std::string& text)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos)
        return number(text);
    return number(text.substr(0, colon)) + number(text.substr(colon + 1)) / 1920.0;
}

void readTempoMap(const Node& session, Clock& clock, DawSession& out)
{
    const Node* map = session.child("TempoMap");
    if (map == nullptr)
        return;
    clock.superclocksPerSecond = number(map->text("superclocks-per-second"), clock.superclocksPerSecond);
    if (!(clock.superclocksPerSecond > 0.0))
        clock.superclocksPerSecond = 282240000.0;
    auto timeOf = [&](const Node& n) -> double {
        if (n.attribute("sclock") != nullptr)
            return number(n.text("sclock")) / clock.superclocksPerSecond;
        if (n.attribute("frame") != nullptr)
            return number(n.text("frame")) / clock.sampleRate;  // Ardour 5 and 6
        return 0.0;
    };
    std::vector<const Node*> tempos;
    std::vector<const Node*> meters;
    // Ardour 7: <Tempos><Tempo/></Tempos><Meters><Meter/></Meters>; older: <Tempo>/<Meter>
    // (or <TempoSection>/<MeterSection>) straight under <TempoMap>.
    for (const auto& c : map->children) {
        if (c->name == "Tempos")
            for (const Node* t : c->all("Tempo"))
                tempos.push_back(t);
        else if (c->name == "Meters")
            for (const Node* m : c->all("Meter"))
                meters.push_back(m);
        else if (c->name == "Tempo" || c->name == "TempoSection")
            tempos.push_back(c.get());
        else if (c->name == "Meter" || c->name == "MeterSection")
            meters.push_back(c.get());
    }
    for (const Node* t : tempos) {
        if (t->text("active") == "0")
            continue;
        double perMinute = number(t->text("npm"), number(t->text("beats-per-minute"), 0.0));
        const double noteType = number(t->text("note-type"), 4.0);
        if (!(perMinute > 0.0) || !(noteType > 0.0))
            continue;
        // Ardour counts tempo in notes of `note-type` a minute; 8 = eighth notes.
        perMinute = perMinute * 4.0 / noteType;
        TempoPoint point;
        point.timeS = timeOf(*t);
        point.quarters = t->attribute("quarters") != nullptr ? quartersOf(t->text("quarters")) : point.timeS * perMinute / 60.0;
        point.quartersPerMinute = perMinute;
        clock.tempos.push_back(point);
        out.tempos.push_back({point.timeS, perMinute});
    }
    for (const Node* m : meters) {
        DawMeter meter;
        meter.timeS = timeOf(*m);
        const double divisions = number(m->text("divisions-per-bar"), 4.0);
        const double noteValue = number(m->text("note-value"), number(m->text("note-type"), 4.0));
        if (!(divisions >= 1.0 && divisions <= 1000.0 && noteValue >= 1.0 && noteValue <= 1000.0))
            continue;  // no time signature (and beyond int: a cast would be undefined)
        meter.numerator = static_cast<int>(std::lround(divisions));
        meter.denominator = static_cast<int>(std::lround(noteValue));
        if (meter.numerator > 0 && meter.denominator > 0)
            out.meters.push_back(meter);
    }
    auto byTime = [](const auto& a, const auto& b) { return a.timeS < b.timeS; };
    std::stable_sort(out.tempos.begin(), out.tempos.end(), byTime);
    std::stable_sort(out.meters.begin(), out.meters.end(), byTime);
    std::stable_sort(clock.tempos.begin(), clock.tempos.end(), [](const auto& a, const auto& b) { return a.quarters < b.quarters; });
    if (!out.tempos.empty())
        out.tempoBpm = out.tempos.front().bpm;
    if (!out.meters.empty())
        out.timeSignature = out.meters.front();
}

void readLocations(const Node& session, const Clock& clock, DawSession& out)
{
    const Node* locations = session.child("Locations");
    if (locations == nullptr)
        return;
    for (const Node* l : locations->all("Location")) {
        const std::string flags = l->text("flags");
        const auto start = clock.seconds(l->text("start"));
        const auto end = clock.seconds(l->text("end"));
        if (!start)
            continue;
        if (flagSet(flags, "IsSessionRange")) {
            out.sessionRange = DawRange{l->text("name"), *start, end.value_or(*start)};
        } else if (flagSet(flags, "IsAutoLoop") || flagSet(flags, "IsAutoPunch") || flagSet(flags, "IsXrun")
                   || flagSet(flags, "IsCueMarker") || flagSet(flags, "IsSkip")) {
            continue;  // transport helpers, recording glitches and clip launches: not the song's structure
        } else if (flagSet(flags, "IsRangeMarker")) {
            out.ranges.push_back({l->text("name"), *start, end.value_or(*start)});
        } else if (flagSet(flags, "IsMark")) {
            out.markers.push_back({l->text("name"), *start});
        }
    }
    std::stable_sort(out.markers.begin(), out.markers.end(), [](const auto& a, const auto& b) { return a.timeS < b.timeS; });
    std::stable_sort(out.ranges.begin(), out.ranges.end(), [](const auto& a, const auto& b) { return a.startS < b.startS; });
}

std::string pluginFormat(const std::string& type)
{
    static const std::map<std::string, std::string, std::less<>> formats{
        {"lv2", "LV2"}, {"ladspa", "LADSPA"}, {"lxvst", "VST"}, {"windows-vst", "VST"}, {"mac-vst", "VST"},
        {"vst", "VST"}, {"vst3", "VST3"}, {"luaproc", "Lua"}, {"audiounit", "AU"}};
    const auto it = formats.find(type);
    return it != formats.end() ? it->second : std::string();
}

// The route names a route's output ports connect to ("Master/audio_in 1" -> "Master").
std::vector<std::string> outputsOf(const Node& route)
{
    std::vector<std::string> names;
    for (const Node* io : route.all("IO")) {
        if (io->text("direction") != "Output")
            continue;
        for (const Node* port : io->all("Port"))
            for (const Node* c : port->all("Connection")) {
                const std::string other = c->text("other");
                const auto slash = other.rfind('/');
                if (slash == std::string::npos || slash == 0)
                    continue;  // a hardware port ("system:playback_1")
                std::string name = other.substr(0, slash);
                if (std::find(names.begin(), names.end(), name) == names.end())
                    names.push_back(std::move(name));
            }
    }
    return names;
}

int inputChannels(const Node& route)
{
    int channels = 0;
    for (const Node* io : route.all("IO"))
        if (io->text("direction") == "Input")
            for (const Node* port : io->all("Port"))
                if (port->text("type") == "audio" || port->text("type").empty())
                    ++channels;
    return channels;
}

struct PendingSend {
    std::size_t track;  // index into the tracks read (or SIZE_MAX for the master)
    std::size_t send;
    std::string targetId;
};

}  // namespace

Result<DawSession> readArdourSession(std::istream& in, const fs::path& file, const DawReadLimits& limits)
{
    Parser p;
    p.limits = &limits;
    std::unique_ptr<std::remove_pointer_t<XML_Parser>, void (*)(XML_Parser)> owner(XML_ParserCreate("UTF-8"), XML_ParserFree);
    if (!owner)
        return Error("cannot be read: out of memory", ErrorCode::OutOfMemory);
    p.xml = owner.get();
    XML_SetUserData(p.xml, &p);
    XML_SetElementHandler(p.xml, onStart, onEnd);
    XML_SetCharacterDataHandler(p.xml, onText);
    XML_SetEntityDeclHandler(p.xml, onEntityDeclaration);
    XML_SetParamEntityParsing(p.xml, XML_PARAM_ENTITY_PARSING_NEVER);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
    // Behind the refusal of entity declarations above: expat's own limit on expansion.
    XML_SetBillionLaughsAttackProtectionMaximumAmplification(p.xml, 4.0F);
    XML_SetBillionLaughsAttackProtectionActivationThreshold(p.xml, 1U << 20);
#endif

    std::array<char, 1 << 16> block{};
    XML_Index fed = 0;
    bool final = false;
    while (!final) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto got = static_cast<int>(in.gcount());
        final = got < static_cast<int>(block.size());
        if (in.bad())
            return Error("cannot be read: input/output error", ErrorCode::NotAccessible);
        fed += got;
        if (XML_Parse(p.xml, block.data(), got, final ? XML_TRUE : XML_FALSE) == XML_STATUS_ERROR) {
            if (!p.error.empty())
                return Error(p.error);
            const XML_Error code = XML_GetErrorCode(p.xml);
            const long line = static_cast<long>(XML_GetCurrentLineNumber(p.xml));
            const long column = static_cast<long>(XML_GetCurrentColumnNumber(p.xml));
            // At the end of the input these say the file stops inside an element or a tag.
            const bool cutShort = final && (code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN
                                            || code == XML_ERROR_UNCLOSED_CDATA_SECTION || code == XML_ERROR_PARTIAL_CHAR);
            if (cutShort && p.root)
                return Error(strprintf("is cut short: the XML ends at line %ld while <%s> is still open (truncated file?)",
                                       line, p.stack.empty() ? p.root->name.c_str() : p.stack.back()->name.c_str()),
                             ErrorCode::Truncated);
            if (code == XML_ERROR_NO_ELEMENTS)
                return Error("is cut short: it holds no XML element", ErrorCode::Truncated);
#if XML_MAJOR_VERSION > 2 || (XML_MAJOR_VERSION == 2 && XML_MINOR_VERSION >= 4)
            if (code == XML_ERROR_AMPLIFICATION_LIMIT_BREACH)
                return Error(strprintf("expands XML entities beyond any real session at line %ld (a \"billion laughs\" "
                                       "file); refused", line));
#endif
            return Error(strprintf("is not well-formed XML: %s at line %ld, column %ld", XML_ErrorString(code), line, column));
        }
        // One token (a tag with its attributes, a comment) that runs on and on: expat keeps
        // all of it in memory until it ends, so it is refused once it passes the limit.
        if (fed - p.lastEventByte > static_cast<XML_Index>(limits.maxTokenBytes) && p.lastEventByte >= 0)
            return Error(strprintf("has one XML token longer than %zu MiB after line %ld; not a session Ardour writes",
                                   limits.maxTokenBytes >> 20, static_cast<long>(XML_GetCurrentLineNumber(p.xml))));
    }
    if (!p.root)
        return Error("is cut short: it holds no XML element", ErrorCode::Truncated);
    const Node& session = *p.root;
    if (session.name != "Session")
        return Error(strprintf("is XML but not an Ardour session (its root element is <%s>, not <Session>)", session.name.c_str()));

    DawSession out;
    out.kind = DawKind::Ardour;
    out.file = file;
    out.name = session.text("name");
    Clock clock;
    if (const double rate = number(session.text("sample-rate")); rate > 0.0) {
        out.sampleRateHz = rate;
        clock.sampleRate = rate;
    }
    if (const Node* version = session.child("ProgramVersion")) {
        out.createdWith = version->text("modified-with");
        if (out.createdWith.empty())
            out.createdWith = version->text("created-with");
    }
    readTempoMap(session, clock, out);
    readLocations(session, clock, out);

    // Where Ardour keeps its own sources: interchange/<any name>/audiofiles/ (the session
    // folder's name when it was made; Ardour looks in every one of them).
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    std::vector<fs::path> candidates;
    {
        std::error_code ec;
        std::vector<fs::path> names;
        for (fs::directory_iterator it(folder / "interchange", ec), end; !ec && it != end; it.increment(ec))
            if (it->is_directory(ec))
                names.push_back(it->path().filename());
        std::sort(names.begin(), names.end());
        const fs::path own = folder.filename().empty() ? fs::absolute(folder).lexically_normal().filename() : folder.filename();
        std::stable_partition(names.begin(), names.end(), [&](const fs::path& n) { return n == own; });
        for (const auto& n : names)
            candidates.push_back(fs::path("interchange") / n / "audiofiles");
    }

    std::map<std::string, const Node*> sources;
    if (const Node* s = session.child("Sources"))
        for (const Node* source : s->all("Source"))
            sources[source->text("id")] = source;
    std::map<std::string, const Node*> playlistsById;
    std::map<std::string, const Node*> playlistsByName;
    std::map<std::string, const Node*> playlistsByTrack;
    if (const Node* pl = session.child("Playlists"))
        for (const Node* playlist : pl->all("Playlist")) {
            playlistsById[playlist->text("id")] = playlist;
            playlistsByName.emplace(playlist->text("name"), playlist);
            playlistsByTrack.emplace(playlist->text("orig-track-id"), playlist);
        }

    // VCAs by number: a route's <Slavable><Master number="1"/> names the VCAs that control it;
    // a VCA may be controlled by VCAs in turn. Gains multiply (add in dB); a muted VCA mutes.
    struct Vca {
        std::string name;
        double gainDb = 0.0;
        bool mute = false;
        std::vector<std::string> masters;
    };
    std::map<std::string, Vca> vcas;
    auto mastersOf = [](const Node& controlled) {
        std::vector<std::string> numbers;
        if (const Node* slavable = controlled.child("Slavable"))
            for (const Node* m : slavable->all("Master"))
                numbers.push_back(m->text("number"));
        return numbers;
    };
    if (const Node* manager = session.child("VCAManager"))
        for (const Node* v : manager->all("VCA")) {
            Vca vca;
            vca.name = v->text("name");
            if (const Node* g = v->controllable("gaincontrol"))
                vca.gainDb = gainToDb(number(g->text("value"), 1.0));
            if (const Node* m = v->controllable("mute"))
                vca.mute = number(m->text("value")) > 0.5;
            vca.masters = mastersOf(*v);
            vcas[v->text("number")] = std::move(vca);
        }
    // The VCAs above `numbers`, each once (a loop of VCAs is not followed round).
    auto applyVcas = [&](DawTrack& t, const std::vector<std::string>& numbers) {
        std::vector<std::string> seen;
        std::vector<std::string> todo = numbers;
        while (!todo.empty() && seen.size() < 64) {
            const std::string n = todo.back();
            todo.pop_back();
            const auto it = vcas.find(n);
            if (it == vcas.end() || std::find(seen.begin(), seen.end(), n) != seen.end())
                continue;
            seen.push_back(n);
            t.vcas.push_back(it->second.name);
            t.vcaGainDb += it->second.gainDb;
            t.vcaMuted = t.vcaMuted || it->second.mute;
            todo.insert(todo.end(), it->second.masters.begin(), it->second.masters.end());
        }
    };

    std::map<std::string, std::string> routeNames;  // id -> name
    std::vector<PendingSend> pending;
    const Node* routes = session.child("Routes");
    for (const Node* route : routes != nullptr ? routes->all("Route") : std::vector<const Node*>{}) {
        routeNames[route->text("id")] = route->text("name");
        const Node* info = route->child("PresentationInfo");
        const std::string flags = info != nullptr ? info->text("flags") : route->text("flags");
        if (flagSet(flags, "MonitorOut") || flagSet(flags, "Auditioner") || flagSet(flags, "SurroundMaster"))
            continue;
        const bool master = flagSet(flags, "MasterOut");
        const bool isTrack = flagSet(flags, "AudioTrack") || flagSet(flags, "MidiTrack")
                             || route->attribute("audio-playlist") != nullptr || route->attribute("midi-playlist") != nullptr
                             || route->child("Diskstream") != nullptr;
        DawTrack t;
        t.name = route->text("name");
        t.bus = !isTrack && !master;
        t.channels = inputChannels(*route);
        if (const Node* c = route->controllable("solo"))
            t.solo = number(c->text("self-solo"), number(c->text("value"))) > 0.5;
        if (const Node* c = route->controllable("mute"))
            t.mute = number(c->text("value")) > 0.5;
        else if (const Node* mm = route->child("MuteMaster"))
            t.mute = mm->text("muted") == "1";
        if (const Node* c = route->controllable("phase")) {
            const std::string bits = c->text("phase-invert");
            t.polarityInverted = bits.find('1') != std::string::npos || (bits.empty() && number(c->text("value")) > 0.5);
        }
        if (const Node* pannable = route->child("Pannable"))
            if (const Node* az = pannable->controllable("pan-azimuth"))
                t.pan = std::clamp(2.0 * number(az->text("value"), 0.5) - 1.0, -1.0, 1.0);
        bool pastFader = false;
        for (const Node* proc : route->all("Processor")) {
            const std::string type = proc->text("type");
            if (type == "amp") {
                if (const Node* g = proc->controllable("gaincontrol"))
                    t.gainDb = gainToDb(number(g->text("value"), 1.0));
                pastFader = true;
            } else if (type == "trim") {
                if (const Node* g = proc->controllable("trimcontrol"))
                    t.trimDb = gainToDb(number(g->text("value"), 1.0));
            } else if (type == "intsend") {
                if (proc->text("role") == "Listen")
                    continue;  // the monitor section's feed, not a send of the mix
                DawSend send;
                send.preFader = !pastFader;
                send.muted = proc->text("active") == "0";
                if (const Node* g = proc->controllable("gaincontrol"))
                    send.gainDb = gainToDb(number(g->text("value"), 1.0));
                send.target = proc->text("name");
                t.sends.push_back(send);
                pending.push_back({master ? SIZE_MAX : out.tracks.size(), t.sends.size() - 1, proc->text("target")});
            } else if (const std::string format = pluginFormat(type); !format.empty()) {
                DawPlugin plugin;
                plugin.name = proc->text("name");
                plugin.identifier = proc->text("unique-id");
                plugin.format = format;
                plugin.active = proc->text("active") != "0";
                plugin.kind = pluginKindFromName(plugin.name, plugin.identifier);
                t.plugins.push_back(std::move(plugin));
            }
        }
        t.outputs = outputsOf(*route);
        applyVcas(t, mastersOf(*route));

        if (isTrack) {
            const Node* playlist = nullptr;
            if (const std::string* id = route->attribute("audio-playlist")) {
                const auto it = playlistsById.find(*id);
                playlist = it != playlistsById.end() ? it->second : nullptr;
            }
            if (playlist == nullptr)
                if (const Node* ds = route->child("Diskstream")) {
                    const auto it = playlistsByName.find(ds->text("playlist"));
                    playlist = it != playlistsByName.end() ? it->second : nullptr;
                }
            if (playlist == nullptr) {
                const auto it = playlistsByTrack.find(route->text("id"));
                playlist = it != playlistsByTrack.end() ? it->second : nullptr;
            }
            // A compound region plays a playlist source: <Source playlist="id"> holding the
            // combined regions' own <Playlist>, followed to the files (a few levels at most;
            // a source that contains itself is not followed round).
            std::vector<std::string> following;
            std::function<void(const Node&)> playRegions = [&](const Node& list) {
                for (const Node* region : list.all("Region")) {
                    for (int n = 0;; ++n) {
                        const std::string* id = region->attribute("source-" + std::to_string(n));
                        if (id == nullptr)
                            break;
                        const auto s = sources.find(*id);
                        if (s == sources.end() || s->second->text("type") == "midi")
                            continue;
                        if (s->second->attribute("playlist") == nullptr) {
                            addFileOnce(t.files, resolveDawFile(s->second->text("name"), folder, candidates));
                            continue;
                        }
                        const Node* nested = s->second->child("Playlist");
                        if (nested == nullptr || following.size() >= 8
                            || std::find(following.begin(), following.end(), *id) != following.end())
                            continue;
                        following.push_back(*id);
                        playRegions(*nested);
                        following.pop_back();
                    }
                }
            };
            if (playlist != nullptr)
                playRegions(*playlist);
        }
        if (master)
            out.master = std::move(t);
        else
            out.tracks.push_back(std::move(t));
    }
    for (const auto& ps : pending) {
        DawTrack& t = ps.track == SIZE_MAX ? *out.master : out.tracks[ps.track];
        const auto it = routeNames.find(ps.targetId);
        if (it != routeNames.end())
            t.sends[ps.send].target = it->second;
        else
            out.warnings.push_back(strprintf("track '%s': a send to a route that is not in the session (id %s)",
                                             t.name.c_str(), ps.targetId.c_str()));
    }
    // A track's outputs name routes; hardware and routes not in the session are dropped.
    auto keepKnown = [&](DawTrack& t) {
        std::erase_if(t.outputs, [&](const std::string& name) {
            return std::none_of(routeNames.begin(), routeNames.end(), [&](const auto& r) { return r.second == name; });
        });
    };
    for (auto& t : out.tracks)
        keepKnown(t);
    if (out.master)
        keepKnown(*out.master);
    for (const auto& t : out.tracks)
        for (const auto& f : t.files)
            if (f.outside)
                out.warnings.push_back(strprintf("track '%s': the file '%s' lies outside the session folder; not opened",
                                                 t.name.c_str(), f.path.c_str()));
    return out;
}

}  // namespace stemwise::core::daw_detail
