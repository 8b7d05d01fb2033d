# `summary`: the seed campaign's figures come back from data in the seed's own wording, the JSON
# lines agree with an independent recomputation from the CSV files, and bad data stops the run.
set(CR_SEED_SAMPLE ${PROJECT_SOURCE_DIR}/samples/suiling-dangjian-winter)

add_test(NAME e2e.summary.seed_figures
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/summary_seed_figures.py ${CR_BINARY} ${CR_SEED_SAMPLE}
                 ${PROJECT_SOURCE_DIR}/tests/seed-figures.txt)
add_test(NAME e2e.summary.json_seed
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/summary_json.py ${CR_BINARY} ${CR_SEED_SAMPLE})
add_test(NAME e2e.summary.cli
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/summary_cli.py ${CR_BINARY} ${CR_SEED_SAMPLE})
add_test(NAME e2e.summary.seed_narrative
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/seed_narrative.py ${CR_SEED_SAMPLE})
# A unit tree with every aggregate, a rate, quarters, ranges and approximate figures.
add_test(NAME e2e.summary.json_units
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/summary_json.py ${CR_BINARY}
                 ${CMAKE_CURRENT_SOURCE_DIR}/summary-units)
set_tests_properties(e2e.summary.json_units PROPERTIES LABELS "e2e;sanitize")
# The small example campaign has a unit tree too: its roll-ups are recomputed the same way.
if(EXISTS ${PROJECT_SOURCE_DIR}/samples/example/campaign.toml)
  add_test(NAME e2e.summary.json_example
           COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/summary_json.py ${CR_BINARY}
                   ${PROJECT_SOURCE_DIR}/samples/example)
  set_tests_properties(e2e.summary.json_example PROPERTIES LABELS e2e)
endif()
set_tests_properties(e2e.summary.seed_narrative PROPERTIES LABELS e2e)
# The runs of the binary also count under the sanitizers: stats and wording on real data.
set_tests_properties(e2e.summary.seed_figures e2e.summary.json_seed e2e.summary.cli PROPERTIES LABELS "e2e;sanitize")
