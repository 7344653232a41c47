# STEMWISE_UNITY_BUILD=ON compiles each library's sources in batches (CMake's unity build):
# nlohmann/json, Qt and the standard library's headers are parsed, and their templates
# instantiated, once a batch instead of once a file. A cold build — every CI run — costs a
# third less CPU (README, "Build time"); an edit recompiles its whole batch, so the
# developer's default preset keeps it off. The test executables stay one file each.
# Names in a source file's anonymous namespace must therefore be unique within its library
# (a shared helper belongs in a header of its folder).
# Its default comes from the environment variable of the same name: .ci/run sets it, so CI's
# default preset is built in batches too; the sanitizer and fuzz presets set it themselves.
set(stemwise_unity_default OFF)
if(DEFINED ENV{STEMWISE_UNITY_BUILD})
    set(stemwise_unity_default "$ENV{STEMWISE_UNITY_BUILD}")
endif()
option(STEMWISE_UNITY_BUILD "Compile each library's sources in batches (CMake unity build)" ${stemwise_unity_default})
set(STEMWISE_UNITY_BATCH_SIZE 8 CACHE STRING "Source files in one batch of a unity build")

# stemwise_unity_build(target): batches the target's sources when STEMWISE_UNITY_BUILD is on.
function(stemwise_unity_build target)
    if(NOT STEMWISE_UNITY_BUILD)
        return()
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${STEMWISE_UNITY_BATCH_SIZE})
    # A class of one file holding a type of its anonymous namespace is fine; batched, the file is
    # an #include of the batch and GCC warns as if the class were in a header.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
endfunction()
