# FindLiblo: liblo (OSC messages: parsing and writing the wire format) through pkg-config, as the
# imported target Liblo::Liblo.
include(PkgConfigFind)
stemwise_pkg_find(Liblo liblo Liblo::Liblo)
