# The vault and what it keeps: keys, migrations, repositories and the whole-file writer. A feature
# may bring a folder of its own (app/storage/<feature>/) with its sources.cmake.
# app/storage/CMakeLists.txt reads every sources.cmake under app/storage.
set(mapje_folder_sources
    appointmentrepository.h appointmentrepository.cpp
    appointmentrows.h appointmentrows.cpp
    boardrepository.h boardrepository.cpp
    boardrows.h boardrows.cpp
    boardsummary.h
    checkinrepository.h checkinrepository.cpp
    checkinrows.h checkinrows.cpp
    devicepreferences.h devicepreferences.cpp
    directorysync.h directorysync.cpp
    filewriteresult.h filewriteresult.cpp
    goalrepository.h goalrepository.cpp
    goalrows.h goalrows.cpp
    kdfcost.h kdfcost.cpp
    keyheader.h keyheader.cpp
    keyheadercopies.h keyheadercopies.cpp
    kdfcalibration.h kdfcalibration.cpp
    migrations.h migrations.cpp
    keytextstore.h keytextstore.cpp
    pendingrecords.h
    writeallornothing.h
    recordrepository.h
    recordrepositorybase.h recordrepositorybase.cpp
    recordsql.h recordsql.cpp
    reminderstaterepository.h reminderstaterepository.cpp
    reminderstaterows.h reminderstaterows.cpp
    safefilewriter.h safefilewriter.cpp
    securebytes.h securebytes.cpp
    storagelog.h storagelog.cpp
    sqlitedatabase.h sqlitedatabase.cpp
    sqliteresult.h sqliteresult.cpp
    sqlitestatement.h sqlitestatement.cpp
    sqlitetransaction.h sqlitetransaction.cpp
    storedtime.h storedtime.cpp
    unlockthrottle.h unlockthrottle.cpp
    vault.h vault.cpp
    vaultpaths.h vaultpaths.cpp
)
