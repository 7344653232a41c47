#include "daw/dawsession.h"

#include "daw/dawreaders.h"
#include "util/strprintf.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <fstream>
#include <limits>
#include <system_error>

namespace stemwise::core {

namespace fs = std::filesystem;

std::string_view dawKindName(DawKind kind)
{
    return kind == DawKind::Ardour ? "ardour" : "reaper";
}

std::string_view pluginKindName(PluginKind kind)
{
    switch (kind) {
    case PluginKind::Eq: return "eq";
    case PluginKind::Compressor: return "compressor";
    case PluginKind::Limiter: return "limiter";
    case PluginKind::DeEsser: return "de-esser";
    case PluginKind::Gate: return "gate";
    case PluginKind::Reverb: return "reverb";
    case PluginKind::Other: break;
    }
    return "other";
}

namespace {

// The name in lower case, split into runs of letters and digits: "ACE High/Low Pass" ->
// ace, high, low, pass; "ReaEQ (Cockos)" -> reaeq, cockos.
std::vector<std::string> wordsOf(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

bool hasWord(const std::vector<std::string>& words, std::initializer_list<std::string_view> any)
{
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return std::find(any.begin(), any.end(), w) != any.end();
    });
}

bool contains(const std::string& text, std::initializer_list<std::string_view> any)
{
    return std::any_of(any.begin(), any.end(), [&](std::string_view part) { return text.find(part) != std::string::npos; });
}

// FabFilter-style names: "Pro-Q 3", "Pro-C 2": the letter after "pro".
std::string_view proLetter(const std::vector<std::string>& words)
{
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "pro")
            return words[i + 1];
    return {};
}

PluginKind kindOfWords(const std::vector<std::string>& words)
{
    std::string joined;
    for (const auto& w : words)
        joined += w;
    const std::string_view pro = proLetter(words);
    // The most specific kinds first: a "de-esser" is a compressor and a "limiter" too, and a
    // "compressor/limiter" limits.
    if (contains(joined, {"deess", "sibilan"}) || pro == "ds")
        return PluginKind::DeEsser;
    if (contains(joined, {"limit", "maximi"}) || hasWord(words, {"dpl", "l1", "l2", "l3"}) || pro == "l")
        return PluginKind::Limiter;
    if (contains(joined, {"compress", "reacomp", "reaxcomp"}) || hasWord(words, {"comp", "1176", "la2a", "opto", "vca"})
        || pro == "c" || pro == "mb")
        return PluginKind::Compressor;
    if (contains(joined, {"gate", "expander"}) || hasWord(words, {"exp"}) || pro == "g")
        return PluginKind::Gate;
    const bool eqWord = std::any_of(words.begin(), words.end(), [](const std::string& w) {
        return w == "eq" || (w.size() > 2 && (w.starts_with("eq") || w.ends_with("eq")) && w != "freq" && !w.ends_with("freq"));
    });
    if (eqWord || contains(joined, {"equaliz", "equalis", "highpass", "lowpass", "hipass", "filter"})
        || hasWord(words, {"parametric", "hpf", "lpf"}) || pro == "q")
        return PluginKind::Eq;
    if (contains(joined, {"verb"}) || hasWord(words, {"room", "hall", "plate", "chamber", "convolution", "convolver"})
        || pro == "r")
        return PluginKind::Reverb;
    return PluginKind::Other;
}

}  // namespace

PluginKind pluginKindFromName(std::string_view name, std::string_view identifier)
{
    const PluginKind byName = kindOfWords(wordsOf(name));
    if (byName != PluginKind::Other || identifier.empty())
        return byName;
    return kindOfWords(wordsOf(identifier));
}

namespace {

bool isWindowsPath(const std::string& path)
{
    if (path.size() >= 3 && std::isalpha(static_cast<unsigned char>(path[0])) != 0 && path[1] == ':'
        && (path[2] == '\\' || path[2] == '/'))
        return true;
    return path.starts_with("\\\\");
}

// Whether `path` (absolute, lexically normal) lies inside `folder` (the same).
bool isInside(const fs::path& path, const fs::path& folder)
{
    auto p = path.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
        if (f->empty())
            continue;  // the trailing "" of a folder written with a final '/'
        if (p == path.end() || *p != *f)
            return false;
    }
    return true;
}

}  // namespace

DawFile resolveDawFile(const std::string& written, const fs::path& sessionFolder, const std::vector<fs::path>& candidates)
{
    DawFile file;
    file.path = written;
    if (written.empty() || written.find('\0') != std::string::npos)
        return file;
    if (isWindowsPath(written)) {
        file.outside = true;  // a path on another machine: nothing here to open
        return file;
    }
    std::string portable = written;
    std::replace(portable.begin(), portable.end(), '\\', '/');  // REAPER on Windows writes "Audio\\x.wav"
    std::error_code ec;
    const fs::path folder = fs::absolute(sessionFolder, ec).lexically_normal();
    const fs::path asWritten(portable);
    std::vector<fs::path> tries;
    if (asWritten.is_absolute()) {
        tries.push_back(asWritten.lexically_normal());
    } else {
        for (const auto& c : candidates)
            tries.push_back((folder / c / asWritten).lexically_normal());
        tries.push_back((folder / asWritten).lexically_normal());
    }
    for (const auto& t : tries) {
        file.resolved = t;
        if (!isInside(t, folder)) {
            file.outside = true;
            file.exists = false;
            return file;  // never looked at: a session file cannot make Stemwise probe the machine
        }
        file.outside = false;
        // A link inside the folder that leads out of it is outside too.
        const fs::path real = fs::weakly_canonical(t, ec);
        const fs::path realFolder = fs::weakly_canonical(folder, ec);
        if (!ec && !isInside(real, realFolder)) {
            file.outside = true;
            file.exists = false;
            return file;
        }
        file.exists = fs::is_regular_file(t, ec);
        if (file.exists)
            return file;
    }
    // Found nowhere: report the first place it was looked for (the DAW's own folder first).
    if (!tries.empty())
        file.resolved = tries.front();
    return file;
}

namespace daw_detail {

double gainToDb(double coefficient)
{
    if (!(coefficient > 0.0))
        return -std::numeric_limits<double>::infinity();
    return 20.0 * std::log10(coefficient);
}

void addFileOnce(std::vector<DawFile>& files, DawFile file)
{
    const bool known = std::any_of(files.begin(), files.end(), [&](const DawFile& f) { return f.path == file.path; });
    if (!known)
        files.push_back(std::move(file));
}

}  // namespace daw_detail

namespace {

std::string lowerExtension(const fs::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return ext;
}

std::string sizeText(std::uintmax_t bytes)
{
    if (bytes >= (std::uintmax_t{1} << 30))
        return strprintf("%.1f GiB", static_cast<double>(bytes) / static_cast<double>(std::uintmax_t{1} << 30));
    return strprintf("%.0f MiB", static_cast<double>(bytes) / static_cast<double>(std::uintmax_t{1} << 20));
}

}  // namespace

Result<DawSession> readDawSession(const fs::path& file, const DawReadLimits& limits)
{
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (ec || !fs::exists(status))
        return Error("no such file", ErrorCode::NoSuchFile);
    if (fs::is_directory(status))
        return Error("is a folder, not a session file (name the .ardour or .RPP file in it)", ErrorCode::IsFolder);
    if (!fs::is_regular_file(status))
        return Error("is not a regular file", ErrorCode::NotRegularFile);
    const std::uintmax_t bytes = fs::file_size(file, ec);
    if (ec)
        return Error("cannot be accessed: " + ec.message(), ErrorCode::NotAccessible, ec.message());
    if (bytes == 0)
        return Error("is empty (0 bytes)", ErrorCode::EmptyFile);
    if (bytes > limits.maxFileBytes)
        return Error(strprintf("is %s, larger than the %s a session file may be; not read", sizeText(bytes).c_str(),
                               sizeText(limits.maxFileBytes).c_str()));
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return Error("cannot be read: permission denied", ErrorCode::PermissionDenied);

    // Recognised by its first bytes, whatever its name: "<?xml"/"<Session" is Ardour,
    // "<REAPER_PROJECT" is REAPER.
    std::array<char, 512> head{};
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    const std::string_view start(head.data(), static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    std::size_t first = 0;
    if (start.starts_with("\xEF\xBB\xBF"))
        first = 3;  // a UTF-8 byte order mark
    while (first < start.size() && std::isspace(static_cast<unsigned char>(start[first])) != 0)
        ++first;
    const std::string_view body = start.substr(std::min(first, start.size()));
    const std::string ext = lowerExtension(file);
    if (body.starts_with("<REAPER_PROJECT"))
        return daw_detail::readReaperProject(in, file, limits);
    if (body.starts_with("<?xml") || body.starts_with("<Session") || body.starts_with("<!DOCTYPE")
        || (ext == ".ardour" && body.starts_with("<")))
        return daw_detail::readArdourSession(in, file, limits);
    if (ext == ".rpp")
        return Error("is not a REAPER project: it does not begin with <REAPER_PROJECT");
    if (ext == ".ardour")
        return Error("is not an Ardour session: it is not XML");
    return Error("is neither an Ardour session (.ardour) nor a REAPER project (.RPP)");
}

}  // namespace stemwise::core
