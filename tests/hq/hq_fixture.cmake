# Included by the test directories whose tests need HQ (tests/sync, ...),
# wherever they come in the build order; defines the fixture once.
include_guard(GLOBAL)

# One PostgreSQL + stand-in for every test that needs HQ, started and stopped by
# ctest (so plain `ctest` runs them), in this build directory's own state dir.
set(CREDOPASS_HQ_STATE ${PROJECT_BINARY_DIR}/tests/hq/hq-state)
add_test(NAME hq_start COMMAND ${PROJECT_SOURCE_DIR}/scripts/hq start --empty --dir ${CREDOPASS_HQ_STATE}
  --standin $<TARGET_FILE:credopass-hq-standin>)
add_test(NAME hq_stop COMMAND ${PROJECT_SOURCE_DIR}/scripts/hq stop --dir ${CREDOPASS_HQ_STATE})
set_tests_properties(hq_start PROPERTIES FIXTURES_SETUP credopass_hq RESOURCE_LOCK credopass_hq LABELS hq)
set_tests_properties(hq_stop PROPERTIES FIXTURES_CLEANUP credopass_hq RESOURCE_LOCK credopass_hq LABELS hq)

# credopass_hq_test(<test>): <test> (a credopass_test) runs against that HQ, one at a time.
function(credopass_hq_test name)
  set_tests_properties(${name} PROPERTIES
    FIXTURES_REQUIRED credopass_hq
    RESOURCE_LOCK credopass_hq
    ENVIRONMENT "CREDOPASS_HQ_ENV=${PROJECT_BINARY_DIR}/tests/hq/hq-state/hq.env;CREDOPASS_HQ_STANDIN=$<TARGET_FILE:credopass-hq-standin>")
  target_link_libraries(${name} PRIVATE credopass_hq_testkit)
  add_dependencies(${name} credopass-hq-standin)
endfunction()
