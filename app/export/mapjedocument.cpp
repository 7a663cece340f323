#include "export/mapjedocument.h"

#include "export/mapjefaces.h"
#include "export/mapjestyle.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextCursor>
#include <QTextFrame>
#include <QtMath>

namespace mapje {

namespace {

/** A face beside the feeling words: about 6.5 mm, in 1/96 inch like every length of the style. */
constexpr qreal FaceSize = 24;
/** Empty room under the face. Qt centres a picture on the baseline when printing (it measures
 * the x-height at screen resolution); this lifts the face to the middle of the small letters. */
constexpr qreal FaceLift = 9;
/** One logical indent step, for the views of others and for steps. */
constexpr qreal IndentWidth = 30;

/** Writes the parts of one mapje into a document, block by block. */
class Builder {
public:
    Builder(QTextDocument &document, QPaintDevice *device, bool rightToLeft)
        : m_document(document),
          m_cursor(&document),
          m_style(rightToLeft),
          m_device(device),
          m_faceDpi(device ? device->logicalDpiY() : 96)
    {
    }

    void header(const MapjeContent &content);
    void domains(const QList<MapjeContent::Domain> &domains);
    void goals(const QList<MapjeContent::Goal> &goals);
    void appointment(const MapjeContent::Appointment &appointment);

private:
    void block(const QTextBlockFormat &format, const QString &text, const QTextCharFormat &chars);
    /** A label and the citizen's words for it. */
    using Field = std::pair<QString, QString>;
    /** The lines of one goal or appointment that have words, kept on one page together (and
     * with what follows them when moreFollows). */
    void fields(const QList<Field> &rows, bool moreFollows);
    void feeling(
        const QString &faceKey, const QString &feelingText, const QString &wishText, int indent);
    void note(const QString &text, int indent);
    /** Items (already cleaned) each after a glyph that hangs in the margin. */
    void checkItems(const QStringList &items, const QString &glyph);
    [[nodiscard]] bool addFace(const QString &faceKey);

    QTextDocument &m_document;
    QTextCursor m_cursor;
    MapjeStyle m_style;
    QPaintDevice *m_device;
    int m_faceDpi;
    bool m_empty = true;
    QSet<QString> m_faces;
    QSet<QString> m_missingFaces;
};

QString clean(const QString &text)
{
    return text.trimmed();
}

/** The items with words in them, trimmed: an empty line never gets a box or a heading. */
QStringList cleaned(const QStringList &items)
{
    QStringList words;
    for (const QString &item : items) {
        if (!clean(item).isEmpty())
            words.append(clean(item));
    }
    return words;
}

void Builder::block(
    const QTextBlockFormat &format, const QString &text, const QTextCharFormat &chars)
{
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
    // insertText keeps every character as typed: nothing here is read as markup.
    m_cursor.insertText(text, chars);
}

void Builder::header(const MapjeContent &content)
{
    //: The title at the top of the printed summary the citizen takes to an appointment.
    block(m_style.titleBlock(), MapjeDocument::tr("Mijn mapje"), m_style.titleText());
    const QString owner = clean(content.ownerName);
    const QString date = clean(content.dateText);
    QString intro;
    if (!owner.isEmpty() && !date.isEmpty()) {
        //: Under the title. %1 is the name the citizen typed, %2 the date in words.
        intro = MapjeDocument::tr("Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje op %2.")
                    .arg(owner, date);
    } else if (!owner.isEmpty()) {
        //: Under the title. %1 is the name the citizen typed.
        intro = MapjeDocument::tr("Dit mapje is van %1. Ik heb het zelf gemaakt met Mapje.")
                    .arg(owner);
    } else if (!date.isEmpty()) {
        //: Under the title, written as the citizen ("ik"). %1 is the date in words.
        intro = MapjeDocument::tr("Dit mapje heb ik zelf gemaakt met Mapje op %1.").arg(date);
    } else {
        //: Under the title, written as the citizen ("ik").
        intro = MapjeDocument::tr("Dit mapje heb ik zelf gemaakt met Mapje.");
    }
    block(m_style.introBlock(), intro, m_style.bodyText());
}

bool Builder::addFace(const QString &faceKey)
{
    if (faceKey.isEmpty() || m_missingFaces.contains(faceKey))
        return false;
    if (m_faces.contains(faceKey))
        return true;
    // Twice the dots of the page (at least 300 dpi), so the picture stays sharp when zoomed.
    const int pixels = qMin(400, qCeil(FaceSize / 96.0 * qMax(300, m_faceDpi) * 2));
    const QImage face = MapjeFaces::render(faceKey, pixels);
    if (face.isNull()) {
        m_missingFaces.insert(faceKey);
        return false;
    }
    QImage image(pixels, qCeil(pixels * (FaceSize + FaceLift) / FaceSize), face.format());
    image.fill(Qt::transparent);
    QPainter(&image).drawImage(0, 0, face);
    m_document.addResource(QTextDocument::ImageResource, MapjeFaces::resourceName(faceKey), image);
    m_faces.insert(faceKey);
    return true;
}

void Builder::feeling(
    const QString &faceKey, const QString &feelingText, const QString &wishText, int indent)
{
    const QString feelingWords = clean(feelingText);
    const QString wishWords = clean(wishText);
    if (feelingWords.isEmpty() && wishWords.isEmpty())
        return;
    block(m_style.pictureBlock(indent), QString(), m_style.bodyText());
    // The picture only ever stands beside its words; it is decoration, the words carry it.
    if (!feelingWords.isEmpty() && addFace(faceKey)) {
        QTextImageFormat face;
        face.setName(MapjeFaces::resourceName(faceKey).toString());
        face.setWidth(FaceSize);
        face.setHeight(FaceSize + FaceLift);
        face.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        m_cursor.insertImage(face);
        m_cursor.insertText(QStringLiteral("  "), m_style.bodyText());
    }
    QString words = feelingWords;
    if (!wishWords.isEmpty())
        words = words.isEmpty() ? wishWords : words + QStringLiteral(" · ") + wishWords;
    m_cursor.insertText(words, m_style.bodyText());
}

void Builder::note(const QString &text, int indent)
{
    const QString words = clean(text);
    if (words.isEmpty())
        return;
    //: Quotation marks around a note in the citizen's own words. %1 is their note.
    block(m_style.bodyBlock(indent), MapjeDocument::tr("“%1”").arg(words), m_style.quoteText());
}

void Builder::fields(const QList<Field> &rows, bool moreFollows)
{
    QList<Field> shown;
    for (const Field &row : rows) {
        if (!clean(row.second).isEmpty())
            shown.append({row.first, clean(row.second)});
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QTextBlockFormat format = m_style.bodyBlock(0);
        format.setProperty(MapjeStyle::KeepWithNext, i + 1 < shown.size() || moreFollows);
        block(format, shown[i].first, m_style.boldText());
        m_cursor.insertText(QStringLiteral(" "), m_style.bodyText());
        m_cursor.insertText(shown[i].second, m_style.bodyText());
    }
}

void Builder::checkItems(const QStringList &items, const QString &glyph)
{
    const QString lead = glyph + QStringLiteral("  ");
    const QFont font = m_style.bodyText().font();
    // In the device's pixels: Qt scales vertical block margins to the device, not these.
    const qreal hang = m_device ? QFontMetricsF(font, m_device).horizontalAdvance(lead)
                                : QFontMetricsF(font).horizontalAdvance(lead);
    for (const QString &item : items)
        block(m_style.hangingBlock(1, hang), lead + item, m_style.bodyText());
}

void Builder::domains(const QList<MapjeContent::Domain> &domains)
{
    if (domains.isEmpty())
        return;
    //: A heading in the printed summary: the life domains the citizen chose.
    block(m_style.sectionBlock(), MapjeDocument::tr("Wat belangrijk is voor mij"),
        m_style.sectionText());
    //: Under that heading: the order on paper is the citizen's own order. No numbers.
    block(m_style.introBlock(), MapjeDocument::tr("Ik zet het in de volgorde die ik zelf koos."),
        m_style.bodyText());
    for (const MapjeContent::Domain &domain : domains) {
        block(m_style.itemBlock(), clean(domain.name), m_style.itemText());
        feeling(domain.faceKey, domain.feelingText, domain.wishText, 0);
        note(domain.note, 0);
        for (const MapjeContent::OtherView &other : domain.others) {
            //: Before another person's view on a domain. %1 is who, e.g. "Ahmed (partner)".
            block(m_style.labelBlock(1), MapjeDocument::tr("%1 zegt:").arg(clean(other.who)),
                m_style.boldText());
            feeling(other.faceKey, other.feelingText, other.wishText, 1);
            note(other.note, 1);
        }
    }
}

void Builder::goals(const QList<MapjeContent::Goal> &goals)
{
    if (goals.isEmpty())
        return;
    //: A heading in the printed summary: the citizen's goals in their own words.
    block(m_style.sectionBlock(), MapjeDocument::tr("Mijn doelen"), m_style.sectionText());
    for (const MapjeContent::Goal &goal : goals) {
        block(m_style.itemBlock(), clean(goal.ownWords), m_style.itemText());
        const QStringList done = cleaned(goal.stepsDone);
        const QStringList open = cleaned(goal.stepsOpen);
        fields(
            {
                //: Before the life domain a goal belongs to, e.g. "Gaat over: Geld".
                {MapjeDocument::tr("Gaat over:"), goal.domainName},
                //: Before when the citizen wants to reach a goal, e.g. "Wanneer: voor de zomer".
                {MapjeDocument::tr("Wanneer:"), goal.byWhenText},
                //: Before who helps with a goal, e.g. "Wie helpt: mijn zus".
                {MapjeDocument::tr("Wie helpt:"), goal.whoHelps},
                //: Before the state of a goal in words: busy, reached or stopped. Judges nothing.
                {MapjeDocument::tr("Hoe staat het:"), goal.stateText},
            },
            !done.isEmpty() || !open.isEmpty());
        if (done.isEmpty() && open.isEmpty())
            continue;
        //: Before the small steps of a goal; a ticked box is a step the citizen did.
        block(m_style.labelBlock(0), MapjeDocument::tr("Stappen:"), m_style.boldText());
        checkItems(done, QStringLiteral("☑"));
        checkItems(open, QStringLiteral("☐"));
    }
}

void Builder::appointment(const MapjeContent::Appointment &appointment)
{
    //: A heading in the printed summary: the appointment the citizen prepared.
    block(m_style.sectionBlock(), MapjeDocument::tr("Mijn afspraak"), m_style.sectionText());
    const QStringList questions = cleaned(appointment.questions);
    const QStringList toBring = cleaned(appointment.toBring);
    fields(
        {
            //: Before the day and time of the appointment.
            {MapjeDocument::tr("Wanneer:"), appointment.whenText},
            //: Before the place of the appointment.
            {MapjeDocument::tr("Waar:"), appointment.where},
            //: Before the person the citizen meets, e.g. "Met wie: Jeroen, klantmanager".
            {MapjeDocument::tr("Met wie:"), appointment.withWhom},
            //: Before the person who goes to the appointment with the citizen.
            {MapjeDocument::tr("Wie gaat mee:"), appointment.comesWithMe},
        },
        !questions.isEmpty() || !clean(appointment.wantThemToKnow).isEmpty() || !toBring.isEmpty());

    if (!questions.isEmpty()) {
        //: A small heading: the questions the citizen wants to ask at the appointment.
        block(m_style.labelBlock(0), MapjeDocument::tr("Wat wil ik vragen?"), m_style.boldText());
        checkItems(questions, QStringLiteral("•"));
    }
    if (!clean(appointment.wantThemToKnow).isEmpty()) {
        //: A small heading: what the citizen wants the other person to know.
        block(m_style.labelBlock(0), MapjeDocument::tr("Wat wil ik dat ze weten?"),
            m_style.boldText());
        block(m_style.bodyBlock(0), clean(appointment.wantThemToKnow), m_style.bodyText());
    }
    if (!toBring.isEmpty()) {
        //: A small heading: what the citizen takes along; the boxes can be ticked with a pen.
        block(m_style.labelBlock(0), MapjeDocument::tr("Wat neem ik mee?"), m_style.boldText());
        checkItems(toBring, QStringLiteral("☐"));
    }
}

} // namespace

std::unique_ptr<QTextDocument> MapjeDocument::build(
    const MapjeContent &content, QPaintDevice *device)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(MapjeStyle::bodyFont());
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0); // the page has its margins
    document->setIndentWidth(IndentWidth);
    const Qt::LayoutDirection direction = content.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction);
    document->setDefaultTextOption(option);
    QTextFrameFormat root = document->rootFrame()->frameFormat();
    root.setLayoutDirection(direction);
    document->rootFrame()->setFrameFormat(root);
    document->setMetaInformation(QTextDocument::DocumentTitle, title(content));

    Builder builder(*document, device, content.rightToLeft);
    builder.header(content);
    builder.domains(content.domains);
    builder.goals(content.goals);
    for (const MapjeContent::Appointment &appointment : content.appointments)
        builder.appointment(appointment);
    // Only now: a layout that exists while the text goes in would follow every insertion.
    if (device)
        document->documentLayout()->setPaintDevice(device);
    return document;
}

QString MapjeDocument::title(const MapjeContent &content)
{
    const QString date = clean(content.dateText);
    if (date.isEmpty())
        return tr("Mijn mapje");
    //: The title of the PDF file, shown by PDF readers. %1 is the date in words.
    return tr("Mijn mapje – %1").arg(date);
}

QString MapjeDocument::footer(const MapjeContent &content, int page, int pageCount)
{
    const QString date = clean(content.dateText);
    if (date.isEmpty()) {
        //: At the bottom of each printed page. %1 is the page, %2 the number of pages.
        return tr("Mijn mapje · bladzijde %1 van %2")
            .arg(QString::number(page), QString::number(pageCount));
    }
    //: At the bottom of each printed page. %1 is the date in words, %2 the page, %3 the
    //: number of pages.
    return tr("Mijn mapje · %1 · bladzijde %2 van %3")
        .arg(date, QString::number(page), QString::number(pageCount));
}

QString MapjeDocument::maker(const MapjeContent &content)
{
    const QString owner = clean(content.ownerName);
    //: In the PDF's details, as its author, when the citizen typed no name.
    return owner.isEmpty() ? tr("De maker van dit mapje") : owner;
}

} // namespace mapje
