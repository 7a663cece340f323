#pragma once

#include <QStringList>

#include "ui/shared/speechengine.h"

/** A speech engine that only writes down what it was asked to say, in which locale and how fast. */
class FakeSpeechEngine : public mapje::SpeechEngine {
    Q_OBJECT
public:
    /** locales: the languages it "has a voice" for; none makes it a ready engine without voices. */
    explicit FakeSpeechEngine(QList<QLocale> locales, QObject *parent = nullptr)
        : mapje::SpeechEngine(parent), m_locales(std::move(locales))
    {
    }

    [[nodiscard]] bool isReady() const override { return true; }
    [[nodiscard]] QList<QLocale> locales() const override { return m_locales; }
    [[nodiscard]] bool hasVoice() const override { return m_locales.contains(m_locale); }
    [[nodiscard]] bool isSpeaking() const override { return m_speaking; }

    void setLocale(const QLocale &locale) override { m_locale = locale; }
    void setRate(double rate) override { m_rate = rate; }
    void say(const QString &text) override
    {
        m_said.append(text);
        m_saidLocales.append(m_locale);
        m_speaking = true;
        emit speakingChanged();
    }
    void stop() override
    {
        if (!m_speaking)
            return;
        m_speaking = false;
        emit speakingChanged();
    }

    [[nodiscard]] QLocale locale() const { return m_locale; }
    [[nodiscard]] double rate() const { return m_rate; }
    [[nodiscard]] QStringList said() const { return m_said; }
    [[nodiscard]] QList<QLocale> saidLocales() const { return m_saidLocales; }

private:
    QList<QLocale> m_locales;
    QLocale m_locale = QLocale::c();
    double m_rate = 0.0;
    bool m_speaking = false;
    QStringList m_said;
    QList<QLocale> m_saidLocales;
};
