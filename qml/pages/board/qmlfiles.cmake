# The board: choosing leefgebieden, feelings, order, others' views, earlier boards.
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    BoardDropZone.qml
    ChooseDomainsPage.qml
    DomainInfoPage.qml
    DomainTile.qml
    FeelingsPage.qml
    FicheQuestions.qml
    HistoryPage.qml
    OrderPage.qml
    OrderRow.qml
    PerspectivesPage.qml
)
