# Goals: the controller and its two models.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    goalscontroller.h goalscontroller.cpp
    goalsmodel.h goalsmodel.cpp
    stepsmodel.h stepsmodel.cpp
)
