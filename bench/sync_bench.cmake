# bench_sync (included from bench/CMakeLists.txt): needs the HQ stand-in and
# its test kit, which are built with the tests.
if(TARGET credopass_hq_testkit)
  add_executable(bench_sync sync_bench.cpp bench_stats.cpp)
  target_link_libraries(bench_sync PRIVATE credopass_sync credopass_storage credopass_hq_testkit)
  target_compile_definitions(bench_sync PRIVATE CREDOPASS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CREDOPASS_HQ_STANDIN="$<TARGET_FILE:credopass-hq-standin>")
  add_dependencies(bench_sync credopass-hq-standin)
  credopass_warnings(bench_sync)
endif()
