#pragma once

#include <QDir>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

/**
 * A fresh preferences file for every test of the settings: settings.json in a new, empty folder
 * of its own inside one temporary folder (so the settings.ini an older Mapje wrote beside it is
 * the test's own too), with QStandardPaths in test mode.
 */
class FreshSettings {
public:
    FreshSettings() { QStandardPaths::setTestModeEnabled(true); }

    /** False when the temporary folder could not be made. */
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }

    /** The next test's file, not there yet; empty when its folder could not be made. */
    [[nodiscard]] QString next()
    {
        const QString folder = m_dir.filePath(QString::number(++m_count));
        if (!m_dir.isValid() || !QDir().mkpath(folder))
            return {};
        return folder + QStringLiteral("/settings.json");
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};
