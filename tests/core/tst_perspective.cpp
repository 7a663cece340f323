#include "core/perspective.h"

#include <QSet>
#include <QTest>

using mapje::Perspective;
using Kind = mapje::Perspective::Kind;

class TestPerspective : public QObject {
    Q_OBJECT

private slots:
    void keepsIdKindAndName()
    {
        const Perspective perspective(
            QStringLiteral("p-1"), Kind::Peer, QStringLiteral("Sanne, ervaringswerker"));
        QCOMPARE(perspective.id(), QStringLiteral("p-1"));
        QCOMPARE(perspective.kind(), Kind::Peer);
        QCOMPARE(perspective.displayName(), QStringLiteral("Sanne, ervaringswerker"));
    }

    void displayNameIsOptionalAndTrimmed()
    {
        Perspective perspective(QStringLiteral("p-1"), Kind::Close);
        QVERIFY(perspective.displayName().isEmpty());
        perspective.setDisplayName(QStringLiteral("  Ahmed  "));
        QCOMPARE(perspective.displayName(), QStringLiteral("Ahmed"));
    }

    void onlyTheCitizenKindIsCitizen_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("citizen");
        QTest::newRow("citizen") << Kind::Citizen << true;
        QTest::newRow("close") << Kind::Close << false;
        QTest::newRow("professional") << Kind::Professional << false;
        QTest::newRow("peer") << Kind::Peer << false;
    }

    void onlyTheCitizenKindIsCitizen()
    {
        QFETCH(Kind, kind);
        QFETCH(bool, citizen);
        QCOMPARE(Perspective(QStringLiteral("x"), kind).isCitizen(), citizen);
    }

    void kindKeysAreStable_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("key");
        QTest::newRow("citizen") << Kind::Citizen << QStringLiteral("citizen");
        QTest::newRow("close") << Kind::Close << QStringLiteral("close");
        QTest::newRow("professional") << Kind::Professional << QStringLiteral("professional");
        QTest::newRow("peer") << Kind::Peer << QStringLiteral("peer");
    }

    void kindKeysAreStable()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, key);
        QCOMPARE(Perspective::kindKey(kind), key);
        QCOMPARE(Perspective::kindFromKey(key), std::optional<Kind>(kind));
    }

    void unknownKindKeyIsRefused()
    {
        QVERIFY(!Perspective::kindFromKey(u"Citizen").has_value());
        QVERIFY(!Perspective::kindFromKey(u"").has_value());
        QVERIFY(!Perspective::kindFromKey(u"0").has_value());
    }

    void everyKindHasItsOwnLabel()
    {
        QSet<QString> labels;
        for (Kind kind : {Kind::Citizen, Kind::Close, Kind::Professional, Kind::Peer}) {
            const QString label = QString::fromUtf8(Perspective::kindLabelSource(kind));
            QVERIFY(!label.isEmpty());
            labels.insert(label);
        }
        QCOMPARE(labels.size(), 4);
        QCOMPARE(Perspective::kindLabelSource(Kind::Citizen), "Ik");
    }

    void equalityLooksAtEveryField()
    {
        const Perspective a(QStringLiteral("p"), Kind::Close, QStringLiteral("Ahmed"));
        QVERIFY(a == Perspective(QStringLiteral("p"), Kind::Close, QStringLiteral("Ahmed")));
        QVERIFY(a != Perspective(QStringLiteral("q"), Kind::Close, QStringLiteral("Ahmed")));
        QVERIFY(a != Perspective(QStringLiteral("p"), Kind::Peer, QStringLiteral("Ahmed")));
        QVERIFY(a != Perspective(QStringLiteral("p"), Kind::Close, QStringLiteral("Sanne")));
    }
};

QTEST_GUILESS_MAIN(TestPerspective)
#include "tst_perspective.moc"
