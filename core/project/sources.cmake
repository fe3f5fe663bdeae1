target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/project.h ${CMAKE_CURRENT_LIST_DIR}/project.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionsummary.h)
# Writing revision files and new projects (revision templates, file names, `alembic init`).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/createdate.h ${CMAKE_CURRENT_LIST_DIR}/createdate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/makovalue.h ${CMAKE_CURRENT_LIST_DIR}/makovalue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pythonformat.h ${CMAKE_CURRENT_LIST_DIR}/pythonformat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/makonode.h ${CMAKE_CURRENT_LIST_DIR}/makolexer.h ${CMAKE_CURRENT_LIST_DIR}/makolexer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/makoevaluator.h ${CMAKE_CURRENT_LIST_DIR}/makoevaluator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/makobuiltins.cpp
  ${CMAKE_CURRENT_LIST_DIR}/makotemplate.h ${CMAKE_CURRENT_LIST_DIR}/makotemplate.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/revisionfilename.h ${CMAKE_CURRENT_LIST_DIR}/revisionfilename.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionbody.h ${CMAKE_CURRENT_LIST_DIR}/revisionbody.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionfilewriter.h ${CMAKE_CURRENT_LIST_DIR}/revisionfilewriter.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/projectinitializer.h ${CMAKE_CURRENT_LIST_DIR}/projectinitializer.cpp)
