#include "core/sequenceidgenerator.h"

#include <QTest>

using mapje::IdGenerator;
using mapje::SequenceIdGenerator;

class TestSequenceIdGenerator : public QObject {
    Q_OBJECT

private slots:
    void countsUpWithItsPrefix()
    {
        SequenceIdGenerator goals(QStringLiteral("goal"));
        IdGenerator &generator = goals;
        QCOMPARE(generator.next(), QStringLiteral("goal-1"));
        QCOMPARE(generator.next(), QStringLiteral("goal-2"));
        QCOMPARE(generator.next(), QStringLiteral("goal-3"));
    }

    void eachGeneratorStartsAgain()
    {
        SequenceIdGenerator a;
        SequenceIdGenerator b;
        QCOMPARE(a.next(), QStringLiteral("id-1"));
        QCOMPARE(a.next(), QStringLiteral("id-2"));
        QCOMPARE(b.next(), QStringLiteral("id-1"));
    }
};

QTEST_GUILESS_MAIN(TestSequenceIdGenerator)
#include "tst_sequenceidgenerator.moc"
