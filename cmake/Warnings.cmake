# stemwise_set_warnings(target): the project's warning set, errors when STEMWISE_WERROR is on
# (it is on in CI and in every preset).
function(stemwise_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2
        -Wimplicit-fallthrough -Wmisleading-indentation)
    if(STEMWISE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
