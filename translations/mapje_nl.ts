<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>Een doel maken</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>Wat wil je bereiken? Je kunt de woorden veranderen.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Waar gaat je doel over?</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>Maak dit doel</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>Een stap bij een doel</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>Je hebt nog geen doel. Maak eerst een doel.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>Wat is de stap? Je kunt de woorden veranderen.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>Bij welk doel hoort de stap?</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>Zet de stap bij dit doel</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>Na de afspraak</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>Je afspraak is nog niet geweest. Je kunt dit later invullen.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Wat is er afgesproken?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Schrijf het in je eigen woorden. Het mag ook kort.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>Wil je er iets mee doen? Dat hoeft niet.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Maak er een doel van</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>Maak er een stap van bij een doel</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>Spreek een nieuw moment af</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>De stap staat bij je doel.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>Toch niet</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>Wat neem ik mee?</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>Weghalen van je lijst: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>Wil je nog iets anders meenemen?</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>Op je lijst zetten</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>Neem ik mee: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>Afspraak voorbereiden</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>Wanneer is je afspraak?</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Welke dag?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>Hoe laat?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Herinner mij hieraan</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Een dag van tevoren en een uur van tevoren.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>Waar en met wie?</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>Waar is je afspraak?</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>Met wie praat je?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>Wat wil ik dat ze weten?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>Wie gaat er met je mee?</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>Wie gaat er mee? (Dat hoeft niet.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>Je bent klaar voor je afspraak.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>Je kunt alles nog veranderen. Mapje bewaart het meteen.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Wat zijn je rechten bij een afspraak?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>Dit wil je vragen:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>Dag kiezen</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Ik kan niet komen</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionRow</name>
    <message>
        <source>%1. %2</source>
        <extracomment>One of the citizen&apos;s questions for the appointment: %1 is its place, %2 its words.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Vraag %1</source>
        <extracomment>Above the box to change one of the citizen&apos;s own questions; %1 is its place.</extracomment>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>Vraag wijzigen: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>Klaar met wijzigen</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>Eerder vragen</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>Eerder vragen: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>Later vragen</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>Later vragen: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>Vraag weghalen: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>Wat wil ik vragen?</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>Wat wil je vragen?</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>Wat wil je nog meer vragen?</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>Vragen die veel mensen stellen. Kies er een als je wilt:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>Vraag toevoegen: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Deze afspraak weghalen</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>Je hebt nog geen afspraak voorbereid.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>Nieuwe afspraak voorbereiden</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>Afgesproken: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Wat is er afgesproken?</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>Wat is er afgesproken op %1?</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>Bereid je afspraak van %1 voor</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>Na de afspraak</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>Na de afspraak van %1</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Wat zijn je rechten bij een afspraak?</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>Nog geen dag gekozen</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>Bereid je afspraak voor</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Je bord: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Maak je bord</source>
        <translation>Maak je bord</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>Je bord van %1</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Kies wat belangrijk is</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Hoe voelt het?</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>Wat komt eerst?</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>Anderen erbij</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>Eerdere borden</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>Nieuw bord voor vandaag</translation>
    </message>
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Plaats %1: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>Je hebt nog niets gekozen.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nog niets ingevuld.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>Je hebt morgen een afspraak.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>Afgesproken moment</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>Afgesproken moment met %1</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>Afspraak met %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>Afspraken in je agenda</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>Mapje maakt een bestand voor je agenda. Dit komt erin:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>Er staan geen afspraken klaar.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>Zet ook met wie en waar erin</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>Iedereen die je agenda ziet, kan dat dan lezen.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>Ja, maak het bestand</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Ik kan niet komen</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>Wil je iets zeggen? Dat mag, het hoeft niet.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>Vraag een ander moment</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>Over je afspraak op %1.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>Je bericht</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>Code wijzigen</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>Je huidige code</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>Typ je nieuwe code nog een keer</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>Nieuwe code bewaren</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>Je nieuwe code</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>Even geduld. Mapje zet je gegevens opnieuw op slot.</translation>
    </message>
</context>
<context>
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>Samen terugkijken</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>Is er iets veranderd?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Schrijf het in je eigen woorden. Het mag ook kort.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>Maak een nieuw bord</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>Kijk naar je bord van vandaag</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>Dank je wel. Je ziet dit terug in je tijdlijn.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Vorige vraag</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Afgesproken moment</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Welke dag?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>Hoe laat?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Met wie?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Waar?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Herinner mij hieraan</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Een dag van tevoren en een uur van tevoren.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>Dit moment weghalen</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Afgesproken momenten</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>Spreek een moment af om samen te kijken of er iets veranderd is.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>Je hebt nog geen moment afgesproken.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>Nieuw moment afspreken</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>Je krijgt een herinnering.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>Geen herinnering.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>Wat er veranderde: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Kijk samen terug</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>Wijzig het moment van %1</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Wat is belangrijk voor jou?</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>Typ je code nog een keer</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Kies een pincode</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>Met deze code open je Mapje. Kies minstens 5 cijfers.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>Verberg wat ik typ</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>Laat zien wat ik typ</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>Even geduld. Mapje zet je gegevens op slot.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>Code bewaren</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>Liever een pincode</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>Liever een wachtzin</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Samen praten</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>Groot lezen</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>Draai om</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Kies wat belangrijk is</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>Kaartjes</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>Vragen om het gesprek te beginnen, één tegelijk.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wat gaat er nu goed, hoe klein ook?</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wat is voor jou echt belangrijk?</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wanneer ging het even beter? Wat deed je toen anders?</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wat helpt je nu al?</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wie kan je helpen?</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Welke kleine stap zet je deze week?</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Wat doet de ervaringswerker hier?</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Jij beslist.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Wat een ander zegt, kan jij weghalen.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Je kunt altijd pauzeren.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Wat doet de hulpverlener hier?</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Wat doet iemand dicht bij jou hier?</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>Gesprekskaartjes</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>Jullie hebben alle kaartjes gehad.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>Dit kaartje nemen we</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>Sla over</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>Bewaard bij %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Maak er een doel van</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>Volgend kaartje</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>Waar hoort het bij?</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>Bewaar het daar</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Kies</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>Wat nemen we mee?</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>Dit zeiden de anderen. Jij beslist wat blijft.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>Wat mij hielp: “%1”</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>Je koos: bewaren.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>Je koos: weghalen.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>Wat spreken we af?</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>Wat wil je bereiken? In je eigen woorden.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>Wat is de eerste stap?</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>Wie doet het, of wie helpt?</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>Voor wanneer?</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Maak er een doel van</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>Wanneer kijken jullie samen terug?</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>Spreek een moment af</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>Met een herinnering. Je kiest de dag en de tijd.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>Gesprek afronden</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>Over: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>Waar gaat de afspraak over?</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>Jullie kijken samen terug op %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>Bekijk het moment</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Kies</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>Kies eerst waar de afspraak over gaat.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>Schrijf eerst wat je wilt bereiken.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>Eerst de afspraak afmaken</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>Toch afronden</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Plaats %1: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nog niets ingevuld.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>Vul in bij %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>Wat jij vindt</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Wat %1 vindt</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>Groot lezen</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>Even pauze</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>Het gesprek staat even stil. Alles is bewaard.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Samen praten</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Eerdere gesprekken</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>Wie is er bij het gesprek?</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>Is er: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>Was je eerder samen met een van hen?</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>%1 is er ook</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>Wie is er nog meer?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Iemand dicht bij mij</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Ervaringswerker</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Voornaam (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Voeg toe</translation>
    </message>
    <message>
        <source>Zo praten we samen</source>
        <translation>Zo praten we samen</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>Begin met je bord van %1</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>Begin met een nieuw bord</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>We beginnen</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Haal weg</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>Haal %1 weg uit het gesprek</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>Wat we hebben gedaan</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>Gesprek van %1.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>Wie er waren</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>Kaartjes die we gebruikten</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>Wat je bewaarde van de anderen</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Wat we afspraken</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>Eerste stap: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>Wie helpt: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>Samen terugkijken</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Je mapje meenemen</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>Je kunt opnieuw beginnen met een leeg mapje.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>Het bestand staat hier: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Opnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>ID-bewijs</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>Je paspoort, ID-kaart of verblijfsdocument.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>Bankafschriften</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>Overzichten van je bankrekening. Meestal van de laatste maanden.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>Huurcontract</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>Het contract van je huis, als je huurt.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>Loonstrook</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>Het overzicht van je loon, als je werkt.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>Brieven</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Vragen om over na te denken</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Waar kan je terecht?</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>Haal van mijn bord</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>Zet op mijn bord</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins two names in a list, before the last one: &quot;Geld, Wonen&quot; in &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DomainTile</name>
    <message>
        <source>Gekozen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>Wat betekent dit?</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>Wat betekent %1?</translation>
    </message>
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>Uitleg: druk op i.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Wat mij hielp</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Wat mij hielp</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>Wat hielp %1?</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>Zet erbij</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>Wat is het?</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>Wat betekent het voor jou?</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Waar kan je terecht?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Vorige</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Wat %1 vindt</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s name with their role, e.g. &quot;Sanne (ervaringswerker)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Veranderen: %1</source>
        <extracomment>What someone answered to &quot;change something here?&quot;, e.g. &quot;Veranderen: ja&quot;.</extracomment>
        <translation>Veranderen: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>Hoe voelt het hier?</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>Hoe ziet %1 het hier?</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>Blij</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>Verdrietig</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>Wil je hier iets aan veranderen?</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>Vindt %1 dat hier iets moet veranderen?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>Weet ik nog niet</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Wil je er iets over zeggen? Dat mag, het hoeft niet.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: verborgen</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Laat zien</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Verberg</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Haal weg</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>Laat zien wat %1 vindt</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>Verberg wat %1 vindt</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>Haal weg wat %1 vindt</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Code vergeten?</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Wis alles en begin opnieuw</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>Ik probeer het nog eens</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>De privacy-medewerker van de organisatie, of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>Het Juridisch Loket of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>Het Juridisch Loket, een sociaal raadslid of een advocaat.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>De gemeente, het wijkteam of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>Schuldhulp van de gemeente of het wijkteam.</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>Het CJG in je gemeente, of het wijkteam.</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringswerker</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>Het wijkteam of een welzijnsorganisatie.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Schuldhulp van de gemeente of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>Je klantmanager of consulent.</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>Het CJG, het wijkteam of je huisarts.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Juridisch Loket</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>Het Wmo-loket van de gemeente of het wijkteam.</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>De SVB.</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>Dienst Toeslagen, of een sociaal raadslid voor hulp.</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>De gemeente, het zorgkantoor of de SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>Je klantmanager of het UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>De balie van de gemeente, als je wilt weten waar je moet zijn.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>De SVB. Hulp bij een vraag? Een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>Je klantmanager, of een sociaal raadslid als je vragen hebt.</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>Het UWV, of een sociaal raadslid voor hulp bij vragen.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>Het UWV, of een sociaal raadslid voor hulp.</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>Het wijkteam in je buurt. De gemeente weet waar het zit.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>Het CIZ, het zorgkantoor of het wijkteam.</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>Het UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>Moeilijke woorden</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>Zoek een woord</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>Dit woord staat er niet in. Probeer een ander woord.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>Gestopt</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>Wanneer: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>Wie helpt: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>Gedaan: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>Nog te doen: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>Mijn doel</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Waar gaat je doel over?</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>Wat wil je dat er anders is?</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>Ik wil een datum kiezen</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>Wanneer wil je dit bereikt hebben?</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>Wie helpt je?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Kies wat belangrijk is</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>Doel weghalen</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>Weet je het zeker? Je kunt dit niet terugzetten.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>Hoe staat het met dit doel?</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>Je doel blijft bewaard. Je kunt er later weer mee verder.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>Kleine stappen</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>Wat is een kleine eerste stap?</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>Wat is een volgende kleine stap?</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Stap toevoegen</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Nieuw doel</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>Bewaren in mijn Mapje</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Ontvang van een zuil</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>Scan de code met de camera</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>Of typ de code van de zuil</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Ophalen</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>Even wachten, we zoeken de zuil.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>Ook wat anderen op je bord zeiden</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>Bewaar, met het bord van de zuil</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>Bewaar, maar houd mijn eigen bord</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>Bewaar in mijn Mapje</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>Stoppen, niets bewaren</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>Scan de code van de zuil</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>Houd je camera voor de code op het scherm van de zuil.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>De camera werkt nu niet. Typ de code van de zuil.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>Typ de code</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Meenemen naar je telefoon</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>Even wachten, we maken een code.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>Even wachten, we versturen je mapje.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>QR-code om te scannen met je telefoon</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>Nog %1:%2 geldig.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>Staat op je telefoon dezelfde code?</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>Ja, dezelfde code</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>Nee, andere code</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>Schuldhulp van de gemeente</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>Het wijkteam of sociaal team</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>Een budgetcoach of thuisadministratie</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>Het Juridisch Loket (vragen over je rechten)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>Je klantmanager bij de gemeente</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>Het UWV (als je een WW- of WIA-uitkering hebt)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>Een vrijwilligerscentrale</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>Een Taalhuis in de bibliotheek (Nederlands leren)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>Je woningcorporatie of verhuurder</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>Het wijkteam</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>Een huurteam (hulp bij problemen met de huur)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>Het Juridisch Loket</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>Je huisarts</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>De praktijkondersteuner bij je huisarts</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>De apotheek</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>De wijkverpleging</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>Je huisarts of de praktijkondersteuner</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>Een luisterlijn (anoniem praten, dag en nacht)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>Het Centrum voor Jeugd en Gezin</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>Het buurthuis of de welzijnsorganisatie</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>Een luisterlijn (om even te praten)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>De welzijnsorganisatie in je buurt</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>Het buurthuis</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>Het Wmo-loket van de gemeente (dagbesteding)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>Het Wmo-loket van de gemeente (hulp in huis)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>De voedselbank (als je geen geld hebt voor eten)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Sociaal raadslieden (hulp bij brieven en formulieren)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>Het Informatiepunt Digitale Overheid in de bibliotheek</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>De welzijnsorganisatie (vrijwillige chauffeurs)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>Je huisarts (als reizen door je gezondheid lastig is)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>Een Taalhuis in de bibliotheek</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>De welzijnsorganisatie</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>Het steunpunt mantelzorg</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>Het Wmo-loket van de gemeente (even vrij van zorgen)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>Een geestelijk verzorger (ook als je niet gelooft)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>Je geloofsgemeenschap</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>Eerdere borden</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>Je hebt nog geen bord gemaakt.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>Bekijk dit bord</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>Bekijk het bord van %1</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>Dit bord is nu open.</translation>
    </message>
    <message>
        <source>Toon eerdere borden</source>
        <translation>Toon eerdere borden</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mijn mapje</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>Wat wil je niet vergeten?</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>Mapje bewaart alles wat je typt meteen op dit apparaat.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Code wijzigen</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>Op slot doen</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Moeilijke woorden</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Kijk samen terug</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>Je hebt een herinnering.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>Bekijk je herinnering</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Afgesproken momenten</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>Afspraak voorbereiden</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>Je mapje meenemen</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Kies wat belangrijk is</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Hoe voelt het?</translation>
    </message>
    <message>
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>Verder met het gesprek</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>Samen praten</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>Delen met de gemeente (%1 nieuw)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Delen met de gemeente</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Wat heb ik gedeeld?</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>Beheer van de kiosk</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>Gemeente: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Printen staat uit.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>Printer: de standaardprinter van deze computer.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>Eindpunt van de gemeente: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>Meenemen naar een telefoon: staat aan.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>Kioskmodus beëindigen</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Ja, beëindigen</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>Nee, laat de kiosk aan</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>Dit is alleen voor de medewerker van de balie.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>Pincode voor beheer</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>Klaar — alles wissen</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Meenemen naar je telefoon</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>Alles wissen?</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>Wil je het bewaren? Neem het dan eerst mee.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>Ja, wis alles</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>Nee, ga terug</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>Je hebt een tijdje niets gedaan. Over %n seconde wissen we alles wat je hier hebt gemaakt.</numerusform>
            <numerusform>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>Ja, ik ben er nog</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>Ik ben klaar, wis alles nu</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>Jij kiest wat je invult. Je hoeft niets te laten zien.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>Kies je taal</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>Beheer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>Je inkomen, je rekeningen en schulden.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>Lukt het om je rekeningen te betalen?</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>Waar maak je je zorgen over?</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>Wat gaat er al goed met geld?</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Werk en leren</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>Werk, vrijwilligerswerk, school of een cursus.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>Wat kun je goed?</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>Wat zou je graag willen doen of leren?</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>Wat heb je daarvoor nodig?</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>Je huis, je buurt en veilig wonen.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>Hoe is het om in je huis te wonen?</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>Voel je je veilig in je huis en buurt?</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>Wat vind je fijn aan waar je woont?</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Lichaam en gezondheid</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>Je lijf, pijn, slapen en bewegen.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>Hoe gaat het met je lijf?</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>Hoe slaap je?</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>Wat doe je al voor je gezondheid?</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Hoe je je voelt</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>Stress, zorgen, rust en je stemming.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>Hoe voel je je de laatste tijd?</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>Wat geeft je rust?</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>Waar maak je je druk om?</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Familie en gezin</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>Je partner, je kinderen en je familie.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>Hoe gaat het thuis?</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>Bij wie in je familie kun je terecht?</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>Wat gaat er goed in je gezin?</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Vrienden en contacten</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>Mensen om je heen, zodat je niet alleen bent.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>Wie zijn belangrijk voor je?</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>Met wie praat je als het tegenzit?</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>Wil je meer of minder contact?</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Je dag</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>Je ritme, dingen die je graag doet en vrije tijd.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>Hoe ziet een gewone dag eruit?</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Wat doe je graag?</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>Wat zou je vaker willen doen?</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Zelf dingen regelen</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>Koken, boodschappen doen en je huishouden.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>Wat lukt je zelf al goed?</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>Wat kost je veel moeite?</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>Waar wil je hulp bij?</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Post en regels</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>Brieven, formulieren en organisaties, zoals de gemeente.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>Lukt het om je post te regelen?</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>Welke brieven vind je lastig?</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>Wie helpt je al met papieren?</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Vervoer</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>Ergens komen, reizen en vervoer.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>Kun je komen waar je wilt?</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>Hoe reis je meestal?</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>Wat maakt reizen lastig voor je?</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Mee kunnen doen</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>Meedoen in de buurt, erbij horen en taal.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>Waar voel je je welkom?</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>Wat zou je graag met anderen doen?</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>Houdt iets je tegen om mee te doen?</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Zorgen voor een ander</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>Zorgen voor iemand dicht bij je, of iemand anders helpen.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>Voor wie zorg je?</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>Hoe gaat het met jou naast het zorgen?</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>Wie helpt jou daarbij?</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Wat je zin geeft</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>Geloof, dromen en waar je blij van wordt.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>Waar word je blij van?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Wat is belangrijk voor jou?</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>Waar droom je van?</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1 om %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
</context>
<context>
    <name>MapjeBackButton</name>
    <message>
        <source>Terug</source>
        <extracomment>The way back to the page before, at the top of every page.</extracomment>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>Kies</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>Mijn mapje</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>Dit mapje heb ik zelf gemaakt met Mapje op %1.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>Dit mapje heb ik zelf gemaakt met Mapje.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>Wat belangrijk is voor mij</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>Ik zet het in de volgorde die ik zelf koos.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>%1 zegt:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>Gaat over:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>Wie helpt:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>Hoe staat het:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>Stappen:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>Mijn afspraak</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>Waar:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>Met wie:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>Wie gaat mee:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>Wat wil ik vragen?</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>Wat wil ik dat ze weten?</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>Wat neem ik mee?</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>Mijn mapje – %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>Mijn mapje · bladzijde %1 van %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>Mijn mapje · %1 · bladzijde %2 van %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>De maker van dit mapje</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>Ja, weghalen</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>Nee, bewaren</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>Uitleg: %1</translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Uit</translation>
    </message>
</context>
<context>
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>Minuut</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>Waar wil je als eerste aan werken?</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Plaats %1: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Hoger</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>%1 hoger zetten</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>%1 lager zetten</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>Koppelen met de gemeente</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>Je klantmanager gaf je een code.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Met de code koppel je Mapje aan %1.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>Wat Mapje stuurt</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>Wat Mapje nooit stuurt</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>De code van je klantmanager</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>Koppel</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Eerdere gesprekken</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>Er zijn geen eerdere gesprekken bewaard.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Gesprek van %1</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>Wie er waren: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>Kaartjes: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>Haal dit gesprek weg</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>Dekt het scherm af. Alles blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nog niets ingevuld.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>Is dit van iemand anders?</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>Het is van %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>Niet veranderen</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>Het is van jou</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>Ik</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>Iemand dicht bij mij</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>Ervaringswerker</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>Anderen erbij</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Haal weg</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>Haal %1 weg van het bord</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>Wie komt erbij?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Iemand dicht bij mij</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Ervaringswerker</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Voornaam (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Voeg toe</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>Wat doet een hulpverlener? En een ervaringswerker?</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>Vul in wat %1 vindt</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>Blij</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>Verdrietig</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>Weet ik niet</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Weet ik nog niet</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>Kijk je mapje na</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>Je mapje wordt klaargezet.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>Bladzijde %1 van je mapje</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>Ja, bewaar als PDF</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>Ja, druk af</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>Waar wil je je mapje bewaren?</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>De plek: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>Laat de map zien</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>Dit komt precies zo op papier. Kijk het rustig na.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>Waarover: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>Neem mee: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>Zet in mijn afspraken</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>Zet bij mijn momenten</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>Nu niet</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Ik kan niet komen</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Voorstellen van de gemeente</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>De gemeente heeft nog niets voorgesteld.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Wat gebeurt er nu met mijn aanvraag?</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Mag ik iemand meenemen?</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Kan ik dat op papier krijgen?</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Wanneer hoor ik iets?</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Wie kan ik bellen als ik een vraag heb?</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Wat moet ik nu zelf doen?</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Kun je dat nog een keer uitleggen?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>Stop met voorlezen</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Lees voor</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Afgesproken moment</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Afgesproken moment met %1</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>Afspraak met %1</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>Kleine stap: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>Er komt nu geen herinnering.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>Herinneringen staan uit.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>Deze herinnering is er nu.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>Je krijgt een herinnering op %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>Over een uur</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>Herinner mij over een uur: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>Herinner mij morgen: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Gezien</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>Gezien: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>Zet uit</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>Zet deze herinnering uit: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>Zo wil ik herinneringen</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>Herinneringen aan</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>Rustige uren: dan krijg je geen melding.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>Rustig vanaf</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>Rustig tot</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>Zet afspraken in je agenda</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>Je rechten bij een afspraak</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>Je mag iemand meenemen</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Wet: Awb, artikel 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>Je mag het op papier vragen</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Wet: Awb, artikel 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>Je mag het oneens zijn met een besluit</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>je naam en adres</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>de datum</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>over welk besluit het gaat</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>waarom je het er niet mee eens bent</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>je handtekening</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Wet: Awb, artikelen 6:5, 6:7 en 6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>Je mag zien wat de gemeente over je weet</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Wet: AVG, artikel 15 en artikel 12 lid 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>Veel contrast</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>Zwarte letters op wit, met dikke randen.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>Grootte van de letters</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>Letters %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>Schermen wisselen meteen, zonder te bewegen.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</translation>
    </message>
    <message>
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>Snelheid van voorlezen</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>Langzaam</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>Gewoon</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>Snel</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>Pauze als niemand kijkt</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>Na %1 seconden</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>Na %n minuut</numerusform>
            <numerusform>Na %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>Je bord van %1.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>Notitie: “%1”</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nog niets ingevuld.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One fiche in the preview, e.g. &quot;Ik: Verdrietig. Veranderen: ja.&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A domain in the preview, with what each person answered, e.g. &quot;Wonen — Ik: Blij.&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebieden gekozen.</source>
        <translation>Je hebt nog geen leefgebieden gekozen.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>Je doel bij %1: “%2”</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>Wanneer: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>Wie helpt: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>Stap, klaar: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>Stap: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>Afspraak op %1</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>Je afspraak op %1.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>Waar: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>Met wie: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>Je vraag: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>Je neemt mee: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>Moment op %1</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>Het afgesproken moment op %1.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>Je hebt nog niet opgeschreven wat er veranderde.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>Wat er veranderde: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Deel met de gemeente</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Dit gaat naar %1:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>Ook wat anderen op mijn bord zeiden</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>Staat dit uit, dan gaat alleen wat jij zelf zei.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>Ja, deel dit</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>Nee, niet delen</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>Deel de nieuwe versie</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Deel met de gemeente</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>Je bord: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>Deel je nieuwe bord met de gemeente</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>Deel je bord met de gemeente</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Wat heb ik gedeeld?</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>Nu gedeeld met de gemeente</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>Wat er eerder ging</translation>
    </message>
    <message>
        <source>%1, op %2.</source>
        <extracomment>How and when something left the device, e.g. &quot;Gedeeld met Gemeente Eindhoven, op …&quot;.</extracomment>
        <translation>%1, op %2.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Delen met de gemeente</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>Koppelen met een code</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>Nu versturen en ophalen</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>De gemeente stelt iets voor. Kijk of het je past.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Voorstellen van de gemeente</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Wat heb ik gedeeld?</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>Koppeling beëindigen</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Ja, beëindigen</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>Nee, gekoppeld blijven</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Ontvang van een zuil</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mijn mapje</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Volgende</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>Wie vertelt nu?</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>Herinner me</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>Herinner me aan: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>Op welke dag?</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>Stap weghalen</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>Stap weghalen: %1</translation>
    </message>
</context>
<context>
    <name>SummaryComposer</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <extracomment>Another person&apos;s view on a domain, e.g. &quot;Ahmed (partner) over Geld&quot;.</extracomment>
        <translation>%1 over %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Mijn afspraak</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>Mijn afspraak met %1</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>Iets veranderen: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Je mapje meenemen</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>Wat belangrijk is voor mij</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>Mijn doelen</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Mijn afspraak</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>Er is nog niets om mee te nemen. Begin met je bord.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>Je naam bovenaan (als je wilt)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>Laat zien</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>Bewaar of druk af</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Nog niet verstuurd. We proberen het later opnieuw.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>Gedeeld op %1.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>Nog niet teruggehaald, we proberen het opnieuw.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>Teruggehaald op %1.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>Niet gedeeld.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>Gedeeld met %1</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>Teruggehaald bij %1</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>Als PDF bewaard in %1</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>Geprint</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Bord</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Afgesproken moment</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>Voorbereiding van een afspraak</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>Gelukt. Mapje is gekoppeld.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>De gemeente stelt een afspraak voor</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>De gemeente stelt een moment voor om samen te kijken hoe het gaat</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>Je vroeg om een ander moment. Verstuurd op %1.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Je bord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>Hier komt te staan wat je maakt en afspreekt.</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje heeft een update nodig</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>Je gegevens komen uit een nieuwere versie van Mapje.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>Installeer de nieuwste versie. Dan kun je ze weer openen.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>Welkom terug</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>Typ je pincode of wachtzin</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>De code klopte een paar keer niet. Daarom wacht Mapje even.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>Even geduld. Mapje maakt je gegevens open.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>Code vergeten?</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Weergave: tekstgrootte en contrast</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>Welkom bij Mapje</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>Met Mapje bereid je je gesprek met de gemeente voor.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>Jij kiest wat belangrijk is, in je eigen woorden.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>Alles blijft op dit apparaat, veilig op slot.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Weergave: tekstgrootte en contrast</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Moeilijke woorden</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>Haal terug</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>Ja, haal terug</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>Nee, laat staan</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>Schrijf eerst wat je wilt meenemen.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>Dat staat al op je lijst.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1, nog geen tijd gekozen</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Alleen jij kiest de leefgebieden en de volgorde.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Dat lukte niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 staat nu op plaats %2 van %3.</translation>
    </message>
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>Wat jij vindt, blijft op het bord.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>Op %1 koos je nog geen leefgebied.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>Op %1 koos je: %2.</translation>
    </message>
</context>
<context>
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</translation>
    </message>
</context>
<context>
    <name>mapje::ConversationController</name>
    <message>
        <source>%1 bij %2</source>
        <extracomment>What she kept at the closing: %1 is who said it, %2 the leefgebied.</extracomment>
        <translation>%1 bij %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>jij</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>iemand dicht bij jou</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>de hulpverlener</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>de ervaringswerker</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>Schrijf eerst in je eigen woorden wat je wilt.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>Een doel hoort bij iets dat jij op je bord hebt gekozen.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Dat lukte niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>Dit is geen code van een zuil van Mapje.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>Dit lukt niet op dit apparaat. Er is niets opgehaald.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Je bord</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>Doel: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>Bewaard in je Mapje: je bord en %n doel.</numerusform>
            <numerusform>Bewaard in je Mapje: je bord en %n doelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>Bewaard in je Mapje: je bord.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>Bewaard in je Mapje: %n doel.</numerusform>
            <numerusform>Bewaard in je Mapje: %n doelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>Je hebt niets bewaard.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>Wacht even. Daarna kun je het opnieuw proberen.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>Deze pincode klopt niet.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Printen staat uit.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>De printer %1 staat klaar.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>De printer %1 is bezig met afdrukken.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>De printer %1 meldt een fout. Kijk bij de printer.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>Het eindpunt wordt geprobeerd …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>Het eindpunt antwoordt.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>Het eindpunt antwoordt met een fout (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>Je mapje gaat naar de printer.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>Je mapje gaat naar de printer %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>Je mapje staat in de map %1, in Mapje.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>Het bestand heet %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>Er is geen printer gevonden. Vraag het aan de balie.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje is gekoppeld met %1 sinds %2.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>Alles wat je deelt, is bij de gemeente aangekomen.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n ding nog niet verstuurd.</numerusform>
            <numerusform>%n dingen nog niet verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n ding nog niet teruggehaald.</numerusform>
            <numerusform>%n dingen nog niet teruggehaald.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>We proberen het later opnieuw.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>Typ eerst de code die je klantmanager je gaf.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>Even geduld, Mapje maakt de koppeling…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>Je bord</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>Je koos nog geen leefgebied.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>Je koos %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: doel over %2</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>Nieuw doel over %1</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>Afgesproken moment, komt nog</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>Afgesproken moment met %1, komt nog</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Afgesproken moment</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Afgesproken moment met %1</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>Typ een pincode van minstens 5 cijfers.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>Een pincode heeft minstens 5 cijfers.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>Deze pincode is makkelijk te raden. Kies andere cijfers.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>Een wachtzin heeft minstens 8 tekens.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>Je kunt over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Je kunt over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>Je kunt over %n minuut opnieuw proberen.</numerusform>
            <numerusform>Je kunt over %n minuten opnieuw proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>Typ eerst je pincode of wachtzin.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>Deze code klopt niet. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>Je nieuwe code is bewaard.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>Je huidige code klopt niet. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>Mapje kon niet alles wissen. Probeer het nog eens.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>Het bestand met je gegevens is weg.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>Het bestand met je gegevens is leeg.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje mag het bestand met je gegevens niet lezen.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Het bestand is beschadigd, of het hoort niet bij Mapje.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje mag nu niets bewaren in de map met je gegevens.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>Je nieuwe code is niet bewaard. Je oude code werkt nog.</translation>
    </message>
</context>
</TS>
