# Warnings for our own targets only (system headers such as imgui stay quiet).
function(credopass_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wswitch-enum -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12's flow-based warnings misfire on libstdc++ code inlined at -O2:
    # variant/optional moves "maybe uninitialized" (GCC bug 105562), vector
    # insert "out of bounds" (GCC bug 107852). -Wuninitialized stays on, and
    # the ASan build checks bounds for real.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized -Wno-array-bounds
                                             -Wno-stringop-overflow -Wno-stringop-overread)
  endif()
  if(CREDOPASS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# A library of ours: warnings on, sources under <root>/ included as "component/file.hpp".
function(credopass_library target)
  add_library(${target} STATIC ${ARGN})
  target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
  credopass_warnings(${target})
endfunction()
