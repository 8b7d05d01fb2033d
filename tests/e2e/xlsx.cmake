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
# Without SOURCE_DATE_EPOCH the created date is midnight of 数据截至 ([report] as_of, else data).
add_test(NAME e2e.xlsx.deterministic
         COMMAND ${CR_PYTHON} ${CR_XLSX_CHECKS}/check_determinism.py ${CR_BINARY} ${CR_XLSX_SEED} 2015-12-31T00:00:00Z)
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

set_tests_properties(e2e.xlsx.workbook_seed e2e.xlsx.workbook_example e2e.xlsx.seed_figures e2e.xlsx.libreoffice_seed
                     e2e.xlsx.libreoffice_example e2e.xlsx.deterministic e2e.xlsx.killed_build
                     e2e.xlsx.constant_memory e2e.xlsx.build_cli e2e.xlsx.pdf_agreement
                     PROPERTIES LABELS e2e TIMEOUT 900)
# LibreOffice instances started at the same time share nothing (throwaway profiles), but two
# at once on two cores only slow each other down.
set_tests_properties(e2e.xlsx.libreoffice_seed e2e.xlsx.libreoffice_example PROPERTIES RESOURCE_LOCK libreoffice)
# The quick runs of the binary also count under the sanitizers: the writer on real data.
set_tests_properties(e2e.xlsx.workbook_seed e2e.xlsx.workbook_example e2e.xlsx.seed_figures e2e.xlsx.deterministic
                     e2e.xlsx.build_cli PROPERTIES LABELS "e2e;sanitize")
