# Sharing with the municipality: pairing, the preview before "Ja, deel dit", what was shared, the
# proposals and "Ik kan niet komen".
# This folder's QML files in the module "Mapje"; app/ui/CMakeLists.txt reads every qmlfiles.cmake.
set(mapje_folder_qml_files
    CannotComePage.qml
    PairPage.qml
    ProposalCard.qml
    ProposalsPage.qml
    ShareSection.qml
    SharePreviewPage.qml
    SharedPage.qml
    SharingPage.qml
    WithdrawQuestion.qml
)
