# The vault's pages: create, unlock, change and wipe the vault.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    vaultcontroller.h vaultcontroller.cpp
)
