// The DAW context of the suggestions from the DAW tracks of the analysed files (see dawcontext.h).
#include "suggest/dawcontext.h"

#include <cctype>

namespace stemwise::core {

std::string dawDisplayName(DawKind kind)
{
    switch (kind) {
    case DawKind::Ardour: return "Ardour";
    case DawKind::Reaper: return "REAPER";
    }
    return "DAW";
}

bool isHighPassPlugin(const DawPlugin& plugin)
{
    auto squeezed = [](const std::string& text) {
        std::string out;
        for (const char c : text)
            if (std::isalnum(static_cast<unsigned char>(c)) != 0)
                out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    for (const std::string& text : {squeezed(plugin.name), squeezed(plugin.identifier)})
        for (const char* part : {"highpass", "hipass", "hpf", "highlowpass", "hplp", "lowcut"})
            if (text.find(part) != std::string::npos)
                return true;
    return false;
}

std::optional<DawContext> dawContextOf(const std::vector<DawStemOfTrack>& stems)
{
    std::optional<DawContext> out;
    bool tempoAgrees = true;
    const DawStemContext* first = nullptr;
    bool oneSession = true;
    for (const DawStemOfTrack& s : stems) {
        if (!s.stem)
            continue;
        if (!out) {
            out.emplace();
            out->daw = dawDisplayName(s.stem->kind);
            out->tempoBpm = s.stem->sessionTempoBpm;
            first = s.stem.get();
        } else if (out->tempoBpm != s.stem->sessionTempoBpm) {
            tempoAgrees = false;
        }
        oneSession = oneSession && first != nullptr && s.stem->sessionFile == first->sessionFile;
        DawChannel channel;
        channel.track = s.stem->track.name;
        channel.beforePlugins = !s.stem->byName;
        channel.gainDb = s.stem->track.gainDb + s.stem->track.trimDb + s.stem->track.vcaGainDb;
        channel.pan = s.stem->track.pan;
        channel.mute = s.stem->track.mute || s.stem->track.vcaMuted;
        // A solo counts as the bus plays it only while the DAW is followed live: one saved in a
        // session file is a listening state left behind, not the mix.
        channel.solo = s.stem->live && s.stem->track.solo;
        for (const DawPlugin& p : s.stem->track.plugins) {
            if (!p.active)
                continue;
            if (isHighPassPlugin(p))
                channel.highPasses.push_back(p.name);
            else if (p.kind == PluginKind::Eq)
                channel.eqs.push_back(p.name);
            else if (p.kind == PluginKind::Compressor)
                channel.compressors.push_back(p.name);
        }
        out->channels[s.trackName] = std::move(channel);
    }
    if (out && !tempoAgrees)
        out->tempoBpm.reset();
    // The song's map: one session's markers (several sessions' would disagree).
    if (out && oneSession && first != nullptr)
        for (const DawMarker& m : first->sessionMarks)
            out->markers.push_back({m.name, m.timeS});
    return out;
}

}  // namespace stemwise::core
