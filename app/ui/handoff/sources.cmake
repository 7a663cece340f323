# Taking a kiosk session along: the camera's QR code reader for the page (the reading itself is in
# app/handoff/qr, its Qt Multimedia part in a plugin loaded on first use), the kiosk's side
# (HandoffSender), the phone's side (HandoffReceiver), the session document both read and the QR
# code on the kiosk's screen.
set(mapje_folder_sources
    qrscanner.h qrscanner.cpp
    handoffsession.h handoffsession.cpp
    handoffimport.h handoffimport.cpp
    handoffsender.h handoffsender.cpp
    handoffreceiver.h handoffreceiver.cpp
    handoffqrcode.h handoffqrcode.cpp
)
