# Keys in guarded memory, the key pair of one side, the check code, sealing and opening.
set(mapje_folder_sources
    guardedsecret.h guardedsecret.cpp
    handoffkeypair.h handoffkeypair.cpp
    handoffcheckcode.h handoffcheckcode.cpp
    handoffseal.h handoffseal.cpp
)
