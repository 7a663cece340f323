<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>Фішку можна покласти лише на сферу життя, яку вибрали ви.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Лише ви вибираєте сфери життя та їхній порядок.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>Ваші власні фішки залишаються на дошці.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>Свою фішку не можна сховати. Але її можна прибрати.</translation>
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
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Ваша дошка: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>Ваша дошка ще порожня. Перетягніть сюди сферу життя.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
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
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>На своїй дошці ви вибираєте, що для вас важливо. Робіть це у своєму темпі.</translation>
    </message>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>Ви ще не вибрали сферу життя.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>Місце %1: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>Ще немає фішки.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Назад</translation>
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
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>Якщо ви забудете код, ніхто не зможе відновити ваші дані. Навіть ми. Зате ніхто інший не зможе зазирнути у ваш Mapje.</translation>
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
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje не може відкрити ваші дані</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Файл пошкоджений або не належить до Mapje.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 і %2</translation>
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
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>Фішка: %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Ви ще не вибрали сферу життя. Спочатку виберіть, що важливо.</translation>
    </message>
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
        <translation>Чи хочете ви тут щось змінити?</translation>
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
        <translation>%1: приховано</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. Зміни: %3.</translation>
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
        <source>Laat de fiche van %1 zien</source>
        <translation>Показати фішку: %1</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>Сховати фішку: %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>Прибрати фішку: %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Забули код?</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>Ніхто не може відновити ваш код. Навіть ми. Так ваші дані залишаються тільки вашими.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Ви можете почати знову з порожнім Mapje. Тоді Mapje видалить усе, що ви зберегли.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>Назад, я спробую ще раз</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Видалити все й почати знову</translation>
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
        <source>Terug</source>
        <translation>Назад</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Назад</translation>
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
        <translation>Увімкнено</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Вимкнено</translation>
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
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>Інша людина теж може покласти фішку. Лише на те, що вибрали ви. Ви можете сховати або прибрати будь-яку фішку.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>Покласти фішки</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>Фішки кладе: %1</translation>
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
    <name>ReadAloudController</name>
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
        <source>Terug</source>
        <translation>Назад</translation>
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
    <name>VaultController</name>
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
</context>
</TS>
