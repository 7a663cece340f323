<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="nl_NL">
<context>
    <name>AgreedGoalSection</name>
    <message>
        <source>Een doel maken</source>
        <translation>Bir hedef oluşturun</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna kun je hier een doel maken.</source>
        <translation>Önce panonuzda sizin için önemli olanı seçin. Sonra burada bir hedef oluşturabilirsiniz.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? Je kunt de woorden veranderen.</source>
        <translation>Neye ulaşmak istiyorsunuz? Kelimeleri değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Hedefiniz ne hakkında?</translation>
    </message>
    <message>
        <source>Maak dit doel</source>
        <translation>Bu hedefi oluştur</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Daarna kun je het doel maken.</source>
        <extracomment>The citizen turns what was agreed into a goal but did not pick its leefgebied yet.</extracomment>
        <translation>Hedefinizin ne hakkında olduğunu seçin. Sonra hedefi oluşturabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>AgreedStepSection</name>
    <message>
        <source>Een stap bij een doel</source>
        <translation>Bir hedef için adım</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Maak eerst een doel.</source>
        <translation>Henüz bir hedefiniz yok. Önce bir hedef oluşturun.</translation>
    </message>
    <message>
        <source>Wat is de stap? Je kunt de woorden veranderen.</source>
        <translation>Adım nedir? Kelimeleri değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Bij welk doel hoort de stap?</source>
        <translation>Bu adım hangi hedefe ait?</translation>
    </message>
    <message>
        <source>Zet de stap bij dit doel</source>
        <translation>Adımı bu hedefe ekle</translation>
    </message>
</context>
<context>
    <name>AppointmentAfterPage</name>
    <message>
        <source>Na de afspraak</source>
        <translation>Randevudan sonra</translation>
    </message>
    <message>
        <source>Je afspraak is nog niet geweest. Je kunt dit later invullen.</source>
        <translation>Randevunuzun zamanı henüz gelmedi. Bunu daha sonra doldurabilirsiniz.</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Ne kararlaştırıldı?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Kendi sözlerinizle yazın. Kısa da olabilir.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Yazdıklarınız burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Wil je er iets mee doen? Dat hoeft niet.</source>
        <translation>Bununla bir şey yapmak ister misiniz? Zorunda değilsiniz.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Bundan bir hedef oluştur</translation>
    </message>
    <message>
        <source>Maak er een stap van bij een doel</source>
        <translation>Bunu bir hedefe adım olarak ekle</translation>
    </message>
    <message>
        <source>Spreek een nieuw moment af</source>
        <translation>Yeni görüşme kararlaştır</translation>
    </message>
    <message>
        <source>De stap staat bij je doel.</source>
        <translation>Adım hedefinize eklendi.</translation>
    </message>
    <message>
        <source>Toch niet</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>AppointmentBringSection</name>
    <message>
        <source>Wat neem ik mee?</source>
        <translation>Yanıma ne alacağım?</translation>
    </message>
    <message>
        <source>Vink aan wat je al klaar hebt gelegd. Heb je iets niet nodig? Haal het dan weg.</source>
        <translation>Hazırladıklarınızı işaretleyin. İhtiyacınız olmayan bir şey mi var? O zaman onu kaldırın.</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one thing away from the list of things to bring.</extracomment>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Weghalen van je lijst: %1</source>
        <translation>Listenizden kaldır: %1</translation>
    </message>
    <message>
        <source>Wil je nog iets anders meenemen?</source>
        <translation>Yanınıza başka bir şey almak ister misiniz?</translation>
    </message>
    <message>
        <source>Op je lijst zetten</source>
        <translation>Listenize ekle</translation>
    </message>
    <message>
        <source>Er staat nog niets op je lijst. Kies hieronder wat je meeneemt, of schrijf het zelf op.</source>
        <extracomment>While nothing is on the list of things to bring yet.</extracomment>
        <translation>Listenizde henüz bir şey yok. Yanınıza alacaklarınızı aşağıdan seçin ya da kendiniz yazın.</translation>
    </message>
    <message>
        <source>Papieren die vaak gevraagd worden. Vink aan wat jij meeneemt:</source>
        <extracomment>Above papers many people are asked for; none is ticked until the citizen ticks it.</extracomment>
        <translation>Sık istenen belgeler. Yanınıza alacaklarınızı işaretleyin:</translation>
    </message>
    <message>
        <source>Neem ik mee: %1</source>
        <translation>Yanıma alacağım: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>Under the reminder switch of an appointment that has no day yet.</extracomment>
        <translation>Önce randevunuzun gününü seçin. O zaman Mapje size hatırlatabilir.</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <translation>Randevuya hazırlan</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the preparation, e.g. &quot;Vraag 2 van 6&quot;. Not about the person.</extracomment>
        <translation>%2 sorudan %1.</translation>
    </message>
    <message>
        <source>Wanneer is je afspraak?</source>
        <translation>Randevunuz ne zaman?</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Hangi gün?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>Saat kaçta?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Bunu bana hatırlat</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Bir gün önce ve bir saat önce.</translation>
    </message>
    <message>
        <source>Waar en met wie?</source>
        <translation>Nerede ve kiminle?</translation>
    </message>
    <message>
        <source>Waar is je afspraak?</source>
        <translation>Randevunuz nerede?</translation>
    </message>
    <message>
        <source>Met wie praat je?</source>
        <translation>Kiminle konuşacaksınız?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld je klantmanager of consulent. Schrijf de naam op als je die weet.</source>
        <translation>Örneğin dosya sorumlunuz (klantmanager) ya da vaka sorumlunuz (consulent). Biliyorsanız adını yazın.</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <translation>Neyi bilmelerini istiyorum?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou? Schrijf het in je eigen woorden.</source>
        <translation>Sizin için ne önemli? Kendi sözlerinizle yazın.</translation>
    </message>
    <message>
        <source>Wie gaat er met je mee?</source>
        <translation>Sizinle kim gelecek?</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid.</source>
        <translation>Yanınızda birini getirebilirsiniz. Örneğin partneriniz, bir arkadaşınız, bir deneyimli destekçi (ervaringswerker) ya da bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Wie gaat er mee? (Dat hoeft niet.)</source>
        <translation>Sizinle kim gelecek? (Zorunlu değil.)</translation>
    </message>
    <message>
        <source>Je bent klaar voor je afspraak.</source>
        <translation>Randevunuza hazırsınız.</translation>
    </message>
    <message>
        <source>Je kunt alles nog veranderen. Mapje bewaart het meteen.</source>
        <translation>Her şeyi hâlâ değiştirebilirsiniz. Mapje hemen kaydeder.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je schreef blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Yazdıklarınız burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Randevuda haklarınız neler?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Önceki soru</translation>
    </message>
    <message>
        <source>Dit wil je vragen:</source>
        <translation>Sormak istedikleriniz:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>A question in the list on the &quot;ready&quot; page: %1 is its number, %2 the question.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Je hebt nog geen dag gekozen voor je afspraak. Weet je de dag? Kies hem dan bij vraag 1. Al het andere is bewaard.</source>
        <extracomment>On the last page of preparing an appointment when no day was picked yet.</extracomment>
        <translation>Randevunuz için henüz bir gün seçmediniz. Günü biliyor musunuz? O zaman 1. soruda seçin. Geri kalan her şey kaydedildi.</translation>
    </message>
    <message>
        <source>Dag kiezen</source>
        <extracomment>Goes back to the first question of an appointment: which day.</extracomment>
        <translation>Günü seç</translation>
    </message>
    <message>
        <source>Een dag van tevoren. Kies je ook een tijd? Dan ook een uur van tevoren.</source>
        <extracomment>Under the reminder switch of an appointment that has a day but no time yet.</extracomment>
        <translation>Bir gün önce. Bir saat de seçiyor musunuz? O zaman bir saat önce de.</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Gelemiyorum</translation>
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
        <translation>Soru %1</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <extracomment>Opens one question to change its words.</extracomment>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Vraag wijzigen: %1</source>
        <translation>Soruyu değiştir: %1</translation>
    </message>
    <message>
        <source>Klaar met wijzigen</source>
        <extracomment>Closes the box in which a question was changed; the words are already kept.</extracomment>
        <translation>Değiştirmeyi bitir</translation>
    </message>
    <message>
        <source>Eerder vragen</source>
        <extracomment>Moves a question one place up, so it is asked earlier.</extracomment>
        <translation>Daha önce sor</translation>
    </message>
    <message>
        <source>Eerder vragen: %1</source>
        <translation>Daha önce sor: %1</translation>
    </message>
    <message>
        <source>Later vragen</source>
        <extracomment>Moves a question one place down, so it is asked later.</extracomment>
        <translation>Daha sonra sor</translation>
    </message>
    <message>
        <source>Later vragen: %1</source>
        <translation>Daha sonra sor: %1</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <extracomment>Takes one question away from the list for the appointment.</extracomment>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Vraag weghalen: %1</source>
        <translation>Soruyu kaldır: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentQuestionsSection</name>
    <message>
        <source>Wat wil ik vragen?</source>
        <translation>Ne sormak istiyorum?</translation>
    </message>
    <message>
        <source>Schrijf je vragen op. Dan vergeet je ze niet in het gesprek.</source>
        <translation>Sorularınızı yazın. Böylece görüşmede onları unutmazsınız.</translation>
    </message>
    <message>
        <source>Wat wil je vragen?</source>
        <translation>Ne sormak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Wat wil je nog meer vragen?</source>
        <translation>Başka ne sormak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Vraag toevoegen</source>
        <translation>Soru ekle</translation>
    </message>
    <message>
        <source>Vragen die veel mensen stellen. Kies er een als je wilt:</source>
        <translation>Birçok kişinin sorduğu sorular. İsterseniz birini seçin:</translation>
    </message>
    <message>
        <source>Vraag toevoegen: %1</source>
        <extracomment>A button that adds a suggested question to the citizen&apos;s own questions.</extracomment>
        <translation>Soru ekle: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentRemoveSection</name>
    <message>
        <source>Deze afspraak weghalen</source>
        <translation>Bu randevuyu kaldır</translation>
    </message>
    <message>
        <source>Wil je deze afspraak weghalen? Ook je vragen en je lijst gaan dan weg. Je kunt dit niet terugzetten.</source>
        <translation>Bu randevuyu kaldırmak istiyor musunuz? Sorularınız ve listeniz de silinir. Bunu geri alamazsınız.</translation>
    </message>
</context>
<context>
    <name>AppointmentsPage</name>
    <message>
        <source>Afspraken</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>Heb je een afspraak met een klantmanager of consulent? Bereid je gesprek hier rustig voor.</source>
        <translation>Dosya sorumlunuzla (klantmanager) ya da vaka sorumlunuzla (consulent) bir randevunuz mu var? Görüşmenize burada acele etmeden hazırlanın.</translation>
    </message>
    <message>
        <source>Je hebt nog geen afspraak voorbereid.</source>
        <translation>Henüz hiçbir randevuya hazırlanmadınız.</translation>
    </message>
    <message>
        <source>Nieuwe afspraak voorbereiden</source>
        <translation>Yeni randevuya hazırlan</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Kiminle: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Afgesproken: %1</source>
        <extracomment>%1 is what was agreed at the appointment, in the citizen&apos;s own words.</extracomment>
        <translation>Kararlaştırılan: %1</translation>
    </message>
    <message>
        <source>Wat is er afgesproken?</source>
        <translation>Ne kararlaştırıldı?</translation>
    </message>
    <message>
        <source>Wat is er afgesproken op %1?</source>
        <translation>%1 tarihli randevuda ne kararlaştırıldı?</translation>
    </message>
    <message>
        <source>Voorbereiden</source>
        <translation>Hazırlan</translation>
    </message>
    <message>
        <source>Bereid je afspraak van %1 voor</source>
        <translation>%1 tarihli randevuya hazırlan</translation>
    </message>
    <message>
        <source>Na de afspraak</source>
        <extracomment>Opens the page to write down what was agreed, also before the appointment.</extracomment>
        <translation>Randevudan sonra</translation>
    </message>
    <message>
        <source>Na de afspraak van %1</source>
        <translation>%1 tarihli randevudan sonra</translation>
    </message>
    <message>
        <source>Wat zijn je rechten bij een afspraak?</source>
        <translation>Randevuda haklarınız neler?</translation>
    </message>
    <message>
        <source>Nog geen dag gekozen</source>
        <extracomment>On an appointment&apos;s card while the citizen has not picked its day yet.</extracomment>
        <translation>Henüz gün seçilmedi</translation>
    </message>
    <message>
        <source>Bereid je afspraak voor</source>
        <translation>Randevuya hazırlan</translation>
    </message>
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Panonuz: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep hierheen wat voor jou belangrijk is.</source>
        <translation>Panonuz henüz boş. Sizin için önemli olanı buraya sürükleyin.</translation>
    </message>
</context>
<context>
    <name>BoardSection</name>
    <message>
        <source>Maak je bord</source>
        <translation>Panonuzu oluşturun</translation>
    </message>
    <message>
        <source>Je bord van %1</source>
        <translation>%1 tarihli panonuz</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Opnieuw doen</source>
        <translation>Yeniden yap</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je bord blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Panonuz burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Önemli olanı seçin</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Nasıl hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Wat komt eerst?</source>
        <translation>Önce hangisi gelir?</translation>
    </message>
    <message>
        <source>Anderen erbij</source>
        <translation>Başkalarını ekleyin</translation>
    </message>
    <message>
        <source>Eerdere borden</source>
        <translation>Önceki panolar</translation>
    </message>
    <message>
        <source>Nieuw bord voor vandaag</source>
        <translation>Bugün için yeni pano</translation>
    </message>
    <message>
        <source>Op je bord kies je welke leefgebieden nu belangrijk zijn voor jou. Je doet het in je eigen tempo.</source>
        <translation>Panonuzda şu an sizin için önemli olan yaşam alanlarını seçersiniz. Kendi hızınızda ilerleyin.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>%1. sıra: %2</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen.</source>
        <translation>Henüz bir şey seçmediniz.</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Henüz bir şey girilmedi.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Je hebt morgen een afspraak.</source>
        <extracomment>The words of an agenda alarm the day before. Never name the person, place or subject.</extracomment>
        <translation>Yarın bir randevunuz var.</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <extracomment>The title of an agenda item. Private by default: no person, place or subject.</extracomment>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together.</extracomment>
        <translation>Kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <extracomment>The title of an agenda item: a moment agreed to look at the goals again together. %1 is who it is with, as the citizen wrote it.</extracomment>
        <translation>%1 ile kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <extracomment>The title of an agenda item the citizen chose to export with details. %1 is who the appointment is with, as the citizen wrote it.</extracomment>
        <translation>%1 ile randevu</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Afspraken in je agenda</source>
        <translation>Takviminiz için randevular</translation>
    </message>
    <message>
        <source>Mapje maakt een bestand voor je agenda. Dit komt erin:</source>
        <translation>Mapje takviminiz için bir dosya hazırlar. İçinde şunlar olacak:</translation>
    </message>
    <message>
        <source>Er staan geen afspraken klaar.</source>
        <translation>Eklenecek randevu yok.</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Zet ook met wie en waar erin</source>
        <translation>Kiminle ve nerede olduğunu da ekle</translation>
    </message>
    <message>
        <source>Iedereen die je agenda ziet, kan dat dan lezen.</source>
        <translation>O zaman takviminizi gören herkes bunu okuyabilir.</translation>
    </message>
    <message>
        <source>Ja, maak het bestand</source>
        <translation>Evet, dosyayı hazırla</translation>
    </message>
</context>
<context>
    <name>CannotComePage</name>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Gelemiyorum</translation>
    </message>
    <message>
        <source>Mapje vraagt de gemeente om een ander moment. Je krijgt een nieuw voorstel.</source>
        <translation>Mapje belediyeden başka bir zaman ister. Size yeni bir öneri gelir.</translation>
    </message>
    <message>
        <source>Wil je iets zeggen? Dat mag, het hoeft niet.</source>
        <translation>Bir şey söylemek ister misiniz? Söyleyebilirsiniz, ama gerekmez.</translation>
    </message>
    <message>
        <source>Vraag een ander moment</source>
        <translation>Başka bir zaman isteyin</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Over je afspraak op %1.</source>
        <extracomment>%1 is when the proposed appointment is, e.g. &quot;zondag 20 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1 tarihli randevunuz hakkında.</translation>
    </message>
    <message>
        <source>Je bericht</source>
        <translation>Mesajınız</translation>
    </message>
</context>
<context>
    <name>ChangePinPage</name>
    <message>
        <source>Code wijzigen</source>
        <translation>Şifreyi değiştir</translation>
    </message>
    <message>
        <source>De twee nieuwe codes zijn niet hetzelfde. Typ ze nog een keer.</source>
        <translation>İki yeni şifre aynı değil. Lütfen ikisini tekrar yazın.</translation>
    </message>
    <message>
        <source>Je huidige code</source>
        <translation>Şu anki şifreniz</translation>
    </message>
    <message>
        <source>Je nieuwe code</source>
        <translation>Yeni şifreniz</translation>
    </message>
    <message>
        <source>Kies minstens 5 cijfers, of een wachtzin van minstens 8 tekens.</source>
        <translation>En az 5 rakam seçin ya da en az 8 karakterlik bir şifre cümlesi seçin.</translation>
    </message>
    <message>
        <source>Typ je nieuwe code nog een keer</source>
        <translation>Yeni şifrenizi tekrar yazın</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens opnieuw op slot.</source>
        <translation>Lütfen biraz bekleyin. Mapje bilgilerinizi yeniden kilitliyor.</translation>
    </message>
    <message>
        <source>Nieuwe code bewaren</source>
        <translation>Yeni şifreyi kaydet</translation>
    </message>
</context>
<context>
    <name>CheckInFlowPage</name>
    <message>
        <source>Samen terugkijken</source>
        <translation>Birlikte geriye bakmak</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <extracomment>Where the citizen is in the short flow, e.g. &quot;Vraag 2 van 3&quot;. Not about the person.</extracomment>
        <translation>%2 sorudan %1.</translation>
    </message>
    <message>
        <source>Is er iets veranderd?</source>
        <translation>Bir şey değişti mi?</translation>
    </message>
    <message>
        <source>Schrijf het in je eigen woorden. Het mag ook kort.</source>
        <translation>Kendi sözlerinizle yazın. Kısa da olabilir.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord. Het begint met wat je de vorige keer koos. Zo zie je wat er anders is.</source>
        <translation>Yeni bir pano oluşturun. Pano, geçen sefer seçtiklerinizle başlar. Böylece neyin farklı olduğunu görürsünüz.</translation>
    </message>
    <message>
        <source>Maak een nieuw bord</source>
        <translation>Yeni pano oluştur</translation>
    </message>
    <message>
        <source>Kijk naar je bord van vandaag</source>
        <translation>Bugünkü panonuza bakın</translation>
    </message>
    <message>
        <source>Vink de stappen aan die je hebt gedaan. Houd je doel, of kies iets anders.</source>
        <translation>Yaptığınız adımları işaretleyin. Hedefinizi koruyabilir ya da başka bir şey seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Dank je wel. Je ziet dit terug in je tijdlijn.</source>
        <translation>Teşekkürler. Bunu zaman çizelgenizde görebilirsiniz.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Vorige vraag</source>
        <translation>Önceki soru</translation>
    </message>
    <message>
        <source>Je hebt nog geen doel. Die kun je later maken bij Mijn doelen.</source>
        <translation>Henüz bir hedefiniz yok. Hedefi daha sonra Hedeflerim bölümünde oluşturabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>CheckInGoalCard</name>
    <message>
        <source>Bezig</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Başarıldı</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Bırakıldı</translation>
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
        <translation>Kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Welke dag?</source>
        <translation>Hangi gün?</translation>
    </message>
    <message>
        <source>Hoe laat?</source>
        <translation>Saat kaçta?</translation>
    </message>
    <message>
        <source>Met wie?</source>
        <translation>Kiminle?</translation>
    </message>
    <message>
        <source>Waar?</source>
        <translation>Nerede?</translation>
    </message>
    <message>
        <source>Herinner mij hieraan</source>
        <translation>Bunu bana hatırlat</translation>
    </message>
    <message>
        <source>Een dag van tevoren en een uur van tevoren.</source>
        <translation>Bir gün önce ve bir saat önce.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Wat je koos blijft staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Seçtikleriniz burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Dit moment weghalen</source>
        <translation>Bu görüşmeyi kaldır</translation>
    </message>
    <message>
        <source>Wil je dit moment weghalen? Je kunt dit niet terugzetten.</source>
        <translation>Bu görüşmeyi kaldırmak istiyor musunuz? Bunu geri alamazsınız.</translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Kararlaştırılan görüşmeler</translation>
    </message>
    <message>
        <source>Spreek een moment af om samen te kijken of er iets veranderd is.</source>
        <translation>Bir görüşme zamanı kararlaştırın. Böylece bir şeyin değişip değişmediğine birlikte bakabilirsiniz.</translation>
    </message>
    <message>
        <source>Je hebt nog geen moment afgesproken.</source>
        <translation>Henüz bir görüşme kararlaştırmadınız.</translation>
    </message>
    <message>
        <source>Nieuw moment afspreken</source>
        <translation>Yeni görüşme kararlaştır</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <extracomment>%1 is who the citizen meets, in their own words.</extracomment>
        <translation>Kiminle: %1</translation>
    </message>
    <message>
        <source>Waar: %1</source>
        <extracomment>%1 is the place, in the citizen&apos;s own words.</extracomment>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering.</source>
        <translation>Size bir hatırlatma gelecek.</translation>
    </message>
    <message>
        <source>Geen herinnering.</source>
        <translation>Hatırlatma yok.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <extracomment>%1 is what changed, in the citizen&apos;s own words.</extracomment>
        <translation>Ne değişti: %1</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Birlikte geriye bakın</translation>
    </message>
    <message>
        <source>Wijzigen</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Wijzig het moment van %1</source>
        <translation>Görüşmeyi değiştir: %1</translation>
    </message>
</context>
<context>
    <name>ChooseDomainsPage</name>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Sizin için ne önemli?</translation>
    </message>
    <message>
        <source>Tik op wat voor jou belangrijk is, of sleep het naar je bord. Je kiest er zoveel als je wilt.</source>
        <translation>Sizin için önemli olana dokunun ya da onu panonuza sürükleyin. İstediğiniz kadar seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Met het toetsenbord: ga met de pijltjes naar wat je wilt. Kies het met de spatiebalk. Druk op i voor uitleg.</source>
        <extracomment>How to choose with a keyboard. &quot;i&quot; is the letter key i.</extracomment>
        <translation>Klavyeyle: ok tuşlarıyla istediğinize gidin. Boşluk tuşuyla seçin. Açıklama için i tuşuna basın.</translation>
    </message>
</context>
<context>
    <name>ChoosePinPage</name>
    <message>
        <source>Typ je code nog een keer</source>
        <translation>Şifrenizi tekrar yazın</translation>
    </message>
    <message>
        <source>Kies een pincode</source>
        <translation>Bir PIN kodu seçin</translation>
    </message>
    <message>
        <source>De twee codes zijn niet hetzelfde. Kies je code opnieuw.</source>
        <translation>İki şifre aynı değil. Şifrenizi yeniden seçin.</translation>
    </message>
    <message>
        <source>Een wachtzin is een paar woorden die je makkelijk onthoudt. Gebruik minstens 8 tekens.</source>
        <translation>Şifre cümlesi, kolayca hatırladığınız birkaç kelimedir. En az 8 karakter kullanın.</translation>
    </message>
    <message>
        <source>Met deze code open je Mapje. Kies minstens 5 cijfers.</source>
        <translation>Mapje&apos;yi bu şifreyle açarsınız. En az 5 rakam seçin.</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Şifre cümlesi</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <source>Verberg wat ik typ</source>
        <translation>Yazdığımı gizle</translation>
    </message>
    <message>
        <source>Laat zien wat ik typ</source>
        <translation>Yazdığımı göster</translation>
    </message>
    <message>
        <source>Even geduld. Mapje zet je gegevens op slot.</source>
        <translation>Lütfen biraz bekleyin. Mapje bilgilerinizi kilitliyor.</translation>
    </message>
    <message>
        <source>Code bewaren</source>
        <translation>Şifreyi kaydet</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Liever een pincode</source>
        <translation>PIN kodu kullanmak istiyorum</translation>
    </message>
    <message>
        <source>Liever een wachtzin</source>
        <translation>Şifre cümlesi kullanmak istiyorum</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Zo kan niemand anders in je mapje kijken. Vergeet je je code? Dan begin je opnieuw met een leeg mapje.</source>
        <translation>Şifrenizi sadece siz biliyorsunuz. Böylece Mapje&apos;nize başka kimse bakamaz. Şifrenizi unutursanız boş bir Mapje ile yeniden başlarsınız.</translation>
    </message>
</context>
<context>
    <name>ConversationBoardPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Birlikte konuşalım</translation>
    </message>
    <message>
        <source>Groot lezen</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>Draai om</source>
        <translation>Ters çevir</translation>
    </message>
    <message>
        <source>Zet het scherm op zijn kop, voor wie aan de andere kant van de tafel zit.</source>
        <translation>Ekranı baş aşağı çevirin, masanın öbür tarafında oturan kişi için.</translation>
    </message>
    <message>
        <source>Er staat nog niets op je bord. Kies eerst wat belangrijk is.</source>
        <translation>Panonuzda henüz bir şey yok. Önce önemli olanı seçin.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Önemli olanı seçin</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Kaartjes</source>
        <translation>Kartlar</translation>
    </message>
    <message>
        <source>Vragen om het gesprek te beginnen, één tegelijk.</source>
        <translation>Konuşmayı başlatmak için sorular, her seferinde bir tane.</translation>
    </message>
    <message>
        <source>Steeds één deel van je bord, in grote letters, voor wie tegenover je zit.</source>
        <translation>Panonuzun her seferinde bir bölümü, büyük yazıyla, karşınızda oturan kişi için.</translation>
    </message>
</context>
<context>
    <name>ConversationCards</name>
    <message>
        <source>Wat gaat er nu goed, hoe klein ook?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Şu an ne iyi gidiyor, ne kadar küçük olursa olsun?</translation>
    </message>
    <message>
        <source>Wat is voor jou echt belangrijk?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Sizin için gerçekten önemli olan ne?</translation>
    </message>
    <message>
        <source>Wanneer ging het even beter? Wat deed je toen anders?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Ne zaman biraz daha iyiydi? O zaman neyi farklı yaptınız?</translation>
    </message>
    <message>
        <source>Wat helpt je nu al?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Şu an size zaten ne yardımcı oluyor?</translation>
    </message>
    <message>
        <source>Wie kan je helpen?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Size kim yardım edebilir?</translation>
    </message>
    <message>
        <source>Stel dat het morgen iets beter gaat. Waaraan merk je dat eerst?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Diyelim ki yarın işler biraz daha iyi gidiyor. Bunu ilk neyden anlarsınız?</translation>
    </message>
    <message>
        <source>Welke kleine stap zet je deze week?</source>
        <extracomment>A question on a conversation card, asked to the citizen by the people beside her. Warm and open; it starts from what goes well.</extracomment>
        <translation>Bu hafta hangi küçük adımı atacaksınız?</translation>
    </message>
    <message>
        <source>Wat doet de ervaringswerker hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Deneyimli destekçi burada ne yapar?</translation>
    </message>
    <message>
        <source>Een ervaringswerker weet uit eigen leven hoe het is als het tegenzit. Die vertelt wat hielp, denkt met je mee en helpt je de weg te vinden. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Deneyimli destekçi, işler kötü gittiğinde nasıl olduğunu kendi hayatından bilir. Neyin yardımcı olduğunu anlatır, sizinle birlikte düşünür ve yolunuzu bulmanıza yardım eder. Bununla ne yapacağınıza siz karar verirsiniz.</translation>
    </message>
    <message>
        <source>Jij beslist.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Kararı siz verirsiniz.</translation>
    </message>
    <message>
        <source>Wat een ander zegt, kan jij weghalen.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>Başkasının söylediğini siz kaldırabilirsiniz.</translation>
    </message>
    <message>
        <source>Je kunt altijd pauzeren.</source>
        <extracomment>One of three ground rules shown at the start of a conversation with several people.</extracomment>
        <translation>İstediğiniz zaman ara verebilirsiniz.</translation>
    </message>
    <message>
        <source>Wat doet de hulpverlener hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Destek görevlisi burada ne yapar?</translation>
    </message>
    <message>
        <source>Een hulpverlener werkt bij de gemeente of het wijkteam. Die weet welke hulp en regels er zijn en legt ze uit. Samen maken jullie afspraken. Jij beslist wat op je bord komt.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Destek görevlisi belediyede ya da mahalle ekibinde (wijkteam) çalışır. Hangi yardımların ve kuralların olduğunu bilir ve açıklar. Birlikte anlaşmalar yaparsınız. Panonuzda ne olacağına siz karar verirsiniz.</translation>
    </message>
    <message>
        <source>Wat doet iemand dicht bij jou hier?</source>
        <extracomment>Heading of a short card that explains what this person does in the conversation.</extracomment>
        <translation>Size yakın biri burada ne yapar?</translation>
    </message>
    <message>
        <source>Dit is iemand die dicht bij je staat, zoals je partner of iemand uit je familie. Die vertelt hoe die het ziet. Jij beslist wat je ermee doet.</source>
        <extracomment>What this person does in the conversation, in plain words for the citizen. The citizen always decides.</extracomment>
        <translation>Bu, size yakın biri; örneğin eşiniz ya da ailenizden biri. Durumu nasıl gördüğünü anlatır. Bununla ne yapacağınıza siz karar verirsiniz.</translation>
    </message>
</context>
<context>
    <name>ConversationCardsPage</name>
    <message>
        <source>Gesprekskaartjes</source>
        <translation>Konuşma kartları</translation>
    </message>
    <message>
        <source>Jullie hebben alle kaartjes gehad.</source>
        <translation>Tüm kartlara baktınız.</translation>
    </message>
    <message>
        <source>Dit kaartje nemen we</source>
        <translation>Bu kartı alalım</translation>
    </message>
    <message>
        <source>Sla over</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Wat zeg je? Schrijf het op in je eigen woorden. Dat mag, het hoeft niet.</source>
        <translation>Siz ne dersiniz? Kendi sözlerinizle yazın. Yazabilirsiniz ama zorunda değilsiniz.</translation>
    </message>
    <message>
        <source>Bewaard bij %1.</source>
        <translation>Kaydedildi: %1.</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Bundan bir hedef oluştur</translation>
    </message>
    <message>
        <source>Dit is nu een doel bij %1. Je vindt het bij Mijn doelen.</source>
        <translation>Bu artık bir hedef (%1). Onu Hedeflerim bölümünde bulursunuz.</translation>
    </message>
    <message>
        <source>Volgend kaartje</source>
        <translation>Sonraki kart</translation>
    </message>
    <message>
        <source>Waar hoort het bij?</source>
        <translation>Bu neyle ilgili?</translation>
    </message>
    <message>
        <source>Bewaar het daar</source>
        <translation>Oraya kaydedin</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Seçin</translation>
    </message>
</context>
<context>
    <name>ConversationClosingPage</name>
    <message>
        <source>Afronden</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <source>Dit is nu een doel met een eerste stap. Je vindt het bij Mijn doelen.</source>
        <translation>Bu artık ilk adımı olan bir hedef. Onu Hedeflerim bölümünde bulursunuz.</translation>
    </message>
    <message>
        <source>Wat nemen we mee?</source>
        <translation>Yanımıza ne alıyoruz?</translation>
    </message>
    <message>
        <source>Dit zeiden de anderen. Jij beslist wat blijft.</source>
        <translation>Diğerleri bunları söyledi. Neyin kalacağına siz karar verirsiniz.</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which item of the ones to go through this is, e.g. &quot;2 van 5&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Wat mij hielp: “%1”</source>
        <translation>Bana yardımcı olan: “%1”</translation>
    </message>
    <message>
        <source>Je koos: bewaren.</source>
        <translation>Saklamayı seçtiniz.</translation>
    </message>
    <message>
        <source>Je koos: weghalen.</source>
        <translation>Kaldırmayı seçtiniz.</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Sakla</translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>Ne konusunda anlaşıyoruz?</translation>
    </message>
    <message>
        <source>Wie doet wat, en voor wanneer? Een afspraak wordt een doel met een eerste stap. Niemand gaat weg zonder een volgende stap.</source>
        <translation>Kim neyi, ne zamana kadar yapacak? Her anlaşma, ilk adımı olan bir hedef olur. Kimse bir sonraki adım olmadan ayrılmaz.</translation>
    </message>
    <message>
        <source>Wat wil je bereiken? In je eigen woorden.</source>
        <translation>Neye ulaşmak istiyorsunuz? Kendi sözlerinizle.</translation>
    </message>
    <message>
        <source>Wat is de eerste stap?</source>
        <translation>İlk adım ne?</translation>
    </message>
    <message>
        <source>Wie doet het, of wie helpt?</source>
        <translation>Bunu kim yapıyor ya da kim yardım ediyor?</translation>
    </message>
    <message>
        <source>Voor wanneer?</source>
        <translation>Ne zamana kadar?</translation>
    </message>
    <message>
        <source>Maak er een doel van</source>
        <translation>Bundan bir hedef oluştur</translation>
    </message>
    <message>
        <source>Wanneer kijken jullie samen terug?</source>
        <translation>Ne zaman birlikte geriye bakacaksınız?</translation>
    </message>
    <message>
        <source>Spreek een moment af</source>
        <translation>Görüşme kararlaştır</translation>
    </message>
    <message>
        <source>Met een herinnering. Je kiest de dag en de tijd.</source>
        <translation>Hatırlatmayla birlikte. Günü ve saati siz seçersiniz.</translation>
    </message>
    <message>
        <source>Gesprek afronden</source>
        <translation>Konuşmayı bitir</translation>
    </message>
    <message>
        <source>Over: %1</source>
        <extracomment>What an item of the closing is about: %1 is a leefgebied, e.g. &quot;Geld&quot;.</extracomment>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <source>Waar gaat de afspraak over?</source>
        <translation>Anlaşma ne hakkında?</translation>
    </message>
    <message>
        <source>Jullie kijken samen terug op %1.</source>
        <translation>Birlikte geriye bakacağınız zaman: %1.</translation>
    </message>
    <message>
        <source>Bekijk het moment</source>
        <translation>Zamanı görün</translation>
    </message>
    <message>
        <source>Kies</source>
        <translation>Seçin</translation>
    </message>
    <message>
        <source>Kies eerst waar de afspraak over gaat.</source>
        <translation>Önce anlaşmanın ne hakkında olduğunu seçin.</translation>
    </message>
    <message>
        <source>Schrijf eerst wat je wilt bereiken.</source>
        <translation>Önce neyi başarmak istediğinizi yazın.</translation>
    </message>
    <message>
        <source>Je schreef een afspraak die nog geen doel is. Rond je nu af, dan is die afspraak weg.</source>
        <translation>Henüz hedef olmayan bir anlaşma yazdınız. Şimdi bitirirseniz bu anlaşma kaybolur.</translation>
    </message>
    <message>
        <source>Eerst de afspraak afmaken</source>
        <translation>Önce anlaşmayı tamamlayın</translation>
    </message>
    <message>
        <source>Toch afronden</source>
        <translation>Yine de bitirin</translation>
    </message>
</context>
<context>
    <name>ConversationDomainCard</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>%1. sıra: %2</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Henüz bir şey girilmedi.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Doldur</translation>
    </message>
    <message>
        <source>Vul in bij %1</source>
        <translation>Doldur: %1</translation>
    </message>
</context>
<context>
    <name>ConversationDomainPage</name>
    <message>
        <source>Wat jij vindt</source>
        <translation>Siz ne düşünüyorsunuz</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>%1 ne düşünüyor</translation>
    </message>
</context>
<context>
    <name>ConversationLargePrintPage</name>
    <message>
        <source>Groot lezen</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Sonraki</translation>
    </message>
</context>
<context>
    <name>ConversationPauseCover</name>
    <message>
        <source>Even pauze</source>
        <translation>Kısa bir ara</translation>
    </message>
    <message>
        <source>Het gesprek staat even stil. Alles is bewaard.</source>
        <translation>Konuşmaya kısa bir ara verildi. Her şey kaydedildi.</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam et</translation>
    </message>
</context>
<context>
    <name>ConversationStartPage</name>
    <message>
        <source>Samen praten</source>
        <translation>Birlikte konuşalım</translation>
    </message>
    <message>
        <source>Praat je met anderen over je bord? Bijvoorbeeld met een ervaringswerker, een hulpverlener of iemand dicht bij jou. Jij leidt het gesprek.</source>
        <translation>Panonuz hakkında başkalarıyla mı konuşuyorsunuz? Örneğin bir deneyimli destekçiyle, bir destek görevlisiyle ya da size yakın biriyle. Konuşmayı siz yönetirsiniz.</translation>
    </message>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Önceki konuşmalar</translation>
    </message>
    <message>
        <source>Wie is er bij het gesprek?</source>
        <translation>Konuşmada kimler var?</translation>
    </message>
    <message>
        <source>Jij bent er altijd bij. Kies wie er nog meer is. Een voornaam mag, het hoeft niet.</source>
        <translation>Siz her zaman katılırsınız. Başka kimlerin olduğunu seçin. İsterseniz bir ad yazabilirsiniz, zorunlu değil.</translation>
    </message>
    <message>
        <source>Is er: %1</source>
        <translation>Burada: %1</translation>
    </message>
    <message>
        <source>Was je eerder samen met een van hen?</source>
        <translation>Daha önce bu kişilerden biriyle konuştunuz mu?</translation>
    </message>
    <message>
        <source>%1 is er ook</source>
        <translation>Yine burada: %1</translation>
    </message>
    <message>
        <source>Wie is er nog meer?</source>
        <translation>Başka kim var?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Bir yakınım</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Destek görevlisi</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Deneyimli destekçi</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Ad (boş bırakılabilir)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Zo praten we samen</source>
        <translation>Birlikte böyle konuşuruz</translation>
    </message>
    <message>
        <source>Begin met je bord van %1</source>
        <extracomment>%1 is the date of her board, e.g. &quot;3 december 2026&quot;.</extracomment>
        <translation>%1 tarihli panonuzla başlayın</translation>
    </message>
    <message>
        <source>Begin met een nieuw bord</source>
        <translation>Yeni bir panoyla başlayın</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Verder</source>
        <translation>Devam</translation>
    </message>
    <message>
        <source>We beginnen</source>
        <translation>Başlayalım</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Kaldırın</translation>
    </message>
    <message>
        <source>Haal %1 weg uit het gesprek</source>
        <translation>%1 kişisini konuşmadan kaldırın</translation>
    </message>
</context>
<context>
    <name>ConversationSummaryPage</name>
    <message>
        <source>Wat we hebben gedaan</source>
        <translation>Neler yaptık</translation>
    </message>
    <message>
        <source>Gesprek van %1.</source>
        <translation>%1 tarihli konuşma.</translation>
    </message>
    <message>
        <source>Wie er waren</source>
        <translation>Kimler vardı</translation>
    </message>
    <message>
        <source>Kaartjes die we gebruikten</source>
        <translation>Kullandığımız kartlar</translation>
    </message>
    <message>
        <source>Wat je bewaarde van de anderen</source>
        <translation>Diğerlerinden sakladıklarınız</translation>
    </message>
    <message>
        <source>Wat we afspraken</source>
        <translation>Anlaştıklarımız</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Eerste stap: %1</source>
        <translation>İlk adım: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <translation>Yardım eden: %1</translation>
    </message>
    <message>
        <source>Voor: %1</source>
        <translation>Son tarih: %1</translation>
    </message>
    <message>
        <source>Samen terugkijken</source>
        <translation>Birlikte geriye bakmak</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Mapje&apos;nizi yanınıza alın</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje bilgilerinizi açamıyor</translation>
    </message>
    <message>
        <source>Mapje heeft het bestand apart gezet. Mapje heeft niets gewist.</source>
        <translation>Mapje dosyayı bir kenara koydu. Mapje hiçbir şeyi silmedi.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje.</source>
        <translation>Boş bir Mapje ile yeniden başlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Het bestand staat hier: %1</source>
        <translation>Dosya burada: %1</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Yeniden başla</translation>
    </message>
</context>
<context>
    <name>DocumentCatalogue</name>
    <message>
        <source>ID-bewijs</source>
        <extracomment>A paper to bring to an appointment: passport, ID card or residence document.</extracomment>
        <translation>Kimlik belgesi</translation>
    </message>
    <message>
        <source>Je paspoort, ID-kaart of verblijfsdocument.</source>
        <translation>Pasaportunuz, kimlik kartınız ya da oturma izni belgeniz.</translation>
    </message>
    <message>
        <source>Bankafschriften</source>
        <extracomment>A paper to bring to an appointment: the statements of one&apos;s bank account.</extracomment>
        <translation>Banka hesap dökümleri</translation>
    </message>
    <message>
        <source>Overzichten van je bankrekening. Meestal van de laatste maanden.</source>
        <translation>Banka hesabınızın dökümleri. Genellikle son birkaç aya ait olanlar.</translation>
    </message>
    <message>
        <source>Huurcontract</source>
        <extracomment>A paper to bring to an appointment: the rental contract of one&apos;s home.</extracomment>
        <translation>Kira sözleşmesi</translation>
    </message>
    <message>
        <source>Het contract van je huis, als je huurt.</source>
        <translation>Kirada oturuyorsanız evinizin sözleşmesi.</translation>
    </message>
    <message>
        <source>Loonstrook</source>
        <extracomment>A paper to bring to an appointment: the monthly overview of one&apos;s wages.</extracomment>
        <translation>Maaş bordrosu</translation>
    </message>
    <message>
        <source>Het overzicht van je loon, als je werkt.</source>
        <translation>Çalışıyorsanız maaşınızın dökümü.</translation>
    </message>
    <message>
        <source>Brieven</source>
        <extracomment>A paper to bring to an appointment: letters about the question at hand.</extracomment>
        <translation>Mektuplar</translation>
    </message>
    <message>
        <source>Brieven die erbij horen. Bijvoorbeeld van de gemeente, of over geld dat je moet betalen.</source>
        <translation>Konuyla ilgili mektuplar. Örneğin belediyeden gelenler ya da ödemeniz gereken paralarla ilgili olanlar.</translation>
    </message>
</context>
<context>
    <name>DomainInfoPage</name>
    <message>
        <source>Vragen om over na te denken</source>
        <translation>Düşünmek için sorular</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Nereye başvurabilirsiniz?</translation>
    </message>
    <message>
        <source>Haal van mijn bord</source>
        <translation>Panomdan kaldır</translation>
    </message>
    <message>
        <source>Zet op mijn bord</source>
        <translation>Panoma ekle</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 ve %2</translation>
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
        <translation>Seçildi</translation>
    </message>
    <message>
        <source>Niet gekozen</source>
        <translation>Seçilmedi</translation>
    </message>
    <message>
        <source>Wat betekent dit?</source>
        <translation>Bu ne demek?</translation>
    </message>
    <message>
        <source>Wat betekent %1?</source>
        <translation>%1 ne demek?</translation>
    </message>
    <message>
        <source>Uitleg: druk op i.</source>
        <extracomment>Read by a screen reader after &quot;Gekozen&quot;: the letter key i explains the leefgebied.</extracomment>
        <translation>Açıklama: i tuşuna basın.</translation>
    </message>
</context>
<context>
    <name>ExperienceLine</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Bana yardımcı olan</translation>
    </message>
</context>
<context>
    <name>ExperienceSection</name>
    <message>
        <source>Wat mij hielp</source>
        <translation>Bana yardımcı olan</translation>
    </message>
    <message>
        <source>Vertel wat jou hielp, uit je eigen leven. Het is geen advies. Aan het eind beslist de ander of het blijft.</source>
        <translation>Kendi hayatınızdan size neyin yardımcı olduğunu anlatın. Bu bir tavsiye değil. Sonunda bunun kalıp kalmayacağına karşınızdaki kişi karar verir.</translation>
    </message>
    <message>
        <source>Wat hielp %1?</source>
        <translation>%1 için ne yardımcı oldu?</translation>
    </message>
    <message>
        <source>Zet erbij</source>
        <translation>Ekle</translation>
    </message>
</context>
<context>
    <name>ExplanationPage</name>
    <message>
        <source>Wat is het?</source>
        <translation>Bu nedir?</translation>
    </message>
    <message>
        <source>Wat betekent het voor jou?</source>
        <translation>Sizin için ne anlama gelir?</translation>
    </message>
    <message>
        <source>Waar kan je terecht?</source>
        <translation>Nereye başvurabilirsiniz?</translation>
    </message>
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Vorige</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Je hebt nog niets gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Henüz bir şey seçmediniz. Önce sizin için önemli olanı seçin.</translation>
    </message>
    <message>
        <source>Wat %1 vindt</source>
        <translation>%1 ne düşünüyor</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Which leefgebied of the chosen ones this is, e.g. &quot;2 van 4&quot;.</extracomment>
        <translation>%1 / %2</translation>
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
        <translation>Değişiklik: %1</translation>
    </message>
</context>
<context>
    <name>FicheQuestions</name>
    <message>
        <source>Hoe voelt het hier?</source>
        <translation>Bu konuda nasıl hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Hoe ziet %1 het hier?</source>
        <translation>%1 bu konuyu nasıl görüyor?</translation>
    </message>
    <message>
        <source>Blij</source>
        <translation>Mutlu</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <translation>Üzgün</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>Bilmiyorum</translation>
    </message>
    <message>
        <source>Wil je hier iets aan veranderen?</source>
        <translation>Burada bir şeyi değiştirmek istiyor musunuz?</translation>
    </message>
    <message>
        <source>Vindt %1 dat hier iets moet veranderen?</source>
        <translation>%1 burada bir şeyin değişmesi gerektiğini düşünüyor mu?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <translation>Henüz bilmiyorum</translation>
    </message>
    <message>
        <source>Wil je er iets over zeggen? Dat mag, het hoeft niet.</source>
        <translation>Bununla ilgili bir şey söylemek ister misiniz? Söyleyebilirsiniz ama zorunda değilsiniz.</translation>
    </message>
</context>
<context>
    <name>FicheRow</name>
    <message>
        <source>%1: verborgen</source>
        <translation>%1: gizli</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Laat zien wat %1 vindt</source>
        <translation>Göster: %1 ne düşünüyor</translation>
    </message>
    <message>
        <source>Verberg wat %1 vindt</source>
        <translation>Gizle: %1 ne düşünüyor</translation>
    </message>
    <message>
        <source>Haal weg wat %1 vindt</source>
        <translation>Kaldır: %1 ne düşünüyor</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Şifrenizi mi unuttunuz?</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Boş bir Mapje ile yeniden başlayabilirsiniz. O zaman Mapje kaydettiğiniz her şeyi siler.</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Her şeyi sil ve yeniden başla</translation>
    </message>
    <message>
        <source>Alleen jij kent je code. Mapje bewaart hem nergens anders. Zo blijven je gegevens van jou.</source>
        <translation>Şifrenizi sadece siz biliyorsunuz. Mapje onu başka hiçbir yerde saklamaz. Böylece bilgileriniz sizde kalır.</translation>
    </message>
    <message>
        <source>Ik probeer het nog eens</source>
        <translation>Tekrar deneyeceğim</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>AOW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AOW (devlet emekli maaşı)</translation>
    </message>
    <message>
        <source>De AOW is het basispensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd. Die leeftijd ligt rond de 67 jaar.</source>
        <translation>AOW, devletin verdiği temel emekli maaşıdır. AOW yaşına gelince alırsınız. Bu yaş 67 civarındadır.</translation>
    </message>
    <message>
        <source>Woonde of werkte je in Nederland? Dan bouw je AOW op. Woonde je hier niet altijd? Dan kan je AOW lager zijn.</source>
        <translation>Hollanda&apos;da yaşadınız ya da çalıştınız mı? O zaman AOW hakkı biriktirirsiniz. Hep burada yaşamadınız mı? O zaman AOW&apos;niz daha düşük olabilir.</translation>
    </message>
    <message>
        <source>De SVB, of een sociaal raadslid als je hulp wilt bij vragen.</source>
        <translation>SVB ya da sorularınızda yardım isterseniz bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>AVG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>AVG (veri koruma yasası)</translation>
    </message>
    <message>
        <source>AVG is de privacywet van Europa. Daarin staat hoe organisaties met jouw gegevens moeten omgaan.</source>
        <translation>AVG, Avrupa&apos;nın gizlilik yasasıdır. Kurumların bilgilerinizi nasıl kullanması gerektiğini anlatır.</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou heeft. Kloppen ze niet? Dan mag je vragen om ze te verbeteren.</source>
        <translation>Bir kurumun sizinle ilgili hangi bilgileri olduğunu sorabilirsiniz. Bilgiler yanlış mı? O zaman düzeltilmesini isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>De privacy-medewerker van de organisatie, of het Juridisch Loket.</source>
        <translation>Kurumun gizlilik görevlisi ya da Juridisch Loket (ücretsiz hukuki danışma).</translation>
    </message>
    <message>
        <source>Awb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Awb (Genel İdare Hukuku Yasası)</translation>
    </message>
    <message>
        <source>Awb is de Algemene wet bestuursrecht. Daarin staan regels voor de overheid. Bijvoorbeeld hoe een besluit moet worden gemaakt. En hoe je bezwaar maakt.</source>
        <translation>Awb, Genel İdare Hukuku Yasası&apos;dır. Devlet için kurallar içerir. Örneğin bir kararın nasıl verilmesi gerektiği. Ve nasıl itiraz edeceğiniz.</translation>
    </message>
    <message>
        <source>Door deze wet mag je bezwaar maken tegen een besluit. De overheid moet je ook netjes horen.</source>
        <translation>Bu yasa sayesinde bir karara itiraz edebilirsiniz. Devlet de sizi düzgün bir şekilde dinlemek zorundadır.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket of een sociaal raadslid.</source>
        <translation>Juridisch Loket ya da bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Beroep</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beroep (mahkemeye başvuru)</translation>
    </message>
    <message>
        <source>Ben je het na je bezwaar nog steeds niet eens met de gemeente? Dan kan je in beroep gaan. Een rechter kijkt dan naar het besluit. Beroep betekent hier dus niet je werk.</source>
        <translation>İtirazınızdan sonra hâlâ belediyeyle aynı fikirde değil misiniz? O zaman mahkemeye başvurabilirsiniz. Bir hâkim kararı inceler. Burada beroep kelimesi mesleğiniz anlamına gelmez.</translation>
    </message>
    <message>
        <source>Ook voor beroep heb je meestal zes weken. Vaak betaal je een bedrag voor de rechtbank. Dat heet griffierecht.</source>
        <translation>Mahkemeye başvuru için de genellikle altı haftanız vardır. Çoğu zaman mahkemeye bir ücret ödersiniz. Buna harç (griffierecht) denir.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket, een sociaal raadslid of een advocaat.</source>
        <translation>Juridisch Loket, bir sosyal danışman (sociaal raadslid) ya da bir avukat.</translation>
    </message>
    <message>
        <source>Beschikking</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beschikking (resmî karar)</translation>
    </message>
    <message>
        <source>Een beschikking is een besluit van de overheid over jou. Je krijgt het in een brief. Bijvoorbeeld of je een uitkering krijgt.</source>
        <translation>Beschikking, devletin sizin hakkınızda verdiği bir karardır. Size mektupla gelir. Örneğin ödenek alıp almayacağınız.</translation>
    </message>
    <message>
        <source>In de brief staat wat er besloten is en waarom. Ben je het er niet mee eens? Dan kan je bezwaar maken.</source>
        <translation>Mektupta ne karar verildiği ve neden verildiği yazar. Katılmıyor musunuz? O zaman itiraz edebilirsiniz.</translation>
    </message>
    <message>
        <source>De afzender van de brief, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Mektubu gönderen kurum, bir sosyal danışman (sociaal raadslid) ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Beslagvrije voet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Beslagvrije voet (haczedilemez gelir)</translation>
    </message>
    <message>
        <source>De beslagvrije voet is het deel van je inkomen dat niemand mag afpakken. Ook niet bij beslag. Zo hou je geld over voor huur en eten.</source>
        <translation>Beslagvrije voet, gelirinizin kimsenin alamayacağı kısmıdır. Haciz olsa bile. Böylece kira ve yemek için paranız kalır.</translation>
    </message>
    <message>
        <source>Wie beslag legt, moet de beslagvrije voet berekenen. Denk je dat hij te laag is? Dan mag je dat laten nakijken.</source>
        <translation>Haciz koyan kişi ya da kurum bu tutarı hesaplamak zorundadır. Tutarın çok düşük olduğunu mu düşünüyorsunuz? O zaman kontrol edilmesini isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>De deurwaarder of de organisatie die beslag legt, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>İcra memuru (deurwaarder) ya da haciz koyan kurum, belediyenin borç yardımı ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Betalingsregeling</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Betalingsregeling (taksitli ödeme)</translation>
    </message>
    <message>
        <source>Met een betalingsregeling betaal je een schuld in delen terug. Je spreekt af hoeveel je elke maand betaalt.</source>
        <translation>Taksitli ödemeyle bir borcu parça parça geri ödersiniz. Her ay ne kadar ödeyeceğinizi konuşup kararlaştırırsınız.</translation>
    </message>
    <message>
        <source>Spreek alleen een bedrag af dat je echt kan missen. Lukt het niet meer? Neem dan op tijd contact op.</source>
        <translation>Sadece gerçekten ayırabileceğiniz bir tutar kabul edin. Artık ödeyemiyor musunuz? O zaman zamanında iletişime geçin.</translation>
    </message>
    <message>
        <source>De organisatie waar je de schuld hebt, of schuldhulp van de gemeente.</source>
        <translation>Borçlu olduğunuz kurum ya da belediyenin borç yardımı.</translation>
    </message>
    <message>
        <source>Bewindvoering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bewindvoering (mali vesayet)</translation>
    </message>
    <message>
        <source>Bij bewindvoering regelt een bewindvoerder je geld voor je. Een rechter beslist daarover. De bewindvoerder betaalt bijvoorbeeld je rekeningen.</source>
        <translation>Mali vesayette bir yönetici (bewindvoerder) paranızı sizin yerinize yönetir. Buna bir hâkim karar verir. Yönetici örneğin faturalarınızı öder.</translation>
    </message>
    <message>
        <source>Je krijgt leefgeld om van te leven. De kosten kan je soms vergoed krijgen via de gemeente.</source>
        <translation>Geçiminiz için harçlık alırsınız. Masrafları bazen belediye karşılayabilir.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Mahalle ekibi (wijkteam), belediyenin borç yardımı ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bezwaar (itiraz)</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit van de gemeente? Dan kan je bezwaar maken. Je schrijft dan waarom je het er niet mee eens bent.</source>
        <translation>Belediyenin bir kararına katılmıyor musunuz? O zaman itiraz edebilirsiniz. Neden katılmadığınızı yazarsınız.</translation>
    </message>
    <message>
        <source>Doe dit binnen zes weken na de datum van het besluit. De gemeente kijkt dan opnieuw naar het besluit.</source>
        <translation>Bunu kararın tarihinden sonraki altı hafta içinde yapın. Belediye kararı o zaman yeniden inceler.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je bij het schrijven.</source>
        <translation>Bir sosyal danışman (sociaal raadslid) ya da Juridisch Loket yazmanıza yardım eder.</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijstand (sosyal yardım)</translation>
    </message>
    <message>
        <source>Bijstand is geld van de gemeente om van te leven. Je krijgt het als je niet genoeg geld hebt. En als je geen andere uitkering kan krijgen.</source>
        <translation>Bijstand, belediyeden geçiminiz için aldığınız paradır. Yeterli paranız yoksa alırsınız. Ve başka bir ödenek alamıyorsanız.</translation>
    </message>
    <message>
        <source>Bij bijstand horen ook afspraken. Bijvoorbeeld over werk zoeken en wijzigingen doorgeven.</source>
        <translation>Bijstand ile birlikte bazı anlaşmalar da gelir. Örneğin iş aramak ve değişiklikleri bildirmek.</translation>
    </message>
    <message>
        <source>Je klantmanager of het Werkplein van de gemeente. Voor hulp bij vragen: een sociaal raadslid.</source>
        <translation>Dosya sorumlunuz (klantmanager) ya da belediyenin iş ve gelir masası (Werkplein). Sorularınızda yardım için: bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Bijzondere bijstand</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Bijzondere bijstand (özel yardım)</translation>
    </message>
    <message>
        <source>Bijzondere bijstand is geld van de gemeente voor nodige extra kosten. Bijvoorbeeld een bril of een kapotte wasmachine. Je hoeft er geen bijstand voor te hebben.</source>
        <translation>Özel yardım, gerekli ek masraflar için belediyeden gelen paradır. Örneğin gözlük ya da bozulan bir çamaşır makinesi. Bunun için bijstand almanız gerekmez.</translation>
    </message>
    <message>
        <source>Je vraagt het aan bij de gemeente. De gemeente kijkt naar je inkomen en je kosten.</source>
        <translation>Başvuruyu belediyeye yaparsınız. Belediye gelirinize ve masraflarınıza bakar.</translation>
    </message>
    <message>
        <source>De gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Belediye, mahalle ekibi (wijkteam) ya da bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Boete</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Boete (para cezası)</translation>
    </message>
    <message>
        <source>Een boete is geld dat je moet betalen als straf. De gemeente kan een boete geven als je iets niet of te laat hebt doorgegeven.</source>
        <translation>Para cezası, ceza olarak ödemeniz gereken paradır. Bir şeyi bildirmediyseniz ya da geç bildirdiyseniz belediye ceza verebilir.</translation>
    </message>
    <message>
        <source>De gemeente moet kijken naar jouw situatie. Je mag altijd uitleggen wat er gebeurd is. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Belediye sizin durumunuza bakmak zorundadır. Ne olduğunu her zaman anlatabilirsiniz. Katılmıyor musunuz? O zaman itiraz edebilirsiniz.</translation>
    </message>
    <message>
        <source>Budgetbeheer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Budgetbeheer (bütçe yönetimi)</translation>
    </message>
    <message>
        <source>Bij budgetbeheer betaalt een organisatie je vaste lasten voor je. Bijvoorbeeld huur, energie en zorgverzekering. Daar is geen rechter voor nodig.</source>
        <translation>Bütçe yönetiminde bir kurum sabit giderlerinizi sizin yerinize öder. Örneğin kira, enerji ve sağlık sigortası. Bunun için hâkim gerekmez.</translation>
    </message>
    <message>
        <source>Je houdt zelf de rest van het geld om van te leven. Zo blijven je vaste rekeningen betaald.</source>
        <translation>Paranın geri kalanı geçiminiz için sizde kalır. Böylece sabit faturalarınız ödenmiş olur.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het wijkteam.</source>
        <translation>Belediyenin borç yardımı ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>CJG</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>CJG (Gençlik ve Aile Merkezi)</translation>
    </message>
    <message>
        <source>Het CJG is het Centrum voor Jeugd en Gezin. Je kan er terecht met vragen over opvoeden en opgroeien.</source>
        <translation>CJG, Gençlik ve Aile Merkezi&apos;dir. Çocuk yetiştirme ve büyüme ile ilgili sorularınız için gidebilirsiniz.</translation>
    </message>
    <message>
        <source>Je krijgt er advies of hulp voor jou en je kinderen. Dat is gratis.</source>
        <translation>Orada kendiniz ve çocuklarınız için tavsiye ya da yardım alırsınız. Bu ücretsizdir.</translation>
    </message>
    <message>
        <source>Het CJG in je gemeente, of het wijkteam.</source>
        <translation>Belediyenizdeki CJG ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>Consulent</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Consulent (vaka sorumlusu)</translation>
    </message>
    <message>
        <source>Een consulent is een medewerker van bijvoorbeeld de gemeente of het UWV. Die helpt jou met je uitkering, werk of zorg.</source>
        <translation>Vaka sorumlusu, örneğin belediyede ya da UWV&apos;de çalışan bir görevlidir. Ödeneğiniz, işiniz ya da bakımınız konusunda size yardım eder.</translation>
    </message>
    <message>
        <source>Je consulent bespreekt met je wat je nodig hebt. Je mag iemand meenemen naar het gesprek.</source>
        <translation>Vaka sorumlunuz neye ihtiyacınız olduğunu sizinle konuşur. Görüşmeye yanınızda birini getirebilirsiniz.</translation>
    </message>
    <message>
        <source>Je eigen consulent. Lukt het contact niet? Vraag dan naar een andere medewerker.</source>
        <translation>Kendi vaka sorumlunuz. İletişim zor mu? O zaman başka bir görevli isteyin.</translation>
    </message>
    <message>
        <source>Deurwaarder</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Deurwaarder (icra memuru)</translation>
    </message>
    <message>
        <source>Een deurwaarder int schulden. Soms mag een deurwaarder beslag leggen op je loon, uitkering of spullen. Dat mag pas als een rechter of de overheid dat toestaat.</source>
        <translation>İcra memuru borçları tahsil eder. Bazen maaşınıza, ödeneğinize ya da eşyalarınıza haciz koyabilir. Buna ancak bir hâkim ya da devlet izin verirse yapabilir.</translation>
    </message>
    <message>
        <source>Er komen dan vaak extra kosten bij. Reageer daarom snel op een brief van een deurwaarder.</source>
        <translation>Bu durumda çoğu zaman ek masraflar çıkar. Bu yüzden icra memurunun mektubuna hızlı cevap verin.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het Juridisch Loket of het wijkteam.</source>
        <translation>Belediyenin borç yardımı, Juridisch Loket ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>DigiD</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>DigiD (dijital kimlik)</translation>
    </message>
    <message>
        <source>DigiD is je inlog voor de overheid. Je gebruikt het bijvoorbeeld voor de gemeente, toeslagen of je zorgverzekeraar.</source>
        <translation>DigiD, devlet hizmetlerine giriş yapmanızı sağlar. Örneğin belediye, devlet katkıları (toeslagen) ya da sağlık sigortanız için kullanırsınız.</translation>
    </message>
    <message>
        <source>Geef je DigiD nooit aan iemand anders. Wil je dat iemand je helpt? Dan kan die persoon een machtiging krijgen.</source>
        <translation>DigiD&apos;nizi asla başka birine vermeyin. Birinin size yardım etmesini mi istiyorsunuz? O zaman o kişi yetki (machtiging) alabilir.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of de helpdesk van DigiD.</source>
        <translation>Kütüphanedeki Informatiepunt Digitale Overheid ya da DigiD yardım masası.</translation>
    </message>
    <message>
        <source>Eigen risico</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Eigen risico (kendi payı)</translation>
    </message>
    <message>
        <source>Het eigen risico is het deel van je zorgkosten dat je elk jaar eerst zelf betaalt. Pas daarna betaalt je zorgverzekering.</source>
        <translation>Kendi payı, sağlık masraflarınızın her yıl önce kendinizin ödediği kısmıdır. Ancak ondan sonra sağlık sigortanız öder.</translation>
    </message>
    <message>
        <source>Voor de huisarts betaal je geen eigen risico. Kan je het niet in één keer betalen? Vraag dan om een betalingsregeling.</source>
        <translation>Aile hekimi için kendi payı ödemezsiniz. Bir kerede ödeyemiyor musunuz? O zaman taksitli ödeme isteyin.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente (sommige gemeenten hebben een zorgverzekering met hulp hierbij).</source>
        <translation>Sağlık sigortası şirketiniz ya da belediye (bazı belediyelerin bu konuda yardım eden bir sağlık sigortası vardır).</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringsdeskundige (deneyim uzmanı)</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige heeft zelf moeilijke dingen meegemaakt. Bijvoorbeeld schulden, armoede of ziekte. Die ervaring gebruikt hij of zij om anderen te helpen.</source>
        <translation>Deneyim uzmanı, zor şeyleri kendisi yaşamış biridir. Örneğin borç, yoksulluk ya da hastalık. Bu deneyimi başkalarına yardım etmek için kullanır.</translation>
    </message>
    <message>
        <source>Een ervaringsdeskundige begrijpt vaak goed hoe je je voelt. Je kan met hem of haar praten als gelijke.</source>
        <translation>Deneyim uzmanı nasıl hissettiğinizi çoğu zaman iyi anlar. Onunla eşit biri olarak konuşabilirsiniz.</translation>
    </message>
    <message>
        <source>Het wijkteam, een welzijnsorganisatie of een cliëntenraad.</source>
        <translation>Mahalle ekibi (wijkteam), bir sosyal destek kuruluşu ya da bir danışan konseyi.</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Ervaringswerker (deneyimli destekçi)</translation>
    </message>
    <message>
        <source>Een ervaringswerker is een ervaringsdeskundige die dit als werk doet. Die heeft vaak een opleiding gedaan.</source>
        <translation>Deneyimli destekçi, bunu iş olarak yapan bir deneyim uzmanıdır. Çoğu zaman bunun için eğitim almıştır.</translation>
    </message>
    <message>
        <source>Een ervaringswerker kan naast je zitten bij een gesprek. Jij houdt de regie.</source>
        <translation>Deneyimli destekçi bir görüşmede yanınızda oturabilir. Kararları siz verirsiniz.</translation>
    </message>
    <message>
        <source>Het wijkteam of een welzijnsorganisatie.</source>
        <translation>Mahalle ekibi (wijkteam) ya da bir sosyal destek kuruluşu.</translation>
    </message>
    <message>
        <source>Herziening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Herziening (kararın değiştirilmesi)</translation>
    </message>
    <message>
        <source>Bij een herziening verandert de gemeente een eerder besluit. Bijvoorbeeld omdat je situatie anders blijkt te zijn.</source>
        <translation>Bu durumda belediye daha önce verdiği bir kararı değiştirir. Örneğin durumunuzun farklı olduğu ortaya çıktığı için.</translation>
    </message>
    <message>
        <source>Je uitkering kan dan hoger of lager worden. Soms ook voor een periode die al voorbij is. Je kan bezwaar maken.</source>
        <translation>Ödeneğiniz o zaman artabilir ya da azalabilir. Bazen geçmiş bir dönem için de. İtiraz edebilirsiniz.</translation>
    </message>
    <message>
        <source>Je klantmanager, een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Dosya sorumlunuz (klantmanager), bir sosyal danışman (sociaal raadslid) ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Hoorzitting</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hoorzitting (dinleme toplantısı)</translation>
    </message>
    <message>
        <source>Een hoorzitting is een gesprek over je bezwaar. Je vertelt dan zelf waarom je het niet eens bent met het besluit.</source>
        <translation>Dinleme toplantısı, itirazınız hakkında bir görüşmedir. Karara neden katılmadığınızı kendiniz anlatırsınız.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen. Daarna besluit de gemeente opnieuw.</source>
        <translation>Yanınızda birini getirebilirsiniz. Sonra belediye yeniden karar verir.</translation>
    </message>
    <message>
        <source>Een sociaal raadslid of het Juridisch Loket helpt je voorbereiden.</source>
        <translation>Bir sosyal danışman (sociaal raadslid) ya da Juridisch Loket hazırlanmanıza yardım eder.</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Hulpverlener (destek görevlisi)</translation>
    </message>
    <message>
        <source>Een hulpverlener helpt mensen vanuit zijn of haar werk. Bijvoorbeeld iemand van het wijkteam of schuldhulp.</source>
        <translation>Destek görevlisi, işi gereği insanlara yardım eden kişidir. Örneğin mahalle ekibinden ya da borç yardımından biri.</translation>
    </message>
    <message>
        <source>Een hulpverlener denkt met je mee. Jij beslist wat belangrijk is.</source>
        <translation>Destek görevlisi sizinle birlikte düşünür. Neyin önemli olduğuna siz karar verirsiniz.</translation>
    </message>
    <message>
        <source>Het wijkteam of je huisarts weet welke hulpverlener bij je past.</source>
        <translation>Mahalle ekibi (wijkteam) ya da aile hekiminiz size uygun destek görevlisini bilir.</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Huurtoeslag (kira yardımı)</translation>
    </message>
    <message>
        <source>Huurtoeslag is geld van de overheid om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en inkomen.</source>
        <translation>Kira yardımı, kiranızı ödemenize yardım eden devlet parasıdır. Ne kadar alacağınız kiranıza ve gelirinize bağlıdır.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien geld terugbetalen.</source>
        <translation>Gelirinizdeki değişiklikleri zamanında bildirin. Yoksa sonra para geri ödemeniz gerekebilir.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp bij het aanvragen via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (devlet katkıları dairesi) ya da başvuruda yardım için Informatiepunt Digitale Overheid veya bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Incasso</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Incasso (borç tahsilatı)</translation>
    </message>
    <message>
        <source>Een incassobureau probeert geld te innen voor een ander bedrijf. Dat gebeurt als je een rekening niet op tijd hebt betaald.</source>
        <translation>Bir tahsilat bürosu başka bir şirket adına para toplamaya çalışır. Bir faturayı zamanında ödemediğinizde bu olur.</translation>
    </message>
    <message>
        <source>Er komen dan kosten bij. Reageer snel en vraag om een betalingsregeling als dat nodig is.</source>
        <translation>Bu durumda ek masraflar çıkar. Hızlı cevap verin ve gerekirse taksitli ödeme isteyin.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Belediyenin borç yardımı ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Inlichtingenplicht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inlichtingenplicht (bildirim yükümlülüğü)</translation>
    </message>
    <message>
        <source>Heb je een uitkering? Dan moet je veranderingen zelf op tijd doorgeven. Dat heet de inlichtingenplicht.</source>
        <translation>Ödenek mi alıyorsunuz? O zaman değişiklikleri kendiniz zamanında bildirmelisiniz. Buna bildirim yükümlülüğü denir.</translation>
    </message>
    <message>
        <source>Het gaat om dingen die je uitkering kunnen veranderen. Bijvoorbeeld werk, geld of wie er bij je woont. Twijfel je? Vraag het dan.</source>
        <translation>Ödeneğinizi değiştirebilecek şeyler önemlidir. Örneğin iş, para ya da sizinle kimin yaşadığı. Emin değil misiniz? O zaman sorun.</translation>
    </message>
    <message>
        <source>Je klantmanager of consulent.</source>
        <translation>Dosya sorumlunuz (klantmanager) ya da vaka sorumlunuz (consulent).</translation>
    </message>
    <message>
        <source>Inzagerecht</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Inzagerecht (bilgileri görme hakkı)</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens een organisatie over jou bewaart. Dat heet inzagerecht.</source>
        <translation>Bir kurumun sizinle ilgili hangi bilgileri sakladığını sorabilirsiniz. Buna bilgileri görme hakkı denir.</translation>
    </message>
    <message>
        <source>De organisatie moet binnen een maand antwoorden. Je krijgt dan een overzicht of een kopie. Dat is gratis.</source>
        <translation>Kurum bir ay içinde cevap vermek zorundadır. Size bir liste ya da kopya verilir. Bu ücretsizdir.</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Jeugdwet (Gençlik Yasası)</translation>
    </message>
    <message>
        <source>De Jeugdwet is de wet voor hulp aan kinderen en jongeren tot achttien jaar. De gemeente regelt die hulp.</source>
        <translation>Gençlik Yasası, on sekiz yaşına kadar çocuklara ve gençlere yardımla ilgili yasadır. Bu yardımı belediye düzenler.</translation>
    </message>
    <message>
        <source>Heeft je kind hulp of zorg nodig? Dan kan je bij de gemeente terecht. Soms ook via de huisarts.</source>
        <translation>Çocuğunuzun yardıma ya da bakıma mı ihtiyacı var? O zaman belediyeye başvurabilirsiniz. Bazen aile hekimi aracılığıyla da olur.</translation>
    </message>
    <message>
        <source>Het CJG, het wijkteam of je huisarts.</source>
        <translation>CJG, mahalle ekibi (wijkteam) ya da aile hekiminiz.</translation>
    </message>
    <message>
        <source>Juridisch Loket</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Juridisch Loket (ücretsiz hukuki danışma)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket geeft gratis advies over je rechten. Bijvoorbeeld over een uitkering, schulden, huur of werk.</source>
        <translation>Juridisch Loket, haklarınız hakkında ücretsiz tavsiye verir. Örneğin ödenek, borç, kira ya da iş hakkında.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg over wat je kan doen. Soms helpen ze je aan een advocaat.</source>
        <translation>Neler yapabileceğinizi size anlatırlar. Bazen bir avukat bulmanıza yardım ederler.</translation>
    </message>
    <message>
        <source>Het Juridisch Loket. Je kan er bellen, mailen of langsgaan.</source>
        <translation>Juridisch Loket. Arayabilir, e-posta gönderebilir ya da gidebilirsiniz.</translation>
    </message>
    <message>
        <source>Keukentafelgesprek</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Keukentafelgesprek (mutfak masası görüşmesi)</translation>
    </message>
    <message>
        <source>Een keukentafelgesprek is een gesprek met de gemeente over hulp die je nodig hebt. Het is vaak bij jou thuis.</source>
        <translation>Mutfak masası görüşmesi, ihtiyacınız olan yardım hakkında belediyeyle yapılan bir konuşmadır. Çoğu zaman sizin evinizde olur.</translation>
    </message>
    <message>
        <source>Je vertelt wat goed gaat en wat niet. Je mag iemand erbij vragen.</source>
        <translation>Neyin iyi gittiğini, neyin gitmediğini anlatırsınız. Yanınızda birinin olmasını isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente of het wijkteam.</source>
        <translation>Belediyenin Wmo masası (Wmo-loket) ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>Kinderbijslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kinderbijslag (çocuk parası)</translation>
    </message>
    <message>
        <source>Kinderbijslag is geld voor ouders van kinderen tot achttien jaar. Je krijgt het elk kwartaal.</source>
        <translation>Çocuk parası, on sekiz yaşına kadar çocuğu olan anne babalara verilen paradır. Her üç ayda bir alırsınız.</translation>
    </message>
    <message>
        <source>Het maakt niet uit hoeveel je verdient. Je krijgt het van de SVB.</source>
        <translation>Ne kadar kazandığınız önemli değildir. Bu parayı SVB&apos;den alırsınız.</translation>
    </message>
    <message>
        <source>De SVB.</source>
        <translation>SVB.</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kindgebonden budget (çocuk bütçesi)</translation>
    </message>
    <message>
        <source>Kindgebonden budget is geld voor ouders met kinderen onder de achttien. Hoeveel je krijgt, hangt af van je inkomen.</source>
        <translation>Çocuk bütçesi, on sekiz yaşından küçük çocuğu olan anne babalara verilen paradır. Ne kadar alacağınız gelirinize bağlıdır.</translation>
    </message>
    <message>
        <source>Meestal krijg je het vanzelf als je kinderbijslag krijgt. Geef veranderingen op tijd door.</source>
        <translation>Çocuk parası alıyorsanız genellikle bunu da kendiliğinden alırsınız. Değişiklikleri zamanında bildirin.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of een sociaal raadslid voor hulp.</source>
        <translation>Dienst Toeslagen (devlet katkıları dairesi) ya da yardım için bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Klantmanager</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Klantmanager (dosya sorumlusu)</translation>
    </message>
    <message>
        <source>Een klantmanager werkt bij de gemeente. Die is je vaste contact voor je bijstand en voor hulp bij werk.</source>
        <translation>Dosya sorumlusu belediyede çalışır. Bijstand ve iş bulma yardımı için sabit iletişim kişinizdir.</translation>
    </message>
    <message>
        <source>Met je klantmanager maak je afspraken. Je mag zeggen wat jij belangrijk vindt.</source>
        <translation>Dosya sorumlunuzla anlaşmalar yaparsınız. Sizin için neyin önemli olduğunu söyleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Je eigen klantmanager. Lukt het contact niet? Vraag dan bij de gemeente naar een ander.</source>
        <translation>Kendi dosya sorumlunuz. İletişim zor mu? O zaman belediyeden başka birini isteyin.</translation>
    </message>
    <message>
        <source>Kostendelersnorm</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kostendelersnorm (masraf paylaşma kuralı)</translation>
    </message>
    <message>
        <source>Woon je met andere volwassenen in één huis? Dan krijg je vaak minder bijstand. Je kan dan kosten delen. Dat heet de kostendelersnorm.</source>
        <translation>Başka yetişkinlerle aynı evde mi yaşıyorsunuz? O zaman çoğu zaman daha az bijstand alırsınız. Çünkü masrafları paylaşabilirsiniz. Buna masraf paylaşma kuralı denir.</translation>
    </message>
    <message>
        <source>Niet iedereen in huis telt mee. Bijvoorbeeld jongeren en mensen die huur aan je betalen soms niet. Vraag na wat voor jou geldt.</source>
        <translation>Evdeki herkes hesaba katılmaz. Örneğin gençler, bazen de size kira ödeyen kişiler. Sizin için neyin geçerli olduğunu sorun.</translation>
    </message>
    <message>
        <source>Kwijtschelding</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Kwijtschelding (vergi affı)</translation>
    </message>
    <message>
        <source>Met kwijtschelding hoef je sommige belastingen niet te betalen. Bijvoorbeeld voor afval of water. Dat kan als je weinig geld hebt.</source>
        <translation>Vergi affıyla bazı yerel vergileri ödemek zorunda kalmazsınız. Örneğin çöp ya da su vergisi. Az paranız varsa bu mümkündür.</translation>
    </message>
    <message>
        <source>Je moet het zelf aanvragen. Soms gebeurt het vanzelf als je bijstand hebt.</source>
        <translation>Bunu kendiniz başvurarak istemelisiniz. Bijstand alıyorsanız bazen kendiliğinden olur.</translation>
    </message>
    <message>
        <source>De belastingafdeling van de gemeente of het waterschap, of een sociaal raadslid.</source>
        <translation>Belediyenin ya da su idaresinin (waterschap) vergi bölümü ya da bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Leefgebied (yaşam alanı)</translation>
    </message>
    <message>
        <source>Een leefgebied is een deel van je leven. Bijvoorbeeld geld, wonen, gezondheid of contact met anderen.</source>
        <translation>Yaşam alanı, hayatınızın bir parçasıdır. Örneğin para, konut, sağlık ya da başkalarıyla ilişkiler.</translation>
    </message>
    <message>
        <source>Op je bord kies jij welke leefgebieden nu belangrijk zijn. Zo bepaal jij waar het gesprek over gaat.</source>
        <translation>Panonuzda şu an hangi yaşam alanlarının önemli olduğunu siz seçersiniz. Böylece görüşmenin konusunu siz belirlersiniz.</translation>
    </message>
    <message>
        <source>Je klantmanager, consulent of het wijkteam. Neem je bord mee naar het gesprek.</source>
        <translation>Dosya sorumlunuz (klantmanager), vaka sorumlunuz (consulent) ya da mahalle ekibi (wijkteam). Panonuzu görüşmeye götürün.</translation>
    </message>
    <message>
        <source>Machtiging</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Machtiging (yetki)</translation>
    </message>
    <message>
        <source>Met een machtiging geef je iemand toestemming om iets voor jou te regelen. Bijvoorbeeld met DigiD.</source>
        <translation>Yetkiyle birine sizin için bir işi halletme izni verirsiniz. Örneğin DigiD ile.</translation>
    </message>
    <message>
        <source>Die persoon kan dan zaken voor je doen. Je kan een machtiging ook weer stoppen.</source>
        <translation>O kişi o zaman işlerinizi sizin yerinize yapabilir. Yetkiyi istediğiniz zaman durdurabilirsiniz.</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek, of het wijkteam.</source>
        <translation>Kütüphanedeki Informatiepunt Digitale Overheid ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>Mantelzorg</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Mantelzorg (yakın bakımı)</translation>
    </message>
    <message>
        <source>Mantelzorg is zorg voor iemand die je kent. Bijvoorbeeld je partner, ouder of kind die ziek is. Je doet het zonder dat je ervoor betaald wordt.</source>
        <translation>Yakın bakımı, tanıdığınız birine bakmaktır. Örneğin hasta olan eşiniz, anne babanız ya da çocuğunuz. Bunun için para almazsınız.</translation>
    </message>
    <message>
        <source>Mantelzorg kan zwaar zijn. Je mag hulp vragen, ook voor jezelf. Bijvoorbeeld om even vrij te zijn.</source>
        <translation>Yakın bakımı yorucu olabilir. Yardım isteyebilirsiniz, kendiniz için de. Örneğin biraz dinlenmek için.</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg, het wijkteam of het Wmo-loket van de gemeente.</source>
        <translation>Bakım veren yakınlar için destek merkezi (steunpunt mantelzorg), mahalle ekibi (wijkteam) ya da belediyenin Wmo masası.</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Participatiewet (Katılım Yasası)</translation>
    </message>
    <message>
        <source>De Participatiewet is de wet voor de bijstand. Ook hulp bij werk staat erin. De gemeente voert de wet uit.</source>
        <translation>Katılım Yasası, bijstand ile ilgili yasadır. İş bulma yardımı da bu yasada yer alır. Yasayı belediye uygular.</translation>
    </message>
    <message>
        <source>In de wet staan je rechten en je plichten. De wet verandert de komende jaren op een aantal punten. Vraag wat nu voor jou geldt.</source>
        <translation>Yasada haklarınız ve yükümlülükleriniz yazar. Yasa önümüzdeki yıllarda bazı noktalarda değişiyor. Şu an sizin için neyin geçerli olduğunu sorun.</translation>
    </message>
    <message>
        <source>Pgb</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Pgb (kişisel bütçe)</translation>
    </message>
    <message>
        <source>Een pgb is een persoonsgebonden budget. Met dat geld kies en regel je zelf je zorg of hulp.</source>
        <translation>Pgb, kişiye özel bir bütçedir. Bu parayla bakımınızı ya da yardımınızı kendiniz seçer ve düzenlersiniz.</translation>
    </message>
    <message>
        <source>Je hebt dan ook taken. Je maakt afspraken met je zorgverlener. En je houdt bij waar het geld naartoe gaat.</source>
        <translation>O zaman sizin de görevleriniz olur. Bakım verenle anlaşmalar yaparsınız. Ve paranın nereye gittiğini kaydedersiniz.</translation>
    </message>
    <message>
        <source>De gemeente, het zorgkantoor of de SVB.</source>
        <translation>Belediye, bakım ofisi (zorgkantoor) ya da SVB.</translation>
    </message>
    <message>
        <source>Re-integratie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Re-integratie (işe dönüş)</translation>
    </message>
    <message>
        <source>Re-integratie is hulp om (weer) aan het werk te gaan. Bijvoorbeeld een cursus, werkervaring of een proefplaats.</source>
        <translation>İşe dönüş, (yeniden) çalışmaya başlamanız için yardımdır. Örneğin bir kurs, iş deneyimi ya da deneme amaçlı bir iş yeri.</translation>
    </message>
    <message>
        <source>Je maakt er afspraken over met je klantmanager. Jouw wensen en je gezondheid tellen mee.</source>
        <translation>Bunu dosya sorumlunuzla konuşup kararlaştırırsınız. İstekleriniz ve sağlığınız da hesaba katılır.</translation>
    </message>
    <message>
        <source>Je klantmanager of het UWV.</source>
        <translation>Dosya sorumlunuz (klantmanager) ya da UWV.</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldhulpverlening (borç yardımı)</translation>
    </message>
    <message>
        <source>Schuldhulpverlening is hulp van de gemeente als je schulden hebt. Het is gratis.</source>
        <translation>Borç yardımı, borcunuz varsa belediyeden aldığınız yardımdır. Ücretsizdir.</translation>
    </message>
    <message>
        <source>Samen kijk je naar je geld en je schulden. Soms kan een regeling met al je schuldeisers tegelijk. Hoe eerder je komt, hoe beter.</source>
        <translation>Paranıza ve borçlarınıza birlikte bakarsınız. Bazen tüm alacaklılarla aynı anda tek bir anlaşma yapılabilir. Ne kadar erken gelirseniz o kadar iyi.</translation>
    </message>
    <message>
        <source>Schuldhulp van de gemeente, het wijkteam of een sociaal raadslid.</source>
        <translation>Belediyenin borç yardımı, mahalle ekibi (wijkteam) ya da bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Schuldsanering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Schuldsanering (borç yapılandırma)</translation>
    </message>
    <message>
        <source>Schuldsanering is een regeling voor mensen met veel schulden. Je betaalt een tijd zoveel als je kan. Daarna ben je meestal van je schulden af.</source>
        <translation>Borç yapılandırma, çok borcu olan insanlar için bir düzenlemedir. Bir süre ödeyebildiğiniz kadar ödersiniz. Sonra genellikle borçlarınızdan kurtulursunuz.</translation>
    </message>
    <message>
        <source>Je krijgt hulp en je moet je aan afspraken houden. Soms beslist de rechter erover. Dat heet de Wsnp.</source>
        <translation>Yardım alırsınız ve anlaşmalara uymanız gerekir. Bazen buna hâkim karar verir. Buna Wsnp denir.</translation>
    </message>
    <message>
        <source>Sociaal raadslid</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Sociaal raadslid (sosyal danışman)</translation>
    </message>
    <message>
        <source>Een sociaal raadslid helpt je gratis met brieven, formulieren en regels. Bijvoorbeeld over toeslagen of een uitkering.</source>
        <translation>Sosyal danışman; mektuplar, formlar ve kurallar konusunda size ücretsiz yardım eder. Örneğin devlet katkıları ya da ödenek hakkında.</translation>
    </message>
    <message>
        <source>Je krijgt uitleg en hulp bij het invullen. Ook kan een sociaal raadslid helpen bij bezwaar.</source>
        <translation>Açıklama ve form doldurmada yardım alırsınız. Sosyal danışman itirazda da yardım edebilir.</translation>
    </message>
    <message>
        <source>Vraag bij de gemeente of de welzijnsorganisatie waar je een sociaal raadslid vindt.</source>
        <translation>Sosyal danışmanı nerede bulacağınızı belediyeye ya da sosyal destek kuruluşuna sorun.</translation>
    </message>
    <message>
        <source>Spreekkamer</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Spreekkamer (görüşme odası)</translation>
    </message>
    <message>
        <source>De spreekkamer is de kamer waar je praat met je klantmanager of consulent. Bijvoorbeeld op het gemeentehuis.</source>
        <translation>Görüşme odası, dosya sorumlunuzla ya da vaka sorumlunuzla konuştuğunuz odadır. Örneğin belediye binasında.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar het gesprek. Mapje helpt je om het gesprek voor te bereiden.</source>
        <translation>Görüşmeye yanınızda birini getirebilirsiniz. Mapje görüşmeye hazırlanmanıza yardım eder.</translation>
    </message>
    <message>
        <source>De balie van de gemeente, als je wilt weten waar je moet zijn.</source>
        <translation>Nereye gitmeniz gerektiğini öğrenmek isterseniz belediyenin danışma masası.</translation>
    </message>
    <message>
        <source>SVB</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>SVB (Sosyal Sigorta Bankası)</translation>
    </message>
    <message>
        <source>De SVB is de Sociale Verzekeringsbank. Die betaalt onder andere de AOW en de kinderbijslag.</source>
        <translation>SVB, Sosyal Sigorta Bankası&apos;dır. Başka şeylerin yanında AOW&apos;yi ve çocuk parasını öder.</translation>
    </message>
    <message>
        <source>Heb je een vraag over je AOW, kinderbijslag of pgb? Dan ga je naar de SVB.</source>
        <translation>AOW, çocuk parası ya da pgb hakkında bir sorunuz mu var? O zaman SVB&apos;ye başvurursunuz.</translation>
    </message>
    <message>
        <source>De SVB. Hulp bij een vraag? Een sociaal raadslid.</source>
        <translation>SVB. Bir soruda yardım mı lazım? Bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Tegenprestatie</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Tegenprestatie (karşılık olarak yapılan iş)</translation>
    </message>
    <message>
        <source>Een tegenprestatie is onbetaald, nuttig werk naast je bijstand. Bijvoorbeeld vrijwilligerswerk. De gemeente kan je dat vragen.</source>
        <translation>Tegenprestatie, bijstand alırken yaptığınız ücretsiz ve yararlı bir iştir. Örneğin gönüllü çalışma. Belediye bunu sizden isteyebilir.</translation>
    </message>
    <message>
        <source>Het mag geen betaald werk vervangen. De gemeente moet kijken wat jij kan. Bespreek het als het niet gaat.</source>
        <translation>Ücretli bir işin yerini alamaz. Belediye neler yapabileceğinize bakmak zorundadır. Olmuyorsa bunu konuşun.</translation>
    </message>
    <message>
        <source>Je klantmanager, of een sociaal raadslid als je vragen hebt.</source>
        <translation>Dosya sorumlunuz (klantmanager) ya da sorularınız varsa bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Terugvordering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Terugvordering (geri ödeme talebi)</translation>
    </message>
    <message>
        <source>Bij een terugvordering vraagt de gemeente geld terug. Dat gebeurt als je te veel uitkering hebt gekregen.</source>
        <translation>Geri ödeme talebinde belediye parayı geri ister. Bu, gereğinden fazla ödenek aldığınızda olur.</translation>
    </message>
    <message>
        <source>Je kan vaak in delen terugbetalen. Ben je het niet eens? Dan kan je bezwaar maken.</source>
        <translation>Çoğu zaman parça parça geri ödeyebilirsiniz. Katılmıyor musunuz? O zaman itiraz edebilirsiniz.</translation>
    </message>
    <message>
        <source>Je klantmanager, schuldhulp van de gemeente of het Juridisch Loket.</source>
        <translation>Dosya sorumlunuz (klantmanager), belediyenin borç yardımı ya da Juridisch Loket.</translation>
    </message>
    <message>
        <source>Toeslagen</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Toeslagen (devlet katkıları)</translation>
    </message>
    <message>
        <source>Toeslagen zijn bijdragen van de overheid. Bijvoorbeeld voor je huur, zorgverzekering of kinderen. Je krijgt ze als je inkomen niet te hoog is.</source>
        <translation>Devlet katkıları, devletin yaptığı ödemelerdir. Örneğin kiranız, sağlık sigortanız ya da çocuklarınız için. Geliriniz çok yüksek değilse alırsınız.</translation>
    </message>
    <message>
        <source>Een toeslag is een voorschot. Verandert je inkomen? Geef dat dan snel door. Anders moet je later misschien terugbetalen.</source>
        <translation>Devlet katkısı bir avanstır. Geliriniz değişiyor mu? O zaman bunu hızla bildirin. Yoksa sonra geri ödemeniz gerekebilir.</translation>
    </message>
    <message>
        <source>Dienst Toeslagen, of hulp via het Informatiepunt Digitale Overheid of een sociaal raadslid.</source>
        <translation>Dienst Toeslagen (devlet katkıları dairesi) ya da yardım için Informatiepunt Digitale Overheid veya bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Uitkering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Uitkering (ödenek)</translation>
    </message>
    <message>
        <source>Een uitkering is geld om van te leven als je geen of te weinig inkomen hebt. Bijvoorbeeld bijstand, WW of AOW.</source>
        <translation>Ödenek, hiç geliriniz yoksa ya da geliriniz çok azsa geçiminiz için aldığınız paradır. Örneğin bijstand, WW ya da AOW.</translation>
    </message>
    <message>
        <source>Bij een uitkering horen regels. Je moet bijvoorbeeld veranderingen doorgeven.</source>
        <translation>Ödeneğin kuralları vardır. Örneğin değişiklikleri bildirmeniz gerekir.</translation>
    </message>
    <message>
        <source>De gemeente, het UWV of de SVB. Dat hangt af van welke uitkering je hebt.</source>
        <translation>Belediye, UWV ya da SVB. Bu, hangi ödeneği aldığınıza bağlıdır.</translation>
    </message>
    <message>
        <source>UWV</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>UWV (İşçi Sigortaları Kurumu)</translation>
    </message>
    <message>
        <source>Het UWV regelt uitkeringen voor mensen die werkten. Bijvoorbeeld de WW als je je baan kwijt bent. En uitkeringen als je ziek bent.</source>
        <translation>UWV, çalışmış olan insanların ödeneklerini düzenler. Örneğin işinizi kaybettiğinizde WW. Ve hasta olduğunuzda alınan ödenekler.</translation>
    </message>
    <message>
        <source>Heb je een uitkering van het UWV? Dan gelden de afspraken van het UWV.</source>
        <translation>UWV&apos;den ödenek mi alıyorsunuz? O zaman UWV&apos;nin kuralları geçerlidir.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp bij vragen.</source>
        <translation>UWV ya da sorularınızda yardım için bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Veilig Thuis (Güvenli Ev)</translation>
    </message>
    <message>
        <source>Veilig Thuis helpt bij geweld of zorgen over veiligheid thuis. Ook als het om een ander gaat. Je kan er anoniem advies vragen.</source>
        <translation>Veilig Thuis, şiddette ya da evdeki güvenlikle ilgili endişelerde yardım eder. Başka biri için endişeleniyorsanız da. Adınızı vermeden tavsiye isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>Je hoeft het niet alleen op te lossen. Veilig Thuis denkt met je mee over wat nodig is.</source>
        <translation>Bunu tek başınıza çözmek zorunda değilsiniz. Veilig Thuis neyin gerektiğini sizinle birlikte düşünür.</translation>
    </message>
    <message>
        <source>Veilig Thuis, dag en nacht. Bij direct gevaar: bel het alarmnummer.</source>
        <translation>Veilig Thuis, gece gündüz. Acil tehlikede: acil durum numarasını arayın.</translation>
    </message>
    <message>
        <source>Voedselbank</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Voedselbank (gıda bankası)</translation>
    </message>
    <message>
        <source>De voedselbank geeft gratis eten aan mensen met heel weinig geld. Je krijgt meestal elke week een pakket.</source>
        <translation>Gıda bankası, çok az parası olan insanlara ücretsiz yiyecek verir. Genellikle her hafta bir paket alırsınız.</translation>
    </message>
    <message>
        <source>Je hebt een verwijzing nodig van bijvoorbeeld het wijkteam. Je hoeft je niet te schamen. Veel mensen hebben het soms even nodig.</source>
        <translation>Örneğin mahalle ekibinden bir yönlendirme gerekir. Utanmanıza gerek yok. Birçok insanın bir süre buna ihtiyacı olur.</translation>
    </message>
    <message>
        <source>Het wijkteam, schuldhulp van de gemeente of de voedselbank in je buurt.</source>
        <translation>Mahalle ekibi (wijkteam), belediyenin borç yardımı ya da yakınınızdaki gıda bankası.</translation>
    </message>
    <message>
        <source>Wajong</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wajong (genç yaşta engelli olanlar için ödenek)</translation>
    </message>
    <message>
        <source>Wajong is een uitkering van het UWV. Die is voor mensen die al jong ziek werden of een beperking kregen.</source>
        <translation>Wajong, UWV&apos;nin verdiği bir ödenektir. Genç yaşta hastalanan ya da engeli olan insanlar içindir.</translation>
    </message>
    <message>
        <source>Vraag je Wajong nu aan? Dan krijg je het alleen als je nooit kan werken. Kan je wel werken? Dan helpt de gemeente.</source>
        <translation>Wajong&apos;a şimdi mi başvuruyorsunuz? O zaman sadece hiç çalışamayacaksanız alırsınız. Çalışabiliyor musunuz? O zaman belediye yardım eder.</translation>
    </message>
    <message>
        <source>Het UWV, of een sociaal raadslid voor hulp.</source>
        <translation>UWV ya da yardım için bir sosyal danışman (sociaal raadslid).</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wijkteam (mahalle ekibi)</translation>
    </message>
    <message>
        <source>Het wijkteam is een team van hulpverleners in je buurt. Je kan er terecht met vragen over geld, zorg, opvoeden of wonen.</source>
        <translation>Mahalle ekibi, semtinizde çalışan yardım uzmanlarından oluşan bir ekiptir. Para, bakım, çocuk yetiştirme ya da konut hakkındaki sorularınız için gidebilirsiniz.</translation>
    </message>
    <message>
        <source>Het wijkteam helpt je zelf of zoekt de juiste hulp. Dat is gratis. Het heet soms sociaal team of buurtteam.</source>
        <translation>Mahalle ekibi size kendisi yardım eder ya da doğru yardımı bulur. Bu ücretsizdir. Bazen adı sosyal ekip ya da semt ekibidir.</translation>
    </message>
    <message>
        <source>Het wijkteam in je buurt. De gemeente weet waar het zit.</source>
        <translation>Semtinizdeki mahalle ekibi. Nerede olduğunu belediye bilir.</translation>
    </message>
    <message>
        <source>Wlz</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wlz (Uzun Süreli Bakım Yasası)</translation>
    </message>
    <message>
        <source>De Wlz is de Wet langdurige zorg. Die is voor mensen die altijd zorg of toezicht dichtbij nodig hebben.</source>
        <translation>Wlz, Uzun Süreli Bakım Yasası&apos;dır. Her zaman yakında bakıma ya da gözetime ihtiyacı olan insanlar içindir.</translation>
    </message>
    <message>
        <source>Je hebt eerst een indicatie van het CIZ nodig. Daarna krijg je zorg thuis of in een zorginstelling.</source>
        <translation>Önce CIZ&apos;den bir değerlendirme (indicatie) almanız gerekir. Sonra bakımı evde ya da bir bakım kurumunda alırsınız.</translation>
    </message>
    <message>
        <source>Het CIZ, het zorgkantoor of het wijkteam.</source>
        <translation>CIZ, bakım ofisi (zorgkantoor) ya da mahalle ekibi (wijkteam).</translation>
    </message>
    <message>
        <source>Wmo</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Wmo (Sosyal Destek Yasası)</translation>
    </message>
    <message>
        <source>Wmo is de Wet maatschappelijke ondersteuning. Daarmee helpt de gemeente je om thuis te blijven wonen en mee te doen.</source>
        <translation>Wmo, Sosyal Destek Yasası&apos;dır. Bu yasayla belediye, evinizde yaşamaya devam etmeniz ve topluma katılmanız için size yardım eder.</translation>
    </message>
    <message>
        <source>Je kan bijvoorbeeld hulp in huis, vervoer of een hulpmiddel krijgen. Soms betaal je een eigen bijdrage.</source>
        <translation>Örneğin ev işlerinde yardım, ulaşım ya da bir yardımcı araç alabilirsiniz. Bazen kendi katkı payınızı ödersiniz.</translation>
    </message>
    <message>
        <source>WW</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>WW (işsizlik ödeneği)</translation>
    </message>
    <message>
        <source>De WW is een uitkering van het UWV. Die krijg je als je je baan verliest en genoeg hebt gewerkt. De WW duurt een tijd.</source>
        <translation>WW, UWV&apos;nin verdiği bir ödenektir. İşinizi kaybederseniz ve yeterince çalışmışsanız alırsınız. WW belli bir süre devam eder.</translation>
    </message>
    <message>
        <source>Met WW moet je werk zoeken. Houdt de WW op en heb je te weinig geld? Dan kan je misschien bijstand krijgen.</source>
        <translation>WW alırken iş aramanız gerekir. WW bitti ve paranız yetmiyor mu? O zaman belki bijstand alabilirsiniz.</translation>
    </message>
    <message>
        <source>Het UWV.</source>
        <translation>UWV.</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgtoeslag (sağlık sigortası katkısı)</translation>
    </message>
    <message>
        <source>Zorgtoeslag is geld van de overheid voor je zorgverzekering. Je krijgt het als je inkomen niet te hoog is.</source>
        <translation>Sağlık sigortası katkısı, sağlık sigortanız için devletin verdiği paradır. Geliriniz çok yüksek değilse alırsınız.</translation>
    </message>
    <message>
        <source>Geef veranderingen in je inkomen op tijd door. Anders moet je later misschien terugbetalen.</source>
        <translation>Gelirinizdeki değişiklikleri zamanında bildirin. Yoksa sonra geri ödemeniz gerekebilir.</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <extracomment>A word people meet in the Dutch social domain. Keep the Dutch word; add a short translation in brackets: &quot;Bijstand (social assistance)&quot;.</extracomment>
        <translation>Zorgverzekering (sağlık sigortası)</translation>
    </message>
    <message>
        <source>Iedereen die in Nederland woont of werkt, moet een zorgverzekering hebben. Dat staat in de Zorgverzekeringswet (Zvw). De basisverzekering betaalt de meeste zorg.</source>
        <translation>Hollanda&apos;da yaşayan ya da çalışan herkesin sağlık sigortası olmalıdır. Bu, Sağlık Sigortası Yasası&apos;nda (Zvw) yazar. Temel sigorta çoğu bakımı öder.</translation>
    </message>
    <message>
        <source>Je betaalt elke maand premie. Heb je weinig inkomen? Dan krijg je misschien zorgtoeslag.</source>
        <translation>Her ay prim ödersiniz. Geliriniz az mı? O zaman belki sağlık sigortası katkısı (zorgtoeslag) alırsınız.</translation>
    </message>
    <message>
        <source>Je zorgverzekeraar, of de gemeente voor een zorgverzekering met extra hulp.</source>
        <translation>Sağlık sigortası şirketiniz ya da ek yardımlı bir sağlık sigortası için belediye.</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <source>Moeilijke woorden</source>
        <translation>Zor kelimeler</translation>
    </message>
    <message>
        <source>Hier staan woorden die je tegenkomt bij de gemeente. Kies een woord voor de uitleg.</source>
        <translation>Burada belediyede karşılaşacağınız kelimeler var. Açıklamasını görmek için bir kelime seçin.</translation>
    </message>
    <message>
        <source>Zoek een woord</source>
        <translation>Bir kelime arayın</translation>
    </message>
    <message>
        <source>Dit woord staat er niet in. Probeer een ander woord.</source>
        <translation>Bu kelime listede yok. Başka bir kelime deneyin.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Bezig</source>
        <extracomment>State of a goal: the citizen is working on it.</extracomment>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <extracomment>State of a goal: the citizen reached it.</extracomment>
        <translation>Başarıldı</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <extracomment>State of a goal: the citizen stopped with it, without any judgement.</extracomment>
        <translation>Bırakıldı</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Wanneer: %1</source>
        <extracomment>On a goal&apos;s card: the day the citizen wants to have reached it.</extracomment>
        <translation>Ne zaman: %1</translation>
    </message>
    <message>
        <source>Wie helpt: %1</source>
        <extracomment>On a goal&apos;s card: who helps the citizen with it.</extracomment>
        <translation>Yardım eden: %1</translation>
    </message>
    <message>
        <source>Gedaan: %1</source>
        <extracomment>Said by a screen reader for a step on a goal&apos;s card that is ticked off, or not yet.</extracomment>
        <translation>Yapıldı: %1</translation>
    </message>
    <message>
        <source>Nog te doen: %1</source>
        <translation>Yapılacak: %1</translation>
    </message>
</context>
<context>
    <name>GoalPage</name>
    <message>
        <source>Nieuw doel</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <source>Mijn doel</source>
        <translation>Hedefim</translation>
    </message>
    <message>
        <source>Kies eerst op je bord wat belangrijk is. Daarna schrijf je hier je doel.</source>
        <translation>Önce panonuzda sizin için önemli olanı seçin. Sonra hedefinizi buraya yazarsınız.</translation>
    </message>
    <message>
        <source>Waar gaat je doel over?</source>
        <translation>Hedefiniz ne hakkında?</translation>
    </message>
    <message>
        <source>Wat wil je dat er anders is?</source>
        <translation>Neyin farklı olmasını istiyorsunuz?</translation>
    </message>
    <message>
        <source>Mapje bewaart je doel zodra je iets schrijft. Daarna kun je een datum en stappen kiezen.</source>
        <translation>Bir şey yazdığınız anda Mapje hedefinizi kaydeder. Sonra bir tarih ve adımlar seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doel blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Hedefiniz burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Ik wil een datum kiezen</source>
        <translation>Bir tarih seçmek istiyorum</translation>
    </message>
    <message>
        <source>Wanneer wil je dit bereikt hebben?</source>
        <translation>Buna ne zamana kadar ulaşmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Wie helpt je?</source>
        <translation>Size kim yardım ediyor?</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Die dag is al voorbij. Dat mag. Wil je een nieuwe dag kiezen? Dat kan hierboven.</source>
        <extracomment>Under a goal&apos;s date that lies before today. Calm: the date is kept.</extracomment>
        <translation>O gün geçti. Sorun değil. Yeni bir gün seçmek ister misiniz? Bunu yukarıda yapabilirsiniz.</translation>
    </message>
    <message>
        <source>Kies nog waar je doel over gaat. Dan bewaart Mapje het.</source>
        <extracomment>The citizen wrote a new goal but did not pick its leefgebied yet.</extracomment>
        <translation>Şimdi hedefinizin neyle ilgili olduğunu seçin. O zaman Mapje onu kaydeder.</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Önemli olanı seçin</translation>
    </message>
</context>
<context>
    <name>GoalRemoveSection</name>
    <message>
        <source>Doel weghalen</source>
        <translation>Hedefi kaldır</translation>
    </message>
    <message>
        <source>Weet je het zeker? Je kunt dit niet terugzetten.</source>
        <translation>Emin misiniz? Bunu geri alamazsınız.</translation>
    </message>
</context>
<context>
    <name>GoalStateSection</name>
    <message>
        <source>Hoe staat het met dit doel?</source>
        <translation>Bu hedef ne durumda?</translation>
    </message>
    <message>
        <source>Je doel blijft bewaard. Je kunt er later weer mee verder.</source>
        <translation>Hedefiniz kayıtlı kalır. Daha sonra kaldığınız yerden devam edebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>GoalStepsSection</name>
    <message>
        <source>Kleine stappen</source>
        <extracomment>Above the list of small steps towards a goal.</extracomment>
        <translation>Küçük adımlar</translation>
    </message>
    <message>
        <source>Wat is een kleine eerste stap?</source>
        <translation>Küçük bir ilk adım ne olabilir?</translation>
    </message>
    <message>
        <source>Wat is een volgende kleine stap?</source>
        <translation>Sonraki küçük adım ne olabilir?</translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation>Adım ekle</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>Mijn doelen</source>
        <translation>Hedeflerim</translation>
    </message>
    <message>
        <source>Schrijf in je eigen woorden wat je wilt bereiken. Kleine stappen helpen.</source>
        <translation>Neye ulaşmak istediğinizi kendi sözlerinizle yazın. Küçük adımlar yardımcı olur.</translation>
    </message>
    <message>
        <source>Je hebt nog geen doelen. Dat is goed zo. Begin als jij dat wilt.</source>
        <extracomment>Shown while there are no goals yet; no pressure to make one.</extracomment>
        <translation>Henüz hedefiniz yok. Bu hiç sorun değil. İstediğiniz zaman başlayın.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je doelen blijven hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Hedefleriniz burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>Yeni hedef</translation>
    </message>
</context>
<context>
    <name>HandoffPreviewItem</name>
    <message>
        <source>Bewaren in mijn Mapje</source>
        <translation>Mapje&apos;mde saklayın</translation>
    </message>
</context>
<context>
    <name>HandoffReceivePage</name>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Bir kiosktan alın</translation>
    </message>
    <message>
        <source>Heb je op een zuil in het gemeentehuis iets gemaakt? Zet het hier in je eigen Mapje. Op de zuil staat een code.</source>
        <translation>Belediye binasındaki bir kioskta bir şey mi hazırladınız? Onu buradan kendi Mapje&apos;nize koyun. Kioskta bir kod vardır.</translation>
    </message>
    <message>
        <source>Scan de code met de camera</source>
        <translation>Kodu kamerayla tarayın</translation>
    </message>
    <message>
        <source>Of typ de code van de zuil</source>
        <extracomment>The short code under the QR code on the kiosk, e.g. &quot;KM4T X7RA&quot;.</extracomment>
        <translation>Veya kioskun kodunu yazın</translation>
    </message>
    <message>
        <source>Ophalen</source>
        <translation>Alın</translation>
    </message>
    <message>
        <source>Even wachten, we zoeken de zuil.</source>
        <translation>Bir dakika, kioskü arıyoruz.</translation>
    </message>
    <message>
        <source>Kijk op de zuil. Staat daar dezelfde code? Tik dan op de zuil op ‘Ja, dezelfde code’.</source>
        <translation>Kioska bakın. Orada aynı kod var mı? O zaman kioskta ‘Evet, aynı kod’ düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Dit kwam van de zuil. Kies wat je wilt bewaren. Er is nog niets bewaard.</source>
        <translation>Bunlar kiosktan geldi. Neyi saklamak istediğinizi seçin. Henüz hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Ook wat anderen op je bord zeiden</source>
        <translation>Başkalarının panonuzda söyledikleri de</translation>
    </message>
    <message>
        <source>Staat dit uit, dan bewaar je alleen wat jij zelf zei.</source>
        <translation>Bu kapalıysa, yalnızca kendi söylediklerinizi saklarsınız.</translation>
    </message>
    <message>
        <source>Je hebt al een bord in Mapje. Welk bord wil je gebruiken? Je oude bord blijft bij je eerdere borden.</source>
        <translation>Mapje&apos;de zaten bir panonuz var. Hangi panoyu kullanmak istersiniz? Eski panonuz önceki panolarınızın arasında kalır.</translation>
    </message>
    <message>
        <source>Bewaar, met het bord van de zuil</source>
        <translation>Kaydedin, kioskun panosuyla</translation>
    </message>
    <message>
        <source>Bewaar, maar houd mijn eigen bord</source>
        <translation>Kaydedin, ama kendi panomu tutun</translation>
    </message>
    <message>
        <source>Bewaar in mijn Mapje</source>
        <translation>Mapje&apos;me kaydedin</translation>
    </message>
    <message>
        <source>Stoppen, niets bewaren</source>
        <translation>Durdurun, hiçbir şey saklamayın</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>HandoffScanPage</name>
    <message>
        <source>Scan de code van de zuil</source>
        <translation>Kioskun kodunu tarayın</translation>
    </message>
    <message>
        <source>Houd je camera voor de code op het scherm van de zuil.</source>
        <translation>Kameranızı kiosk ekranındaki kodun önünde tutun.</translation>
    </message>
    <message>
        <source>De camera werkt nu niet. Typ de code van de zuil.</source>
        <translation>Kamera şu anda çalışmıyor. Kioskun kodunu yazın.</translation>
    </message>
    <message>
        <source>Typ de code</source>
        <translation>Kodu yazın</translation>
    </message>
</context>
<context>
    <name>HandoffSendPage</name>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Telefonunuza alın</translation>
    </message>
    <message>
        <source>Even wachten, we maken een code.</source>
        <translation>Bir dakika, bir kod hazırlıyoruz.</translation>
    </message>
    <message>
        <source>Even wachten, we versturen je mapje.</source>
        <translation>Bir dakika, dosyanızı gönderiyoruz.</translation>
    </message>
    <message>
        <source>Open Mapje op je telefoon. Kies ‘Ontvang van een zuil’. Scan deze code, of typ de code hieronder.</source>
        <translation>Telefonunuzda Mapje&apos;yi açın. ‘Bir kiosktan alın’ seçeneğini seçin. Bu kodu tarayın veya aşağıdaki kodu yazın.</translation>
    </message>
    <message>
        <source>QR-code om te scannen met je telefoon</source>
        <translation>Telefonunuzla taranacak QR kod</translation>
    </message>
    <message>
        <source>Nog %1:%2 geldig.</source>
        <extracomment>A countdown under the code; it stays valid for five minutes.</extracomment>
        <translation>%1:%2 daha geçerli.</translation>
    </message>
    <message>
        <source>Staat op je telefoon dezelfde code?</source>
        <translation>Telefonunuzda aynı kod var mı?</translation>
    </message>
    <message>
        <source>Is het een andere code? Kies dan ‘Nee’. Dan sturen we niets.</source>
        <translation>Farklı bir kod mu? O zaman ‘Hayır’ı seçin. O zaman hiçbir şey göndermeyiz.</translation>
    </message>
    <message>
        <source>Verstuurd. Kijk op je telefoon en kies wat je wilt bewaren. Hier blijft alles staan tot je op ‘Klaar — alles wissen’ tikt.</source>
        <translation>Gönderildi. Telefonunuza bakın ve neyi saklamak istediğinizi seçin. ‘Bitti — her şeyi sil’ düğmesine dokunana kadar burada her şey kalır.</translation>
    </message>
    <message>
        <source>Ja, dezelfde code</source>
        <translation>Evet, aynı kod</translation>
    </message>
    <message>
        <source>Nee, andere code</source>
        <translation>Hayır, farklı kod</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>HelpPlace</name>
    <message>
        <source>Schuldhulp van de gemeente</source>
        <translation>Belediyenin borç yardımı (Schuldhulp)</translation>
    </message>
    <message>
        <source>Het wijkteam of sociaal team</source>
        <translation>Mahalle ekibi ya da sosyal ekip (wijkteam)</translation>
    </message>
    <message>
        <source>Een budgetcoach of thuisadministratie</source>
        <translation>Bütçe koçu ya da evrak işlerinde yardım (budgetcoach / thuisadministratie)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket (vragen over je rechten)</source>
        <translation>Juridisch Loket (haklarınızla ilgili sorular)</translation>
    </message>
    <message>
        <source>Je klantmanager bij de gemeente</source>
        <translation>Belediyedeki dosya sorumlunuz (klantmanager)</translation>
    </message>
    <message>
        <source>Het UWV (als je een WW- of WIA-uitkering hebt)</source>
        <translation>UWV (işsizlik ödeneği WW ya da iş göremezlik ödeneği WIA alıyorsanız)</translation>
    </message>
    <message>
        <source>Een vrijwilligerscentrale</source>
        <translation>Gönüllü çalışma merkezi (vrijwilligerscentrale)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek (Nederlands leren)</source>
        <translation>Kütüphanedeki Taalhuis (Hollandaca öğrenmek için)</translation>
    </message>
    <message>
        <source>Je woningcorporatie of verhuurder</source>
        <translation>Konut şirketiniz (woningcorporatie) ya da ev sahibiniz</translation>
    </message>
    <message>
        <source>Het wijkteam</source>
        <translation>Mahalle ekibi (wijkteam)</translation>
    </message>
    <message>
        <source>Een huurteam (hulp bij problemen met de huur)</source>
        <translation>Huurteam (kira sorunlarında yardım)</translation>
    </message>
    <message>
        <source>Het Juridisch Loket</source>
        <translation>Juridisch Loket (ücretsiz hukuki danışma)</translation>
    </message>
    <message>
        <source>Je huisarts</source>
        <translation>Aile hekiminiz (huisarts)</translation>
    </message>
    <message>
        <source>De praktijkondersteuner bij je huisarts</source>
        <translation>Aile hekiminizin yanındaki destek hemşiresi (praktijkondersteuner)</translation>
    </message>
    <message>
        <source>De apotheek</source>
        <translation>Eczane</translation>
    </message>
    <message>
        <source>De wijkverpleging</source>
        <translation>Evde bakım hemşireliği (wijkverpleging)</translation>
    </message>
    <message>
        <source>Je huisarts of de praktijkondersteuner</source>
        <translation>Aile hekiminiz ya da destek hemşiresi</translation>
    </message>
    <message>
        <source>Een luisterlijn (anoniem praten, dag en nacht)</source>
        <translation>Dinleme hattı (adınızı vermeden konuşabilirsiniz, gece gündüz)</translation>
    </message>
    <message>
        <source>Het Centrum voor Jeugd en Gezin</source>
        <translation>Gençlik ve Aile Merkezi (Centrum voor Jeugd en Gezin)</translation>
    </message>
    <message>
        <source>Veilig Thuis (bij geweld of zorgen over veiligheid thuis)</source>
        <translation>Veilig Thuis (şiddet olduğunda ya da evde güvenlik endişesi varsa)</translation>
    </message>
    <message>
        <source>Het buurthuis of de welzijnsorganisatie</source>
        <translation>Mahalle evi (buurthuis) ya da sosyal destek kuruluşu (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Een luisterlijn (om even te praten)</source>
        <translation>Dinleme hattı (biraz konuşmak için)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie in je buurt</source>
        <translation>Mahallenizdeki sosyal destek kuruluşu</translation>
    </message>
    <message>
        <source>Het buurthuis</source>
        <translation>Mahalle evi (buurthuis)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (dagbesteding)</source>
        <translation>Wmo-gişesi, belediyenin destek masası (gündüz etkinlikleri)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (hulp in huis)</source>
        <translation>Wmo-gişesi, belediyenin destek masası (evde yardım)</translation>
    </message>
    <message>
        <source>De voedselbank (als je geen geld hebt voor eten)</source>
        <translation>Gıda bankası / voedselbank (yiyecek için paranız yoksa)</translation>
    </message>
    <message>
        <source>Sociaal raadslieden (hulp bij brieven en formulieren)</source>
        <translation>Sociaal raadslieden (mektup ve formlarda yardım)</translation>
    </message>
    <message>
        <source>Het Informatiepunt Digitale Overheid in de bibliotheek</source>
        <translation>Kütüphanedeki Informatiepunt Digitale Overheid (devletin internet hizmetlerinde yardım)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (vervoer of een hulpmiddel)</source>
        <translation>Wmo-gişesi, belediyenin destek masası (ulaşım ya da yardımcı araç)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie (vrijwillige chauffeurs)</source>
        <translation>Sosyal destek kuruluşu (gönüllü şoförler)</translation>
    </message>
    <message>
        <source>Je huisarts (als reizen door je gezondheid lastig is)</source>
        <translation>Aile hekiminiz (sağlığınız yüzünden yolculuk zorsa)</translation>
    </message>
    <message>
        <source>Een Taalhuis in de bibliotheek</source>
        <translation>Kütüphanedeki Taalhuis (dil öğrenmek için)</translation>
    </message>
    <message>
        <source>De welzijnsorganisatie</source>
        <translation>Sosyal destek kuruluşu (welzijnsorganisatie)</translation>
    </message>
    <message>
        <source>Het steunpunt mantelzorg</source>
        <translation>Bakım veren yakınlar için destek merkezi (steunpunt mantelzorg)</translation>
    </message>
    <message>
        <source>Het Wmo-loket van de gemeente (even vrij van zorgen)</source>
        <translation>Wmo-gişesi, belediyenin destek masası (bakıma kısa bir ara)</translation>
    </message>
    <message>
        <source>Een geestelijk verzorger (ook als je niet gelooft)</source>
        <translation>Manevi danışman (inançlı olmasanız da)</translation>
    </message>
    <message>
        <source>Je geloofsgemeenschap</source>
        <translation>İnanç topluluğunuz</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Eerdere borden</source>
        <translation>Önceki panolar</translation>
    </message>
    <message>
        <source>Je hebt nog geen bord gemaakt.</source>
        <translation>Henüz bir pano oluşturmadınız.</translation>
    </message>
    <message>
        <source>Bekijk dit bord</source>
        <translation>Bu panoyu göster</translation>
    </message>
    <message>
        <source>Bekijk het bord van %1</source>
        <translation>%1 tarihli panoyu göster</translation>
    </message>
    <message>
        <source>Dit bord is nu open.</source>
        <translation>Bu pano şimdi açık.</translation>
    </message>
    <message>
        <source>Toon eerdere borden</source>
        <translation>Önceki panoları göster</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Benim Mapje&apos;m</translation>
    </message>
    <message>
        <source>Wat wil je niet vergeten?</source>
        <translation>Neyi unutmak istemiyorsunuz?</translation>
    </message>
    <message>
        <source>Mapje bewaart alles wat je typt meteen op dit apparaat.</source>
        <translation>Mapje yazdığınız her şeyi hemen bu cihaza kaydeder.</translation>
    </message>
    <message>
        <source>Opslaan lukt nu even niet. Je tekst blijft hier staan. Mapje probeert het zo opnieuw.</source>
        <translation>Şu an kaydedilemiyor. Yazınız burada kalıyor. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Code wijzigen</source>
        <translation>Şifreyi değiştir</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Op slot doen</source>
        <translation>Kilitle</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Zor kelimeler</translation>
    </message>
    <message>
        <source>Het afgesproken moment is er. Wil je samen kijken wat er veranderd is?</source>
        <translation>Kararlaştırılan görüşmenin zamanı geldi. Neyin değiştiğine birlikte bakmak ister misiniz?</translation>
    </message>
    <message>
        <source>Kijk samen terug</source>
        <translation>Birlikte geriye bakın</translation>
    </message>
    <message>
        <source>Je hebt een herinnering.</source>
        <translation>Bir hatırlatmanız var.</translation>
    </message>
    <message>
        <source>Bekijk je herinnering</source>
        <translation>Hatırlatmayı göster</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>Opens the citizen&apos;s goals, written after the board in their own words.</extracomment>
        <translation>Hedeflerim</translation>
    </message>
    <message>
        <source>Afgesproken momenten</source>
        <translation>Kararlaştırılan görüşmeler</translation>
    </message>
    <message>
        <source>Herinneringen</source>
        <translation>Hatırlatmalar</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Afspraak voorbereiden</source>
        <extracomment>Opens the preparation of an appointment at the municipality (spreekkamer).</extracomment>
        <translation>Randevuya hazırlan</translation>
    </message>
    <message>
        <source>Je mapje meenemen</source>
        <extracomment>Opens the page where the citizen composes the summary they take to any organisation.</extracomment>
        <translation>Mapje&apos;nizi yanınıza alın</translation>
    </message>
    <message>
        <source>Kies wat belangrijk is</source>
        <translation>Önemli olanı seçin</translation>
    </message>
    <message>
        <source>Hoe voelt het?</source>
        <translation>Nasıl hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Volgende stap: %1</source>
        <extracomment>%1 is the step, e.g. &quot;Hoe voelt het?&quot;.</extracomment>
        <translation>Sonraki adım: %1</translation>
    </message>
    <message>
        <source>Verder met het gesprek</source>
        <translation>Konuşmaya devam et</translation>
    </message>
    <message>
        <source>Samen praten</source>
        <translation>Birlikte konuşalım</translation>
    </message>
    <message>
        <source>Delen met de gemeente (%1 nieuw)</source>
        <extracomment>Opens pairing, sharing and the proposals of the municipality; %1 says how many are new.</extracomment>
        <translation>Belediye ile paylaşın (%1 yeni)</translation>
    </message>
    <message>
        <source>Delen met de gemeente</source>
        <translation>Belediye ile paylaşın</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Neleri paylaştım?</translation>
    </message>
    <message>
        <source>Wat je typt, blijft alleen hier tot je klaar bent. Daarna wissen we het.</source>
        <translation>Yazdıklarınız yalnızca siz bitirene kadar burada kalır. Sonra sileriz.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPage</name>
    <message>
        <source>Beheer van de kiosk</source>
        <translation>Kiosk yönetimi</translation>
    </message>
    <message>
        <source>Gemeente: %1</source>
        <translation>Belediye: %1</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Yazdırma kapalı.</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Yazıcı: %1</translation>
    </message>
    <message>
        <source>Printer: de standaardprinter van deze computer.</source>
        <translation>Yazıcı: bu bilgisayarın varsayılan yazıcısı.</translation>
    </message>
    <message>
        <source>Eindpunt van de gemeente: %1</source>
        <translation>Belediyenin sunucusu: %1</translation>
    </message>
    <message>
        <source>Er is geen eindpunt ingesteld. Meenemen naar een telefoon en delen met de gemeente staan uit.</source>
        <translation>Sunucu ayarlanmamış. Telefona aktarma ve belediyeyle paylaşma kapalı.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat aan.</source>
        <translation>Telefona aktarma: açık.</translation>
    </message>
    <message>
        <source>Meenemen naar een telefoon: staat uit, want de token van de kiosk ontbreekt.</source>
        <translation>Telefona aktarma: kapalı, çünkü kioskun anahtarı eksik.</translation>
    </message>
    <message>
        <source>Na %1 seconden zonder aanraking vraagt de kiosk: Ben je er nog? Na nog %2 seconden wist hij alles.</source>
        <translation>%1 saniye dokunulmazsa kiosk sorar: Hâlâ orada mısınız? %2 saniye sonra her şeyi siler.</translation>
    </message>
    <message>
        <source>Kioskmodus beëindigen</source>
        <translation>Kiosk modunu sonlandır</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Evet, sonlandır</translation>
    </message>
    <message>
        <source>Nee, laat de kiosk aan</source>
        <translation>Hayır, kiosk açık kalsın</translation>
    </message>
    <message>
        <source>De kiosk stopt en het scherm wordt leeg. In de handleiding van de kiosk staat hoe je hem weer start.</source>
        <translation>Kiosk durur ve ekran boşalır. Kiosku nasıl yeniden başlatacağınız kiosk kılavuzunda yazar.</translation>
    </message>
</context>
<context>
    <name>KioskAdminPinPage</name>
    <message>
        <source>Beheer</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Dit is alleen voor de medewerker van de balie.</source>
        <translation>Bu yalnızca danışma görevlisi içindir.</translation>
    </message>
    <message numerus="yes">
        <source>Probeer het over %n seconden opnieuw.</source>
        <translation>
            <numerusform>%n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Pincode voor beheer</source>
        <translation>Yönetim PIN kodu</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>Klaar — alles wissen</source>
        <translation>Bitti — her şeyi sil</translation>
    </message>
    <message>
        <source>Meenemen naar je telefoon</source>
        <translation>Telefonunuza alın</translation>
    </message>
</context>
<context>
    <name>KioskEndCover</name>
    <message>
        <source>Alles wissen?</source>
        <translation>Her şey silinsin mi?</translation>
    </message>
    <message>
        <source>Alles wat je hier hebt gemaakt, is dan weg van dit scherm.</source>
        <translation>Burada hazırladığınız her şey bu ekrandan silinir.</translation>
    </message>
    <message>
        <source>Wil je het bewaren? Neem het dan eerst mee.</source>
        <translation>Saklamak ister misiniz? O zaman önce yanınıza alın.</translation>
    </message>
    <message>
        <source>Ja, wis alles</source>
        <translation>Evet, her şeyi sil</translation>
    </message>
    <message>
        <source>Nee, ga terug</source>
        <translation>Hayır, geri dön</translation>
    </message>
</context>
<context>
    <name>KioskIdleCover</name>
    <message>
        <source>Ben je er nog?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message numerus="yes">
        <source>Je hebt een tijdje niets gedaan. Over %n seconden wissen we alles wat je hier hebt gemaakt.</source>
        <translation>
            <numerusform>Bir süredir hiçbir şey yapmadınız. %n saniye sonra burada hazırladığınız her şeyi sileceğiz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ja, ik ben er nog</source>
        <translation>Evet, hâlâ buradayım</translation>
    </message>
    <message>
        <source>Ik ben klaar, wis alles nu</source>
        <translation>İşim bitti, her şeyi şimdi silin</translation>
    </message>
</context>
<context>
    <name>KioskWelcomePage</name>
    <message>
        <source>Welkom</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Hier maak je je eigen overzicht voor een gesprek met de gemeente.</source>
        <translation>Burada belediyeyle görüşmeniz için kendi özetinizi hazırlarsınız.</translation>
    </message>
    <message>
        <source>Jij kiest wat je invult. Je hoeft niets te laten zien.</source>
        <translation>Neyi dolduracağınızı siz seçersiniz. Hiçbir şeyi göstermek zorunda değilsiniz.</translation>
    </message>
    <message>
        <source>Ben je klaar? Dan neem je het mee en wissen we alles van dit scherm.</source>
        <translation>Bitirdiniz mi? O zaman yanınıza alırsınız ve biz de bu ekrandaki her şeyi sileriz.</translation>
    </message>
    <message>
        <source>Kies je taal</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Beheer</source>
        <extracomment>For the service desk&apos;s staff only; opens the question for the admin PIN.</extracomment>
        <translation>Yönetim</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store the chosen language (full or locked disk).</extracomment>
        <translation>Mapje bu seçimi şu an kaydedemiyor. Mapje açık olduğu sürece seçim geçerli. Mapje birazdan tekrar deneyecek.</translation>
    </message>
</context>
<context>
    <name>LifeDomain</name>
    <message>
        <source>Geld</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Para</translation>
    </message>
    <message>
        <source>Je inkomen, je rekeningen en schulden.</source>
        <translation>Geliriniz, faturalarınız ve borçlarınız.</translation>
    </message>
    <message>
        <source>Lukt het om je rekeningen te betalen?</source>
        <translation>Faturalarınızı ödeyebiliyor musunuz?</translation>
    </message>
    <message>
        <source>Waar maak je je zorgen over?</source>
        <translation>Sizi ne endişelendiriyor?</translation>
    </message>
    <message>
        <source>Wat gaat er al goed met geld?</source>
        <translation>Parayla ilgili neler zaten iyi gidiyor?</translation>
    </message>
    <message>
        <source>Werk en leren</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>İş ve öğrenme</translation>
    </message>
    <message>
        <source>Werk, vrijwilligerswerk, school of een cursus.</source>
        <translation>İş, gönüllü çalışma, okul ya da kurs.</translation>
    </message>
    <message>
        <source>Wat kun je goed?</source>
        <translation>Neleri iyi yaparsınız?</translation>
    </message>
    <message>
        <source>Wat zou je graag willen doen of leren?</source>
        <translation>Ne yapmak ya da öğrenmek isterdiniz?</translation>
    </message>
    <message>
        <source>Wat heb je daarvoor nodig?</source>
        <translation>Bunun için neye ihtiyacınız var?</translation>
    </message>
    <message>
        <source>Wonen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Ev</translation>
    </message>
    <message>
        <source>Je huis, je buurt en veilig wonen.</source>
        <translation>Eviniz, mahalleniz ve güvenli bir yaşam.</translation>
    </message>
    <message>
        <source>Hoe is het om in je huis te wonen?</source>
        <translation>Evinizde yaşamak nasıl?</translation>
    </message>
    <message>
        <source>Voel je je veilig in je huis en buurt?</source>
        <translation>Evinizde ve mahallenizde kendinizi güvende hissediyor musunuz?</translation>
    </message>
    <message>
        <source>Wat vind je fijn aan waar je woont?</source>
        <translation>Oturduğunuz yerde neyi seviyorsunuz?</translation>
    </message>
    <message>
        <source>Lichaam en gezondheid</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Beden ve sağlık</translation>
    </message>
    <message>
        <source>Je lijf, pijn, slapen en bewegen.</source>
        <translation>Bedeniniz, ağrı, uyku ve hareket.</translation>
    </message>
    <message>
        <source>Hoe gaat het met je lijf?</source>
        <translation>Bedeniniz nasıl?</translation>
    </message>
    <message>
        <source>Hoe slaap je?</source>
        <translation>Nasıl uyuyorsunuz?</translation>
    </message>
    <message>
        <source>Wat doe je al voor je gezondheid?</source>
        <translation>Sağlığınız için şimdiden neler yapıyorsunuz?</translation>
    </message>
    <message>
        <source>Hoe je je voelt</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Nasıl hissettiğiniz</translation>
    </message>
    <message>
        <source>Stress, zorgen, rust en je stemming.</source>
        <translation>Stres, endişeler, huzur ve ruh haliniz.</translation>
    </message>
    <message>
        <source>Hoe voel je je de laatste tijd?</source>
        <translation>Son zamanlarda nasıl hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Wat geeft je rust?</source>
        <translation>Size ne huzur veriyor?</translation>
    </message>
    <message>
        <source>Waar maak je je druk om?</source>
        <translation>Sizi ne strese sokuyor?</translation>
    </message>
    <message>
        <source>Familie en gezin</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Aile</translation>
    </message>
    <message>
        <source>Je partner, je kinderen en je familie.</source>
        <translation>Eşiniz ya da partneriniz, çocuklarınız ve aileniz.</translation>
    </message>
    <message>
        <source>Hoe gaat het thuis?</source>
        <translation>Evde işler nasıl?</translation>
    </message>
    <message>
        <source>Bij wie in je familie kun je terecht?</source>
        <translation>Ailenizde kimden destek alabilirsiniz?</translation>
    </message>
    <message>
        <source>Wat gaat er goed in je gezin?</source>
        <translation>Ailenizde neler iyi gidiyor?</translation>
    </message>
    <message>
        <source>Vrienden en contacten</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Arkadaşlar ve tanıdıklar</translation>
    </message>
    <message>
        <source>Mensen om je heen, zodat je niet alleen bent.</source>
        <translation>Çevrenizdeki insanlar, yalnız kalmamanız için.</translation>
    </message>
    <message>
        <source>Wie zijn belangrijk voor je?</source>
        <translation>Sizin için kimler önemli?</translation>
    </message>
    <message>
        <source>Met wie praat je als het tegenzit?</source>
        <translation>İşler zor gittiğinde kiminle konuşuyorsunuz?</translation>
    </message>
    <message>
        <source>Wil je meer of minder contact?</source>
        <translation>İnsanlarla daha çok mu, daha az mı görüşmek istersiniz?</translation>
    </message>
    <message>
        <source>Je dag</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Gününüz</translation>
    </message>
    <message>
        <source>Je ritme, dingen die je graag doet en vrije tijd.</source>
        <translation>Gün düzeniniz, yapmayı sevdiğiniz şeyler ve boş zamanınız.</translation>
    </message>
    <message>
        <source>Hoe ziet een gewone dag eruit?</source>
        <translation>Sıradan bir gününüz nasıl geçiyor?</translation>
    </message>
    <message>
        <source>Wat doe je graag?</source>
        <translation>Ne yapmayı seversiniz?</translation>
    </message>
    <message>
        <source>Wat zou je vaker willen doen?</source>
        <translation>Neyi daha sık yapmak isterdiniz?</translation>
    </message>
    <message>
        <source>Zelf dingen regelen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Kendi işlerinizi görmek</translation>
    </message>
    <message>
        <source>Koken, boodschappen doen en je huishouden.</source>
        <translation>Yemek yapmak, alışveriş ve ev işleri.</translation>
    </message>
    <message>
        <source>Wat lukt je zelf al goed?</source>
        <translation>Neleri kendiniz zaten iyi yapıyorsunuz?</translation>
    </message>
    <message>
        <source>Wat kost je veel moeite?</source>
        <translation>Neler size zor geliyor?</translation>
    </message>
    <message>
        <source>Waar wil je hulp bij?</source>
        <translation>Hangi konuda yardım istersiniz?</translation>
    </message>
    <message>
        <source>Post en regels</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Posta ve resmi işler</translation>
    </message>
    <message>
        <source>Brieven, formulieren en organisaties, zoals de gemeente.</source>
        <translation>Mektuplar, formlar ve belediye gibi kurumlar.</translation>
    </message>
    <message>
        <source>Lukt het om je post te regelen?</source>
        <translation>Postanızla ilgilenebiliyor musunuz?</translation>
    </message>
    <message>
        <source>Welke brieven vind je lastig?</source>
        <translation>Hangi mektuplar size zor geliyor?</translation>
    </message>
    <message>
        <source>Wie helpt je al met papieren?</source>
        <translation>Evrak işlerinde size şimdiden kim yardım ediyor?</translation>
    </message>
    <message>
        <source>Vervoer</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Ulaşım</translation>
    </message>
    <message>
        <source>Ergens komen, reizen en vervoer.</source>
        <translation>Bir yere gitmek, yolculuk ve ulaşım.</translation>
    </message>
    <message>
        <source>Kun je komen waar je wilt?</source>
        <translation>İstediğiniz yere gidebiliyor musunuz?</translation>
    </message>
    <message>
        <source>Hoe reis je meestal?</source>
        <translation>Genelde nasıl yolculuk ediyorsunuz?</translation>
    </message>
    <message>
        <source>Wat maakt reizen lastig voor je?</source>
        <translation>Yolculuğu sizin için ne zorlaştırıyor?</translation>
    </message>
    <message>
        <source>Mee kunnen doen</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Topluma katılmak</translation>
    </message>
    <message>
        <source>Meedoen in de buurt, erbij horen en taal.</source>
        <translation>Mahallede bir şeylere katılmak, bir yere ait olmak ve dil.</translation>
    </message>
    <message>
        <source>Waar voel je je welkom?</source>
        <translation>Kendinizi nerede hoş karşılanmış hissediyorsunuz?</translation>
    </message>
    <message>
        <source>Wat zou je graag met anderen doen?</source>
        <translation>Başkalarıyla ne yapmak isterdiniz?</translation>
    </message>
    <message>
        <source>Houdt iets je tegen om mee te doen?</source>
        <translation>Katılmanızı engelleyen bir şey var mı?</translation>
    </message>
    <message>
        <source>Zorgen voor een ander</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Başkasına bakmak</translation>
    </message>
    <message>
        <source>Zorgen voor iemand dicht bij je, of iemand anders helpen.</source>
        <translation>Bir yakınınıza bakmak ya da başka birine yardım etmek.</translation>
    </message>
    <message>
        <source>Voor wie zorg je?</source>
        <translation>Kime bakıyorsunuz?</translation>
    </message>
    <message>
        <source>Hoe gaat het met jou naast het zorgen?</source>
        <translation>Bakım verirken siz nasılsınız?</translation>
    </message>
    <message>
        <source>Wie helpt jou daarbij?</source>
        <translation>Bu konuda size kim yardım ediyor?</translation>
    </message>
    <message>
        <source>Wat je zin geeft</source>
        <extracomment>Name of a life domain (leefgebied) on the board.</extracomment>
        <translation>Hayatınıza anlam veren şeyler</translation>
    </message>
    <message>
        <source>Geloof, dromen en waar je blij van wordt.</source>
        <translation>İnanç, hayaller ve sizi mutlu eden şeyler.</translation>
    </message>
    <message>
        <source>Waar word je blij van?</source>
        <translation>Sizi ne mutlu eder?</translation>
    </message>
    <message>
        <source>Wat is belangrijk voor jou?</source>
        <translation>Sizin için ne önemli?</translation>
    </message>
    <message>
        <source>Waar droom je van?</source>
        <translation>Neyin hayalini kuruyorsunuz?</translation>
    </message>
</context>
<context>
    <name>LocalTimes</name>
    <message>
        <source>%1 om %2</source>
        <extracomment>A date and a time, e.g. &quot;dinsdag 1 december 2026 om 10:00&quot;.</extracomment>
        <translation>%1, saat %2</translation>
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
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>MapjeDateField</name>
    <message>
        <source>Dag</source>
        <extracomment>Above the list of days (1 to 31) in a date.</extracomment>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Maand</source>
        <extracomment>Above the list of months in a date.</extracomment>
        <translation>Ay</translation>
    </message>
    <message>
        <source>Jaar</source>
        <extracomment>Above the list of years in a date.</extracomment>
        <translation>Yıl</translation>
    </message>
    <message>
        <source>Kies</source>
        <extracomment>Shown in an empty part of a date until she picks one.</extracomment>
        <translation>Seçin</translation>
    </message>
</context>
<context>
    <name>MapjeDocument</name>
    <message>
        <source>Mijn mapje</source>
        <extracomment>The title at the top of the printed summary the citizen takes to an appointment.</extracomment>
        <translation>Benim Mapje&apos;m</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.</source>
        <extracomment>Under the title. %1 is the name the citizen typed, %2 the date in words.</extracomment>
        <translation>Bu Mapje&apos;nin sahibi: %1. %2 tarihinde Mapje uygulamasıyla kendim hazırladım.</translation>
    </message>
    <message>
        <source>Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.</source>
        <extracomment>Under the title. %1 is the name the citizen typed.</extracomment>
        <translation>Bu Mapje&apos;nin sahibi: %1. Mapje uygulamasıyla kendim hazırladım.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje op %1.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;). %1 is the date in words.</extracomment>
        <translation>Bu Mapje&apos;yi %1 tarihinde Mapje uygulamasıyla kendim hazırladım.</translation>
    </message>
    <message>
        <source>Dit mapje heb ik zelf gemaakt met Mapje.</source>
        <extracomment>Under the title, written as the citizen (&quot;ik&quot;).</extracomment>
        <translation>Bu Mapje&apos;yi Mapje uygulamasıyla kendim hazırladım.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a note in the citizen&apos;s own words. %1 is their note.</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <extracomment>A heading in the printed summary: the life domains the citizen chose.</extracomment>
        <translation>Benim için önemli olanlar</translation>
    </message>
    <message>
        <source>Ik zet het in de volgorde die ik zelf koos.</source>
        <extracomment>Under that heading: the order on paper is the citizen&apos;s own order. No numbers.</extracomment>
        <translation>Bunları kendi seçtiğim sırayla yazıyorum.</translation>
    </message>
    <message>
        <source>%1 zegt:</source>
        <extracomment>Before another person&apos;s view on a domain. %1 is who, e.g. &quot;Ahmed (partner)&quot;.</extracomment>
        <translation>%1 diyor ki:</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <extracomment>A heading in the printed summary: the citizen&apos;s goals in their own words.</extracomment>
        <translation>Hedeflerim</translation>
    </message>
    <message>
        <source>Gaat over:</source>
        <extracomment>Before the life domain a goal belongs to, e.g. &quot;Gaat over: Geld&quot;.</extracomment>
        <translation>Konusu:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <extracomment>Before when the citizen wants to reach a goal, e.g. &quot;Wanneer: voor de zomer&quot;.
----------
Before the day and time of the appointment.</extracomment>
        <translation>Ne zaman:</translation>
    </message>
    <message>
        <source>Wie helpt:</source>
        <extracomment>Before who helps with a goal, e.g. &quot;Wie helpt: mijn zus&quot;.</extracomment>
        <translation>Yardım eden:</translation>
    </message>
    <message>
        <source>Hoe staat het:</source>
        <extracomment>Before the state of a goal in words: busy, reached or stopped. Judges nothing.</extracomment>
        <translation>Durumu:</translation>
    </message>
    <message>
        <source>Stappen:</source>
        <extracomment>Before the small steps of a goal; a ticked box is a step the citizen did.</extracomment>
        <translation>Adımlar:</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <extracomment>A heading in the printed summary: the appointment the citizen prepared.</extracomment>
        <translation>Randevum</translation>
    </message>
    <message>
        <source>Waar:</source>
        <extracomment>Before the place of the appointment.</extracomment>
        <translation>Nerede:</translation>
    </message>
    <message>
        <source>Met wie:</source>
        <extracomment>Before the person the citizen meets, e.g. &quot;Met wie: Jeroen, klantmanager&quot;.</extracomment>
        <translation>Kiminle:</translation>
    </message>
    <message>
        <source>Wie gaat mee:</source>
        <extracomment>Before the person who goes to the appointment with the citizen.</extracomment>
        <translation>Benimle gelen:</translation>
    </message>
    <message>
        <source>Wat wil ik vragen?</source>
        <extracomment>A small heading: the questions the citizen wants to ask at the appointment.</extracomment>
        <translation>Ne sormak istiyorum?</translation>
    </message>
    <message>
        <source>Wat wil ik dat ze weten?</source>
        <extracomment>A small heading: what the citizen wants the other person to know.</extracomment>
        <translation>Neyi bilmelerini istiyorum?</translation>
    </message>
    <message>
        <source>Wat neem ik mee?</source>
        <extracomment>A small heading: what the citizen takes along; the boxes can be ticked with a pen.</extracomment>
        <translation>Yanıma ne alacağım?</translation>
    </message>
    <message>
        <source>Mijn mapje – %1</source>
        <extracomment>The title of the PDF file, shown by PDF readers. %1 is the date in words.</extracomment>
        <translation>Benim Mapje&apos;m – %1</translation>
    </message>
    <message>
        <source>Mijn mapje · bladzijde %1 van %2</source>
        <extracomment>At the bottom of each printed page. %1 is the page, %2 the number of pages.</extracomment>
        <translation>Benim Mapje&apos;m · sayfa %1 / %2</translation>
    </message>
    <message>
        <source>Mijn mapje · %1 · bladzijde %2 van %3</source>
        <extracomment>At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the number of pages.</extracomment>
        <translation>Benim Mapje&apos;m · %1 · sayfa %2 / %3</translation>
    </message>
    <message>
        <source>De maker van dit mapje</source>
        <extracomment>In the PDF&apos;s details, as its author, when the citizen typed no name.</extracomment>
        <translation>Bu Mapje&apos;yi hazırlayan kişi</translation>
    </message>
</context>
<context>
    <name>MapjeRemoveQuestion</name>
    <message>
        <source>Ja, weghalen</source>
        <translation>Evet, kaldır</translation>
    </message>
    <message>
        <source>Nee, bewaren</source>
        <translation>Hayır, sakla</translation>
    </message>
</context>
<context>
    <name>MapjeRichLabel</name>
    <message>
        <source>Uitleg: %1</source>
        <extracomment>A small button under a text that opens the explanation of a hard word in it.</extracomment>
        <translation>Açıklama: %1</translation>
    </message>
</context>
<context>
    <name>MapjeSwitch</name>
    <message>
        <source>Aan</source>
        <extracomment>The state of an on/off switch, said in words beside it.</extracomment>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Kapalı</translation>
    </message>
</context>
<context>
    <name>MapjeTimeField</name>
    <message>
        <source>Uur</source>
        <extracomment>Above the list of hours (00 to 23) in a time of day.</extracomment>
        <translation>Saat</translation>
    </message>
    <message>
        <source>Minuut</source>
        <extracomment>Above the list of minutes (00, 05, … 55) in a time of day.</extracomment>
        <translation>Dakika</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>Waar wil je als eerste aan werken?</source>
        <translation>Önce hangi konu üzerinde çalışmak istersiniz?</translation>
    </message>
    <message>
        <source>Zet bovenaan wat voor jou het eerst komt. Sleep, of gebruik Hoger en Lager.</source>
        <translation>Sizin için önce geleni en üste koyun. Sürükleyin ya da Yukarı ve Aşağı düğmelerini kullanın.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>OrderRow</name>
    <message>
        <source>Plaats %1: %2</source>
        <translation>%1. sıra: %2</translation>
    </message>
    <message>
        <source>Hoger</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>%1 hoger zetten</source>
        <translation>Yukarı taşı: %1</translation>
    </message>
    <message>
        <source>Lager</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>%1 lager zetten</source>
        <translation>Aşağı taşı: %1</translation>
    </message>
</context>
<context>
    <name>PairPage</name>
    <message>
        <source>Koppelen met de gemeente</source>
        <translation>Belediyeye bağlanın</translation>
    </message>
    <message>
        <source>Je klantmanager gaf je een code.</source>
        <translation>Müşteri yöneticiniz (klantmanager) size bir kod verdi.</translation>
    </message>
    <message>
        <source>Met de code koppel je Mapje aan %1.</source>
        <extracomment>%1 is the municipality this Mapje is set up for, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Bu kodla Mapje&apos;yi %1 ile bağlarsınız.</translation>
    </message>
    <message>
        <source>Wat Mapje stuurt</source>
        <translation>Mapje&apos;nin gönderdikleri</translation>
    </message>
    <message>
        <source>Alleen wat jij kiest, één ding tegelijk. Je ziet eerst precies wat er naartoe gaat. Daarna kun je het altijd terughalen.</source>
        <translation>Sadece sizin seçtikleriniz, her seferinde bir şey. Önce tam olarak neyin gideceğini görürsünüz. Sonra her zaman geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Wat Mapje nooit stuurt</source>
        <translation>Mapje&apos;nin asla göndermedikleri</translation>
    </message>
    <message>
        <source>Je code om Mapje te openen, je kladblok, en alles wat je niet zelf kiest. Wat anderen op je bord zeiden, gaat alleen mee als jij dat aanzet.</source>
        <translation>Mapje&apos;yi açma kodunuz, not defteriniz ve kendiniz seçmediğiniz her şey. Başkalarının panonuzda söyledikleri yalnızca siz açarsanız gider.</translation>
    </message>
    <message>
        <source>De code van je klantmanager</source>
        <extracomment>The pairing code, e.g. &quot;ABCD-EFGH-JKLM&quot;.</extracomment>
        <translation>Müşteri yöneticinizin kodu</translation>
    </message>
    <message>
        <source>Koppel</source>
        <translation>Bağlan</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>PastConversationsPage</name>
    <message>
        <source>Eerdere gesprekken</source>
        <translation>Önceki konuşmalar</translation>
    </message>
    <message>
        <source>Er zijn geen eerdere gesprekken bewaard.</source>
        <translation>Kaydedilmiş önceki konuşma yok.</translation>
    </message>
    <message>
        <source>Gesprek van %1</source>
        <translation>%1 tarihli konuşma</translation>
    </message>
    <message>
        <source>Wie er waren: %1</source>
        <translation>Kimler vardı: %1</translation>
    </message>
    <message>
        <source>Kaartjes: %1</source>
        <translation>Kartlar: %1</translation>
    </message>
    <message>
        <source>Haal dit gesprek weg</source>
        <translation>Bu konuşmayı kaldır</translation>
    </message>
    <message>
        <source>Wil je dit gesprek weghalen? Wat je ervan bewaarde, blijft op je bord en bij je doelen.</source>
        <translation>Bu konuşmayı kaldırmak istiyor musunuz? Ondan sakladıklarınız panonuzda ve hedeflerinizde kalır.</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>PauseButton</name>
    <message>
        <source>Pauze</source>
        <translation>Ara ver</translation>
    </message>
    <message>
        <source>Dekt het scherm af. Alles blijft bewaard.</source>
        <translation>Ekranı kapatır. Her şey kayıtlı kalır.</translation>
    </message>
</context>
<context>
    <name>PersonFicheCard</name>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Henüz bir şey girilmedi.</translation>
    </message>
    <message>
        <source>Is dit van iemand anders?</source>
        <translation>Bu başka birine mi ait?</translation>
    </message>
    <message>
        <source>Het is van %1</source>
        <translation>Sahibi: %1</translation>
    </message>
    <message>
        <source>Niet veranderen</source>
        <translation>Değiştirmeyin</translation>
    </message>
    <message>
        <source>Het is van jou</source>
        <translation>Bu sizin</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Ik</source>
        <extracomment>Label of the citizen&apos;s own fiche on the board.</extracomment>
        <translation>Ben</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <extracomment>Label of a fiche by a partner, mantelzorger or family member.</extracomment>
        <translation>Bir yakınım</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <extracomment>Label of a fiche by a klantmanager, consulent or wijkwerker.</extracomment>
        <translation>Destek görevlisi</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <extracomment>Label of a fiche by a peer worker with lived experience.</extracomment>
        <translation>Deneyimli destekçi</translation>
    </message>
</context>
<context>
    <name>PerspectivesPage</name>
    <message>
        <source>Anderen erbij</source>
        <translation>Başkalarını ekleyin</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Haal %1 weg van het bord</source>
        <translation>Panodan kaldır: %1</translation>
    </message>
    <message>
        <source>Wie komt erbij?</source>
        <translation>Kim katılıyor?</translation>
    </message>
    <message>
        <source>Iemand dicht bij mij</source>
        <translation>Bir yakınım</translation>
    </message>
    <message>
        <source>Hulpverlener</source>
        <translation>Destek görevlisi</translation>
    </message>
    <message>
        <source>Ervaringswerker</source>
        <translation>Deneyimli destekçi</translation>
    </message>
    <message>
        <source>Voornaam (mag leeg blijven)</source>
        <translation>Ad (boş bırakılabilir)</translation>
    </message>
    <message>
        <source>Voeg toe</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Wat doet een hulpverlener? En een ervaringswerker?</source>
        <extracomment>Under the choice of who joins; both words link to their explanation.</extracomment>
        <translation>Destek görevlisi ne yapar? Peki deneyimli destekçi?</translation>
    </message>
    <message>
        <source>Iemand anders kan ook invullen wat hij of zij vindt. Dat kan alleen bij wat jij hebt gekozen. Jij kunt dat altijd verbergen of weghalen.</source>
        <translation>Başka biri de ne düşündüğünü girebilir. Ama sadece sizin seçtikleriniz için. Bunu her zaman gizleyebilir ya da kaldırabilirsiniz.</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Doldur</translation>
    </message>
    <message>
        <source>Vul in wat %1 vindt</source>
        <translation>Doldur: %1 ne düşünüyor</translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message>
        <source>Blij</source>
        <extracomment>A happy face on a fiche.</extracomment>
        <translation>Mutlu</translation>
    </message>
    <message>
        <source>Verdrietig</source>
        <extracomment>A sad face on a fiche.</extracomment>
        <translation>Üzgün</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <extracomment>The person does not know yet how it feels.</extracomment>
        <translation>Bilmiyorum</translation>
    </message>
    <message>
        <source>Ja</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Nee</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Weet ik nog niet</source>
        <extracomment>Answer to &quot;Wil je hier iets veranderen?&quot;</extracomment>
        <translation>Henüz bilmiyorum</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Kijk je mapje na</source>
        <translation>Mapje&apos;nizi kontrol edin</translation>
    </message>
    <message>
        <source>Dit komt precies zo in je bestand of op papier. Kijk het rustig na.</source>
        <translation>Dosyanızda ya da kâğıtta tam olarak böyle görünecek. Acele etmeden kontrol edin.</translation>
    </message>
    <message>
        <source>Je mapje wordt klaargezet.</source>
        <translation>Mapje&apos;niz hazırlanıyor.</translation>
    </message>
    <message>
        <source>Bladzijde %1 van je mapje</source>
        <extracomment>%1 is the page number of the PDF shown.</extracomment>
        <translation>Mapje&apos;nizin %1. sayfası</translation>
    </message>
    <message>
        <source>Ja, bewaar als PDF</source>
        <translation>Evet, PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Ja, druk af</source>
        <translation>Evet, yazdır</translation>
    </message>
    <message>
        <source>Waar wil je je mapje bewaren?</source>
        <translation>Mapje&apos;nizi nereye kaydetmek istiyorsunuz?</translation>
    </message>
    <message>
        <source>De plek: %1</source>
        <extracomment>%1 is the full place of the folder on the device.</extracomment>
        <translation>Yer: %1</translation>
    </message>
    <message>
        <source>Laat de map zien</source>
        <translation>Klasörü göster</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Dit komt precies zo op papier. Kijk het rustig na.</source>
        <translation>Kâğıda tam olarak böyle çıkacak. Acele etmeden kontrol edin.</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Waar: %1</source>
        <translation>Nerede: %1</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Kiminle: %1</translation>
    </message>
    <message>
        <source>Waarover: %1</source>
        <extracomment>%1 is what the appointment is about, in the municipality&apos;s words.</extracomment>
        <translation>Konu: %1</translation>
    </message>
    <message>
        <source>Neem mee: %1</source>
        <translation>Yanınıza alın: %1</translation>
    </message>
    <message>
        <source>Zet in mijn afspraken</source>
        <translation>Randevularıma ekleyin</translation>
    </message>
    <message>
        <source>Zet bij mijn momenten</source>
        <translation>Anlarıma ekleyin</translation>
    </message>
    <message>
        <source>Nu niet</source>
        <extracomment>Puts a proposal of the municipality away without taking it over.</extracomment>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <source>Ik kan niet komen</source>
        <translation>Gelemiyorum</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Belediyenin önerileri</translation>
    </message>
    <message>
        <source>Neem over wat je past. Dan staat het bij je afspraken of momenten, met een herinnering. Past het niet? Vraag dan om een ander moment.</source>
        <translation>Size uyanı alın. O zaman randevularınızda veya anlarınızda, bir hatırlatıcıyla durur. Uymuyor mu? O zaman başka bir zaman isteyin.</translation>
    </message>
    <message>
        <source>De gemeente heeft nog niets voorgesteld.</source>
        <translation>Belediye henüz bir şey önermedi.</translation>
    </message>
</context>
<context>
    <name>QuestionCatalogue</name>
    <message>
        <source>Wat gebeurt er nu met mijn aanvraag?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Başvuruma şimdi ne olacak?</translation>
    </message>
    <message>
        <source>Mag ik iemand meenemen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Yanımda birini getirebilir miyim?</translation>
    </message>
    <message>
        <source>Kan ik dat op papier krijgen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Bunu yazılı olarak alabilir miyim?</translation>
    </message>
    <message>
        <source>Wanneer hoor ik iets?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Ne zaman haber alırım?</translation>
    </message>
    <message>
        <source>Wie kan ik bellen als ik een vraag heb?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Bir sorum olursa kimi arayabilirim?</translation>
    </message>
    <message>
        <source>Wat moet ik nu zelf doen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Şimdi benim ne yapmam gerekiyor?</translation>
    </message>
    <message>
        <source>Kun je dat nog een keer uitleggen?</source>
        <extracomment>A question to pick for an appointment at the municipality, asked by the citizen.</extracomment>
        <translation>Bunu bir kez daha açıklayabilir misiniz?</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop met voorlezen</source>
        <extracomment>The button on every page that reads the page aloud; pressed again it stops.</extracomment>
        <translation>Sesli okumayı durdur</translation>
    </message>
    <message>
        <source>Lees voor</source>
        <translation>Sesli oku</translation>
    </message>
</context>
<context>
    <name>ReminderSubjects</name>
    <message>
        <source>Afgesproken moment</source>
        <translation>Kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>%1 ile kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Randevu</translation>
    </message>
    <message>
        <source>Afspraak met %1</source>
        <translation>%1 ile randevu</translation>
    </message>
    <message>
        <source>Kleine stap: %1</source>
        <extracomment>%1 is a small step in the citizen&apos;s own words.</extracomment>
        <translation>Küçük adım: %1</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>Je wilde vandaag iets kleins doen. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: a small step the citizen chose for today. Never name the step or the goal; calm, no hurry.</extracomment>
        <translation>Bugün küçük bir şey yapmak istemiştiniz. Size uygun olduğunda Mapje&apos;ye bakın.</translation>
    </message>
    <message>
        <source>Je hebt vandaag een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment later today. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Bugün bir randevunuz var. Size uygun olduğunda Mapje&apos;ye bakın.</translation>
    </message>
    <message>
        <source>Je hebt morgen een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment tomorrow. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Yarın bir randevunuz var. Size uygun olduğunda Mapje&apos;ye bakın.</translation>
    </message>
    <message>
        <source>Je hebt binnenkort een afspraak. Kijk in Mapje als het je uitkomt.</source>
        <extracomment>A notification on a locked screen: an appointment or agreed moment in a few days. Never name the person, the place or the subject; calm, no hurry.</extracomment>
        <translation>Yakında bir randevunuz var. Size uygun olduğunda Mapje&apos;ye bakın.</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Herinneringen</source>
        <translation>Hatırlatmalar</translation>
    </message>
    <message>
        <source>Er komt nu geen herinnering.</source>
        <translation>Şu an sırada bir hatırlatma yok.</translation>
    </message>
    <message>
        <source>Herinneringen staan uit.</source>
        <translation>Hatırlatmalar kapalı.</translation>
    </message>
    <message>
        <source>Deze herinnering is er nu.</source>
        <translation>Bu hatırlatmanın zamanı geldi.</translation>
    </message>
    <message>
        <source>Je krijgt een herinnering op %1.</source>
        <extracomment>%1 is a day and time.</extracomment>
        <translation>Hatırlatma zamanı: %1.</translation>
    </message>
    <message>
        <source>Over een uur</source>
        <translation>Bir saat sonra</translation>
    </message>
    <message>
        <source>Herinner mij over een uur: %1</source>
        <translation>Bir saat sonra hatırlat: %1</translation>
    </message>
    <message>
        <source>Morgen</source>
        <translation>Yarın</translation>
    </message>
    <message>
        <source>Herinner mij morgen: %1</source>
        <translation>Yarın hatırlat: %1</translation>
    </message>
    <message>
        <source>Gezien</source>
        <translation>Gördüm</translation>
    </message>
    <message>
        <source>Gezien: %1</source>
        <translation>Gördüm: %1</translation>
    </message>
    <message>
        <source>Zet uit</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Zet deze herinnering uit: %1</source>
        <translation>Bu hatırlatmayı kapat: %1</translation>
    </message>
    <message>
        <source>Zo wil ik herinneringen</source>
        <translation>Hatırlatma tercihlerim</translation>
    </message>
    <message>
        <source>Herinneringen aan</source>
        <translation>Hatırlatmaları aç</translation>
    </message>
    <message>
        <source>Een melding zegt nooit waar het over gaat. Alleen dat je iets hebt.</source>
        <translation>Bildirim hiçbir zaman konuyu söylemez. Sadece bir şeyiniz olduğunu söyler.</translation>
    </message>
    <message>
        <source>Rustige uren: dan krijg je geen melding.</source>
        <translation>Sessiz saatler: bu saatlerde bildirim almazsınız.</translation>
    </message>
    <message>
        <source>Rustig vanaf</source>
        <translation>Sessiz saatler: başlangıç</translation>
    </message>
    <message>
        <source>Rustig tot</source>
        <translation>Sessiz saatler: bitiş</translation>
    </message>
    <message>
        <source>Meldingen op je scherm kunnen hier niet. Je ziet je herinneringen in Mapje.</source>
        <translation>Burada ekranınıza bildirim gelemiyor. Hatırlatmalarınızı Mapje&apos;de görürsünüz.</translation>
    </message>
    <message>
        <source>Zet afspraken in je agenda</source>
        <translation>Randevuları takviminize ekleyin</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Je rechten bij een afspraak</source>
        <translation>Randevudaki haklarınız</translation>
    </message>
    <message>
        <source>Bij de gemeente heb je rechten. Ze staan in de wet, vooral in de Awb en de AVG. Hier lees je vier belangrijke rechten.</source>
        <translation>Belediyede haklarınız var. Bunlar yasada yazar, özellikle Awb&apos;de (Genel İdare Hukuku Yasası) ve AVG&apos;de (veri koruma yasası). Burada dört önemli hakkınızı okuyabilirsiniz.</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen</source>
        <translation>Yanınızda birini getirebilirsiniz</translation>
    </message>
    <message>
        <source>Je mag iemand meenemen naar je afspraak. Bijvoorbeeld je partner, een vriend, een ervaringswerker of een sociaal raadslid. Die persoon mag je helpen. Praat die persoon namens jou? Dan kan de gemeente om een machtiging vragen.</source>
        <translation>Randevunuza yanınızda birini getirebilirsiniz. Örneğin partnerinizi, bir arkadaşınızı, bir deneyimli destekçiyi (ervaringswerker) ya da bir sosyal danışmanı (sociaal raadslid). Bu kişi size yardım edebilir. Bu kişi sizin adınıza mı konuşuyor? O zaman belediye bir yetki belgesi (machtiging) isteyebilir.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 2:1</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Yasa: Awb, madde 2:1</translation>
    </message>
    <message>
        <source>Je mag het op papier vragen</source>
        <translation>Yazılı olarak isteyebilirsiniz</translation>
    </message>
    <message>
        <source>Een besluit van de gemeente is altijd geschreven, bijvoorbeeld in een brief. Wat iemand aan de balie zegt, is nog geen besluit. Vraag daarom: &quot;Kan ik dat op papier krijgen?&quot;</source>
        <translation>Belediyenin bir kararı her zaman yazılıdır, örneğin bir mektupta. Gişede birinin söylediği şey henüz bir karar değildir. Bu yüzden şunu sorun: &quot;Bunu yazılı olarak alabilir miyim?&quot;</translation>
    </message>
    <message>
        <source>Wet: Awb, artikel 1:3</source>
        <extracomment>The law that gives this right; keep the article number as it is.</extracomment>
        <translation>Yasa: Awb, madde 1:3</translation>
    </message>
    <message>
        <source>Je mag het oneens zijn met een besluit</source>
        <translation>Bir karara katılmama hakkınız var</translation>
    </message>
    <message>
        <source>Ben je het niet eens met een besluit? Dan mag je bezwaar maken. Dat doe je binnen zes weken. De zes weken beginnen de dag nadat het besluit is verstuurd of gegeven.</source>
        <translation>Bir karara katılmıyor musunuz? O zaman itiraz (bezwaar) edebilirsiniz. Bunu altı hafta içinde yaparsınız. Altı hafta, kararın gönderildiği ya da verildiği günün ertesi günü başlar.</translation>
    </message>
    <message>
        <source>Schrijf een brief, of gebruik het formulier van de gemeente. Zet erin:</source>
        <translation>Bir mektup yazın ya da belediyenin formunu kullanın. İçine şunları yazın:</translation>
    </message>
    <message>
        <source>je naam en adres</source>
        <translation>adınız ve adresiniz</translation>
    </message>
    <message>
        <source>de datum</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>over welk besluit het gaat</source>
        <translation>hangi kararla ilgili olduğu</translation>
    </message>
    <message>
        <source>waarom je het er niet mee eens bent</source>
        <translation>neden katılmadığınız</translation>
    </message>
    <message>
        <source>je handtekening</source>
        <translation>imzanız</translation>
    </message>
    <message>
        <source>Hulp nodig? Een sociaal raadslid of het Juridisch Loket helpt je gratis. Bewaar een kopie van je brief.</source>
        <translation>Yardım mı gerekiyor? Bir sosyal danışman (sociaal raadslid) ya da Juridisch Loket size ücretsiz yardım eder. Mektubunuzun bir kopyasını saklayın.</translation>
    </message>
    <message>
        <source>Wet: Awb, artikelen 6:5, 6:7 en 6:8</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Yasa: Awb, madde 6:5, 6:7 ve 6:8</translation>
    </message>
    <message>
        <source>Je mag zien wat de gemeente over je weet</source>
        <translation>Belediyenin sizin hakkınızda ne bildiğini görebilirsiniz</translation>
    </message>
    <message>
        <source>Je mag vragen welke gegevens de gemeente over jou bewaart. Dat heet inzagerecht. Je krijgt binnen een maand antwoord. Duurt het langer? Dan hoor je waarom. Het is gratis.</source>
        <translation>Belediyenin sizinle ilgili hangi bilgileri sakladığını sorabilirsiniz. Buna bilgileri görme hakkı (inzagerecht) denir. Bir ay içinde cevap alırsınız. Daha uzun mu sürüyor? O zaman size nedenini söylerler. Bu ücretsizdir.</translation>
    </message>
    <message>
        <source>Wet: AVG, artikel 15 en artikel 12 lid 3</source>
        <extracomment>The law that gives this right; keep the article numbers as they are.</extracomment>
        <translation>Yasa: AVG, madde 15 ve madde 12 fıkra 3</translation>
    </message>
    <message>
        <source>Twijfel je? Vraag het aan een sociaal raadslid of het Juridisch Loket.</source>
        <translation>Emin değil misiniz? Bir sosyal danışmana (sociaal raadslid) ya da Juridisch Loket&apos;e sorun.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Weergave</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Mapje onthoudt je keuze.</source>
        <translation>Mapje&apos;yi daha kolay okunur yapın. Değişikliği hemen görürsünüz. Mapje seçiminizi hatırlar.</translation>
    </message>
    <message>
        <source>Veel contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Zwarte letters op wit, met dikke randen.</source>
        <translation>Beyaz üzerine siyah harfler, kalın kenarlarla.</translation>
    </message>
    <message>
        <source>Grootte van de letters</source>
        <translation>Harf boyutu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Letters %1</source>
        <translation>Harf boyutu %1</translation>
    </message>
    <message>
        <source>Minder beweging</source>
        <translation>Daha az hareket</translation>
    </message>
    <message>
        <source>Schermen wisselen meteen, zonder te bewegen.</source>
        <translation>Ekranlar hareket etmeden, hemen değişir.</translation>
    </message>
    <message>
        <source>Voorbeeld: zo ziet tekst in Mapje eruit. Is dit prettig om te lezen?</source>
        <extracomment>A sample sentence, shown with the chosen contrast and letter size.</extracomment>
        <translation>Örnek: Mapje&apos;deki yazılar böyle görünür. Okumak rahat mı?</translation>
    </message>
    <message>
        <source>Snelheid van voorlezen</source>
        <extracomment>Heading above the three speeds of &quot;Lees voor&quot;.</extracomment>
        <translation>Sesli okuma hızı</translation>
    </message>
    <message>
        <source>Langzaam</source>
        <translation>Yavaş</translation>
    </message>
    <message>
        <source>Gewoon</source>
        <extracomment>The normal speed of reading aloud.</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Snel</source>
        <translation>Hızlı</translation>
    </message>
    <message>
        <source>Mapje kan deze keuze nu niet bewaren. Ze geldt wel zolang Mapje open is. Mapje probeert het zo opnieuw.</source>
        <extracomment>Shown when the device refused to store a choice of this page (full or locked disk).</extracomment>
        <translation>Mapje bu seçimi şu an kaydedemiyor. Mapje açık olduğu sürece seçim geçerli. Mapje birazdan tekrar deneyecek.</translation>
    </message>
    <message>
        <source>Pauze als niemand kijkt</source>
        <extracomment>Heading above when a conversation with others pauses by itself.</extracomment>
        <translation>Kimse bakmadığında ara</translation>
    </message>
    <message>
        <source>Praat je samen met anderen, en gaat iemand naar een ander venster? Dan kan Mapje het scherm afdekken.</source>
        <translation>Başkalarıyla mı konuşuyorsunuz ve biri başka bir pencereye mi geçiyor? O zaman Mapje ekranı kapatabilir.</translation>
    </message>
    <message>
        <source>Nooit</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Na %1 seconden</source>
        <translation>%1 saniye sonra</translation>
    </message>
    <message numerus="yes">
        <source>Na %n minuten</source>
        <translation>
            <numerusform>%n dakika sonra</numerusform>
        </translation>
    </message>
    <message>
        <source>Maak Mapje makkelijker om te lezen. Je ziet het meteen. Je keuze geldt tot je klaar bent.</source>
        <translation>Mapje&apos;yi daha kolay okunur yapın. Değişikliği hemen görürsünüz. Seçiminiz, işiniz bitene kadar geçerlidir.</translation>
    </message>
</context>
<context>
    <name>ShareComposer</name>
    <message>
        <source>Je bord van %1.</source>
        <translation>%1 tarihli panonuz.</translation>
    </message>
    <message>
        <source>Notitie: “%1”</source>
        <extracomment>In the preview of a share: her own note on a domain, in quotes.</extracomment>
        <translation>Not: “%1”</translation>
    </message>
    <message>
        <source>Nog niets ingevuld.</source>
        <translation>Henüz bir şey doldurulmadı.</translation>
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
        <translation>Henüz yaşam alanı seçmediniz.</translation>
    </message>
    <message>
        <source>Je doel bij %1: “%2”</source>
        <extracomment>The preview of a goal: the domain and her own words.</extracomment>
        <translation>%1 için hedefiniz: “%2”</translation>
    </message>
    <message>
        <source>Wanneer: %1.</source>
        <translation>Ne zaman: %1.</translation>
    </message>
    <message>
        <source>Wie helpt: %1.</source>
        <translation>Kim yardım ediyor: %1.</translation>
    </message>
    <message>
        <source>Stap, klaar: %1</source>
        <translation>Adım, tamam: %1</translation>
    </message>
    <message>
        <source>Stap: %1</source>
        <translation>Adım: %1</translation>
    </message>
    <message>
        <source>Afspraak op %1</source>
        <translation>%1 tarihli randevu</translation>
    </message>
    <message>
        <source>Je afspraak op %1.</source>
        <translation>%1 tarihli randevunuz.</translation>
    </message>
    <message>
        <source>Waar: %1.</source>
        <translation>Nerede: %1.</translation>
    </message>
    <message>
        <source>Met wie: %1.</source>
        <translation>Kiminle: %1.</translation>
    </message>
    <message>
        <source>Je vraag: %1</source>
        <translation>Sorunuz: %1</translation>
    </message>
    <message>
        <source>Je neemt mee: %1</source>
        <translation>Yanınızda getireceğiniz: %1</translation>
    </message>
    <message>
        <source>Moment op %1</source>
        <translation>%1 tarihli an</translation>
    </message>
    <message>
        <source>Het afgesproken moment op %1.</source>
        <translation>%1 tarihinde kararlaştırılan an.</translation>
    </message>
    <message>
        <source>Je hebt nog niet opgeschreven wat er veranderde.</source>
        <translation>Neyin değiştiğini henüz yazmadınız.</translation>
    </message>
    <message>
        <source>Wat er veranderde: %1</source>
        <translation>Ne değişti: %1</translation>
    </message>
</context>
<context>
    <name>SharePreviewPage</name>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Belediye ile paylaşın</translation>
    </message>
    <message>
        <source>Dit gaat naar %1:</source>
        <extracomment>%1 is the municipality, e.g. &quot;Gemeente Eindhoven&quot;.</extracomment>
        <translation>Bu, %1 adresine gider:</translation>
    </message>
    <message>
        <source>Ook wat anderen op mijn bord zeiden</source>
        <translation>Başkalarının panomda söyledikleri de</translation>
    </message>
    <message>
        <source>Staat dit uit, dan gaat alleen wat jij zelf zei.</source>
        <translation>Bu kapalıysa, yalnızca sizin söyledikleriniz gider.</translation>
    </message>
    <message>
        <source>Verandert er later iets? Dan vraagt Mapje eerst of je de nieuwe versie wilt delen. Je kunt het altijd terughalen.</source>
        <translation>Sonra bir şey değişirse, Mapje önce yeni sürümü paylaşmak isteyip istemediğinizi sorar. Her zaman geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Ja, deel dit</source>
        <translation>Evet, bunu paylaşın</translation>
    </message>
    <message>
        <source>Nee, niet delen</source>
        <translation>Hayır, paylaşmayın</translation>
    </message>
    <message>
        <source>Je kunt het hier terughalen tot je klaar bent. Daarna kan dat alleen nog via je klantmanager.</source>
        <translation>Bitirene kadar burada geri alabilirsiniz. Ondan sonra bunu yalnızca dosya sorumlunuz (klantmanager) yapabilir.</translation>
    </message>
</context>
<context>
    <name>ShareSection</name>
    <message>
        <source>Je hebt dit veranderd nadat je het deelde. De gemeente ziet nog de vorige versie.</source>
        <translation>Bunu paylaştıktan sonra değiştirdiniz. Belediye hâlâ önceki sürümü görüyor.</translation>
    </message>
    <message>
        <source>Deel de nieuwe versie</source>
        <translation>Yeni sürümü paylaşın</translation>
    </message>
    <message>
        <source>Deel met de gemeente</source>
        <translation>Belediye ile paylaşın</translation>
    </message>
    <message>
        <source>Je bord: %1</source>
        <extracomment>%1 is where her shared board stands, e.g. &quot;Gedeeld op maandag 7 december 2026 om 10:15.&quot;</extracomment>
        <translation>Panonuz: %1</translation>
    </message>
    <message>
        <source>Deel je nieuwe bord met de gemeente</source>
        <translation>Yeni panonuzu belediye ile paylaşın</translation>
    </message>
    <message>
        <source>Deel je bord met de gemeente</source>
        <translation>Panonuzu belediye ile paylaşın</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Neleri paylaştım?</translation>
    </message>
    <message>
        <source>Je hebt nog niets gedeeld. Alles staat alleen op dit apparaat.</source>
        <translation>Henüz bir şey paylaşmadınız. Her şey yalnızca bu cihazda.</translation>
    </message>
    <message>
        <source>Nu gedeeld met de gemeente</source>
        <translation>Şu an belediye ile paylaşılan</translation>
    </message>
    <message>
        <source>Wat er eerder ging</source>
        <translation>Daha önce gidenler</translation>
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
        <translation>Belediye ile paylaşın</translation>
    </message>
    <message>
        <source>Deze Mapje is niet gekoppeld aan een gemeente. Alles blijft op dit apparaat. Je kunt je mapje wel als PDF bewaren of printen.</source>
        <translation>Bu Mapje bir belediyeye bağlı değil. Her şey bu cihazda kalır. Dosyanızı (mapje) PDF olarak kaydedebilir veya yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>Je kunt Mapje koppelen met %1. Dan kies je zelf wat je deelt, één ding tegelijk. Je ziet altijd eerst wat er naartoe gaat.</source>
        <translation>Mapje&apos;yi %1 ile bağlayabilirsiniz. O zaman neyi paylaşacağınızı kendiniz seçersiniz, her seferinde bir şey. Neyin gideceğini her zaman önce görürsünüz.</translation>
    </message>
    <message>
        <source>Koppelen met een code</source>
        <translation>Bir kodla bağlanın</translation>
    </message>
    <message>
        <source>Nu versturen en ophalen</source>
        <extracomment>Sends what waits and asks the municipality for news, now.</extracomment>
        <translation>Şimdi gönderin ve alın</translation>
    </message>
    <message>
        <source>De gemeente stelt iets voor. Kijk of het je past.</source>
        <translation>Belediye bir şey öneriyor. Size uyup uymadığına bakın.</translation>
    </message>
    <message>
        <source>Voorstellen van de gemeente</source>
        <translation>Belediyenin önerileri</translation>
    </message>
    <message>
        <source>Wat heb ik gedeeld?</source>
        <translation>Neleri paylaştım?</translation>
    </message>
    <message>
        <source>Koppeling beëindigen</source>
        <translation>Bağlantıyı sonlandırın</translation>
    </message>
    <message>
        <source>Wil je de koppeling met %1 beëindigen? De gemeente verwijdert dan alles wat je deelde. In je Mapje blijft alles staan.</source>
        <translation>%1 ile bağlantıyı sonlandırmak istiyor musunuz? O zaman belediye paylaştığınız her şeyi siler. Mapje&apos;nizde her şey kalır.</translation>
    </message>
    <message>
        <source>Ja, beëindigen</source>
        <translation>Evet, sonlandırın</translation>
    </message>
    <message>
        <source>Nee, gekoppeld blijven</source>
        <translation>Hayır, bağlı kalsın</translation>
    </message>
    <message>
        <source>Ontvang van een zuil</source>
        <translation>Bir kiosktan alın</translation>
    </message>
</context>
<context>
    <name>ShowPage</name>
    <message>
        <source>Mijn mapje</source>
        <translation>Benim Mapje&apos;m</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <extracomment>Where the reader is in the mapje, e.g. &quot;2 van 5&quot;. Not about the person.</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Vorige</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Sonraki</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <source>Wie vertelt nu?</source>
        <translation>Şimdi kim anlatıyor?</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Herinner me</source>
        <extracomment>A switch under a small step: the citizen wants a reminder on a day they choose.</extracomment>
        <translation>Bana hatırlat</translation>
    </message>
    <message>
        <source>Herinner me aan: %1</source>
        <translation>Bana hatırlat: %1</translation>
    </message>
    <message>
        <source>Op welke dag?</source>
        <extracomment>Above the date of a step&apos;s reminder.</extracomment>
        <translation>Hangi gün?</translation>
    </message>
    <message>
        <source>Stap weghalen</source>
        <extracomment>Takes one small step away from the goal.</extracomment>
        <translation>Adımı kaldır</translation>
    </message>
    <message>
        <source>Stap weghalen: %1</source>
        <translation>Adımı kaldır: %1</translation>
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
        <translation>%1: %2 hakkında</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A goal&apos;s life domain and its state, e.g. &quot;Geld · Bezig&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Randevum</translation>
    </message>
    <message>
        <source>Mijn afspraak met %1</source>
        <translation>%1 ile randevum</translation>
    </message>
    <message>
        <source>Iets veranderen: %1</source>
        <extracomment>The wish to change something on a domain, e.g. &quot;Iets veranderen: Ja&quot;.</extracomment>
        <translation>Değişiklik isteği: %1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Je mapje meenemen</source>
        <translation>Mapje&apos;nizi yanınıza alın</translation>
    </message>
    <message>
        <source>Wat belangrijk is voor mij</source>
        <translation>Benim için önemli olanlar</translation>
    </message>
    <message>
        <source>Mijn doelen</source>
        <translation>Hedeflerim</translation>
    </message>
    <message>
        <source>Mijn afspraak</source>
        <translation>Randevum</translation>
    </message>
    <message>
        <source>Kies wat je wilt laten zien. Alleen wat aan staat, komt in je mapje.</source>
        <translation>Neyi göstermek istediğinizi seçin. Sadece açık olanlar Mapje&apos;nize girer.</translation>
    </message>
    <message>
        <source>Er is nog niets om mee te nemen. Begin met je bord.</source>
        <translation>Henüz yanınıza alacak bir şey yok. Panonuzla başlayın.</translation>
    </message>
    <message>
        <source>Je naam bovenaan (als je wilt)</source>
        <translation>En üstte adınız (isterseniz)</translation>
    </message>
    <message>
        <source>Laat zien</source>
        <extracomment>Shows the mapje large on this screen, for the person across the desk.</extracomment>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Bewaar of druk af</source>
        <translation>Kaydet ya da yazdır</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Henüz gönderilmedi. Daha sonra tekrar deneyeceğiz.</translation>
    </message>
    <message>
        <source>Gedeeld op %1.</source>
        <translation>%1 tarihinde paylaşıldı.</translation>
    </message>
    <message>
        <source>Nog niet teruggehaald, we proberen het opnieuw.</source>
        <translation>Henüz geri alınmadı, tekrar deneyeceğiz.</translation>
    </message>
    <message>
        <source>De gemeente kon deze versie niet aannemen. Je kunt het aanpassen en opnieuw delen, of het terughalen.</source>
        <translation>Belediye bu sürümü kabul edemedi. Değiştirip tekrar paylaşabilir veya geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Teruggehaald op %1.</source>
        <translation>%1 tarihinde geri alındı.</translation>
    </message>
    <message>
        <source>Niet gedeeld.</source>
        <translation>Paylaşılmadı.</translation>
    </message>
    <message>
        <source>Gedeeld met %1</source>
        <translation>%1 ile paylaşıldı</translation>
    </message>
    <message>
        <source>Teruggehaald bij %1</source>
        <translation>%1 kurumundan geri alındı</translation>
    </message>
    <message>
        <source>Als PDF bewaard in %1</source>
        <translation>PDF olarak %1 klasörüne kaydedildi</translation>
    </message>
    <message>
        <source>Geprint</source>
        <translation>Yazdırıldı</translation>
    </message>
    <message>
        <source>Bord</source>
        <translation>Pano</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Kararlaştırılan an</translation>
    </message>
    <message>
        <source>Voorbereiding van een afspraak</source>
        <translation>Randevu hazırlığı</translation>
    </message>
    <message>
        <source>Mapje</source>
        <translation>Mapje</translation>
    </message>
    <message>
        <source>Gelukt. Mapje is gekoppeld.</source>
        <translation>Oldu. Mapje bağlandı.</translation>
    </message>
    <message>
        <source>Deze code werkt niet. Kijk of je hem goed hebt overgenomen. Een code werkt één keer en een korte tijd. Vraag je klantmanager anders om een nieuwe code.</source>
        <translation>Bu kod çalışmıyor. Doğru yazıp yazmadığınıza bakın. Bir kod bir kez ve kısa bir süre çalışır. Yoksa müşteri yöneticinizden yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Probeer het later nog eens. Je code blijft staan.</source>
        <translation>Şu an belediye ile bağlantı yok. Daha sonra tekrar deneyin. Kodunuz burada kalır.</translation>
    </message>
    <message>
        <source>Je hebt het vaak geprobeerd. Wacht even en probeer het dan opnieuw.</source>
        <translation>Birçok kez denediniz. Biraz bekleyin ve sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Deze Mapje is niet ingesteld voor een gemeente. Vraag je klantmanager wat je kunt doen.</source>
        <translation>Bu Mapje bir belediye için ayarlanmamış. Ne yapabileceğinizi müşteri yöneticinize sorun.</translation>
    </message>
    <message>
        <source>De gemeente stelt een afspraak voor</source>
        <translation>Belediye bir randevu öneriyor</translation>
    </message>
    <message>
        <source>De gemeente stelt een moment voor om samen te kijken hoe het gaat</source>
        <translation>Belediye, işlerin nasıl gittiğine birlikte bakmak için bir an öneriyor</translation>
    </message>
    <message>
        <source>Je hebt deze afspraak overgenomen. Je vindt hem bij Afspraken.</source>
        <translation>Bu randevuyu aldınız. Randevular bölümünde bulabilirsiniz.</translation>
    </message>
    <message>
        <source>Je hebt dit moment overgenomen. Je vindt het bij Afgesproken momenten.</source>
        <translation>Bu anı aldınız. Kararlaştırılan anlar bölümünde bulabilirsiniz.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Verstuurd op %1.</source>
        <translation>Başka bir zaman istediniz. %1 tarihinde gönderildi.</translation>
    </message>
    <message>
        <source>Je vroeg om een ander moment. Nog niet verstuurd. We proberen het later opnieuw.</source>
        <translation>Başka bir zaman istediniz. Henüz gönderilmedi. Daha sonra tekrar deneyeceğiz.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Panonuz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A shared item: its kind and how she named it, e.g. &quot;Doel: Rust in mijn geld&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Je hebt dit voorstel weggelegd. Je kunt het nog overnemen.</source>
        <translation>Bu öneriyi bir kenara koydunuz. Hâlâ alabilirsiniz.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Tijdlijn</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Hier komt te staan wat je maakt en afspreekt.</source>
        <translation>Oluşturduğunuz ve kararlaştırdığınız şeyler burada görünecek.</translation>
    </message>
</context>
<context>
    <name>TooNewPage</name>
    <message>
        <source>Mapje heeft een update nodig</source>
        <translation>Mapje&apos;nin güncellenmesi gerekiyor</translation>
    </message>
    <message>
        <source>Je gegevens komen uit een nieuwere versie van Mapje.</source>
        <translation>Bilgileriniz Mapje&apos;nin daha yeni bir sürümünden geliyor.</translation>
    </message>
    <message>
        <source>Installeer de nieuwste versie. Dan kun je ze weer openen.</source>
        <translation>En yeni sürümü yükleyin. O zaman bilgilerinizi yeniden açabilirsiniz.</translation>
    </message>
    <message>
        <source>Je gegevens blijven veilig staan. Mapje verandert er niets aan.</source>
        <translation>Bilgileriniz güvende kalır. Mapje onlarda hiçbir şeyi değiştirmez.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Welkom terug</source>
        <translation>Tekrar hoş geldiniz</translation>
    </message>
    <message>
        <source>Typ je pincode of wachtzin</source>
        <translation>PIN kodunuzu ya da şifre cümlenizi yazın</translation>
    </message>
    <message>
        <source>De code klopte een paar keer niet. Daarom wacht Mapje even.</source>
        <translation>Şifre birkaç kez doğru değildi. Bu yüzden Mapje biraz bekliyor.</translation>
    </message>
    <message>
        <source>Even geduld. Mapje maakt je gegevens open.</source>
        <translation>Lütfen biraz bekleyin. Mapje bilgilerinizi açıyor.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Code vergeten?</source>
        <translation>Şifrenizi mi unuttunuz?</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Görünüm: yazı boyutu ve kontrast</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Mapje</source>
        <translation>Mapje&apos;ye hoş geldiniz</translation>
    </message>
    <message>
        <source>Met Mapje bereid je je gesprek met de gemeente voor.</source>
        <translation>Mapje ile belediyedeki görüşmenize hazırlanırsınız.</translation>
    </message>
    <message>
        <source>Jij kiest wat belangrijk is, in je eigen woorden.</source>
        <translation>Neyin önemli olduğunu siz seçersiniz, kendi sözlerinizle.</translation>
    </message>
    <message>
        <source>Alles blijft op dit apparaat, veilig op slot.</source>
        <translation>Her şey bu cihazda kalır, güvenle kilitli.</translation>
    </message>
    <message>
        <source>Beginnen</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Taal: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Weergave: tekstgrootte en contrast</source>
        <extracomment>Opens the page with contrast, text size and motion.</extracomment>
        <translation>Görünüm: yazı boyutu ve kontrast</translation>
    </message>
    <message>
        <source>Moeilijke woorden</source>
        <extracomment>Opens the list of hard words with a short explanation of each.</extracomment>
        <translation>Zor kelimeler</translation>
    </message>
</context>
<context>
    <name>WithdrawQuestion</name>
    <message>
        <source>Haal terug</source>
        <translation>Geri alın</translation>
    </message>
    <message>
        <source>Wil je dit terughalen bij de gemeente? Daar wordt het dan verwijderd. In je Mapje blijft het staan.</source>
        <translation>Bunu belediyeden geri almak istiyor musunuz? O zaman orada silinir. Mapje&apos;nizde kalır.</translation>
    </message>
    <message>
        <source>Ja, haal terug</source>
        <translation>Evet, geri alın</translation>
    </message>
    <message>
        <source>Nee, laat staan</source>
        <translation>Hayır, kalsın</translation>
    </message>
</context>
<context>
    <name>mapje::AppointmentsController</name>
    <message>
        <source>Schrijf eerst wat je wilt meenemen.</source>
        <translation>Önce yanınıza ne almak istediğinizi yazın.</translation>
    </message>
    <message>
        <source>Dat staat al op je lijst.</source>
        <translation>Bu zaten listenizde var.</translation>
    </message>
    <message>
        <source>Kies eerst de dag van je afspraak. Dan kan Mapje je eraan herinneren.</source>
        <extracomment>The citizen switched the reminder on before she picked the day of the appointment.</extracomment>
        <translation>Önce randevunuzun gününü seçin. O zaman Mapje size hatırlatabilir.</translation>
    </message>
    <message>
        <source>%1, nog geen tijd gekozen</source>
        <extracomment>The day of an appointment when the citizen picked no time yet; %1 is the day in words, e.g. &quot;maandag 29 maart 2027&quot;.</extracomment>
        <translation>%1, henüz saat seçilmedi</translation>
    </message>
</context>
<context>
    <name>mapje::BoardController</name>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Yaşam alanlarını ve sıralarını sadece siz seçersiniz.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Bu olmadı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>%1 staat nu op plaats %2 van %3.</source>
        <extracomment>Said by the screen reader after moving a domain: &quot;Geld staat nu op plaats 2 van 4.&quot;</extracomment>
        <translation>%1 şimdi %2. sırada. Toplam: %3.</translation>
    </message>
    <message>
        <source>Wat iemand vindt, kan alleen bij een leefgebied dat jij hebt gekozen.</source>
        <translation>Bir düşünce sadece sizin seçtiğiniz bir yaşam alanına eklenebilir.</translation>
    </message>
    <message>
        <source>Wat jij vindt, blijft op het bord.</source>
        <translation>Sizin düşünceniz panoda kalır.</translation>
    </message>
    <message>
        <source>Wat jij vindt, kun je niet verbergen. Je kunt het wel weghalen.</source>
        <translation>Kendi düşüncenizi gizleyemezsiniz. Ama kaldırabilirsiniz.</translation>
    </message>
    <message>
        <source>Die persoon heeft hier al iets ingevuld. Haal dat eerst weg als het niet klopt.</source>
        <translation>Bu kişi burada zaten bir şey doldurdu. Doğru değilse önce onu kaldırın.</translation>
    </message>
</context>
<context>
    <name>mapje::BoardHistoryModel</name>
    <message>
        <source>Op %1 koos je nog geen leefgebied.</source>
        <translation>%1 tarihinde henüz bir yaşam alanı seçmemiştiniz.</translation>
    </message>
    <message>
        <source>Op %1 koos je: %2.</source>
        <translation>%1 tarihinde seçtikleriniz: %2.</translation>
    </message>
</context>
<context>
    <name>mapje::CalendarController</name>
    <message>
        <source>Opslaan lukt nu niet. Misschien is er geen ruimte meer. Je gegevens in Mapje zijn veilig.</source>
        <translation>Şu an kaydedilemiyor. Belki yer kalmadı. Mapje&apos;deki bilgileriniz güvende.</translation>
    </message>
    <message>
        <source>Klaar. Het bestand staat in de map %1. Open het om de afspraken in je agenda te zetten.</source>
        <extracomment>%1 is a folder on the device.</extracomment>
        <translation>Tamam. Dosya şu klasörde: %1. Randevuları takviminize eklemek için dosyayı açın.</translation>
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
        <translation>siz</translation>
    </message>
    <message>
        <source>iemand dicht bij jou</source>
        <translation>size yakın biri</translation>
    </message>
    <message>
        <source>de hulpverlener</source>
        <translation>destek görevlisi</translation>
    </message>
    <message>
        <source>de ervaringswerker</source>
        <translation>deneyimli destekçi</translation>
    </message>
</context>
<context>
    <name>mapje::GoalsController</name>
    <message>
        <source>Schrijf eerst in je eigen woorden wat je wilt.</source>
        <translation>Önce ne istediğinizi kendi sözlerinizle yazın.</translation>
    </message>
    <message>
        <source>Een doel hoort bij iets dat jij op je bord hebt gekozen.</source>
        <translation>Bir hedef, panonuzda sizin seçtiğiniz bir şeyle ilgilidir.</translation>
    </message>
    <message>
        <source>Een doel heeft woorden nodig. Je vorige woorden zijn bewaard.</source>
        <translation>Bir hedef için birkaç kelime gerekir. Önceki kelimeleriniz kayıtlı.</translation>
    </message>
    <message>
        <source>Dat lukte niet. Er is niets veranderd.</source>
        <translation>Bu olmadı. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Schrijf eerst een paar woorden. Dan bewaart Mapje het.</source>
        <translation>Önce birkaç kelime yazın. Sonra Mapje onu kaydeder.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffReceiver</name>
    <message>
        <source>Deze code klopt niet. Kijk nog eens op het scherm van de zuil.</source>
        <translation>Bu kod doğru değil. Lütfen kiosk ekranına tekrar bakın.</translation>
    </message>
    <message>
        <source>Dit is geen code van een zuil van Mapje.</source>
        <translation>Bu, bir Mapje kioskunun kodu değil.</translation>
    </message>
    <message>
        <source>Dit lukt niet op dit apparaat. Er is niets opgehaald.</source>
        <translation>Bu, bu cihazda çalışmıyor. Hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <source>Deze code hoort niet bij de zuil die je scande. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Bu kod, taradığınız kioska ait değil. Hiçbir şey alınmadı. Kiosktan yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Süre doldu. Hiçbir şey alınmadı. Kioskta tekrar ‘Telefonunuza alın’ seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Wat er aankwam, kan Mapje niet goed lezen. Er is niets bewaard. Begin op de zuil opnieuw.</source>
        <translation>Mapje gelenleri okuyamıyor. Hiçbir şey kaydedilmedi. Kioskta yeniden başlayın.</translation>
    </message>
    <message>
        <source>Je bord</source>
        <translation>Panonuz</translation>
    </message>
    <message>
        <source>Doel: %1</source>
        <extracomment>A goal that came from the kiosk; %1 is the goal in her own words.</extracomment>
        <translation>Hedef: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: je bord en %n doel(en).</source>
        <translation>
            <numerusform>Mapje&apos;nize kaydedildi: panonuz ve %n hedef.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bewaard in je Mapje: je bord.</source>
        <translation>Mapje&apos;nize kaydedildi: panonuz.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaard in je Mapje: %n doel(en).</source>
        <translation>
            <numerusform>Mapje&apos;nize kaydedildi: %n hedef.</numerusform>
        </translation>
    </message>
    <message>
        <source>Je hebt niets bewaard.</source>
        <translation>Hiçbir şey kaydetmediniz.</translation>
    </message>
    <message>
        <source>Deze code werkt niet meer: de tijd is om, of de zuil is gestopt. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Bu kod artık çalışmıyor: süre doldu veya kiosk durdu. Hiçbir şey alınmadı. Kiosktan yeni bir kod isteyin.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets opgehaald. Kies op de zuil opnieuw ‘Meenemen naar je telefoon’.</source>
        <translation>Bu kodu başka bir telefon zaten kullandı. Hiçbir şey alınmadı. Kioskta tekrar ‘Telefonunuza alın’ seçeneğini seçin.</translation>
    </message>
    <message>
        <source>Er zijn te veel codes geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</source>
        <translation>Çok fazla kod denendi. Lütfen on beş dakika bekleyin ve sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding. Kijk of je internet aan staat en probeer het opnieuw. Er is niets opgehaald.</source>
        <translation>Şu anda bağlantı yok. İnternetinizin açık olup olmadığına bakın ve tekrar deneyin. Hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <source>Dit lukt nu niet. Er is niets opgehaald. Vraag op de zuil een nieuwe code.</source>
        <translation>Bu şu anda olmuyor. Hiçbir şey alınmadı. Kiosktan yeni bir kod isteyin.</translation>
    </message>
</context>
<context>
    <name>mapje::HandoffSender</name>
    <message>
        <source>Er is nog niets om mee te nemen. Kies eerst je leefgebieden of schrijf een doel.</source>
        <translation>Henüz alınacak bir şey yok. Önce yaşam alanlarınızı seçin veya bir hedef yazın.</translation>
    </message>
    <message>
        <source>Meenemen lukt nu niet op deze zuil. Je kunt je mapje wel printen.</source>
        <translation>Bu kiosktan şu anda alınamıyor. Dosyanızı yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>De tijd is om. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Süre doldu. Hiçbir şey gönderilmedi. Yeni bir kod için tekrar ‘Telefonunuza alın’ düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Versturen lukte niet. Er is nu geen verbinding. Probeer het opnieuw.</source>
        <translation>Gönderme olmadı. Şu anda bağlantı yok. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>De codes waren niet hetzelfde. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Kodlar aynı değildi. Hiçbir şey gönderilmedi. Yeni bir kod için tekrar ‘Telefonunuza alın’ düğmesine dokunun.</translation>
    </message>
    <message>
        <source>De tijd is om, of de code werkt niet meer. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Süre doldu veya kod artık çalışmıyor. Hiçbir şey gönderilmedi. Yeni bir kod için tekrar ‘Telefonunuza alın’ düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Een andere telefoon gebruikte deze code al. Er is niets verstuurd. Tik opnieuw op ‘Meenemen naar je telefoon’ voor een nieuwe code.</source>
        <translation>Bu kodu başka bir telefon zaten kullandı. Hiçbir şey gönderilmedi. Yeni bir kod için tekrar ‘Telefonunuza alın’ düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Er is nu geen verbinding met de gemeente. Er is niets verstuurd. Probeer het zo opnieuw, of print je mapje.</source>
        <translation>Şu anda belediyeyle bağlantı yok. Hiçbir şey gönderilmedi. Birazdan tekrar deneyin veya dosyanızı yazdırın.</translation>
    </message>
</context>
<context>
    <name>mapje::KioskController</name>
    <message>
        <source>Wacht even. Daarna kun je het opnieuw proberen.</source>
        <translation>Lütfen biraz bekleyin. Sonra tekrar deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Deze pincode klopt niet.</source>
        <translation>Bu PIN kodu doğru değil.</translation>
    </message>
    <message>
        <source>Printen staat uit.</source>
        <translation>Yazdırma kapalı.</translation>
    </message>
    <message>
        <source>De printer %1 staat klaar.</source>
        <translation>%1 yazıcısı hazır.</translation>
    </message>
    <message>
        <source>De printer %1 is bezig met afdrukken.</source>
        <translation>%1 yazıcısı şu anda yazdırıyor.</translation>
    </message>
    <message>
        <source>De printer %1 meldt een fout. Kijk bij de printer.</source>
        <translation>%1 yazıcısı bir hata bildiriyor. Lütfen yazıcıya bakın.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>Yazıcı bulunamadı. Açık olduğunu ve CUPS&apos;ta kurulu olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>De printer %1 is niet gevonden. Kijk of hij aan staat en in CUPS staat.</source>
        <translation>%1 yazıcısı bulunamadı. Açık olduğunu ve CUPS&apos;ta kurulu olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Printen lukt niet: het onderdeel om af te drukken ontbreekt.</source>
        <translation>Yazdırma çalışmıyor: yazdırma bileşeni eksik.</translation>
    </message>
    <message>
        <source>Het eindpunt wordt geprobeerd …</source>
        <translation>Sunucu deneniyor …</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt.</source>
        <translation>Sunucu yanıt veriyor.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt niet. Kijk of het netwerk werkt.</source>
        <translation>Sunucu yanıt vermiyor. Ağın çalıştığını kontrol edin.</translation>
    </message>
    <message>
        <source>Het eindpunt antwoordt met een fout (%1).</source>
        <translation>Sunucu bir hatayla yanıt veriyor (%1).</translation>
    </message>
</context>
<context>
    <name>mapje::ReadAloudController</name>
    <message>
        <source>Voorlezen in deze taal lukt niet op dit apparaat. Er is geen stem voor deze taal.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when no voice speaks the chosen language.</extracomment>
        <translation>Bu cihazda bu dilde sesli okuma yapılamıyor. Bu dil için bir ses yok.</translation>
    </message>
    <message>
        <source>Voorlezen lukt niet op dit apparaat. Er is geen stem geïnstalleerd.</source>
        <extracomment>Shown after &quot;Lees voor&quot; when the device has no speech voice at all.</extracomment>
        <translation>Bu cihazda sesli okuma yapılamıyor. Yüklü bir ses yok.</translation>
    </message>
</context>
<context>
    <name>mapje::SummaryController</name>
    <message>
        <source>Bewaren lukt nu niet. Misschien is er geen ruimte meer. Je mapje in de app is veilig.</source>
        <translation>Şu an kaydedilemiyor. Belki yer kalmadı. Uygulamadaki Mapje&apos;niz güvende.</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Bewaar je mapje als bestand. Dan kun je het ergens anders afdrukken.</source>
        <translation>Yazıcı bulunamadı. Mapje&apos;nizi dosya olarak kaydedin. Sonra başka bir yerde yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>Afdrukken lukt nu niet. Kijk of de printer aan staat. Je mapje in de app is veilig.</source>
        <translation>Şu an yazdırılamıyor. Yazıcının açık olup olmadığına bakın. Uygulamadaki Mapje&apos;niz güvende.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer.</source>
        <translation>Mapje&apos;niz yazıcıya gönderiliyor.</translation>
    </message>
    <message>
        <source>Je mapje gaat naar de printer %1.</source>
        <translation>Mapje&apos;niz şu yazıcıya gönderiliyor: %1.</translation>
    </message>
    <message>
        <source>Je mapje staat in de map %1, in Mapje.</source>
        <extracomment>%1 is a well-known folder of the device, in the citizen&apos;s words (&quot;Documenten&quot;). Mapje made a folder &quot;Mapje&quot; inside it; that name stays as it is.</extracomment>
        <translation>Mapje&apos;niz %1 klasöründe, Mapje klasörünün içinde.</translation>
    </message>
    <message>
        <source>Het bestand heet %1.</source>
        <extracomment>%1 is the file name, such as mapje-2026-12-06.pdf.</extracomment>
        <translation>Dosyanın adı: %1.</translation>
    </message>
    <message>
        <source>Bureaublad</source>
        <extracomment>The desktop folder of the computer, as people call it.</extracomment>
        <translation>Masaüstü</translation>
    </message>
    <message>
        <source>Downloads</source>
        <extracomment>The downloads folder of the device, as people call it.</extracomment>
        <translation>İndirilenler</translation>
    </message>
    <message>
        <source>Documenten</source>
        <extracomment>The documents folder of the device, as people call it.</extracomment>
        <translation>Belgeler</translation>
    </message>
    <message>
        <source>Er is geen printer gevonden. Vraag het aan de balie.</source>
        <translation>Yazıcı bulunamadı. Lütfen danışmaya sorun.</translation>
    </message>
</context>
<context>
    <name>mapje::SyncController</name>
    <message>
        <source>Je koppeling met %1 wordt beëindigd. We laten het de gemeente weten. Er gaat niets meer naartoe.</source>
        <translation>%1 ile bağlantınız sonlandırılıyor. Belediyeye haber veriyoruz. Oraya artık hiçbir şey gitmez.</translation>
    </message>
    <message>
        <source>Mapje is gekoppeld met %1 sinds %2.</source>
        <translation>Mapje, %2 tarihinden beri %1 ile bağlı.</translation>
    </message>
    <message>
        <source>De gemeente heeft de koppeling beëindigd. Wat je deelde, is daar verwijderd. Alles staat nog in je Mapje.</source>
        <translation>Belediye bağlantıyı sonlandırdı. Paylaştıklarınız orada silindi. Her şey hâlâ Mapje&apos;nizde.</translation>
    </message>
    <message>
        <source>Alles wat je deelt, is bij de gemeente aangekomen.</source>
        <translation>Paylaştığınız her şey belediyeye ulaştı.</translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet verstuurd.</source>
        <translation>
            <numerusform>%n şey henüz gönderilmedi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ding(en) nog niet teruggehaald.</source>
        <translation>
            <numerusform>%n şey henüz geri alınmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>We proberen het later opnieuw.</source>
        <translation>Daha sonra tekrar deneyeceğiz.</translation>
    </message>
    <message>
        <source>Typ eerst de code die je klantmanager je gaf.</source>
        <translation>Önce müşteri yöneticinizin verdiği kodu yazın.</translation>
    </message>
    <message>
        <source>Even geduld, Mapje maakt de koppeling…</source>
        <translation>Biraz bekleyin, Mapje bağlanıyor…</translation>
    </message>
</context>
<context>
    <name>mapje::TimelineController</name>
    <message>
        <source>Je bord</source>
        <translation>Panonuz</translation>
    </message>
    <message>
        <source>Je koos nog geen leefgebied.</source>
        <translation>Henüz bir yaşam alanı seçmemiştiniz.</translation>
    </message>
    <message>
        <source>Je koos %1.</source>
        <translation>Seçtikleriniz: %1.</translation>
    </message>
    <message>
        <source>%1: doel over %2</source>
        <extracomment>A goal&apos;s new state and its life domain, e.g. &quot;Gelukt: doel over Geld&quot;.</extracomment>
        <translation>%1: %2 hakkında hedef</translation>
    </message>
    <message>
        <source>Nieuw doel over %1</source>
        <extracomment>%1 is the name of a life domain.</extracomment>
        <translation>%1 hakkında yeni hedef</translation>
    </message>
    <message>
        <source>Afgesproken moment, komt nog</source>
        <translation>Kararlaştırılan görüşme, zamanı henüz gelmedi</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1, komt nog</source>
        <translation>%1 ile kararlaştırılan görüşme, zamanı henüz gelmedi</translation>
    </message>
    <message>
        <source>Afgesproken moment</source>
        <translation>Kararlaştırılan görüşme</translation>
    </message>
    <message>
        <source>Afgesproken moment met %1</source>
        <translation>%1 ile kararlaştırılan görüşme</translation>
    </message>
</context>
<context>
    <name>mapje::VaultController</name>
    <message>
        <source>Typ een pincode van minstens 5 cijfers.</source>
        <translation>En az 5 rakamlı bir PIN kodu yazın.</translation>
    </message>
    <message>
        <source>Een pincode heeft minstens 5 cijfers.</source>
        <translation>PIN kodu en az 5 rakamdan oluşur.</translation>
    </message>
    <message>
        <source>Deze pincode is makkelijk te raden. Kies andere cijfers.</source>
        <translation>Bu PIN kodu kolay tahmin edilir. Lütfen başka rakamlar seçin.</translation>
    </message>
    <message>
        <source>Een wachtzin heeft minstens 8 tekens.</source>
        <translation>Şifre cümlesi en az 8 karakterden oluşur.</translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n seconden opnieuw proberen.</source>
        <translation>
            <numerusform>%n saniye sonra tekrar deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Je kunt over %n minuten opnieuw proberen.</source>
        <translation>
            <numerusform>%n dakika sonra tekrar deneyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dat ging niet goed. Er is niets opgeslagen. Probeer het nog eens.</source>
        <translation>Bir sorun oldu. Hiçbir şey kaydedilmedi. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Typ eerst je pincode of wachtzin.</source>
        <translation>Önce PIN kodunuzu ya da şifre cümlenizi yazın.</translation>
    </message>
    <message>
        <source>Deze code klopt niet. Probeer het nog eens.</source>
        <translation>Bu şifre doğru değil. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Dat ging niet goed. Je gegevens zijn veilig. Probeer het nog eens.</source>
        <translation>Bir sorun oldu. Bilgileriniz güvende. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Je nieuwe code is bewaard.</source>
        <translation>Yeni şifreniz kaydedildi.</translation>
    </message>
    <message>
        <source>Je huidige code klopt niet. Er is niets veranderd.</source>
        <translation>Şu anki şifreniz doğru değil. Hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Je tekst is nog niet opgeslagen. Mapje probeert het zo opnieuw. Daarna kun je Mapje op slot doen.</source>
        <translation>Yazınız henüz kaydedilmedi. Mapje birazdan tekrar deneyecek. Sonra Mapje&apos;yi kilitleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Mapje kon niet alles wissen. Probeer het nog eens.</source>
        <translation>Mapje her şeyi silemedi. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is weg.</source>
        <translation>Bilgilerinizin olduğu dosya yok.</translation>
    </message>
    <message>
        <source>Het bestand met je gegevens is leeg.</source>
        <translation>Bilgilerinizin olduğu dosya boş.</translation>
    </message>
    <message>
        <source>Op de plek van je gegevens staat een snelkoppeling. Die opent Mapje niet.</source>
        <extracomment>A symbolic link (shortcut) stands where a data file should be.</extracomment>
        <translation>Bilgilerinizin yerinde bir kısayol var. Mapje onu açmaz.</translation>
    </message>
    <message>
        <source>Mapje mag het bestand met je gegevens niet lezen.</source>
        <translation>Mapje&apos;nin, bilgilerinizin olduğu dosyayı okuma izni yok.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Dosya bozuk ya da Mapje&apos;ye ait değil.</translation>
    </message>
    <message>
        <source>Je apparaat is vol. Mapje kan nu niets bewaren. Maak wat ruimte vrij.</source>
        <translation>Cihazınız dolu. Mapje şu an hiçbir şey kaydedemiyor. Biraz yer açın.</translation>
    </message>
    <message>
        <source>Mapje mag nu niets bewaren in de map met je gegevens.</source>
        <translation>Mapje&apos;nin şu an, bilgilerinizin olduğu klasöre bir şey kaydetme izni yok.</translation>
    </message>
    <message>
        <source>Mapje kan nu niets bewaren. Je gegevens zijn veilig.</source>
        <translation>Mapje şu an hiçbir şey kaydedemiyor. Bilgileriniz güvende.</translation>
    </message>
    <message>
        <source>Je nieuwe code is niet bewaard. Je oude code werkt nog.</source>
        <translation>Yeni şifreniz kaydedilmedi. Eski şifreniz hâlâ çalışıyor.</translation>
    </message>
</context>
</TS>
