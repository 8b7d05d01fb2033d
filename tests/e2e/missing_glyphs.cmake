# A character that no font covers stops the PDF with its place and code point (exit 1, no PDF);
# --allow-missing-glyphs draws 〓 instead, with a warning, and keeps the character in the text layer.
add_test(NAME e2e.missing_glyphs
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/missing_glyphs/check.py ${CR_BINARY}
                 ${PROJECT_SOURCE_DIR}/samples/suiling-dangjian-winter)
