# Appointments: the controller, its list, the models of its questions, suggestions and what to
# bring, and the rights page's texts.
# This folder's C++ in the module "Mapje"; app/ui/CMakeLists.txt reads every sources.cmake.
set(mapje_folder_sources
    appointmentscontroller.h appointmentscontroller.cpp
    appointmentsmodel.h appointmentsmodel.cpp
    appointmentquestionsmodel.h appointmentquestionsmodel.cpp
    suggestionsmodel.h suggestionsmodel.cpp
    thingstobringmodel.h thingstobringmodel.cpp
    rightscontent.h rightscontent.cpp
)
