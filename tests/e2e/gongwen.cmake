# gongwen: the parts of a 公文 set from [document] in campaign.toml (GB/T 9704-2012), judged
# from the outputs alone (gongwen/check_gongwen.py).
set(CR_GONGWEN_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/gongwen/check_gongwen.py)
set(CR_GONGWEN_WORK ${CMAKE_CURRENT_BINARY_DIR}/gongwen)
foreach(check unchanged masthead body attachments imprint seal complete validate)
  add_test(NAME e2e.gongwen.${check}
           COMMAND ${CR_PYTHON} ${CR_GONGWEN_CHECK} ${check} ${CR_BINARY} ${PROJECT_SOURCE_DIR}
                   ${CR_GONGWEN_WORK}/${check})
  set_tests_properties(e2e.gongwen.${check} PROPERTIES LABELS e2e)
endforeach()
