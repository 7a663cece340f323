pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Mapje

// The camera for the kiosk's QR code; the only page that imports QtMultimedia, so the camera's
// libraries load when she scans and never at start. A code read goes to HandoffReceive and the
// page closes; without a camera she types the code instead.
MapjePage {
    id: root

    // Whether the camera shows a picture; otherwise the page says so and offers the typed code.
    property bool cameraWorks: false

    signal done

    objectName: "handoffScanPage"
    title: qsTr("Scan de code van de zuil")
    preferredFocus: typeButton

    MapjeHeading {
        text: root.title
    }
    MapjeLabel {
        text: qsTr("Houd je camera voor de code op het scherm van de zuil.")
    }
    MapjeNotice {
        objectName: "handoffScanProblem"
        visible: !root.cameraWorks
        text: qsTr("De camera werkt nu niet. Typ de code van de zuil.")
    }
    // Only where a code can be received at all: without a municipality the camera stays off.
    Loader {
        Layout.fillWidth: true
        Layout.preferredHeight: width * 3 / 4
        active: HandoffReceive.available
        sourceComponent: Component {
            Item {
                VideoOutput {
                    id: viewfinder
                    anchors.fill: parent
                    Accessible.ignored: true
                }
                MediaDevices {
                    id: mediaDevices
                }
                CaptureSession {
                    camera: Camera {
                        id: camera
                        // No camera on this device: nothing starts.
                        active: mediaDevices.videoInputs.length > 0
                    }
                    videoOutput: viewfinder
                }
                QrScanner {
                    id: scanner
                    videoSink: viewfinder.videoSink
                    onFound: text => {
                        if (HandoffReceive.receiveScanned(text))
                            root.done();
                    }
                }
                Binding {
                    target: root
                    property: "cameraWorks"
                    value: camera.active && camera.error === Camera.NoError && scanner.lastError === ""
                }
            }
        }
    }

    actions: [
        MapjeButton {
            id: typeButton
            Layout.fillWidth: true
            objectName: "handoffTypeInsteadButton"
            text: qsTr("Typ de code")
            onClicked: root.done()
        }
    ]
}
