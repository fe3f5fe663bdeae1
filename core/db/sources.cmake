target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.h ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.cpp)
