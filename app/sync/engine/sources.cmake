# The sync without a screen: the config that names the municipality, and the engine that pairs,
# sends the outbox, withdraws, asks for another moment and fetches proposals, keeping every step
# in the vault.
set(mapje_folder_sources
    syncconfig.h syncconfig.cpp
    syncstores.h
    syncengine.h syncengine.cpp
)
