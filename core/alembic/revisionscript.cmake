# SPDX-License-Identifier: GPL-3.0-or-later
# The revision-file reader of core/alembic (owned by the Python-reader area).
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/revisionscript.h ${CMAKE_CURRENT_LIST_DIR}/revisionscript.cpp)
