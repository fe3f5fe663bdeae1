# Sources of core/ops (operations IR and the static interpreter).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqlexpr.h
  ${CMAKE_CURRENT_LIST_DIR}/literal.h ${CMAKE_CURRENT_LIST_DIR}/literal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/typespec.h
  ${CMAKE_CURRENT_LIST_DIR}/schemaspecs.h
  ${CMAKE_CURRENT_LIST_DIR}/operation.h ${CMAKE_CURRENT_LIST_DIR}/operation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/projectmaps.h ${CMAKE_CURRENT_LIST_DIR}/projectmaps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/interpreter.h ${CMAKE_CURRENT_LIST_DIR}/interpreter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/value.h ${CMAKE_CURRENT_LIST_DIR}/machine.h
  ${CMAKE_CURRENT_LIST_DIR}/evaluator.cpp ${CMAKE_CURRENT_LIST_DIR}/evalcalls.cpp
  ${CMAKE_CURRENT_LIST_DIR}/enumclass.cpp
  ${CMAKE_CURRENT_LIST_DIR}/opcalls.cpp ${CMAKE_CURRENT_LIST_DIR}/opbuilders.cpp
  ${CMAKE_CURRENT_LIST_DIR}/specbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/schemabuilder.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/operationdescription.h ${CMAKE_CURRENT_LIST_DIR}/operationdescription.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/schemamodel.h ${CMAKE_CURRENT_LIST_DIR}/schemamodel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/schemamodelbatch.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/vocabulary.h ${CMAKE_CURRENT_LIST_DIR}/vocabulary.cpp)
