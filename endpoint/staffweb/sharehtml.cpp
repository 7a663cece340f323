#include "staffweb/sharehtml.h"

#include "staffweb/dutchtime.h"
#include "sync/protocol/messages.h"

namespace mapje::endpoint::ShareHtml {

namespace {

using protocol::BoardShare;
using protocol::GoalShare;
using protocol::MomentShare;
using protocol::PreparationShare;
using protocol::SharedFiche;

const char *heading(int level)
{
    return level <= 2 ? "h2" : "h3";
}

const char *subheading(int level)
{
    return level <= 2 ? "h3" : "h4";
}

// The face's picture (the app's own SVG) and its word; nothing when she did not choose one.
QString faceFile(const QString &feeling)
{
    if (feeling == QLatin1String("blij"))
        return QStringLiteral("happy");
    if (feeling == QLatin1String("verdrietig"))
        return QStringLiteral("sad");
    if (feeling == QLatin1String("weet-ik-niet"))
        return QStringLiteral("unsure");
    return {};
}

QString feelingWord(const QString &feeling)
{
    if (feeling == QLatin1String("blij"))
        return QStringLiteral("Blij");
    if (feeling == QLatin1String("verdrietig"))
        return QStringLiteral("Verdrietig");
    if (feeling == QLatin1String("weet-ik-niet"))
        return QStringLiteral("Weet ik niet");
    return {};
}

QString wishWords(const QString &wish)
{
    if (wish == QLatin1String("ja"))
        return QStringLiteral("Iets veranderen: Ja");
    if (wish == QLatin1String("nee"))
        return QStringLiteral("Iets veranderen: Nee");
    if (wish == QLatin1String("nog-niet"))
        return QStringLiteral("Iets veranderen: Weet ik nog niet");
    return {};
}

// Who another fiche is, as the app labels it: "Sanne (ervaringswerker)" or the role alone.
QString who(const SharedFiche &fiche)
{
    QString role = QStringLiteral("Iemand dicht bij mij");
    if (fiche.role == QLatin1String("professional"))
        role = QStringLiteral("Hulpverlener");
    else if (fiche.role == QLatin1String("ervaringswerker"))
        role = QStringLiteral("Ervaringswerker");
    if (fiche.name.isEmpty())
        return role;
    return QStringLiteral("%1 (%2)").arg(fiche.name, role.toLower());
}

QString ficheImage(const QString &role)
{
    if (role == QLatin1String("professional"))
        return QStringLiteral("professional");
    if (role == QLatin1String("ervaringswerker"))
        return QStringLiteral("peer");
    if (role == QLatin1String("naaste"))
        return QStringLiteral("close");
    return QStringLiteral("citizen");
}

void answer(Html &html, const SharedFiche &fiche)
{
    const QString face = faceFile(fiche.feeling);
    const QString wish = wishWords(fiche.wish);
    if (!face.isEmpty() || !wish.isEmpty()) {
        html.open("p", {{"class", QStringLiteral("antwoord")}});
        if (!face.isEmpty()) {
            html.empty("img",
                {{"src", QStringLiteral("/medewerkers/beelden/%1.svg").arg(face)},
                    {"alt",
                        QStringLiteral("Gezicht: %1").arg(feelingWord(fiche.feeling).toLower())},
                    {"class", QStringLiteral("gezicht")}, {"width", QStringLiteral("48")},
                    {"height", QStringLiteral("48")}});
            html.element("span", feelingWord(fiche.feeling));
        }
        if (!face.isEmpty() && !wish.isEmpty())
            html.text(QStringLiteral(" · "));
        if (!wish.isEmpty())
            html.element("span", wish);
        html.close();
    }
    if (!fiche.note.isEmpty())
        html.element(
            "p", QStringLiteral("“%1”").arg(fiche.note), {{"class", QStringLiteral("notitie")}});
    if (face.isEmpty() && wish.isEmpty() && fiche.note.isEmpty())
        html.element("p", QStringLiteral("Nog niets ingevuld."));
}

void board(Html &html, const BoardShare &board, int level)
{
    html.element(heading(level), QStringLiteral("Wat belangrijk is voor mij"));
    html.element("p",
        QStringLiteral("Mijn bord van %1. Ik zet het in de volgorde die ik zelf koos.")
            .arg(DutchTime::date(board.boardOf)));
    if (board.domains.isEmpty()) {
        html.element("p", QStringLiteral("Ik heb nog geen leefgebieden gekozen."));
        return;
    }
    // An ordered list: her order is the meaning, never a rank.
    html.open("ol", {{"class", QStringLiteral("leefgebieden")}});
    for (const protocol::SharedDomain &domain : board.domains) {
        html.open("li").element(subheading(level), domain.name);
        for (const SharedFiche &fiche : domain.fiches) {
            if (fiche.role == QLatin1String("ik"))
                answer(html, fiche);
        }
        for (const SharedFiche &fiche : domain.fiches) {
            if (fiche.role == QLatin1String("ik"))
                continue;
            html.open("div", {{"class", QStringLiteral("ander")}})
                .open("p", {{"class", QStringLiteral("wie")}})
                .empty("img",
                    {{"src",
                         QStringLiteral("/medewerkers/beelden/%1.svg").arg(ficheImage(fiche.role))},
                        {"alt", QString()}, {"class", QStringLiteral("fiche")},
                        {"width", QStringLiteral("32")}, {"height", QStringLiteral("32")}})
                .element("strong", QStringLiteral("%1 zegt:").arg(who(fiche)))
                .close();
            answer(html, fiche);
            html.close();
        }
        html.close();
    }
    html.close();
}

void field(Html &html, const QString &label, const QString &value)
{
    if (value.isEmpty())
        return;
    html.open("p").element("strong", label).text(QStringLiteral(" ") + value).close();
}

void goal(Html &html, const GoalShare &goal, int level)
{
    html.open("article", {{"class", QStringLiteral("doel")}})
        .element(subheading(level), QStringLiteral("“%1”").arg(goal.ownWords));
    field(html, QStringLiteral("Gaat over:"), goal.domainName);
    field(html, QStringLiteral("Wanneer:"),
        goal.byWhen.isValid() ? DutchTime::date(goal.byWhen) : QString());
    field(html, QStringLiteral("Wie helpt:"), goal.whoHelps);
    if (!goal.steps.isEmpty()) {
        html.element("p", QStringLiteral("Stappen:"), {{"class", QStringLiteral("label")}})
            .open("ul", {{"class", QStringLiteral("stappen")}});
        // Done first, as on paper; "klaar" in words, the box only beside them.
        for (const bool done : {true, false}) {
            for (const protocol::SharedStep &step : goal.steps) {
                if (step.done != done)
                    continue;
                html.open("li")
                    .element("span", done ? QStringLiteral("☑") : QStringLiteral("☐"),
                        {{"aria-hidden", QStringLiteral("true")}})
                    .text(QStringLiteral(" "))
                    .element("span",
                        done ? QStringLiteral("Klaar: ") : QStringLiteral("Nog te doen: "),
                        {{"class", QStringLiteral("verborgen")}})
                    .text(step.text)
                    .close();
            }
        }
        html.close();
    }
    html.close();
}

void preparation(Html &html, const PreparationShare &share, int level)
{
    html.open("article", {{"class", QStringLiteral("afspraak")}})
        .element(
            subheading(level), QStringLiteral("Afspraak op %1").arg(DutchTime::dateTime(share.at)));
    field(html, QStringLiteral("Waar:"), share.where);
    field(html, QStringLiteral("Met wie:"), share.withWhom);
    if (!share.questions.isEmpty()) {
        html.element(
                "p", QStringLiteral("Wat wil ik vragen?"), {{"class", QStringLiteral("label")}})
            .open("ul");
        for (const QString &question : share.questions)
            html.element("li", question);
        html.close();
    }
    if (!share.bring.isEmpty()) {
        html.element("p", QStringLiteral("Wat neem ik mee?"), {{"class", QStringLiteral("label")}})
            .open("ul");
        for (const QString &item : share.bring)
            html.element("li", item);
        html.close();
    }
    html.close();
}

void moment(Html &html, const MomentShare &share, int level)
{
    html.open("article", {{"class", QStringLiteral("moment")}})
        .element(subheading(level),
            QStringLiteral("Het afgesproken moment op %1").arg(DutchTime::dateTime(share.at)));
    if (share.whatChanged.isEmpty())
        html.element("p", QStringLiteral("Ik heb nog niet opgeschreven wat er veranderde."));
    else
        field(html, QStringLiteral("Wat er veranderde:"), share.whatChanged);
    html.close();
}

// One group of the mapje under its heading, only when she shares something of it.
template<typename T>
void section(Html &html, const QList<protocol::Share> &shares, const QString &title, int level,
    void (*writeOne)(Html &, const T &, int))
{
    bool first = true;
    for (const protocol::Share &share : shares) {
        if (const auto *content = std::get_if<T>(&share.content)) {
            if (std::exchange(first, false))
                html.element(heading(level), title);
            writeOne(html, *content, level);
        }
    }
}

} // namespace

void write(Html &html, const QList<ShareStore::Stored> &shares, int level)
{
    QList<protocol::Share> decoded;
    for (const ShareStore::Stored &stored : shares) {
        // Stored only after the codec took it; one that no longer reads is left out.
        const auto share = protocol::decodeShare(stored.body);
        if (share.ok())
            decoded.append(share.value());
    }
    if (decoded.isEmpty()) {
        html.element("p", QStringLiteral("Deze inwoner deelt nu niets met je."));
        return;
    }
    for (const protocol::Share &share : decoded) {
        if (const auto *content = std::get_if<BoardShare>(&share.content))
            board(html, *content, level);
    }
    section<GoalShare>(html, decoded, QStringLiteral("Mijn doelen"), level, goal);
    section<PreparationShare>(html, decoded, QStringLiteral("Mijn afspraak"), level, preparation);
    section<MomentShare>(html, decoded, QStringLiteral("Afgesproken momenten"), level, moment);
}

} // namespace mapje::endpoint::ShareHtml
