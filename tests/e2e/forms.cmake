# Fill-in forms: `form` writes them, a test fills them in with openpyxl as townships do, `collect`
# merges them, and `build` shows the figures typed in.
foreach(mode form round-trip workbook-records)
  add_test(NAME e2e.forms.${mode}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/forms.py ${mode} ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR}/samples/example)
  set_tests_properties(e2e.forms.${mode} PROPERTIES LABELS e2e)
endforeach()
