pragma Singleton
import QtQuick
import Mapje

// The calm design system: every colour, size, spacing and motion the pages use.
// Warm neutrals and one quiet blue; no colour means good or bad, and colour never carries meaning
// alone. Follows the citizen's Display choices (contrast, text size, motion) at once, everywhere.
//
// Contrast (WCAG 2.1 relative luminance), text needs >= 4.5:1, borders and focus >= 3:1:
//   calm palette                        high-contrast palette
//   text       on background  13.45     text       on background/surface/notice  18.88
//   text       on surface     14.76     text       on accentSoft                 14.58
//   text       on notice      13.02     textMuted  = text (no soft greys)        18.88
//   text       on accentSoft  11.85     accent     on background/surface         13.37
//   textMuted  on background   6.93     accent     on accentSoft                 10.33
//   textMuted  on surface      7.60     accentText on accent                     13.37
//   textMuted  on notice       6.71     border     on background                 18.88 (3 px)
//   accent     on background   6.43     focus ring on background                  9.38 (4 px)
//   accent     on surface      7.05
//   accent     on accentSoft   5.66
//   accentText on accent       7.05
//   border     on background   3.62, on surface 3.97 (non-text)
//   focus ring on background   4.55, on surface 5.00 (non-text)
// tests/qml/tst_accessibility.qml measures every visible text on every page in both palettes.
QtObject {
    id: root

    // The citizen's choices, kept by the Display controller; the Weergave page changes them.
    readonly property bool highContrast: Display.highContrast
    // Text size multiplier: 1.0, 1.25, 1.5 or 2.0.
    readonly property real textScale: Display.textScale
    readonly property bool reducedMotion: Display.reducedMotion
    // Everything grows on a large screen such as a kiosk, read from further away; Main sets it.
    property real screenScale: 1.0
    readonly property real scale: textScale * screenScale

    // Palette. High contrast: near-black on white, no tints for text, strong borders.
    readonly property color background: highContrast ? "#ffffff" : "#f7f4ef"
    readonly property color surface: "#ffffff"
    readonly property color text: highContrast ? "#111111" : "#1f2933"
    // Quieter text for side notes; in high contrast there are no soft greys.
    readonly property color textMuted: highContrast ? "#111111" : "#4a5561"
    readonly property color accent: highContrast ? "#00305a" : "#2f5d7c"
    readonly property color accentText: "#ffffff"
    // A chosen item's fill; always paired with a mark or words, never the only sign.
    readonly property color accentSoft: highContrast ? "#d6e4f0" : "#dde8ef"
    readonly property color border: highContrast ? "#111111" : "#7b8088"
    readonly property color focus: highContrast ? "#6a00b0" : "#b3541e"
    readonly property color notice: highContrast ? "#ffffff" : "#eef1f5"
    readonly property color noticeBorder: highContrast ? "#111111" : "#5b6b7c"
    // A kiosk's keyboard on the screen is Qt Virtual Keyboard's own style; beside a keyboard
    // narrower than the screen, its dark grey runs on to the screen's edges.
    readonly property color keyboardEdge: "#263238"

    readonly property int spacingSmall: Math.round(8 * screenScale)
    readonly property int spacing: Math.round(16 * screenScale)
    readonly property int spacingLarge: Math.round(24 * screenScale)
    readonly property int spacingHuge: Math.round(40 * screenScale)
    readonly property int radiusSmall: Math.round(6 * screenScale)
    readonly property int radius: Math.round(12 * screenScale)
    readonly property int borderWidth: highContrast ? 3 : 2
    // The keyboard-focus ring: always thicker than any border, so it stands out.
    readonly property int focusWidth: highContrast ? 4 : 3

    readonly property int touchTarget: Math.round(56 * screenScale)
    readonly property int minTouchTarget: Math.round(48 * screenScale)
    readonly property int iconSize: Math.round(32 * scale)
    readonly property int iconSizeLarge: Math.round(56 * scale)
    readonly property int tileWidth: Math.round((screenScale > 1 ? 180 : 136) * scale)
    readonly property int contentMaxWidth: Math.round(640 * screenScale)

    readonly property int fontBody: Math.round(18 * scale)
    readonly property int fontSmall: Math.round(16 * scale)
    readonly property int fontTitle: Math.round(28 * scale)
    readonly property int fontLarge: Math.round(22 * scale)
    readonly property string fontFamily: "DejaVu Sans"

    // Line height of body text, as a factor of the font size.
    readonly property real lineHeight: 1.25

    // Motion: short calm fades; none at all when the citizen asked for less motion.
    readonly property int motionDuration: reducedMotion ? 0 : 150
    readonly property int motionDurationLong: reducedMotion ? 0 : 300
}
