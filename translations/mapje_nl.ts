<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Alleen jij kiest de leefgebieden en de volgorde.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>Jouw eigen fiches blijven op het bord.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</translation>
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
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Je bord: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>Je bord is nog leeg. Sleep een leefgebied hierheen.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
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
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</translation>
    </message>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>Je hebt nog geen leefgebied gekozen.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Plaats %1: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>Nog geen fiche.</translation>
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
        <source>Terug</source>
        <translation>Terug</translation>
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
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</translation>
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
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Het bestand is beschadigd, of het hoort niet bij Mapje.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 en %2</translation>
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
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>Fiche van %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</translation>
    </message>
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
        <translation>%1: verborgen</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. Veranderen: %3.</translation>
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
        <source>Laat de fiche van %1 zien</source>
        <translation>Laat de fiche van %1 zien</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>Verberg de fiche van %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Haal weg</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>Haal de fiche van %1 weg</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Code vergeten?</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>Terug, ik probeer het nog eens</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Wis alles en begin opnieuw</translation>
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
        <source>Terug</source>
        <translation>Terug</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Terug</translation>
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
        <translation>Aan</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Uit</translation>
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
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>Fiches leggen</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>Fiches leggen voor %1</translation>
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
        <source>Terug</source>
        <translation>Terug</translation>
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
    <name>VaultController</name>
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
</context>
</TS>
