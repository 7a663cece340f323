# Reminders and the agenda file: the controllers, the list and the reminders' subjects in words.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    reminderscontroller.h reminderscontroller.cpp
    remindersmodel.h remindersmodel.cpp
    remindersubjects.h remindersubjects.cpp
    calendarcontroller.h calendarcontroller.cpp
)
