target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/diagnostic.h ${CMAKE_CURRENT_LIST_DIR}/diagnostic.cpp
  ${CMAKE_CURRENT_LIST_DIR}/expected.h
  ${CMAKE_CURRENT_LIST_DIR}/parallel.h ${CMAKE_CURRENT_LIST_DIR}/parallel.cpp)
