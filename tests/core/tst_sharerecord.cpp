#include "core/sharerecord.h"

#include <QTest>

using mapje::ShareRecord;
using ItemKind = mapje::Consent::ItemKind;

class TestShareRecord : public QObject {
    Q_OBJECT

private slots:
    void keepsWhatWhenAndWhere()
    {
        const QDateTime when(QDate(2024, 5, 1), QTime(9, 15), Qt::UTC);
        const ShareRecord record(
            ItemKind::Goal, QStringLiteral("g-1"), when, QStringLiteral("Gemeente Eindhoven"));
        QCOMPARE(record.itemKind(), ItemKind::Goal);
        QCOMPARE(record.itemId(), QStringLiteral("g-1"));
        QCOMPARE(record.when(), when);
        QCOMPARE(record.endpoint(), QStringLiteral("Gemeente Eindhoven"));
    }

    void equalityLooksAtEveryField()
    {
        const QDateTime when(QDate(2024, 5, 1), QTime(9, 15), Qt::UTC);
        const ShareRecord a(ItemKind::Goal, u"g"_qs, when, u"E"_qs);
        QVERIFY(a == ShareRecord(ItemKind::Goal, u"g"_qs, when, u"E"_qs));
        QVERIFY(a != ShareRecord(ItemKind::Board, u"g"_qs, when, u"E"_qs));
        QVERIFY(a != ShareRecord(ItemKind::Goal, u"h"_qs, when, u"E"_qs));
        QVERIFY(a != ShareRecord(ItemKind::Goal, u"g"_qs, when.addSecs(1), u"E"_qs));
        QVERIFY(a != ShareRecord(ItemKind::Goal, u"g"_qs, when, u"U"_qs));
    }
};

QTEST_GUILESS_MAIN(TestShareRecord)
#include "tst_sharerecord.moc"
