<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>Zrób cel</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>Najpierw wybierz na tablicy, co jest ważne. Potem możesz tu zrobić cel.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>Co chcesz osiągnąć? Możesz zmienić te słowa.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Czego dotyczy Twój cel?</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>Zrób ten cel</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>Wybierz jeszcze, czego dotyczy twój cel. Potem możesz utworzyć cel.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>Krok do celu</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>Nie masz jeszcze celu. Najpierw zrób cel.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>Jaki to krok? Możesz zmienić te słowa.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>Do którego celu należy ten krok?</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>Dodaj krok do tego celu</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>Po spotkaniu</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>Twoje spotkanie jeszcze się nie odbyło. Możesz to uzupełnić później.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Co ustalono?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Napisz to własnymi słowami. Może być krótko.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twój tekst zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>Chcesz coś z tym zrobić? Nie musisz.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Zrób z tego cel</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>Zrób z tego krok do celu</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>Umów nowe spotkanie</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>Krok jest teraz przy Twoim celu.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>Jednak nie</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>Co biorę ze sobą?</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>Zaznacz to, co masz już przygotowane. Czegoś nie potrzebujesz? Wtedy to usuń.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>Usuń z listy: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>Chcesz zabrać coś jeszcze?</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>Dodaj do listy</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>Na twojej liście nic jeszcze nie ma. Wybierz poniżej, co weźmiesz, albo wpisz to sam.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>Dokumenty, o które często proszą. Zaznacz, co weźmiesz:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>Wezmę: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>Najpierw wybierz dzień spotkania. Wtedy Mapje może ci o nim przypomnieć.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>Przygotuj się do spotkania</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>Kiedy jest Twoje spotkanie?</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Który dzień?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>O której godzinie?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Przypomnij mi o tym</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Dzień wcześniej i godzinę wcześniej.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>Gdzie i z kim?</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>Gdzie jest Twoje spotkanie?</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>Z kim rozmawiasz?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>Na przykład z Twoim opiekunem sprawy (klantmanager) albo konsultantem (consulent). Wpisz imię i nazwisko tej osoby, jeśli je znasz.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>Co chcę im przekazać?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>Co jest dla Ciebie ważne? Napisz to własnymi słowami.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>Kto idzie z Tobą?</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>Możesz zabrać kogoś ze sobą. Na przykład partnera, przyjaciela, eksperta przez doświadczenie (ervaringswerker) albo doradcę socjalnego (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>Kto idzie z Tobą? (Nie musisz nikogo zabierać.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>Wszystko gotowe na Twoje spotkanie.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>Nadal możesz wszystko zmienić. Mapje od razu to zapisuje.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twój tekst zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Jakie masz prawa na spotkaniu?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Poprzednie pytanie</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>O to chcesz zapytać:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>Nie wybrano jeszcze dnia twojego spotkania. Znasz ten dzień? Wybierz go w pytaniu 1. Wszystko inne jest zapisane.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>Wybierz dzień</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>Dzień wcześniej. Wybierzesz też godzinę? Wtedy także godzinę wcześniej.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Nie mogę przyjść</translation>
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
        <translation>Pytanie %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>Zmień pytanie: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>Zakończ zmiany</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>Zapytaj wcześniej</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>Zapytaj wcześniej: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>Zapytaj później</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>Zapytaj później: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>Usuń pytanie: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>O co chcę zapytać?</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>Zapisz swoje pytania. Wtedy nie zapomnisz ich podczas rozmowy.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>O co chcesz zapytać?</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>O co jeszcze chcesz zapytać?</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>Pytania, które zadaje wiele osób. Wybierz jedno, jeśli chcesz:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>Dodaj pytanie: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Usuń to spotkanie</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>Czy chcesz usunąć to spotkanie? Twoje pytania i lista też znikną. Nie da się tego cofnąć.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>Masz spotkanie z opiekunem sprawy (klantmanager) albo konsultantem (consulent)? Przygotuj się tu spokojnie do rozmowy.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>Nie masz jeszcze przygotowanego spotkania.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>Przygotuj nowe spotkanie</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Z kim: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>Ustalenia: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Co ustalono?</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>Co ustalono na spotkaniu (%1)?</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>Przygotuj się</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>Przygotuj się do spotkania (%1)</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>Po spotkaniu</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>Po spotkaniu (%1)</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Jakie masz prawa na spotkaniu?</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>Nie wybrano jeszcze dnia</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>Przygotuj się do spotkania</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Twoja tablica: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>Twoja tablica jest jeszcze pusta. Przeciągnij tutaj to, co jest dla Ciebie ważne.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Maak je bord</source>
        <translation>Zrób swoją tablicę</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>Twoja tablica – %1</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twoja tablica zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Wybierz, co jest ważne</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Co czujesz?</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>Co jest najważniejsze?</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>Dodaj inne osoby</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>Wcześniejsze tablice</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>Nowa tablica na dziś</translation>
    </message>
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>Na swojej tablicy wybierasz, które obszary życia są teraz dla Ciebie ważne. Robisz to we własnym tempie.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Miejsce %1: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>Nic jeszcze nie wybrano.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Jeszcze nic tu nie ma.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>Jutro masz spotkanie.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>Umówione spotkanie</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>Umówione spotkanie – %1</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>Spotkanie – %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>Spotkania w Twoim kalendarzu</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>Mapje zrobi plik do Twojego kalendarza. Będzie w nim:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>Nie ma spotkań do dodania.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>Dodaj też, z kim i gdzie</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>Wtedy każdy, kto widzi Twój kalendarz, może to przeczytać.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>Tak, zrób plik</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Nie mogę przyjść</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>Mapje poprosi gminę o inny termin. Dostaniesz nową propozycję.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>Chcesz coś napisać? Możesz, ale nie musisz.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>Poproś o inny termin</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>Dotyczy twojego spotkania: %1.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>Twoja wiadomość</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>Zmień kod</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>Dwa nowe kody nie są takie same. Wpisz je jeszcze raz.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>Twój obecny kod</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>Twój nowy kod</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>Wybierz co najmniej 5 cyfr albo frazę hasła z co najmniej 8 znaków.</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>Wpisz nowy kod jeszcze raz</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>Chwileczkę. Mapje znowu zamyka Twoje dane na klucz.</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>Zapisz nowy kod</translation>
    </message>
</context>
<context>
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>Wspólne spojrzenie wstecz</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>Pytanie %1 z %2</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>Czy coś się zmieniło?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Napisz to własnymi słowami. Może być krótko.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>Zrób nową tablicę. Na początku będzie na niej to, co było wybrane ostatnio. Tak zobaczysz, co się zmieniło.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>Zrób nową tablicę</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>Zobacz dzisiejszą tablicę</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>Zaznacz kroki, które są już zrobione. Zostaw swój cel albo wybierz coś innego.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>Dziękuję. Zobaczysz to na swojej osi czasu.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Poprzednie pytanie</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>Nie masz jeszcze celu. Możesz go dodać później w części Moje cele.</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Udało się</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Zatrzymany</translation>
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
        <translation>Umówione spotkanie</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Który dzień?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>O której godzinie?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Z kim?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Gdzie?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Przypomnij mi o tym</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Dzień wcześniej i godzinę wcześniej.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twój wybór zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>Usuń to spotkanie</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>Czy chcesz usunąć to spotkanie? Nie da się tego cofnąć.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Umówione spotkania</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>Umów się na spotkanie, żeby razem sprawdzić, czy coś się zmieniło.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>Nie ma jeszcze umówionego spotkania.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>Umów nowe spotkanie</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Z kim: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>Dostaniesz przypomnienie.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>Bez przypomnienia.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>Co się zmieniło: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Spójrz wstecz razem</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>Zmień spotkanie: %1</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Co jest dla Ciebie ważne?</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>Dotknij tego, co jest dla Ciebie ważne, albo przeciągnij to na tablicę. Możesz wybrać tyle, ile chcesz.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>Klawiaturą: strzałkami przejdź do tego, co chcesz. Wybierz to spacją. Naciśnij i, aby zobaczyć wyjaśnienie.</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>Wpisz kod jeszcze raz</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Wybierz kod PIN</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>Te dwa kody nie są takie same. Wybierz kod jeszcze raz.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>Fraza hasła to kilka słów, które łatwo zapamiętasz. Użyj co najmniej 8 znaków.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>Tym kodem otwierasz Mapje. Wybierz co najmniej 5 cyfr.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Fraza hasła</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>Kod PIN</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>Ukryj to, co wpisuję</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>Pokaż to, co wpisuję</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>Chwileczkę. Mapje zamyka Twoje dane na klucz.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>Zapisz kod</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>Wolę kod PIN</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>Wolę frazę hasła</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>Tylko ty znasz swój kod. Dzięki temu nikt inny nie zajrzy do twojego Mapje. Jeśli zapomnisz kod, zaczynasz od nowa z pustym Mapje.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Rozmawiamy razem</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>Obróć</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>Obróć ekran do góry nogami dla osoby po drugiej stronie stołu.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>Na Twojej tablicy nie ma jeszcze niczego. Najpierw wybierz, co jest ważne.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Wybierz, co jest ważne</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>Pytania na początek rozmowy, jedno naraz.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>Jedna część tablicy naraz, dużym drukiem, dla osoby naprzeciwko.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Co teraz idzie dobrze, nawet jeśli to drobiazg?</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Co jest dla Ciebie naprawdę ważne?</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Kiedy było choć trochę lepiej? Co wtedy robiłaś lub robiłeś inaczej?</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Co już teraz Ci pomaga?</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Kto może Ci pomóc?</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Wyobraź sobie, że jutro będzie trochę lepiej. Po czym najpierw to poznasz?</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Jaki mały krok zrobisz w tym tygodniu?</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Co robi tutaj ekspert przez doświadczenie?</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Ekspert przez doświadczenie wie z własnego życia, jak to jest, gdy coś idzie źle. Opowiada, co pomogło, myśli razem z Tobą i pomaga Ci znaleźć drogę. Ty decydujesz, co z tym zrobisz.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Ty decydujesz.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>To, co mówi ktoś inny, możesz usunąć.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Zawsze możesz zrobić przerwę.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Co robi tutaj pracownik socjalny?</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Pracownik socjalny pracuje w gminie albo w zespole dzielnicowym (wijkteam). Wie, jaka jest pomoc i jakie są zasady, i je wyjaśnia. Razem ustalacie, co dalej. Ty decydujesz, co trafi na Twoją tablicę.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Co robi tutaj ktoś Ci bliski?</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>To ktoś Ci bliski, na przykład partner albo ktoś z rodziny. Mówi, jak to widzi. Ty decydujesz, co z tym zrobisz.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>Karty do rozmowy</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>Wszystkie karty już były.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>Bierzemy tę kartę</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>Co mówisz? Zapisz to własnymi słowami. Możesz, ale nie musisz.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>Zapisano przy: %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Zrób z tego cel</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>To jest teraz cel w obszarze: %1. Znajdziesz go w części Moje cele.</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>Następna karta</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>Do czego to pasuje?</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>Zapisz to tam</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Wybierz</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>Zakończenie</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>To jest teraz cel z pierwszym krokiem. Znajdziesz go w części Moje cele.</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>Co zabieramy ze sobą?</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>To powiedzieli inni. Ty decydujesz, co zostaje.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>Co mi pomogło: „%1”</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>Twój wybór: zachować.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>Twój wybór: usunąć.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>Co ustalamy?</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>Kto co robi i do kiedy? Ustalenie staje się celem z pierwszym krokiem. Nikt nie wychodzi bez kolejnego kroku.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>Co chcesz osiągnąć? Własnymi słowami.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>Jaki jest pierwszy krok?</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>Kto to robi albo kto pomaga?</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>Do kiedy?</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Zrób z tego cel</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>Kiedy razem spojrzycie wstecz?</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>Umów spotkanie</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>Z przypomnieniem. Ty wybierasz dzień i godzinę.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>Zakończ rozmowę</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>Dotyczy: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>Czego dotyczy ustalenie?</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>Razem spojrzycie wstecz: %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>Zobacz termin</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Wybierz</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>Najpierw wybierz, czego dotyczy ustalenie.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>Najpierw napisz, co chcesz osiągnąć.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>Masz zapisane ustalenie, które nie jest jeszcze celem. Jeśli teraz zakończysz, to ustalenie zniknie.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>Najpierw dokończ ustalenie</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>Zakończ mimo to</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Miejsce %1: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Jeszcze nic tu nie ma.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Uzupełnij</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>Uzupełnij: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>Co Ty myślisz</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Co myśli %1</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Następny</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>Krótka przerwa</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>Rozmowa jest na chwilę wstrzymana. Wszystko jest zapisane.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Rozmawiamy razem</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>Rozmawiasz z innymi o swojej tablicy? Na przykład z ekspertem przez doświadczenie, pracownikiem socjalnym albo kimś Ci bliskim. To Ty prowadzisz rozmowę.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Wcześniejsze rozmowy</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>Kto bierze udział w rozmowie?</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>Ty zawsze bierzesz udział. Wybierz, kto jeszcze jest. Możesz podać imię, ale nie musisz.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>Jest: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>Czy któraś z tych osób była już z Tobą wcześniej?</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>%1 też jest</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>Kto jeszcze jest?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Ktoś mi bliski</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Ekspert przez doświadczenie</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Imię (można zostawić puste)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Zo praten we samen</source>
        <translation>Tak rozmawiamy razem</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>Zacznij od swojej tablicy (%1)</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>Zacznij od nowej tablicy</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Zaczynamy</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>Zaczynamy</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>Usuń %1 z rozmowy</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>Co zrobiliśmy</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>Rozmowa z dnia %1.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>Kto był</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>Karty, których użyliśmy</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>Zachowane od innych</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Co ustaliliśmy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>Pierwszy krok: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>Kto pomaga: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>Do: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>Wspólne spojrzenie wstecz</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Zabierz swój Mapje</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje nie może otworzyć Twoich danych</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>Mapje odłożył plik na bok. Mapje niczego nie usunął.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>Możesz zacząć od nowa z pustym Mapje.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>Plik jest tutaj: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Zacznij od nowa</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>Dokument tożsamości</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>Twój paszport, dowód osobisty albo dokument pobytowy.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>Wyciągi bankowe</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>Wyciągi z Twojego konta bankowego. Zwykle z ostatnich miesięcy.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>Umowa najmu</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>Umowa najmu Twojego mieszkania, jeśli je wynajmujesz.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>Pasek wypłaty</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>Zestawienie Twojego wynagrodzenia, jeśli pracujesz.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>Listy</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>Listy, które dotyczą sprawy. Na przykład z gminy albo o pieniądzach, które musisz zapłacić.</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Pytania do przemyślenia</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Gdzie możesz się zwrócić?</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>Zdejmij z mojej tablicy</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>Dodaj do mojej tablicy</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 i %2</translation>
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
        <translation>Wybrane</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>Niewybrane</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>Co to znaczy?</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>Co oznacza %1?</translation>
    </message>
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>Wyjaśnienie: naciśnij i.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Co mi pomogło</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Co mi pomogło</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>Opowiedz, co Tobie pomogło, z własnego życia. To nie jest rada. Na końcu druga osoba decyduje, czy to zostanie.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>%1: co pomogło?</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>Co to jest?</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>Co to dla Ciebie znaczy?</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Gdzie możesz się zwrócić?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Vorige</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Nic jeszcze nie wybrano. Najpierw wybierz, co jest dla Ciebie ważne.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Co myśli %1</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 z %2</translation>
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
        <translation>Zmiana: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>Jak się z tym czujesz?</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>Jak widzi to %1?</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>Wesoło</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>Smutno</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>Czy chcesz tu coś zmienić?</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>Czy %1 uważa, że coś tu powinno się zmienić?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>Jeszcze nie wiem</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Chcesz coś o tym powiedzieć? Możesz, ale nie musisz.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: ukryte</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>Pokaż, co myśli %1</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>Ukryj, co myśli %1</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>Usuń, co myśli %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Nie pamiętasz kodu?</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Możesz zacząć od nowa z pustym Mapje. Wtedy Mapje usunie wszystkie zapisane dane.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Usuń wszystko i zacznij od nowa</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>Tylko ty znasz swój kod. Mapje nie przechowuje go nigdzie indziej. Dzięki temu twoje dane należą do ciebie.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>Spróbuję jeszcze raz</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW (emerytura państwowa)</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>AOW to podstawowa emerytura od państwa. Dostajesz ją od wieku emerytalnego AOW. To około 67 lat.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>Mieszkasz lub pracujesz w Holandii? Wtedy zbierasz prawo do AOW. Przez jakiś czas nie było Cię w Holandii? Wtedy Twoja AOW może być niższa.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>SVB albo doradca socjalny (sociaal raadslid), jeśli chcesz pomocy przy pytaniach.</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG (RODO – ochrona danych)</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>AVG to europejskie prawo o prywatności (po polsku RODO). Mówi, jak organizacje muszą postępować z Twoimi danymi.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>Możesz zapytać, jakie dane ma o Tobie organizacja. Dane są błędne? Wtedy możesz poprosić o ich poprawienie.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>Osoba od ochrony danych w tej organizacji albo Juridisch Loket (porady prawne).</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb (ustawa o prawie administracyjnym)</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>Awb to ogólna ustawa o prawie administracyjnym. Są w niej zasady dla urzędów. Na przykład jak trzeba wydać decyzję. I jak złożyć sprzeciw.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>Dzięki tej ustawie możesz złożyć sprzeciw wobec decyzji. Urząd musi też porządnie Cię wysłuchać.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>Juridisch Loket albo doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep (odwołanie do sądu)</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>Po sprzeciwie nadal nie zgadzasz się z gminą? Wtedy możesz złożyć odwołanie do sądu. Sędzia sprawdza wtedy decyzję. Słowo beroep nie oznacza tu Twojego zawodu.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>Na odwołanie masz zwykle też sześć tygodni. Często płacisz opłatę sądową. Nazywa się ona griffierecht.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>Juridisch Loket, doradca socjalny (sociaal raadslid) albo adwokat.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking (decyzja urzędowa)</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>Beschikking to decyzja urzędu w Twojej sprawie. Dostajesz ją w liście. Na przykład, czy dostaniesz zasiłek.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>W liście jest napisane, co postanowiono i dlaczego. Nie zgadzasz się? Wtedy możesz złożyć sprzeciw.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Nadawca listu, doradca socjalny (sociaal raadslid) albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet (kwota wolna od zajęcia)</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>Beslagvrije voet to część Twojego dochodu, której nikt nie może zabrać. Nawet przy zajęciu komorniczym. Dzięki temu zostają Ci pieniądze na czynsz i jedzenie.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>Kto zajmuje Twój dochód, musi obliczyć tę kwotę. Myślisz, że jest za niska? Wtedy możesz poprosić o sprawdzenie.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Komornik (deurwaarder) albo organizacja, która robi zajęcie, pomoc przy długach z gminy albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling (spłata w ratach)</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>Przy spłacie w ratach oddajesz dług w częściach. Ustalasz, ile płacisz co miesiąc.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>Zgódź się tylko na kwotę, na którą naprawdę Cię stać. Nie dajesz już rady? Wtedy odezwij się na czas.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>Organizacja, u której masz dług, albo pomoc przy długach z gminy.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering (zarząd finansami)</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>Przy zarządzie finansami zarządca (bewindvoerder) zajmuje się Twoimi pieniędzmi za Ciebie. Decyduje o tym sędzia. Zarządca płaci na przykład Twoje rachunki.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>Dostajesz pieniądze na życie. Koszty może czasem pokryć gmina.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Zespół dzielnicowy (wijkteam), pomoc przy długach z gminy albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar (sprzeciw)</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>Nie zgadzasz się z decyzją gminy? Wtedy możesz złożyć sprzeciw. Piszesz, dlaczego się nie zgadzasz.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>Zrób to w ciągu sześciu tygodni od daty decyzji. Gmina wtedy jeszcze raz sprawdza decyzję.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>Doradca socjalny (sociaal raadslid) albo Juridisch Loket pomoże Ci to napisać.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand (zasiłek socjalny)</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>Bijstand to pieniądze od gminy na życie. Dostajesz je, gdy nie masz wystarczająco pieniędzy. I gdy nie możesz dostać innego zasiłku.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>Do bijstand należą też ustalenia. Na przykład o szukaniu pracy i zgłaszaniu zmian.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>Twój opiekun sprawy (klantmanager) albo punkt pracy i dochodu w gminie (Werkplein). Pomoc przy pytaniach: doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand (pomoc specjalna)</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>Pomoc specjalna to pieniądze od gminy na potrzebne dodatkowe koszty. Na przykład okulary albo zepsuta pralka. Nie musisz przy tym dostawać bijstand.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>Wniosek składasz w gminie. Gmina sprawdza Twój dochód i Twoje koszty.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Gmina, zespół dzielnicowy (wijkteam) albo doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete (kara pieniężna)</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>Kara pieniężna to pieniądze, które musisz zapłacić za karę. Gmina może dać karę, jeśli czegoś nie zgłosisz albo zgłosisz za późno.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Gmina musi wziąć pod uwagę Twoją sytuację. Zawsze możesz wyjaśnić, co się stało. Nie zgadzasz się? Wtedy możesz złożyć sprzeciw.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer (zarządzanie budżetem)</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>Przy zarządzaniu budżetem organizacja płaci za Ciebie stałe opłaty. Na przykład czynsz, energię i ubezpieczenie zdrowotne. Nie potrzeba do tego sędziego.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>Resztę pieniędzy na życie zatrzymujesz. Dzięki temu Twoje stałe rachunki są zapłacone.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>Pomoc przy długach z gminy albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG (Centrum dla Młodzieży i Rodziny)</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>CJG to Centrum dla Młodzieży i Rodziny. Możesz tam przyjść z pytaniami o wychowanie i dorastanie dzieci.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>Dostajesz tam radę albo pomoc dla siebie i swoich dzieci. To nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>CJG w Twojej gminie albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent (konsultant)</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>Konsultant to pracownik na przykład gminy albo UWV. Pomaga Ci w sprawie zasiłku, pracy albo opieki.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>Twój konsultant rozmawia z Tobą o tym, czego potrzebujesz. Możesz zabrać kogoś na rozmowę.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>Twój konsultant. Kontakt nie wychodzi? Wtedy poproś o innego pracownika.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder (komornik)</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>Komornik ściąga długi. Czasem komornik może zająć Twoją pensję, zasiłek albo rzeczy. Może to zrobić dopiero wtedy, gdy pozwoli na to sędzia albo urząd.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>Często dochodzą wtedy dodatkowe koszty. Dlatego szybko odpowiadaj na list od komornika.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>Pomoc przy długach z gminy, Juridisch Loket albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD (cyfrowy identyfikator)</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>DigiD to Twój login do spraw urzędowych. Używasz go na przykład w gminie, przy dodatkach (toeslagen) albo u ubezpieczyciela zdrowotnego.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>Nigdy nie dawaj nikomu swojego DigiD. Chcesz, żeby ktoś Ci pomógł? Wtedy ta osoba może dostać upoważnienie (machtiging).</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>Informatiepunt Digitale Overheid w bibliotece albo infolinia DigiD.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico (udział własny)</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>Udział własny to część kosztów leczenia, którą co roku najpierw płacisz z własnej kieszeni. Dopiero potem płaci Twoje ubezpieczenie zdrowotne.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>Za lekarza rodzinnego nie płacisz udziału własnego. Nie możesz zapłacić od razu całości? Wtedy poproś o spłatę w ratach.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>Twój ubezpieczyciel zdrowotny albo gmina (niektóre gminy mają ubezpieczenie zdrowotne, które w tym pomaga).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige (ekspert z własnego doświadczenia)</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>Ekspert z własnego doświadczenia sam przeżył trudne rzeczy. Na przykład długi, biedę albo chorobę. Wykorzystuje to doświadczenie, żeby pomagać innym.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>Taka osoba często dobrze rozumie, jak się czujesz. Możesz z nią rozmawiać jak równy z równym.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>Zespół dzielnicowy (wijkteam), organizacja pomocy społecznej albo rada klientów.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringswerker (ekspert przez doświadczenie)</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>Ekspert przez doświadczenie to ktoś, kto ma własne trudne doświadczenia i pracuje z tym zawodowo. Często przeszedł szkolenie.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>Ekspert przez doświadczenie może siedzieć obok Ciebie podczas rozmowy. To Ty decydujesz.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>Zespół dzielnicowy (wijkteam) albo organizacja pomocy społecznej.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening (zmiana decyzji)</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>Przy zmianie decyzji gmina zmienia wcześniejszą decyzję. Na przykład dlatego, że Twoja sytuacja okazała się inna.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>Twój zasiłek może wtedy wzrosnąć albo spaść. Czasem też za okres, który już minął. Możesz złożyć sprzeciw.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Twój opiekun sprawy (klantmanager), doradca socjalny (sociaal raadslid) albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting (wysłuchanie)</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>Wysłuchanie to rozmowa o Twoim sprzeciwie. Własnymi słowami opowiadasz, dlaczego nie zgadzasz się z decyzją.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>Możesz zabrać kogoś ze sobą. Potem gmina decyduje jeszcze raz.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>Doradca socjalny (sociaal raadslid) albo Juridisch Loket pomoże Ci się przygotować.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener (pracownik socjalny)</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>Pracownik socjalny pomaga ludziom w ramach swojej pracy. Na przykład ktoś z zespołu dzielnicowego albo z pomocy przy długach.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>Pracownik socjalny myśli razem z Tobą. To Ty decydujesz, co jest ważne.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>Zespół dzielnicowy (wijkteam) albo Twój lekarz rodzinny wie, jaki pracownik socjalny do Ciebie pasuje.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag (dodatek mieszkaniowy)</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>Dodatek mieszkaniowy to pieniądze od państwa na pomoc w opłaceniu czynszu. Ile dostajesz, zależy od czynszu i dochodu.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>Zgłaszaj na czas zmiany w dochodzie. Inaczej później może trzeba będzie oddać pieniądze.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (urząd od dodatków) albo pomoc przy wniosku w Informatiepunt Digitale Overheid lub u doradcy socjalnego (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso (windykacja)</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>Firma windykacyjna próbuje odzyskać pieniądze dla innej firmy. Dzieje się tak, gdy nie zapłacisz rachunku na czas.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>Dochodzą wtedy koszty. Odpowiedz szybko i poproś o spłatę w ratach, jeśli jej potrzebujesz.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Pomoc przy długach z gminy albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht (obowiązek informowania)</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>Masz zasiłek? Wtedy musisz samodzielnie zgłaszać zmiany na czas. To obowiązek informowania.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>Chodzi o sprawy, które mogą zmienić Twój zasiłek. Na przykład praca, pieniądze albo to, kto z Tobą mieszka. Nie masz pewności? Zapytaj.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>Twój opiekun sprawy (klantmanager) albo konsultant (consulent).</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht (prawo wglądu)</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>Możesz zapytać, jakie dane przechowuje o Tobie organizacja. To prawo wglądu.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>Organizacja musi odpowiedzieć w ciągu miesiąca. Dostajesz wtedy zestawienie albo kopię. To nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet (ustawa o młodzieży)</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>Ustawa o młodzieży to prawo o pomocy dla dzieci i młodzieży do osiemnastu lat. Tę pomoc organizuje gmina.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>Twoje dziecko potrzebuje pomocy albo opieki? Wtedy możesz zwrócić się do gminy. Czasem też przez lekarza rodzinnego.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>CJG, zespół dzielnicowy (wijkteam) albo Twój lekarz rodzinny.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Juridisch Loket (porady prawne)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>Juridisch Loket daje darmowe porady o Twoich prawach. Na przykład o zasiłku, długach, mieszkaniu albo pracy.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>Wyjaśniają, co możesz zrobić. Czasem pomagają znaleźć adwokata.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>Juridisch Loket. Możesz zadzwonić, napisać e-mail albo przyjść.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek (rozmowa przy kuchennym stole)</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>To rozmowa z gminą o pomocy, której potrzebujesz. Często odbywa się u Ciebie w domu.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>Mówisz, co idzie dobrze, a co nie. Możesz poprosić kogoś, żeby był przy tym.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>Punkt Wmo w gminie (Wmo-loket) albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag (zasiłek na dzieci)</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>Zasiłek na dzieci to pieniądze dla rodziców dzieci do osiemnastu lat. Dostajesz go co kwartał.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>Nie ma znaczenia, ile zarabiasz. Dostajesz go od SVB.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>SVB.</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget (dodatek na dzieci)</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>Dodatek na dzieci to pieniądze dla rodziców z dziećmi poniżej osiemnastu lat. Ile dostajesz, zależy od Twojego dochodu.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>Zwykle dostajesz go automatycznie, jeśli dostajesz zasiłek na dzieci. Zgłaszaj zmiany na czas.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>Dienst Toeslagen (urząd od dodatków) albo doradca socjalny (sociaal raadslid) do pomocy.</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager (opiekun sprawy)</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>Opiekun sprawy pracuje w gminie. To Twoja stała osoba kontaktowa w sprawie bijstand i pomocy w pracy.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>Z opiekunem sprawy robisz ustalenia. Możesz powiedzieć, co jest dla Ciebie ważne.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>Twój opiekun sprawy. Kontakt nie wychodzi? Wtedy poproś w gminie o kogoś innego.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm (zasada dzielenia kosztów)</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>Mieszkasz w jednym domu z innymi dorosłymi? Wtedy często dostajesz mniej bijstand. Możecie bowiem dzielić koszty. To zasada dzielenia kosztów.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>Nie każdy w domu się liczy. Na przykład młodzi ludzie, a czasem osoby, które płacą Ci czynsz. Zapytaj, co dotyczy Ciebie.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding (umorzenie podatków)</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>Przy umorzeniu nie musisz płacić niektórych lokalnych podatków. Na przykład za śmieci albo wodę. Jest to możliwe, jeśli masz mało pieniędzy.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>Musisz samodzielnie złożyć wniosek. Czasem dzieje się to automatycznie, jeśli dostajesz bijstand.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>Dział podatków gminy albo zarządu wodnego (waterschap) albo doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Leefgebied (obszar życia)</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>Obszar życia to część Twojego życia. Na przykład pieniądze, mieszkanie, zdrowie albo kontakt z innymi.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>Na swojej tablicy to Ty wybierasz, które obszary życia są teraz ważne. Tak Ty decydujesz, o czym będzie rozmowa.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>Twój opiekun sprawy (klantmanager), konsultant (consulent) albo zespół dzielnicowy (wijkteam). Weź swoją tablicę na rozmowę.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging (upoważnienie)</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>Upoważnieniem pozwalasz komuś załatwić coś za Ciebie. Na przykład przez DigiD.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>Ta osoba może wtedy załatwiać za Ciebie sprawy. Upoważnienie możesz też znowu zakończyć.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>Informatiepunt Digitale Overheid w bibliotece albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg (opieka nad bliskimi)</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>Opieka nad bliskimi to opieka nad kimś, kogo znasz. Na przykład nad partnerem, rodzicem albo dzieckiem, które choruje. Nie dostajesz za to pieniędzy.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>Opieka nad bliskimi może być ciężka. Możesz poprosić o pomoc, także dla siebie. Na przykład, żeby mieć chwilę wolnego.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>Punkt wsparcia dla opiekunów bliskich (steunpunt mantelzorg), zespół dzielnicowy (wijkteam) albo punkt Wmo w gminie.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet (ustawa o partycypacji)</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>Participatiewet to ustawa o bijstand. Jest w niej też pomoc w znalezieniu pracy. Ustawę wykonuje gmina.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>W ustawie są Twoje prawa i obowiązki. W najbliższych latach ustawa zmieni się w kilku punktach. Zapytaj, co teraz dotyczy Ciebie.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb (budżet osobisty)</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>Pgb to budżet osobisty. Za te pieniądze samodzielnie wybierasz i organizujesz swoją opiekę albo pomoc.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>Masz wtedy też zadania. Robisz ustalenia z opiekunem lub firmą opiekuńczą. I zapisujesz, na co idą pieniądze.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>Gmina, biuro opieki (zorgkantoor) albo SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie (powrót do pracy)</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>Powrót do pracy to pomoc, żeby (znowu) zacząć pracować. Na przykład kurs, doświadczenie zawodowe albo praca na próbę.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>Ustalasz to z opiekunem sprawy. Liczą się Twoje życzenia i Twoje zdrowie.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>Twój opiekun sprawy (klantmanager) albo UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening (pomoc przy długach)</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>Pomoc przy długach to pomoc gminy, gdy masz długi. Jest darmowa.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>Razem patrzycie na Twoje pieniądze i długi. Czasem można zrobić jedno porozumienie ze wszystkimi wierzycielami naraz. Im wcześniej przyjdziesz, tym lepiej.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Pomoc przy długach z gminy, zespół dzielnicowy (wijkteam) albo doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering (oddłużenie)</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>Oddłużenie to program dla osób z dużymi długami. Przez pewien czas płacisz tyle, ile możesz. Potem zwykle nie masz już długów.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>Dostajesz pomoc i musisz trzymać się ustaleń. Czasem decyduje o tym sędzia. Nazywa się to Wsnp.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid (doradca socjalny)</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>Doradca socjalny pomaga Ci za darmo z listami, formularzami i przepisami. Na przykład o dodatkach albo zasiłku.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>Dostajesz wyjaśnienia i pomoc przy wypełnianiu. Doradca socjalny może też pomóc przy sprzeciwie.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>Zapytaj w gminie albo w organizacji pomocy społecznej, gdzie znajdziesz doradcę socjalnego.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer (pokój rozmów)</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>Pokój rozmów to pokój, w którym rozmawiasz z opiekunem sprawy albo konsultantem. Na przykład w urzędzie gminy.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>Możesz zabrać kogoś na rozmowę. Mapje pomaga Ci przygotować się do rozmowy.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>Recepcja w gminie, jeśli chcesz wiedzieć, dokąd iść.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB (Bank Ubezpieczeń Społecznych)</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>SVB to Bank Ubezpieczeń Społecznych. Wypłaca między innymi AOW i zasiłek na dzieci.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>Masz pytanie o AOW, zasiłek na dzieci albo pgb? Wtedy zwracasz się do SVB.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>SVB. Potrzebujesz pomocy przy pytaniu? Doradca socjalny (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie (praca w zamian)</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>Tegenprestatie to nieodpłatna, pożyteczna praca obok bijstand. Na przykład wolontariat. Gmina może Cię o to poprosić.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>Nie może zastępować płatnej pracy. Gmina musi sprawdzić, co możesz robić. Porozmawiaj o tym, jeśli to nie wychodzi.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>Twój opiekun sprawy (klantmanager) albo doradca socjalny (sociaal raadslid), jeśli masz pytania.</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering (żądanie zwrotu)</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>Przy żądaniu zwrotu gmina chce pieniędzy z powrotem. Dzieje się tak, gdy wypłacono Ci za duży zasiłek.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Często możesz oddać pieniądze w częściach. Nie zgadzasz się? Wtedy możesz złożyć sprzeciw.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Twój opiekun sprawy (klantmanager), pomoc przy długach z gminy albo Juridisch Loket.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen (dodatki)</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>Dodatki to pieniądze od państwa. Na przykład na czynsz, ubezpieczenie zdrowotne albo dzieci. Dostajesz je, jeśli Twój dochód nie jest za wysoki.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>Dodatek to zaliczka. Zmienia się Twój dochód? Wtedy szybko to zgłoś. Inaczej później może trzeba będzie oddać pieniądze.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (urząd od dodatków) albo pomoc w Informatiepunt Digitale Overheid lub u doradcy socjalnego (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering (zasiłek)</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>Zasiłek to pieniądze na życie, gdy nie masz dochodu albo masz go za mało. Na przykład bijstand, WW albo AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>Zasiłek ma swoje zasady. Na przykład musisz zgłaszać zmiany.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>Gmina, UWV albo SVB. To zależy od tego, jaki masz zasiłek.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV (urząd ubezpieczeń pracowniczych)</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>UWV zajmuje się zasiłkami dla osób, które pracowały. Na przykład WW, gdy stracisz pracę. I zasiłkami, gdy chorujesz.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>Masz zasiłek z UWV? Wtedy obowiązują ustalenia UWV.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>UWV albo doradca socjalny (sociaal raadslid) do pomocy przy pytaniach.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis (Bezpieczny Dom)</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis pomaga przy przemocy albo obawach o bezpieczeństwo w domu. Także wtedy, gdy chodzi o kogoś innego. Możesz tam anonimowo poprosić o radę.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>Nie musisz rozwiązywać tego w pojedynkę. Veilig Thuis razem z Tobą zastanawia się, co jest potrzebne.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis, w dzień i w nocy. W nagłym niebezpieczeństwie: zadzwoń na numer alarmowy.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank (bank żywności)</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>Bank żywności daje darmowe jedzenie ludziom, którzy mają bardzo mało pieniędzy. Zwykle dostajesz paczkę co tydzień.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>Potrzebujesz skierowania, na przykład od zespołu dzielnicowego. Nie musisz się wstydzić. Wielu ludzi czasem tego potrzebuje.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>Zespół dzielnicowy (wijkteam), pomoc przy długach z gminy albo bank żywności w Twojej okolicy.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong (zasiłek dla młodych osób z niepełnosprawnością)</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>Wajong to zasiłek z UWV. Jest dla osób, które zachorowały albo stały się niepełnosprawne w młodym wieku.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>Składasz teraz wniosek o Wajong? Wtedy dostaniesz go tylko, jeśli praca nigdy nie będzie możliwa. Możesz pracować? Wtedy pomaga gmina.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>UWV albo doradca socjalny (sociaal raadslid) do pomocy.</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam (zespół dzielnicowy)</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>Zespół dzielnicowy to zespół osób pomagających w Twojej okolicy. Możesz tam przyjść z pytaniami o pieniądze, opiekę, wychowanie albo mieszkanie.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>Zespół sam Ci pomaga albo szuka właściwej pomocy. To nic nie kosztuje. Czasem nazywa się zespołem socjalnym albo zespołem osiedlowym.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>Zespół dzielnicowy w Twojej okolicy. Gmina wie, gdzie jest.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz (ustawa o opiece długoterminowej)</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>Wlz to ustawa o opiece długoterminowej. Jest dla osób, które zawsze potrzebują opieki albo nadzoru w pobliżu.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>Najpierw potrzebujesz oceny (indicatie) z CIZ. Potem dostajesz opiekę w domu albo w placówce opiekuńczej.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>CIZ, biuro opieki (zorgkantoor) albo zespół dzielnicowy (wijkteam).</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo (ustawa o wsparciu społecznym)</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>Wmo to ustawa o wsparciu społecznym. Dzięki niej gmina pomaga Ci dalej mieszkać w domu i brać udział w życiu.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>Możesz dostać na przykład pomoc w domu, transport albo sprzęt pomocniczy. Czasem płacisz wkład własny.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW (zasiłek dla bezrobotnych)</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>WW to zasiłek z UWV. Dostajesz go, gdy tracisz pracę i masz za sobą wystarczająco długi czas pracy. WW trwa przez pewien czas.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>Gdy masz WW, musisz szukać pracy. WW się kończy i masz za mało pieniędzy? Wtedy być może dostaniesz bijstand.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag (dodatek do ubezpieczenia zdrowotnego)</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>Zorgtoeslag to pieniądze od państwa na Twoje ubezpieczenie zdrowotne. Dostajesz je, jeśli Twój dochód nie jest za wysoki.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>Zgłaszaj na czas zmiany w dochodzie. Inaczej później może trzeba będzie coś oddać.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering (ubezpieczenie zdrowotne)</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>Każdy, kto mieszka albo pracuje w Holandii, musi mieć ubezpieczenie zdrowotne. Tak mówi ustawa o ubezpieczeniu zdrowotnym (Zvw). Ubezpieczenie podstawowe płaci za większość opieki.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>Co miesiąc płacisz składkę. Masz niski dochód? Wtedy być może dostaniesz dodatek do ubezpieczenia zdrowotnego (zorgtoeslag).</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>Twój ubezpieczyciel zdrowotny albo gmina, jeśli chodzi o ubezpieczenie zdrowotne z dodatkową pomocą.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>Trudne słowa</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>Tu są słowa, które spotykasz w gminie. Wybierz słowo, żeby zobaczyć wyjaśnienie.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>Szukaj słowa</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>Tego słowa nie ma na liście. Spróbuj innego słowa.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>Udało się</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>Zatrzymany</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>Kto pomaga: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>Zrobione: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>Do zrobienia: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>Mój cel</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>Najpierw wybierz na tablicy, co jest ważne. Potem wpiszesz tu swój cel.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Czego dotyczy Twój cel?</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>Co chcesz, żeby było inaczej?</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>Mapje zapisuje Twój cel, gdy tylko coś wpiszesz. Potem możesz wybrać datę i kroki.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twój cel zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>Chcę wybrać datę</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>Do kiedy chcesz to osiągnąć?</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>Kto Ci pomaga?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>Ten dzień już minął. To nic. Chcesz wybrać nowy dzień? Możesz to zrobić wyżej.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>Wybierz jeszcze, czego dotyczy twój cel. Wtedy Mapje go zapisze.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Wybierz, co jest ważne</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>Na pewno? Nie da się tego cofnąć.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>Jak idzie z tym celem?</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>Twój cel zostaje zapisany. Możesz do niego wrócić później.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>Małe kroki</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>Jaki może być mały pierwszy krok?</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>Jaki może być kolejny mały krok?</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Dodaj krok</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>Napisz własnymi słowami, co chcesz osiągnąć. Małe kroki pomagają.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>Nie masz jeszcze celów. To w porządku. Zacznij, kiedy zechcesz.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twoje cele zostają tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Nowy cel</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>Zachowaj w moim Mapje</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Odbierz z kiosku</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>Coś zostało zrobione w kiosku w urzędzie gminy? Przenieś to tutaj do swojego Mapje. Kiosk pokazuje kod.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>Zeskanuj kod aparatem</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>Albo wpisz kod z kiosku</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>Chwileczkę, szukamy kiosku.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>Spójrz na kiosk. Czy jest tam ten sam kod? Dotknij wtedy w kiosku ‘Tak, ten sam kod’.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>To przyszło z kiosku. Wybierz, co chcesz zachować. Jeszcze nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>Także to, co inni powiedzieli na Twojej tablicy</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>Gdy to jest wyłączone, zachowujesz tylko własne odpowiedzi.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>W Mapje jest już Twoja tablica. Której tablicy chcesz używać? Stara tablica zostaje wśród wcześniejszych tablic.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>Zapisz z tablicą z kiosku</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>Zapisz, ale zostaw moją tablicę</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>Zapisz w moim Mapje</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>Przerwij, nic nie zapisuj</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>Zeskanuj kod z kiosku</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>Trzymaj aparat przed kodem na ekranie kiosku.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>Aparat teraz nie działa. Wpisz kod z kiosku.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>Wpisz kod</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Zabierz na telefon</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>Chwileczkę, tworzymy kod.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>Chwileczkę, wysyłamy Twoją teczkę.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>Otwórz Mapje na telefonie. Wybierz ‘Odbierz z kiosku’. Zeskanuj ten kod albo wpisz kod poniżej.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>Kod QR do zeskanowania telefonem</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>Ważny jeszcze %1:%2.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>Czy na telefonie jest ten sam kod?</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>Czy to inny kod? Wybierz wtedy ‘Nie’. Wtedy nic nie wyślemy.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>Wysłane. Spójrz na telefon i wybierz, co chcesz zachować. Tutaj wszystko zostaje, dopóki nie dotkniesz ‘Gotowe — wymaż wszystko’.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>Tak, ten sam kod</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>Nie, inny kod</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>Pomoc przy długach z gminy (Schuldhulp)</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>Zespół dzielnicowy albo zespół socjalny (wijkteam)</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>Doradca budżetowy albo pomoc przy domowych papierach (budgetcoach / thuisadministratie)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>Juridisch Loket (pytania o Twoje prawa)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>Twój opiekun sprawy w gminie (klantmanager)</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>UWV (jeśli dostajesz zasiłek dla bezrobotnych WW albo świadczenie WIA z powodu niezdolności do pracy)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>Centrum wolontariatu (vrijwilligerscentrale)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>Taalhuis w bibliotece (nauka niderlandzkiego)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>Twoja spółdzielnia mieszkaniowa (woningcorporatie) albo wynajmujący</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>Zespół dzielnicowy (wijkteam)</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>Huurteam (pomoc przy problemach z czynszem)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>Juridisch Loket (porady prawne)</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>Twój lekarz rodzinny (huisarts)</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>Asystent w gabinecie Twojego lekarza rodzinnego (praktijkondersteuner)</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>Apteka</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>Pielęgniarka środowiskowa (wijkverpleging)</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>Twój lekarz rodzinny albo asystent w jego gabinecie</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>Telefon zaufania (rozmowa bez podawania imienia, w dzień i w nocy)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>Centrum dla Młodzieży i Rodziny (Centrum voor Jeugd en Gezin)</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (przy przemocy albo obawach o bezpieczeństwo w domu)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>Dom sąsiedzki (buurthuis) albo organizacja pomocy społecznej (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>Telefon zaufania (żeby po prostu porozmawiać)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>Organizacja pomocy społecznej w Twojej okolicy</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>Dom sąsiedzki (buurthuis)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>Punkt Wmo w gminie (zajęcia w ciągu dnia)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>Punkt Wmo w gminie (pomoc w domu)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>Bank żywności / voedselbank (jeśli nie masz pieniędzy na jedzenie)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Sociaal raadslieden (pomoc z listami i formularzami)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>Informatiepunt Digitale Overheid w bibliotece (pomoc w sprawach urzędowych przez internet)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>Punkt Wmo w gminie (transport albo sprzęt pomocniczy)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>Organizacja pomocy społecznej (kierowcy-wolontariusze)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>Twój lekarz rodzinny (jeśli przez zdrowie trudno Ci podróżować)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>Taalhuis w bibliotece (nauka języka)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>Organizacja pomocy społecznej (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>Punkt wsparcia dla opiekunów bliskich (steunpunt mantelzorg)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>Punkt Wmo w gminie (chwila odpoczynku od opieki)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>Opiekun duchowy (także dla osób niewierzących)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>Twoja wspólnota religijna</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>Wcześniejsze tablice</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>Nie masz jeszcze żadnej tablicy.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>Zobacz tę tablicę</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>Zobacz tablicę: %1</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>Ta tablica jest teraz otwarta.</translation>
    </message>
    <message>
        <source>Toon eerdere borden</source>
        <translation>Pokaż wcześniejsze tablice</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mój Mapje</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>O czym nie chcesz zapomnieć?</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>Mapje od razu zapisuje na tym urządzeniu wszystko, co wpisujesz.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Teraz nie da się zapisać. Twój tekst zostaje tutaj. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Zmień kod</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Trudne słowa</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>Nadszedł czas umówionego spotkania. Chcesz razem zobaczyć, co się zmieniło?</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Spójrz wstecz razem</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>Masz przypomnienie.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>Zobacz przypomnienie</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Umówione spotkania</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>Przygotuj się do spotkania</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>Zabierz swój Mapje</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Wybierz, co jest ważne</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Co czujesz?</translation>
    </message>
    <message>
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>Następny krok: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>Wróć do rozmowy</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>Rozmawiamy razem</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>Udostępnij gminie (%1 nowe)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Udostępnij gminie</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Co udostępniam?</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>To, co wpisujesz, zostaje tylko tutaj, dopóki nie skończysz. Potem to usuwamy.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>Zarządzanie kioskiem</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>Gmina: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Drukowanie jest wyłączone.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drukarka: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>Drukarka: domyślna drukarka tego komputera.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>Serwer gminy: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>Nie ustawiono serwera. Przenoszenie na telefon i udostępnianie gminie są wyłączone.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>Przenoszenie na telefon: włączone.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>Przenoszenie na telefon: wyłączone, bo brakuje tokenu kiosku.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>Po %1 sekundach bez dotyku kiosk pyta: Jesteś tu jeszcze? Po kolejnych %2 sekundach wszystko usuwa.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>Zakończ tryb kiosku</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Tak, zakończ</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>Nie, zostaw kiosk włączony</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>Kiosk się zatrzyma, a ekran będzie pusty. W instrukcji kiosku jest opisane, jak uruchomić go ponownie.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>Zarządzanie</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>To jest tylko dla pracownika punktu obsługi.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>PIN do zarządzania</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>Gotowe — usuń wszystko</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Zabierz na telefon</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>Usunąć wszystko?</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>Wszystko, co tu powstało, zniknie wtedy z tego ekranu.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>Chcesz to zachować? Najpierw zabierz to ze sobą.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>Tak, usuń wszystko</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>Nie, wróć</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Jesteś tu jeszcze?</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>Od dłuższej chwili nic nie robisz. Za %n sekundę usuniemy wszystko, co tu powstało.</numerusform>
            <numerusform>Od dłuższej chwili nic nie robisz. Za %n sekundy usuniemy wszystko, co tu powstało.</numerusform>
            <numerusform>Od dłuższej chwili nic nie robisz. Za %n sekund usuniemy wszystko, co tu powstało.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>Tak, nadal tu jestem</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>Skończone, usuń wszystko teraz</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>Tu przygotujesz własny przegląd na rozmowę z gminą.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>Ty wybierasz, co wpisujesz. Nie musisz niczego pokazywać.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>Skończone? Zabierz to ze sobą, a my usuniemy wszystko z tego ekranu.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Zacznij</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>Zarządzanie</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>Mapje nie może teraz zapisać tego wyboru. Wybór działa jednak, dopóki Mapje jest otwarte. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>Twój dochód, rachunki i długi.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>Czy dajesz radę płacić rachunki?</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>Czym się martwisz?</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>Co już dobrze idzie z pieniędzmi?</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Praca i nauka</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>Praca, wolontariat, szkoła albo kurs.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>Co dobrze Ci wychodzi?</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>Co chcesz robić albo czego chcesz się nauczyć?</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>Czego do tego potrzebujesz?</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Mieszkanie</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>Twój dom, okolica i bezpieczne mieszkanie.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>Jak Ci się mieszka w Twoim domu?</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>Czy czujesz się bezpiecznie w domu i w okolicy?</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>Co lubisz w miejscu, w którym mieszkasz?</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Ciało i zdrowie</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>Twoje ciało, ból, sen i ruch.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>Jak się czuje Twoje ciało?</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>Jak śpisz?</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>Co już robisz dla swojego zdrowia?</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Samopoczucie</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>Stres, zmartwienia, spokój i Twój nastrój.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>Jak się czujesz w ostatnim czasie?</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>Co daje Ci spokój?</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>Co Cię stresuje?</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>Twój partner lub partnerka, dzieci i rodzina.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>Jak jest w domu?</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>Do kogo w rodzinie możesz się zwrócić?</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>Co dobrze idzie w Twojej rodzinie?</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Przyjaciele i znajomi</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>Ludzie wokół Ciebie, żeby nie być samemu.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>Kto jest dla Ciebie ważny?</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>Z kim rozmawiasz, gdy jest trudno?</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>Czy chcesz mieć więcej czy mniej kontaktu z ludźmi?</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Twój dzień</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>Twój rytm dnia, to, co lubisz robić, i czas wolny.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>Jak wygląda Twój zwykły dzień?</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Co lubisz robić?</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>Co chcesz robić częściej?</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Samodzielność</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>Gotowanie, zakupy i prowadzenie domu.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>Co już dobrze Ci wychodzi samodzielnie?</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>Co sprawia Ci dużo trudności?</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>W czym chcesz pomocy?</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Poczta i urzędy</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>Listy, formularze i instytucje, na przykład gmina.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>Czy radzisz sobie ze swoją pocztą?</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>Które listy są dla Ciebie trudne?</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>Kto już pomaga Ci z papierami?</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>Docieranie na miejsce, podróże i transport.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>Czy możesz dotrzeć tam, gdzie chcesz?</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>Jak zwykle podróżujesz?</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>Co utrudnia Ci podróżowanie?</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Uczestnictwo</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>Udział w życiu okolicy, przynależność i język.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>Gdzie czujesz się u siebie?</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>Co chcesz robić razem z innymi?</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>Czy coś przeszkadza Ci brać udział?</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Opieka nad kimś</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>Opieka nad kimś bliskim albo pomoc komuś innemu.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>Kim się opiekujesz?</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>A jak Ty się masz przy tej opiece?</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>Kto Ci w tym pomaga?</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Sens życia</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>Wiara, marzenia i to, co Cię cieszy.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>Co Cię cieszy?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Co jest dla Ciebie ważne?</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>O czym marzysz?</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1, o godzinie %2</translation>
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
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>Wybierz</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>Mój Mapje</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>Ten Mapje należy do: %1. Został przygotowany przeze mnie w aplikacji Mapje dnia %2.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>Ten Mapje należy do: %1. Został przygotowany przeze mnie w aplikacji Mapje.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>Ten Mapje został przygotowany przeze mnie w aplikacji Mapje dnia %1.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>Ten Mapje został przygotowany przeze mnie w aplikacji Mapje.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>Kolejność jest moim własnym wyborem.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>%1 mówi:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>Dotyczy:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>Kto pomaga:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>Jak idzie:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>Kroki:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>Moje spotkanie</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>Gdzie:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>Z kim:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>Kto idzie ze mną:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>O co chcę zapytać?</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>Co chcę im przekazać?</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>Co biorę ze sobą?</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>Mój Mapje – %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>Mój Mapje · strona %1 z %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>Mój Mapje · %1 · strona %2 z %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>Osoba, która przygotowała ten Mapje</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>Tak, usuń</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>Nie, zachowaj</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>Wyjaśnienie: %1</translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Wyłączone</translation>
    </message>
</context>
<context>
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>Godzina</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>Minuta</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>Nad czym chcesz popracować najpierw?</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>Na górze połóż to, co jest dla Ciebie pierwsze. Przeciągnij albo użyj przycisków Wyżej i Niżej.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Miejsce %1: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Wyżej</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>Przesuń wyżej: %1</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Niżej</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>Przesuń niżej: %1</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>Połącz z gminą</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>Twój opiekun (klantmanager) dał ci kod.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Tym kodem łączysz Mapje z: %1.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>Co Mapje wysyła</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>Tylko to, co wybierzesz, jedna rzecz naraz. Najpierw widzisz dokładnie, co zostanie wysłane. Potem zawsze możesz to wycofać.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>Czego Mapje nigdy nie wysyła</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>Twój kod do otwierania Mapje, twój notatnik i wszystko, czego nie wybierzesz. To, co inni powiedzieli na twojej tablicy, idzie tylko wtedy, gdy to włączysz.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>Kod od twojego opiekuna</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Wcześniejsze rozmowy</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>Nie ma zapisanych wcześniejszych rozmów.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Rozmowa z dnia %1</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>Kto był: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>Karty: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>Usuń tę rozmowę</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>Chcesz usunąć tę rozmowę? To, co z niej zachowano, zostaje na Twojej tablicy i w Twoich celach.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>Zasłania ekran. Wszystko zostaje zapisane.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Jeszcze nic tu nie ma.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>Czy to należy do kogoś innego?</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>Należy do: %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>Nie zmieniaj</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>To twoje</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>Ktoś mi bliski</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>Ekspert przez doświadczenie</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>Dodaj inne osoby</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>Usuń z tablicy: %1</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>Kto dołącza?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Ktoś mi bliski</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Pracownik socjalny</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Ekspert przez doświadczenie</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Imię (można zostawić puste)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>Co robi pracownik socjalny? A ekspert przez doświadczenie?</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>Ktoś inny też może wpisać, co myśli. Tylko przy tym, co wybierasz Ty. Zawsze możesz to ukryć albo usunąć.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Uzupełnij</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>Wpisz, co myśli %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>Wesoło</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>Smutno</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Jeszcze nie wiem</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>Sprawdź swój Mapje</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>Dokładnie tak będzie to wyglądać w pliku albo na papierze. Sprawdź to spokojnie.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>Trwa przygotowanie Twojego Mapje.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>Strona %1 Twojego Mapje</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>Tak, zapisz jako PDF</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>Tak, wydrukuj</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>Gdzie chcesz zapisać swój Mapje?</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>Miejsce: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>Dokładnie tak będzie to wyglądać na papierze. Sprawdź to spokojnie.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>Gdzie: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Z kim: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>Zabierz: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>Dodaj do moich spotkań</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>Dodaj do moich terminów</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Nie mogę przyjść</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Propozycje gminy</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>Przyjmij to, co ci pasuje. Wtedy pojawi się w twoich spotkaniach lub terminach, z przypomnieniem. Nie pasuje? Poproś o inny termin.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>Gmina jeszcze niczego nie zaproponowała.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Co teraz dzieje się z moim wnioskiem?</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Czy mogę kogoś ze sobą zabrać?</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Czy mogę dostać to na piśmie?</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Kiedy dostanę odpowiedź?</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Do kogo mogę zadzwonić, jeśli mam pytanie?</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Co teraz muszę zrobić po swojej stronie?</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Czy można to wyjaśnić jeszcze raz?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>Przestań czytać na głos</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Przeczytaj na głos</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Umówione spotkanie</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Umówione spotkanie – %1</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>Spotkanie – %1</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>Mały krok: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>Na dziś masz zaplanowane coś małego. Zajrzyj do Mapje, kiedy Ci pasuje.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Masz dziś spotkanie. Zajrzyj do Mapje, kiedy Ci pasuje.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Jutro masz spotkanie. Zajrzyj do Mapje, kiedy Ci pasuje.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Wkrótce masz spotkanie. Zajrzyj do Mapje, kiedy Ci pasuje.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>Na razie nie będzie żadnego przypomnienia.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>Przypomnienia są wyłączone.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>Przyszedł czas na to przypomnienie.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>Dostaniesz przypomnienie: %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>Za godzinę</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>Przypomnij mi za godzinę: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>Przypomnij mi jutro: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Przeczytane</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>Przeczytane: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>Wyłącz to przypomnienie: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>Tak chcę dostawać przypomnienia</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>Włącz przypomnienia</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>Powiadomienie nigdy nie mówi, czego dotyczy. Tylko tyle, że coś masz.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>Ciche godziny: wtedy nie dostajesz powiadomień.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>Ciche godziny od</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>Ciche godziny do</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>Tutaj nie da się pokazać powiadomień na ekranie. Przypomnienia zobaczysz w Mapje.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>Dodaj spotkania do kalendarza</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>Twoje prawa na spotkaniu</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>W kontaktach z gminą masz swoje prawa. Są zapisane w przepisach, głównie w Awb (ustawa o prawie administracyjnym) i w AVG (RODO). Tu przeczytasz o czterech ważnych prawach.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>Możesz kogoś zabrać ze sobą</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>Możesz zabrać kogoś ze sobą na spotkanie. Na przykład partnera, przyjaciela, eksperta przez doświadczenie (ervaringswerker) albo doradcę socjalnego (sociaal raadslid). Ta osoba może Ci pomagać. Ta osoba mówi w Twoim imieniu? Wtedy gmina może poprosić o upoważnienie (machtiging).</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Podstawa prawna: Awb, artykuł 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>Możesz poprosić o to na piśmie</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>Decyzja gminy jest zawsze na piśmie, na przykład w liście. To, co ktoś mówi przy okienku, nie jest jeszcze decyzją. Dlatego zapytaj: „Czy mogę dostać to na piśmie?”</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Podstawa prawna: Awb, artykuł 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>Możesz nie zgadzać się z decyzją</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>Nie zgadzasz się z decyzją? Wtedy możesz złożyć sprzeciw (bezwaar). Robisz to w ciągu sześciu tygodni. Te sześć tygodni liczy się od dnia po tym, jak decyzję wysłano albo przekazano.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>Napisz list albo użyj formularza gminy. Wpisz w nim:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>swoje imię, nazwisko i adres</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>datę</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>jakiej decyzji to dotyczy</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>dlaczego się z nią nie zgadzasz</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>swój podpis</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>Potrzebujesz pomocy? Doradca socjalny (sociaal raadslid) albo Juridisch Loket pomoże Ci za darmo. Zachowaj kopię swojego listu.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Podstawa prawna: Awb, artykuły 6:5, 6:7 i 6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>Możesz zobaczyć, co gmina o Tobie wie</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>Możesz zapytać, jakie dane gmina o Tobie przechowuje. To się nazywa prawo wglądu (inzagerecht). Odpowiedź dostaniesz w ciągu miesiąca. Trwa to dłużej? Wtedy dowiesz się dlaczego. To nic nie kosztuje.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Podstawa prawna: AVG, artykuł 15 i artykuł 12 ustęp 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Masz wątpliwości? Zapytaj doradcę socjalnego (sociaal raadslid) albo Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>Ustaw Mapje tak, żeby łatwiej się czytało. Zmianę widać od razu. Mapje zapamięta Twój wybór.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>Czarne litery na białym tle, z grubymi ramkami.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>Wielkość liter</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>Wielkość liter %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>Mniej ruchu</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>Ekrany zmieniają się od razu, bez ruchu.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>Przykład: tak wygląda tekst w Mapje. Czy dobrze się to czyta?</translation>
    </message>
    <message>
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>Szybkość czytania na głos</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>Wolno</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>Normalnie</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>Szybko</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>Mapje nie może teraz zapisać tego wyboru. Wybór działa jednak, dopóki Mapje jest otwarte. Mapje za chwilę spróbuje jeszcze raz.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>Pauza, gdy nikt nie patrzy</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>Rozmawiasz z innymi i ktoś przechodzi do innego okna? Wtedy Mapje może zakryć ekran.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>Po %1 sekundach</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>Po %n minucie</numerusform>
            <numerusform>Po %n minutach</numerusform>
            <numerusform>Po %n minutach</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>Ustaw Mapje tak, żeby łatwiej się czytało. Zmianę widać od razu. Twój wybór obowiązuje, dopóki nie skończysz.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>Twoja tablica z dnia %1.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>Notatka: „%1”</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Jeszcze nic nie wpisano.</translation>
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
        <translation>Nie wybrano jeszcze obszarów życia.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>Twój cel w obszarze %1: „%2”</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>Kiedy: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>Kto pomaga: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>Krok, zrobione: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>Krok: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>Spotkanie: %1</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>Twoje spotkanie: %1.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>Gdzie: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>Z kim: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>Twoje pytanie: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>Zabierasz: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>Termin: %1</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>Umówiony termin: %1.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>Jeszcze nie zapisano, co się zmieniło.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>Co się zmieniło: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Udostępnij gminie</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>To trafi do: %1:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>Także to, co inni powiedzieli na mojej tablicy</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>Gdy to jest wyłączone, idą tylko twoje własne odpowiedzi.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>Coś się później zmieni? Wtedy Mapje najpierw zapyta, czy chcesz udostępnić nową wersję. Zawsze możesz to wycofać.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>Tak, udostępnij to</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>Nie, nie udostępniaj</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>Możesz to tutaj wycofać, dopóki nie skończysz. Potem zrobi to już tylko Twój opiekun sprawy (klantmanager).</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>Zmieniono to po udostępnieniu. Gmina widzi jeszcze poprzednią wersję.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>Udostępnij nową wersję</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Udostępnij gminie</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>Twoja tablica: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>Udostępnij gminie nową tablicę</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>Udostępnij gminie swoją tablicę</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Co udostępniam?</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>Nic jeszcze nie udostępniono. Wszystko jest tylko na tym urządzeniu.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>Teraz udostępnione gminie</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>Co zostało wysłane wcześniej</translation>
    </message>
    <message>
        <source>%1, op %2.</source>
        <extracomment>How and when something left the device, e.g. &quot;Gedeeld met Gemeente Eindhoven, op …&quot;.</extracomment>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Udostępnij gminie</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>To Mapje nie jest połączone z gminą. Wszystko zostaje na tym urządzeniu. Możesz zapisać swoją teczkę (mapje) jako PDF albo ją wydrukować.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>Możesz połączyć Mapje z: %1. Wtedy wybierasz, co udostępniasz, jedna rzecz naraz. Zawsze najpierw widzisz, co zostanie wysłane.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>Połącz za pomocą kodu</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>Wyślij i pobierz teraz</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>Gmina coś proponuje. Sprawdź, czy ci to pasuje.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Propozycje gminy</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Co udostępniam?</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>Zakończ połączenie</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>Chcesz zakończyć połączenie z: %1? Gmina usunie wtedy wszystko, co udostępniono. W twoim Mapje wszystko zostanie.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Tak, zakończ</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>Nie, zostaw połączenie</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Odbierz z kiosku</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mój Mapje</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 z %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Następny</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>Kto teraz mówi?</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>Przypomnij mi</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>Przypomnij mi: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>Którego dnia?</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>Usuń krok: %1</translation>
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
        <translation>%1 o obszarze %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Moje spotkanie</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>Moje spotkanie – %1</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>Coś zmienić: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Zabierz swój Mapje</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>Co jest dla mnie ważne</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>Moje cele</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Moje spotkanie</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>Wybierz, co chcesz pokazać. Do Twojego Mapje trafi tylko to, co jest włączone.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>Nie ma jeszcze nic do zabrania. Zacznij od swojej tablicy.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>Twoje imię na górze (jeśli chcesz)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>Zapisz albo wydrukuj</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Jeszcze nie wysłano. Spróbujemy później jeszcze raz.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>Udostępniono: %1.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>Jeszcze nie wycofano, spróbujemy ponownie.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>Gmina nie mogła przyjąć tej wersji. Możesz ją zmienić i udostępnić ponownie albo ją wycofać.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>Wycofano: %1.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>Nie udostępniono.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>Udostępniono: %1</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>Wycofano z: %1</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>Zapisano jako PDF w: %1</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Umówiony termin</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>Przygotowanie do spotkania</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>Udało się. Mapje jest połączone.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>Ten kod nie działa. Sprawdź, czy dobrze go przepisano. Kod działa jeden raz i przez krótki czas. W przeciwnym razie poproś opiekuna o nowy kod.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>Teraz nie ma połączenia z gminą. Spróbuj później jeszcze raz. Twój kod zostaje.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>Próbowano już wiele razy. Poczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>To Mapje nie jest ustawione dla gminy. Zapytaj opiekuna, co możesz zrobić.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>Gmina proponuje spotkanie</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>Gmina proponuje termin, żeby razem zobaczyć, jak idzie</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>Przyjęto to spotkanie. Znajdziesz je w spotkaniach.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>Przyjęto ten termin. Znajdziesz go w umówionych terminach.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>Poproszono o inny termin. Wysłano: %1.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Poproszono o inny termin. Jeszcze nie wysłano. Spróbujemy później jeszcze raz.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Twoja tablica</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>Odłożono tę propozycję. Nadal możesz ją przyjąć.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>Tutaj pojawi się to, co tworzysz i na co się umawiasz.</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje potrzebuje aktualizacji</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>Twoje dane pochodzą z nowszej wersji Mapje.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>Zainstaluj najnowszą wersję. Wtedy znów otworzysz swoje dane.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>Twoje dane są bezpieczne. Mapje niczego w nich nie zmienia.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>Witaj ponownie</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>Wpisz kod PIN albo frazę hasła</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>Kod kilka razy się nie zgadzał. Dlatego Mapje chwilę czeka.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>Chwileczkę. Mapje otwiera Twoje dane.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>Nie pamiętasz kodu?</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Wygląd: wielkość tekstu i kontrast</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>Witaj w Mapje</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>Z Mapje przygotujesz się do rozmowy z gminą.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>To Ty wybierasz, co jest ważne, własnymi słowami.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>Wszystko zostaje na tym urządzeniu, bezpiecznie zamknięte.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Zaczynamy</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Wygląd: wielkość tekstu i kontrast</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Trudne słowa</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>Chcesz wycofać to z gminy? Zostanie tam usunięte. W twoim Mapje zostanie.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>Tak, wycofaj</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>Nie, zostaw</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>Najpierw napisz, co chcesz zabrać.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>To już jest na Twojej liście.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>Najpierw wybierz dzień spotkania. Wtedy Mapje może ci o nim przypomnieć.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1, godzina jeszcze nie wybrana</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Tylko Ty wybierasz obszary życia i ich kolejność.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>To się nie udało. Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 jest teraz na miejscu %2 z %3.</translation>
    </message>
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>To, co ktoś myśli, można dodać tylko do obszaru życia wybranego przez Ciebie.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>Twoje zdanie zostaje na tablicy.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>Swojego zdania nie możesz ukryć. Ale możesz je usunąć.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>Ta osoba już coś tu wpisała. Jeśli to się nie zgadza, najpierw to usuń.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>%1: nie było jeszcze wybranego obszaru życia.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>%1 – Twój wybór: %2.</translation>
    </message>
</context>
<context>
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>Teraz nie da się zapisać. Może nie ma już miejsca. Twoje dane w Mapje są bezpieczne.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>Gotowe. Plik jest w folderze %1. Otwórz go, żeby dodać spotkania do kalendarza.</translation>
    </message>
</context>
<context>
    <name>mapje::ConversationController</name>
    <message>
        <source>%1 bij %2</source>
        <extracomment>What she kept at the closing: %1 is who said it, %2 the leefgebied.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>ty</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>ktoś bliski</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>pracownik socjalny</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>ekspert przez doświadczenie</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>Najpierw napisz własnymi słowami, czego chcesz.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>Cel zawsze dotyczy czegoś, co jest wybrane na Twojej tablicy.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>Cel potrzebuje słów. Twoje wcześniejsze słowa są zapisane.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>To się nie udało. Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>Najpierw napisz kilka słów. Wtedy Mapje to zapisze.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>Ten kod się nie zgadza. Spójrz jeszcze raz na ekran kiosku.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>To nie jest kod z kiosku Mapje.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>To nie działa na tym urządzeniu. Nic nie zostało pobrane.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Ten kod nie pasuje do zeskanowanego kiosku. Nic nie zostało pobrane. Poproś w kiosku o nowy kod.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Czas minął. Nic nie zostało pobrane. Wybierz w kiosku jeszcze raz ‘Zabierz na telefon’.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>Mapje nie może odczytać tego, co przyszło. Nic nie zostało zapisane. Zacznij od nowa w kiosku.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Twoja tablica</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>Cel: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>Zapisane w Twoim Mapje: tablica i cele (%n).</numerusform>
            <numerusform>Zapisane w Twoim Mapje: tablica i cele (%n).</numerusform>
            <numerusform>Zapisane w Twoim Mapje: tablica i cele (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>Zapisane w Twoim Mapje: tablica.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>Zapisane w Twoim Mapje: cele (%n).</numerusform>
            <numerusform>Zapisane w Twoim Mapje: cele (%n).</numerusform>
            <numerusform>Zapisane w Twoim Mapje: cele (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>Nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Ten kod już nie działa: czas minął albo kiosk przerwał. Nic nie zostało pobrane. Poproś w kiosku o nowy kod.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Inny telefon użył już tego kodu. Nic nie zostało pobrane. Wybierz w kiosku jeszcze raz ‘Zabierz na telefon’.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>Wypróbowano za dużo kodów. Odczekaj kwadrans i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>Teraz nie ma połączenia. Sprawdź, czy internet jest włączony, i spróbuj ponownie. Nic nie zostało pobrane.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Teraz to nie działa. Nic nie zostało pobrane. Poproś w kiosku o nowy kod.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>Nie ma jeszcze nic do zabrania. Najpierw wybierz obszary życia albo zapisz cel.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>Zabranie z tego kiosku teraz nie działa. Możesz wydrukować swoją teczkę.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Czas minął. Nic nie zostało wysłane. Dotknij jeszcze raz ‘Zabierz na telefon’, aby dostać nowy kod.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>Wysyłanie się nie udało. Teraz nie ma połączenia. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Kody nie były takie same. Nic nie zostało wysłane. Dotknij jeszcze raz ‘Zabierz na telefon’, aby dostać nowy kod.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Czas minął albo kod już nie działa. Nic nie zostało wysłane. Dotknij jeszcze raz ‘Zabierz na telefon’, aby dostać nowy kod.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Inny telefon użył już tego kodu. Nic nie zostało wysłane. Dotknij jeszcze raz ‘Zabierz na telefon’, aby dostać nowy kod.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>Teraz nie ma połączenia z gminą. Nic nie zostało wysłane. Spróbuj za chwilę albo wydrukuj swoją teczkę.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>Poczekaj chwilę. Potem możesz spróbować ponownie.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>Ten PIN jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Drukowanie jest wyłączone.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>Drukarka %1 jest gotowa.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>Drukarka %1 właśnie drukuje.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>Drukarka %1 zgłasza błąd. Sprawdź drukarkę.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Nie znaleziono drukarki. Sprawdź, czy jest włączona i dodana w CUPS.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Nie znaleziono drukarki %1. Sprawdź, czy jest włączona i dodana w CUPS.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>Drukowanie nie działa: brakuje modułu do drukowania.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>Sprawdzanie serwera …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>Serwer odpowiada.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>Serwer nie odpowiada. Sprawdź, czy sieć działa.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>Serwer odpowiada błędem (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>Na tym urządzeniu nie da się czytać na głos w tym języku. Nie ma głosu dla tego języka.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>Na tym urządzeniu nie da się czytać na głos. Nie ma zainstalowanego głosu.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>Teraz nie da się zapisać. Może nie ma już miejsca. Twój Mapje w aplikacji jest bezpieczny.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>Nie znaleziono drukarki. Zapisz swój Mapje jako plik. Wtedy możesz go wydrukować gdzie indziej.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>Teraz nie da się drukować. Sprawdź, czy drukarka jest włączona. Twój Mapje w aplikacji jest bezpieczny.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>Twój Mapje jest wysyłany do drukarki.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>Twój Mapje jest wysyłany do drukarki %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>Twój Mapje jest w folderze %1, w folderze Mapje.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>Plik nazywa się %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>Pobrane</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>Nie znaleziono drukarki. Zapytaj w punkcie obsługi.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>Twoje połączenie z: %1 jest kończone. Dajemy znać gminie. Nic więcej tam nie trafi.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje jest połączone z: %1 od %2.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>Gmina zakończyła połączenie. To, co udostępniono, zostało tam usunięte. Wszystko jest nadal w twoim Mapje.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>Wszystko, co udostępniasz, dotarło do gminy.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n rzecz jeszcze nie wysłana.</numerusform>
            <numerusform>%n rzeczy jeszcze nie wysłane.</numerusform>
            <numerusform>%n rzeczy jeszcze nie wysłanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n rzecz jeszcze nie wycofana.</numerusform>
            <numerusform>%n rzeczy jeszcze nie wycofane.</numerusform>
            <numerusform>%n rzeczy jeszcze nie wycofanych.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>Spróbujemy później jeszcze raz.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>Najpierw wpisz kod od swojego opiekuna.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>Chwileczkę, Mapje się łączy…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>Twoja tablica</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>Nie było jeszcze wybranego obszaru życia.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>Twój wybór: %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: cel – %2</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>Nowy cel – %1</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>Umówione spotkanie, jeszcze przed Tobą</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>Umówione spotkanie – %1, jeszcze przed Tobą</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Umówione spotkanie</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Umówione spotkanie – %1</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>Wpisz kod PIN z co najmniej 5 cyfr.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>Kod PIN ma co najmniej 5 cyfr.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>Ten kod PIN łatwo zgadnąć. Wybierz inne cyfry.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>Fraza hasła ma co najmniej 8 znaków.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>Możesz spróbować ponownie za %n minutę.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n minuty.</numerusform>
            <numerusform>Możesz spróbować ponownie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>Coś poszło nie tak. Nic nie zostało zapisane. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>Najpierw wpisz kod PIN albo frazę hasła.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>Ten kod się nie zgadza. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>Coś poszło nie tak. Twoje dane są bezpieczne. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>Twój nowy kod jest zapisany.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>Twój obecny kod się nie zgadza. Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>Twój tekst nie jest jeszcze zapisany. Mapje za chwilę spróbuje jeszcze raz. Potem możesz zablokować Mapje.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>Mapje nie zdołał usunąć wszystkiego. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>Plik z twoimi danymi zniknął.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>Plik z twoimi danymi jest pusty.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>W miejscu twoich danych jest skrót. Mapje go nie otwiera.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje nie ma dostępu do pliku z twoimi danymi.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Plik jest uszkodzony albo nie należy do Mapje.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>Twoje urządzenie jest pełne. Mapje nie może teraz nic zapisać. Zwolnij trochę miejsca.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje nie może teraz nic zapisać w folderze z twoimi danymi.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>Mapje nie może teraz nic zapisać. Twoje dane są bezpieczne.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>Twój nowy kod nie został zapisany. Stary kod nadal działa.</translation>
    </message>
</context>
</TS>
