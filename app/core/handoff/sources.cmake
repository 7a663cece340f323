# Taking a kiosk session along to one's own phone: the link the kiosk's QR code carries.
set(mapje_folder_sources
    handofflink.h handofflink.cpp
)
