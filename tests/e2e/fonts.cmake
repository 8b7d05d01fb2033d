# fonts: the font layer and the PDF writer proven on the specimen of `campaign-report fonts`.
# Outside readers judge the PDFs (pdffonts, qpdf, mutool, pdftoppm, pdfcpu, pdftotext,
# Tesseract OCR); see fonts_specimen.py and the reusable helpers in tests/tools/.
set(CR_FONTS_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/fonts_specimen.py)
set(CR_FONTS_WORK ${CMAKE_CURRENT_BINARY_DIR}/fonts)
set(CR_SEED_CAMPAIGN ${PROJECT_SOURCE_DIR}/samples/suiling-dangjian-winter)
set(CR_EXAMPLE_CAMPAIGN ${PROJECT_SOURCE_DIR}/samples/example)

# The seed's specimen in the default faces (Noto Serif CJK SC for the body) stays under 300 KB.
add_test(NAME e2e.fonts.seed_specimen
         COMMAND ${CR_PYTHON} ${CR_FONTS_CHECK} specimen ${CR_BINARY} ${CR_SEED_CAMPAIGN}
                 ${CR_FONTS_WORK}/seed --max-bytes 307200)
# One kind of font file each: a .ttf, a TrueType collection member, a CFF collection member.
foreach(kind ttf ttc cff)
  add_test(NAME e2e.fonts.specimen_${kind}
           COMMAND ${CR_PYTHON} ${CR_FONTS_CHECK} specimen ${CR_BINARY} ${CR_EXAMPLE_CAMPAIGN}
                   ${CR_FONTS_WORK}/${kind} --fonts ${kind})
endforeach()
add_test(NAME e2e.fonts.sigkill
         COMMAND ${CR_PYTHON} ${CR_FONTS_CHECK} kill ${CR_BINARY} ${CR_SEED_CAMPAIGN} ${CR_FONTS_WORK}/kill)
add_test(NAME e2e.fonts.ocr_control
         COMMAND ${CR_PYTHON} ${CR_FONTS_CHECK} ocr_control ${CR_BINARY} ${CR_SEED_CAMPAIGN} ${CR_FONTS_WORK}/control)
add_test(NAME e2e.fonts.listing
         COMMAND ${CR_PYTHON} ${CR_FONTS_CHECK} listing ${CR_BINARY} ${CR_SEED_CAMPAIGN} ${CR_FONTS_WORK}/listing)
set_tests_properties(e2e.fonts.seed_specimen e2e.fonts.specimen_ttf e2e.fonts.specimen_ttc e2e.fonts.specimen_cff
                     e2e.fonts.sigkill e2e.fonts.ocr_control e2e.fonts.listing PROPERTIES LABELS e2e)
