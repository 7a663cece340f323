<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>يمكن وضع القطعة فقط على مجال اخترته أنت.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>أنت وحدك من يختار مجالات الحياة وترتيبها.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>قطعك الخاصة تبقى على اللوحة.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>لا يمكنك إخفاء قطعتك. لكن يمكنك إزالتها.</translation>
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
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>لوحتك: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>لوحتك فارغة الآن. اسحب مجالًا من مجالات الحياة إلى هنا.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
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
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>على لوحتك تختار ما هو مهم لك. خذ وقتك، لا داعي للعجلة.</translation>
    </message>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>لم تختر أي مجال بعد.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>المكان %1: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>لا توجد قطعة بعد.</translation>
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
    <message>
        <source>Terug</source>
        <translation>رجوع</translation>
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
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>إذا نسيت رمزك، لا يستطيع أحد أن يسترجع بياناتك. ولا نحن أيضًا. وبهذا لا يستطيع أي شخص آخر أن ينظر في Mapje الخاص بك.</translation>
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
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>لا يستطيع Mapje فتح بياناتك</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>الملف تالف، أو أنه ليس من ملفات Mapje.</translation>
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
    <message>
        <source>Terug</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 و%2</translation>
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
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>قطعة %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>لم تختر أي مجال بعد. اختر أولًا ما هو مهم.</translation>
    </message>
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
        <translation>%1: مخفيّة</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. التغيير: %3.</translation>
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
        <source>Laat de fiche van %1 zien</source>
        <translation>إظهار قطعة %1</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>إخفاء قطعة %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>إزالة قطعة %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>هل نسيت الرمز؟</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>لا يستطيع أحد أن يسترجع رمزك. ولا نحن أيضًا. وبهذا تبقى بياناتك لك وحدك.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>يمكنك أن تبدأ من جديد بـ Mapje فارغ. عندها يحذف Mapje كل ما حفظته.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>رجوع، سأحاول مرة أخرى</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>حذف كل شيء والبدء من جديد</translation>
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
        <translation>المساعد الصحي عند طبيب العائلة (praktijkondersteuner)</translation>
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
        <source>Terug</source>
        <translation>رجوع</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>رجوع</translation>
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
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>إيقاف</translation>
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
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>يمكن لشخص آخر أيضًا أن يضع قطعة. فقط على ما اخترته أنت. ويمكنك أن تخفي أي قطعة أو تزيلها.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>وضع القطع</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>وضع القطع باسم %1</translation>
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
    <name>ReadAloudController</name>
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
        <source>Terug</source>
        <translation>رجوع</translation>
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
    <name>VaultController</name>
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
</context>
</TS>
