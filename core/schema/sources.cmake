target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/schemasnapshot.h ${CMAKE_CURRENT_LIST_DIR}/schemasnapshot.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schemadiff.h ${CMAKE_CURRENT_LIST_DIR}/schemadiff.cpp)
