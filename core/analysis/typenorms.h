#pragma once
// What is normal for each track type: the thresholds the issue detector compares with.
//
// Sources and status of the figures: they are Stemwise's working defaults, drawn from common
// mixing practice rather than from one published study:
// - stem gain staging around -18 dBFS RMS / -20…-14 LUFS per stem with peaks below -6 dBFS
//   (the usual "−18 dBFS = 0 VU" convention of analogue-modelled plug-ins);
// - mix levels: streaming services normalise to about -14 LUFS and AES TD1004 recommends
//   -16 to -20 LUFS for streaming, so a mix louder than about -7 LUFS only loses dynamics;
// - band shares measured on the built-in demo and on typical multitracks: low-mid build-up
//   ("mud") above roughly a quarter of a vocal's energy in 250–500 Hz, upper-mid harshness
//   above a fifth in 2–4 kHz, energy below 60 Hz in sources that have no fundamentals there.
// They are meant to be tuned with real sessions (and are, per user, by the learning system).

#include <string_view>

namespace stemwise::core {

struct TypeNorms {
    double maxSubBassShare;   ///< above: rumble / unneeded sub energy (recommend a high-pass)
    double maxLowMidsShare;   ///< above: mud
    double maxUpperMidsShare; ///< above: harshness
    double hotLufs;           ///< integrated loudness above which the track is too hot
    double quietLufs;         ///< integrated loudness below which it is too quiet
    double minCrestDb;        ///< crest factor below which it is over-compressed
    bool sibilanceMatters;    ///< a voice: check sibilance
};

[[nodiscard]] const TypeNorms& typeNorms(std::string_view type);

}  // namespace stemwise::core
