<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR" sourcelanguage="nl_NL">
<context>
    <name>BoardController</name>
    <message>
        <source>Een fiche kan alleen op een leefgebied dat jij hebt gekozen.</source>
        <translation>Pul sadece sizin seçtiğiniz bir yaşam alanına konabilir.</translation>
    </message>
    <message>
        <source>Alleen jij kiest de leefgebieden en de volgorde.</source>
        <translation>Yaşam alanlarını ve sıralarını sadece siz seçersiniz.</translation>
    </message>
    <message>
        <source>Jouw eigen fiches blijven op het bord.</source>
        <translation>Kendi pullarınız panoda kalır.</translation>
    </message>
    <message>
        <source>Je eigen fiche kun je niet verbergen. Je kunt hem wel weghalen.</source>
        <translation>Kendi pulunuzu gizleyemezsiniz. Ama kaldırabilirsiniz.</translation>
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
</context>
<context>
    <name>BoardDropZone</name>
    <message>
        <source>Je bord: %1</source>
        <translation>Panonuz: %1</translation>
    </message>
    <message>
        <source>Je bord is nog leeg. Sleep een leefgebied hierheen.</source>
        <translation>Panonuz henüz boş. Bir yaşam alanını buraya sürükleyin.</translation>
    </message>
</context>
<context>
    <name>BoardHistoryModel</name>
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
    <name>BoardSection</name>
    <message>
        <source>Op je bord kies je wat voor jou belangrijk is. Je doet het in je eigen tempo.</source>
        <translation>Panonuzda sizin için önemli olanı seçersiniz. Acele etmeyin, kendi hızınızda ilerleyin.</translation>
    </message>
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
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Je hebt nog geen leefgebied gekozen.</source>
        <translation>Henüz bir yaşam alanı seçmediniz.</translation>
    </message>
    <message>
        <source>Plaats %1: %2</source>
        <translation>%1. sıra: %2</translation>
    </message>
    <message>
        <source>Nog geen fiche.</source>
        <translation>Henüz pul yok.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Geri</translation>
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
        <source>Vergeet je je code? Dan kan niemand je gegevens terughalen. Ook wij niet. Zo kan ook niemand anders in je mapje kijken.</source>
        <translation>Şifrenizi unutursanız, bilgilerinizi kimse geri getiremez. Biz de getiremeyiz. Böylece başka kimse de Mapje&apos;nize bakamaz.</translation>
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
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <source>Mapje kan je gegevens niet openen</source>
        <translation>Mapje bilgilerinizi açamıyor</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, of het hoort niet bij Mapje.</source>
        <translation>Dosya bozuk ya da Mapje&apos;ye ait değil.</translation>
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
    <message>
        <source>Terug</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>DomainNames</name>
    <message>
        <source>%1 en %2</source>
        <extracomment>Joins the last two names of a list: &quot;Geld, Wonen en Werk&quot;.</extracomment>
        <translation>%1 ve %2</translation>
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
</context>
<context>
    <name>FeelingsPage</name>
    <message>
        <source>Fiche van %1</source>
        <translation>Pul: %1</translation>
    </message>
    <message>
        <source>Je hebt nog geen leefgebied gekozen. Kies eerst wat belangrijk is.</source>
        <translation>Henüz bir yaşam alanı seçmediniz. Önce sizin için önemli olanı seçin.</translation>
    </message>
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
        <translation>%1: gizli</translation>
    </message>
    <message>
        <source>%1: %2. Veranderen: %3.</source>
        <translation>%1: %2. Değişiklik: %3.</translation>
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
        <source>Laat de fiche van %1 zien</source>
        <translation>Pulu göster: %1</translation>
    </message>
    <message>
        <source>Verberg de fiche van %1</source>
        <translation>Pulu gizle: %1</translation>
    </message>
    <message>
        <source>Haal weg</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Haal de fiche van %1 weg</source>
        <translation>Pulu kaldır: %1</translation>
    </message>
</context>
<context>
    <name>ForgotPinPage</name>
    <message>
        <source>Code vergeten?</source>
        <translation>Şifrenizi mi unuttunuz?</translation>
    </message>
    <message>
        <source>Niemand kan je code terughalen. Ook wij niet. Zo blijven je gegevens van jou.</source>
        <translation>Şifrenizi kimse geri getiremez. Biz de getiremeyiz. Böylece bilgileriniz sadece sizin kalır.</translation>
    </message>
    <message>
        <source>Je kunt opnieuw beginnen met een leeg mapje. Dan wist Mapje alles wat je hebt bewaard.</source>
        <translation>Boş bir Mapje ile yeniden başlayabilirsiniz. O zaman Mapje kaydettiğiniz her şeyi siler.</translation>
    </message>
    <message>
        <source>Terug, ik probeer het nog eens</source>
        <translation>Geri dön, tekrar deneyeceğim</translation>
    </message>
    <message>
        <source>Wis alles en begin opnieuw</source>
        <translation>Her şeyi sil ve yeniden başla</translation>
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
        <source>Terug</source>
        <translation>Geri</translation>
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
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Taal</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Geri</translation>
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
        <translation>Açık</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Kapalı</translation>
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
        <source>Iemand kan ook een fiche leggen. Dat kan alleen op wat jij hebt gekozen. Jij kunt elke fiche verbergen of weghalen.</source>
        <translation>Başka biri de pul koyabilir. Ama sadece sizin seçtiklerinize. Her pulu gizleyebilir ya da kaldırabilirsiniz.</translation>
    </message>
    <message>
        <source>Fiches leggen</source>
        <translation>Pul koy</translation>
    </message>
    <message>
        <source>Fiches leggen voor %1</source>
        <translation>Pulları koyan: %1</translation>
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
    <name>ReadAloudController</name>
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
        <source>Terug</source>
        <translation>Geri</translation>
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
    <name>VaultController</name>
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
</context>
</TS>
