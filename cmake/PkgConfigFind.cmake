# stemwise_pkg_find(<Package> <pkg-config module> <imported target>)
# The body shared by the project's find modules: the libraries we use all ship a
# pkg-config file on Debian, so a find module is this macro plus one line.
include_guard(GLOBAL)
include(FindPackageHandleStandardArgs)
find_package(PkgConfig QUIET REQUIRED)

macro(stemwise_pkg_find package module target)
    pkg_check_modules(PC_${package} QUIET IMPORTED_TARGET ${module})
    find_package_handle_standard_args(${package}
        REQUIRED_VARS PC_${package}_FOUND
        VERSION_VAR PC_${package}_VERSION)
    if(${package}_FOUND AND NOT TARGET ${target})
        add_library(${target} INTERFACE IMPORTED)
        target_link_libraries(${target} INTERFACE PkgConfig::PC_${package})
    endif()
endmacro()
