# The lobby kiosk's rules without a screen: when a quiet visitor is asked "Ben je er nog?" and when
# the session ends.
set(mapje_folder_sources
    idlewatch.h idlewatch.cpp
)
