# Sources of core/alembic (owned by that area).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/iniconfig.h ${CMAKE_CURRENT_LIST_DIR}/iniconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alembicconfig.h ${CMAKE_CURRENT_LIST_DIR}/alembicconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/versionfiles.h ${CMAKE_CURRENT_LIST_DIR}/versionfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/retortsection.h ${CMAKE_CURRENT_LIST_DIR}/retortsection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrationcontextsettings.h ${CMAKE_CURRENT_LIST_DIR}/migrationcontextsettings.cpp)
if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/revisionscript.cmake)
  include(${CMAKE_CURRENT_LIST_DIR}/revisionscript.cmake)
endif()
