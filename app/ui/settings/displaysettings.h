#pragma once

#include <QObject>
#include <QVariantList>

namespace mapje {

class DevicePreferences;

/** How Mapje looks and behaves on this device: high contrast, text size, motion, and when a
 * conversation pauses itself; remembered outside the vault. */
class DisplaySettings : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool highContrast READ highContrast NOTIFY highContrastChanged)
    Q_PROPERTY(qreal textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(bool reducedMotion READ reducedMotion NOTIFY reducedMotionChanged)
    Q_PROPERTY(QVariantList textScales READ textScales CONSTANT)
    Q_PROPERTY(int pauseWhenAwaySeconds READ pauseWhenAwaySeconds NOTIFY pauseWhenAwayChanged)
    Q_PROPERTY(QVariantList pauseChoices READ pauseChoices CONSTANT)
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY unsavedChanged)

public:
    /** The choices live in the plain preferences outside the vault: the unlock page must be
     * readable too. Reads the remembered choices at once. */
    explicit DisplaySettings(DevicePreferences &preferences, QObject *parent = nullptr);

    [[nodiscard]] bool highContrast() const;
    [[nodiscard]] qreal textScale() const;
    [[nodiscard]] bool reducedMotion() const;
    /** The text sizes on offer, as factors: 1.0, 1.25, 1.5 and 2.0. */
    [[nodiscard]] QVariantList textScales() const;
    /** Seconds away from the window before a conversation pauses itself; 0: never (default). */
    [[nodiscard]] int pauseWhenAwaySeconds() const;
    /** The choices on offer, in seconds: 0 (never), 30, 60 and 300. */
    [[nodiscard]] QVariantList pauseChoices() const;
    /** True for one of the offered sizes; anything else is ignored. */
    [[nodiscard]] static bool isOfferedScale(qreal scale);
    /** True while a choice on this device (how Mapje looks, or reading speed, which live in the
     * same file) holds only until Mapje closes, because the disk refused it. */
    [[nodiscard]] bool unsaved() const;

    /** Dark text on white, strong borders, a very clear focus ring. */
    Q_INVOKABLE void setHighContrast(bool on);
    /** Text size as a factor; only the offered sizes, so no page has to cope with 1.37. */
    Q_INVOKABLE void setTextScale(qreal scale);
    /** No fades or moving parts, for people who get dizzy or distracted by motion. */
    Q_INVOKABLE void setReducedMotion(bool on);
    /** Only the offered choices. */
    Q_INVOKABLE void setPauseWhenAwaySeconds(int seconds);

signals:
    void highContrastChanged();
    void textScaleChanged();
    void reducedMotionChanged();
    void pauseWhenAwayChanged();
    void unsavedChanged();

private:
    DevicePreferences &m_preferences;
};

} // namespace mapje
