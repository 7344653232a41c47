# FindSoxr: libsoxr (the SoX resampler library) through pkg-config, as the imported target Soxr::Soxr.
include(PkgConfigFind)
stemwise_pkg_find(Soxr soxr Soxr::Soxr)
