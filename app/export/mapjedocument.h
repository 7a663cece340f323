#pragma once

#include "export/mapjecontent.h"

#include <QCoreApplication>
#include <QString>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace mapje {

/**
 * The mapje as a text document: a title, one line about who made it, then only the parts the
 * citizen filled in. Built with QTextCursor, never from HTML, so whatever the citizen typed
 * ("<b>", "&") shows exactly as typed. Owns every fixed word of the PDF and the printout.
 */
class MapjeDocument {
    Q_DECLARE_TR_FUNCTIONS(MapjeDocument)

public:
    /** The whole mapje, laid out with the fonts and resolution of device (the screen: nullptr). */
    [[nodiscard]] static std::unique_ptr<QTextDocument> build(
        const MapjeContent &content, QPaintDevice *device = nullptr);
    /** "Mijn mapje – 12 mei 2026": the title of the PDF and of the print job. */
    [[nodiscard]] static QString title(const MapjeContent &content);
    /** The small line at the bottom of each page; page counts from 1. */
    [[nodiscard]] static QString footer(const MapjeContent &content, int page, int pageCount);
    /** Who made the mapje, for the PDF's metadata: the citizen's name, or neutral words. */
    [[nodiscard]] static QString maker(const MapjeContent &content);
};

} // namespace mapje
