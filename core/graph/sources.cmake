# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/graph: the revision graph, identifier resolution and planning.
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/revision.h
  ${CMAKE_CURRENT_LIST_DIR}/revisioninfo.h
  ${CMAKE_CURRENT_LIST_DIR}/graphproblem.h
  ${CMAKE_CURRENT_LIST_DIR}/versionstatement.h
  ${CMAKE_CURRENT_LIST_DIR}/migrationstep.h ${CMAKE_CURRENT_LIST_DIR}/migrationstep.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionerror.h ${CMAKE_CURRENT_LIST_DIR}/revisionerror.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionmap.h ${CMAKE_CURRENT_LIST_DIR}/revisionmap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/versiontablesql.h ${CMAKE_CURRENT_LIST_DIR}/versiontablesql.cpp
  # internal
  ${CMAKE_CURRENT_LIST_DIR}/revisiongraph.h ${CMAKE_CURRENT_LIST_DIR}/revisiongraph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisiongraphbuilder.h ${CMAKE_CURRENT_LIST_DIR}/revisiongraphbuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/graphtraversal.h ${CMAKE_CURRENT_LIST_DIR}/graphtraversal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ancestryindex.h ${CMAKE_CURRENT_LIST_DIR}/ancestryindex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionresolver.h ${CMAKE_CURRENT_LIST_DIR}/revisionresolver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/revisionplanner.h ${CMAKE_CURRENT_LIST_DIR}/revisionplanner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/headmaintainer.h ${CMAKE_CURRENT_LIST_DIR}/headmaintainer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrationplanner.h ${CMAKE_CURRENT_LIST_DIR}/migrationplanner.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/graphlayout.h ${CMAKE_CURRENT_LIST_DIR}/graphlayout.cpp)
