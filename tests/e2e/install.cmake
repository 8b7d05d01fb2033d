# Installed, the binary finds its templates and fonts from any working directory (cron runs it
# from /): --resources, then $CAMPAIGN_REPORT_HOME, then the installed share folder, then the
# source tree it was built from; a wrong explicit choice is an error, never silently replaced.
add_test(NAME e2e.install.resources
         COMMAND ${CR_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/install/check_resources.py ${PROJECT_BINARY_DIR}
                 ${PROJECT_SOURCE_DIR}/samples/suiling-dangjian-winter)
