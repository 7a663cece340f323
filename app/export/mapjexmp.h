#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace mapje {

/** What the PDF says about itself in its XMP metadata (Dublin Core and XMP basic). */
struct MapjeXmpFields {
    QString title;
    QString creator;
    QString languageCode; ///< "nl", "ar"; "" = left out
    QDate date; ///< invalid = left out
};

/**
 * A complete XMP packet for the PDF, written with QXmlStreamWriter so a name like "Ahmed & Co"
 * or "<b>" stays text. Archives and document systems of organisations read these fields.
 */
class MapjeXmp {
public:
    [[nodiscard]] static QByteArray packet(const MapjeXmpFields &fields);
};

} // namespace mapje
