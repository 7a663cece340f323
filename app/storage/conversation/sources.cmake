# The conversations held at one screen and the "Wat mij hielp" notes, as rows in the vault.
set(mapje_folder_sources
    conversationrows.h conversationrows.cpp
    conversationrepository.h conversationrepository.cpp
    experiencenoterows.h experiencenoterows.cpp
    experiencenoterepository.h experiencenoterepository.cpp
)
