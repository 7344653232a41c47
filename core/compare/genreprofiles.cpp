// The broad built-in style profiles of the genre estimate (compare/genreestimate.h) and where
// every figure comes from; docs/guide.md ("Genre") says the same for users.
//
// What they are: estimates, not measurements Stemwise made, and not a table copied from a
// paper. Each row is a centre and a spread of three features of a finished, mastered release
// of the style:
//  - PLR (true peak minus integrated loudness, dB). Obtained from the loudness and peak levels
//    at which commercial releases of each style have been reported since about 2000: pop, hip-hop,
//    EDM and metal masters around -9…-6 LUFS integrated with true peaks near 0…-1 dBTP (so a PLR
//    of about 6–10 dB), rock a little less dense, acoustic and jazz releases quieter at similar
//    peaks (about 10–15 dB), classical recordings mastered to peak with loudness around
//    -20…-16 LUFS (about 15–22 dB). The published measurements these ranges are read from:
//    E. Deruty and D. Tardieu, "About Dynamic Processing in Mainstream Music", J. Audio Eng. Soc.
//    62(1/2), 2014 (PLR, LRA and loudness of commercial releases across decades); E. Vickers,
//    "The Loudness War: Background, Speculation and Recommendations", AES 129th Convention, 2010;
//    the Dynamic Range Database (dr.loudness-war.info, per-album DR of commercial releases, a
//    crest-like figure, by genre tag).
//  - Loudness range (LRA, EBU Tech 3342, LU). Obtained from E. Skovenborg, "Loudness Range (LRA)
//    – Design and Evaluation", AES 132nd Convention, 2012, which reports LRA of programme
//    material including music of several genres (popular music mostly under about 8 LU,
//    classical far wider), and Deruty and Tardieu above; the centres below are rounded readings
//    of those ranges, the spreads wide enough to cover them.
//  - Tempo (BPM; spread in octaves of log2 BPM). The usual tempo range of each style as dance-
//    and DJ-oriented literature and tempo-estimation datasets state it (house and most EDM
//    120–130 BPM; hip-hop about 85–100 BPM; pop about 95–130 BPM; rock about 110–140 BPM; metal
//    wide, often 120–180 BPM; jazz and classical too wide for tempo to say much, hence their
//    large spreads). Reference for how tempo annotations spread: D. Moelants and M. McKinney,
//    "Tempo perception and musical content", ICMPC 2004.
// Nothing here has been checked against the sources' own tables figure by figure: the numbers
// are Stemwise's rounded reading of the ranges, and the spreads are deliberately wide (about
// half the reported range) so that a profile says "broadly this kind of record" and styles that
// overlap (pop, hip-hop, EDM, metal at modern loudness) come out "uncertain" unless tempo
// separates them. A user's own references tagged with a genre replace its profile as soon as
// there are kGenreMinReferences of them (genreestimate.h): they are the better evidence.
#include "compare/genreestimate.h"

#include <array>

namespace stemwise::core {

namespace {

// clang-format off
constexpr std::array<GenreProfile, 8> kProfiles{{
    //  genre        PLR   ±     LRA   ±     tempo  ±oct
    {"pop",          8.5,  1.5,  5.0,  2.0,  112.0, 0.20},
    {"rock",         9.5,  2.0,  6.0,  2.5,  125.0, 0.20},
    {"metal",        8.0,  1.5,  5.0,  2.0,  140.0, 0.25},
    {"hip-hop",      8.5,  1.5,  5.0,  2.0,   92.0, 0.15},
    {"edm",          7.5,  1.5,  5.5,  2.5,  126.0, 0.10},
    {"jazz",        14.0,  3.0,  9.0,  3.5,  120.0, 0.35},
    {"acoustic",    12.0,  2.5,  7.0,  2.5,  100.0, 0.25},
    {"classical",   18.0,  3.5, 14.0,  5.0,  100.0, 0.45},
}};
// clang-format on

}  // namespace

std::span<const GenreProfile> builtInGenreProfiles() { return kProfiles; }

}  // namespace stemwise::core
