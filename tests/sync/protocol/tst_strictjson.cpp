#include <QTest>

#include "sync/protocol/strictjson.h"

using mapje::protocol::parseStrictObject;
using Kind = mapje::protocol::ProtocolError::Kind;

/** parseStrictObject refuses what two JSON readers could understand differently, and never
 * reads more than it was allowed to. */
class TestStrictJson : public QObject {
    Q_OBJECT

private slots:
    void acceptsOneObject()
    {
        const auto parsed = parseStrictObject(R"({"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]})", 1024);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().value("b").toObject().value("a").toInt(), 2);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{versie: 1}") << int(Kind::NotJson) << QString();
        QTest::newRow("empty") << QByteArray() << int(Kind::NotJson) << QString();
        QTest::newRow("an array") << QByteArray("[1]") << int(Kind::NotJson) << QString();
        QTest::newRow("garbage after") << QByteArray("{} x") << int(Kind::NotJson) << QString();
        QTest::newRow("bad utf-8")
            << QByteArray("{\"a\":\"\xff\xfe\"}") << int(Kind::NotJson) << QString();
        QTest::newRow("duplicate") << QByteArray(R"({"code":"A","code":"B"})")
                                   << int(Kind::DuplicateKey) << QStringLiteral("/code");
        QTest::newRow("duplicate by escape") << QByteArray(R"({"code":"A","\u0063ode":"B"})")
                                             << int(Kind::DuplicateKey) << QStringLiteral("/code");
        QTest::newRow("duplicate deep") << QByteArray(R"({"a":[{"x":1},{"x":1,"x":2}]})")
                                        << int(Kind::DuplicateKey) << QStringLiteral("/a/1/x");
        QTest::newRow("too deep") << QByteArray(R"({"a":{"b":{"c":{"d":1}}}})")
                                  << int(Kind::TooDeep) << QStringLiteral("/a/b/c");
    }
    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, field);
        const auto parsed = parseStrictObject(body, 1024, 3);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().kind), kind);
        QCOMPARE(parsed.error().field, field);
        QVERIFY(!parsed.error().detail().isEmpty());
    }

    // A body over the limit is refused before it is parsed, also when it is not JSON at all.
    void refusesTooLargeFirst()
    {
        const QByteArray big(2048, '{');
        const auto parsed = parseStrictObject(big, 1024);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Kind::TooLarge);
    }

    // Keys that only look alike are different keys; strings with brackets and escaped quotes
    // do not confuse the walk.
    void stringsAreNotStructure()
    {
        // Escaped the old way: moc's tokenizer loses its place in this raw string.
        const auto parsed = parseStrictObject(
            "{\"a\":\"{\\\"a\\\":1,[\",\"b\":\"\\\\\",\"c\":{\"a\":\"}\"},\"A\":1}", 1024);
        QVERIFY(parsed.ok());
    }
};

QTEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
