# SPDX-License-Identifier: GPL-3.0-or-later
# Retort's translations: translations/retort_<lang>.ts are the sources of truth (lupdate keeps
# them in step with the code: `cmake --build build --target retort_lupdate`); the build compiles
# each to .qm with lrelease and embeds them in retort_ui under :/translations/ (ui/common/
# languagemanager.cpp loads them; call Q_INIT_RESOURCE(translations) once).
#
# lupdate reads ui/ and app/gui/ only: retort-cli and core print Alembic's own English messages.
# lupdate's C++ parser does not follow `namespace Retort::Ui {`, so its contexts are the bare
# class names; LanguageManager's translator looks a qualified context up by its last part too.
set(RETORT_LANGUAGES de)

function(retort_add_translations target)
  set(qrc_entries "")
  set(qm_files "")
  set(ts_files "")
  foreach(lang IN LISTS RETORT_LANGUAGES)
    set(ts ${PROJECT_SOURCE_DIR}/translations/retort_${lang}.ts)
    set(qm ${CMAKE_CURRENT_BINARY_DIR}/translations/retort_${lang}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND ${QT}::lrelease -silent ${ts} -qm ${qm}
      DEPENDS ${ts}
      COMMENT "Compiling retort_${lang}.qm")
    list(APPEND qm_files ${qm})
    list(APPEND ts_files ${ts})
    string(APPEND qrc_entries "    <file>retort_${lang}.qm</file>\n")
  endforeach()
  set(qrc ${CMAKE_CURRENT_BINARY_DIR}/translations/translations.qrc)
  file(WRITE ${qrc}.in
    "<RCC>\n  <qresource prefix=\"/translations\">\n${qrc_entries}  </qresource>\n</RCC>\n")
  configure_file(${qrc}.in ${qrc} COPYONLY)
  set_source_files_properties(${qrc} PROPERTIES SKIP_AUTORCC ON)
  if(RETORT_QT_MAJOR EQUAL 5)
    qt5_add_resources(rcc_sources ${qrc})
  else()
    qt6_add_resources(rcc_sources ${qrc})
  endif()
  target_sources(${target} PRIVATE ${rcc_sources})

  add_custom_target(retort_lupdate
    COMMAND ${QT}::lupdate -no-obsolete -locations relative -source-language en
      ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/app/gui -ts ${ts_files}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)
endfunction()
