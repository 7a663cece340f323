# Settings: the language, Weergave and reading aloud.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    languagecontroller.h languagecontroller.cpp
    displaysettings.h displaysettings.cpp
    readaloudcontroller.h readaloudcontroller.cpp
)
