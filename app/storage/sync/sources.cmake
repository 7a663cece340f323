# What the sync keeps in the vault: the pairing with its device token, the shared items with the
# changes still to send, what the municipality proposed, her requests for another moment and the
# consent log.
set(mapje_folder_sources
    storedkeys.h
    pairingrows.h pairingrows.cpp
    pairingrepository.h pairingrepository.cpp
    shareditemrows.h shareditemrows.cpp
    shareditemrepository.h shareditemrepository.cpp
    proposalrows.h proposalrows.cpp
    proposalrepository.h proposalrepository.cpp
    reschedulerequestrows.h reschedulerequestrows.cpp
    reschedulerequestrepository.h reschedulerequestrepository.cpp
    consentlogentry.h
    consentlogrows.h consentlogrows.cpp
    consentlogrepository.h consentlogrepository.cpp
)
