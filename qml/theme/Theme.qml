pragma Singleton
import QtQuick

// Every colour, size and spacing the pages use. Calm, warm neutrals; no colour means good or bad.
QtObject {
    id: root

    // Text size multiplier (1.0 – 2.0); the larger-text setting of a later issue sets it.
    property real textScale: 1.0
    // Everything grows on a large screen such as a kiosk, read from further away; Main sets it.
    property real screenScale: 1.0
    readonly property real scale: textScale * screenScale

    readonly property color background: "#f7f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: "#1f2933"
    readonly property color textMuted: "#4a5561"
    readonly property color accent: "#2f5d7c"
    readonly property color accentText: "#ffffff"
    readonly property color accentSoft: "#dde8ef"
    readonly property color border: "#8a8f96"
    readonly property color focus: "#b3541e"
    readonly property color notice: "#eef1f5"
    readonly property color noticeBorder: "#5b6b7c"

    readonly property int spacingSmall: Math.round(8 * screenScale)
    readonly property int spacing: Math.round(16 * screenScale)
    readonly property int spacingLarge: Math.round(24 * screenScale)
    readonly property int spacingHuge: Math.round(40 * screenScale)
    readonly property int radius: Math.round(12 * screenScale)
    readonly property int borderWidth: 2
    readonly property int focusWidth: 3

    readonly property int touchTarget: Math.round(56 * screenScale)
    readonly property int minTouchTarget: Math.round(48 * screenScale)
    readonly property int contentMaxWidth: Math.round(640 * screenScale)

    readonly property int fontBody: Math.round(18 * scale)
    readonly property int fontSmall: Math.round(16 * scale)
    readonly property int fontTitle: Math.round(28 * scale)
    readonly property int fontLarge: Math.round(22 * scale)
    readonly property string fontFamily: "DejaVu Sans"

    readonly property int motionDuration: 150
}
