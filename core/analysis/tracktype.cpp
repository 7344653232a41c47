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
    std::array<std::string_view, 28> words;  // exact words; empty entries unused
};

// First match wins, so specific drums come before "drums", and "bass drum" is caught
// before "bass", "lead vocal" before the synth's "lead", "bass clarinet" and "bass trombone"
// (winds) before "bass". The words are what engineers and DAW templates name tracks with,
// the instrument's name and its usual short forms (Owsinski's and Senior's track lists, the
// instrument names of General MIDI); a word two families share ("alto", "tenor": a voice or
// a sax; "upright": a piano or a bass; "bells") is left out, so the audio decides.
constexpr std::array<NameRule, 14> kNameRules{{
    {"kick", {"kick", "kik", "kck", "bd", "bassdrum"}},
    {"snare", {"snare", "snr", "sd", "rim", "rimshot", "clap", "claps", "snap", "snaps"}},
    {"hats", {"hat", "hats", "hh", "hihat", "hihats", "ride", "cymbal", "cymbals", "crash", "shaker", "shakers",
              "tamb", "tambourine", "triangle"}},
    {"drums", {"drum",  "drums",   "kit",    "perc",   "percussion", "overhead", "overheads", "oh",
               "tom",   "toms",    "room",   "beat",   "conga",      "congas",   "bongo",     "bongos",
               "djembe", "cajon",  "timbale", "timbales", "cowbell",  "tabla",    "taiko",     "timpani",
               "clave", "claves",  "guiro",  "woodblock"}},
    {"vocals", {"vox", "vocal", "vocals", "voc", "vocs", "voice", "voices", "bv", "bvs", "bgv", "bgvs", "bvox",
                "choir", "adlib", "adlibs", "harmony", "harmonies", "singer", "rap"}},
    {"winds", {"winds", "wind",    "woodwind", "woodwinds", "brass",  "horn",    "horns",    "sax",
               "saxes", "saxophone", "trumpet", "trumpets", "tpt",   "trombone", "trombones", "tbn",
               "flute", "flutes",  "piccolo", "clarinet", "oboe",    "bassoon", "tuba",     "flugelhorn",
               "cornet", "reeds",  "harmonica", "whistle"}},
    {"bass", {"bass", "sub", "808", "bassline"}},
    {"guitar", {"gtr", "guitar", "guitars", "gtrs", "acoustic", "strat", "tele", "banjo", "mandolin", "uke",
                "ukulele", "dobro", "sitar"}},
    {"keys", {"piano",      "keys",  "key",     "rhodes",     "organ",   "wurli",     "wurlitzer",
              "epiano",     "ep",    "clav",    "clavinet",   "pno",     "keyboard",  "keyboards",
              "harpsichord", "celesta", "celeste", "glock",    "glockenspiel", "vibes", "vibraphone",
              "marimba",    "xylophone", "mallets", "accordion", "harmonium"}},
    {"pad", {"pad", "pads", "atmos", "atmosphere", "drone", "texture"}},
    {"strings", {"string", "strings", "violin", "violins", "viola", "violas", "cello", "cellos", "fiddle", "harp",
                 "contrabass", "orch", "orchestra", "quartet"}},
    {"synth", {"synth", "synths", "lead", "arp", "pluck", "saw", "stab", "stabs"}},
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

// ---- generic names -------------------------------------------------------------------------
//
// The rule: a name is generic when every one of its words (nameWords) is a number or one of
// the words below — what a DAW names a new channel ("Audio 07", "Track 12", "Inst 3", "Bus"),
// what an instrument plug-in calls an unsaved sound ("Default preset", "Init patch"), what a
// bounce or an export adds ("bounce", "stem 3", "render", "export", "print", "final", "v2",
// "copy", "take", "comp", "L", "R"). Such a name says nothing of what plays on the track, so
// its type comes from the audio. A name with any other word is read for a type word; one
// without a type word ("Melody", "Ooh") also gets the audio's guess.
namespace {
constexpr std::array<std::string_view, 46> kGenericNameWords{
    "audio",   "track",  "trk",    "tr",      "channel", "ch",      "inst",    "instrument", "midi",
    "default", "preset", "init",   "patch",   "program", "untitled", "unnamed", "new",       "empty",
    "bounce",  "bounced", "stem",  "stems",   "render",  "rendered", "export",  "exported",  "print",
    "final",   "v",      "ver",    "version", "copy",    "take",    "comp",    "rec",        "recording",
    "file",    "sample", "bus",    "group",   "layer",   "l",       "r",       "st",         "mono",
    "stereo"};
}  // namespace

bool isGenericTrackName(std::string_view name)
{
    const auto words = nameWords(name);
    for (const std::string& w : words) {
        const bool number = std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
        if (!number && std::find(kGenericNameWords.begin(), kGenericNameWords.end(), w) == kGenericNameWords.end())
            return false;
    }
    return true;  // no words at all ("01", "---") says nothing either
}

// ---- the type from the audio ----------------------------------------------------------------
//
// TrackTypeClassifier: each family of types gets a score, 0..1, that is a product of soft
// memberships (ramp: 0 below lo, 1 above hi, linear between) of the figures the analysis
// already has. A product, because each family needs all of its traits (a kick is unpitched
// AND struck AND low). What each feature means, and why its ramp sits where it does:
//
//   pitched     the notes have a key or a clear pitch. Tonalness (TonalAnalyzer: key-profile fit
//               times chroma depth) ramps 0.15..0.45: drums, claps and noise read under 0.15,
//               chords and lines over 0.45. Or a clear pitch most of the time: the voiced
//               fraction ramping 0.3..0.6, times a harmonic-to-noise ratio ramping 15..25 dB (a
//               tom's pitched decay is voiced but breathy; sustained notes stand 25 dB or more
//               above their noise).
//   noisy       spectral flatness of the long-term spectrum ramping 0.005..0.05: cymbals, hats and
//               shakers are broadband noise; a pitched sound's spectrum is lines (< 0.001).
//   unpitched   max(1 - pitched, noisy).
//   struck      the level at a hit stands far over the mean of where the track plays: the gated
//               crest factor ramping 14..18 dB (sustained tones 4..14 dB, bowed/blown notes and
//               pads up to 16, struck and plucked notes 16..20). For drums only "hits at all":
//               ramping 6..10 dB, since steady noise reads 3..5 dB and a dense or compressed
//               drum part can read as little as 10–12 dB (unpitched material with regular onsets
//               is percussion; the crest only keeps out steady noise).
//   onsets      onsets per second (any, not only the strong ones) ramping 0.1..0.5 for drums
//               (a part that hits at least every two seconds), 0.3..1.0 for struck notes.
//   low         the share of 20–250 Hz (sub bass + bass bands): a bass or kick keeps 60 % of its
//               energy there or more; "mid" = 1 - ramp(low, 0.5, 0.8).
//   presence    the share of 2–4 kHz ramping 0.08..0.2: a guitar's pick and amplifier put 10–50 %
//               there; pianos, organs and mallets fall off above 2 kHz (under 8 %).
//   centroid    where a drum's energy sits: kick under 250 Hz, snare and claps 400 Hz–4 kHz,
//               hats, rides, cymbals and shakers above 5 kHz.
//   banded      the share of 2–4 kHz ramping 0.35..0.5: a drum's hit is broadband, and no drum of
//               the advice benchmark puts more than 27 % of its energy in that octave (claps and
//               rim shots 23–24 %, cymbals 27 %); a distorted guitar's amplifier and cabinet put
//               half of it there or more (59 % on a palm-muted rhythm part). Distortion's
//               intermodulation also hides the chords' key (tonalness 0), so without this such
//               a part read as a snare with confidence 1.
//   wide        stereo width (side over mid energy) ramping 0.3..0.8: pads and ensembles are wide.
//
// Families and their scores:
//   drums    unpitched · hits (crest 6..10 dB) · onsets · (1 - banded)   then kick/snare/hats by
//            the centroid
//   bass     pitched · low · (median f0 under 200–300 Hz when a line's pitch is known)
//   keys     pitched · mid · struck · onsets · (1 - presence)
//   guitar   pitched · mid · struck · onsets · presence
//   melodic  pitched · mid · (1 - struck)            sustained parts: pads, strings, brass,
//            winds, synth leads; a pad when wide, else a synth. Strings are not told from pads
//            by these figures: never claimed from the audio.
//   vocals   pitched · mid · a line (voiced fraction 0.5..0.8) · f0 within 80–1100 Hz · 0.5:
//            a voice is a pitched line with formants and vibrato, which the analysis does not
//            measure yet, and a synth lead, a sax or a cello are pitched lines as well. Without
//            that evidence the vocals score stops at 0.5, so the audio never decides "vocals"
//            (the guess can still say it).
//   Mix and fx are never guessed from the audio (they are named).
// The confidence is the best family's score minus the runner-up family's: how clearly the audio
// points at one family (1: only one family fits at all; 0: two fit equally). At or above
// kTypeDecidedConfidence (0.5, the best leads by half the scale) the type is used; below it the
// type is "other" and the guess a hint. The thresholds are ranges of what the features mean,
// set from acoustics, and checked (not fitted) against both fault sets of the advice benchmark.
namespace {

double ramp(double x, double lo, double hi)
{
    return std::clamp((x - lo) / (hi - lo), 0.0, 1.0);
}

struct Family {
    std::string_view name;
    double score;
    std::string type;  // the type it stands for in this track
};

}  // namespace

TypeGuess guessTrackType(const TrackProfile& p)
{
    TypeGuess g;
    g.type = "other";
    if (!p.dynamics.peakDbfs || *p.dynamics.peakDbfs < -60.0)
        return g;
    const double tonalness = p.tonal.tonalness.value_or(0.0);
    const double harmonic = p.tonal.hnrDb ? ramp(*p.tonal.hnrDb, 15.0, 25.0) : 0.0;
    const double pitched = std::max(ramp(tonalness, 0.15, 0.45), ramp(p.tonal.voicedFraction, 0.3, 0.6) * harmonic);
    const double noisy = ramp(p.spectrum.flatness.value_or(0.0), 0.005, 0.05);
    const double unpitched = std::max(1.0 - pitched, noisy);
    const double struck = ramp(p.dynamics.crestDb.value_or(0.0), 14.0, 18.0);
    const double onsetsPerS = std::max(p.rhythm.onsetsPerS, p.rhythm.transientDensity);
    const double low = share(p, Band::SubBass) + share(p, Band::Bass);
    const double mid = 1.0 - ramp(low, 0.5, 0.8);
    const double presence = ramp(share(p, Band::UpperMids), 0.08, 0.2);
    const double centroid = p.spectrum.centroidHz.value_or(0.0);
    const double wide = ramp(p.stereo.width.value_or(0.0), 0.3, 0.8);
    const double line = ramp(p.tonal.voicedFraction, 0.5, 0.8);
    const auto f0 = p.tonal.f0MedianHz;

    std::vector<Family> families;
    {
        const double hits = ramp(p.dynamics.crestDb.value_or(0.0), 6.0, 10.0);
        const double banded = ramp(share(p, Band::UpperMids), 0.35, 0.5);
        const double score = unpitched * hits * ramp(onsetsPerS, 0.1, 0.5) * (1.0 - banded);
        const double kick = 1.0 - ramp(centroid, 250.0, 500.0);
        const double hats = ramp(centroid, 4000.0, 6000.0);
        const double snare = ramp(centroid, 400.0, 800.0) * (1.0 - hats);
        // A drum's kind only where its centroid sits clearly in that kind's range.
        const char* type = kick >= 0.7 ? "kick" : snare >= 0.7 ? "snare" : hats >= 0.7 ? "hats" : "drums";
        families.push_back({"drums", score, type});
    }
    families.push_back({"bass", pitched * ramp(low, 0.6, 0.85) * (f0 ? 1.0 - ramp(*f0, 200.0, 300.0) : 1.0), "bass"});
    const double struckNotes = pitched * mid * struck * ramp(onsetsPerS, 0.3, 1.0);
    families.push_back({"keys", struckNotes * (1.0 - presence), "keys"});
    families.push_back({"guitar", struckNotes * presence, "guitar"});
    families.push_back({"melodic", pitched * mid * (1.0 - struck), wide >= 0.5 ? "pad" : "synth"});
    const double voiceRange = f0 ? ramp(*f0, 60.0, 80.0) * (1.0 - ramp(*f0, 1100.0, 1300.0)) : 1.0;
    families.push_back({"vocals", 0.5 * pitched * mid * line * voiceRange, "vocals"});

    std::sort(families.begin(), families.end(), [](const Family& a, const Family& b) { return a.score > b.score; });
    for (const Family& f : families)
        g.scores.push_back({f.type, f.score});
    const Family& best = families[0];
    const Family& second = families[1];
    if (best.score <= 0.0)
        return g;
    g.type = best.type;
    g.runnerUp = second.score > 0.0 ? second.type : std::string();
    g.confidence = std::clamp(best.score - second.score, 0.0, 1.0);
    g.decided = g.confidence >= kTypeDecidedConfidence;
    return g;
}

namespace {

// The family a type belongs to, for telling a name and the audio apart.
std::string_view familyOf(std::string_view type)
{
    if (isDrumType(type))
        return "drums";
    if (type == "pad" || type == "synth" || type == "strings" || type == "winds")
        return "melodic";
    return type;
}

}  // namespace

void decideTrackType(TrackProfile& profile, const std::optional<std::string>& override)
{
    const TypeGuess guess = guessTrackType(profile);
    profile.typeGuess = guess.scores.empty() ? std::string() : guess.type;
    profile.typeRunnerUp = guess.runnerUp;
    if (override && isTrackType(*override)) {
        profile.type = *override;
        profile.typeSource = "user";
        profile.typeConfidence = 1.0;
        return;
    }
    if (!isGenericTrackName(profile.name)) {
        if (auto fromName = trackTypeFromName(profile.name)) {
            profile.type = *fromName;
            profile.typeSource = "name";
            profile.typeConfidence = kTypeNameConfidence;
            return;
        }
    }
    profile.type = guess.decided ? guess.type : "other";
    profile.typeSource = "measurements";
    profile.typeConfidence = guess.confidence;
}

bool isTypeUncertain(const TrackProfile& p)
{
    return p.typeSource == "measurements" && p.type == "other" && !p.typeGuess.empty() && p.typeGuess != "other";
}

std::optional<TypeGuess> audioContradictsName(const TrackProfile& p, double minAudioConfidence)
{
    // Mixes and effects are anything at all; the audio has no family for them.
    if (p.typeSource != "name" || p.type == "mix" || p.type == "fx" || p.type == "other")
        return std::nullopt;
    TypeGuess guess = guessTrackType(p);
    if (guess.decided && guess.confidence >= minAudioConfidence && familyOf(guess.type) != familyOf(p.type))
        return guess;
    return std::nullopt;
}

}  // namespace stemwise::core
