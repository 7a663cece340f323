<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak je bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainTile</name>
    <message>
        <source>Gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s name with their role, e.g. &quot;Sanne (ervaringswerker)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat de fiche van %1 zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mapje</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
