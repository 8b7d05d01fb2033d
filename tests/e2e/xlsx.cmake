# The statistics workbook (`build --format xlsx`), judged by independent readers: openpyxl (stored
# values, charts, print settings, properties), LibreOffice headless (each sheet to CSV, as stored
# and with recalculation forced on load), byte comparison, and killed builds.
set(CR_XLSX_CHECKS ${CMAKE_CURRENT_SOURCE_DIR}/xlsx)
set(CR_XLSX_SEED ${PROJECT_SOURCE_DIR}/samples/suiling-dangjian-winter)
set(CR_XLSX_EXAMPLE ${PROJECT_SOURCE_DIR}/samples/example)
set(CR_XLSX_GENERATOR ${PROJECT_SOURCE_DIR}/bench/xlsx/generate_campaign.py)

add_test(NAME e2e.xlsx.workbook_seed COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_workbook.py ${CR_BINARY} ${CR_XLSX_SEED})
add_test(NAME e2e.xlsx.workbook_example
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_workbook.py ${CR_BINARY} ${CR_XLSX_EXAMPLE})
add_test(NAME e2e.xlsx.seed_figures
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_seed_figures.py ${CR_BINARY} ${CR_XLSX_SEED}
                 ${PROJECT_SOURCE_DIR}/tests/seed-figures.txt)
add_test(NAME e2e.xlsx.libreoffice_seed
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_libreoffice.py ${CR_BINARY} ${CR_XLSX_SEED})
add_test(NAME e2e.xlsx.libreoffice_example
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_libreoffice.py ${CR_BINARY} ${CR_XLSX_EXAMPLE})
# Without SOURCE_DATE_EPOCH the created date is the PDF's: China's midnight of the issue date
# ([campaign] published 2016-11-21, else the campaign's end).
add_test(NAME e2e.xlsx.deterministic
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_determinism.py ${CR_BINARY} ${CR_XLSX_SEED} 2016-11-20T16:00:00Z)
add_test(NAME e2e.xlsx.killed_build
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_killed_build.py ${CR_BINARY} ${CR_XLSX_GENERATOR} 200000)
add_test(NAME e2e.xlsx.constant_memory
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_constant_memory.py ${CR_BINARY} ${CR_XLSX_GENERATOR} 25000)
add_test(NAME e2e.xlsx.build_cli
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_build_cli.py ${CR_BINARY} ${CR_XLSX_SEED}
                 ${PROJECT_SOURCE_DIR}/tests/corpus/bad-number/campaign)
add_test(NAME e2e.xlsx.pdf_agreement
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_pdf_agreement.py ${CR_BINARY} ${CR_XLSX_SEED})
set_tests_properties(e2e.xlsx.pdf_agreement PROPERTIES SKIP_RETURN_CODE 77)

# The printed pages (LibreOffice to PDF, read by pdfminer): no overlap, nothing cut, nothing
# below 8 pt, names not ids; on both samples and a generated campaign of 775 records with units
# and daily records. The charts read back from their XML; Gnumeric recalculating every formula.
foreach(sample seed example)
  if(sample STREQUAL "seed")
    set(folder ${CR_XLSX_SEED})
  else()
    set(folder ${CR_XLSX_EXAMPLE})
  endif()
  add_test(NAME e2e.xlsx.print_${sample} COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_print.py ${CR_BINARY} ${folder})
  add_test(NAME e2e.xlsx.charts_${sample} COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_charts.py ${CR_BINARY} ${folder})
  add_test(NAME e2e.xlsx.gnumeric_${sample}
           COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_gnumeric.py ${CR_BINARY} ${folder})
  set_tests_properties(e2e.xlsx.print_${sample} e2e.xlsx.charts_${sample} e2e.xlsx.gnumeric_${sample}
                       PROPERTIES LABELS e2e TIMEOUT 900)
  set_tests_properties(e2e.xlsx.print_${sample} PROPERTIES RESOURCE_LOCK libreoffice)
endforeach()
add_test(NAME e2e.xlsx.print_generated
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_print.py ${CR_BINARY} ${CR_XLSX_GENERATOR} 775)
add_test(NAME e2e.xlsx.charts_generated
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_charts.py ${CR_BINARY} ${CR_XLSX_GENERATOR} 775)

set_tests_properties(e2e.xlsx.workbook_seed e2e.xlsx.workbook_example e2e.xlsx.seed_figures e2e.xlsx.libreoffice_seed
                     e2e.xlsx.libreoffice_example e2e.xlsx.deterministic e2e.xlsx.killed_build
                     e2e.xlsx.constant_memory e2e.xlsx.build_cli e2e.xlsx.pdf_agreement
                     e2e.xlsx.print_generated e2e.xlsx.charts_generated
                     PROPERTIES LABELS e2e TIMEOUT 900)
set_tests_properties(e2e.xlsx.print_generated PROPERTIES RESOURCE_LOCK libreoffice)
# LibreOffice instances started at the same time share nothing (throwaway profiles), but two
# at once on two cores only slow each other down.
set_tests_properties(e2e.xlsx.libreoffice_seed e2e.xlsx.libreoffice_example PROPERTIES RESOURCE_LOCK libreoffice)
# The quick runs of the binary also count under the sanitizers: the writer on real data.
set_tests_properties(e2e.xlsx.workbook_seed e2e.xlsx.workbook_example e2e.xlsx.seed_figures e2e.xlsx.deterministic
                     e2e.xlsx.build_cli PROPERTIES LABELS "e2e;sanitize")
