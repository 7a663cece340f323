# One class: the mailbox's requests, each answered in the terms a page needs.
set(mapje_folder_sources
    handoffanswer.h handoffanswer.cpp
    handoffclient.h handoffclient.cpp
)
