# batch: build --per-unit run unattended (batch/check_batch.py): units against their own builds,
# --jobs and GNU parallel shards byte for byte, seeded kills, locks, a failing unit, all or
# nothing per report, --if-changed, a full disk (skipped where no tmpfs can be mounted).
foreach(check figures determinism killed lock failing-unit unit-data-error all-or-nothing if-changed disk-full names)
  add_test(NAME e2e.batch.${check}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/batch/check_batch.py ${check} ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/batch/${check})
  set_tests_properties(e2e.batch.${check} PROPERTIES LABELS e2e SKIP_RETURN_CODE 77 TIMEOUT 300)
endforeach()
