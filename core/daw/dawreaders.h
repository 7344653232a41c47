#pragma once
// The two readers behind readDawSession() (daw/dawsession.h). Each reads the opened file in
// blocks (constant memory apart from what it keeps), after the size check.

#include "daw/dawsession.h"

#include <istream>
#include <string_view>

namespace stemwise::core::daw_detail {

[[nodiscard]] Result<DawSession> readArdourSession(std::istream& in, const std::filesystem::path& file,
                                                   const DawReadLimits& limits);
[[nodiscard]] Result<DawSession> readReaperProject(std::istream& in, const std::filesystem::path& file,
                                                   const DawReadLimits& limits);

/// 20·log10(coefficient); −infinity for 0 and below.
[[nodiscard]] double gainToDb(double coefficient);

/// Adds `file` to `files` unless its path is there already.
void addFileOnce(std::vector<DawFile>& files, DawFile file);

}  // namespace stemwise::core::daw_detail
