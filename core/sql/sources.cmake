# Sources of core/sql (dialects and the statement renderer).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqlstatement.h
  ${CMAKE_CURRENT_LIST_DIR}/sqldialect.h ${CMAKE_CURRENT_LIST_DIR}/sqldialect.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlrenderer.h ${CMAKE_CURRENT_LIST_DIR}/sqlrenderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlrenderertable.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlrendereralter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/offlinescript.h ${CMAKE_CURRENT_LIST_DIR}/offlinescript.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/renderability.h ${CMAKE_CURRENT_LIST_DIR}/renderability.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/planrenderer.h ${CMAKE_CURRENT_LIST_DIR}/planrenderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/executionpreparer.h ${CMAKE_CURRENT_LIST_DIR}/executionpreparer.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/planrisks.h ${CMAKE_CURRENT_LIST_DIR}/planrisks.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/sqlrendererbatch.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/offlinerequest.h ${CMAKE_CURRENT_LIST_DIR}/offlinerequest.cpp)
