<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>Make a goal</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>First choose on your board what matters. Then you can make a goal here.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>What do you want to reach? You can change the words.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>What is your goal about?</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>Make this goal</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>Now choose what your goal is about. Then you can make the goal.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>A step for a goal</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>You do not have a goal yet. First make a goal.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>What is the step? You can change the words.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>Which goal does the step belong to?</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>Add the step to this goal</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>After the appointment</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>Your appointment has not happened yet. You can fill this in later.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Write it in your own words. It can be short.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. What you wrote stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>Do you want to do something with it? You don&apos;t have to.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Make it a goal</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>Make it a step for a goal</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>Plan a new check-in</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>The step has been added to your goal.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>Never mind</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>What do I bring?</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>Tick what you have already got ready. Is there something you do not need? Then remove it.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>Remove from your list: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>Do you want to bring anything else?</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>Add to your list</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>There is nothing on your list yet. Choose below what you will bring, or write it yourself.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>Papers people are often asked for. Tick what you will bring:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>I will bring: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>First choose the day of your appointment. Then Mapje can remind you of it.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>Prepare for an appointment</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>When is your appointment?</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>What time?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Remind me about this</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>One day before and one hour before.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>Where and with whom?</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>Where is your appointment?</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>Who will you talk to?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>For example your client manager or caseworker. Write down the name if you know it.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>What do I want them to know?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>What matters to you? Write it in your own words.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>Who is going with you?</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>You may bring someone. For example your partner, a friend, a peer worker or a social adviser.</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>Who is going with you? (You don&apos;t have to bring anyone.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>You are ready for your appointment.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>You can still change everything. Mapje saves it straight away.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. What you wrote stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>What are your rights at an appointment?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>What you want to ask:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>You have not chosen a day for your appointment yet. Do you know the day? Then choose it at question 1. Everything else is saved.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>Choose the day</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>One day before. Do you also choose a time? Then also one hour before.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>I can&apos;t come</translation>
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
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>Change</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>Change question: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>Done changing</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>Ask earlier</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>Ask earlier: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>Ask later</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>Ask later: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>Remove question: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>What do I want to ask?</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>Write down your questions. Then you will not forget them during the meeting.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>What do you want to ask?</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>What else do you want to ask?</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>Questions that many people ask. Choose one if you like:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>Add question: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Remove this appointment</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>Do you want to remove this appointment? Your questions and your list will also be removed. You cannot undo this.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>Do you have an appointment with a client manager or caseworker? Prepare for your meeting here, at your own pace.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>You have not prepared an appointment yet.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>Prepare a new appointment</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>Agreed: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>What was agreed on %1?</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>Prepare your appointment on %1</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>After the appointment</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>After the appointment on %1</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>What are your rights at an appointment?</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>No day chosen yet</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>Prepare your appointment</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Your board: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>Your board is still empty. Drag here what matters to you.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
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
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>On your board you choose which life areas matter to you now. You go at your own pace.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>You have not chosen anything yet.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>You have an appointment tomorrow.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>Check-in with %1</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>Appointment with %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>Appointments in your calendar</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>Mapje makes a file for your calendar. This is what goes in it:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>There are no appointments to add.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>Also add who it is with and where</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>Then anyone who sees your calendar can read it.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>Yes, make the file</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>I can&apos;t come</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>Mapje asks the municipality for another time. You will get a new proposal.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>Do you want to say something? You may, but you don&apos;t have to.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>Ask for another time</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>About your appointment on %1.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>Your message</translation>
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
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>Looking back together</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>Has anything changed?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Write it in your own words. It can be short.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>Make a new board. It starts with what you chose last time. This way you see what is different.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>Make a new board</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>Look at your board from today</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>Tick the steps you have done. Keep your goal, or choose something else.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>Thank you. You will find this in your timeline.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>You do not have a goal yet. You can make one later in My goals.</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>Working on it</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
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
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Which day?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>What time?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Who is it with?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Where?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Remind me about this</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>One day before and one hour before.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. What you chose stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>Remove this check-in</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>Do you want to remove this check-in? You cannot undo this.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>Agree on a time to look together at whether anything has changed.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>You have not planned a check-in yet.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>Plan a new check-in</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>You will get a reminder.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>No reminder.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>What changed: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Look back together</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>Change the check-in on %1</translation>
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
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>With a keyboard: use the arrow keys to go to what you want. Choose it with the space bar. Press i for an explanation.</translation>
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
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>Only you know your code. That way nobody else can look in your Mapje. If you forget your code, you start again with an empty Mapje.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Talk together</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>Turn around</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>Turn the screen upside down for the person on the other side of the table.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>There is nothing on your board yet. First choose what matters.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Choose what matters</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Wrap up</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>Questions to start the conversation, one at a time.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>One part of your board at a time, in large print, for the person across from you.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>What is going well right now, however small?</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>What really matters to you?</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>When were things a little better? What did you do differently then?</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>What helps you already?</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Who can help you?</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Suppose things go a little better tomorrow. What is the first thing you notice?</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>What small step will you take this week?</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>What does the peer worker do here?</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>A peer worker knows from their own life what it is like when things go wrong. They tell you what helped, think along with you and help you find your way. You decide what you do with it.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>You decide.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>What someone else says, you can remove.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>You can always take a break.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>What does the support worker do here?</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>A support worker works for the municipality or the neighbourhood team. They know what help and rules there are and explain them. Together you make agreements. You decide what goes on your board.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>What does someone close to you do here?</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>This is someone close to you, like your partner or someone from your family. They say how they see it. You decide what you do with it.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>Conversation cards</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>You have been through all the cards.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>Let&apos;s take this card</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>What do you say? Write it down in your own words. You can, but you don&apos;t have to.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Make it a goal</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>This is now a goal in %1. You can find it in My goals.</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>Next card</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>Where does it belong?</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>Keep it there</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>Wrap up</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>This is now a goal with a first step. You can find it in My goals.</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>What do we take with us?</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>This is what the others said. You decide what stays.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>What helped me: “%1”</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>You chose: keep.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>You chose: remove.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>What do we agree on?</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>Who does what, and by when? An agreement becomes a goal with a first step. Nobody leaves without a next step.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>What do you want to reach? In your own words.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>What is the first step?</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>Who does it, or who helps?</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>By when?</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Make it a goal</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>When will you look back together?</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>Plan a check-in</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>With a reminder. You choose the day and the time.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>End the conversation</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>What is the agreement about?</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>You will look back together on %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>See the moment</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>First choose what the agreement is about.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>First write what you want to achieve.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>You wrote an agreement that is not a goal yet. If you finish now, that agreement is gone.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>Finish the agreement first</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>Finish anyway</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Place %1: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>Fill in: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>What you think</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>What %1 thinks</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>A short break</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>The conversation is paused for a moment. Everything is saved.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Talk together</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>Are you talking with others about your board? For example with a peer worker, a support worker or someone close to you. You lead the conversation.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Earlier conversations</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>Who is in the conversation?</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>You are always part of it. Choose who else is here. You can add a first name, but you don&apos;t have to.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>Here: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>Have you talked with one of them before?</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>%1 is here too</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>Who else is here?</translation>
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
        <source>Zo praten we samen</source>
        <translation>How we talk together</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>Start with your board from %1</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>Start with a new board</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>Let&apos;s begin</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>Remove %1 from the conversation</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>What we did</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>Conversation on %1.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>Who was there</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>Cards we used</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>What you kept from the others</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>What we agreed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>First step: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>Who helps: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>Looking back together</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Take your Mapje with you</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje cannot open your information</translation>
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
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>Your passport, ID card or residence document.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>Bank statements</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>Statements of your bank account. Usually from the last few months.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>Rental contract</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>The contract for your home, if you rent it.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>Payslip</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>The overview of your pay, if you work.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>Letters that have to do with it. For example from the municipality, or about money you have to pay.</translation>
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
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 and %2</translation>
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
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>Explanation: press i.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>What helped me</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>What helped me</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>Tell what helped you, from your own life. It is not advice. At the end, the other person decides whether it stays.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>What helped %1?</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>What is it?</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>What does it mean for you?</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Where can you go?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
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
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>You have not chosen anything yet. First choose what matters.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>What %1 thinks</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 of %2</translation>
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
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
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
        <translation>I don&apos;t know</translation>
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
        <translation>I don&apos;t know yet</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Do you want to say something about it? You can, but you don&apos;t have to.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: hidden</translation>
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
        <source>Haal weg</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>Show what %1 thinks</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>Hide what %1 thinks</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>Remove what %1 thinks</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Forgot your code?</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>You can start again with an empty Mapje. Then Mapje deletes everything you saved.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Delete everything and start again</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>Only you know your code. Mapje does not keep it anywhere else. That way your information stays yours.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>I will try again</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW (state pension)</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>The AOW is the basic state pension. You get it from your AOW age. That age is around 67.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>Did you live or work in the Netherlands? Then you build up AOW. Did you not always live here? Then your AOW can be lower.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>The SVB, or a social adviser if you want help with questions.</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG (GDPR)</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>The AVG is the European privacy law (GDPR). It says how organisations must handle your data.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>You may ask which data an organisation has about you. Is it wrong? Then you may ask them to correct it.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>The organisation&apos;s privacy officer, or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb (General Administrative Law Act)</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>The Awb is the General Administrative Law Act. It has rules for the government. For example how a decision must be made. And how you object to it.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>Because of this law you may object to a decision. The government must also listen to you properly.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>The Legal Services Counter or a social adviser.</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep (appeal)</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>Do you still disagree with the municipality after your objection? Then you can appeal. A judge then looks at the decision. Here, beroep does not mean your job.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>For an appeal you usually also have six weeks. Often you pay a fee to the court. That is called court fee.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>The Legal Services Counter, a social adviser or a lawyer.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking (decision)</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>A beschikking is a government decision about you. You get it in a letter. For example whether you get a benefit.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>The letter says what was decided and why. Do you disagree? Then you can object.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>The sender of the letter, a social adviser or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet (protected income)</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>The beslagvrije voet is the part of your income that nobody may take. Not even when there is a seizure. So you keep money for rent and food.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>Whoever seizes your income must work out this amount. Do you think it is too low? Then you may ask for a check.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>The bailiff or the organisation that seizes, debt help from the municipality, or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling (payment plan)</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>With a payment plan you pay back a debt in parts. You agree how much you pay each month.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>Only agree to an amount you can really spare. Is it no longer possible? Then get in touch in time.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>The organisation you owe money to, or debt help from the municipality.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering (financial administration)</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>With bewindvoering an administrator manages your money for you. A judge decides on this. The administrator pays your bills, for example.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>You get living money to live on. Sometimes the municipality can pay the costs.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>The neighbourhood team, debt help from the municipality, or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar (objection)</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>Do you disagree with a decision of the municipality? Then you can object. You write down why you disagree.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>Do this within six weeks after the date of the decision. The municipality then looks at the decision again.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>A social adviser or the Legal Services Counter helps you write it.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand (social assistance)</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>Bijstand is money from the municipality to live on. You get it if you do not have enough money. And if you cannot get another benefit.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>Bijstand comes with agreements. For example about looking for work and passing on changes.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>Your client manager or the municipality&apos;s work and income desk. For help with questions: a social adviser.</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand (special assistance)</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>Special assistance is money from the municipality for necessary extra costs. For example glasses or a broken washing machine. You do not need to be on bijstand.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>You apply at the municipality. The municipality looks at your income and your costs.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>The municipality, the neighbourhood team or a social adviser.</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete (penalty)</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>A fine is money you must pay as a penalty. The municipality can give a fine if you did not pass on something, or too late.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>The municipality must look at your situation. You may always explain what happened. Do you disagree? Then you can object.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer (budget management)</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>With budget management an organisation pays your fixed costs for you. For example rent, energy and health insurance. No judge is needed for this.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>You keep the rest of the money to live on. This way your fixed bills stay paid.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>Debt help from the municipality or the neighbourhood team.</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG (Youth and Family Centre)</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>The CJG is the Youth and Family Centre. You can go there with questions about raising and growing up.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>You get advice or help for you and your children. It is free.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>The CJG in your municipality, or the neighbourhood team.</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent (caseworker)</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>A caseworker works for the municipality or the UWV, for example. They help you with your benefit, work or care.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>Your caseworker talks with you about what you need. You may bring someone to the meeting.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>Your own caseworker. Is contact difficult? Then ask for another staff member.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder (bailiff)</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>A bailiff collects debts. Sometimes a bailiff may seize your wages, benefit or belongings. That is only allowed when a judge or the government allows it.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>This often adds extra costs. So answer a bailiff&apos;s letter quickly.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>Debt help from the municipality, the Legal Services Counter or the neighbourhood team.</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD (digital ID)</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>DigiD is your login for the government. You use it for the municipality, allowances or your health insurer, for example.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>Never give your DigiD to someone else. Do you want someone to help you? Then that person can get an authorisation.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>The Digital Government Information Point in the library, or the DigiD helpdesk.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico (deductible)</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>The deductible is the part of your care costs you pay yourself first each year. Only then your health insurance pays.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>You pay no deductible for your GP. Can you not pay it at once? Then ask for a payment plan.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>Your health insurer, or the municipality (some municipalities offer a health insurance that helps with this).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige (expert by experience)</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>An expert by experience has been through hard things. For example debts, poverty or illness. They use that experience to help others.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>An expert by experience often understands well how you feel. You can talk with them as an equal.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>The neighbourhood team, a welfare organisation or a client council.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Peer worker</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>A peer worker is an expert by experience who does this as a job. They often took a training.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>A peer worker can sit beside you in a meeting. You stay in charge.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>The neighbourhood team or a welfare organisation.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening (revision)</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>With a revision the municipality changes an earlier decision. For example because your situation turns out to be different.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>Your benefit can then go up or down. Sometimes also for a period that has passed. You can object.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Your client manager, a social adviser or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting (hearing)</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>A hearing is a meeting about your objection. You explain yourself why you disagree with the decision.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>You may bring someone. After that the municipality decides again.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>A social adviser or the Legal Services Counter helps you prepare.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener (support worker)</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>A support worker helps people as their job. For example someone from the neighbourhood team or debt help.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>A support worker thinks along with you. You decide what matters.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>The neighbourhood team or your GP knows which support worker suits you.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag (rent benefit)</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>Rent benefit is money from the government to help pay your rent. How much you get depends on your rent and income.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>Pass on changes in your income in time. Otherwise you may have to pay money back later.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>The Benefits Service (Dienst Toeslagen), or help with applying at the Digital Government Information Point or from a social adviser.</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso (debt collection)</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>A debt collection agency tries to collect money for another company. This happens when you did not pay a bill in time.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>This adds costs. Answer quickly and ask for a payment plan if you need one.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Debt help from the municipality or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht (duty to inform)</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>Do you have a benefit? Then you must pass on changes yourself, in time. This is called the duty to inform.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>It is about things that can change your benefit. For example work, money or who lives with you. Not sure? Then ask.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>Your client manager or caseworker.</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht (right of access)</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>You may ask which data an organisation keeps about you. This is called the right of access.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>The organisation must answer within a month. You then get an overview or a copy. It is free.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet (Youth Act)</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>The Youth Act is the law for help to children and young people up to eighteen. The municipality arranges that help.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>Does your child need help or care? Then you can go to the municipality. Sometimes also through the GP.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>The CJG, the neighbourhood team or your GP.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Legal Services Counter</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>The Legal Services Counter (Juridisch Loket) gives free advice about your rights. For example about a benefit, debts, rent or work.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>They explain what you can do. Sometimes they help you find a lawyer.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>The Legal Services Counter. You can call, email or visit.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek (kitchen table talk)</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>A kitchen table talk is a talk with the municipality about the help you need. It is often at your home.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>You say what goes well and what does not. You may ask someone to join.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>The municipality&apos;s Wmo desk or the neighbourhood team.</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag (child benefit)</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>Child benefit is money for parents of children up to eighteen. You get it every quarter.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>It does not matter how much you earn. You get it from the SVB.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>The SVB.</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget (child budget)</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>Child budget is money for parents with children under eighteen. How much you get depends on your income.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>Usually you get it automatically if you get child benefit. Pass on changes in time.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>The Benefits Service (Dienst Toeslagen), or a social adviser for help.</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager (client manager)</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>A client manager works for the municipality. They are your fixed contact for your bijstand and for help with work.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>You make agreements with your client manager. You may say what matters to you.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>Your own client manager. Is contact difficult? Then ask the municipality for someone else.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm (cost-sharing rule)</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>Do you live in one house with other adults? Then you often get less bijstand. You can share costs then. This is called the cost-sharing rule.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>Not everyone in the house counts. For example young people, and sometimes people who pay you rent. Ask what applies to you.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding (tax waiver)</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>With a tax waiver you do not have to pay some local taxes. For example for waste or water. This is possible if you have little money.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>You have to apply yourself. Sometimes it happens automatically if you get bijstand.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>The tax office of the municipality or water board, or a social adviser.</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Life area</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>A life area is a part of your life. For example money, housing, health or contact with others.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>On your board you choose which life areas matter now. This way you decide what the talk is about.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>Your client manager, caseworker or the neighbourhood team. Take your board to the meeting.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging (authorisation)</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>With an authorisation you allow someone to arrange something for you. For example with DigiD.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>That person can then do things for you. You can also stop an authorisation again.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>The Digital Government Information Point in the library, or the neighbourhood team.</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg (informal care)</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>Informal care is care for someone you know. For example your partner, parent or child who is ill. You are not paid for it.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>Informal care can be hard. You may ask for help, also for yourself. For example to take a break.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>The carers&apos; support centre, the neighbourhood team or the municipality&apos;s Wmo desk.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet (Participation Act)</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>The Participation Act is the law for bijstand. Help with work is in it too. The municipality carries out the law.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>The law sets out your rights and duties. The law is changing on some points in the coming years. Ask what applies to you now.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb (personal budget)</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>A pgb is a personal budget. With that money you choose and arrange your own care or help.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>You also have tasks then. You make agreements with your care provider. And you keep track of where the money goes.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>The municipality, the care office or the SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie (return to work)</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>Return to work is help to get (back) into work. For example a course, work experience or a trial placement.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>You make agreements about it with your client manager. Your wishes and your health count.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>Your client manager or the UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening (debt help)</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>Debt help is help from the municipality when you have debts. It is free.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>Together you look at your money and your debts. Sometimes one arrangement with all your creditors is possible. The sooner you come, the better.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Debt help from the municipality, the neighbourhood team or a social adviser.</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering (debt restructuring)</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>Debt restructuring is an arrangement for people with many debts. For a while you pay as much as you can. After that you are usually free of your debts.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>You get help and you must keep to agreements. Sometimes a judge decides on it. That is called the Wsnp.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid (social adviser)</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>A social adviser helps you for free with letters, forms and rules. For example about allowances or a benefit.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>You get explanations and help with filling in. A social adviser can also help with an objection.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>Ask the municipality or the welfare organisation where to find a social adviser.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer (meeting room)</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>The meeting room is the room where you talk with your client manager or caseworker. For example at the town hall.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>You may bring someone to the meeting. Mapje helps you prepare for the talk.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>The municipality&apos;s front desk, if you want to know where to go.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB (Social Insurance Bank)</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>The SVB is the Social Insurance Bank. Among other things it pays the AOW and child benefit.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>Do you have a question about your AOW, child benefit or pgb? Then you go to the SVB.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>The SVB. Help with a question? A social adviser.</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie (community contribution)</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>A community contribution is unpaid, useful work next to your bijstand. For example volunteering. The municipality can ask you to do it.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>It may not replace paid work. The municipality must look at what you can do. Talk about it if it does not work for you.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>Your client manager, or a social adviser if you have questions.</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering (reclaim)</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>With a reclaim the municipality asks for money back. This happens when you got too much benefit.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>You can often pay it back in parts. Do you disagree? Then you can object.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Your client manager, debt help from the municipality or the Legal Services Counter.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen (allowances)</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>Allowances are contributions from the government. For example for your rent, health insurance or children. You get them if your income is not too high.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>An allowance is an advance. Does your income change? Then pass it on quickly. Otherwise you may have to pay back later.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>The Benefits Service (Dienst Toeslagen), or help from the Digital Government Information Point or a social adviser.</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering (benefit)</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>A benefit is money to live on when you have no income or too little. For example bijstand, WW or AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>A benefit comes with rules. For example, you must pass on changes.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>The municipality, the UWV or the SVB. It depends on which benefit you have.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV (Employee Insurance Agency)</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>The UWV arranges benefits for people who worked. For example WW when you lose your job. And benefits when you are ill.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>Do you have a benefit from the UWV? Then the UWV&apos;s agreements apply.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>The UWV, or a social adviser for help with questions.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis (Safe at Home)</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis helps with violence or worries about safety at home. Also when it is about someone else. You can ask for advice anonymously.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>You do not have to solve it alone. Veilig Thuis thinks with you about what is needed.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis, day and night. In immediate danger: call the emergency number.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank (food bank)</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>The food bank gives free food to people with very little money. You usually get a parcel every week.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>You need a referral from the neighbourhood team, for example. That is nothing to be ashamed of. Many people need it for a while.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>The neighbourhood team, debt help from the municipality, or the food bank near you.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong (young disabled benefit)</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>Wajong is a benefit from the UWV. It is for people who became ill or disabled at a young age.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>Do you apply for Wajong now? Then you only get it if you can never work. Can you work? Then the municipality helps.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>The UWV, or a social adviser for help.</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam (neighbourhood team)</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>The neighbourhood team is a team of support workers near you. You can go there with questions about money, care, parenting or housing.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>The team helps you or finds the right help. It is free. It is sometimes called social team or area team.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>The neighbourhood team near you. The municipality knows where it is.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz (Long-term Care Act)</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>The Wlz is the Long-term Care Act. It is for people who always need care or supervision close by.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>First you need an assessment from the CIZ. After that you get care at home or in a care home.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>The CIZ, the care office or the neighbourhood team.</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo (Social Support Act)</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>The Wmo is the Social Support Act. With it the municipality helps you keep living at home and take part.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>For example, you can get help at home, transport or an aid. Sometimes you pay a personal contribution.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW (unemployment benefit)</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>WW is a benefit from the UWV. You get it when you lose your job and worked long enough. WW lasts for a while.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>With WW you must look for work. Does WW stop and do you have too little money? Then you may be able to get bijstand.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>The UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag (health care allowance)</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>Health care allowance is money from the government for your health insurance. You get it if your income is not too high.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>Pass on changes in your income in time. Otherwise you may have to pay back later.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering (health insurance)</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>Everyone who lives or works in the Netherlands must have health insurance. The Health Insurance Act (Zvw) says so. The basic insurance pays for most care.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>You pay a premium every month. Do you have a low income? Then you may get health care allowance.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>Your health insurer, or the municipality for a health insurance with extra help.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>Hard words</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>Here are words you meet at the municipality. Choose a word to see what it means.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>Search for a word</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>This word is not in the list. Try another word.</translation>
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
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>Who helps: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>Still to do: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>My goal</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>First choose on your board what matters. Then you write your goal here.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>What is your goal about?</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>What would you like to be different?</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>Mapje saves your goal as soon as you write something. Then you can choose a date and steps.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. Your goal stays here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>I want to choose a date</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>By when would you like to reach this?</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>Who helps you?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>That day has already passed. That is fine. Do you want to choose a new day? You can do that above.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>Now choose what your goal is about. Then Mapje saves it.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Choose what matters</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>Are you sure? You cannot undo this.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>How is this goal going?</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>Your goal stays saved. You can go on with it later.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>Small steps</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>What is a small first step?</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>What is a next small step?</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Add a step</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>My goals</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>Write in your own words what you want to reach. Small steps help.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>You do not have any goals yet. That is fine. Start when you want to.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Saving is not working right now. Your goals stay here. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>Keep in my Mapje</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Receive from a kiosk</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>Did you make something on a kiosk in the town hall? Put it here in your own Mapje. The kiosk shows a code.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>Scan the code with the camera</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>Or type the code from the kiosk</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>One moment, we are looking for the kiosk.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>Look at the kiosk. Does it show the same code? Then tap ‘Yes, the same code’ on the kiosk.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>This came from the kiosk. Choose what you want to keep. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>Also what others said on your board</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>If this is off, you keep only what you said yourself.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>You already have a board in Mapje. Which board do you want to use? Your old board stays with your earlier boards.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>Keep, with the kiosk&apos;s board</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>Keep, but keep my own board</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>Keep in my Mapje</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>Stop, keep nothing</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>Scan the kiosk&apos;s code</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>Hold your camera in front of the code on the kiosk screen.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>The camera does not work right now. Type the code from the kiosk.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>Type the code</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Take it to your phone</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>One moment, we are making a code.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>One moment, we are sending your mapje.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>Open Mapje on your phone. Choose ‘Receive from a kiosk’. Scan this code, or type the code below.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>QR code to scan with your phone</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>Valid for %1:%2 more.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>Does your phone show the same code?</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>Is it a different code? Then choose ‘No’. Then we send nothing.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>Sent. Look at your phone and choose what you want to keep. Everything stays here until you tap ‘Done — erase everything’.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>Yes, the same code</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>No, a different code</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
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
        <source>Toon eerdere borden</source>
        <translation>Show earlier boards</translation>
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
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Hard words</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>It is time for your check-in. Do you want to look together at what has changed?</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Look back together</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>You have a reminder.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>See your reminder</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>My goals</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>Prepare for an appointment</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>Take your Mapje with you</translation>
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
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>Next step: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>Continue the conversation</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>Talk together</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>Share with the municipality (%1 new)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Share with the municipality</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>What have I shared?</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>What you type stays only here until you are done. Then we wipe it.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>Managing the kiosk</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>Municipality: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Printing is off.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>Printer: this computer&apos;s default printer.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>Municipality&apos;s endpoint: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>No endpoint is set. Taking it to a phone and sharing with the municipality are off.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>Taking it to a phone: on.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>Taking it to a phone: off, because the kiosk&apos;s token is missing.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>After %1 seconds without a touch the kiosk asks: Are you still there? After %2 more seconds it wipes everything.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>End kiosk mode</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Yes, end it</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>No, keep the kiosk on</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>The kiosk stops and the screen goes blank. The kiosk&apos;s manual says how to start it again.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>This is only for the service desk staff.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>Admin PIN</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>Done — wipe everything</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Take it to your phone</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>Wipe everything?</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>Everything you made here will then be gone from this screen.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>Do you want to keep it? Then take it with you first.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>Yes, wipe everything</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>No, go back</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>You have not done anything for a while. In %n second we will wipe everything you made here.</numerusform>
            <numerusform>You have not done anything for a while. In %n seconds we will wipe everything you made here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>Yes, I am still here</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>I am done, wipe everything now</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>Here you make your own overview for a conversation with the municipality.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>You choose what you fill in. You do not have to show anything.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>Are you done? Then you take it with you and we wipe everything from this screen.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>Mapje cannot save this choice right now. It does apply while Mapje is open. Mapje will try again in a moment.</translation>
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
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1 at %2</translation>
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
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>My Mapje</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>This Mapje belongs to %1. I made it myself with the Mapje app on %2.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>This Mapje belongs to %1. I made it myself with the Mapje app.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>I made this Mapje myself with the Mapje app on %1.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>I made this Mapje myself with the Mapje app.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>What matters to me</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>I put it in the order that I chose myself.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>%1 says:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>My goals</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>About:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>When:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>Who helps:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>How it is going:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>Steps:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>My appointment</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>Where:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>With:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>Going with me:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>What do I want to ask?</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>What do I want them to know?</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>What do I bring?</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>My Mapje – %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>My Mapje · page %1 of %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>My Mapje · %1 · page %2 of %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>The maker of this Mapje</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>No, keep it</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>Explain: %1</translation>
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
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>Minute</translation>
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
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>Connect with the municipality</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>Your case manager gave you a code.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>With the code you connect Mapje to %1.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>What Mapje sends</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>Only what you choose, one thing at a time. You first see exactly what goes. After that you can always take it back.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>What Mapje never sends</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>Your code to open Mapje, your notepad, and everything you don&apos;t choose yourself. What others said on your board only goes along if you switch that on.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>The code from your case manager</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Earlier conversations</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>No earlier conversations have been saved.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Conversation on %1</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>Who was there: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>Cards: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>Remove this conversation</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>Do you want to remove this conversation? What you kept from it stays on your board and in your goals.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>Covers the screen. Everything stays saved.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>Is this someone else&apos;s?</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>It belongs to %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>Don&apos;t change</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>It is yours</translation>
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
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>What does a support worker do? And a peer worker?</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>Someone else can also fill in what they think. Only for what you chose. You can always hide or remove it.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>Fill in what %1 thinks</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>Check your Mapje</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>This is exactly how it will look in your file or on paper. Take your time to check it.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>Your Mapje is being prepared.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>Page %1 of your Mapje</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>Yes, save as PDF</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>Yes, print</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>Where do you want to keep your Mapje?</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>The place: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>Show the folder</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>This is exactly how it will be on paper. Take your time to check it.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>Bring: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>Add to my appointments</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>Add to my moments</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>I can&apos;t come</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Proposals from the municipality</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>Take over what suits you. Then it is with your appointments or moments, with a reminder. Doesn&apos;t it suit you? Then ask for another time.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>The municipality has not proposed anything yet.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>What happens now with my application?</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>May I bring someone with me?</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Can I get that on paper?</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>When will I hear back?</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Who can I call if I have a question?</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>What do I need to do myself now?</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Can you explain that once more?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>Stop reading aloud</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Check-in with %1</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>Appointment with %1</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>Small step: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>You wanted to do something small today. Have a look in Mapje when it suits you.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>You have an appointment today. Have a look in Mapje when it suits you.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>You have an appointment tomorrow. Have a look in Mapje when it suits you.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>You have an appointment soon. Have a look in Mapje when it suits you.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>There is no reminder coming up.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>Reminders are off.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>It is time for this reminder.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>You will get a reminder on %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>In an hour</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>Remind me in an hour: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>Remind me tomorrow: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>Seen: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>Turn off this reminder: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>How I want reminders</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>Reminders on</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>A notification never says what it is about. Only that you have something.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>Quiet hours: you get no notifications then.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>Quiet from</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>Quiet until</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>Notifications on your screen are not possible here. You can see your reminders in Mapje.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>Put appointments in your calendar</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>Your rights at an appointment</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>You have rights at the municipality. They are in the law, mainly in the Awb (General Administrative Law Act) and the AVG (GDPR). Here you can read about four important rights.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>You may bring someone</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>You may bring someone to your appointment. For example your partner, a friend, a peer worker or a social adviser. That person may help you. Does that person speak for you? Then the municipality can ask for an authorisation.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Law: Awb, article 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>You may ask for it on paper</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>A decision by the municipality is always written down, for example in a letter. What someone says at the desk is not yet a decision. So ask: &quot;Can I get that on paper?&quot;</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Law: Awb, article 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>You may disagree with a decision</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>Do you disagree with a decision? Then you may make an objection (bezwaar). You do this within six weeks. The six weeks start on the day after the decision was sent or handed to you.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>Write a letter, or use the municipality&apos;s form. Put in it:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>your name and address</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>which decision it is about</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>why you disagree with it</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>your signature</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>Need help? A social adviser or the Legal Services Counter (Juridisch Loket) helps you for free. Keep a copy of your letter.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Law: Awb, articles 6:5, 6:7 and 6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>You may see what the municipality knows about you</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>You may ask which data the municipality keeps about you. This is called the right of access (inzagerecht). You get an answer within one month. Does it take longer? Then you will be told why. It is free.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Law: AVG, article 15 and article 12 paragraph 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Not sure? Ask a social adviser or the Legal Services Counter (Juridisch Loket).</translation>
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
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>Mapje cannot save this choice right now. It does apply while Mapje is open. Mapje will try again in a moment.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>Pause when nobody is looking</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>Are you talking with others, and does someone go to another window? Then Mapje can cover the screen.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>After %1 seconds</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>Make Mapje easier to read. You see the change at once. Your choice lasts until you are done.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>Your board of %1.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>Note: “%1”</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Nothing filled in yet.</translation>
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
        <translation>You have not chosen any life areas yet.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>Your goal for %1: “%2”</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>When: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>Who helps: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>Step, done: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>Appointment on %1</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>Your appointment on %1.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>Where: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>With whom: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>Your question: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>You bring: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>Moment on %1</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>The agreed moment on %1.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>You have not written down yet what changed.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>What changed: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Share with the municipality</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>This goes to %1:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>Also what others said on my board</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>If this is off, only what you said yourself goes.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>Does something change later? Then Mapje first asks if you want to share the new version. You can always take it back.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>Yes, share this</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>No, don&apos;t share</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>You can take it back here until you are done. After that, only your client manager can remove it.</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>You changed this after you shared it. The municipality still sees the previous version.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>Share the new version</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Share with the municipality</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>Your board: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>Share your new board with the municipality</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>Share your board with the municipality</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>What have I shared?</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>You have not shared anything yet. Everything is only on this device.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>Shared with the municipality now</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>What went before</translation>
    </message>
    <message>
        <source>%1, op %2.</source>
        <extracomment>How and when something left the device, e.g. &quot;Gedeeld met Gemeente Eindhoven, op …&quot;.</extracomment>
        <translation>%1, on %2.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Share with the municipality</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>This Mapje is not connected to a municipality. Everything stays on this device. You can save your mapje as a PDF or print it.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>You can connect Mapje with %1. Then you choose what you share, one thing at a time. You always see first what goes.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>Connect with a code</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>Send and fetch now</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>The municipality proposes something. See if it suits you.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Proposals from the municipality</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>What have I shared?</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>End the connection</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>Do you want to end the connection with %1? The municipality then deletes everything you shared. Everything stays in your Mapje.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Yes, end it</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>No, stay connected</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Receive from a kiosk</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>My Mapje</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>Who is speaking now?</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>Remind me</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>Remind me about: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>On which day?</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>Remove step</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>Remove step: %1</translation>
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
        <translation>%1 about %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>My appointment</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>My appointment with %1</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>Change something: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Take your Mapje with you</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>What matters to me</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>My goals</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>My appointment</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>Choose what you want to show. Only what is switched on goes into your Mapje.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>There is nothing to take with you yet. Start with your board.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>Your name at the top (if you like)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>Save or print</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Not sent yet. We will try again later.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>Shared on %1.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>Not taken back yet, we will try again.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>The municipality could not accept this version. You can change it and share it again, or take it back.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>Taken back on %1.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>Not shared.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>Shared with %1</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>Taken back from %1</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>Saved as a PDF in %1</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Agreed moment</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>Preparation of an appointment</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>Done. Mapje is connected.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>This code does not work. Check that you copied it correctly. A code works once and for a short time. Otherwise ask your case manager for a new code.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>There is no connection with the municipality right now. Try again later. Your code stays here.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>You have tried many times. Wait a moment and then try again.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>This Mapje is not set up for a municipality. Ask your case manager what you can do.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>The municipality proposes an appointment</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>The municipality proposes a moment to look together at how things are going</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>You took over this appointment. You will find it under Appointments.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>You took over this moment. You will find it under Agreed moments.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>You asked for another time. Sent on %1.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>You asked for another time. Not sent yet. We will try again later.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Your board</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>You put this proposal aside. You can still take it over.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>This is where you will see what you make and plan.</translation>
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
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Hard words</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>Take back</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>Do you want to take this back from the municipality? It is then deleted there. It stays in your Mapje.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>Yes, take back</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>No, leave it</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>First write what you want to bring.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>That is already on your list.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>First choose the day of your appointment. Then Mapje can remind you of it.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1, no time chosen yet</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Only you choose the life areas and their order.</translation>
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
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>What someone thinks can only go with a life area that you chose.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>What you think stays on the board.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>You cannot hide what you think. You can take it away.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>That person has already filled in something here. Remove that first if it is not right.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
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
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>Saving is not working right now. Maybe there is no space left. Your information in Mapje is safe.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>Done. The file is in the folder %1. Open it to put the appointments in your calendar.</translation>
    </message>
</context>
<context>
    <name>mapje::ConversationController</name>
    <message>
        <source>%1 bij %2</source>
        <extracomment>What she kept at the closing: %1 is who said it, %2 the leefgebied.</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>you</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>someone close to you</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>the support worker</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>the peer worker</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>First write in your own words what you want.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>A goal belongs to something you chose on your board.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>A goal needs words. Your earlier words are saved.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>That did not work. Nothing has changed.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>First write a few words. Then Mapje saves it.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>This code is not right. Look at the kiosk screen again.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>This is not a code from a Mapje kiosk.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>This does not work on this device. Nothing was fetched.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>This code does not belong to the kiosk you scanned. Nothing was fetched. Ask the kiosk for a new code.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Time is up. Nothing was fetched. On the kiosk, choose ‘Take it to your phone’ again.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>Mapje cannot read what arrived. Nothing was saved. Start again at the kiosk.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Your board</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>Goal: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>Saved in your Mapje: your board and %n goal.</numerusform>
            <numerusform>Saved in your Mapje: your board and %n goals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>Saved in your Mapje: your board.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>Saved in your Mapje: %n goal.</numerusform>
            <numerusform>Saved in your Mapje: %n goals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>You saved nothing.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>This code no longer works: time is up, or the kiosk stopped. Nothing was fetched. Ask the kiosk for a new code.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Another phone already used this code. Nothing was fetched. On the kiosk, choose ‘Take it to your phone’ again.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>Too many codes were tried. Wait a quarter of an hour and then try again.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>There is no connection right now. Check that your internet is on and try again. Nothing was fetched.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>This does not work right now. Nothing was fetched. Ask the kiosk for a new code.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>There is nothing to take along yet. First choose your life areas or write a goal.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>Taking it along does not work on this kiosk right now. You can print your mapje.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Time is up. Nothing was sent. Tap ‘Take it to your phone’ again for a new code.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>Sending did not work. There is no connection right now. Try again.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>The codes were not the same. Nothing was sent. Tap ‘Take it to your phone’ again for a new code.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Time is up, or the code no longer works. Nothing was sent. Tap ‘Take it to your phone’ again for a new code.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Another phone already used this code. Nothing was sent. Tap ‘Take it to your phone’ again for a new code.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>There is no connection with the municipality right now. Nothing was sent. Try again in a moment, or print your mapje.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>Please wait a moment. Then you can try again.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>This PIN is not right.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Printing is off.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>The printer %1 is ready.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>The printer %1 is busy printing.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>The printer %1 reports an error. Please check the printer.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>No printer was found. Check that it is on and set up in CUPS.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>The printer %1 was not found. Check that it is on and set up in CUPS.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>Printing does not work: the printing component is missing.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>Trying the endpoint …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>The endpoint answers.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>The endpoint does not answer. Check that the network works.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>The endpoint answers with an error (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>Reading aloud in this language does not work on this device. There is no voice for this language.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>Reading aloud does not work on this device. No voice is installed.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>Saving is not working right now. Maybe there is no space left. Your Mapje in the app is safe.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>No printer was found. Save your Mapje as a file. Then you can print it somewhere else.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>Printing is not working right now. Check that the printer is switched on. Your Mapje in the app is safe.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>Your Mapje is going to the printer.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>Your Mapje is going to the printer %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>Your Mapje is in the folder %1, in Mapje.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>The file is called %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>No printer was found. Please ask at the service desk.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>Your connection with %1 is being ended. We are letting the municipality know. Nothing more goes there.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje has been connected with %1 since %2.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>The municipality ended the connection. What you shared has been deleted there. Everything is still in your Mapje.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>Everything you share has arrived at the municipality.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n thing not sent yet.</numerusform>
            <numerusform>%n things not sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n thing not taken back yet.</numerusform>
            <numerusform>%n things not taken back yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>We will try again later.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>First type the code your case manager gave you.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>One moment, Mapje is connecting…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>Your board</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>You did not choose a life area yet.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>You chose %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: goal about %2</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>New goal about %1</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>Check-in, still to come</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>Check-in with %1, still to come</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Check-in with %1</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
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
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>The file with your information is gone.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>The file with your information is empty.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>There is a shortcut where your information should be. Mapje does not open it.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje is not allowed to read the file with your information.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>The file is damaged, or it does not belong to Mapje.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>Your device is full. Mapje cannot save anything now. Please free up some space.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje is not allowed to save anything in the folder with your information right now.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>Mapje cannot save anything now. Your information is safe.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>Your new code has not been saved. Your old code still works.</translation>
    </message>
</context>
</TS>
