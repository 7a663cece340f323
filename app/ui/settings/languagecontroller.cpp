#include "ui/settings/languagecontroller.h"

#include "storage/devicepreferences.h"
#include "ui/shared/localtimes.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

namespace mapje {

namespace {
struct Language {
    const char *code;
    const char *name; // in its own language, so everyone can find theirs
};
constexpr Language kLanguages[] = {
    {"nl", "Nederlands"},
    {"en", "English"},
    {"ar", "العربية"},
    {"tr", "Türkçe"},
    {"pl", "Polski"},
    {"uk", "Українська"},
};

bool isKnown(const QString &code)
{
    for (const auto &language : kLanguages) {
        if (code == QLatin1String(language.code))
            return true;
    }
    return false;
}
} // namespace

LanguageController::LanguageController(DevicePreferences &preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences)
{
    connect(&m_preferences, &DevicePreferences::hasUnsavedChangesChanged, this,
        &LanguageController::unsavedChanged);
}

void LanguageController::loadInitial()
{
    QString code = m_preferences.language();
    if (!isKnown(code)) {
        code = QLocale().name().section(QLatin1Char('_'), 0, 0);
        if (!isKnown(code))
            code = QStringLiteral("nl");
    }
    apply(code);
}

QString LanguageController::currentName() const
{
    for (const auto &language : kLanguages) {
        if (m_current == QLatin1String(language.code))
            return QString::fromUtf8(language.name);
    }
    return {};
}

bool LanguageController::rightToLeft() const
{
    return QLocale(m_current).textDirection() == Qt::RightToLeft;
}

QVariantList LanguageController::languages() const
{
    QVariantList list;
    for (const auto &language : kLanguages) {
        list.append(QVariantMap {{QStringLiteral("code"), QString::fromLatin1(language.code)},
            {QStringLiteral("name"), QString::fromUtf8(language.name)}});
    }
    return list;
}

bool LanguageController::unsaved() const
{
    return m_preferences.hasUnsavedChanges();
}

void LanguageController::choose(const QString &code)
{
    if (!isKnown(code) || code == m_current)
        return;
    if (!apply(code))
        return;
    (void)m_preferences.setLanguage(code); // in effect even when the disk refuses it
}

bool LanguageController::apply(const QString &code)
{
    QCoreApplication::removeTranslator(&m_translator);
    // Dutch is the source language, but its .qm still carries the Dutch plural forms.
    const bool loaded = m_translator.load(QStringLiteral(":/i18n/mapje_%1.qm").arg(code));
    if (!loaded && code != QLatin1String("nl"))
        return false;
    // Dates, times and numbers follow the language (digits 0-9 in every language); Arabic also
    // turns the whole layout around.
    const QLocale locale = LocalTimes::localeFor(code);
    m_translator.setRightToLeft(locale.textDirection() == Qt::RightToLeft);
    if (loaded)
        QCoreApplication::installTranslator(&m_translator);
    m_current = code;
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    if (m_engine)
        m_engine->retranslate();
    emit currentChanged();
    return true;
}

} // namespace mapje
