# STEMWISE_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
# UBSan findings abort the test (no recovery), so a finding fails CTest. -O1 keeps the
# sanitised DSP tests fast enough to run on every CI run without hiding findings.
if(STEMWISE_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer -O1)
    add_link_options(-fsanitize=address,undefined)
endif()
