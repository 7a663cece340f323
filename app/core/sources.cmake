# The domain's types and rules. A feature may bring a folder of its own (app/core/<feature>/) with
# its sources.cmake. app/core/CMakeLists.txt reads every sources.cmake under app/core.
set(mapje_folder_sources
    clock.h
    idgenerator.h
    uuididgenerator.h uuididgenerator.cpp
    sequenceidgenerator.h
    lifedomain.h lifedomain.cpp
    lifedomaincatalogue.h lifedomaincatalogue.cpp
    perspective.h perspective.cpp
    placement.h placement.cpp
    board.h board.cpp
    step.h step.cpp
    goal.h goal.cpp
    checkin.h checkin.cpp
    appointment.h appointment.cpp
    documentcatalogue.h documentcatalogue.cpp
    questioncatalogue.h questioncatalogue.cpp
    reminder.h reminder.cpp
    consent.h consent.cpp
    consentregister.h consentregister.cpp
    sharerecord.h sharerecord.cpp
    consentlog.h consentlog.cpp
    secretpolicy.h secretpolicy.cpp
    helpplaces.h helpplaces.cpp
    glossary.h glossary.cpp
    boardundostack.h boardundostack.cpp
    contenttext.h contenttext.cpp
    contentfile.h contentfile.cpp
    contentitem.h contentitem.cpp
    rightstext.h rightstext.cpp
)
