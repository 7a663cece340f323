# Sharing with the municipality: pairing, the preview in words, the state of each share, "Wat heb
# ik gedeeld?" and the proposals; the engine below does the sending (app/sync/engine).
set(mapje_folder_sources
    sharecomposer.h sharecomposer.cpp
    syncrowsmodel.h syncrowsmodel.cpp
    syncwords.h syncwords.cpp
    synccontroller.h synccontroller.cpp
)
