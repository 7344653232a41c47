#include "analysis/typenorms.h"

#include <array>
#include <utility>

namespace stemwise::core {

namespace {

// type: sub, low-mids, upper-mids, hot LUFS, quiet LUFS, min crest dB, sibilance.
constexpr std::array<std::pair<std::string_view, TypeNorms>, 15> kNorms{{
    {"vocals", {0.02, 0.25, 0.22, -10.0, -40.0, 8.0, true}},
    {"drums", {0.20, 0.30, 0.30, -8.0, -40.0, 10.0, false}},
    {"kick", {0.70, 0.30, 0.15, -8.0, -40.0, 10.0, false}},
    {"snare", {0.05, 0.40, 0.35, -8.0, -40.0, 10.0, false}},
    {"hats", {0.01, 0.10, 0.40, -10.0, -45.0, 10.0, false}},
    {"bass", {0.60, 0.25, 0.10, -8.0, -40.0, 6.0, false}},
    {"guitar", {0.03, 0.35, 0.30, -10.0, -40.0, 6.0, false}},
    {"keys", {0.05, 0.35, 0.25, -10.0, -40.0, 6.0, false}},
    {"synth", {0.15, 0.35, 0.30, -8.0, -40.0, 4.0, false}},
    {"pad", {0.10, 0.35, 0.25, -12.0, -45.0, 4.0, false}},
    {"strings", {0.05, 0.35, 0.25, -12.0, -45.0, 6.0, false}},
    {"winds", {0.05, 0.35, 0.30, -10.0, -40.0, 6.0, false}},
    {"fx", {0.30, 0.40, 0.40, -8.0, -50.0, 4.0, false}},
    {"mix", {0.15, 0.25, 0.20, -7.0, -30.0, 7.0, false}},
    {"other", {0.20, 0.35, 0.30, -8.0, -45.0, 6.0, false}},
}};

}  // namespace

const TypeNorms& typeNorms(std::string_view type)
{
    for (const auto& [name, norms] : kNorms) {
        if (name == type)
            return norms;
    }
    return kNorms.back().second;
}

}  // namespace stemwise::core
