# gbt9704: the official-document page style (GB/T 9704-2012) judged from the PDF alone
# (gbt9704/check_gbt9704.py with the helpers in tests/tools/): grid geometry and page numbers
# read back with pdftotext -bbox-layout and mutool, the case report's line-breaking check in
# this style, the 落款 positions, outside readers and determinism, OCR.
set(CR_GBT9704_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/gbt9704/check_gbt9704.py)
set(CR_GBT9704_WORK ${CMAKE_CURRENT_BINARY_DIR}/gbt9704)
foreach(check geometry breaking signature readers ocr)
  add_test(NAME e2e.gbt9704.${check}
           COMMAND ${CR_PYTHON} ${CR_GBT9704_CHECK} ${check} ${CR_BINARY} ${PROJECT_SOURCE_DIR}
                   ${CR_GBT9704_WORK}/${check})
  set_tests_properties(e2e.gbt9704.${check} PROPERTIES LABELS e2e)
endforeach()
