target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.h ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/introspectionquery.h ${CMAKE_CURRENT_LIST_DIR}/introspectionquery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqliteddlparser.h ${CMAKE_CURRENT_LIST_DIR}/sqliteddlparser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqliteintrospector.h ${CMAKE_CURRENT_LIST_DIR}/sqliteintrospector.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postgresintrospector.h ${CMAKE_CURRENT_LIST_DIR}/postgresintrospector.cpp)
