# FindEbur128: libebur128 through pkg-config, as the imported target Ebur128::Ebur128.
include(PkgConfigFind)
stemwise_pkg_find(Ebur128 libebur128 Ebur128::Ebur128)
