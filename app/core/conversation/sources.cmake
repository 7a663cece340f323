# A conversation at one screen (tandem, spreekkamer, a partner at home): who is here, the cards,
# and the closing where the citizen keeps or removes what others added.
set(mapje_folder_sources
    conversation.h conversation.cpp
    conversationclosing.h conversationclosing.cpp
    conversationcards.h conversationcards.cpp
    experiencenote.h experiencenote.cpp
)
