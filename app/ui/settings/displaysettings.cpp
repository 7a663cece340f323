#include "ui/settings/displaysettings.h"

#include "storage/devicepreferences.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace mapje {

namespace {
constexpr qreal kScales[] = {1.0, 1.25, 1.5, 2.0};
constexpr int kPauseChoices[] = {0, 30, 60, 300};
} // namespace

DisplaySettings::DisplaySettings(DevicePreferences &preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences)
{
    connect(&m_preferences, &DevicePreferences::hasUnsavedChangesChanged, this,
        &DisplaySettings::unsavedChanged);
}

bool DisplaySettings::highContrast() const
{
    return m_preferences.highContrast();
}

qreal DisplaySettings::textScale() const
{
    // A hand-edited or damaged file must not make the text unreadable.
    const qreal scale = m_preferences.textScale();
    return isOfferedScale(scale) ? scale : 1.0;
}

bool DisplaySettings::reducedMotion() const
{
    // Qt 6.4 tells an app nothing about the platform's reduce-motion wish, so it starts off.
    return m_preferences.reducedMotion();
}

int DisplaySettings::pauseWhenAwaySeconds() const
{
    const int seconds = m_preferences.pauseWhenAwaySeconds();
    return std::find(std::begin(kPauseChoices), std::end(kPauseChoices), seconds)
            != std::end(kPauseChoices)
        ? seconds
        : 0;
}

QVariantList DisplaySettings::pauseChoices() const
{
    QVariantList list;
    for (const int seconds : kPauseChoices)
        list.append(seconds);
    return list;
}

void DisplaySettings::setPauseWhenAwaySeconds(int seconds)
{
    if (seconds == pauseWhenAwaySeconds()
        || std::find(std::begin(kPauseChoices), std::end(kPauseChoices), seconds)
            == std::end(kPauseChoices))
        return;
    (void)m_preferences.setPauseWhenAwaySeconds(seconds);
    emit pauseWhenAwayChanged();
}

bool DisplaySettings::unsaved() const
{
    return m_preferences.hasUnsavedChanges();
}

QVariantList DisplaySettings::textScales() const
{
    QVariantList list;
    for (const qreal scale : kScales)
        list.append(scale);
    return list;
}

bool DisplaySettings::isOfferedScale(qreal scale)
{
    for (const qreal offered : kScales) {
        if (std::abs(scale - offered) < 0.001)
            return true;
    }
    return false;
}

void DisplaySettings::setHighContrast(bool on)
{
    if (on == highContrast())
        return;
    (void)m_preferences.setHighContrast(on); // in effect even when the disk refuses it
    emit highContrastChanged();
}

void DisplaySettings::setTextScale(qreal scale)
{
    if (!isOfferedScale(scale) || std::abs(scale - textScale()) < 0.001)
        return;
    (void)m_preferences.setTextScale(scale);
    emit textScaleChanged();
}

void DisplaySettings::setReducedMotion(bool on)
{
    if (on == reducedMotion())
        return;
    (void)m_preferences.setReducedMotion(on);
    emit reducedMotionChanged();
}

} // namespace mapje
