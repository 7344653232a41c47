# Installation layout and the Debian package (CPack DEB): the binary, the desktop entry,
# AppStream metainfo, the icon in the hicolor theme (SVG plus PNG sizes rendered from it at
# build time with rsvg-convert), and the user documentation.
# Build the package: cmake --build --preset default --target package  (or scripts/package.sh,
# which also validates and installs it).
include(GNUInstallDirs)

set(STEMWISE_APP_ID io.github.stemwise.Stemwise)
set(_packaging "${PROJECT_SOURCE_DIR}/packaging")

install(TARGETS stemwise RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES "${_packaging}/${STEMWISE_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${_packaging}/${STEMWISE_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${_packaging}/icons/stemwise.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${STEMWISE_APP_ID}.svg)

find_program(STEMWISE_RSVG_CONVERT rsvg-convert)
if(STEMWISE_RSVG_CONVERT)
    set(_pngs)
    foreach(size 16 24 32 48 64 128 256 512)
        set(_png "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${STEMWISE_APP_ID}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/icons/${size}"
            COMMAND ${STEMWISE_RSVG_CONVERT} -w ${size} -h ${size} -o "${_png}" "${_packaging}/icons/stemwise.svg"
            DEPENDS "${_packaging}/icons/stemwise.svg"
            COMMENT "Rendering the ${size} px icon")
        list(APPEND _pngs "${_png}")
        install(FILES "${_png}" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(stemwise_icons ALL DEPENDS ${_pngs})
else()
    message(STATUS "rsvg-convert not found: the package gets the SVG icon only (apt-get install librsvg2-bin)")
endif()

install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/stemwise)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/docs/" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/stemwise
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")

set(CPACK_PACKAGE_NAME stemwise)
set(CPACK_PACKAGE_VENDOR "The Stemwise developers")
set(CPACK_PACKAGE_CONTACT "The Stemwise developers <stemwise@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Stemwise measures a session of stems (loudness per EBU R128 with true peak, spectrum,\n"
    "band balance, dynamics, stereo image, tempo, pitch, key), finds mix problems and\n"
    "suggests concrete moves that learn from the user's ratings. PDF and JSON reports,\n"
    "live metering of an audio interface, and a command line for batch jobs.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_STRIP_FILES ON)  # the debug info stays in the build tree
# The runtime libraries' packages, found by dpkg-shlibdeps from what the binary links.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked: the Qt platform plugin for a desktop session and the
# fonts the reports use.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core, fonts-symbola, fonts-droid-fallback, fonts-freefont-ttf")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "jackd2")
include(CPack)
