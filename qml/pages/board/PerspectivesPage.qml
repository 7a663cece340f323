pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Others at the table: a partner or mantelzorger, a hulpverlener, an ervaringswerker. They add
// their own fiche, always labelled, only on the domains the citizen chose.
MapjePage {
    id: root

    signal fichesRequested(string perspectiveId, string title)
    signal done

    objectName: "perspectivesPage"
    title: qsTr("Anderen erbij")

    QtObject {
        id: d
        property string kind: "close"
    }

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.")
    }

    Repeater {
        model: Board.perspectives

        ColumnLayout {
            id: person

            required property string key
            required property string title
            required property url ficheSource
            required property bool isCitizen

            Layout.fillWidth: true
            visible: !isCitizen
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                MapjeIcon {
                    source: person.ficheSource
                    size: Theme.iconSize
                }
                MapjeLabel {
                    text: person.title
                }
            }
            MapjeButton {
                objectName: "fiches_" + person.key
                text: qsTr("Invullen")
                Accessible.name: qsTr("Vul in wat %1 vindt").arg(person.title)
                onClicked: root.fichesRequested(person.key, person.title)
            }
            MapjeLinkButton {
                objectName: "removePerson_" + person.key
                text: qsTr("Haal weg")
                Accessible.name: qsTr("Haal %1 weg van het bord").arg(person.title)
                onClicked: Board.removePerspective(person.key)
            }
        }
    }

    MapjeLabel {
        font.bold: true
        text: qsTr("Wie komt erbij?")
    }
    MapjeChoiceGrid {
        Repeater {
            model: [
                { key: "close", label: qsTr("Iemand dicht bij mij") },
                { key: "professional", label: qsTr("Hulpverlener") },
                { key: "peer", label: qsTr("Ervaringswerker") }
            ]
            MapjeChoiceButton {
                required property var modelData
                Layout.fillWidth: true
                objectName: "kind_" + modelData.key
                text: modelData.label
                iconSource: "qrc:/Mapje/assets/perspectives/" + modelData.key + ".svg"
                chosen: d.kind === modelData.key
                onClicked: d.kind = modelData.key
            }
        }
    }
    MapjeRichLabel {
        objectName: "kindsExplained"
        //: Under the choice of who joins; both words link to their explanation.
        text: qsTr("Wat doet een hulpverlener? En een ervaringswerker?")
        onExplanationRequested: id => root.explanationRequested(id)
    }
    MapjeTextField {
        id: nameField
        objectName: "personName"
        label: qsTr("Voornaam (mag leeg blijven)")
        // Below the choice of who joins: it does not take the focus when the page opens.
        field.focus: false
    }
    MapjeButton {
        objectName: "addPersonButton"
        text: qsTr("Voeg toe")
        onClicked: {
            Board.addPerspective(d.kind, nameField.text);
            nameField.clear();
        }
    }
    MapjeNotice {
        visible: Board.notice !== ""
        text: Board.notice
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "doneButton"
            primary: true
            text: qsTr("Klaar")
            onClicked: root.done()
        }
    ]
}
