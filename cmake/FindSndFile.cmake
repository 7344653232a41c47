# FindSndFile: libsndfile through pkg-config, as the imported target SndFile::SndFile.
include(PkgConfigFind)
stemwise_pkg_find(SndFile sndfile SndFile::SndFile)
