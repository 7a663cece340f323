<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>اصنع هدفًا</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>اختر أولًا على لوحتك ما هو مهم. بعد ذلك يمكنك أن تصنع هدفًا هنا.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>ماذا تريد أن تحقّق؟ يمكنك أن تغيّر الكلمات.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>بماذا يتعلّق هدفك؟</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>اصنع هذا الهدف</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>اختر بعدُ موضوع هدفك. بعد ذلك يمكنك أن تصنع الهدف.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>خطوة لهدف</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>ليس لديك هدف بعد. اصنع هدفًا أولًا.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>ما هي الخطوة؟ يمكنك أن تغيّر الكلمات.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>لأي هدف هذه الخطوة؟</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>أضف الخطوة إلى هذا الهدف</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>بعد الموعد</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>لم يحن موعدك بعد. يمكنك أن تملأ هذا لاحقًا.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>على ماذا اتّفقتم؟</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>اكتبه بكلماتك أنت. يمكن أن يكون قصيرًا.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. ما كتبته يبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>هل تريد أن تفعل شيئًا بهذا؟ هذا ليس ضروريًا.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>اجعله هدفًا</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>اجعله خطوة لهدف</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>الاتّفاق على موعد جديد</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>أُضيفت الخطوة إلى هدفك.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>لا، ليس الآن</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>ماذا آخذ معي؟</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>ضع علامة على ما جهّزته. هل هناك شيء لا تحتاجه؟ أزِله إذن.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>إزالة من قائمتك: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>هل تريد أن تأخذ معك شيئًا آخر؟</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>أضف إلى قائمتك</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>لا يوجد شيء في قائمتك بعد. اختر أدناه ما ستأخذه معك، أو اكتبه بنفسك.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>أوراق تُطلب كثيرًا. ضع علامة على ما ستأخذه معك:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>سآخذه معي: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>اختر أولًا يوم موعدك. بعد ذلك يمكن لـ Mapje أن يذكّرك به.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>التحضير لموعد</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>متى موعدك؟</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>أي يوم؟</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>في أي ساعة؟</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>ذكّرني بهذا</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>قبل يوم، وقبل ساعة.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>أين ومع مَن؟</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>أين موعدك؟</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>مع مَن ستتحدّث؟</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>مثلًا مسؤول ملفك (klantmanager) أو أخصائي الحالة (consulent). اكتب الاسم إذا كنت تعرفه.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>ماذا أريد أن يعرفوا؟</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>ما المهم بالنسبة لك؟ اكتبه بكلماتك أنت.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>مَن سيذهب معك؟</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>يحق لك أن تُحضر معك شخصًا. مثلًا شريك حياتك، أو صديقًا، أو مرافقًا عاش التجربة (ervaringswerker)، أو مستشارًا اجتماعيًا (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>مَن سيذهب معك؟ (هذا ليس ضروريًا.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>أنت جاهز لموعدك.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>ما زال بإمكانك أن تغيّر كل شيء. Mapje يحفظه فورًا.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. ما كتبته يبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>ما هي حقوقك في الموعد؟</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>هذا ما تريد أن تسأله:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>لم تختر يومًا لموعدك بعد. هل تعرف اليوم؟ اختره إذن في السؤال 1. كل شيء آخر محفوظ.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>اختر اليوم</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>قبل يوم واحد. هل تختار وقتًا أيضًا؟ عندها أيضًا قبل ساعة واحدة.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>لا أستطيع الحضور</translation>
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
        <translation>السؤال %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>تغيير السؤال: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>انتهيت من التغيير</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>قدّم السؤال</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>قدّم السؤال: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>أخّر السؤال</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>أخّر السؤال: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>إزالة السؤال: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>ماذا أريد أن أسأل؟</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>اكتب أسئلتك. هكذا لن تنساها في المقابلة.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>ماذا تريد أن تسأل؟</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>ماذا تريد أن تسأل أيضًا؟</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>أسئلة يطرحها كثير من الناس. اختر واحدًا إذا أردت:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>إضافة سؤال: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>إزالة هذا الموعد</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>هل تريد إزالة هذا الموعد؟ ستُزال أيضًا أسئلتك وقائمتك. لا يمكنك التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>هل لديك موعد مع مسؤول ملفك (klantmanager) أو أخصائي الحالة (consulent)؟ حضّر للمقابلة هنا على مهل.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>لم تحضّر لأي موعد بعد.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>التحضير لموعد جديد</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>مع: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>ما اتّفقتم عليه: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>على ماذا اتّفقتم؟</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>على ماذا اتّفقتم في موعد %1؟</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>تحضير</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>حضّر لموعدك في %1</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>بعد الموعد</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>بعد موعد %1</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>ما هي حقوقك في الموعد؟</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>لم يُختر يوم بعد</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>حضّر موعدك</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>لوحتك: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>لوحتك فارغة الآن. اسحب إلى هنا ما هو مهم لك.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Maak je bord</source>
        <translation>اصنع لوحتك</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>لوحتك من يوم %1</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. لوحتك تبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>اختر ما هو مهم</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>ما شعورك؟</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>ما الذي يأتي أولًا؟</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>إضافة أشخاص آخرين</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>لوحات سابقة</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>لوحة جديدة لليوم</translation>
    </message>
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>على لوحتك تختار مجالات الحياة المهمة لك الآن. خذ وقتك، لا داعي للعجلة.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>المكان %1: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>لم تختر شيئًا بعد.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>لديك موعد غدًا.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>موعد متّفق عليه</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>موعد متّفق عليه مع %1</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>موعد مع %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>المواعيد في تقويمك</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>يصنع Mapje ملفًا لتقويمك. هذا ما سيكون فيه:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>لا توجد مواعيد جاهزة.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>أضف أيضًا مع مَن وأين</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>عندها يستطيع كل من يرى تقويمك أن يقرأ ذلك.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>نعم، اصنع الملف</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>لا أستطيع الحضور</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>يطلب Mapje من البلدية موعدًا آخر. ستحصل على اقتراح جديد.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>هل تريد أن تقول شيئًا؟ يمكنك ذلك، لكنه ليس ضروريًا.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>اطلب موعدًا آخر</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>بخصوص موعدك في %1.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>رسالتك</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>تغيير الرمز</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>الرمزان الجديدان غير متطابقين. اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>رمزك الحالي</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>رمزك الجديد</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>اختر 5 أرقام على الأقل، أو عبارة مرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>اكتب رمزك الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>لحظة من فضلك. Mapje يقفل بياناتك من جديد.</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>حفظ الرمز الجديد</translation>
    </message>
</context>
<context>
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>النظر معًا إلى ما مضى</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>هل تغيّر شيء؟</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>اكتبه بكلماتك أنت. يمكن أن يكون قصيرًا.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>اصنع لوحة جديدة. تبدأ اللوحة بما اخترته في المرة السابقة. وهكذا ترى ما الذي تغيّر.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>اصنع لوحة جديدة</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>عرض لوحتك لهذا اليوم</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>ضع علامة على الخطوات التي قمت بها. احتفظ بهدفك، أو اختر شيئًا آخر.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>شكرًا لك. ستجد هذا في خطّك الزمني.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>ليس لديك هدف بعد. يمكنك أن تصنعه لاحقًا في «أهدافي».</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>أعمل عليه</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>توقّفتُ عنه</translation>
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
        <translation>موعد متّفق عليه</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>أي يوم؟</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>في أي ساعة؟</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>مع مَن؟</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>أين؟</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>ذكّرني بهذا</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>قبل يوم، وقبل ساعة.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. ما اخترته يبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>إزالة هذا الموعد</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>هل تريد إزالة هذا الموعد؟ لا يمكنك التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>المواعيد المتّفق عليها</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>اتّفق على موعد لتنظرا معًا إن كان شيء قد تغيّر.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>لم تتّفق على أي موعد بعد.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>الاتّفاق على موعد جديد</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>مع: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>سيصلك تذكير.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>بدون تذكير.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>ما الذي تغيّر: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>لننظر معًا إلى ما مضى</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>تغيير الموعد: %1</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>ما المهم بالنسبة لك؟</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>اضغط على ما هو مهم لك، أو اسحبه إلى لوحتك. يمكنك أن تختار العدد الذي تريده.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>بلوحة المفاتيح: انتقل بالأسهم إلى ما تريده. اختره بمفتاح المسافة. اضغط على i للشرح.</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>اكتب رمزك مرة أخرى</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>اختر رمز PIN</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>الرمزان غير متطابقين. اختر رمزك من جديد.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>عبارة المرور هي بضع كلمات تتذكّرها بسهولة. استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>بهذا الرمز تفتح Mapje. اختر 5 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>عبارة مرور</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>إخفاء ما أكتبه</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>إظهار ما أكتبه</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>لحظة من فضلك. Mapje يقفل بياناتك.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>حفظ الرمز</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>أفضّل رمز PIN</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>أفضّل عبارة مرور</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>أنت وحدك تعرف رمزك. هكذا لا يستطيع أحد غيرك أن ينظر في Mapje الخاص بك. إذا نسيت رمزك، تبدأ من جديد بـ Mapje فارغ.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>نتحدّث معًا</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>قلب الشاشة</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>اقلب الشاشة رأسًا على عقب، للشخص الجالس على الجانب الآخر من الطاولة.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>لا يوجد شيء على لوحتك بعد. اختر أولًا ما هو مهم.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>اختر ما هو مهم</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>بطاقات</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>أسئلة لبدء المحادثة، سؤال واحد في كل مرة.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>جزء واحد من لوحتك في كل مرة، بخط كبير، لمن يجلس أمامك.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>ما الذي يسير بشكل جيد الآن، مهما كان صغيرًا؟</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>ما الذي يهمّك حقًا؟</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>متى كانت الأمور أفضل قليلًا؟ ماذا فعلت بشكل مختلف وقتها؟</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>ما الذي يساعدك الآن بالفعل؟</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>مَن يمكنه مساعدتك؟</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>لنفترض أن الأمور صارت أفضل قليلًا غدًا. ما أول شيء ستلاحظه؟</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>ما الخطوة الصغيرة التي ستقوم بها هذا الأسبوع؟</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>ماذا يفعل المرافق الذي عاش التجربة هنا؟</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>المرافق الذي عاش التجربة يعرف من حياته كيف يكون الأمر عندما تسير الأمور بشكل سيئ. يحكي ما الذي ساعده، ويفكر معك، ويساعدك على إيجاد طريقك. أنت تقرر ماذا تفعل بذلك.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>أنت تقرر.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>ما يقوله شخص آخر، يمكنك أنت حذفه.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>يمكنك دائمًا أخذ استراحة.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>ماذا يفعل مقدّم المساعدة هنا؟</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>مقدّم المساعدة يعمل في البلدية أو في فريق الحيّ (wijkteam). يعرف ما هي المساعدة والقواعد الموجودة ويشرحها. معًا تتفقان على خطوات. أنت تقرر ما يوضع على لوحتك.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>ماذا يفعل الشخص القريب منك هنا؟</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>هذا شخص قريب منك، مثل شريك حياتك أو أحد أفراد عائلتك. يحكي كيف يرى الأمر. أنت تقرر ماذا تفعل بذلك.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>بطاقات المحادثة</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>انتهت كل البطاقات.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>نأخذ هذه البطاقة</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>تخطّي</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>ماذا تقول؟ اكتبه بكلماتك أنت. يمكنك ذلك، لكنه ليس ضروريًا.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>حُفظ في: %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>اجعله هدفًا</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>هذا الآن هدف في: %1. تجده في «أهدافي».</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>البطاقة التالية</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>إلى أين ينتمي هذا؟</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>احفظه هناك</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>اختر</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>هذا الآن هدف مع خطوة أولى. تجده في «أهدافي».</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>ماذا نأخذ معنا؟</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>هذا ما قاله الآخرون. أنت تقرر ما يبقى.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>ما ساعدني: «%1»</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>اخترت: الاحتفاظ.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>اخترت: الإزالة.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>على ماذا نتّفق؟</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>مَن يفعل ماذا، وحتى متى؟ كل اتفاق يصبح هدفًا مع خطوة أولى. لا أحد يغادر بدون خطوة تالية.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>ماذا تريد أن تحقّق؟ بكلماتك أنت.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>ما هي الخطوة الأولى؟</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>مَن يقوم به، أو مَن يساعد؟</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>حتى متى؟</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>اجعله هدفًا</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>متى تنظرون معًا إلى ما مضى؟</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>الاتّفاق على موعد</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>مع تذكير. أنت تختار اليوم والوقت.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>إنهاء المحادثة</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>عن: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>عمّ يدور الاتفاق؟</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>ستنظرون معًا إلى ما تغيّر في %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>اعرض الموعد</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>اختر</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>اختر أولًا موضوع الاتفاق.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>اكتب أولًا ما تريد تحقيقه.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>كتبت اتفاقًا لم يصبح هدفًا بعد. إذا أنهيت الآن، يضيع هذا الاتفاق.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>أكمل الاتفاق أولًا</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>أنهِ على أي حال</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>المكان %1: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>إضافة الرأي</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>إضافة الرأي: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>رأيك أنت</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>رأي %1</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>المحادثة متوقّفة قليلًا. كل شيء محفوظ.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>نتحدّث معًا</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>هل تتحدث مع آخرين عن لوحتك؟ مثلًا مع مرافق عاش التجربة، أو مقدّم المساعدة، أو شخص قريب منك. أنت تقود المحادثة.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>محادثات سابقة</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>مَن يشارك في المحادثة؟</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>أنت موجود دائمًا. اختر مَن معك أيضًا. يمكنك كتابة الاسم الأول، لكنه ليس ضروريًا.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>هنا: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>هل تحدثت مع أحدهم من قبل؟</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>%1 هنا أيضًا</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>مَن معك أيضًا؟</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>شخص قريب مني</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>مقدّم المساعدة</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>مرافق عاش التجربة</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>الاسم الأول (يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Zo praten we samen</source>
        <translation>هكذا نتحدّث معًا</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>ابدأ بلوحتك من يوم %1</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>ابدأ بلوحة جديدة</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>لنبدأ</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>هيّا نبدأ</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>أزِل %1 من المحادثة</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>ما قمنا به</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>محادثة يوم %1.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>مَن كان حاضرًا</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>البطاقات التي استخدمناها</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>ما احتفظت به من كلام الآخرين</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>ما اتفقنا عليه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>الخطوة الأولى: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>مَن يساعد: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>حتى: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>النظر معًا إلى ما مضى</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>خذ Mapje الخاص بك معك</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>لا يستطيع Mapje فتح بياناتك</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>وضع Mapje الملف جانبًا. لم يحذف Mapje أي شيء.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>يمكنك أن تبدأ من جديد بـ Mapje فارغ.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>الملف موجود هنا: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>البدء من جديد</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>وثيقة إثبات الهوية</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>جواز سفرك، أو بطاقة هويتك، أو وثيقة الإقامة.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>كشوف الحساب البنكي</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>كشوف حسابك في البنك. عادةً من الأشهر الأخيرة.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>عقد الإيجار</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>عقد بيتك، إذا كنت تستأجره.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>قسيمة الراتب</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>كشف راتبك، إذا كنت تعمل.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>رسائل تتعلّق بالموضوع. مثلًا من البلدية، أو عن مال عليك أن تدفعه.</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>أسئلة للتفكير</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>إلى أين يمكنك أن تتوجّه؟</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>إزالة من لوحتي</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>إضافة إلى لوحتي</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins two names in a list, before the last one: &quot;Geld, Wonen&quot; in &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>DomainTile</name>
    <message>
        <source>Gekozen</source>
        <translation>مُختار</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>غير مُختار</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>ماذا يعني هذا؟</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>ما معنى %1؟</translation>
    </message>
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>الشرح: اضغط على i.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>ما ساعدني</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>ما ساعدني</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>احكِ ما الذي ساعدك، من حياتك أنت. هذه ليست نصيحة. في النهاية يقرّر الشخص الآخر إن كان سيبقى.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>ما الذي ساعد %1؟</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>ما هو؟</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>ماذا يعني لك؟</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>إلى أين يمكنك أن تذهب؟</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Vorige</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>لم تختر شيئًا بعد. اختر أولًا ما هو مهم لك.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>رأي %1</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 من %2</translation>
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
        <translation>التغيير: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>ما شعورك هنا؟</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>كيف يرى %1 الأمر هنا؟</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>حزين</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>هل تريد أن تغيّر شيئًا هنا؟</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>هل يرى %1 أن شيئًا هنا يجب أن يتغيّر؟</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>هل تريد أن تقول شيئًا عن هذا؟ يمكنك ذلك، لكنه ليس ضروريًا.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: مخفيّة</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>إظهار رأي %1</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>إخفاء رأي %1</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>إزالة رأي %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>هل نسيت الرمز؟</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>يمكنك أن تبدأ من جديد بـ Mapje فارغ. عندها يحذف Mapje كل ما حفظته.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>حذف كل شيء والبدء من جديد</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>أنت وحدك تعرف رمزك. Mapje لا يحفظه في أي مكان آخر. هكذا تبقى بياناتك لك.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>سأحاول مرة أخرى</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW (معاش التقاعد الحكومي)</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>الـ AOW هو المعاش الأساسي من الحكومة. تحصل عليه عندما تصل إلى سن الـ AOW. هذا السن حوالي 67 سنة.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>هل سكنت أو عملت في هولندا؟ عندها يتجمّع لك حق في الـ AOW. هل لم تسكن هنا طوال الوقت؟ عندها قد يكون الـ AOW أقل.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>بنك التأمينات الاجتماعية SVB، أو مستشار اجتماعي (sociaal raadslid) إذا أردت مساعدة في أسئلتك.</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG (قانون حماية البيانات)</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>الـ AVG هو قانون الخصوصية الأوروبي. فيه قواعد عن كيف تتعامل المؤسسات مع بياناتك.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>يحق لك أن تسأل مؤسسة ما عن البيانات التي عندها عنك. هل البيانات غير صحيحة؟ عندها يحق لك أن تطلب تصحيحها.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>الموظف المسؤول عن الخصوصية في المؤسسة، أو Juridisch Loket (مكتب المساعدة القانونية).</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb (القانون الإداري العام)</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>الـ Awb هو القانون الإداري العام. فيه قواعد للحكومة. مثلًا كيف يجب أن يُتخذ القرار. وكيف تقدّم اعتراضًا.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>بفضل هذا القانون يحق لك أن تعترض على قرار. ويجب على الحكومة أيضًا أن تستمع إليك بشكل جيد.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>Juridisch Loket (مكتب المساعدة القانونية) أو مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep (الطعن أمام المحكمة)</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>هل ما زلت غير موافق على قرار البلدية بعد اعتراضك؟ عندها يمكنك أن تطعن أمام المحكمة. ينظر القاضي عندها في القرار. كلمة beroep هنا لا تعني مهنتك.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>للطعن أيضًا عندك عادةً ستة أسابيع. غالبًا تدفع مبلغًا للمحكمة. اسمه رسوم المحكمة (griffierecht).</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>Juridisch Loket (مكتب المساعدة القانونية)، أو مستشار اجتماعي (sociaal raadslid)، أو محامٍ.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking (قرار رسمي)</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>الـ beschikking هو قرار من الحكومة عنك. يصلك في رسالة. مثلًا: هل تحصل على إعانة أم لا.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>في الرسالة مكتوب ما هو القرار ولماذا. هل أنت غير موافق؟ عندها يمكنك أن تعترض.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>الجهة التي أرسلت الرسالة، أو مستشار اجتماعي (sociaal raadslid)، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet (الجزء المحمي من الدخل)</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>الـ beslagvrije voet هو جزء دخلك الذي لا يحق لأحد أن يأخذه. ولا حتى عند الحجز. هكذا يبقى لك مال للإيجار والطعام.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>من يحجز على دخلك يجب أن يحسب هذا الجزء المحمي. هل تظن أنه منخفض جدًا؟ عندها يحق لك أن تطلب التحقق منه.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>مأمور التنفيذ (deurwaarder) أو الجهة التي تحجز، أو مساعدة الديون في البلدية، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling (خطة تقسيط)</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>مع خطة التقسيط تدفع دَينًا على أجزاء. تتفق على المبلغ الذي تدفعه كل شهر.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>اتفق فقط على مبلغ تستطيع فعلًا أن تستغني عنه. لم تعد تستطيع الدفع؟ تواصل معهم في الوقت المناسب.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>الجهة التي عليك لها الدَّين، أو مساعدة الديون في البلدية.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering (الوصاية المالية)</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>في الوصاية المالية يدير شخص مسؤول (bewindvoerder) أموالك بدلًا عنك. القاضي يقرّر ذلك. هذا الشخص يدفع فواتيرك مثلًا.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>تحصل على مصروف للعيش. أحيانًا تدفع البلدية التكاليف.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>فريق الحيّ (wijkteam)، أو مساعدة الديون في البلدية، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar (اعتراض)</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>هل أنت غير موافق على قرار من البلدية؟ عندها يمكنك أن تقدّم اعتراضًا. تكتب فيه لماذا أنت غير موافق.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>افعل ذلك خلال ستة أسابيع من تاريخ القرار. عندها تنظر البلدية في القرار مرة أخرى.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>يساعدك مستشار اجتماعي (sociaal raadslid) أو Juridisch Loket في الكتابة.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand (المساعدة الاجتماعية)</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>الـ bijstand مال من البلدية للعيش. تحصل عليه إذا لم يكن عندك مال كافٍ. وإذا لم تستطع أن تحصل على إعانة أخرى.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>مع الـ bijstand توجد أيضًا اتفاقات. مثلًا عن البحث عن عمل وعن إبلاغ التغييرات.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>مسؤول ملفك (klantmanager) أو مكتب العمل والدخل في البلدية (Werkplein). للمساعدة في الأسئلة: مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand (المساعدة الخاصة)</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>المساعدة الخاصة مال من البلدية لتكاليف إضافية ضرورية. مثلًا نظارة أو غسالة معطّلة. لا يجب أن تكون من مستلمي الـ bijstand.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>تقدّم الطلب عند البلدية. تنظر البلدية إلى دخلك وتكاليفك.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>البلدية، أو فريق الحيّ (wijkteam)، أو مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete (غرامة)</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>الغرامة مال يجب أن تدفعه كعقوبة. يمكن أن تعطيك البلدية غرامة إذا لم تُبلغ عن شيء، أو أبلغت متأخرًا.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>يجب على البلدية أن تنظر إلى وضعك. يحق لك دائمًا أن تشرح ما حدث. هل أنت غير موافق؟ عندها يمكنك أن تعترض.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer (إدارة الميزانية)</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>في إدارة الميزانية تدفع مؤسسة مصاريفك الثابتة بدلًا عنك. مثلًا الإيجار والطاقة والتأمين الصحي. لا حاجة إلى قاضٍ لذلك.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>يبقى لك باقي المال للعيش. هكذا تبقى فواتيرك الثابتة مدفوعة.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>مساعدة الديون في البلدية، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG (مركز الشباب والأسرة)</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>الـ CJG هو مركز الشباب والأسرة. يمكنك أن تذهب إليه بأسئلة عن تربية الأطفال ونموّهم.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>تحصل هناك على نصيحة أو مساعدة لك ولأطفالك. وهذا مجاني.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>الـ CJG في بلديتك، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent (أخصائي الحالة)</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>أخصائي الحالة موظف يعمل مثلًا في البلدية أو في UWV. يساعدك في الإعانة أو العمل أو الرعاية.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>يتحدث معك أخصائي الحالة عمّا تحتاجه. يحق لك أن تُحضر معك شخصًا إلى المقابلة.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>أخصائي الحالة الخاص بك. التواصل صعب؟ اطلب عندها موظفًا آخر.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder (مأمور التنفيذ)</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>مأمور التنفيذ يحصّل الديون. أحيانًا يحق له أن يحجز على راتبك أو إعانتك أو أغراضك. هذا مسموح فقط إذا سمح به قاضٍ أو الحكومة.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>عندها تأتي غالبًا تكاليف إضافية. لذلك ردّ بسرعة على رسالة من مأمور التنفيذ.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>مساعدة الديون في البلدية، أو Juridisch Loket، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD (الهوية الرقمية)</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>الـ DigiD هو حسابك للدخول إلى خدمات الحكومة. تستعمله مثلًا للبلدية، أو للبدلات، أو لشركة التأمين الصحي.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>لا تعطِ الـ DigiD الخاص بك لأي شخص آخر أبدًا. تريد أن يساعدك أحد؟ عندها يمكن أن يحصل هذا الشخص على تفويض.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>Informatiepunt Digitale Overheid في المكتبة، أو مكتب مساعدة DigiD.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico (المساهمة الذاتية)</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>المساهمة الذاتية هي جزء من تكاليف الرعاية الصحية تدفعه أنت أولًا كل سنة. بعد ذلك فقط يدفع التأمين الصحي.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>لا تدفع مساهمة ذاتية عند طبيب العائلة. لا تستطيع أن تدفعها مرة واحدة؟ عندها اطلب خطة تقسيط.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>شركة التأمين الصحي، أو البلدية (بعض البلديات عندها تأمين صحي يساعد في هذا).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige (خبير بالتجربة)</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>الخبير بالتجربة مرّ هو نفسه بأشياء صعبة. مثلًا الديون أو الفقر أو المرض. ويستعمل هذه التجربة ليساعد الآخرين.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>الخبير بالتجربة يفهم غالبًا جيدًا ما تشعر به. يمكنك أن تتحدث معه كشخص مساوٍ لك.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>فريق الحيّ (wijkteam)، أو منظمة الرعاية الاجتماعية، أو مجلس العملاء.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringswerker (مرافق عاش التجربة)</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>المرافق الذي عاش التجربة هو خبير بالتجربة يقوم بهذا كعمل. غالبًا درس لذلك.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>يمكن أن يجلس بجانبك في المقابلة. وأنت تبقى صاحب القرار.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>فريق الحيّ (wijkteam) أو منظمة الرعاية الاجتماعية.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening (مراجعة القرار)</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>في مراجعة القرار تغيّر البلدية قرارًا سابقًا. مثلًا لأن وضعك تبيّن أنه مختلف.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>عندها قد تصبح إعانتك أعلى أو أقل. أحيانًا أيضًا لفترة مضت. يمكنك أن تعترض.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>مسؤول ملفك (klantmanager)، أو مستشار اجتماعي (sociaal raadslid)، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting (جلسة استماع)</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>جلسة الاستماع لقاء عن اعتراضك. تشرح فيها بنفسك لماذا أنت غير موافق على القرار.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>يحق لك أن تُحضر معك شخصًا. بعد ذلك تقرّر البلدية من جديد.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>يساعدك مستشار اجتماعي (sociaal raadslid) أو Juridisch Loket في التحضير.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener (مقدّم المساعدة)</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>مقدّم المساعدة يساعد الناس كجزء من عمله. مثلًا شخص من فريق الحيّ أو من مساعدة الديون.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>مقدّم المساعدة يفكّر معك. وأنت تقرّر ما هو مهم.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>فريق الحيّ (wijkteam) أو طبيب العائلة يعرف أي مقدّم مساعدة يناسبك.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag (بدل الإيجار)</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>بدل الإيجار مال من الحكومة يساعدك في دفع الإيجار. المبلغ يعتمد على إيجارك ودخلك.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>أبلغ عن التغييرات في دخلك في الوقت المناسب. وإلا قد تضطر لاحقًا إلى إرجاع المال.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (مصلحة البدلات)، أو مساعدة في الطلب من Informatiepunt Digitale Overheid أو من مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso (تحصيل الديون)</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>مكتب تحصيل الديون يحاول أن يجمع المال لشركة أخرى. يحدث هذا إذا لم تدفع فاتورة في وقتها.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>عندها تأتي تكاليف إضافية. ردّ بسرعة، واطلب خطة تقسيط إذا احتجت إليها.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>مساعدة الديون في البلدية، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht (واجب الإبلاغ)</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>هل تحصل على إعانة؟ عندها يجب أن تُبلغ بنفسك عن التغييرات في الوقت المناسب. هذا اسمه واجب الإبلاغ.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>المقصود أشياء قد تغيّر إعانتك. مثلًا العمل أو المال أو من يسكن معك. لست متأكدًا؟ اسأل.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>مسؤول ملفك (klantmanager) أو أخصائي الحالة (consulent).</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht (حق الاطلاع)</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>يحق لك أن تسأل مؤسسة ما عن البيانات التي تحفظها عنك. هذا اسمه حق الاطلاع.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>يجب على المؤسسة أن تردّ خلال شهر. تحصل عندها على قائمة أو نسخة. وهذا مجاني.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet (قانون الشباب)</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>قانون الشباب هو القانون الخاص بمساعدة الأطفال والشباب حتى سن ثمانية عشر عامًا. البلدية تنظّم هذه المساعدة.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>هل يحتاج طفلك إلى مساعدة أو رعاية؟ عندها يمكنك أن تذهب إلى البلدية. وأحيانًا أيضًا عن طريق طبيب العائلة.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>الـ CJG، أو فريق الحيّ (wijkteam)، أو طبيب العائلة.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Juridisch Loket (مكتب المساعدة القانونية)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>Juridisch Loket يعطي نصيحة مجانية عن حقوقك. مثلًا عن الإعانة أو الديون أو الإيجار أو العمل.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>يشرحون لك ماذا يمكنك أن تفعل. وأحيانًا يساعدونك في إيجاد محامٍ.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>Juridisch Loket. يمكنك أن تتصل بهم، أو ترسل بريدًا إلكترونيًا، أو تزورهم.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek (حديث على طاولة المطبخ)</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>الـ keukentafelgesprek حديث مع البلدية عن المساعدة التي تحتاجها. غالبًا يكون في بيتك.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>تقول ما الذي يسير جيدًا وما الذي لا يسير جيدًا. يحق لك أن تطلب من شخص أن يكون معك.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>مكتب الـ Wmo في البلدية (Wmo-loket)، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag (إعانة الأطفال)</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>إعانة الأطفال مال للآباء والأمهات لأطفال حتى سن ثمانية عشر عامًا. تحصل عليها كل ثلاثة أشهر.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>لا يهم كم تكسب. تحصل عليها من SVB.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>SVB (بنك التأمينات الاجتماعية).</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget (ميزانية الطفل)</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>ميزانية الطفل مال للآباء والأمهات الذين عندهم أطفال تحت ثمانية عشر عامًا. المبلغ يعتمد على دخلك.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>غالبًا تحصل عليها تلقائيًا إذا كنت تحصل على إعانة الأطفال. أبلغ عن التغييرات في الوقت المناسب.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>Dienst Toeslagen (مصلحة البدلات)، أو مستشار اجتماعي (sociaal raadslid) للمساعدة.</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager (مسؤول ملفك)</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>مسؤول ملفك يعمل في البلدية. هو الشخص الثابت الذي تتواصل معه بخصوص الـ bijstand والمساعدة في العمل.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>مع مسؤول ملفك تتفقان على أمور. يحق لك أن تقول ما هو مهم بالنسبة لك.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>مسؤول ملفك. التواصل صعب؟ اطلب عندها من البلدية شخصًا آخر.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm (قاعدة تقاسم التكاليف)</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>هل تسكن مع بالغين آخرين في بيت واحد؟ عندها تحصل غالبًا على bijstand أقل. لأنكم تستطيعون تقاسم التكاليف. هذا اسمه قاعدة تقاسم التكاليف.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>ليس كل من في البيت يُحسب. مثلًا الشباب، وأحيانًا من يدفع لك إيجارًا. اسأل ما الذي ينطبق عليك.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding (الإعفاء من الضرائب المحلية)</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>مع الإعفاء لا تحتاج أن تدفع بعض الضرائب المحلية. مثلًا ضريبة النفايات أو الماء. هذا ممكن إذا كان مالك قليلًا.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>يجب أن تطلبه بنفسك. وأحيانًا يحدث تلقائيًا إذا كنت تحصل على الـ bijstand.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>قسم الضرائب في البلدية أو في هيئة المياه (waterschap)، أو مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Leefgebied (مجال الحياة)</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>مجال الحياة جزء من حياتك. مثلًا المال أو السكن أو الصحة أو التواصل مع الآخرين.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>على لوحتك تختار أنت مجالات الحياة المهمة الآن. هكذا تقرّر أنت عمّا يدور الحديث.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>مسؤول ملفك (klantmanager)، أو أخصائي الحالة (consulent)، أو فريق الحيّ (wijkteam). خذ لوحتك معك إلى المقابلة.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging (تفويض)</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>بالتفويض تسمح لشخص أن ينجز أمرًا بدلًا عنك. مثلًا عن طريق DigiD.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>عندها يستطيع هذا الشخص أن يقوم بأمور بدلًا عنك. ويمكنك أيضًا أن توقف التفويض.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>Informatiepunt Digitale Overheid في المكتبة، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg (رعاية الأقارب)</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>رعاية الأقارب هي رعاية شخص تعرفه. مثلًا شريكك أو أحد والديك أو طفلك عندما يكون مريضًا. ولا تحصل على أجر مقابل ذلك.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>رعاية الأقارب قد تكون متعبة. يحق لك أن تطلب المساعدة، لنفسك أيضًا. مثلًا لتأخذ استراحة.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>مركز دعم مقدّمي الرعاية للأقارب (steunpunt mantelzorg)، أو فريق الحيّ (wijkteam)، أو مكتب الـ Wmo في البلدية.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet (قانون المشاركة)</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>قانون المشاركة هو قانون الـ bijstand. وفيه أيضًا المساعدة في العمل. البلدية هي التي تطبّق هذا القانون.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>في القانون حقوقك وواجباتك. سيتغيّر القانون في بعض النقاط في السنوات القادمة. اسأل ما الذي ينطبق عليك الآن.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb (الميزانية الشخصية)</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>الـ pgb ميزانية شخصية. بهذا المال تختار وتنظّم بنفسك رعايتك أو مساعدتك.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>عندها عليك أيضًا مهام. تتفق مع مقدّم الرعاية. وتسجّل أين يذهب المال.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>البلدية، أو مكتب الرعاية (zorgkantoor)، أو SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie (العودة إلى العمل)</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>العودة إلى العمل مساعدة لتبدأ العمل (من جديد). مثلًا دورة، أو خبرة عمل، أو مكان عمل للتجربة.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>تتفق على ذلك مع مسؤول ملفك. رغباتك وصحتك مهمة أيضًا.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>مسؤول ملفك (klantmanager) أو UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening (المساعدة في الديون)</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>المساعدة في الديون مساعدة من البلدية إذا كانت عليك ديون. وهي مجانية.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>تنظرون معًا إلى مالك وديونك. أحيانًا يمكن عمل اتفاق واحد مع كل الدائنين معًا. كلما جئت أبكر، كان أفضل.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>مساعدة الديون في البلدية، أو فريق الحيّ (wijkteam)، أو مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering (تسوية الديون)</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>تسوية الديون ترتيب للناس الذين عليهم ديون كثيرة. لفترة تدفع ما تستطيع. بعد ذلك تتخلّص عادةً من ديونك.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>تحصل على مساعدة، ويجب أن تلتزم بالاتفاقات. أحيانًا يقرّر القاضي ذلك. هذا اسمه Wsnp.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid (مستشار اجتماعي)</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>المستشار الاجتماعي يساعدك مجانًا في الرسائل والاستمارات والقواعد. مثلًا عن البدلات أو الإعانة.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>تحصل على شرح ومساعدة في ملء الاستمارات. ويمكن أن يساعدك المستشار الاجتماعي أيضًا في الاعتراض.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>اسأل البلدية أو منظمة الرعاية الاجتماعية أين تجد مستشارًا اجتماعيًا.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer (غرفة المقابلة)</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>غرفة المقابلة هي الغرفة التي تتحدث فيها مع مسؤول ملفك أو أخصائي الحالة. مثلًا في مبنى البلدية.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>يحق لك أن تُحضر معك شخصًا إلى المقابلة. Mapje يساعدك في التحضير للحديث.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>مكتب الاستقبال في البلدية، إذا أردت أن تعرف إلى أين تذهب.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB (بنك التأمينات الاجتماعية)</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>الـ SVB هو بنك التأمينات الاجتماعية. يدفع مثلًا الـ AOW وإعانة الأطفال.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>عندك سؤال عن الـ AOW أو إعانة الأطفال أو الـ pgb؟ عندها تتوجّه إلى SVB.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>SVB. تحتاج مساعدة في سؤال؟ مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie (عمل مقابل المساعدة)</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>الـ tegenprestatie عمل مفيد بلا أجر إلى جانب الـ bijstand. مثلًا عمل تطوعي. يمكن أن تطلبه منك البلدية.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>لا يجوز أن يحلّ محلّ عمل مدفوع الأجر. يجب أن تنظر البلدية إلى ما تستطيع فعله. تحدّث عن ذلك إذا لم يكن ممكنًا لك.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>مسؤول ملفك (klantmanager)، أو مستشار اجتماعي (sociaal raadslid) إذا كانت عندك أسئلة.</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering (استرداد المال)</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>في الاسترداد تطلب البلدية إرجاع مال. يحدث هذا إذا حصلت على إعانة أكثر مما يجب.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>غالبًا يمكنك أن تُرجع المال على أجزاء. هل أنت غير موافق؟ عندها يمكنك أن تعترض.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>مسؤول ملفك (klantmanager)، أو مساعدة الديون في البلدية، أو Juridisch Loket.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen (البدلات)</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>البدلات مساهمات مالية من الحكومة. مثلًا للإيجار أو التأمين الصحي أو الأطفال. تحصل عليها إذا لم يكن دخلك مرتفعًا جدًا.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>البدل دفعة مسبقة. هل تغيّر دخلك؟ أبلغ عن ذلك بسرعة. وإلا قد تضطر لاحقًا إلى إرجاع المال.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (مصلحة البدلات)، أو مساعدة من Informatiepunt Digitale Overheid أو من مستشار اجتماعي (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering (إعانة)</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>الإعانة مال للعيش عندما لا يكون عندك دخل أو يكون دخلك قليلًا جدًا. مثلًا الـ bijstand أو الـ WW أو الـ AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>مع الإعانة توجد قواعد. مثلًا يجب أن تُبلغ عن التغييرات.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>البلدية أو UWV أو SVB. هذا يعتمد على نوع إعانتك.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV (هيئة تأمينات العاملين)</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>الـ UWV ينظّم الإعانات للناس الذين كانوا يعملون. مثلًا الـ WW إذا فقدت عملك. وإعانات عندما تكون مريضًا.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>هل تحصل على إعانة من UWV؟ عندها تنطبق عليك اتفاقات UWV.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>UWV، أو مستشار اجتماعي (sociaal raadslid) للمساعدة في الأسئلة.</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis (بيت آمن)</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis يساعد عند العنف أو القلق على الأمان في البيت. وأيضًا إذا كان الأمر يخصّ شخصًا آخر. يمكنك أن تطلب نصيحة دون ذكر اسمك.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>لست مضطرًا أن تحلّ الأمر وحدك. Veilig Thuis يفكّر معك فيما هو ضروري.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis، ليلًا ونهارًا. عند خطر مباشر: اتصل برقم الطوارئ.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank (بنك الطعام)</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>بنك الطعام يعطي طعامًا مجانيًا للناس الذين عندهم مال قليل جدًا. غالبًا تحصل على طرد كل أسبوع.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>تحتاج إلى إحالة، مثلًا من فريق الحيّ. لا داعي للخجل. كثير من الناس يحتاجون إليه لفترة.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>فريق الحيّ (wijkteam)، أو مساعدة الديون في البلدية، أو بنك الطعام القريب منك.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong (إعانة للشباب ذوي الإعاقة)</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>الـ Wajong إعانة من UWV. وهي للناس الذين مرضوا أو أصبحت عندهم إعاقة في سن صغيرة.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>هل تطلب الـ Wajong الآن؟ عندها تحصل عليها فقط إذا كنت لن تستطيع العمل أبدًا. تستطيع أن تعمل؟ عندها تساعدك البلدية.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>UWV، أو مستشار اجتماعي (sociaal raadslid) للمساعدة.</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam (فريق الحيّ)</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>فريق الحيّ فريق من مقدّمي المساعدة في منطقتك. يمكنك أن تذهب إليه بأسئلة عن المال أو الرعاية أو التربية أو السكن.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>فريق الحيّ يساعدك بنفسه أو يبحث لك عن المساعدة المناسبة. وهذا مجاني. أحيانًا اسمه الفريق الاجتماعي أو فريق المنطقة.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>فريق الحيّ في منطقتك. البلدية تعرف أين هو.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz (قانون الرعاية طويلة الأمد)</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>الـ Wlz هو قانون الرعاية طويلة الأمد. وهو للناس الذين يحتاجون دائمًا إلى رعاية أو مراقبة قريبة منهم.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>تحتاج أولًا إلى تقييم من CIZ. بعد ذلك تحصل على الرعاية في البيت أو في مؤسسة رعاية.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>CIZ، أو مكتب الرعاية (zorgkantoor)، أو فريق الحيّ (wijkteam).</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo (قانون الدعم الاجتماعي)</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>الـ Wmo هو قانون الدعم الاجتماعي. به تساعدك البلدية لتبقى تعيش في بيتك وتشارك في المجتمع.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>يمكن أن تحصل مثلًا على مساعدة في البيت، أو مواصلات، أو أداة مساعدة. أحيانًا تدفع مساهمة شخصية.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW (إعانة البطالة)</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>الـ WW إعانة من UWV. تحصل عليها إذا فقدت عملك وكنت قد عملت مدة كافية. الـ WW تستمر لفترة محدودة.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>مع الـ WW يجب أن تبحث عن عمل. هل انتهت الـ WW وليس عندك مال كافٍ؟ عندها قد تستطيع أن تحصل على bijstand.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag (بدل التأمين الصحي)</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>بدل التأمين الصحي مال من الحكومة لتأمينك الصحي. تحصل عليه إذا لم يكن دخلك مرتفعًا جدًا.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>أبلغ عن التغييرات في دخلك في الوقت المناسب. وإلا قد تضطر لاحقًا إلى إرجاع المال.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering (التأمين الصحي)</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>كل من يسكن أو يعمل في هولندا يجب أن يكون عنده تأمين صحي. هذا مكتوب في قانون التأمين الصحي (Zvw). التأمين الأساسي يدفع معظم الرعاية.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>تدفع كل شهر قسطًا. دخلك قليل؟ عندها قد تحصل على بدل التأمين الصحي (zorgtoeslag).</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>شركة التأمين الصحي، أو البلدية إذا أردت تأمينًا صحيًا فيه مساعدة إضافية.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>كلمات صعبة</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>هنا كلمات تلتقي بها عند البلدية. اختر كلمة لترى شرحها.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>ابحث عن كلمة</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>هذه الكلمة غير موجودة في القائمة. جرّب كلمة أخرى.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>أعمل عليه</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>توقّفتُ عنه</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>مَن يساعد: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>تمّت: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>لم تتمّ بعد: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>هدف جديد</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>هدفي</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>اختر أولًا على لوحتك ما هو مهم. بعد ذلك تكتب هدفك هنا.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>بماذا يتعلّق هدفك؟</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>ما الذي تريد أن يكون مختلفًا؟</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>يحفظ Mapje هدفك عندما تكتب أي شيء. بعد ذلك يمكنك أن تختار تاريخًا وخطوات.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. هدفك يبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>أريد أن أختار تاريخًا</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>متى تريد أن تحقّق هذا؟</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>مَن يساعدك؟</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>هذا اليوم مضى. لا بأس. هل تريد أن تختار يومًا جديدًا؟ يمكنك ذلك في الأعلى.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>اختر الآن موضوع هدفك. بعد ذلك يحفظه Mapje.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>اختر ما هو مهم</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>هل أنت متأكّد؟ لا يمكنك التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>كيف يسير هذا الهدف؟</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>يبقى هدفك محفوظًا. يمكنك أن تكمل العمل عليه لاحقًا.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>خطوات صغيرة</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>ما هي خطوة أولى صغيرة؟</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>ما هي خطوة صغيرة تالية؟</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>إضافة خطوة</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>اكتب بكلماتك أنت ما تريد أن تحقّقه. الخطوات الصغيرة تساعد.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>ليس لديك أهداف بعد. وهذا لا بأس به. ابدأ عندما تريد.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. أهدافك تبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>هدف جديد</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>احفظه في Mapje</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>استلم من جهاز</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>هل صنعت شيئًا على جهاز في مبنى البلدية؟ ضعه هنا في Mapje الخاص بك. على الجهاز يظهر رمز.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>امسح الرمز بالكاميرا</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>أو اكتب رمز الجهاز</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>جلب</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>لحظة، نحن نبحث عن الجهاز.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>انظر إلى الجهاز. هل يظهر الرمز نفسه؟ اضغط إذن على الجهاز على ‘نعم، الرمز نفسه’.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>هذا ما وصل من الجهاز. اختر ما تريد حفظه. لم يُحفظ أي شيء بعد.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>وأيضًا ما قاله الآخرون على لوحتك</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>إذا كان هذا مطفأً، تحفظ فقط ما قلته أنت.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>لديك لوحة في Mapje بالفعل. أي لوحة تريد أن تستخدم؟ تبقى لوحتك القديمة مع لوحاتك السابقة.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>احفظ، مع لوحة الجهاز</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>احفظ، لكن أبقِ لوحتي</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>احفظ في Mapje</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>توقف، لا تحفظ شيئًا</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>امسح رمز الجهاز</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>ضع كاميرتك أمام الرمز على شاشة الجهاز.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>الكاميرا لا تعمل الآن. اكتب رمز الجهاز.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>اكتب الرمز</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>خذه إلى هاتفك</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>لحظة، نحن نُنشئ رمزًا.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>لحظة، نحن نرسل ملفك.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>افتح Mapje على هاتفك. اختر ‘استلم من جهاز’. امسح هذا الرمز، أو اكتب الرمز أدناه.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>رمز QR للمسح بهاتفك</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>صالح لمدة %1:%2 أخرى.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>هل يظهر الرمز نفسه على هاتفك؟</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>هل هو رمز مختلف؟ اختر إذن ‘لا’. عندها لن نرسل أي شيء.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>تم الإرسال. انظر إلى هاتفك واختر ما تريد حفظه. يبقى كل شيء هنا حتى تضغط على ‘انتهيت — امسح كل شيء’.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>نعم، الرمز نفسه</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>لا، رمز مختلف</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>مساعدة الديون في البلدية (Schuldhulp)</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>فريق الحيّ أو الفريق الاجتماعي (wijkteam)</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>مدرّب ميزانية أو مساعد في أوراق البيت (budgetcoach / thuisadministratie)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>Juridisch Loket (أسئلة عن حقوقك)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>مسؤول ملفك في البلدية (klantmanager)</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>UWV (إذا كنت تحصل على إعانة بطالة WW أو إعانة عجز WIA)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>مركز العمل التطوعي (vrijwilligerscentrale)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>Taalhuis في المكتبة (لتعلّم اللغة الهولندية)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>شركة السكن (woningcorporatie) أو صاحب البيت</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>فريق الحيّ (wijkteam)</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>فريق الإيجار Huurteam (مساعدة في مشاكل الإيجار)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>Juridisch Loket (مكتب المساعدة القانونية)</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>طبيب العائلة (huisarts)</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>المساعد الصحي عند طبيب العائلة</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>الصيدلية</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>التمريض المنزلي في الحيّ (wijkverpleging)</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>طبيب العائلة أو المساعد الصحي عنده</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>خط للاستماع (تتحدث دون ذكر اسمك، ليلًا ونهارًا)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>مركز الشباب والأسرة (Centrum voor Jeugd en Gezin)</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (عند العنف أو القلق على الأمان في البيت)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>مركز الحيّ (buurthuis) أو منظمة الرعاية الاجتماعية (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>خط للاستماع (للحديث قليلًا)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>منظمة الرعاية الاجتماعية في حيّك</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>مركز الحيّ (buurthuis)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>مكتب Wmo في البلدية (أنشطة خلال النهار)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>مكتب Wmo في البلدية (مساعدة في البيت)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>بنك الطعام voedselbank (إذا لم يكن معك مال للطعام)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Sociaal raadslieden (مساعدة في الرسائل والاستمارات)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>Informatiepunt Digitale Overheid في المكتبة (مساعدة في خدمات الحكومة على الإنترنت)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>مكتب Wmo في البلدية (التنقّل أو أداة مساعدة)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>منظمة الرعاية الاجتماعية (سائقون متطوّعون)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>طبيب العائلة (إذا كان التنقّل صعبًا بسبب صحتك)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>Taalhuis في المكتبة (لتعلّم اللغة)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>منظمة الرعاية الاجتماعية (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>مركز دعم مقدّمي الرعاية للأقارب (steunpunt mantelzorg)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>مكتب Wmo في البلدية (استراحة قصيرة من الرعاية)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>مرشد روحي (حتى لو لم يكن لك دين)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>جماعتك الدينية</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>لوحات سابقة</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>لم تصنع لوحة بعد.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>عرض هذه اللوحة</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>عرض لوحة يوم %1</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>هذه اللوحة مفتوحة الآن.</translation>
    </message>
    <message>
        <source>Toon eerdere borden</source>
        <translation>اعرض لوحات سابقة</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mapje الخاص بي</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>ما الذي لا تريد أن تنساه؟</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>يحفظ Mapje كل ما تكتبه فورًا على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>لا يمكن الحفظ الآن. نصّك يبقى هنا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>تغيير الرمز</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>طريقة العرض</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>كلمات صعبة</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>حان وقت الموعد المتّفق عليه. هل تريد أن تنظرا معًا إلى ما تغيّر؟</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>لننظر معًا إلى ما مضى</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>لديك تذكير.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>عرض التذكير</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>المواعيد المتّفق عليها</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>التحضير لموعد</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>خذ Mapje الخاص بك معك</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>اختر ما هو مهم</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>ما شعورك؟</translation>
    </message>
    <message>
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>الخطوة التالية: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>متابعة المحادثة</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>نتحدّث معًا</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>المشاركة مع البلدية (%1 جديد)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>المشاركة مع البلدية</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>ماذا شاركت؟</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>ما تكتبه يبقى هنا فقط حتى تنتهي. بعد ذلك نمسحه.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>إدارة الكشك</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>البلدية: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>الطباعة متوقفة.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>الطابعة: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>الطابعة: الطابعة الافتراضية لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>نقطة اتصال البلدية: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>لم يتم تحديد نقطة اتصال. النقل إلى الهاتف والمشاركة مع البلدية متوقفان.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>النقل إلى الهاتف: يعمل.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>النقل إلى الهاتف: متوقف، لأن رمز الكشك غير موجود.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>بعد %1 ثانية دون لمس يسأل الكشك: هل ما زلت هنا؟ وبعد %2 ثانية أخرى يمسح كل شيء.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>إنهاء وضع الكشك</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>نعم، أنهِ</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>لا، اترك الكشك يعمل</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>يتوقف الكشك وتصبح الشاشة فارغة. يشرح دليل الكشك كيف تشغّله مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>هذا فقط لموظف مكتب الاستقبال.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانية واحدة (%n).</numerusform>
            <numerusform>حاول مرة أخرى بعد ثانيتين (%n).</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>رمز PIN للإدارة</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>انتهيت — امسح كل شيء</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>خذه إلى هاتفك</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>هل تريد مسح كل شيء؟</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>كل ما صنعته هنا سيختفي من هذه الشاشة.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>هل تريد الاحتفاظ به؟ خذه معك أولًا.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>نعم، امسح كل شيء</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>لا، ارجع</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد %n ثانية سنمسح كل ما صنعته هنا.</numerusform>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد ثانية واحدة (%n) سنمسح كل ما صنعته هنا.</numerusform>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد ثانيتين (%n) سنمسح كل ما صنعته هنا.</numerusform>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد %n ثوانٍ سنمسح كل ما صنعته هنا.</numerusform>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد %n ثانية سنمسح كل ما صنعته هنا.</numerusform>
            <numerusform>لم تفعل شيئًا منذ مدة. بعد %n ثانية سنمسح كل ما صنعته هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>انتهيت، امسح كل شيء الآن</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>أهلًا بك</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>هنا تُعِدّ نظرتك العامة الخاصة لمحادثة مع البلدية.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>أنت تختار ما تكتبه. لست مضطرًا لإظهار أي شيء.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>هل انتهيت؟ خذه معك وسنمسح كل شيء من هذه الشاشة.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>الإدارة</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>لا يستطيع Mapje حفظ هذا الاختيار الآن. لكنه يسري ما دام Mapje مفتوحًا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>المال</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>دخلك وفواتيرك وديونك.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>هل تستطيع أن تدفع فواتيرك؟</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>ما الذي يقلقك؟</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>ما الذي يسير جيدًا مع المال؟</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>العمل والتعلّم</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>العمل، أو العمل التطوعي، أو المدرسة، أو دورة تعليمية.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>ما الذي تُجيده؟</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>ماذا تحب أن تعمل أو تتعلّم؟</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>ماذا تحتاج لذلك؟</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>السكن</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>بيتك وحيّك والسكن الآمن.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>كيف هي الحياة في بيتك؟</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>هل تشعر بالأمان في بيتك وحيّك؟</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>ما الذي تحبه في المكان الذي تسكن فيه؟</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>الجسم والصحة</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>جسمك، والألم، والنوم، والحركة.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>كيف حال جسمك؟</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>كيف تنام؟</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>ماذا تفعل الآن من أجل صحتك؟</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>كيف تشعر</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>التوتر، والهموم، والراحة، ومزاجك.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>كيف تشعر في الفترة الأخيرة؟</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>ما الذي يمنحك الراحة؟</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>ما الذي يوتّرك؟</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>العائلة والأسرة</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>شريك حياتك، وأطفالك، وعائلتك.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>كيف الحال في البيت؟</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>من في عائلتك يمكنك أن تلجأ إليه؟</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>ما الذي يسير جيدًا في أسرتك؟</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>الأصدقاء والمعارف</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>أشخاص حولك، حتى لا تكون وحدك.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>من هم الأشخاص المهمّون لك؟</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>مع من تتحدث عندما تكون الأمور صعبة؟</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>هل تريد تواصلًا أكثر أو أقل مع الناس؟</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>يومك</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>نظام يومك، والأشياء التي تحب أن تفعلها، ووقت الفراغ.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>كيف يبدو يومك العادي؟</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>ماذا تحب أن تفعل؟</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>ماذا تريد أن تفعل أكثر؟</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>الاعتماد على نفسك</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>الطبخ، والتسوّق، وأعمال البيت.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>ما الذي تنجح فيه بنفسك؟</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>ما الذي يصعب عليك؟</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>في أي شيء تريد المساعدة؟</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>البريد والأوراق</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>الرسائل، والاستمارات، والجهات الرسمية مثل البلدية.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>هل تستطيع أن تتعامل مع بريدك؟</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>أي الرسائل تجدها صعبة؟</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>من يساعدك الآن في الأوراق؟</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>التنقّل</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>الوصول إلى الأماكن، والسفر، والمواصلات.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>هل تستطيع أن تصل إلى حيث تريد؟</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>كيف تتنقّل عادةً؟</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>ما الذي يجعل التنقّل صعبًا عليك؟</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>المشاركة في الحيّ، والشعور بالانتماء، واللغة.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>أين تشعر بأنك مرحَّب بك؟</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>ماذا تحب أن تفعل مع الآخرين؟</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>هل هناك شيء يمنعك من المشاركة؟</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>رعاية شخص آخر</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>رعاية شخص قريب منك، أو مساعدة شخص آخر.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>لمن تقدّم الرعاية؟</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>وكيف حالك أنت، مع كل هذه الرعاية؟</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>من يساعدك في ذلك؟</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>ما يعطي حياتك معنى</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>الإيمان، والأحلام، وما يُفرحك.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>ما الذي يُفرحك؟</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>ما المهم بالنسبة لك؟</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>بماذا تحلم؟</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1، الساعة %2</translation>
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
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>شهر</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>سنة</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>اختر</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>Mapje الخاص بي</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>هذا الـ Mapje يخصّ %1. صنعته بنفسي باستخدام تطبيق Mapje في %2.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>هذا الـ Mapje يخصّ %1. صنعته بنفسي باستخدام تطبيق Mapje.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>صنعت هذا الـ Mapje بنفسي باستخدام تطبيق Mapje في %1.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>صنعت هذا الـ Mapje بنفسي باستخدام تطبيق Mapje.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>ما هو مهم بالنسبة لي</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>أضعها بالترتيب الذي اخترته بنفسي.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>رأي %1:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>مَن يساعد:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>الخطوات:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>موعدي</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>المكان:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>مع مَن:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>مَن يذهب معي:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>ماذا أريد أن أسأل؟</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>ماذا أريد أن يعرفوا؟</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>ماذا آخذ معي؟</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>Mapje الخاص بي – %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>Mapje الخاص بي · الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>Mapje الخاص بي · %1 · الصفحة %2 من %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>صانع هذا الـ Mapje</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>نعم، أريد إزالته</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>لا، أريد الاحتفاظ به</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>شرح: %1</translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>إيقاف</translation>
    </message>
</context>
<context>
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>دقيقة</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>على أي شيء تريد أن تعمل أولًا؟</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>ضع في الأعلى ما يأتي أولًا بالنسبة لك. اسحب، أو استخدم «أعلى» و«أسفل».</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>المكان %1: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>نقل %1 إلى أعلى</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>نقل %1 إلى أسفل</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>الربط مع البلدية</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>أعطاك مسؤول ملفك (klantmanager) رمزًا.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>بهذا الرمز تربط Mapje مع %1.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>ما يرسله Mapje</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>فقط ما تختاره، شيئًا واحدًا في كل مرة. ترى أولًا بالضبط ما سيُرسل. وبعد ذلك يمكنك دائمًا استرجاعه.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>ما لا يرسله Mapje أبدًا</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>رمزك لفتح Mapje، ودفتر ملاحظاتك، وكل ما لا تختاره بنفسك. ما قاله الآخرون على لوحتك لا يُرسل إلا إذا فعّلت ذلك.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>الرمز من مسؤول ملفك</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>اربط</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>محادثات سابقة</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>لا توجد محادثات سابقة محفوظة.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>محادثة يوم %1</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>مَن كان حاضرًا: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>البطاقات: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>إزالة هذه المحادثة</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>هل تريد إزالة هذه المحادثة؟ ما احتفظت به منها يبقى على لوحتك ومع أهدافك.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>يغطّي الشاشة. يبقى كل شيء محفوظًا.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>هل هذا لشخص آخر؟</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>هذا يخصّ %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>لا تغيّر</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>هذا لك</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>شخص قريب مني</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>مقدّم المساعدة</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>مرافق عاش التجربة</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>إضافة أشخاص آخرين</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>إزالة %1 من اللوحة</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>من ينضمّ إليك؟</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>شخص قريب مني</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>مقدّم المساعدة</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>مرافق عاش التجربة</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>الاسم الأول (يمكن تركه فارغًا)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>ماذا يفعل مقدّم المساعدة؟ وماذا يفعل مرافق عاش التجربة؟</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>يمكن لشخص آخر أيضًا أن يضيف رأيه. فقط فيما اخترته أنت. ويمكنك دائمًا أن تخفي رأيه أو تزيله.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>إضافة الرأي</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>إضافة رأي %1</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>سعيد</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>حزين</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>لا أعرف بعد</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>راجع Mapje الخاص بك</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>هكذا سيظهر تمامًا في ملفك أو على الورق. راجعه على مهل.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>يجري تجهيز Mapje الخاص بك.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>الصفحة %1 من Mapje الخاص بك</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>نعم، احفظه كملف PDF</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>نعم، اطبعه</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>أين تريد أن تحفظ Mapje الخاص بك؟</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>أظهر المجلد</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>هكذا تمامًا سيظهر على الورق. راجعه على مهل.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>مع: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>أحضر معك: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>أضف إلى مواعيدي</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>أضف إلى لحظاتي</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>لا أستطيع الحضور</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>اقتراحات من البلدية</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>خذ ما يناسبك. عندها يظهر مع مواعيدك أو لحظاتك، مع تذكير. لا يناسبك؟ اطلب إذن موعدًا آخر.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>لم تقترح البلدية شيئًا بعد.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>ماذا سيحدث الآن بطلبي؟</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>هل يحق لي أن أُحضر معي شخصًا؟</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>هل يمكن أن أحصل على ذلك مكتوبًا؟</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>متى سيصلني ردّ؟</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>بمن يمكنني أن أتّصل إذا كان عندي سؤال؟</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>ماذا يجب أن أفعل أنا الآن؟</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>هل يمكنك أن تشرح ذلك مرة أخرى؟</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>موعد متّفق عليه</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>موعد متّفق عليه مع %1</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>موعد مع %1</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>خطوة صغيرة: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>أردت أن تفعل شيئًا صغيرًا اليوم. انظر في Mapje عندما يناسبك.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>لديك موعد اليوم. انظر في Mapje عندما يناسبك.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>لديك موعد غدًا. انظر في Mapje عندما يناسبك.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>لديك موعد قريبًا. انظر في Mapje عندما يناسبك.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>لا يوجد تذكير قادم الآن.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>التذكيرات متوقّفة.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>حان وقت هذا التذكير.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>سيصلك تذكير في %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>بعد ساعة</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>ذكّرني بعد ساعة: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>غدًا</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>ذكّرني غدًا: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>رأيته</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>رأيته: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>إيقاف هذا التذكير: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>كيف أريد التذكيرات</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>تشغيل التذكيرات</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>الإشعار لا يذكر أبدًا موضوعه. يقول فقط إن لديك شيئًا.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>ساعات الهدوء: لا تصلك فيها إشعارات.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>ساعات الهدوء من</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>ساعات الهدوء حتى</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>لا يمكن إظهار الإشعارات على شاشتك هنا. سترى تذكيراتك في Mapje.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>ضع المواعيد في تقويمك</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>حقوقك في الموعد</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>لديك حقوق عند البلدية. هذه الحقوق مكتوبة في القانون، خاصةً في الـ Awb (القانون الإداري العام) والـ AVG (قانون حماية البيانات). هنا تقرأ عن أربعة حقوق مهمة.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>يحق لك أن تُحضر معك شخصًا</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>يحق لك أن تُحضر معك شخصًا إلى موعدك. مثلًا شريك حياتك، أو صديقًا، أو مرافقًا عاش التجربة (ervaringswerker)، أو مستشارًا اجتماعيًا (sociaal raadslid). يحق لهذا الشخص أن يساعدك. هل يتكلّم هذا الشخص باسمك؟ عندها يمكن أن تطلب البلدية تفويضًا (machtiging).</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>القانون: Awb، المادة 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>يحق لك أن تطلبه مكتوبًا</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>قرار البلدية يكون دائمًا مكتوبًا، مثلًا في رسالة. ما يقوله شخص عند الشبّاك ليس قرارًا بعد. لذلك اسأل: «هل يمكن أن أحصل على ذلك مكتوبًا؟»</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>القانون: Awb، المادة 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>يحق لك ألّا توافق على قرار</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>هل أنت غير موافق على قرار؟ عندها يحق لك أن تقدّم اعتراضًا (bezwaar). تفعل ذلك خلال ستة أسابيع. تبدأ الأسابيع الستة في اليوم التالي لإرسال القرار أو تسليمه.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>اكتب رسالة، أو استخدم استمارة البلدية. اكتب فيها:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>اسمك وعنوانك</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>ما هو القرار المقصود</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>لماذا أنت غير موافق عليه</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>توقيعك</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>تحتاج إلى مساعدة؟ المستشار الاجتماعي (sociaal raadslid) أو Juridisch Loket يساعدك مجانًا. احتفظ بنسخة من رسالتك.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>القانون: Awb، المواد 6:5 و6:7 و6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>يحق لك أن ترى ما تعرفه البلدية عنك</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>يحق لك أن تسأل عن البيانات التي تحفظها البلدية عنك. هذا اسمه حق الاطلاع (inzagerecht). تحصل على ردّ خلال شهر. هل يستغرق الأمر وقتًا أطول؟ عندها يخبرونك بالسبب. وهذا مجاني.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>القانون: AVG، المادة 15 والمادة 12 الفقرة 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>لست متأكدًا؟ اسأل مستشارًا اجتماعيًا (sociaal raadslid) أو Juridisch Loket.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>طريقة العرض</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>اجعل Mapje أسهل في القراءة. سترى التغيير فورًا. Mapje يتذكّر اختيارك.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>حروف سوداء على خلفية بيضاء، مع حواف سميكة.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>حجم الحروف</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>حجم الحروف %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>حركة أقل</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>تتغيّر الشاشات فورًا، بدون حركة.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>مثال: هكذا يظهر النص في Mapje. هل القراءة مريحة لك؟</translation>
    </message>
    <message>
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>سرعة القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>بطيء</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>سريع</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>لا يستطيع Mapje حفظ هذا الاختيار الآن. لكنه يسري ما دام Mapje مفتوحًا. سيحاول Mapje مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>إيقاف مؤقت عندما لا ينظر أحد</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>هل تتحدث مع آخرين، وينتقل أحد إلى نافذة أخرى؟ عندها يمكن لـ Mapje أن يغطي الشاشة.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>بعد %1 ثانية</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقتين</numerusform>
            <numerusform>بعد %n دقائق</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>اجعل Mapje أسهل في القراءة. سترى التغيير فورًا. يبقى اختيارك حتى تنتهي.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>لوحتك بتاريخ %1.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>ملاحظة: «%1»</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>لم يُملأ شيء بعد.</translation>
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
        <translation>لم تختر أي مجالات حياة بعد.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>هدفك في %1: «%2»</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>متى: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>من يساعد: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>خطوة، تمت: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>خطوة: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>موعد في %1</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>موعدك في %1.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>المكان: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>مع من: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>سؤالك: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>ستحضر معك: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>لحظة في %1</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>اللحظة المتفق عليها في %1.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>لم تكتب بعد ما الذي تغيّر.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>ما الذي تغيّر: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>شارك مع البلدية</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>هذا يذهب إلى %1:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>وأيضًا ما قاله الآخرون على لوحتي</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>إذا كان هذا مطفأً، يُرسل فقط ما قلته أنت.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>هل يتغير شيء لاحقًا؟ عندها يسألك Mapje أولًا إن كنت تريد مشاركة النسخة الجديدة. يمكنك دائمًا استرجاعه.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>نعم، شارك هذا</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>لا، لا تشارك</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>يمكنك استرجاعه هنا حتى تنتهي. بعد ذلك لا يمكن ذلك إلا عن طريق مسؤول ملفك (klantmanager).</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>لقد غيّرت هذا بعد أن شاركته. ما زالت البلدية ترى النسخة السابقة.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>شارك النسخة الجديدة</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>شارك مع البلدية</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>لوحتك: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>شارك لوحتك الجديدة مع البلدية</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>شارك لوحتك مع البلدية</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>ماذا شاركت؟</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>لم تشارك شيئًا بعد. كل شيء موجود على هذا الجهاز فقط.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>مُشارك مع البلدية الآن</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>ما أُرسل من قبل</translation>
    </message>
    <message>
        <source>%1, op %2.</source>
        <extracomment>How and when something left the device, e.g. &quot;Gedeeld met Gemeente Eindhoven, op …&quot;.</extracomment>
        <translation>%1، في %2.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Delen met de gemeente</source>
        <translation>المشاركة مع البلدية</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>Mapje هذا غير مربوط ببلدية. كل شيء يبقى على هذا الجهاز. يمكنك حفظ ملفك (mapje) كملف PDF أو طباعته.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>يمكنك ربط Mapje مع %1. عندها تختار بنفسك ما تشاركه، شيئًا واحدًا في كل مرة. ترى دائمًا أولًا ما سيُرسل.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>الربط برمز</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>أرسل واجلب الآن</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>تقترح البلدية شيئًا. انظر إن كان يناسبك.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>اقتراحات من البلدية</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>ماذا شاركت؟</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>إنهاء الربط</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>هل تريد إنهاء الربط مع %1؟ عندها تحذف البلدية كل ما شاركته. ويبقى كل شيء في Mapje الخاص بك.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>نعم، أنهِ</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>لا، ابقَ مربوطًا</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>استلم من جهاز</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Mapje الخاص بي</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>مَن يتحدث الآن؟</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>ذكّرني</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>ذكّرني بهذا: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>في أي يوم؟</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>إزالة الخطوة</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>إزالة الخطوة: %1</translation>
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
        <translation>%1 عن %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>موعدي</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>موعدي مع %1</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>الرغبة في التغيير: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>خذ Mapje الخاص بك معك</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>ما هو مهم بالنسبة لي</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>أهدافي</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>موعدي</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>اختر ما تريد أن تُظهره. فقط ما هو مُفعَّل يدخل في Mapje الخاص بك.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>لا يوجد شيء لتأخذه معك بعد. ابدأ بلوحتك.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>اسمك في الأعلى (إذا أردت)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>احفظ أو اطبع</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>لم يُرسل بعد. سنحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>تمت المشاركة في %1.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>لم يُسترجع بعد، سنحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>لم تستطع البلدية قبول هذه النسخة. يمكنك تعديلها ومشاركتها مرة أخرى، أو استرجاعها.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>استُرجع في %1.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>غير مُشارك.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>مُشارك مع %1</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>استُرجع من %1</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>حُفظ كملف PDF في %1</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>لوحة</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>لحظة متفق عليها</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>التحضير لموعد</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>تم. Mapje مربوط الآن.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>هذا الرمز لا يعمل. تحقّق من أنك نقلته بشكل صحيح. الرمز يعمل مرة واحدة ولمدة قصيرة. أو اطلب من مسؤول ملفك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>لا يوجد اتصال بالبلدية الآن. حاول مرة أخرى لاحقًا. يبقى رمزك هنا.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>لقد حاولت مرات كثيرة. انتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>Mapje هذا غير مُعدّ لبلدية. اسأل مسؤول ملفك عمّا يمكنك فعله.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>تقترح البلدية موعدًا</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>تقترح البلدية لحظة لننظر معًا كيف تسير الأمور</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>لقد أضفت هذا الموعد. ستجده في المواعيد.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>لقد أضفت هذه اللحظة. ستجدها في اللحظات المتفق عليها.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>طلبت موعدًا آخر. أُرسل في %1.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>طلبت موعدًا آخر. لم يُرسل بعد. سنحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>لوحتك</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>لقد وضعت هذا الاقتراح جانبًا. ما زال بإمكانك أخذه.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>هنا سيظهر ما تصنعه وما تتّفق عليه.</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje يحتاج إلى تحديث</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>بياناتك من نسخة أحدث من Mapje.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>ثبّت أحدث نسخة. بعدها يمكنك أن تفتح بياناتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>بياناتك تبقى آمنة. Mapje لا يغيّر فيها شيئًا.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>مرحبًا بعودتك</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>اكتب رمز PIN أو عبارة المرور</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>كان الرمز غير صحيح عدة مرات. لذلك ينتظر Mapje قليلًا.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>لحظة من فضلك. Mapje يفتح بياناتك.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>هل نسيت الرمز؟</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>طريقة العرض: حجم النص والتباين</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>مرحبًا بك في Mapje</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>مع Mapje تستعدّ لموعدك مع البلدية.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>أنت تختار ما هو مهم، بكلماتك أنت.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>كل شيء يبقى على هذا الجهاز، مقفلًا بأمان.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>لنبدأ</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>طريقة العرض: حجم النص والتباين</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>كلمات صعبة</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>استرجع</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>هل تريد استرجاع هذا من البلدية؟ سيُحذف هناك. ويبقى في Mapje الخاص بك.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>نعم، استرجع</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>لا، اتركه</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>اكتب أولًا ما تريد أن تأخذه معك.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>هذا موجود في قائمتك بالفعل.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>اختر أولًا يوم موعدك. بعد ذلك يمكن لـ Mapje أن يذكّرك به.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1، لم يتم اختيار وقت بعد</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>أنت وحدك من يختار مجالات الحياة وترتيبها.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>لم ينجح ذلك. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 الآن في المكان %2 من %3.</translation>
    </message>
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>لا يمكن إضافة رأي إلا إلى مجال اخترته أنت.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>رأيك أنت يبقى على اللوحة.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>لا يمكنك إخفاء رأيك. لكن يمكنك إزالته.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>هذا الشخص أضاف رأيه هنا بالفعل. أزِله أولًا إن لم يكن صحيحًا.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>يوم %1 لم تختر أي مجال بعد.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>يوم %1 اخترت: %2.</translation>
    </message>
</context>
<context>
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>لا يمكن الحفظ الآن. ربما لم تعد هناك مساحة كافية. بياناتك في Mapje آمنة.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>تم. الملف موجود في المجلد %1. افتحه لتضع المواعيد في تقويمك.</translation>
    </message>
</context>
<context>
    <name>mapje::ConversationController</name>
    <message>
        <source>%1 bij %2</source>
        <extracomment>What she kept at the closing: %1 is who said it, %2 the leefgebied.</extracomment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>jij</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>شخص قريب منك</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>مقدّم المساعدة</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>المرافق الذي عاش التجربة</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>اكتب أولًا بكلماتك أنت ما تريده.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>الهدف يرتبط بشيء اخترته أنت على لوحتك.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>الهدف يحتاج إلى كلمات. كلماتك السابقة محفوظة.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>لم ينجح ذلك. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>اكتب أولًا بضع كلمات. بعدها يحفظه Mapje.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>هذا الرمز غير صحيح. انظر مرة أخرى إلى شاشة الجهاز.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>هذا ليس رمزًا من جهاز Mapje.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>هذا لا يعمل على هذا الجهاز. لم يتم جلب أي شيء.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>هذا الرمز لا يخص الجهاز الذي مسحته. لم يتم جلب أي شيء. اطلب رمزًا جديدًا من الجهاز.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>انتهى الوقت. لم يتم جلب أي شيء. اختر على الجهاز مرة أخرى ‘خذه إلى هاتفك’.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>لا يستطيع Mapje قراءة ما وصل. لم يتم حفظ أي شيء. ابدأ من جديد على الجهاز.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>لوحتك</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>الهدف: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>حُفظ في Mapje: لوحتك و%n أهداف.</numerusform>
            <numerusform>حُفظ في Mapje: لوحتك و%n هدف.</numerusform>
            <numerusform>حُفظ في Mapje: لوحتك و%n هدفان.</numerusform>
            <numerusform>حُفظ في Mapje: لوحتك و%n أهداف.</numerusform>
            <numerusform>حُفظ في Mapje: لوحتك و%n هدفًا.</numerusform>
            <numerusform>حُفظ في Mapje: لوحتك و%n هدف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>حُفظ في Mapje: لوحتك.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>حُفظ في Mapje: %n أهداف.</numerusform>
            <numerusform>حُفظ في Mapje: %n هدف.</numerusform>
            <numerusform>حُفظ في Mapje: %n هدفان.</numerusform>
            <numerusform>حُفظ في Mapje: %n أهداف.</numerusform>
            <numerusform>حُفظ في Mapje: %n هدفًا.</numerusform>
            <numerusform>حُفظ في Mapje: %n هدف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>لم تحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>هذا الرمز لم يعد يعمل: انتهى الوقت أو توقف الجهاز. لم يتم جلب أي شيء. اطلب رمزًا جديدًا من الجهاز.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>استخدم هاتف آخر هذا الرمز بالفعل. لم يتم جلب أي شيء. اختر على الجهاز مرة أخرى ‘خذه إلى هاتفك’.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>تمت تجربة رموز كثيرة جدًا. انتظر ربع ساعة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>لا يوجد اتصال الآن. تأكد من أن الإنترنت يعمل وحاول مرة أخرى. لم يتم جلب أي شيء.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>هذا لا يعمل الآن. لم يتم جلب أي شيء. اطلب رمزًا جديدًا من الجهاز.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>لا يوجد شيء لأخذه بعد. اختر أولًا مجالات حياتك أو اكتب هدفًا.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>لا يمكن الأخذ من هذا الجهاز الآن. يمكنك طباعة ملفك.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>انتهى الوقت. لم يُرسل أي شيء. اضغط مرة أخرى على ‘خذه إلى هاتفك’ للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>لم ينجح الإرسال. لا يوجد اتصال الآن. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>لم تكن الرموز متطابقة. لم يُرسل أي شيء. اضغط مرة أخرى على ‘خذه إلى هاتفك’ للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>انتهى الوقت أو لم يعد الرمز يعمل. لم يُرسل أي شيء. اضغط مرة أخرى على ‘خذه إلى هاتفك’ للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>استخدم هاتف آخر هذا الرمز بالفعل. لم يُرسل أي شيء. اضغط مرة أخرى على ‘خذه إلى هاتفك’ للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>لا يوجد اتصال بالبلدية الآن. لم يُرسل أي شيء. حاول بعد قليل، أو اطبع ملفك.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>انتظر قليلًا. بعد ذلك يمكنك المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>رمز PIN هذا غير صحيح.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>الطباعة متوقفة.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>الطابعة %1 جاهزة.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>الطابعة %1 تطبع الآن.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>الطابعة %1 تُبلغ عن خطأ. افحص الطابعة.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>لم يتم العثور على طابعة. تأكد من أنها تعمل ومضافة في CUPS.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>لم يتم العثور على الطابعة %1. تأكد من أنها تعمل ومضافة في CUPS.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>الطباعة لا تعمل: جزء الطباعة غير موجود.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>جارٍ تجربة نقطة الاتصال …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>نقطة الاتصال تستجيب.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>نقطة الاتصال لا تستجيب. تأكد من أن الشبكة تعمل.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>نقطة الاتصال تستجيب بخطأ (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>لا يمكن القراءة بصوت عالٍ بهذه اللغة على هذا الجهاز. لا يوجد صوت لهذه اللغة.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>لا يمكن القراءة بصوت عالٍ على هذا الجهاز. لا يوجد صوت مثبَّت.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>لا يمكن الحفظ الآن. ربما لم تعد هناك مساحة كافية. Mapje الخاص بك في التطبيق آمن.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>لم يتم العثور على طابعة. احفظ Mapje الخاص بك كملف. عندها يمكنك أن تطبعه في مكان آخر.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>لا يمكن الطباعة الآن. تأكّد أن الطابعة تعمل. Mapje الخاص بك في التطبيق آمن.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>يُرسَل Mapje الخاص بك إلى الطابعة.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>يُرسَل Mapje الخاص بك إلى الطابعة %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>يوجد Mapje الخاص بك في مجلد %1، داخل Mapje.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>اسم الملف %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>لم يتم العثور على طابعة. اسأل في مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>يجري إنهاء ربطك مع %1. نُعلم البلدية بذلك. لن يُرسل إليها شيء بعد الآن.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje مربوط مع %1 منذ %2.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>أنهت البلدية الربط. ما شاركته حُذف هناك. كل شيء ما زال في Mapje الخاص بك.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>كل ما تشاركه وصل إلى البلدية.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n أشياء لم تُرسل بعد.</numerusform>
            <numerusform>%n شيء لم يُرسل بعد.</numerusform>
            <numerusform>%n شيئان لم يُرسلا بعد.</numerusform>
            <numerusform>لم تُرسل %n أشياء بعد.</numerusform>
            <numerusform>لم يُرسل %n شيئًا بعد.</numerusform>
            <numerusform>لم يُرسل %n شيء بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n أشياء لم تُسترجع بعد.</numerusform>
            <numerusform>%n شيء لم يُسترجع بعد.</numerusform>
            <numerusform>%n شيئان لم يُسترجعا بعد.</numerusform>
            <numerusform>لم تُسترجع %n أشياء بعد.</numerusform>
            <numerusform>لم يُسترجع %n شيئًا بعد.</numerusform>
            <numerusform>لم يُسترجع %n شيء بعد.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>سنحاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>اكتب أولًا الرمز الذي أعطاك إياه مسؤول ملفك.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>لحظة من فضلك، Mapje يقوم بالربط…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>لوحتك</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>لم تختر أي مجال بعد.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>اخترت: %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: هدف عن %2</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>هدف جديد عن %1</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>موعد متّفق عليه، لم يحن بعد</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>موعد متّفق عليه مع %1، لم يحن بعد</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>موعد متّفق عليه</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>موعد متّفق عليه مع %1</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>اكتب رمز PIN من 5 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>رمز PIN فيه 5 أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>من السهل تخمين رمز PIN هذا. اختر أرقامًا أخرى.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>عبارة المرور فيها 8 أحرف على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقائق.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
            <numerusform>يمكنك المحاولة مرة أخرى بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. لم يُحفظ أي شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>اكتب أولًا رمز PIN أو عبارة المرور.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>هذا الرمز غير صحيح. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>لم ينجح ذلك. بياناتك آمنة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>تم حفظ رمزك الجديد.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>رمزك الحالي غير صحيح. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>نصّك لم يُحفظ بعد. سيحاول Mapje مرة أخرى بعد قليل. بعد ذلك يمكنك قفل Mapje.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>لم يستطع Mapje حذف كل شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>الملف الذي فيه بياناتك غير موجود.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>الملف الذي فيه بياناتك فارغ.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>يوجد اختصار في مكان بياناتك. Mapje لا يفتحه.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje غير مسموح له بقراءة الملف الذي فيه بياناتك.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>الملف تالف، أو أنه ليس من ملفات Mapje.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>جهازك ممتلئ. لا يستطيع Mapje حفظ أي شيء الآن. أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje غير مسموح له الآن بحفظ أي شيء في المجلد الذي فيه بياناتك.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>لا يستطيع Mapje حفظ أي شيء الآن. بياناتك في أمان.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>لم يتم حفظ رمزك الجديد. رمزك القديم ما زال يعمل.</translation>
    </message>
</context>
</TS>
