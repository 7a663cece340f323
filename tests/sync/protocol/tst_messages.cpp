#include <QTest>
#include <QTimeZone>

#include "sync/protocol/messages.h"

using namespace mapje::protocol;
using Kind = ProtocolError::Kind;

/** Every body of the protocol goes out and comes back the same, and a wrong one is refused with
 * the field that is wrong: never a crash, never half a value. */
class TestMessages : public QObject {
    Q_OBJECT

private:
    static QDateTime utc(int day, int hour)
    {
        return {QDate(2026, 12, day), QTime(hour, 30), QTimeZone::utc()};
    }

    static Share board()
    {
        BoardShare board;
        board.boardOf = QDate(2026, 12, 6);
        board.domains = {
            {QStringLiteral("money"), QStringLiteral("Geld"),
                {{QStringLiteral("ik"), {}, QStringLiteral("verdrietig"), QStringLiteral("ja"),
                     QStringLiteral("De post blijft liggen")},
                    {QStringLiteral("ervaringswerker"), QStringLiteral("Sanne"),
                        QStringLiteral("weet-ik-niet"), QStringLiteral("nog-niet"), {}}}},
            {QStringLiteral("housing"), QStringLiteral("Wonen"),
                {{QStringLiteral("ik"), {}, QStringLiteral("blij"), QStringLiteral("nee"), {}}}}};
        return {board};
    }

private slots:
    void roundTrips()
    {
        QCOMPARE(decodePairingRequest(encode(PairingRequest {QStringLiteral("KM4T-X7RA")})).value(),
            PairingRequest {QStringLiteral("KM4T-X7RA")});
        const NewPairing pairing {QStringLiteral("k-0123456789"),
            QStringLiteral("Gemeente Utrecht"), utc(6, 9), QString(40, QLatin1Char('t'))};
        QCOMPARE(decodeNewPairing(encode(pairing)).value(), pairing);
        const PairingCodeRequest codeRequest {QStringLiteral("dossier 12"), 60};
        QCOMPARE(decodePairingCodeRequest(encode(codeRequest)).value(), codeRequest);

        Appointment appointment;
        appointment.begin = utc(14, 9);
        appointment.end = utc(14, 10);
        appointment.where = QStringLiteral("Stadskantoor, spreekkamer 3");
        appointment.withWhom = QStringLiteral("Klantmanager Joris");
        appointment.bring = {QStringLiteral("Loonstrook")};
        QCOMPARE(decodeAppointment(encode(appointment), true).value(), appointment);
        appointment.id = QStringLiteral("afspraak-0001");
        appointment.proposedAt = utc(6, 10);
        QCOMPARE(decodeAppointment(encode(appointment), false).value(), appointment);

        const Moment moment {
            QStringLiteral("moment-0001"), utc(20, 15), {}, QStringLiteral("Sanne"), utc(6, 11)};
        QCOMPARE(decodeMoment(encode(moment), false).value(), moment);
        const RescheduleRequest request {
            QStringLiteral("afspraak-0001"), QStringLiteral("Ik werk die week in de nachtdienst.")};
        QCOMPARE(decodeRescheduleRequest(encode(request)).value(), request);
    }

    void sharesRoundTrip_data()
    {
        QTest::addColumn<Share>("share");
        QTest::addColumn<QString>("kind");
        QTest::newRow("bord") << board() << QStringLiteral("bord");
        GoalShare goal {QStringLiteral("money"), QStringLiteral("Geld"),
            QStringLiteral("Mijn post elke week openen"), QDate(2026, 12, 21),
            QStringLiteral("Sanne (ervaringswerker)"),
            {{QStringLiteral("Een vaste dag kiezen"), true, {}},
                {QStringLiteral("Een map kopen"), false, QDate(2026, 12, 10)}}};
        QTest::newRow("doel") << Share {goal} << QStringLiteral("doel");
        PreparationShare preparation {{}, utc(14, 9), QStringLiteral("Stadskantoor"), {},
            {QStringLiteral("Kan ik mijn afspraken 's avonds hebben?")}, {}};
        QTest::newRow("voorbereiding") << Share {preparation} << QStringLiteral("voorbereiding");
        MomentShare moment {QStringLiteral("moment-0001"), utc(20, 15),
            QStringLiteral("De post ligt niet meer stil.")};
        QTest::newRow("moment") << Share {moment} << QStringLiteral("moment");
    }
    void sharesRoundTrip()
    {
        QFETCH(Share, share);
        QFETCH(QString, kind);
        QCOMPARE(shareKind(share), kind);
        const auto decoded = decodeShare(encode(share));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().field));
        QCOMPARE(decoded.value(), share);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("no version") << QByteArray(R"({"code":"A"})") << int(Kind::UnknownVersion)
                                    << QStringLiteral("/versie");
        QTest::newRow("version 2") << QByteArray(R"({"versie":2,"code":"A"})")
                                   << int(Kind::UnknownVersion) << QStringLiteral("/versie");
        QTest::newRow("version as text") << QByteArray(R"({"versie":"1","code":"A"})")
                                         << int(Kind::UnknownVersion) << QStringLiteral("/versie");
        QTest::newRow("missing") << QByteArray(R"({"versie":1})") << int(Kind::MissingField)
                                 << QStringLiteral("/code");
        QTest::newRow("wrong type") << QByteArray(R"({"versie":1,"code":7})")
                                    << int(Kind::WrongType) << QStringLiteral("/code");
        QTest::newRow("null") << QByteArray(R"({"versie":1,"code":null})") << int(Kind::WrongType)
                              << QStringLiteral("/code");
        QTest::newRow("empty code") << QByteArray(R"({"versie":1,"code":""})")
                                    << int(Kind::BadValue) << QStringLiteral("/code");
        QTest::newRow("unknown field") << QByteArray(R"({"versie":1,"code":"A","bsn":"1"})")
                                       << int(Kind::UnknownField) << QStringLiteral("/bsn");
        QTest::newRow("duplicate") << QByteArray(R"({"versie":1,"code":"A","code":"B"})")
                                   << int(Kind::DuplicateKey) << QStringLiteral("/code");
    }
    void refuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, field);
        const auto decoded = decodePairingRequest(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(int(decoded.error().kind), kind);
        QCOMPARE(decoded.error().field, field);
    }

    void refusesBadShares_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("content of another kind") << QByteArray(
            R"({"versie":1,"soort":"doel","inhoud":{"momentOp":"2026-12-20T15:30:00Z","watVeranderde":"x"}})")
                                                 << int(Kind::MissingField)
                                                 << QStringLiteral("/inhoud/leefgebied");
        QTest::newRow("a score") << QByteArray(
            R"({"versie":1,"soort":"bord","inhoud":{"bordVan":"2026-12-06","leefgebieden":[{"leefgebied":"money","naam":"Geld","fiches":[{"persoon":{"rol":"ik"},"gevoel":"blij","wens":"ja","cijfer":7}]}]}})")
                                 << int(Kind::UnknownField)
                                 << QStringLiteral("/inhoud/leefgebieden/0/fiches/0/cijfer");
        QTest::newRow("unknown face") << QByteArray(
            R"({"versie":1,"soort":"bord","inhoud":{"bordVan":"2026-12-06","leefgebieden":[{"leefgebied":"money","naam":"Geld","fiches":[{"persoon":{"rol":"ik"},"gevoel":"slecht","wens":"ja"}]}]}})")
                                      << int(Kind::BadValue)
                                      << QStringLiteral("/inhoud/leefgebieden/0/fiches/0/gevoel");
        QTest::newRow("not utc") << QByteArray(
            R"({"versie":1,"soort":"moment","inhoud":{"momentOp":"2026-12-20T15:30:00+01:00","watVeranderde":"x"}})")
                                 << int(Kind::BadValue) << QStringLiteral("/inhoud/momentOp");
        QTest::newRow("no date") << QByteArray(
            R"({"versie":1,"soort":"moment","inhoud":{"momentOp":"2026-02-30T15:30:00Z","watVeranderde":"x"}})")
                                 << int(Kind::BadValue) << QStringLiteral("/inhoud/momentOp");
        QTest::newRow("empty board") << QByteArray(
            R"({"versie":1,"soort":"bord","inhoud":{"bordVan":"2026-12-06","leefgebieden":[]}})")
                                     << int(Kind::BadValue)
                                     << QStringLiteral("/inhoud/leefgebieden");
        QTest::newRow("step not an object") << QByteArray(
            R"({"versie":1,"soort":"doel","inhoud":{"leefgebied":"money","leefgebiedNaam":"Geld","eigenWoorden":"x","stappen":["a"]}})")
                                            << int(Kind::WrongType)
                                            << QStringLiteral("/inhoud/stappen/0");
        QTest::newRow("unknown kind") << QByteArray(R"({"versie":1,"soort":"dossier","inhoud":{}})")
                                      << int(Kind::BadValue) << QStringLiteral("/soort");
        // Not as raw strings: moc loses its place in a raw string that ends in a quote.
        QByteArray longNote = "{\"versie\":1,\"soort\":\"moment\",\"inhoud\":{\"momentOp\":"
                              "\"2026-12-20T15:30:00Z\",\"watVeranderde\":\"";
        longNote += QByteArray(2001, 'x') + "\"}}";
        QTest::newRow("too long") << longNote << int(Kind::BadValue)
                                  << QStringLiteral("/inhoud/watVeranderde");
        QTest::newRow("too large")
            << QByteArray(MaxShareBytes + 1, ' ') << int(Kind::TooLarge) << QString();
    }
    void refusesBadShares()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, field);
        const auto decoded = decodeShare(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(int(decoded.error().kind), kind);
        QCOMPARE(decoded.error().field, field);
    }

    // An end before the begin is no appointment.
    void refusesAnEndBeforeTheBegin()
    {
        Appointment appointment;
        appointment.begin = utc(14, 10);
        appointment.end = utc(14, 9);
        appointment.where = QStringLiteral("Stadskantoor");
        appointment.withWhom = QStringLiteral("Joris");
        const auto decoded = decodeAppointment(encode(appointment), true);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().field, QStringLiteral("/eind"));
    }

    // GET /afspraken and /momenten: each item carries its own versie; a wrong item fails the page.
    void readsPagesFromTheMunicipality()
    {
        const QByteArray appointments = R"({"versie":1,"afspraken":[{"versie":1,)"
                                        R"("afspraakId":"a1b2c3d4","begin":"2026-12-10T09:00:00Z",)"
                                        R"("waar":"Stadhuis","metWie":"Sanne",)"
                                        R"("voorgesteldOp":"2026-12-06T10:00:00Z"}],)"
                                        R"("cursor":"7","meer":false})";
        const auto page = decodeAppointmentsPage(appointments);
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.constFirst().where, QStringLiteral("Stadhuis"));
        QCOMPARE(page.value().cursor, QStringLiteral("7"));
        QVERIFY(!page.value().more);
        const QByteArray moments = R"({"versie":1,"momenten":[{"versie":1,"momentId":"m1b2c3d4",)"
                                   R"("momentOp":"2026-12-20T09:00:00Z",)"
                                   R"("voorgesteldOp":"2026-12-06T10:00:00Z"}],)"
                                   R"("cursor":"3","meer":true})";
        const auto momentPage = decodeMomentsPage(moments);
        QVERIFY(momentPage.ok());
        QVERIFY(momentPage.value().more);
        QByteArray noVersion = appointments;
        noVersion.replace(R"([{"versie":1,)", "[{");
        QVERIFY(!decodeAppointmentsPage(noVersion).ok());
        QByteArray extra = moments;
        extra.replace(R"("meer":true)", R"("meer":true,"x":1)");
        QVERIFY(!decodeMomentsPage(extra).ok());
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
