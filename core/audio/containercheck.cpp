// Container sizes read from the file's own bytes (see containercheck.h).
#include "audio/containercheck.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <string_view>
#include <vector>

namespace stemwise::core {

namespace {

std::uint64_t le(const unsigned char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

std::uint64_t be(const unsigned char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

bool tagIs(const unsigned char* p, const char* tag) { return std::memcmp(p, tag, 4) == 0; }

constexpr unsigned char kW64Riff[16] = {0x72, 0x69, 0x66, 0x66, 0x2E, 0x91, 0xCF, 0x11,
                                        0xA5, 0xD6, 0x28, 0xDB, 0x04, 0xC1, 0x00, 0x00};

// Reads `count` bytes at `offset`; fewer at the end of the file.
std::vector<unsigned char> bytesAt(std::ifstream& in, std::uintmax_t offset, std::size_t count)
{
    std::vector<unsigned char> out(count);
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(count));
    out.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return out;
}

void checkCaf(std::ifstream& in, std::uintmax_t fileSize, ContainerCheck& check)
{
    std::uintmax_t pos = 8;  // after "caff", version and flags
    for (int chunk = 0; chunk < 4096 && pos + 12 <= fileSize; ++chunk) {
        const auto header = bytesAt(in, pos, 12);
        if (header.size() < 12)
            return;
        const auto size = static_cast<std::int64_t>(be(header.data() + 4, 8));
        if (tagIs(header.data(), "data")) {
            const std::uintmax_t available = fileSize - (pos + 12);
            if (size >= 0 && static_cast<std::uintmax_t>(size) <= available)
                return;  // complete (trailing chunks may follow)
            if (size > 0)
                check.bytesMissing = static_cast<std::uintmax_t>(size) - available;
            ContainerCheck::Patch patch;
            patch.offset = pos + 4;
            for (int i = 0; i < 8; ++i)
                patch.bytes[static_cast<std::size_t>(i)] = static_cast<unsigned char>(available >> (8 * (7 - i)));
            check.patch = patch;
            return;
        }
        if (size < 0)
            return;
        pos += 12 + static_cast<std::uintmax_t>(size);
    }
}

void checkOgg(std::ifstream& in, std::uintmax_t fileSize, ContainerCheck& check)
{
    const std::size_t tail = static_cast<std::size_t>(std::min<std::uintmax_t>(fileSize, 65536 + 27));
    const auto bytes = bytesAt(in, fileSize - tail, tail);
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    // The last page header: "OggS", version 0, then the header type flags.
    for (auto at = text.rfind("OggS"); at != std::string_view::npos; at = at == 0 ? std::string_view::npos : text.rfind("OggS", at - 1)) {
        if (at + 6 > text.size() || bytes[at + 4] != 0)
            continue;
        check.endOfStreamMissing = (bytes[at + 5] & 0x04) == 0;
        return;
    }
    check.endOfStreamMissing = true;  // no page header in the last 64 KiB: not a whole stream
}

double extended80(const unsigned char* p)
{
    const int exponent = static_cast<int>(be(p, 2) & 0x7FFF);
    const std::uint64_t mantissa = be(p + 2, 8);
    if (exponent == 0 && mantissa == 0)
        return 0.0;
    return std::ldexp(static_cast<double>(mantissa), exponent - 16383 - 63);
}

}  // namespace

ContainerCheck checkContainer(const std::filesystem::path& path)
{
    ContainerCheck check;
    std::error_code ec;
    const std::uintmax_t fileSize = std::filesystem::file_size(path, ec);
    if (ec)
        return check;
    std::ifstream in(path, std::ios::binary);
    const auto head = bytesAt(in, 0, 64);
    if (head.size() < 28)
        return check;
    const unsigned char* h = head.data();
    std::uintmax_t declared = 0;
    if (tagIs(h, "RIFF") && tagIs(h + 8, "WAVE"))
        declared = le(h + 4, 4) + 8;
    else if (tagIs(h, "RIFX") && tagIs(h + 8, "WAVE"))
        declared = be(h + 4, 4) + 8;
    else if ((tagIs(h, "RF64") || tagIs(h, "BW64")) && tagIs(h + 12, "ds64") && head.size() >= 28)
        declared = le(h + 20, 8) + 8;
    else if (std::memcmp(h, kW64Riff, 16) == 0)
        declared = le(h + 16, 8);
    else if (tagIs(h, "FORM") && (tagIs(h + 8, "AIFF") || tagIs(h + 8, "AIFC")))
        declared = be(h + 4, 4) + 8;
    else if (tagIs(h, "caff"))
        checkCaf(in, fileSize, check);
    else if (tagIs(h, "OggS"))
        checkOgg(in, fileSize, check);
    // A RIFF chunk of odd length may lack its pad byte: one byte is no cut.
    if (declared > fileSize + 1)
        check.bytesMissing = declared - fileSize;
    return check;
}

std::optional<DeclaredFormat> declaredFormat(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    const auto head = bytesAt(in, 0, 12);
    if (head.size() < 12)
        return std::nullopt;
    const bool wav = tagIs(head.data(), "RIFF") && tagIs(head.data() + 8, "WAVE");
    const bool aiff = tagIs(head.data(), "FORM") && (tagIs(head.data() + 8, "AIFF") || tagIs(head.data() + 8, "AIFC"));
    if (!wav && !aiff)
        return std::nullopt;
    std::uintmax_t pos = 12;
    for (int chunk = 0; chunk < 64; ++chunk) {
        const auto header = bytesAt(in, pos, 8);
        if (header.size() < 8)
            return std::nullopt;
        const std::uint64_t size = wav ? le(header.data() + 4, 4) : be(header.data() + 4, 4);
        if (wav && tagIs(header.data(), "fmt ")) {
            const auto fmt = bytesAt(in, pos + 8, 8);
            if (fmt.size() < 8)
                return std::nullopt;
            return DeclaredFormat{static_cast<double>(le(fmt.data() + 4, 4)), static_cast<int>(le(fmt.data() + 2, 2))};
        }
        if (aiff && tagIs(header.data(), "COMM")) {
            const auto comm = bytesAt(in, pos + 8, 18);
            if (comm.size() < 18)
                return std::nullopt;
            return DeclaredFormat{extended80(comm.data() + 8), static_cast<int>(be(comm.data(), 2))};
        }
        pos += 8 + size + (size & 1);
    }
    return std::nullopt;
}

}  // namespace stemwise::core
