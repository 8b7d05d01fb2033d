# pdfa: `build --pdfa 1b|2b|3b` (docs/submission.md), judged by Apache PDFBox Preflight (1b),
# rule checks on the file's objects with pikepdf (2b, 3b), pdfdetach for the attached inputs,
# and the common readers (qpdf, pdfcpu, mutool, poppler). See pdfa/check_pdfa.py.
foreach(check a1b a2b a3b sealed settings per_unit)
  add_test(NAME e2e.pdfa.${check}
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/pdfa/check_pdfa.py ${check} ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/pdfa/${check})
  set_tests_properties(e2e.pdfa.${check} PROPERTIES LABELS e2e)
endforeach()
# The sealed 公文 at 1b goes through PoDoFo's object removal (pdf/stencil_mask): run under the sanitizers too.
set_tests_properties(e2e.pdfa.sealed PROPERTIES LABELS "e2e;sanitize")
