# report_pdf: the case report as PDF, judged by outside readers (report_pdf/check_report.py and
# the helpers in tests/tools/): fonts, structure, validity, rendering, size, determinism, the
# text layer against an expectation built from the sources, line breaking and OCR.
set(CR_REPORT_PDF_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/report_pdf/check_report.py)
set(CR_REPORT_PDF_WORK ${CMAKE_CURRENT_BINARY_DIR}/report_pdf)
foreach(check readers text breaking ocr style)
  add_test(NAME e2e.report_pdf.${check}
           COMMAND ${CR_PYTHON} ${CR_REPORT_PDF_CHECK} ${check} ${CR_BINARY} ${PROJECT_SOURCE_DIR}
                   ${CR_REPORT_PDF_WORK}/${check})
  set_tests_properties(e2e.report_pdf.${check} PROPERTIES LABELS e2e)
endforeach()
# The finished page in both styles (report_pdf/check_page.py): an exact text layer, no glyph past
# the text area, closing lines never alone on a page, titles broken between words, 公文 faces.
set(CR_PAGE_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/report_pdf/check_page.py)
foreach(check textlayer edges closing titles typefaces)
  add_test(NAME e2e.page.${check}
           COMMAND ${CR_PYTHON} ${CR_PAGE_CHECK} ${check} ${CR_BINARY} ${PROJECT_SOURCE_DIR}
                   ${CMAKE_CURRENT_BINARY_DIR}/page/${check})
  set_tests_properties(e2e.page.${check} PROPERTIES LABELS e2e)
endforeach()
