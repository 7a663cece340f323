# Samen praten: a conversation at one screen, led by the citizen (docs/tandem.md).
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    ConversationBoardPage.qml
    ConversationCardsPage.qml
    ConversationClosingPage.qml
    ConversationDomainCard.qml
    ConversationDomainPage.qml
    ConversationLargePrintPage.qml
    ConversationPauseCover.qml
    ConversationStartPage.qml
    ConversationSummaryPage.qml
    ExperienceLine.qml
    ExperienceSection.qml
    LargeFicheLines.qml
    PastConversationsPage.qml
    PauseButton.qml
    PersonFicheCard.qml
    RoleCard.qml
    SpeakerChoice.qml
    SummaryList.qml
)
