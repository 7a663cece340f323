# The timeline: the controller and its list.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    timelinecontroller.h timelinecontroller.cpp
    timelinemodel.h timelinemodel.cpp
)
