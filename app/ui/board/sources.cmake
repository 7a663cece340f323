# The board: the controller, its four models and the words for a fiche.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    boardcontroller.h boardcontroller.cpp
    boardhistorymodel.h boardhistorymodel.cpp
    chosendomainsmodel.h chosendomainsmodel.cpp
    domaintilesmodel.h domaintilesmodel.cpp
    perspectivesmodel.h perspectivesmodel.cpp
    fichedescriber.h fichedescriber.cpp
)
