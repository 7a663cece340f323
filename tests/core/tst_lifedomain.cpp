#include "core/lifedomain.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using mapje::LifeDomain;

namespace {

/** Wraps sources in [] only in the "LifeDomain" context, to show which context was used. */
class MarkingTranslator : public QTranslator {
public:
    [[nodiscard]] QString translate(const char *context, const char *sourceText,
        const char * /*disambiguation*/, int /*n*/) const override
    {
        if (qstrcmp(context, "LifeDomain") != 0)
            return {};
        return QStringLiteral("[") + QString::fromUtf8(sourceText) + QStringLiteral("]");
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

LifeDomain sample()
{
    return LifeDomain(
        QStringLiteral("money"), "Geld", "Je inkomen.", {"Eerste vraag?", "Tweede vraag?"});
}

} // namespace

class TestLifeDomain : public QObject {
    Q_OBJECT

private slots:
    void keepsIdAndUsesItAsIcon()
    {
        const LifeDomain domain = sample();
        QCOMPARE(domain.id(), QStringLiteral("money"));
        QCOMPARE(domain.icon(), QStringLiteral("money"));
    }

    void keepsTheUntranslatedSources()
    {
        const LifeDomain domain = sample();
        QCOMPARE(domain.nameSource(), "Geld");
        QCOMPARE(domain.explanationSource(), "Je inkomen.");
        QCOMPARE(domain.questionSources().size(), 2);
        QCOMPARE(domain.questionSources().at(1), "Tweede vraag?");
    }

    void withoutTranslationShowsTheSource()
    {
        const LifeDomain domain = sample();
        QCOMPARE(domain.name(), QStringLiteral("Geld"));
        QCOMPARE(domain.explanation(), QStringLiteral("Je inkomen."));
        QCOMPARE(domain.questions(),
            QStringList({QStringLiteral("Eerste vraag?"), QStringLiteral("Tweede vraag?")}));
    }

    void translatesInTheLifeDomainContext()
    {
        QCOMPARE(LifeDomain::TranslationContext, "LifeDomain");
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const LifeDomain domain = sample();
        const QString name = domain.name();
        const QString explanation = domain.explanation();
        const QStringList questions = domain.questions();
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(name, QStringLiteral("[Geld]"));
        QCOMPARE(explanation, QStringLiteral("[Je inkomen.]"));
        QCOMPARE(questions,
            QStringList({QStringLiteral("[Eerste vraag?]"), QStringLiteral("[Tweede vraag?]")}));
        QCOMPARE(domain.name(), QStringLiteral("Geld"));
    }
};

QTEST_GUILESS_MAIN(TestLifeDomain)
#include "tst_lifedomain.moc"
