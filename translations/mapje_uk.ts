<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>Створити ціль</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>Спочатку виберіть на дошці, що для вас важливо. Потім тут можна створити ціль.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>Чого ви хочете досягти? Ви можете змінити слова.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Чого стосується ваша ціль?</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>Створити цю ціль</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>Виберіть ще, чого стосується ваша ціль. Потім ви зможете створити ціль.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>Крок до цілі</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>У вас ще немає цілі. Спочатку створіть ціль.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>Який це крок? Ви можете змінити слова.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>До якої цілі належить цей крок?</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>Додати крок до цієї цілі</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>Після зустрічі</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>Ваша зустріч ще не відбулася. Ви можете заповнити це пізніше.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Про що домовилися?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Напишіть це своїми словами. Можна коротко.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваш текст залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>Хочете щось із цим зробити? Це не обов’язково.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Зробити з цього ціль</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>Зробити з цього крок до цілі</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>Домовитися про нову зустріч</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>Крок додано до вашої цілі.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>Ні, не треба</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>Що я візьму з собою?</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>Позначте те, що ви вже підготували. Щось не потрібно? Тоді приберіть це.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>Прибрати зі списку: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>Хочете взяти з собою ще щось?</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>Додати до списку</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>У вашому списку ще нічого немає. Виберіть нижче, що ви візьмете, або напишіть самі.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>Документи, які часто просять. Позначте, що ви візьмете:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>Візьму: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>Спочатку виберіть день зустрічі. Тоді Mapje зможе нагадати вам про неї.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>Підготуватися до зустрічі</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>Питання %1 з %2</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>Коли ваша зустріч?</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Який день?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>О котрій годині?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Нагадати мені про це</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>За день і за годину до зустрічі.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>Де і з ким?</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>Де ваша зустріч?</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>З ким ви будете говорити?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>Наприклад, ваш куратор (klantmanager) або консультант (consulent). Напишіть ім’я, якщо ви його знаєте.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>Що я хочу, щоб вони знали?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>Що важливо для вас? Напишіть це своїми словами.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>Хто піде з вами?</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>Ви можете взяти когось із собою. Наприклад, партнера, друга, рівного консультанта (ervaringswerker) або соціального радника (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>Хто піде з вами? (Це не обов’язково.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>Ви готові до зустрічі.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>Ви ще можете все змінити. Mapje одразу це зберігає.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваш текст залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Які у вас права на зустрічі?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Попереднє питання</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>Ось що ви хочете запитати:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>Ви ще не вибрали день зустрічі. Знаєте день? Тоді виберіть його в питанні 1. Усе інше збережено.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>Обрати день</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>За день до того. Виберете ще й час? Тоді також за годину до того.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Я не можу прийти</translation>
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
        <translation>Питання %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>Змінити питання: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>Завершити зміни</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>Запитати раніше</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>Запитати раніше: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>Запитати пізніше</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>Запитати пізніше: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>Прибрати питання: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>Про що я хочу запитати?</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>Запишіть свої питання. Тоді ви не забудете їх під час розмови.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>Про що ви хочете запитати?</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>Про що ще ви хочете запитати?</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Додати питання</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>Питання, які ставлять багато людей. Виберіть одне, якщо хочете:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>Додати питання: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Прибрати цю зустріч</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>Хочете прибрати цю зустріч? Ваші питання і список теж зникнуть. Цього не можна буде скасувати.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>У вас зустріч із куратором (klantmanager) або консультантом (consulent)? Спокійно підготуйтеся до розмови тут.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>Ви ще не підготували жодної зустрічі.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>Підготувати нову зустріч</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>З ким: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>Домовилися: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Про що домовилися?</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>Про що домовилися на зустрічі %1?</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>Підготуватися</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>Підготуватися до зустрічі %1</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>Після зустрічі</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>Після зустрічі %1</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Які у вас права на зустрічі?</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>День ще не обрано</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>Підготуватися до зустрічі</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Ваша дошка: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>Ваша дошка ще порожня. Перетягніть сюди те, що важливо для вас.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Maak je bord</source>
        <translation>Створіть свою дошку</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>Ваша дошка — %1</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваша дошка залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Виберіть, що важливо</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Які відчуття?</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>Що найперше?</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>Додати інших людей</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>Попередні дошки</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>Нова дошка на сьогодні</translation>
    </message>
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>На своїй дошці ви вибираєте, які сфери життя зараз важливі для вас. Ви робите це у своєму темпі.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Місце %1: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>Ви ще нічого не вибрали.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Тут ще нічого немає.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>Завтра у вас зустріч.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>Домовлена зустріч</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>Домовлена зустріч — %1</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>Зустріч — %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>Зустрічі у вашому календарі</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>Mapje створить файл для вашого календаря. У ньому буде:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>Немає зустрічей, які можна додати.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>Додати також, з ким і де</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>Тоді кожен, хто бачить ваш календар, зможе це прочитати.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>Так, створити файл</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Я не можу прийти</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>Mapje попросить громаду про інший час. Ви отримаєте нову пропозицію.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>Хочете щось сказати? Можна, але не обов’язково.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>Попросити інший час</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>Щодо вашої зустрічі: %1.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>Ваше повідомлення</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>Змінити код</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>Два нові коди не однакові. Введіть їх ще раз.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>Ваш поточний код</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>Ваш новий код</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>Виберіть щонайменше 5 цифр або парольну фразу щонайменше з 8 знаків.</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>Введіть новий код ще раз</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>Зачекайте трохи. Mapje знову замикає ваші дані.</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>Зберегти новий код</translation>
    </message>
</context>
<context>
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>Разом дивимося назад</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>Питання %1 з %2</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>Чи щось змінилося?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Напишіть це своїми словами. Можна коротко.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>Створіть нову дошку. На ній спочатку буде те, що ви вибрали минулого разу. Так ви побачите, що змінилося.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>Створити нову дошку</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>Переглянути сьогоднішню дошку</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>Позначте кроки, які ви вже зробили. Залиште свою ціль або виберіть щось інше.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>Дякуємо. Ви побачите це у своїй хронології.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Попереднє питання</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>У вас ще немає цілі. Її можна створити пізніше в розділі «Мої цілі».</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>У процесі</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Вдалося</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Зупинено</translation>
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
        <translation>Домовлена зустріч</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Який день?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>О котрій годині?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>З ким?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Де?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Нагадати мені про це</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>За день і за годину до зустрічі.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваш вибір залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>Прибрати цю зустріч</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>Хочете прибрати цю зустріч? Цього не можна буде скасувати.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Домовлені зустрічі</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>Домовтеся про зустріч, щоб разом подивитися, чи щось змінилося.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>Ви ще не домовилися про зустріч.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>Домовитися про нову зустріч</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>З ким: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>Ви отримаєте нагадування.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>Без нагадування.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>Що змінилося: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Разом подивитися назад</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>Змінити зустріч: %1</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Що для вас важливо?</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>Торкніться того, що для вас важливо, або перетягніть це на дошку. Можна вибрати скільки завгодно.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>З клавіатурою: стрілками перейдіть до того, що хочете. Виберіть це пробілом. Натисніть i, щоб побачити пояснення.</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>Введіть код ще раз</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Виберіть PIN-код</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>Два коди не однакові. Виберіть код ще раз.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>Парольна фраза — це кілька слів, які вам легко запам’ятати. Використайте щонайменше 8 знаків.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>Цим кодом ви відкриваєте Mapje. Виберіть щонайменше 5 цифр.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>Сховати те, що я вводжу</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>Показати те, що я вводжу</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>Зачекайте трохи. Mapje замикає ваші дані.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>Зберегти код</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>Краще PIN-код</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>Краще парольну фразу</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>Лише ви знаєте свій код. Тож ніхто інший не зазирне у ваш Mapje. Якщо ви забудете код, ви почнете знову з порожнім Mapje.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Говоримо разом</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>Перевернути</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>Переверніть екран догори ногами для того, хто сидить по той бік столу.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>На вашій дошці ще нічого немає. Спочатку виберіть, що важливо.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Виберіть, що важливо</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>Питання, щоб почати розмову, по одному.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>Щоразу одна частина вашої дошки, великим шрифтом, для того, хто сидить навпроти.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Що зараз іде добре, навіть якщо це дрібниця?</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Що для вас справді важливо?</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Коли було трохи краще? Що ви тоді робили інакше?</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Що вам уже зараз допомагає?</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Хто може вам допомогти?</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Уявіть, що завтра стане трохи краще. З чого ви помітите це найперше?</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Який маленький крок ви зробите цього тижня?</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Що тут робить рівний консультант?</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Рівний консультант знає з власного життя, як це, коли все йде не так. Він розповідає, що допомогло, думає разом з вами і допомагає знайти дорогу. Ви вирішуєте, що з цим робити.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Ви вирішуєте.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Те, що каже інша людина, ви можете прибрати.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Ви завжди можете зробити перерву.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Що тут робить соціальний працівник?</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Соціальний працівник працює в муніципалітеті або в районній команді (wijkteam). Він знає, яка є допомога і які правила, і пояснює їх. Разом ви домовляєтеся. Що буде на вашій дошці, вирішуєте ви.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Що тут робить близька вам людина?</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Це людина, близька вам, наприклад ваш партнер або хтось із родини. Вона розповідає, як це бачить. Ви вирішуєте, що з цим робити.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>Картки для розмови</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>Ви переглянули всі картки.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>Беремо цю картку</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>Що ви скажете? Запишіть це своїми словами. Можна, але не обов’язково.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Зробити з цього ціль</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>Тепер це ціль у сфері «%1». Ви знайдете її в розділі «Мої цілі».</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>Наступна картка</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>До чого це належить?</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>Збережіть це там</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Оберіть</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>Завершення</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>Тепер це ціль із першим кроком. Ви знайдете її в розділі «Мої цілі».</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>Що беремо з собою?</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>Це сказали інші. Ви вирішуєте, що залишиться.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>Що мені допомогло: «%1»</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>Ваш вибір: залишити.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>Ваш вибір: прибрати.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>Про що домовляємося?</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>Хто що робить і до коли? Домовленість стає ціллю з першим кроком. Ніхто не йде без наступного кроку.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>Чого ви хочете досягти? Своїми словами.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>Який перший крок?</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>Хто це робить або хто допомагає?</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>До коли?</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Зробити з цього ціль</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>Коли ви разом подивитеся назад?</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>Домовитися про зустріч</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>З нагадуванням. Ви вибираєте день і час.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>Завершити розмову</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>Про: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>Про що ця домовленість?</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>Ви разом озирнетеся назад: %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>Переглянути момент</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Оберіть</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>Спершу оберіть, чого стосується домовленість.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>Спершу напишіть, чого ви хочете досягти.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>Ви написали домовленість, яка ще не стала метою. Якщо ви завершите зараз, цю домовленість буде втрачено.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>Спершу завершіть домовленість</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>Усе одно завершити</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Місце %1: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Тут ще нічого немає.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Заповнити</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>Заповнити: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>Що думаєте ви</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Що думає %1</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Наступна</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>Коротка перерва</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>Розмову на хвилинку зупинено. Усе збережено.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Продовжити</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Говоримо разом</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>Говорите з іншими про свою дошку? Наприклад, із рівним консультантом, соціальним працівником або близькою вам людиною. Розмову ведете ви.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Попередні розмови</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>Хто бере участь у розмові?</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>Ви завжди берете участь. Виберіть, хто ще є. Можна вказати ім’я, але не обов’язково.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>Тут: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>Хтось із них уже був з вами раніше?</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>%1 теж тут</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>Хто ще є?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Близька мені людина</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Рівний консультант</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Ім’я (можна залишити порожнім)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Zo praten we samen</source>
        <translation>Так ми говоримо разом</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>Почати зі своєї дошки (%1)</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>Почати з нової дошки</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>Починаймо</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>Вилучіть %1 з розмови</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>Що ми зробили</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>Розмова %1.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>Хто був</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>Картки, які ми використали</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>Збережене від інших</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Про що ми домовилися</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>Перший крок: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>Хто допомагає: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>До: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>Разом дивимося назад</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Взяти з собою свій Mapje</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje не може відкрити ваші дані</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>Mapje відклав файл окремо. Mapje нічого не видалив.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>Ви можете почати знову з порожнім Mapje.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>Файл тут: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Почати знову</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>Ваш паспорт, ID-картка або посвідка на проживання.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>Банківські виписки</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>Виписки з вашого банківського рахунку. Зазвичай за останні місяці.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>Договір оренди</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>Договір на ваше житло, якщо ви його орендуєте.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>Розрахунковий листок</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>Відомості про вашу зарплату, якщо ви працюєте.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>Листи, що стосуються справи. Наприклад, від муніципалітету або про гроші, які ви маєте заплатити.</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Питання для роздумів</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Куди можна звернутися?</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>Прибрати з моєї дошки</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>Додати на мою дошку</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 і %2</translation>
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
        <translation>Вибрано</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>Не вибрано</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>Що це означає?</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>Що означає %1?</translation>
    </message>
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>Пояснення: натисніть i.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Що мені допомогло</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Що мені допомогло</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>Розкажіть, що допомогло вам, з власного життя. Це не порада. Наприкінці інша людина вирішує, чи це залишиться.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>%1: що допомогло?</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>Що це?</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>Що це означає для вас?</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Куди можна звернутися?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Vorige</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Наступна</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Ви ще нічого не вибрали. Спочатку виберіть, що для вас важливо.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>Що думає %1</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 з %2</translation>
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
        <translation>Зміни: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>Як вам у цій сфері?</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>Як це бачить %1?</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>Радісно</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>Сумно</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>Хочете тут щось змінити?</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>Чи вважає %1, що тут щось має змінитися?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>Ще не знаю</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Хочете щось про це сказати? Можна, але не обов’язково.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: приховано</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>Показати, що думає %1</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>Сховати, що думає %1</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>Прибрати, що думає %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Забули код?</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Ви можете почати знову з порожнім Mapje. Тоді Mapje видалить усе, що ви зберегли.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Видалити все й почати знову</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>Лише ви знаєте свій код. Mapje ніде більше його не зберігає. Тож ваші дані залишаються вашими.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>Я спробую ще раз</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW (державна пенсія)</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>AOW — це базова пенсія від держави. Ви отримуєте її з пенсійного віку AOW. Це приблизно 67 років.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>Ви жили або працювали в Нідерландах? Тоді у вас накопичується право на AOW. Ви жили тут не весь час? Тоді ваша AOW може бути меншою.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>SVB або соціальний радник (sociaal raadslid), якщо вам потрібна допомога з питаннями.</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG (закон про захист даних, GDPR)</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>AVG — це європейський закон про приватність (GDPR). У ньому сказано, як організації мають поводитися з вашими даними.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>Ви можете запитати, які дані про вас має організація. Дані неправильні? Тоді ви можете попросити їх виправити.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>Працівник організації, який відповідає за захист даних, або Juridisch Loket (юридичні консультації).</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb (Загальний закон про адміністративне право)</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>Awb — це Загальний закон про адміністративне право. У ньому є правила для органів влади. Наприклад, як треба ухвалювати рішення. І як подати заперечення.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>Завдяки цьому закону ви можете заперечити рішення. Органи влади також мають вас уважно вислухати.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>Juridisch Loket або соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep (оскарження в суді)</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>Після заперечення ви все ще не згодні з муніципалітетом? Тоді ви можете оскаржити рішення в суді. Суддя перевіряє рішення. Слово beroep тут не означає вашу професію.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>На оскарження в суді зазвичай теж є шість тижнів. Часто ви платите судовий збір. Він називається griffierecht.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>Juridisch Loket, соціальний радник (sociaal raadslid) або адвокат.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking (офіційне рішення)</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>Beschikking — це рішення органу влади щодо вас. Ви отримуєте його в листі. Наприклад, чи отримаєте ви виплату.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>У листі написано, що вирішили і чому. Ви не згодні? Тоді ви можете подати заперечення.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Відправник листа, соціальний радник (sociaal raadslid) або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet (захищена частина доходу)</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>Beslagvrije voet — це частина вашого доходу, яку ніхто не може забрати. Навіть під час стягнення. Так у вас залишаються гроші на оренду та їжу.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>Той, хто стягує з вашого доходу, має розрахувати цю суму. Вам здається, що вона занизька? Тоді ви можете попросити її перевірити.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Судовий виконавець (deurwaarder) або організація, що стягує, допомога з боргами від муніципалітету або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling (розстрочка)</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>З розстрочкою ви повертаєте борг частинами. Ви домовляєтеся, скільки платите щомісяця.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>Погоджуйтеся лише на суму, яку справді можете віддати. Більше не виходить платити? Тоді вчасно зв&apos;яжіться з ними.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>Організація, якій ви винні гроші, або допомога з боргами від муніципалітету.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering (управління фінансами)</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>При управлінні фінансами управитель (bewindvoerder) розпоряджається вашими грошима замість вас. Про це вирішує суддя. Управитель, наприклад, оплачує ваші рахунки.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>Ви отримуєте гроші на життя. Витрати іноді може оплатити муніципалітет.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Команда району (wijkteam), допомога з боргами від муніципалітету або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar (заперечення)</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>Ви не згодні з рішенням муніципалітету? Тоді ви можете подати заперечення. Ви пишете, чому ви не згодні.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>Зробіть це протягом шести тижнів від дати рішення. Тоді муніципалітет ще раз розгляне рішення.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>Соціальний радник (sociaal raadslid) або Juridisch Loket допоможе вам написати його.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand (соціальна допомога)</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>Bijstand — це гроші від муніципалітету на життя. Ви отримуєте їх, якщо у вас недостатньо грошей. І якщо ви не можете отримати іншу виплату.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>З bijstand пов&apos;язані домовленості. Наприклад, про пошук роботи та повідомлення про зміни.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>Ваш куратор (klantmanager) або пункт «робота і дохід» муніципалітету (Werkplein). Допомога з питаннями: соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand (особлива допомога)</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>Особлива допомога — це гроші від муніципалітету на необхідні додаткові витрати. Наприклад, окуляри або зламана пральна машина. Для цього не обов&apos;язково отримувати bijstand.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>Ви подаєте заяву в муніципалітет. Муніципалітет дивиться на ваш дохід і ваші витрати.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Муніципалітет, команда району (wijkteam) або соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete (штраф)</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>Штраф — це гроші, які треба заплатити як покарання. Муніципалітет може дати штраф, якщо ви чогось не повідомили або повідомили запізно.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Муніципалітет має зважити на вашу ситуацію. Ви завжди можете пояснити, що сталося. Ви не згодні? Тоді ви можете подати заперечення.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer (управління бюджетом)</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>При управлінні бюджетом організація оплачує ваші постійні витрати замість вас. Наприклад, оренду, енергію та медичне страхування. Суддя для цього не потрібен.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>Решту грошей на життя ви залишаєте собі. Так ваші постійні рахунки завжди оплачені.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>Допомога з боргами від муніципалітету або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG (Центр для молоді та сім&apos;ї)</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>CJG — це Центр для молоді та сім&apos;ї. Туди можна звернутися з питаннями про виховання і дорослішання дітей.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>Там ви отримаєте пораду або допомогу для себе і своїх дітей. Це безкоштовно.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>CJG у вашому муніципалітеті або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent (консультант)</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>Консультант — це працівник, наприклад, муніципалітету або UWV. Він допомагає вам із виплатою, роботою або доглядом.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>Ваш консультант обговорює з вами, що вам потрібно. Ви можете взяти когось із собою на розмову.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>Ваш консультант. Контакт не складається? Тоді попросіть іншого працівника.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder (судовий виконавець)</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>Судовий виконавець стягує борги. Іноді він може накласти стягнення на вашу зарплату, виплату або речі. Це можна робити лише з дозволу судді або органу влади.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>Тоді часто додаються додаткові витрати. Тому швидко відповідайте на лист від судового виконавця.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>Допомога з боргами від муніципалітету, Juridisch Loket або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD (цифровий ідентифікатор)</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>DigiD — це ваш вхід до державних послуг. Ви користуєтеся ним, наприклад, для муніципалітету, доплат (toeslagen) або медичного страховика.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>Ніколи не давайте свій DigiD іншій людині. Хочете, щоб вам хтось допоміг? Тоді ця людина може отримати доручення (machtiging).</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>Informatiepunt Digitale Overheid у бібліотеці або служба підтримки DigiD.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico (франшиза)</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>Франшиза — це частина витрат на лікування, яку ви щороку спочатку платите самі. Лише після цього платить ваше медичне страхування.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>За сімейного лікаря франшизу не платять. Не можете заплатити все одразу? Тоді попросіть розстрочку.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>Ваш медичний страховик або муніципалітет (деякі муніципалітети мають медичне страхування, яке з цим допомагає).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige (експерт із власним досвідом)</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>Експерт із власним досвідом сам пережив важкі речі. Наприклад, борги, бідність або хворобу. Він використовує цей досвід, щоб допомагати іншим.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>Така людина часто добре розуміє, що ви відчуваєте. Ви можете говорити з нею на рівних.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>Команда району (wijkteam), соціальна організація або рада клієнтів.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringswerker (рівний консультант)</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>Рівний консультант — це експерт із власним досвідом, який робить це як роботу. Часто він пройшов навчання.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>Рівний консультант може сидіти поруч із вами під час розмови. Рішення ухвалюєте ви.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>Команда району (wijkteam) або соціальна організація.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening (перегляд рішення)</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>Під час перегляду муніципалітет змінює попереднє рішення. Наприклад, тому що ваша ситуація виявилася іншою.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>Тоді ваша виплата може стати більшою або меншою. Іноді також за період, який уже минув. Ви можете подати заперечення.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Ваш куратор (klantmanager), соціальний радник (sociaal raadslid) або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting (слухання)</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>Слухання — це розмова про ваше заперечення. Ви самі розповідаєте, чому не згодні з рішенням.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>Ви можете взяти когось із собою. Після цього муніципалітет ухвалює рішення знову.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>Соціальний радник (sociaal raadslid) або Juridisch Loket допоможе вам підготуватися.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener (соціальний працівник)</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>Соціальний працівник допомагає людям у межах своєї роботи. Наприклад, хтось із команди району або з допомоги з боргами.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>Соціальний працівник думає разом із вами. Ви вирішуєте, що важливо.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>Команда району (wijkteam) або ваш сімейний лікар знає, який соціальний працівник вам підходить.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag (доплата на оренду)</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>Доплата на оренду — це гроші від держави, які допомагають платити за оренду. Скільки ви отримаєте, залежить від вашої оренди і доходу.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>Вчасно повідомляйте про зміни в доході. Інакше пізніше, можливо, доведеться повернути гроші.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (служба доплат) або допомога із заявою в Informatiepunt Digitale Overheid чи в соціального радника (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso (стягнення боргів)</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>Колекторське бюро намагається зібрати гроші для іншої фірми. Це буває, коли ви не оплатили рахунок вчасно.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>Тоді додаються витрати. Відповідайте швидко і попросіть розстрочку, якщо вона потрібна.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Допомога з боргами від муніципалітету або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht (обов&apos;язок повідомляти)</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>Ви отримуєте виплату? Тоді ви маєте самі вчасно повідомляти про зміни. Це називається обов&apos;язок повідомляти.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>Йдеться про речі, які можуть змінити вашу виплату. Наприклад, робота, гроші або хто живе з вами. Не впевнені? Тоді запитайте.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>Ваш куратор (klantmanager) або консультант (consulent).</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht (право на доступ до даних)</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>Ви можете запитати, які дані про вас зберігає організація. Це називається право на доступ до даних.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>Організація має відповісти протягом місяця. Ви отримаєте перелік або копію. Це безкоштовно.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet (Закон про молодь)</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>Закон про молодь — це закон про допомогу дітям і молоді до вісімнадцяти років. Цю допомогу організовує муніципалітет.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>Вашій дитині потрібна допомога або догляд? Тоді можна звернутися до муніципалітету. Іноді також через сімейного лікаря.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>CJG, команда району (wijkteam) або ваш сімейний лікар.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Juridisch Loket (юридичні консультації)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>Juridisch Loket дає безкоштовні поради про ваші права. Наприклад, про виплату, борги, оренду або роботу.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>Вам пояснять, що ви можете зробити. Іноді допоможуть знайти адвоката.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>Juridisch Loket. Можна зателефонувати, написати e-mail або прийти.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek (розмова за кухонним столом)</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>Це розмова з муніципалітетом про допомогу, яка вам потрібна. Часто вона відбувається у вас удома.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>Ви розповідаєте, що йде добре, а що ні. Ви можете попросити когось бути поруч.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>Пункт Wmo муніципалітету (Wmo-loket) або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag (допомога на дітей)</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>Допомога на дітей — це гроші для батьків дітей до вісімнадцяти років. Ви отримуєте її щокварталу.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>Неважливо, скільки ви заробляєте. Ви отримуєте її від SVB.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>SVB.</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget (бюджет на дитину)</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>Бюджет на дитину — це гроші для батьків із дітьми до вісімнадцяти років. Скільки ви отримаєте, залежить від вашого доходу.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>Зазвичай ви отримуєте його автоматично, якщо отримуєте допомогу на дітей. Вчасно повідомляйте про зміни.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>Dienst Toeslagen (служба доплат) або соціальний радник (sociaal raadslid) для допомоги.</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager (куратор)</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>Куратор працює в муніципалітеті. Це ваша постійна контактна особа щодо bijstand і допомоги з роботою.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>З куратором ви домовляєтеся про різні речі. Ви можете сказати, що важливо для вас.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>Ваш куратор. Контакт не складається? Тоді попросіть у муніципалітеті іншу людину.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm (правило розподілу витрат)</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>Ви живете в одному домі з іншими дорослими? Тоді ви часто отримуєте менше bijstand. Адже ви можете ділити витрати. Це називається правило розподілу витрат.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>Не всі в домі враховуються. Наприклад, молоді люди, а іноді ті, хто платить вам за оренду. Запитайте, що стосується вас.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding (звільнення від місцевих податків)</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>Зі звільненням вам не треба платити деякі місцеві податки. Наприклад, за сміття або воду. Це можливо, якщо у вас мало грошей.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>Вам треба самим подати заяву. Іноді це відбувається автоматично, якщо ви отримуєте bijstand.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>Податковий відділ муніципалітету або водного управління (waterschap) чи соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Leefgebied (сфера життя)</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>Сфера життя — це частина вашого життя. Наприклад, гроші, житло, здоров&apos;я або контакт з іншими.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>На своїй дошці ви вибираєте, які сфери життя зараз важливі. Так ви вирішуєте, про що буде розмова.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>Ваш куратор (klantmanager), консультант (consulent) або команда району (wijkteam). Візьміть свою дошку на розмову.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging (доручення)</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>Дорученням ви дозволяєте комусь щось владнати за вас. Наприклад, через DigiD.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>Тоді ця людина може робити справи за вас. Доручення можна також знову скасувати.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>Informatiepunt Digitale Overheid у бібліотеці або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg (догляд за близькими)</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>Догляд за близькими — це турбота про людину, яку ви знаєте. Наприклад, про партнера, батька, матір або дитину, які хворіють. Вам за це не платять.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>Догляд за близькими може бути важким. Ви можете попросити допомогу, також для себе. Наприклад, щоб трохи відпочити.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>Пункт підтримки для тих, хто доглядає близьких (steunpunt mantelzorg), команда району (wijkteam) або пункт Wmo муніципалітету.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet (Закон про участь)</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>Participatiewet — це закон про bijstand. У ньому також є допомога з роботою. Закон виконує муніципалітет.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>У законі записані ваші права та обов&apos;язки. У найближчі роки закон зміниться в кількох пунктах. Запитайте, що зараз стосується вас.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb (особистий бюджет)</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>Pgb — це особистий бюджет. За ці гроші ви самі вибираєте та організовуєте свій догляд або допомогу.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>Тоді у вас також є завдання. Ви домовляєтеся з тим, хто надає вам догляд. І записуєте, на що йдуть гроші.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>Муніципалітет, офіс догляду (zorgkantoor) або SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie (повернення до роботи)</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>Повернення до роботи — це допомога, щоб (знову) почати працювати. Наприклад, курс, робочий досвід або робота на пробу.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>Ви домовляєтеся про це з куратором. Ваші бажання і ваше здоров&apos;я теж враховуються.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>Ваш куратор (klantmanager) або UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening (допомога з боргами)</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>Допомога з боргами — це допомога муніципалітету, якщо у вас є борги. Вона безкоштовна.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>Разом ви дивитеся на ваші гроші та борги. Іноді можна домовитися з усіма кредиторами одразу. Що раніше ви прийдете, то краще.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Допомога з боргами від муніципалітету, команда району (wijkteam) або соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering (реструктуризація боргів)</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>Реструктуризація боргів — це програма для людей із великими боргами. Певний час ви платите стільки, скільки можете. Після цього зазвичай у вас більше немає боргів.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>Ви отримуєте допомогу і маєте дотримуватися домовленостей. Іноді про це вирішує суддя. Це називається Wsnp.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid (соціальний радник)</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>Соціальний радник безкоштовно допомагає вам із листами, формами та правилами. Наприклад, щодо доплат або виплати.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>Ви отримуєте пояснення і допомогу із заповненням. Соціальний радник також може допомогти із запереченням.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>Запитайте в муніципалітеті або в соціальній організації, де знайти соціального радника.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer (кімната для розмови)</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>Кімната для розмови — це кімната, де ви говорите з куратором або консультантом. Наприклад, у будівлі муніципалітету.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>Ви можете взяти когось із собою на розмову. Mapje допомагає вам підготуватися до розмови.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>Стійка інформації в муніципалітеті, якщо ви хочете знати, куди йти.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB (Банк соціального страхування)</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>SVB — це Банк соціального страхування. Він виплачує, серед іншого, AOW і допомогу на дітей.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>У вас є питання про AOW, допомогу на дітей або pgb? Тоді звертайтеся до SVB.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>SVB. Потрібна допомога з питанням? Соціальний радник (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie (корисна робота натомість)</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>Tegenprestatie — це неоплачувана корисна робота поряд із bijstand. Наприклад, волонтерство. Муніципалітет може попросити вас про це.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>Вона не може замінювати оплачувану роботу. Муніципалітет має зважати на те, що ви можете. Поговоріть про це, якщо вам це не під силу.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>Ваш куратор (klantmanager) або соціальний радник (sociaal raadslid), якщо у вас є питання.</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering (вимога повернути гроші)</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>У такому разі муніципалітет просить повернути гроші. Це буває, коли вам виплатили забагато.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Часто можна повертати частинами. Ви не згодні? Тоді ви можете подати заперечення.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Ваш куратор (klantmanager), допомога з боргами від муніципалітету або Juridisch Loket.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen (державні доплати)</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>Доплати — це гроші від держави. Наприклад, на оренду, медичне страхування або дітей. Ви отримуєте їх, якщо ваш дохід не надто високий.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>Доплата — це аванс. Ваш дохід змінюється? Тоді швидко повідомте про це. Інакше пізніше, можливо, доведеться повернути гроші.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (служба доплат) або допомога в Informatiepunt Digitale Overheid чи в соціального радника (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering (соціальна виплата)</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>Соціальна виплата — це гроші на життя, коли у вас немає доходу або він замалий. Наприклад, bijstand, WW або AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>До виплати є правила. Наприклад, ви маєте повідомляти про зміни.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>Муніципалітет, UWV або SVB. Це залежить від того, яку виплату ви отримуєте.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV (Агентство страхування працівників)</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>UWV займається виплатами для людей, які працювали. Наприклад, WW, коли ви втратили роботу. І виплатами, коли ви хворієте.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>Ви отримуєте виплату від UWV? Тоді діють домовленості UWV.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>UWV або соціальний радник (sociaal raadslid) для допомоги з питаннями.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis (Безпечний дім)</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis допомагає при насильстві або тривозі щодо безпеки вдома. Також тоді, коли йдеться про іншу людину. Там можна анонімно попросити поради.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>Вам не треба вирішувати це самотужки. Veilig Thuis разом із вами подумає, що потрібно.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis, вдень і вночі. Якщо є пряма небезпека: телефонуйте на номер екстреної допомоги.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank (продовольчий банк)</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>Продовольчий банк безкоштовно дає їжу людям, у яких дуже мало грошей. Зазвичай ви отримуєте пакунок щотижня.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>Вам потрібне направлення, наприклад, від команди району. Не треба соромитися. Багатьом людям це іноді потрібно.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>Команда району (wijkteam), допомога з боргами від муніципалітету або продовольчий банк поблизу.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong (виплата для молоді з інвалідністю)</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>Wajong — це виплата від UWV. Вона для людей, які ще в молодому віці захворіли або отримали інвалідність.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>Ви подаєте заяву на Wajong зараз? Тоді ви отримаєте її лише тоді, якщо ніколи не зможете працювати. Ви можете працювати? Тоді допомагає муніципалітет.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>UWV або соціальний радник (sociaal raadslid) для допомоги.</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam (команда району)</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>Команда району — це команда фахівців із допомоги поблизу вас. Туди можна звернутися з питаннями про гроші, догляд, виховання або житло.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>Команда району сама допомагає вам або шукає потрібну допомогу. Це безкоштовно. Іноді вона називається соціальна команда або команда кварталу.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>Команда району поблизу вас. Муніципалітет знає, де вона.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz (Закон про довготривалий догляд)</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>Wlz — це Закон про довготривалий догляд. Він для людей, яким завжди потрібен догляд або нагляд поруч.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>Спочатку вам потрібна оцінка (indicatie) від CIZ. Після цього ви отримуєте догляд удома або в закладі догляду.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>CIZ, офіс догляду (zorgkantoor) або команда району (wijkteam).</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo (Закон про соціальну підтримку)</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>Wmo — це Закон про соціальну підтримку. За ним муніципалітет допомагає вам далі жити вдома і брати участь у житті суспільства.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>Ви можете отримати, наприклад, допомогу вдома, транспорт або допоміжний засіб. Іноді ви платите власний внесок.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW (допомога з безробіття)</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>WW — це виплата від UWV. Ви отримуєте її, коли втрачаєте роботу і працювали достатньо довго. WW триває певний час.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>Коли у вас WW, ви маєте шукати роботу. WW закінчується, а грошей замало? Тоді, можливо, ви зможете отримати bijstand.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag (доплата на медичне страхування)</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>Доплата на медичне страхування — це гроші від держави на ваше медичне страхування. Ви отримуєте її, якщо ваш дохід не надто високий.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>Вчасно повідомляйте про зміни в доході. Інакше пізніше, можливо, доведеться повернути гроші.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering (медичне страхування)</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>Кожен, хто живе або працює в Нідерландах, мусить мати медичне страхування. Так сказано в Законі про медичне страхування (Zvw). Базове страхування оплачує більшість медичної допомоги.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>Щомісяця ви платите внесок. У вас малий дохід? Тоді, можливо, ви отримаєте доплату на медичне страхування (zorgtoeslag).</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>Ваш медичний страховик або муніципалітет — щодо медичного страхування з додатковою допомогою.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>Складні слова</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>Тут є слова, які ви зустрінете в муніципалітеті. Виберіть слово, щоб побачити пояснення.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>Шукати слово</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>Цього слова немає в списку. Спробуйте інше слово.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>У процесі</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>Вдалося</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>Зупинено</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>Коли: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>Хто допомагає: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>Зроблено: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>Ще треба зробити: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>Нова ціль</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>Моя ціль</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>Спочатку виберіть на дошці, що для вас важливо. Потім ви напишете тут свою ціль.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Чого стосується ваша ціль?</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>Що ви хочете, щоб було інакше?</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>Mapje зберігає вашу ціль, щойно ви щось напишете. Потім можна вибрати дату й кроки.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваша ціль залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>Я хочу вибрати дату</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>Коли ви хочете цього досягти?</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>Хто вам допомагає?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>Цей день уже минув. Нічого страшного. Хочете вибрати новий день? Це можна зробити вище.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>Виберіть ще, чого стосується ваша ціль. Тоді Mapje її збереже.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Виберіть, що важливо</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>Прибрати ціль</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>Ви впевнені? Цього не можна буде скасувати.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>Як справи з цією ціллю?</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>Ваша ціль залишається збереженою. Пізніше ви зможете продовжити.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>Маленькі кроки</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>Яким може бути маленький перший крок?</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>Яким може бути наступний маленький крок?</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Додати крок</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>Мої цілі</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>Напишіть своїми словами, чого ви хочете досягти. Маленькі кроки допомагають.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>У вас ще немає цілей. Це нормально. Почніть, коли захочете.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваші цілі залишаються тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Нова ціль</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>Зберегти в моєму Mapje</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Отримати з кіоску</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>Ви щось створили на кіоску в будівлі муніципалітету? Перенесіть це сюди, у свій Mapje. На кіоску є код.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>Скануйте код камерою</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>Або введіть код із кіоску</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Отримати</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>Хвилинку, ми шукаємо кіоск.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>Подивіться на кіоск. Чи там той самий код? Тоді торкніться на кіоску ‘Так, той самий код’.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>Це надійшло з кіоску. Виберіть, що хочете зберегти. Поки нічого не збережено.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>Також те, що інші сказали на Вашій дошці</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>Якщо це вимкнено, Ви зберігаєте лише те, що сказали самі.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>У Вас уже є дошка в Mapje. Яку дошку Ви хочете використовувати? Стара дошка залишиться серед попередніх дошок.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>Зберегти з дошкою з кіоску</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>Зберегти, але залишити мою дошку</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>Зберегти в моєму Mapje</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>Зупинити, нічого не зберігати</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>Скануйте код кіоску</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>Тримайте камеру перед кодом на екрані кіоску.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>Камера зараз не працює. Введіть код із кіоску.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>Ввести код</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Забрати на телефон</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>Хвилинку, ми створюємо код.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>Хвилинку, ми надсилаємо Вашу теку.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>Відкрийте Mapje на своєму телефоні. Виберіть ‘Отримати з кіоску’. Скануйте цей код або введіть код нижче.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>QR-код для сканування телефоном</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>Дійсний ще %1:%2.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>Чи показує Ваш телефон той самий код?</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>Це інший код? Тоді виберіть ‘Ні’. Тоді ми нічого не надішлемо.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>Надіслано. Подивіться на телефон і виберіть, що хочете зберегти. Тут усе залишиться, доки Ви не торкнетеся ‘Готово — стерти все’.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>Так, той самий код</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>Ні, інший код</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>Допомога з боргами від муніципалітету (Schuldhulp)</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>Команда району або соціальна команда (wijkteam)</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>Консультант із бюджету або допомога з домашніми паперами (budgetcoach / thuisadministratie)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>Juridisch Loket (питання про ваші права)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>Ваш куратор у муніципалітеті (klantmanager)</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>UWV (якщо ви отримуєте допомогу з безробіття WW або з непрацездатності WIA)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>Центр волонтерства (vrijwilligerscentrale)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>Taalhuis у бібліотеці (вивчення нідерландської)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>Ваша житлова корпорація (woningcorporatie) або орендодавець</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>Команда району (wijkteam)</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>Huurteam (допомога з проблемами оренди)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>Juridisch Loket (юридичні консультації)</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>Ваш сімейний лікар (huisarts)</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>Помічник вашого сімейного лікаря (praktijkondersteuner)</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>Аптека</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>Патронажна медсестра (wijkverpleging)</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>Ваш сімейний лікар або його помічник</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>Телефон довіри (можна говорити без імені, вдень і вночі)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>Центр молоді та сім’ї (Centrum voor Jeugd en Gezin)</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (у разі насильства або тривоги про безпеку вдома)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>Районний центр (buurthuis) або соціальна організація (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>Телефон довіри (просто поговорити)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>Соціальна організація у вашому районі</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>Районний центр (buurthuis)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>Пункт Wmo в муніципалітеті (денні заняття)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>Пункт Wmo в муніципалітеті (допомога вдома)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>Продуктовий банк / voedselbank (якщо немає грошей на їжу)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Sociaal raadslieden (допомога з листами й формами)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>Informatiepunt Digitale Overheid у бібліотеці (допомога з державними послугами онлайн)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>Пункт Wmo в муніципалітеті (транспорт або допоміжний засіб)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>Соціальна організація (водії-волонтери)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>Ваш сімейний лікар (якщо через здоров’я вам важко їздити)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>Taalhuis у бібліотеці (вивчення мови)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>Соціальна організація (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>Пункт підтримки для тих, хто доглядає близьких (steunpunt mantelzorg)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>Пункт Wmo в муніципалітеті (перепочинок від догляду)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>Духовний консультант (навіть якщо ви не вірите)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>Ваша релігійна громада</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>Попередні дошки</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>Ви ще не створили дошку.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>Переглянути цю дошку</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>Переглянути дошку: %1</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>Ця дошка зараз відкрита.</translation>
    </message>
    <message>
        <source>Toon eerdere borden</source>
        <translation>Показати попередні дошки</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Мій Mapje</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>Про що ви не хочете забути?</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>Mapje одразу зберігає на цьому пристрої все, що ви пишете.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Зараз не вдається зберегти. Ваш текст залишається тут. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Змінити код</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Складні слова</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>Настав час домовленої зустрічі. Хочете разом подивитися, що змінилося?</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Разом подивитися назад</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>У вас є нагадування.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>Переглянути нагадування</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>Мої цілі</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Домовлені зустрічі</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>Підготуватися до зустрічі</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>Взяти з собою свій Mapje</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Виберіть, що важливо</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Які відчуття?</translation>
    </message>
    <message>
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>Наступний крок: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>Продовжити розмову</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>Говоримо разом</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>Поділитися з громадою (%1 нових)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Поділитися з громадою</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Чим я ділюся?</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>Те, що Ви вводите, залишається лише тут, поки Ви не закінчите. Потім ми це видаляємо.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>Керування кіоском</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>Муніципалітет: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Друк вимкнено.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>Принтер: стандартний принтер цього комп’ютера.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>Сервер муніципалітету: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>Сервер не налаштовано. Перенесення на телефон і надсилання муніципалітету вимкнено.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>Перенесення на телефон: увімкнено.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>Перенесення на телефон: вимкнено, бо бракує токена кіоску.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>Через %1 секунд без дотику кіоск питає: Ви ще тут? Ще через %2 секунд він усе видаляє.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>Завершити режим кіоску</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Так, завершити</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>Ні, залишити кіоск увімкненим</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>Кіоск зупиниться, і екран стане порожнім. Як запустити його знову, написано в посібнику до кіоску.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>Керування</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>Це лише для працівника стійки обслуговування.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>Спробуйте ще раз через %n секунду.</numerusform>
            <numerusform>Спробуйте ще раз через %n секунди.</numerusform>
            <numerusform>Спробуйте ще раз через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>PIN-код для керування</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>Готово — видалити все</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Забрати на телефон</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>Видалити все?</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>Усе, що Ви тут створили, тоді зникне з цього екрана.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>Хочете це зберегти? Тоді спершу візьміть це з собою.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>Так, видалити все</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>Ні, повернутися</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>Ви деякий час нічого не робили. Через %n секунду ми видалимо все, що Ви тут створили.</numerusform>
            <numerusform>Ви деякий час нічого не робили. Через %n секунди ми видалимо все, що Ви тут створили.</numerusform>
            <numerusform>Ви деякий час нічого не робили. Через %n секунд ми видалимо все, що Ви тут створили.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>Так, я ще тут</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>Готово, видаліть усе зараз</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>Тут Ви складаєте власний огляд для розмови з муніципалітетом.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>Ви самі вирішуєте, що заповнювати. Ви не мусите нічого показувати.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>Закінчили? Тоді візьміть це з собою, а ми видалимо все з цього екрана.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>Оберіть мову</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>Керування</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>Mapje зараз не може зберегти цей вибір. Але він діє, поки Mapje відкритий. Mapje незабаром спробує ще раз.</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>Ваш дохід, рахунки та борги.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>Чи вдається вам платити рахунки?</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>Що вас турбує?</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>Що вже добре виходить із грошима?</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Робота й навчання</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>Робота, волонтерство, школа або курси.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>Що у вас добре виходить?</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>Що ви хотіли б робити чи вивчати?</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>Що вам для цього потрібно?</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Житло</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>Ваш дім, район і безпечне життя вдома.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>Як вам живеться у вашому домі?</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>Чи почуваєтеся ви в безпеці вдома й у своєму районі?</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>Що вам подобається там, де ви живете?</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Тіло й здоров’я</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>Ваше тіло, біль, сон і рух.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>Як почувається ваше тіло?</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>Як ви спите?</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>Що ви вже робите для свого здоров’я?</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Самопочуття</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>Стрес, тривоги, спокій і ваш настрій.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>Як ви почуваєтеся останнім часом?</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>Що дає вам спокій?</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>Що вас непокоїть?</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>Ваш партнер, діти й родина.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>Як справи вдома?</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>До кого в родині ви можете звернутися?</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>Що добре у вашій родині?</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Друзі та знайомі</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>Люди навколо вас, щоб ви не були самі.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>Хто для вас важливий?</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>З ким ви говорите, коли важко?</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>Ви хочете більше чи менше спілкування?</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Ваш день</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>Ваш розпорядок дня, те, що ви любите робити, і вільний час.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>Який у вас звичайний день?</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Що ви любите робити?</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>Що ви хотіли б робити частіше?</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Самостійність</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>Приготування їжі, покупки й домашні справи.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>Що вам уже добре вдається самостійно?</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>Що вам дається важко?</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>З чим вам потрібна допомога?</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Пошта й папери</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>Листи, форми й установи, наприклад муніципалітет.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>Чи вдається вам розбиратися з поштою?</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>Які листи для вас складні?</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>Хто вже допомагає вам з паперами?</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>Як кудись дістатися, поїздки й транспорт.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>Чи можете ви дістатися туди, куди хочете?</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>Як ви зазвичай пересуваєтеся?</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>Що ускладнює для вас поїздки?</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Участь у житті громади</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>Участь у житті району, відчуття належності й мова.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>Де вам раді?</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>Що ви хотіли б робити разом з іншими?</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>Чи щось заважає вам брати участь?</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Догляд за іншими</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>Догляд за близькою людиною або допомога комусь іншому.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>Про кого ви дбаєте?</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>А як ви самі, коли стільки доглядаєте?</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>Хто вам у цьому допомагає?</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Сенс життя</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>Віра, мрії й те, що вас радує.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>Що вас радує?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Що для вас важливо?</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>Про що ви мрієте?</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1 о %2</translation>
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
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>День</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>Оберіть</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>Мій Mapje</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>Цей Mapje належить: %1. Його створено мною в застосунку Mapje %2.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>Цей Mapje належить: %1. Його створено мною в застосунку Mapje.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>Цей Mapje створено мною в застосунку Mapje %1.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>Цей Mapje створено мною в застосунку Mapje.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>Що важливо для мене</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>Порядок — мій власний вибір.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>%1 каже:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>Мої цілі</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>Стосується:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>Коли:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>Хто допомагає:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>Як справи:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>Кроки:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>Моя зустріч</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>Де:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>З ким:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>Хто йде зі мною:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>Про що я хочу запитати?</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>Що я хочу, щоб вони знали?</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>Що я візьму з собою?</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>Мій Mapje — %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>Мій Mapje · сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>Мій Mapje · %1 · сторінка %2 з %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>Людина, яка створила цей Mapje</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>Так, прибрати</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>Ні, залишити</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>Пояснення: %1</translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation>Увімкнено</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Вимкнено</translation>
    </message>
</context>
<context>
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>Година</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>Хвилина</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>Над чим ви хочете попрацювати насамперед?</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>Поставте вгору те, що для вас на першому місці. Перетягніть або натисніть «Вище» і «Нижче».</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Місце %1: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>Перемістити вище: %1</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Нижче</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>Перемістити нижче: %1</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>Під’єднатися до громади</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>Ваш менеджер (klantmanager) дав вам код.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Цим кодом ви під’єднуєте Mapje до: %1.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>Що надсилає Mapje</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>Лише те, що ви обираєте, по одному. Спершу ви бачите, що саме буде надіслано. Потім ви завжди можете це відкликати.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>Чого Mapje ніколи не надсилає</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>Ваш код для відкриття Mapje, ваш блокнот і все, що ви не обираєте самі. Те, що інші сказали на вашій дошці, надсилається лише тоді, коли ви це ввімкнете.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>Код від вашого менеджера</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>Під’єднати</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Попередні розмови</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>Немає збережених попередніх розмов.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>Розмова %1</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>Хто був: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>Картки: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>Прибрати цю розмову</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>Хочете прибрати цю розмову? Те, що з неї збережено, залишиться на вашій дошці й у ваших цілях.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>Закриває екран. Усе залишається збереженим.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Тут ще нічого немає.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>Це належить комусь іншому?</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>Належить: %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>Не змінювати</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>Це ваше</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>Я</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>Близька мені людина</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>Рівний консультант</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>Додати інших людей</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>Прибрати з дошки: %1</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>Хто приєднується?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Близька мені людина</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Рівний консультант</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Ім’я (можна залишити порожнім)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>Що робить соціальний працівник? А рівний консультант?</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>Інша людина теж може вказати, що вона думає. Лише про те, що вибрали ви. Ви завжди можете це сховати або прибрати.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Заповнити</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>Вказати, що думає %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>Радісно</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>Сумно</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Так</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Ще не знаю</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>Перевірте свій Mapje</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>Саме так це буде у файлі або на папері. Перевірте все спокійно.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>Ваш Mapje готується.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>Сторінка %1 вашого Mapje</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>Так, зберегти як PDF</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>Так, надрукувати</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>Де ви хочете зберегти свій Mapje?</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>Показати папку</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>Саме так це буде на папері. Перевірте це без поспіху.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>З ким: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>Про що: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>Візьміть із собою: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>Додати до моїх зустрічей</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>Додати до моїх моментів</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Я не можу прийти</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Пропозиції громади</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>Прийміть те, що вам підходить. Тоді це буде серед ваших зустрічей або моментів, із нагадуванням. Не підходить? Попросіть інший час.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>Громада ще нічого не запропонувала.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Що тепер буде з моєю заявою?</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Чи можу я взяти когось із собою?</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Чи можу я отримати це письмово?</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Коли я отримаю відповідь?</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Кому я можу зателефонувати, якщо в мене є питання?</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Що тепер маю зробити я?</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Чи можете ви пояснити це ще раз?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>Зупинити читання вголос</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Прочитати вголос</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Домовлена зустріч</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Домовлена зустріч — %1</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>Зустріч — %1</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>Маленький крок: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>Сьогодні ви хотіли зробити щось невелике. Зазирніть у Mapje, коли вам зручно.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Сьогодні у вас зустріч. Зазирніть у Mapje, коли вам зручно.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Завтра у вас зустріч. Зазирніть у Mapje, коли вам зручно.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Незабаром у вас зустріч. Зазирніть у Mapje, коли вам зручно.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>Поки що нагадувань не буде.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>Нагадування вимкнено.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>Настав час цього нагадування.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>Ви отримаєте нагадування: %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>Через годину</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>Нагадати через годину: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>Нагадати завтра: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Переглянуто</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>Переглянуто: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>Вимкнути це нагадування: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>Як я хочу отримувати нагадування</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>Увімкнути нагадування</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>Сповіщення ніколи не каже, про що йдеться. Лише те, що у вас щось є.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>Тихі години: у цей час ви не отримуєте сповіщень.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>Тихі години з</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>Тихі години до</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>Тут не можна показувати сповіщення на екрані. Свої нагадування ви бачите в Mapje.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>Додати зустрічі до календаря</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>Ваші права на зустрічі</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>У муніципалітеті у вас є права. Вони записані в законі, переважно в Awb (Загальний закон про адміністративне право) і в AVG (GDPR). Тут ви прочитаєте про чотири важливі права.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>Ви можете взяти когось із собою</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>Ви можете взяти когось із собою на зустріч. Наприклад, партнера, друга, рівного консультанта (ervaringswerker) або соціального радника (sociaal raadslid). Ця людина може вам допомагати. Ця людина говорить від вашого імені? Тоді муніципалітет може попросити доручення (machtiging).</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Закон: Awb, стаття 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>Ви можете попросити це письмово</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>Рішення муніципалітету завжди письмове, наприклад у листі. Те, що хтось каже біля віконця, ще не є рішенням. Тому запитайте: «Чи можу я отримати це письмово?»</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Закон: Awb, стаття 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>Ви можете не погоджуватися з рішенням</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>Ви не згодні з рішенням? Тоді ви можете подати заперечення (bezwaar). Це треба зробити протягом шести тижнів. Шість тижнів починаються наступного дня після того, як рішення надіслали або вручили.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>Напишіть лист або скористайтеся формою муніципалітету. Укажіть у ньому:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>ваше ім’я та адресу</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>дату</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>якого рішення це стосується</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>чому ви не згодні</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>ваш підпис</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>Потрібна допомога? Соціальний радник (sociaal raadslid) або Juridisch Loket допоможе вам безкоштовно. Збережіть копію свого листа.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Закон: Awb, статті 6:5, 6:7 і 6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>Ви можете побачити, що муніципалітет знає про вас</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>Ви можете запитати, які дані про вас зберігає муніципалітет. Це називається право на доступ до даних (inzagerecht). Ви отримаєте відповідь протягом місяця. Це триває довше? Тоді вам пояснять чому. Це безкоштовно.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Закон: AVG, стаття 15 і стаття 12, пункт 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Сумніваєтеся? Запитайте соціального радника (sociaal raadslid) або Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>Вигляд</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>Зробіть Mapje зручнішим для читання. Зміни видно одразу. Mapje запам’ятає ваш вибір.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>Чорні літери на білому, з товстими рамками.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>Розмір літер</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>Розмір літер %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>Менше руху</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>Екрани змінюються одразу, без руху.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>Приклад: так виглядає текст у Mapje. Чи зручно це читати?</translation>
    </message>
    <message>
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>Швидкість читання вголос</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>Повільно</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>Звичайно</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>Швидко</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>Mapje зараз не може зберегти цей вибір. Але він діє, поки Mapje відкритий. Mapje незабаром спробує ще раз.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>Пауза, коли ніхто не дивиться</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>Ви розмовляєте з іншими, і хтось переходить до іншого вікна? Тоді Mapje може закрити екран.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>Через %1 секунд</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>Через %n хвилину</numerusform>
            <numerusform>Через %n хвилини</numerusform>
            <numerusform>Через %n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>Зробіть Mapje зручнішим для читання. Зміни видно одразу. Ваш вибір діє, доки ви не закінчите.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>Ваша дошка від %1.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>Нотатка: «%1»</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Ще нічого не заповнено.</translation>
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
        <translation>Ви ще не обрали сфер життя.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>Ваша мета у сфері %1: «%2»</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>Коли: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>Хто допомагає: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>Крок, виконано: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>Крок: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>Зустріч: %1</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>Ваша зустріч: %1.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>Де: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>З ким: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>Ваше запитання: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>Ви берете з собою: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>Момент: %1</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>Домовлений момент: %1.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>Ви ще не записали, що змінилося.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>Що змінилося: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Поділитися з громадою</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Це надійде до: %1:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>Також те, що інші сказали на моїй дошці</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>Якщо це вимкнено, надсилається лише те, що сказали ви.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>Щось зміниться пізніше? Тоді Mapje спершу запитає, чи хочете ви поділитися новою версією. Ви завжди можете це відкликати.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>Так, поділитися цим</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>Ні, не ділитися</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>Ви можете відкликати це тут, доки не закінчите. Після цього це може зробити лише ваш куратор (klantmanager).</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>Ви змінили це після того, як поділилися. Громада ще бачить попередню версію.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>Поділитися новою версією</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Поділитися з громадою</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>Ваша дошка: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>Поділитися новою дошкою з громадою</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>Поділитися дошкою з громадою</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Чим я ділюся?</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>Ви ще нічим не поділилися. Усе є лише на цьому пристрої.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>Зараз спільне з громадою</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>Що надсилалося раніше</translation>
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
        <translation>Поділитися з громадою</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>Цей Mapje не під’єднано до громади. Усе залишається на цьому пристрої. Ви можете зберегти свою теку (mapje) як PDF або надрукувати її.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>Ви можете під’єднати Mapje до: %1. Тоді ви самі обираєте, чим ділитися, по одному. Ви завжди спершу бачите, що буде надіслано.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>Під’єднатися за кодом</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>Надіслати й отримати зараз</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>Громада щось пропонує. Подивіться, чи вам це підходить.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Пропозиції громади</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Чим я ділюся?</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>Завершити з’єднання</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>Бажаєте завершити з’єднання з: %1? Тоді громада видалить усе, чим ви поділилися. У вашому Mapje усе залишиться.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Так, завершити</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>Ні, залишити з’єднання</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Отримати з кіоску</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Мій Mapje</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Попередня</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Наступна</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>Хто зараз говорить?</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>Нагадати мені</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>Нагадати мені: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>Якого дня?</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>Прибрати крок</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>Прибрати крок: %1</translation>
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
        <translation>%1 про сферу «%2»</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Моя зустріч</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>Моя зустріч — %1</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>Щось змінити: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Взяти з собою свій Mapje</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>Що важливо для мене</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>Мої цілі</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Моя зустріч</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>Виберіть, що ви хочете показати. У ваш Mapje потрапить лише те, що ввімкнено.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>Поки що немає чого брати з собою. Почніть зі своєї дошки.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>Ваше ім’я вгорі (якщо хочете)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>Зберегти або надрукувати</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Ще не надіслано. Ми спробуємо пізніше ще раз.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>Поділено: %1.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>Ще не відкликано, ми спробуємо ще раз.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>Громада не змогла прийняти цю версію. Ви можете змінити її й поділитися знову або відкликати її.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>Відкликано: %1.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>Не поділено.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>Поділено з: %1</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>Відкликано в: %1</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>Збережено як PDF у: %1</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>Надруковано</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Дошка</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Домовлений момент</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>Підготовка до зустрічі</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>Готово. Mapje під’єднано.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>Цей код не працює. Перевірте, чи ви правильно його переписали. Код працює один раз і недовго. Інакше попросіть у свого менеджера новий код.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>Зараз немає з’єднання з громадою. Спробуйте пізніше. Ваш код залишається тут.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>Ви пробували багато разів. Зачекайте трохи й спробуйте знову.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>Цей Mapje не налаштовано для громади. Запитайте свого менеджера, що можна зробити.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>Громада пропонує зустріч</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>Громада пропонує момент, щоб разом подивитися, як справи</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>Ви прийняли цю зустріч. Ви знайдете її серед зустрічей.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>Ви прийняли цей момент. Ви знайдете його серед домовлених моментів.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>Ви попросили інший час. Надіслано: %1.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Ви попросили інший час. Ще не надіслано. Ми спробуємо пізніше ще раз.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Ваша дошка</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>Ви відклали цю пропозицію. Ви ще можете її прийняти.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>Тут з’явиться те, що ви створюєте і про що домовляєтеся.</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje потребує оновлення</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>Ваші дані з новішої версії Mapje.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>Установіть найновішу версію. Тоді ви знову зможете їх відкрити.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>Ваші дані в безпеці. Mapje нічого в них не змінює.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>З поверненням</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>Введіть PIN-код або парольну фразу</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>Код кілька разів був неправильний. Тому Mapje трохи зачекає.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>Зачекайте трохи. Mapje відкриває ваші дані.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>Забули код?</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Вигляд: розмір тексту й контраст</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>Ласкаво просимо до Mapje</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>З Mapje ви підготуєтеся до розмови з муніципалітетом.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>Ви самі вибираєте, що важливо, своїми словами.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>Усе залишається на цьому пристрої, надійно замкнене.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Вигляд: розмір тексту й контраст</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Складні слова</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>Бажаєте відкликати це в громади? Там це буде видалено. У вашому Mapje воно залишиться.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>Так, відкликати</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>Ні, залишити</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>Спочатку напишіть, що ви хочете взяти з собою.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>Це вже є у вашому списку.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>Спочатку виберіть день зустрічі. Тоді Mapje зможе нагадати вам про неї.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1, час ще не обрано</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Лише ви вибираєте сфери життя та їхній порядок.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Не вдалося. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 тепер на місці %2 з %3.</translation>
    </message>
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>Те, що хтось думає, можна додати лише до сфери життя, яку вибрали ви.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>Ваша думка залишається на дошці.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>Свою думку не можна сховати. Але її можна прибрати.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>Ця людина вже щось тут заповнила. Якщо це неправильно, спочатку приберіть це.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>%1: ви ще не вибрали жодної сфери життя.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>%1: ви вибрали %2.</translation>
    </message>
</context>
<context>
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>Зараз не вдається зберегти. Можливо, закінчилося місце. Ваші дані в Mapje в безпеці.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>Готово. Файл у папці %1. Відкрийте його, щоб додати зустрічі до календаря.</translation>
    </message>
</context>
<context>
    <name>mapje::ConversationController</name>
    <message>
        <source>%1 bij %2</source>
        <extracomment>What she kept at the closing: %1 is who said it, %2 the leefgebied.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>ви</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>хтось близький вам</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>соціальний працівник</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>рівний консультант</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>Спочатку напишіть своїми словами, чого ви хочете.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>Ціль стосується того, що ви самі вибрали на своїй дошці.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>Для цілі потрібні слова. Ваші попередні слова збережено.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Не вдалося. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>Спочатку напишіть кілька слів. Тоді Mapje це збереже.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>Цей код неправильний. Подивіться ще раз на екран кіоску.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>Це не код із кіоску Mapje.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>Це не працює на цьому пристрої. Нічого не отримано.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Цей код не належить до кіоску, який Ви сканували. Нічого не отримано. Попросіть у кіоску новий код.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Час вийшов. Нічого не отримано. Виберіть у кіоску ще раз ‘Забрати на телефон’.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>Mapje не може прочитати те, що надійшло. Нічого не збережено. Почніть знову в кіоску.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Ваша дошка</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>Мета: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>Збережено у Вашому Mapje: дошка і %n мета.</numerusform>
            <numerusform>Збережено у Вашому Mapje: дошка і %n мети.</numerusform>
            <numerusform>Збережено у Вашому Mapje: дошка і %n цілей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>Збережено у Вашому Mapje: дошка.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>Збережено у Вашому Mapje: %n мета.</numerusform>
            <numerusform>Збережено у Вашому Mapje: %n мети.</numerusform>
            <numerusform>Збережено у Вашому Mapje: %n цілей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>Ви нічого не зберегли.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Цей код більше не діє: час вийшов або кіоск зупинився. Нічого не отримано. Попросіть у кіоску новий код.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Інший телефон уже використав цей код. Нічого не отримано. Виберіть у кіоску ще раз ‘Забрати на телефон’.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>Спробовано забагато кодів. Зачекайте чверть години і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>Зараз немає з’єднання. Перевірте, чи увімкнено інтернет, і спробуйте ще раз. Нічого не отримано.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Зараз це не вдається. Нічого не отримано. Попросіть у кіоску новий код.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>Поки що нема чого забрати. Спочатку виберіть сфери життя або напишіть мету.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>Забрати з цього кіоску зараз не вдається. Ви можете надрукувати свою теку.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Час вийшов. Нічого не надіслано. Торкніться ще раз ‘Забрати на телефон’, щоб отримати новий код.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>Надіслати не вдалося. Зараз немає з’єднання. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Коди не збігалися. Нічого не надіслано. Торкніться ще раз ‘Забрати на телефон’, щоб отримати новий код.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Час вийшов або код більше не діє. Нічого не надіслано. Торкніться ще раз ‘Забрати на телефон’, щоб отримати новий код.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Інший телефон уже використав цей код. Нічого не надіслано. Торкніться ще раз ‘Забрати на телефон’, щоб отримати новий код.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>Зараз немає з’єднання з муніципалітетом. Нічого не надіслано. Спробуйте трохи згодом або надрукуйте свою теку.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>Зачекайте трохи. Потім Ви зможете спробувати ще раз.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>Цей PIN-код неправильний.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Друк вимкнено.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>Принтер %1 готовий.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>Принтер %1 зараз друкує.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>Принтер %1 повідомляє про помилку. Перевірте принтер.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Принтер не знайдено. Перевірте, чи він увімкнений і доданий у CUPS.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Принтер %1 не знайдено. Перевірте, чи він увімкнений і доданий у CUPS.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>Друк не працює: бракує компонента для друку.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>Перевіряємо сервер …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>Сервер відповідає.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>Сервер не відповідає. Перевірте, чи працює мережа.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>Сервер відповідає помилкою (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>На цьому пристрої не вдається читати вголос цією мовою. Для цієї мови немає голосу.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>На цьому пристрої не вдається читати вголос. Не встановлено жодного голосу.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>Зараз не вдається зберегти. Можливо, закінчилося місце. Ваш Mapje у застосунку в безпеці.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>Принтер не знайдено. Збережіть свій Mapje як файл. Тоді ви зможете надрукувати його в іншому місці.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>Зараз не вдається надрукувати. Перевірте, чи ввімкнений принтер. Ваш Mapje у застосунку в безпеці.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>Ваш Mapje надсилається на принтер.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>Ваш Mapje надсилається на принтер %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>Ваш Mapje у папці %1, у папці Mapje.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>Файл називається %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>Робочий стіл</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>Принтер не знайдено. Зверніться до стійки обслуговування.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>Ваше з’єднання з: %1 завершується. Ми повідомляємо громаду. Більше нічого туди не надходить.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje під’єднано до: %1 з %2.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>Громада завершила з’єднання. Те, чим ви поділилися, там видалено. Усе ще є у вашому Mapje.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>Усе, чим ви ділитеся, надійшло до громади.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n річ ще не надіслано.</numerusform>
            <numerusform>%n речі ще не надіслано.</numerusform>
            <numerusform>%n речей ще не надіслано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n річ ще не відкликано.</numerusform>
            <numerusform>%n речі ще не відкликано.</numerusform>
            <numerusform>%n речей ще не відкликано.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>Ми спробуємо пізніше ще раз.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>Спершу введіть код, який дав вам менеджер.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>Зачекайте, Mapje під’єднується…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>Ваша дошка</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>Ви ще не вибрали жодної сфери життя.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>Ви вибрали: %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: ціль — %2</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>Нова ціль — %1</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>Домовлена зустріч, ще попереду</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>Домовлена зустріч — %1, ще попереду</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Домовлена зустріч</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>Домовлена зустріч — %1</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>Введіть PIN-код щонайменше з 5 цифр.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>PIN-код має щонайменше 5 цифр.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>Цей PIN-код легко вгадати. Виберіть інші цифри.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>Парольна фраза має щонайменше 8 знаків.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>Ви можете спробувати знову через %n секунду.</numerusform>
            <numerusform>Ви можете спробувати знову через %n секунди.</numerusform>
            <numerusform>Ви можете спробувати знову через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>Ви можете спробувати знову через %n хвилину.</numerusform>
            <numerusform>Ви можете спробувати знову через %n хвилини.</numerusform>
            <numerusform>Ви можете спробувати знову через %n хвилин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>Щось пішло не так. Нічого не збережено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>Спочатку введіть PIN-код або парольну фразу.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>Цей код не підходить. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>Щось пішло не так. Ваші дані в безпеці. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>Ваш новий код збережено.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>Ваш поточний код не підходить. Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>Ваш текст ще не збережено. Mapje незабаром спробує ще раз. Після цього ви зможете заблокувати Mapje.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>Mapje не зміг усе видалити. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>Файлу з вашими даними немає.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>Файл з вашими даними порожній.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>На місці ваших даних є ярлик. Mapje його не відкриває.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje не має дозволу читати файл з вашими даними.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Файл пошкоджений або не належить до Mapje.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>Ваш пристрій заповнений. Mapje зараз не може нічого зберегти. Звільніть трохи місця.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje зараз не має дозволу нічого зберігати в папці з вашими даними.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>Mapje зараз не може нічого зберегти. Ваші дані в безпеці.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>Ваш новий код не збережено. Старий код ще працює.</translation>
    </message>
</context>
</TS>
