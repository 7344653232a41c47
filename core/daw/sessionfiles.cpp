#include "daw/sessionfiles.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace stemwise::core {

namespace fs = std::filesystem;

std::vector<DawMarker> sessionBoundaryMarks(const DawSession& session)
{
    const double origin = session.sessionRange ? session.sessionRange->startS : 0.0;
    std::vector<DawMarker> out;
    for (const DawMarker& m : session.markers)
        out.push_back({m.name, m.timeS - origin});
    for (const DawRange& r : session.ranges) {
        out.push_back({r.name, r.startS - origin});
        if (r.endS > r.startS)
            out.push_back({"", r.endS - origin});
    }
    // By time; at one time, a named mark before an unnamed one (a range that ends where the next begins).
    std::stable_sort(out.begin(), out.end(), [](const DawMarker& a, const DawMarker& b) {
        return a.timeS != b.timeS ? a.timeS < b.timeS : !a.name.empty() && b.name.empty();
    });
    return out;
}

bool isDawSessionFile(const fs::path& path)
{
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return ext == ".ardour" || ext == ".rpp";
}

std::optional<fs::path> sessionFileIn(const fs::path& folder)
{
    std::error_code ec;
    std::vector<fs::path> sessions;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        if (p.filename().string().starts_with('.'))
            continue;
        std::error_code fileEc;
        if (!it->is_regular_file(fileEc))
            continue;
        if (hasAudioExtension(p))
            return std::nullopt;  // a folder of audio files: listed as one
        if (isDawSessionFile(p))
            sessions.push_back(p);
    }
    if (sessions.size() == 1)
        return sessions.front();
    const std::string own = fs::absolute(folder, ec).lexically_normal().filename().string();
    for (const auto& s : sessions)
        if (s.stem().string() == own)
            return s;
    return std::nullopt;
}

namespace {

// Letters and digits in lower case: "Lead_Vox" and "lead vox" are one name.
std::string nameKey(std::string_view name)
{
    std::string key;
    for (char c : name)
        if (std::isalnum(static_cast<unsigned char>(c)) != 0)
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

// Whether the file name `stem` names the track whose key is `track`: the whole name, or its
// end after a separator ("Song - Lead Vox" for "Lead Vox").
bool namesTrack(const std::string& stem, const std::string& track)
{
    if (track.empty())
        return false;
    if (nameKey(stem) == track)
        return true;
    for (std::size_t i = 0; i < stem.size(); ++i) {
        const char c = stem[i];
        if ((c == ' ' || c == '-' || c == '_' || c == '.') && nameKey(std::string_view(stem).substr(i + 1)) == track)
            return true;
    }
    return false;
}

}  // namespace

bool stemNamesDawTrack(const std::string& fileStem, const std::string& trackName)
{
    return namesTrack(fileStem, nameKey(trackName));
}

namespace {

struct ReadSession {
    fs::path file;
    DawSession session;
    std::vector<std::shared_ptr<const DawStemContext>> byFile;  // per track, once one of its files is listed
    std::vector<std::vector<PathError>> pending;               // per track: its missing or outside files
    std::vector<bool> bounced;                                  // per track: a bounce matched its name
};

}  // namespace

CollectedSessionFiles collectSessionFiles(const std::vector<fs::path>& paths, bool recursive)
{
    CollectedSessionFiles out;
    auto listed = [&](const fs::path& file) {
        const fs::path normal = fs::absolute(file).lexically_normal();
        return std::any_of(out.files.begin(), out.files.end(),
                           [&](const fs::path& f) { return fs::absolute(f).lexically_normal() == normal; });
    };
    std::vector<ReadSession> sessions;
    for (const fs::path& path : paths) {
        std::error_code ec;
        fs::path sessionPath = path;
        if (fs::is_directory(path, ec)) {
            if (auto inside = sessionFileIn(path))
                sessionPath = *inside;
        }
        if (!isDawSessionFile(sessionPath) || fs::is_directory(sessionPath, ec)) {
            auto plain = collectAudioFiles({path}, recursive);
            for (auto& f : plain.files)
                if (!listed(f))
                    out.files.push_back(std::move(f));
            for (auto& e : plain.errors)
                out.errors.push_back(std::move(e));
            continue;
        }
        auto session = readDawSession(sessionPath);
        if (!session) {
            out.errors.push_back({sessionPath, session.error().message});
            continue;
        }
        ReadSession rs{sessionPath, std::move(session.value()), {}, {}, {}};
        const std::size_t n = rs.session.tracks.size();
        rs.byFile.resize(n);
        rs.pending.resize(n);
        rs.bounced.assign(n, false);
        const std::string of = " of " + sessionPath.filename().string();
        for (std::size_t t = 0; t < n; ++t) {
            const DawTrack& track = rs.session.tracks[t];
            for (const DawFile& f : track.files) {
                if (f.outside) {
                    rs.pending[t].push_back({f.path, "played by the track '" + track.name + "'" + of
                                                         + ", but outside the session's folder: not opened"});
                    continue;
                }
                if (!f.exists) {
                    rs.pending[t].push_back({f.resolved.empty() ? fs::path(f.path) : f.resolved,
                                             "played by the track '" + track.name + "'" + of + ", but missing"});
                    continue;
                }
                if (listed(f.resolved))
                    continue;
                if (!rs.byFile[t])
                    rs.byFile[t] = std::make_shared<const DawStemContext>(
                        DawStemContext{rs.session.kind, sessionPath, rs.session.name, track, false,
                                       rs.session.tempoBpm, false, sessionBoundaryMarks(rs.session)});
                out.files.push_back(f.resolved);
                out.context.emplace(f.resolved, rs.byFile[t]);
            }
        }
        sessions.push_back(std::move(rs));
    }
    // Bounces: files no session named, matched to one track by their name.
    for (const fs::path& file : out.files) {
        if (out.context.contains(file))
            continue;
        const std::string stem = file.stem().string();
        ReadSession* match = nullptr;
        std::size_t matchTrack = 0;
        int matches = 0;
        for (auto& rs : sessions)
            for (std::size_t t = 0; t < rs.session.tracks.size(); ++t)
                if (namesTrack(stem, nameKey(rs.session.tracks[t].name))) {
                    match = &rs;
                    matchTrack = t;
                    ++matches;
                }
        if (matches != 1)
            continue;  // none, or ambiguous: left as a plain stem
        match->bounced[matchTrack] = true;
        out.context.emplace(file, std::make_shared<const DawStemContext>(DawStemContext{
                                      match->session.kind, match->file, match->session.name,
                                      match->session.tracks[matchTrack], true,
                                      match->session.tempoBpm, false, sessionBoundaryMarks(match->session)}));
    }
    for (auto& rs : sessions)
        for (std::size_t t = 0; t < rs.pending.size(); ++t)
            if (!rs.bounced[t])
                for (auto& e : rs.pending[t])
                    out.errors.push_back(std::move(e));
    return out;
}

}  // namespace stemwise::core
