# The year-end summary: the demo county's report against its previous year (every figure of the
# PDF agrees with the workbook, worked out again from the records), the report selection options
# (--year, --template, --previous), `init` (a fresh folder, filled in, builds), and the worked
# example of templates/README.md (a section added without code changes).
set(CR_YEAR_END_CHECKS ${CMAKE_CURRENT_SOURCE_DIR}/year_end)
set(CR_YEAR_END_DEMO ${PROJECT_SOURCE_DIR}/samples/year-end-demo/2026)
add_test(NAME e2e.year_end.demo
         COMMAND ${CR_PYTHON} ${CR_YEAR_END_CHECKS}/check_demo.py ${CR_BINARY} ${CR_YEAR_END_DEMO})
add_test(NAME e2e.year_end.selection
         COMMAND ${CR_PYTHON} ${CR_YEAR_END_CHECKS}/check_selection.py ${CR_BINARY} ${CR_YEAR_END_DEMO}
                 ${PROJECT_SOURCE_DIR}/samples/example)
add_test(NAME e2e.year_end.init COMMAND ${CR_PYTHON} ${CR_YEAR_END_CHECKS}/check_init.py ${CR_BINARY})
add_test(NAME e2e.year_end.added_section
         COMMAND ${CR_PYTHON} ${CR_YEAR_END_CHECKS}/check_added_section.py ${CR_BINARY} ${PROJECT_SOURCE_DIR}
                 ${CR_YEAR_END_DEMO})
set_tests_properties(e2e.year_end.demo e2e.year_end.selection e2e.year_end.init e2e.year_end.added_section
                     PROPERTIES LABELS e2e)
