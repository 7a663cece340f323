#include "export/mapjexmp.h"

#include <QXmlStreamWriter>

namespace mapje {

namespace {

const QString Rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString Dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString Xmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString Xml = QStringLiteral("http://www.w3.org/XML/1998/namespace");

/** One Dublin Core property holding an RDF container (Alt, Seq or Bag) with one item. */
void container(QXmlStreamWriter &xml, const QString &property, const QString &kind,
    const QString &value, bool languageAlternative = false)
{
    xml.writeStartElement(Dc, property);
    xml.writeStartElement(Rdf, kind);
    xml.writeStartElement(Rdf, QStringLiteral("li"));
    if (languageAlternative)
        xml.writeAttribute(Xml, QStringLiteral("lang"), QStringLiteral("x-default"));
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QByteArray MapjeXmp::packet(const MapjeXmpFields &fields)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.setAutoFormatting(true);
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(Rdf, QStringLiteral("rdf"));
    xml.writeNamespace(Dc, QStringLiteral("dc"));
    xml.writeNamespace(Xmp, QStringLiteral("xmp"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(Rdf, QStringLiteral("RDF"));
    xml.writeStartElement(Rdf, QStringLiteral("Description"));
    xml.writeAttribute(Rdf, QStringLiteral("about"), QString());

    xml.writeTextElement(Dc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    container(xml, QStringLiteral("title"), QStringLiteral("Alt"), fields.title, true);
    container(xml, QStringLiteral("creator"), QStringLiteral("Seq"), fields.creator);
    if (!fields.languageCode.isEmpty())
        container(xml, QStringLiteral("language"), QStringLiteral("Bag"), fields.languageCode);
    if (fields.date.isValid()) {
        container(
            xml, QStringLiteral("date"), QStringLiteral("Seq"), fields.date.toString(Qt::ISODate));
    }
    xml.writeTextElement(Xmp, QStringLiteral("CreatorTool"), QStringLiteral("Mapje"));
    xml.writeEndElement(); // Description
    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta

    // The packet wrapper of XMP part 1 §7.3: a byte order mark in begin, writable ("w") end.
    QByteArray packet("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>");
    packet += body.trimmed();
    packet += "\n<?xpacket end=\"w\"?>";
    return packet;
}

} // namespace mapje
