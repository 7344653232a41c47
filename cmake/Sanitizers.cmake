# STEMWISE_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
# UBSan findings abort the test (no recovery), so a finding fails CTest. -O1 keeps the
# sanitised DSP tests fast enough to run on every CI run without hiding findings.
# STEMWISE_TSAN=ON builds with ThreadSanitizer instead (the two cannot share a process); the
# tsan preset builds only the threaded tests with it (tests/CMakeLists.txt) and runs them
# with tests/tsan.supp.
option(STEMWISE_TSAN "Build with ThreadSanitizer" OFF)
if(STEMWISE_SANITIZE AND STEMWISE_TSAN)
    message(FATAL_ERROR "STEMWISE_SANITIZE (ASan/UBSan) and STEMWISE_TSAN exclude each other")
endif()
if(STEMWISE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
if(STEMWISE_TSAN)
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer -O1)
    add_link_options(-fsanitize=thread)
endif()
