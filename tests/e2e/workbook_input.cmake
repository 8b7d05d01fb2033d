# Tables read from workbooks (.xlsx, .xls): the same summary as from CSV for every sample, the
# office habits of a workbook made by openpyxl, and every diagnostic's sheet and cell.
foreach(sample example suiling-dangjian-winter)
  add_test(NAME e2e.workbook.both_ways_${sample}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/workbook_input.py both-ways ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR}/samples/${sample})
  set_tests_properties(e2e.workbook.both_ways_${sample} PROPERTIES LABELS e2e RUN_SERIAL ON)
endforeach()
add_test(NAME e2e.workbook.habits COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/workbook_input.py habits ${CR_BINARY})
add_test(NAME e2e.workbook.diagnostics
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/workbook_input.py diagnostics ${CR_BINARY})
set_tests_properties(e2e.workbook.habits e2e.workbook.diagnostics PROPERTIES LABELS "e2e;sanitize")
# Damaged and hostile workbooks: a diagnostic each, never a crash, a hang or 200 MB.
add_test(NAME e2e.workbook.malformed
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/workbook_input.py malformed ${CR_BINARY})
set_tests_properties(e2e.workbook.malformed PROPERTIES LABELS e2e TIMEOUT 300)
