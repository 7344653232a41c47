# FindFFTW3f: FFTW3(single-precision) through pkg-config, as the imported target FFTW3::fftw3f.
include(PkgConfigFind)
stemwise_pkg_find(FFTW3f fftw3f FFTW3::fftw3f)
