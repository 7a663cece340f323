# The app's side of the sync over Qt Network: one request at a time, mapped onto the outbox's
# results; no connection at all without a pairing.
set(mapje_folder_sources
    transportpolicy.h transportpolicy.cpp
    endpointhttp.h endpointhttp.cpp
    shareclient.h shareclient.cpp
)
