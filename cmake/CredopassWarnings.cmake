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

# Each target sees its own folder and those of the targets it links, nothing
# else: the folder of the calling CMakeLists.txt is exposed as
# <build>/include/<target>/<component> (a symlink to the source folder), so
# "#include "storage/..."" in a target that does not link storage fails to
# compile. tests/layering checks the same order on the sources.
function(credopass_expose target scope)
  file(RELATIVE_PATH component ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
  set(root ${PROJECT_BINARY_DIR}/include/${target})
  get_filename_component(parent ${root}/${component} DIRECTORY)
  file(MAKE_DIRECTORY ${parent})
  file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${component} SYMBOLIC)
  target_include_directories(${target} ${scope} ${root})
endfunction()

# A library of ours: warnings on, its headers included as "component/file.hpp".
function(credopass_library target)
  add_library(${target} STATIC ${ARGN})
  credopass_expose(${target} PUBLIC)
  credopass_warnings(${target})
endfunction()
