# What an attack found (docs/testing.md, "Hardening"): the reproducers too large for
# tests/corpus, or that need the environment, a FIFO, a symbolic link or a umask.
add_test(NAME e2e.hardening
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/hardening.py ${CR_BINARY}
                 ${PROJECT_SOURCE_DIR}/samples/example ${PROJECT_SOURCE_DIR})
set_tests_properties(e2e.hardening PROPERTIES LABELS "e2e" TIMEOUT 900)
