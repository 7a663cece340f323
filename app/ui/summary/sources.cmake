# The mapje: the controller, what goes in it, its items and the PDF page QML shows.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    summarycontroller.h summarycontroller.cpp
    summarycomposer.h summarycomposer.cpp
    summaryitem.h
    summaryitemsmodel.h summaryitemsmodel.cpp
    pdfpageitem.h pdfpageitem.cpp
)
