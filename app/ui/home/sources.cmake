# The home page: the notepad.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    notescontroller.h notescontroller.cpp
)
