# Taking a kiosk session along: the camera's QR code reader for the page (the reading itself is in
# app/handoff/qr, its Qt Multimedia part in a plugin loaded on first use).
set(mapje_folder_sources
    qrscanner.h qrscanner.cpp
)
