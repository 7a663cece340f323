#include "arabictranslator.h"

#include <QHash>

QString ArabicTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    static const QHash<QString, QString> words = {
        {QStringLiteral("Mijn mapje"), QStringLiteral("Mapje الخاص بي")},
        {QStringLiteral("Mijn mapje – %1"), QStringLiteral("Mapje الخاص بي – %1")},
        {QStringLiteral("Dit mapje heb ik zelf gemaakt met Mapje op %1."),
            QStringLiteral("صنعت هذا الملف بنفسي في Mapje يوم %1.")},
        {QStringLiteral("Dit mapje heb ik zelf gemaakt met Mapje."),
            QStringLiteral("صنعت هذا الملف بنفسي في Mapje.")},
        {QStringLiteral("Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2."),
            QStringLiteral("هذا الملف لـ %1. صنعته بنفسي في Mapje يوم %2.")},
        {QStringLiteral("Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje."),
            QStringLiteral("هذا الملف لـ %1. صنعته بنفسي في Mapje.")},
        {QStringLiteral("Wat belangrijk is voor mij"), QStringLiteral("ما هو مهم بالنسبة لي")},
        {QStringLiteral("Ik zet het in de volgorde die ik zelf koos."),
            QStringLiteral("بالترتيب الذي اخترته بنفسي.")},
        {QStringLiteral("%1 zegt:"), QStringLiteral("رأي %1:")},
        {QStringLiteral("“%1”"), QStringLiteral("«%1»")},
        {QStringLiteral("Mijn doelen"), QStringLiteral("أهدافي")},
        {QStringLiteral("Gaat over:"), QStringLiteral("المجال:")},
        {QStringLiteral("Wanneer:"), QStringLiteral("متى:")},
        {QStringLiteral("Wie helpt:"), QStringLiteral("من يساعد:")},
        {QStringLiteral("Hoe staat het:"), QStringLiteral("أين وصلت:")},
        {QStringLiteral("Stappen:"), QStringLiteral("الخطوات:")},
        {QStringLiteral("Mijn afspraak"), QStringLiteral("موعدي")},
        {QStringLiteral("Waar:"), QStringLiteral("أين:")},
        {QStringLiteral("Met wie:"), QStringLiteral("مع من:")},
        {QStringLiteral("Wie gaat mee:"), QStringLiteral("من يأتي معي:")},
        {QStringLiteral("Wat wil ik vragen?"), QStringLiteral("ماذا أريد أن أسأل؟")},
        {QStringLiteral("Wat wil ik dat ze weten?"), QStringLiteral("ماذا أريد أن يعرفوا؟")},
        {QStringLiteral("Wat neem ik mee?"), QStringLiteral("ماذا آخذ معي؟")},
        {QStringLiteral("Mijn mapje · %1 · bladzijde %2 van %3"),
            QStringLiteral("Mapje الخاص بي · %1 · صفحة %2 من %3")},
        {QStringLiteral("Mijn mapje · bladzijde %1 van %2"),
            QStringLiteral("Mapje الخاص بي · صفحة %1 من %2")},
        {QStringLiteral("De maker van dit mapje"), QStringLiteral("صاحب هذا الملف")},
    };
    if (qstrcmp(context, "MapjeDocument") != 0)
        return {};
    return words.value(QString::fromUtf8(sourceText));
}
