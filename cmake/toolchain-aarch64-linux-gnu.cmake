# Cross-building for Raspberry Pi OS (arm64) with Debian's multiarch cross
# toolchain (crossbuild-essential-arm64) and the :arm64 -dev packages:
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-aarch64-linux-gnu.cmake ...
# Tests run under qemu-user (package qemu-user): ctest calls each test binary
# through CMAKE_CROSSCOMPILING_EMULATOR, with the arm64 loader and libraries
# found where multiarch puts them.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE BOTH)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE BOTH)
# pkg-config reads the arm64 .pc files (and the architecture-free ones).
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /)
# CPack's Debian package: arm64, dependencies from dpkg-shlibdeps of arm64 libraries.
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE arm64)
