# DATELINE_FUZZ=ON: a clang build for the libFuzzer targets in fuzz/ (docs/fuzzing.md). Every
# library is compiled with coverage hooks (fuzzer-no-link) and ASan + UBSan; only the fuzz targets
# link libFuzzer's main. Use a build directory of its own (scripts/fuzz.sh uses build-fuzz/).
option(DATELINE_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(DATELINE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "DATELINE_FUZZ needs clang: configure with CC=clang CXX=clang++ in a build directory of its own")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined)
endif()
