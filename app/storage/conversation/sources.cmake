# The conversations held at one screen, as rows in the vault.
set(mapje_folder_sources
    conversationrows.h conversationrows.cpp
    conversationrepository.h conversationrepository.cpp
)
