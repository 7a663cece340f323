import QtQuick
import Mapje

// The data was made by a newer Mapje: nothing is changed, the citizen is told to update.
MapjePage {
    id: root

    objectName: "tooNewPage"
    title: qsTr("Mapje heeft een update nodig")

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Je gegevens komen uit een nieuwere versie van Mapje.")
    }
    MapjeLabel {
        text: qsTr("Installeer de nieuwste versie. Dan kun je ze weer openen.")
    }
    MapjeLabel {
        text: qsTr("Je gegevens blijven veilig staan. Mapje verandert er niets aan.")
    }
}
