#A conversation at one screen(tandem, spreekkamer, a partner at home), led by the citizen.
set(mapje_folder_sources conversationcontroller.h conversationcontroller.cpp)
