# The lobby kiosk's pages: the welcome, "Ben je er nog?", "Klaar — alles wissen" and the admin
# page; the rules live in app/core/kiosk and app/kiosk.
set(mapje_folder_sources
    kioskcontroller.h kioskcontroller.cpp
    activitywatcher.h activitywatcher.cpp
)
