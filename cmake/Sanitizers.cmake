# STEMWISE_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
# UBSan findings abort the test (no recovery), so a finding fails CTest. -O1 keeps the
# sanitised DSP tests fast enough to run on every CI run without hiding findings. The tests'
# own code is compiled -O0 there, but for the few whose own loops are heavy
# (tests/CMakeLists.txt, stemwise_test_optimisation).
# STEMWISE_TSAN=ON builds with ThreadSanitizer instead (the two cannot share a process); the
# tsan preset builds only the threaded tests with it (tests/CMakeLists.txt) and runs them
# with tests/tsan.supp.
# Both keep line tables only (-g1): a sanitizer's report names function, file and line from
# them, and full debug information (types, variables) cost a third of a sanitised compile's
# CPU time (ASan/UBSan, three TUs — profilejson, mainwindow, tst_sessiontempo: 69.0 s of CPU
# with -g, 43.1 s with -g1), spent on every CI run for nothing a report prints. Inlined
# frames may fold into their caller; debug a finding in the debug preset.
option(STEMWISE_TSAN "Build with ThreadSanitizer" OFF)
if(STEMWISE_SANITIZE AND STEMWISE_TSAN)
    message(FATAL_ERROR "STEMWISE_SANITIZE (ASan/UBSan) and STEMWISE_TSAN exclude each other")
endif()
if(STEMWISE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer -O1 -g1)
    add_link_options(-fsanitize=address,undefined)
endif()
if(STEMWISE_TSAN)
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -O1 -g1)
    add_link_options(-fsanitize=thread)
endif()
# STEMWISE_FUZZ=ON (clang only): coverage for libFuzzer in every library, with ASan and
# UBSan so that a finding stops at its cause; tests/fuzz links the fuzzer's main.
if(STEMWISE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "STEMWISE_FUZZ needs clang (the fuzz preset sets it)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer -g1 -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
