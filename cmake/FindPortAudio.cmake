# FindPortAudio: PortAudio through pkg-config, as the imported target PortAudio::PortAudio.
include(PkgConfigFind)
stemwise_pkg_find(PortAudio portaudio-2.0 PortAudio::PortAudio)
