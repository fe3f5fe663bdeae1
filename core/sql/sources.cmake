# Sources of core/sql (dialects and the statement renderer).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqlstatement.h
  ${CMAKE_CURRENT_LIST_DIR}/sqldialect.h ${CMAKE_CURRENT_LIST_DIR}/sqldialect.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlrenderer.h ${CMAKE_CURRENT_LIST_DIR}/sqlrenderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlrenderertable.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlrendereralter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/offlinescript.h ${CMAKE_CURRENT_LIST_DIR}/offlinescript.cpp)
