# FindXxHash: libxxhash (XXH3, the content hash) through pkg-config, as the imported target XxHash::XxHash.
include(PkgConfigFind)
stemwise_pkg_find(XxHash libxxhash XxHash::XxHash)
