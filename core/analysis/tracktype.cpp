#include "analysis/tracktype.h"

#include "analysis/trackprofile.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace stemwise::core {

std::vector<std::string> nameWords(std::string_view name)
{
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        if (!current.empty())
            out.push_back(current);
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto ch = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(ch)) {
            flush();
            continue;
        }
        const bool upperAfterLower = std::isupper(ch) && i > 0
                                     && std::islower(static_cast<unsigned char>(name[i - 1]));
        const bool digitBoundary = i > 0 && (std::isdigit(ch) != 0)
                                   != (std::isdigit(static_cast<unsigned char>(name[i - 1])) != 0);
        if (upperAfterLower || digitBoundary)
            flush();
        current.push_back(static_cast<char>(std::tolower(ch)));
    }
    flush();
    return out;
}

namespace {

struct NameRule {
    std::string_view type;
    std::array<std::string_view, 12> words;  // exact words; empty entries unused
};

// First match wins, so specific drums come before "drums", and "bass drum" is caught
// before "bass", "lead vocal" before the synth's "lead".
constexpr std::array<NameRule, 13> kNameRules{{
    {"kick", {"kick", "kik", "kck", "bd", "bassdrum"}},
    {"snare", {"snare", "snr", "sd", "rim", "rimshot", "clap"}},
    {"hats", {"hat", "hats", "hh", "hihat", "hihats", "ride", "cymbal", "cymbals", "crash", "shaker", "tamb"}},
    {"drums", {"drum", "drums", "kit", "perc", "percussion", "overhead", "overheads", "oh", "tom", "toms", "room", "beat"}},
    {"vocals", {"vox", "vocal", "vocals", "voc", "vocs", "voice", "bv", "bvs", "bgv", "choir", "adlib", "harmony"}},
    {"bass", {"bass", "sub", "808", "bassline"}},
    {"guitar", {"gtr", "guitar", "guitars", "gtrs", "acoustic", "strat", "tele"}},
    {"keys", {"piano", "keys", "key", "rhodes", "organ", "wurli", "epiano", "clav", "pno"}},
    {"pad", {"pad", "pads", "atmos", "atmosphere", "drone", "texture"}},
    {"strings", {"string", "strings", "violin", "violins", "viola", "cello", "cellos", "orch", "orchestra", "quartet"}},
    {"synth", {"synth", "synths", "lead", "arp", "pluck", "saw"}},
    {"fx", {"fx", "sfx", "riser", "impact", "sweep", "whoosh", "noise", "transition", "downlifter", "uplifter"}},
    {"mix", {"mix", "master", "mixdown", "premaster", "2mix", "mastered"}},
}};

double share(const TrackProfile& p, Band b)
{
    return p.spectrum.bands[static_cast<std::size_t>(b)].share;
}

}  // namespace

bool isPercussive(const TrackProfile& p)
{
    return p.rhythm.transientDensity >= 1.0 && p.dynamics.crestDb.value_or(0.0) >= 10.0;
}

bool isPitched(const TrackProfile& p)
{
    return p.tonal.tonalness.value_or(0.0) >= 0.3 || p.tonal.voicedFraction >= 0.4;
}

bool isDrumType(std::string_view type)
{
    return type == "kick" || type == "snare" || type == "hats" || type == "drums";
}

const Resonance* drumBodyResonance(const TrackProfile& p)
{
    // However far it stands out: a close-miked, well-tuned snare's body stands 20 dB above its
    // wires. Only the one peak: others in the range, and peaks above it (a snare's boxiness at
    // 400 Hz–1 kHz, a shell's ring) are judged as any other. What this does not tell: a steady
    // ring at the drum's own pitch, which needs the peak's level between hits (not measured yet).
    const bool drum = isDrumType(p.type);
    if (p.type == "hats" || (!drum && (isPitched(p) || !isPercussive(p))))
        return nullptr;
    double lowHz = 40.0;
    double highHz = 300.0;
    if (p.type == "snare")
        lowHz = 150.0;
    else if (p.type == "kick")
        highHz = 100.0;
    const Resonance* body = nullptr;
    for (const Resonance& r : p.spectrum.resonances)
        if (r.frequencyHz >= lowHz && r.frequencyHz <= highHz && (!body || r.gainDb > body->gainDb))
            body = &r;
    return body;
}

bool isTrackType(std::string_view type)
{
    return std::find(kTrackTypes.begin(), kTrackTypes.end(), type) != kTrackTypes.end();
}

std::optional<std::string> trackTypeFromName(std::string_view name)
{
    const auto tokens = nameWords(name);
    // "bass drum" as two words is a kick.
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i] == "bass" && tokens[i + 1] == "drum")
            return std::string("kick");
    }
    for (const NameRule& rule : kNameRules) {
        for (const std::string& token : tokens) {
            if (std::find(rule.words.begin(), rule.words.end(), token) != rule.words.end() && !token.empty())
                return std::string(rule.type);
        }
    }
    return std::nullopt;
}

std::string trackTypeFromMeasurements(const TrackProfile& p)
{
    if (!p.dynamics.peakDbfs || *p.dynamics.peakDbfs < -60.0)
        return "other";
    const double low = share(p, Band::SubBass) + share(p, Band::Bass);
    const double high = share(p, Band::Highs) + share(p, Band::Air);
    const double centroid = p.spectrum.centroidHz.value_or(0.0);
    const double transients = p.rhythm.transientDensity;
    const bool percussive = isPercussive(p);
    const bool pitched = p.tonal.f0MedianHz.has_value() && p.tonal.voicedFraction >= 0.4;
    const bool wideStereo = p.stereo.width.value_or(0.0) > 0.3;
    const bool fullBand = share(p, Band::Bass) > 0.05 && share(p, Band::Mids) > 0.05 && high > 0.01;

    if (p.stereo.isStereo && fullBand && p.rhythm.tempoBpm && p.tonal.key && centroid > 800.0)
        return "mix";
    if (percussive && low > 0.7 && centroid < 200.0)
        return "kick";
    if (percussive && high > 0.6)
        return "hats";
    if (percussive && share(p, Band::LowMids) + share(p, Band::Mids) > 0.4 && centroid > 400.0 && centroid < 3000.0
        && !pitched)
        return "snare";
    if (low > 0.7 && !percussive)
        return "bass";
    if (pitched && p.tonal.f0MedianHz && *p.tonal.f0MedianHz >= 80.0 && *p.tonal.f0MedianHz <= 1100.0
        && share(p, Band::Mids) + share(p, Band::UpperMids) + share(p, Band::LowMids) > 0.5)
        return "vocals";
    if (percussive)
        return "drums";
    if (!percussive && transients < 0.5 && wideStereo && p.tonal.tonalness.value_or(0.0) > 0.3)
        return "pad";
    return "other";
}

}  // namespace stemwise::core
