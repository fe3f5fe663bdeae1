# SPDX-License-Identifier: GPL-3.0-or-later
# retort_add_test(NAME <name> SOURCES <files...> LIBS <libs...> LABEL unit|gui|diff)
# One executable per test class; gui tests run on the offscreen platform.
function(retort_add_test)
  cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} ${QT}::Test retort_common_cfg)
  target_compile_definitions(${T_NAME} PRIVATE
    RETORT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    RETORT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set(env "QT_QPA_PLATFORM=offscreen")
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABEL}" ENVIRONMENT "${env}")
endfunction()
