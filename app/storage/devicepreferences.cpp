#include "storage/devicepreferences.h"

#include "storage/safefilewriter.h"
#include "storage/storagelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <algorithm>

namespace mapje {

namespace {
const QString kLanguage = QStringLiteral("language");
const QString kHighContrast = QStringLiteral("highContrast");
const QString kTextScale = QStringLiteral("textScale");
const QString kReducedMotion = QStringLiteral("reducedMotion");
const QString kPauseWhenAway = QStringLiteral("pauseWhenAwaySeconds");
const QString kReadAloudSpeed = QStringLiteral("readAloudSpeed");
// A few choices take a few hundred bytes; anything far larger is not this file.
constexpr qint64 kMaxFileSize = 64 * 1024;

/** The choices an older Mapje kept with QSettings, read without ever writing that file. */
QJsonObject readLegacy(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return {};
    QJsonObject values;
    const auto copyText = [&](const QString &from, const QString &to) {
        const QString text = settings.value(from).toString();
        if (!text.isEmpty())
            values.insert(to, text);
    };
    const auto copyBool = [&](const QString &from, const QString &to) {
        if (settings.contains(from))
            values.insert(to, settings.value(from).toBool());
    };
    copyText(QStringLiteral("language"), kLanguage);
    copyBool(QStringLiteral("display/highContrast"), kHighContrast);
    copyBool(QStringLiteral("display/reducedMotion"), kReducedMotion);
    copyText(QStringLiteral("readAloudRate"), kReadAloudSpeed);
    bool ok = false;
    const double scale = settings.value(QStringLiteral("display/textScale")).toDouble(&ok);
    if (ok)
        values.insert(kTextScale, scale);
    return values;
}
} // namespace

DevicePreferences::DevicePreferences(QString file, QObject *parent)
    : QObject(parent), m_file(std::move(file))
{
    read();
}

QString DevicePreferences::legacyFileFor(const QString &file)
{
    return QFileInfo(file).dir().filePath(QStringLiteral("settings.ini"));
}

void DevicePreferences::read()
{
    if (m_file.isEmpty())
        return; // a kiosk session: the choices live in memory only
    QFile file(m_file);
    if (!file.exists()) {
        m_values = readLegacy(legacyFileFor(m_file));
        m_readLegacy = !m_values.isEmpty();
        return;
    }
    // Whatever is wrong with the file, Mapje starts with its defaults; the next choice replaces it.
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileSize) {
        qCWarning(lcStorage, "DevicePreferences: the file cannot be read; using the defaults");
        return;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxFileSize), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcStorage, "DevicePreferences: the file is damaged; using the defaults");
        return;
    }
    m_values = document.object();
}

QString DevicePreferences::language() const
{
    return m_values.value(kLanguage).toString();
}

bool DevicePreferences::highContrast() const
{
    return m_values.value(kHighContrast).toBool(false);
}

double DevicePreferences::textScale() const
{
    return m_values.value(kTextScale).toDouble(1.0);
}

bool DevicePreferences::reducedMotion() const
{
    return m_values.value(kReducedMotion).toBool(false);
}

QString DevicePreferences::readAloudSpeed() const
{
    return m_values.value(kReadAloudSpeed).toString();
}

FileWriteResult DevicePreferences::setLanguage(const QString &code)
{
    return set(kLanguage, code);
}

FileWriteResult DevicePreferences::setHighContrast(bool on)
{
    return set(kHighContrast, on);
}

FileWriteResult DevicePreferences::setTextScale(double scale)
{
    return set(kTextScale, scale);
}

int DevicePreferences::pauseWhenAwaySeconds() const
{
    // A damaged or hand-made value never pauses at once.
    const int seconds = m_values.value(kPauseWhenAway).toInt(0);
    return seconds > 0 ? seconds : 0;
}

FileWriteResult DevicePreferences::setPauseWhenAwaySeconds(int seconds)
{
    return set(kPauseWhenAway, std::max(0, seconds));
}

FileWriteResult DevicePreferences::setReducedMotion(bool on)
{
    return set(kReducedMotion, on);
}

FileWriteResult DevicePreferences::setReadAloudSpeed(const QString &speed)
{
    return set(kReadAloudSpeed, speed);
}

bool DevicePreferences::retryPendingSaves()
{
    if (m_unsaved)
        (void)write();
    return !m_unsaved;
}

FileWriteResult DevicePreferences::set(const QString &key, const QJsonValue &value)
{
    if (m_values.value(key) == value && !m_unsaved)
        return {};
    // In effect at once, whatever the disk says.
    m_values.insert(key, value);
    return write();
}

FileWriteResult DevicePreferences::write()
{
    if (m_file.isEmpty())
        return m_lastResult = FileWriteResult(); // memory only: nothing to write, nothing lost
    const QString folder = QFileInfo(m_file).absolutePath();
    if (!QFileInfo::exists(folder))
        QDir().mkpath(folder); // a failure shows as the write's own failure below
    m_lastResult = SafeFileWriter::write(m_file, QJsonDocument(m_values).toJson());
    const bool unsaved = !m_lastResult.ok();
    if (unsaved) {
        qCInfo(lcStorage, "DevicePreferences: kept in memory, not written (%s)",
            qPrintable(m_lastResult.describe()));
    } else if (m_readLegacy) {
        // The choices live in the new file now; the old one is never read again.
        QFile::remove(legacyFileFor(m_file));
        m_readLegacy = false;
    }
    if (unsaved != m_unsaved) {
        m_unsaved = unsaved;
        emit hasUnsavedChangesChanged(unsaved);
    }
    return m_lastResult;
}

} // namespace mapje
