# The protocol of docs/api/openapi.yaml (version 1), Qt Core only: used by the app and the endpoint.
set(mapje_folder_sources
    protocolerror.h protocolerror.cpp
    strictjson.h strictjson.cpp
    objectreader.h objectreader.cpp
    messages.h messages.cpp
    decodewith.h
    readablecode.h readablecode.cpp
    handoffmessages.h handoffmessages.cpp
)
