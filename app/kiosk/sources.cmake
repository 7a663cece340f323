# What the service desk sets in kiosk.ini, and the admin PIN that is the only way out.
set(mapje_folder_sources
    kioskconfig.h kioskconfig.cpp
    adminpin.h adminpin.cpp
)
