# validate: every case of tests/corpus (broken campaigns, each broken in one way, and valid
# variants) is run through `campaign-report validate` and judged against its expect.txt by an
# independent checker; the bundled samples must validate cleanly, their --json output parse.
file(GLOB corpus_cases LIST_DIRECTORIES true CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/corpus/*)
foreach(case ${corpus_cases})
  if(IS_DIRECTORY ${case} AND EXISTS ${case}/expect.txt)
    get_filename_component(case_name ${case} NAME)
    add_test(NAME e2e.validate.${case_name}
             COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/check_validate.py ${CR_BINARY} ${case})
    set_tests_properties(e2e.validate.${case_name} PROPERTIES LABELS "e2e;sanitize")
    # validate == build: a broken case is refused by both, with the same errors and exit code.
    file(STRINGS ${case}/expect.txt exit_line REGEX "^exit ")
    if(NOT exit_line STREQUAL "exit 0")
      add_test(NAME e2e.agreement.${case_name}
               COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/check_agreement.py ${CR_BINARY} ${case})
      set_tests_properties(e2e.agreement.${case_name} PROPERTIES LABELS "e2e")
    endif()
  endif()
endforeach()

# The bundled samples are what users copy: not a warning in their data nor in their report text.
foreach(sample example suiling-dangjian-winter gongwen-report)
  add_test(NAME e2e.validate.sample_${sample}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/check_validate.py ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR}/samples/${sample} --clean)
  set_tests_properties(e2e.validate.sample_${sample} PROPERTIES LABELS "e2e;sanitize")
endforeach()
