#pragma once

#include <QImage>
#include <QMetaObject>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QtPlugin>
#include <functional>
#include <memory>

#include "export/mapjecontent.h"

class QIODevice;
class QPrinter;

namespace mapje {

/**
 * The parts of the mapje that need Qt PDF (showing the real pages) or Qt Print Support (paper).
 * Loading those libraries, and the Qt Widgets that printing pulls in, costs start-up time for
 * something only the preview and the printer use, so they live in a plugin that is loaded the
 * first time the citizen looks at or prints their mapje. A document is a Qt PDF document passed
 * as a plain QObject, so the caller never links Qt PDF.
 */
class MapjeOutput {
public:
    /** Makes the printer to print on; a factory that returns nullptr means there is none. */
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>()>;
    enum class Printed { Yes, NoPrinter, Failed };

    virtual ~MapjeOutput() = default;

    /** An empty document owned by parent; load() gives it a PDF. */
    virtual QObject *createDocument(QObject *parent) = 0;
    /** Reads the PDF from device, which must stay open while the document is used. */
    virtual void load(QObject *document, QIODevice *device) = 0;
    virtual void close(QObject *document) = 0;
    /** Calls changed (in context) whenever the document becomes readable or stops being so. */
    virtual QMetaObject::Connection whenStatusChanges(
        QObject *document, QObject *context, std::function<void()> changed)
        = 0;
    /** 0 until the document can be read. */
    [[nodiscard]] virtual int pageCount(const QObject *document) const = 0;
    [[nodiscard]] virtual QSizeF pagePointSize(const QObject *document, int page) const = 0;
    [[nodiscard]] virtual QImage renderPage(QObject *document, int page, QSize pixels) const = 0;

    /** Prints content on the printer of printer, or else on the printer named preferred (a
     * kiosk's), or else on the system's default printer; printerName is the name of the printer
     * used. */
    virtual Printed print(const MapjeContent &content, const PrinterFactory &printer,
        const QString &preferred, QString *printerName)
        = 0;

    /** Whether a printer can print now, for the kiosk's admin page. */
    enum class PrinterStatus { Ready, Busy, Error, Missing };
    /** The state of the printer named preferred, or of the system's default printer when
     * preferred is empty; printerName is the name found. */
    virtual PrinterStatus checkPrinter(const QString &preferred, QString *printerName) = 0;

    /** Loads the plugin on the first call; nullptr, with a warning, when it cannot be loaded. */
    static MapjeOutput *instance();
};

} // namespace mapje

#define MapjeOutput_iid "nl.mapje.MapjeOutput/3"
Q_DECLARE_INTERFACE(mapje::MapjeOutput, MapjeOutput_iid)
