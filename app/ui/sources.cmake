# The composition root: it makes every long-lived object once and publishes the controllers to QML
# (qmlsingletons.h).
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    composition.h composition.cpp
    qmlsingletons.h
)
