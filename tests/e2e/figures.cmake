# figures: figures as people write them, in running text and in tables (docs/summary.md), read back
# from the year-end report of a copy of the example campaign by pdftotext, and the warning
# `validate` gives for a unit's own record beside its children's.
if(EXISTS ${PROJECT_SOURCE_DIR}/samples/example/campaign.toml)
  foreach(check tables placeholders left_out)
    add_test(NAME e2e.figures.${check}
             COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/figures/check_figures.py ${check} ${CR_BINARY}
                     ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/figures/${check})
    set_tests_properties(e2e.figures.${check} PROPERTIES LABELS e2e)
  endforeach()
endif()
