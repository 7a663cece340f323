<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>A token can only go on a life area that you chose.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Only you choose the life areas and their order.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>Your own tokens stay on the board.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>You cannot hide your own token. You can take it away.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>That did not work. Nothing has changed.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 is now in place %2 of %3.</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Your board: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>Your board is still empty. Drag a life area here.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>On %1 you did not choose a life area yet.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>On %1 you chose: %2.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>On your board you choose what matters to you. You go at your own pace.</translation>
    </message>
    <message>
        <source>Maak je bord</source>
        <translation>Make your board</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>Your board from %1</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. Your board stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Choose what matters</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>How does it feel?</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>What comes first?</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>Add other people</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>Earlier boards</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>New board for today</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>You have not chosen a life area yet.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>No token yet.</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>Change your code</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>The two new codes are not the same. Please type them again.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>Your current code</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>Type your new code again</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>Save new code</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>Your new code</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>Choose at least 5 numbers, or a passphrase of at least 8 characters.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>One moment, please. Mapje is locking your information again.</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>What matters to you?</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>Tap what matters to you, or drag it onto your board. Choose as many as you like.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>Type your code again</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>The two codes are not the same. Please choose your code again.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>A passphrase is a few words that are easy for you to remember. Use at least 8 characters.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>You use this code to open Mapje. Choose at least 5 numbers.</translation>
    </message>
    <message>
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>If you forget your code, nobody can get your information back. Not even us. This also means that nobody else can get in.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>Hide what I type</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>One moment, please. Mapje is locking your information.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>Save code</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>I would rather use a PIN</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>I would rather use a passphrase</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje cannot open your information</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>The file is damaged, or it does not belong to Mapje.</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>Mapje has put the file to one side. Mapje did not delete anything.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>You can start again with an empty Mapje.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>You can find the file here: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Questions to think about</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Where can you go?</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>Take off my board</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>Put on my board</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>DomainTile</name>
    <message>
        <source>Gekozen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>What does this mean?</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>What does %1 mean?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>Token of %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>You have not chosen a life area yet. First choose what matters.</translation>
    </message>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>How does it feel here?</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>How does %1 see it here?</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>Happy</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don't know</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>Do you want to change something here?</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>Does %1 think something should change here?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>I don't know yet</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Do you want to say something about it? You can, but you don't have to.</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
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
        <translation>%1: hidden</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. Change: %3.</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Laat de fiche van %1 zien</source>
        <translation>Show the token of %1</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>Hide the token of %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>Remove the token of %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Forgot your code?</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>Nobody can get your code back. Not even us. This way, your information stays yours.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>You can start again with an empty Mapje. Then Mapje deletes everything you saved.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>Go back, I will try again</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Delete everything and start again</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>Working on it</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>Stopped</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>Debt help from the municipality</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>The neighbourhood team or social team</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>A budget coach or home paperwork helper</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>The Legal Services Counter (Juridisch Loket: questions about your rights)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>Your case manager at the municipality</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>UWV (if you get unemployment or disability benefit)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>A volunteer centre</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>A Language House in the library (to learn Dutch)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>Your housing association or landlord</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>The neighbourhood team</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>A tenants&apos; team (help with rent problems)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>The Legal Services Counter (Juridisch Loket)</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>Your GP</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>The practice nurse at your GP</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>The pharmacy</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>The district nurse</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>Your GP or the practice nurse</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>A listening line (talk without giving your name, day and night)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>The Youth and Family Centre (CJG)</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (for violence or worries about safety at home)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>The community centre or the welfare organisation</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>A listening line (just to talk)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>The welfare organisation in your area</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>The community centre</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>The municipality&apos;s Wmo desk (day activities)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>The municipality&apos;s Wmo desk (help at home)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>The food bank (if you have no money for food)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Social advisers (help with letters and forms)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>The Digital Government Information Point in the library</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>The municipality&apos;s Wmo desk (transport or an aid)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>The welfare organisation (volunteer drivers)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>Your GP (if your health makes travelling hard)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>A Language House in the library</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>The welfare organisation</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>The carers&apos; support centre</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>The municipality&apos;s Wmo desk (a break from caring)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>A spiritual counsellor (also if you are not religious)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>Your faith community</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>Earlier boards</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>You have not made a board yet.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>Look at this board</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>Look at the board of %1</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>This board is open now.</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>My Mapje</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>What do you want to remember?</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>Mapje saves everything you type on this device straight away.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. Your text stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Change your code</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Money</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>Your income, your bills and debts.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>Are you managing to pay your bills?</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>What are you worried about?</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>What is already going well with money?</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Work and learning</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>Work, volunteering, school or a course.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>What are you good at?</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>What would you like to do or learn?</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>What do you need for that?</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>Your home, your neighbourhood and living safely.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>What is it like to live in your home?</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>Do you feel safe in your home and neighbourhood?</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>What do you like about where you live?</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Body and health</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>Your body, pain, sleep and exercise.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>How is your body doing?</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>How are you sleeping?</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>What do you already do for your health?</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>How you feel</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>Stress, worries, calm and your mood.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>How have you been feeling lately?</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>What helps you feel calm?</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>What makes you feel stressed?</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Family</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>Your partner, your children and the rest of your family.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>How are things at home?</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>Who in your family can you turn to?</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>What is going well in your family?</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Friends and contacts</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>People around you, so you are not alone.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>Who is important to you?</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>Who do you talk to when things are hard?</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>Would you like more or less contact with people?</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Your day</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>Your daily routine, things you like to do and free time.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>What does a normal day look like for you?</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>What do you like doing?</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>What would you like to do more often?</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Doing things yourself</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>Cooking, food shopping and housework.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>What do you already manage well on your own?</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>What do you find hard?</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>What would you like help with?</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Post and paperwork</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>Letters, forms and organisations, like the municipality.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>Are you managing to deal with your post?</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>Which letters do you find difficult?</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>Who already helps you with paperwork?</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Getting around</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>Getting places, travelling and transport.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>Can you get to the places you want to go?</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>How do you usually travel?</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>What makes travelling hard for you?</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>Taking part in your neighbourhood, belonging and language.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>Where do you feel welcome?</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>What would you like to do with other people?</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>Is anything stopping you from taking part?</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Caring for someone</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>Looking after someone close to you, or helping someone else.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>Who do you care for?</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>How are you doing yourself, with all the caring?</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>Who helps you with it?</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>What gives your life meaning</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>Faith, dreams and what makes you happy.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>What makes you happy?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>What is important to you?</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>What do you dream of?</translation>
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
        <translation>On</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>What do you want to work on first?</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>Put what comes first for you at the top. Drag, or use Higher and Lower.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Higher</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>Move %1 higher</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>Move %1 lower</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>Me</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>Someone close to me</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>Support worker</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>Peer worker</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>Add other people</translation>
    </message>
    <message>
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>Someone else can also put down a token. Only on what you chose. You can hide or remove any token.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>Put down tokens</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>Put down tokens for %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>Take %1 off the board</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>Who joins?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Someone close to me</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Support worker</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Peer worker</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>First name (you can leave it empty)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>Happy</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>Sad</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>I don&apos;t know yet</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>Make Mapje easier to read. You see the change at once. Mapje remembers your choice.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>Black letters on white, with thick borders.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>Letter size</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>Letter size %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>Less motion</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>Screens change at once, without moving.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>Example: this is how text looks in Mapje. Is it easy to read?</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje needs an update</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>Your information comes from a newer version of Mapje.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>Please install the newest version. Then you can open it again.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>Your information stays safe. Mapje does not change any of it.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>Type your PIN or passphrase</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>The code was not right a few times. So Mapje waits for a little while.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>One moment, please. Mapje is opening your information.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>Forgot your code?</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Display: text size and contrast</translation>
    </message>
</context>
<context>
    <name>VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>Type a PIN of at least 5 numbers.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>A PIN has at least 5 numbers.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>This PIN is easy to guess. Please choose other numbers.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>A passphrase has at least 8 characters.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>You can try again in %n second.</numerusform>
            <numerusform>You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>You can try again in %n minute.</numerusform>
            <numerusform>You can try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>Something went wrong. Nothing was saved. Please try again.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>First type your PIN or passphrase.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>That code did not work. Please try again.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>Something went wrong. Your information is safe. Please try again.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>Your new code is saved.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>Your current code did not work. Nothing has changed.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>Your text is not saved yet. Mapje will try again in a moment. After that, you can lock Mapje.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>Mapje could not delete everything. Please try again.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>Welcome to Mapje</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>Mapje helps you get ready for your meeting with the municipality.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>You choose what matters, in your own words.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>Everything stays on this device, safely locked.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Display: text size and contrast</translation>
    </message>
</context>
</TS>
