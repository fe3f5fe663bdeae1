target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/project.h ${CMAKE_CURRENT_LIST_DIR}/project.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionsummary.h)
