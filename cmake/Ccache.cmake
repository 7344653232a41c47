# Use ccache for C and C++ when it is installed: rebuilds after a branch switch or a
# clean checkout then cost seconds instead of minutes.
find_program(STEMWISE_CCACHE ccache)
if(STEMWISE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${STEMWISE_CCACHE}")
    set(CMAKE_C_COMPILER_LAUNCHER "${STEMWISE_CCACHE}")
endif()
