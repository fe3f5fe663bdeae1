target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.h ${CMAKE_CURRENT_LIST_DIR}/sqliteversionreader.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/introspectionquery.h ${CMAKE_CURRENT_LIST_DIR}/introspectionquery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqliteddlparser.h ${CMAKE_CURRENT_LIST_DIR}/sqliteddlparser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqliteintrospector.h ${CMAKE_CURRENT_LIST_DIR}/sqliteintrospector.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postgresintrospector.h ${CMAKE_CURRENT_LIST_DIR}/postgresintrospector.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/connectionprofile.h ${CMAKE_CURRENT_LIST_DIR}/connectionprofile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/databaseurlsource.h ${CMAKE_CURRENT_LIST_DIR}/databaseurlsource.cpp
  ${CMAKE_CURRENT_LIST_DIR}/databasesession.h ${CMAKE_CURRENT_LIST_DIR}/databasesession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/versiontable.h ${CMAKE_CURRENT_LIST_DIR}/versiontable.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/executionplan.h
  ${CMAKE_CURRENT_LIST_DIR}/executioncontrol.h ${CMAKE_CURRENT_LIST_DIR}/executioncontrol.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrationlock.h ${CMAKE_CURRENT_LIST_DIR}/migrationlock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/migrationexecutor.h ${CMAKE_CURRENT_LIST_DIR}/migrationexecutor.cpp)
target_sources(retort_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/backuprecord.h ${CMAKE_CURRENT_LIST_DIR}/backuprecord.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backuptool.h ${CMAKE_CURRENT_LIST_DIR}/backuptool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backup.h ${CMAKE_CURRENT_LIST_DIR}/backup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backuprestore.h ${CMAKE_CURRENT_LIST_DIR}/backuprestore.cpp
  ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.h ${CMAKE_CURRENT_LIST_DIR}/backupcatalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ledger.h ${CMAKE_CURRENT_LIST_DIR}/ledger.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ledgerobserver.h ${CMAKE_CURRENT_LIST_DIR}/ledgerobserver.cpp)
target_sources(retort_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/runplanner.h ${CMAKE_CURRENT_LIST_DIR}/runplanner.cpp ${CMAKE_CURRENT_LIST_DIR}/riskmeasurer.h ${CMAKE_CURRENT_LIST_DIR}/riskmeasurer.cpp)
