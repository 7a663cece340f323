import QtQuick
import Mapje

// "Haal terug" for one share, only after a calm question that says what happens there and here.
MapjeRemoveQuestion {
    id: root

    required property string shareId

    buttonText: qsTr("Haal terug")
    question: qsTr("Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.")
    confirmText: qsTr("Ja, haal terug")
    keepText: qsTr("Nee, laat staan")
    namePrefix: "withdraw"
    keepName: "keepSharedButton"
    onConfirmed: Sync.withdraw(root.shareId)
}
