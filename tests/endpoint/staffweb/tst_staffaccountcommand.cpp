#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "staffweb/passwordhash.h"
#include "storage/database.h"

using namespace mapje::endpoint;

/**
 * `mapje-endpoint medewerker …`, the real binary: an account made with the password on standard
 * input (as a test or a script makes one), kept as an Argon2id string; a short password, a taken
 * name and an odd name refused; a new password signs the name out everywhere; removal.
 */
class TestStaffAccountCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QString m_config;
    std::unique_ptr<Database> m_database;

    int run(const QStringList &arguments, const QByteArray &input, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProgram(QStringLiteral(MAPJE_ENDPOINT_BINARY));
        process.setArguments(QStringList {QStringLiteral("medewerker")} + arguments
            + QStringList {QStringLiteral("--config"), m_config});
        process.start();
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardError();
        return process.exitCode();
    }

    QByteArray storedHash(const QString &name)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT wachtwoord_hash FROM medewerkers WHERE naam = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toString().toLatin1() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QFile secret(m_folder.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(QByteArray(48, 'g'));
        secret.close();
        m_config = m_folder.filePath(QStringLiteral("endpoint.ini"));
        QFile ini(m_config);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[gemeente]\nnaam=Test\n[database]\nsoort=sqlite\npad="
            + m_folder.filePath(QStringLiteral("db.sqlite")).toUtf8()
            + "\n[geheimen]\nservergeheim=" + secret.fileName().toUtf8() + "\n");
        ini.close();
        DatabaseSettings settings;
        settings.sqlitePath = m_folder.filePath(QStringLiteral("db.sqlite"));
        m_database = std::make_unique<Database>(settings);
    }

    void addsAnAccountFromStandardInput()
    {
        QByteArray said;
        QCOMPARE(run({QStringLiteral("toevoegen"), QStringLiteral("joris")},
                     "een-lang-wachtwoord\n", &said),
            0);
        QVERIFY2(said.contains("Het account joris is gemaakt."), said.constData());
        const QByteArray hash = storedHash(QStringLiteral("joris"));
        QVERIFY2(hash.startsWith("$argon2id$"), hash.constData());
        QVERIFY(!hash.contains("een-lang-wachtwoord"));
        QVERIFY(PasswordHash::matches(QStringLiteral("een-lang-wachtwoord"), hash));
        QVERIFY(!PasswordHash::matches(QStringLiteral("een-lang-wachtwoorD"), hash));
        QVERIFY(!PasswordHash::needsRehash(hash));
        // The same password in another Unicode form (é as e + accent) is the same password.
        const QByteArray accented = PasswordHash::make(QStringLiteral("caf\u00e9-wachtwoord"));
        QVERIFY(PasswordHash::matches(QStringLiteral("cafe\u0301-wachtwoord"), accented));
    }

    void refusesWhatIsNotRight()
    {
        QCOMPARE(run({QStringLiteral("toevoegen"), QStringLiteral("anna")}, "kort\n"), 2);
        QVERIFY(storedHash(QStringLiteral("anna")).isEmpty());
        QCOMPARE(run({QStringLiteral("toevoegen"), QStringLiteral("anna")}, ""), 2);
        QCOMPARE(
            run({QStringLiteral("toevoegen"), QStringLiteral("an na")}, "een-lang-wachtwoord\n"),
            2);
        QCOMPARE(
            run({QStringLiteral("toevoegen"), QStringLiteral("joris")}, "een-ander-wachtwoord\n"),
            1);
        QVERIFY(PasswordHash::matches(
            QStringLiteral("een-lang-wachtwoord"), storedHash(QStringLiteral("joris"))));
        QCOMPARE(
            run({QStringLiteral("wachtwoord"), QStringLiteral("niemand")}, "een-lang-wachtwoord\n"),
            1);
        QCOMPARE(run({QStringLiteral("iets")}, ""), 2);
    }

    void aNewPasswordSignsOutEverywhere()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO sessies (id_hash, medewerker, begonnen_op, "
                           "laatst_op) VALUES ('a', 'joris', 1, 1), ('b', 'anna', 1, 1)")));
        QCOMPARE(run({QStringLiteral("wachtwoord"), QStringLiteral("joris")},
                     "het-nieuwe-wachtwoord\r\n"),
            0);
        QVERIFY(PasswordHash::matches(
            QStringLiteral("het-nieuwe-wachtwoord"), storedHash(QStringLiteral("joris"))));
        QVERIFY(query.exec(QStringLiteral("SELECT medewerker FROM sessies")));
        QStringList left;
        while (query.next())
            left.append(query.value(0).toString());
        QCOMPARE(left, QStringList {QStringLiteral("anna")});
    }

    void removesAnAccount()
    {
        QCOMPARE(run({QStringLiteral("verwijderen"), QStringLiteral("joris")}, ""), 0);
        QVERIFY(storedHash(QStringLiteral("joris")).isEmpty());
        QCOMPARE(run({QStringLiteral("verwijderen"), QStringLiteral("joris")}, ""), 1);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT handeling, medewerker, via FROM logboek ORDER BY volgnummer")));
        QStringList lines;
        while (query.next())
            lines.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString()
                + QLatin1Char(' ') + query.value(2).toString());
        QCOMPARE(lines,
            (QStringList {QStringLiteral("account-gezet joris beheer"),
                QStringLiteral("account-gezet joris beheer"),
                QStringLiteral("account-verwijderd joris beheer")}));
    }
};

QTEST_GUILESS_MAIN(TestStaffAccountCommand)
#include "tst_staffaccountcommand.moc"
