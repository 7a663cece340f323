pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Mapje

// Before anything leaves the device: the real pages of the PDF, exactly as they will be saved or
// printed, and a yes ("Terug" drops the PDF again). The pages are drawn so their text is as
// large as the app's text; a page wider than the window scrolls sideways.
MapjePage {
    id: root

    signal homeRequested

    QtObject {
        id: d

        // Saved or printed: the way on is "Klaar"; saving or printing once more stays possible.
        property bool finished: false
        // This page's own preview: a page that goes away after a new one opened leaves that one be.
        property int previewNumber: 0
    }

    objectName: "previewPage"
    title: qsTr("Kijk je mapje na")

    // After a yes the outcome shows below the pages: the page scrolls to it, and after a save or
    // print that worked the focus goes to the way on.
    function answered(ok: bool) {
        if (ok)
            d.finished = true;
        focusWayOn.restart();
    }

    Component.onCompleted: d.previewNumber = Summary.preparePreview()
    Component.onDestruction: Summary.closePreview(d.previewNumber)

    // Next turn of the event loop: after "Klaar" has appeared and the layout placed it.
    Timer {
        id: focusWayOn
        interval: 0
        onTriggered: {
            root.scrollToEnd(messageNotice);
            if (d.finished)
                homeButton.forceActiveFocus(Qt.TabFocusReason);
        }
    }
    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: Summary.canSave ? qsTr("Dit komt precies zo in je bestand of op papier. Kijk het rustig na.")
                              : qsTr("Dit komt precies zo op papier. Kijk het rustig na.")
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
            implicitHeight: pageScroll.height + 2 * Theme.borderWidth
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.border
            Accessible.role: Accessible.Graphic
            //: %1 is the page number of the PDF shown.
            Accessible.name: qsTr("Bladzijde %1 van je mapje").arg(pageFrame.index + 1)

            Flickable {
                id: pageScroll

                // Right-to-left pages start where their lines start: at the right edge.
                function startAtLineStart() {
                    pageScroll.contentX = Language.rightToLeft ? Math.max(0, pageScroll.contentWidth - pageScroll.width) : 0;
                }

                objectName: "previewScroll_" + pageFrame.index
                x: Theme.borderWidth
                y: Theme.borderWidth
                width: pageFrame.width - 2 * Theme.borderWidth
                height: pageView.height + (pageBar.visible ? pageBar.height : 0)
                clip: true
                contentWidth: pageView.width
                contentHeight: height
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                onContentWidthChanged: pageScroll.startAtLineStart()
                onWidthChanged: pageScroll.startAtLineStart()
                ScrollBar.horizontal: ScrollBar {
                    id: pageBar
                    policy: pageScroll.contentWidth > pageScroll.width ? ScrollBar.AlwaysOn
                                                                      : ScrollBar.AlwaysOff
                    visible: policy === ScrollBar.AlwaysOn
                }

                MapjePdfPage {
                    id: pageView
                    objectName: "previewPdf_" + pageFrame.index
                    textPixels: Theme.fontBody
                    width: Math.max(pageScroll.width, readableWidth)
                    height: implicitHeight
                    document: Summary.previewDocument
                    page: pageFrame.index
                }
            }
        }
    }
    MapjeLabel {
        visible: Summary.canSave && Summary.placeNames.length > 1
        font.bold: true
        text: qsTr("Waar wil je je mapje bewaren?")
    }
    // One under the other on a phone (room for large text), side by side on a wide screen.
    GridLayout {
        Layout.fillWidth: true
        visible: Summary.canSave && Summary.placeNames.length > 1
        columns: root.width >= Theme.contentMaxWidth ? 3 : 1
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall
        Repeater {
            model: Summary.placeNames
            MapjeChoiceButton {
                required property string modelData
                required property int index
                Layout.fillWidth: true
                objectName: "place_" + index
                text: modelData
                chosen: Summary.place === index
                onClicked: Summary.choosePlace(index)
            }
        }
    }
    MapjeNotice {
        id: messageNotice
        objectName: "messageNotice"
        visible: Summary.message !== ""
        text: Summary.message
    }
    MapjeLabel {
        objectName: "savedFolder"
        visible: Summary.savedFolder !== ""
        color: Theme.textMuted
        //: %1 is the full place of the folder on the device.
        text: qsTr("De plek: %1").arg(Summary.savedFolder)
    }
    MapjeButton {
        objectName: "showFolderButton"
        visible: Summary.savedPath !== ""
        text: qsTr("Laat de map zien")
        onClicked: Summary.showFolder()
    }
    actions: [
        MapjeButton {
            Layout.fillWidth: true
            objectName: "saveButton"
            visible: Summary.canSave
            primary: !d.finished
            enabled: Summary.previewReady
            text: qsTr("Ja, bewaar als PDF")
            onClicked: root.answered(Summary.save())
        },
        MapjeButton {
            Layout.fillWidth: true
            objectName: "printButton"
            visible: Summary.canPrint
            primary: !d.finished && !Summary.canSave
            enabled: Summary.previewReady
            text: qsTr("Ja, druk af")
            onClicked: root.answered(Summary.print())
        },
        MapjeButton {
            id: homeButton
            Layout.fillWidth: true
            objectName: "homeButton"
            visible: d.finished
            primary: true
            text: qsTr("Klaar")
            onClicked: root.homeRequested()
        }
    ]
}
