#include "audio/sndfileformat.h"

#include <sndfile.h>

#include <array>
#include <utility>

namespace stemwise::core::sndfile {

namespace {

using NamedFormat = std::pair<int, const char*>;

constexpr std::array kContainers{
    NamedFormat{SF_FORMAT_WAV, "WAV"},     NamedFormat{SF_FORMAT_AIFF, "AIFF"},
    NamedFormat{SF_FORMAT_AU, "AU"},       NamedFormat{SF_FORMAT_RAW, "RAW"},
    NamedFormat{SF_FORMAT_PAF, "PAF"},     NamedFormat{SF_FORMAT_SVX, "SVX"},
    NamedFormat{SF_FORMAT_NIST, "NIST"},   NamedFormat{SF_FORMAT_VOC, "VOC"},
    NamedFormat{SF_FORMAT_IRCAM, "IRCAM"}, NamedFormat{SF_FORMAT_W64, "W64"},
    NamedFormat{SF_FORMAT_MAT4, "MAT4"},   NamedFormat{SF_FORMAT_MAT5, "MAT5"},
    NamedFormat{SF_FORMAT_PVF, "PVF"},     NamedFormat{SF_FORMAT_XI, "XI"},
    NamedFormat{SF_FORMAT_HTK, "HTK"},     NamedFormat{SF_FORMAT_SDS, "SDS"},
    NamedFormat{SF_FORMAT_AVR, "AVR"},     NamedFormat{SF_FORMAT_WAVEX, "WAVEX"},
    NamedFormat{SF_FORMAT_SD2, "SD2"},     NamedFormat{SF_FORMAT_FLAC, "FLAC"},
    NamedFormat{SF_FORMAT_CAF, "CAF"},     NamedFormat{SF_FORMAT_WVE, "WVE"},
    NamedFormat{SF_FORMAT_OGG, "OGG"},     NamedFormat{SF_FORMAT_MPC2K, "MPC2K"},
    NamedFormat{SF_FORMAT_RF64, "RF64"},   NamedFormat{SF_FORMAT_MPEG, "MPEG"},
};

constexpr std::array kEncodings{
    NamedFormat{SF_FORMAT_PCM_S8, "PCM_S8"},
    NamedFormat{SF_FORMAT_PCM_16, "PCM_16"},
    NamedFormat{SF_FORMAT_PCM_24, "PCM_24"},
    NamedFormat{SF_FORMAT_PCM_32, "PCM_32"},
    NamedFormat{SF_FORMAT_PCM_U8, "PCM_U8"},
    NamedFormat{SF_FORMAT_FLOAT, "FLOAT"},
    NamedFormat{SF_FORMAT_DOUBLE, "DOUBLE"},
    NamedFormat{SF_FORMAT_ULAW, "ULAW"},
    NamedFormat{SF_FORMAT_ALAW, "ALAW"},
    NamedFormat{SF_FORMAT_IMA_ADPCM, "IMA_ADPCM"},
    NamedFormat{SF_FORMAT_MS_ADPCM, "MS_ADPCM"},
    NamedFormat{SF_FORMAT_GSM610, "GSM610"},
    NamedFormat{SF_FORMAT_VOX_ADPCM, "VOX_ADPCM"},
    NamedFormat{SF_FORMAT_NMS_ADPCM_16, "NMS_ADPCM_16"},
    NamedFormat{SF_FORMAT_NMS_ADPCM_24, "NMS_ADPCM_24"},
    NamedFormat{SF_FORMAT_NMS_ADPCM_32, "NMS_ADPCM_32"},
    NamedFormat{SF_FORMAT_G721_32, "G721_32"},
    NamedFormat{SF_FORMAT_G723_24, "G723_24"},
    NamedFormat{SF_FORMAT_G723_40, "G723_40"},
    NamedFormat{SF_FORMAT_DWVW_12, "DWVW_12"},
    NamedFormat{SF_FORMAT_DWVW_16, "DWVW_16"},
    NamedFormat{SF_FORMAT_DWVW_24, "DWVW_24"},
    NamedFormat{SF_FORMAT_DWVW_N, "DWVW_N"},
    NamedFormat{SF_FORMAT_DPCM_8, "DPCM_8"},
    NamedFormat{SF_FORMAT_DPCM_16, "DPCM_16"},
    NamedFormat{SF_FORMAT_VORBIS, "VORBIS"},
    NamedFormat{SF_FORMAT_OPUS, "OPUS"},
    NamedFormat{SF_FORMAT_ALAC_16, "ALAC_16"},
    NamedFormat{SF_FORMAT_ALAC_20, "ALAC_20"},
    NamedFormat{SF_FORMAT_ALAC_24, "ALAC_24"},
    NamedFormat{SF_FORMAT_ALAC_32, "ALAC_32"},
    NamedFormat{SF_FORMAT_MPEG_LAYER_I, "MPEG_LAYER_I"},
    NamedFormat{SF_FORMAT_MPEG_LAYER_II, "MPEG_LAYER_II"},
    NamedFormat{SF_FORMAT_MPEG_LAYER_III, "MPEG_LAYER_III"},
};

template <std::size_t N>
std::string lookup(const std::array<NamedFormat, N>& table, int format)
{
    for (const auto& [value, name] : table) {
        if (value == format)
            return name;
    }
    return "UNKNOWN";
}

}  // namespace

std::string containerShortName(int majorFormat)
{
    return lookup(kContainers, majorFormat & SF_FORMAT_TYPEMASK);
}

std::string encodingShortName(int subtype)
{
    return lookup(kEncodings, subtype & SF_FORMAT_SUBMASK);
}

std::string formatDescription(int format, bool isSubtype)
{
    SF_FORMAT_INFO info{};
    info.format = format & (isSubtype ? SF_FORMAT_SUBMASK : SF_FORMAT_TYPEMASK);
    // SFC_GET_FORMAT_INFO answers for major formats and subtypes alike.
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &info, sizeof(info)) != 0 || info.name == nullptr)
        return isSubtype ? encodingShortName(format) : containerShortName(format);
    return info.name;
}

int bitsPerSample(int subtype)
{
    switch (subtype & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
    case SF_FORMAT_ULAW:
    case SF_FORMAT_ALAW:
    case SF_FORMAT_DPCM_8:
        return 8;
    case SF_FORMAT_PCM_16:
    case SF_FORMAT_DPCM_16:
    case SF_FORMAT_DWVW_16:
    case SF_FORMAT_ALAC_16:
        return 16;
    case SF_FORMAT_ALAC_20:
        return 20;
    case SF_FORMAT_PCM_24:
    case SF_FORMAT_DWVW_24:
    case SF_FORMAT_ALAC_24:
        return 24;
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_FLOAT:
    case SF_FORMAT_ALAC_32:
        return 32;
    case SF_FORMAT_DOUBLE:
        return 64;
    default:
        return 0;
    }
}

}  // namespace stemwise::core::sndfile
