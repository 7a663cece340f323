#include <QTemporaryDir>
#include <QTest>

#include "storage/database.h"
#include "storage/idempotencystore.h"

using mapje::endpoint::Database;
using mapje::endpoint::DatabaseSettings;
using mapje::endpoint::IdempotencyStore;
using Claim = IdempotencyStore::Claim;

/** One change per Idempotency-Key: the first claims it, a repeat gets its answer, another body
 * 422, a repeat while the first runs 409; a failed first try frees the key; old keys go. */
class TestIdempotencyStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    const QDateTime m_now {QDate(2026, 12, 6), QTime(10, 0), Qt::UTC};

private slots:
    void init()
    {
        DatabaseSettings settings;
        settings.sqlitePath = m_folder.filePath(
            QStringLiteral("keys-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        m_database = std::make_unique<Database>(settings);
        QVERIFY(m_database->migrate());
    }

    void oneChangePerKey()
    {
        const IdempotencyStore keys(*m_database);
        IdempotencyStore::Answer answer;
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::Claimed);
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::StillRunning);
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h2"),
                     m_now, &answer),
            Claim::OtherRequest);
        keys.finish(QStringLiteral("k:1"), QStringLiteral("key"), {201, "{\"a\":1}", "{}"});
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::Repeat);
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.body, QByteArray("{\"a\":1}"));
        // Keys are per owner: another device may use the same key.
        QCOMPARE(keys.claim(QStringLiteral("k:2"), QStringLiteral("key"), QStringLiteral("h2"),
                     m_now, &answer),
            Claim::Claimed);
    }

    void aFailedFirstTryFreesTheKey()
    {
        const IdempotencyStore keys(*m_database);
        IdempotencyStore::Answer answer;
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::Claimed);
        keys.release(QStringLiteral("k:1"), QStringLiteral("key"));
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::Claimed);
    }

    void oldKeysAreForgotten()
    {
        const IdempotencyStore keys(*m_database);
        IdempotencyStore::Answer answer;
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h1"),
                     m_now, &answer),
            Claim::Claimed);
        keys.finish(QStringLiteral("k:1"), QStringLiteral("key"), {204, {}, "{}"});
        keys.forgetBefore(m_now.addSecs(1));
        QCOMPARE(keys.claim(QStringLiteral("k:1"), QStringLiteral("key"), QStringLiteral("h2"),
                     m_now, &answer),
            Claim::Claimed);
    }
};

QTEST_GUILESS_MAIN(TestIdempotencyStore)
#include "tst_idempotencystore.moc"
