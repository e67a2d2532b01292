# Warnings for our own targets only (system headers such as imgui stay quiet).
function(credopass_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wswitch-enum -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12 reports std::variant/std::optional moves as "maybe uninitialized"
    # in optimised builds (GCC bug 105562 and kin); -Wuninitialized stays on.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
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
