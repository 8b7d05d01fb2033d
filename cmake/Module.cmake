# cr_module(NAME [PUBLIC target...] [PRIVATE target...]): a static library of every .cpp in the
# current folder. PUBLIC lists what the module's headers need, PRIVATE what only its .cpp files use;
# a module appears in exactly the list it is used by (tests/repo/module_includes.py checks it).(tests/repo/module_includes.py checks it).
# The module's headers are included as "NAME/header.hpp" (a nested module by its folder path, as
# "input/workbook/header.hpp"); its include root is a folder of the build tree that holds only
# links to its own headers, so a file sees the headers of the modules its target declares and no
# others (docs/architecture.md, "Include roots").
set(CR_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wimplicit-fallthrough)
if(CR_WERROR)
  list(APPEND CR_WARNINGS -Werror)
endif()
if(CR_FUZZ)  # scripts/fuzz: every module instrumented for libFuzzer, with the sanitizers
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(CR_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

function(cr_module name)
  cmake_parse_arguments(M "" "" "PUBLIC;PRIVATE" ${ARGN})
  if(M_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "cr_module(${name}): say PUBLIC or PRIVATE before ${M_UNPARSED_ARGUMENTS}")
  endif()
  cr_module_include_root(${name} root)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(NOT sources)  # a module that is headers only so far
    add_library(cr_${name} INTERFACE)
    target_include_directories(cr_${name} INTERFACE ${root})
    target_link_libraries(cr_${name} INTERFACE ${M_PUBLIC} ${M_PRIVATE})
    return()
  endif()
  add_library(cr_${name} STATIC ${sources})
  target_include_directories(cr_${name} PUBLIC ${root})
  target_compile_options(cr_${name} PRIVATE ${CR_WARNINGS})
  target_link_libraries(cr_${name} PUBLIC ${M_PUBLIC} PRIVATE ${M_PRIVATE})
endfunction()

# cr_module_include_root(NAME OUT): makes the module's include root, build/include/NAME, holding
# links to the module's own headers under their path from src/ (include/font/font/face.hpp ->
# src/font/face.hpp), and sets OUT to it. Made afresh at each configure; a new header re-runs it.
function(cr_module_include_root name out)
  set(root ${PROJECT_BINARY_DIR}/include/${name})
  file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR}/src ${CMAKE_CURRENT_SOURCE_DIR})
  file(REMOVE_RECURSE ${root})
  file(MAKE_DIRECTORY ${root}/${folder})
  file(GLOB headers CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.hpp)
  foreach(header ${headers})
    get_filename_component(file ${header} NAME)
    file(CREATE_LINK ${header} ${root}/${folder}/${file} SYMBOLIC)
  endforeach()
  set(${out} ${root} PARENT_SCOPE)
endfunction()

# cr_unit_test(MODULE): one doctest binary of every .cpp in tests/unit/MODULE, linked to cr_MODULE
# and to what the module itself uses: a module's tests may use what the module may use.
function(cr_unit_test name)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp)
  if(NOT sources)
    return()
  endif()
  add_executable(test_${name} ${sources} ${PROJECT_SOURCE_DIR}/tests/unit/doctest_main.cpp)
  target_compile_options(test_${name} PRIVATE ${CR_WARNINGS})
  get_target_property(uses cr_${name} LINK_LIBRARIES)
  if(NOT uses)
    set(uses "")
  endif()
  target_link_libraries(test_${name} PRIVATE cr_${name} ${uses} doctest::doctest)
  target_compile_definitions(test_${name} PRIVATE CR_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME unit.${name} COMMAND test_${name})
  set_tests_properties(unit.${name} PROPERTIES LABELS "unit;sanitize")
endfunction()
