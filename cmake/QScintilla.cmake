# SPDX-License-Identifier: GPL-3.0-or-later
# Debian ships QScintilla without a CMake config or pkg-config file: import it by hand.
find_path(QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
  PATH_SUFFIXES ${CMAKE_LIBRARY_ARCHITECTURE}/qt${RETORT_QT_MAJOR} qt${RETORT_QT_MAJOR})
find_library(QSCINTILLA_LIBRARY NAMES qscintilla2_qt${RETORT_QT_MAJOR})
if(NOT QSCINTILLA_INCLUDE_DIR OR NOT QSCINTILLA_LIBRARY)
  message(FATAL_ERROR "QScintilla for Qt${RETORT_QT_MAJOR} not found "
                      "(Debian: libqscintilla2-qt${RETORT_QT_MAJOR}-dev)")
endif()
add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
set_target_properties(QScintilla::QScintilla PROPERTIES
  IMPORTED_LOCATION "${QSCINTILLA_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${QSCINTILLA_INCLUDE_DIR}"
  INTERFACE_LINK_LIBRARIES "${QT}::Widgets;${QT}::PrintSupport")

find_package(KF${RETORT_QT_MAJOR}SyntaxHighlighting QUIET)
set(RETORT_HAVE_KSH ${KF${RETORT_QT_MAJOR}SyntaxHighlighting_FOUND})
message(STATUS "KSyntaxHighlighting: ${RETORT_HAVE_KSH}")
