<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>Żeton można położyć tylko na obszarze życia wybranym przez Ciebie.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Tylko Ty wybierasz obszary życia i ich kolejność.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>Twoje własne żetony zostają na tablicy.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>Swojego żetonu nie możesz ukryć. Ale możesz go zdjąć.</translation>
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
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Twoja tablica: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>Twoja tablica jest jeszcze pusta. Przeciągnij tu obszar życia.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
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
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>Na swojej tablicy wybierasz, co jest dla Ciebie ważne. Robisz to we własnym tempie.</translation>
    </message>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>Nie masz jeszcze wybranego obszaru życia.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Miejsce %1: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>Jeszcze bez żetonu.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Wstecz</translation>
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
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>Jeśli zapomnisz kodu, nikt nie odzyska Twoich danych. My też nie. Dzięki temu nikt inny nie zajrzy do Twojego Mapje.</translation>
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
        <source>Terug</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje nie może otworzyć Twoich danych</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Plik jest uszkodzony albo nie należy do Mapje.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Wstecz</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 i %2</translation>
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
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>Żeton: %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Nie masz jeszcze wybranego obszaru życia. Najpierw wybierz, co jest ważne.</translation>
    </message>
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
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s name with their role, e.g. &quot;Sanne (ervaringswerker)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: ukryte</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. Zmiana: %3.</translation>
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
        <source>Laat de fiche van %1 zien</source>
        <translation>Pokaż żeton: %1</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>Ukryj żeton: %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>Usuń żeton: %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Nie pamiętasz kodu?</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>Nikt nie odzyska Twojego kodu. My też nie. Dzięki temu Twoje dane należą tylko do Ciebie.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Możesz zacząć od nowa z pustym Mapje. Wtedy Mapje usunie wszystkie zapisane dane.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>Wróć, spróbuję jeszcze raz</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Usuń wszystko i zacznij od nowa</translation>
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
        <source>Terug</source>
        <translation>Wstecz</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Wstecz</translation>
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
    <name>Main</name>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
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
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>Ktoś inny też może położyć żeton. Tylko na tym, co wybierasz Ty. Każdy żeton możesz ukryć albo zdjąć.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>Połóż żetony</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>Żetony kładzie: %1</translation>
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
    <name>ReadAloudController</name>
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
        <source>Terug</source>
        <translation>Wstecz</translation>
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
    <name>VaultController</name>
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
</context>
</TS>
