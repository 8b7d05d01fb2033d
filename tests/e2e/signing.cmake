# signing: `build --sign KEY --cert CERT [--chain] [--key-pass-file] [--sign-visible]` (docs/submission.md), with
# keys made in the test by openssl, judged by pdfsig against an NSS database made by certutil.
foreach(check valid pdfa per_unit visible refused)
  add_test(NAME e2e.signing.${check}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/signing/check_signing.py ${check} ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/signing/${check})
  set_tests_properties(e2e.signing.${check} PROPERTIES LABELS e2e)
endforeach()
# The visible signature builds its own font subset and appearance stream: run under the sanitizers too.
set_tests_properties(e2e.signing.visible PROPERTIES LABELS "e2e;sanitize")
