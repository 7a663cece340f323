#include "ui/displaysettings.h"

#include "ui/publishedsingleton.h"

#include <QSettings>
#include <cmath>

namespace {
constexpr qreal kScales[] = {1.0, 1.25, 1.5, 2.0};
const QString kHighContrastKey = QStringLiteral("display/highContrast");
const QString kTextScaleKey = QStringLiteral("display/textScale");
const QString kReducedMotionKey = QStringLiteral("display/reducedMotion");
} // namespace

DisplaySettings::DisplaySettings(QString settingsFile, QObject *parent)
    : QObject(parent), m_settingsFile(std::move(settingsFile))
{
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    m_highContrast = settings.value(kHighContrastKey, false).toBool();
    m_reducedMotion = settings.value(kReducedMotionKey, false).toBool();
    bool ok = false;
    const qreal scale = settings.value(kTextScaleKey, 1.0).toReal(&ok);
    // A hand-edited or damaged file must not make the text unreadable.
    if (ok && isOfferedScale(scale))
        m_textScale = scale;
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
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    store(kHighContrastKey, on);
    emit highContrastChanged();
}

void DisplaySettings::setTextScale(qreal scale)
{
    if (!isOfferedScale(scale) || std::abs(scale - m_textScale) < 0.001)
        return;
    m_textScale = scale;
    store(kTextScaleKey, scale);
    emit textScaleChanged();
}

void DisplaySettings::setReducedMotion(bool on)
{
    if (on == m_reducedMotion)
        return;
    m_reducedMotion = on;
    store(kReducedMotionKey, on);
    emit reducedMotionChanged();
}

void DisplaySettings::store(const QString &key, const QVariant &value) const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(key, value);
}

DisplaySettings *DisplaySettings::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_UNUSED(jsEngine)
    return publishedSingleton(published, "DisplaySettings");
}
