# SPDX-License-Identifier: GPL-3.0-or-later
# Sources of core/python (owned by that area): tokenizer, parser and AST of Python 3.11.
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ast.h ${CMAKE_CURRENT_LIST_DIR}/ast.cpp
  ${CMAKE_CURRENT_LIST_DIR}/astdump.h ${CMAKE_CURRENT_LIST_DIR}/astdump.cpp
  ${CMAKE_CURRENT_LIST_DIR}/identifier.h
  ${CMAKE_CURRENT_LIST_DIR}/nodepool.h
  ${CMAKE_CURRENT_LIST_DIR}/parser.h ${CMAKE_CURRENT_LIST_DIR}/parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parseratoms.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parsercompound.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parserexpressions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parserstatements.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parserstrings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/parserutil.h ${CMAKE_CURRENT_LIST_DIR}/parserutil.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sourcedecoder.h ${CMAKE_CURRENT_LIST_DIR}/sourcedecoder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/stringliteral.h ${CMAKE_CURRENT_LIST_DIR}/stringliteral.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token.h
  ${CMAKE_CURRENT_LIST_DIR}/tokenizer.h ${CMAKE_CURRENT_LIST_DIR}/tokenizer.cpp)
