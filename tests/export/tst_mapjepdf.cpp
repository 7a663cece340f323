#include "export/mapjedocument.h"
#include "export/mapjepdf.h"

#include "arabictranslator.h"
#include "mapjefixture.h"
#include "pdftools.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <sys/resource.h>

using mapje::FileWriteResult;
using mapje::MapjeContent;
using mapje::MapjePdf;

Q_DECLARE_METATYPE(mapje::MapjeContent)

namespace {

/** The fixed Dutch words of the layout: none may be left in a translated mapje. */
const QStringList kDutchFixedWords
    = {QStringLiteral("Mijn mapje"), QStringLiteral("gemaakt"), QStringLiteral("Wat belangrijk"),
        QStringLiteral("volgorde"), QStringLiteral("zegt:"), QStringLiteral("Mijn doelen"),
        QStringLiteral("Gaat over"), QStringLiteral("Wanneer"), QStringLiteral("Wie helpt"),
        QStringLiteral("Hoe staat het"), QStringLiteral("Stappen"), QStringLiteral("Mijn afspraak"),
        QStringLiteral("Waar:"), QStringLiteral("Met wie"), QStringLiteral("Wie gaat mee"),
        QStringLiteral("Wat wil ik"), QStringLiteral("Wat neem ik"), QStringLiteral("bladzijde")};

/** Dublin Core and XMP fields of an XMP packet, read with a real XML parser. */
struct Xmp {
    bool wellFormed = false;
    QString title, creator, language, date, creatorTool;
};

Xmp readXmp(const QString &packet)
{
    Xmp xmp;
    QXmlStreamReader xml(packet);
    QString property;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() != QLatin1String("li")
            && xml.name() != QLatin1String("Alt") && xml.name() != QLatin1String("Seq")
            && xml.name() != QLatin1String("Bag")) {
            property = xml.namespaceUri().toString() + xml.name().toString();
            if (property == QLatin1String("http://ns.adobe.com/xap/1.0/CreatorTool"))
                xmp.creatorTool = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("li")) {
            const QString value = xml.readElementText();
            const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
            if (property == dc + QLatin1String("title"))
                xmp.title = value;
            else if (property == dc + QLatin1String("creator"))
                xmp.creator = value;
            else if (property == dc + QLatin1String("language"))
                xmp.language = value;
            else if (property == dc + QLatin1String("date"))
                xmp.date = value;
        }
    }
    xmp.wellFormed = !xml.hasError();
    return xmp;
}

/**
 * How the Arabic text is compared, and why. pdftotext gives back the text in reading order but
 * (1) wraps right-to-left runs in bidi control characters, (2) gives the shaped letters as
 * Arabic presentation forms (ﺣ for ح, ﻻ for لا), and (3) gives brackets and quotes as the
 * mirrored glyph that was drawn, so "(" comes back as ")". Both sides therefore get NFKC
 * (undoes 2) and lose their white space (pdftotext moves spaces around numbers); the PDF side
 * loses the controls (1) and has its mirrored pairs swapped back (3).
 */
QString arabicTyped(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.remove(space);
    return plain;
}

QString arabicFromPdf(const QString &text)
{
    static const QRegularExpression controls(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}"
                                                            "\\x{2066}-\\x{2069}]"));
    QString plain = arabicTyped(QString(text).remove(controls));
    static const QHash<QChar, QChar> mirrored = {{u'(', u')'}, {u')', u'('}, {u'<', u'>'},
        {u'>', u'<'}, {u'«', u'»'}, {u'»', u'«'}, {u'[', u']'}, {u']', u'['}};
    for (QChar &c : plain)
        c = mirrored.value(c, c);
    return plain;
}

} // namespace

class TestMapjePdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyChosenTextIsInThePdf();
    void leftOutPartsAreNotInThePdf();
    void typedMarkupStaysLiteral();
    void dutchLettersStayExact();
    void noNumbersAboutThePerson();
    void emptyPartsGetNoHeading();
    void pdfInfoSaysA4AndTitle();
    void xmpNamesMakerAndLanguage();
    void xmpWithoutNameUsesNeutralWords();
    void fontsAreEmbeddedText();
    void arabicReadsBackAndIsFullyTranslated();
    void textDirectionPicksTheSide();
    void pagesBreakCleanly_data();
    void pagesBreakCleanly();
    void facesAreDecorationOnly();
    void writeFileIsAtomic();
    void writeFileRefusesAMissingFolder();
    void writeSamples();

private:
    /** Builds content, saves it as name.pdf in the temporary folder and returns the path. */
    QString writePdf(const MapjeContent &content, const QString &name);

    QTemporaryDir m_dir;
};

QString TestMapjePdf::writePdf(const MapjeContent &content, const QString &name)
{
    const QByteArray pdf = MapjePdf::build(content);
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    if (pdf.isEmpty() || !MapjePdf::writeFile(pdf, path).ok())
        return {};
    return path;
}

void TestMapjePdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")),
        "fonts-dejavu-core is needed");
    QVERIFY(QFile::exists(QStringLiteral(":/Mapje/assets/faces/sad.svg")));
}

void TestMapjePdf::everyChosenTextIsInThePdf()
{
    const MapjeContent content = mapjefixture::dutch();
    const QString path = writePdf(content, QStringLiteral("chosen"));
    QVERIFY(!path.isEmpty());
    const QString text = pdftools::flat(pdftools::text(path));
    QVERIFY(!text.isEmpty());
    for (const QString &chosen : mapjefixture::chosenTexts(content))
        QVERIFY2(text.contains(chosen), qPrintable(chosen));
    // Others' views are labelled with who said it.
    QVERIFY(text.contains(QStringLiteral("Ahmed (partner) zegt:")));
    QVERIFY(text.contains(QStringLiteral("Sanne, ervaringswerker zegt:")));
    QVERIFY(text.contains(QStringLiteral("Jeroen, klantmanager zegt:")));
    // Steps show done and not done; questions and what to bring are there with their heading.
    QVERIFY(text.contains(QStringLiteral("☑ Alle brieven in één bak doen")));
    QVERIFY(text.contains(QStringLiteral("☐ Bellen met de schuldhulp")));
    QVERIFY(text.contains(QStringLiteral("Wat wil ik vragen?")));
    QVERIFY(text.contains(QStringLiteral("Wat neem ik mee?")));
    QVERIFY(text.contains(QStringLiteral("Dit mapje is van Amira El Idrissi. Ik heb het zelf "
                                         "gemaakt met Mapje op 12 mei 2026.")));
}

void TestMapjePdf::leftOutPartsAreNotInThePdf()
{
    const QStringList all = mapjefixture::chosenTexts(mapjefixture::dutch());
    const QStringList kept = mapjefixture::chosenTexts(mapjefixture::dutchWithLess());
    QStringList leftOut;
    for (const QString &text : all) {
        if (!kept.contains(text))
            leftOut << text;
    }
    QVERIFY(leftOut.contains(QStringLiteral("Wonen")));
    QVERIFY(leftOut.contains(QStringLiteral("Ik wil beter slapen")));
    QVERIFY(leftOut.contains(QStringLiteral("Mag ik de afspraken op papier?")));

    const QString path = writePdf(mapjefixture::dutchWithLess(), QStringLiteral("less"));
    QVERIFY(!path.isEmpty());
    const QString text = pdftools::flat(pdftools::text(path));
    for (const QString &gone : std::as_const(leftOut))
        QVERIFY2(!text.contains(gone), qPrintable(gone));
    // Sanne still goes along to the appointment, but her view on Geld was taken away.
    QVERIFY(text.contains(QStringLiteral("Sanne, ervaringswerker")));
    QVERIFY(!text.contains(QStringLiteral("Sanne, ervaringswerker zegt:")));
    for (const QString &still : kept)
        QVERIFY2(text.contains(still), qPrintable(still));
}

void TestMapjePdf::typedMarkupStaysLiteral()
{
    const QString path = writePdf(mapjefixture::dutch(), QStringLiteral("markup"));
    const QString text = pdftools::flat(pdftools::text(path));
    QVERIFY(text.contains(
        QStringLiteral("“Ik ben bang voor de brief van de deurwaarder & de <rente>”")));
    QVERIFY(text.contains(QStringLiteral("<b>Hélène</b> & Eefje zegt:")));
    QVERIFY(!text.contains(QStringLiteral("&amp;")));
    QVERIFY(!text.contains(QStringLiteral("&lt;")));
}

void TestMapjePdf::dutchLettersStayExact()
{
    const QString path = writePdf(mapjefixture::dutch(), QStringLiteral("letters"));
    // Compared exactly, without normalising: ĳ (U+0133) must stay one letter, ij two.
    const QString text = pdftools::flat(pdftools::text(path));
    QVERIFY(text.contains(QStringLiteral("een ĳzersterke hulp")));
    QVERIFY(text.contains(QStringLiteral("met ijs in de hand")));
    QVERIFY(text.contains(QStringLiteral("geëmigreerd")));
    QVERIFY(text.contains(QStringLiteral("Hélène")));
    QVERIFY(text.contains(QStringLiteral("één bak")));
    QVERIFY(text.contains(QStringLiteral("café")));
}

void TestMapjePdf::noNumbersAboutThePerson()
{
    // The fixture's own texts have no digits: any digit left is one the PDF made up.
    const MapjeContent content = mapjefixture::dutch();
    QString text = pdftools::flat(pdftools::text(writePdf(content, QStringLiteral("digits"))));
    QVERIFY(text.contains(content.dateText));
    text.remove(content.dateText);
    text.remove(content.appointments[0].whenText);
    static const QRegularExpression pageNumbers(QStringLiteral("bladzijde \\d+ van \\d+"));
    QVERIFY(text.contains(pageNumbers));
    text.remove(pageNumbers);
    static const QRegularExpression digit(
        QStringLiteral("\\d"), QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = digit.match(text);
    QVERIFY2(!match.hasMatch(), qPrintable(text.mid(qMax(0, match.capturedStart() - 40), 80)));
}

void TestMapjePdf::emptyPartsGetNoHeading()
{
    MapjeContent content;
    content.languageCode = QStringLiteral("nl");
    content.dateText = QStringLiteral("12 mei 2026");
    const QString text = pdftools::flat(pdftools::text(writePdf(content, QStringLiteral("empty"))));
    QVERIFY(text.contains(QStringLiteral("Mijn mapje")));
    QVERIFY(
        text.contains(QStringLiteral("Dit mapje heb ik zelf gemaakt met Mapje op 12 mei 2026.")));
    QVERIFY(!text.contains(QStringLiteral("Wat belangrijk is voor mij")));
    QVERIFY(!text.contains(QStringLiteral("Mijn doelen")));
    QVERIFY(!text.contains(QStringLiteral("Mijn afspraak")));
}

void TestMapjePdf::pdfInfoSaysA4AndTitle()
{
    int pages = 0;
    const QByteArray pdf = MapjePdf::build(mapjefixture::dutch(), &pages);
    const QString path = m_dir.filePath(QStringLiteral("info.pdf"));
    QVERIFY(MapjePdf::writeFile(pdf, path).ok());
    const QString info = pdftools::info(path);
    QCOMPARE(pdftools::infoField(info, QStringLiteral("Title")),
        QStringLiteral("Mijn mapje – 12 mei 2026"));
    QCOMPARE(pdftools::infoField(info, QStringLiteral("Creator")), QStringLiteral("Mapje"));
    QVERIFY(!pdftools::infoField(info, QStringLiteral("Producer")).isEmpty());
    QVERIFY(pdftools::infoField(info, QStringLiteral("Pages")).toInt() >= 1);
    QCOMPARE(pdftools::infoField(info, QStringLiteral("Pages")).toInt(), pages);
    // Qt writes the MediaBox in whole points (595 x 842); A4 is 595.28 x 841.89.
    const QString size = pdftools::infoField(info, QStringLiteral("Page size"));
    static const QRegularExpression pattern(QStringLiteral("^([\\d.]+) x ([\\d.]+) pts \\(A4\\)"));
    const QRegularExpressionMatch match = pattern.match(size);
    QVERIFY2(match.hasMatch(), qPrintable(size));
    QVERIFY(qAbs(match.captured(1).toDouble() - 595.28) < 1.0);
    QVERIFY(qAbs(match.captured(2).toDouble() - 841.89) < 1.0);
    QCOMPARE(pdftools::infoField(info, QStringLiteral("Page rot")), QStringLiteral("0"));
}

void TestMapjePdf::xmpNamesMakerAndLanguage()
{
    MapjeContent content = mapjefixture::dutch();
    content.ownerName = QStringLiteral("Amira & Zoë <b>");
    const QString meta = pdftools::info(writePdf(content, QStringLiteral("xmp")), true);
    QVERIFY(meta.contains(QStringLiteral("<?xpacket begin=")));
    QVERIFY(meta.contains(QStringLiteral("<?xpacket end=\"w\"?>")));
    const Xmp xmp = readXmp(meta.mid(meta.indexOf(QStringLiteral("<?xpacket"))));
    QVERIFY(xmp.wellFormed);
    QCOMPARE(xmp.creator, content.ownerName);
    QCOMPARE(xmp.language, QStringLiteral("nl"));
    QCOMPARE(xmp.title, QStringLiteral("Mijn mapje – 12 mei 2026"));
    QCOMPARE(xmp.date, QStringLiteral("2026-05-12"));
    QCOMPARE(xmp.creatorTool, QStringLiteral("Mapje"));
}

void TestMapjePdf::xmpWithoutNameUsesNeutralWords()
{
    MapjeContent content = mapjefixture::dutch();
    content.ownerName.clear();
    const QString path = writePdf(content, QStringLiteral("noname"));
    const QString meta = pdftools::info(path, true);
    const Xmp xmp = readXmp(meta.mid(meta.indexOf(QStringLiteral("<?xpacket"))));
    QVERIFY(xmp.wellFormed);
    QCOMPARE(xmp.creator, QStringLiteral("De maker van dit mapje"));
    const QString text = pdftools::flat(pdftools::text(path));
    QVERIFY(
        text.contains(QStringLiteral("Dit mapje heb ik zelf gemaakt met Mapje op 12 mei 2026.")));
    QVERIFY(!text.contains(QStringLiteral("Amira")));
}

void TestMapjePdf::fontsAreEmbeddedText()
{
    const QString fonts = pdftools::fonts(writePdf(mapjefixture::dutch(), QStringLiteral("fonts")));
    // name type encoding emb sub uni object ID: every font row must say emb "yes".
    const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!rows.isEmpty(), qPrintable(fonts));
    bool dejaVu = false;
    for (const QString &row : rows) {
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 7, qPrintable(row));
        QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes")); // emb
        QCOMPARE(columns.at(columns.size() - 3), QStringLiteral("yes")); // uni: text maps back
        dejaVu = dejaVu || row.contains(QStringLiteral("DejaVu"));
    }
    QVERIFY2(dejaVu, qPrintable(fonts));
}

void TestMapjePdf::arabicReadsBackAndIsFullyTranslated()
{
    ArabicTranslator arabic;
    QVERIFY(QCoreApplication::installTranslator(&arabic));
    const MapjeContent content = mapjefixture::arabic();
    const QString path = writePdf(content, QStringLiteral("arabic"));
    QCoreApplication::removeTranslator(&arabic);
    QVERIFY(!path.isEmpty());
    const QString raw = pdftools::text(path);
    QVERIFY(raw.contains(QStringLiteral("ﻻ"))); // why NFKC is needed: the shaped lam-alef
    const QString text = arabicFromPdf(raw);
    static const QRegularExpression digits(QStringLiteral("\\d"));
    for (const QString &chosen : mapjefixture::chosenTexts(content)) {
        if (!chosen.contains(digits)) {
            QVERIFY2(text.contains(arabicTyped(chosen)), qPrintable(chosen));
            continue;
        }
        // Around numbers pdftotext reorders the runs: there each word is checked on its own.
        for (const QString &word : chosen.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            QVERIFY2(text.contains(arabicTyped(word)), qPrintable(chosen));
    }
    QVERIFY(text.contains(arabicTyped(QStringLiteral("رأي أحمد (الزوج):"))));
    QVERIFY(text.contains(arabicTyped(QStringLiteral("«أخاف من رسالة المحضر & <الفائدة>»"))));
    QVERIFY(text.contains(arabicTyped(QStringLiteral("ماذا أريد أن أسأل؟"))));
    for (const QString &dutch : kDutchFixedWords)
        QVERIFY2(!text.contains(arabicTyped(dutch)), qPrintable(dutch));
    const QString meta = pdftools::info(path, true);
    const Xmp xmp = readXmp(meta.mid(meta.indexOf(QStringLiteral("<?xpacket"))));
    QCOMPARE(xmp.language, QStringLiteral("ar"));
    QCOMPARE(xmp.creator, QStringLiteral("صاحب هذا الملف"));
}

void TestMapjePdf::textDirectionPicksTheSide()
{
    // Title, first line and first heading start at the page's margin: left for Dutch, right
    // for Arabic. A4 is 595 points wide here with 20 mm (56.7 points) margins.
    const double left = 56.7;
    const double right = 595 - 56.7;
    const QList<pdftools::Line> dutch
        = pdftools::linesOfFirstPage(writePdf(mapjefixture::dutch(), QStringLiteral("ltr")));
    QVERIFY(dutch.size() > 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(qAbs(dutch[i].xMin - left) < 2.5, qPrintable(QString::number(dutch[i].xMin)));
        QVERIFY(dutch[i].xMax < right - 20);
    }
    ArabicTranslator arabic;
    QCoreApplication::installTranslator(&arabic);
    const QString path = writePdf(mapjefixture::arabic(), QStringLiteral("rtl"));
    QCoreApplication::removeTranslator(&arabic);
    const QList<pdftools::Line> rtl = pdftools::linesOfFirstPage(path);
    QVERIFY(rtl.size() > 3);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(qAbs(rtl[i].xMax - right) < 2.5, qPrintable(QString::number(rtl[i].xMax)));
        QVERIFY(rtl[i].xMin > left + 20);
    }
}

void TestMapjePdf::pagesBreakCleanly_data()
{
    // Mapjes of every length from one to fourteen domains, so page edges fall everywhere.
    QTest::addColumn<MapjeContent>("content");
    QTest::newRow("filled") << mapjefixture::dutch();
    const MapjeContent full = mapjefixture::full();
    for (int domains = 1; domains <= full.domains.size(); ++domains) {
        MapjeContent content = full;
        content.domains = full.domains.mid(0, domains);
        content.goals = full.goals.mid(0, domains % 5 + 1);
        QTest::addRow("%d domains", domains) << content;
    }
}

void TestMapjePdf::pagesBreakCleanly()
{
    QFETCH(MapjeContent, content);
    int pages = 0;
    const QByteArray pdf = MapjePdf::build(content, &pages);
    const QString path = m_dir.filePath(QStringLiteral("pages.pdf"));
    QVERIFY(MapjePdf::writeFile(pdf, path).ok());
    const QString all = pdftools::text(path);

    // Nothing doubled: a line drawn on two pages (once visible, once clipped away) would still
    // be read twice by a screen reader or a search.
    const QString text = pdftools::flat(all);
    int notes = 0, others = 0, done = 0, open = 0;
    for (const MapjeContent::Domain &domain : content.domains) {
        notes += domain.note.isEmpty() ? 0 : 1;
        for (const MapjeContent::OtherView &view : domain.others)
            notes += view.note.isEmpty() ? 0 : 1;
        others += int(domain.others.size());
    }
    for (const MapjeContent::Goal &goal : content.goals) {
        done += int(goal.stepsDone.size());
        open += int(goal.stepsOpen.size());
        QCOMPARE(int(text.count(goal.ownWords)), 1);
    }
    const MapjeContent::Appointment &appointment = content.appointments.constFirst();
    QCOMPARE(int(text.count(QStringLiteral("“"))), notes);
    QCOMPARE(int(text.count(QStringLiteral(" zegt:"))), others);
    QCOMPARE(int(text.count(QStringLiteral("☑"))), done);
    QCOMPARE(int(text.count(QStringLiteral("☐"))), open + int(appointment.toBring.size()));
    QCOMPARE(int(text.count(QStringLiteral("• "))), int(appointment.questions.size()));

    // No heading or label ends a page: each stays with the text under it.
    QStringList headings = {QStringLiteral("Wat belangrijk is voor mij"),
        QStringLiteral("Mijn doelen"), QStringLiteral("Mijn afspraak"), QStringLiteral("Stappen:"),
        QStringLiteral("Wat wil ik vragen?"), QStringLiteral("Wat wil ik dat ze weten?"),
        QStringLiteral("Wat neem ik mee?")};
    for (const MapjeContent::Domain &domain : content.domains) {
        headings << domain.name;
        for (const MapjeContent::OtherView &view : domain.others)
            headings << view.who + QStringLiteral(" zegt:");
    }
    for (const MapjeContent::Goal &goal : content.goals)
        headings << goal.ownWords;
    const QStringList pageTexts = all.split(QLatin1Char('\f'));
    for (int page = 0; page < pages; ++page) {
        QStringList lines = pageTexts.value(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.simplified();
        lines.removeAll(QString());
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.last(),
            QStringLiteral("Mijn mapje · 12 mei 2026 · bladzijde %1 van %2")
                .arg(page + 1)
                .arg(pages));
        const QString lastText = lines.at(lines.size() - 2);
        QVERIFY2(!headings.contains(lastText), qPrintable(lastText));
        // Notes are short: each opens and closes on the same page.
        const QString pageText = lines.join(QLatin1Char(' '));
        QCOMPARE(pageText.count(QStringLiteral("“")), pageText.count(QStringLiteral("”")));
    }
}

void TestMapjePdf::facesAreDecorationOnly()
{
    // Without pictures the words are all still there; with them the PDF holds images.
    MapjeContent content = mapjefixture::dutch();
    const QByteArray withFaces = MapjePdf::build(content);
    for (MapjeContent::Domain &domain : content.domains) {
        domain.faceKey = QStringLiteral("nosuchface");
        for (MapjeContent::OtherView &view : domain.others)
            view.faceKey = QStringLiteral("../../etc/passwd");
    }
    const QByteArray withoutFaces = MapjePdf::build(content);
    QVERIFY(withFaces.contains("/Subtype /Image"));
    QVERIFY(!withoutFaces.contains("/Subtype /Image"));
    const QString path = m_dir.filePath(QStringLiteral("nofaces.pdf"));
    QVERIFY(MapjePdf::writeFile(withoutFaces, path).ok());
    const QString text = pdftools::flat(pdftools::text(path));
    for (const QString &chosen : mapjefixture::chosenTexts(content))
        QVERIFY2(text.contains(chosen), qPrintable(chosen));
}

void TestMapjePdf::writeFileIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("atomic.pdf"));
    const QByteArray first = MapjePdf::build(mapjefixture::dutchWithLess());
    QVERIFY(MapjePdf::writeFile(first, path).ok());
    // A "full disk": the process may not write files bigger than a few bytes.
    const QByteArray second = MapjePdf::build(mapjefixture::full());
    struct rlimit old { };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = old;
    tiny.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const FileWriteResult written = MapjePdf::writeFile(second, path);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!written.ok());
    QCOMPARE(written.problem(), FileWriteResult::Problem::NoSpace);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), first); // the earlier mapje is untouched
    // No temporary file is left beside it either (it would be hidden: ".atomic.pdf.XXXXXX").
    QCOMPARE(QDir(m_dir.path())
                 .entryList({QStringLiteral("*atomic.pdf*")}, QDir::Files | QDir::Hidden)
                 .size(),
        1);
}

void TestMapjePdf::writeFileRefusesAMissingFolder()
{
    const QByteArray pdf = MapjePdf::build(mapjefixture::dutch());
    // The folder is a file, so nothing can be made inside it.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const FileWriteResult blocked
        = MapjePdf::writeFile(pdf, blocker + QStringLiteral("/mapje.pdf"));
    QVERIFY(!blocked.ok());
    QVERIFY(!blocked.describe().isEmpty());
    const FileWriteResult empty
        = MapjePdf::writeFile(QByteArray(), m_dir.filePath(QStringLiteral("x.pdf")));
    QVERIFY(!empty.ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

void TestMapjePdf::writeSamples()
{
    // By hand only: MAPJE_EXPORT_SAMPLES=docs/pdf writes the sample PDFs and their pictures.
    const QString folder = qEnvironmentVariable("MAPJE_EXPORT_SAMPLES");
    if (folder.isEmpty())
        QSKIP("Set MAPJE_EXPORT_SAMPLES to a folder to write the sample PDFs and PNGs.");
    QVERIFY(QDir().mkpath(folder));
    const auto sample = [&](const MapjeContent &content, const QString &name) {
        const QString pdf = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        QVERIFY(MapjePdf::writeFile(MapjePdf::build(content), pdf).ok());
        bool ok = false;
        pdftools::run(QStringLiteral(MAPJE_PDFTOPPM),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                QDir(folder).filePath(name)},
            &ok);
        QVERIFY(ok);
    };
    sample(mapjefixture::dutch(), QStringLiteral("mapje-nl"));
    ArabicTranslator arabic;
    QCoreApplication::installTranslator(&arabic);
    sample(mapjefixture::arabic(), QStringLiteral("mapje-ar"));
    QCoreApplication::removeTranslator(&arabic);
}

QTEST_MAIN(TestMapjePdf)
#include "tst_mapjepdf.moc"
