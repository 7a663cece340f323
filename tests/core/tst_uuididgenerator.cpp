#include "core/uuididgenerator.h"

#include <QSet>
#include <QTest>
#include <QUuid>

using mapje::IdGenerator;
using mapje::UuidIdGenerator;

class TestUuidIdGenerator : public QObject {
    Q_OBJECT

private slots:
    void givesUuidsWithoutBraces()
    {
        UuidIdGenerator generator;
        const QString id = generator.next();
        QCOMPARE(id.size(), 36);
        QVERIFY(!id.contains(QLatin1Char('{')));
        QVERIFY(!id.contains(QLatin1Char('}')));
        QVERIFY(!QUuid::fromString(id).isNull());
    }

    void neverRepeats()
    {
        UuidIdGenerator uuids;
        IdGenerator &generator = uuids; // used through the injected interface
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i)
            ids.insert(generator.next());
        QCOMPARE(ids.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestUuidIdGenerator)
#include "tst_uuididgenerator.moc"
