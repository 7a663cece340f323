#include "mapjefixture.h"

using mapje::MapjeContent;

namespace mapjefixture {

namespace {

MapjeContent::OtherView other(const QString &who, const QString &feeling, const QString &face,
    const QString &wish, const QString &note)
{
    return {who, feeling, face, wish, note};
}

} // namespace

MapjeContent dutch()
{
    MapjeContent content;
    content.languageCode = QStringLiteral("nl");
    content.dateText = QStringLiteral("12 mei 2026");
    content.madeOn = QDate(2026, 5, 12);
    content.ownerName = QStringLiteral("Amira El Idrissi");

    MapjeContent::Domain money {QStringLiteral("Geld"), QStringLiteral("Verdrietig"),
        QStringLiteral("sad"), QStringLiteral("Ik wil hier iets aan veranderen"),
        QStringLiteral("Ik ben bang voor de brief van de deurwaarder & de <rente>"), {}};
    money.others = {other(QStringLiteral("Ahmed (partner)"), QStringLiteral("Verdrietig"),
                        QStringLiteral("sad"), QStringLiteral("Wil hier iets aan veranderen"),
                        QStringLiteral("We praten er thuis vaak over.")),
        other(QStringLiteral("Sanne, ervaringswerker"), QStringLiteral("Weet ik niet"),
            QStringLiteral("unsure"), QString(),
            QStringLiteral("Er is hulp bij schulden in de wijk."))};
    MapjeContent::Domain housing {QStringLiteral("Wonen"), QStringLiteral("Blij"),
        QStringLiteral("happy"), QStringLiteral("Het mag zo blijven"),
        QStringLiteral("Mijn huis is rustig. Ik woon hier graag."),
        {other(QStringLiteral("Jeroen, klantmanager"), QStringLiteral("Blij"),
            QStringLiteral("happy"), QString(), QStringLiteral("Het huis is een sterk punt."))}};
    MapjeContent::Domain mind {QStringLiteral("Hoe je je voelt"), QStringLiteral("Weet ik niet"),
        QStringLiteral("unsure"), QStringLiteral("Nog niet"),
        QStringLiteral("Ik slaap slecht. Mijn hoofd is vol."),
        {other(QStringLiteral("<b>Hélène</b> & Eefje"), QString(), QString(), QString(),
            QStringLiteral("Wij zijn er voor je, ook in het café."))}};
    MapjeContent::Domain family {QStringLiteral("Familie en gezin"), QStringLiteral("Blij"),
        QStringLiteral("happy"), QString(),
        QStringLiteral("Mijn dochter is een ĳzersterke hulp. Ze is geëmigreerd en belt met ijs "
                       "in de hand."),
        {}};
    MapjeContent::Domain post {QStringLiteral("Post en regels"), QStringLiteral("Verdrietig"),
        QStringLiteral("sad"), QStringLiteral("Ik wil hier iets aan veranderen"), QString(), {}};
    content.domains = {money, housing, mind, family, post};

    content.goals = {
        {QStringLiteral("Geld"), QStringLiteral("Ik wil rust over mijn schulden"),
            QStringLiteral("voor de zomer"), QStringLiteral("Sanne"), QStringLiteral("Bezig"),
            {QStringLiteral("Alle brieven in één bak doen")},
            {QStringLiteral("De bak samen met Sanne openen"),
                QStringLiteral("Bellen met de schuldhulp")}},
        {QStringLiteral("Hoe je je voelt"), QStringLiteral("Ik wil beter slapen"), QString(),
            QStringLiteral("mijn huisarts"), QStringLiteral("Bezig"), {},
            {QStringLiteral("Elke avond even wandelen")}},
        {QStringLiteral("Post en regels"), QStringLiteral("Ik wil mijn post elke week openen"),
            QStringLiteral("na de vakantie"), QStringLiteral("Ahmed"), QStringLiteral("Gelukt"),
            {QStringLiteral("Een vaste plek voor de post maken")}, {}},
    };

    MapjeContent::Appointment appointment;
    appointment.whenText = QStringLiteral("dinsdag 19 mei 2026 om 10.30 uur");
    appointment.where = QStringLiteral("Stadhuis, balie Werk en Inkomen");
    appointment.withWhom = QStringLiteral("Jeroen, klantmanager");
    appointment.comesWithMe = QStringLiteral("Sanne, ervaringswerker");
    appointment.questions = {QStringLiteral("Kan ik de brief samen met u lezen? Ik begrijp de "
                                            "moeilijke woorden niet goed en weet niet wat ik moet "
                                            "doen."),
        QStringLiteral("Wie helpt mij met de deurwaarder?"),
        QStringLiteral("Mag ik de afspraken op papier?")};
    appointment.wantThemToKnow = QStringLiteral("Ik ben snel moe. Praat rustig, alstublieft.");
    appointment.toBring = {QStringLiteral("De brief van de deurwaarder"),
        QStringLiteral("Mijn bankafschriften"), QStringLiteral("Mijn identiteitskaart")};
    content.appointments = {appointment};
    return content;
}

MapjeContent dutchWithLess()
{
    MapjeContent content = dutch();
    content.domains.removeAt(1); // Wonen, with Jeroen's view
    content.domains[0].others.removeAt(1); // Sanne's view on Geld
    content.goals.removeAt(1); // beter slapen
    content.goals[0].stepsOpen.removeLast(); // bellen met de schuldhulp
    content.appointments[0].questions.removeLast();
    return content;
}

MapjeContent arabic()
{
    MapjeContent content;
    content.languageCode = QStringLiteral("ar");
    content.rightToLeft = true;
    content.dateText = QStringLiteral("12 مايو 2026");
    content.madeOn = QDate(2026, 5, 12);

    MapjeContent::Domain money {QStringLiteral("المال"), QStringLiteral("حزين"),
        QStringLiteral("sad"), QStringLiteral("أريد أن يتغير شيء هنا"),
        QStringLiteral("أخاف من رسالة المحضر & <الفائدة>"),
        {other(QStringLiteral("أحمد (الزوج)"), QStringLiteral("حزين"), QStringLiteral("sad"),
            QString(), QStringLiteral("نتحدث عن هذا في البيت"))}};
    MapjeContent::Domain housing {QStringLiteral("السكن"), QStringLiteral("سعيد"),
        QStringLiteral("happy"), QString(), QStringLiteral("بيتي هادئ وأحبه"), {}};
    content.domains = {money, housing};
    content.goals = {{QStringLiteral("الرسائل والقواعد"),
        QStringLiteral("أريد أن أفتح بريدي كل أسبوع"), QStringLiteral("قبل الصيف"),
        QStringLiteral("أختي"), QStringLiteral("قيد التنفيذ"),
        {QStringLiteral("وضع كل الرسائل في صندوق واحد")}, {QStringLiteral("فتح الصندوق مع أختي")}}};
    MapjeContent::Appointment appointment;
    appointment.whenText = QStringLiteral("الثلاثاء 19 مايو 2026");
    appointment.where = QStringLiteral("مبنى البلدية");
    appointment.withWhom = QStringLiteral("يرون، مسؤول الملف");
    appointment.questions
        = {QStringLiteral("هل نقرأ الرسالة معا؟ لا أفهم الكلمات الصعبة فيها جيدا ولا أعرف ماذا "
                          "أفعل بعدها، وأحتاج إلى وقت أطول لأفهم كل شيء."),
            QStringLiteral("من يساعدني مع المحضر؟")};
    appointment.wantThemToKnow = QStringLiteral("أتعب بسرعة. تكلموا بهدوء من فضلكم.");
    appointment.toBring = {QStringLiteral("رسالة المحضر"), QStringLiteral("بطاقة الهوية")};
    content.appointments = {appointment};
    return content;
}

MapjeContent full()
{
    static const QStringList names = {QStringLiteral("Geld"), QStringLiteral("Werk en leren"),
        QStringLiteral("Wonen"), QStringLiteral("Lichaam en gezondheid"),
        QStringLiteral("Hoe je je voelt"), QStringLiteral("Familie en gezin"),
        QStringLiteral("Vrienden en contacten"), QStringLiteral("Je dag"),
        QStringLiteral("Zelf dingen regelen"), QStringLiteral("Post en regels"),
        QStringLiteral("Vervoer"), QStringLiteral("Mee kunnen doen"),
        QStringLiteral("Zorgen voor een ander"), QStringLiteral("Wat je zin geeft")};
    static const QStringList faces
        = {QStringLiteral("sad"), QStringLiteral("happy"), QStringLiteral("unsure")};
    static const QStringList feelings
        = {QStringLiteral("Verdrietig"), QStringLiteral("Blij"), QStringLiteral("Weet ik niet")};
    const QStringList others = {QStringLiteral("Ahmed (partner)"),
        QStringLiteral("Jeroen, klantmanager"), QStringLiteral("Sanne, ervaringswerker")};

    MapjeContent content = dutch();
    content.domains.clear();
    for (int i = 0; i < names.size(); ++i) {
        MapjeContent::Domain domain {names[i], feelings[i % 3], faces[i % 3],
            QStringLiteral("Ik wil hier iets aan veranderen"),
            QStringLiteral("Over %1 wil ik graag praten. Het kost me veel energie en ik weet "
                           "niet goed waar ik moet beginnen.")
                .arg(names[i].toLower()),
            {}};
        for (int o = 0; o < others.size(); ++o) {
            domain.others.append(other(others[o], feelings[(i + o + 1) % 3], faces[(i + o + 1) % 3],
                QStringLiteral("Wil hier iets aan veranderen"),
                QStringLiteral("Ik zie dat %1 je bezighoudt. Samen kijken we wat kan.")
                    .arg(names[i].toLower())));
        }
        content.domains.append(domain);
    }
    content.goals.clear();
    for (int g = 0; g < 10; ++g) {
        content.goals.append(
            {names[g], QStringLiteral("Ik wil dat %1 rustiger wordt").arg(names[g]),
                QStringLiteral("voor de zomer"), others[g % 3], QStringLiteral("Bezig"),
                {QStringLiteral("Een eerste kleine stap zetten"),
                    QStringLiteral("Erover praten met iemand die ik vertrouw")},
                {QStringLiteral("Een afspraak maken"), QStringLiteral("Samen terugkijken")}});
    }
    MapjeContent::Appointment &appointment = content.appointments[0];
    appointment.questions = {QStringLiteral("Kan ik de brief samen met u lezen?"),
        QStringLiteral("Wie helpt mij met de deurwaarder?"),
        QStringLiteral("Mag ik de afspraken op papier?"),
        QStringLiteral("Wat gebeurt er als ik iets vergeet?"),
        QStringLiteral("Kan mijn partner mee naar het volgende gesprek?"),
        QStringLiteral("Waar kan ik terecht als het niet lukt?"),
        QStringLiteral("Hoe lang duurt het voor ik iets hoor?"),
        QStringLiteral("Wie kan ik bellen als ik vragen heb?")};
    return content;
}

QStringList chosenTexts(const MapjeContent &content)
{
    QStringList texts = {content.dateText};
    if (!content.ownerName.isEmpty())
        texts << content.ownerName;
    for (const MapjeContent::Domain &domain : content.domains) {
        texts << domain.name << domain.feelingText << domain.wishText << domain.note;
        for (const MapjeContent::OtherView &view : domain.others)
            texts << view.who << view.feelingText << view.wishText << view.note;
    }
    for (const MapjeContent::Goal &goal : content.goals) {
        texts << goal.domainName << goal.ownWords << goal.byWhenText << goal.whoHelps
              << goal.stateText << goal.stepsDone << goal.stepsOpen;
    }
    for (const MapjeContent::Appointment &appointment : content.appointments) {
        texts << appointment.whenText << appointment.where << appointment.withWhom
              << appointment.comesWithMe << appointment.questions << appointment.wantThemToKnow
              << appointment.toBring;
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

} // namespace mapjefixture
