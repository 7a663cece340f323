pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Mapje

// Before anything leaves the device: the real pages of the PDF, exactly as they will be saved or
// printed, and a yes. "Nee, terug" drops the PDF again.
MapjePage {
    id: root

    signal done

    objectName: "previewPage"
    title: qsTr("Kijk je mapje na")

    Component.onCompleted: Summary.preparePreview()
    Component.onDestruction: Summary.closePreview()

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Dit komt precies zo in je bestand of op papier. Kijk het rustig na.")
    }
    MapjeLabel {
        visible: !Summary.previewReady
        color: Theme.textMuted
        text: qsTr("Je mapje wordt klaargezet.")
    }
    Repeater {
        model: Summary.pageCount

        Rectangle {
            id: pageFrame

            required property int index

            objectName: "previewPage_" + index
            Layout.fillWidth: true
            implicitHeight: pageView.implicitHeight + 2 * Theme.borderWidth
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.Graphic
            //: %1 is the page number of the PDF shown.
            Accessible.name: qsTr("Bladzijde %1 van je mapje").arg(pageFrame.index + 1)

            MapjePdfPage {
                id: pageView
                x: Theme.borderWidth
                y: Theme.borderWidth
                width: pageFrame.width - 2 * Theme.borderWidth
                height: implicitHeight
                document: Summary.previewDocument
                page: pageFrame.index
            }
        }
    }
    MapjeButton {
        objectName: "saveButton"
        primary: true
        enabled: Summary.previewReady
        text: qsTr("Ja, bewaar als PDF")
        onClicked: Summary.save()
    }
    MapjeButton {
        objectName: "printButton"
        enabled: Summary.previewReady
        text: qsTr("Ja, druk af")
        onClicked: Summary.print()
    }
    MapjeNotice {
        objectName: "messageNotice"
        visible: Summary.message !== ""
        text: Summary.message
    }
    MapjeButton {
        objectName: "doneButton"
        text: qsTr("Nee, terug")
        onClicked: root.done()
    }
}
