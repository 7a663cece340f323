import QtQuick
import Mapje

// Taking the open goal away for good, only after a calm question.
MapjeRemoveQuestion {
    id: root

    signal removed

    buttonText: qsTr("Doel weghalen")
    question: qsTr("Weet je het zeker? Je kunt dit niet terugzetten.")
    onConfirmed: {
        Goals.remove(Goals.currentId);
        root.removed();
    }
}
